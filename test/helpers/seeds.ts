import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../src/paths.js';

/** The five real published documents (read-only, beside the project here and in CI). */
export const seedsDir = path.resolve(packageRoot, '..', 'shared', 'corpus', 'seeds');

/** The seed reports' paths, sorted; a missing or empty seeds folder fails the test that asks. */
export function seedFiles(): string[] {
  const names = existsSync(seedsDir) ? readdirSync(seedsDir).filter((name) => name.endsWith('.txt')) : [];
  if (names.length === 0) throw new Error(`no seed reports in ${seedsDir}: the real-data tests need ../shared/corpus/seeds`);
  return names.sort().map((name) => path.join(seedsDir, name));
}

/** The 89 real report openings of ../shared/corpus/real/docs, sorted; missing ones fail the test that asks. */
export function realFiles(): string[] {
  const dir = path.resolve(seedsDir, '..', 'real', 'docs');
  const names = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.txt')) : [];
  if (names.length < 80) throw new Error(`the real report openings are missing from ${dir}: the real-data tests need ../shared/corpus/real`);
  return names.sort().map((name) => path.join(dir, name));
}
