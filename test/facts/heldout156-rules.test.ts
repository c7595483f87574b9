/**
 * The general rules added after the blind measurement of test/fixtures/heldout156 (quarterly and monthly breakdowns), on
 * texts of our own: a table's column of the whole year (合计, 全年, 全年累计) beside its parts' columns (quarters, halves,
 * months) is the year's figure, the parts' columns shares of it; a universal (均按期办结) in words already read with their
 * own count restates that count, not another count of the sentence; a stock at the year's end (年底为418名) is read, and
 * beside it one at an earlier date of the year (截至一季度末…) is a part; a per-period rule kept (坚持每季度至少学法1次) does
 * not make the year's count after it (全年会前学法6次) a plan; an estimate or a further session still to come in a paper
 * written before its year ends (预计全年可达2050件, 12月还将安排1次) is a plan, no count so far.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, readQuoted, statusesOf, zhewanDistrict } from './helpers.js';

const lexicon = await loadLexicon();

/** The numeric facts of 柘湾区's 2024 report whose achievements are `lines`, read through ingest as a file named `file`. */
const district = async (lines: readonly string[], file = 'zhewan.md'): Promise<string[]> => (await readFileQuoted(lexicon, zhewanDistrict(lines), file)).facts;

/** The facts (as statusesOf) of 柘湾区's 2024 report whose achievements are `lines`, read as a text. */
const plain = (...lines: string[]): string[] => statusesOf(readQuoted(lexicon, zhewanDistrict(lines)).facts);

describe('a table column of the whole year beside its parts', () => {
  it('is the year’s figure, each quarter’s column a share of it', async () => {
    expect(
      await district([
        '| 项目 | 一季度 | 二季度 | 三季度 | 四季度 | 全年合计 |',
        '| --- | --- | --- | --- | --- | --- |',
        '| 审查政府合同（份） | 21 | 17 | 30 | 25 | 93 |',
        '| 行政复议案件（件） | 12 | 9 | 15 | 11 | 47 |',
      ]),
    ).toEqual(['contracts_reviewed=93:achieved', 'reconsideration_cases=47:achieved']);
  });

  it('beside halves, months or the months so far too', async () => {
    expect(await district(['| 指标 | 上半年 | 下半年 | 合计 |', '| --- | --- | --- | --- |', '| 行政应诉案件（件） | 7 | 6 | 13 |'])).toEqual([
      'litigation_cases=13:achieved',
    ]);
    expect(
      await district(['| 指标 | 10月 | 11月 | 12月 | 全年累计 |', '| --- | --- | --- | --- | --- |', '| 调解矛盾纠纷（件） | 150 | 170 | 190 | 2031 |']),
    ).toEqual(['disputes_mediated=2031:achieved']);
    expect(await district(['| 指标 | 1—9月 | 第四季度 | 全年 |', '| --- | --- | --- | --- |', '| 调解矛盾纠纷（件） | 1500 | 520 | 2020 |'])).toEqual([
      'disputes_mediated=2020:achieved',
    ]);
  });

  it('in a web page’s table too', async () => {
    const page = `<html><body><h1>柘湾区人民政府2024年法治政府建设情况报告</h1><p>2024年，区政府在市委、市政府领导下推进依法行政。</p>
<table><tr><td>指标</td><td>上半年</td><td>下半年</td><td>全年</td></tr><tr><td>收到政府信息公开申请（件）</td><td>16</td><td>12</td><td>28</td></tr></table></body></html>`;
    expect((await readFileQuoted(lexicon, page, 'zhewan.html')).facts).toEqual(['disclosure_requests=28:achieved']);
  });

  it('but a 合计 column beside no part of the year, and parts with no whole beside them, are read as before', async () => {
    expect(await district(['| 单位 | 行政复议（件） | 行政应诉（件） | 合计 |', '| --- | --- | --- | --- |', '| 区政府本级 | 31 | 17 | 48 |'])).toEqual([
      'reconsideration_cases=31:achieved',
      'litigation_cases=17:achieved',
    ]);
    expect(
      await district(['| 指标 | 第一季度 | 第二季度 | 第三季度 | 第四季度 |', '| --- | --- | --- | --- | --- |', '| 行政复议案件（件） | 12 | 9 | 15 | 11 |']),
    ).toEqual(['reconsideration_cases=12:achieved']);
  });
});

