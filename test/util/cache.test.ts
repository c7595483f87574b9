import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cached, cachedSync, cacheDir, diskMemo, STALE_AFTER_MS, writeMemos, type CacheSpec } from '../../src/util/cache.js';
import { loadCatalogue } from '../../src/catalogue/index.js';
import { loadLexicon } from '../../src/facts/index.js';
import { sampleReport } from '../../src/paths.js';
import { runCli } from '../helpers/cli.js';

let work: string;
let spec: CacheSpec;
const saved = { dir: process.env.DUIBIAO_CACHE_DIR, off: process.env.DUIBIAO_CACHE };

beforeEach(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'duibiao-cache-'));
  process.env.DUIBIAO_CACHE_DIR = path.join(work, 'cache');
  delete process.env.DUIBIAO_CACHE;
  await fs.mkdir(path.join(work, 'code'));
  await fs.writeFile(path.join(work, 'code', 'build.js'), 'v1');
  await fs.writeFile(path.join(work, 'input.yaml'), 'a: 1\n');
  spec = { slot: 'test', inputs: [path.join(work, 'input.yaml')], code: [path.join(work, 'code')] };
});

afterEach(async () => {
  process.env.DUIBIAO_CACHE_DIR = saved.dir;
  if (saved.dir === undefined) delete process.env.DUIBIAO_CACHE_DIR;
  if (saved.off !== undefined) process.env.DUIBIAO_CACHE = saved.off;
  await fs.rm(work, { recursive: true, force: true });
});

/** A builder that counts its calls and returns what the input file says. */
function counter() {
  const calls = { n: 0 };
  const build = async () => {
    calls.n++;
    return { text: await fs.readFile(path.join(work, 'input.yaml'), 'utf8'), pattern: /a+/g, missing: undefined };
  };
  return { calls, build };
}

async function entryFile(): Promise<string> {
  const [name] = await fs.readdir(cacheDir()!);
  return path.join(cacheDir()!, name!);
}

