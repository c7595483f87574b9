import type { Evidence } from '../facts/schema.js';
import type { Scorecard } from '../engine/schema.js';
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

/**
 * The evidence spans of a scorecard as non-overlapping marks for the embedded full text.
 * Overlapping spans are merged into one mark; `idOf` maps every span (by "start-end") to
 * the mark that holds it, so each quote still has a target.
 */
export function evidenceMarks(scorecard: Pick<Scorecard, 'results'>, textLength: number): { marks: MarkedSpan[]; idOf: Map<string, string> } {
  const spans = new Map<string, { start: number; end: number }>();
  for (const result of scorecard.results) {
    for (const ev of result.evidence) {
      if (ev.start < ev.end && ev.end <= textLength) spans.set(spanKey(ev), { start: ev.start, end: ev.end });
    }
  }
  const sorted = [...spans.entries()].sort(byStartThenLongest);
  const marks: MarkedSpan[] = [];
  const idOf = new Map<string, string>();
  for (const [key, span] of sorted) {
    const last = marks[marks.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      idOf.set(key, last.id);
    } else {
      const mark = { id: `ev-${marks.length + 1}`, start: span.start, end: span.end };
      marks.push(mark);
      idOf.set(key, mark.id);
    }
  }
  return { marks, idOf };
}

/** Spans by start, the longest first where two start together. */
function byStartThenLongest(a: [string, { start: number; end: number }], b: [string, { start: number; end: number }]): number {
  return a[1].start - b[1].start || b[1].end - a[1].end;
}

export const spanKey = (ev: Pick<Evidence, 'start' | 'end'>): string => `${ev.start}-${ev.end}`;
