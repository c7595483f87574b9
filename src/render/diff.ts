import type { Result, ResultStatus, Scorecard } from '../engine/schema.js';
import { escapeHtml, htmlPage } from './html-kit.js';
import { mdTable } from './markdown.js';
import { MANUAL_LABEL, STATUS_LABELS, editionLabel, formatNumber, formatRate, overridesSummary, placeLabel, yearLabel } from './labels.js';
import { printable } from '../util/printable.js';

/** Year over year for one place: what was won, what was lost, what is still open, per area. */
export interface IndicatorChange {
  id: string;
  title: string;
  group: string;
  before: ResultStatus;
  after: ResultStatus;
  /** set where that side's status is an inspector's (人工认定), not the machine's */
  manualBefore?: boolean;
  manualAfter?: boolean;
  foundBefore: string | null;
  foundAfter: string | null;
}

export interface AreaChange {
  id: string;
  title: string;
  /** the old areas compared with it (same id, or the catalogue's mapsTo across editions) */
  comparedWith: string[];
  rateBefore: number | null;
  rateAfter: number | null;
  /** percentage points; null when either side has no rate */
  delta: number | null;
}

export interface ScorecardDiff {
  before: Scorecard;
  after: Scorecard;
  warnings: string[];
  scoreDelta: number | null;
  newlyMet: IndicatorChange[];
  newlyLost: IndicatorChange[];
  stillOpen: IndicatorChange[];
  /** indicators only one side evaluated (tailoring or edition changed) */
  onlyBefore: Result[];
  onlyAfter: Result[];
  areas: AreaChange[];
}

export interface DiffOptions {
  /** new area id → old area ids, from the catalogue's mapsTo when the editions differ */
  areaMapping?: ReadonlyMap<string, readonly string[]>;
}

const OPEN: readonly ResultStatus[] = ['unmet', 'partial', 'no_evidence'];

/**
 * One place in both years: by the GB/T 2260 code when both reports have one (江干区 and the 上城区
 * it merged into share it; two 和平区 do not), else by the name as written.
 */
function samePlace(before: Scorecard['document'], after: Scorecard['document']): boolean {
  if (before.code && after.code) return before.code === after.code && before.level === after.level;
  return before.place === after.place;
}

