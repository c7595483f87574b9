/**
 * Leftovers of earlier held-out sets read in session 49 (p52), on texts of our own (other places, figures and word
 * orders than the fixtures'), each with a case the rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithIds } from './helpers.js';

const lexicon = await loadLexicon();

/** 杉滨县's 2024 report as a text file: an opening sentence, then `lines` as written. */
const shanbinCounty = (lines: readonly string[]): string =>
  ['杉滨县人民政府关于2024年度法治政府建设情况的报告', '', '2024年，杉滨县持续推进法治政府建设，现将有关情况报告如下。', '一、主要工作', ...lines, ''].join(
    '\n',
  );

const factsOf = async (text: string, ...ids: string[]): Promise<string[]> =>
  statusesWithIds((await readFileQuoted(lexicon, text, 'shanbin.txt')).facts, ...ids);

describe('需要 as a noun (heldout19)', () => {
  it('right before 的 or after what meets or follows it is no intention', async () => {
    const text = shanbinCounty([
      '（三）规范性文件管理。县政府出台行政规范性文件5件，报备率100%。对历年印发的文件逐件评估，宣布失效不适应改革需要的文件9件。',
      '（四）法律顾问。根据工作需要，县政府聘请法律顾问6名。',
    ]);
    expect(await factsOf(text, 'normative_docs_cleaned', 'legal_advisers')).toEqual(['normative_docs_cleaned=9:achieved', 'legal_advisers=6:achieved']);
  });

  it('but 需要 before the act it governs is still a plan', async () => {
    const text = shanbinCounty(['（三）规范性文件管理。县政府出台行政规范性文件5件，报备率100%。经初步梳理，县政府规范性文件需要废止4件。']);
    expect(await factsOf(text, 'normative_docs_cleaned')).toEqual(['normative_docs_cleaned=4:plan']);
  });
});
