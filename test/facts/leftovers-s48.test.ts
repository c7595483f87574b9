/**
 * Leftovers of earlier held-out sets read in session 46 (p48), on texts of our own (other places, figures and word
 * orders than the fixtures'), each with a case the rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithIds } from './helpers.js';

const lexicon = await loadLexicon();

/** 栎川县's 2024 report as a text file: an opening sentence, then `lines` as written. */
const lichuanCounty = (lines: readonly string[]): string =>
  ['　　　　栎川县人民政府关于2024年度法治政府建设情况的报告', '', '　　2024年，栎川县持续推进法治政府建设，现将有关情况报告如下。', ...lines, ''].join('\n');

const RATE_IDS = ['normative_doc_review_rate', 'normative_doc_filing_rate', 'normative_doc_filing_timely_rate', 'normative_doc_filing_standard_rate'] as const;

const rateFacts = async (text: string): Promise<string[]> => statusesWithIds((await readFileQuoted(lexicon, text, 'lichuan.txt')).facts, ...RATE_IDS);

describe('a count of the items of a list right before 均 or 都 (heldout11)', () => {
  it('is no count: each item of the list gets the figure after it', async () => {
    const text = lichuanCounty(['　　全年新制发规范性文件11件，备案规范率、报备及时率和报备率这三项指标都保持在100%。']);
    expect(await rateFacts(text)).toEqual([
      'normative_doc_filing_rate=100:achieved',
      'normative_doc_filing_timely_rate=100:achieved',
      'normative_doc_filing_standard_rate=100:achieved',
    ]);
    const two = lichuanCounty(['　　县政府规范性文件合法性审核率、报备率两项均达到100%。']);
    expect(await rateFacts(two)).toEqual(['normative_doc_review_rate=100:achieved', 'normative_doc_filing_rate=100:achieved']);
  });

  it('but without 均 or 都 after it the count stands, and the rate before it reaches no figure', async () => {
    const text = lichuanCounty(['　　县政府规范性文件报备率三项指标达到100%。']);
    expect(await rateFacts(text)).toEqual([]);
  });
});
