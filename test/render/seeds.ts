import type { Evaluated } from '../../src/pipeline.js';
import type { Catalogue } from '../../src/catalogue/index.js';

import { seedFiles, seedsDir } from '../helpers/seeds.js';

export { seedFiles, seedsDir };

/** Every seed run through the real pipeline (a missing seed folder fails the test that asks). */
export async function evaluateSeeds(): Promise<{ seeds: Array<{ file: string; evaluated: Evaluated }>; catalogue: Catalogue }> {
  const files = seedFiles();
  const { Checker } = await import('../../src/pipeline.js');
  const checker = await Checker.create({ edition: '2021' });
  const seeds = [];
  for (const file of files) seeds.push({ file, evaluated: await checker.check(file) });
  return { seeds, catalogue: checker.catalogue };
}
