import type { Catalogue, CatalogueIndicator } from '../catalogue/index.js';
import { buildDocument } from '../document/index.js';
import type { Document } from '../document/types.js';
import { extractFacts, type Lexicon } from '../facts/index.js';
import { foldCharacters } from '../ingest/index.js';
import type { SourceText } from '../ingest/types.js';
import { evaluate } from './index.js';
import type { ResultStatus } from './schema.js';

/** The heading the example sentence is placed under, so the document treats it as an achievement. */
const ACHIEVEMENTS_HEADING = '一、主要举措和成效';

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
  const outcomes: ExampleOutcome[] = [];
  for (const indicator of catalogue.indicators) {
    for (const expected of ['pass', 'fail'] as const) {
      for (const sentence of indicator.examples[expected]) {
        const doc = exampleDocument(indicator, sentence);
        const facts = extractFacts(doc, lexicon);
        const card = await evaluate(unwaived, doc, facts, lexicon, { only: [indicator.id] });
        const status = card.results[0]?.status ?? 'no_evidence';
        outcomes.push({ indicator, expected, sentence, status, ok: (status === 'met') === (expected === 'pass') });
      }
    }
  }
  return outcomes;
}

function exampleDocument(indicator: CatalogueIndicator, sentence: string): Document {
  const original = `${ACHIEVEMENTS_HEADING}\n${sentence}\n`;
  const source: SourceText = { file: `${indicator.id}(示例)`, format: 'txt', encoding: 'utf-8', text: foldCharacters(original), original, traditional: false };
  const doc = buildDocument(source);
  return { ...doc, kind: 'annual_report', level: indicator.appliesTo[0] ?? 'unknown', place: null };
}
