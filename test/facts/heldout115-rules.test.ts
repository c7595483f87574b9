/**
 * The general rules added after the blind measurement of test/fixtures/heldout115 (appendices, statistics tables and
 * figures stated twice), on texts of our own: an indicator table's 完成情况 column, a 同比 column of changes with their
 * counting words, the body's own 本级 row among its units, and a chart's caption that writes out its data.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithIds } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

/** A county's report of 2023 whose 附件 is `table`, its text saying nothing of the table's figures. */
const fengaoCounty = (table: string): string => `枫岙县人民政府2023年法治政府建设情况报告
2023年,县政府深入推进依法行政,各项指标完成情况见附件。
一、主要工作
县政府持续推进严格规范公正文明执法。
二、存在的不足
个别部门执法程序仍不规范。
附件
主要指标完成情况表
${table}
`;

describe('an indicator table with a column judging each row against its target (完成情况)', () => {
  const ids = ['body_cameras', 'enforcement_training_participants', 'exec_meeting_law_study', 'litigation_lost_cases', 'reconsideration_correction_rate'];

  it('reads what was done, and the target as a plan, in a table aligned by blanks', async () => {
    const table = `序号  指标名称                    目标值    完成值    完成情况
1     执法记录仪（台）            260       281       超额完成
2     行政执法人员培训（人次）    900       874       未完成
3     政府常务会议学法（次）      12        12        完成
4     行政诉讼败诉案件（件）      ≤4        1         达标
5     行政复议纠错率（%）         —         9.6       —`;
    const { facts } = await read(fengaoCounty(table), 'fengao.txt');
    expect(statusesWithIds(facts, ...ids)).toEqual([
      'body_cameras=281:achieved',
      'body_cameras=260:plan',
      'enforcement_training_participants=874:achieved',
      'enforcement_training_participants=900:plan',
      'exec_meeting_law_study=12:achieved',
      'exec_meeting_law_study=12:plan',
      'litigation_lost_cases=1:achieved',
      'litigation_lost_cases=4:plan',
      'reconsideration_correction_rate=9.6:achieved',
    ]);
  });

  it('so in a table set apart by tabs, the judgement in other words, the target column after what was done', async () => {
    const table = ['指标\t完成值\t目标值\t完成情况', '执法记录仪（台）\t305\t300\t已完成', '行政执法人员培训（人次）\t1,240\t1,200\t序时推进'].join('\n');
    const { facts } = await read(fengaoCounty(table), 'fengao2.txt');
    expect(statusesWithIds(facts, 'body_cameras', 'enforcement_training_participants')).toEqual([
      'body_cameras=305:achieved',
      'body_cameras=300:plan',
      'enforcement_training_participants=1240:achieved',
      'enforcement_training_participants=1200:plan',
    ]);
  });

  it('but a last cell of other words (a remark, not a judgement) leaves the line as it was written', async () => {
    const table = `序号  指标名称                    目标值    完成值    完成情况
1     执法记录仪（台）            260       281       部分乡镇尚未配齐`;
    const { facts } = await read(fengaoCounty(table), 'fengao3.txt');
    expect(facts.filter((f) => f.startsWith('body_cameras=') && f.endsWith(':plan'))).toEqual([]);
  });
});

describe('a table of two years whose 同比 column writes each change with its counting word', () => {
  const report = (rows: string) => `岑川市人民政府2023年法治政府建设年度报告
2023年,岑川市持续推进法治政府建设,主要数据见附表。
附表
主要数据对比表
${rows}
`;

  it('reads the latest year’s column, aligned by full-width blanks, and not the year before', async () => {
    const rows = [
      '指标　　　　　　　　　　2022年　　2023年　　同比',
      '法制审核人员（名）　　　　18　　　　23　　　　+5名',
      '行政诉讼败诉案件（件）　　6　　　　4　　　　减少2件',
      '执法记录仪（台）　　　　　140　　　140　　　持平',
    ].join('\n');
    const { facts } = await read(report(rows), 'cenchuan.txt');
    expect(statusesWithIds(facts, 'legal_review_staff', 'litigation_lost_cases', 'body_cameras')).toEqual([
      'legal_review_staff=23:achieved',
      'litigation_lost_cases=4:achieved',
      'body_cameras=140:achieved',
    ]);
  });

  it('so aligned by blanks, with a change in 人次 beside a change in points', async () => {
    const rows = [
      '指标    2022年    2023年    增减',
      '行政执法人员培训（人次）    1,015    960    -55人次',
      '负责人出庭应诉率（%）    92.0    97.5    +5.5个百分点',
    ].join('\n');
    const { facts } = await read(report(rows), 'cenchuan2.txt');
    expect(statusesWithIds(facts, 'enforcement_training_participants', 'head_appearance_rate')).toEqual([
      'enforcement_training_participants=960:achieved',
      'head_appearance_rate=97.5:achieved',
    ]);
  });
});

