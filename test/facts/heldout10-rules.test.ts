/**
 * The general rules added after the blind measurement of test/fixtures/heldout10 (status and
 * document kind): a date still to come (将于…前) is a plan, a per-period rule named as the plan
 * followed (按照"每月至少…"的计划安排) governs its own clause only, a plan of a later year
 * (制定了2022年度…计划 in a 2021 report) makes what follows its content, and a clause that opens
 * with an earlier year (督察指出:2020年…仅为38%) tells of that year, and one that opens with the
 * year reported on (,2021年…达到86%) leaves what the inspectors found (rules/sections.yaml findings).
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { paragraphStatuses } from './helpers.js';

const lexicon = await loadLexicon();
/** The facts of one paragraph of achievements in a whole report. */
const statuses = paragraphStatuses(lexicon, '某县2021年法治政府建设情况报告');

describe('a plan phrased as a report', () => {
  it('is a plan when its date is still to come (将于…)', () => {
    expect(statuses('县里已下达的执法记录仪3台将于年底前配发到位,届时实现乡镇法律顾问全覆盖。')).toEqual([
      'body_cameras=3:plan',
      'legal_adviser_coverage_rate=100:plan',
    ]);
  });
});

describe('a plan of a year after the one reported on', () => {
  it('makes the clauses after it its content', () => {
    expect(statuses('县政府制定了2022年度常务会议会前学法计划,全年安排学法10次。')).toEqual(['exec_meeting_law_study=10:plan']);
  });

  it('but a plan of the year itself does not', () => {
    expect(statuses('县政府制定了2021年度常务会议会前学法计划,全年会前学法10次。')).toEqual(['exec_meeting_law_study=10:achieved']);
  });
});

describe('a report phrased as a plan', () => {
  it('reports what was done after the per-period rule it followed (的计划安排)', () => {
    expect(statuses('按照“每月至少学法1次”的计划安排,县政府常务会议全年会前学法11次。')).toEqual(['exec_meeting_law_study=11:achieved']);
  });
});

describe('a clause that opens with an earlier year', () => {
  it('tells of that year, not the year reported on', () => {
    expect(statuses('督察指出:2020年全县负责人出庭应诉率仅为38%,2021年负责人出庭应诉率达到86%。')).toEqual(['head_appearance_rate=86:achieved']);
  });

  it('after what an inspection found, the clause on the year reported on keeps its status', () => {
    expect(statuses('督察指出:全县负责人出庭应诉率仅为38%。今年全县负责人出庭应诉率达到86%。')).toEqual([
      'head_appearance_rate=38:gap',
      'head_appearance_rate=86:achieved',
    ]);
    expect(statuses('巡察发现:常务会议会前学法仅2次,本年度县政府常务会议会前学法12次。')).toEqual([
      'exec_meeting_law_study=2:gap',
      'exec_meeting_law_study=12:achieved',
    ]);
  });

  it('but what the inspectors found stays a gap, of the year reported on too', () => {
    expect(statuses('督察指出:全县负责人出庭应诉率仅为38%,部分部门负责人长期不出庭。')).toEqual(['head_appearance_rate=38:gap']);
    expect(statuses('督察指出:2021年全县负责人出庭应诉率仅为38%。')).toEqual(['head_appearance_rate=38:gap']);
  });

  it('but one of its months may open the year reported on', () => {
    expect(statuses('2020年12月以来,全县受理行政复议申请41件。')).toEqual(['reconsideration_cases=41:achieved']);
  });
});
