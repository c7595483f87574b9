// Builds dist/ with esbuild (types are checked by `npm run typecheck`, tsc emits nothing).
//
// Node 20 has no compile cache: its ESM loader resolves and translates every file on its own, and
// a cold `check` loaded some 300 of them (ours, zod's, commander's…). Bundled, our code and the
// small pure-JS libraries every command needs are a handful of chunks; what a command, an input
// format or an output imports on use (src/commands/, src/ingest/, src/render/) stays lazy, each
// in its own chunk, and the heavy libraries (exceljs, cheerio, mammoth, docx, unpdf, pino…) stay
// in node_modules, loaded only by those chunks.
//
// Every output file sits directly in dist/: src/paths.ts finds the package root as the parent of
// the folder of the code, and the batch pool starts `./batch-worker.js` next to it.
import { readFileSync, rmSync } from 'node:fs';
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

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli.ts', 'batch-worker': 'src/commands/batch-worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: '[name]-[hash]',
  external: Object.keys(dependencies).filter((name) => !BUNDLED.has(name)),
  // bundled CommonJS (json-rules-engine) may require Node's own modules
  banner: { js: "import { createRequire as __duibiaoRequire } from 'node:module';\nconst require = __duibiaoRequire(import.meta.url);" },
  sourcemap: 'linked',
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
  plugins: [zodEnglishOnly],
  logLevel: 'warning',
});
