import { describe, expect, it } from 'vitest';
import type { Scorecard } from '../../src/engine/schema.js';
import { seed } from '../helpers/cli.js';

/** The real pipeline on the shared seeds. */
async function scoreSeed(
  prefix: string,
  edition: string,
): Promise<{ card: Scorecard; appliesTo: Map<string, string[]>; facts: Map<string, string | undefined> }> {
  const { Checker } = await import('../../src/pipeline.js');
  const checker = await Checker.create({ edition });
  const { scorecard } = await checker.check(seed(prefix));
  return {
    card: scorecard,
    appliesTo: new Map(checker.catalogue.indicators.map((i) => [i.id, i.appliesTo])),
    facts: new Map(checker.catalogue.indicators.map((i) => [i.id, i.check.fact])),
  };
}

describe('seeds through the real pipeline', () => {
  it('the implementation plan (003) has no indicator met', async () => {
    const { card } = await scoreSeed('003', '2021');
    expect(card.document.kind).toBe('plan');
    expect(card.results.filter((r) => r.status === 'met' || r.status === 'partial').map((r) => r.indicator)).toEqual([]);
  });

  it('the street-level report (002) gets not_applicable for indicators that exclude streets', async () => {
    const { card, appliesTo } = await scoreSeed('002', '2021');
    expect(card.document.level).toBe('street');
    const excluded = card.results.filter((r) => !appliesTo.get(r.indicator)!.includes('street'));
    expect(excluded.length).toBeGreaterThan(0);
    for (const result of excluded) expect(result.status).toBe('not_applicable');
  });

  it('the 2019 report (004) is partial on the head-appearance rate (90.20%)', async () => {
    const edition = '2019';
    const { card, facts } = await scoreSeed('004', edition);
    const head = card.results.filter((r) => facts.get(r.indicator) === 'head_appearance_rate');
    expect(head.length).toBeGreaterThan(0);
    for (const result of head) expect(result).toMatchObject({ status: 'partial', found: '90.2%' });
  });

  it('every seed report produces a valid scorecard with a score out of 100', async () => {
    for (const prefix of ['000', '001', '002', '004']) {
      const { card } = await scoreSeed(prefix, '2021');
      expect(card.total.score).not.toBeNull();
      expect(card.total.score!).toBeGreaterThanOrEqual(0);
      expect(card.total.score!).toBeLessThanOrEqual(100);
    }
  });
});
