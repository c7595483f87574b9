import { closeSync, openSync, promises as fsp, readSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { EXIT, UserError } from '../errors.js';
import { log } from '../log.js';
import type { BatchDetail, BatchEntry, BatchFailure, IndicatorColumns } from '../render/ranking.js';
import type { DeflatedRows } from '../render/deflated-entry.js';
import type { MatrixRows, SheetPiece } from '../render/xlsx.js';
import { TEMP_PREFIX, removeOwnTemps, removeStaleTemps, stageFile, tempPathFor, type StagedFile } from '../util/atomic.js';
import { nameOfBytes, pathOnDisk, statIfAny } from '../util/byte-names.js';
import { describeFsError, describeOpenError } from '../util/fs-errors.js';
import { DetailReader, type EvidenceSpot, type MatrixSpot } from './batch-details.js';
import type { OrderedHelper, TaskOutcome } from '../util/pool.js';
import { OLDER_DOCUMENT_EXTENSIONS, REPORT_EXTENSIONS, REPORT_FORMATS } from '../ingest/extensions.js';
import { sniff } from '../ingest/sniff.js';
import { printable } from '../util/printable.js';
import { withEagerTiering } from '../util/tiering.js';
import type { RowsWorkerSetup, SpilledRows } from './batch-rows-worker.js';
import type { ReportAnswer, ReportTask, WorkerSetup } from './batch-worker.js';
import {
  assertOutputs,
  catalogueOptions,
  inputPaths,
  parseScore,
  prepareOutDir,
  realPath,
  takeOnce,
  uniqueStems,
  withCatalogueOptions,
  type Taken,
} from './common.js';
import { load } from '../load.js';

interface BatchOptions {
  out: string;
  edition: string;
  tailoring?: string;
  failUnder?: number;
  province?: string;
  city?: string;
}

export const SUMMARY_XLSX = 'summary.xlsx';
export const OVERVIEW_HTML = 'overview.html';
/** Each report gives <stem>.json and <stem>.html: what `check --format json|html` prints. */
const REPORT_OUTPUTS = ['json', 'html'] as const;
/** Batch reads regular files only: pipes, devices and sockets are skipped, given or found. */
const NOT_A_REGULAR_FILE = '不是普通文件';

/**
 * Budgets of one report in a batch, from the environment (the defaults suit real reports; tests
 * and unusual machines set them): workers, seconds per report (by default the per-document
 * limit every command applies), heap MiB per worker.
 */
async function budgets(): Promise<{ workers: number; timeoutSeconds: number; memoryMb: number }> {
  const { LIMITS } = await load('ingest/budget');
  const positive = (name: string, fallback: number) => {
    const value = Number(process.env[name]);
    return Number.isFinite(value) && value > 0 ? value : fallback;
  };
  return {
    // 0.5 made no worker, and the run waited for ever
    workers: Math.max(1, Math.floor(positive('DUIBIAO_WORKERS', os.availableParallelism()))),
    timeoutSeconds: Math.min(positive('DUIBIAO_REPORT_TIMEOUT_S', LIMITS.seconds), MAX_TIMER_SECONDS),
    memoryMb: Math.floor(positive('DUIBIAO_WORKER_MEMORY_MB', DEFAULT_WORKER_MEMORY_MB)),
  };
}

/** A timer waits at most 2^31 - 1 ms: past that, Node warned in English and waited 1 ms, every report "timed out". */
const MAX_TIMER_SECONDS = Math.floor((2 ** 31 - 1) / 1000);
const DEFAULT_WORKER_MEMORY_MB = 1024;
/**
 * Threads that number and deflate the evidence rows after the last report (no more than the
 * workers, whose cores they take then): the main thread writes the other sheets meanwhile, and with
 * one helper it then waited on it with a core idle.
 */
const ROWS_HELPERS = 2;

export function registerBatch(program: Command): void {
  withCatalogueOptions(
    program
      .command('batch')
      .description('批量评分多个地区的报告,输出排名表(xlsx)、总览页(html)和每份报告的结果')
      .argument('<inputs...>', `报告所在目录(递归查找 ${REPORT_FORMATS})或报告文件`),
  )
    .requiredOption('--out <dir>', '结果目录')
    .option('--fail-under <score>', '任一报告得分低于此分(0–100)时以退出码 1 结束', parseScore)
    .option('--province <名称>', '只汇总该省(自治区、直辖市)的报告,如 浙江省')
    .option('--city <名称>', '只汇总该市的报告,如 杭州市')
    .action(async (inputs: string[], opts: BatchOptions) => {
      const outDir = await prepareOutDir(opts.out, inputs);
      const { files, skipped } = await findReports(inputs, outDir);
      if (files.length === 0) {
        const why = skipped
          .slice(0, 5)
          .map((s) => `\n  跳过:${printable(s.input)}:${s.reason}`)
          .join('');
        throw new UserError(`未找到可评分的报告文件(支持 ${REPORT_FORMATS})${why}`);
      }
      const created = await fsp.mkdir(outDir, { recursive: true }).catch((error: unknown) => {
        throw new UserError(`无法创建输出目录:${describeFsError(error)}`, { file: outDir });
      });
      for (const name of await removeStaleTemps(outDir)) log.info({ name }, 'batch: removed a leftover temporary file');
      const started = Date.now();
      const result = await scoreAll(files, outDir, opts).catch(async (error: unknown) => {
        // a tailoring the workers refused left behind the empty folders this run had made
        if (created !== undefined) await removeEmptyFolders(outDir, created);
        throw error;
      });
      const elapsedSeconds = (Date.now() - started) / 1000;
      const summary = { ...result, skipped: [...skipped, ...result.outside] };
      await withEagerTiering(async () => writeSummary(outDir, summary, elapsedSeconds, await result.renderers));

      process.stderr.write(summaryText(summary, elapsedSeconds));
      const below = opts.failUnder !== undefined && result.entries.some((e) => e.scorecard.total.score === null || e.scorecard.total.score < opts.failUnder!);
      if (result.failures.length > 0) process.exitCode = EXIT.badInput;
      else if (below) process.exitCode = EXIT.belowThreshold;
    });
}

interface Scored {
  entries: BatchEntry[];
  failures: BatchFailure[];
  /** per-report files written, relative to the output folder, in input order */
  written: string[];
  /** reports outside the --province/--city asked for: scored, then left out of the summary */
  outside: BatchFailure[];
  /** what the user should know of how a scored report was read (two encodings, a year to check) */
  notices: BatchFailure[];
  details: DetailStore;
  indicators: IndicatorColumns;
  renderers: ReturnType<typeof loadSummaryRenderers>;
}

/**
 * Scores every file on a pool of workers (each loads the lexicon and catalogue once and writes
 * its reports' files). Only the small summary rows stay in memory; each report's workbook detail
 * goes to a temporary file and is read back when the workbook is written. A file that fails,
 * crashes its worker or runs past its budget is recorded and skipped, never ends the batch.
 */
async function scoreAll(files: readonly string[], outDir: string, opts: BatchOptions): Promise<Scored> {
  const [{ runPool, SetupError, OrderedHelper }, { IndicatorColumns, SharedParts, inRegion, regionOf, regionText }] = await Promise.all([
    import('../util/pool.js'),
    load('render/ranking'),
  ]);
  const stems = uniqueStems(
    files,
    [SUMMARY_XLSX, OVERVIEW_HTML].map((name) => name.replace(/\.[^.]+$/, '')),
    await inputNamesIn(files, outDir),
    REPORT_OUTPUTS,
  );
  // the last word on never replacing an input (by device and inode, whatever the spelling)
  await assertOutputs(
    [
      ...stems.flatMap((stem) => REPORT_OUTPUTS.map((ext) => path.join(outDir, `${stem}.${ext}`))),
      path.join(outDir, SUMMARY_XLSX),
      path.join(outDir, OVERVIEW_HTML),
    ],
    inputPaths(files, opts),
  );
  const tasks: ReportTask[] = files.map((input, index) => ({ input, stem: stems[index]! }));
  const { workers, timeoutSeconds, memoryMb } = await budgets();
  const details = new DetailStore(
    Array.from(
      { length: Math.min(workers, ROWS_HELPERS) },
      () => new OrderedHelper<RowsWorkerSetup, EvidenceSpot | MatrixSpot, SpilledRows[]>(new URL('./batch-rows-worker.mjs', import.meta.url)),
    ),
    outDir,
  );
  const indicators = new IndicatorColumns();
  /** each edition's indicators: every worker sends them with its first report of the edition */
  const editionIndicators = new Map<string, BatchDetail['indicators']>();
  const shared = new SharedParts();
  const scored: Array<BatchEntry | null> = files.map(() => null);
  const failed: Array<string | null> = files.map(() => null);
  const outside: Array<string | null> = files.map(() => null);
  const noticed: Array<readonly string[]> = files.map(() => []);
  const progress = await progressBar(files.length);
  const setup: WorkerSetup = { catalogue: catalogueOptions(opts), outDir };

  const onOutcome = (index: number, outcome: TaskOutcome<ReportAnswer>) => {
    const task = tasks[index]!;
    progress?.increment({ file: printable(path.basename(task.input)) });
    if (outcome.ok && outcome.value.ok) {
      if (outcome.value.indicators) editionIndicators.set(outcome.value.edition, outcome.value.indicators);
      const region = regionOf(outcome.value.score.document);
      if (!inRegion(region, opts)) {
        outside[index] = `不属于所选地区(识别为:${regionText(region)}),未列入汇总`;
        return;
      }
      noticed[index] = outcome.value.notices ?? [];
      const entry: BatchEntry = { input: task.input, stem: task.stem, scorecard: shared.row(outcome.value.score, task.input) };
      details.put(task.stem, outcome.value.detail);
      indicators.add({ indicators: editionIndicators.get(outcome.value.edition)! }, index);
      scored[index] = entry;
      return;
    }
    if (outcome.ok && !outcome.value.ok) {
      failed[index] = outcome.value.reason;
      if (outcome.value.internal) log.error({ file: task.input, reason: outcome.value.reason }, 'batch: file failed');
      return;
    }
    if (!outcome.ok) {
      failed[index] = budgetReason(outcome, { timeoutSeconds, memoryMb });
      log.error({ file: task.input, outcome }, 'batch: worker ended');
    }
  };

  const pool = runPool<ReportTask, ReportAnswer>(
    tasks,
    { script: new URL('./batch-worker.mjs', import.meta.url), workerData: setup, size: workers, taskTimeoutMs: timeoutSeconds * 1000, memoryMb },
    onOutcome,
  );
  // loaded while the workers set up, when this thread only waits for them (later it would hold
  // up their answers): exceljs alone took it ~0.5 s after the last report, with the other core idle
  const renderers = loadSummaryRenderers();
  renderers.catch(() => undefined);
  const stopSignals = onInterrupt(async () => {
    progress?.stop();
    await pool.stop();
    details.close();
    removeOwnTemps(outDir);
    const done = scored.filter(Boolean).length;
    process.stderr.write(`\nduibiao: 已中断。已写入 ${done} 份报告的结果,汇总(${SUMMARY_XLSX}、${OVERVIEW_HTML})未生成;临时文件已删除\n`);
  });
  try {
    await pool.done;
  } catch (error) {
    details.close();
    removeOwnTemps(outDir);
    if (error instanceof SetupError) throw revive(error.cause, memoryMb);
    throw error;
  } finally {
    stopSignals();
    progress?.stop();
  }
  const entries = scored.filter((e): e is BatchEntry => e !== null);
  const failures = files.flatMap((input, index) => (failed[index] === null ? [] : [{ input, reason: failed[index]! }]));
  const written = entries.flatMap((e) => REPORT_OUTPUTS.map((ext) => `${e.stem}.${ext}`));
  const left = tasks.flatMap((task, index) => (outside[index] === null ? [] : [{ task, reason: outside[index]! }]));
  // the files the workers wrote for them go too: the output folder holds the region asked for
  await Promise.all(left.flatMap(({ task }) => REPORT_OUTPUTS.map((ext) => fsp.rm(path.join(outDir, `${task.stem}.${ext}`), { force: true }))));
  const notices = files.flatMap((input, index) => noticed[index]!.map((reason) => ({ input, reason })));
  return { entries, failures, written, outside: left.map(({ task, reason }) => ({ input: task.input, reason })), notices, details, indicators, renderers };
}

function budgetReason(outcome: Extract<TaskOutcome<unknown>, { ok: false }>, limits: { timeoutSeconds: number; memoryMb: number }): string {
  switch (outcome.reason) {
    case 'timeout':
      return `处理时间超过上限(${limits.timeoutSeconds} 秒),已中止该报告`;
    case 'memory':
      return `处理所需内存超过上限(${limits.memoryMb} MB),已中止该报告`;
    case 'crashed':
      return `处理该报告时出现内部错误,已中止该报告(${outcome.message})`;
  }
}

/** A worker's set-up error (a broken catalogue, say) as the error it was. */
function revive(cause: unknown, memoryMb: number): Error {
  const error = cause as { name?: string; message?: string; place?: UserError['place']; code?: string } | undefined;
  if (error?.name === 'UserError') return new UserError(error.message ?? '', error.place);
  // a limit too low for the lexicon and catalogue was an internal error
  if (error?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new UserError(
      `每个工作线程的内存上限 DUIBIAO_WORKER_MEMORY_MB=${memoryMb} MB 不够载入词表和指标体系;请调大或不设此变量(默认 ${DEFAULT_WORKER_MEMORY_MB} MB)`,
    );
  }
  return new Error(error?.message ?? String(cause));
}

/**
 * SIGINT/SIGTERM end the run cleanly: workers stop, temporary files go, and the exit code says
 * which signal (130, 143). Returns the function that removes the handlers.
 */
function onInterrupt(cleanup: () => Promise<void>): () => void {
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((signal) => {
    const handler = () => {
      void cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    };
    process.once(signal, handler);
    return () => process.off(signal, handler);
  });
  return () => handlers.forEach((off) => off());
}

async function progressBar(total: number) {
  if (!process.stderr.isTTY) return null;
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: '评分中 [{bar}] {value}/{total} {file}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: '' });
  return bar;
}

/**
 * The reports' workbook details, in the workers' details files (batch-details.ts), read back when
 * the workbook is written: it needs them in ranking order, after all are scored, and each sheet
 * reads only its part (the matrix its cells and the evidence sheet its rows, through the helper
 * threads; the overrides here).
 */
class DetailStore extends DetailReader {
  /** where each helper thread writes its deflated evidence rows (batch-rows-worker.ts) */
  private readonly spills: string[];
  private readonly spillFds: Array<number | null>;

  /** the helper threads of the evidence rows (batch-rows-worker.ts), started with the batch */
  constructor(
    private readonly rowsHelpers: ReadonlyArray<OrderedHelper<RowsWorkerSetup, EvidenceSpot | MatrixSpot, SpilledRows[]>>,
    outDir: string,
  ) {
    super();
    this.spills = rowsHelpers.map(() => tempPathFor(path.join(outDir, 'evidence.bin')));
    this.spillFds = rowsHelpers.map(() => null);
  }

  /**
   * The entries' matrix rows, rendered, and then their evidence rows, numbered for the workbook's
   * sheets, all deflated by the helper threads (the reports in turns, each told its row's number or
   * how many evidence rows come before its own), which read them from the details files and write
   * them to their spill files: they are asked for all at once, so that they work through them while
   * the sheets before them are written, and only where each report's rows lie crosses to this
   * thread (memory stays flat); each is read back as the sheet takes it.
   */
  sheetRows(entries: readonly BatchEntry[], perSheet: number, { layout, rows }: MatrixRows): AsyncGenerator<SheetPiece> {
    const requests: Array<{ sheet: SheetPiece['sheet']; spot: EvidenceSpot | MatrixSpot }> = [];
    entries.forEach(({ stem }, index) => requests.push({ sheet: 'matrix', spot: this.matrixSpot(stem, rows[index]!.number, rows[index]!.lead) }));
    let first = 0;
    for (const { stem } of entries) {
      requests.push({ sheet: 'evidence', spot: this.evidence(stem, first) });
      first += this.evidenceRowCount(stem);
    }
    // each sheet's reports in turns, the first of each sheet to the first helper
    const turn = (index: number) => (index < entries.length ? index : index - entries.length) % this.rowsHelpers.length;
    const answers = this.rowsHelpers.map((helper, k) => {
      const own = requests.filter((_, index) => turn(index) === k).map(({ spot }) => spot);
      return helper.answers({ perSheet, spill: this.spills[k]!, matrix: layout }, own, own.length);
    });
    const spilled = (k: number, rows: SpilledRows) => this.readSpilled(k, rows);
    return (async function* () {
      for (let index = 0; index < requests.length; index++) {
        const k = turn(index);
        const answer = await answers[k]!.next();
        if (answer.done === true) throw new Error('a rows helper answered fewer reports than asked');
        for (const piece of answer.value) yield { sheet: requests[index]!.sheet, rows: spilled(k, piece) };
      }
      // each helper's answers end (and the helper with them) once read past the last
      for (const rest of answers) await rest.return(undefined);
    })();
  }

  private readSpilled(k: number, { position, size, crc, length, rows }: SpilledRows): DeflatedRows {
    const fd = (this.spillFds[k] ??= openSync(this.spills[k]!, 'r'));
    const deflated = Buffer.allocUnsafe(size);
    if (readSync(fd, deflated, 0, size, position) !== size) throw new Error(`the evidence spill file ended before ${position + size} bytes`);
    return { deflated, crc, length, rows };
  }

  override close(): void {
    for (const helper of this.rowsHelpers) void helper.stop();
    for (const fd of this.spillFds) if (fd !== null) closeSync(fd);
    this.spillFds.fill(null);
    for (const spill of this.spills) rmSync(spill, { force: true });
    super.close();
  }
}

function loadSummaryRenderers() {
  return Promise.all([load('render/xlsx'), load('render/overview'), load('render/ranking')]);
}

async function writeSummary(
  outDir: string,
  summary: Scored & { skipped: BatchFailure[] },
  elapsedSeconds: number,
  [{ writeBatchXlsx }, { renderOverviewHtml }, { areaColumns, matrixCells }]: Awaited<ReturnType<typeof loadSummaryRenderers>>,
): Promise<void> {
  const { entries, failures, written, skipped, details, indicators } = summary;
  const xlsx = path.join(outDir, SUMMARY_XLSX);
  const tmp = tempPathFor(xlsx);
  // written while the helper threads render the matrix and number the evidence rows, put in place after the workbook (never without it)
  const overview: { staged?: StagedFile; failed?: { error: unknown } } = {};
  const stageOverview = () => {
    try {
      overview.staged = stageFile(path.join(outDir, OVERVIEW_HTML), renderOverviewHtml(entries, failures, { elapsedSeconds, skipped, written }));
    } catch (error) {
      overview.failed = { error };
    }
  };
  try {
    await writeBatchXlsx(tmp, {
      entries,
      areas: areaColumns(entries),
      indicators: indicators.list,
      cellsOf: (entry) => matrixCells(details.matrix(entry.stem)),
      statusesOf: (entry) => details.statuses(entry.stem),
      manualOf: (entry) => details.manual(entry.stem),
      sheetRows: (ranked, perSheet, matrix) => details.sheetRows(ranked, perSheet, matrix),
      meanwhile: stageOverview,
      anyManual: entries.some((e) => e.scorecard.overrides !== undefined),
      failures,
      written,
      skipped,
    });
    await fsp.rename(tmp, xlsx);
  } catch (error) {
    overview.staged?.discard();
    await fsp.rm(tmp, { force: true }).catch(() => {}); // a path too long to create is too long to remove
    throw new UserError(`无法写入输出文件:${describeFsError(error)}`, { file: xlsx });
  } finally {
    details.close();
  }
  if (overview.failed) throw overview.failed.error;
  overview.staged!.commit();
}

export function summaryText(
  { entries, failures, skipped, written, notices }: Pick<Scored, 'entries' | 'failures' | 'written' | 'notices'> & { skipped: readonly BatchFailure[] },
  elapsedSeconds: number,
): string {
  const lines = [
    `已评分 ${entries.length} 份,失败 ${failures.length} 份,跳过 ${skipped.length} 项,写入 ${written.length + 2} 个文件(含 ${SUMMARY_XLSX}、${OVERVIEW_HTML}),用时 ${elapsedSeconds.toFixed(1)} 秒`,
  ];
  for (const f of failures) lines.push(`  失败:${printable(f.input)}:${printable(f.reason)}`);
  for (const s of skipped) lines.push(`  跳过:${printable(s.input)}:${s.reason}`);
  for (const n of notices) lines.push(`  注意:${printable(n.input)}:${n.reason}`);
  return `${lines.join('\n')}\n`;
}

/** The names (lower case) of the inputs that live directly in the output folder. */
async function inputNamesIn(files: readonly string[], outDir: string): Promise<Set<string>> {
  const names = new Set<string>();
  const realOut = await fsp.realpath(outDir).catch(() => outDir);
  // the files share a few folders: each folder's real path is asked once (an awaited call a file
  // held up the first report by 0.15 s at 3,000 reports)
  const realDirs = new Map<string, Promise<string | null>>();
  for (const file of files) {
    const dir = path.dirname(path.resolve(file));
    let real = realDirs.get(dir);
    if (real === undefined) realDirs.set(dir, (real = fsp.realpath(dir).catch(() => null)));
    if ((await real) === realOut) names.add(path.basename(file).toLowerCase());
  }
  return names;
}

export interface Found {
  files: string[];
  /** what a folder held that is not read, and why */
  skipped: BatchFailure[];
}

/**
 * The reports to score: files as given, folders walked recursively for supported formats.
 * Pipes and devices, symbolic links found in folders, hidden files and folders, other formats and pages duibiao wrote are skipped
 * with their reason; so is the output folder when it lies inside an input folder (its pages are
 * never read back as input). An input folder inside the output folder is walked as any other.
 */
export async function findReports(inputs: readonly string[], outDir: string): Promise<Found> {
  const found: Found = { files: [], skipped: [] };
  const taken: Taken = new Map();
  for (const input of inputs) {
    // a pool of workers reads files by name; '-' was looked up as a file and "did not exist"
    if (input === '-') throw new UserError('batch 不读取标准输入(-);请给出报告文件或目录');
    const stat = await fsp.stat(input).catch((error: unknown) => {
      const found = statIfAny(pathOnDisk(input));
      if (!found) throw new UserError(describeOpenError(input, error), { file: input });
      return found;
    });
    if (!stat.isDirectory()) {
      // a FIFO without a writer would block its worker in open(), where no signal can end the run
      if (!stat.isFile()) found.skipped.push({ input, reason: NOT_A_REGULAR_FILE });
      else if (takeOnceListed(input, await realPath(input), { taken, found }, '是同一文件,只评分一次')) found.files.push(input);
      continue;
    }
    const root = path.resolve(input);
    const skipOut = !isInside(root, outDir);
    await walk(input, { outDir: skipOut ? outDir : null, taken, found });
  }
  return found;
}

/**
 * Takes what `name` reaches (see takeOnce); another name for what is taken is listed as skipped, with `reason`.
 * A file was scored twice, under two names.
 */
function takeOnceListed(name: string, real: string, { taken, found }: { taken: Taken; found: Found }, reason: string): boolean {
  return takeOnce(taken, name, real, (first) => found.skipped.push({ input: name, reason: `与 ${printable(first)} ${reason}` }));
}

async function walk(dir: string, context: { outDir: string | null; taken: Taken; found: Found }): Promise<void> {
  const { found } = context;
  const skip = (file: string, reason: string) => found.skipped.push({ input: file, reason });
  if (context.outDir !== null && isInside(path.resolve(dir), context.outDir)) {
    skip(dir, '输出目录,其中的文件不作为输入');
    return;
  }
  // entries that are symbolic links are not followed: an entry's real place is in its folder's
  const realDir = await realPath(dir);
  if (!takeOnceListed(dir, realDir, context, '是同一目录,只查找一次')) return;
  const listed = await fsp.readdir(pathOnDisk(dir), { withFileTypes: true, encoding: 'buffer' }).catch((error: unknown) => {
    skip(dir, `无法读取目录:${describeFsError(error)}`);
    return [];
  });
  // named as the user reads them (util/byte-names.ts): a GBK name was a file that "did not exist"
  const entries = listed.map((entry) => ({ name: nameOfBytes(entry.name), entry }));
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, entry } of entries) {
    const full = path.join(dir, name);
    if (name.startsWith(TEMP_PREFIX)) continue;
    if (name.startsWith('.')) skip(full, entry.isDirectory() ? '隐藏目录,未查找' : '隐藏文件,未读取');
    else if (entry.isSymbolicLink()) skip(full, '符号链接,未跟随(需要时请直接给出目标文件)');
    else if (entry.isDirectory()) await walk(full, context);
    else if (!entry.isFile()) skip(full, NOT_A_REGULAR_FILE);
    else if (OLDER_DOCUMENT_EXTENSIONS.has(extensionOf(name))) {
      // a .wps saved as a Word 97–2003 document is read as one; WPS's own format is not
      if (!(await isWordBinary(full)))
        skip(full, `${extensionOf(name)} 格式的文档未读取(不是 Word 97-2003 格式,可能是 WPS 文字自有格式);请在 WPS 或 Word 中另存为 .docx 后再试`);
      else if (takeOnceListed(full, path.join(realDir, name), context, '是同一文件,只评分一次')) found.files.push(full);
    } else if (!REPORT_EXTENSIONS.has(extensionOf(name))) skip(full, `不是支持的报告格式(${REPORT_FORMATS})`);
    else if (await isOurPage(full)) skip(full, 'duibiao 生成的页面,不作为输入');
    else if (takeOnceListed(full, path.join(realDir, name), context, '是同一文件,只评分一次')) found.files.push(full);
  }
}

