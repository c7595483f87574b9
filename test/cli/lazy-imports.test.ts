import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageRoot, sampleReport } from '../../src/paths.js';
import { tempDir } from '../helpers/cli.js';

/**
 * Issue 11: a format's or an output's library loads only when that format or output is used.
 * The CLI runs with two hooks that list every file it loads: an ES module hook (the CLI's own
 * chunks) and a CommonJS one (packages required at run time, and dist/lazy.cjs, the bundle the
 * commands load on use, which requires Node's modules through its own require). A file of dist/
 * stands for the packages its source map names as bundled into it (build.mjs).
 */
const HEAVY = [
  'exceljs',
  'cheerio',
  'mammoth',
  'word-extractor',
  'docx',
  'unpdf',
  '@microsoft/recognizers-text-number',
  'opencc-js',
  'zod',
  'yaml',
  'json-rules-engine',
  'pino',
  'cli-progress',
];

let hooks: string[];
beforeAll(() => {
  const dir = tempDir('duibiao-lazy-');
  writeFileSync(
    path.join(dir, 'hook.mjs'),
    'export async function resolve(specifier, context, next) { const r = await next(specifier, context); process.stderr.write(`loaded-url ${r.url}\\n`); return r; }\n',
  );
  writeFileSync(
    path.join(dir, 'register.mjs'),
    `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${path.join(dir, 'hook.mjs')}`)});\n`,
  );
  writeFileSync(
    path.join(dir, 'require-hook.cjs'),
    [
      "const Module = require('node:module');",
      'const load = Module._load;',
      'Module._load = function (request, parent, isMain) {',
      '  const files = [parent?.filename];',
      '  try { files.push(Module._resolveFilename(request, parent, isMain)); } catch {}',
      "  for (const file of files) if (typeof file === 'string' && file.startsWith('/')) process.stderr.write(`loaded-file ${file}\\n`);",
      '  return load.apply(this, arguments);',
      '};',
      '',
    ].join('\n'),
  );
  hooks = ['--import', path.join(dir, 'register.mjs'), '--require', path.join(dir, 'require-hook.cjs')];
});

function packagesLoaded(args: string[]): { packages: Set<string>; files: Set<string> } {
  const result = spawnSync(process.execPath, [...hooks, path.join(packageRoot, 'dist', 'cli.js'), ...args], { encoding: 'utf8', timeout: 60_000 });
  expect(result.status, result.stderr).toBe(0);
  const files = new Set([
    ...[...result.stderr.matchAll(/^loaded-url (file:.+)$/gm)].map((m) => fileURLToPath(m[1]!)),
    ...[...result.stderr.matchAll(/^loaded-file (.+)$/gm)].map((m) => m[1]!),
  ]);
  const dist = path.join(packageRoot, 'dist') + path.sep;
  expect(files).toContain(path.join(dist, 'cli.js'));
  const sources = [...files].flatMap((file) =>
    file.startsWith(dist) ? (JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] }).sources : [file],
  );
  return { packages: new Set(sources.flatMap((source) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1] ?? [])), files };
}

describe('lazy imports', () => {
  it('--help loads the CLI and none of the heavy libraries', () => {
    const { packages: loaded, files } = packagesLoaded(['--help']);
    expect(loaded.has('commander')).toBe(true);
    expect(files).not.toContain(path.join(packageRoot, 'dist', 'lazy.cjs'));
    expect(HEAVY.filter((name) => loaded.has(name))).toEqual([]);
  });

  it('--version alone loads no CLI and prints what commander prints', () => {
    const { packages: loaded, files } = packagesLoaded(['--version']);
    expect(files).not.toContain(path.join(packageRoot, 'dist', 'cli.cjs'));
    expect([...loaded]).toEqual([]);
    const { version } = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string };
    const printed = (...args: string[]) => spawnSync(process.execPath, [path.join(packageRoot, 'dist', 'cli.js'), ...args], { encoding: 'utf8' }).stdout;
    // with a second flag the entry's shortcut is passed by: commander prints it
    expect([printed('--version'), printed('-V'), printed('-V', '--version')]).toEqual([`${version}\n`, `${version}\n`, `${version}\n`]);
  });

  it("checking a .txt report loads no other format's parser and no other output's writer", () => {
    const { packages: loaded, files } = packagesLoaded(['check', sampleReport]);
    expect(files).toContain(path.join(packageRoot, 'dist', 'lazy.cjs'));
    expect(loaded.has('json-rules-engine')).toBe(true);
    // the Chinese-numeral library is no runtime dependency any more (src/facts/numerals.ts reads numerals)
    expect(
      ['exceljs', 'cheerio', 'mammoth', 'docx', 'unpdf', 'pino', 'cli-progress', '@microsoft/recognizers-text-number'].filter((name) => loaded.has(name)),
    ).toEqual([]);
  });
});

describe('the bundles as Node reads them', () => {
  // a non-ASCII character made a bundle a two-byte string: Node decoded it as UTF-8 on every start (build.mjs writeAscii)
  it('are ASCII, the Chinese of their regex literals written as escapes', () => {
    for (const name of ['cli.js', 'cli.cjs', 'lazy.cjs', 'batch-worker.mjs', 'batch-rows-worker.mjs']) {
      const code = readFileSync(path.join(packageRoot, 'dist', name), 'utf8');
      expect(code.match(/[\u0080-\uffff]/)?.index, name).toBeUndefined();
    }
  });
});
