import { Scorecard, type Result, type ResultStatus } from '../../src/engine/schema.js';
import type { SourceText } from '../../src/ingest/types.js';
import type { Fact } from '../../src/facts/schema.js';

/**
 * Hand-built scorecards for render tests, validated by the engine's zod schema so they stay
 * in step with the contract. Wording is ours (never from the seeds).
 */
export const FIXTURE_TEXT = [
  '样例区2024年法治政府建设情况报告',
  '一、主要举措和成效',
  '(一)规范重大行政决策。全年公布重大行政决策事项3项,会议纪要合法性审查率达到95%。',
  '(二)加强行政执法。持证执法人员420名,全面推行行政执法三项制度。',
  '(三)化解矛盾纠纷。行政机关负责人出庭应诉率为85%,成功调解纠纷1200件。',
  '测试标记<script>alert(1)</script>与<b>粗体</b>应作为文字显示。',
  '二、存在的不足和原因',
  '一是个别单位学法不够深入。',
  '三、下一年度工作安排',
  '继续加强执法培训。',
].join('\n');

export function spanOf(needle: string, text = FIXTURE_TEXT): { text: string; start: number; end: number } {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`fixture text lacks ${needle}`);
  return { text: needle, start, end: start + needle.length };
}

const section = '一、主要举措和成效';

function result(partial: Partial<Result> & Pick<Result, 'indicator' | 'area' | 'group' | 'title' | 'status'>): Result {
  const points = partial.points ?? 1;
  const earned = partial.earned ?? (partial.status === 'met' ? points : partial.status === 'partial' ? points / 2 : 0);
  return {
    points,
    earned,
    found: null,
    threshold: null,
    why: '按默认口径核查',
    evidence: [],
    waiver: null,
    ...partial,
  };
}

function quoted(needle: string, text = FIXTURE_TEXT) {
  return { ...spanOf(needle, text), factId: null, status: 'achieved' as const, section };
}

const AREAS = [
  { id: '3', title: '重大行政决策科学民主合法' },
  { id: '4', title: '行政执法严格规范公正文明' },
  { id: '6', title: '社会矛盾纠纷依法有效化解' },
  { id: '9', title: '依法行政能力全面提高' },
];

export function fixtureResults(): Result[] {
  return [
    result({
      indicator: 'decision.catalogue-published',
      area: '3',
      group: '3.1',
      title: '公布年度重大行政决策事项目录',
      status: 'met',
      found: '3项',
      evidence: [quoted('公布重大行政决策事项3项')],
    }),
    result({
      indicator: 'decision.legality-review',
      area: '3',
      group: '3.2',
      title: '重大决策合法性审查全覆盖',
      status: 'partial',
      found: '95%',
      threshold: '≥100% (80%起部分得分)',
      evidence: [quoted('合法性审查率达到95%')],
    }),
    result({ indicator: 'decision.post-evaluation', area: '3', group: '3.3', title: '开展重大决策后评估', status: 'no_evidence' }),
    result({
      indicator: 'enforcement.three-systems',
      area: '4',
      group: '4.3',
      title: '全面推行行政执法三项制度',
      status: 'met',
      found: '已推行',
      evidence: [quoted('全面推行行政执法三项制度')],
    }),
    result({ indicator: 'enforcement.training-hours', area: '4', group: '4.5', title: '执法人员年度培训学时', status: 'no_evidence', threshold: '≥60学时' }),
    result({
      indicator: 'enforcement.body-cameras',
      area: '4',
      group: '4.5',
      title: '配备执法记录仪',
      status: 'unmet',
      found: '未配备',
      why: '报告称执法人员420名,未见记录仪<script>alert(1)</script>',
      evidence: [quoted('<script>alert(1)</script>')],
    }),
    result({
      indicator: 'dispute.head-appearance',
      area: '6',
      group: '6.4',
      title: '负责人出庭应诉率',
      status: 'partial',
      found: '85%',
      threshold: '≥100% (80%起部分得分)',
      evidence: [quoted('出庭应诉率为85%')],
    }),
    result({
      indicator: 'dispute.mediation',
      area: '6',
      group: '6.1',
      title: '开展行政调解',
      status: 'met',
      found: '1200件',
      evidence: [quoted('成功调解纠纷1200件'), quoted('调解纠纷1200')],
    }),
    result({
      indicator: 'capacity.law-lectures',
      area: '9',
      group: '9.1',
      title: '领导干部法治专题讲座',
      status: 'unmet',
      found: '1期',
      threshold: '≥2期',
      evidence: [],
    }),
    result({
      indicator: 'capacity.legislation',
      area: '9',
      group: '9.1',
      title: '地方立法',
      status: 'not_applicable',
      points: 1,
      earned: 0,
      waiver: { reason: '区级无立法权', expires: null },
    }),
  ];
}

