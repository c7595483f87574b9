/**
 * The general rules added after the blind measurement of test/fixtures/heldout97 (units at the edge of the ordinary
 * government tree: a 兵团's 团场, a forestry bureau that governs as a county, a zone's 管委会, a town after the
 * 综合行政执法改革, a street), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, readQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

/** The values of one fact in a county report holding `sentence` under its first heading. */
const countyValues = (sentence: string, id: string): unknown[] =>
  readQuoted(lexicon, `梧岭县2024年法治政府建设情况报告\n一、主要工作\n${sentence}\n`)
    .facts.filter((f) => f.id === id)
    .map((f) => f.value);

describe('a cleanup told with its two verbs as one, after how it went', () => {
  it('reads the documents after 集中清理废止, named in short after the 规范性文件 of the clause before', () => {
    const text = '县政府审核行政规范性文件15件,报备率100%;集中清理废止与新修订法规相抵触的文件六件。';
    expect(countyValues(text, 'normative_docs_cleaned')).toEqual([6]);
  });

  it('and after 全面清理 alone', () => {
    expect(countyValues('审核行政规范性文件9件,报备率100%;全面清理文件3件。', 'normative_docs_cleaned')).toEqual([3]);
  });

  it('but not documents of another kind the clause names', () => {
    expect(countyValues('审核行政规范性文件9件;集中清理废止党内规范性文件3件。', 'normative_docs_cleaned')).toEqual([]);
  });
});

describe('disputes settled by a second verb of disposing after 调解', () => {
  it('reads 调解处置 and 调解处理 as settled', () => {
    expect(countyValues('全县劳资纠纷、商户间纠纷调解处置72件。', 'disputes_mediated')).toEqual([72]);
    expect(countyValues('镇调委会全年对家庭邻里纠纷调解处理41起。', 'disputes_mediated')).toEqual([41]);
  });

  it('but not what was only taken in, nor a petition handled', () => {
    expect(countyValues('县仲裁院受理劳动争议案件45件。', 'disputes_mediated')).toEqual([]);
    expect(countyValues('全年处置信访积案12件。', 'disputes_mediated')).toEqual([]);
  });
});

describe('who reports: a body beside the ordinary tree', () => {
  it('a bureau that says it carries out a county government’s functions is that government', () => {
    const text = '青屏林业局2023年法治政府建设情况报告\n青屏林业局是国有林区的森工企业,同时履行县级地方政府职能,下辖9个林场。\n一、主要工作\n局长办公会会前学法8次。\n';
    const { doc } = readQuoted(lexicon, text);
    expect([doc.level, doc.place]).toEqual(['county', '青屏林业局']);
  });

  it('but a bureau that only helps its government carry out its functions is a department', () => {
    const helping = '青屏县林业局2023年法治政府建设情况报告\n2023年,我局协助县政府履行林业管理职责,推进依法行政。\n一、主要工作\n局长办公会会前学法8次。\n';
    expect(readQuoted(lexicon, helping).doc.level).toBe('department');
  });

  it('a 兵团 团场 is named by its number, at no level of the ordinary tree', async () => {
    const text = '第五师一三七团2024年法治政府建设情况报告\n2024年,一三七团推进依法治团。\n一、主要工作\n团长办公会会前学法6次。\n';
    const { doc, facts } = await readFileQuoted(lexicon, text, 'tuan.txt');
    expect([doc.level, doc.place]).toEqual(['unknown', '第五师一三七团']);
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=6:achieved']);
  });

  it('but a 集团 or a 宣讲团 is no 团场', () => {
    const text = '青原文旅集团2024年法治建设工作报告\n2024年,集团坚持依法经营。\n一、主要工作\n审查合同41份。\n';
    expect(readQuoted(lexicon, text).doc.place).toBeNull();
  });
});
