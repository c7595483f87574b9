/**
 * The general rules added after the blind measurement of test/fixtures/heldout129 (neighbouring domains' rates beside the
 * index's), on texts of our own: a pass rate of someone else's test (window staff's 业务考核, mediators', 网格员's, 法律明白人's,
 * a recruitment's, a yearly appraisal, works accepted) is no officials' law exam, in its own clause or a clause after one naming
 * them; a petition's review (信访事项复查纠错率) corrects no 复议 case; a prosecutor or a witness in court is no head of the body;
 * the satisfaction of those a service was for (受援人满意度) is no proposers'; and the share of a kind of service named in its
 * own clause (即办件占比) is no weight of 法治 in an assessment. The enforcement officers' exam is a rival of the leaders', in
 * its clause, no longer a word that drops every pass rate of its sentence. In a list before
 * 分别, an item about a rival of the cue's entry (热线工单满意率、提案满意率) reads nothing, and a list of whose with no 的
 * before the cue its last item names (人大代表建议、政协委员提案和信访事项按期办结率分别为…) shares that cue, item by item.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

/** The numeric facts (id=value:status) of a 2024 county report whose achievements are the paragraph `paragraph`. */
const county = async (paragraph: string): Promise<string[]> =>
  (
    await readFileQuoted(
      lexicon,
      [
        '枫泾县人民政府2024年法治政府建设情况报告',
        '2024年，枫泾县人民政府坚持依法行政，现将有关情况报告如下。',
        '一、主要工作和成效',
        paragraph,
        '二、存在的不足',
        '基层法治力量仍较薄弱。',
        '',
      ].join('\n'),
      'fengjing.txt',
    )
  ).facts;

describe("a pass rate of someone else's test beside the officials' law exam", () => {
  it("is not the officials' pass rate, in its own clause", async () => {
    for (const [text, own] of [
      ['全县领导干部法律知识考试参考率、合格率均为100%，县便民服务中心窗口工作人员业务考核合格率96.3%。', 100],
      ['机关干部参加网上学法用法考试，合格率99.4%，镇政务大厅工作人员岗位练兵考试通过率98%。', 99.4],
      ['全县网格员培训考核合格率97%，县乡领导干部任前法律知识考试合格率100%。', 100],
      ['全县干部学法考试合格率99.6%，辅警招录考试通过率61%。', 99.6],
      ['全县公务员年度考核合格率100%，国家工作人员学法考试合格率98.8%。', 98.8],
    ] as const)
      expect(statusesWithId(await county(text), 'leader_law_exam_pass_rate'), text).toEqual([`leader_law_exam_pass_rate=${own}:achieved`]);
  });

  it('nor in a clause after one that names them', async () => {
    const facts = await county('组织全县国家工作人员学法考试，合格率99.7%；组织人民调解员开展业务知识测试，合格率95.5%。');
    expect(statusesWithId(facts, 'leader_law_exam_pass_rate')).toEqual(['leader_law_exam_pass_rate=99.7:achieved']);
    expect(statusesWithId(await county('组织法律明白人培训8期，考核合格率94%；县直部门负责人学法考试合格率100%。'), 'leader_law_exam_pass_rate')).toEqual([
      'leader_law_exam_pass_rate=100:achieved',
    ]);
  });

  it("and the enforcement officers' rate no longer hides the leaders' beside it", async () => {
    const facts = await county('行政执法案卷评查合格率95%，执法人员考试合格率98.2%，乡镇领导干部学法考试合格率99%。');
    expect(statusesWithId(facts, 'leader_law_exam_pass_rate')).toEqual(['leader_law_exam_pass_rate=99:achieved']);
    expect(statusesWithId(await county('县领导干部带头学法，组织执法人员培训3期，考试合格率96%。'), 'leader_law_exam_pass_rate')).toEqual([]);
  });

  it('nor is a pass rate of works, in a sentence that names the leaders', async () => {
    expect(statusesWithId(await county('县领导干部带头推进重点项目建设，工程质量验收合格率100%。'), 'leader_law_exam_pass_rate')).toEqual([]);
  });

  it("but the officials' exam taken with window staff is theirs", async () => {
    expect(statusesWithId(await county('组织全县领导干部和窗口工作人员参加法律知识考试，合格率99.1%。'), 'leader_law_exam_pass_rate')).toEqual([
      'leader_law_exam_pass_rate=99.1:achieved',
    ]);
  });
});

