import { promises as fs, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { UserError } from '../errors.js';
import { assertWritableTarget, leadingBytes, removeStaleTemps, writeFileAtomic } from '../util/atomic.js';
import { describeFsError } from '../util/fs-errors.js';
import { printable } from '../util/printable.js';
import { DEFAULT_EDITION, type CatalogueOptions } from '../catalogue/types.js';
import type { CheckerOptions } from '../pipeline.js';

/** --edition and --tailoring, on every command that evaluates. */
export function withCatalogueOptions(command: Command): Command {
  return command
    .addOption(new Option('--edition <year>', '指标体系版本(不给则按报告年度:2020年及以前用2019年版,之后用2021年版)').choices(['2019', '2021']))
    .option('--tailoring <file>', '剪裁文件(YAML):增删指标、调整分值和门槛、豁免不适用指标');
}

/** What the user should know of how a report was read (two encodings, a year to check), on stderr beside the result. */
export function tellNotices(file: string, notices: readonly string[]): void {
  for (const notice of notices) process.stderr.write(`duibiao: ${printable(file)}: 注意:${notice}\n`);
}

/** One catalogue, for the catalogue commands: the edition given, else the default one. */
export function oneCatalogueOptions(opts: { edition?: string; tailoring?: string }): CatalogueOptions {
  return { ...catalogueOptions(opts), edition: opts.edition ?? DEFAULT_EDITION };
}

/** The edition is left open when not given: Checker chooses it by the year of each report. */
export function catalogueOptions(opts: { edition?: string; tailoring?: string }): CheckerOptions {
  return { edition: opts.edition, tailoring: opts.tailoring };
}

/** --overrides FILE: an inspector's verdicts for one report (报告.overrides.yaml beside it is read without it). */
export function withOverridesOption(command: Command): Command {
  return command.option('--overrides <file>', '人工认定文件(YAML):逐项写明指标编号、认定状态、理由、认定人和日期;不给时读取报告旁的 报告名.overrides.yaml');
}

/** --overrides names one report's file: refused with several reports, each of which keeps its own beside it. */
export function singleReportOverrides(inputs: readonly string[], overrides: string | undefined): string | undefined {
  if (overrides !== undefined && inputs.length > 1) {
    throw new UserError('--overrides 只能用于一份报告;核查多份报告时,请把各自的人工认定文件放在报告旁(报告名.overrides.yaml)', { file: overrides });
  }
  return overrides;
}

/**
 * --fail-under SCORE: a number from 0 to 100, in decimal digits (full-width ones too). Number()
 * alone read '' and ' ' (an unset shell variable) as 0, a line no report falls below, and took 0x10.
 */
export function parseScore(value: string): number {
  const digits = value.normalize('NFKC').trim();
  const score = /^(?:\d+\.?\d*|\.\d+)$/.test(digits) ? Number(digits) : NaN;
  if (!Number.isFinite(score) || score < 0 || score > 100) {
    throw new UserError(`--fail-under 的取值应为 0 到 100 之间的数,收到 '${value}'`);
  }
  return score;
}

/** Names of the files duibiao writes, and of none a folder is named by. */
const OUTPUT_FILE_EXTENSION = /\.(md|json|html?|xlsx|docx)$/i;

/**
 * Checks an output folder before any work is done, so that a bad --out costs nothing and
 * changes nothing: refused when it is an input file, an existing file, or not writable
 * (judged on its nearest existing ancestor). The folder itself is created only when writing.
 */
export async function prepareOutDir(outDir: string, inputs: readonly string[]): Promise<string> {
  const resolved = path.resolve(outDir);
  const input = inputs.find((given) => given !== '-' && path.resolve(given) === resolved);
  if (input !== undefined) {
    const what = statSync(input, { throwIfNoEntry: false })?.isDirectory() ? '输入目录,结果会与报告混在一起' : '输入文件';
    throw new UserError(`--out 指向了${what};请另指定一个用于存放结果的目录`, { file: outDir });
  }
  let existing = resolved;
  for (;;) {
    const stat = await fs.stat(existing).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw new UserError(`无法使用该输出目录:${describeFsError(error)}`, { file: outDir });
    });
    if (stat) {
      if (!stat.isDirectory()) {
        // --out /dev/full was "an existing file"
        const what = stat.isFile() ? '文件' : '设备、管道或套接字';
        throw new UserError(existing === resolved ? `--out 应为目录,这里是一个已存在的${what}` : `无法在此创建输出目录:${existing} 是${what}`, {
          file: outDir,
        });
      }
      break;
    }
    // check 报告.txt --out 结果.md made a folder 结果.md holding 报告.md
    if (existing === resolved && OUTPUT_FILE_EXTENSION.test(resolved)) {
      throw new UserError(`--out 应为存放结果的目录(每份报告写一个文件),${path.extname(resolved)} 是文件的扩展名;请改用目录名,如 --out 结果`, { file: outDir });
    }
    const parent = path.dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  try {
    // access() trusts permission bits, which root bypasses; only a real write tells (e.g. /sys, read-only mounts)
    await fs.rm(await fs.mkdtemp(path.join(existing, '.duibiao-probe-')), { recursive: true });
  } catch (error) {
    throw new UserError(`无法写入输出目录:${describeFsError(error)}`, { file: outDir });
  }
  return resolved;
}

