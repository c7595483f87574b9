/**
 * The general rules added after the blind measurement of test/fixtures/heldout137 (part-year summaries and year-end papers
 * that are not the yearly report), on texts of our own: a title naming all of the year but its last months (1—11月,
 * 1月至10月, 前11个月) makes the paper other, as 上半年 and 1—6月 did, while a year-end summary of the year whose figures
 * run to 11月 stays the year's report; a clause that is nothing but last year named whole (去年全年, 上年同期, 2023年全年)
 * dates the clauses after it; a stock told as 保有量 / 拥有量 is the count; and in a table whose columns give a part of the
 * period (第三季度, 本月) beside the period so far (1—9月累计, 本年累计), the rows are read from the period's column.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, readQuoted, statusesOf, statusesWithId, statusesWithIds } from './helpers.js';

const lexicon = await loadLexicon();

const opening = '县政府坚持依法行政，推进法治政府建设，法律顾问参与合法性审查，做好行政复议、应诉和普法工作。现将有关情况总结如下。';
const kindOf = (title: string, body = opening): string => readQuoted(lexicon, `${title}\n${body}\n`).doc.kind;

describe('a title naming the year up to one of its last months', () => {
  it('is no yearly report, however late in the year it is written', () => {
    expect(kindOf('栎川县交通运输局2025年1—11月法治建设工作总结')).toBe('other');
    expect(kindOf('栎川县2024年1月至10月法治政府建设工作情况')).toBe('other');
    expect(kindOf('栎川县2023年前11个月依法行政工作总结')).toBe('other');
  });

  it('but the year named whole, its figures up to 11月, is the year’s report', () => {
    expect(kindOf('栎川县2025年法治政府建设工作总结', `截至11月底，${opening}`)).toBe('annual_report');
    expect(kindOf('栎川县2025年1—12月法治政府建设工作总结')).toBe('annual_report');
  });
});

/** The facts of a 2024 summary of 苇沙区 whose work is `done`. */
const summary = (done: string): string[] =>
  statusesOf(
    readQuoted(
      lexicon,
      [
        '苇沙区2024年法治政府建设工作总结',
        '2024年，苇沙区坚持依法行政，推进法治政府建设，现将有关情况总结如下。',
        '一、主要工作',
        done,
        '二、存在的不足',
        '基层法治力量仍显薄弱。',
        '',
      ].join('\n'),
    ).facts,
  );

describe('a clause that is nothing but last year named whole', () => {
  it('dates the clauses after it: no figure of the year', () => {
    const facts = summary('全年审核区政府合同、协议63份。上年全年，全区共办理行政复议案件52件、行政应诉案件27件，今年均有下降。');
    expect(statusesWithIds(facts, 'reconsideration_cases', 'litigation_cases')).toEqual([]);
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=63:achieved']);
  });

  it('so does the same part of last year, or the year before by its number', () => {
    expect(statusesWithId(summary('去年同期，全区受理行政复议申请44件。'), 'reconsideration_cases')).toEqual([]);
    expect(statusesWithId(summary('2023年全年，区政府常务会议会前学法11次。'), 'exec_meeting_law_study')).toEqual([]);
  });

  it('but a clause of the year itself after it is the year’s again', () => {
    const facts = summary('去年全年，全区受理行政复议申请44件；全年受理行政复议申请51件。');
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=51:achieved']);
  });
});

describe('a stock told as 保有量 or 拥有量', () => {
  it('is the count of the things held', () => {
    expect(statusesWithId(summary('全区行政执法单位执法记录仪保有量达到372台。'), 'body_cameras')).toEqual(['body_cameras=372:achieved']);
    expect(statusesWithId(summary('全区执法记录仪拥有量为215台。'), 'body_cameras')).toEqual(['body_cameras=215:achieved']);
  });

  it('but not how much it grew', () => {
    expect(statusesWithId(summary('全区执法记录仪保有量比上年增加35台。'), 'body_cameras')).toEqual([]);
  });
});

/** A 2023 notice of 岱屿市 for 1—10月 with a table of `header` over `rows` (Markdown). */
const table = async (header: readonly string[], rows: readonly (readonly string[])[]): Promise<string[]> =>
  (
    await readFileQuoted(
      lexicon,
      [
        '# 岱屿市2023年1—10月法治政府建设工作情况',
        '',
        '1—10月，全市坚持依法行政，推进法治政府建设，主要指标如下。',
        '',
        `| ${header.join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...rows.map((row) => `| ${row.join(' | ')} |`),
        '',
      ].join('\n'),
      'daiyu.md',
    )
  ).facts;

describe('a table with a part of the period beside the period so far', () => {
  it('is read from the period’s column, whatever its place', async () => {
    const facts = await table(
      ['项目', '10月', '本年累计', '上年同期（1—10月）'],
      [
        ['受理行政复议申请（件）', '9', '118', '104'],
        ['办理行政应诉案件（件）', '6', '57', '63'],
      ],
    );
    expect(statusesWithIds(facts, 'reconsideration_cases', 'litigation_cases')).toEqual(['reconsideration_cases=118:achieved', 'litigation_cases=57:achieved']);
  });

  it('but a part’s column with no such column beside it stays read', async () => {
    const facts = await table(['项目', '第三季度', '上年同期'], [['受理行政复议申请（件）', '37', '29']]);
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=37:achieved']);
  });
});
