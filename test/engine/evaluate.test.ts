import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from 'json-rules-engine';
import { compileRules, loadCatalogue, registerOperators, type Catalogue } from '../../src/catalogue/index.js';
import { quantitySatisfies } from '../../src/catalogue/compile.js';
import type { Document, DocumentMeta, Sentence } from '../../src/document/types.js';
import { evaluate } from '../../src/engine/index.js';
import { Scorecard } from '../../src/engine/schema.js';
import { UserError } from '../../src/errors.js';
import type { Fact, FactStatus, Qualifier } from '../../src/facts/schema.js';

import { indicatorYaml, validCatalogue } from '../catalogue/fixture.js';

function doc(meta: Partial<DocumentMeta> = {}): Document {
  const text = '一、主要举措和成效\n测试文本。';
  return {
    kind: 'annual_report',
    level: 'county',
    place: '某某县',
    code: null,
    parents: { province: null, city: null },
    year: 2023,
    ...meta,
    source: { file: 'test.txt', format: 'txt', encoding: 'utf-8', text, original: text, traditional: false },
    sections: [],
    sentences: [],
  };
}

let offset = 0;
function fact(id: string, value: number | true, status: FactStatus = 'achieved', qualifier?: Qualifier): Fact {
  offset += 10;
  return {
    id,
    value,
    unit: id.endsWith('_rate') ? '%' : '期',
    status,
    section: status === 'gap' ? '二、存在的不足' : '一、主要举措和成效',
    evidence: { text: `${id}${value}`, start: offset, end: offset + 5 },
    derived: false,
    ...(qualifier ? { qualifier } : {}),
  };
}

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue({ edition: '2021', root: validCatalogue() });
});

const run = (facts: Fact[], meta: Partial<DocumentMeta> = {}, cat = catalogue) => evaluate(cat, doc(meta), facts);
const statusOf = async (id: string, facts: Fact[], meta?: Partial<DocumentMeta>) => (await run(facts, meta)).results.find((r) => r.indicator === id)!;

