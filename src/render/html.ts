import { EVIDENCE_TAG, type QuotedEvidence, type Result, type Scorecard } from '../engine/schema.js';
import type { SourceText } from '../ingest/types.js';
import { areaBarsSvg } from './chart.js';
import { evidenceMarks, quoteOf, type MarkedSpan, type MarkIds } from './evidence.js';
import { escapeHtml, htmlPageChunks, jsonDataBlock } from './html-kit.js';
import {
  GAP_STATUSES,
  STATUS_LABELS,
  STATUS_ORDER,
  editionLabel,
  planNotice,
  formatNumber,
  formatPoints,
  formatRate,
  levelLabel,
  MANUAL_LABEL,
  OVERRIDE_HEADER,
  overriddenResults,
  overrideRow,
  overridesSummary,
  placeLabel,
  tailoringLabel,
  waiverLine,
  yearLabel,
} from './labels.js';
import { printable } from '../util/printable.js';

const REPORT_CSS = `
.filters{display:flex;flex-wrap:wrap;gap:12px;align-items:center;position:sticky;top:0;z-index:2;background:#f5f6f8;padding:8px 0}
.filters input[type=search]{padding:4px 8px;font:inherit;min-width:16em}
.status{font-weight:600;white-space:nowrap;border-radius:4px;padding:0 6px}
a.quote{color:#0b57d0;text-decoration:none;border-bottom:1px dashed #0b57d0;cursor:pointer;display:inline-block;margin:1px 0}
.fulltext{white-space:pre-wrap;word-break:break-all;background:#fff;border:1px solid #d8dee4;padding:16px;font-size:15px;line-height:1.9}
mark.ev{background:#fff1c2;padding:0}
mark.ev.hl{background:#ffb02e;outline:2px solid #b42318}
tr.hidden,section.hidden{display:none}
.why{color:#57606a;font-size:13px}
.manual{font-size:12px;color:#6f42c1;white-space:nowrap}
.evidence{display:inline-block;margin:1px 0}
.tag{font-size:12px;border-radius:3px;padding:0 4px;margin-right:2px;white-space:nowrap}
.tag-achieved{background:#d7f0dd;color:#1b7a3a}
.tag-plan{background:#e8eefc;color:#3a5a9b}
.tag-gap{background:#fde2e1;color:#b42318}
a.quote.ev-plan,span.quote.ev-plan{color:#57606a;font-style:italic;border-bottom-style:dotted}
a.quote.ev-gap,span.quote.ev-gap{color:#b42318;border-bottom-color:#b42318}
`;

/** Page behaviour: filters, search, and evidence quotes that jump to the full text. */
const REPORT_SCRIPT = `(function(){
var data=JSON.parse(document.getElementById('report-data').textContent);
var rows=[].slice.call(document.querySelectorAll('tr.result'));
var mode=document.getElementById('filter-mode');var search=document.getElementById('filter-search');var shown=document.getElementById('filter-count');
function apply(){var m=mode.value,q=search.value.trim().toLowerCase(),n=0;
rows.forEach(function(r){var s=r.getAttribute('data-status');var ok=(m==='all'||(m==='gaps'&&data.gapStatuses.indexOf(s)>=0)||(m==='no_evidence'&&s==='no_evidence'))&&(!q||r.textContent.toLowerCase().indexOf(q)>=0);r.classList.toggle('hidden',!ok);if(ok)n++;});
[].slice.call(document.querySelectorAll('section.area')).forEach(function(sec){sec.classList.toggle('hidden',!sec.querySelector('tr.result:not(.hidden)'));});
shown.textContent=data.shownTemplate.replace('{n}',n).replace('{total}',rows.length);}
mode.addEventListener('change',apply);search.addEventListener('input',apply);
document.addEventListener('click',function(e){var a=e.target.closest&&e.target.closest('a.quote');if(!a)return;var t=document.getElementById(a.getAttribute('data-target'));if(!t)return;e.preventDefault();
[].slice.call(document.querySelectorAll('mark.hl')).forEach(function(m){m.classList.remove('hl');});t.classList.add('hl');t.scrollIntoView({block:'center'});});
apply();})();`;

/** `check --format html`: the self-assessment page, one self-contained file. */
export function renderHtml(scorecard: Scorecard, source?: SourceText): string {
  return [...renderHtmlChunks(scorecard, source)].join('');
}

/**
 * The same page in pieces (the head, each row of the areas' tables, the full text with the end),
 * to be written as they come (a batch writes one per report). Joined, the page of a 25 KB report
 * is some 90 K characters, which V8 places in large-object space: pages fresh from the system,
 * costing more than rendering the page.
 */
