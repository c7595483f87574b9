import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { applyOverrides, findSidecar, loadOverrides, type LoadedOverrides } from '../../src/overrides/index.js';
import { Scorecard } from '../../src/engine/schema.js';
import { UserError } from '../../src/errors.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderJson } from '../../src/render/json.js';
import { renderHtml } from '../../src/render/html.js';
import { renderBatchXlsx } from '../render/workbook.js';
import { diffScorecards, renderDiffHtml, renderDiffMarkdown } from '../../src/render/diff.js';
import { fixtureScorecard, fixtureSource } from '../render/fixtures.js';
import { tempDir } from '../helpers/cli.js';

const GOOD = `# 督察组认定
overrides:
  - id: decision.post-evaluation
    status: 达标
    note: 现场调阅了两份决策后评估报告
    who: 督察组甲
    date: 2025-03-12
  - id: dispute.head-appearance
    status: unmet
    note: 出庭登记表显示多起案件由代理人单独出庭
    who: 督察组乙
    date: 2025-03-13
`;

async function write(name: string, text: string): Promise<string> {
  const file = path.join(tempDir('duibiao-overrides-'), name);
  await fs.writeFile(file, text);
  return file;
}

async function rejection(text: string): Promise<UserError> {
  const file = await write('认定.yaml', text);
  const error = await loadOverrides(file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('loading an overrides file', () => {
  it('reads ids, statuses (Chinese labels or ids), notes, who and date', async () => {
    const loaded = await loadOverrides(await write('认定.yaml', GOOD));
    expect(loaded.overrides.map((o) => [o.id, o.status, o.who, o.date])).toEqual([
      ['decision.post-evaluation', 'met', '督察组甲', '2025-03-12'],
      ['dispute.head-appearance', 'unmet', '督察组乙', '2025-03-13'],
    ]);
  });

  it.each([
    ['an unknown status', GOOD.replace('status: 达标', 'status: 很好'), 4, 13, /状态应为 达标、部分达标/],
    ['a missing note', GOOD.replace('    note: 现场调阅了两份决策后评估报告\n', ''), 3, 5, /缺少必填字段 'overrides.0.note'/],
    ['an unknown field', GOOD.replace('    who: 督察组甲\n', '    who: 督察组甲\n    score: 3\n'), 7, 5, /未知字段 'score'/],
    ['an impossible date', GOOD.replace('2025-03-13', '2025-02-30'), 12, 11, /不是有效的日期/],
    ['a date in the future', GOOD.replace('2025-03-12', '2052-03-12'), 7, 11, /日期在将来/],
    ['a date in another format', GOOD.replace('2025-03-12', '2025年3月12日'), 7, 11, /YYYY-MM-DD/],
    ['the same indicator twice', GOOD.replace('dispute.head-appearance', 'decision.post-evaluation'), 8, 9, /重复认定/],
    ['no overrides at all', 'overrides: []\n', 1, 12, /至少需要 1 条/],
  ])('refuses %s at its line and column', async (_name, text, line, column, message) => {
    const error = await rejection(text);
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/^人工认定文件有误/);
    expect(error.place).toMatchObject({ line, column });
  });

  it('refuses YAML that does not parse, naming the file', async () => {
    const error = await rejection('overrides:\n  - id: [unclosed\n');
    expect(error.place.file).toMatch(/认定\.yaml$/);
    expect(error.message).toMatch(/YAML/);
  });

  it('finds 报告.overrides.yaml (or .yml) beside 报告.txt, and nothing for stdin', async () => {
    const dir = tempDir('duibiao-sidecar-');
    const report = path.join(dir, '甲区2024.txt');
    await fs.writeFile(report, '报告');
    expect(findSidecar(report)).toBeNull();
    await fs.writeFile(path.join(dir, '甲区2024.overrides.yml'), GOOD);
    expect(findSidecar(report)).toBe(path.join(dir, '甲区2024.overrides.yml'));
    await fs.writeFile(path.join(dir, '甲区2024.overrides.yaml'), GOOD);
    expect(findSidecar(report)).toBe(path.join(dir, '甲区2024.overrides.yaml'));
    expect(findSidecar('-')).toBeNull();
    // a path through a file: nothing to find, no error
    expect(findSidecar(path.join(report, '乙区2024.txt'))).toBeNull();
  });

  it('refuses a folder or a broken link by the overrides file name, naming it', async () => {
    const dir = tempDir('duibiao-sidecar-odd-');
    const report = path.join(dir, '丙区2024.txt');
    await fs.writeFile(report, '报告');
    const sidecar = path.join(dir, '丙区2024.overrides.yaml');
    await fs.mkdir(sidecar);
    expect(() => findSidecar(report)).toThrow(expect.objectContaining({ message: expect.stringMatching(/人工认定文件是文件夹/), place: { file: sidecar } }));
    await fs.rmdir(sidecar);
    await fs.symlink(path.join(dir, '不存在.yaml'), sidecar);
    expect(() => findSidecar(report)).toThrow(expect.objectContaining({ message: expect.stringMatching(/失效的符号链接/), place: { file: sidecar } }));
    await fs.unlink(sidecar);
    await fs.writeFile(path.join(dir, '不存在.yaml'), GOOD);
    await fs.symlink(path.join(dir, '不存在.yaml'), sidecar);
    expect(findSidecar(report)).toBe(sidecar);
  });
});

function loaded(): LoadedOverrides {
  return {
    file: '样例区.overrides.yaml',
    overrides: [
      {
        id: 'decision.post-evaluation',
        status: 'met',
        note: '现场调阅了两份决策后评估报告',
        who: '督察组甲',
        date: '2025-03-12',
        place: { line: 3, column: 9 },
      },
      {
        id: 'dispute.head-appearance',
        status: 'unmet',
        note: '出庭登记表显示多起案件由代理人单独出庭',
        who: '督察组乙',
        date: '2025-03-13',
        place: { line: 8, column: 9 },
      },
    ],
  };
}

describe('applying overrides', () => {
  const machine = fixtureScorecard();
  const manual = applyOverrides(machine, loaded());

  it('replaces the verdicts, keeps the machine verdict beside them, and re-scores', () => {
    const post = manual.results.find((r) => r.indicator === 'decision.post-evaluation')!;
    expect(post).toMatchObject({ status: 'met', earned: 1, override: { status: 'met', who: '督察组甲', machine: { status: 'no_evidence', earned: 0 } } });
    const appearance = manual.results.find((r) => r.indicator === 'dispute.head-appearance')!;
    expect(appearance).toMatchObject({ status: 'unmet', earned: 0, override: { machine: { status: 'partial', earned: 0.5 } } });
    // +1 for the evaluation, -0.5 for the appearance rate
    expect(manual.total.earned).toBe(machine.total.earned + 0.5);
    expect(manual.counts.met).toBe(machine.counts.met + 1);
    expect(manual.areas.find((a) => a.id === '3')!.earned).toBe(machine.areas.find((a) => a.id === '3')!.earned + 1);
    expect(manual.overrides).toEqual({ file: '样例区.overrides.yaml', count: 2, machineScore: machine.total.score });
    expect(() => Scorecard.parse(manual)).not.toThrow();
  });

  it('re-scores a plan as a plan: coverage, never an achievement score', () => {
    const plan = { ...machine, document: { ...machine.document, kind: 'plan' as const } };
    const manualPlan = applyOverrides(plan, loaded());
    expect(manualPlan.total.score).toBeNull();
    expect(manualPlan.plan).toBeDefined();
    expect(manualPlan.overrides!.count).toBe(2);
  });

  it('keeps the first machine verdict when applied twice', () => {
    const again = applyOverrides(manual, loaded());
    expect(again.results.find((r) => r.indicator === 'dispute.head-appearance')!.override!.machine.status).toBe('partial');
    expect(again.overrides!.machineScore).toBe(machine.total.score);
  });

  it('refuses an id the scorecard does not have, at its place in the file', () => {
    const bad = loaded();
    bad.overrides[1]!.id = 'dispute.no-such-thing';
    expect(() => applyOverrides(machine, bad)).toThrow(UserError);
    try {
      applyOverrides(machine, bad);
    } catch (error) {
      expect((error as UserError).place).toEqual({ file: '样例区.overrides.yaml', line: 8, column: 9 });
      expect((error as UserError).message).toContain('dispute.no-such-thing');
    }
  });

  it('shows 人工认定 beside the machine verdict in markdown', () => {
    const md = renderMarkdown(manual, fixtureSource());
    expect(md).toContain('达标(人工认定;机器判定:未见佐证)');
    expect(md).toContain('未达标(人工认定;机器判定:部分达标)');
    expect(md).toMatch(/## 人工认定[\s\S]*\| 3\.3 开展重大决策后评估 \| 未见佐证 \| 达标 \| 现场调阅了两份决策后评估报告 \| 督察组甲 \| 2025-03-12 \|/);
    expect(md).toContain(`机器评分 ${machine.total.score!.toFixed(1)}`);
    expect(renderMarkdown(machine, fixtureSource())).not.toContain('人工认定');
  });

  it('carries the overrides in json', () => {
    const json = JSON.parse(renderJson(manual)) as Scorecard;
    expect(json.results.find((r) => r.indicator === 'decision.post-evaluation')!.override).toMatchObject({
      status: 'met',
      note: '现场调阅了两份决策后评估报告',
      machine: { status: 'no_evidence' },
    });
    expect(json.overrides!.count).toBe(2);
  });

  it('shows 人工认定 in html, in the row and in its own table', () => {
    const html = renderHtml(manual, fixtureSource());
    const row = /<tr class="result" id="ind-decision\.post-evaluation"[\s\S]*?<\/tr>/.exec(html)![0];
    expect(row).toContain('st-met');
    expect(row).toContain('人工认定 · 机器判定:未见佐证');
    expect(row).toContain('现场调阅了两份决策后评估报告');
    expect(html).toMatch(/<table id="overrides">[\s\S]*data-indicator="dispute\.head-appearance"/);
    expect(html).toContain('id="overrides-summary"');
  });

  it('shows 人工认定 in the batch workbook: matrix cells, ranking column and its own sheet', async () => {
    const entries = [
      { input: 'in/样例区.txt', stem: '样例区', scorecard: manual },
      { input: 'in/对照区.txt', stem: '对照区', scorecard: { ...machine, document: { ...machine.document, place: '样例市对照区' } } },
    ];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await renderBatchXlsx(entries, [])) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('人工认定')!;
    expect(sheet).toBeDefined();
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    expect(rows.map((r) => r.slice(1, 5))).toEqual([
      ['样例市样例区', '3.3 开展重大决策后评估', '未见佐证', '达标'],
      ['样例市样例区', '6.4 负责人出庭应诉率', '部分达标', '未达标'],
    ]);
    const matrix = workbook.getWorksheet('指标矩阵')!;
    const cells: string[] = [];
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the cells hold strings and numbers
    matrix.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    expect(cells).toContain('达标(人工认定;机器判定:未见佐证)');
    const ranking = workbook.getWorksheet('排名')!;
    const header = (ranking.getRow(1).values as unknown[]).indexOf('人工认定');
    expect(header).toBeGreaterThan(0);
    const placeColumn = (ranking.getRow(1).values as unknown[]).indexOf('地区');
    const counts = [2, 3].map((n) => [ranking.getRow(n).getCell(placeColumn).value, ranking.getRow(n).getCell(header).value]);
    expect(counts).toContainEqual(['样例市样例区', '2 项']);
    expect(counts).toContainEqual(['样例市对照区', null]); // an empty cell
  });

  it('marks 人工认定 sides in the year-over-year diff, md and html', () => {
    const diff = diffScorecards({ ...machine, document: { ...machine.document, year: 2023 } }, manual);
    const met = diff.newlyMet.find((c) => c.id === 'decision.post-evaluation')!;
    expect(met).toMatchObject({ before: 'no_evidence', after: 'met', manualAfter: true });
    expect(met.manualBefore).toBeUndefined();
    const md = renderDiffMarkdown(diff);
    expect(md).toContain('| 3.3 开展重大决策后评估 | 未见佐证 | 达标(人工认定) |');
    expect(md).toContain('> 本次:人工认定 2 项');
    expect(md).not.toContain('上次:人工认定');
    const html = renderDiffHtml(diff);
    expect(html).toMatch(/data-indicator="decision\.post-evaluation"><td>[^<]*<\/td><td>未见佐证<\/td><td>达标\(人工认定\)<\/td>/);
    expect(html).toContain('本次:人工认定 2 项');
  });
});