describe('a universal in words already read with their own count', () => {
  it('restates that count, not another count of the sentence', () => {
    expect(plain('1—6月收到信息公开申请8件，同比减少2件；全年收到的19件申请均按期办结。')).toEqual([
      'disclosure_requests=8:achieved',
      'disclosure_requests_closed=19:achieved',
    ]);
  });

  it('but a universal after the count it speaks of still gives it', () => {
    expect(plain('全年受理政府信息公开申请19件，均按期办结。')).toEqual(['disclosure_requests=19:achieved', 'disclosure_requests_closed=19:achieved']);
  });
});

describe('a stock at the year’s end', () => {
  it('is read with its date between the cue and the figure, an earlier date’s beside it not', () => {
    expect(plain('全区持证行政执法人员年末为536名（9月底为521名），配备执法记录仪210台。')).toEqual([
      'enforcement_officers=536:achieved',
      'body_cameras=210:achieved',
    ]);
    expect(plain('全区持证行政执法人员9月底为521名。')).toEqual([]);
  });

  it('makes a stock at an earlier date of the year before it a part', () => {
    expect(plain('截至6月底，全区持证行政执法人员688名；年底全区持证行政执法人员702名。')).toEqual(['enforcement_officers=702:achieved']);
  });

  it('but with no year-end stock beside it the earlier date’s is the year’s stated figure', () => {
    expect(plain('截至6月底，全区持证行政执法人员688名。')).toEqual(['enforcement_officers=688:achieved']);
  });
});

describe('a per-period rule the body keeps', () => {
  it('does not make the year’s count after it a plan', () => {
    expect(plain('区政府常务会议坚持每月至少学法1次，全年会前学法14次。')).toEqual(['exec_meeting_law_study=14:achieved']);
  });

  it('but a plan’s rule does, and so does a bound of the year’s own', () => {
    expect(plain('区政府计划每季度至少学法1次，全年会前学法6次。')).toEqual(['exec_meeting_law_study=6:plan']);
    expect(plain('区政府常务会议坚持每季度至少学法1次，全年会前学法不少于4次。')).toEqual(['exec_meeting_law_study=4:plan']);
  });
});

describe('what is still to come in a paper written before its year ends', () => {
  it('an estimate of the year’s count with only its verb is a plan of the subject before', () => {
    expect(plain('1—11月，全区调解矛盾纠纷1720件，预计全年可达1900件。')).toEqual(['disputes_mediated=1720:achieved', 'disputes_mediated=1900:plan']);
  });

  it('a further session after an intention is a plan of the subject before', () => {
    expect(plain('全年举办领导干部法治讲座3期，下月将再举办1期。')).toEqual(['law_lectures=3:achieved', 'law_lectures=1:plan']);
  });

  it('and stays read after a cut-off and before the whole year’s plan', () => {
    expect(plain('截至11月底，区政府常务会议会前学法9次，12月还将安排2次，全年学法将达到11次。')).toEqual([
      'exec_meeting_law_study=9:achieved',
      'exec_meeting_law_study=2:plan',
      'exec_meeting_law_study=11:plan',
    ]);
  });

  it('but a verb of holding with no intention counts nothing of the subject before, and a count so far is still a part', () => {
    expect(plain('区政府常务会议会前学法7次，安排1次专题讲座。')).toEqual(['exec_meeting_law_study=7:achieved']);
    expect(plain('截至11月底，全区受理行政复议申请58件，12月又收到6件，全年共受理64件。')).toEqual(['reconsideration_cases=64:achieved']);
  });
});
