import { describe, expect, it } from 'vitest';
import { Scorecard } from '../../src/engine/schema.js';
import { applyOverrides } from '../../src/overrides/index.js';
import { seedFiles } from '../helpers/seeds.js';

/** What the JSON outputs write of a value: key order included. */
const written = (value: unknown): string => JSON.stringify(value, null, 2);

/**
 * The JSON outputs write the scorecard as evaluation built it, without parsing it (render/json.ts):
 * so it must already be what Scorecard.parse makes of it, keys in the schema's order, nothing more.
 */
describe('the scorecard of the real pipeline is in the schema’s shape and key order', async () => {
  const { Checker } = await import('../../src/pipeline.js');
  // no edition asked: each report's own, with the note saying why (editionNote)
  const checker = await Checker.create({});
  const cards: Scorecard[] = [];
  for (const file of seedFiles()) cards.push((await checker.check(file)).scorecard);

  it('for every seed, the implementation plan among them', () => {
    expect(cards.some((card) => card.plan !== undefined)).toBe(true);
    expect(cards.every((card) => card.editionNote !== undefined)).toBe(true);
    for (const card of cards) {
      expect(written(card)).toBe(written(Scorecard.parse(card)));
      expect(card).toStrictEqual(Scorecard.parse(card));
    }
  });

  it('with inspector overrides applied', () => {
    for (const card of cards) {
      const [first, second] = card.results;
      const manual = applyOverrides(card, {
        file: 'x.overrides.yaml',
        overrides: [first!, second!].map((r) => ({
          id: r.indicator,
          status: 'met',
          note: '现场核实',
          who: '督察组',
          date: '2025-01-02',
          place: { line: 1, column: 1 },
        })),
      });
      expect(written(manual)).toBe(written(Scorecard.parse(manual)));
    }
  });
});
