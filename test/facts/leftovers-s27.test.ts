/**
 * Leftovers of earlier sessions taken up in session 27, on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { paragraphStatuses } from './helpers.js';

const lexicon = await loadLexicon();
const county = paragraphStatuses(lexicon, '柘川县2024年法治政府建设情况报告');
const of = (id: string, statuses: readonly string[]): string[] => statuses.filter((s) => s.startsWith(`${id}=`));

describe('documents in force and a cleanup', () => {
  it('counts those 清理 itself governs: they are what it cleaned up, as in 共清理46件', () => {
    expect(of('normative_docs_cleaned', county('今年共清理现行有效的县政府规范性文件188件,其中废止12件。'))).toEqual([
      'normative_docs_cleaned=188:achieved',
      'normative_docs_cleaned=12:achieved',
    ]);
  });

  it('leaves those a cleanup was carried out on, or another verb went through, to be its scope', () => {
    expect(of('normative_docs_cleaned', county('对现行有效的县政府规范性文件188件开展集中清理,宣布废止12件。'))).toEqual([
      'normative_docs_cleaned=12:achieved',
    ]);
    expect(of('normative_docs_cleaned', county('逐件评估现行有效的县政府规范性文件188件,宣布废止12件。'))).toEqual(['normative_docs_cleaned=12:achieved']);
  });
});
