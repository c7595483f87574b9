/**
 * The examples of the document stage's wording (rules/sections.yaml): every pass example must
 * give the kind it is listed under, no fail example may give it. Each is read by the classifier
 * of its table, the one the document stage runs: a top-level title, a sub-heading (read without a
 * report year), a paragraph's opening words.
 */
import { openerKind, subheadingOverride, titleCue } from './classify.js';
import type { SectionKind } from './types.js';
import type { CueTable, DocumentWording, WordingExample } from './wording.js';

export interface WordingExampleOutcome {
  example: WordingExample;
  /** the kind the classifier gave; null for none */
  found: SectionKind | null;
  ok: boolean;
}

const CLASSIFIERS: Record<CueTable, (wording: DocumentWording, text: string) => SectionKind | null> = {
  titles: ({ sections }, text) => titleCue(sections, text),
  subheadings: ({ sections }, text) => subheadingOverride(sections, text, null),
  openers: ({ sections }, text) => openerKind(sections, text),
};

export function runWordingExamples(wording: DocumentWording, examples: readonly WordingExample[]): WordingExampleOutcome[] {
  return examples.map((example) => {
    const found = CLASSIFIERS[example.table](wording, example.text);
    return { example, found, ok: (found === example.kind) === (example.expected === 'pass') };
  });
}
