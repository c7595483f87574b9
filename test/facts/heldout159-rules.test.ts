/**
 * The general rules added after the blind measurement of test/fixtures/heldout159 (papers covering two years or two bodies),
 * on texts of our own: a paper handing over two years together (现将…2022年和2023年…一并报告如下) reports on the last, so
 * the earlier year's figures beside the year's (in brackets: 学法9次(2022年为7次)) are asides; and the year's own part of a
 * total of years (两年共举办法治讲座6期,其中2023年举办4期) counts what the total counts, for a fact read by its frame too.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { metaLine, readFileQuoted, readQuoted, statusesOf, statusesWithIds, zhechuanCounty, zhewanDistrict } from './helpers.js';

const lexicon = await loadLexicon();

/** A county's paper on 2022 and 2023 handed over together, its achievements `lines`, signed in March 2024. */
const twoYears = (...lines: string[]): string =>
  [
    '蔚垣县人民政府关于两个年度法治政府建设情况的报告',
    '市人民政府：',
    '2022年下半年县政府完成机构改革，当年未单独报告。经市委依法治市办同意，现将我县2022年和2023年法治政府建设情况一并报告如下。',
    '一、主要成效',
    ...lines,
    '二、存在的不足',
    '个别乡镇法制审核力量仍较薄弱。',
    '三、2024年工作打算',
    '县政府常务会议会前学法不少于12次。',
    '蔚垣县人民政府',
    '2024年3月20日',
    '',
  ].join('\n');

const facts = (text: string): string[] => statusesOf(readQuoted(lexicon, text).facts);

describe('a paper handing over two years together', () => {
  it('reports on the last of them, though its opening starts from the first', () => {
    expect(metaLine(lexicon, twoYears('县政府常务会议会前学法9次。'))).toBe('annual_report county 蔚垣县 2023');
  });

  it('reads the later year’s figures, not the earlier year’s beside them in brackets', () => {
    const read = facts(twoYears('县政府常务会议会前学法9次（2022年为7次），审查政府合同88份（2022年73份，两年合计161份）。'));
    expect(statusesWithIds(read, 'exec_meeting_law_study', 'contracts_reviewed')).toEqual([
      'exec_meeting_law_study=9:achieved',
      'exec_meeting_law_study=12:plan',
      'contracts_reviewed=88:achieved',
    ]);
  });

  it('but a paper handing over one year keeps that year', () => {
    const one = twoYears('县政府常务会议会前学法9次。').replace('现将我县2022年和2023年法治政府建设情况一并报告如下', '现将我县2022年法治政府建设情况报告如下');
    expect(metaLine(lexicon, one)).toBe('annual_report county 蔚垣县 2022');
  });
});

describe('the year’s own part of a total of years, for a fact read by its frame', () => {
  it('counts what the total counts', () => {
    const read = facts(twoYears('两年共为县管干部举办依法行政专题研讨班7期，其中2023年举办4期。'));
    expect(statusesWithIds(read, 'law_lectures')).toEqual(['law_lectures=4:achieved']);
  });

  it('in a report of one year too', () => {
    const read = facts(zhechuanCounty('三年来累计举办领导干部法治专题讲座11期，其中2024年举办3期。'));
    expect(statusesWithIds(read, 'law_lectures')).toEqual(['law_lectures=3:achieved']);
  });

  it('but not the earlier year’s part, nor a part with words of its own', () => {
    expect(statusesWithIds(facts(twoYears('两年共为县管干部举办依法行政专题研讨班7期，其中2022年举办3期。')), 'law_lectures')).toEqual([]);
    expect(statusesWithIds(facts(twoYears('两年共为县管干部举办依法行政专题研讨班7期，其中2023年组织旁听庭审4期。')), 'law_lectures')).toEqual([]);
  });
});

describe('the place’s own paper of another year appended', () => {
  /** 柘川县's 2024 report with an appendix captioned `caption` holding `appended`. */
  const appended = (caption: string, ...lines: string[]): string =>
    [
      '柘川县人民政府2024年法治政府建设情况报告',
      '2024年，县政府在市委、市政府领导下推进依法行政，各项工作取得新进展。',
      '一、主要成效',
      '全县公职律师58名，县政府常务会议会前学法12次。',
      '二、存在的不足',
      '个别乡镇法制审核力量仍较薄弱。',
      '三、2025年工作安排',
      '全县执法记录仪增配至600台。',
      '柘川县人民政府',
      '2025年2月18日',
      caption,
      ...lines,
      '',
    ].join('\n');

  it('is that year’s paper: neither its figures nor its targets for the year are the year’s', () => {
    const read = facts(
      appended(
        '附件：柘川县人民政府关于2023年度法治政府建设情况的报告（2024年3月5日公开）',
        '一、2023年主要成效。县政府常务会议会前学法10次；全县公职律师47名。',
        '二、2024年工作安排。全县公职律师增至60名；执法记录仪增配至520台。',
        '柘川县人民政府 2024年2月26日',
      ),
    );
    expect(statusesWithIds(read, 'public_lawyers', 'exec_meeting_law_study', 'body_cameras')).toEqual([
      'public_lawyers=58:achieved',
      'exec_meeting_law_study=12:achieved',
      'body_cameras=600:plan',
    ]);
  });

  it('but an appendix of the year’s own figures is still read', () => {
    const read = facts(appended('附件：柘川县2024年度法治政府建设主要指标完成情况', '法制审核人员 | 36名'));
    expect(statusesWithIds(read, 'legal_review_staff')).toEqual(['legal_review_staff=36:achieved']);
  });
});

