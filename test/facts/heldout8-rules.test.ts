/**
 * The general rules added after the blind measurement of test/fixtures/heldout8: a plan aside
 * that states its own value inside a sentence of achievements ends at ";", a requirement named as
 * such (…的要求) governs its own clause only, and a clause that only says what a plan will raise
 * the value to (力争明年达到30名) continues the subject before it.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { paragraphStatuses } from './helpers.js';

const lexicon = await loadLexicon();
/** The facts of one paragraph of achievements in a whole report (";" stays inside its sentence). */
const statuses = paragraphStatuses(lexicon, '某市2023年法治政府建设情况报告');

describe('a plan aside inside a sentence of achievements', () => {
  it('ends at ";" once it has stated its value', () => {
    expect(statuses('县政府常务会议学法9次,计划每月至少1次;举办领导干部法治讲座2期,拟于明年增加到4期。')).toEqual([
      'exec_meeting_law_study=9:achieved',
      'law_lectures=2:achieved',
      // what the count before it is to reach takes its subject, as a plan
      'law_lectures=4:plan',
    ]);
  });

  it('ends at ";" after framing words too', () => {
    expect(statuses('区政府高度重视法治学习,计划每季度至少学法2次;全年区政府常务会议学法9次。')).toEqual(['exec_meeting_law_study=9:achieved']);
  });

  it('goes on past ";" when it opens a list of its items with a colon (heldout37)', () => {
    expect(statuses('2021年是规划的开局之年,区政府将对照到2025年的目标抓好落实:执法人员每人每年培训不少于60学时;负责人出庭应诉率达到90%以上。')).toEqual([
      'enforcement_training_hours=60:plan',
      'head_appearance_rate=90:plan',
    ]);
  });

  it('goes on past ";" in a sentence that opens with the plan', () => {
    expect(statuses('明年力争新增公职律师12名;执法记录仪配备总数达到300台。')).toEqual(['public_lawyers=12:plan', 'body_cameras=300:plan']);
  });

  it('goes on past "," as before', () => {
    expect(statuses('全市公职律师19名,计划明年新增公职律师8名,执法记录仪配备总数达到300台。')).toEqual([
      'public_lawyers=19:achieved',
      'public_lawyers=8:plan',
      'body_cameras=300:plan',
    ]);
  });
});

describe('a requirement named as such (…的要求)', () => {
  it('is a plan in its own clause, and the clauses after it report what was done', () => {
    expect(statuses('按照每人每年不少于60学时的要求,全年组织执法人员培训1200人次。')).toEqual([
      'enforcement_training_hours=60:plan',
      'enforcement_training_participants=1200:achieved',
    ]);
  });

  it('is a plan without a bound when a per-period frame is named a requirement', () => {
    expect(statuses('执法人员人均培训达到52学时,距每人每年60学时的要求尚有差距。')).toEqual([
      'enforcement_training_hours=52:achieved',
      'enforcement_training_hours=60:plan',
    ]);
  });

  it('leaves a requirement that is the sentence’s intention governing the clauses after it', () => {
    expect(statuses('要求执法人员每人每年参加培训不少于60学时,法制审核人员不少于5名。')).toEqual([
      'enforcement_training_hours=60:plan',
      'legal_review_staff=5:plan',
    ]);
  });
});

describe('a clause that only says what a plan will raise the value to', () => {
  it('continues the subject of the clause before it, as a plan', () => {
    expect(statuses('行政机关负责人出庭应诉率81.2%,力争2025年达到95%以上。')).toEqual(['head_appearance_rate=81.2:achieved', 'head_appearance_rate=95:plan']);
    expect(statuses('全市公职律师19名,拟于明年增加到30名。')).toEqual(['public_lawyers=19:achieved', 'public_lawyers=30:plan']);
  });

  it('continues it with the whole year after a quarter: a plan when intended, else what was done (heldout41)', () => {
    expect(statuses('前三季度镇政府会前学法八次,确保全年达到十二次。')).toEqual(['exec_meeting_law_study=8:achieved', 'exec_meeting_law_study=12:plan']);
    expect(statuses('第四季度区政府常务会议学法3次,全年达到11次。')).toEqual(['exec_meeting_law_study=3:achieved', 'exec_meeting_law_study=11:achieved']);
  });

  it('does not when the clause names a subject of its own', () => {
    expect(statuses('全市公职律师19名,力争明年组建30个法律服务团队。')).toEqual(['public_lawyers=19:achieved']);
  });
});
