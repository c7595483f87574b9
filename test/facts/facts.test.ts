/** Every fact id on sentences written for these tests: positive forms, distractors, plan and gap forms. */
import { describe, expect, it } from 'vitest';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import type { SectionKind } from '../../src/document/types.js';
import { docOf } from './helpers.js';

const lexicon = await loadLexicon();
const factsOf = (text: string, kind: SectionKind = 'achievements') => extractFacts(docOf(text, kind), lexicon);
const values = (text: string, id: string, kind: SectionKind = 'achievements') =>
  factsOf(text, kind)
    .filter((f) => f.id === id)
    .map((f) => [f.value, f.status]);

describe('each fact id, stated as reports state it', () => {
  it.each([
    ['major_decision_items', '县政府公布年度重大行政决策事项6项。', 6],
    ['major_decision_items', '将8项决策事项纳入重大行政决策事项目录管理。', 8],
    ['major_decision_catalogue_published', '制定并公布本年度重大行政决策事项目录。', true],
    ['major_decision_catalogue_published', '对重大决策事项实行目录化管理。', true],
    ['legality_review_rate', '政府常务会议议题和政府合同合法性审查率均达100%。', 100],
    ['legality_review_rate', '重大决策事项合法性审核覆盖率100%。', 100],
    ['legality_review_opinions', '全年共出具合法性审查意见326件。', 326],
    ['normative_doc_review_rate', '市政府规范性文件合法性审核率保持100%。', 100],
    ['normative_docs_reviewed', '全年审核区政府行政规范性文件15件。', 15],
    ['normative_docs_reviewed', '对部门报送的规范性文件进行前置审查,共计审查规范性文件31件。', 31],
    ['normative_docs_cleaned', '集中清理行政规范性文件210件,废止23件。', 210],
    ['normative_doc_filing_rate', '规范性文件备案率达到100%。', 100],
    ['normative_doc_filing_timely_rate', '规范性文件报送备案及时率100%。', 100],
    ['normative_doc_filing_standard_rate', '规范性文件备案规范率达100%。', 100],
    ['contracts_reviewed', '审查政府合同、协议等89份。', 89],
    ['contracts_reviewed', '全年共审核各类合同二百余份。', 200],
    ['legal_advisers', '县政府聘请法律顾问7名。', 7],
    ['legal_advisers', '聘请4名执业律师担任政府法律顾问。', 4],
    ['public_lawyers', '全县共有公职律师41人。', 41],
    ['legal_adviser_coverage_rate', '全县乡镇、部门法律顾问覆盖率达100%。', 100],
    ['legal_adviser_coverage_rate', '实现了党政机关法律顾问、公职律师全覆盖。', 100],
    ['enforcement_officers', '全县持证行政执法人员共1203名。', 1203],
    ['enforcement_subjects', '公布行政执法主体62个。', 62],
    ['enforcement_three_systems', '全面落实行政执法“三项制度”。', true],
    ['body_cameras', '配备执法记录仪215台。', 215],
    ['legal_review_staff', '配齐法制审核人员45名。', 45],
    ['enforcement_training_hours', '全县行政执法人员人均参加培训65学时。', 65],
    ['enforcement_training_participants', '举办行政执法培训班8期,参训人数1500人。', 1500],
    ['reconsideration_cases', '全年收到行政复议申请312件。', 312],
    ['reconsideration_closed', '受理行政复议案件120件,审结108件。', 108],
    ['reconsideration_correction_rate', '行政复议直接纠错率12.5%。', 12.5],
    ['litigation_cases', '全年发生一审行政诉讼案件78件。', 78],
    ['litigation_lost_cases', '办理行政应诉案件30件,败诉案件2件。', 2],
    ['litigation_lost_cases', '全年未发生行政诉讼败诉案件。', 0],
    ['head_appearance_rate', '行政机关负责人出庭应诉率达100%。', 100],
    ['head_appearance_cases', '行政机关负责人出庭应诉案件37件。', 37],
    ['head_appearance_cases', '应出庭案件30件,负责人实际出庭27件。', 27],
    ['head_appearance_required', '应出庭应诉案件40件。', 40],
    ['disputes_mediated', '各级调解组织共调解矛盾纠纷6120件。', 6120],
    ['disputes_mediated', '排查矛盾纠纷900起,成功调处870起。', 870],
    ['proposals_handled', '办理人大代表建议56件、政协提案72件。', 56],
    ['proposals_completion_rate', '承办人大代表建议和政协提案90件,按期办结率100%。', 100],
    ['proposals_completion_rate', '承办的代表建议和委员提案全部按时办复。', 100],
    ['proposals_satisfaction_rate', '人大代表建议满意率98.5%。', 98.5],
    ['disclosure_requests', '受理依申请公开政府信息申请案件,共收到政府信息公开申请64件。', 64],
    ['disclosure_requests_closed', '全年收到政府信息公开申请64件,已答复60件。', 60],
    ['exec_meeting_law_study', '县政府常务会议会前学法5次。', 5],
    ['law_lectures', '举办领导干部法治专题讲座4期。', 4],
    ['leader_law_exam_pass_rate', '组织领导干部参加年度法律知识考试,合格率100%。', 100],
    ['court_hearing_observers', '组织128名公务员旁听庭审。', 128],
    ['court_hearing_observers', '组织领导干部集中旁听行政案件庭审,参加人数达到96名。', 96],
    ['committee_rule_of_law_meetings', '县委常委会专题研究法治建设工作4次。', 4],
    ['rule_of_law_performance_weight', '法治建设在绩效考核中的权重提高到10%。', 10],
    ['shufa_coverage', '党政主要负责人述法实现全覆盖。', 100],
    ['annual_report_published', '上年度法治政府建设情况报告按时报送并在政府网站向社会公开。', true],
  ] as const)('%s: %s', (id, text, value) => {
    expect(values(text, id)).toContainEqual([value, 'achieved']);
  });
});