describe('evaluate: statuses', () => {
  it('met, partial and unmet from achieved values, with found and threshold as a reader writes them', async () => {
    expect(await statusOf('court.head-appearance', [fact('head_appearance_rate', 100)])).toMatchObject({
      status: 'met',
      earned: 1,
      found: '100%',
      threshold: '≥100%(≥80%部分得分)',
    });
    expect(await statusOf('court.head-appearance', [fact('head_appearance_rate', 90.2)])).toMatchObject({ status: 'partial', earned: 0.5, found: '90.2%' });
    const unmet = await statusOf('court.head-appearance', [fact('head_appearance_rate', 60)]);
    expect(unmet).toMatchObject({ status: 'unmet', earned: 0, found: '60%' });
    expect(unmet.why).toMatch(/未达到/);
    expect(await statusOf('study.lectures', [fact('law_lectures', 2, 'achieved', 'at_least')])).toMatchObject({
      status: 'met',
      earned: 2,
      found: '2期以上',
      threshold: '≥2期(≥1期部分得分)',
    });
  });

  it('no_evidence when nothing is said; a missing fact never crashes', async () => {
    const result = await statusOf('court.head-appearance', []);
    expect(result).toMatchObject({ status: 'no_evidence', found: null, evidence: [] });
    expect(result.why).toMatch(/^未提及/);
  });

  it('a value found only in plans is never met, but is quoted', async () => {
    const result = await statusOf('court.head-appearance', [fact('head_appearance_rate', 100, 'plan')]);
    expect(result).toMatchObject({ status: 'no_evidence', found: null });
    expect(result.evidence).toEqual([expect.objectContaining({ status: 'plan', factId: 'head_appearance_rate' })]);
    expect(result.why).toMatch(/计划/);
  });

  it('a gap fact makes unmet; an achieved value that meets still wins', async () => {
    // the value stated among the shortcomings is shown, marked so nobody takes it for an achievement
    expect(await statusOf('court.head-appearance', [fact('head_appearance_rate', 85, 'gap')])).toMatchObject({
      status: 'unmet',
      found: '85%(不足部分所述)',
      earned: 0,
    });
    expect(await statusOf('court.head-appearance', [fact('head_appearance_rate', 50, 'gap'), fact('head_appearance_rate', 100)])).toMatchObject({
      status: 'met',
    });
  });

  it('a claimed but unquantified value earns partial credit only where the indicator has a partial band', async () => {
    const claimed = await statusOf('court.head-appearance', [fact('head_appearance_rate', true)]);
    expect(claimed).toMatchObject({ status: 'partial', earned: 0.5 });
    expect(claimed.why).toMatch(/没有可与要求比较的数值/);
    const strict = await loadCatalogue({
      edition: '2021',
      root: validCatalogue({
        '2021/03.yaml': `indicators:\n${indicatorYaml('court.strict-rate', '6.4', '{ type: threshold, fact: head_appearance_rate, op: ">=", value: 100 }')}`,
      }),
    });
    const card = await run([fact('head_appearance_rate', true)], {}, strict);
    expect(card.results.find((r) => r.indicator === 'court.strict-rate')).toMatchObject({ status: 'unmet', earned: 0 });
  });

  it('presence: achieved fact or achieved non-negated mention; negated or gap mentions make unmet; plan mentions are no evidence', async () => {
    expect(await statusOf('enforcement.three-systems', [fact('enforcement_three_systems', true)])).toMatchObject({
      status: 'met',
      found: '已落实',
      threshold: null,
    });
    // a presence met by a stated count shows the count
    expect(await statusOf('enforcement.three-systems', [fact('enforcement_three_systems', 3)])).toMatchObject({ status: 'met', found: '3期' });
    // a denial where achievements are reported is read as a gap by the facts stage
    expect(await statusOf('enforcement.three-systems', [fact('enforcement_three_systems', true, 'gap')])).toMatchObject({ status: 'unmet' });
    // a stated zero (全年未组织…: 0) says the work was not done: unmet, quoted as an admission, never met
    const zero = await statusOf('enforcement.three-systems', [fact('enforcement_three_systems', 0)]);
    expect(zero).toMatchObject({ status: 'unmet' });
    expect(zero.evidence.map((e) => e.status)).toEqual(['gap']);
    const planned = await statusOf('enforcement.three-systems', [fact('enforcement_three_systems', true, 'plan')]);
    expect(planned).toMatchObject({ status: 'no_evidence' });
    expect(planned.evidence).toHaveLength(1);
  });

  it('a heading line is evidence where it states a figure (a checklist item), not where it only names the work', async () => {
    // every fact of these reads from one heading line
    const headed: Document = { ...doc(), sentences: [{ span: { start: 0, end: 1e6 }, heading: true } as Sentence] };
    const card = await evaluate(catalogue, headed, [fact('head_appearance_rate', 100), fact('enforcement_three_systems', true)]);
    expect(card.results.find((r) => r.indicator === 'court.head-appearance')).toMatchObject({ status: 'met' });
    expect(card.results.find((r) => r.indicator === 'enforcement.three-systems')).toMatchObject({ status: 'no_evidence' });
  });

  it('a stronger stated value implies the indicator (alsoMetBy) and is quoted as its evidence; a weaker or planned one does not', async () => {
    const implied = await loadCatalogue({
      edition: '2021',
      root: validCatalogue({
        '2021/03.yaml': `indicators:\n${indicatorYaml('court.heads-appeared', '6.4', '{ type: presence, fact: head_appearance_cases, alsoMetBy: [{ fact: head_appearance_rate, op: ">", value: 0 }] }')}`,
      }),
    });
    const result = async (facts: Fact[]) => (await run(facts, {}, implied)).results.find((r) => r.indicator === 'court.heads-appeared')!;
    const met = await result([fact('head_appearance_rate', 100)]);
    expect(met).toMatchObject({ status: 'met', found: '100%' });
    expect(met.why).toMatch(/更强的表述/);
    expect(met.evidence).toEqual([expect.objectContaining({ factId: 'head_appearance_rate', status: 'achieved' })]);
    expect(await result([fact('head_appearance_rate', 0)])).toMatchObject({ status: 'no_evidence' });
    expect(await result([fact('head_appearance_rate', 100, 'plan')])).toMatchObject({ status: 'no_evidence' });
  });

  it('quotes an admission once: a quote within another of the same status is the same statement', async () => {
    const observed = await loadCatalogue({
      edition: '2021',
      root: validCatalogue({
        '2021/03.yaml': `indicators:\n${indicatorYaml('capacity.observed', '6.4', '{ type: presence, fact: court_hearing_observers, alsoMetBy: [{ fact: capacity_court_observation }] }')}`,
      }),
    });
    const sentence = '今年未安排干部旁听庭审';
    const at = (f: Fact, start: number, end: number): Fact => ({ ...f, evidence: { text: sentence.slice(start, end), start, end } });
    const quotes = async (facts: Fact[]) =>
      (await run(facts, {}, observed)).results.find((r) => r.indicator === 'capacity.observed')!.evidence.map((e) => [e.text, e.status]);
    // the presence fact's admission and the stated zero of the count within it
    const admission = at(fact('capacity_court_observation', true, 'gap'), 0, 11);
    expect(await quotes([admission, at(fact('court_hearing_observers', 0), 2, 11)])).toEqual([[sentence, 'gap']]);
    // the longer read second replaces the shorter
    expect(await quotes([at(fact('court_hearing_observers', 0), 2, 11), admission])).toEqual([[sentence, 'gap']]);
    // overlapping only in part, or saying something else of the same words, both are quoted
    expect(await quotes([at(fact('capacity_court_observation', true, 'gap'), 0, 8), at(fact('court_hearing_observers', 0), 2, 11)])).toEqual([
      ['今年未安排干部旁', 'gap'],
      ['未安排干部旁听庭审', 'gap'],
    ]);
    expect(await quotes([at(fact('capacity_court_observation', true, 'plan'), 0, 11), at(fact('court_hearing_observers', 0), 2, 11)])).toEqual([
      [sentence, 'plan'],
      ['未安排干部旁听庭审', 'gap'],
    ]);
  });

  it('a mention without a figure says 提到但未给出数值 and quotes it, apart from 未提及', async () => {
    const mentioned = await loadCatalogue({
      edition: '2021',
      root: validCatalogue({
        '2021/03.yaml': `indicators:\n${indicatorYaml('study.meeting-study', '6.4', '{ type: count, fact: exec_meeting_law_study, min: 4, mention: exec_meeting_law_study_mentioned }')}`,
      }),
    });
    const result = async (facts: Fact[]) => (await run(facts, {}, mentioned)).results.find((r) => r.indicator === 'study.meeting-study')!;
    const said = await result([fact('exec_meeting_law_study_mentioned', true)]);
    expect(said).toMatchObject({ status: 'no_evidence', earned: 0, found: null });
    expect(said.why).toMatch(/^提到但未给出数值:“exec_meeting_law_study_mentionedtrue”/);
    expect((await result([])).why).toMatch(/^未提及/);
    // a stated count decides, the mention is only quoted beside it
    expect(await result([fact('exec_meeting_law_study_mentioned', true), fact('exec_meeting_law_study', 4)])).toMatchObject({ status: 'met' });
  });

  it('a plan document: everything is a plan, so nothing is met', async () => {
    const card = await run([fact('head_appearance_rate', 100), fact('law_lectures', 3), fact('enforcement_three_systems', true)], { kind: 'plan' });
    expect(card.counts.met).toBe(0);
    expect(card.results.every((r) => r.status === 'no_evidence')).toBe(true);
  });

  it('refuses a document that is not a report', async () => {
    await expect(run([], { kind: 'other' })).rejects.toThrow(UserError);
    await expect(run([], { kind: 'other' })).rejects.toThrow(/不是法治政府建设报告/);
  });

  it('not_applicable by level (unknown level applies) and by waiver for the place', async () => {
    expect(await statusOf('enforcement.three-systems', [fact('enforcement_three_systems', true)], { level: 'street' })).toMatchObject({
      status: 'not_applicable',
      earned: 0,
      waiver: null,
    });
    expect(await statusOf('enforcement.three-systems', [fact('enforcement_three_systems', true)], { level: 'unknown' })).toMatchObject({ status: 'met' });
    const waived: Catalogue = { ...catalogue, waivers: [{ id: 'study.lectures', reason: '本县无此职能', places: ['某某县'], file: 't.yaml' }] };
    const card = await run([], {}, waived);
    expect(card.results.find((r) => r.indicator === 'study.lectures')).toMatchObject({
      status: 'not_applicable',
      waiver: { reason: '本县无此职能', expires: null },
    });
    const elsewhere = await run([], { place: '另一县' }, waived);
    expect(elsewhere.results.find((r) => r.indicator === 'study.lectures')!.status).toBe('no_evidence');
  });
});

