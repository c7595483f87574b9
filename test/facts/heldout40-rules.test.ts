/**
 * The general rules added after the blind measurement of test/fixtures/heldout40, on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { quotedValuesOf } from './helpers.js';

const lexicon = await loadLexicon();
const valuesOf = (text: string, id: string): unknown[] => quotedValuesOf(lexicon, text, id);

const REPORT = (body: string) => `柳川县人民政府关于2023年度法治政府建设情况的报告
一、主要举措和成效
${body}
`;

describe('a count listed after another count of its subject', () => {
  it.each([
    ['年内新购置执法记录仪八十台、全县在用三百二十台,实现执法全过程记录。', [80, 320]],
    ['为各执法中队新配执法记录仪24台、全镇现有执法记录仪96台。', [24, 96]],
    ['新配备执法记录仪40台、累计配备300台。', [40, 300]],
  ])('reads the purchase and the stock in %s', (body, values) => {
    expect(valuesOf(REPORT(body), 'body_cameras')).toEqual(values);
  });

  it('leaves a listed count that names a subject of its own to that subject', () => {
    expect(valuesOf(REPORT('新购置执法记录仪50台、执法车辆在用30台。'), 'body_cameras')).toEqual([50]);
  });
});
