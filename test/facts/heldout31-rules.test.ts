/**
 * The general rules added after the blind measurement of test/fixtures/heldout31, on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { paragraphStatuses } from './helpers.js';

const lexicon = await loadLexicon();
const districtStatuses = paragraphStatuses(lexicon, '枫岙区2024年度法治政府建设情况报告');

describe('a target stated beside the result of the year', () => {
  it('目标: and 目标为 state a target: its figures are plans, and what was actually done is achieved', () => {
    expect(districtStatuses('年度目标:持证执法人员培训不少于800人次,执法记录仪总数达到300台。')).toEqual([
      'enforcement_training_participants=800:plan',
      'body_cameras=300:plan',
    ]);
    expect(districtStatuses('区政府常务会议会前学法的目标为十二次,实际开展十四次。')).toEqual([
      'exec_meeting_law_study=12:plan',
      'exec_meeting_law_study=14:achieved',
    ]);
    expect(districtStatuses('全年计划培训执法人员900人次,实际培训1,020人次。')).toEqual([
      'enforcement_training_participants=900:plan',
      'enforcement_training_participants=1020:achieved',
    ]);
  });

  it('but a result weighed against a target is achieved', () => {
    expect(districtStatuses('完成情况:全区公职律师达到61名,超出目标6名。')).toEqual(['public_lawyers=61:achieved']);
    expect(districtStatuses('区政府常务会议专题研究法治政府建设4次,均达到目标。')).toEqual(['committee_rule_of_law_meetings=4:achieved']);
    expect(districtStatuses('结合实际,全年审查区政府合同45件。')).toEqual(['contracts_reviewed=45:achieved']);
  });
});