describe('a chapter headed by a part of the next year', () => {
  /** 柘湾区's 2024 report, written that April, with a chapter headed `heading` holding `lines` after its achievements. */
  const late = (heading: string, ...lines: string[]): string =>
    [
      '柘湾区人民政府2024年法治政府建设情况报告',
      '2024年，区政府在市委、市政府领导下推进依法行政，各项工作取得新进展。',
      '一、2024年主要成效',
      '区政府受理行政复议申请57件，全区调解矛盾纠纷1,380件。',
      `二、${heading}`,
      ...lines,
      '三、存在的不足',
      '个别街道法制审核力量仍较薄弱。',
      '四、2025年工作安排',
      '全区公职律师增至70名。',
      '柘湾区人民政府',
      '2025年4月8日',
      '',
    ].join('\n');

  it('tells of that later time: none of its figures is the year’s', () => {
    for (const heading of ['2025年一季度工作进展', '2025年1—2月工作情况']) {
      const read = facts(late(heading, '区政府受理行政复议申请12件。', '全区调解矛盾纠纷236件。'));
      expect(statusesWithIds(read, 'reconsideration_cases', 'disputes_mediated')).toEqual([
        'reconsideration_cases=57:achieved',
        'disputes_mediated=1380:achieved',
      ]);
    }
  });

  it('but a chapter of the year’s own last quarter is the year’s', () => {
    const read = facts(late('2024年第四季度工作情况', '全区调解矛盾纠纷236件。'));
    expect(statusesWithIds(read, 'disputes_mediated')).toEqual(['disputes_mediated=1380:achieved', 'disputes_mediated=236:achieved']);
  });
});

describe('a table column over the total of the columns before it', () => {
  const table = async (...rows: string[]): Promise<string[]> => (await readFileQuoted(lexicon, zhewanDistrict(rows), 'zhewan.md')).facts;

  it('is the row’s figure, its parts left out', async () => {
    expect(
      await table(
        '| 项目 | 区司法局 | 区市场监管局 | 区应急局 | 三局合计 |',
        '| --- | --- | --- | --- | --- |',
        '| 审查合同（份） | 18 | 25 | 7 | 50 |',
        '| 法制审核人员（名） | 4 | 6 | 3 | 13 |',
      ),
    ).toEqual(['contracts_reviewed=50:achieved', 'legal_review_staff=13:achieved']);
    expect(await table('| 类别 | 一审 | 二审 | 合计 |', '| --- | --- | --- | --- |', '| 行政应诉案件（件） | 41 | 12 | 53 |')).toEqual([
      'litigation_cases=53:achieved',
    ]);
  });

  it('but beside columns of years the total is no year’s figure', async () => {
    expect(await table('| 项目 | 2023年 | 2024年 | 合计 |', '| --- | --- | --- | --- |', '| 审查合同（份） | 41 | 52 | 93 |')).not.toContain(
      'contracts_reviewed=93:achieved',
    );
  });
});

describe('a superior place by its name before its average', () => {
  /** A 2024 report of the 县级市 `name`, its achievements `line`. */
  const countyCity = (name: string, line: string): string[] =>
    facts(
      [
        `${name}人民政府2024年法治政府建设情况报告`,
        '岚州市人民政府：',
        '2024年，市政府在岚州市委、市政府领导下推进依法行政，各项工作取得新进展。',
        '一、主要成效',
        line,
        '二、存在的不足',
        '个别镇法制审核力量仍较薄弱。',
        '',
      ].join('\n'),
    );

  it('is that place’s average, even where the body is a 县级市 and the superior a 市 too', () => {
    const read = countyCity('璟阳市', '全市行政复议综合纠错率8.1%，低于岚州市平均纠错率11.6%，审结行政复议案件74件。');
    expect(statusesWithIds(read, 'reconsideration_correction_rate', 'reconsideration_closed')).toEqual([
      'reconsideration_correction_rate=8.1:achieved',
      'reconsideration_closed=74:achieved',
    ]);
  });

  it('but the body’s own place so named is its own figure', () => {
    const read = countyCity('璟阳市', '各镇街行政调解成功率均高于璟阳市平均水平，全市行政复议综合纠错率8.1%。');
    expect(statusesWithIds(read, 'reconsideration_correction_rate')).toEqual(['reconsideration_correction_rate=8.1:achieved']);
  });
});

describe('the bodies of a joint paper naming their share of a whole', () => {
  it('make the whole before it none of theirs', () => {
    const read = facts(zhechuanCounty('全县持证行政执法人员2,460名，我们三局约占一成；三局共有持证执法人员251名。'));
    expect(statusesWithIds(read, 'enforcement_officers')).toEqual(['enforcement_officers=251:achieved']);
  });
});
