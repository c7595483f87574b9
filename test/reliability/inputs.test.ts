import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { snapshot, tempDir } from '../helpers/cli.js';
import iconv from 'iconv-lite';
import { deepHtml, docxBomb, manyPagesPdf, pdfBomb, utf16WithoutBom, utf8WithInvalidByte } from '../ingest/hostile.js';

/**
 * Issue 12, input side: hostile inputs, each generated here, are refused at a limit (exit 2,
 * a Chinese message naming the limit and the file) or read correctly, in bounded time and
 * memory, leaving the inputs as they were and no temporary file behind.
 */

const MiB = 1024 * 1024;
/** Every case, including the CLI's start-up on a busy machine. */
const TIME_BOUND_MS = 20_000;
/** Peak resident memory of the CLI; an ordinary check peaks near 150 MB. */
const MEMORY_BOUND_KB = 450 * 1024;

/** A report of our own words that yields two facts when it is decoded right. */
const REPORT =
  '某区2023年法治政府建设年度报告\n一、主要工作\n全年共办理行政复议案件30件,依法纠错3件。行政机关负责人出庭应诉率达到100%。\n' +
  '二、存在不足\n基层执法人员培训还不够充分,个别单位制度落实有差距。\n';

let dir: string;
let peakProbe: string;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  peakKb: number;
}

/** Runs the built CLI, measuring wall time and the peak resident memory (VmHWM) the process reached. */
function run(args: string[], stdinFile?: string): Run {
  const stdin = stdinFile ? openSync(stdinFile, 'r') : 'pipe';
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--import', peakProbe, path.join(packageRoot, 'dist', 'cli.js'), ...args], {
    cwd: dir,
    stdio: [stdin, 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * MiB,
    env: { ...process.env, NO_COLOR: '1', TMPDIR: dir },
  });
  const ms = Date.now() - started;
  if (typeof stdin === 'number') closeSync(stdin);
  const peak = /\npeak-rss-kb (\d+)\n/.exec(result.stderr);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.replace(/\npeak-rss-kb \d+\n/, ''), ms, peakKb: Number(peak?.[1] ?? NaN) };
}

const at = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = tempDir('duibiao-inputs-');
  peakProbe = at('peak-probe.mjs');
  writeFileSync(
    peakProbe,
    "import { readFileSync, writeSync } from 'node:fs';\n" +
      "process.on('exit', () => { const m = /VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8')); writeSync(2, `\\npeak-rss-kb ${m ? m[1] : 'NaN'}\\n`); });\n",
  );
  writeFileSync(at('good.txt'), REPORT);
  writeFileSync(at('zip-bomb.docx'), docxBomb(2048));
  writeFileSync(at('lying-zip-bomb.docx'), docxBomb(1024, 4096, 'word/media/image1.png'));
  writeFileSync(at('huge-text.txt'), REPORT.repeat(Math.floor((19 * MiB) / Buffer.byteLength(REPORT))));
  writeFileSync(at('bomb.pdf'), pdfBomb(3500));
  writeFileSync(at('pages.pdf'), manyPagesPdf(50_000));
  writeFileSync(at('deep.html'), deepHtml(1_000_000, REPORT.split('\n').slice(1, 3).join('</p><p>')));
  writeFileSync(at('invalid-byte.txt'), utf8WithInvalidByte(REPORT));
  writeFileSync(at('utf16le.txt'), utf16WithoutBom(REPORT, 'le'));
  writeFileSync(at('utf16be.txt'), utf16WithoutBom(REPORT, 'be'));
  const [head, ...rest] = REPORT.split('\n');
  writeFileSync(at('mixed.txt'), Buffer.concat([Buffer.from(`${head}\n`), iconv.encode(rest.join('\n'), 'gbk')]));
  writeFileSync(at('nul-padded.txt'), Buffer.concat([Buffer.from(REPORT), Buffer.alloc(4096)]));
  writeFileSync(at('year-2099.txt'), REPORT.replace('2023年', '2099年'));
  const runTogether = REPORT.split('\n').join('\u3000\u3000');
  writeFileSync(at('one-line.txt'), runTogether + '工作有序推进。\u3000\u3000'.repeat(60_000));
});

