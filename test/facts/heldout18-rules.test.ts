/**
 * The general rules added after the blind measurement of test/fixtures/heldout18 whose outcome is a
 * status (the others carry their examples in rules/): a report counted to a month before the year's
 * end may estimate the year's figure (预计全年…), which is no result, and such an estimate or target
 * in brackets after the figure (学法7次(预计全年达到10次)) is an aside that leaves the figure a result.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { paragraphStatuses } from './helpers.js';

const lexicon = await loadLexicon();
/** The facts of one paragraph of achievements in a whole report. */
const statuses = paragraphStatuses(lexicon, '某区2025年法治政府建设情况报告');

describe('an estimate of the year (预计)', () => {
  it('is a plan, and the figure counted so far is the result', () => {
    expect(statuses('截至11月底,区政府审结行政复议案件318件,预计全年审结350件左右。')).toEqual([
      'reconsideration_closed=318:achieved',
      'reconsideration_closed=350:plan',
    ]);
  });

  it('but a figure beyond what was expected is a result', () => {
    expect(statuses('全年调解矛盾纠纷1,260件,超出预计。')).toEqual(['disputes_mediated=1260:achieved']);
  });
});

describe('a plan marker inside brackets after a figure (学法7次(力争全年达到10次))', () => {
  it('governs the brackets only: the figure before them and the clauses after them report', () => {
    expect(statuses('县政府常务会议会前学法7次(力争全年达到10次),举办领导干部法治专题讲座4期。')).toEqual([
      'exec_meeting_law_study=7:achieved',
      'law_lectures=4:achieved',
    ]);
  });

  it('and leaves a plan before them in force', () => {
    expect(statuses('力争全年行政机关负责人出庭应诉率达到95%(上年为90%),学法不少于12次。')).toEqual(['head_appearance_rate=95:plan']);
  });
});