export function renderHtmlChunks(scorecard: Scorecard, source?: SourceText): Generator<string> {
  const { document, total } = scorecard;
  const notice = planNotice(scorecard);
  const text = source?.text ?? '';
  const { marks, idOf } = evidenceMarks(scorecard, text.length);
  const place = placeLabel(document);
  const title = `${place}${document.year ?? ''}${document.year ? '年度' : ''}法治政府建设对标自查`;

  const summary = `
${notice ? `<div class="warn" id="plan-notice"><strong>${escapeHtml(notice)}</strong></div>` : ''}<section class="card summary" id="summary">
  <div><div class="big" id="total-score">${escapeHtml(formatNumber(total.score))}<small> 分</small></div><div class="meta">总分(满分100)</div></div>
  <div><div class="big">${escapeHtml(formatRate(total.rate))}</div><div class="meta">得分率(${escapeHtml(formatPoints(total.earned, total.applicable))})</div></div>
  <div id="status-counts">${STATUS_ORDER.map((s) => `<span class="chip st-${s}">${STATUS_LABELS[s]} ${scorecard.counts[s] ?? 0}</span>`).join('')}</div>
</section>`;

  const areaTable = `<table class="areas"><thead><tr><th>一级指标</th><th class="num">得分</th><th class="num">得分率</th>${STATUS_ORDER.map((s) => `<th class="num">${STATUS_LABELS[s]}</th>`).join('')}</tr></thead><tbody>
${scorecard.areas
  .map(
    (a) =>
      `<tr><td><a href="#area-${escapeHtml(a.id)}">${escapeHtml(`${a.id} ${a.title}`)}</a></td><td class="num">${escapeHtml(formatPoints(a.earned, a.applicable))}</td><td class="num">${escapeHtml(formatRate(a.rate))}</td>${STATUS_ORDER.map((s) => `<td class="num">${a.counts[s] ?? 0}</td>`).join('')}</tr>`,
  )
  .join('\n')}
</tbody></table>`;

  const filters = `
<div class="filters no-print" role="search">
  <label>显示 <select id="filter-mode"><option value="all">全部指标</option><option value="gaps">只看差距</option><option value="no_evidence">只看未见佐证</option></select></label>
  <label>关键词 <input type="search" id="filter-search" placeholder="指标名称、原文…"></label>
  <span class="meta" id="filter-count"></span>
</div>`;

  const expired = scorecard.expiredWaivers.length
    ? `<div class="warn" id="expired-waivers"><strong>已过期的豁免:</strong><ul>${scorecard.expiredWaivers.map((w) => `<li>${escapeHtml(waiverLine(w))}</li>`).join('')}</ul></div>`
    : '';

  const overridden = overriddenResults(scorecard);
  const overridesSection = overridden.length
    ? `<h2 id="overrides-heading">${MANUAL_LABEL}</h2><p class="meta">${escapeHtml(overridesSummary(scorecard))}</p>
<table id="overrides"><thead><tr>${OVERRIDE_HEADER.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>
${overridden
  .map(
    (r) =>
      `<tr data-indicator="${escapeHtml(r.indicator)}">${overrideRow(r)
        .map((cell) => `<td>${escapeHtml(cell)}</td>`)
        .join('')}</tr>`,
  )
  .join('\n')}
</tbody></table>`
    : '';

  const fullText = source ? `<h2 id="fulltext-heading">报告全文</h2><div class="fulltext" id="fulltext">${markedText(source, marks)}</div>` : '';

  const head = `
<header>
  <h1>${escapeHtml(title)}</h1>
  <div class="meta">地区:${escapeHtml(document.place ?? '未注明')} · 层级:${escapeHtml(levelLabel(document))} · 年度:${escapeHtml(yearLabel(document))} · 文件:${escapeHtml(printable(document.file))} · 指标体系:${escapeHtml(editionLabel(scorecard))} · 剪裁:${escapeHtml(tailoringLabel(scorecard))}</div>
  ${scorecard.overrides ? `<div class="meta manual" id="overrides-summary">${escapeHtml(overridesSummary(scorecard))}</div>` : ''}
</header>
${summary}
${expired}
<h2>各一级指标得分率</h2>
<div class="card">${areaBarsSvg(scorecard.areas)}</div>
${areaTable}
<h2>逐项核查</h2>
${filters}
`;
  const end = `
${overridesSection}
${fullText}
<p class="meta">由 duibiao ${escapeHtml(scorecard.tool.version)} 生成;评分口径为 duibiao 默认口径,可通过剪裁文件调整。</p>
${jsonDataBlock('report-data', { gapStatuses: GAP_STATUSES, shownTemplate: '显示 {n} / {total} 项指标' })}`;

  return htmlPageChunks({ title, css: REPORT_CSS, script: REPORT_SCRIPT }, bodyChunks(scorecard, source, idOf, head, end));
}

