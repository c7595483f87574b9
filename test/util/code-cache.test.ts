import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleReport } from '../../src/paths.js';
import { runCodeCached } from '../../src/util/code-cache.js';
import { knownCodeDigests } from '../../src/util/code-digests.js';
import { runCli, tempDir } from '../helpers/cli.js';

let work: string;
const saved = { dir: process.env.DUIBIAO_CACHE_DIR, off: process.env.DUIBIAO_CACHE };

beforeEach(() => {
  work = tempDir('duibiao-code-cache-');
  process.env.DUIBIAO_CACHE_DIR = path.join(work, 'cache');
  delete process.env.DUIBIAO_CACHE;
});

afterEach(() => {
  process.env.DUIBIAO_CACHE_DIR = saved.dir;
  if (saved.dir === undefined) delete process.env.DUIBIAO_CACHE_DIR;
  if (saved.off !== undefined) process.env.DUIBIAO_CACHE = saved.off;
});

/**
 * A bundle written to a folder of its own: V8 also keeps compiled scripts in memory, keyed by
 * source and file name, and a new name makes each run read the disk cache as a new process would.
 */
let runs = 0;
function bundle(source: string): string {
  const dir = path.join(work, `run-${++runs}`);
  mkdirSync(dir);
  const file = path.join(dir, 'bundle.cjs');
  writeFileSync(file, source);
  return file;
}

/** Runs a bundle; `saved` says whether it had a cache to write (none, or one V8 rejected). */
function run(file: string): { exports: { word: () => string; shared: unknown }; saved: boolean } {
  let save: (() => void) | undefined;
  const exports = runCodeCached(file, {
    slot: 'code-test',
    shared: { 'duibiao:shared': 'from the caller' },
    saveLater: (write) => {
      save = write;
    },
  }) as { word: () => string; shared: unknown };
  exports.word(); // compiled lazily: the cache written afterwards holds it too
  save?.();
  return { exports, saved: save !== undefined };
}

const cacheFiles = (): string[] => readdirSync(path.join(work, 'cache')).filter((name) => name.startsWith('code-'));
const source = (word: string): string => `exports.word = () => '${word}';\nexports.shared = require('duibiao:shared');\n`;

