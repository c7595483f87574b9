/**
 * The general rules added after the blind measurement of test/fixtures/heldout154 (reports that barely name themselves),
 * on texts of our own: a table's column of the year reported on named as this year (本年度, 本年, 当年完成) makes the columns
 * beside it that name a year alone another year's; 办结/答复 before the requests it closes (办结政府信息公开申请45件) counts
 * those closed, not those received; the seal's place marked before a signature (（盖章）某市人民政府) names the reporting
 * body, whoever the paper is addressed to; a neighbour's equipping its people (相邻的某区当年配备执法记录仪380台) is that
 * place's; and 本年度 in a report signed in the first months of the next year is the year just closed.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, readQuoted, statusesOf, zhewanDistrict } from './helpers.js';

const lexicon = await loadLexicon();

/** The numeric facts of 柘湾区's 2024 report whose achievements are `lines`, read through ingest as a file named `file`. */
const district = async (lines: readonly string[], file = 'zhewan.md'): Promise<string[]> => (await readFileQuoted(lexicon, zhewanDistrict(lines), file)).facts;

/** The facts (as statusesOf) of 柘湾区's 2024 report whose achievements are `lines`, read as a text. */
const plain = (...lines: string[]): string[] => statusesOf(readQuoted(lexicon, zhewanDistrict(lines)).facts);

describe('a table column of the year reported on named as this year', () => {
  it('makes a column beside it naming a year alone another year’s, before or after it', async () => {
    expect(await district(['| 项目 | 本年 | 2023年 |', '| --- | --- | --- |', '| 行政复议案件（件） | 93 | 81 |', '| 公职律师（名） | 52 | 46 |'])).toEqual([
      'reconsideration_cases=93:achieved',
      'public_lawyers=52:achieved',
    ]);
    expect(await district(['| 指标 | 2022年 | 2023年 | 当年完成 |', '| --- | --- | --- | --- |', '| 执法记录仪（台） | 240 | 266 | 318 |'])).toEqual([
      'body_cameras=318:achieved',
    ]);
  });

  it('in a web page’s table too', async () => {
    const page = `<html><body><h1>柘湾区人民政府2024年法治政府建设情况报告</h1><p>2024年，区政府在市委、市政府领导下推进依法行政。</p>
<table><tr><td>指标</td><td>2023年度</td><td>本年度</td></tr><tr><td>法制审核人员（名）</td><td>27</td><td>33</td></tr></table></body></html>`;
    expect((await readFileQuoted(lexicon, page, 'zhewan.html')).facts).toEqual(['legal_review_staff=33:achieved']);
  });

  it('but beside no such column two years’ columns are read as before, the latest first', async () => {
    expect(await district(['| 项目 | 2023年 | 2024年 |', '| --- | --- | --- |', '| 行政复议案件（件） | 81 | 93 |'])).toEqual([
      'reconsideration_cases=93:achieved',
    ]);
  });
});

describe('the act of closing before the requests it closes', () => {
  it('counts those closed, in prose and in a table', async () => {
    expect(plain('全年受理信息公开申请63件，办结信息公开申请61件。')).toEqual(['disclosure_requests=63:achieved', 'disclosure_requests_closed=61:achieved']);
    expect(await district(['| 项目 | 数量 |', '| --- | --- |', '| 收到政府信息公开申请（件） | 28 |', '| 答复政府信息公开申请（件） | 27 |'])).toEqual([
      'disclosure_requests=28:achieved',
      'disclosure_requests_closed=27:achieved',
    ]);
  });

  it('but requests received and closed in one are the requests received', () => {
    expect(plain('全年收到并办结政府信息公开申请39件。')).toEqual(['disclosure_requests=39:achieved']);
  });
});

describe('the seal’s place marked before a signature', () => {
  const report = (signature: string): string =>
    [
      '法治政府建设年度报告',
      '',
      '苍岭市人民政府：',
      '    一年来，我市在苍岭市委、市政府的领导下推进依法行政。全市审查行政规范性文件12件。',
      '',
      `    ${signature}`,
      '    2024年1月9日',
      '',
    ].join('\n');

  it('names the reporting body over the superior the paper is addressed to', () => {
    expect(readQuoted(lexicon, report('（盖章）芷沅市人民政府')).doc.place).toBe('芷沅市');
    expect(readQuoted(lexicon, report('【印章】芷沅市人民政府')).doc.place).toBe('芷沅市');
  });

  it('but a seal mark alone names nobody', () => {
    expect(readQuoted(lexicon, report('（盖章）')).doc.place).not.toBe('芷沅市');
  });
});

describe('a neighbour equipping its people', () => {
  it('tells that place’s figures', () => {
    expect(plain('与毗邻的滢川区建立执法协作机制，滢川区当年配备执法记录仪380台。', '区政府为各执法单位配备执法记录仪290台。')).toEqual([
      'body_cameras=290:achieved',
    ]);
    expect(plain('蓼屏县配置法制审核人员57名，我区配置法制审核人员31名。')).toEqual(['legal_review_staff=31:achieved']);
  });

  it('but the body’s own place or its whole equips its own', () => {
    expect(plain('全区配备执法记录仪305台。')).toEqual(['body_cameras=305:achieved']);
  });
});

describe('本年度 in a report with no year of its own', () => {
  const report = (date: string): string =>
    ['法治政府建设情况报告', '本年度是“十四五”规划实施的第四年，我局坚持依法行政，做好行政复议、应诉和普法工作。', '芩原县交通运输局', date, ''].join('\n');

  it('signed in the next year’s first months is the year just closed', () => {
    expect(readQuoted(lexicon, report('2025年2月11日')).doc.year).toBe(2024);
  });

  it('but signed later in the year is the year it is signed in', () => {
    expect(readQuoted(lexicon, report('2024年6月20日')).doc.year).toBe(2024);
  });
});
