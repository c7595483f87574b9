/**
 * Leftovers of session 27 (p27, p27b, p27c, p27d, fix-w45, fix-w47), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { loadLexicon } from '../../src/facts/index.js';
import { sourceOf } from '../document/helpers.js';
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

describe("a district department's share of a wider total, by the short name its report gives it", () => {
  const bureau = paragraphStatuses(lexicon, '碧川市梅岭区司法局2024年法治政府建设工作情况报告');
  const litigation = (statuses: readonly string[]): string[] => of('litigation_cases', statuses);

  it('reads no count of the whole its share is given of, by 区司法局 as well as the longer names', () => {
    for (const name of ['区司法局', '梅岭区司法局', '碧川市梅岭区司法局', '司法局'])
      expect(litigation(bureau(`全区各级行政机关全年新收行政诉讼案件358件,涉${name}案件占比12%。`))).toEqual([]);
  });

  it('still reads the whole when the share is the city bureau’s: 市司法局 is no name of the district’s', () => {
    // 全区, not 全市: a district department reads 全市 as its city's, as the district does (superior-level)
    expect(litigation(bureau('全区各级行政机关全年新收行政诉讼案件358件,涉市司法局案件占比12%。'))).toEqual(['litigation_cases=358:achieved']);
  });
});

describe('the level of a department’s place, from its superiors and its name', () => {
  const placeOf = (text: string) => buildDocument(sourceOf(text)).government;
  const report = (title: string, paragraph: string) => placeOf(`${title}2024年法治政府建设工作情况报告\n一、主要工作\n${paragraph}\n`);

  it('is a prefecture city’s for a bureau guided by its province’s body alone, whatever towns it names', () => {
    const towns = '全市仍有部分乡镇(街道)劳动保障所人员不足。';
    expect(report('鹭汀市人力资源和社会保障局', `在市委、市政府的领导和省人力资源和社会保障厅的指导下,${towns}`)).toBe('city');
    // guided by another city's bureau too: a county-level city's
    expect(report('鹭汀市人力资源和社会保障局', `在省人力资源和社会保障厅和榕岗市人力资源和社会保障局的指导下,${towns}`)).toBe('county');
    // a province's body named with a generic 省 before 市场: no city 省市
    expect(report('鹭汀市市场监督管理局', `在省市场监督管理局的指导下,${towns}`)).toBe('city');
    // no superior named: the towns still tell a county-level city's
    expect(report('鹭汀市人力资源和社会保障局', towns)).toBe('county');
  });

  it('is a province’s for a province’s bureau: 省市场 names no city, 自治区 no district', () => {
    expect(report('苍屿省市场监督管理局', '全省办理行政复议案件52件。')).toBe('province');
    expect(report('自治区林业和草原局', '全区林业系统办理行政复议案件5件。')).toBe('province');
  });
});

describe('a legality review that did not happen, or is still to come', () => {
  const bureau = paragraphStatuses(lexicon, '柘川县交通运输局2024年法治政府建设工作情况报告');
  const reviewed = (paragraph: string): string[] => of('normative_docs_reviewed', bureau(paragraph));

  it('confirms no count: 没有经过, 尚待, 有待 deny the review as 未经 does', () => {
    expect(reviewed('本年度以局名义制发规范性文件6件,发布前没有经过合法性审查。')).toEqual([]);
    expect(reviewed('本年度以局名义制发规范性文件6件,目前尚待提交县司法局合法性审查。')).toEqual([]);
    expect(reviewed('本年度以局名义制发规范性文件6件,均有待合法性审查。')).toEqual([]);
  });

  it('still confirms a review that took place', () => {
    expect(reviewed('本年度以局名义制发规范性文件6件,发布前均经过合法性审查。')).toEqual(['normative_docs_reviewed=6:achieved']);
  });
});