describe('code cache', () => {
  it('writes the cache on the first run, and the next run takes it', () => {
    const first = run(bundle(source('alpha')));
    expect(first.saved).toBe(true);
    expect(first.exports.word()).toBe('alpha');
    expect(first.exports.shared).toBe('from the caller');
    expect(cacheFiles()).toHaveLength(1);

    const second = run(bundle(source('alpha')));
    expect(second.saved).toBe(false);
    expect(second.exports.word()).toBe('alpha');
  });

  it('a changed bundle of the same length never runs the old bytecode, and its cache replaces the old one', () => {
    run(bundle(source('alpha')));
    const changed = run(bundle(source('bravo')));
    expect(changed.exports.word()).toBe('bravo');
    expect(changed.saved).toBe(true);
    expect(cacheFiles()).toHaveLength(1);
    expect(run(bundle(source('bravo'))).saved).toBe(false);
  });

  it('a damaged cache is rejected, the bundle runs, and the cache is written again', () => {
    run(bundle(source('alpha')));
    const [name] = cacheFiles();
    const file = path.join(work, 'cache', name!);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length >> 1));
    const damaged = run(bundle(source('alpha')));
    expect(damaged.exports.word()).toBe('alpha');
    expect(damaged.saved).toBe(true);
    expect(readFileSync(file).length).toBeGreaterThan(bytes.length >> 1);
  });

  // V8 sums none of its data: bytes changed on disk crashed every run (SIGTRAP, no message)
  it('a cache whose bytes changed, its length the same, is rejected before V8 reads it, and written again', () => {
    run(bundle(source('alpha')));
    const file = path.join(work, 'cache', cacheFiles()[0]!);
    const bytes = readFileSync(file);
    const changed = Buffer.from(bytes);
    for (let i = bytes.length - 40; i < bytes.length - 8; i++) changed[i]! ^= 0x5a;
    writeFileSync(file, changed);
    const damaged = run(bundle(source('alpha')));
    expect(damaged.exports.word()).toBe('alpha');
    expect(damaged.saved).toBe(true);
    expect(run(bundle(source('alpha'))).saved).toBe(false);
  });

  it("gives the data cache its folder's digest, which changes with the bundle's bytes", () => {
    const alpha = bundle(source('alpha'));
    const bravo = bundle(source('bravo'));
    run(alpha);
    run(bravo);
    const digestOf = (file: string) => knownCodeDigests.get(path.dirname(file));
    expect(digestOf(alpha)).toMatch(/^\d+:[0-9a-f]{1,8}$/);
    expect(digestOf(bravo)).toMatch(/^\d+:[0-9a-f]{1,8}$/);
    expect(digestOf(bravo)).not.toBe(digestOf(alpha));
  });

  it('DUIBIAO_CACHE=off writes nothing', () => {
    process.env.DUIBIAO_CACHE = 'off';
    const off = run(bundle(source('alpha')));
    expect(off.exports.word()).toBe('alpha');
    expect(off.saved).toBe(false);
    expect(() => cacheFiles()).toThrow();
  });

  it('the CLI writes it at the end of a cold check, and the next check runs with it, same output', () => {
    const cold = runCli(['check', sampleReport, '--format', 'json']);
    expect(cold.status, cold.stderr).toBe(0);
    const [name] = cacheFiles();
    // one small report: a short run, compiled to V8's baseline tier only (src/util/tiering.ts)
    expect(name).toMatch(/^code-check-baseline-[0-9a-f]{8}\.bin$/);
    const written = statSync(path.join(work, 'cache', name!));
    const warm = runCli(['check', sampleReport, '--format', 'json']);
    expect(warm.status, warm.stderr).toBe(0);
    expect(warm.stdout).toBe(cold.stdout);
    // taken as it was, not rejected and rewritten
    expect(statSync(path.join(work, 'cache', name!)).mtimeMs).toBe(written.mtimeMs);
    expect(cacheFiles()).toEqual([name]);
  });

  it("the CLI's own bundle has one per command, written before the run sets V8's flags, and the next run takes it", () => {
    const cliFiles = (): string[] => readdirSync(path.join(work, 'cache')).filter((name) => name.startsWith('cli-'));
    const mtimes = () => new Map(cliFiles().map((name) => [name, statSync(path.join(work, 'cache', name)).mtimeMs]));
    for (const args of [['check', sampleReport], ['--help']]) expect(runCli(args).status).toBe(0);
    expect(cliFiles().sort()).toEqual([expect.stringMatching(/^cli-check-[0-9a-f]{8}\.bin$/), expect.stringMatching(/^cli-other-[0-9a-f]{8}\.bin$/)]);
    const written = mtimes();
    // a check sets --max-opt=1 (src/util/tiering.ts): a cache written after that would be rejected, and written again, by every run
    for (const args of [['check', sampleReport], ['--help']]) expect(runCli(args).status).toBe(0);
    expect(mtimes()).toEqual(written);
  });

  it('a long run keeps optimising, with a cache of its own (its V8 flags differ)', () => {
    const text = readFileSync(sampleReport, 'utf8');
    const long = path.join(work, 'long-report.txt');
    writeFileSync(long, text.repeat(Math.ceil((1024 * 1024) / Buffer.byteLength(text)) + 1));
    const checked = runCli(['check', long, '--format', 'json']);
    expect(checked.status, checked.stderr).toBe(0);
    expect(cacheFiles()).toEqual([expect.stringMatching(/^code-check-[0-9a-f]{8}\.bin$/)]);
  });

  it("a batch's workers write theirs after a report, and the next batch's workers take it", () => {
    const worker = () => cacheFiles().find((name) => name.startsWith('code-batch-worker-'));
    const first = runCli(['batch', path.dirname(sampleReport), '--out', path.join(work, 'first')]);
    expect(first.status, first.stderr).toBe(0);
    const written = statSync(path.join(work, 'cache', worker()!)).mtimeMs;
    const next = runCli(['batch', path.dirname(sampleReport), '--out', path.join(work, 'next')]);
    expect(next.status, next.stderr).toBe(0);
    expect(readFileSync(path.join(work, 'next', 'sample-2024-district.json'), 'utf8')).toBe(
      readFileSync(path.join(work, 'first', 'sample-2024-district.json'), 'utf8'),
    );
    // taken as it was, not rejected and rewritten (the workers run under the batch's V8 flags)
    expect(statSync(path.join(work, 'cache', worker()!)).mtimeMs).toBe(written);
  });

  it('each command has its own: a batch first leaves the check its own cache to write', () => {
    const out = path.join(work, 'out');
    const batch = runCli(['batch', path.dirname(sampleReport), '--out', out]);
    expect(batch.status, batch.stderr).toBe(0);
    const batchCaches = [expect.stringMatching(/^code-batch-[0-9a-f]{8}\.bin$/), expect.stringMatching(/^code-batch-worker-[0-9a-f]{8}\.bin$/)];
    expect(cacheFiles().sort()).toEqual(batchCaches);
    const check = runCli(['check', sampleReport, '--format', 'json']);
    expect(check.status, check.stderr).toBe(0);
    expect(cacheFiles().sort()).toEqual([...batchCaches, expect.stringMatching(/^code-check-baseline-/)]);
    const facts = runCli(['facts', 'test']);
    expect(facts.status, facts.stderr).toBe(0);
    expect(cacheFiles()).toContainEqual(expect.stringMatching(/^code-facts-test-/));
  });
});
