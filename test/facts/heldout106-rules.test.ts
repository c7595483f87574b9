/**
 * The general rules added after the blind measurement of test/fixtures/heldout106 (scores, rankings, satisfaction and
 * other assessment figures beside the index's facts), and that set's traps as cases of their own: every kind of score,
 * rank, survey and assessment figure it puts beside the facts must give nothing, the facts beside them must be read.
 * On texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { extractPresence, loadLexicon } from '../../src/facts/index.js';
import { paragraphStatuses, readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();
const statuses = paragraphStatuses(lexicon, '槐岭县人民政府关于2024年度法治政府建设情况的报告');
const of = (paragraph: string, id: string) => statusesWithId(statuses(paragraph), id);
/** The numeric facts of a paragraph (the presence facts it mentions left out). */
const numeric = (paragraph: string) => statuses(paragraph).filter((s) => !/=true:/.test(s));

describe('the public’s satisfaction after the proposals: a matter of its own', () => {
  it('a survey of the rule of law in the sentence after the proposals gives no proposers’ rate', () => {
    const text =
      '县政府承办人大代表建议64件、政协提案71件，按期办复率100%，代表委员满意率98.6%。在全市法治建设群众满意度调查中，我县满意度为94.2%，排名全市第4位。';
    expect(of(text, 'proposals_satisfaction_rate')).toEqual(['proposals_satisfaction_rate=98.6:achieved']);
    expect(of('县政府办理政协提案38件，全部办复。在全市依法行政满意度测评中，本县满意度达95.1%。', 'proposals_satisfaction_rate')).toEqual([]);
    expect(of('县政府办理政协提案38件，全部办复。全县法治建设满意度总体评价为91.7%。', 'proposals_satisfaction_rate')).toEqual([]);
  });

  it('nor does a poll or the hotline named after them, within the sentence or after it', () => {
    expect(of('承办人大代表建议27件，办复率100%，据民意调查，满意率为93.6%。', 'proposals_satisfaction_rate')).toEqual([]);
    expect(of('承办人大代表建议27件，办复率100%。12345热线受理诉求1.2万件，满意率96.8%。', 'proposals_satisfaction_rate')).toEqual([]);
  });

  it('nor the place’s own satisfaction, as a third party or a review of the government’s conduct rates it', () => {
    expect(of('承办人大代表建议30件，全部办复。经第三方评估，我县满意度为93.8%，列全市第3位。', 'proposals_satisfaction_rate')).toEqual([]);
    expect(of('承办政协提案26件，均按期答复。在全市政风行风评议中，县政府满意率为96.1%。', 'proposals_satisfaction_rate')).toEqual([]);
  });

  it('but a survey of the proposers is theirs, whoever held it', () => {
    expect(of('办理人大代表建议52件，在县人大常委会组织的满意度测评中，代表满意率为96.5%。', 'proposals_satisfaction_rate')).toEqual([
      'proposals_satisfaction_rate=96.5:achieved',
    ]);
    expect(of('开展代表建议办理满意度测评，满意率达97%。', 'proposals_satisfaction_rate')).toEqual(['proposals_satisfaction_rate=97:achieved']);
  });
});

describe('a committee’s satisfaction rate', () => {
  it('mentions no proposers’ satisfaction (委员会 holds 委员), while a committee of the congress beside the proposals does', async () => {
    const text = [
      '槐岭县人民政府关于2024年度法治政府建设情况的报告',
      '一、主要工作',
      '全县人民调解委员会调解成功率98.5%，调解满意率99%。',
      '县人大常务委员会组织代表对建议办理情况开展测评，代表普遍表示满意。',
      '',
    ].join('\n');
    const { doc } = await readFileQuoted(lexicon, text, 'huailing.txt');
    const mentioned = extractPresence(doc, lexicon).filter((f) => f.id === 'proposals_satisfaction_mentioned');
    expect(mentioned.map((f) => f.evidence.text)).toEqual(['代表普遍表示满意']);
  });
});

