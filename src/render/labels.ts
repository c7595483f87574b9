import type { AreaScore, Result, ResultStatus, Scorecard } from '../engine/schema.js';
import { RESULT_STATUSES } from '../engine/schema.js';
import type { DocumentInfo } from '../facts/schema.js';
import { LEVEL_LABELS } from '../document/labels.js';
import { printable } from '../util/printable.js';

/**
 * The one place that turns scorecard values into what a reader sees: status names and
 * colours, rates, scores, places. Every renderer (md, html, docx, xlsx, diff) goes through here.
 */
export const STATUS_LABELS: Record<ResultStatus, string> = {
  met: '达标',
  partial: '部分达标',
  unmet: '未达标',
  no_evidence: '未见佐证',
  not_applicable: '不适用',
};

/** Colours per status: `fg` for text/bars, `bg` for table fills (xlsx wants ARGB without '#'). */
export const STATUS_COLOURS: Record<ResultStatus, { fg: string; bg: string }> = {
  met: { fg: '#1b7a3a', bg: '#d7f0dd' },
  partial: { fg: '#9a6700', bg: '#fff1c2' },
  unmet: { fg: '#b42318', bg: '#fbd9d5' },
  no_evidence: { fg: '#5b5f66', bg: '#e6e8eb' },
  not_applicable: { fg: '#8a8f98', bg: '#f6f7f8' },
};

/** Statuses a district has to act on, in the order a gap list shows them. */
export const GAP_STATUSES: readonly ResultStatus[] = ['unmet', 'partial', 'no_evidence'];
export const isGap = (result: Pick<Result, 'status'>): boolean => GAP_STATUSES.includes(result.status);

export const STATUS_ORDER: readonly ResultStatus[] = RESULT_STATUSES;

/** 得分率 as printed: 83.3%; '—' when nothing applies. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${formatNumber(rate)}%`;
}

/** A score or points value: integers stay integers, others keep at most one decimal. */
export function formatNumber(value: number | null): string {
  if (value === null) return '—';
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

export function formatPoints(earned: number, applicable: number): string {
  return `${formatNumber(earned)} / ${formatNumber(applicable)}`;
}

export function placeLabel(document: Pick<DocumentInfo, 'place' | 'file'>): string {
  return document.place ?? `(未注明地区:${printable(document.file)})`;
}

export function levelLabel(document: Pick<DocumentInfo, 'level'>): string {
  return LEVEL_LABELS[document.level];
}

export function yearLabel(document: Pick<DocumentInfo, 'year'>): string {
  return document.year === null ? '未注明' : `${document.year}年`;
}

export function editionLabel(scorecard: Pick<Scorecard, 'edition' | 'tailoring' | 'editionNote'>): string {
  return `${scorecard.edition}年版${scorecard.editionNote ? `(${scorecard.editionNote})` : ''}`;
}

export function tailoringLabel(scorecard: Pick<Scorecard, 'tailoring'>): string {
  return scorecard.tailoring === null ? '无' : printable(scorecard.tailoring);
}

/** "达标 12 · 部分达标 3 · …", zero counts left out. */
export function countsLine(counts: Partial<Record<ResultStatus, number>>, separator = ' · '): string {
  const parts = STATUS_ORDER.filter((s) => (counts[s] ?? 0) > 0).map((s) => `${STATUS_LABELS[s]} ${counts[s]}`);
  return parts.length ? parts.join(separator) : '无指标';
}

/** Points an area lost: the room a district has to improve there. */
export function lostPoints(area: Pick<AreaScore, 'earned' | 'applicable'>): number {
  return Math.max(0, area.applicable - area.earned);
}

export function resultsOfArea(scorecard: Pick<Scorecard, 'results'>, areaId: string): Result[] {
  return scorecard.results.filter((r) => r.area === areaId);
}

/** The status an expired waiver is reported under. */
export function waiverLine(waiver: { id: string; reason: string; expires: string }): string {
  return `${waiver.id}:${waiver.reason}(已于 ${waiver.expires} 到期,不再豁免)`;
}

/** What an inspector's verdict is called wherever it is shown. */
export const MANUAL_LABEL = '人工认定';

/** 达标, or for an overridden result 达标(人工认定;机器判定:未见佐证). */
export function statusText(result: Pick<Result, 'status' | 'override'>): string {
  const label = STATUS_LABELS[result.status];
  return result.override ? `${label}(${MANUAL_LABEL};机器判定:${STATUS_LABELS[result.override.machine.status]})` : label;
}

/** The overridden results of a scorecard, for the 人工认定 tables. */
export function overriddenResults(scorecard: Pick<Scorecard, 'results'>): Array<Result & { override: NonNullable<Result['override']> }> {
  return scorecard.results.filter((r): r is Result & { override: NonNullable<Result['override']> } => r.override !== undefined);
}

export const OVERRIDE_HEADER = ['指标', '机器判定', MANUAL_LABEL, '理由', '认定人', '日期'] as const;

/** One row of a 人工认定 table, in OVERRIDE_HEADER order. */
export function overrideRow(result: Result & { override: NonNullable<Result['override']> }): string[] {
  const { override } = result;
  return [
    `${result.group} ${result.title}`,
    STATUS_LABELS[override.machine.status],
    STATUS_LABELS[override.status],
    override.note,
    override.who,
    override.date,
  ];
}

/** 人工认定 3 项(文件 a.overrides.yaml),机器评分 41.4 → 认定后 46.9; null without overrides. */
export function overridesSummary(scorecard: Pick<Scorecard, 'overrides' | 'total'>): string | null {
  const { overrides } = scorecard;
  if (!overrides) return null;
  return `${MANUAL_LABEL} ${overrides.count} 项(文件 ${printable(overrides.file)}),机器评分 ${formatNumber(overrides.machineScore)} → 认定后 ${formatNumber(scorecard.total.score)}`;
}

/**
 * What a plan's result says first: it is a plan, so it has no achievement score, only coverage.
 * Null for a report.
 */
export function planNotice(scorecard: Pick<Scorecard, 'plan'>): string | null {
  const { plan } = scorecard;
  if (!plan) return null;
  return `本文件是实施方案或工作要点,不是年度情况报告:不评成效得分,只看方案覆盖了哪些指标。指标覆盖率 ${formatRate(plan.rate)}(覆盖 ${plan.addressed} / ${plan.applicable} 项适用指标)。`;
}
