/**
 * The general rules added after the blind measurement of test/fixtures/heldout177 (whose figure: 全市, 市本级, 市直部门
 * and 县（市、区）), on texts of our own: a list of the kinds of matter an act is done for or on (为市政府重大决策、规范性文件、
 * 合同等出具审查意见…件) is a modifier of what is counted, so a distractor among the kinds (规范性文件 for the opinions) is one
 * of what the count covers (rules/facts.yaml object_modifiers); a place's whole after the noun it counts (执法记录仪全市配备
 * 2540台) is a context word, the report's own whole reading the figure and the superior's (全市 in a county's report) parting
 * it (rules/facts.yaml context, passes/context.ts reaches); the appeals the units under a city decide as 复议机关 (各县(区)政府
 * 共受理602件) are their own acts, not the city's, in a clause they open or in an item of a list of counted clauses they
 * open (其中市政府受理487件、各县(市、区)政府受理685件: rules/passes.yaml subordinate_level.own_acts, cues.ts
 * countedItemAt). The page-template part (a running line's size is the lower median of its pages') is tested in
 * test/ingest/page-lines.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const report = (title: string, ...lines: string[]) => `${title}\n一、主要工作\n${lines.join('\n')}\n`;
const read = async (title: string, id: string, ...lines: string[]) =>
  statusesWithId((await readFileQuoted(lexicon, report(title, ...lines), 'own.txt')).facts, id);

const BUREAU = '蓥川市司法局2025年度法治政府建设情况报告';
const CITY = '蓥川市人民政府2024年度法治政府建设情况报告';
const COUNTY = '蓥川县人民政府2024年度法治政府建设情况报告';

describe('the kinds of matter an act is done for, listed before it', () => {
  it('make the opinions issued on them all one count, though 规范性文件 is among them', async () => {
    expect(
      await read(BUREAU, 'legality_review_opinions', '全年为市政府重大行政决策、规范性文件、政府合同等出具合法性审查意见214件，其中审查合同96份。'),
    ).toEqual(['legality_review_opinions=214:achieved']);
    expect(await read(BUREAU, 'legality_review_opinions', '本局对重大行政决策、规范性文件等出具审查意见58件。')).toEqual([
      'legality_review_opinions=58:achieved',
    ]);
  });

  it('but opinions on the documents alone are no such list', async () => {
    expect(await read(BUREAU, 'legality_review_opinions', '全年对市政府规范性文件草案出具审查意见40件。')).toEqual([]);
  });
});

describe('a place’s whole after the noun it counts', () => {
  it('is the report’s own figure where the whole is its own', async () => {
    expect(await read(CITY, 'body_cameras', '执法记录仪全市配备1860台，实现执法全过程记录。')).toEqual(['body_cameras=1860:achieved']);
    expect(await read(COUNTY, 'public_lawyers', '公职律师全县共有64名，覆盖县直各部门。')).toEqual(['public_lawyers=64:achieved']);
  });

  it('is the superior’s figure where the whole is the superior’s, but a 县级市’s own 全市', async () => {
    expect(await read(COUNTY, 'body_cameras', '执法记录仪全市配备1860台，全县配备执法记录仪212台。')).toEqual(['body_cameras=212:achieved']);
    expect(await read(COUNTY, 'head_appearance_rate', '行政机关负责人出庭应诉率全市为93.1%。')).toEqual([]);
    expect(await read('蓥川市（县级市）人民政府2024年度法治政府建设情况报告', 'body_cameras', '执法记录仪全市配备412台。')).toEqual([
      'body_cameras=412:achieved',
    ]);
  });
});

describe('the appeals the units under a city decide as 复议机关', () => {
  it('are theirs in a clause they open', async () => {
    expect(await read(CITY, 'reconsideration_cases', '市政府作为行政复议机关，全年受理行政复议申请318件，审结301件；各县（区）政府共受理547件。')).toEqual([
      'reconsideration_cases=318:achieved',
    ]);
    expect(await read(CITY, 'reconsideration_closed', '市政府审结复议案件301件，各县（市、区）政府共审结512件。')).toEqual([
      'reconsideration_closed=301:achieved',
    ]);
  });

  it('and in an item they open of a list of counted clauses, the city’s own part still read', async () => {
    const facts = await read(CITY, 'reconsideration_cases', '全市受理行政复议案件1090件，其中市政府受理420件、各县（市、区）政府受理670件。');
    expect(facts).toContain('reconsideration_cases=1090:achieved');
    expect(facts).not.toContain('reconsideration_cases=670:achieved');
  });

  it('but a clause of the city’s whole, and the items of one subject’s own list, stay the city’s', async () => {
    expect(await read(CITY, 'reconsideration_cases', '全市各级行政复议机关共受理复议案件1090件。')).toEqual(['reconsideration_cases=1090:achieved']);
    expect(await read(CITY, 'reconsideration_closed', '市政府全年受理复议案件420件、审结398件。')).toEqual(['reconsideration_closed=398:achieved']);
  });
});
