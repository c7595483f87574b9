import { describe, expect, it } from 'vitest';
import { FactsOutput } from '../../src/facts/schema.js';
import { Scorecard } from '../../src/engine/schema.js';
import { runCli, seed } from '../helpers/cli.js';

/** The whole pipeline, run as a user runs it, on the real seeds and on the bundled sample. */
function facts(file: string): FactsOutput {
  const run = runCli(['facts', file, '--format', 'json']);
  expect(run.status, run.stderr).toBe(0);
  return FactsOutput.parse(JSON.parse(run.stdout));
}

function scorecard(file: string, ...args: string[]): Scorecard {
  const run = runCli(['check', file, '--format', 'json', ...args]);
  expect(run.status, run.stderr).toBe(0);
  return Scorecard.parse(JSON.parse(run.stdout));
}

describe('duibiao facts on the real seeds', () => {
  it('follows the contract: evidence slices the reported text and statuses are the three', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const output = facts(seed(prefix));
      for (const fact of output.facts) {
        expect(fact.evidence.end - fact.evidence.start).toBe(fact.evidence.text.length);
        expect(['achieved', 'plan', 'gap']).toContain(fact.status);
      }
    }
  });

  it('2019 report: the 90.20% appearance rate and the 46 of 51 cases are achieved facts', () => {
    const { document, facts: found } = facts(seed('004'));
    expect(document).toMatchObject({ kind: 'annual_report', level: 'district', year: 2019 });
    const achieved = (id: string) => found.filter((f) => f.id === id && f.status === 'achieved').map((f) => f.value);
    expect(achieved('head_appearance_rate')).toContain(90.2);
    expect(achieved('head_appearance_cases')).toContain(46);
    expect(achieved('head_appearance_required')).toContain(51);
  });

  it('2023 report: the 60-学时 training sentence is a plan, not an achievement', () => {
    const hours = facts(seed('000')).facts.filter((f) => f.id === 'enforcement_training_hours');
    expect(hours.length).toBeGreaterThan(0);
    expect(hours.every((f) => f.status === 'plan' && f.value === 60)).toBe(true);
  });

  it('the implementation plan is recognised as a plan and states nothing as achieved', () => {
    const output = facts(seed('003'));
    expect(output.document.kind).toBe('plan');
    expect(output.facts.filter((f) => f.status !== 'plan')).toEqual([]);
  });
});

describe('duibiao check', () => {
  it('npm start: scores the bundled sample and prints a Chinese Markdown gap report', () => {
    const run = runCli(['check']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/得分率/);
    expect(run.stdout).toMatch(/云溪区/);
  });

  it('the implementation plan scores no indicator as met', () => {
    const card = scorecard(seed('003'));
    expect(card.counts.met).toBe(0);
    expect(card.counts.partial).toBe(0);
  });

  it('the street-level report is not penalised for county-only indicators', () => {
    const card = scorecard(seed('002'));
    expect(card.document.level).toBe('street');
    expect(card.counts.not_applicable).toBeGreaterThan(0);
    const applicable = card.results.filter((r) => r.status !== 'not_applicable');
    expect(applicable.length).toBeLessThan(card.results.length);
  });

  it('the 2019 report is partial on the appearance-rate indicator, and the edition is in the result', () => {
    for (const edition of ['2019', '2021']) {
      const card = scorecard(seed('004'), '--edition', edition);
      expect(card.edition).toBe(edition);
      const appearance = card.results.filter((r) => r.evidence.some((e) => e.factId === 'head_appearance_rate'));
      expect(appearance.length).toBeGreaterThan(0);
      expect(appearance.map((r) => r.status)).toContain('partial');
    }
  });

  it('--fail-under exits 1 when a report scores below the line and 0 when not', () => {
    expect(runCli(['check', '--fail-under', '100', '--format', 'json']).status).toBe(1);
    expect(runCli(['check', '--fail-under', '0', '--format', 'json']).status).toBe(0);
  });

  it('area scores add up to the total', () => {
    const card = scorecard(seed('000'));
    const earned = card.areas.reduce((sum, a) => sum + a.earned, 0);
    const applicable = card.areas.reduce((sum, a) => sum + a.applicable, 0);
    expect(earned).toBeCloseTo(card.total.earned, 6);
    expect(applicable).toBeCloseTo(card.total.applicable, 6);
    expect(card.total.score).toBeCloseTo(Math.round((1000 * earned) / applicable) / 10, 6);
  });
});
