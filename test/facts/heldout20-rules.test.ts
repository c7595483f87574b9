/**
 * The general rule added after the blind measurement of test/fixtures/heldout20 whose outcome is a
 * status: a bound (不少于/不低于/至少) set for a year after the one reported on is a target, even
 * outside the plans section and without 计划/力争.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { paragraphStatuses } from './helpers.js';

const lexicon = await loadLexicon();
/** The facts of one paragraph of achievements in a whole report. */
const statuses = paragraphStatuses(lexicon, '某镇2021年度法治政府建设工作报告');

describe('a bound for a later year (2022年…不少于4次)', () => {
  it('is a plan, and the year’s figure before it is a result', () => {
    expect(statuses('镇政府常务会议学法7次,2022年镇党委会议专题研究法治建设不少于4次。')).toEqual([
      'exec_meeting_law_study=7:achieved',
      'committee_rule_of_law_meetings=4:plan',
    ]);
  });

  it('but a bound in the year reported on is a result', () => {
    expect(statuses('2021年镇党委会议专题研究法治建设不少于4次。')).toEqual(['committee_rule_of_law_meetings=4:achieved']);
  });
});
