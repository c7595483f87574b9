/**
 * Leftovers taken up in session 49 by p53, on texts of our own: a bracket holding a year between a subject and its figure.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { paragraphStatuses } from './helpers.js';

const lexicon = await loadLexicon();
const county = paragraphStatuses(lexicon, '沅岭县2025年法治政府建设情况报告');
const of = (id: string, statuses: readonly string[]): string[] => statuses.filter((s) => s.startsWith(`${id}=`));

describe('a bracketed note with a year between a subject and its figure', () => {
  it('reads the figure past a note whose only digits are a year, as past one with none', () => {
    expect(of('body_cameras', county('全县共配备执法记录仪(含2025年新购置)362台。'))).toEqual(['body_cameras=362:achieved']);
    expect(of('legal_advisers', county('各乡镇法律顾问(2023年起由县司法局统一选聘)共31名。'))).toEqual(['legal_advisers=31:achieved']);
    expect(of('enforcement_subjects', county('全县行政执法主体(不含2025年撤并的2个乡镇)共58个。'))).toEqual([]);
  });

  it("reads the year's figure past a bracket giving another year's, never the bracket's", () => {
    expect(of('public_lawyers', county('全县公职律师(2024年为6名)共14名。'))).toEqual(['public_lawyers=14:achieved']);
    expect(of('legal_advisers', county('全县法律顾问(去年为18名)21名。'))).toEqual(['legal_advisers=21:achieved']);
  });

  it('reads no figure past a bracket naming a year alone', () => {
    expect(of('legal_advisers', county('全县法律顾问(2024年)共27名。'))).toEqual([]);
  });
});
