/**
 * The general rules added after the blind measurement of test/fixtures/heldout179 (digital platforms, dashboards), on texts
 * of our own: a tool the body worked through (通过/依托/利用…系统、平台) is named for what it serves, so the words of its name
 * are no distractors of the clause's count (通过规范性文件备案审查系统前置审核…9件: no 备案 done) and no act of a frame
 * (通过…复议网上申请系统提交12件: no 申请 counted, the channel's share of requests counted elsewhere), while its object words
 * still name what it took in (信息公开在线申请系统接收申请203件,办结198件: the disclosure requests and those closed); a
 * pilot's time (试点期间, 试点以来) tells what its chosen units did, a share of the body's whole, none of the year's; and the
 * body's part in an act before its verb (牵头/负责/参与编制区政府2019年度…目录) starts no other place's name.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readQuoted, statusesOf, statusesWithId, statusesWithIds } from './helpers.js';

const lexicon = await loadLexicon();

/** The facts (id=value:status) of a 2023 report of 棠岙县 whose achievements are `done`. */
const county = (done: string): string[] =>
  statusesOf(
    readQuoted(
      lexicon,
      [
        '棠岙县2023年法治政府建设情况报告',
        '2023年，棠岙县坚持依法行政，推进法治政府建设，现将有关情况报告如下。',
        '一、主要成效',
        done,
        '二、存在的不足',
        '基层法治力量仍显薄弱。',
        '棠岙县人民政府',
        '2024年3月12日',
        '',
      ].join('\n'),
    ).facts,
  );

/** The facts of a 2023 report of 棠岙县司法局 whose work is `done`. */
const bureau = (done: string): string[] =>
  statusesOf(
    readQuoted(
      lexicon,
      [
        '棠岙县司法局2023年法治政府建设情况报告',
        '2023年，我局在县委、县政府领导下，推进法治政府建设，现将有关情况报告如下。',
        '一、主要工作',
        done,
        '二、存在的问题',
        '队伍力量仍显薄弱。',
        '棠岙县司法局',
        '2024年1月22日',
        '',
      ].join('\n'),
    ).facts,
  );

describe('a tool the body worked through', () => {
  it('names what it serves: its words are no distractors of the count', () => {
    const facts = county('县司法局通过行政规范性文件备案审查平台前置审核县政府规范性文件14件，均提出书面意见。');
    expect(statusesWithId(facts, 'normative_docs_reviewed')).toEqual(['normative_docs_reviewed=14:achieved']);
  });

  it('but the same act outside its name still counts as done', () => {
    const facts = county('县司法局通过规范性文件管理平台报送备案规范性文件14件。');
    expect(statusesWithId(facts, 'normative_docs_reviewed')).toEqual([]);
  });

  it('lends no act to a frame: the requests sent in through a channel are its share', () => {
    const facts = county('全年受理行政复议申请66件，办结61件。全年收到的复议申请中，通过县行政复议网上申请平台提交23件。');
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=66:achieved']);
  });

  it('while the body acting through it with a cue of its own still counts', () => {
    const facts = county('县政府通过行政复议网上申请平台受理复议申请23件。');
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=23:achieved']);
  });

  it('names what it took in: the disclosure requests it received and those closed', () => {
    const facts = county('县政府信息公开网上申请平台全年接收申请47件，办结45件。');
    expect(statusesWithIds(facts, 'disclosure_requests', 'disclosure_requests_closed')).toEqual([
      'disclosure_requests=47:achieved',
      'disclosure_requests_closed=45:achieved',
    ]);
  });

  it('but a count closed through it is no request received, nor is another matter’s count closed beside 信息公开', () => {
    expect(statusesWithId(county('县政府信息公开网上申请平台全年办结申请45件。'), 'disclosure_requests')).toEqual([]);
    const facts = county('县政府做好政府信息公开和行政复议工作，全年受理行政复议申请40件，办结38件。');
    expect(statusesWithId(facts, 'disclosure_requests_closed')).toEqual([]);
  });
});

describe('a pilot’s time', () => {
  it('tells what its chosen units did, a share of the year’s whole given before it', () => {
    for (const done of [
      '全年受理行政复议申请81件，办结77件。在两个乡试点设立复议网上受理点，试点期间受理复议申请9件。',
      '全年受理行政复议申请81件；在两个乡试点设立复议网上受理点，试点期间受理复议申请9件。',
    ])
      expect(statusesWithId(county(done), 'reconsideration_cases')).toEqual(['reconsideration_cases=81:achieved']);
  });

  it('but with no whole of the year it is the body’s figure (heldout80)', () => {
    const facts = county('我县被列为全省行政执法三项制度试点县，试点期间各执法部门共确定法制审核人员26名。');
    expect(statusesWithId(facts, 'legal_review_staff')).toEqual(['legal_review_staff=26:achieved']);
  });
});

describe('the body’s part in an act before its verb', () => {
  it('starts no other place’s name: the catalogue it led is the government’s', () => {
    const facts = bureau('我局作为县委依法治县办所在单位，牵头编制县政府2023年度重大行政决策事项目录，列入事项4项，目录已向社会公布。');
    expect(statusesWithIds(facts, 'major_decision_catalogue_published', 'major_decision_items')).toEqual([
      'major_decision_catalogue_published=true:achieved',
      'major_decision_items=4:achieved',
    ]);
  });

  it('while another place named with its year still tells that place’s', () => {
    const facts = bureau('我局牵头编制县政府2023年度重大行政决策事项目录，列入事项5项。桐岭县2023年度重大行政决策事项目录列入事项9项。');
    expect(statusesWithId(facts, 'major_decision_items')).toEqual(['major_decision_items=5:achieved']);
  });
});
