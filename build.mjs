// Builds dist/ with esbuild (types are checked by `npm run typecheck`, tsc emits nothing).
//
// Node 20 caches no compiled code, and its ESM loader resolves and translates every file on its
// own. So nearly all code runs from CommonJS bundles that src/util/code-cache.ts runs with V8's
// code cache:
// - dist/cli.js (src/bin.ts): the small entry Node starts, CommonJS (dist/package.json says
//   so) since Node's ES module loader cost a sixth of `--version`; dist/batch-worker.mjs, the
//   batch worker, and dist/batch-rows-worker.mjs, its workbook's helper thread, are ES modules.
// - dist/cli.cjs (src/cli.ts): commander, the commands and their options. `--help` loads
//   nothing else, and `--version` alone not even this (src/bin.ts).
// - dist/lazy.cjs: everything the commands load on use (src/lazy.ts: the stages, the renderers,
//   zod, json-rules-engine). Inside it, an input format's or an output's module still
//   initialises on first use.
// The heavy libraries (exceljs, cheerio, mammoth, docx, unpdf, pino…) stay in node_modules and
// load only when the code that needs them runs.
//
// Every output file sits directly in dist/: src/paths.ts finds the package root as the parent of
// the folder of the code, and the batch pool starts `./batch-worker.mjs` next to it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = import.meta.dirname;
const outdir = path.join(root, 'dist');
/** Libraries bundled into the chunks: pure JavaScript, small, needed by every check. */
const BUNDLED = new Set(['zod', 'commander', 'json-rules-engine']);
const { dependencies } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/**
 * zod's translations of its own messages (z.locales, 40 languages, half of zod's code) are never
 * used: every message a user reads is ours. Only English, zod's default, is bundled.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, ({ importer }) =>
      importer.includes(`${path.sep}node_modules${path.sep}zod${path.sep}`)
        ? { path: path.resolve(path.dirname(importer), '../locales/index.js'), namespace: 'zod-english-only' }
        : undefined,
    );
    build.onLoad({ filter: /./, namespace: 'zod-english-only' }, ({ path: file }) => ({
      contents: "export { default as en } from './en.js';",
      resolveDir: path.dirname(file),
    }));
  },
};

/** What both builds share. */
const common = {
  absWorkingDir: root,
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: Object.keys(dependencies).filter((name) => !BUNDLED.has(name)),
  sourcemap: 'linked',
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
  logLevel: 'warning',
};

/**
 * The entries: ES modules, loaded by Node's module loader. Everything the commands load on use
 * goes through src/load.ts: with LAZY_BUNDLE defined, it runs the bundle of src/lazy.ts, and its
 * import of src/lazy.ts is a dead branch that esbuild leaves out.
 */
const LAZY_BUNDLE = 'lazy.cjs';
const CLI_BUNDLE = 'cli.cjs';
const defines = { LAZY_BUNDLE: JSON.stringify(LAZY_BUNDLE), CLI_BUNDLE: JSON.stringify(CLI_BUNDLE) };
/** What a CommonJS bundle of ES module sources needs: import.meta as CommonJS knows it. */
const asCommonJs = {
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  define: { ...defines, 'import.meta.url': '__duibiaoMetaUrl', 'import.meta.dirname': '__dirname' },
  banner: { js: "const __duibiaoMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

/**
 * src/lazy.ts and all it reaches: one CommonJS bundle, because Node 20 caches compiled code only
 * for scripts it is given (src/util/code-cache.ts), not for ES modules. The modules src/load.ts
 * shares with the CLI (SHARED_MODULES, ids 'duibiao:<path in src>') are left out and required by
 * those ids.
 */
const sharedIds = [...readFileSync(path.join(root, 'src', 'load.ts'), 'utf8').matchAll(/'duibiao:([\w/-]+)'/g)].map((m) => m[1]);
const sharedModules = {
  name: 'shared-modules',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, ({ path: specifier, resolveDir }) => {
      const id = path.relative(path.join(root, 'src'), path.resolve(resolveDir, specifier)).replace(/\.js$/, '').split(path.sep).join('/');
      return sharedIds.includes(id) ? { path: `duibiao:${id}`, external: true } : undefined;
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
await build({ ...common, ...asCommonJs, outExtension: { '.js': '.js' }, entryPoints: { cli: 'src/bin.ts' } });
writeFileSync(path.join(outdir, 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
await build({
  ...common,
  entryPoints: { 'batch-worker': 'src/commands/batch-worker.ts', 'batch-rows-worker': 'src/commands/batch-rows-worker.ts' },
  format: 'esm',
  outExtension: { '.js': '.mjs' },
  define: defines,
});
/** The CLI's bundle: it holds the modules it shares with the bundle below, and hands them over (src/load.ts). */
await build({ ...common, ...asCommonJs, entryPoints: { cli: 'src/cli.ts' }, plugins: [zodEnglishOnly] });
await build({ ...common, ...asCommonJs, entryPoints: { lazy: 'src/lazy.ts' }, plugins: [zodEnglishOnly, sharedModules] });
