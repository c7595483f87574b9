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

/** The mark of each quote of a scorecard whose span lies in the text. */
export type MarkIds = Map<QuotedEvidence, string>;

/**
 * The evidence spans of a scorecard as non-overlapping marks for the embedded full text.
 * Overlapping spans are merged into one mark; `idOf` maps every quote of the scorecard whose span
 * lies in the text to the mark that holds it, so each quote still has a target. Quotes are keyed
 * as they are, not by a "start-end" string: writing and hashing one per quote, twice, was a
 * quarter of rendering a report's page.
 */
export function evidenceMarks(scorecard: Pick<Scorecard, 'results'>, textLength: number): { marks: MarkedSpan[]; idOf: MarkIds } {
  const quotes: QuotedEvidence[] = [];
  for (const result of scorecard.results) {
    for (const ev of result.evidence) if (ev.start < ev.end && ev.end <= textLength) quotes.push(ev);
  }
  // quotes of one span follow each other and fall into one mark
  quotes.sort(byStartThenLongest);
  const marks: MarkedSpan[] = [];
  const idOf: MarkIds = new Map();
  for (const quote of quotes) {
    const last = marks[marks.length - 1];
    if (last && quote.start < last.end) {
      last.end = Math.max(last.end, quote.end);
      idOf.set(quote, last.id);
    } else {
      const mark = { id: `ev-${marks.length + 1}`, start: quote.start, end: quote.end };
      marks.push(mark);
      idOf.set(quote, mark.id);
    }
  }
  return { marks, idOf };
}

/** Spans by start, the longest first where two start together. */
function byStartThenLongest(a: QuotedEvidence, b: QuotedEvidence): number {
  return a.start - b.start || b.end - a.end;
}
