/**
 * The general rules added after the blind measurement of test/fixtures/heldout67 (final assessments, period
 * summaries and self-checks against the 示范 index), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

describe('a self-check against the 示范 index before its assessment', () => {
  const selfCheck = `青原县司法局关于法治政府建设示范指标评估自查情况的报告

县委依法治县办:

按照评估准备工作的要求,我局会同各单位对照示范指标逐项自查。县政府坚持依法行政,常务会议会前学法10次,法律顾问参与合法性审查,行政复议和普法工作稳步推进。现将自查情况报告如下。
`;

  it('is a paper of kind other', async () => {
    const { doc } = await read(selfCheck, 'qingyuan.txt');
    expect(doc.kind).toBe('other');
  });

  it('unlike the year’s own 自查报告 on 法治政府建设', async () => {
    const { doc } = await read(selfCheck.replace(/^.*\n/, '青原县2024年法治政府建设自查报告\n'), 'qingyuan.txt');
    expect(doc.kind).toBe('annual_report');
  });
});
