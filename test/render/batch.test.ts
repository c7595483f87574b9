import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { renderBatchXlsx } from './workbook.js';
import { renderOverviewHtml } from '../../src/render/overview.js';
import {
  IndicatorColumns,
  SharedParts,
  batchScore,
  inRegion,
  rankEntries,
  regionOf,
  regionText,
  type BatchDetail,
  type BatchScore,
} from '../../src/render/ranking.js';
import { renderHtml } from '../../src/render/html.js';
import { findReports } from '../../src/commands/batch.js';
import { uniqueStems } from '../../src/commands/common.js';
import { fixtureResults, fixtureSource, scorecardFrom } from './fixtures.js';
import type { Scored } from './workbook.js';

/** Three districts: two tie on score, one is lower. */
function entries(): Scored[] {
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
    const plan: Scored = {
      input: 'in/方案.txt',
      stem: '方案',
      scorecard: scorecardFrom(fixtureResults(), { place: '样例市丁区', file: 'in/方案.txt', kind: 'plan' }),
    };
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

describe('grouping and filtering by province and city', () => {
  const district = scorecardFrom(fixtureResults(), {
    place: '上城区',
    level: 'district',
    code: '330102',
    parents: { province: '浙江省', city: '杭州市' },
  }).document;
  const cityItself = scorecardFrom(fixtureResults(), { place: '杭州市', level: 'city', code: '3301', parents: { province: '浙江省', city: null } }).document;
  const municipal = scorecardFrom(fixtureResults(), {
    place: '和平区',
    level: 'district',
    code: '120101',
    parents: { province: '天津市', city: null },
  }).document;
  const unknown = scorecardFrom(fixtureResults(), { place: '某区', level: 'district' }).document;

  it("names the province and city of a report, a city's own report in itself", () => {
    expect(regionText(regionOf(district))).toBe('浙江省 杭州市');
    expect(regionText(regionOf(cityItself))).toBe('浙江省 杭州市');
    expect(regionText(regionOf(municipal))).toBe('天津市');
    expect(regionText(regionOf(unknown))).toBe('未识别');
  });

  it('keeps the reports of the province and city asked for, by full or short name', () => {
    expect(inRegion(regionOf(district), { province: '浙江省' })).toBe(true);
    expect(inRegion(regionOf(district), { province: '浙江', city: '杭州' })).toBe(true);
    expect(inRegion(regionOf(cityItself), { city: '杭州市' })).toBe(true);
    expect(inRegion(regionOf(municipal), { city: '天津市' })).toBe(true);
    expect(inRegion(regionOf(district), { city: '宁波市' })).toBe(false);
    expect(inRegion(regionOf(unknown), { province: '浙江省' })).toBe(false);
    expect(inRegion(regionOf(unknown), {})).toBe(true);
  });
});

describe('batch workbook', () => {
  it('holds the ranking, the indicator matrix, the evidence and the failures, read back with exceljs', async () => {
    const bytes = await renderBatchXlsx(entries(), [{ input: 'in/坏文件.pdf', reason: '无法读取 PDF' }], {
      written: ['甲区.json', '甲区.html'],
      skipped: [{ input: 'in/\u001b[2J链接.txt', reason: '符号链接,未跟随' }],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['排名', '指标矩阵', '佐证', '未能评分', '本次输出', '跳过的输入']);
    expect(
      workbook
        .getWorksheet('本次输出')!
        .getSheetValues()
        .slice(2)
        .map((r) => (r as unknown[])[1]),
    ).toEqual(['甲区.json', '甲区.html']);
    // a control character of a file name is shown escaped, never written into the sheet
    expect(workbook.getWorksheet('跳过的输入')!.getRow(2).values).toEqual(expect.arrayContaining(['in/\\x1b[2J链接.txt', '符号链接,未跟随']));

    const ranking = workbook.getWorksheet('排名')!;
    const header = ranking.getRow(1).values as unknown[];
    expect(header).toEqual(expect.arrayContaining(['排名', '地区', '省/市', '层级', '年度', '总分']));
    expect(header.some((h) => typeof h === 'string' && h.includes('重大行政决策科学民主合法'))).toBe(true);
    const rows = [2, 3, 4].map((n) => ranking.getRow(n).values as unknown[]);
    expect(rows.map((r) => [r[1], r[2]])).toEqual([
      [1, '样例市丙区'],
      [1, '样例市甲区'],
      [3, '样例市乙区'],
    ]);
    expect(rows[0]![3]).toBe('未识别');
    expect(rows[0]![4]).toBe('区级');

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
    const html = [...renderOverviewHtml(list, [{ input: 'x.pdf', reason: '<script>alert(1)</script>' }])].join('');
    expect(html).toContain('id="ranking"');
    expect(html).toContain('id="heatmap"');
    expect(html).toContain('id="failures"');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>alert(1)');
  });
});

describe('rows kept by the main thread', () => {
  it('share their repeated strings and parts, each row reading as it arrived', () => {
    const shared = new SharedParts();
    // as from a worker: a fresh copy of each row
    const arrive = (s: Scored) => structuredClone(batchScore(s.scorecard));
    const plan: Scored = {
      input: 'in/方案.txt',
      stem: '方案',
      scorecard: scorecardFrom(fixtureResults(), { place: '样例市丁区', file: 'in/方案.txt', kind: 'plan' }),
    };
    plan.scorecard.total = { ...plan.scorecard.total, score: null, rate: null };
    const all = [...entries(), plan];
    // as a report whose province and city are not known
    for (const s of all) s.scorecard.document.parents = { province: null, city: null };
    const rows = all.map((s) => shared.row(arrive(s), s.input));
    rows.forEach((row, i) => expect(row).toEqual(arrive(all[i]!)));
    const [甲, 乙, 丙, 方案] = rows as [BatchScore, BatchScore, BatchScore, BatchScore];
    // same figures, one copy; a plan's empty total is not the empty parents of another row
    expect(甲.total).toBe(丙.total);
    expect(甲.areas[0]).toBe(丙.areas[0]);
    expect(甲.document.parents).toBe(方案.document.parents);
    expect(方案.total).not.toBe(甲.document.parents);
    expect(甲.document.file).toBe(all[0]!.input);
    expect(乙.areas.some((area, i) => area !== 甲.areas[i])).toBe(true);
  });
});

describe('indicator columns', () => {
  const detail = (...ids: string[]): Pick<BatchDetail, 'indicators'> => ({ indicators: ids.map((id) => ({ id, group: 'g', title: `指标${id}` })) });

  it('follow the order of the inputs, whatever order their reports finish in', () => {
    const reports = [detail('1.1', '1.2'), detail('1.1', '2.1', '1.2'), detail('3.1', '1.1')];
    const inOrder = new IndicatorColumns();
    reports.forEach((d, input) => inOrder.add(d, input));
    const reversed = new IndicatorColumns();
    [...reports.entries()].reverse().forEach(([input, d]) => reversed.add(d, input));
    expect(inOrder.list.map((c) => c.id)).toEqual(['1.1', '1.2', '2.1', '3.1']);
    expect(reversed.list).toEqual(inOrder.list);
  });
});

describe('batch command pieces', () => {
  it('gives every input its own output stem, avoiding reserved names', () => {
    expect(uniqueStems(['a/report.txt', 'b/report.txt', 'report.docx', 'summary.pdf'], ['summary', 'overview'])).toEqual([
      'report',
      'report-2',
      'report-3',
      'summary-2',
    ]);
  });

  // an input's name of 83 Chinese characters (249 bytes) failed its outputs with ENAMETOOLONG
  it('clips a long name to a stem whose outputs and their temporary names fit a file name', () => {
    const long = `${'法'.repeat(83)}.txt`;
    const [first, second] = uniqueStems([long, `b/${long}`]);
    expect(first).toBe('法'.repeat(60));
    expect(second).toBe(`${'法'.repeat(60)}-2`);
    expect(Buffer.byteLength(`.duibiao-tmp-4194304-k2x9f0q1zz8-${second}.html`)).toBeLessThanOrEqual(255);
  });

  it('finds reports recursively, skipping with a reason hidden files, links, other formats, the output folder and its own pages', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duibiao-batch-'));
    const out = path.join(dir, 'out');
    await fs.mkdir(path.join(dir, 'sub'), { recursive: true });
    await fs.mkdir(out);
    await fs.mkdir(path.join(dir, '.hidden'));
    await Promise.all([
      fs.writeFile(path.join(dir, 'a.txt'), '甲'),
      fs.writeFile(path.join(dir, 'sub', 'b.docx'), ''),
      fs.writeFile(path.join(dir, 'sub', 'c.HTM'), '<p>丙</p>'),
      fs.writeFile(path.join(dir, 'notes.csv'), ''),
      fs.writeFile(path.join(dir, '.d.txt'), ''),
      fs.writeFile(path.join(dir, '.hidden', 'e.txt'), ''),
      fs.writeFile(path.join(out, 'a.html'), ''),
      fs.writeFile(path.join(dir, 'old-report.html'), renderHtml(entries()[0]!.scorecard, fixtureSource())),
      fs.symlink(path.join(dir, 'a.txt'), path.join(dir, 'link.txt')),
    ]);
    const found = await findReports([dir], out);
    expect(found.files.map((f) => path.relative(dir, f)).sort()).toEqual(['a.txt', path.join('sub', 'b.docx'), path.join('sub', 'c.HTM')]);
    const reasons = Object.fromEntries(found.skipped.map((s) => [path.relative(dir, s.input), s.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['.d.txt', '.hidden', 'link.txt', 'notes.csv', 'old-report.html', 'out']);
    expect(reasons['link.txt']).toContain('符号链接');
    expect(reasons['.d.txt']).toContain('隐藏');
    expect(reasons['notes.csv']).toContain('不是支持的报告格式');
    expect(reasons['old-report.html']).toContain('duibiao 生成');
    expect(reasons.out).toContain('输出目录');
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('walks an input folder inside the output folder (batch in/sub --out in)', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duibiao-batch-'));
    await fs.mkdir(path.join(dir, 'sub'));
    await fs.writeFile(path.join(dir, 'sub', 'a.txt'), '甲');
    const found = await findReports([path.join(dir, 'sub')], dir);
    expect(found.files).toEqual([path.join(dir, 'sub', 'a.txt')]);
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('never names an output after an input that lives in the output folder', () => {
    expect(uniqueStems(['in/a.html', 'in/b.txt'], ['summary'], new Set(['a.html']), ['json', 'html'])).toEqual(['a-2', 'b']);
  });
});
