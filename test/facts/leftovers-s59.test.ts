/**
 * Leftovers of earlier held-out sets read in session 59, each fixed as a general rule and tested here on texts of our own,
 * with a negative case (the set that showed it named in its block's comment).
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { withSoundAlikesRead } from '../../src/ingest/lookalikes.js';
import { readFileQuoted, readQuoted, statusesOf } from './helpers.js';

const lexicon = await loadLexicon();

/** The fictional 苘塘区's 2024 report whose work is `lines`: its numeric facts. */
const numbers = (...lines: string[]): string[] =>
  statusesOf(
    readQuoted(lexicon, ['苘塘区2024年法治政府建设情况报告', '一、主要工作', ...lines, ''].join('\n')).facts.filter((f) => typeof f.value === 'number'),
  );

// heldout72 (optional zeros of the 问题), fix-w170 (旁听庭审 alone): 未举办…法治讲座 / 未召开…专题研究法治建设 read nothing
describe('a denied act of what a fact counts', () => {
  it('states a zero of the body’s, for each fact that names its acts', () => {
    expect(numbers('全年未举办面向机关干部的法治专题讲座。')).toEqual(['law_lectures=0:achieved']);
    expect(numbers('区政府常务会议全年没有开展会前学法。')).toEqual(['exec_meeting_law_study=0:achieved']);
    expect(numbers('年内区委常委会未召开会议专题研究法治建设工作。')).toEqual(['committee_rule_of_law_meetings=0:achieved']);
    expect(numbers('全年从未组织机关干部旁听行政案件庭审。')).toEqual(['court_hearing_observers=0:achieved']);
  });

  it('but not some units’ failure, an act not done as asked, those left out, nor a 尚未 the sentence plans', () => {
    expect(numbers('全区有3个街道全年未举办法治讲座。')).toEqual([]);
    expect(numbers('部分部门未开展会前学法。')).toEqual([]);
    expect(numbers('区政府常务会议未按规定开展会前学法。')).toEqual([]);
    expect(numbers('区委依法治区办对未开展会前学法的单位进行约谈。')).toEqual([]);
    expect(numbers('法治专题讲座尚未举办，计划于明年上半年举办。')).toEqual([]);
    expect(numbers('全年未开展面向群众的法律讲座。')).toEqual([]);
  });
});

// heldout17: 全年以苏木政府为被告的行政诉讼案件为零 read nothing (a count said to be zero carries no counting word)
describe('what a fact counts said to be zero in its clause', () => {
  it('states a zero', () => {
    expect(numbers('全年以区政府为被告的行政诉讼案件为零。')).toEqual(['litigation_cases=0:achieved']);
    expect(numbers('以区政府为被申请人的行政复议案件全年为0。')).toEqual(['reconsideration_cases=0:achieved']);
  });

  it('but not the lost ones, a rate, some units’ count, nor a zero said past the clause', () => {
    expect(numbers('全年行政诉讼败诉案件为零。')).toEqual(['litigation_lost_cases=0:achieved']);
    expect(numbers('全区行政复议案件综合纠错率为零。')).toEqual(['reconsideration_correction_rate=0:achieved']);
    expect(numbers('全区有4个街道的行政诉讼案件为零。')).toEqual([]);
    expect(numbers('以街道为被告的行政诉讼，本年度为零。')).toEqual([]);
  });
});

// heldout55 (yuanping, a paper on 2023 and 2024): 两年间无败诉案件 read nothing (the span's clause is another period's)
describe('a zero stated over a span of years running to the time of writing', () => {
  it('is a zero of the year too', () => {
    expect(numbers('两年间无败诉案件。')).toEqual(['litigation_lost_cases=0:achieved']);
    expect(numbers('2022年以来未发生以区政府为被申请人的行政复议案件。')).toEqual(['reconsideration_cases=0:achieved']);
  });

  it('but not one over a span closed before the year, nor a count over the span', () => {
    expect(numbers('2020年至2022年未发生行政诉讼案件。')).toEqual([]);
    expect(numbers('“十四五”五年间无败诉案件。')).toEqual([]);
    expect(numbers('两年间共办理行政应诉案件63件。')).toEqual([]);
  });
});

// heldout163 (ruixi): 出庭应述41件 read nothing (述 shu typed for 诉 su by an input method set to fuzzy initials)
describe('a character of a fuzzy initial’s sound', () => {
  /** The numeric facts of 苘塘区's report whose work is `line`, read from a file as a report is. */
  const fromFile = async (line: string): Promise<string[]> =>
    (await readFileQuoted(lexicon, ['苘塘区2024年法治政府建设情况报告', '一、主要工作', line, ''].join('\n'), 'qiongtang.txt')).facts;

  it('is read as the word of the lexicon it makes in a clause with a figure', async () => {
    expect(await fromFile('区政府负责人出庭应述15件。')).toEqual(['head_appearance_cases=15:achieved']);
  });

  it('but not where the word as written is one, nor in a clause without a figure', async () => {
    expect(withSoundAlikesRead('各部门主要负责人现场述职述法，共32名。')).toBe('各部门主要负责人现场述职述法，共32名。');
    expect(withSoundAlikesRead('区政府负责人出庭应述，接受旁听。')).toBe('区政府负责人出庭应述，接受旁听。');
  });
});