interface Refusal {
  name: string;
  args: () => string[];
  stdin?: string;
  /** the file named in the message, and words naming the limit */
  file: string;
  phrases: string[];
}

const refusals: Refusal[] = [
  {
    name: 'a zip bomb (.docx text unpacking to 2 GB)',
    args: () => ['check', at('zip-bomb.docx')],
    file: 'zip-bomb.docx',
    phrases: ['XML 部件解压后超过 10 MB 的上限'],
  },
  {
    name: 'a zip bomb in a picture whose headers declare 4 KB',
    args: () => ['check', at('lying-zip-bomb.docx')],
    file: 'lying-zip-bomb.docx',
    phrases: ['100 MB', '压缩炸弹'],
  },
  { name: 'a PDF bomb (3.6 MB, content unpacking to 3.5 GB)', args: () => ['check', at('bomb.pdf')], file: 'bomb.pdf', phrases: ['200 MB', '压缩炸弹'] },
  { name: 'a PDF of 50,000 pages', args: () => ['check', at('pages.pdf')], file: 'pages.pdf', phrases: ['50000 页', '2000 页的上限'] },
  { name: 'a plain-text file of 19 MB (6 million characters)', args: () => ['check', at('huge-text.txt')], file: 'huge-text.txt', phrases: ['100 万字的上限'] },
  { name: 'check /dev/zero', args: () => ['check', '/dev/zero'], file: '/dev/zero', phrases: ['20 MB'] },
  { name: 'diff /dev/zero report', args: () => ['diff', '/dev/zero', at('good.txt')], file: '/dev/zero', phrases: ['20 MB'] },
  { name: 'check - with /dev/zero as standard input', args: () => ['check', '-'], stdin: '/dev/zero', file: '标准输入', phrases: ['20 MB'] },
];

describe('hostile inputs are refused at a limit', () => {
  it.each(refusals)('$name', ({ args, stdin, file, phrases }) => {
    const before = snapshot(dir);
    const result = run(args(), stdin);
    expect(result.status).toBe(2);
    const message = result.stderr.trim();
    expect(message).toContain(file);
    for (const phrase of phrases) expect(message).toContain(phrase);
    expect(message).not.toMatch(/\n\s+at /); // no stack trace
    expect(result.ms).toBeLessThan(TIME_BOUND_MS);
    expect(result.peakKb).toBeLessThan(MEMORY_BOUND_KB);
    expect(snapshot(dir)).toEqual(before);
    expect(leftovers()).toEqual([]);
  });
});

interface Reading {
  name: string;
  file: string;
  /** what the warning log (--log-level warn) says, if anything */
  warning?: RegExp;
}

const readings: Reading[] = [
  { name: 'one invalid byte in UTF-8', file: 'invalid-byte.txt', warning: /"encoding":"utf-8","replaced":1,/ },
  { name: 'UTF-16 LE without a byte order mark', file: 'utf16le.txt' },
  { name: 'UTF-16 BE without a byte order mark', file: 'utf16be.txt' },
  {
    name: 'a web page nested a million levels deep (11 MB), flattened',
    file: 'deep.html',
    warning: /"dropped":99\d{4},"depth":500,"msg":"elements nested beyond the depth limit flattened"/,
  },
  // read as GB18030 throughout, the UTF-8 title came out garbled without a word
  {
    name: 'a UTF-8 title over GBK lines, each read in its encoding',
    file: 'mixed.txt',
    warning: /^duibiao: mixed\.txt: 注意:文件混用了 UTF-8 和 GBK 两种编码\(4 行为 GBK\),已逐行按各自的编码读取;请核对结果/,
  },
  // refused as binary data
  {
    name: 'a report padded with 4 KB of NULs',
    file: 'nul-padded.txt',
    warning: /^duibiao: nul-padded\.txt: 注意:文件末尾有 4096 个空字节\(NUL\),已忽略;文件可能没有完整保存,请核对/,
  },
  { name: 'a report of a year to come', file: 'year-2099.txt', warning: /^duibiao: year-2099\.txt: 注意:报告年度识别为 2099 年,晚于今年\(\d{4} 年\);请核对/ },
  // each indent is looked at once, not scanned back from to the start of the line
  { name: 'a report run together in one line of 540,000 characters with 60,000 indents', file: 'one-line.txt' },
];

