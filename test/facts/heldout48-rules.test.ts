/**
 * The general rules added after the blind measurement of test/fixtures/heldout48, on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

describe('a leader’s own paper: who reports and what kind of paper it is', () => {
  it('reads the place before 人民政府 and its head’s post (某县人民政府县长…述法报告) as the county', async () => {
    const speech = `青枫县人民政府县长2024年度述法报告
（2025年1月15日在县委全面依法治县委员会会议上）
按照县委的安排，我把一年来带头学法、推动县政府依法行政的情况报告如下。县政府常务会议会前学法5次，聘请法律顾问4名，行政复议和普法工作有序推进。
`;
    const { doc, facts } = await read(speech, 'shufa.txt');
    expect(doc.kind).toBe('other');
    expect(doc.place).toBe('青枫县');
    expect(doc.level).toBe('county');
    expect(facts).toEqual(expect.arrayContaining(['exec_meeting_law_study=5:achieved', 'legal_advisers=4:achieved']));
  });

  it('takes a party secretary’s 第一责任人 report for another paper, written by the 镇 (中共某镇委员会 is the place itself)', async () => {
    const paper = `# 中共槐溪镇委员会书记2024年度履行推进法治建设第一责任人职责情况报告

**报告人：** 中共槐溪镇委员会书记

一年来，我带领镇党委班子坚持依法行政，推进法治政府建设。现将履职情况报告如下。

## 一、主要工作

- 镇党委会议专题研究法治建设工作3次，镇政府聘请法律顾问2名，做好行政复议和普法工作。
`;
    const { doc, facts } = await read(paper, 'diyizerenren.md');
    expect(doc.kind).toBe('other');
    expect(doc.place).toBe('槐溪镇');
    expect(doc.level).toBe('township');
    expect(facts).toEqual(expect.arrayContaining(['legal_advisers=2:achieved']));
  });

  it('keeps a department’s year report that also covers its head’s duties an annual report', async () => {
    const report = `云岭县司法局2024年度法治政府建设情况暨主要负责人履行推进法治建设第一责任人职责情况报告
2024年，我局坚持依法行政，推进法治政府建设，聘请法律顾问2名，做好行政复议和普法工作。现将有关情况报告如下。
`;
    const { doc } = await read(report, 'baogao.txt');
    expect(doc.kind).toBe('annual_report');
    expect(doc.level).toBe('department');
  });
});
