import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { cacheDir, writeCacheFile } from './cache.js';

/**
 * Runs a CommonJS bundle with V8's code cache, the way `require` would run it, and returns its
 * exports. Node 20 caches no compiled code: every cold start parsed and compiled the code a check
 * runs (about a fifth of a cold check). The cache holds the bytecode of every function the first
 * run compiled; it is written when that run exits and used by the runs after it.
 *
 * The cache file is named by the sha256 of the bundle and by Node's version and architecture,
 * so a changed bundle never meets another's bytecode (V8 itself checks only the source's length).
 * A cache V8 rejects (another V8, other flags, a damaged file) is ignored and rewritten. It lives
 * with the data cache (DUIBIAO_CACHE_DIR; DUIBIAO_CACHE=off turns both off).
 *
 * `shared` maps the ids the bundle requires instead of bundling a module (see build.mjs) to the
 * modules the caller already holds. `saveLater` is given the function that writes the cache when
 * there is one to write (none yet, or one V8 rejected): called once the run's work is done, the
 * cache also holds the functions the run compiled lazily, not only the top level.
 */
export function runCodeCached(file: string, shared: Record<string, unknown>, saveLater: (save: () => void) => void): unknown {
  const source = readFileSync(file, 'utf8');
  const dir = cacheDir();
  const cacheFile = dir && path.join(dir, `code-${createHash('sha256').update(source).digest('hex').slice(0, 32)}-${process.version}-${process.arch}.bin`);
  const cachedData = cacheFile ? readOrUndefined(cacheFile) : undefined;
  const script = new vm.Script(Module.wrap(source), {
    filename: file,
    cachedData,
    // import() in the bundle (of ES-module-only packages) goes through Node's own loader
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (cacheFile && (cachedData === undefined || script.cachedDataRejected)) saveLater(() => writeCacheFile(cacheFile, script.createCachedData()));
  const ownRequire = createRequire(file);
  const bundleRequire = Object.assign((id: string): unknown => (Object.hasOwn(shared, id) ? shared[id] : ownRequire(id)), ownRequire);
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, bundleRequire, module, file, path.dirname(file));
  return module.exports;
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
