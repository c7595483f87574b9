import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { packageRoot } from '../../src/paths.js';
import { runCli, seedsDir, snapshot, tempDir } from '../helpers/cli.js';
import { mhtmlArchive, portalPage } from '../ingest/fixtures.js';

/**
 * Issue 12, batch side, and issue 11's promise that batch writes what check prints: each report
 * is isolated (a report past its time or memory budget fails alone, the rest are written),
 * signals and re-runs leave no temporary files, the summary lists every file written and every
 * input skipped with its reason, and an input folder inside --out is walked.
 */

/** A report of our own words; `n` varies its numbers so that reports differ. */
const report = (n: number) =>
  `样例市第${n}区2023年法治政府建设情况报告\n一、主要工作和成效\n全年办理行政复议案件${30 + n}件,依法纠错${n % 7}件。行政机关负责人出庭应诉率达到${90 + (n % 10)}%。\n` +
  `组织执法人员培训${200 + n}人次,公布重大行政决策事项目录${n % 5}项。\n二、存在的不足\n个别单位合法性审查还不够规范。\n`;

/** About 19 MiB of report text: within the input limit, far beyond a small time or memory budget. */
function hugeReport(): string {
  const paragraph = report(1).split('\n').slice(2, 4).join('\n');
  // Just under the ingest limit of one million characters, so the worker's own time and memory budgets are what stop it.
  return `${report(1)}${`${paragraph}\n`.repeat(Math.floor(950_000 / `${paragraph}\n`.length))}`;
}

const leftovers = (folder: string) => readdirSync(folder).filter((name) => name.startsWith('.duibiao-tmp-'));

function runBatch(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [path.join(packageRoot, 'dist', 'cli.js'), 'batch', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { status: result.status, stderr: result.stderr };
}

let dir: string;
beforeAll(() => {
  dir = tempDir('duibiao-batch-reliability-');
  mkdirSync(path.join(dir, 'in'));
  for (let n = 1; n <= 4; n++) writeFileSync(path.join(dir, 'in', `区${n}.txt`), report(n));
  writeFileSync(path.join(dir, 'huge.txt'), hugeReport());
});

interface BudgetCase {
  name: string;
  env: Record<string, string>;
  reason: RegExp;
}

const budgetCases: BudgetCase[] = [
  { name: 'a report past the time budget fails alone', env: { DUIBIAO_REPORT_TIMEOUT_S: '1' }, reason: /处理时间超过上限\(1 秒\)/ },
  { name: 'a report past the memory budget of its worker fails alone', env: { DUIBIAO_WORKER_MEMORY_MB: '48' }, reason: /处理所需内存超过上限\(48 MB\)/ },
];

describe('each report is isolated', () => {
  it.each(budgetCases)('$name', ({ env, reason }) => {
    const out = tempDir('duibiao-batch-out-');
    const before = snapshot(dir);
    const run = runBatch([path.join(dir, 'in'), path.join(dir, 'huge.txt'), '--out', out], { DUIBIAO_WORKERS: '2', ...env });
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/已评分 4 份,失败 1 份/);
    expect(run.stderr).toMatch(new RegExp(`huge\\.txt:${reason.source}`));
    for (let n = 1; n <= 4; n++) expect(existsSync(path.join(out, `区${n}.json`))).toBe(true);
    expect(existsSync(path.join(out, 'summary.xlsx'))).toBe(true);
    expect(readFileSync(path.join(out, 'overview.html'), 'utf8')).toContain('huge.txt');
    expect(leftovers(out)).toEqual([]);
    expect(snapshot(dir)).toEqual(before);
  });
  it('a report queued behind one past its budget is scored by the next worker', () => {
    const out = tempDir('duibiao-batch-out-');
    // one worker holds the huge report and the next; the next must not fail with it
    const run = runBatch([path.join(dir, 'huge.txt'), path.join(dir, 'in'), '--out', out], { DUIBIAO_WORKERS: '1', DUIBIAO_WORKER_MEMORY_MB: '48' });
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/已评分 4 份,失败 1 份/);
    expect(run.stderr).toMatch(/huge\.txt:处理所需内存超过上限\(48 MB\)/);
    for (let n = 1; n <= 4; n++) expect(existsSync(path.join(out, `区${n}.json`))).toBe(true);
    expect(leftovers(out)).toEqual([]);
  });
});

