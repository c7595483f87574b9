/**
 * Leftovers of earlier sessions taken up in session 27, on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { sourceOf } from '../document/helpers.js';
import { paragraphStatuses, statusesOf } from './helpers.js';

const lexicon = await loadLexicon();
const county = paragraphStatuses(lexicon, '柘川县2024年法治政府建设情况报告');
/** The facts of a county report of one paragraph read as a .txt file is, through the whole ingest (its tables too). */
const ingested = async (paragraph: string): Promise<string[]> => {
  const source = await ingestBytes(new TextEncoder().encode(`柘川县2024年法治政府建设情况报告\n一、主要工作\n${paragraph}\n`), '柘川县.txt');
  return statusesOf(extractFacts(buildDocument(source), lexicon));
};
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

describe('a table whose header cells a PDF gave a line apiece', () => {
  const table = (total: string): string =>
    [
      '附表 全县执法单位配备情况',
      '序',
      '号',
      '单位',
      '持证执法人员',
      '(名)',
      '执法记录仪',
      '(台)',
      '1 | 县林业局 | 40 | 12',
      '2',
      '各乡镇',
      '(9个)',
      '77 | 31',
      total,
    ].join('\n');

  it('reads its total row, a figure under each indicator, as the place’s, and no unit’s row', async () => {
    expect((await ingested(table('合计 | 117 | 43'))).filter((s) => /^(body_cameras|enforcement_officers)=/.test(s))).toEqual([
      'enforcement_officers=117:achieved',
      'body_cameras=43:achieved',
    ]);
  });

  it('reads nothing of a total row whose figures the indicators do not match one for one', async () => {
    expect((await ingested(table('合计 | 117 | 43 | 9'))).filter((s) => /^(body_cameras|enforcement_officers)=/.test(s))).toEqual([]);
  });
});

describe('a rate word with 均 in a clause of its own after a list of acts', () => {
  const rates = (statuses: readonly string[]): string[] => statuses.filter((s) => /_rate=/.test(s));

  it('gives the rate of each act whose name and the word’s 率 make a rate cue', () => {
    expect(rates(county('县政府制定规范性文件11件,全部经过合法性审核、公平竞争审查和备案审查;审查率均达到100%。'))).toEqual([
      'normative_doc_review_rate=100:achieved',
      'normative_doc_filing_rate=100:achieved',
    ]);
  });

  it('gives no rate for the acts without 均, nor for acts that make no cue with the word', () => {
    expect(rates(county('县政府制定规范性文件11件,全部经过合法性审核、公平竞争审查和备案审查;审查率达到100%。'))).toEqual([
      'normative_doc_review_rate=100:achieved',
    ]);
    expect(rates(county('县政府制定规范性文件11件,全部经过公平竞争审查和专家论证;审查率均达到100%。'))).toEqual(['normative_doc_review_rate=100:achieved']);
  });
});

describe('a department’s report', () => {
  const bureau = paragraphStatuses(lexicon, '榕岗市司法局2024年法治政府建设工作情况报告');

  it('leaves a clause whose subject is the places under its place together to them', () => {
    expect(of('reconsideration_cases', bureau('全市办理行政复议案件240件,各县(市、区)政府共收到复议申请870件。'))).toEqual([
      'reconsideration_cases=240:achieved',
    ]);
  });

  it('still reads its place’s departments together as its place’s', () => {
    expect(of('legal_adviser_coverage_rate', bureau('市政府聘请法律顾问7名,市直部门法律顾问实现全覆盖。'))).toEqual([
      'legal_adviser_coverage_rate=100:achieved',
    ]);
  });
});

