import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import JSZip from 'jszip';
import {
  buildDraft,
  chineseNumber,
  fullWidth,
  hasAchievedEvidence,
  headingNumbers,
  renderDraftMarkdown,
  requirementProse,
  wordingFromCatalogue,
  type Draft,
} from '../../src/render/draft.js';
import { loadDraftPhrases, type DraftPhrases } from '../../src/render/draft-phrases.js';
import { renderDraftDocx } from '../../src/render/docx.js';
import { Checker, type Evaluated } from '../../src/pipeline.js';
import { fixtureScorecard } from './fixtures.js';
import { tempDir } from '../helpers/cli.js';
import { applyOverrides } from '../../src/overrides/index.js';
import { UserError } from '../../src/errors.js';

/** Reports written for these tests (our own words): one lists its shortcomings as (一)(二)…, one as 一是/二是. */
const SUBSECTIONS = [
  '样例县2024年法治政府建设情况报告',
  '一、2024年推进法治政府建设的主要举措和成效',
  '(一)规范行政决策。全年向社会公布重大行政决策事项5项,决策前均经合法性审查。',
  '(二)加强行政执法。全县行政机关负责人出庭应诉率为82%。县政府常务会议会前学法2次。',
  '二、2024年推进法治政府建设存在的不足和原因',
  '(一)行政执法人员的办案能力还需加强。个别执法队伍案卷制作粗糙,处罚决定说理不充分。',
  '(二)重大行政决策事项目录公布不够及时。个别部门报送决策事项拖延。',
  '(三)政务数据共享平台建设滞后。部门业务系统各自建设,数据归集缓慢。',
  '三、2025年推进法治政府建设的主要安排',
  '(一)推进执法规范化。组织执法案卷交叉评查。',
].join('\n');

const INLINE = [
  '样例镇2023年法治政府建设情况报告',
  '2023年,样例镇坚持依法行政,扎实推进法治政府建设,现将有关情况报告如下:',
  '一、推进法治政府建设的主要举措和成效',
  '本镇全年组织镇村干部集中学法4次,开展法律进村居活动20场。镇政府聘请1名律师担任法律顾问,重大事项经合法性审查后集体讨论决定。',
  '镇综合行政执法队严格落实行政执法公示制度,全年办理行政处罚案件36件。',
  '二、存在的问题',
  '对照上级要求,我镇法治建设仍有差距,主要是:一是少数村居干部运用法律手段处理矛盾的意识较弱,习惯于靠经验办事;二是基层人民调解员队伍年龄偏大,专业知识不够,调解协议书制作不规范。',
  '三、下一步打算',
  '加强调解员业务培训。',
].join('\n');

async function evaluate(checker: Checker, name: string, text: string): Promise<Evaluated> {
  const file = path.join(tempDir('duibiao-draft-'), name);
  writeFileSync(file, text);
  return checker.check(file);
}

const HALF_WIDTH_BETWEEN_CHINESE = /[\u4e00-\u9fff“”][,;:()]|[,;:()][\u4e00-\u9fff“”]/;

