/**
 * The examples the lexicon carries (rules/*.yaml): every pass sentence must give its fact (with
 * its value, when one is written), every fail sentence must not give it (a frame's fail sentence:
 * no value of it; a mention of a presence-and-rate fact such as 述法 may still be found; a pass's
 * fail sentence with a value: not that value). Each sentence goes through the real document and
 * fact stages, as a one-sentence city report unless it names a level (a city sets apart no
 * superior's clauses: 市政府… is its own) or a kind of document.
 */
import { exampleDocument } from '../document/example.js';
import { extractFacts } from './extract.js';
import type { ExampleCase, Lexicon } from './lexicon.js';
import type { Fact } from './schema.js';

export interface FactExampleOutcome {
  example: ExampleCase;
  /** the facts of the example's id that were read */
  found: Fact[];
  ok: boolean;
}

export function runFactExamples(lexicon: Lexicon): FactExampleOutcome[] {
  return lexicon.examples.map((example) => {
    const doc = exampleDocument(example.text, `${example.fact}(示例)`, example.level ?? 'city', example.kind);
    // a frame reads numbers: its examples are about the values, not about a mention of the fact
    const found = extractFacts(doc, lexicon).filter((f) => f.id === example.fact && (example.frame === null || f.value !== true));
    const hit = found.some((f) => f.status === 'achieved' && (example.value === undefined || sameValue(f.value, example.value)));
    // a pass's fail example with a value: the fact may be read, only not with that value
    const wrong = example.value === undefined ? found : found.filter((f) => sameValue(f.value, example.value!));
    return { example, found, ok: example.expected === 'pass' ? hit : wrong.length === 0 };
  });
}

const sameValue = (got: number | true, want: number | true): boolean =>
  typeof got === 'number' && typeof want === 'number' ? Math.abs(got - want) < 1e-6 : got === want;