describe('other rates beside the index figures they resemble', () => {
  it('a petition review corrects no 复议 case', async () => {
    const facts = await county('全年审结行政复议案件48件，纠错率8.3%，信访事项复查纠错率2.5%。');
    expect(statusesWithId(facts, 'reconsideration_correction_rate')).toEqual(['reconsideration_correction_rate=8.3:achieved']);
    expect(statusesWithId(await county('县信访局办理信访事项复查复核案件16件，复查纠错率6%。'), 'reconsideration_correction_rate')).toEqual([]);
  });

  it("the satisfaction of those a service was for is no proposers'", async () => {
    const facts = await county('办理法律援助案件450件，结案率97%，受援人满意度99.2%，人大代表建议办复率100%。');
    expect(statusesWithId(facts, 'proposals_satisfaction_rate')).toEqual([]);
    expect(statusesWithId(await county('承办政协委员提案36件，委员满意率100%，公证服务满意率99%。'), 'proposals_satisfaction_rate')).toEqual([
      'proposals_satisfaction_rate=100:achieved',
    ]);
  });

  it('a prosecutor or a witness in court is no head of the body', async () => {
    const facts = await county('行政机关负责人出庭应诉率98.2%，检察机关派员出庭率100%，证人出庭率15%。');
    expect(statusesWithId(facts, 'head_appearance_rate')).toEqual(['head_appearance_rate=98.2:achieved']);
  });

  it("a service's share is no weight of 法治 in an assessment", async () => {
    const facts = await county('政务服务事项网上可办率99%，即办件占比71%，法治建设在综合考核中的权重为9%。');
    expect(statusesWithId(facts, 'rule_of_law_performance_weight')).toEqual(['rule_of_law_performance_weight=9:achieved']);
    expect(statusesWithId(await county('全程网办事项占比达到64%，法治建设纳入全县绩效考核。'), 'rule_of_law_performance_weight')).toEqual([]);
  });

  it('the hotline, petitions and the court beside the proposals, the suits and the reviews are read apart', async () => {
    const facts = await county(
      '12345热线工单按时办结率99.3%，满意率96.1%；人大代表建议、政协委员提案办复率均为100%，代表委员满意率98.7%；信访事项按期办结率97.2%。县法院结案率95.8%，行政机关负责人出庭应诉率100%；审计发现问题整改率93%，行政复议综合纠错率12.4%，重大行政决策合法性审查率100%。',
    );
    expect(facts.filter((f) => !f.startsWith('proposals_handled'))).toEqual([
      'proposals_completion_rate=100:achieved',
      'proposals_satisfaction_rate=98.7:achieved',
      'head_appearance_rate=100:achieved',
      'reconsideration_correction_rate=12.4:achieved',
      'legality_review_rate=100:achieved',
    ]);
  });
});

describe('a list before 分别 with a neighbour among its items', () => {
  it('gives a rate of the neighbour to no fact of ours', async () => {
    const facts = await county('便民热线诉求满意率、人大代表建议满意率分别为93.5%、100%。');
    expect(statusesWithId(facts, 'proposals_satisfaction_rate')).toEqual(['proposals_satisfaction_rate=100:achieved']);
    const completion = await county('群众信访事项按期办结率、政协提案按期办复率分别为97.9%、100%。');
    expect(statusesWithId(completion, 'proposals_completion_rate')).toEqual(['proposals_completion_rate=100:achieved']);
  });

  it('of whose, with no 的 before the shared cue, gives each item of ours the cue and the neighbour nothing', async () => {
    const facts = await county('政协委员提案、人大代表建议和群众来信来访事项办结率分别为100%、98.5%、96.2%。');
    expect(statusesWithId(facts, 'proposals_completion_rate')).toEqual(['proposals_completion_rate=100:achieved', 'proposals_completion_rate=98.5:achieved']);
    const first = await county('信访积案、人大代表建议按期办结率分别为91%、100%。');
    expect(statusesWithId(first, 'proposals_completion_rate')).toEqual(['proposals_completion_rate=100:achieved']);
  });

  it('but a list of two measures pairs by its items as before', async () => {
    const facts = await county('全县干部学法考试的参考率、合格率分别为98.4%和100%。');
    expect(statusesWithId(facts, 'leader_law_exam_pass_rate')).toEqual(['leader_law_exam_pass_rate=100:achieved']);
  });
});
