/**
 * Leftovers of session 27 (p27, p27b, p27c, p27d, fix-w45, fix-w47), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { paragraphStatuses } from './helpers.js';

const lexicon = await loadLexicon();
const county = paragraphStatuses(lexicon, '柘川县2024年法治政府建设情况报告');
const of = (id: string, statuses: readonly string[]): string[] => statuses.filter((s) => s.startsWith(`${id}=`));

describe('a cleanup decided by a named meeting', () => {
  it('reads 经…会议研究决定废止 as what was decided to be repealed: the meeting says by whom', () => {
    expect(of('normative_docs_cleaned', county('对本县现行的规范性文件逐份核查,经县政府常务会议研究决定废止9件。'))).toEqual([
      'normative_docs_cleaned=9:achieved',
    ]);
    expect(of('normative_docs_cleaned', county('对县司法局印发的规范性文件逐份核查,经局党组会议审议决定废止4件。'))).toEqual([
      'normative_docs_cleaned=4:achieved',
    ]);
  });

  it('gives 决定 no verb of its own: what the meeting decided to amend is no cleanup', () => {
    expect(of('normative_docs_cleaned', county('对本县现行的规范性文件逐份核查,经县政府常务会议研究决定修订9件。'))).toEqual([]);
  });

  it('reads 其中决定废止 as a part of the cleanup total', () => {
    expect(of('normative_docs_cleaned', county('全年共清理本县规范性文件132件,其中决定废止17件。'))).toEqual([
      'normative_docs_cleaned=132:achieved',
      'normative_docs_cleaned=17:achieved',
    ]);
  });
});
