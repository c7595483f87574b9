import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import ExcelJS from 'exceljs';
import { UserError } from '../../src/errors.js';
import { renderBatchXlsx } from '../../src/render/xlsx.js';
import { renderOverviewHtml } from '../../src/render/overview.js';
import { rankEntries, type BatchEntry } from '../../src/render/ranking.js';
import { renderHtml } from '../../src/render/html.js';
import { findReports, scoreAll } from '../../src/commands/batch.js';
import { uniqueStems } from '../../src/commands/common.js';
import { fixtureResults, fixtureSource, scorecardFrom } from './fixtures.js';
import type { Evaluated } from '../../src/pipeline.js';

// the batch pieces under test take a checker as a parameter; the real pipeline is not needed here
vi.mock('../../src/pipeline.js', () => ({ Checker: {} }));

/** Three districts: two tie on score, one is lower. */
function entries(): BatchEntry[] {
  const all = fixtureResults();
  const weaker = all.map((r) => (r.indicator === 'decision.catalogue-published' ? { ...r, status: 'unmet' as const, earned: 0 } : r));
  return [
    { input: 'in/甲区.txt', stem: '甲区', scorecard: scorecardFrom(all, { place: '样例市甲区', file: 'in/甲区.txt' }) },
    { input: 'in/乙区.txt', stem: '乙区', scorecard: scorecardFrom(weaker, { place: '样例市乙区', file: 'in/乙区.txt' }) },
    { input: 'in/丙区.txt', stem: '丙区', scorecard: scorecardFrom(all, { place: '样例市丙区', file: 'in/丙区.txt' }) },
  ];
}

describe('ranking', () => {
  it('ranks by score; ties share a rank and the next rank skips', () => {
    const ranked = rankEntries(entries());
    expect(ranked.map((e) => [e.scorecard.document.place, e.rank])).toEqual([
      ['样例市丙区', 1],
      ['样例市甲区', 1],
      ['样例市乙区', 3],
    ]);
  });

  it('lists an implementation plan after the reports, unranked, even with a higher score', () => {
    const plan: BatchEntry = { input: 'in/方案.txt', stem: '方案', scorecard: scorecardFrom(fixtureResults(), { place: '样例市丁区', file: 'in/方案.txt', kind: 'plan' }) };
    plan.scorecard.total.score = 100;
    const ranked = rankEntries([plan, ...entries()]);
    expect(ranked.map((e) => [e.scorecard.document.place, e.rank])).toEqual([
      ['样例市丙区', 1],
      ['样例市甲区', 1],
      ['样例市乙区', 3],
      ['样例市丁区', null],
    ]);
  });
});

describe('batch workbook', () => {
  it('holds the ranking, the indicator matrix, the evidence and the failures, read back with exceljs', async () => {
    const bytes = await renderBatchXlsx(entries(), [{ input: 'in/坏文件.pdf', reason: '无法读取 PDF' }]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['排名', '指标矩阵', '佐证', '未能评分']);

    const ranking = workbook.getWorksheet('排名')!;
    const header = ranking.getRow(1).values as unknown[];
    expect(header).toEqual(expect.arrayContaining(['排名', '地区', '层级', '年度', '总分']));
    expect(header.some((h) => typeof h === 'string' && h.includes('重大行政决策科学民主合法'))).toBe(true);
    const rows = [2, 3, 4].map((n) => ranking.getRow(n).values as unknown[]);
    expect(rows.map((r) => [r[1], r[2]])).toEqual([
      [1, '样例市丙区'],
      [1, '样例市甲区'],
      [3, '样例市乙区'],
    ]);
    expect(rows[0]![3]).toBe('区级');

    const matrix = workbook.getWorksheet('指标矩阵')!;
    const firstIndicator = matrix.getRow(2).getCell(3);
    expect(firstIndicator.value).toBe('达标:3项');
    expect((firstIndicator.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFD7F0DD');
    expect(matrix.getRow(4).getCell(3).value).toBe('未达标:3项');

    const evidence = workbook.getWorksheet('佐证')!;
    expect(evidence.getRow(2).values).toEqual(expect.arrayContaining(['样例市丙区', '达标', '公布重大行政决策事项3项']));
    expect(workbook.getWorksheet('未能评分')!.getRow(2).values).toEqual(expect.arrayContaining(['in/坏文件.pdf', '无法读取 PDF']));
  });

  it('overview page: ranking, heat map, failures, all escaped', () => {
    const list = entries();
    list[0]!.scorecard.document.place = '<img src=x onerror=alert(1)>区';
    const html = renderOverviewHtml(list, [{ input: 'x.pdf', reason: '<script>alert(1)</script>' }]);
    expect(html).toContain('id="ranking"');
    expect(html).toContain('id="heatmap"');
    expect(html).toContain('id="failures"');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>alert(1)');
  });
});

describe('batch command pieces', () => {
  it('gives every input its own output stem, avoiding reserved names', () => {
    expect(uniqueStems(['a/report.txt', 'b/report.txt', 'report.docx', 'summary.pdf'], ['summary', 'overview'])).toEqual(['report', 'report-2', 'report-3', 'summary-2']);
  });

  it('finds reports recursively, skipping hidden files, the output folder and its own pages', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duibiao-batch-'));
    const out = path.join(dir, 'out');
    await fs.mkdir(path.join(dir, 'sub'), { recursive: true });
    await fs.mkdir(out);
    await fs.mkdir(path.join(dir, '.hidden'));
    await Promise.all([
      fs.writeFile(path.join(dir, 'a.txt'), '甲'),
      fs.writeFile(path.join(dir, 'sub', 'b.docx'), ''),
      fs.writeFile(path.join(dir, 'sub', 'c.HTM'), '<p>丙</p>'),
      fs.writeFile(path.join(dir, 'notes.md'), ''),
      fs.writeFile(path.join(dir, '.d.txt'), ''),
      fs.writeFile(path.join(dir, '.hidden', 'e.txt'), ''),
      fs.writeFile(path.join(out, 'a.html'), ''),
      fs.writeFile(path.join(dir, 'old-report.html'), renderHtml(entries()[0]!.scorecard, fixtureSource())),
    ]);
    const found = await findReports([dir], out);
    expect(found.map((f) => path.relative(dir, f)).sort()).toEqual(['a.txt', path.join('sub', 'b.docx'), path.join('sub', 'c.HTM')]);
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('records a failing file and goes on with the rest', async () => {
    const checker = {
      async check(file: string): Promise<Evaluated> {
        if (file.includes('bad')) throw new UserError('无法识别的文件格式', { file });
        if (file.includes('crash')) throw new TypeError('boom');
        return { scorecard: entries()[0]!.scorecard, source: fixtureSource() } as unknown as Evaluated;
      },
    };
    const { entries: scored, failures } = await scoreAll(checker, ['x/a.txt', 'x/bad.txt', 'y/a.txt', 'crash.pdf']);
    expect(scored.map((e) => e.stem)).toEqual(['a', 'a-2']);
    expect(failures).toEqual([
      { input: 'x/bad.txt', reason: '无法识别的文件格式' },
      { input: 'crash.pdf', reason: '内部错误:boom' },
    ]);
  });
});
