/**
 * Leftovers of earlier held-out sets fixed as general rules in session 44 (p44), on texts of our own: other places,
 * figures and word orders than the fixtures', each with a case the rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { quotedValuesOf, readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();
const values = (text: string, id: string) => quotedValuesOf(lexicon, text, id);
const county = (body: string) => `棠溪县2025年度法治政府建设情况报告\n一、主要工作\n${body}\n二、存在的不足\n一是执法队伍力量仍然薄弱。\n`;
const statuses = async (body: string, id: string) => statusesWithId((await readFileQuoted(lexicon, county(body), 'tx.txt')).facts, id);

describe('an exception’s count is taken from the whole it limits (除3件…外,均已办结)', () => {
  it('gives the whole less the count the exception names', () => {
    expect(values('全年受理依申请公开62件,除5件因申请人补充材料延期至2026年1月外,其余均已按期答复。', 'disclosure_requests_closed')).toEqual([57]);
    expect(values('审结情况:新收行政复议申请71件,除6件中止审理外,均已审结。', 'reconsideration_closed')).toEqual([65]);
  });

  it('but an exception naming no count, or two, or one of another unit, tells no figure', () => {
    expect(values('全年受理依申请公开62件,除个别申请需补正外,其余均已按期答复。', 'disclosure_requests_closed')).toEqual([]);
    expect(values('新收行政复议申请71件,除6件中止审理、3件终止外,均已审结。', 'reconsideration_closed')).toEqual([]);
    expect(values('全镇13个村除新设的2个社区外均已聘请法律顾问。', 'legal_adviser_coverage_rate')).toEqual([]);
  });
});

describe('a bare 满意率 after a review or survey of the place by others is the review’s', () => {
  it('in the next sentence or the next clause', () => {
    expect(values('承办人大代表建议58件,全部按期办复。经第三方评估,满意率为93.4%。', 'proposals_satisfaction_rate')).toEqual([]);
    expect(values('办理政协提案44件,办复率100%,在全市行风评议中,满意率为95.8%。', 'proposals_satisfaction_rate')).toEqual([]);
  });

  it('but the proposers named as the ones who rated keep it', () => {
    expect(values('办理政协提案44件,办复率100%,经委员测评,满意率为95.8%。', 'proposals_satisfaction_rate')).toEqual([95.8]);
    expect(values('承办人大代表建议58件,全部按期办复。经第三方评估,代表满意率为93.4%。', 'proposals_satisfaction_rate')).toEqual([93.4]);
    expect(values('承办人大代表建议58件,全部按期办复,满意率为99.1%。', 'proposals_satisfaction_rate')).toEqual([99.1]);
  });
});

describe('a superior’s demanded bound is the body’s plan (市里考核要求…不低于95%)', () => {
  it('in the demand’s clause, beside the year’s figure after it', async () => {
    expect(await statuses('按照考核安排,市里要求规范性文件备案审查合格率不低于98%,全县备案规范率为100%。', 'normative_doc_filing_standard_rate')).toEqual([
      'normative_doc_filing_standard_rate=98:plan',
      'normative_doc_filing_standard_rate=100:achieved',
    ]);
    expect(await statuses('全年会前学法11次。省里要求县政府常务会议每年学法不少于8次。', 'exec_meeting_law_study')).toEqual([
      'exec_meeting_law_study=11:achieved',
      'exec_meeting_law_study=8:plan',
    ]);
  });

  it('but the superior’s own figure, demanding nothing, stays set aside', async () => {
    expect(await statuses('市里全年行政复议纠错率为13.6%,全县综合纠错率为16.1%。', 'reconsideration_correction_rate')).toEqual([
      'reconsideration_correction_rate=16.1:achieved',
    ]);
  });
});

describe('a requirement quoted as met by the clause before (…,达到“每年不少于6次”的要求)', () => {
  it('gives its bound as a plan of what the clause before counted', async () => {
    expect(await statuses('县政府常务会议全年会前学法9次,超过县委依法治县办“每年不少于7次”的要求。', 'exec_meeting_law_study')).toEqual([
      'exec_meeting_law_study=9:achieved',
      'exec_meeting_law_study=7:plan',
    ]);
    expect(await statuses('举办领导干部法治专题讲座5期,达到“全年不少于3期”的学习任务。', 'law_lectures')).toEqual([
      'law_lectures=5:achieved',
      'law_lectures=3:plan',
    ]);
  });

  it('but quotes naming no bound, or a figure of another period, give nothing', async () => {
    expect(await statuses('县政府常务会议全年会前学法9次,达到“学法常态化”的要求。', 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=9:achieved']);
    expect(await statuses('县政府常务会议全年会前学法9次,比“十四五”开局之年多3次。', 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=9:achieved']);
  });
});

describe('a deadline after a year opening a clause is no unit’s name (2026年底前社区…)', () => {
  const district = (body: string) => `芷湾区2025年度法治政府建设情况报告\n一、主要工作\n全区审核规范性文件9件。\n二、2026年工作安排\n${body}\n`;
  const planned = async (body: string, id: string) => statusesWithId((await readFileQuoted(lexicon, district(body), 'zw.txt')).facts, id);

  it('leaves the plan of the district’s communities’ coverage read, after another staff’s 全覆盖 too', async () => {
    expect(await planned('2026年底前实现街道法制审核员配备全覆盖,社区法律顾问覆盖率达到100%。', 'legal_adviser_coverage_rate')).toEqual([
      'legal_adviser_coverage_rate=100:plan',
    ]);
    expect(await planned('2026年6月底前社区法律顾问配备率达到98%。', 'legal_adviser_coverage_rate')).toEqual(['legal_adviser_coverage_rate=98:plan']);
  });

  it('but a community named after the deadline is still that unit', async () => {
    expect(await planned('2026年底前青石社区法律顾问覆盖率达到100%。', 'legal_adviser_coverage_rate')).toEqual([]);
  });
});

describe('a department’s superior named by its kind alone (直属海关…, 上级局…)', () => {
  const customs = (body: string) => `蓟湾海关2025年度法治海关建设工作情况报告\n一、主要工作\n${body}\n二、存在的不足\n一是执法力量仍然薄弱。\n`;
  const police = (body: string) => `棠州市公安局樟岸分局2025年度法治公安建设情况报告\n一、主要工作\n${body}\n二、存在的不足\n一是执法力量仍然薄弱。\n`;
  const read = async (text: string, id: string) => statusesWithId((await readFileQuoted(lexicon, text, 'dept.txt')).facts, id);

  it('tells the superior’s figures, until the office speaks of itself again', async () => {
    expect(await read(customs('直属海关全年办理行政诉讼案件26件,公职律师共74名。我关公职律师6名。'), 'public_lawyers')).toEqual(['public_lawyers=6:achieved']);
    expect(await read(customs('上级主管部门全年受理行政复议申请58件。我关作为被申请人的复议案件2件。'), 'reconsideration_cases')).not.toContain(
      'reconsideration_cases=58:achieved',
    );
  });

  it('but a clause naming it only as whom the office worked under is the office’s', async () => {
    expect(await read(customs('在直属海关指导下,我关公职律师增至6名。'), 'public_lawyers')).toEqual(['public_lawyers=6:achieved']);
  });

  it('and 市公安局… in a 公安分局’s report is still its superior’s (a one-character place word before its own kind)', async () => {
    expect(await read(police('市公安局全年办理行政诉讼案件45件。我局全年办理行政诉讼案件6件。'), 'litigation_cases')).toEqual(['litigation_cases=6:achieved']);
  });
});

describe('a clause pointing back to what the clause before named takes its words (该类讲座全年共3期)', () => {
  it('reads the lectures of the rule of law named before', () => {
    expect(values('围绕行政诉讼法为县管干部举办专题讲座。上述讲座全年共计6期。', 'law_lectures')).toEqual([6]);
  });

  it('but not lectures of another matter, nor for the public', () => {
    expect(values('组织开展消防安全专题讲座。上述讲座全年共计6期。', 'law_lectures')).toEqual([]);
    expect(values('面向辖区村民举办法治讲座。此类讲座全年共计6期。', 'law_lectures')).toEqual([]);
  });
});