describe('a table of units whose row of the body’s own share (本级) stands beside the total', () => {
  const expected = ['reconsideration_cases=74:achieved', 'reconsideration_cases=301:achieved', 'litigation_cases=29:achieved', 'litigation_cases=118:achieved'];

  it('reads the 本级 row and the total of a Markdown table, not the units’ rows', async () => {
    const report = `# 澄坪区人民政府2024年法治政府建设情况报告

2024年,区政府持续推进法治政府建设,复议应诉情况见下表。

| 单位 | 行政复议受理（件） | 行政应诉案件（件） |
| --- | --- | --- |
| 区政府本级 | 74 | 29 |
| 东沙街道 | 88 | 31 |
| 西沙街道 | 139 | 58 |
| 全区合计 | 301 | 118 |
`;
    const { facts } = await read(report, 'chengping.md');
    expect(statusesWithIds(facts, 'reconsideration_cases', 'litigation_cases')).toEqual(expected);
  });

  it('so in a web page’s table whose labels span two columns, a dash for a figure the row does not give', async () => {
    const page = `<html><head><meta charset="utf-8"><title>澄坪区人民政府2024年法治政府建设情况报告</title></head><body>
<h1>澄坪区人民政府2024年法治政府建设情况报告</h1>
<p>2024年,区政府持续推进法治政府建设,复议应诉情况见下表。</p>
<table>
<tr><th colspan="2">单位</th><th>行政复议受理（件）</th><th>行政应诉案件（件）</th><th>执法记录仪（台）</th></tr>
<tr><td colspan="2">区本级</td><td>74</td><td>29</td><td>—</td></tr>
<tr><td rowspan="2">街道</td><td>东沙街道</td><td>88</td><td>31</td><td>40</td></tr>
<tr><td>西沙街道</td><td>139</td><td>58</td><td>52</td></tr>
<tr><td colspan="2">合计</td><td>301</td><td>118</td><td>92</td></tr>
</table>
</body></html>`;
    const { facts } = await read(page, 'chengping.html');
    expect(statusesWithIds(facts, 'reconsideration_cases', 'litigation_cases')).toEqual(expected);
    expect(statusesWithIds(facts, 'body_cameras')).toEqual(['body_cameras=92:achieved']);
  });

  it('but a row of the units under the body (各街道本级 is no label of its own share) states no figure of its own', async () => {
    const report = `# 澄坪区人民政府2024年法治政府建设情况报告

| 单位 | 行政复议受理（件） | 行政应诉案件（件） |
| --- | --- | --- |
| 各街道本级 | 227 | 89 |
| 合计 | 301 | 118 |
`;
    const { facts } = await read(report, 'chengping2.md');
    expect(statusesWithIds(facts, 'reconsideration_cases', 'litigation_cases')).toEqual([
      'reconsideration_cases=301:achieved',
      'litigation_cases=118:achieved',
    ]);
  });
});

describe('a chart’s caption that writes out its data after a colon', () => {
  const page = (captions: string) => `<html><head><meta charset="utf-8"><title>岚溪县人民政府2024年法治政府建设情况报告</title></head><body>
<h1>岚溪县人民政府2024年法治政府建设情况报告</h1>
<p>2024年,县政府持续推进法治政府建设。</p>
${captions}
</body></html>`;

  it('reads a series over years as its latest year, the earlier years as no figure of the year', async () => {
    const { facts } = await read(
      page('<figure><figcaption>图3　2020—2024年全县行政应诉案件数（件）：2020年58；2021年64；2022年71；2023年69；2024年83</figcaption></figure>'),
      'lanxi.html',
    );
    expect(statusesWithIds(facts, 'litigation_cases')).toEqual(['litigation_cases=83:achieved']);
  });

  it('reads the kinds of a whole its title states (共…件) as its parts, no figure of the whole', async () => {
    const { facts } = await read(
      page('<figure><figcaption>图4　2024年全县矛盾纠纷调解类型（共3,180件）：邻里纠纷1,205件；劳动争议842件；婚姻家庭760件；其他373件</figcaption></figure>'),
      'lanxi2.html',
    );
    expect(statusesWithIds(facts, 'disputes_mediated')).toEqual([]);
  });

  it('but a caption whose colon opens a sentence (…:全年化解…件,…。) stays a line of prose', async () => {
    const { doc, facts } = await read(page('<p>图5 全县调解情况:全年化解矛盾纠纷2,460件,调解成功率98%。</p>'), 'lanxi3.html');
    expect(doc.source.text).toContain('图5 全县调解情况:全年化解矛盾纠纷2,460件,调解成功率98%。');
    expect(statusesWithIds(facts, 'disputes_mediated')).toEqual(['disputes_mediated=2460:achieved']);
  });
});
