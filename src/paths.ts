import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package root: the nearest folder above this code that holds package.json and the catalogue,
 * wherever the code sits (src/ in tests, dist/ when built, a bundle of the benchmark); dist/ has a
 * package.json of its own, which only tells Node its .js files are CommonJS.
 */
export const packageRoot = rootAbove(path.dirname(fileURLToPath(import.meta.url)));
export const indicatorsDir = path.join(packageRoot, 'indicators');
export const rulesDir = path.join(packageRoot, 'rules');
export const sampleReport = path.join(packageRoot, 'reports', 'sample-2024-district.txt');

function rootAbove(dir: string): string {
  if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'indicators'))) return dir;
  const parent = path.dirname(dir);
  if (parent === dir) throw new Error(`duibiao: no package.json and indicators/ above ${fileURLToPath(import.meta.url)}`);
  return rootAbove(parent);
}
