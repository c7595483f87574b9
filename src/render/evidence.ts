import type { Evidence } from '../facts/schema.js';
import type { QuotedEvidence, Scorecard } from '../engine/schema.js';
import type { SourceText } from '../ingest/types.js';

/**
 * Evidence is found in the normalised text; a reader is shown it as the report wrote it,
 * from `original` at the same offsets (the two strings have the same length).
 */
export function quoteOf(evidence: Pick<Evidence, 'text' | 'start' | 'end'>, source?: Pick<SourceText, 'text' | 'original'>): string {
  if (!source || source.original.length !== source.text.length || evidence.end > source.original.length || evidence.start >= evidence.end) {
    return evidence.text;
  }
  return source.original.slice(evidence.start, evidence.end);
}

export interface MarkedSpan {
  id: string;
  start: number;
  end: number;
}

/** The id of the mark that holds a quote of the scorecard, for each whose span lies in the text. */
export interface MarkIds {
  get(quote: QuotedEvidence): string | undefined;
}

/**
 * The evidence spans of a scorecard as non-overlapping marks for the embedded full text.
 * Overlapping spans are merged into one mark; `idOf` gives every quote of the scorecard whose span
 * lies in the text the mark that holds it, so each quote still has a target. A quote's mark is
 * looked up by its start among the marks, which are in text order: a map from each quote to its
 * mark (some 300 a report) cost more to fill than the lookups, and was a twentieth of the garbage
 * a report's page made.
 */
export function evidenceMarks(scorecard: Pick<Scorecard, 'results'>, textLength: number): { marks: MarkedSpan[]; idOf: MarkIds } {
  const inText = (quote: QuotedEvidence) => quote.start < quote.end && quote.end <= textLength;
  const quotes: QuotedEvidence[] = [];
  for (const result of scorecard.results) {
    for (const ev of result.evidence) if (inText(ev)) quotes.push(ev);
  }
  // quotes of one span follow each other and fall into one mark
  quotes.sort(byStartThenLongest);
  const marks: MarkedSpan[] = [];
  for (const quote of quotes) {
    const last = marks[marks.length - 1];
    if (last && quote.start < last.end) last.end = Math.max(last.end, quote.end);
    else marks.push({ id: `ev-${marks.length + 1}`, start: quote.start, end: quote.end });
  }
  return { marks, idOf: { get: (quote) => (inText(quote) ? markAt(marks, quote.start).id : undefined) } };
}

/** The mark that holds a position where a quote in the text starts: the last mark starting at or before it. */
function markAt(marks: readonly MarkedSpan[], position: number): MarkedSpan {
  let low = 0;
  let high = marks.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (marks[middle]!.start <= position) low = middle;
    else high = middle - 1;
  }
  return marks[low]!;
}

/** Spans by start, the longest first where two start together. */
function byStartThenLongest(a: QuotedEvidence, b: QuotedEvidence): number {
  return a.start - b.start || b.end - a.end;
}
