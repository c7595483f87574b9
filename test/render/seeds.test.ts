import { describe, expect, it } from 'vitest';
import { Scorecard } from '../../src/engine/schema.js';
import { renderCheck } from '../../src/render/index.js';
import { renderBatchXlsx } from './workbook.js';
import { rankEntries } from '../../src/render/ranking.js';
import { evaluateSeeds } from './seeds.js';

/** The real reports through the real pipeline. */
describe('renderers on the seed reports', async () => {
  const { seeds } = await evaluateSeeds();

  it('every seed renders as md, json (valid) and html', async () => {
    for (const { evaluated } of seeds) {
      expect(await renderCheck('md', evaluated)).toContain('差距清单');
      Scorecard.parse(JSON.parse(await renderCheck('json', evaluated)));
      expect(await renderCheck('html', evaluated)).toContain('id="fulltext"');
    }
  });

  it('the seeds rank in a workbook', async () => {
    const entries = seeds.map(({ file, evaluated }, index) => ({
      input: file,
      stem: `seed-${index}`,
      scorecard: evaluated.scorecard,
      source: evaluated.source,
    }));
    const bytes = await renderBatchXlsx(entries, []);
    expect(bytes.byteLength).toBeGreaterThan(1000);
    expect(rankEntries(entries).filter((e) => e.rank === 1).length).toBeGreaterThanOrEqual(1);
  });
});
