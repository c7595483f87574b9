/**
 * Screens that answer, faster, what a plainer reading answers: the whole-sentence test of the plan
 * markers (a marker anchored at a clause's start takes in the break before it) and the asides of a
 * clause (found by one search of all their patterns), each against its plain definition on strings
 * made of our own words; and the word screen of the other-period opening against the opening itself
 * on every clause of our texts, the seeds and the real openings.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { loadLexicon } from '../../src/facts/index.js';
import { compileTables } from '../../src/facts/passes/tables.js';
import { asidesWithin, compile } from '../../src/facts/text.js';
import { ingestFile } from '../../src/ingest/index.js';
import { packageRoot } from '../../src/paths.js';
import { screenOfRegex } from '../../src/util/word-screen.js';

const lexicon = await loadLexicon();
const compiled = compile(lexicon);

const CORPUS = [
  path.join(packageRoot, 'reports'),
  path.join(packageRoot, 'test', 'fixtures'),
  path.resolve(packageRoot, '..', 'shared', 'corpus', 'seeds'),
  path.resolve(packageRoot, '..', 'shared', 'corpus', 'real', 'docs'),
];
const textFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? textFiles(path.join(dir, e.name)) : /\.(?:txt|md)$/.test(e.name) ? [path.join(dir, e.name)] : []))
    .sort();

const BREAK = '[,;:。!?|]';
/** The plain definition: each marker's anchors looked for around it, at a clause break or the sentence's ends. */
const lookedAround = (source: string): RegExp =>
  new RegExp(source.replace(/(^|[(|])\^/g, `$1(?<=^|${BREAK})`).replace(/(?<!\\)\$(?=$|[|)])/g, `(?=$|${BREAK})`));

/** The plain definition: every position tried with every pattern, in order, the first that ends within `to` taken. */
function asidesOneByOne(text: string, from: number, to: number): { start: number; end: number }[] {
  const patterns = lexicon.asides.map((p) => new RegExp(p, 'y'));
  const out = [];
  for (let at = from; at < to; at++) {
    const end = patterns.reduce((found, p) => {
      if (found >= 0) return found;
      p.lastIndex = at;
      return p.test(text) && p.lastIndex <= to ? p.lastIndex : -1;
    }, -1);
    if (end <= at) continue;
    out.push({ start: at, end });
    at = end - 1;
  }
  return out;
}

describe('screens', () => {
  it('the plan markers are found in a whole sentence as at its clauses', () => {
    const words = ['2025年', '2026年度', '2024年', '年', '计划', '工作计划', '目标', '目标值', '为', '力争', '完成', '学法12次', '下一步', '已', '作为'];
    const parts = fc.constantFrom(...words, ',', ';', ':', '。', '|', '(', ')', '乙');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 10 }), fc.constantFrom(2023, 2024, null), (chosen, year) => {
        const text = chosen.join('');
        const { plan, inSentence } = compiled.planIn(year);
        expect(inSentence.test(text)).toBe(plan.some((re) => lookedAround(re.source).test(text)));
      }),
      { numRuns: 3000 },
    );
  });

  it('the asides of a part of a text are those each pattern finds at each position', () => {
    const words = [
      '(不含乡镇)',
      '(',
      ')',
      '2023年',
      '年',
      '9月',
      '底',
      '前',
      '内',
      '经',
      '县政府常务会议',
      '研究',
      '决定',
      '审查',
      '合法性',
      '已',
      '以来',
      '连续',
      'V',
      '2.0版',
      '终端',
      '12',
      '废止',
    ];
    const parts = fc.constantFrom(...words, ',', '。', '乙');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 12 }), fc.nat(40), fc.nat(40), (chosen, a, b) => {
        const text = chosen.join('');
        const [from, to] = [Math.min(a, b, text.length), Math.min(Math.max(a, b), text.length)];
        expect(asidesWithin(text, from, to, compiled.asides)).toEqual(asidesOneByOne(text, from, to));
      }),
      { numRuns: 3000 },
    );
  });

  it.each(CORPUS.map((dir) => [path.relative(packageRoot, dir), dir]))(
    'the other-period opening is searched in every clause of %s it matches',
    async (_, dir) => {
      const tables = compileTables(lexicon);
      let searched = 0;
      let ruledOut = 0;
      for (const file of textFiles(dir)) {
        const doc = buildDocument(await ingestFile(file));
        const { opening } = tables.otherPeriodMarks(doc);
        const screen = screenOfRegex(opening)!;
        for (const { plain, clauses } of doc.sentences) {
          // each clause, each clause with the rest of its sentence, and each bracket's inside (read as a clause)
          const texts = clauses.flatMap((c) => [plain.slice(c.start, c.end), plain.slice(c.start)]);
          for (const m of plain.matchAll(/\(([^()]*)\)/g)) texts.push(m[1]!);
          for (const text of texts) {
            searched++;
            if (screen.heldBy(text)) continue;
            ruledOut++;
            expect(opening.test(text), `${path.basename(file)}: ${text}`).toBe(false);
          }
        }
      }
      expect(searched).toBeGreaterThan(100);
      // the screen is worth its scan: it rules out most clauses
      expect(ruledOut).toBeGreaterThan(searched / 2);
    },
    120_000,
  );
});
