import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { crc32 } from 'node:zlib';
import { packageRoot } from '../paths.js';
import { version } from '../version.js';
import { knownCodeDigests } from './code-digests.js';

/**
 * A disk cache for data built from the package's own YAML (the lexicon, the catalogue), so that
 * a cold start does not parse and validate it again. An entry is used only when everything it
 * was built from is byte for byte the same: the input files, the code that builds it (every file
 * of the builder's folder), duibiao's and Node's versions. Anything else (missing, unreadable,
 * truncated, tampered, another key) rebuilds and rewrites the entry; failing to write is ignored.
 *
 * DUIBIAO_CACHE_DIR chooses the folder (default: $XDG_CACHE_HOME/duibiao or ~/.cache/duibiao);
 * DUIBIAO_CACHE=off turns the cache off.
 */
export interface CacheSpec {
  /** names the slot; one entry per slot, replaced when its key changes */
  slot: string;
  /** files the value is built from, read in full for the key */
  inputs: readonly string[];
  /** folders whose files are the code that builds the value */
  code: readonly string[];
}

/**
 * The folder of cache entries, or null when the cache is off. A relative XDG_CACHE_HOME is to be
 * ignored (XDG Base Directory spec), and an empty HOME (cron, `env HOME=`) gives none: either put
 * a .cache folder into whatever folder the command ran in. Without a home there is no cache.
 */
export function cacheDir(): string | null {
  if (process.env.DUIBIAO_CACHE === 'off') return null;
  if (process.env.DUIBIAO_CACHE_DIR) return path.resolve(process.env.DUIBIAO_CACHE_DIR);
  const xdg = process.env.XDG_CACHE_HOME;
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'duibiao');
  const home = os.homedir();
  return path.isAbsolute(home) ? path.join(home, '.cache', 'duibiao') : null;
}

/** Bumped when the layout of an entry file changes. */
const LAYOUT = 'duibiao-cache-2';
const CHECKSUM_BYTES = 4;

export async function cached<T>(spec: CacheSpec, build: () => Promise<T>): Promise<T> {
  const entry = lookUp<T>(spec);
  if (entry.hit) return entry.value;
  const value = await build();
  entry.keep(value);
  return value;
}

/** cached() for a value built synchronously, where it is first needed inside a synchronous stage. */
/**
 * A value read and validated from files of rules/, once a process: `load` takes it from the disk
 * cache (read on a miss) before a report is read; `get` reads it on first use when nobody loaded it
 * (tests, the examples of rules).
 */
export function cachedOnce<T>(spec: CacheSpec, read: () => T): { load: () => Promise<T>; get: () => T } {
  let value: T | undefined;
  return {
    load: async () => (value ??= await cached(spec, () => Promise.resolve(read()))),
    get: () => (value ??= read()),
  };
}

export function cachedSync<T>(spec: CacheSpec, build: () => T): T {
  const entry = lookUp<T>(spec);
  if (entry.hit) return entry.value;
  const value = build();
  entry.keep(value);
  return value;
}

/**
 * A table of values each derived from one string (a regex's source), kept in the cache's entry of `spec` between
 * runs: a cold start looks up what an earlier run of the same code derived instead of deriving it again. The
 * string itself is the key of its value, so the entry needs no inputs. Values derived on misses are added and the
 * entry written once for all of them, by writeMemos (a batch worker's first reports missed on every new pattern,
 * and wrote the whole table each time). Past MEMO_LIMIT values the table starts over, so that texts of many
 * different rules (tests) cannot grow it without bound.
 */
