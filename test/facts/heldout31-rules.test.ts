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

describe('a target quoted and named as one', () => {
  const cityStatuses = paragraphStatuses(lexicon, '榆潭市2024年度法治政府建设情况报告');

  it('its figures are plans, its words govern nothing after it', () => {
    expect(districtStatuses('按照市里“9月底前完成清理”的要求,区政府如期完成规范性文件清理,废止7件。')).toEqual(['normative_docs_cleaned=7:achieved']);
    expect(districtStatuses('年初区政府提出“每季度至少专题研究一次法治政府建设”,全年区政府常务会议专题研究法治政府建设5次。')).toContain(
      'committee_rule_of_law_meetings=5:achieved',
    );
    expect(districtStatuses('全区公职律师达到97名,提前完成市里“年底前公职律师不少于90名”的任务。')).toEqual([
      'public_lawyers=97:achieved',
      'public_lawyers=90:plan',
    ]);
  });

  it('a target the superior set the body is a plan of its own', () => {
    expect(cityStatuses('省里要求“市政府常务会议全年学法不少于十次”,我市全年学法十三次。')).toEqual([
      'exec_meeting_law_study=10:plan',
      'exec_meeting_law_study=13:achieved',
    ]);
  });

  it('but a figure quoted as the result is achieved', () => {
    expect(districtStatuses('行政规范性文件审核率、报备率实现“双百”目标。')).not.toContain('normative_doc_review_rate=100:plan');
  });
});

describe('an intention between a subject and its figure', () => {
  it('计划 and 拟 stand between them as 力争 does, and make the figure a plan', () => {
    expect(districtStatuses('明年区执法记录仪总数计划达到420台,公职律师拟增至35名。')).toEqual(['body_cameras=420:plan', 'public_lawyers=35:plan']);
  });
});
