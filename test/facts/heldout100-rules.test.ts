/**
 * The general rules added after the blind measurement of test/fixtures/heldout100 (the newest 2025 wording: 行政复议 as
 * the 主渠道, 涉企行政检查, 行政执法监督), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { quotedValuesOf, readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();
const values = (text: string, id: string) => quotedValuesOf(lexicon, text, id);
const county = (body: string) => `潭溪县人民政府2025年法治政府建设情况报告\n一、主要成效\n${body}\n`;
const mediated = async (body: string) => statusesWithId((await readFileQuoted(lexicon, county(body), 'tanxi.txt')).facts, 'disputes_mediated');

describe('cases closed by 调解 or 和解 where 复议 is the matter are no disputes mediated', () => {
  it('when the clause before names 复议', () => {
    expect(values('县政府坚持复议前置与调解优先,以调解、和解方式化解案件61件。', 'disputes_mediated')).toEqual([]);
    expect(values('发挥行政复议化解行政争议主渠道作用,全年通过和解化解案件27件。', 'disputes_mediated')).toEqual([]);
  });

  it('when only the heading names 复议 or 行政争议', async () => {
    expect(await mediated('（一）行政复议工作\n全年受理行政复议申请120件。\n坚持调解优先,全年以调解方式化解案件31件。')).toEqual([]);
    expect(await mediated('（一）实质性化解行政争议\n全年通过调解、和解化解案件19件,调解和解率18.4%。')).toEqual([]);
  });

  it('but a clause naming disputes or a mediator of its own counts them, whatever the sentence or heading names', async () => {
    expect(values('县政府受理行政复议申请96件,全县人民调解组织调解2,050件。', 'disputes_mediated')).toEqual([2050]);
    expect(values('坚持复议前置与调解优先,全县调解矛盾纠纷1,980件。', 'disputes_mediated')).toEqual([1980]);
    expect(await mediated('（一）预防化解涉税行政争议\n县局争议调解室全年调解涉税争议23件。')).toEqual(['disputes_mediated=23:achieved']);
  });

  it('and a heading naming disputes beside 复议 leaves a clause of no kind to the disputes', async () => {
    expect(await mediated('（一）行政复议和矛盾纠纷化解\n全年调解案件1,900件,调解成功率98%。')).toEqual(['disputes_mediated=1900:achieved']);
    expect(await mediated('（一）矛盾纠纷化解\n全县各级调委会全年化解案件2,300件。')).toEqual(['disputes_mediated=2300:achieved']);
  });
});

describe('a review rate said of each count of a list (审核率均为100%) is each kind’s rate', () => {
  it('gives the contracts’ or decisions’ rate beside the documents’', () => {
    const text = '全年审核区政府重大行政决策3件、行政规范性文件14件、合同协议77件,审核率均为100%。';
    expect(values(text, 'legality_review_rate')).toEqual([100]);
    expect(values(text, 'normative_doc_review_rate')).toEqual([100]);
    expect(values('县司法局审查重大行政决策2件、行政规范性文件6件,审查率均为100%。', 'legality_review_rate')).toEqual([100]);
  });

  it('but not a rate of a kind no count of the list has, nor one without 均', () => {
    expect(values('全年审核行政规范性文件14件、清理废止5件,审核率均为100%。', 'legality_review_rate')).toEqual([]);
    expect(values('全年审查政府合同61件、行政协议18件,审查率均为100%。', 'normative_doc_review_rate')).toEqual([]);
    expect(values('全年审核行政规范性文件14件、合同协议77件,审核率为100%。', 'legality_review_rate')).toEqual([]);
  });
});
