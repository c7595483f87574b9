import type { Catalogue, CatalogueIndicator } from '../catalogue/index.js';
import { exampleDocument } from '../document/example.js';
import { extractFacts, extractPresence, withPresence, type Lexicon } from '../facts/index.js';
import { evaluate } from './index.js';
import type { ResultStatus } from './schema.js';

export interface ExampleOutcome {
  indicator: CatalogueIndicator;
  expected: 'pass' | 'fail';
  sentence: string;
  status: ResultStatus;
  ok: boolean;
}

/**
 * prh-style embedded specs: every example sentence of every indicator goes through the real
 * pipeline (fold → document → facts → evaluate), as an annual report at a level the indicator
 * applies to; a pass example must be met, a fail example must not be.
 */
export async function runExamples(catalogue: Catalogue, lexicon: Lexicon): Promise<ExampleOutcome[]> {
  // waivers say nothing about whether the check reads sentences correctly
  const unwaived: Catalogue = { ...catalogue, waivers: [] };
  const reader = withPresence(lexicon, catalogue.presence);
  const outcomes: ExampleOutcome[] = [];
  for (const indicator of catalogue.indicators) {
    for (const expected of ['pass', 'fail'] as const) {
      for (const sentence of indicator.examples[expected]) {
        const doc = exampleDocument(sentence, `${indicator.id}(示例)`, indicator.appliesTo[0] ?? 'unknown');
        const facts = [...extractFacts(doc, reader), ...extractPresence(doc, reader)];
        const card = await evaluate(unwaived, doc, facts, { only: [indicator.id] });
        const status = card.results[0]?.status ?? 'no_evidence';
        outcomes.push({ indicator, expected, sentence, status, ok: (status === 'met') === (expected === 'pass') });
      }
    }
  }
  return outcomes;
}
