/**
 * Leftovers of earlier held-out sets read in session 46 (p47), on texts of our own (other places, figures and word
 * orders than the fixtures'), each with a case the rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { withLookalikesRead } from '../../src/ingest/lookalikes.js';
import { cleanupStructure } from '../../src/ingest/normalise.js';
import { readFileQuoted, statusesWithIds } from './helpers.js';

const lexicon = await loadLexicon();

/** 岷溪县's 2023 report as a text file: an opening sentence, then `lines` as written. */
const minxiCounty = (lines: readonly string[]): string =>
  ['　　　　岷溪县人民政府关于2023年度法治政府建设情况的报告', '', '　　2023年，岷溪县持续推进法治政府建设，现将有关情况报告如下。', ...lines, ''].join('\n');

const TABLE_IDS = ['reconsideration_cases', 'litigation_cases', 'head_appearance_rate', 'disputes_mediated'] as const;

const tableFacts = async (text: string): Promise<string[]> => statusesWithIds((await readFileQuoted(lexicon, text, 'minxi.txt')).facts, ...TABLE_IDS);

describe('a text table whose header writes its years by their digits alone (heldout117)', () => {
  const want = ['reconsideration_cases=66:achieved', 'litigation_cases=38:achieved', 'head_appearance_rate=97.4:achieved', 'disputes_mediated=2216:achieved'];
  const rows = (earlierFirst: boolean): string[] =>
    [
      ['行政复议（件）', '52', '66'],
      ['行政应诉（件）', '31', '38'],
      ['出庭应诉率（%）', '90.3', '97.4'],
      ['调解纠纷（件）', '2087', '2216'],
    ].map(([label, before, year]) => [label!, ...(earlierFirst ? [before!, year!] : [year!, before!])].join('      '));

  it('reads the year’s column under 项目 or 指标 and bare years, in either order, aligned by blanks', async () => {
    expect(await tableFacts(minxiCounty(['　　附表', '项目            2022      2023', ...rows(true)]))).toEqual(want);
    expect(await tableFacts(minxiCounty(['　　附表', '指标            2023      2022', ...rows(false)]))).toEqual(want);
  });

  it('and under a header of years alone, with no cell over the labels, or apart by ideographic spaces', async () => {
    expect(await tableFacts(minxiCounty(['　　附表', '                2022      2023', ...rows(true)]))).toEqual(want);
    expect(await tableFacts(minxiCounty(['　　附表', '                2023      2022', ...rows(false)]))).toEqual(want);
    const ideographic = ['　　附表', '项目　　　　　　2022　2023', '行政复议（件）　　52　　66', '行政应诉（件）　　31　　38'];
    expect(await tableFacts(minxiCounty(ideographic))).toEqual(want.slice(0, 2));
  });

  it('keeps the header over a page break and a row’s label wrapped onto the next line', async () => {
    const wrapped = [
      '　　附表',
      '项目            2022      2023',
      '',
      '— 3 —',
      '',
      '行政复议（件）      52      66',
      '行政应诉（件）      31      38',
      '出庭应诉率',
      '（%）               90.3    97.4',
    ];
    expect(await tableFacts(minxiCounty(wrapped))).toEqual(want.slice(0, 3));
  });

  it('leaves a row whose figures only look like years, and years that do not follow on, as written', async () => {
    // a row's label, not a header's: its figures are the row's own
    const counts = ['　　附表', '项目            2022年    2023年', '调解纠纷（件）  2022      2023', '行政复议（件）  52        66'];
    expect(await tableFacts(minxiCounty(counts))).toEqual(['reconsideration_cases=66:achieved', 'disputes_mediated=2023:achieved']);
    expect(cleanupStructure(['调解纠纷（件）  2022      2023', '行政复议（件）  52        66'].join('\n'))).toContain('行政复议（件） | 52 | 66');
    // two figures far apart under 项目 are no years' header
    expect(cleanupStructure(['项目            2013      2023', '行政复议（件）  52        66'].join('\n'))).toContain('项目 | 2013 | 2023');
  });
});

/** 椋川区's 2024 report as OCR gives its scanned paper (figures read apart), `lines` in its achievements. */
const scannedDistrict = (lines: readonly string[]): string =>
  [
    '椋 川 区 人 民 政 府 文 件',
    '椋川区人民政府关于2O24年度法治政府建设情况的报告',
    '  2O24年，区政府深入推进依法行政，会前学法1 2次，',
    '全区持证执法人员4 1 8名。',
    '一、主要成效',
    ...lines,
    '二、存在的不足',
    '  基层法制审核力量仍较薄弱。',
    '',
  ].join('\n');

