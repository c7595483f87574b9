import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { Checker } from '../pipeline.js';
import { EXIT, UserError } from '../errors.js';
import { log } from '../log.js';
import type { BatchEntry, BatchFailure } from '../render/ranking.js';
import { catalogueOptions, inputPaths, outputStem, parseScore, prepareOutDir, uniqueStems, withCatalogueOptions, writeAll } from './common.js';

interface BatchOptions {
  out: string;
  edition: string;
  tailoring?: string;
  failUnder?: number;
}

const INPUT_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.docx', '.pdf']);
export const SUMMARY_XLSX = 'summary.xlsx';
export const OVERVIEW_HTML = 'overview.html';

export function registerBatch(program: Command): void {
  withCatalogueOptions(
    program
      .command('batch')
      .description('批量评分多个地区的报告,输出排名表(xlsx)、总览页(html)和每份报告的结果')
      .argument('<inputs...>', '报告所在目录(递归查找 txt、html、htm、docx、pdf)或报告文件'),
  )
    .requiredOption('--out <dir>', '结果目录')
    .option('--fail-under <score>', '任一报告得分低于此分(0–100)时以退出码 1 结束', parseScore)
    .action(async (inputs: string[], opts: BatchOptions) => {
      const outDir = await prepareOutDir(opts.out, inputs);
      const files = await findReports(inputs, outDir);
      if (files.length === 0) throw new UserError('未找到可评分的报告文件(支持 txt、html、htm、docx、pdf)');
      const started = Date.now();
      const { Checker } = await import('../pipeline.js');
      const checker = await Checker.create(catalogueOptions(opts));
      const result = await scoreAll(checker, files);
      const elapsedSeconds = (Date.now() - started) / 1000;

      const outputs = await renderOutputs(result, elapsedSeconds);
      await writeAll(
        outputs.map((o) => ({ path: path.join(outDir, o.name), data: o.data })),
        inputPaths(files, opts),
      );

      process.stderr.write(summaryText(result, elapsedSeconds));
      const below = opts.failUnder !== undefined && result.entries.some((e) => e.scorecard.total.score === null || e.scorecard.total.score < opts.failUnder!);
      if (result.failures.length > 0) process.exitCode = EXIT.badInput;
      else if (below) process.exitCode = EXIT.belowThreshold;
    });
}

interface Scored {
  entries: BatchEntry[];
  failures: BatchFailure[];
}

/** One Checker for all files; a failing file is recorded and skipped, never ends the batch. */
export async function scoreAll(checker: Pick<Checker, 'check'>, files: readonly string[]): Promise<Scored> {
  const stems = uniqueStems(files, [SUMMARY_XLSX, OVERVIEW_HTML].map((name) => name.replace(/\.[^.]+$/, '')));
  const cliProgress = process.stderr.isTTY ? (await import('cli-progress')).default : null;
  const bar = cliProgress
    ? new cliProgress.SingleBar({ stream: process.stderr, format: '评分中 [{bar}] {value}/{total} {file}', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(files.length, 0, { file: '' });
  const entries: BatchEntry[] = [];
  const failures: BatchFailure[] = [];
  for (const [index, file] of files.entries()) {
    bar?.update(index, { file: path.basename(file) });
    try {
      const evaluated = await checker.check(file);
      entries.push({ input: file, stem: stems[index] ?? outputStem(file), scorecard: evaluated.scorecard, source: evaluated.source });
    } catch (error) {
      failures.push({ input: file, reason: failureReason(error) });
      if (!(error instanceof UserError)) log.error({ err: error, file }, 'batch: file failed');
    }
  }
  bar?.update(files.length, { file: '' });
  bar?.stop();
  return { entries, failures };
}

async function renderOutputs({ entries, failures }: Scored, elapsedSeconds: number): Promise<Array<{ name: string; data: string | Uint8Array }>> {
  const [{ renderHtml }, { renderJson }, { renderOverviewHtml }, { renderBatchXlsx }] = await Promise.all([
    import('../render/html.js'),
    import('../render/json.js'),
    import('../render/overview.js'),
    import('../render/xlsx.js'),
  ]);
  const perDistrict = entries.flatMap((e) => [
    { name: `${e.stem}.json`, data: renderJson(e.scorecard) },
    { name: `${e.stem}.html`, data: renderHtml(e.scorecard, e.source) },
  ]);
  return [
    ...perDistrict,
    { name: SUMMARY_XLSX, data: await renderBatchXlsx(entries, failures) },
    { name: OVERVIEW_HTML, data: renderOverviewHtml(entries, failures, { elapsedSeconds }) },
  ];
}

function failureReason(error: unknown): string {
  if (error instanceof UserError) return error.message;
  return `内部错误:${(error as Error)?.message ?? String(error)}`;
}

export function summaryText({ entries, failures }: Scored, elapsedSeconds: number): string {
  const lines = [`已评分 ${entries.length} 份,失败 ${failures.length} 份,用时 ${elapsedSeconds.toFixed(1)} 秒`];
  for (const f of failures) lines.push(`  失败:${f.input}:${f.reason}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The reports to score: files as given, folders walked recursively for supported formats.
 * Hidden files and folders, the output folder, and pages duibiao wrote are skipped, so that
 * an --out inside the input folder is never read back as input.
 */
export async function findReports(inputs: readonly string[], outDir: string): Promise<string[]> {
  const found: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const resolved = path.resolve(file);
    if (!seen.has(resolved)) {
      seen.add(resolved);
      found.push(file);
    }
  };
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (!stat) throw new UserError('文件或目录不存在', { file: input });
    if (stat.isDirectory()) {
      for (const file of await walk(input, outDir)) add(file);
    } else {
      add(input);
    }
  }
  return found;
}

async function walk(dir: string, outDir: string): Promise<string[]> {
  if (isInside(path.resolve(dir), outDir)) return [];
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full, outDir)));
    else if (entry.isFile() && INPUT_EXTENSIONS.has(path.extname(entry.name).toLowerCase()) && !(await isOurPage(full))) files.push(full);
  }
  return files;
}

function isInside(candidate: string, dir: string): boolean {
  const relative = path.relative(dir, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Pages duibiao wrote carry <meta name="generator" content="duibiao">. */
async function isOurPage(file: string): Promise<boolean> {
  if (!/\.html?$/i.test(file)) return false;
  const { GENERATOR } = await import('../render/html-kit.js');
  const handle = await fs.open(file, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').includes(`<meta name="generator" content="${GENERATOR}">`);
  } finally {
    await handle.close();
  }
}
