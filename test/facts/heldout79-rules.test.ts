/**
 * The general rules added after the blind measurement of test/fixtures/heldout79 (development zones and heads' 述法), on
 * texts of our own: a summary whose lines each tell one head's unit, a department head's byline, a department's place's
 * coverage over its units.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

describe('a line labelled with a unit and its head’s post', () => {
  const SUMMARY = [
    '梧溪县2024年度党政主要负责人述法评议情况报告',
    '一、总体情况',
    '2024年,县政府常务会议会前学法10次,全县调解矛盾纠纷1,850件,持证执法人员620名。',
    '二、各单位述法要点',
    '1.青石镇镇长:镇政府全年会前学法4次,调解矛盾纠纷96件,聘请法律顾问2名。',
    '2.县水利局局长:持证执法人员38名,行政应诉5件,本人出庭3件。',
    '3.白沙乡党委书记:党委会议专题研究法治建设2次,组织村干部旁听庭审40人。',
    '',
  ].join('\n');

  it('tells that unit’s figures, not the body’s', async () => {
    const { facts } = await readFileQuoted(lexicon, SUMMARY, 'wuxi.txt');
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=10:achieved']);
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=1850:achieved']);
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=620:achieved']);
    expect(statusesWithId(facts, 'legal_advisers')).toEqual([]);
    expect(statusesWithId(facts, 'litigation_cases')).toEqual([]);
    expect(statusesWithId(facts, 'head_appearance_cases')).toEqual([]);
    expect(statusesWithId(facts, 'committee_rule_of_law_meetings')).toEqual([]);
    expect(statusesWithId(facts, 'court_hearing_observers')).toEqual([]);
  });

  it('until a clause of the line opens with the body itself', async () => {
    const { facts } = await readFileQuoted(
      lexicon,
      '梧溪县2024年度述法评议情况报告\n一、各单位述法要点\n4.县司法局局长:局机关公职律师6名,县政府全年受理行政复议案件88件。\n',
      'wuxi.txt',
    );
    expect(statusesWithId(facts, 'public_lawyers')).toEqual([]);
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=88:achieved']);
  });

  it('but the body’s own heads label its own figures', async () => {
    const { facts } = await readFileQuoted(
      lexicon,
      '梧溪县2024年度述法评议情况报告\n一、各单位述法要点\n1.县委书记:县委常委会会议专题研究法治建设5次。\n',
      'wuxi.txt',
    );
    expect(statusesWithId(facts, 'committee_rule_of_law_meetings')).toEqual(['committee_rule_of_law_meetings=5:achieved']);
  });
});

describe('a department head’s own 述法报告', () => {
  const REPORT = [
    '2024年度述职述法报告',
    '梧溪县司法局党组书记、局长　某某某',
    '2024年,本人认真履行推进法治建设第一责任人职责,现将有关情况报告如下。',
    '一、主要工作',
    '全县乡镇法律顾问配备率达到100%,县政府全年受理行政复议案件88件。',
    '',
  ].join('\n');

  it('names its body in the byline under a title that names none', async () => {
    const { doc } = await readFileQuoted(lexicon, REPORT, 'shufa.md');
    expect([doc.level, doc.place]).toEqual(['department', '梧溪县司法局']);
  });

  it('reads its place’s coverage over the towns together as its place’s, not their own figures', async () => {
    const { facts } = await readFileQuoted(lexicon, REPORT, 'shufa.md');
    expect(statusesWithId(facts, 'legal_adviser_coverage_rate')).toEqual(['legal_adviser_coverage_rate=100:achieved']);
    const counted = await readFileQuoted(lexicon, REPORT.replace('全县乡镇法律顾问配备率达到100%', '乡镇共聘请法律顾问31名'), 'shufa.md');
    expect(statusesWithId(counted.facts, 'legal_advisers')).toEqual([]);
  });
});

describe('a neighbouring district whose name ends in 山区', () => {
  it('is another place when it opens a clause, as any district’s name is', async () => {
    const { facts } = await readFileQuoted(
      lexicon,
      '梧溪新区2025年法治政府建设情况报告\n一、主要工作\n新区行政机关负责人出庭应诉率100%,同期,榴山区行政机关负责人出庭应诉率92.5%。\n',
      'wuxi.txt',
    );
    expect(statusesWithId(facts, 'head_appearance_rate')).toEqual(['head_appearance_rate=100:achieved']);
  });

  it('but a remote mountain area is no place', async () => {
    const { facts } = await readFileQuoted(lexicon, '梧溪县2025年法治政府建设情况报告\n一、主要工作\n偏远山区组织旁听庭审120人次。\n', 'wuxi.txt');
    expect(statusesWithId(facts, 'court_hearing_observers')).toEqual(['court_hearing_observers=120:achieved']);
  });
});

describe('a rate derived from two counts', () => {
  const REPORT = (rate: string) =>
    [
      '梧溪县司法局2024年法治建设工作总结',
      '一、本局工作',
      // (the heads together, 局负责人: one head's own count short of the whole derives no rate since p47)
      '本局作为共同被告参加行政诉讼6件,局负责人出庭应诉3件。',
      '二、全县工作',
      `全县一审行政诉讼案件52件,行政机关负责人出庭应诉${rate}。`,
      '',
    ].join('\n');

  it('is not derived where the document states the rate itself, in another section', async () => {
    const { facts } = await readFileQuoted(lexicon, REPORT('率100%'), 'wuxi.txt');
    expect(statusesWithId(facts, 'head_appearance_rate')).toEqual(['head_appearance_rate=100:achieved']);
  });

  it('but is where the document states none', async () => {
    const { facts } = await readFileQuoted(lexicon, REPORT('40件'), 'wuxi.txt');
    expect(statusesWithId(facts, 'head_appearance_rate')).toContain('head_appearance_rate=50:achieved');
  });
});
