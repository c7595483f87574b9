/**
 * A table's column over the sum of other columns (rules/tables.yaml total_header: 合计, 全年, 全年累计, 两局合计, 共计) is the
 * row's figure, its parts left out: each part of the period beside it, and the columns before it that are all parts or
 * plain words. One rule for the words of a whole year and of a whole body alike: a year's total over its months written in
 * digits, or a whole year's column over bureaux, is read as any other sum column is (the cases the two rules it replaced,
 * whole_header and total_header, read apart). The rules' first tables are in test/facts/heldout156-rules and heldout159-rules.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, zhewanDistrict } from '../facts/helpers.js';

const lexicon = await loadLexicon();

/** The numeric facts of 柘湾区's 2024 report whose achievements are the Markdown table `rows`. */
const table = async (...rows: string[]): Promise<string[]> => {
  const [header, ...body] = rows;
  const rule = `|${' --- |'.repeat(header!.split('|').length - 2)}`;
  return (await readFileQuoted(lexicon, zhewanDistrict([header!, rule, ...body]), 'zhewan.md')).facts;
};

describe('a column over the sum of other columns', () => {
  it('over months written in digits, whatever its word, is the year’s figure', async () => {
    for (const word of ['合计', '共计', '全年累计', '三局合计']) {
      expect(await table(`| 指标 | 10月 | 11月 | 12月 | ${word} |`, '| 调解矛盾纠纷（件） | 160 | 175 | 180 | 2064 |')).toEqual([
        'disputes_mediated=2064:achieved',
      ]);
    }
  });

  it('over bureaux or kinds of cases, whatever its word, is the whole body’s figure', async () => {
    for (const word of ['两局合计', '合计', '全年', '全年合计']) {
      expect(await table(`| 项目 | 区司法局 | 区城管局 | ${word} |`, '| 审查合同（份） | 26 | 19 | 45 |')).toEqual(['contracts_reviewed=45:achieved']);
    }
  });

  it('but beside columns of years, or with one column alone before it, leaves the columns as they are', async () => {
    for (const word of ['全年', '两局合计']) {
      expect(await table(`| 项目 | 2023年 | 2024年 | ${word} |`, '| 审查合同（份） | 38 | 47 | 85 |')).not.toContain('contracts_reviewed=85:achieved');
      expect(await table(`| 项目 | 区司法局 | ${word} |`, '| 审查合同（份） | 26 | 31 |')).toEqual(['contracts_reviewed=26:achieved']);
    }
  });
});
