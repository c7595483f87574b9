import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root, both from src/ (tests) and from dist/ (installed CLI). */
export const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const indicatorsDir = path.join(packageRoot, 'indicators');
export const rulesDir = path.join(packageRoot, 'rules');
export const sampleReport = path.join(packageRoot, 'reports', 'sample-2024-district.txt');
