/**
 * The general rules added after the blind measurement of test/fixtures/heldout88 (older small units, 2016–2020) and the
 * leftovers of session 36 taken with it, on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();
/** A county's report whose achievements are one sentence, and what it gives for fact `id`. */
const yearReport = (sentence: string) => `梓坪县人民政府2019年法治政府建设情况报告\n一、主要成效\n${sentence}\n`;
const statusesOf = async (sentence: string, id: string) => statusesWithId((await readFileQuoted(lexicon, yearReport(sentence), 'zi.txt')).facts, id);

describe('a rate the report states among its shortcomings is not computed again as achieved from its counts', () => {
  const report = (gap: string) =>
    [
      '梓坪县人民政府2018年依法行政工作情况报告',
      '一、主要工作',
      '全年办理行政诉讼案件12件,县政府及部门负责人出庭应诉7件,无败诉案件。',
      '二、存在的问题',
      gap,
      '',
    ].join('\n');

  it('the same rate, rounded as written, stays the gap it is', async () => {
    const { facts } = await readFileQuoted(lexicon, report('一是行政机关负责人出庭应诉率仅为58.3%,与上级要求尚有差距。'), 'zi.txt');
    expect(statusesWithId(facts, 'head_appearance_rate')).toEqual(['head_appearance_rate=58.3:gap']);
  });

  it('also when written in whole percent', async () => {
    const { facts } = await readFileQuoted(lexicon, report('一是行政机关负责人出庭应诉率只有58%,离要求较远。'), 'zi.txt');
    expect(statusesWithId(facts, 'head_appearance_rate')).toEqual(['head_appearance_rate=58:gap']);
  });

  it('but another rate among the shortcomings (a part’s) leaves the year’s rate computed', async () => {
    const { facts } = await readFileQuoted(lexicon, report('一是部分乡镇行政机关负责人出庭应诉率仅为40%,需进一步提高。'), 'zi.txt');
    expect(statusesWithId(facts, 'head_appearance_rate')).toContain('head_appearance_rate=58.33:achieved');
  });
});

describe('bodies listed before 各 or 均 share the action after it', () => {
  const study = (sentence: string) => statusesOf(sentence, 'exec_meeting_law_study');

  it('the executive meeting listed with a body no frame counts: its count is the meeting’s', async () => {
    expect(await study('全年县政府常务会议和县政府党组会议各学法10次。')).toEqual(['exec_meeting_law_study=10:achieved']);
    expect(await study('县政府党组会议、县政府常务会议均开展学法12次。')).toEqual(['exec_meeting_law_study=12:achieved']);
  });

  it('none when no listed body is the executive meeting, or 各 begins a body (各部门)', async () => {
    expect(await study('县政府党组会议和县委常委会会议各学法6次。')).toEqual([]);
    expect(await study('县政府常务会议和各部门学法共300次。')).toEqual([]);
  });

  it('frames listed before 均 still each read the number', async () => {
    const { facts } = await readFileQuoted(lexicon, yearReport('县政府常务会议会前学法和法治专题讲座均为4次。'), 'zi.txt');
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=4:achieved']);
    expect(statusesWithId(facts, 'law_lectures')).toEqual(['law_lectures=4:achieved']);
  });
});

describe('an item after 分别 is not read for a cue whose near word stands only in another item', () => {
  const decisions = (sentence: string) => statusesOf(sentence, 'major_decision_items');

  it('听证事项 beside 决策事项 takes no decisions’ id', async () => {
    expect(await decisions('全年县政府决策事项、听证事项分别为12项、3项。')).toEqual(['major_decision_items=12:achieved']);
    expect(await decisions('县政府重大行政决策事项和风险评估事项分别为7项、2项。')).toEqual(['major_decision_items=7:achieved']);
  });

  it('but the verb leading the list (before the first item’s cue) serves every item', async () => {
    const { facts } = await readFileQuoted(lexicon, yearReport('全年县司法局审核规范性文件、行政合同分别为14件、52份。'), 'zi.txt');
    expect(statusesWithId(facts, 'normative_docs_reviewed')).toEqual(['normative_docs_reviewed=14:achieved']);
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=52:achieved']);
  });

  it('and cues with no near word are not affected', async () => {
    const { facts } = await readFileQuoted(lexicon, yearReport('全年受理行政复议申请、审结复议案件分别为40件、38件。'), 'zi.txt');
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=40:achieved']);
    expect(statusesWithId(facts, 'reconsideration_closed')).toEqual(['reconsideration_closed=38:achieved']);
  });
});
