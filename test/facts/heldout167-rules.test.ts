/**
 * The general rules added after the blind measurement of test/fixtures/heldout167 (slogans and brand numbers), on texts of
 * our own: a superior's demand with a bound stays a demand across a bracketed aside in its clause (市里要求各县(区)…纠错率
 * 不低于10%: a plan, as without the bracket; src/facts/status.ts); a clause opening with the superior named by its tie to the
 * body (滘川所属地级市全市…, 我县所在的设区市…) is the superior's, its 全市 no 县级市's own (rules/passes.yaml
 * superior_level.related_superior); a brand's name in quotes opening with its number, standing as a table's label cell
 * (“1个决策目录” | …), counts nothing (rules/facts.yaml sayings); officers another body sent down to the
 * body (县局下沉我镇执法人员6名) are that body's, as those it stationed there are, while those the body sent down to the units
 * under it stay its own (heldout107; rules/facts.yaml enforcement_officers exclude_patterns).
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

/** A county's report with one sentence of its work. */
const county = (sentence: string) => `芩溪县2021年法治政府建设情况报告
2021年，芩溪县坚持依法行政，推进法治政府建设。现将有关情况报告如下。
一、主要工作
${sentence}
芩溪县人民政府
2022年1月20日
`;

describe('a superior’s demand with a bound, a bracketed aside in its clause', () => {
  it('stays a demand: its bound is a plan, with or without the aside', async () => {
    for (const sentence of [
      '市里下发的年度要点要求各县（区）行政复议案件纠错率不低于10%，全县共办理行政复议案件58件。',
      '市里要求全县行政复议案件（含县政府本级）纠错率不低于10%。',
      '市里要求各县行政复议案件纠错率不低于10%。',
    ]) {
      const { facts } = await read(county(sentence), 'cenxi.txt');
      expect(statusesWithId(facts, 'reconsideration_correction_rate')).toEqual(['reconsideration_correction_rate=10:plan']);
    }
  });

  it('but a rate with an aside and no demand is the year’s', async () => {
    const { facts } = await read(county('全县行政复议案件（含县政府本级）纠错率为8.5%。'), 'cenxi.txt');
    expect(statusesWithId(facts, 'reconsideration_correction_rate')).toEqual(['reconsideration_correction_rate=8.5:achieved']);
  });
});

/** A 县级市's report: its own 全市, then the 地级市 it belongs to named by that tie. */
const countyCity = (superior: string) => `滢川市2019年法治政府建设情况报告
2019年，滢川市坚持依法行政，推进法治政府建设。现将有关情况报告如下。
一、主要工作
全市共发生行政应诉案件31件，行政机关负责人出庭应诉率96.8%。${superior}
滢川市人民政府
2020年1月15日
`;

describe('the superior named by its tie to the body', () => {
  it('opens a clause of the superior’s: its 全市 is no 县级市’s own', async () => {
    for (const superior of ['滢川所属地级市全市当年共发生行政应诉案件980件，本报告不含上级数据。', '我市所在的设区市全年共发生行政应诉案件980件。']) {
      const { facts } = await read(countyCity(superior), 'yingchuan.txt');
      expect(statusesWithId(facts, 'litigation_cases')).toEqual(['litigation_cases=31:achieved']);
    }
  });

  it('but the body’s own units after 所属 are its own', async () => {
    const { facts } = await read(county('我县所属各乡镇共配备执法记录仪120台。'), 'cenxi.txt');
    expect(statusesWithId(facts, 'body_cameras')).toEqual(['body_cameras=120:achieved']);
  });
});

/** A town's report with a table pairing brand names and the year's work. */
const town = (label: string) => `# 蓼坪镇2022年度法治政府建设工作报告

2022年，蓼坪镇坚持依法行政，推进乡镇法治建设。现将有关情况报告如下。

## 一、数说法治

| 品牌名称 | 2022年实绩 |
| --- | --- |
| ${label} | 公布镇重大行政决策事项目录，纳入事项4项 |
| “3级网格” | 共划分全科网格57个 |

## 二、下一步打算

继续推进乡镇法治建设。
`;

describe('a brand’s name in quotes opening with its number', () => {
  it('counts nothing as a table’s label cell: the cell beside it does', async () => {
    const { facts } = await read(town('“2个决策目录”'), 'liaoping.md');
    expect(statusesWithId(facts, 'major_decision_items')).toEqual(['major_decision_items=4:achieved']);
  });

  it('as in prose, where a colon after it parts it from the count', async () => {
    const { facts } = await read(county('“1个决策目录”：县政府公布重大行政决策事项目录，纳入事项6项。'), 'cenxi.txt');
    expect(statusesWithId(facts, 'major_decision_items')).toEqual(['major_decision_items=6:achieved']);
  });

  it('but items named in quotes and counted after them are read', async () => {
    const { facts } = await read(county('县政府把“城区停车设施建设”“老旧小区改造”2个事项列入重大行政决策事项目录。'), 'cenxi.txt');
    expect(statusesWithId(facts, 'major_decision_items')).toEqual(['major_decision_items=2:achieved']);
  });
});

describe('officers another body sent down to the body', () => {
  it('are that body’s: only the body’s own officers are counted', async () => {
    const { facts } = await read(
      county('镇综合行政执法队现有持证执法人员14名。县综合行政执法局下沉我镇执法人员6名，编制在县局。').replaceAll('芩溪县', '芩溪镇'),
      'cenxi_town.txt',
    );
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=14:achieved']);
  });

  it('but the body’s own officers, sent down to the units under it or not, are counted', async () => {
    for (const [sentence, count] of [
      ['推动执法力量下沉，县综合行政执法队现有持证执法人员52名。', 52],
      ['县综合行政执法局下沉至全县9个乡镇的持证执法人员共计130名。', 130],
    ] as const) {
      const { facts } = await read(county(sentence), 'cenxi.txt');
      expect(statusesWithId(facts, 'enforcement_officers')).toEqual([`enforcement_officers=${count}:achieved`]);
    }
  });
});
