import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { crc32 } from 'node:zlib';
import { cacheDir, slotFile, writeCacheFile } from './cache.js';
import { knownCodeDigests } from './code-digests.js';

/**
 * Runs a CommonJS bundle with V8's code cache, the way `require` would run it, and returns its
 * exports. Node 20 caches no compiled code: every cold start parsed and compiled the code a check
 * runs (about a fifth of a cold check). The cache holds the bytecode of every function the first
 * run compiled; it is written when that run's command is done and used by the runs after it.
 *
 * One cache file per package copy and `slot` (src/util/cache.ts): a key of Node's version and
 * architecture and the bundle's length and CRC-32 (as Node's own compile cache keys code), then V8's data. Another key (a rebuilt bundle: V8 itself checks only
 * the source's length) is no cache; so is one V8 rejects (other flags) or whose data no longer
 * sums to the CRC-32 written after the key (V8 checks no sum of its own: a damaged file crashed every
 * run with SIGTRAP). Either is replaced. DUIBIAO_CACHE=off turns it off with the data cache.
 *
 * `shared` maps the ids the bundle requires instead of bundling a module (see build.mjs) to the
 * modules the caller already holds. `saveLater` is given the function that writes the cache when
 * there is one to write: called once the run's work is done, the cache also holds the functions
 * the run compiled lazily, not only the top level.
 */
export interface CodeCacheOptions {
  slot: string;
  shared: Record<string, unknown>;
  saveLater: (save: () => void) => void;
}

export function runCodeCached(file: string, { slot, shared, saveLater }: CodeCacheOptions): unknown {
  const bytes = readFileSync(file);
  // the key sums the bytes as read: summing the decoded source would encode it back to UTF-8
  const digest = `${bytes.length}:${crc32(bytes).toString(16)}`;
  const key = Buffer.from(`${process.version}\0${process.arch}\0${digest}\0`);
  knownCodeDigests.set(path.dirname(file), digest);
  const source = bytes.toString('utf8');
  const dir = cacheDir();
  const cacheFile = dir && slotFile(dir, slot);
  const cachedData = cacheFile ? cachedDataFor(cacheFile, key) : undefined;
  const script = new vm.Script(Module.wrap(source), {
    filename: file,
    cachedData,
    // import() in the bundle (of ES-module-only packages) goes through Node's own loader
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (cacheFile && (cachedData === undefined || script.cachedDataRejected)) {
    saveLater(() => {
      const data = script.createCachedData();
      writeCacheFile(cacheFile, Buffer.concat([key, sumOf(data), data]));
    });
  }
  const ownRequire = createRequire(file);
  const bundleRequire = Object.assign((id: string): unknown => (Object.hasOwn(shared, id) ? shared[id] : ownRequire(id)), ownRequire);
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, bundleRequire, module, file, path.dirname(file));
  return module.exports;
}

/** V8's data from the cache file, when the file is there, was written for this key and is whole. */
function cachedDataFor(file: string, key: Buffer): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  if (!bytes.subarray(0, key.length).equals(key)) return undefined;
  const data = bytes.subarray(key.length + SUM_BYTES);
  return bytes.subarray(key.length, key.length + SUM_BYTES).equals(sumOf(data)) ? data : undefined;
}

const SUM_BYTES = 4;

function sumOf(data: Uint8Array): Buffer {
  const sum = Buffer.alloc(SUM_BYTES);
  sum.writeUInt32LE(crc32(data));
  return sum;
}
