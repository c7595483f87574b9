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

/**
 * esbuild writes non-ASCII characters as escapes in strings and templates but leaves them in regular
 * expression literals (a literal's `.source` would change), so the Chinese of a few hundred patterns made the
 * whole bundle non-ASCII: Node decoded its 1.2 MB as UTF-8 into a two-byte string on every cold start, and V8
 * hashed and scanned it as one (about 3.5% of a cold check's instructions). They are written as \uXXXX escapes
 * here, which a regular expression reads as the same character with or without the u flag; code that reads a
 * literal's source must read such escapes (src/facts/numerals.ts does). The source map's columns are moved with
 * them. A character after a backslash (an identity escape) would turn into an escaped backslash: refused.
 */
function writeAscii(name) {
  const file = path.join(outdir, name);
  const code = readFileSync(file, 'utf8');
  if (!/[\u0080-\uffff]/.test(code)) return;
  const widened = []; // per generated line: the columns of the characters written as escapes
  let line = 0;
  let column = 0;
  let ascii = '';
  for (let i = 0; i < code.length; i++) {
    const unit = code.charCodeAt(i);
    if (unit === 10) {
      line++;
      column = 0;
      ascii += '\n';
      continue;
    }
    if (unit > 0x7f) {
      if (code[i - 1] === '\\') throw new Error(`${name}: a non-ASCII character after a backslash at line ${line + 1}, column ${column}`);
      (widened[line] ??= []).push(column);
      ascii += `\\u${unit.toString(16).toUpperCase().padStart(4, '0')}`;
    } else ascii += code[i];
    column++;
  }
  writeFileSync(file, ascii);
  const mapFile = `${file}.map`;
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  map.mappings = map.mappings
    .split(';')
    .map((segments, at) => (widened[at] ? shiftColumns(segments, widened[at]) : segments))
    .join(';');
  writeFileSync(mapFile, JSON.stringify(map));
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One line's segments with each generated column moved 5 further for every escaped character before it. */
function shiftColumns(segments, escaped) {
  let before = 0; // generated column, as read
  let written = 0; // generated column, as written
  let passed = 0; // escaped characters before it (segments come in column order)
  return segments
    .split(',')
    .map((segment) => {
      if (segment === '') return segment;
      const [delta, rest] = readVlq(segment);
      before += delta;
      while (passed < escaped.length && escaped[passed] < before) passed++;
      const shifted = before + 5 * passed;
      const out = writeVlq(shifted - written) + rest;
      written = shifted;
      return out;
    })
    .join(',');
}

/** The first value of a segment and the rest of it as it is. */
function readVlq(segment) {
  let value = 0;
  let shift = 0;
  let i = 0;
  for (;;) {
    const digit = BASE64.indexOf(segment[i++]);
    value += (digit & 31) << shift;
    shift += 5;
    if ((digit & 32) === 0) break;
  }
  return [value & 1 ? -(value >>> 1) : value >>> 1, segment.slice(i)];
}

function writeVlq(number) {
  let value = number < 0 ? (-number << 1) | 1 : number << 1;
  let out = '';
  do {
    let digit = value & 31;
    value >>>= 5;
    if (value > 0) digit |= 32;
    out += BASE64[digit];
  } while (value > 0);
  return out;
}

for (const name of ['cli.js', 'cli.cjs', 'lazy.cjs', 'batch-worker.mjs', 'batch-rows-worker.mjs']) writeAscii(name);
