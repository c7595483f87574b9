/**
 * A part of a total in brackets right after it (审查合同45件(其中涉外合同3件)): one kind of what the total
 * counts, which names the total's word again, is no count of the fact; a share the fact's own words pick is.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { sourceOf } from '../document/helpers.js';
import { expectQuoted, statusesOf } from './helpers.js';

const lexicon = await loadLexicon();
const read = (sentence: string): string[] => {
  const doc = buildDocument(
    sourceOf(`岚溪县人民政府关于2023年度法治政府建设情况的报告
2023年,县政府坚持依法行政,推进法治政府建设。现将有关情况报告如下。
一、主要工作
${sentence}
二、下一步打算
继续推进法治政府建设。
`),
  );
  const facts = extractFacts(doc, lexicon);
  expectQuoted(doc, facts);
  return statusesOf(facts.filter((f) => typeof f.value === 'number'));
};

describe('a part of a total in brackets', () => {
  it.each([
    ['全年审查县政府合同45件（其中涉外合同3件），出具审查意见60条。', 45, [3]],
    ['法律顾问审核政府合同协议120份(其中PPP协议6份)。', 120, [6]],
    ['审查各类合同210件（其中涉外合同3件、担保合同2件）。', 210, [3, 2]],
    ['审查县政府及办公室合同（协议）236件（涉外合同5件），出具合法性审查意见301件。', 236, [5]],
  ])('that names one kind of the total again is no count of the fact: %s', (sentence, total, kinds) => {
    const facts = read(sentence);
    expect(facts).toContain(`contracts_reviewed=${total}:achieved`);
    for (const kind of kinds) expect(facts).not.toContain(`contracts_reviewed=${kind}:achieved`);
  });

  it.each([
    // a total that lists a distractor beside the fact's word: the part is the fact's share
    ['对会议议题和政府合同开展合法性审查共计86件(其中合同37份)。', 'contracts_reviewed=37:achieved'],
    // the part picked by the fact's own verb
    ['共清理规范性文件214件(其中废止规范性文件14件)。', 'normative_docs_cleaned=14:achieved'],
    ['审查政府合同45件(其中由法律顾问审查的合同12件)。', 'contracts_reviewed=12:achieved'],
  ])('that the fact names by its own words is read: %s', (sentence, fact) => {
    expect(read(sentence)).toContain(fact);
  });
});
