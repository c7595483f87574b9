/**
 * The general rules added after the blind measurement of test/fixtures/heldout42, on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { quotedValuesOf } from './helpers.js';

const lexicon = await loadLexicon();
const opinions = (body: string): unknown[] =>
  quotedValuesOf(lexicon, `青岭区人民政府关于2024年度法治政府建设情况的报告\n一、主要举措和成效\n${body}\n`, 'legality_review_opinions');

describe('legal opinions of public lawyers', () => {
  it.each([
    '全区公职律师全年参与处理法律事务520余件,出具法律意见书160份,代理行政诉讼案件19件。',
    '各部门公职律师共办理各类法律事务860件,出具法律意见书240份。',
    '公职律师积极参与处理涉法事务,出具法律意见书66份,提供法律咨询300余次。',
  ])('told among their workload of legal affairs count no review: %s', (body) => {
    expect(opinions(body)).toEqual([]);
  });

  it.each([
    ['区政府聘请法律顾问3名,另有公职律师5名,全年为区政府出具法律意见书72份。', 72],
    ['公职律师全年审查合同协议28份,出具法律意见书35份。', 35],
  ])('issued to the body or in review count: %s', (body, value) => {
    expect(opinions(body)).toEqual([value]);
  });
});
