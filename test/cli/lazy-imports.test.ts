import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageRoot, sampleReport } from '../../src/paths.js';
import { tempDir } from '../helpers/cli.js';

/**
 * Issue 11: a format's or an output's library loads only when that format or output is used.
 * The CLI runs with a module hook that lists every file it loads: a package's own files, and
 * the chunks of dist/, whose source maps name the packages bundled into them (build.mjs).
 */
const HEAVY = [
  'exceljs',
  'cheerio',
  'mammoth',
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

let hook: string;
beforeAll(() => {
  const dir = tempDir('duibiao-lazy-');
  writeFileSync(
    path.join(dir, 'hook.mjs'),
    'export async function resolve(specifier, context, next) { const r = await next(specifier, context); process.stderr.write(`loaded-url ${r.url}\\n`); return r; }\n',
  );
  hook = path.join(dir, 'register.mjs');
  writeFileSync(hook, `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${path.join(dir, 'hook.mjs')}`)});\n`);
});

function packagesLoaded(args: string[]): Set<string> {
  const result = spawnSync(process.execPath, ['--import', hook, path.join(packageRoot, 'dist', 'cli.js'), ...args], { encoding: 'utf8', timeout: 60_000 });
  expect(result.status, result.stderr).toBe(0);
  const urls = new Set([...result.stderr.matchAll(/^loaded-url (file:.+)$/gm)].map((m) => m[1]!));
  const dist = path.join(packageRoot, 'dist') + path.sep;
  const files = [...urls].map((url) => fileURLToPath(url));
  expect(files).toContain(path.join(dist, 'cli.js'));
  const sources = files.flatMap((file) =>
    file.startsWith(dist) ? (JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] }).sources : [file],
  );
  return new Set(sources.flatMap((source) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1] ?? []));
}

describe('lazy imports', () => {
  it('--version loads none of the heavy libraries', () => {
    const loaded = packagesLoaded(['--version']);
    expect(loaded.has('commander')).toBe(true);
    expect(HEAVY.filter((name) => loaded.has(name))).toEqual([]);
  });

  it("checking a .txt report loads no other format's parser and no other output's writer", () => {
    const loaded = packagesLoaded(['check', sampleReport]);
    expect(loaded.has('json-rules-engine')).toBe(true);
    // the Chinese-numeral library is no runtime dependency any more (src/facts/numerals.ts reads numerals)
    expect(
      ['exceljs', 'cheerio', 'mammoth', 'docx', 'unpdf', 'pino', 'cli-progress', '@microsoft/recognizers-text-number'].filter((name) => loaded.has(name)),
    ).toEqual([]);
  });
});
