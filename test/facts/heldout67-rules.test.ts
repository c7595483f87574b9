/**
 * The general rules added after the blind measurement of test/fixtures/heldout67 (final assessments, period
 * summaries and self-checks against the 示范 index), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

describe('a self-check against the 示范 index before its assessment', () => {
  const selfCheck = `青原县司法局关于法治政府建设示范指标评估自查情况的报告

县委依法治县办:

按照评估准备工作的要求,我局会同各单位对照示范指标逐项自查。县政府坚持依法行政,常务会议会前学法10次,法律顾问参与合法性审查,行政复议和普法工作稳步推进。现将自查情况报告如下。
`;

  it('is a paper of kind other', async () => {
    const { doc } = await read(selfCheck, 'qingyuan.txt');
    expect(doc.kind).toBe('other');
  });

  it('unlike the year’s own 自查报告 on 法治政府建设', async () => {
    const { doc } = await read(selfCheck.replace(/^.*\n/, '青原县2024年法治政府建设自查报告\n'), 'qingyuan.txt');
    expect(doc.kind).toBe('annual_report');
  });
});

describe('a table that sets the base year and the target beside what was done', () => {
  const table = (header: string, rows: string) => `青原县法治政府建设规划中期评估报告

一、指标完成情况

评估组对照规划所列指标逐项核对,依法行政各项指标完成情况见下表。

${header}
${rows}
`;
  const rows = `| 县政府常务会议学法次数 | 5次 | 9次 | 每年不少于8次 |
| 公职律师人数 | 12名 | 31名 | 30名以上 |
| 执法记录仪配备数量 | 150台 | 402台 | 380台 |
| 行政机关负责人出庭应诉率 | 70.5% | 97.3% | 不低于90% |`;

  it('reads what was done, not the base year’s figures', async () => {
    const { facts } = await read(table('| 指标 | 2021年基数 | 完成值 | 目标值 |\n| --- | --- | --- | --- |', rows), 'qingyuan.md');
    expect(facts).toEqual(
      expect.arrayContaining([
        'exec_meeting_law_study=9:achieved',
        'public_lawyers=31:achieved',
        'body_cameras=402:achieved',
        'head_appearance_rate=97.3:achieved',
      ]),
    );
    expect(facts.filter((f) => /^(exec_meeting_law_study=5|public_lawyers=12|body_cameras=150|head_appearance_rate=70\.5):/.test(f))).toEqual([]);
  });

  it('reads a target written in words as a plan', async () => {
    const { facts } = await read(table('| 指标 | 2021年基数 | 完成值 | 目标值 |\n| --- | --- | --- | --- |', rows), 'qingyuan.md');
    expect(facts).toEqual(
      expect.arrayContaining(['exec_meeting_law_study=8:plan', 'public_lawyers=30:plan', 'body_cameras=380:plan', 'head_appearance_rate=90:plan']),
    );
  });

  it('and so under a header of last year beside this year', async () => {
    const lastYear = `| 县政府常务会议学法次数 | 7次 | 11次 |
| 公职律师人数 | 20名 | 26名 |`;
    const { facts } = await read(table('| 指标 | 上年 | 本年 |\n| --- | --- | --- |', lastYear), 'qingyuan.md');
    expect(facts).toEqual(expect.arrayContaining(['exec_meeting_law_study=11:achieved', 'public_lawyers=26:achieved']));
    expect(facts.filter((f) => /^(exec_meeting_law_study=7|public_lawyers=20):/.test(f))).toEqual([]);
  });
});

describe('the state now beside where it stood when the period began', () => {
  const summary = (lines: string) => `石桥区2024年法治政府建设情况报告
2024年,区政府坚持依法行政,推进法治政府建设,做好行政复议、行政应诉和普法工作。
一、主要成效
${lines}
二、存在的不足
个别街道法制审核力量仍较薄弱。
`;

  it('reads a count the body has now (现有, 目前为), not the earlier year’s', async () => {
    const { facts } = await read(summary('全区公职律师现有57名,比2020年底的19名多出两倍。区政府法律顾问目前为7名,而2020年只有3名。'), 'shiqiao.txt');
    expect(facts).toEqual(expect.arrayContaining(['public_lawyers=57:achieved', 'legal_advisers=7:achieved']));
    expect(facts.filter((f) => /^(public_lawyers=19|legal_advisers=3):/.test(f))).toEqual([]);
  });

  it('reads a rate held since a year and running, not one since a year alone', async () => {
    const held = await read(summary('行政机关负责人出庭应诉率2022年以来始终保持100%,远高于2020年的52.1%。'), 'shiqiao.txt');
    expect(held.facts).toContain('head_appearance_rate=100:achieved');
    expect(held.facts.filter((f) => f.startsWith('head_appearance_rate=52.1'))).toEqual([]);
    const since = await read(summary('村(社区)法律顾问覆盖率2022年以来达到100%。'), 'shiqiao.txt');
    expect(since.facts.filter((f) => f.startsWith('legal_adviser_coverage_rate='))).toEqual([]);
  });
});
