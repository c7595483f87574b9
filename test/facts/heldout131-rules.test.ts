/**
 * The general rules added after the blind measurement of test/fixtures/heldout131 (普法 and 法治宣传 reports), on texts of
 * our own: a report on one line of the 普法 work (its staff's 学法用法, its bodies' 普法责任制, its 法治文化 sites) is of kind
 * other, a place's summary of its whole 普法依法治理 work the year's report; a 学法用法 report signed by the place's 普法 office
 * is the place's; an issuer's line with its date under a title with no year dates the paper; a count after 含 that follows a
 * larger count of the same fact is a part of it; a superior named with 今年 (or after an item's number) opens its own
 * clause; officers who took part in a course count the course, not the officers; a city's counties' own courses are theirs;
 * and a column of a plan's target with its year in brackets (规划目标（2025年）) states plans.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { metaLine, readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

/** The kind, level, place and year a whole text is read as. */
const meta = (text: string): string => metaLine(lexicon, text);

const LEAD = '一年来,坚持依法行政,推进法治政府建设,法律顾问参与合法性审查,做好行政复议、应诉和普法工作。现将有关情况报告如下。';

describe('a report on one line of the 普法 work', () => {
  it('is of kind other: the 学法用法 of a place’s staff, the 普法责任制 of its bodies, its 法治文化 sites', () => {
    expect(meta(`岑川县2024年领导干部学法用法工作情况报告\n${LEAD}\n`)).toMatch(/^other /);
    expect(meta(`柘湾区2023年度“谁执法谁普法”普法责任制履职情况报告\n${LEAD}\n`)).toMatch(/^other /);
    expect(meta(`柘湾区城市管理局2024年度普法履职报告\n${LEAD}\n`)).toMatch(/^other /);
    expect(meta(`岑川县2025年法治文化阵地建设情况报告\n${LEAD}\n`)).toMatch(/^other /);
  });

  it('but a place’s summary of its whole 普法依法治理 work, or one joined to the year’s report, is the year’s report', () => {
    expect(meta(`岑川县2024年普法依法治理工作总结\n${LEAD}\n`)).toMatch(/^annual_report /);
    expect(meta(`岑川县2024年度法治政府建设暨学法用法工作情况报告\n${LEAD}\n`)).toMatch(/^annual_report /);
  });
});

describe('a 学法用法 report signed by the place’s 普法 office', () => {
  it('speaks for the place, a 县级市 reporting to its city a county', () => {
    const text = `岚溪市2025年国家工作人员学法用法工作情况报告\n澄州市普法办:\n${LEAD}\n一、主要做法\n岚溪市政府常务会议会前学法8次。\n岚溪市普法依法治理领导小组办公室\n2025年12月5日\n`;
    expect(meta(text)).toBe('other county 岚溪市 2025');
  });

  it('but a report on a department’s own line of work signed by the department is the department’s', () => {
    const text = `岑川县2024年度行政复议工作统计分析报告\n${LEAD}\n一、基本情况\n全年受理申请36件。\n岑川县司法局\n2025年1月8日\n`;
    expect(meta(text)).toMatch(/^other department 岑川县司法局 /);
  });
});

describe('an issuer’s line with its date under a title that names no year', () => {
  it('dates the paper: late in a year, that year', () => {
    const text = `岑川县“八五”普法规划实施情况中期评估报告\n岑川县普法依法治理领导小组办公室\u30002023年11月6日\n${LEAD}\n一、总体情况\n全县会前学法9次。\n`;
    expect(meta(text)).toMatch(/ 2023$/);
  });

  it('early in a year, the year before', () => {
    const text = `岑川县“八五”普法规划实施情况中期评估报告\n岑川县司法局\u30002024年2月26日\n${LEAD}\n一、总体情况\n全县会前学法9次。\n`;
    expect(meta(text)).toMatch(/ 2023$/);
  });

  it('but a line that is no body’s name before a date dates nothing', () => {
    const text = `岑川县“八五”普法规划实施情况中期评估报告\n全县普法宣传月启动于2023年11月6日\n${LEAD}\n一、总体情况\n全县会前学法9次。\n`;
    expect(meta(text)).toMatch(/ -$/);
  });
});

/** The numeric facts of a 2024 report of the 县级市 岚溪市 to its city 澄州市, its first chapter `lines`. */
const countyCity = async (lines: string): Promise<string[]> =>
  (
    await readFileQuoted(
      lexicon,
      [
        '岚溪市2024年法治政府建设情况报告',
        '',
        '澄州市人民政府：',
        '　　2024年，岚溪市坚持依法行政，推进法治政府建设。现将有关情况报告如下。',
        '一、主要工作和成效',
        lines,
        '二、存在的不足',
        '　　个别部门学法流于形式。',
        '',
        '岚溪市人民政府',
        '2024年12月10日',
        '',
      ].join('\n'),
      'lanxi.txt',
    )
  ).facts;

/** The numeric facts of a 2023 city report whose achievements are `lines`. */
const city = async (lines: string): Promise<string[]> =>
  (
    await readFileQuoted(
      lexicon,
      ['澧原市2023年法治政府建设年度报告', '一、主要工作及成效', lines, '二、存在的不足', '基层执法队伍专业化水平仍需提升。', ''].join('\n'),
      'liyuan.txt',
    )
  ).facts;