/**
 * Every file a command reads: its reports, its tailoring and overrides. An output may never be one of
 * them ('-', standard input, is none).
 */
export function inputPaths(files: readonly string[], opts: { tailoring?: string; overrides?: string }): string[] {
  return [...files, opts.tailoring, opts.overrides].filter((file): file is string => file !== undefined && file !== '-');
}

/**
 * The format an --out file's extension names (不足.docx, 对比.html) when --format was not given:
 * the default md went into 不足.docx, which Word could not open. A format given is kept.
 */
export function formatForOut<F extends string>(command: Command, format: F, out: string | undefined, formats: readonly F[]): F {
  if (out === undefined || command.getOptionValueSource('format') !== 'default') return format;
  const extension = path.extname(out).slice(1).toLowerCase().replace(/^htm$/, 'html');
  return formats.find((named) => named === extension) ?? format;
}

/**
 * Checks an --out file before any work is done: a regular file or a new path in an existing
 * folder, and not one of the inputs.
 */
export async function prepareOutFile(out: string, inputs: readonly string[]): Promise<string> {
  // path.resolve drops the slash: a folder not yet made was "路径中的某一级不是目录"
  if (/[\\/]$/.test(out)) throw new UserError('--out 应为输出文件的路径(如 结果.md),不能以 / 结尾', { file: out });
  const dir = path.dirname(path.resolve(out));
  const stat = await fs.stat(dir).catch(() => null);
  if (!stat?.isDirectory()) throw new UserError('输出文件所在的目录不存在', { file: out });
  await assertOutputs([out], inputs);
  return out;
}

/**
 * Refuses outputs that would replace an input (same file by device and inode, so also through
 * another spelling of the path, a symlink or a hard link) or that are not regular files.
 */
export async function assertOutputs(outputs: readonly string[], inputs: readonly string[]): Promise<void> {
  const identity = (stat: { dev: number; ino: number }) => `${stat.dev}:${stat.ino}`;
  let inputIds: Map<string, string> | undefined;
  const listed = new FolderListings();
  // synchronous: a batch checks two outputs a report, and an awaited call each left it idle
  for (const output of outputs) {
    if (!listed.mayHold(output)) continue; // a new path: neither a link nor an input
    // a regular file or none: its lstat is its stat
    const stat = assertWritableTarget(output);
    if (!stat) continue; // a new path cannot be an existing input
    inputIds ??= new Map(
      (await Promise.all(inputs.filter((input) => input !== '-').map(async (input) => [input, await fs.stat(input).catch(() => null)] as const))).flatMap(
        ([input, inputStat]) => (inputStat ? [[identity(inputStat), input] as const] : []),
      ),
    );
    const input = inputIds.get(identity(stat));
    if (input !== undefined) {
      throw new UserError(`输出路径就是输入文件 ${printable(input)},写入会覆盖它;请换一个输出路径`, { file: output });
    }
  }
}

/**
 * The names in each folder of the outputs, listed once: an output whose name is none of them is a new path and
 * needs no look-up of its own (a batch's two look-ups an output, in a fresh folder, held up its first report by
 * ~0.1 s per 1,000 reports). Names are compared in one case and form, as a file system may fold them, so that a
 * name it would take for an entry's is looked up; a folder that cannot be listed has every output looked up.
 */
