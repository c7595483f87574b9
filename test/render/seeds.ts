import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../src/paths.js';
import type { Evaluated } from '../../src/pipeline.js';
import type { Catalogue } from '../../src/catalogue/index.js';

export const seedsDir = path.resolve(packageRoot, '..', 'shared', 'corpus', 'seeds');

export function seedFiles(): string[] {
  if (!existsSync(seedsDir)) return [];
  return readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(seedsDir, name));
}

/**
 * Every seed run through the real pipeline, or the reason it cannot run yet (stages are
 * written in parallel; until they land, render tests use hand-built fixtures).
 */
export async function evaluateSeeds(): Promise<{ seeds: Array<{ file: string; evaluated: Evaluated }>; catalogue: Catalogue } | { unavailable: string }> {
  const files = seedFiles();
  if (files.length === 0) return { unavailable: `no seeds in ${seedsDir}` };
  try {
    const { Checker } = await import('../../src/pipeline.js');
    const checker = await Checker.create({ edition: '2021' });
    const seeds = [];
    for (const file of files) seeds.push({ file, evaluated: await checker.check(file) });
    return { seeds, catalogue: checker.catalogue };
  } catch (error) {
    return { unavailable: `pipeline not ready: ${(error as Error).message}` };
  }
}
