/**
 * The general rules added after the blind measurement of test/fixtures/heldout98 (totals and their breakdowns): the
 * figures of a list of the body's departments are theirs; the body's own share of its superior's total is the body's.
 * The parts of a total by kind, unit or post are the breakdowns pass's (test/facts/breakdowns.test.ts). On texts of
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { paragraphStatuses, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();
const statuses = paragraphStatuses(lexicon, '柘坪县2024年法治政府建设情况报告');
const of = (paragraph: string, id: string) => statusesWithId(statuses(paragraph), id);

describe('分别 after a list of the body’s departments', () => {
  it('gives none of the departments’ figures to the body', () => {
    expect(of('县公安局、县交通运输局、县应急管理局三家单位持证执法人员分别为186名、73名、41名。', 'enforcement_officers')).toEqual([]);
  });

  it('but a list of what was counted still pairs each figure with its item', () => {
    expect(of('全县行政执法主体、持证执法人员分别有38个、1,126名。', 'enforcement_officers')).toEqual(['enforcement_officers=1126:achieved']);
  });
});

describe('the body’s own share of its superior’s total, after 其中', () => {
  it('counts what the total’s subject names', () => {
    expect(of('全市共聘请政府法律顾问246名,其中我县29名。', 'legal_advisers')).toEqual(['legal_advisers=29:achieved']);
  });

  it('but another place’s share is not the body’s', () => {
    expect(of('全市共聘请政府法律顾问246名,其中榆川县29名。', 'legal_advisers')).toEqual([]);
  });
});

describe('经清理 before the repeal, after the stock gone over', () => {
  it('counts the documents repealed, not those gone over or amended', () => {
    expect(of('对县政府行政规范性文件开展全面梳理,梳理文件75件,经清理废止9件、修改5件。', 'normative_docs_cleaned')).toEqual([
      'normative_docs_cleaned=9:achieved',
    ]);
  });

  it('but a cleanup that only went over the stock counts none', () => {
    expect(of('对县政府行政规范性文件开展全面梳理,梳理文件75件,经清理全部继续有效。', 'normative_docs_cleaned')).toEqual([]);
  });
});
