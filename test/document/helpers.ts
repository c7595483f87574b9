import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../src/paths.js';
import type { SourceText } from '../../src/ingest/types.js';
import { seedFiles, seedsDir } from '../helpers/seeds.js';

/** What ingest would hand over: CRLF unified and full-width ASCII forms folded. */
export function sourceOf(raw: string, file = 'fixture.txt'): SourceText {
  const text = raw.replace(/\r\n?/g, '\n').replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  return { file, format: 'txt', encoding: 'utf-8', text, original: text, traditional: false };
}

export { seedsDir };
export const goldDir = path.resolve(packageRoot, '..', 'shared', 'corpus', 'gold');

export function seedNames(): string[] {
  return seedFiles().map((file) => path.basename(file));
}

export function readSeed(name: string): SourceText {
  return sourceOf(fs.readFileSync(path.join(seedsDir, name), 'utf-8'), name);
}
