import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { buildDraft, hasAchievedEvidence, renderDraftMarkdown, wordingFromCatalogue, type Draft } from '../../src/render/draft.js';
import { loadDraftPhrases } from '../../src/render/draft-phrases.js';
import { renderDraftDocx } from '../../src/render/docx.js';
import { Checker, type Evaluated } from '../../src/pipeline.js';
import { seedFiles } from './seeds.js';
import { numbersIn } from './numbers.js';
import { runCli } from '../helpers/cli.js';

/** Half-width , ; : ( ) next to a Chinese character or a Chinese quotation mark. */
const HALF_WIDTH_BETWEEN_CHINESE = /[\u4e00-\u9fff“”][,;:()]|[,;:()][\u4e00-\u9fff“”]/;

/** The drafts of all five seeds, through the real pipeline. A missing seed fails the test. */
describe('drafts of the seed reports', async () => {
  const files = seedFiles();
  const checker = await Checker.create({});
  const phrases = await loadDraftPhrases();
  const seeds: Array<{ file: string; evaluated: Evaluated; draft: Draft | null; md: string }> = [];
  for (const file of files) {
    const evaluated = await checker.check(file);
    const draft =
      evaluated.document.kind === 'plan'
        ? null
        : buildDraft({ scorecard: evaluated.scorecard, document: evaluated.document, wording: wordingFromCatalogue(evaluated.catalogue), phrases });
    seeds.push({ file, evaluated, draft, md: draft ? renderDraftMarkdown(draft) : '' });
  }
  const drafted = seeds.filter((s): s is typeof s & { draft: Draft } => s.draft !== null);

  it('covers the five seeds, four reports and one plan', () => {
    expect(files).toHaveLength(5);
    expect(drafted).toHaveLength(4);
  });

  it('never drafts an item that achieved evidence of the same report contradicts', () => {
    for (const { file, evaluated, draft } of drafted) {
      const byId = new Map(evaluated.scorecard.results.map((r) => [r.indicator, r]));
      for (const item of draft.shortcomings.items) {
        for (const id of item.indicators) {
          const result = byId.get(id)!;
          expect(result.status, `${file}: ${item.lead} names ${id}`).not.toBe('met');
          // a value item rests on the stated value below the bar; any other evidence must not be achieved
          if (item.source === 'admitted') expect(hasAchievedEvidence(result), `${file}: ${item.lead} names ${id}`).toBe(false);
          else
            expect(
              result.evidence.filter((q) => q.status === 'achieved').every((q) => /\d/.test(q.text)),
              `${file}: ${id}`,
            ).toBe(true);
        }
      }
      for (const id of draft.evidence.indicators) expect(byId.get(id)!.status, `${file}: advice ${id}`).not.toBe('met');
    }
  });

  it('starts from the report’s own 不足 items, restated from its 不足 section', () => {
    for (const { file, evaluated, draft } of drafted) {
      const section = evaluated.document.sections.find((s) => s.kind === 'shortcomings' && s.depth === 1);
      expect(section, file).toBeDefined();
      const own = evaluated.source.text.slice(section!.span.start, section!.span.end).replace(/\s+/g, '');
      const first = draft.shortcomings.items[0]!;
      expect(first.source, file).toBe('admitted');
      const title = first.lead.replace(/^（[一二三四五六七八九十]+）/, '').replace(/。$/, '');
      // the report writes half-width punctuation; the draft full-width
      expect(own.replace(/,/g, '，'), file).toContain(title);
    }
  });

  it('has no half-width , ; : ( ) between Chinese characters, in md and in the docx text', async () => {
    for (const { file, draft, md } of drafted) {
      expect(md, file).not.toMatch(HALF_WIDTH_BETWEEN_CHINESE);
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await renderDraftDocx(draft)) });
      expect(value, file).toContain(draft.shortcomings.items[0]!.lead);
      expect(value, file).not.toMatch(HALF_WIDTH_BETWEEN_CHINESE);
    }
  });

  it('repeats no paragraph across reports: openings, causes and items vary with what was found', () => {
    const seen = new Map<string, string>();
    for (const { file, draft } of drafted) {
      const paragraphs = [
        draft.shortcomings.opening,
        draft.shortcomings.causes,
        draft.plans.opening,
        ...draft.shortcomings.items.map((i) => i.lead + i.body),
        ...draft.plans.items.map((i) => i.lead + i.body),
      ].filter(Boolean);
      for (const paragraph of new Set(paragraphs)) {
        expect(seen.get(paragraph), `${file} repeats a paragraph of ${seen.get(paragraph)}: ${paragraph}`).toBeUndefined();
        seen.set(paragraph, file);
      }
    }
  });

  it('carries only numbers the report or the catalogue states', () => {
    for (const { file, evaluated, md } of drafted) {
      const stated = new Set(
        numbersIn(
          `${evaluated.source.text} ${evaluated.scorecard.results.map((r) => `${r.area} ${r.group} ${r.title} ${r.found ?? ''} ${r.threshold ?? ''}`).join(' ')}`,
        ),
      );
      for (const n of numbersIn(md)) expect(stated, `${file}: number ${n} in the draft`).toContain(n);
    }
  });

  it('draft refuses the implementation plan with a Chinese message, exit 2', () => {
    const plan = seeds.find((s) => s.evaluated.document.kind === 'plan');
    expect(plan).toBeDefined();
    const run = runCli(['draft', plan!.file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('实施方案或工作要点');
    expect(run.stdout).toBe('');
  });
});
