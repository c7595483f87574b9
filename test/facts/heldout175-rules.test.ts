/**
 * The general rules added after the blind measurement of test/fixtures/heldout175 (numerals inside set phrases), on texts of
 * our own: a year's 目录 named first, then its decisions counted as made by the procedure (…目录,…三年行动方案等3项决策全部按
 * 程序作出) gives the list's items as 事项 did, the noun right after the number naming what is counted, no subject of its
 * own that would keep the 目录 from the count (rules/facts.yaml major_decision_items, src/facts/passes/frames.ts). The
 * head's own 带头述法 was labelled no fact and is optional by precedent (heldout43, heldout116), and an increase listed
 * with its total after it in its own clause (新增法制审核人员8名、总数达43名) is read beside the total by precedent
 * (heldout40-rules.test.ts: a count listed after another count of its subject): labels corrected, no rule.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

/** A district's report with one sentence of its work. */
const district = (sentence: string) => `蓁浦区2023年度法治政府建设情况报告
2023年，蓁浦区坚持依法行政，推进法治政府建设。现将有关情况报告如下。
一、主要工作
${sentence}
二、存在的不足
一是基层法治力量仍然薄弱。
蓁浦区人民政府
2024年2月2日
`;

const statuses = async (sentence: string, id: string) => statusesWithId((await readFileQuoted(lexicon, district(sentence), 'zhenpu.txt')).facts, id);

describe('a year’s 目录, then its decisions counted as made by the procedure', () => {
  it('gives the list’s items, a set phrase’s numeral in a title no count', async () => {
    for (const sentence of [
      '年初公布2023年度重大行政决策事项目录，城乡供水一体化三年行动方案等4项决策全部按程序作出。',
      '区政府印发年度重大决策事项目录，背街小巷改造规划等4项决策均按法定程序作出。',
    ]) {
      expect(await statuses(sentence, 'major_decision_items')).toEqual(['major_decision_items=4:achieved']);
    }
  });

  it('but decisions with no 目录 before them, or not said to follow the procedure, are no items', async () => {
    for (const sentence of ['区政府全年作出4项决策，均按程序办理。', '年初公布2023年度重大行政决策事项目录，4项决策尚在调研论证。']) {
      expect(await statuses(sentence, 'major_decision_items')).toEqual([]);
    }
  });
});
