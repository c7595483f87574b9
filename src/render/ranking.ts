import { RESULT_STATUSES, type Scorecard } from '../engine/schema.js';
import type { SourceText } from '../ingest/types.js';
import { quoteOf } from './evidence.js';
import { overriddenResults, overrideRow, placeLabel, statusText } from './labels.js';
import { renderRows } from './sheet-rows.js';
import type { MatrixCell } from './matrix-rows.js';

export { matrixCells, type MatrixCell } from './matrix-rows.js';

/**
 * What the batch summary keeps of one scored report: a few fields for the ranking and the heat
 * map. Everything else of the scorecard stays in the per-report files (and, for the workbook,
 * in a BatchDetail written to disk), so that memory does not grow with the number of reports.
 */
export interface BatchScore {
  document: Scorecard['document'];
  total: Pick<Scorecard['total'], 'score' | 'rate'>;
  areas: Array<Pick<Scorecard['areas'][number], 'id' | 'title' | 'rate'>>;
  /** inspector overrides applied, when any */
  overrides?: { count: number };
}

/** One scored district of a batch, and one file that could not be scored. */
export interface BatchEntry {
  /** the input path as given */
  input: string;
  /** de-duplicated output stem: <stem>.json, <stem>.html */
  stem: string;
  scorecard: BatchScore;
}
export interface BatchFailure {
  input: string;
  reason: string;
}

/** The workbook's cells of one report beyond the ranking: the matrix row, the evidence, the overrides. */
export interface BatchDetail {
  /** the report's indicators, in its order: the matrix's columns are gathered from them (IndicatorColumns) */
  indicators: Array<{ id: string; group: string; title: string }>;
  /**
   * one matrix cell per indicator (MatrixCell[]) as JSON, UTF-8: stored and read back as it is,
   * encoded by the worker and not by the main thread (matrixCells reads it)
   */
  matrix: Uint8Array;
  /** the statuses its cells have, a bit each (statusBit): the main thread reads the cells only of rows that bring a status first */
  statuses: number;
  /** the evidence sheet's rows [地区, 指标, 状态, 原文, 所在部分], rendered (see renderRows) */
  evidence: Uint8Array;
  /** [地区, ...OVERRIDE_HEADER] */
  manual: string[][];
}

export function batchScore(scorecard: Scorecard): BatchScore {
  return {
    document: scorecard.document,
    total: { score: scorecard.total.score, rate: scorecard.total.rate },
    areas: scorecard.areas.map(({ id, title, rate }) => ({ id, title, rate })),
    ...(scorecard.overrides ? { overrides: { count: scorecard.overrides.count } } : {}),
  };
}

export function batchDetail(scorecard: Scorecard, source?: SourceText): BatchDetail {
  const place = placeLabel(scorecard.document);
  const indicators: BatchDetail['indicators'] = [];
  const cells: MatrixCell[] = [];
  const evidence: string[][] = [];
  let statuses = 0;
  for (const r of scorecard.results) {
    const status = statusText(r);
    statuses |= statusBit(r.status);
    indicators.push({ id: r.indicator, group: r.group, title: r.title });
    cells.push({ id: r.indicator, status: r.status, text: r.found ? `${status}:${r.found}` : status });
    const indicator = `${r.group} ${r.title}`;
    for (const ev of r.evidence) evidence.push([place, indicator, status, quoteOf(ev, source), ev.section ?? '']);
  }
  return {
    indicators,
    matrix: Buffer.from(JSON.stringify(cells)),
    statuses,
    evidence: renderRows(evidence),
    manual: overriddenResults(scorecard).map((r) => [place, ...overrideRow(r)]),
  };
}

/** A status's bit in BatchDetail['statuses']. */
export const statusBit = (status: MatrixCell['status']): number => 1 << RESULT_STATUSES.indexOf(status);

export interface Region {
  province: string | null;
  city: string | null;
}

