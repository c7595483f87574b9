import type { Fact } from '../../src/facts/schema.js';
import type { Scorecard } from '../../src/engine/schema.js';

/** Every number written in a text (Arabic digits, with decimals), as numbers. */
export function numbersIn(text: string): number[] {
  return [...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

/** The numbers a draft may use: fact values, found values and thresholds, the report year. */
export function allowedNumbers(scorecard: Scorecard, facts: readonly Fact[]): Set<number> {
  const allowed = new Set<number>();
  for (const f of facts) if (typeof f.value === 'number') allowed.add(f.value);
  for (const r of scorecard.results) for (const n of numbersIn(`${r.found ?? ''} ${r.threshold ?? ''}`)) allowed.add(n);
  if (scorecard.document.year !== null) allowed.add(scorecard.document.year);
  return allowed;
}
