import type { Scorecard } from '../engine/schema.js';
import type { SourceText } from '../ingest/types.js';

/** One scored district of a batch, and one file that could not be scored. */
export interface BatchEntry {
  /** the input path as given */
  input: string;
  /** de-duplicated output stem: <stem>.json, <stem>.html */
  stem: string;
  scorecard: Scorecard;
  /** for quoting evidence as written; absent when only a JSON result was read */
  source?: SourceText;
}
export interface BatchFailure {
  input: string;
  reason: string;
}

export interface RankedEntry extends BatchEntry {
  /** 1-based; ties share a rank (1, 2, 2, 4); null for a plan document or a report without a score */
  rank: number | null;
}

/**
 * Highest score first; equal scores share a rank, the next rank skips as in a league table.
 * Only annual reports compete: an implementation plan or 工作要点 is listed after them, unranked.
 */
export function rankEntries(entries: readonly BatchEntry[]): RankedEntry[] {
  const competes = (e: BatchEntry) => e.scorecard.document.kind === 'annual_report' && e.scorecard.total.score !== null;
  const sorted = [...entries].sort(
    (a, b) =>
      Number(competes(b)) - Number(competes(a)) ||
      (b.scorecard.total.score ?? -Infinity) - (a.scorecard.total.score ?? -Infinity) ||
      a.input.localeCompare(b.input),
  );
  const ranked: RankedEntry[] = [];
  sorted.forEach((entry, index) => {
    const previous = ranked[index - 1];
    const tied = previous?.rank != null && previous.scorecard.total.score === entry.scorecard.total.score;
    ranked.push({ ...entry, rank: !competes(entry) ? null : tied ? previous.rank : index + 1 });
  });
  return ranked;
}

/** The 一级 areas across all districts, in catalogue order of first appearance. */
export function areaColumns(entries: readonly BatchEntry[]): Array<{ id: string; title: string }> {
  const seen = new Map<string, string>();
  for (const e of entries) for (const a of e.scorecard.areas) if (!seen.has(a.id)) seen.set(a.id, a.title);
  return [...seen].map(([id, title]) => ({ id, title }));
}

/** The indicators across all districts, in order of first appearance. */
export function indicatorColumns(entries: readonly BatchEntry[]): Array<{ id: string; title: string; group: string }> {
  const seen = new Map<string, { id: string; title: string; group: string }>();
  for (const e of entries) for (const r of e.scorecard.results) if (!seen.has(r.indicator)) seen.set(r.indicator, { id: r.indicator, title: r.title, group: r.group });
  return [...seen.values()];
}
