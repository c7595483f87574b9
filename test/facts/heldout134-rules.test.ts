/**
 * The general rules added after the blind measurement of test/fixtures/heldout134 (the rule of law as one chapter of
 * bigger papers), on texts of our own: a place's 国民经济和社会发展统计公报, a 年鉴 and the government's report on its
 * 国民经济和社会发展计划 carried out are papers of another kind (their 法治 figures one chapter of the place's year), the
 * plan's chapter carried out (…计划执行情况) telling the year's work; the bulletin is the place's, its 统计局 only compiling it; a yearbook's
 * edition (某某年鉴(2025)) is printed the year after the one its entries record, and its title names the place by its stem
 * alone, the place being the stem with the suffix the text writes it with; and in a paper written of the body in the
 * third person, 该县 in a county's paper (该区 in a district's) is the body itself, not a unit named before.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readQuoted, statusesOf, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

/** The document's kind, level, place and year. */
const metaOf = (text: string): string => {
  const { doc } = readQuoted(lexicon, text);
  return `${doc.kind} ${doc.level} ${String(doc.place)} ${String(doc.year)}`;
};

const factsOf = (text: string): string[] => statusesOf(readQuoted(lexicon, text).facts);

describe('a place’s statistical bulletin', () => {
  const bulletin = (issuer: string): string =>
    [
      '芦溪县2023年国民经济和社会发展统计公报',
      issuer,
      '全年全县地区生产总值167.5亿元，比上年增长5.4%，城镇化率57.3%。全县辖7镇4乡。',
      '九、法治建设',
      '全年县政府办理行政复议案件41件，行政应诉案件26件，行政机关负责人出庭应诉率100%。全县人民调解组织调解矛盾纠纷1732件，调解成功率98.5%。',
      '县政府聘请法律顾问5名，全县公职律师31名，持证行政执法人员964名。',
      '',
    ].join('\n');

  it('is of another kind, the place’s, also where its 统计局 stands under the title', () => {
    expect(metaOf(bulletin('芦溪县统计局'))).toBe('other county 芦溪县 2023');
    expect(metaOf(bulletin('发布时间：2024-03-15'))).toBe('other county 芦溪县 2023');
    // its rule-of-law figures read as the place's; the economy's and the mediation's success rate are none
    const facts = factsOf(bulletin('芦溪县统计局'));
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=41:achieved']);
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=5:achieved']);
    expect(facts.some((f) => f.includes('=5.4:') || f.includes('=57.3:') || f.includes('=98.5:'))).toBe(false);
  });

  it('but a report quoting the bulletin stays the year’s report', () => {
    const report = [
      '芦溪县2023年法治政府建设情况报告',
      '2023年，芦溪县坚持依法行政，推进法治政府建设。据县统计公报，全年地区生产总值增长5.4%。',
      '县政府办理行政复议案件41件，聘请法律顾问5名，开展普法活动86场。现将有关情况报告如下。',
      '',
    ].join('\n');
    expect(metaOf(report)).toBe('annual_report county 芦溪县 2023');
  });
});

