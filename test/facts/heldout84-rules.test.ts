/**
 * The general rules added after the blind measurement of test/fixtures/heldout84 (one sentence, several figures: 分别,
 * 依次, 各, 均, 同比), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { quotedValuesOf } from './helpers.js';

const lexicon = await loadLexicon();
const values = (text: string, id: string) => quotedValuesOf(lexicon, text, id);

describe('依次 pairs a list with its figures as 分别 does', () => {
  it('member by member, in several units', () => {
    const text = '截至年底,全区行政执法主体、持证执法人员、法制审核人员依次为37个、1,052名、44名。';
    expect(values(text, 'enforcement_subjects')).toEqual([37]);
    expect(values(text, 'enforcement_officers')).toEqual([1052]);
    expect(values(text, 'legal_review_staff')).toEqual([44]);
  });

  it('member by member, in one unit: each rate its own', () => {
    const text = '区政府办理的建议和提案,按时办复率、代表委员满意率依次为100%、97.3%。';
    expect(values(text, 'proposals_completion_rate')).toEqual([100]);
    expect(values(text, 'proposals_satisfaction_rate')).toEqual([97.3]);
  });
});
