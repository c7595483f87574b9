/**
 * The general rules added after the blind measurement of test/fixtures/heldout64 (provinces' own idioms and
 * programme names), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { sectionStatuses, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const read = (body: string, title = '石桥县2023年法治政府建设工作报告'): Promise<string[]> => sectionStatuses(lexicon, title, body);

describe('法审, the short form of 合法性审查', () => {
  it('gives the rate of the review of topics and contracts, in quotes or not', async () => {
    const quoted = await read('县政府常务会议议题、对外签订的合同“法审”率达到100%。');
    expect(statusesWithId(quoted, 'legality_review_rate')).toEqual(['legality_review_rate=100:achieved']);
    const bare = await read('镇党委会议议题法审率连续三年保持100%。');
    expect(statusesWithId(bare, 'legality_review_rate')).toEqual(['legality_review_rate=100:achieved']);
  });

  it('counts the opinions issued', async () => {
    const facts = await read('坚持重大事项“法审”在先,县司法局全年出具“法审”意见245份。');
    expect(statusesWithId(facts, 'legality_review_opinions')).toEqual(['legality_review_opinions=245:achieved']);
  });

  it('leaves the documents’ own rate to normative_doc_review_rate', async () => {
    const facts = await read('县政府出台的行政规范性文件“法审”率100%。');
    expect(statusesWithId(facts, 'legality_review_rate')).toEqual([]);
    expect(statusesWithId(facts, 'normative_doc_review_rate')).toEqual(['normative_doc_review_rate=100:achieved']);
  });
});

describe('a verb that one frame of another measure excludes', () => {
  it('names no actor of the items put into the year’s list (规划调整等5项)', async () => {
    const facts = await read('公布《石桥县人民政府2023年度重大行政决策事项目录》,将城区学校布局调整等4项纳入目录管理。');
    expect(statusesWithId(facts, 'major_decision_items')).toEqual(['major_decision_items=4:achieved']);
  });

  it('still keeps that frame from counting what changed (执法主体资格 in 个)', async () => {
    const facts = await read('全县具有行政执法主体资格的单位中,有6个调整了执法职责。');
    expect(statusesWithId(facts, 'enforcement_subjects')).toEqual([]);
  });
});

describe('the weight of 法治 in the assessment', () => {
  it('reads the share of the whole score (占综合考核总分的8%)', async () => {
    const facts = await read('县委把法治政府建设实绩纳入乡镇年度综合考核,占综合考核总分的7%。');
    expect(statusesWithId(facts, 'rule_of_law_performance_weight')).toEqual(['rule_of_law_performance_weight=7:achieved']);
  });

  it('not the weight of an item put into the 法治 assessment itself', async () => {
    const facts = await read('将领导干部旁听庭审情况纳入年度法治建设考核,考核分值占比由5%提高到8%。');
    expect(statusesWithId(facts, 'rule_of_law_performance_weight')).toEqual([]);
  });
});

describe('another place named with its year', () => {
  it('tells that place’s figures, not the district’s', async () => {
    const facts = await read('区政府全年受理行政复议申请214件。峦州市2024年行政复议案件超过3600件,全市纠错率为9.8%。', '汐湾区2024年法治政府建设年度报告');
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=214:achieved']);
  });

  it('is the body itself when the name is its own', async () => {
    const facts = await read('石桥县2023年行政复议案件共收到173件,均依法办理。');
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=173:achieved']);
  });
});

describe('a lecture of the government’s executive meeting', () => {
  it('is a law lecture though it names no law (学法…,举办专题讲座…期), planned too', async () => {
    const facts = await read('二、下一步工作\n2024年,我们将:\n- 县政府常务会议全年学法不少于14次,举办专题讲座不少于5期;');
    expect(statusesWithId(facts, 'law_lectures')).toEqual(['law_lectures=5:plan']);
  });

  it('not when 次 counts the meeting’s study sessions, lectures among them', async () => {
    const facts = await read('坚持县政府常务会议定期学法,全年学法或举办专题讲座7次。');
    expect(statusesWithId(facts, 'law_lectures')).toEqual([]);
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=7:achieved']);
  });
});