describe('the draft, from the report’s own voice', () => {
  let phrases: DraftPhrases;
  let county: { evaluated: Evaluated; draft: Draft; md: string };
  let town: { evaluated: Evaluated; draft: Draft };
  let checkerCatalogue: Checker['catalogue'];

  beforeAll(async () => {
    phrases = await loadDraftPhrases();
    const checker = await Checker.create({ edition: '2021' });
    checkerCatalogue = checker.catalogue;
    const wording = wordingFromCatalogue(checker.catalogue);
    const countyEvaluated = await evaluate(checker, '样例县.txt', SUBSECTIONS);
    const draft = buildDraft({ scorecard: countyEvaluated.scorecard, document: countyEvaluated.document, wording, phrases });
    county = { evaluated: countyEvaluated, draft, md: renderDraftMarkdown(draft) };
    const townEvaluated = await evaluate(checker, '样例镇.txt', INLINE);
    town = { evaluated: townEvaluated, draft: buildDraft({ scorecard: townEvaluated.scorecard, document: townEvaluated.document, wording, phrases }) };
  });

  it('starts with the shortcomings the report lists, in its order, as (一)(二)…', () => {
    const { items } = county.draft.shortcomings;
    expect(items.slice(0, 3).map((i) => [i.source, i.lead])).toEqual([
      ['admitted', '（一）行政执法人员的办案能力还需加强。'],
      ['admitted', '（二）重大行政决策事项目录公布不够及时。'],
      ['admitted', '（三）政务数据共享平台建设滞后。'],
    ]);
    expect(items[0]!.body).toContain('个别执法队伍案卷制作粗糙，处罚决定说理不充分。');
  });

  it('reads 一是/二是 items out of one sentence, leaving the introduction out', () => {
    const admitted = town.draft.shortcomings.items.filter((i) => i.source === 'admitted');
    expect(admitted.map((i) => i.lead)).toEqual(['（一）少数村居干部运用法律手段处理矛盾的意识较弱。', '（二）基层人民调解员队伍年龄偏大。']);
    expect(admitted[1]!.body).toContain('专业知识不够，调解协议书制作不规范。');
    expect(town.draft.shortcomings.opening).not.toContain('对照上级要求');
  });

  it('then names stated values below the threshold, with the value and the requirement', () => {
    const values = county.draft.shortcomings.items.filter((i) => i.source === 'value');
    const text = values.map((i) => i.lead + i.body).join('');
    expect(text).toContain('82%');
    expect(text).toContain('不低于100%');
    expect(values.flatMap((i) => i.indicators).length).toBeGreaterThan(0);
  });

  it('never names an indicator the report shows achieved (must not fire on 公布决策事项5项)', () => {
    for (const { evaluated, draft } of [county, town]) {
      const byId = new Map(evaluated.scorecard.results.map((r) => [r.indicator, r]));
      for (const item of draft.shortcomings.items) {
        for (const id of item.indicators) {
          const result = byId.get(id)!;
          expect(result.status, `${item.lead} names ${id}`).not.toBe('met');
          if (item.source === 'admitted') expect(hasAchievedEvidence(result), `${item.lead} names ${id}`).toBe(false);
        }
      }
    }
    // 决策事项5项 is achieved (items-listed met); the report itself admits the catalogue is published late
    const catalogueItem = county.draft.shortcomings.items[1]!;
    expect(county.evaluated.scorecard.results.find((r) => r.indicator === 'decision.items-listed')?.status).toBe('met');
    expect(catalogueItem.indicators).not.toContain('decision.items-listed');
    expect(catalogueItem.indicators).toContain('decision.catalogue-published');
  });

  it('ties an item to an indicator it admits, else to its area', () => {
    expect(county.draft.shortcomings.items[2]!.indicators).toEqual(['digital.data-sharing']);
    const first = town.draft.shortcomings.items[0]!;
    expect(first.indicators).toEqual([]);
    expect(first.body).toContain('“依法行政能力全面提高”');
  });

  it('gives causes and plans that follow what was found', () => {
    expect(county.draft.shortcomings.causes).toMatch(/执法/);
    expect(county.draft.shortcomings.causes).toMatch(/数据|信息化/);
    expect(county.draft.plans.items).toHaveLength(county.draft.shortcomings.items.length);
    expect(county.draft.plans.items[0]!.lead).toContain('行政执法人员的办案能力');
    expect(county.draft.plans.opening).toContain('行政执法人员的办案能力');
    expect(town.draft.plans.opening).not.toBe(county.draft.plans.opening);
    expect(town.draft.shortcomings.causes).not.toBe(county.draft.shortcomings.causes);
  });

  it('follows inspector overrides: a verdict of met drops the item, a verdict of unmet drafts it with its reason', () => {
    const silent = county.evaluated.scorecard.results.find((r) => r.status === 'no_evidence' && r.area === '4')!;
    const place = { line: 1, column: 1 };
    const overridden = applyOverrides(county.evaluated.scorecard, {
      file: '样例县.overrides.yaml',
      overrides: [
        { id: 'litigation.head-appearance-rate', status: 'met', note: '调阅登记表后确认全部出庭', who: '督察组', date: '2025-03-01', place },
        { id: silent.indicator, status: 'unmet', note: '抽查的三个执法队均未落实', who: '督察组', date: '2025-03-01', place },
      ],
    });
    const draft = buildDraft({ scorecard: overridden, document: county.evaluated.document, wording: wordingFromCatalogue(checkerCatalogue), phrases });
    const ids = draft.shortcomings.items.flatMap((i) => i.indicators);
    expect(ids).not.toContain('litigation.head-appearance-rate');
    expect(ids).toContain(silent.indicator);
    expect(renderDraftMarkdown(draft)).toContain('经核查：抽查的三个执法队均未落实');
    expect(draft.evidence.indicators).not.toContain(silent.indicator);
  });

  it('lists indicators the report is silent on apart, as 建议补充佐证, never as failures', () => {
    const { evidence } = county.draft;
    expect(evidence.heading).toBe('建议补充佐证');
    const drafted = new Set(county.draft.shortcomings.items.flatMap((i) => i.indicators));
    for (const id of evidence.indicators) {
      expect(drafted.has(id)).toBe(false);
      expect(['no_evidence', 'partial', 'unmet']).toContain(county.evaluated.scorecard.results.find((r) => r.indicator === id)!.status);
    }
    for (const line of evidence.lines) expect(line).not.toMatch(/不足|未达到|差距|不到位|滞后/);
    expect(county.md).toMatch(/## 建议补充佐证\n\n> 以下指标/);
  });

  it('writes full-width punctuation in md and in the docx text', async () => {
    expect(county.md).not.toMatch(HALF_WIDTH_BETWEEN_CHINESE);
    const bytes = await renderDraftDocx(county.draft);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain('（一）行政执法人员的办案能力还需加强。');
    expect(value).toContain('建议补充佐证');
    expect(value).not.toMatch(HALF_WIDTH_BETWEEN_CHINESE);
  });
});

describe('draft pieces', () => {
  let phrases: DraftPhrases;
  beforeAll(async () => {
    phrases = await loadDraftPhrases();
  });

  it('reports a broken phrase table at its file:line:col', async () => {
    const file = path.join(tempDir('duibiao-phrases-'), 'draft.yaml');
    writeFileSync(file, 'openings:\n  admitted: []\n');
    const error = await loadDraftPhrases(file).then(
      () => null,
      (e: unknown) => e as UserError,
    );
    expect(error).toBeInstanceOf(UserError);
    expect(error!.message).toMatch(/^起草措辞表有误/);
    expect(error!.place.line).toBeGreaterThanOrEqual(1);
  });

  it('converts punctuation to full width, but not inside numbers', () => {
    expect(fullWidth('(一)受理1,200件,办结率98.5%;时间9:30:结束')).toBe('（一）受理1,200件，办结率98.5%；时间9:30：结束');
  });

  it('numbers the sections where the report has them, else after the achievements', () => {
    expect(
      headingNumbers([
        { depth: 1, kind: 'achievements' },
        { depth: 1, kind: 'shortcomings' },
        { depth: 1, kind: 'responsibility' },
        { depth: 1, kind: 'plans' },
      ]),
    ).toEqual({ shortcomings: 2, plans: 4 });
    expect(headingNumbers([])).toEqual({ shortcomings: 2, plans: 3 });
    expect(chineseNumber(10)).toBe('十');
    expect(chineseNumber(12)).toBe('十二');
  });

  it('turns thresholds into prose with the wording of rules/draft.yaml', () => {
    expect(requirementProse('≥100% (80%起部分得分)', phrases)).toBe('不低于100%');
    expect(requirementProse('≥60学时', phrases)).toBe('不少于60学时');
    expect(requirementProse('≤0件', phrases)).toBe('不超过0件');
    expect(requirementProse('≥2(≥1部分得分)', phrases, '1期')).toBe('不少于2期');
  });

  it('without the report text, drafts the values below threshold only, and says so in its opening', () => {
    const draft = buildDraft({ scorecard: fixtureScorecard(), phrases });
    expect(draft.shortcomings.items.every((i) => i.source === 'value')).toBe(true);
    expect(draft.shortcomings.opening).toMatch(/量化要求|量化/);
    const md = renderDraftMarkdown(draft);
    expect(md).toContain('85%');
    expect(md).not.toMatch(HALF_WIDTH_BETWEEN_CHINESE);
  });

  it('with nothing below the bar, drafts no items and points to 建议补充佐证', () => {
    const allMet = fixtureScorecard();
    allMet.results = allMet.results.map((r) =>
      r.status === 'not_applicable' || r.status === 'no_evidence' ? r : { ...r, status: 'met' as const, earned: r.points },
    );
    const draft = buildDraft({ scorecard: allMet, phrases });
    expect(draft.shortcomings.items).toEqual([]);
    expect(draft.shortcomings.causes).toBe('');
    expect(draft.shortcomings.opening).toContain('建议补充佐证');
    expect(draft.evidence.indicators).toEqual(['decision.post-evaluation', 'enforcement.training-hours']);
  });

  it('as .docx: 公文 layout, read back with mammoth', async () => {
    const draft = buildDraft({ scorecard: fixtureScorecard(), phrases });
    const bytes = await renderDraftDocx(draft);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    for (const item of [...draft.shortcomings.items, ...draft.plans.items]) expect(value).toContain(item.lead + item.body);
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml).toContain('w:w="11906"'); // A4 width in twips
    expect(xml).toMatch(/w:top="209[0-9]"/); // 37 mm
    expect(xml).toContain('仿宋');
    expect(xml).toContain('黑体');
    expect(xml).toContain('楷体');
    expect(xml).toContain('w:lineRule="exact"');
    expect(xml).toContain('<w:sz w:val="32"/>'); // 3号 = 16 pt
  });
});
