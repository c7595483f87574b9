import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { buildDraft, chineseNumber, headingNumbers, renderDraftMarkdown, requirementProse } from '../../src/render/draft.js';
import { renderDraftDocx } from '../../src/render/docx.js';
import { fixtureFacts, fixtureScorecard } from './fixtures.js';
import { allowedNumbers, numbersIn } from './numbers.js';

const wording = (id: string) =>
  ({
    'decision.legality-review': { gap: '重大行政决策合法性审查尚未全覆盖', remedy: '落实重大行政决策合法性审查全覆盖' },
    'enforcement.body-cameras': { gap: '执法记录仪配备不足', remedy: '配齐执法记录仪' },
    'capacity.law-lectures': { gap: '领导干部法治专题讲座次数偏少', remedy: '每年举办法治专题讲座不少于规定次数' },
  })[id];

const sections = [
  { depth: 1, kind: 'achievements' as const },
  { depth: 2, kind: 'achievements' as const },
  { depth: 1, kind: 'responsibility' as const },
];

describe('不足 draft', () => {
  const draft = buildDraft({ scorecard: fixtureScorecard(), sections, wording });
  const md = renderDraftMarkdown(draft);

  it('numbers the sections after the achievements, as the report would', () => {
    expect(draft.shortcomings.heading).toBe('三、存在的不足和原因');
    expect(draft.plans.heading).toBe('四、下一年度推进法治政府建设的主要安排');
    expect(headingNumbers([{ depth: 1, kind: 'achievements' }, { depth: 1, kind: 'shortcomings' }, { depth: 1, kind: 'responsibility' }, { depth: 1, kind: 'plans' }])).toEqual({ shortcomings: 2, plans: 4 });
    expect(headingNumbers([])).toEqual({ shortcomings: 2, plans: 3 });
    expect(chineseNumber(10)).toBe('十');
    expect(chineseNumber(12)).toBe('十二');
  });

  it('opens with the conventional comparison and names the place as its office would', () => {
    expect(draft.shortcomings.opening).toMatch(/^2024年,我区.*与上级要求和人民群众期待相比,仍存在一些短板和不足/);
  });

  it('has one item per area that lost points, most lost first, with (一)(二)…', () => {
    expect(draft.shortcomings.items.length).toBeGreaterThanOrEqual(3);
    expect(draft.shortcomings.items.length).toBeLessThanOrEqual(5);
    expect(draft.shortcomings.items.map((i) => i.lead.slice(0, 3))).toEqual(['(一)', '(二)', '(三)', '(四)'].slice(0, draft.shortcomings.items.length));
    expect(draft.plans.items).toHaveLength(draft.shortcomings.items.length);
  });

  it('names concrete gaps with the value found or its absence and the requirement', () => {
    expect(md).toContain('重大行政决策合法性审查尚未全覆盖,目前为95%,与不低于100%的要求尚有差距');
    // where the report is silent the office names the gap itself, never "the report shows no data"
    expect(md).toContain('开展重大决策后评估工作落实不到位');
    expect(md).not.toMatch(/报告未见|未见相关数据/);
    expect(md).toContain('领导干部法治专题讲座次数偏少,目前为1期,与不少于2期的要求尚有差距');
    expect(md).toContain('配齐执法记录仪');
  });

  it('carries no invented numbers', () => {
    const allowed = allowedNumbers(fixtureScorecard(), fixtureFacts());
    for (const n of numbersIn(md)) expect(allowed, `number ${n} in the draft`).toContain(n);
  });

  it('turns thresholds into prose', () => {
    expect(requirementProse('≥100% (80%起部分得分)')).toBe('不低于100%');
    expect(requirementProse('≥60学时')).toBe('不少于60学时');
    expect(requirementProse('≤0件')).toBe('不超过0件');
  });

  it('as .docx: 公文 layout and the drafted items, read back with mammoth', async () => {
    const bytes = await renderDraftDocx(draft);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain('三、存在的不足和原因');
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

describe('requirement prose with the engine threshold form', () => {
  it('drops the partial band and borrows the unit of the value found', () => {
    expect(requirementProse('≥100%(≥80%部分得分)')).toBe('不低于100%');
    expect(requirementProse('≥2(≥1部分得分)', '1期')).toBe('不少于2期');
  });
});

describe('draft edge cases', () => {
  it('with no gaps, says so and drafts no items', () => {
    const allMet = fixtureScorecard();
    allMet.results = allMet.results.map((r) => (r.status === 'not_applicable' ? r : { ...r, status: 'met' as const, earned: r.points }));
    const draft = buildDraft({ scorecard: allMet });
    expect(draft.shortcomings.items).toEqual([]);
    expect(draft.plans.opening).not.toContain('上述短板');
  });

  it('words an area the report is only silent on softly', () => {
    const draft = buildDraft({ scorecard: fixtureScorecard() });
    const silentOnly = fixtureScorecard();
    silentOnly.results = silentOnly.results.map((r) => (r.area === '9' && r.status === 'unmet' ? { ...r, status: 'no_evidence' as const, found: null } : r));
    const item = buildDraft({ scorecard: silentOnly }).shortcomings.items.find((i) => i.lead.includes('依法行政能力'));
    expect(item?.lead).toContain('成效体现还不够充分');
    expect(draft.shortcomings.items.find((i) => i.lead.includes('依法行政能力'))?.lead).toContain('明显短板');
  });
});