/** The page's body: the head, each area's table, the end. */
function* bodyChunks(scorecard: Scorecard, source: SourceText | undefined, idOf: MarkIds, head: string, end: string): Generator<string> {
  yield head;
  for (let i = 0; i < scorecard.areas.length; i++) {
    if (i > 0) yield '\n';
    yield* areaSection(scorecard, scorecard.areas[i]!, source, idOf);
  }
  yield end;
}

/** An area's table, a row a piece: joined, the rows were copied once more before they were written. */
function* areaSection(scorecard: Scorecard, area: Scorecard['areas'][number], source: SourceText | undefined, idOf: MarkIds): Generator<string> {
  yield `<section class="area" id="area-${escapeHtml(area.id)}"><h3>${escapeHtml(`${area.id} ${area.title}`)} <span class="meta">得分率 ${escapeHtml(formatRate(area.rate))}</span></h3>
<table><thead><tr><th>指标</th><th>状态</th><th class="num">得分</th><th>报告所载</th><th>要求</th><th>依据(点击原文定位)</th></tr></thead><tbody>
`;
  let rows = 0;
  for (const r of scorecard.results) {
    if (r.area !== area.id) continue;
    yield rows++ === 0 ? resultRow(r, source, idOf) : `\n${resultRow(r, source, idOf)}`;
  }
  yield `${rows === 0 ? '<tr><td colspan="6" class="muted">本项无适用指标</td></tr>' : ''}
</tbody></table></section>`;
}

/**
 * An evidence quote's markup up to its mark's id (a link to the full text) or up to its text, by
 * its status: made once, not joined again for each of a page's some 300 quotes (the joins were
 * two fifths of the garbage its result rows made).
 */
const QUOTE_OPENINGS = Object.fromEntries(
  Object.entries(EVIDENCE_TAG).map(([status, tag]) => {
    const start = `<span class="evidence"><span class="tag tag-${status}">${tag}</span>`;
    return [status, { link: `${start}<a class="quote ev-${status}" href="#`, text: `${start}<span class="quote ev-${status}">「` }];
  }),
) as Record<QuotedEvidence['status'], { link: string; text: string }>;

function evidenceQuote(ev: QuotedEvidence, source: SourceText | undefined, target: string | undefined): string {
  const opening = QUOTE_OPENINGS[ev.status];
  const quote = escapeHtml(quoteOf(ev, source));
  return target ? `${opening.link}${target}" data-target="${target}">「${quote}」</a></span>` : `${opening.text}${quote}」</span></span>`;
}

function resultRow(r: Result, source: SourceText | undefined, idOf: MarkIds): string {
  let quotes = '';
  for (let i = 0; i < r.evidence.length; i++) {
    const ev = r.evidence[i]!;
    if (i > 0) quotes += ' ';
    quotes += evidenceQuote(ev, source, idOf.get(ev));
  }
  return `<tr class="result" id="ind-${escapeHtml(r.indicator)}" data-status="${r.status}">
<td>${escapeHtml(`${r.group} ${r.title}`)}<div class="why">${escapeHtml(r.why)}</div>${r.override ? `<div class="why">${MANUAL_LABEL}理由:${escapeHtml(r.override.note)}(${escapeHtml(r.override.who)},${escapeHtml(r.override.date)})</div>` : ''}</td>
<td><span class="status st-${r.status}">${STATUS_LABELS[r.status]}</span>${r.override ? `<div class="manual">${MANUAL_LABEL} · 机器判定:${STATUS_LABELS[r.override.machine.status]}</div>` : ''}</td>
<td class="num">${escapeHtml(formatPoints(r.earned, r.points))}</td>
<td>${escapeHtml(r.found ?? '未见')}</td>
<td>${escapeHtml(r.threshold ?? '有相关举措')}</td>
<td>${quotes || '<span class="muted">—</span>'}</td></tr>`;
}

/** The report as written, with every evidence span wrapped in a <mark> a quote can jump to. */
function markedText(source: SourceText, marks: readonly MarkedSpan[]): string {
  const original = source.original.length === source.text.length ? source.original : source.text;
  let html = '';
  let at = 0;
  for (const mark of marks) {
    html += escapeHtml(original.slice(at, mark.start));
    html += `<mark class="ev" id="${mark.id}">${escapeHtml(original.slice(mark.start, mark.end))}</mark>`;
    at = mark.end;
  }
  return html + escapeHtml(original.slice(at));
}