/** Builds a valid Scorecard from results: area and total scores computed the plain way. */
export function scorecardFrom(results: Result[], document: Partial<Scorecard['document']> = {}, extra: Partial<Scorecard> = {}): Scorecard {
  const counts = (rs: Result[]) => {
    const c: Record<ResultStatus, number> = { met: 0, partial: 0, unmet: 0, no_evidence: 0, not_applicable: 0 };
    for (const r of rs) c[r.status] += 1;
    return c;
  };
  const areaIds = [...new Set(results.map((r) => r.area))];
  const areas = areaIds.map((id) => {
    const rs = results.filter((r) => r.area === id && r.status !== 'not_applicable');
    const applicable = rs.reduce((s, r) => s + r.points, 0);
    const earned = rs.reduce((s, r) => s + r.earned, 0);
    return {
      id,
      title: AREAS.find((a) => a.id === id)?.title ?? `一级指标${id}`,
      earned,
      applicable,
      rate: applicable ? (earned / applicable) * 100 : null,
      counts: counts(results.filter((r) => r.area === id)),
    };
  });
  const applicable = areas.reduce((s, a) => s + a.applicable, 0);
  const earned = areas.reduce((s, a) => s + a.earned, 0);
  const rate = applicable ? (earned / applicable) * 100 : null;
  return Scorecard.parse({
    schemaVersion: 1,
    tool: { name: 'duibiao', version: '0.1.0' },
    edition: '2021',
    tailoring: null,
    document: { file: 'fixtures/样例区.txt', kind: 'annual_report', level: 'district', place: '样例市样例区', year: 2024, ...document },
    total: { earned, applicable, rate, score: rate === null ? null : Math.round(rate * 10) / 10 },
    counts: counts(results),
    areas,
    results,
    expiredWaivers: [],
    ...extra,
  });
}

export function fixtureScorecard(): Scorecard {
  return scorecardFrom(fixtureResults(), {}, { expiredWaivers: [{ id: 'capacity.old-waiver', reason: '机构改革过渡期', expires: '2024-06-30' }] });
}

export function fixtureSource(text = FIXTURE_TEXT): SourceText {
  return { file: 'fixtures/样例区.txt', format: 'txt', encoding: 'utf-8', text, original: text, traditional: false };
}

export function fixtureFacts(): Fact[] {
  const fact = (id: string, value: number | true, unit: string | null, needle: string): Fact => ({
    id,
    value,
    unit,
    status: 'achieved',
    section,
    evidence: spanOf(needle),
    derived: false,
  });
  return [
    fact('major_decision_items', 3, '项', '公布重大行政决策事项3项'),
    fact('legality_review_rate', 95, '%', '合法性审查率达到95%'),
    fact('enforcement_officers', 420, '名', '持证执法人员420名'),
    fact('head_appearance_rate', 85, '%', '出庭应诉率为85%'),
    fact('disputes_mediated', 1200, '件', '成功调解纠纷1200件'),
  ];
}