describe('odd but readable inputs are read', () => {
  it.each(readings)('$name', ({ file, warning }) => {
    const before = snapshot(dir);
    const result = run(['--log-level', 'warn', 'facts', path.basename(file), '--format', 'json']);
    if (warning) expect(result.stderr).toMatch(warning);
    else expect(result.stderr.trim()).toBe('');
    expect(result.status).toBe(0);
    const facts = (JSON.parse(result.stdout) as { facts: Array<{ id: string; value: unknown }> }).facts;
    expect(facts.map(({ id, value }) => [id, value])).toEqual(
      expect.arrayContaining([
        ['reconsideration_cases', 30],
        ['head_appearance_rate', 100],
      ]),
    );
    expect(result.ms).toBeLessThan(TIME_BOUND_MS);
    expect(snapshot(dir)).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  it('a plan for next year, written before it begins, has no year to check', () => {
    const next = new Date().getFullYear() + 1;
    writeFileSync(
      path.join(dir, 'plan-next-year.txt'),
      `某区司法局${next}年法治政府建设工作要点\n\n${next}年,全区法治政府建设工作的总体要求是坚持依法行政。一、推进重大行政决策合法性审核,审核率达到100%。二、组织执法人员培训,每人不少于60学时。三、落实行政机关负责人出庭应诉制度。\n`,
    );
    const result = run(['facts', 'plan-next-year.txt', '--format', 'json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ document: { kind: 'plan', year: next } });
    expect(result.stderr).not.toMatch(/注意/);
  });
});

/** Temporary files the CLI left in the test folder (its TMPDIR) or the system's. */
function leftovers(): string[] {
  const temp = (folder: string) => readdirSync(folder).filter((name) => name.startsWith('.duibiao-tmp-'));
  return [...temp(dir), ...temp(os.tmpdir())];
}

// Node reads a command line's non-UTF-8 bytes as U+FFFD, and no file is so named: 文件不存在
describe('a file named in bytes that are not UTF-8', () => {
  const cli = path.join(packageRoot, 'dist', 'cli.js');
  const folder = tempDir('duibiao-names-');
  /** runs `facts` on a name given to bash as printf escapes, its bytes as they are */
  const factsOf = (escapedName: string) =>
    spawnSync('bash', ['-c', `'${process.execPath}' '${cli}' facts "$(printf '${escapedName}')" --format json`], { cwd: folder, encoding: 'utf8' });

  it('is read when it is the only one its name could be', () => {
    writeFileSync(Buffer.from(`${folder}/\xbc\xd7\xc7\xf8.txt`, 'latin1'), REPORT);
    const run = factsOf('\\xbc\\xd7\\xc7\\xf8.txt');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ facts: expect.arrayContaining([expect.objectContaining({ id: 'reconsideration_cases', value: 30 })]) });
  });

  it('is told to be renamed when two files read alike', () => {
    for (const bytes of ['\xd2\xd2.txt', '\xb1\xfb.txt']) writeFileSync(Buffer.from(`${folder}/x${bytes}`, 'latin1'), REPORT);
    const run = factsOf('x\\xd2\\xd2.txt');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('duibiao: x\uFFFD\uFFFD.txt: 文件名中有无法识别的字节(不是 UTF-8 编码),找不到或无法区分这个文件;请将文件改名后再试\n');
  });
});