describe('one sentence, several facts; one fact, several clauses', () => {
  it('distributes one rate over a list of cues', () => {
    const got = factsOf('规范性文件报备率、报备及时率、备案规范率均达100%。').map((f) => f.id);
    expect(got).toEqual(['normative_doc_filing_rate', 'normative_doc_filing_timely_rate', 'normative_doc_filing_standard_rate']);
  });

  it('keeps every occurrence of the same id', () => {
    expect(values('现有市委法律顾问4名,市政府法律顾问12名。', 'legal_advisers')).toEqual([
      [4, 'achieved'],
      [12, 'achieved'],
    ]);
  });

  it('does not give a combined count to each of its subjects', () => {
    const got = factsOf('共审查政府合同、规范性文件120件。').map((f) => f.id);
    expect(got).not.toContain('contracts_reviewed');
    expect(got).not.toContain('normative_docs_reviewed');
  });

  it('derives the appearance rate from its counts, with both spans as basis', () => {
    const text = '行政机关负责人应出庭案件40件,负责人出庭36件。';
    const rate = factsOf(text).find((f) => f.id === 'head_appearance_rate')!;
    expect(rate.value).toBe(90);
    expect(rate.derived).toBe(true);
    expect(rate.basis).toHaveLength(2);
    expect(rate.evidence.text).toBe(docOf(text).source.text.slice(rate.evidence.start, rate.evidence.end));
    expect(rate.evidence.start).toBe(rate.basis![0]!.start);
    expect(rate.evidence.end).toBe(rate.basis![1]!.end);
  });

  it('does not derive a stated rate', () => {
    const rates = factsOf('应出庭案件40件,负责人出庭36件,出庭率90%。').filter((f) => f.id === 'head_appearance_rate');
    expect(rates.map((f) => [f.value, f.derived])).toEqual([[90, false]]);
  });

  it('keeps the qualifier', () => {
    const f = factsOf('开展行政执法培训,培训人数达1200余人。').find((x) => x.id === 'enforcement_training_participants')!;
    expect([f.value, f.qualifier]).toEqual([1200, 'at_least']);
  });
});

