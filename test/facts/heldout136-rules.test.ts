/**
 * The general rules added after the blind measurement of test/fixtures/heldout136 (infographics written out as text), on
 * texts of our own: a card's figure and its label on lines of their own are one fact in either order, a unit alone on its
 * line belongs to the number above it, one label a figure (a run that opens with its title read so that rates meet per
 * cents); a card's later rows that name a bare act (办结 70件) go on from its first; a card of the next year's work (2027年
 * ▲ 目标) turns the page to plans; a line of ①…②… is an inline list, no heading; an infographic's caption (一图读懂) after
 * a report's plans retells the year's work. Chart years, changes (↑35名) and rankings (No.1) stay no facts.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readQuoted, statusesOf } from './helpers.js';

const lexicon = await loadLexicon();

/** The facts (id=value:status) of a 2025 infographic of 岚桥县 whose cards are `lines`. */
const card = (...lines: string[]): string[] =>
  statusesOf(readQuoted(lexicon, ['一图读懂｜岚桥县2025年法治政府建设年度报告', '发布时间：2026-03-02　来源：岚桥县司法局', ...lines, ''].join('\n')).facts);

describe('a card whose figure and label stand on lines of their own', () => {
  it('is one fact with the figure first', () => {
    expect(card('★ 亮点数据', '7次', '县委常委会会议专题研究法治建设', '14次', '县政府常务会议会前学法')).toEqual(
      expect.arrayContaining(['committee_rule_of_law_meetings=7:achieved', 'exec_meeting_law_study=14:achieved']),
    );
  });

  it('and with the label first, its unit on a line of its own', () => {
    const facts = card('★ 依法决策', '出具合法性审查意见', '287', '件', '行政复议综合纠错率', '6.5', '%');
    expect(facts).toEqual(expect.arrayContaining(['legality_review_opinions=287:achieved', 'reconsideration_correction_rate=6.5:achieved']));
  });

  it('after a title of the run that bears no mark, read so that rates meet per cents', () => {
    const facts = card('年度数据', '9次', '县政府常务会议会前学法', '96.5%', '行政机关负责人出庭应诉率', '1,204名', '全县持证行政执法人员');
    expect(facts).toEqual(
      expect.arrayContaining(['exec_meeting_law_study=9:achieved', 'head_appearance_rate=96.5:achieved', 'enforcement_officers=1204:achieved']),
    );
    expect(facts.filter((f) => f.startsWith('exec_meeting_law_study='))).toEqual(['exec_meeting_law_study=9:achieved']);
  });

  it('but a change beside the figure, a chart year and a ranking count nothing', () => {
    const facts = card('★ 严格执法', '持证行政执法人员', '1,204名', '↑35名', '2021年', '58件', '2022年', '64件', 'No.1', '全市法治政府建设考评');
    expect(facts).toEqual(['enforcement_officers=1204:achieved']);
  });
});

describe("a card's rows after its first (行政复议案件 73件 | 办结 70件)", () => {
  it('name what the first row counts when they name a bare act', () => {
    expect(card('★ 复议应诉', '行政复议案件 73件', '办结 70件', '纠错率 8.2%')).toEqual(
      expect.arrayContaining(['reconsideration_cases=73:achieved', 'reconsideration_closed=70:achieved', 'reconsideration_correction_rate=8.2:achieved']),
    );
  });

  it('but a row that names its own subject stays its own', () => {
    expect(card('★ 依法决策', '合法性审查意见 215件', '审查合同、协议 96件')).toEqual(
      expect.arrayContaining(['legality_review_opinions=215:achieved', 'contracts_reviewed=96:achieved']),
    );
  });
});

describe("a card of the next year's work", () => {
  it('turns the page to plans, and an inline list of ① ② is no heading', () => {
    const facts = card('★ 复议应诉', '行政应诉案件 52件', '2026年 ▲ 目标', '①县政府常务会议会前学法不少于14次　②执法记录仪增至720台');
    expect(facts).toEqual(expect.arrayContaining(['litigation_cases=52:achieved', 'exec_meeting_law_study=14:plan', 'body_cameras=720:plan']));
  });
});

describe("an infographic's caption after a report's plans (一图读懂)", () => {
  const report = (caption: string): string[] =>
    statusesOf(
      readQuoted(
        lexicon,
        [
          '岚桥县2025年法治政府建设情况报告',
          '2025年，岚桥县坚持依法行政，现将有关情况报告如下。',
          '一、主要成效',
          '全县持证行政执法人员1,204名。',
          '二、2026年工作打算',
          '执法记录仪增至720台。',
          '',
          caption,
          '',
          '行政复议案件 64件',
          '办结 61件',
          '',
        ].join('\n'),
      ).facts,
    );

  it('retells the year: its figures are achieved', () => {
    expect(report('一图读懂')).toEqual(expect.arrayContaining(['reconsideration_cases=64:achieved', 'body_cameras=720:plan']));
  });

  it('but other words there leave the plans as they are', () => {
    expect(report('工作目标分解')).toEqual(expect.arrayContaining(['reconsideration_cases=64:plan']));
  });
});
