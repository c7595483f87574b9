/**
 * The general rules added after the blind measurement of test/fixtures/heldout92 (plans and achievements interleaved),
 * on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();
/** A county's 2024 report whose achievements are one sentence, and the facts it gives. */
const yearReport = (sentence: string) => `梓坪县人民政府2024年法治政府建设情况报告\n一、主要成效\n${sentence}\n`;
const factsOf = async (sentence: string) => (await readFileQuoted(lexicon, yearReport(sentence), 'zi.txt')).facts;
const statusesOf = async (sentence: string, id: string) => statusesWithId(await factsOf(sentence), id);

describe('a target stated with its figure, and what was done against it', () => {
  it('目标N is a plan; the clause after it opening with 完成 reports, for the subject of its own clause', async () => {
    const facts = await factsOf('镇党委会议研究法治建设议题目标3次，完成4次；镇政府常务会议学法目标8次，完成9次。');
    expect(statusesWithId(facts, 'committee_rule_of_law_meetings')).toEqual([
      'committee_rule_of_law_meetings=3:plan',
      'committee_rule_of_law_meetings=4:achieved',
    ]);
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=8:plan', 'exec_meeting_law_study=9:achieved']);
  });

  it('a task stated with 为 is a plan, the actual beside it for the clause before’s subject', async () => {
    const facts = await factsOf('县委常委会会议研究法治工作2次，县政府常务会议会前学法任务为10次，实际开展12次。');
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=10:plan', 'exec_meeting_law_study=12:achieved']);
    expect(statusesWithId(facts, 'committee_rule_of_law_meetings')).toEqual(['committee_rule_of_law_meetings=2:achieved']);
  });

  it('培训目标N beside 完成培训M', async () => {
    expect(await statusesOf('全县执法人员培训目标1000人次，完成培训1125人次。', 'enforcement_training_participants')).toEqual([
      'enforcement_training_participants=1000:plan',
      'enforcement_training_participants=1125:achieved',
    ]);
  });

  it('not a target weighed as a result, nor 完成 after a plan with no target', async () => {
    expect(await statusesOf('县政府常务会议会前学法12次，完成年度目标。', 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=12:achieved']);
    expect(await statusesOf('下一步，力争会前学法不少于12次，完成规范性文件清理30件。', 'normative_docs_cleaned')).toEqual(['normative_docs_cleaned=30:plan']);
  });
});

describe('a later year standing as a clause of its own before a plan', () => {
  it('its clauses are plans, with no bound or other marker in the sentence', async () => {
    expect(await statusesOf('2025年，县政府常务会议会前学法将安排14次。', 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=14:plan']);
  });

  it('but not the year reported on', async () => {
    expect(await statusesOf('2024年，县政府常务会议会前学法12次。', 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=12:achieved']);
  });
});

describe('what is still to be done (待)', () => {
  it('待审结 / 待办结 / 待答复 counts nothing done', async () => {
    expect(await statusesOf('县行政复议局受理复议申请45件，已审结40件，待审结5件。', 'reconsideration_closed')).toEqual(['reconsideration_closed=40:achieved']);
    expect(await statusesOf('收到政府信息公开申请30件，已答复27件，待答复3件。', 'disclosure_requests_closed')).toEqual([
      'disclosure_requests_closed=27:achieved',
    ]);
  });

  it('but a cue 待 does not stand right before is read', async () => {
    expect(await statusesOf('对待审结的复议案件逐件督办，全年审结复议案件45件。', 'reconsideration_closed')).toEqual(['reconsideration_closed=45:achieved']);
  });
});

describe('the base a change starts from', () => {
  it('在上年…的基础上 tells of the year before', async () => {
    expect(await statusesOf('全县行政机关负责人出庭应诉率为97%，在上年出庭应诉率90%的基础上提高了7个百分点。', 'head_appearance_rate')).toEqual([
      'head_appearance_rate=97:achieved',
    ]);
  });

  it('but the year’s own clause after 在上年基础上 reports', async () => {
    expect(await statusesOf('在上年基础上，今年审查政府合同60份。', 'contracts_reviewed')).toEqual(['contracts_reviewed=60:achieved']);
  });
});

describe('a target named by who set it, unquoted', () => {
  it('年初确定的…N目标 is a plan, whatever is said of it', async () => {
    expect(await statusesOf('年初确定的执法人员培训900人次目标已超额完成，全年培训执法人员1050人次。', 'enforcement_training_participants')).toEqual([
      'enforcement_training_participants=900:plan',
      'enforcement_training_participants=1050:achieved',
    ]);
  });

  it('not a figure said reached (达到…的目标), nor tasks counted', async () => {
    expect(await statusesOf('全县行政机关负责人出庭应诉率达到96%的目标。', 'head_appearance_rate')).toEqual(['head_appearance_rate=96:achieved']);
  });
});

describe('a superior’s requirement named before its bound', () => {
  it('按照…要求, then a bound with no per-period frame, is a requirement; the clause after the ; reports', async () => {
    expect(await statusesOf('按照省里要求，每名执法人员年度培训不少于50学时；全县执法人员人均培训56学时。', 'enforcement_training_hours')).toEqual([
      'enforcement_training_hours=50:plan',
      'enforcement_training_hours=56:achieved',
    ]);
  });

  it('a clause after 按照…要求 with no bound reports', async () => {
    expect(await statusesOf('按照市里要求，全县审查政府合同75份。', 'contracts_reviewed')).toEqual(['contracts_reviewed=75:achieved']);
  });
});

describe('every head in court of a whole a count names', () => {
  it('…的N件中负责人全部出庭 takes no other count of the sentence', async () => {
    expect(await statusesOf('被诉行政案件30件，负责人出庭应诉的24件中县长全部出庭。', 'head_appearance_cases')).toEqual(['head_appearance_cases=24:achieved']);
  });

  it('the required ones named as the whole are the appearances', async () => {
    expect(await statusesOf('全年行政诉讼案件40件，依法应当出庭的31件中负责人全部出庭。', 'head_appearance_cases')).toEqual([
      'head_appearance_cases=31:achieved',
    ]);
    expect(await statusesOf('全年行政诉讼案件40件，负责人应出庭的29件全部出庭。', 'head_appearance_cases')).toEqual(['head_appearance_cases=29:achieved']);
  });

  it('with no count of a whole, the suits of the sentence', async () => {
    expect(await statusesOf('被诉行政案件18件，行政机关负责人全部出庭。', 'head_appearance_cases')).toEqual(['head_appearance_cases=18:achieved']);
  });
});

describe('an estimate for the year in a report written before it ends', () => {
  it('预计全年达到 / 超过 restates the subject as a plan', async () => {
    expect(await statusesOf('截至11月底县政府常务会议会前学法10次，预计全年达到12次。', 'exec_meeting_law_study')).toEqual([
      'exec_meeting_law_study=10:achieved',
      'exec_meeting_law_study=12:plan',
    ]);
    expect(await statusesOf('全县调解矛盾纠纷2100件，预计全年超过2500件。', 'disputes_mediated')).toEqual([
      'disputes_mediated=2100:achieved',
      'disputes_mediated=2500:plan',
    ]);
  });

  it('a bound after a count with no estimate or intention is no restatement', async () => {
    expect(await statusesOf('全县调解矛盾纠纷2100件，其中超过30天的12件。', 'disputes_mediated')).toEqual(['disputes_mediated=2100:achieved']);
  });
});

describe('a clause-end 目标, now read in any sentence, is no plan where it names a result or a purpose', () => {
  it('实现“双百”目标 and 把…作为工作目标 open no plan', async () => {
    expect(await statusesOf('县政府坚持把减少行政争议作为工作目标，全年受理行政复议申请52件；审结48件。', 'reconsideration_closed')).toEqual([
      'reconsideration_closed=48:achieved',
    ]);
  });
});
