/**
 * Leftovers of session 39 (p40), on texts of our own (the fictional 柘川县 of the facts helpers).
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId, zhechuanCounty as county } from './helpers.js';

const lexicon = await loadLexicon();

const read = async (...lines: string[]): Promise<string[]> => (await readFileQuoted(lexicon, county(lines.join('\n')), 'zhechuan.txt')).facts;

describe('a sum by kind beside a larger total of its section', () => {
  it('is a breakdown of that total, not a second value of the fact', async () => {
    const facts = await read(
      '（三）行政应诉',
      '全年以县政府部门为被告的行政诉讼案件64件，行政机关负责人出庭应诉58件。',
      '县长出庭应诉2次，副县长出庭应诉9次。',
    );
    expect(statusesWithId(facts, 'head_appearance_cases')).toEqual(['head_appearance_cases=58:achieved']);
  });

  it('stays the fact when no larger total of its section stands beside it', async () => {
    const facts = await read('全年以县政府为被告的行政诉讼案件14件。', '县长出庭应诉2件，副县长出庭应诉9件。');
    expect(statusesWithId(facts, 'head_appearance_cases')).toEqual(['head_appearance_cases=11:achieved']);
  });

  it('nor when the larger figure stands in another top-level section, or tells a gap', async () => {
    const text = [
      '柘川县人民政府2024年法治政府建设情况报告',
      '一、行政应诉',
      '县长出庭应诉2件，副县长出庭应诉9件。',
      '二、乡镇法治建设',
      '全县各级行政机关负责人出庭应诉58件。',
      '三、存在的不足',
      '部分部门负责人出庭应诉仍不积极，应出庭未出庭的有40件。',
    ].join('\n');
    const facts = (await readFileQuoted(lexicon, text, 'zhechuan.txt')).facts;
    expect(statusesWithId(facts, 'head_appearance_cases')).toEqual(['head_appearance_cases=11:achieved', 'head_appearance_cases=58:achieved']);
  });
});
