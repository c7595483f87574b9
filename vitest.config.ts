import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Files that mock or reset modules, or set the process's environment: each runs in a fresh worker. The others share
 * their worker's modules (the pipeline, the lexicon and the catalogue are loaded once per worker, not once per file);
 * they only read module state.
 */
const isolated = [
  'test/util/cache.test.ts',
  'test/util/code-cache.test.ts',
  'test/util/lazy-schema.test.ts',
  'test/facts/numerals.test.ts',
  'test/render/diff.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // vitest's default for a run is one core fewer than the machine has: a single worker on a 2-core CI machine
    maxWorkers: availableParallelism(),
    projects: [
      { extends: true, test: { name: 'isolated', include: isolated } },
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...isolated], isolate: false } },
    ],
  },
});
