/**
 * Sentence splitting: a sentence ends at 。!? outside quotes, 《…》 titles and brackets, and at
 * every line break. ";" separates clauses and stays inside the sentence.
 */
import { isBlank } from './text.js';
import type { Span } from './types.js';

const OPENERS = new Set('“‘《〈(【〔[「『{');
const CLOSERS = new Set('”’》〉)】〕]」』}');
const TERMINATORS = new Set('。!?…');
/**
 * An opener that is not closed within this many characters is taken as unbalanced, so that a
 * stray "(" cannot swallow a whole paragraph.
 */
const MAX_ENCLOSED = 300;

export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  const spans: Span[] = [];
  let open = -1;
  let nesting = 0;
  let asciiQuote = false;
  let enclosedSince = 0;
  const finish = (stop: number): void => {
    let e = stop;
    while (e > open && isBlank(text[e - 1])) e--;
    if (e > open) spans.push({ start: open, end: e });
    open = -1;
    nesting = 0;
    asciiQuote = false;
  };
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      if (open >= 0) finish(i);
      continue;
    }
    if (open < 0) {
      if (isBlank(ch)) continue;
      open = i;
    }
    if (nesting > 0 || asciiQuote) {
      if (i - enclosedSince > MAX_ENCLOSED) {
        nesting = 0;
        asciiQuote = false;
      }
    }
    if (OPENERS.has(ch)) {
      if (nesting === 0 && !asciiQuote) enclosedSince = i;
      nesting++;
    } else if (CLOSERS.has(ch)) {
      if (nesting > 0) nesting--;
    } else if (ch === '"') {
      if (!asciiQuote && nesting === 0) enclosedSince = i;
      asciiQuote = !asciiQuote;
    } else if (TERMINATORS.has(ch) && nesting === 0 && !asciiQuote) {
      let stop = i + 1;
      while (stop < end && TERMINATORS.has(text[stop]!)) stop++;
      finish(stop);
      i = stop - 1;
    }
  }
  if (open >= 0) finish(end);
  return spans;
}
