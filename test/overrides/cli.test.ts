import { copyFileSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Scorecard } from '../../src/engine/schema.js';
import { runCli, seed, tempDir } from '../helpers/cli.js';

/** An office keeps its overrides next to the report; every command picks them up. */
const SIDECAR = `overrides:
  - id: function.approval-five-ways
    status: 达标
    note: 现场查看了自助终端和网上办理记录
    who: 督察组甲
    date: 2025-03-12
`;

describe('overrides through the CLI', () => {
  let dir: string;
  let report: string;
  let machine: Scorecard;

  beforeAll(() => {
    dir = tempDir('duibiao-overrides-cli-');
    report = path.join(dir, '甲区.txt');
    copyFileSync(seed('000'), report);
    const run = runCli(['check', report, '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    machine = JSON.parse(run.stdout) as Scorecard;
    expect(machine.results.find((r) => r.indicator === 'function.approval-five-ways')!.status).not.toBe('met');
    writeFileSync(path.join(dir, '甲区.overrides.yaml'), SIDECAR);
  });

  it('check reads 报告.overrides.yaml beside the report and re-scores', () => {
    const run = runCli(['check', report, '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    const manual = JSON.parse(run.stdout) as Scorecard;
    expect(manual.results.find((r) => r.indicator === 'function.approval-five-ways')).toMatchObject({ status: 'met', override: { who: '督察组甲' } });
    expect(manual.total.earned).toBe(machine.total.earned + 1);
    expect(manual.overrides).toMatchObject({ count: 1, machineScore: machine.total.score });
  });

  it('--overrides takes another file, and is refused for several reports', () => {
    const other = path.join(dir, '另一份.yaml');
    writeFileSync(other, SIDECAR.replace('status: 达标', 'status: 未达标'));
    const run = runCli(['check', report, '--overrides', other]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('未达标(人工认定;机器判定:');
    const second = path.join(dir, '乙区.txt');
    copyFileSync(seed('000'), second);
    const several = runCli(['check', report, second, '--overrides', other]);
    expect(several.status).toBe(2);
    expect(several.stderr).toContain('--overrides 只能用于一份报告');
  });

  it('a broken overrides file stops the command with file:line:col, exit 2, nothing written', () => {
    const broken = path.join(dir, '坏.yaml');
    writeFileSync(broken, SIDECAR.replace('function.approval-five-ways', 'function.no-such-indicator'));
    const out = path.join(dir, 'out-broken');
    const run = runCli(['check', report, '--overrides', broken, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/坏\.yaml:2:9: 人工认定文件有误/);
    expect(existsSync(out)).toBe(false);
  });

  it('a folder named like the overrides file stops check with its name, exit 2, nothing written', () => {
    const other = path.join(dir, '乙区.txt');
    copyFileSync(report, other);
    mkdirSync(path.join(dir, '乙区.overrides.yaml'));
    const out = path.join(dir, 'out-folder');
    const run = runCli(['check', other, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/乙区\.overrides\.yaml: 报告旁的人工认定文件是文件夹/);
    expect(existsSync(out)).toBe(false);
  });

  it('batch carries the overrides into the workbook and the per-district json', async () => {
    const out = path.join(dir, 'batch-out');
    const run = runCli(['batch', report, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(readFileSync(path.join(out, '甲区.json'), 'utf8')) as Scorecard;
    expect(json.overrides?.count).toBe(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(out, 'summary.xlsx'));
    const rows = workbook.getWorksheet('人工认定')!.getSheetValues().slice(2) as unknown[][];
    expect(rows.map((r) => r.slice(3, 5))).toEqual([['未见佐证', '达标']]);
    expect(readFileSync(path.join(out, '甲区.html'), 'utf8')).toContain('id="overrides"');
    expect(readFileSync(path.join(out, 'overview.html'), 'utf8')).toMatch(/<table id="ranking">[\s\S]*人工认定 1 项/);
  });

  it('draft follows the overrides beside the report: a 达标 verdict is no longer advice to add evidence', () => {
    const run = runCli(['draft', report]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('建议补充佐证');
    expect(run.stdout).not.toContain('审批服务做到“五办”');
    const alone = path.join(tempDir('duibiao-overrides-alone-'), '甲区.txt');
    copyFileSync(report, alone);
    const without = runCli(['draft', alone]);
    expect(without.status, without.stderr).toBe(0);
    expect(without.stdout).toContain('审批服务做到“五办”');
  });

  it('diff shows which side was decided by hand', () => {
    const before = path.join(dir, '上年.json');
    writeFileSync(before, JSON.stringify({ ...machine, document: { ...machine.document, year: 2022 } }));
    const run = runCli(['diff', before, report]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/\| 1\.1 [^|]+\| 未见佐证 \| 达标\(人工认定\) \|/);
    expect(run.stdout).toContain('本次:人工认定 1 项');
  });
});