describe('the level of a department’s place', () => {
  const placeOf = (text: string) => buildDocument(sourceOf(text)).government;

  it('is the gazetteer’s for a place it holds: a county-level city’s bureau is a county’s', () => {
    expect(placeOf('浙江省义乌市司法局2024年法治政府建设工作情况报告\n一、主要工作\n全市办理行政复议案件52件。\n')).toBe('county');
    expect(placeOf('浙江省金华市司法局2024年法治政府建设工作情况报告\n一、主要工作\n全市办理行政复议案件52件。\n')).toBe('city');
  });

  it('is read from the text for a 市 the gazetteer does not hold', () => {
    const report = (paragraph: string) => placeOf(`鹭汀市司法局2024年法治政府建设工作情况报告\n一、主要工作\n${paragraph}\n`);
    expect(report('全市办理行政复议案件52件。')).toBe('city');
    expect(report('作为县级市,全市办理行政复议案件52件。')).toBe('county');
    expect(report('指导各镇(街道)开展普法,全市办理行政复议案件52件。')).toBe('county');
    expect(report('指导各县(市、区)开展普法,全市办理行政复议案件52件。')).toBe('city');
    expect(report('在榕岗市司法局的指导下,全市办理行政复议案件52件。')).toBe('county');
    // a province's department is no city above it
    expect(report('在省市场监管局的指导下,全市办理行政复议案件52件。')).toBe('city');
  });

  it('is the suffix’s for a county’s bureau, and none for a government’s report', () => {
    expect(placeOf('鹭汀县司法局2024年法治政府建设工作情况报告\n一、主要工作\n全县办理行政复议案件52件。\n')).toBe('county');
    // the department's own name is no place under its place
    expect(placeOf('鹭汀市城市管理局2024年法治政府建设工作情况报告\n一、主要工作\n全市办理行政复议案件52件。\n')).toBe('city');
    expect(placeOf('鹭汀市桐川区住房和城乡建设局2024年法治政府建设工作情况报告\n一、主要工作\n全区办理行政复议案件52件。\n')).toBe('district');
    expect(placeOf('鹭汀县2024年法治政府建设情况报告\n一、主要工作\n全县办理行政复议案件52件。\n')).toBeUndefined();
  });

  it('leaves the towns’ clause in a county-level city bureau’s report to the towns', () => {
    const cityBureau = paragraphStatuses(lexicon, '鹭汀市司法局2024年法治政府建设工作情况报告');
    expect(of('normative_docs_cleaned', cityBureau('市司法局清理规范性文件12件,各镇(街道)共清理规范性文件45件。'))).toEqual([
      'normative_docs_cleaned=12:achieved',
    ]);
    const known = paragraphStatuses(lexicon, '浙江省义乌市司法局2024年法治政府建设工作情况报告');
    expect(of('normative_docs_cleaned', known('市司法局清理规范性文件12件,各镇街共清理规范性文件45件。'))).toEqual(['normative_docs_cleaned=12:achieved']);
  });

  it('still leaves the counties’ clause in a prefecture city bureau’s report to them', () => {
    const cityBureau = paragraphStatuses(lexicon, '鹭汀市司法局2024年法治政府建设工作情况报告');
    expect(of('normative_docs_cleaned', cityBureau('市司法局清理规范性文件12件,各县(市、区)共清理规范性文件45件。'))).toEqual([
      'normative_docs_cleaned=12:achieved',
    ]);
  });
});

describe('notes printed after the signature and date', () => {
  /** The facts of a county report (its plans last, then the signature) read as a .txt file. */
  const report = async (...after: string[]): Promise<string[]> => {
    const text = [
      '柘川县2024年法治政府建设情况报告',
      '一、主要工作',
      '全年办理行政应诉案件23件,行政机关负责人出庭应诉率达到100%。',
      '二、2025年工作安排',
      '一是持证执法人员达到620名。二是全年培训执法人员人均不少于40学时。',
      ...after,
    ].join('\n');
    const source = await ingestBytes(new TextEncoder().encode(`${text}\n`), '柘川县.txt');
    return statusesOf(extractFacts(buildDocument(source), lexicon));
  };
  const longNote =
    '注:1.表中行政复议案件数为县政府作为复议机关的案件,统计期间为当年1月1日至12月31日,全年受理行政复议申请47件,县直部门转来的申请不计在内;' +
    '2.各乡镇的调解数由乡镇司法所逐月汇总上报,县司法局按季度核对后汇入表2。';

  it('reads a long note under the signature as the year’s, in no plan section', async () => {
    expect(longNote.length).toBeGreaterThan(100);
    const statuses = await report('柘川县人民政府', '2025年1月20日', longNote);
    expect(of('reconsideration_cases', statuses)).toEqual(['reconsideration_cases=47:achieved']);
    expect(of('enforcement_officers', statuses)).toEqual(['enforcement_officers=620:plan']);
  });

  it('reads numbered notes (① …) under the signature as the year’s, short or long', async () => {
    const statuses = await report(
      '柘川县人民政府',
      '2025年1月20日',
      '① 全年受理行政复议申请47件。',
      `② 数据来源于县人民法院行政审判庭,统计期间为2024年1月1日至12月31日,其中县政府作为被告的行政应诉案件9件,其余为县直部门和乡镇人民政府作为被告的案件,均已依法出庭应诉并提交答辩状。`,
    );
    expect(of('reconsideration_cases', statuses)).toEqual(['reconsideration_cases=47:achieved']);
    expect(of('litigation_cases', statuses)).toEqual(['litigation_cases=23:achieved', 'litigation_cases=9:achieved']);
  });

  it('leaves items of the plans that merely open with ① to the plans when no signature follows', async () => {
    const statuses = await report(
      '① 全年受理行政复议申请不少于47件,持续提升行政复议案件办理质量,推动行政复议成为化解行政争议的主渠道,做到案结事了、定分止争,群众满意度持续提高。',
    );
    expect(of('reconsideration_cases', statuses)).toEqual(['reconsideration_cases=47:plan']);
  });

  it('counts no applications turned away for failing the conditions', () => {
    expect(of('reconsideration_cases', county('全年受理行政复议申请47件,另有6件复议申请因不符合受理条件,已依法告知申请人。'))).toEqual([
      'reconsideration_cases=47:achieved',
    ]);
  });
});
