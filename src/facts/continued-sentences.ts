/**
 * 县政府常务会议坚持会前学法制度。全年共计12次。 / 县司法局审查以县政府名义签订的合同。此类合同共96份。: a sentence that
 * names a subject and counts nothing, followed in its paragraph by one that opens with a back-reference (上述, 此类,
 * 该类) or a bare figure (全年14次, 数量为23件), says what that figure counts: the facts stage reads the two as one
 * sentence, the second a clause going on from the first, as the continuation pass reads clauses.
 */
import { clauses } from '../document/sentences.js';
import type { Document, Sentence } from '../document/types.js';
import { COUNT_IN } from './cues.js';
import { MAX_LABEL } from './text.js';
import type { CompiledTables } from './passes/tables.js';

/** The document with each such pair of sentences read as one (the document itself when it holds none). */
export function withContinuedSentences(doc: Document, tables: CompiledTables): Document {
  let sentences: Sentence[] | null = null;
  for (let i = 0; i < doc.sentences.length; i++) {
    const sentence = doc.sentences[i]!;
    const next = doc.sentences[i + 1];
    if (next === undefined || !continues(doc, sentence, next, tables)) {
      sentences?.push(sentence);
      continue;
    }
    sentences ??= doc.sentences.slice(0, i);
    sentences.push(joined(doc.source.text, sentence, next));
    i++;
  }
  return sentences === null ? doc : { ...doc, sentences };
}

/**
 * The two sentences read as one, each as it was read: words the document reads as not there (a placeholder's or an
 * example's clause, ../document/corrections.ts) stay out, as they did when the sentence was read alone.
 */
function joined(text: string, first: Sentence, next: Sentence): Sentence {
  const span = { start: first.span.start, end: next.span.end };
  const gap = text.slice(first.span.end, next.span.start);
  const plain = first.plain + gap + next.plain;
  const map = new Uint32Array(plain.length + 1);
  for (let i = 0; i < first.plain.length; i++) map[i] = first.map[i]!;
  const own = first.span.end - first.span.start;
  for (let i = 0; i < gap.length; i++) map[first.plain.length + i] = own + i;
  const shift = next.span.start - first.span.start;
  for (let i = 0; i <= next.plain.length; i++) map[first.plain.length + gap.length + i] = next.map[i]! + shift;
  return { ...first, span, text: text.slice(span.start, span.end), plain, map, clauses: clauses(plain) };
}

/** Whether `next` goes on from `sentence`: the same paragraph and section, the first naming what the second counts. */
function continues(doc: Document, sentence: Sentence, next: Sentence, tables: CompiledTables): boolean {
  if (sentence.heading || next.heading || sentence.section !== next.section || sentence.kind !== next.kind) return false;
  if (!/。\s*$/.test(sentence.plain) || COUNT_IN.test(sentence.plain)) return false;
  if (/\S|\n/.test(doc.source.text.slice(sentence.span.end, next.span.start))) return false;
  return tables.sentenceOpener.test(next.plain) || (isLabel(sentence.plain) && BARE_FIGURE.test(next.plain));
}

/**
 * 行政复议。受理申请156件。 / 全市行政执法人员。持证7350名。: a sentence of a few words only (a label set off by a full stop)
 * names what the short predicate opening the next one counts.
 */
const isLabel = (plain: string): boolean => {
  const label = plain.replace(/[。\s]+$/, '');
  // a sentence left with no words (all of it a placeholder's clause, read as not there) names nothing
  return label.length <= MAX_LABEL && /\p{Script=Han}/u.test(label);
};
/** A predicate of a few characters and then a figure (受理申请156件, 持证7350名, 区政府聘请9名). */
const BARE_FIGURE = /^\s*[^\d,;:。]{0,6}\d/;
