/**
 * The general rules added after the blind measurement of test/fixtures/heldout26 that need a report's
 * year (the lexicon's own examples have none): a clause that dates its act in a month of a later year
 * (另有1件于2024年1月办结 in a 2023 report) counts nothing of the year reported on.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { paragraphStatuses } from './helpers.js';

const lexicon = await loadLexicon();
/** The facts of one paragraph of achievements in a whole report. */
const statuses = paragraphStatuses(lexicon, '某县2021年法治政府建设情况报告');

describe('a clause that dates its act in a later year', () => {
  it('counts nothing of the year reported on', () => {
    expect(statuses('全年收到政府信息公开申请12件,按期答复10件,其余2件于2022年1月答复。')).toEqual([
      'disclosure_requests=12:achieved',
      'disclosure_requests_closed=10:achieved',
    ]);
    expect(statuses('审结行政复议案件15件,另有3件已于2022年2月审结。')).toEqual(['reconsideration_closed=15:achieved']);
  });

  it('but a month of the year itself, or a date still to come, does', () => {
    expect(statuses('全年收到政府信息公开申请12件,其中2件于2021年12月答复。')).toEqual([
      'disclosure_requests=12:achieved',
      'disclosure_requests_closed=2:achieved',
    ]);
    expect(statuses('新购执法记录仪20台,将于2022年1月配发到位。')).toEqual(['body_cameras=20:achieved']);
  });
});
