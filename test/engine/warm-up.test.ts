import { describe, expect, it } from 'vitest';
import { seedFiles } from '../helpers/seeds.js';

/**
 * A batch worker scores the bundled sample report before its first report's clock starts
 * (Checker.warmUp): the report must reach every stage, or what it should set up is left to the
 * first report again, and it must leave nothing behind that changes how a report is scored.
 */
describe('the warm-up of a checker', async () => {
  const { Checker } = await import('../../src/pipeline.js');
  const warmed = await Checker.create({});
  const sample = await warmed.warmUp();

  it('scores a report that reaches every stage', () => {
    expect(sample.document.kind).toBe('annual_report');
    expect(sample.document.year).toBe(2024);
    expect(sample.document.sections.length).toBeGreaterThan(2);
    const statuses = new Set([...sample.facts, ...sample.presence].map((fact) => fact.status));
    expect([...statuses].sort()).toEqual(['achieved', 'gap', 'plan']);
    expect(sample.facts.some((fact) => typeof fact.value === 'number' && fact.unit === '%')).toBe(true);
    expect(sample.presence.length).toBeGreaterThan(0);
    expect(sample.scorecard.results.some((result) => result.status === 'met')).toBe(true);
  });

  it('changes nothing of how a report is scored after it', async () => {
    const fresh = await Checker.create({});
    for (const file of seedFiles().slice(0, 3)) {
      const { scorecard } = await warmed.check(file);
      expect(scorecard).toEqual((await fresh.check(file)).scorecard);
    }
  });
});