describe('a word OCR read with two look-alikes at once (heldout118)', () => {
  it('reads both as meant where together they make a word of the lexicon', () => {
    expect(withLookalikesRead('区司法局办理行玫复仪案件35件，法冶玫府建设有序推进。')).toBe('区司法局办理行政复议案件35件，法治政府建设有序推进。');
    // each alone as before; two look-alikes that make no word together stay
    expect(withLookalikesRead('受理行政复仪申请9件，末间断。')).toBe('受理行政复议申请9件，末间断。');
  });

  it('reads the fact behind them in an OCR text, not in typed text', async () => {
    const lines = ['  全年收到行玫复仪申请6 4件，依法受理5 8件。'];
    const { facts } = await readFileQuoted(lexicon, scannedDistrict(lines), 'liangchuan.txt');
    expect(statusesWithIds(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=58:achieved']);
    const typed = ['椋川区人民政府关于2024年度法治政府建设情况的报告', '2024年，全年收到行玫复仪申请64件，依法受理58件。', ''].join('\n');
    expect(cleanupStructure(typed)).toContain('行玫复仪');
  });
});

/** A report of `place` (a county or a town) as a text file, `lines` in its achievements. */
const report = (title: string, lines: readonly string[]): string => [title, '', ...lines, ''].join('\n');

const appearance = async (text: string, file: string): Promise<string[]> =>
  statusesWithIds((await readFileQuoted(lexicon, text, file)).facts, 'head_appearance_rate');

describe('one head’s own appearances in court beside the whole count of suits (heldout120)', () => {
  it('derive no rate short of the whole: the other cases may have had another head', async () => {
    const county = report('　　　　苎岭县人民政府关于2023年度法治政府建设情况的报告', ['　　2023年，全县行政诉讼案件52件，县长出庭应诉3件。']);
    expect(await appearance(county, 'zhuling.txt')).toEqual([]);
    const town = report('　　　　茆溪镇人民政府关于2024年法治政府建设工作情况的报告', ['　　2024年，镇政府作为被告的行政诉讼案件4件，副镇长亲自出庭1件。']);
    expect(await appearance(town, 'maoxi.txt')).toEqual([]);
  });

  it('derive the whole’s rate where the head appeared in every case, or where the count is all the heads’', async () => {
    const town = report('　　　　茆溪镇人民政府关于2024年法治政府建设工作情况的报告', ['　　2024年，镇政府作为被告的行政诉讼案件4件，镇长出庭应诉4件。']);
    expect(await appearance(town, 'maoxi.txt')).toEqual(['head_appearance_rate=100:achieved']);
    const county = report('　　　　苎岭县人民政府关于2023年度法治政府建设情况的报告', ['　　2023年，全县行政诉讼案件52件，行政机关负责人出庭应诉39件。']);
    expect(await appearance(county, 'zhuling.txt')).toEqual(['head_appearance_rate=75:achieved']);
  });
});

describe('the heads’ appearances listed by who appeared, each after its body’s name (heldout12)', () => {
  const cases = async (text: string, file: string): Promise<string[]> =>
    statusesWithIds((await readFileQuoted(lexicon, text, file)).facts, 'head_appearance_cases');

  it('sums the parts: a zone’s 管委会主任 and its 副主任, a bureau’s 局长 after the bureau', async () => {
    const zone = report('　　　　苕湾经济开发区管委会2024年度法治政府建设情况报告', [
      '　　2024年，以管委会为被告的行政诉讼案件7件，管委会主任出庭应诉2件、分管副主任出庭应诉5件。',
    ]);
    expect(await cases(zone, 'tiaowan.txt')).toEqual(['head_appearance_cases=7:achieved']);
    const bureau = report('　　　　芩阳县交通运输局2023年度法治政府建设工作报告', [
      '　　全年以本局为被告的案件3件，交通运输局局长出庭应诉1件，分管副局长出庭应诉2件。',
    ]);
    expect(await cases(bureau, 'qinyang.txt')).toEqual(['head_appearance_cases=3:achieved']);
  });

  it('adds no bodies’ counts that name no leader', async () => {
    const county = report('　　　　芩阳县人民政府关于2023年度法治政府建设情况的报告', ['　　县交通运输局出庭应诉2件，县自然资源局出庭应诉4件。']);
    expect(await cases(county, 'qinyang.txt')).not.toContain('head_appearance_cases=6:achieved');
  });
});

describe('a universal after a part counted with 其中 (heldout11)', () => {
  const cases = async (lines: readonly string[]): Promise<string[]> =>
    statusesWithIds(
      (await readFileQuoted(lexicon, report('　　　　荻浦街道办事处2025年度法治政府建设情况报告', lines), 'dipu.txt')).facts,
      'head_appearance_cases',
    );

  it('covers the part, in its clause or the next', async () => {
    expect(await cases(['　　以街道办事处为被告的行政诉讼案件8件，其中已开庭审理的3件均由办事处主任出庭应诉。'])).toEqual(['head_appearance_cases=3:achieved']);
    expect(await cases(['　　以街道办事处为被告的行政诉讼案件8件，其中开庭审理3件，均由办事处主任出庭应诉。'])).toEqual(['head_appearance_cases=3:achieved']);
  });

  it('covers the whole with no part between', async () => {
    expect(await cases(['　　以街道办事处为被告的行政诉讼案件8件，均由办事处主任出庭应诉。'])).toEqual(['head_appearance_cases=8:achieved']);
  });
});