/** The province and city of a report; a province's or city's own report is in itself. */
export function regionOf(document: Scorecard['document']): Region {
  const parents = document.parents ?? { province: null, city: null };
  return {
    province: parents.province ?? (document.level === 'province' ? document.place : null),
    city: parents.city ?? (document.level === 'city' ? document.place : null),
  };
}

/** 浙江省 杭州市; a municipality once (天津市); 未识别 when neither is known. */
export function regionText({ province, city }: Region): string {
  return [province, city].filter((x, i, all): x is string => x !== null && all.indexOf(x) === i).join(' ') || '未识别';
}

/**
 * Whether a report lies in the province and city asked for (浙江 or 浙江省; a municipality's
 * districts are in it as their city too).
 */
export function inRegion(region: Region, wanted: { province?: string; city?: string }): boolean {
  const is = (name: string | null, asked: string) => name !== null && (name === asked || name.startsWith(asked));
  if (wanted.province !== undefined && !is(region.province, wanted.province)) return false;
  return wanted.city === undefined || is(region.city ?? region.province, wanted.city);
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
    const tied = previous !== undefined && previous.rank !== null && previous.scorecard.total.score === entry.scorecard.total.score;
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

/**
 * The indicators across all districts, in order of first appearance in the inputs' order,
 * gathered one report at a time as the workers finish them (in no fixed order): each indicator
 * keeps the earliest input that has it, and its place there, so that two runs over the same
 * reports give the same columns (reports of two catalogue editions have different indicators).
 */
export class IndicatorColumns {
  private readonly seen = new Map<string, { id: string; group: string; title: string; input: number; cell: number }>();

  add(detail: Pick<BatchDetail, 'indicators'>, input: number): void {
    detail.indicators.forEach(({ id, group, title }, cell) => {
      const known = this.seen.get(id);
      if (!known || input < known.input) this.seen.set(id, { id, group, title, input, cell });
    });
  }

  get list(): Array<{ id: string; group: string; title: string }> {
    return [...this.seen.values()].sort((a, b) => a.input - b.input || a.cell - b.cell).map(({ id, group, title }) => ({ id, group, title }));
  }
}

/**
 * Each report's row arrives from its worker as a fresh copy, with its own copies of the same few
 * strings and small parts: the ids and titles of the areas, the kind, level, province and city,
 * the path it read (the input's), and area rates, totals and parents that many reports share.
 * Rows are kept until the summary is written (~1.4 KB each, 30,000 of them beside the workers);
 * keeps one copy of each such string and part, which the summary only reads.
 */
export class SharedParts {
  private readonly strings = new Map<string, string>();
  private readonly parts = new Map<string, object>();

  /** the row itself, its repeated strings and parts replaced by the shared copies */
  row(score: BatchScore, input: string): BatchScore {
    const { document } = score;
    if (document.file === input) document.file = input;
    document.kind = this.share(document.kind);
    document.level = this.share(document.level);
    const { parents } = document;
    if (parents) {
      parents.province = this.share(parents.province);
      parents.city = this.share(parents.city);
      document.parents = this.part(`parents\0${parents.province}\0${parents.city}`, parents);
    }
    score.total = this.part(`total\0${score.total.score}\0${score.total.rate}`, score.total);
    score.areas = score.areas.map((area) => {
      area.id = this.share(area.id);
      area.title = this.share(area.title);
      return this.part(`area\0${area.id}\0${area.title}\0${area.rate}`, area);
    });
    return score;
  }

  private share<T extends string | null>(value: T): T {
    if (value === null) return value;
    const known = this.strings.get(value);
    if (known !== undefined) return known as T;
    this.strings.set(value, value);
    return value;
  }

  /** the first part seen under this key: the key names the kind of part and holds every field it has */
  private part<T extends object>(key: string, value: T): T {
    const known = this.parts.get(key);
    if (known !== undefined) return known as T;
    this.parts.set(key, value);
    return value;
  }
}