class FolderListings {
  private readonly names = new Map<string, Set<string> | null>();

  mayHold(file: string): boolean {
    const dir = path.dirname(file);
    let names = this.names.get(dir);
    if (names === undefined) {
      try {
        names = new Set(readdirSync(dir).map(folded));
      } catch {
        names = null;
      }
      this.names.set(dir, names);
    }
    return names === null || names.has(folded(path.basename(file)));
  }
}

const folded = (name: string): string => name.normalize('NFC').toLowerCase();

/**
 * Writes every file of a result after all of them were rendered, each atomically; none may
 * replace an input. Temporary files an interrupted earlier run left in these folders go first.
 */
export async function writeAll(files: ReadonlyArray<{ path: string; data: string | Uint8Array }>, inputs: readonly string[] = []): Promise<void> {
  for (const dir of new Set(files.map((file) => path.dirname(file.path)))) {
    await fs.mkdir(dir, { recursive: true }).catch((error: unknown) => {
      throw new UserError(`无法创建输出目录:${describeFsError(error)}`, { file: dir });
    });
    await removeStaleTemps(dir);
  }
  await assertOutputs(
    files.map((file) => file.path),
    inputs,
  );
  for (const file of files) writeFileAtomic(file.path, file.data);
}

/** Files and folders taken, by where each really is (symbolic links resolved), with the name it was first reached by. */
export type Taken = Map<string, string>;

export const realPath = (file: string): Promise<string> => fs.realpath(file).catch(() => path.resolve(file));

/**
 * Whether `name` reaches a file or folder not taken yet (`real`, where it really is), and takes it.
 * One reached twice (./a.txt and a.txt, a symbolic link beside its target, a file and its folder) is
 * taken once; `onAnotherName` hears of another name for what was taken, the same name again goes without saying.
 */
export function takeOnce(taken: Taken, name: string, real: string, onAnotherName: (first: string) => void): boolean {
  const first = taken.get(real);
  if (first === undefined) {
    taken.set(real, name);
    return true;
  }
  if (path.resolve(first) !== path.resolve(name)) onAnotherName(first);
  return false;
}

/**
 * The reports given, each file once and in order: `check a.txt ./a.txt` scored one file twice,
 * written to a.md and a-2.md as two reports of one name. Another name for a file is told, as batch tells it.
 */
export async function eachFileOnce(inputs: readonly string[]): Promise<string[]> {
  const taken: Taken = new Map();
  const once: string[] = [];
  for (const input of inputs) {
    const real = input === '-' ? input : await realPath(input);
    const tell = (first: string) => process.stderr.write(`duibiao: ${printable(input)}: 与 ${printable(first)} 是同一文件,只核查一次\n`);
    if (takeOnce(taken, input, real, tell)) once.push(input);
  }
  return once;
}

/** report.txt → report; '-' → stdin. Control characters of a file name never reach an output name. */
export function outputStem(input: string): string {
  if (input === '-') return 'stdin';
  return leadingBytes(printable(path.basename(input).replace(/\.[^.]+$/, ''), '_'), MAX_STEM_BYTES) || 'report';
}

/**
 * The bytes of a stem in an output's name: with the prefix of its temporary name (util/atomic.ts),
 * a -2 and an extension, within the 255 bytes a file name may have. An input's name near that
 * length (83 Chinese characters) failed its outputs with ENAMETOOLONG.
 */
const MAX_STEM_BYTES = 180;

/**
 * report.txt, a/report.txt, report.docx → report, report-2, report-3: never a reserved name, and
 * (in batch) never a stem whose <stem>.<ext> output is an input's name in the output folder (`occupied`, lower case).
 */
export function uniqueStems(
  files: readonly string[],
  reserved: readonly string[] = [],
  occupied: ReadonlySet<string> = new Set(),
  extensions: readonly string[] = [],
): string[] {
  const taken = new Set(reserved.map((r) => r.toLowerCase()));
  const free = (stem: string) => !taken.has(stem.toLowerCase()) && extensions.every((ext) => !occupied.has(`${stem}.${ext}`.toLowerCase()));
  return files.map((file) => {
    const base = outputStem(file);
    let stem = base;
    for (let n = 2; !free(stem); n++) stem = `${base}-${n}`;
    taken.add(stem.toLowerCase());
    return stem;
  });
}
