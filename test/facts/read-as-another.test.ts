/**
 * Figures once read as facts they are not (found in heldout17, heldout35, heldout36), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { paragraphStatuses } from './helpers.js';

const lexicon = await loadLexicon();
const county = paragraphStatuses(lexicon, '枫溪县2024年法治政府建设情况报告');
const of = (id: string, statuses: readonly string[]): string[] => statuses.filter((s) => s.startsWith(`${id}=`));

describe('a total vouched for by a full review rate', () => {
  it('is no count of contracts when it takes in topics too; the share 其中 names is', () => {
    expect(of('contracts_reviewed', county('县政府常务会议议题、行政规范性文件、政府合同法律审核共计410件,审核率100%;其中政府合同136份。'))).toEqual([
      'contracts_reviewed=136:achieved',
    ]);
  });

  it('of contracts alone is the count, and a kind of them after 其中 is not', () => {
    expect(of('contracts_reviewed', county('法律顾问全年审查镇政府合同150份,其中工程合同42份。'))).toEqual(['contracts_reviewed=150:achieved']);
  });
});