export function diskMemo<V>(spec: CacheSpec): (input: string, derive: () => V) => V {
  let table: Map<string, V> | undefined;
  let write: (() => void) | undefined;
  return (input, derive) => {
    if (!table) {
      const entry = lookUp<Map<string, V>>(spec);
      table = entry.hit && entry.value instanceof Map ? entry.value : new Map();
    }
    if (table.has(input)) return table.get(input)!;
    const value = derive();
    if (table.size >= MEMO_LIMIT) table.clear();
    table.set(input, value);
    if (!write) {
      const keep = keeperOf(spec);
      const written = table;
      write = () => keep(written);
    }
    if (unwritten.size === 0) process.once('exit', writeMemos);
    unwritten.add(write);
    return value;
  };
}

/** What writes the table of each memo that derived a value since it was last written. */
const unwritten = new Set<() => void>();

/**
 * Writes the entries of the memos that derived values since their last write: when a command ends, after each
 * report of a batch worker, and at the latest when the process exits.
 */
export function writeMemos(): void {
  for (const write of unwritten) write();
  unwritten.clear();
  process.removeListener('exit', writeMemos);
}

const MEMO_LIMIT = 512;

/** What writes the entry of `spec`, under the key its code and inputs have now. */
function keeperOf(spec: CacheSpec): (value: unknown) => void {
  const dir = cacheDir();
  const key = dir ? keyOrNull(spec) : null;
  if (!dir || key === null) return () => undefined;
  const file = slotFile(dir, spec.slot);
  return (value) => writeEntry(file, key, value);
}

type Lookup<T> = { hit: true; value: T } | { hit: false; keep: (value: T) => void };

/** The entry of `spec` when there is one for its key; else what writes the value built on the miss. */
function lookUp<T>(spec: CacheSpec): Lookup<T> {
  const dir = cacheDir();
  const key = dir ? keyOrNull(spec) : null;
  // no cache, or an input that cannot be read: the builder reports it in its own words
  if (!dir || key === null) return { hit: false, keep: () => undefined };
  const file = slotFile(dir, spec.slot);
  const hit = readEntry(file, key);
  if (hit) return { hit: true, value: hit.value as T };
  return {
    hit: false,
    keep: (value) => {
      // an input changed while building: the value may belong to neither version, so it is not kept
      if (keyOrNull(spec) === key) writeEntry(file, key, value);
    },
  };
}

/** One file per package copy and slot, so that two checkouts never take each other's entries. */
export function slotFile(dir: string, slot: string): string {
  return path.join(dir, `${slot.replace(/[^\w.-]/g, '_')}-${crc32(packageRoot).toString(16).padStart(8, '0')}.bin`);
}

/**
 * The key of an entry, read with synchronous calls: a cold start reads some forty small files
 * here, and one awaited round trip through libuv's thread pool per call left it idle most of the time.
 */
function keyOrNull({ slot, inputs, code }: CacheSpec): string | null {
  try {
    const parts = [LAYOUT, slot, version, process.version];
    for (const file of inputs) parts.push(`${file}\0${fileDigest(file)}`);
    for (const dir of code) parts.push(`${dir}\0${codeDigest(dir)}`);
    return parts.join('\0');
  } catch {
    return null;
  }
}

/**
 * The digest of the files of a code folder (source maps left out: they follow from the code),
 * once per process: a process runs the code it loaded, whatever changes on disk afterwards. The
 * built dist/ is one folder of chunks that every slot names; its digest is the bundle's, which
 * the code cache computed as it loaded it (src/util/code-digests.ts).
 */
function codeDigest(dir: string): string {
  let digest = knownCodeDigests.get(dir);
  if (digest === undefined) {
    const names = readdirSync(dir)
      .filter((name) => !name.endsWith('.map'))
      .sort();
    digest = `${names.length}:${crc32(names.map((name) => `${name}\0${fileDigest(path.join(dir, name))}`).join('\0')).toString(16)}`;
    knownCodeDigests.set(dir, digest);
  }
  return digest;
}

/**
 * A file's size and the CRC-32 of its bytes, or '' for what is not a file. A
 * key guards against edits and damage, not against an adversary, who could as well write the
 * cache itself: CRC-32 is what Node's own compile cache keys code by, and SHA-256 (2 MB of
 * input, entries and bundle per cold start) cost several milliseconds and node:crypto's loading.
 */
