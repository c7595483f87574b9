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