describe('evaluate: qualifiers', () => {
  it.each([
    [95, 'at_least', '>=', 90, true],
    [90, 'less_than', '>=', 90, false],
    [90, 'less_than', '>=', 80, false],
    [90, 'about', '>=', 90, true],
    [90, 'more_than', '>', 90, true],
    [90, 'exact', '>', 90, false],
    [5, 'at_most', '<=', 5, true],
    [5, 'less_than', '<', 5, true],
    [5, 'at_least', '<=', 10, false],
    [3, 'exact', '==', 3, true],
    [3, 'at_least', '==', 3, false],
  ] as const)('%s %s %s %s → %s', (value, qualifier, op, bound, expected) => {
    expect(quantitySatisfies({ value, qualifier }, op, bound)).toBe(expected);
  });

  it('近九成 is shown with 近 and is not met', async () => {
    expect(await statusOf('court.head-appearance', [fact('head_appearance_rate', 90, 'achieved', 'less_than')])).toMatchObject({
      status: 'unmet',
      found: '近90%',
    });
  });
});

describe('scoring', () => {
  it('earned / applicable per area and in total, 得分率 to one decimal, counts per status', async () => {
    // court 1pt partial (0.5), lectures 2pt met (2), three-systems 1pt not applicable at district level
    const card = await run([fact('head_appearance_rate', 85), fact('law_lectures', 2)], { level: 'district' });
    expect(Scorecard.parse(card)).toEqual(card);
    expect(card.total).toEqual({ earned: 2.5, applicable: 3, rate: 83.3, score: 83.3 });
    expect(card.counts).toEqual({ met: 1, partial: 1, unmet: 0, no_evidence: 0, not_applicable: 1 });
    expect(card.areas).toEqual([
      { id: '1', title: '职能履行', earned: 0, applicable: 0, rate: null, counts: { met: 0, partial: 0, unmet: 0, no_evidence: 0, not_applicable: 1 } },
      { id: '6', title: '纠纷化解', earned: 2.5, applicable: 3, rate: 83.3, counts: { met: 1, partial: 1, unmet: 0, no_evidence: 0, not_applicable: 0 } },
    ]);
    expect(card).toMatchObject({ edition: '2021', tailoring: null, tool: { name: 'duibiao' }, expiredWaivers: [] });
  });

  it('only evaluates the indicators asked for', async () => {
    const card = await evaluate(catalogue, doc(), [], { only: ['study.lectures'] });
    expect(card.results.map((r) => r.indicator)).toEqual(['study.lectures']);
  });
});

describe('compiled rules', () => {
  it('are plain JSON without JSONPath, named by indicator, with met and partial conditions, and run', async () => {
    const rules = compileRules(catalogue);
    expect(JSON.parse(JSON.stringify(rules))).toEqual(rules);
    expect(JSON.stringify(rules)).not.toContain('"path"');
    expect(rules.find((r) => r.name === 'court.head-appearance')).toEqual({
      name: 'court.head-appearance',
      event: { type: 'indicator', params: { id: 'court.head-appearance', area: '6', points: 1 } },
      conditions: {
        any: [
          { name: 'met', fact: 'head_appearance_rate', operator: 'quantityAtLeast', value: 100 },
          { name: 'partial', fact: 'head_appearance_rate', operator: 'quantityAtLeast', value: 80 },
        ],
      },
    });
    const engine = registerOperators(new Engine(rules, { allowUndefinedFacts: true }));
    const { events, failureEvents } = await engine.run({ head_appearance_rate: [{ value: 100, qualifier: 'exact' }] });
    expect(events.map((e) => String(e.params?.id))).toEqual(['court.head-appearance']);
    expect(failureEvents).toHaveLength(2);
  });
});
