import { Scorecard } from '../engine/schema.js';

/** `check --format json`: the Scorecard, validated against its schema so consumers can trust it. */
export function renderJson(scorecard: Scorecard): string {
  const valid = Scorecard.parse(scorecard);
  return `${JSON.stringify(valid, null, 2)}\n`;
}
