/**
 * The general rules added after the blind measurement of test/fixtures/heldout72 (shortfalls said with
 * figures), on texts of our own: a chapter title that names its task and then concedes a shortfall, and
 * a rectification report whose paragraph quotes the finding and then says what was done about it.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

describe('a chapter title that names its task, then concedes what is still short', () => {
  const report = (title: string) => `青原县2024年法治政府建设年度报告

一、${title}
县政府全年办理行政复议案件88件,纠错率9.1%。全县行政应诉案件40件,负责人出庭应诉率92.5%。

二、下一步工作安排
2025年,负责人出庭应诉率力争达到100%。
`;

  it('reads the year’s figures under it as achieved', async () => {
    const { facts } = await read(report('妥善化解行政争议,复议应诉仍有短板'), 'qingyuan.txt');
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=88:achieved']);
    expect(statusesWithId(facts, 'head_appearance_rate')).toEqual(['head_appearance_rate=92.5:achieved', 'head_appearance_rate=100:plan']);
  });

  it('unlike a title that sums up the year before conceding (成效…但仍有不足)', async () => {
    const { facts } = await read(report('行政争议化解取得成效,但仍有不足'), 'qingyuan.txt');
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=88:gap']);
  });
});

describe('a rectification report whose paragraph quotes the finding, then what was done', () => {
  const report = (opening: string) => `青原市司法局关于市委巡察反馈问题整改情况的报告

市委巡察办:
现将整改情况报告如下。

一、关于“行政应诉工作不到位”的问题(3项,已整改2项,计划整改1项)
巡察指出,2023年全市行政机关负责人出庭应诉率仅为71%。${opening}建立应诉情况季度通报制度,全市行政机关负责人出庭应诉率已提升至94.2%,市本级行政应诉案件133件。

二、下一步工作
2026年,全市公职律师力争达到200名。
`;

  it('reads what was done after 整改措施: as achieved, the finding as the gap it was', async () => {
    const { facts } = await read(report('整改措施:'), 'qingyuan.txt');
    expect(statusesWithId(facts, 'head_appearance_rate')).toEqual(['head_appearance_rate=71:gap', 'head_appearance_rate=94.2:achieved']);
    expect(statusesWithId(facts, 'litigation_cases')).toEqual(['litigation_cases=133:achieved']);
  });

  it('but without that turn the whole paragraph stays the finding', async () => {
    const { facts } = await read(report('另外,'), 'qingyuan.txt');
    expect(statusesWithId(facts, 'litigation_cases')).toEqual(['litigation_cases=133:gap']);
  });
});
