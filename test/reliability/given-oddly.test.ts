import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot, sampleReport } from '../../src/paths.js';
import { runCli, tempDir } from '../helpers/cli.js';

/** Inputs given in ways a user may give them by mistake: told in Chinese, exit 2 when nothing can be read. */

const REPORT =
  '某区2023年法治政府建设年度报告\n一、主要工作\n全年共办理行政复议案件30件,依法纠错3件。行政机关负责人出庭应诉率达到100%。\n' +
  '二、存在不足\n基层执法人员培训还不够充分,个别单位制度落实有差距。\n';

/** Runs the CLI through bash, so standard input can be redirected from what no spawn option gives (a folder, a write-only descriptor). */
function runShell(args: string, redirect: string, cwd: string): { status: number | null; stderr: string; stdout: string } {
  const cli = path.join(packageRoot, 'dist', 'cli.js');
  return spawnSync('bash', ['-c', `'${process.execPath}' '${cli}' ${args} ${redirect}`], { cwd, encoding: 'utf8', timeout: 60_000 });
}

describe('standard input that cannot be read', () => {
  // was 文件是空的
  it('a folder is told as one', () => {
    const run = runShell('check -', '< .', tempDir());
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('duibiao: 标准输入: 是目录,不是文件;请用 < 报告文件 把报告文件作为标准输入\n');
  });

  // was 内部错误:EBADF, exit 3
  it('a descriptor open for writing only is told, exit 2', () => {
    const run = runShell('facts -', '0>/dev/null', tempDir());
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('duibiao: 标准输入: 无法读取:没有以读的方式打开\n');
  });
});

describe('one report given twice', () => {
  // scored twice, into 甲区.md and 甲区-2.md, "与另一份报告同名"
  it('is checked once; another name for it is told, the same name again is not', () => {
    const dir = tempDir();
    copyFileSync(sampleReport, path.join(dir, '甲区.txt'));
    symlinkSync('甲区.txt', path.join(dir, '链接.txt'));
    const run = runCli(['check', '甲区.txt', '甲区.txt', './链接.txt', '--out', 'out'], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('duibiao: ./链接.txt: 与 甲区.txt 是同一文件,只核查一次\n');
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['甲区.md']);
    const printed = runCli(['check', '甲区.txt', `${dir}/甲区.txt`, '--format', 'json'], { cwd: dir });
    expect(printed.stdout.match(/"schemaVersion"/g)).toHaveLength(1);
  });
});

describe('a JSON result nested absurdly deep', () => {
  // parsed whole before a word was said: 4 s and 570 MB
  it('is refused by diff before it is parsed', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'deep.json'), `${'{"a":'.repeat(2_000_000)}1${'}'.repeat(2_000_000)}`);
    writeFileSync(path.join(dir, 'new.txt'), REPORT);
    const run = runCli(['diff', 'deep.json', 'new.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('duibiao: deep.json: 这是 JSON 文件,但不是 duibiao 的评分结果(check --format json 的输出):嵌套超过 64 层\n');
  });
});

describe("batch's budgets set in the environment", () => {
  const batch = (variable: string, value: string) => {
    const cwd = tempDir();
    const run = spawnSync(process.execPath, [path.join(packageRoot, 'dist', 'cli.js'), 'batch', sampleReport, '--out', 'out'], {
      cwd,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, [variable]: value },
    });
    return { ...run, made: readdirSync(cwd) };
  };

  it.each([
    // no worker was made, and the run waited for ever
    ['DUIBIAO_WORKERS', '0.5'],
    // Node waited 1 ms instead, with an English warning: every report "timed out"
    ['DUIBIAO_REPORT_TIMEOUT_S', '1e7'],
  ])('%s=%s scores the report', (variable, value) => {
    const run = batch(variable, value);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^已评分 1 份,失败 0 份/);
  });

  // was 内部错误:Worker terminated due to reaching memory limit
  it('a worker memory limit too low to set up is told, and nothing is left', () => {
    const run = batch('DUIBIAO_WORKER_MEMORY_MB', '4');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('duibiao: 每个工作线程的内存上限 DUIBIAO_WORKER_MEMORY_MB=4 MB 不够载入词表和指标体系;请调大或不设此变量(默认 1024 MB)\n');
    expect(run.made).toEqual([]);
  });
});
