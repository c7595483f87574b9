/**
 * The examples of the document stage's wording (rules/sections.yaml, rules/documents.yaml): every
 * pass example must give what it is listed under, no fail example may give it. A section example
 * is read by the classifier of its table, the one the document stage runs: a top-level title, a
 * sub-heading (read without a report year), a paragraph's opening words. A document example is a
 * short document of its own, read by the whole document stage.
 */
import { openerKind, subheadingOverride, titleCue } from './classify.js';
import { exampleSource } from './example.js';
import { buildDocument } from './index.js';
import type { DocumentKind, SectionKind } from './types.js';
import type { DocumentWording, SectionTable, WordingExample } from './wording.js';

export interface WordingExampleOutcome {
  example: WordingExample;
  /** the section kind a section example gave (null for none), or the document kind of a document example */
  found: SectionKind | DocumentKind | null;
  ok: boolean;
}

const SECTION_CLASSIFIERS: Record<SectionTable, (wording: DocumentWording, text: string) => SectionKind | null> = {
  titles: ({ sections }, text) => titleCue(sections, text),
  subheadings: ({ sections }, text) => subheadingOverride(sections, text, null),
  openers: ({ sections }, text) => openerKind(sections, text),
};

export function runWordingExamples(wording: DocumentWording, examples: readonly WordingExample[]): WordingExampleOutcome[] {
  return examples.map((example) => {
    const expected = example.expected === 'pass';
    if ('kind' in example) {
      const found = SECTION_CLASSIFIERS[example.table](wording, example.text);
      return { example, found, ok: (found === example.kind) === expected };
    }
    const found = buildDocument(exampleSource(example.text, `${example.table}(示例)`), wording).kind;
    // a domain example is about being a 法治政府 document at all, whichever kind
    const hit = example.table === 'domain' ? found !== 'other' : found === example.table;
    return { example, found, ok: hit === expected };
  });
}
