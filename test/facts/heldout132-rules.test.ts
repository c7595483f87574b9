/**
 * The general rules added after the blind measurement of test/fixtures/heldout132 (reports written or published after
 * their year), on texts of our own: a correction note's quoted wrong words state nothing where the body already holds the
 * right ones (a reprint corrected before it went out); 上述报告已于…向社会公开 after a sentence naming the 法治政府建设
 * report is its publication; a plan whose lead-in names other bodies (各乡镇、各部门要…：) is still the government's when
 * its item names the government's own meeting (县政府常务会议…不少于12次); and in a report dated after its year, a clause
 * opening with a part of the writing year over by that date (今年一季度, 今年1至2月, 截至发稿时) tells what was done then,
 * neither the year's fact nor, in a chapter of plans, a plan.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readQuoted, statusesOf, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

/** The facts (id=value:status) of a 2024 report of 岑渡县 whose achievements are `done` and plans `plans`, dated `date`. */
const report = (done: string, plans: string, date = '2025年3月20日'): string[] =>
  statusesOf(
    readQuoted(
      lexicon,
      [
        '岑渡县2024年法治政府建设情况报告',
        '2024年，岑渡县坚持依法行政，推进法治政府建设，现将有关情况报告如下。',
        '一、主要成效',
        '全年受理行政复议申请58件，办结55件。持证行政执法人员912名。',
        done,
        '二、存在的不足',
        '基层法治力量仍显薄弱。',
        '三、下一步工作',
        plans,
        '岑渡县人民政府',
        date,
        '',
      ].join('\n'),
    ).facts,
  );

describe('a correction note whose wrong words the body no longer holds', () => {
  it('states nothing by its quote of them; the right words count', () => {
    const facts = report(
      '审查县政府合同、协议118份。全年调解矛盾纠纷2,130件。\n更正说明：原报告“调解矛盾纠纷2,310件”应更正为“调解矛盾纠纷2,130件”；第3页“合同、协议81份”有误，以本文为准。',
      '今年，公职律师增至30名。',
    );
    // the body's figure, and the notice's right words read again
    expect(new Set(statusesWithId(facts, 'disputes_mediated'))).toEqual(new Set(['disputes_mediated=2130:achieved']));
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=118:achieved']);
  });

  it('but a slogan quoted before 应为 is no correction', () => {
    const facts = report('坚持“应为尽为”，全年审查县政府合同、协议46份。', '今年，公职律师增至30名。');
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=46:achieved']);
  });
});

describe('上述报告 pointing back to the year report named before', () => {
  it('is the report made public', () => {
    const facts = report('县政府2023年度法治政府建设情况报告列明重点任务8项，上述报告已于2024年3月在县政府网站向社会公开。', '今年，公职律师增至30名。');
    expect(statusesWithId(facts, 'annual_report_published')).toEqual(['annual_report_published=true:achieved']);
  });

  it('but not when it was only put to the congress', () => {
    const facts = report('县政府向县人大常委会专题报告全年复议工作情况。上述报告已提请县人大常委会会议审议。', '今年，公职律师增至30名。');
    expect(statusesWithId(facts, 'annual_report_published')).toEqual([]);
  });
});

describe("a plan whose lead-in names other bodies and whose item names the government's meeting", () => {
  it('is the government’s plan', () => {
    const facts = report('', '今年，各镇、各单位要落实以下要求：县政府常务会议全年学法不少于10次；公职律师增至30名。');
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=10:plan']);
  });

  it('but a bare 常务会议 after such a lead-in is still theirs', () => {
    const facts = report('', '各乡镇、各部门要对标要求：常务会议会前学法不少于12次。');
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual([]);
  });
});

describe('a part of the writing year over by the date of a report written after its year', () => {
  it('is no fact of the year', () => {
    const facts = report('今年一季度，办理行政应诉案件7件。截至发稿时，公职律师已有27名。', '今年，公职律师增至30名。');
    expect(statusesWithId(facts, 'litigation_cases')).toEqual([]);
    expect(statusesWithId(facts, 'public_lawyers')).toEqual(['public_lawyers=30:plan']);
  });

  it('nor a plan in the chapter of plans, unless its own words plan', () => {
    const facts = report('', '今年1至2月，全县受理行政复议申请8件；今年，县政府常务会议会前学法不少于12次。');
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=58:achieved']);
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=12:plan']);
  });

  it('but in a report dated in its own year they are the year’s', () => {
    const facts = report('今年一季度，办理行政应诉案件7件。截至发稿时，公职律师已有27名。', '明年，公职律师增至30名。', '2024年12月20日');
    expect(statusesWithId(facts, 'litigation_cases')).toEqual(['litigation_cases=7:achieved']);
    expect(statusesWithId(facts, 'public_lawyers')).toEqual(['public_lawyers=27:achieved', 'public_lawyers=30:plan']);
  });
});