describe('temporary files', () => {
  it('SIGTERM stops the batch, removes its temporary files and writes no summary', async () => {
    const input = path.join(dir, 'many');
    mkdirSync(input);
    for (let n = 1; n <= 400; n++) writeFileSync(path.join(input, `报告${n}.txt`), report(n));
    const out = tempDir('duibiao-batch-out-');
    const child = spawn(process.execPath, [path.join(packageRoot, 'dist', 'cli.js'), 'batch', input, '--out', out], {
      env: { ...process.env, DUIBIAO_WORKERS: '2' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // wait until reports are being written, then interrupt
    for (let waited = 0; waited < 60_000 && readdirSync(out).filter((n) => n.endsWith('.json')).length < 3; waited += 100)
      await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)));
    expect(code).toBe(143);
    expect(stderr).toContain('已中断');
    expect(leftovers(out)).toEqual([]);
    expect(existsSync(path.join(out, 'summary.xlsx'))).toBe(false);
  });

  it('a re-run removes temporary files of runs that are gone, and keeps those of a live run', () => {
    const out = tempDir('duibiao-batch-out-');
    const dead = '.duibiao-tmp-2147480000-abc123-区1.json';
    const live = `.duibiao-tmp-${process.pid}-def456-区2.json`;
    writeFileSync(path.join(out, dead), 'half written');
    writeFileSync(path.join(out, live), 'being written');
    const run = runBatch([path.join(dir, 'in'), '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(leftovers(out)).toEqual([live]);
  });
});

describe('what the summary says', () => {
  it('lists every file written in this run and every skipped input with its reason, names escaped', async () => {
    const input = tempDir('duibiao-batch-in-');
    copyFileSync(path.join(dir, 'in', '区1.txt'), path.join(input, '甲.txt'));
    writeFileSync(path.join(input, '.隐藏.txt'), report(5));
    symlinkSync(path.join(dir, 'in', '区2.txt'), path.join(input, '链接.txt'));
    writeFileSync(path.join(input, '说明.csv'), '不是报告');
    writeFileSync(path.join(input, 'bad\u001b[31m.txt'), '这一行不是报告。');
    const out = tempDir('duibiao-batch-out-');
    const run = runBatch([input, '--out', out]);
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).not.toContain('\u001b');
    expect(run.stderr).toContain('bad\\x1b[31m.txt');
    expect(run.stderr).toMatch(/跳过 3 项/);
    expect(run.stderr).toMatch(/\.隐藏\.txt:隐藏文件/);
    expect(run.stderr).toMatch(/链接\.txt:符号链接/);
    expect(run.stderr).toMatch(/说明\.csv:不是支持的报告格式/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(out, 'summary.xlsx'));
    const listed = (name: string, column: number) =>
      workbook
        .getWorksheet(name)!
        .getSheetValues()
        .slice(2)
        .map((row) => String((row as unknown[])[column]));
    const written = readdirSync(out).filter((name) => name !== 'summary.xlsx' && name !== 'overview.html');
    expect(listed('本次输出', 1).sort()).toEqual(written.sort());
    expect(written).toHaveLength(2);
    expect(listed('跳过的输入', 2)).toHaveLength(3);
    const overview = readFileSync(path.join(out, 'overview.html'), 'utf8');
    for (const name of written) expect(overview).toContain(`<li>${name}</li>`);
    expect(overview).toMatch(/<table id="skipped">[\s\S]*链接\.txt/);
  });

  it('skips a pipe given as an input instead of waiting for a writer that never comes', () => {
    const input = tempDir('duibiao-batch-pipe-');
    const pipe = path.join(input, '管道.txt');
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    const out = tempDir('duibiao-batch-out-');
    const run = runBatch([pipe, path.join(dir, 'in', '区1.txt'), '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/已评分 1 份/);
    expect(run.stderr).toMatch(/管道\.txt:不是普通文件/);
    const alone = runBatch([pipe, '--out', out]);
    expect(alone.status).toBe(2);
    expect(alone.stderr).toMatch(/未找到可评分的报告文件/);
  });

  // scored under each name, it stood twice in the ranking
  it('scores a file reached by two names once and says so; the same name again goes without saying', () => {
    const input = tempDir('duibiao-batch-twice-');
    writeFileSync(path.join(input, '甲区.txt'), report(3));
    symlinkSync('甲区.txt', path.join(input, '链接.txt'));
    const alias = path.join(tempDir('duibiao-batch-alias-'), '别名');
    symlinkSync(input, alias);
    const out = tempDir('duibiao-batch-out-');
    const run = spawnSync(
      process.execPath,
      [
        path.join(packageRoot, 'dist', 'cli.js'),
        'batch',
        '甲区.txt',
        './甲区.txt',
        '链接.txt',
        input,
        path.join(input, '..', path.basename(input)),
        alias,
        '--out',
        out,
      ],
      { cwd: input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(run.status, run.stderr).toBe(0);
    // the third: the link met in the folder, not followed
    expect(run.stderr).toMatch(/已评分 1 份,失败 0 份,跳过 3 项/);
    expect(run.stderr).toContain('跳过:链接.txt:与 甲区.txt 是同一文件,只评分一次');
    expect(run.stderr).toContain(`跳过:${alias}:与 ${input} 是同一目录,只查找一次`);
    expect(readdirSync(out).sort()).toEqual(['overview.html', 'summary.xlsx', '甲区.html', '甲区.json']);
  });

  it('lists what a report read oddly should be checked for, as check tells it', () => {
    const input = tempDir('duibiao-batch-notices-');
    const [title, ...rest] = report(1).split('\n');
    writeFileSync(path.join(input, '甲.txt'), Buffer.concat([Buffer.from(`${title}\n`), iconv.encode(rest.join('\n'), 'gbk')]));
    const out = tempDir('duibiao-batch-out-');
    const run = runBatch([input, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/已评分 1 份/);
    expect(run.stderr).toMatch(/\n {2}注意:.*甲\.txt:文件混用了 UTF-8 和 GBK 两种编码\(5 行为 GBK\)/);
    const checked = runCli(['check', path.join(input, '甲.txt'), '--format', 'json']);
    expect(checked.stderr).toMatch(/甲\.txt: 注意:文件混用了 UTF-8 和 GBK 两种编码\(5 行为 GBK\)/);
    expect(readFileSync(path.join(out, '甲.json'), 'utf8')).toBe(checked.stdout);
  });

  // unpacked from a zip made on Chinese Windows: each report failed with 文件不存在, its name shown as ����
  it('reads a folder whose names are GBK bytes and names the results as Windows named them', () => {
    const input = tempDir('duibiao-batch-gbk-');
    const folder = Buffer.concat([Buffer.from(`${input}/`), iconv.encode('法治报告', 'gbk')]);
    mkdirSync(folder);
    for (const [n, name] of ['甲区报告.txt', '乙区报告.txt'].entries())
      writeFileSync(Buffer.concat([folder, Buffer.from('/'), iconv.encode(name, 'gbk')]), report(n + 1));
    const out = tempDir('duibiao-batch-out-');
    const run = runBatch([input, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/已评分 2 份,失败 0 份,跳过 0 项/);
    expect(readdirSync(out).sort()).toEqual(['overview.html', 'summary.xlsx', '乙区报告.html', '乙区报告.json', '甲区报告.html', '甲区报告.json']);
    expect(JSON.parse(readFileSync(path.join(out, '甲区报告.json'), 'utf8'))).toMatchObject({
      document: { file: path.join(input, '法治报告', '甲区报告.txt') },
    });
  });

  // .mht and .shtml pages, which check reads, were skipped as "不是支持的报告格式"; a .doc was skipped until .doc was read
  it('scores every format check reads, a Word 97-2003 .doc too', () => {
    const input = tempDir('duibiao-batch-formats-');
    writeFileSync(path.join(input, '甲.mht'), mhtmlArchive());
    writeFileSync(path.join(input, '乙.shtml'), portalPage());
    copyFileSync(path.join(dir, 'in', '区1.txt'), path.join(input, '丙.txt'));
    copyFileSync(path.join(packageRoot, 'test', 'fixtures', 'doc', 'report.doc'), path.join(input, '丁.doc'));
    const out = tempDir('duibiao-batch-out-');
    const run = runBatch([input, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/已评分 4 份,失败 0 份,跳过 0 项/);
    for (const stem of ['甲', '乙', '丙', '丁']) expect(existsSync(path.join(out, `${stem}.json`))).toBe(true);
  });

  // as another user than root, for whom no file is unreadable; the page's open error ended the batch as an internal error
  it.skipIf(process.getuid?.() !== 0 || spawnSync('setpriv', ['--version']).status !== 0)(
    'a page it may not read fails alone, with the reason, and the rest is scored',
    () => {
      const input = tempDir('duibiao-batch-locked-');
      copyFileSync(path.join(dir, 'in', '区1.txt'), path.join(input, '甲.txt'));
      writeFileSync(path.join(input, '乙.html'), portalPage());
      chmodSync(path.join(input, '乙.html'), 0o000);
      const out = tempDir('duibiao-batch-out-');
      for (const folder of [input, out]) chmodSync(folder, 0o777);
      const result = spawnSync(
        'setpriv',
        ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, path.join(packageRoot, 'dist', 'cli.js'), 'batch', input, '--out', out],
        { encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1', DUIBIAO_CACHE: 'off' } },
      );
      expect(result.status, result.stderr).toBe(2);
      expect(result.stderr).toMatch(/已评分 1 份,失败 1 份/);
      expect(result.stderr).toMatch(/乙\.html:无法读取文件:没有访问权限/);
    },
  );

  it('batch in/sub --out in finds the reports below and does not read its outputs back', () => {
    const root = tempDir('duibiao-batch-nested-');
    mkdirSync(path.join(root, 'sub'));
    for (let n = 1; n <= 2; n++) writeFileSync(path.join(root, 'sub', `区${n}.txt`), report(n));
    const first = runBatch([path.join(root, 'sub'), '--out', root]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/已评分 2 份/);
    const again = runBatch([path.join(root, 'sub'), '--out', root]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/已评分 2 份/);
    // the outputs now sit in `root`: scoring root reads the reports below, not the pages written
    const whole = runBatch([root, '--out', path.join(root, 'results')]);
    expect(whole.status, whole.stderr).toBe(0);
    expect(whole.stderr).toMatch(/已评分 2 份/);
    expect(whole.stderr).toMatch(/区1\.html:duibiao 生成的页面/);
  });
});

describe('batch writes what check prints', () => {
  it('every seed: <stem>.json and <stem>.html equal check --format json and html, byte for byte', () => {
    const seeds = readdirSync(seedsDir).filter((name) => name.endsWith('.txt'));
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    const out = tempDir('duibiao-batch-out-');
    const run = runBatch([seedsDir, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    for (const name of seeds) {
      const file = path.join(seedsDir, name);
      const stem = name.replace(/\.txt$/, '');
      for (const format of ['json', 'html'] as const) {
        const checked = runCli(['check', file, '--format', format]);
        expect(checked.status, checked.stderr).toBe(0);
        expect(readFileSync(path.join(out, `${stem}.${format}`), 'utf8'), `${stem}.${format}`).toBe(checked.stdout);
      }
    }
  });
});