describe('a lawsuit’s outcome counted before the heads’ appearances', () => {
  it('is no count of cases a head appeared in, when the heads have their own count', () => {
    expect(of('全县行政应诉案件46件，败诉1件，行政机关负责人出庭41件，出庭应诉率89.1%。', 'head_appearance_cases')).toEqual([
      'head_appearance_cases=41:achieved',
    ]);
  });

  it('nor when they have none', () => {
    expect(of('全县行政诉讼案件52件，胜诉1件，县长出庭应诉。', 'head_appearance_cases')).toEqual([]);
    expect(of('县政府被诉案件21件，原告撤诉1件，负责人出庭应诉。', 'head_appearance_cases')).toEqual([]);
  });

  it('while a single case and its head in court still counts one', () => {
    expect(of('以县政府为被告的行政诉讼案件1件，县长出庭应诉。', 'head_appearance_cases')).toEqual(['head_appearance_cases=1:achieved']);
  });
});

describe('assessment scores and ranks beside the facts give nothing', () => {
  it('a score, a rank, a change of rank, a grade and points deducted', () => {
    expect(numeric('在2023年度全市法治政府建设考核中，我县得分95.8分，位列全市第3名，较上年前移2位，被评为优秀等次。')).toEqual([]);
    expect(numeric('法治政府建设考核得分由上年的89.2分提高到94.6分，位次由第6位升至第2位，上升4个位次。')).toEqual([]);
    expect(numeric('因重大行政决策程序不规范被扣2分，因行政诉讼败诉被扣1.5分。')).toEqual([]);
    expect(numeric('对全县32个部门开展法治政府建设考核，平均得分90.6分，16个单位获评优秀等次。')).toEqual([]);
  });

  it('the score of a field of work whose facts stand beside it', () => {
    const text = '全县行政规范性文件备案审查工作在全市评估中得分98分，排名全市第一，报备率、及时率、规范率均为100%。';
    expect(numeric(text)).toEqual([
      'normative_doc_filing_rate=100:achieved',
      'normative_doc_filing_timely_rate=100:achieved',
      'normative_doc_filing_standard_rate=100:achieved',
    ]);
    expect(numeric('行政机关负责人出庭应诉工作考核得分为100分，位列全市第1名。')).toEqual([]);
    expect(numeric('法律顾问工作考评得分95分，合法性审查工作得分10分（满分10分）。')).toEqual([]);
  });

  it('points in the assessment are no weight; the weight stated beside them is', () => {
    expect(numeric('县委将法治建设纳入全县综合考核，占考核总分的8分。')).toEqual([]);
    expect(numeric('县委将法治建设纳入全县综合考核，占考核总分的8分，权重为8%。')).toEqual(['rule_of_law_performance_weight=8:achieved']);
  });

  it('index values and a third party’s scores', () => {
    expect(numeric('全县营商环境指数为86.7，较上年提高2.1，法治政府建设指数达到88.2。')).toEqual([]);
    expect(numeric('第三方机构对全县法治政府建设开展评估，得分89.5分，在全市参评的12个县（市、区）中位列第4位。')).toEqual([]);
    expect(numeric('全县政务公开工作第三方评估得分91.6分，位列全市第二，依申请公开按时答复率100%。')).toEqual([]);
  });
});

describe('exam results: the leaders’ pass rate, not their marks nor other people’s exams', () => {
  it('reads the pass rate beside the average and highest mark', () => {
    expect(numeric('全县领导干部参加年度学法考试，参考人数386人，平均分88.6分，最高分100分，合格率100%。')).toEqual(['leader_law_exam_pass_rate=100:achieved']);
    expect(numeric('组织全县国家工作人员法律知识考试，参考率100%，平均成绩92.5分，及格率98.7%。')).toEqual(['leader_law_exam_pass_rate=98.7:achieved']);
  });

  it('but not the pass rate of mediators’ or enforcement officers’ exams', () => {
    expect(numeric('全县人民调解员业务培训考试合格率96.4%，平均分83分。')).toEqual([]);
    expect(numeric('组织行政执法人员资格考试，参考215人，通过率87.9%，一次性通过率82.3%。')).toEqual([]);
  });
});