function fileDigest(file: string): string {
  const stat = statSync(file);
  if (!stat.isFile()) return '';
  return `${stat.size}:${crc32(readFileSync(file)).toString(16)}`;
}

/** An entry file: the CRC-32 of the payload (4 bytes, big-endian), then the payload (v8-serialised { key, value }). */
function readEntry(file: string, key: string): { value: unknown } | null {
  try {
    const bytes = readFileSync(file);
    const payload = bytes.subarray(CHECKSUM_BYTES);
    if (bytes.length < CHECKSUM_BYTES || bytes.readUInt32BE(0) !== crc32(payload)) return null;
    const entry = v8.deserialize(payload) as { key?: unknown; value?: unknown };
    return entry.key === key ? { value: entry.value } : null;
  } catch {
    return null;
  }
}

function writeEntry(file: string, key: string, value: unknown): void {
  const payload = v8.serialize({ key, value });
  const checksum = Buffer.alloc(CHECKSUM_BYTES);
  checksum.writeUInt32BE(crc32(payload));
  writeCacheFile(file, Buffer.concat([checksum, payload]));
}

/**
 * Writes a cache file whole or not at all (temporary file, then rename); a cache that cannot be
 * written is no error: the next run builds again.
 */
export function writeCacheFile(file: string, data: Uint8Array): void {
  const tmp = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  try {
    makeFolder(path.dirname(file));
  } catch {
    return;
  }
  try {
    writeFileSync(tmp, data, { mode: 0o600 });
    renameSync(tmp, file);
  } catch {
    // (force ignores a missing file only: below a "folder" that is a file, ENOTDIR ended the run as an internal error)
    try {
      rmSync(tmp, { force: true });
    } catch {
      // nothing was created
    }
  }
  pruneStale(path.dirname(file));
}

/** Entries not rewritten for this long belong, most likely, to a package copy that is gone. */
export const STALE_AFTER_MS = 30 * 24 * 3600 * 1000;
/** The names this cache writes (slot-<copy>.bin and their temporary files; 12 hex digits in the first layout), and nothing else. */
const ENTRY_NAME = /^[\w.-]+-[0-9a-f]{8,12}\.bin(?:\.\d+-[0-9a-z]*\.tmp)?$/;

/** The folders pruned by this process: entries a month old do not come back within one run. */
const pruned = new Set<string>();

/**
 * Every package copy (each npx run, checkout or upgrade in a new folder) has entries of its own,
 * so the folder grows by a few MB per copy. Pruned on a write (a miss), never on a hit: an entry of
 * a copy still in use that is pruned is rebuilt by its next run. Only names this cache writes are
 * touched, so a DUIBIAO_CACHE_DIR shared with other files loses none of them. Once a process: a
 * batch worker's first reports write the word screens' table on each new pattern, and a stat of
 * every file of a shared folder (~1,100 here) each time was 0.7% of its time.
 */
function pruneStale(dir: string): void {
  if (pruned.has(dir)) return;
  pruned.add(dir);
  const oldest = Date.now() - STALE_AFTER_MS;
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => ENTRY_NAME.test(name));
  } catch {
    return;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      if (statSync(file).mtimeMs < oldest) rmSync(file, { force: true });
    } catch {
      // another run pruned it first: pruning is housekeeping
    }
  }
}

/**
 * Creates a folder and its missing parents one at a time. Node's recursive mkdir never returns
 * for a path under /proc (or /sys), whose mkdir answers ENOENT while the parent exists: a cache
 * folder set there would hang every run.
 */
function makeFolder(dir: string): void {
  const missing: string[] = [];
  for (let folder = dir; !existsSync(folder); folder = path.dirname(folder)) missing.push(folder);
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder, { mode: 0o700 });
    } catch (error) {
      // another run made it in between
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
