/**
 * The general rules added after the blind measurement of test/fixtures/heldout121 (autonomous and frontier units), on
 * texts of our own: the kinds of unit named together (嘎查村, 苏木镇, 街道社区, 城乡社区) before their organs are the body's
 * units together, no one unit's name, so their disputes settled are the body's total; a 盟's 旗县, a 旗's 苏木乡镇, a
 * 苏木's 嘎查村 and a city's or 地区's 乡镇 together hold sessions and lectures of their own, none of the body's; and a
 * 提出…意见N条 counts points raised, not the legality-review opinions issued (件), as the lexicon and heldout104 decided.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readQuoted, statusesOf } from './helpers.js';

const lexicon = await loadLexicon();

/** The facts (as statusesOf) of a 2023 report of `body` (its organ `organ`), its achievements `paragraph`. */
const report =
  (body: string, organ: string) =>
  (paragraph: string): string[] =>
    statusesOf(
      readQuoted(
        lexicon,
        [
          `${body}2023年法治政府建设情况报告`,
          `2023年，${organ}深入学习贯彻习近平法治思想，全面推进依法行政，现将有关情况报告如下。`,
          '一、主要举措和成效',
          paragraph,
          '二、存在的不足',
          '法治宣传的针对性有待加强。',
          '',
        ].join('\n'),
      ).facts,
    );

const banner = report('柘原旗人民政府', '旗政府');
const district = report('柘湾区人民政府', '区政府');
const county = report('柘川县人民政府', '县政府');
const league = report('柘勒盟行政公署', '盟行署');
const sumu = report('柘塔苏木人民政府', '苏木政府');
const prefecture = report('柘岭地区行政公署', '行署');
const city = report('柘北市人民政府', '市政府');

const withId = (facts: string[], id: string): string[] => facts.filter((f) => f.startsWith(`${id}=`));

describe('the kinds of unit named together before their organs', () => {
  it('are the body’s units together: their disputes settled are its own', () => {
    expect(withId(banner('嘎查村调委会全年化解草场纠纷318起。'), 'disputes_mediated')).toEqual(['disputes_mediated=318:achieved']);
    expect(withId(banner('苏木镇人民调解委员会调解矛盾纠纷141件。'), 'disputes_mediated')).toEqual(['disputes_mediated=141:achieved']);
    expect(withId(district('街道社区人民调解委员会调解矛盾纠纷964件。'), 'disputes_mediated')).toEqual(['disputes_mediated=964:achieved']);
    expect(withId(county('城乡社区调委会共调处邻里纠纷205件。'), 'disputes_mediated')).toEqual(['disputes_mediated=205:achieved']);
  });

  it('but a unit named by its own name is still that unit', () => {
    expect(withId(banner('全旗调解矛盾纠纷2,310件，其中查干嘎查调委会调解草场纠纷61件。'), 'disputes_mediated')).toEqual(['disputes_mediated=2310:achieved']);
    expect(withId(banner('宝力嘎查村委会全年调解邻里纠纷27件。'), 'disputes_mediated')).toEqual([]);
    expect(withId(district('柳荫社区调委会全年调解矛盾纠纷58件。'), 'disputes_mediated')).toEqual([]);
  });
});

describe('the units of a 盟, a 旗, a 苏木 or a 地区 together', () => {
  it('hold sessions and lectures of their own, none of the body’s', () => {
    expect(withId(league('各旗县（市、区）全年共开展会前学法146次，盟行署常务会议会前学法10次。'), 'exec_meeting_law_study')).toEqual([
      'exec_meeting_law_study=10:achieved',
    ]);
    expect(withId(league('全盟旗县市区共举办法治讲座52期。'), 'law_lectures')).toEqual([]);
    expect(withId(banner('全旗苏木乡镇共举办法治讲座38期。'), 'law_lectures')).toEqual([]);
    expect(withId(banner('各苏木镇全年会前学法73次。'), 'exec_meeting_law_study')).toEqual([]);
    expect(withId(sumu('各嘎查村共举办法治讲座27期。'), 'law_lectures')).toEqual([]);
    expect(withId(sumu('全苏木各嘎查共举办法治讲座19期。'), 'law_lectures')).toEqual([]);
    expect(withId(prefecture('全地区乡镇全年共开展会前学法171次。'), 'exec_meeting_law_study')).toEqual([]);
    expect(withId(city('全市乡镇(街道)全年共开展会前学法205次。'), 'exec_meeting_law_study')).toEqual([]);
  });

  it('while their figures of the whole area are the body’s, and its own sessions stay its own', () => {
    expect(withId(banner('各苏木乡镇共调解矛盾纠纷420件。'), 'disputes_mediated')).toEqual(['disputes_mediated=420:achieved']);
    expect(withId(prefecture('全地区乡镇调解矛盾纠纷3,406件。'), 'disputes_mediated')).toEqual(['disputes_mediated=3406:achieved']);
    expect(withId(prefecture('行署常务会议会前学法11次。'), 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=11:achieved']);
    expect(withId(banner('旗政府常务会议会前学法14次。'), 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=14:achieved']);
  });
});

describe('legality-review opinions counted in 条', () => {
  it('are opinions issued after 出具, points raised after 提出 (the lexicon’s choice, as heldout104)', () => {
    expect(withId(county('县司法局全年出具合法性审查意见126条。'), 'legality_review_opinions')).toEqual(['legality_review_opinions=126:achieved']);
    expect(withId(county('审查政府合同75件，提出合法性审查意见212条。'), 'legality_review_opinions')).toEqual([]);
  });
});
