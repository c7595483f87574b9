/**
 * Leftovers of session 30 (p30, fix-w56 … fix-w59), on texts of our own (the fictional 柘川县).
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted } from './helpers.js';

const lexicon = await loadLexicon();
const read = async (text: string, file = 'zhechuan.txt'): Promise<string[]> => (await readFileQuoted(lexicon, text, file)).facts;
const county = (lines: string) => `柘川县人民政府2024年法治政府建设情况报告
2024年，县政府在市委、市政府领导下推进依法行政，各项工作取得新进展。
一、主要成效
${lines}
二、存在的不足
个别乡镇法制审核力量仍较薄弱。
`;

describe('a distractor inside a modifier (对…的) of what the clause counts', () => {
  it('names no act when the clause goes on to its own act: the count after 受理 is read', async () => {
    const facts = await read(
      county(
        '县复议机构对材料不符合形式要求的申请经告知补正后依法受理行政复议申请61件，审结57件。\n县政府对不符合形式要件的申请先行指导补正后受理复议申请24件。',
      ),
    );
    expect(facts).toEqual(expect.arrayContaining(['reconsideration_cases=61:achieved', 'reconsideration_cases=24:achieved']));
  });

  it('still says which ones were counted when the number follows the modified word itself', async () => {
    const facts = await read(county('县政府全年收到行政复议申请70件，对不符合受理条件的复议申请8件逐一书面告知理由。'));
    expect(facts).toContain('reconsideration_cases=70:achieved');
    expect(facts.filter((f) => f.includes('=8:'))).toEqual([]);
  });
});