export function diffScorecards(before: Scorecard, after: Scorecard, options: DiffOptions = {}): ScorecardDiff {
  const warnings: string[] = [];
  if (before.document.place && after.document.place && !samePlace(before.document, after.document)) {
    warnings.push(`两份报告的地区不同(${before.document.place} / ${after.document.place}),比较结果仅供参考。`);
  } else if (!before.document.place || !after.document.place) {
    warnings.push('至少一份报告未能识别地区,请确认两份报告属于同一地区。');
  }
  if (before.document.year !== null && after.document.year !== null && before.document.year >= after.document.year) {
    warnings.push(`旧报告年度(${before.document.year}年)不早于新报告年度(${after.document.year}年),请确认参数顺序为 旧 新。`);
  }
  if (before.edition !== after.edition) {
    warnings.push(`两份结果使用的指标体系版本不同(${editionLabel(before)} / ${editionLabel(after)}):指标按相同编号比较,一级指标按对应关系比较。`);
  }

  const beforeById = new Map(before.results.map((r) => [r.indicator, r]));
  const afterIds = new Set(after.results.map((r) => r.indicator));
  const newlyMet: IndicatorChange[] = [];
  const newlyLost: IndicatorChange[] = [];
  const stillOpen: IndicatorChange[] = [];
  const onlyAfter: Result[] = [];
  for (const r of after.results) {
    const old = beforeById.get(r.indicator);
    if (!old) {
      onlyAfter.push(r);
      continue;
    }
    const change: IndicatorChange = {
      id: r.indicator,
      title: r.title,
      group: r.group,
      before: old.status,
      after: r.status,
      foundBefore: old.found,
      foundAfter: r.found,
      ...(old.override ? { manualBefore: true } : {}),
      ...(r.override ? { manualAfter: true } : {}),
    };
    if (r.status === 'met' && old.status !== 'met' && old.status !== 'not_applicable') newlyMet.push(change);
    else if (old.status === 'met' && OPEN.includes(r.status)) newlyLost.push(change);
    else if (OPEN.includes(old.status) && OPEN.includes(r.status)) stillOpen.push(change);
  }
  const onlyBefore = before.results.filter((r) => !afterIds.has(r.indicator));

  const areas = after.areas.map((area): AreaChange => {
    // across editions an area the other edition lacks (2021's 突发事件, 科技保障) has nothing to compare with
    const comparedWith = before.edition === after.edition || !options.areaMapping ? [area.id] : (options.areaMapping.get(area.id) ?? []);
    const olds = before.areas.filter((a) => comparedWith.includes(a.id));
    const applicable = olds.reduce((sum, a) => sum + a.applicable, 0);
    const rateBefore = olds.length && applicable > 0 ? (olds.reduce((sum, a) => sum + a.earned, 0) / applicable) * 100 : null;
    return {
      id: area.id,
      title: area.title,
      comparedWith: olds.map((a) => a.id),
      rateBefore,
      rateAfter: area.rate,
      delta: rateBefore === null || area.rate === null ? null : area.rate - rateBefore,
    };
  });

  const scoreDelta = before.total.score === null || after.total.score === null ? null : after.total.score - before.total.score;
  return { before, after, warnings, scoreDelta, newlyMet, newlyLost, stillOpen, onlyBefore, onlyAfter, areas };
}

/** +3.5 / -2 / 0, with a sign so a reader sees the direction. */
export function formatDelta(delta: number | null, unit = ''): string {
  if (delta === null) return '—';
  const text = formatNumber(Math.abs(delta));
  if (text === '0') return `0${unit}`;
  return `${delta > 0 ? '+' : '-'}${text}${unit}`;
}

function sideLabel(s: Scorecard): string {
  return `${placeLabel(s.document)} ${yearLabel(s.document)}(${printable(s.document.file)})`;
}

function sideCell(status: ResultStatus, found: string | null, manual: boolean | undefined): string {
  const notes = [found, manual ? MANUAL_LABEL : null].filter(Boolean);
  return `${STATUS_LABELS[status]}${notes.length ? `(${notes.join(';')})` : ''}`;
}

function changeRow(c: IndicatorChange): string[] {
  return [`${c.group} ${c.title}`, sideCell(c.before, c.foundBefore, c.manualBefore), sideCell(c.after, c.foundAfter, c.manualAfter)];
}

/** 上次/本次 人工认定 lines, for the sides that carry overrides. */
function overrideNotes(diff: ScorecardDiff): string[] {
  const sides: Array<[string, Scorecard]> = [
    ['上次', diff.before],
    ['本次', diff.after],
  ];
  return sides.flatMap(([side, scorecard]) => {
    const summary = overridesSummary(scorecard);
    return summary ? [`${side}:${summary}`] : [];
  });
}

const CHANGE_HEADER = ['指标', '上次', '本次'];

