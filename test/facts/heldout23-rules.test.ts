/**
 * The general rules added after the blind measurement of test/fixtures/heldout23, on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { loadLexicon } from '../../src/facts/index.js';
import { sourceOf } from '../document/helpers.js';
import { paragraphStatuses } from './helpers.js';

const lexicon = await loadLexicon();
/** The facts of one paragraph of achievements in a county's and a township's whole report. */
const countyStatuses = paragraphStatuses(lexicon, '梧溪县2021年法治政府建设情况报告');
const townshipStatuses = paragraphStatuses(lexicon, '石门乡2017年依法行政工作报告');

describe('a summary of part of a year (上半年, 前三季度)', () => {
  const kind = (text: string): string => buildDocument(sourceOf(text)).kind;
  const body = '区政府坚持依法行政,推进法治政府建设,审查规范性文件6件,办理行政复议案件11件,法律顾问参与合法性审查。现将有关情况报告如下。\n';

  it('is no annual report, whatever it plans for the rest of the year', () => {
    expect(kind(`梅岭区2022年上半年法治政府建设工作总结及下半年工作打算\n${body}`)).toBe('other');
    expect(kind(`梅岭区2022年前三季度法治政府建设情况汇报\n${body}`)).toBe('other');
    expect(kind(`梅岭区2022年1—6月依法行政工作情况\n${body}`)).toBe('other');
  });

  it('but a year’s report that names a part of the year in its body is one', () => {
    expect(kind(`梅岭区2022年法治政府建设情况报告\n上半年,${body}`)).toBe('annual_report');
    expect(kind(`梅岭区2022年1—12月法治政府建设情况报告\n${body}`)).toBe('annual_report');
  });
});

describe('a span of years named by a 普法 period or a government’s term', () => {
  it('makes the figures after it no figures of the year', () => {
    expect(townshipStatuses('“六五”普法期间(2011—2015年),全乡累计调解矛盾纠纷2,310件。全年人民调解组织调解矛盾纠纷96件。')).toEqual([
      'disputes_mediated=96:achieved',
    ]);
    expect(countyStatuses('本届政府以来,县政府累计审查政府合同560件。全年审查县政府合同协议72件。')).toEqual(['contracts_reviewed=72:achieved']);
  });

  it('up to a clause that opens with the year', () => {
    expect(countyStatuses('本届政府任期内累计审查政府合同560件,2021年审查县政府合同协议72件。')).toEqual(['contracts_reviewed=72:achieved']);
  });
});
