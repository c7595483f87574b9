import { describe, expect, it } from 'vitest';
import { lintCatalogue, loadCatalogue } from '../../src/catalogue/index.js';

/** The shipped catalogue: every edition lints clean and loads. */
describe.each(['2021', '2019'])('the %s catalogue', (edition) => {
  it('has no problems', async () => {
    const problems = await lintCatalogue({ edition });
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`)).toEqual([]);
  });

  it('loads, with every group of the edition known', async () => {
    const catalogue = await loadCatalogue({ edition });
    const groups = new Set(catalogue.areas.flatMap((a) => a.groups.map((g) => g.id)));
    for (const indicator of catalogue.indicators) expect(groups.has(indicator.group)).toBe(true);
  });
});