describe('disk cache', () => {
  it('builds once, then returns an equal value without building', async () => {
    const { calls, build } = counter();
    const first = await cached(spec, build);
    const second = await cached(spec, build);
    expect(calls.n).toBe(1);
    expect(second).toEqual(first);
    expect(second.pattern).toBeInstanceOf(RegExp);
    expect('missing' in second).toBe(true);
  });

  it('shares its entry with the synchronous form, which builds only on a miss', async () => {
    const { calls, build } = counter();
    const first = await cached(spec, build);
    let built = 0;
    const buildSync = () => ({ text: `built ${++built}` });
    expect(cachedSync(spec, buildSync)).toEqual(first);
    expect(built).toBe(0);
    await fs.writeFile(path.join(work, 'input.yaml'), 'a: 2\n');
    expect(cachedSync(spec, buildSync)).toEqual({ text: 'built 1' });
    expect(cachedSync(spec, buildSync)).toEqual({ text: 'built 1' });
    expect(calls.n).toBe(1);
  });

  it('a memo derives each string once for every run of the same code, and again when the code changes', async () => {
    const derived: string[] = [];
    const derive = (input: string) => () => (derived.push(input), input.length);
    // each diskMemo is a fresh process's: its table is read from the entry on first use
    const first = diskMemo<number>(spec);
    expect([first('ab', derive('ab')), first('abc', derive('abc')), first('ab', derive('ab'))]).toEqual([2, 3, 2]);
    expect(derived).toEqual(['ab', 'abc']);
    writeMemos();
    const second = diskMemo<number>(spec);
    expect([second('abc', derive('abc')), second('abcd', derive('abcd'))]).toEqual([3, 4]);
    expect(derived).toEqual(['ab', 'abc', 'abcd']);
    writeMemos();
    expect(diskMemo<number>(spec)('abcd', derive('abcd'))).toBe(4);
    expect(derived).toEqual(['ab', 'abc', 'abcd']);
    await fs.writeFile(path.join(work, 'code', 'build.js'), 'v2');
    // the change counts from the next process (a fresh module here)
    vi.resetModules();
    const next = await import('../../src/util/cache.js');
    expect(next.diskMemo<number>(spec)('ab', derive('ab'))).toBe(2);
    expect(derived).toEqual(['ab', 'abc', 'abcd', 'ab']);
  });

  it('a memo writes its entry once for all the values derived since its last write, and not without a new one', async () => {
    const memo = diskMemo<number>(spec);
    for (const input of ['a', 'ab', 'abc']) memo(input, () => input.length);
    await expect(fs.readdir(cacheDir()!)).rejects.toThrow();
    writeMemos();
    const file = await entryFile();
    const { mtimeMs } = await fs.stat(file);
    await fs.utimes(file, 0, 0);
    expect(memo('ab', () => 0)).toBe(2);
    writeMemos();
    expect((await fs.stat(file)).mtimeMs).toBe(0);
    expect(mtimeMs).toBeGreaterThan(0);
    expect(diskMemo<number>(spec)('abc', () => 0)).toBe(3);
  });

  it('rebuilds when an input changes, also to the same size', async () => {
    const { calls, build } = counter();
    await cached(spec, build);
    await fs.writeFile(path.join(work, 'input.yaml'), 'a: 2\n');
    expect((await cached(spec, build)).text).toBe('a: 2\n');
    expect(calls.n).toBe(2);
  });

  it('rebuilds when the building code changes, in the next process', async () => {
    const { calls, build } = counter();
    await cached(spec, build);
    await fs.writeFile(path.join(work, 'code', 'build.js'), 'v2');
    // a process runs the code it loaded: the change counts from the next one (a fresh module here)
    await cached(spec, build);
    expect(calls.n).toBe(1);
    vi.resetModules();
    const next = await import('../../src/util/cache.js');
    await next.cached(spec, build);
    expect(calls.n).toBe(2);
  });

  it('rebuilds over a truncated, altered or foreign entry', async () => {
    const { calls, build } = counter();
    await cached(spec, build);
    const file = await entryFile();
    const bytes = await fs.readFile(file);
    await fs.writeFile(file, bytes.subarray(0, bytes.length - 5));
    expect((await cached(spec, build)).text).toBe('a: 1\n');
    const altered = Buffer.from(await fs.readFile(file));
    altered.writeUInt8(altered.readUInt8(altered.length - 3) ^ 0xff, altered.length - 3);
    await fs.writeFile(file, altered);
    expect((await cached(spec, build)).text).toBe('a: 1\n');
    await fs.writeFile(file, 'not an entry');
    expect((await cached(spec, build)).text).toBe('a: 1\n');
    expect(calls.n).toBe(4);
  });

  it('builds without caching when the cache is off or its folder cannot be written', async () => {
    const { calls, build } = counter();
    process.env.DUIBIAO_CACHE = 'off';
    await cached(spec, build);
    await cached(spec, build);
    expect(calls.n).toBe(2);
    delete process.env.DUIBIAO_CACHE;
    await fs.writeFile(path.join(work, 'blocker'), '');
    process.env.DUIBIAO_CACHE_DIR = path.join(work, 'blocker', 'cache');
    expect((await cached(spec, build)).text).toBe('a: 1\n');
    expect(calls.n).toBe(3);
    // the folder itself a file: removing the temporary file that was never made threw ENOTDIR
    process.env.DUIBIAO_CACHE_DIR = path.join(work, 'blocker');
    expect((await cached(spec, build)).text).toBe('a: 1\n');
    expect(calls.n).toBe(4);
  });

  // the cache went to ./.cache/duibiao (or ./cache/duibiao) of the folder the command ran in
  it('an empty HOME or a relative XDG_CACHE_HOME puts no cache into the working folder', async () => {
    const saved = { DUIBIAO_CACHE_DIR: process.env.DUIBIAO_CACHE_DIR, HOME: process.env.HOME, XDG_CACHE_HOME: process.env.XDG_CACHE_HOME };
    const home = os.homedir();
    const cwd = path.join(work, 'cwd');
    await fs.mkdir(cwd);
    try {
      delete process.env.DUIBIAO_CACHE_DIR;
      for (const [givenHome, xdg, expected] of [
        ['', undefined, null],
        ['', 'cache', null],
        [home, 'cache', path.join(home, '.cache', 'duibiao')],
      ] as const) {
        process.env.HOME = givenHome;
        if (xdg === undefined) delete process.env.XDG_CACHE_HOME;
        else process.env.XDG_CACHE_HOME = xdg;
        expect(cacheDir()).toBe(expected);
      }
      process.env.HOME = '';
      delete process.env.XDG_CACHE_HOME;
      const run = runCli(['check', sampleReport, '--format', 'json'], { cwd });
      expect(run.status, run.stderr).toBe(0);
      expect(await fs.readdir(cwd)).toEqual([]);
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  it('a cache folder under /proc, where a recursive mkdir never returns, is no cache and no hang', () => {
    process.env.DUIBIAO_CACHE_DIR = '/proc/duibiao-no-such-folder/cache';
    const run = runCli(['check', sampleReport, '--format', 'json'], { timeoutMs: 30_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveProperty('total');
  });

  it('prunes entries of other package copies left unwritten for a month, and only its own files', async () => {
    const dir = cacheDir()!;
    await fs.mkdir(dir, { recursive: true });
    const aged = new Date(Date.now() - STALE_AFTER_MS - 60_000);
    const names = {
      gone: 'lexicon-0123456789ab.bin',
      goneTemp: 'code-check-0123456789ab.bin.4242-k3j.tmp',
      recent: 'lexicon-ba9876543210.bin',
      notOurs: 'notes-0123456789ab.txt',
    };
    for (const name of Object.values(names)) await fs.writeFile(path.join(dir, name), 'x');
    for (const name of [names.gone, names.goneTemp, names.notOurs]) await fs.utimes(path.join(dir, name), aged, aged);
    const { build } = counter();
    await cached(spec, build);
    const left = await fs.readdir(dir);
    expect(left).not.toContain(names.gone);
    expect(left).not.toContain(names.goneTemp);
    expect(left).toEqual(expect.arrayContaining([names.recent, names.notOurs]));
    expect(left.some((name) => name.startsWith('test-'))).toBe(true);
  });

  it('leaves a missing input to the builder to report', async () => {
    const { build } = counter();
    await fs.rm(path.join(work, 'input.yaml'));
    await expect(cached(spec, build)).rejects.toThrow(/ENOENT/);
  });

  it('serves the package lexicon and catalogue equal to a fresh build', async () => {
    const fresh = { lexicon: await loadLexicon(), catalogue: await loadCatalogue({ edition: '2021' }) };
    // a second process reads the entry: simulate it by loading the catalogue again (the lexicon is memoised per process)
    const again = await loadCatalogue({ edition: '2021' });
    expect((await fs.readdir(cacheDir()!)).some((name) => name.startsWith('catalogue-2021-'))).toBe(true);
    expect(again).toEqual(fresh.catalogue);
    expect(fresh.lexicon.facts.length).toBeGreaterThan(0);
  });

  it("keeps the lexicon's examples in an entry of their own, read only when asked for", async () => {
    // each load as a new process would: the lexicon is memoised per process
    const load = async () => {
      vi.resetModules();
      return (await import('../../src/facts/lexicon.js')).loadLexicon();
    };
    const entries = async () =>
      (await fs.readdir(cacheDir()!)).filter((name) => name.startsWith('lexicon-')).map((name) => name.replace(/-[\da-f]+\.bin$/, ''));
    const built = await load();
    expect(await entries()).toEqual(['lexicon']);
    const { examples } = built;
    expect(examples.length).toBeGreaterThan(100);
    expect((await entries()).sort()).toEqual(['lexicon', 'lexicon-examples']);
    const served = await load();
    expect(served).toEqual(built);
    // the examples' entry gone: read from the rules again
    await fs.rm(
      path.join(
        cacheDir()!,
        (await fs.readdir(cacheDir()!)).find((name) => name.startsWith('lexicon-examples-'))!,
      ),
    );
    expect((await load()).examples).toEqual(examples);
  });
});
