/**
 * Leftovers of earlier held-out sets read in session 49 (p51), on texts of our own (other places, figures and word
 * orders than the fixtures'), each with a case the rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithIds } from './helpers.js';

const lexicon = await loadLexicon();

/** 榆汀区's 2025 report as a text file: an opening sentence, then `lines` as written. */
const yutingDistrict = (lines: readonly string[]): string =>
  ['榆汀区人民政府关于2025年度法治政府建设情况的报告', '', '2025年，榆汀区持续推进法治政府建设，现将有关情况报告如下。', '一、主要工作', ...lines, ''].join(
    '\n',
  );

const factsOf = async (text: string, ...ids: string[]): Promise<string[]> => statusesWithIds((await readFileQuoted(lexicon, text, 'yuting.txt')).facts, ...ids);

describe('cells of a card set apart by a blank on one line (heldout136)', () => {
  it('end the figure’s clause where the next cell names an act and a figure of its own', async () => {
    const text = yutingDistrict(['· 复议应诉　收到行政复议申请 73 件（较上年↓4件）　审结 70 件　纠错率 8.6%', '· 行政应诉案件41件  败诉 2件']);
    expect(await factsOf(text, 'reconsideration_cases', 'reconsideration_closed', 'litigation_cases', 'litigation_lost_cases')).toEqual([
      'reconsideration_cases=73:achieved',
      'reconsideration_closed=70:achieved',
      'litigation_cases=41:achieved',
      'litigation_lost_cases=2:achieved',
    ]);
  });

  it('but a figure keeps the words after it that count nothing, its own label', async () => {
    const text = yutingDistrict(['· 11次　区委常委会会议专题研究法治政府建设工作']);
    expect(await factsOf(text, 'committee_rule_of_law_meetings')).toEqual(['committee_rule_of_law_meetings=11:achieved']);
  });
});

describe('a number right after an arrow up or down (heldout136)', () => {
  it('is the amount of a change, no count of the label after it', async () => {
    const text = yutingDistrict(['· 行政诉讼案件52件 ↑6件 ｜ 行政机关负责人出庭应诉率98.1%', '· 持证行政执法人员 2,204名（↓17名）']);
    expect(await factsOf(text, 'litigation_cases', 'head_appearance_cases', 'enforcement_officers')).toEqual([
      'litigation_cases=52:achieved',
      'enforcement_officers=2204:achieved',
    ]);
  });

  it('but a number after other marks is read as before', async () => {
    const text = yutingDistrict(['· 行政诉讼案件52件 ｜ 18件 行政机关负责人出庭应诉']);
    expect(await factsOf(text, 'litigation_cases', 'head_appearance_cases')).toEqual(['litigation_cases=52:achieved', 'head_appearance_cases=18:achieved']);
  });
});

describe('a chart caption’s years after a label with its unit in brackets (heldout136)', () => {
  it('head their figures and count nothing', async () => {
    const text = yutingDistrict(['图注：2021—2025年全区行政复议案件数（件）  2021  64 ｜ 2022  71 ｜ 2023  69', '全年办理行政复议案件83件。']);
    expect(await factsOf(text, 'reconsideration_cases')).toEqual(['reconsideration_cases=83:achieved']);
  });

  it('but a figure like a year alone after such a label is its value', async () => {
    const text = yutingDistrict(['调处矛盾纠纷（件）：2018']);
    expect(await factsOf(text, 'disputes_mediated')).toEqual(['disputes_mediated=2018:achieved']);
  });
});

describe('a card’s act row under a figure whose unit stands on a line of its own (heldout136)', () => {
  it('goes on from the card as a clause of its own', async () => {
    const text = yutingDistrict(['★ 化解争议', '行政复议', '143', '件', '审结 137件　　纠错率 9.2%', '行政应诉 58件']);
    expect(await factsOf(text, 'reconsideration_cases', 'reconsideration_closed', 'reconsideration_correction_rate')).toEqual([
      'reconsideration_cases=143:achieved',
      'reconsideration_closed=137:achieved',
      'reconsideration_correction_rate=9.2:achieved',
    ]);
  });

  it('but a row that names no bare act is no row of that card', async () => {
    const text = yutingDistrict(['★ 化解争议', '行政复议', '143', '件', '调解矛盾纠纷 2215件']);
    expect(await factsOf(text, 'reconsideration_cases', 'reconsideration_closed', 'disputes_mediated')).toEqual([
      'reconsideration_cases=143:achieved',
      'disputes_mediated=2215:achieved',
    ]);
  });
});
