/**
 * The general rules added after the blind measurement of test/fixtures/heldout95 (mechanisms present, absent and
 * half-built: the superior's, a slogan's, one under study, one in force since an earlier year), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { expectQuoted, statusesOf, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

/** Every fact (as statusesOf) of a .txt report read through ingest. */
async function factsOf(text: string): Promise<string[]> {
  const doc = buildDocument(await ingestBytes(Buffer.from(text, 'utf8'), 'report.txt'));
  const facts = extractFacts(doc, lexicon);
  expectQuoted(doc, facts);
  return statusesOf(facts);
}

/** A county report holding one sentence under its first heading. */
const plainCounty = (sentence: string) => `梧岭县2024年法治政府建设情况报告\n一、主要工作\n${sentence}\n`;

const achieved = (facts: readonly string[], id: string): string[] => statusesWithId(facts, id).filter((f) => f.endsWith(':achieved'));

describe('the superior named with its bare 政府', () => {
  // a township whose title and addressee write its county's name as a place
  const township = (sentence: string) => `青泽县石湾乡2024年法治政府建设工作情况报告\n青泽县人民政府:\n一、主要工作\n${sentence}\n`;
  // a county written 在…市委、市政府的领导下
  const county = (sentence: string) => `梧岭县2024年法治政府建设情况报告\n2024年,梧岭县在槐阳市委、市政府的领导下推进各项工作。\n一、主要工作\n${sentence}\n`;

  it('tells the superior’s mechanism, not the body’s', async () => {
    const facts = await factsOf(township('青泽县政府统一制定并公布了全县重大行政决策事项目录,本乡据此梳理决策事项。'));
    expect(achieved(facts, 'major_decision_catalogue_published')).toEqual([]);
  });

  it('tells the superior’s figures, and the body’s own clause after it is the body’s', async () => {
    const facts = await factsOf(county('槐阳市政府全年审查政府合同86份,县政府审查政府合同23份。'));
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=23:achieved']);
  });

  it('but not the body’s own government', async () => {
    const facts = await factsOf(township('石湾乡政府全年审查各类合同9份。'));
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=9:achieved']);
  });

  it('nor a name the document writes nowhere else as a place', async () => {
    const text = plainCounty('槐阳市政府全年审查政府合同86份。');
    expect(statusesWithId(await factsOf(text), 'contracts_reviewed')).toEqual(['contracts_reviewed=86:achieved']);
  });

  it('nor a request to the superior, however the document writes it elsewhere', async () => {
    const facts = await factsOf(county('提请市委备案文件2件。提请市政府备案规范性文件6件,审查政府合同23份。'));
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=23:achieved']);
  });
});

describe('a slogan', () => {
  it('implies no coverage and puts no mechanism in place', async () => {
    const facts = await factsOf(plainCounty('县司法局在各乡镇集市悬挂“述法全覆盖 守法在身边”宣传横幅,发放宣传资料。'));
    expect(achieved(facts, 'shufa_coverage')).toEqual([]);
  });

  it('named before its quotation too', async () => {
    const facts = await factsOf(plainCounty('镇村两级张贴标语“法律顾问全覆盖 村民办事有依靠”,营造学法氛围。'));
    expect(achieved(facts, 'legal_adviser_coverage_rate')).toEqual([]);
  });

  it('but a quotation that names no slogan still says what was done', async () => {
    const facts = await factsOf(plainCounty('全县109个村法律顾问实现“全覆盖”。'));
    expect(achieved(facts, 'legal_adviser_coverage_rate')).toEqual(['legal_adviser_coverage_rate=100:achieved']);
  });
});

describe('a mechanism only drafted or under study', () => {
  it('is not in place', async () => {
    const facts = await factsOf(plainCounty('《梧岭县乡镇党政主要负责人述法实施细则》正在起草,拟于明年印发。'));
    expect(achieved(facts, 'shufa_coverage')).toEqual([]);
  });

  it('nor is one still studied', async () => {
    const facts = await factsOf(plainCounty('乡镇综合执法队落实行政执法“三项制度”的具体办法仍在研究制定之中。'));
    expect(achieved(facts, 'enforcement_three_systems')).toEqual([]);
  });

  it('but a draft named as a thing denies nothing', async () => {
    const facts = await factsOf(plainCounty('县政府对正在起草的行政规范性文件全部进行合法性审核。'));
    expect(achieved(facts, 'normative_doc_review_rate')).toEqual(['normative_doc_review_rate=100:achieved']);
  });
});

describe('the year a mechanism began, said to go on', () => {
  it('dates the founding: the clause and those after it tell the year reported on', async () => {
    const facts = await factsOf(plainCounty('2021年建立的乡镇党政主要负责人年终述法制度继续执行,全县乡镇党政主要负责人述法全覆盖。'));
    expect(achieved(facts, 'shufa_coverage')).toContain('shufa_coverage=100:achieved');
  });

  it('with where it began between', async () => {
    const facts = await factsOf(plainCounty('2020年在全县推开的行政执法“三项制度”持续巩固,全县持证执法人员1,260名。'));
    expect(achieved(facts, 'enforcement_three_systems')).toEqual(['enforcement_three_systems=true:achieved']);
    expect(achieved(facts, 'enforcement_officers')).toEqual(['enforcement_officers=1260:achieved']);
  });

  it('but an earlier year whose act the clause does not say goes on is that year’s', async () => {
    const facts = await factsOf(plainCounty('2022年建立的合同审查台账共登记政府合同56份。2023年建立法律顾问制度,聘请法律顾问5名。'));
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual([]);
    expect(statusesWithId(facts, 'legal_advisers')).toEqual([]);
  });
});
