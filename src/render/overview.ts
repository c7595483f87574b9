import { KIND_LABELS } from '../document/labels.js';
import { rateClass } from './chart.js';
import { escapeHtml, htmlPageChunks, joined } from './html-kit.js';
import { MANUAL_LABEL, formatNumber, formatRate, levelLabel, placeLabel, yearLabel } from './labels.js';
import { printable } from '../util/printable.js';
import { areaColumns, rankEntries, regionOf, regionText, type BatchEntry, type BatchFailure, type RankedEntry } from './ranking.js';

const OVERVIEW_CSS = `
.heat td.cell{text-align:center;white-space:nowrap}
.heat th.area{writing-mode:horizontal-tb;font-size:12px;min-width:5em}
.legend .chip{margin-right:8px}
`;

export interface OverviewOptions {
  elapsedSeconds?: number;
  /** inputs not read, with the reason */
  skipped?: readonly BatchFailure[];
  /** per-report files this run wrote, relative to the output folder */
  written?: readonly string[];
}

const fileName = (name: string) => escapeHtml(printable(name));

/**
 * The batch overview page: ranking, a heat map of 一级 areas × districts, failures, skipped inputs
 * and the files written. Given in pieces, a row at a time, to be written as they come: the page of
 * 30,000 reports is some 40 MB, ~90 MB as one string.
 */
export function renderOverviewHtml(entries: readonly BatchEntry[], failures: readonly BatchFailure[], options: OverviewOptions = {}): Generator<string> {
  const title = `法治政府建设对标评分总览(${entries.length} 份报告)`;
  return htmlPageChunks({ title, css: OVERVIEW_CSS }, overviewBody(title, entries, failures, options));
}

function* overviewBody(title: string, entries: readonly BatchEntry[], failures: readonly BatchFailure[], options: OverviewOptions): Generator<string> {
  const ranked = rankEntries(entries);
  const areas = areaColumns(entries);
  yield `
<header><h1>${escapeHtml(title)}</h1>
<div class="meta">已评分 ${entries.length} 份,失败 ${failures.length} 份${options.elapsedSeconds === undefined ? '' : `,用时 ${escapeHtml(options.elapsedSeconds.toFixed(1))} 秒`}</div></header>
<h2>排名</h2>
<table id="ranking"><thead><tr><th class="num">排名</th><th>地区</th><th>省/市</th><th>层级</th><th>年度</th><th class="num">总分</th><th class="num">得分率</th><th>文件</th></tr></thead><tbody>
`;
  yield* joined(ranked, rankingRow, '\n');
  yield `
</tbody></table>
<h2>各一级指标得分率热力图</h2>
<div class="legend meta"><span class="chip st-met">≥90%</span><span class="chip st-partial">60%–90%</span><span class="chip st-unmet">&lt;60%</span><span class="chip st-not_applicable">不适用</span></div>
<table class="heat" id="heatmap"><thead><tr><th>地区</th>${areas.map((a) => `<th class="area">${escapeHtml(`${a.id} ${a.title}`)}</th>`).join('')}</tr></thead><tbody>
`;
  yield* joined(ranked, (e) => heatRow(e, areas), '\n');
  yield '\n</tbody></table>\n';
  yield* listing('failures', `未能评分的文件(${failures.length} 份)`, ['文件', '原因'], failures);
  yield '\n';
  const skipped = options.skipped ?? [];
  yield* listing('skipped', `跳过的输入(${skipped.length} 项)`, ['路径', '原因'], skipped);
  const written = options.written ?? [];
  yield `\n<h2>本次写入的文件(${written.length} 个)</h2><details id="written"><summary>展开列表</summary><ul>`;
  yield* joined(written, (name) => `<li>${fileName(name)}</li>`);
  yield '</ul></details>';
}

function rankingRow(e: RankedEntry): string {
  const doc = e.scorecard.document;
  return `<tr><td class="num">${escapeHtml(e.rank ?? '—')}</td><td><a href="${escapeHtml(encodeURIComponent(e.stem))}.html">${escapeHtml(placeLabel(doc))}</a>${doc.kind === 'annual_report' ? '' : `<span class="muted">(${escapeHtml(KIND_LABELS[doc.kind])},不参与排名)</span>`}</td><td>${escapeHtml(regionText(regionOf(doc)))}</td><td>${escapeHtml(levelLabel(doc))}</td><td>${escapeHtml(yearLabel(doc))}</td><td class="num">${escapeHtml(formatNumber(e.scorecard.total.score))}${e.scorecard.overrides ? `<div class="muted manual">${MANUAL_LABEL} ${e.scorecard.overrides.count} 项</div>` : ''}</td><td class="num">${escapeHtml(formatRate(e.scorecard.total.rate))}</td><td class="muted">${fileName(e.input)}</td></tr>`;
}

function heatRow(e: RankedEntry, areas: ReadonlyArray<{ id: string; title: string }>): string {
  const cells = areas
    .map((a) => {
      const rate = e.scorecard.areas.find((x) => x.id === a.id)?.rate ?? null;
      return `<td class="cell st-${rateClass(rate)}" title="${escapeHtml(`${placeLabel(e.scorecard.document)} · ${a.title}`)}">${escapeHtml(formatRate(rate))}</td>`;
    })
    .join('');
  return `<tr><th>${escapeHtml(placeLabel(e.scorecard.document))}</th>${cells}</tr>`;
}

/** A table of inputs and reasons (failures, skipped inputs); nothing when there are none. */
function* listing(id: string, heading: string, header: [string, string], rows: readonly BatchFailure[]): Generator<string> {
  if (rows.length === 0) return;
  yield `<h2>${heading}</h2><table id="${id}"><thead><tr><th>${header[0]}</th><th>${header[1]}</th></tr></thead><tbody>`;
  yield* joined(rows, (row) => `<tr><td>${fileName(row.input)}</td><td>${fileName(row.reason)}</td></tr>`);
  yield '</tbody></table>';
}