describe('surveys, service and case-file rates: no fact of the body', () => {
  it('the public’s satisfaction, awareness and participation', () => {
    expect(numeric('第三方测评显示，群众满意度92.1%，法治宣传知晓率91.3%，群众参与率68.4%。')).toEqual([]);
    expect(numeric('全县安全感满意度达98.1%，群众对法治建设的认可度为93.4%。')).toEqual([]);
  });

  it('the hotline’s and petitions’ completion, callback and praise rates', () => {
    expect(numeric('12345政务服务便民热线受理群众诉求4.2万件，按时办结率99.6%，回访率100%，群众满意率97.8%，好评率99.2%。')).toEqual([]);
    expect(numeric('全年信访事项及时受理率100%，按期办结率99.3%，群众满意率96.2%。')).toEqual([]);
  });

  it('case files reviewed, their pass and excellence rates, and mediation success', () => {
    expect(numeric('开展行政执法案卷评查，共评查案卷260卷，合格率96.5%，优秀率36.9%。')).toEqual([]);
    expect(numeric('全县共调解矛盾纠纷1856件，调解成功率99.1%，协议履行率98.6%。')).toEqual(['disputes_mediated=1856:achieved']);
  });

  it('the reconsideration office’s completion and settlement rates beside its correction rate', () => {
    expect(numeric('全县行政复议案件综合纠错率12.5%，按期办结率100%，调解和解率23.4%。')).toEqual(['reconsideration_correction_rate=12.5:achieved']);
  });
});

describe('plans naming a rank, score or satisfaction', () => {
  it('are no plans of the spec; a plan of a fact beside them is', async () => {
    const text = [
      '槐岭县人民政府关于2024年度法治政府建设情况的报告',
      '一、主要工作',
      '全年县政府常务会议学法10次。',
      '二、2025年工作安排',
      '力争法治政府建设考核继续保持全市前三名，考核得分95分以上，群众满意度达到96%以上，法治政府建设指数88以上。全年县政府常务会议学法不少于12次。',
      '',
    ].join('\n');
    const { facts } = await readFileQuoted(lexicon, text, 'huailing.txt');
    expect(facts).toEqual(['exec_meeting_law_study=10:achieved', 'exec_meeting_law_study=12:plan']);
  });
});

describe('a table of other places’ scores and ranks', () => {
  it('gives nothing, and the sentence before it its own facts', async () => {
    const text = [
      '# 槐岭市人民政府关于2024年度法治政府建设情况的报告',
      '',
      '## 一、主要工作',
      '',
      '市政府全年召开常务会议学法11次。各县（市、区）2024年度法治政府建设考核结果如下：',
      '',
      '| 县（市、区） | 得分 | 等次 | 排名 |',
      '| --- | --- | --- | --- |',
      '| 松川县 | 96.4 | 优秀 | 1 |',
      '| 柏岭区 | 94.1 | 优秀 | 2 |',
      '| 桐溪县 | 89.7 | 良好 | 3 |',
      '',
    ].join('\n');
    const { facts } = await readFileQuoted(lexicon, text, 'huailing.md');
    expect(facts).toEqual(['exec_meeting_law_study=11:achieved']);
  });
});

describe('ranks and surveys as real reports phrase them', () => {
  it('a place among the places assessed, and the count of those places', () => {
    expect(numeric('在某大学法治政府研究院发布的评估报告中，我县在参评的100个县（市）中位列第12名。')).toEqual([]);
    expect(numeric('在全市9个县（市、区）依法行政考评中，我县位列第四名，连续五年获评优秀等次。')).toEqual([]);
    expect(numeric('对照112项指标开展自查评估，自评分为98.5分。')).toEqual([]);
  });

  it('a service hall’s completion and satisfaction, a survey’s rank, the units graded', () => {
    expect(numeric('县政务服务中心全年受理办件41526件，办结率99.3%，满意率99.6%。')).toEqual([]);
    expect(numeric('在2023年度法治建设群众满意度调查中，全县法治建设满意度总体评价在全市排名第三。')).toEqual([]);
    expect(numeric('全县48个县直部门参加年度依法行政考核，评出优秀单位15个、良好单位28个。')).toEqual([]);
    expect(numeric('全年开展“一月一排名”督查12次，通报排名靠后单位7个。')).toEqual([]);
  });
});