describe('a count after 含 that follows a larger count of the same fact', () => {
  it('is a part of that count, in brackets or in a table’s remark', async () => {
    const facts = await countyCity('　　市委常委会全年专题研究法治建设工作5次（含听取普法工作汇报2次）。');
    expect(statusesWithId(facts, 'committee_rule_of_law_meetings')).toEqual(['committee_rule_of_law_meetings=5:achieved']);
  });

  it('but a count of another fact after 含 is that fact’s', async () => {
    const facts = await countyCity('　　市政府常务会议会前学法11次，领导干部法治专题讲座含线上讲座共4期。');
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=11:achieved']);
    expect(statusesWithId(facts, 'law_lectures')).toEqual(['law_lectures=4:achieved']);
  });
});

describe('a superior named before its act with 今年, or after an item’s number', () => {
  it('holds its own lectures, not the body’s', async () => {
    expect(statusesWithId(await countyCity('　　（二）澄州市今年举办领导干部法治专题讲座5期，我市选派120名干部参加。'), 'law_lectures')).toEqual([]);
    expect(statusesWithId(await countyCity('　　澄州市年内组织领导干部法治讲座6期，我市干部全部参加。'), 'law_lectures')).toEqual([]);
    expect(statusesWithId(await countyCity('　　2. 澄州市全年举办领导干部法治讲座7期。'), 'law_lectures')).toEqual([]);
  });

  it('but the body’s own name, or its own words, there are the body', async () => {
    expect(statusesWithId(await countyCity('　　（二）岚溪市今年举办领导干部法治专题讲座3期。'), 'law_lectures')).toEqual(['law_lectures=3:achieved']);
    expect(statusesWithId(await countyCity('　　（二）今年我市举办领导干部法治专题讲座4期。'), 'law_lectures')).toEqual(['law_lectures=4:achieved']);
  });
});

describe('officers who took part in a course', () => {
  it('count the course, not the officers', async () => {
    const facts = await city('全市持证行政执法人员4,260名，市司法局组织1,380名行政执法人员参加新法知识轮训。');
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=4260:achieved']);
    expect(statusesWithId(facts, 'enforcement_training_participants')).toEqual(['enforcement_training_participants=1380:achieved']);
  });

  it('but the officers the course was held for, counted as all of them, are the officers', async () => {
    const facts = await city('组织全市2,150名持证执法人员开展集中轮训。');
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=2150:achieved']);
  });
});

describe('the courses a city’s counties hold for officers', () => {
  it('are theirs, not the city’s', async () => {
    const facts = await city('市司法局举办执法人员轮训班，参训执法人员900人。各县（市、区）另组织执法人员培训2,400人次。');
    expect(statusesWithId(facts, 'enforcement_training_participants')).toEqual(['enforcement_training_participants=900:achieved']);
  });

  it('but the city’s whole count of them is the city’s', async () => {
    const facts = await city('全市共组织执法人员培训2,400人次。');
    expect(statusesWithId(facts, 'enforcement_training_participants')).toEqual(['enforcement_training_participants=2400:achieved']);
  });
});

/** The numeric facts of a 2024 county's mid-term evaluation in Markdown whose table is `table`. */
const evaluation = async (table: string): Promise<string[]> =>
  (
    await readFileQuoted(
      lexicon,
      [
        '# 岑川县“八五”普法中期评估报告',
        '',
        '2024年，岑川县坚持依法行政，推进法治政府建设，做好行政复议、应诉和普法工作。现将评估情况报告如下。',
        '',
        '## 一、主要指标完成情况',
        '',
        table,
        '',
        '## 二、存在的问题',
        '',
        '普法形式相对单一。',
        '',
      ].join('\n'),
      'cenchuan.md',
    )
  ).facts;

describe('a column of a plan’s target with its year in brackets', () => {
  it('states plans, the column of what was done the year’s figures', async () => {
    const facts = await evaluation(
      [
        '| 指标 | 规划目标（2025年） | 2024年完成情况 |',
        '| --- | --- | --- |',
        '| 领导干部学法考试合格率 | ≥96% | 98.2% |',
        '| 旁听庭审人数 | 300名 | 246名 |',
      ].join('\n'),
    );
    expect(statusesWithId(facts, 'leader_law_exam_pass_rate')).toEqual(['leader_law_exam_pass_rate=98.2:achieved', 'leader_law_exam_pass_rate=96:plan']);
    expect(statusesWithId(facts, 'court_hearing_observers')).toEqual(['court_hearing_observers=246:achieved', 'court_hearing_observers=300:plan']);
  });

  it('but a table with no target column states the year’s figures alone', async () => {
    const facts = await evaluation(['| 指标 | 2024年 | 备注 |', '| --- | --- | --- |', '| 领导干部学法考试合格率 | 98.2% | 参考率100% |'].join('\n'));
    expect(statusesWithId(facts, 'leader_law_exam_pass_rate')).toEqual(['leader_law_exam_pass_rate=98.2:achieved']);
  });
});
