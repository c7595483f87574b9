import path from 'node:path';
import * as errors from './errors.js';
import type { LazyModules } from './lazy.js';
import * as log from './log.js';
import * as atomic from './util/atomic.js';
import * as codeDigests from './util/code-digests.js';

/**
 * Set by build.mjs to the file name of the bundle of src/lazy.ts in dist/; undefined when running
 * from source, where src/lazy.ts is imported as it is.
 */
declare const LAZY_BUNDLE: string | undefined;

/**
 * The modules whose state or identity the bundle must share with the commands: a UserError thrown
 * by a stage is caught by the CLI with `instanceof`, the log level is set by the CLI, and one
 * registry of temporary files is cleaned on exit, and the data cache takes the digest the code
 * cache computed for the bundle. build.mjs leaves these out of the bundle and names them by these ids.
 */
export const SHARED_MODULES: Record<string, unknown> = {
  'duibiao:errors': errors,
  'duibiao:log': log,
  'duibiao:util/atomic': atomic,
  'duibiao:util/code-digests': codeDigests,
};

let table: Promise<LazyModules> | undefined;
let saveCode: (() => void) | undefined;
let codeSlot = 'code';

/**
 * Names the code cache after the command that runs (`check`, `batch`, `facts-test`…): a cache
 * holds the functions its first run compiled, and one written by `batch` (whose main thread only
 * ranks and writes the workbook) or by `catalogue show` would hold little of what `check` runs.
 */
export function codeCacheFor(command: string): void {
  codeSlot = `code-${command}`;
}

function lazyTable(): Promise<LazyModules> {
  table ??=
    typeof LAZY_BUNDLE === 'string'
      ? // imported here, not above: `--version` and `--help` need none of node:crypto, node:vm…
        import('./util/code-cache.js').then(
          ({ runCodeCached }) =>
            (
              runCodeCached(path.join(import.meta.dirname, LAZY_BUNDLE), {
                slot: codeSlot,
                shared: SHARED_MODULES,
                saveLater: (save) => (saveCode = save),
              }) as { lazyModules: LazyModules }
            ).lazyModules,
        )
      : import('./lazy.js').then((module) => module.lazyModules);
  return table;
}

/**
 * Writes the code cache of the bundle if this run had none: called by the CLI when a command
 * ends normally, so that an interrupted or failed run writes nothing at exit.
 */
export function saveCompiledCode(): void {
  saveCode?.();
  saveCode = undefined;
}

/** A module of src/lazy.ts, loaded on first use: `await load('pipeline')` for `await import('./pipeline.js')`. */
export async function load<K extends keyof LazyModules>(name: K): Promise<Awaited<ReturnType<LazyModules[K]>>> {
  const modules = await lazyTable();
  return (await modules[name]()) as Awaited<ReturnType<LazyModules[K]>>;
}
