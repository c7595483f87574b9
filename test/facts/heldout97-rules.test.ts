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
    const text =
      '青屏林业局2023年法治政府建设情况报告\n青屏林业局是国有林区的森工企业,同时履行县级地方政府职能,下辖9个林场。\n一、主要工作\n局长办公会会前学法8次。\n';
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
    // a company reporting on itself is named by itself, at no level (heldout150), no 团场 of a 师
    expect(readQuoted(lexicon, text).doc.place).toBe('青原文旅集团');
  });
});

describe('the superior a report names as the one it works under', () => {
  /** A 团场's report (level unknown) that works under its 师 and the city sharing its offices. */
  const tuan = (sentence: string) =>
    `第五师一三七团2024年法治政府建设情况报告\n2024年,一三七团在师市党委、师市的坚强领导下推进依法治团。\n一、主要工作\n${sentence}\n`;
  /** A bureau that governs as a county, under its 林区's 管理局. */
  const forestry = (sentence: string) =>
    `青屏林业局2023年法治政府建设情况报告\n青屏林业局同时履行县级地方政府职能,下辖9个林场。2023年,我局在云岭国有林区管理局党委的领导下推进法治林区建设。\n一、主要工作\n${sentence}\n`;
  const valuesIn = async (text: string, id: string) => statusesWithId((await readFileQuoted(lexicon, text, 'r.txt')).facts, id);

  it('tells that superior’s figures by its name, at no level of the tree', async () => {
    expect(await valuesIn(tuan('师市全年审查各类合同共530份。团法律顾问室审查合同36份。'), 'contracts_reviewed')).toEqual(['contracts_reviewed=36:achieved']);
    expect(await valuesIn(tuan('师市持证行政执法人员共1,210名,团执法队现有持证执法人员22名。'), 'enforcement_officers')).toEqual([
      'enforcement_officers=22:achieved',
    ]);
  });

  it('…by the last word of its name alone, and by the whole of its area', async () => {
    expect(await valuesIn(forestry('本局前置审核行政规范性文件6件。管理局在全林区共清理规范性文件41件。'), 'normative_docs_cleaned')).toEqual([]);
    expect(await valuesIn(forestry('局本级持证执法人员131名。全林区持证执法人员共980名,由管理局统一调配。'), 'enforcement_officers')).toEqual([
      'enforcement_officers=131:achieved',
    ]);
  });

  it('but not the levels’ own words, which name no superior by name, nor the body’s own committee', async () => {
    const county = (sentence: string) =>
      `梧岭县2024年法治政府建设情况报告\n2024年,在市委、市政府和梧岭县委的坚强领导下,全县推进依法行政。\n一、主要工作\n${sentence}\n`;
    expect(await valuesIn(county('梧岭县全年审查政府合同58份。'), 'contracts_reviewed')).toEqual(['contracts_reviewed=58:achieved']);
  });

  it('nor a zone’s own committee under its bare name', async () => {
    const text =
      '青原高新技术产业开发区管理委员会2025年法治政府建设情况报告\n2025年,管委会在市委、市政府和高新区党工委领导下推进依法行政。\n一、主要工作\n高新区综合执法局现有持证执法人员30名。\n';
    expect(await valuesIn(text, 'enforcement_officers')).toEqual(['enforcement_officers=30:achieved']);
  });

  it('nor a body the report names only in passing, not as the one it works under', async () => {
    const text = `青屏林业局2023年法治政府建设情况报告\n青屏林业局同时履行县级地方政府职能。2023年报告按时报送云岭国有林区管理局。\n一、主要工作\n管理局法律顾问室审查合同19份。\n`;
    expect(await valuesIn(text, 'contracts_reviewed')).toEqual(['contracts_reviewed=19:achieved']);
  });
});

describe('a body that serves the reporting body and other units alike', () => {
  const zone = (sentence: string) => `青原高新技术产业开发区管理委员会2025年法治政府建设情况报告\n一、主要工作\n${sentence}\n`;
  const valuesIn = async (text: string, id: string) => statusesWithId((await readFileQuoted(lexicon, text, 'z.txt')).facts, id);

  it('tells its own figures after it, until the body is the subject again', async () => {
    const text = zone('市综合行政执法局派驻分局在本区和周边三个乡镇统一开展执法,分局现有持证执法人员64名,配备执法记录仪40台;管委会本级持证执法人员12名。');
    expect(await valuesIn(text, 'enforcement_officers')).toEqual(['enforcement_officers=12:achieved']);
    expect(await valuesIn(text, 'body_cameras')).toEqual([]);
  });

  it('but not a body serving the reporting body alone', async () => {
    const text = zone('市综合行政执法局派驻分局在本区统一开展执法,现有持证执法人员64名。');
    expect(await valuesIn(text, 'enforcement_officers')).toEqual(['enforcement_officers=64:achieved']);
  });
});
