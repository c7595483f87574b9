/**
 * The general rules added after the blind measurement of test/fixtures/heldout18 whose outcome is a
 * status (the others carry their examples in rules/): a report counted to a month before the year's
 * end may estimate the year's figure (预计全年…), which is no result.
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
