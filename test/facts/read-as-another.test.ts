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

describe('what a count is made of, or what an act went through', () => {
  it('cases carried over from an earlier year are a part of the cases, no count of them', () => {
    expect(of('reconsideration_cases', county('全年办理行政复议案件61件,案件总数中含上年度积存的复议案件7件。'))).toEqual([
      'reconsideration_cases=61:achieved',
    ]);
    expect(of('litigation_cases', county('本年度行政应诉案件中有结转案件4件。'))).toEqual([]);
  });

  it('the documents in force a cleanup went through are its scope; what it repealed is the count', () => {
    expect(of('normative_docs_cleaned', county('对现行有效的区政府规范性文件二百零六件开展全面清理,宣布失效十一件、修改四件。'))).toEqual([
      'normative_docs_cleaned=11:achieved',
    ]);
  });
});
