/**
 * Counts of cleaned-up normative documents told without the full subject at their verb (blind-set leftovers).
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { quotedValuesOf } from './helpers.js';

const lexicon = await loadLexicon();
const cleaned = (body: string): unknown[] =>
  quotedValuesOf(lexicon, `石湾县人民政府关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n${body}\n`, 'normative_docs_cleaned');

describe('cleaned-up documents', () => {
  it.each([
    ['系统梳理现行有效规范性文件112件,其中废止4件。', [4]],
    ['对县政府印发的规范性文件逐件评估,评估规范性文件96件,其中宣布失效七件。', [7]],
    ['对照新法集中清理后废止不合时宜的规范性文件5件。', [5]],
    ['开展规范性文件专项清理,发现并废止过时文件6件。', [6]],
    ['全年废止过时的行政规范性文件三件。', [3]],
  ])('%s', (body, values) => {
    expect(cleaned(body)).toEqual(values);
  });

  it('leaves a short attributive before another name to that name', () => {
    expect(cleaned('开展规范性文件专项清理,废止过时规章8件。')).toEqual([]);
  });
});
