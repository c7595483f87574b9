/**
 * Leftovers of earlier held-out sets read in session 48 (p50), on texts of our own (other places, figures and word
 * orders than the fixtures'), each with a case the rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithIds } from './helpers.js';

const lexicon = await loadLexicon();

/** 桐堰县's 2024 report as a text file: an opening sentence, then `lines` as written. */
const tongyanCounty = (lines: readonly string[]): string =>
  ['　　　　桐堰县人民政府关于2024年度法治政府建设情况的报告', '', '　　2024年，桐堰县扎实推进法治政府建设，现将有关情况报告如下。', ...lines, ''].join('\n');

const factsOf = async (text: string, ...ids: string[]): Promise<string[]> =>
  statusesWithIds((await readFileQuoted(lexicon, text, 'tongyan.txt')).facts, ...ids);

describe('a list of bare acts paired with the numbers after 分别 (heldout17, heldout84)', () => {
  it('reads each number by its own act, the subject carried over from the clause before', async () => {
    const text = tongyanCounty([
      '　　（三）规范性文件管理。对县政府现行有效的规范性文件开展集中清理，修改、废止分别为十一件、六件。',
      '　　（四）文件清理。组织对本级规范性文件进行专项清理，依次宣布失效、修订、废止3件、8件、5件，清理结果及时公布。',
    ]);
    expect(await factsOf(text, 'normative_docs_cleaned')).toEqual([
      'normative_docs_cleaned=6:achieved',
      'normative_docs_cleaned=3:achieved',
      'normative_docs_cleaned=5:achieved',
    ]);
  });

  it('but not the numbers of acts that are none of the fact’s, nor a list that names no act', async () => {
    const text = tongyanCounty([
      '　　（三）规范性文件管理。对县政府现行有效的规范性文件开展集中清理，修改、保留分别为12件、57件。',
      '　　（四）合同管理。县政府全年签订各类合同，货物、工程分别为31份、14份。',
    ]);
    expect(await factsOf(text, 'normative_docs_cleaned', 'contracts_reviewed')).toEqual([]);
  });
});