describe('the government’s report on how its plan for the economy was carried out', () => {
  const planReport = (title: string, chapter: string): string =>
    [
      title,
      '——2024年1月12日在芦溪县第十八届人民代表大会第三次会议上',
      '受县人民政府委托，现将有关情况报告如下，请予审议。',
      chapter,
      '全县地区生产总值增长5.4%，一般公共预算收入完成预算的102.6%。县政府坚持依法行政，推进法治政府建设，常务会议会前学法11次，审查县政府合同74件，办理行政复议案件39件，法律顾问参与合法性审查，普法工作深入开展。',
      '二、2024年计划草案',
      '地区生产总值增长6%左右。深化法治政府建设，公职律师增至30名。',
      '',
    ].join('\n');

  it('is of another kind, and its chapter on the plan carried out tells the year’s work', () => {
    const text = planReport('关于芦溪县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告', '一、2023年国民经济和社会发展计划执行情况');
    expect(metaOf(text)).toBe('other county 芦溪县 2023');
    const facts = factsOf(text);
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=11:achieved']);
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=74:achieved']);
    expect(statusesWithId(facts, 'public_lawyers')).toEqual(['public_lawyers=30:plan']);
  });

  it('but a chapter of the coming year’s plan stays a plan, and the year’s report its kind', () => {
    const text = planReport('芦溪县2023年法治政府建设情况报告', '一、2024年工作计划');
    expect(metaOf(text)).toBe('annual_report county 芦溪县 2023');
    expect(statusesWithId(factsOf(text), 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=11:plan']);
  });
});

describe('a yearbook’s entries', () => {
  const yearbook = (title: string, body: string): string =>
    [
      title,
      '政法',
      body,
      '【依法行政】　是年，该市召开市政府常务会议专题学法8次，审查市政府合同89件。市政府聘请法律顾问6名。',
      '【行政复议】　2024年，市政府受理行政复议申请57件，办结52件。行政应诉案件33件，行政机关负责人出庭应诉率97.0%。',
      '【普法】　全市开展法治宣传活动150场次，全面推进依法行政，法治政府建设示范创建有序开展。',
      '',
    ].join('\n');

  it('are of another kind, of the year before the edition, of the place the title names by its stem', () => {
    const countyCity = '【概况】　蓼川市为芩州市代管的县级市，辖6个镇、3个街道。2024年，蓼川市地区生产总值增长5.7%。';
    expect(metaOf(yearbook('蓼川年鉴（2025）', countyCity))).toBe('other county 蓼川市 2024');
    expect(metaOf(yearbook('蓼川年鉴2025', countyCity))).toBe('other county 蓼川市 2024');
    expect(metaOf(yearbook('蓼川年鉴·2025卷', countyCity))).toBe('other county 蓼川市 2024');
    // a city with districts and counties is a city
    const city = '【概况】　蓼川市辖3个区、4个县。2024年，蓼川市地区生产总值增长5.7%，各区县经济平稳。';
    expect(metaOf(yearbook('蓼川年鉴（2025）', city))).toBe('other city 蓼川市 2024');
  });

  it('name no place where the text never writes the stem with a suffix', () => {
    const body = '【概况】　2024年，全市地区生产总值增长5.7%。';
    expect(metaOf(yearbook('蓼川年鉴（2025）', body))).toBe('other city null 2024');
  });

  it('leave an ordinary report’s year and place as its title gives them', () => {
    const report = [
      '蓼川市2024年法治政府建设情况报告',
      '2024年，蓼川市坚持依法行政，推进法治政府建设，法律顾问参与合法性审查，做好行政复议和普法工作。现将有关情况报告如下。',
      '市政府编纂《蓼川年鉴（2025）》法治篇，审查市政府合同89件。',
      '',
    ].join('\n');
    expect(metaOf(report)).toBe('annual_report city 蓼川市 2024');
  });
});

describe('a paper written of the body in the third person', () => {
  const countyEntry = (line: string): string[] =>
    factsOf(
      [
        '岑塘年鉴（2024）',
        '【概况】　岑塘县辖5镇3乡。2023年，岑塘县坚持依法行政，推进法治政府建设，做好行政复议和普法工作。',
        `【依法行政】\u3000${line}`,
        '',
      ].join('\n'),
    );

  it('calls the body 该县 (该区), and the clauses after it are the body’s', () => {
    expect(statusesWithId(countyEntry('是年，该县持证行政执法人员712名，配备执法记录仪215台。'), 'enforcement_officers')).toEqual([
      'enforcement_officers=712:achieved',
    ]);
    expect(statusesWithId(countyEntry('该县召开县政府常务会议专题学法7次。'), 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=7:achieved']);
    // …also after a unit of its own named before (a town, then the county again)
    expect(statusesWithId(countyEntry('桐溪镇为试点镇，该镇调解纠纷88件；该县调解矛盾纠纷1465件。'), 'disputes_mediated')).toEqual([
      'disputes_mediated=1465:achieved',
    ]);
    const district = factsOf(
      [
        '芷湾区年鉴（2024）',
        '【概况】　2023年，芷湾区坚持依法行政，推进法治政府建设，做好行政复议和普法工作。',
        '【行政复议】　该区受理行政复议申请64件，办结60件。',
        '',
      ].join('\n'),
    );
    expect(statusesWithId(district, 'reconsideration_cases')).toEqual(['reconsideration_cases=64:achieved']);
  });

  it('but 该县 in a city’s paper, and 该镇 in a county’s, is a unit named before', () => {
    const city = factsOf(
      [
        '蓼川市2023年法治政府建设情况报告',
        '2023年，蓼川市坚持依法行政，推进法治政府建设，做好行政复议和普法工作。',
        '桐川县是全市复议体制改革试点县，该县全年受理行政复议申请95件。全市聘请法律顾问41名。',
        '',
      ].join('\n'),
    );
    expect(statusesWithId(city, 'reconsideration_cases')).toEqual([]);
    expect(statusesWithId(city, 'legal_advisers')).toEqual(['legal_advisers=41:achieved']);
    expect(statusesWithId(countyEntry('桐溪镇为试点镇，该镇调解纠纷88件。'), 'disputes_mediated')).toEqual([]);
  });
});