export function renderDiffMarkdown(diff: ScorecardDiff): string {
  const out: string[] = [`# 法治政府建设对标核查:年度对比`, '', `- 上次:${sideLabel(diff.before)}`, `- 本次:${sideLabel(diff.after)}`, ''];
  for (const w of diff.warnings) out.push(`> 注意:${w}`, '');
  for (const note of overrideNotes(diff)) out.push(`> ${note}`, '');
  out.push(
    `**总分:${formatNumber(diff.before.total.score)} → ${formatNumber(diff.after.total.score)}(${formatDelta(diff.scoreDelta)})**`,
    '',
    '## 各一级指标得分率变化',
    '',
    mdTable(
      ['一级指标', '上次', '本次', '变化(百分点)'],
      diff.areas.map((a) => [`${a.id} ${a.title}`, formatRate(a.rateBefore), formatRate(a.rateAfter), formatDelta(a.delta)]),
    ),
    '',
  );
  const section = (title: string, changes: IndicatorChange[], empty: string) => {
    out.push(`## ${title}(${changes.length} 项)`, '');
    out.push(changes.length ? mdTable(CHANGE_HEADER, changes.map(changeRow)) : empty, '');
  };
  section('新达标', diff.newlyMet, '无。');
  section('新失分', diff.newlyLost, '无。');
  section('仍未解决', diff.stillOpen, '无。');
  if (diff.onlyAfter.length || diff.onlyBefore.length) {
    out.push('## 仅一方核查的指标', '');
    for (const r of diff.onlyAfter) out.push(`- 仅本次:${r.group} ${r.title}(${STATUS_LABELS[r.status]})`);
    for (const r of diff.onlyBefore) out.push(`- 仅上次:${r.group} ${r.title}(${STATUS_LABELS[r.status]})`);
    out.push('');
  }
  return out.join('\n');
}

const DIFF_CSS = `.up{color:#1b7a3a;font-weight:600}.down{color:#b42318;font-weight:600}`;

export function renderDiffHtml(diff: ScorecardDiff): string {
  const title = `${placeLabel(diff.after.document)}法治政府建设对标核查:年度对比`;
  const deltaCell = (d: number | null) => `<td class="num ${d === null || Math.abs(d) < 0.05 ? '' : d > 0 ? 'up' : 'down'}">${escapeHtml(formatDelta(d))}</td>`;
  const changeTable = (id: string, heading: string, changes: IndicatorChange[]) =>
    `<h2>${escapeHtml(heading)}(${changes.length} 项)</h2>${
      changes.length
        ? `<table id="${id}"><thead><tr>${CHANGE_HEADER.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${changes
            .map(
              (c) =>
                `<tr data-indicator="${escapeHtml(c.id)}">${changeRow(c)
                  .map((cell) => `<td>${escapeHtml(cell)}</td>`)
                  .join('')}</tr>`,
            )
            .join('')}</tbody></table>`
        : '<p class="muted">无。</p>'
    }`;
  const body = `
<header><h1>${escapeHtml(title)}</h1>
<div class="meta">上次:${escapeHtml(sideLabel(diff.before))}<br>本次:${escapeHtml(sideLabel(diff.after))}</div></header>
${diff.warnings.map((w) => `<p class="warn">注意:${escapeHtml(w)}</p>`).join('')}
${overrideNotes(diff)
  .map((note) => `<p class="meta manual">${escapeHtml(note)}</p>`)
  .join('')}
<section class="card summary"><div><div class="big">${escapeHtml(formatNumber(diff.before.total.score))} → ${escapeHtml(formatNumber(diff.after.total.score))}</div><div class="meta">总分变化 ${escapeHtml(formatDelta(diff.scoreDelta))}</div></div></section>
<h2>各一级指标得分率变化</h2>
<table id="areas"><thead><tr><th>一级指标</th><th class="num">上次</th><th class="num">本次</th><th class="num">变化(百分点)</th></tr></thead><tbody>
${diff.areas.map((a) => `<tr><td>${escapeHtml(`${a.id} ${a.title}`)}</td><td class="num">${escapeHtml(formatRate(a.rateBefore))}</td><td class="num">${escapeHtml(formatRate(a.rateAfter))}</td>${deltaCell(a.delta)}</tr>`).join('\n')}
</tbody></table>
${changeTable('newly-met', '新达标', diff.newlyMet)}
${changeTable('newly-lost', '新失分', diff.newlyLost)}
${changeTable('still-open', '仍未解决', diff.stillOpen)}`;
  return htmlPage({ title, body, css: DIFF_CSS });
}
