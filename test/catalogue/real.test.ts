import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';
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

describe('the shipped tailoring example', () => {
  it('has no problems and waives with an expiry date', async () => {
    const tailoring = path.join(packageRoot, 'indicators', 'tailoring-example.yaml');
    expect(await lintCatalogue({ edition: '2021', tailoring })).toEqual([]);
    const before = await loadCatalogue({ edition: '2021', tailoring, today: '2000-01-01' });
    const after = await loadCatalogue({ edition: '2021', tailoring, today: '2999-01-01' });
    expect(before.expiredWaivers.length).toBeLessThan(after.expiredWaivers.length + after.waivers.length + 1);
    expect(after.waivers.filter((w) => w.expires !== undefined)).toEqual([]);
  });
});
