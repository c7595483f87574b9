/**
 * The general rules added after the blind measurement of test/fixtures/heldout181 (normative documents and major decisions,
 * the whole lifecycle in figures), on texts of our own: the documents named as the drafts sent in (规范性文件送审稿58件, 草案)
 * are the documents, so the review vouched for after them counts them (rules/facts.yaml normative_docs_reviewed context);
 * the documents counted right before they are said all reviewed (印发的12件文件全部经过…合法性审核), named in full or in
 * short, are those reviewed, the pattern naming the act vouching for the count as confirmed_by does (normative_docs_reviewed
 * implied, passes/implied.ts); a verb putting items into a level's own list (纳入区政府2019年度…目录的3项事项) names no place
 * (no 纳入区 dated by its year: rules/passes.yaml superior_level.other_place.not_starts); the items taken up beside the list
 * (目录外临时增加的2项事项) are not the list's (major_decision_items exclude); a bureau's summary of its management of
 * normative documents (…司法局2025年度行政规范性文件管理工作总结) is a paper of another kind, as one of its 备案审查 is
 * (rules/documents.yaml other.title).
 */
import { describe, expect, it } from 'vitest';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesOf, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const COUNTY = '苕岭县人民政府2023年度法治政府建设情况报告';
const report = (title: string, ...lines: string[]) => `${title}\n一、规范性文件和重大行政决策\n${lines.join('\n')}\n苕岭县人民政府\n2024年2月1日\n`;
const read = async (id: string, ...lines: string[]) => statusesWithId((await readFileQuoted(lexicon, report(COUNTY, ...lines), 'own.txt')).facts, id);
/** A presence fact's statuses too (readFileQuoted gives the numeric ones). */
const readAll = async (id: string, ...lines: string[]) =>
  statusesWithId(statusesOf(extractFacts((await readFileQuoted(lexicon, report(COUNTY, ...lines), 'own.txt')).doc, lexicon)), id);

describe('the documents named as the drafts sent in', () => {
  it('are the documents reviewed, the review said after them', async () => {
    expect(await read('normative_docs_reviewed', '全年受理县政府拟印发的规范性文件送审稿47件，全部完成合法性审核，审核率100%。')).toEqual([
      'normative_docs_reviewed=47:achieved',
    ]);
    expect(await read('normative_docs_reviewed', '县司法局全年审核行政规范性文件草案23件。')).toEqual(['normative_docs_reviewed=23:achieved']);
  });

  it('but drafts received and sent back count no review', async () => {
    expect(await read('normative_docs_reviewed', '全年收到规范性文件送审稿47件，退回补正材料6件。')).toEqual([]);
  });
});

describe('the documents counted right before they are said all reviewed', () => {
  it('are those reviewed, named in short or in full, an act of issuing before them', async () => {
    const before = '全年县政府共起草规范性文件16件，经集体讨论后印发13件。';
    expect(await read('normative_docs_reviewed', before, '印发的13件文件全部经过县司法局合法性审核，合法性审核率100%。')).toEqual([
      'normative_docs_reviewed=13:achieved',
    ]);
    expect(await read('normative_docs_reviewed', '本年度出台的5件规范性文件均经合法性审查后发布。')).toEqual(['normative_docs_reviewed=5:achieved']);
  });

  it('but not documents filed, cleaned, or not reviewed', async () => {
    const before = '全年县政府共起草规范性文件16件，经集体讨论后印发13件。';
    expect(await read('normative_docs_reviewed', before, '印发的13件文件全部报县人大常委会备案。')).toEqual([]);
    expect(await read('normative_docs_reviewed', before, '清理的13件文件均经合法性审核。')).toEqual([]);
    expect(await read('normative_docs_reviewed', before, '会议审议的13件文件均未经合法性审核。')).toEqual([]);
  });
});

describe('a verb putting items into the level’s own list, dated', () => {
  it('names no place: the list’s items are the body’s', async () => {
    const line = '纳入县政府2023年度重大行政决策事项目录的4项事项，均在决策前完成合法性审查。';
    expect(await read('major_decision_items', line)).toEqual(['major_decision_items=4:achieved']);
    expect(await readAll('major_decision_catalogue_published', line)).toEqual(['major_decision_catalogue_published=true:achieved']);
    expect(await read('major_decision_items', '列入县政府2023年度重大决策事项目录的6项事项均按程序作出。')).toEqual(['major_decision_items=6:achieved']);
  });

  it('but another place named before its government and year is still that place', async () => {
    expect(await read('major_decision_items', '苍岭市政府2023年度重大行政决策事项目录纳入事项12项。')).toEqual([]);
  });
});

describe('items taken up beside the list', () => {
  it('are not the list’s items', async () => {
    const listed = '县政府公布年度重大行政决策事项目录，共有5项事项列入目录。';
    expect(await read('major_decision_items', listed, '目录外临时增加的2项事项按同样程序办理。')).toEqual(['major_decision_items=5:achieved']);
    expect(await read('major_decision_items', listed, '另有目录之外的2项决策事项按程序作出。')).toEqual(['major_decision_items=5:achieved']);
  });
});

describe('a bureau’s summary of its management of normative documents', () => {
  const summary = (title: string) =>
    `${title}\n2024年，我局为县政府审核规范性文件，坚持依法行政，法律顾问参与合法性审查，做好行政复议衔接。现将有关情况总结如下。\n一、前置审核\n全年审核规范性文件送审稿31件。\n苕岭县司法局\n2025年1月10日\n`;

  it('is a paper of another kind', async () => {
    for (const title of ['苕岭县司法局2024年度行政规范性文件管理工作总结', '苕岭县司法局关于2024年度规范性文件监督管理工作情况的报告'])
      expect((await readFileQuoted(lexicon, summary(title), 'own.txt')).doc.kind).toBe('other');
  });

  it('but one joined to the year’s 法治政府建设 report stays that report', async () => {
    const { doc } = await readFileQuoted(lexicon, summary('苕岭县司法局2024年度法治政府建设和规范性文件管理工作总结'), 'own.txt');
    expect(doc.kind).toBe('annual_report');
  });
});