describe('distractors are no facts', () => {
  it.each([
    '办理时限平均缩短35%,申请材料精简45%。',
    '复议申请数量同比上升126%。',
    '公共信用数据归集质量达到100%。',
    '依申请事项网上申办率达91.36%。',
    '群众好评率99.7%,差评整改率100%,主动评价率96%。',
    '行政争议中选择复议的比例超过55%。',
    '全部复议案件在信息平台办理,录入率100%。',
    '新增的64名执法人员参加资格考试,通过率100%。',
    '全县38家单位聘请了法律顾问。',
    '开设培训班9期,轮训干部3180人次。',
    '累计出动执法力量2760人次。',
    '归集信用数据58万余条,走访企业317户,投入资金260万元。',
    '做到每3名执法人员配备1台执法记录仪。',
    '202106月,召开复议工作推进会。截止20211130日,公布清单4870条。',
    '办理法律援助和公证事项5280件,办结5012件。',
    '党政机构由45个精简为39个。',
    '今年出台政府规范性文件3件,目前有效的规范性文件共11件。',
    '主要领导对法治政府建设有关文件作出批示5次。',
    // junk: no rate exceeds 100%, no count is too large to be held exactly
    '行政机关负责人出庭应诉率达到百分之一千。',
    '规范性文件备案率达到99999%,合法性审核率1e309%。',
    '全年办理行政复议案件99999999999999999999件。',
    '聘请法律顾问1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7名。',
  ])('%s', (text) => {
    expect(factsOf(text).map((f) => `${f.id}=${String(f.value)}`)).toEqual([]);
  });

  it('reads 人次 as no count of people trained as lectures', () => {
    expect(values('举办法治讲座3期,培训4060人次。', 'law_lectures')).toEqual([[3, 'achieved']]);
  });
});

describe('status', () => {
  it('makes a requirement with a per-period frame a plan', () => {
    expect(values('行政执法人员每人每年接受不少于60学时的法律知识培训。', 'enforcement_training_hours')).toEqual([[60, 'plan']]);
  });

  it('keeps a target inside the achievements a plan, and what follows 目前已 achieved', () => {
    const text = '计划配备行政执法人员60名,其中在编20名,目前已经到位执法人员52名。';
    expect(values(text, 'enforcement_officers')).toEqual([
      [60, 'plan'],
      [52, 'achieved'],
    ]);
  });

  it.each(['力争行政机关负责人出庭应诉率达到100%。', '到2025年,行政机关负责人出庭应诉率达到100%。', '下一步,确保行政机关负责人出庭应诉率达到100%。'])(
    'plan: %s',
    (text) => {
      expect(values(text, 'head_appearance_rate')).toEqual([[100, 'plan']]);
    },
  );

  it('makes every value of a plans section a plan and of a shortcomings section a gap', () => {
    expect(values('行政机关负责人出庭应诉率达到100%。', 'head_appearance_rate', 'plans')).toEqual([[100, 'plan']]);
    expect(values('行政机关负责人出庭应诉率仅为60%。', 'head_appearance_rate', 'shortcomings')).toEqual([[60, 'gap']]);
  });

  it('makes every value of a plan document a plan', () => {
    const facts = extractFacts(docOf('每年举办2期以上法治专题讲座。', 'achievements', 'plan'), lexicon);
    expect(facts.map((f) => [f.id, f.value, f.status])).toEqual([['law_lectures', 2, 'plan']]);
  });

  it('reads the responsibility section as achieved', () => {
    expect(values('县委常委会专题研究法治建设工作3次。', 'committee_rule_of_law_meetings', 'responsibility')).toEqual([[3, 'achieved']]);
  });

  it('turns a negated presence into a gap, and takes no negated universal statement', () => {
    expect(values('部分单位行政执法“三项制度”落实不到位。', 'enforcement_three_systems')).toEqual([[true, 'gap']]);
    expect(values('尚未实现法律顾问全覆盖。', 'legal_adviser_coverage_rate')).toEqual([]);
  });
});

describe('参加人数 counts observers only where the sentence is about hearings', () => {
  it('takes no 参加人数 of a training as observers', () => {
    expect(factsOf('举办执法培训班,参加人数达到300名。').filter((f) => f.id === 'court_hearing_observers')).toEqual([]);
  });
});
