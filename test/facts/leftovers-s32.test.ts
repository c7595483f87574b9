/**
 * Leftovers of session 31 (p31, fix-w60 … fix-w63), on texts of our own (the fictional 柘川县).
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, zhechuanCounty as county } from './helpers.js';

const lexicon = await loadLexicon();
const read = async (text: string, file = 'zhechuan.txt'): Promise<string[]> => (await readFileQuoted(lexicon, text, file)).facts;

describe('a table row of two label–figure pairs or more after its label', () => {
  const rows = [
    ['合法性审查', '审查合同', '52份', '出具审查意见', '17件'],
    ['规范性文件', '前置审核', '23件', '清理废止', '4件'],
  ];
  const markdown = county(['| 类别 | 项目 | 数量 | 项目 | 数量 |', '|---|---|---|---|---|', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n'));
  const html = `<html><body><p>柘川县人民政府2024年法治政府建设情况报告</p><p>2024年，县政府推进依法行政。</p><p>一、主要成效</p><table>${rows
    .map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
    .join('')}</table><p>二、存在的不足</p><p>个别乡镇法制审核力量仍较薄弱。</p></body></html>`;
  const pairsRead = [
    'contracts_reviewed=52:achieved',
    'legality_review_opinions=17:achieved',
    'normative_docs_reviewed=23:achieved',
    'normative_docs_cleaned=4:achieved',
  ];

  it('reads each pair as a row of its own, under the row label, in Markdown and in a web page', async () => {
    expect(await read(markdown, 'zhechuan.md')).toEqual(expect.arrayContaining(pairsRead));
    expect(await read(html, 'zhechuan.html')).toEqual(expect.arrayContaining(pairsRead));
  });

  it('leaves a row of one label and its years’ figures as it is', async () => {
    const facts = await read(county(['| 指标 | 2024年 | 2023年 |', '|---|---|---|', '| 审查政府合同(份) | 61 | 48 |'].join('\n')), 'zhechuan.md');
    expect(facts).toContain('contracts_reviewed=61:achieved');
    expect(facts.filter((f) => f.includes('=48:'))).toEqual([]);
  });
});
