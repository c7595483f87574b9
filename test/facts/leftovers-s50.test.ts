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

describe('the standing committee of the people’s congress or the CPPCC is no Party committee (heldout126)', () => {
  it('reads no committee meeting from its hearing of the government’s report', async () => {
    const text = tongyanCounty([
      '　　县委常委会会议全年专题研究法治建设工作4次，县人大常委会听取和审议县政府法治政府建设工作报告1次，提出审议意见6条。',
      '　　县政协常委会会议专题听取全县依法行政情况通报2次。',
    ]);
    expect(await factsOf(text, 'committee_rule_of_law_meetings')).toEqual(['committee_rule_of_law_meetings=4:achieved']);
  });
});

describe('a figure its own clause says is left out of the count (heldout126)', () => {
  it('counts nothing, the figure before it still counted', async () => {
    const text = tongyanCounty([
      '　　县司法局全年审查县政府合同协议91份，县交投集团自行审查的经营合同350余份不在其列。',
      '　　全县各级调解组织调解矛盾纠纷2,140件，另有行业性调委会调解的纠纷186件未计入统计。',
    ]);
    expect(await factsOf(text, 'contracts_reviewed', 'disputes_mediated')).toEqual(['contracts_reviewed=91:achieved', 'disputes_mediated=2140:achieved']);
  });

  it('but a figure with no such words after it is read', async () => {
    const text = tongyanCounty(['　　县交投集团自行审查的经营合同350份已全部报县司法局备案，县司法局审查县政府合同协议91份。']);
    expect(await factsOf(text, 'contracts_reviewed')).toContain('contracts_reviewed=91:achieved');
  });
});

describe('a label line right under a row or label line of its list (heldout126)', () => {
  const listed = (above: string, heading: string): string =>
    [
      '# 桐堰县人民政府关于2024年度法治政府建设情况的报告',
      '',
      '2024年，桐堰县扎实推进法治政府建设，现将有关情况报告如下。',
      '',
      `## ${heading}`,
      '',
      above,
      '- 满意率：98.1%',
      '',
    ].join('\n');
  const rates = async (text: string): Promise<string[]> =>
    statusesWithIds((await readFileQuoted(lexicon, text, 'tongyan.md')).facts, 'proposals_satisfaction_rate');

  it('goes on with the topic the line above names (人大代表建议 27 | 政协提案 52)', async () => {
    expect(await rates(listed('- 人大代表建议 27 | 政协提案 52', '一、数据一览'))).toEqual(['proposals_satisfaction_rate=98.1:achieved']);
  });

  it('but not with a rival’s line above, nor across a line of prose', async () => {
    expect(await rates(listed('- 12345热线工单：4.6万件', '一、数据一览'))).toEqual([]);
    expect(await rates(listed('全年办理人大代表建议27件、政协提案52件，均按期办结。', '一、数据一览'))).toEqual([]);
  });
});

describe('a 均 list of rates ending in another domain’s rate (heldout129)', () => {
  it('gives each rate of ours in it the shared figure', async () => {
    const text = tongyanCounty([
      '　　县政府重大合同合法性审查率、政务服务事项网上可办率均达到100%。',
      '　　行政规范性文件报备率、政府网站政务公开事项公开率都为100%。',
    ]);
    expect(await factsOf(text, 'legality_review_rate', 'normative_doc_filing_rate')).toEqual([
      'legality_review_rate=100:achieved',
      'normative_doc_filing_rate=100:achieved',
    ]);
  });

  it('but nothing from a list of other domains’ rates alone', async () => {
    const text = tongyanCounty(['　　县政务服务中心事项网上可办率、即办件按时办结率均为100%。']);
    expect(await factsOf(text, 'legality_review_rate', 'normative_doc_filing_rate', 'proposals_completion_rate')).toEqual([]);
  });
});
