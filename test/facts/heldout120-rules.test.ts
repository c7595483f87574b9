/**
 * The general rules added after the blind measurement of test/fixtures/heldout120 (party committees' rule-of-law reports), on
 * texts of our own: a street's or a zone's party working committee written in full (中共某街道工作委员会) is the place itself,
 * as its short form 党工委 is; a title naming a street after a district's bureau (某区司法局关于某街道…) is the bureau's; a
 * head's own appearances in court beside all the heads' count are no numerator of the rate.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { quotedValuesOf, readQuoted } from './helpers.js';

const lexicon = await loadLexicon();

/** The level and place a text whose first line is `title` is read to speak for. */
const body = (title: string, lead = '一年来,坚持依法行政,做好行政复议、应诉和普法工作,法律顾问参与合法性审查。'): string => {
  const { doc } = readQuoted(lexicon, `${title}\n${lead}\n一、主要成效\n全年审核合同协议31份。\n`);
  return `${doc.level} ${doc.place ?? '-'}`;
};

describe('a party working committee written in full beside the office that governs its place', () => {
  it('is the street itself, with or without a separator, with or without its district before it', () => {
    expect(body('中共蓠港街道工作委员会 蓠港街道办事处关于2023年度法治建设工作情况的报告')).toBe('street 蓠港街道');
    expect(body('中共蓠港街道工作委员会、蓠港街道办事处2024年法治政府建设工作报告')).toBe('street 蓠港街道');
    expect(body('中共蓠港街道工作委员会蓠港街道办事处关于2022年法治建设情况的报告')).toBe('street 蓠港街道');
    expect(body('中共浔川区蓠港街道工作委员会 浔川区蓠港街道办事处2025年度法治建设情况报告')).toBe('street 蓠港街道');
  });

  it('is the zone itself beside its 管委会, and the town itself beside its 人民政府 (中共某镇委员会)', () => {
    expect(body('中共柘岚高新技术产业开发区工作委员会 柘岚高新技术产业开发区管理委员会关于2024年度法治建设情况的报告')).toBe('district 柘岚高新技术产业开发区');
    expect(body('中共葭汀镇委员会 葭汀镇人民政府关于2023年度法治政府建设情况的报告')).toBe('township 葭汀镇');
  });

  it('is the street alone in a title of its own (中共某街道工作委员会2024年…)', () => {
    expect(body('中共蓠港街道工作委员会2024年度落实法治建设责任情况报告')).toBe('street 蓠港街道');
  });

  it('but its office, and a body of the street named after a line of work, are departments', () => {
    expect(body('中共蓠港街道工作委员会办公室关于2024年度工作情况的报告', '一年来,我办坚持依法办事。')).toBe('department 蓠港街道工作委员会办公室');
    expect(body('蓠港街道关心下一代工作委员会2024年度工作总结', '一年来,我们坚持依法办事。')).toBe('department 蓠港街道关心下一代工作委员会');
  });
});

describe('a street named in the title of a district’s bureau', () => {
  it('leaves the report the bureau’s, the district in the gazetteer or not', () => {
    expect(body('浔川区司法局关于蓠港街道2024年度法治建设工作情况的调研报告', '一年来,我局坚持依法行政。')).toBe('department 浔川区司法局');
    expect(body('江宁区司法局关于蓠港街道2024年度法治建设工作情况的调研报告', '一年来,我局坚持依法行政。')).toBe('department 江宁区司法局');
  });

  it('while a street written right after its district still reports', () => {
    expect(body('浔川区蓠港街道办事处2024年度法治建设工作情况报告')).toBe('street 蓠港街道');
    expect(body('江宁区蓠港街道2024年度法治建设工作情况报告')).toBe('street 蓠港街道');
  });
});

describe('a head’s own appearances in court beside all the heads’ count', () => {
  const rate = (line: string) => quotedValuesOf(lexicon, line, 'head_appearance_rate');

  it('leave the rate to the larger count, before or after the whole', () => {
    expect(rate('镇长带头出庭应诉1次,全镇行政诉讼案件8件,行政机关负责人出庭应诉8件。')).toEqual([100]);
    expect(rate('全市行政应诉案件120件,其中市长出庭应诉4件,全市行政机关负责人出庭应诉114件。')).toEqual([95]);
  });

  // p47: the head's count alone short of the whole only bounds the rate (another head may have appeared in the rest): no rate
  it('but the head’s count alone gives the rate only where it is the whole, and a stated rate wins', () => {
    expect(rate('以县政府为被告的行政诉讼案件6件,县长出庭应诉3件。')).toEqual([]);
    expect(rate('以县政府为被告的行政诉讼案件3件,县长出庭应诉3件。')).toEqual([100]);
    expect(rate('县长带头出庭应诉2次,全县行政诉讼案件40件,负责人出庭应诉36件,出庭应诉率90%。')).toEqual([90]);
  });
});
