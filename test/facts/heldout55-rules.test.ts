/**
 * The general rules added after the blind measurement of test/fixtures/heldout55 (papers that cover several
 * years), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

describe('the year of a paper on several years', () => {
  it('is not the end of a plan period still running when the paper was dated', async () => {
    const report = `桂岭区法治政府建设实施纲要(2021—2025年)中期评估报告
发布时间:2024-12-18 来源:区司法局
评估组对纲要执行情况进行了评估,现将评估情况报告如下。
一、主要进展
今年以来区政府受理行政复议申请131件,审结120件。
`;
    const { doc, facts } = await read(report, 'guiling.txt');
    expect(doc.year).toBe(2024);
    expect(doc.kind).toBe('other');
    expect(facts).toEqual(expect.arrayContaining(['reconsideration_cases=131:achieved', 'reconsideration_closed=120:achieved']));
  });

  it('is the last year of a term reviewed after it ended, not the date closing its subtitle', async () => {
    const report = `# 石溪县本届政府依法行政工作回顾(2016—2020年)

> 提交石溪县第十八届人民代表大会第一次会议的书面材料 2021年1月15日

## 一、行政复议

行政复议申请逐年增加,2020年受理行政复议申请66件。
`;
    const { doc } = await read(report, 'shixi.md');
    expect(doc.year).toBe(2020);
    expect(doc.place).toBe('石溪县');
    expect(doc.kind).toBe('other');
  });
});

describe('a sentence that opens with an earlier year', () => {
  it('is that year’s to its end, over its semicolons', async () => {
    const report = `苇塘县“十四五”时期依法行政工作总结
一、分年度情况
2022年,县政府常务会议学法6次;办理行政应诉案件57件,出庭应诉率82.5%;受理行政复议申请90件。
2023年是复议体制改革落地之年,县政府集中受理行政复议申请126件;办理行政应诉案件61件。
二、2025年工作
全年受理行政复议申请140件,办理行政应诉案件49件。
三、存在的不足
个别乡镇法制审核力量不足。
苇塘县人民政府
2025年12月5日
`;
    const { doc, facts } = await read(report, 'weitang.txt');
    expect(doc.year).toBe(2025);
    expect(facts).toEqual(expect.arrayContaining(['reconsideration_cases=140:achieved', 'litigation_cases=49:achieved']));
    expect(facts.filter((f) => /=(6|57|82\.5|90|126|61):achieved/.test(f))).toEqual([]);
  });

  it('turns back to the year where a clause names it', async () => {
    const report = `某县2024年法治政府建设情况报告
一、主要成效
2023年,全县受理行政复议申请52件;2024年受理行政复议申请68件,审结63件。
`;
    const { facts } = await read(report, 'mouxian.txt');
    expect(facts).toEqual(expect.arrayContaining(['reconsideration_cases=68:achieved', 'reconsideration_closed=63:achieved']));
    expect(facts).not.toContain('reconsideration_cases=52:achieved');
  });
});

describe('what a review leaves to the next government', () => {
  it('reads the targets under its heading as plans', async () => {
    const report = `桐坪县本届政府法治政府建设回顾(2017—2021年)
一、主要成效
截至2021年底全县公职律师22名。
二、对新一届政府的工作建议
建议在新一届任期内全县公职律师达到40名,行政机关负责人出庭应诉率达到100%。
`;
    const { facts } = await read(report, 'tongping.txt');
    expect(facts).toContain('public_lawyers=22:achieved');
    expect(facts).not.toContain('public_lawyers=40:achieved');
    expect(facts).not.toContain('head_appearance_rate=100:achieved');
  });
});