const extensionOf = (name: string): string => path.extname(name).toLowerCase();

/** `dir` and its parents up to `top`, as long as each is empty. */
async function removeEmptyFolders(dir: string, top: string): Promise<void> {
  for (let folder = dir; ; folder = path.dirname(folder)) {
    if (
      !(await fsp.rmdir(folder).then(
        () => true,
        () => false,
      )) ||
      folder === top
    )
      return;
  }
}

function isInside(candidate: string, dir: string): boolean {
  const relative = path.relative(dir, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Pages duibiao wrote carry <meta name="generator" content="duibiao">. A page that cannot be opened
 * (no permission, gone since the folder was listed) is no page of ours: its worker says why it
 * fails, where the error here ended the whole batch as an internal error.
 */
/** Whether a file is a Word 97–2003 document, by its content (a compound file with a WordDocument stream). */
async function isWordBinary(file: string): Promise<boolean> {
  const bytes = await fsp.readFile(pathOnDisk(file)).catch(() => undefined);
  return bytes !== undefined && sniff(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length)).kind === 'doc';
}

async function isOurPage(file: string): Promise<boolean> {
  if (!/\.html?$/i.test(file)) return false;
  const { GENERATOR } = await load('render/html-kit');
  const handle = await fsp.open(file, 'r').catch(() => null);
  if (!handle) return false;
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').includes(`<meta name="generator" content="${GENERATOR}">`);
  } finally {
    await handle.close();
  }
}
