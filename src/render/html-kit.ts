import { createHash } from 'node:crypto';
import { STATUS_COLOURS, STATUS_ORDER } from './labels.js';

/**
 * Shared building blocks of every HTML page duibiao writes (check, batch overview, diff):
 * one escaping function, one way to embed data for scripts, one page shell with a strict
 * Content-Security-Policy. Pages are self-contained: no network, no external fonts, so they
 * open from a file share on a government intranet.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const HTML_SPECIAL = /[&<>"']/g;
/** the same characters, for a test that keeps no state between calls */
const ANY_SPECIAL = new RegExp(HTML_SPECIAL.source);

/** Every piece of report text placed in a page goes through here (element text and attribute values). */
export function escapeHtml(value: string | number | null | undefined): string {
  const text = String(value ?? '');
  // most pieces have none: testing first cost a third of replacing (a report's page escapes a thousand)
  return ANY_SPECIAL.test(text) ? text.replace(HTML_SPECIAL, escapeCharacter) : text;
}

/** The replacer, made once: a closure made at each call (a report's page makes a thousand) was some 150 KB of garbage a report. */
function escapeCharacter(c: string): string {
  return HTML_ESCAPES[c] ?? c;
}

/**
 * Data for a page script: JSON inside <script type="application/json">. '<' is written as
 * \u003c so that no report text can close the element; U+2028/9 are escaped for old engines.
 */
export function jsonDataBlock(id: string, data: unknown): string {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" id="${escapeHtml(id)}">${json}</script>`;
}

const FONT_STACK = `"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif`;

const statusCss = STATUS_ORDER.map(
  (s) => `.st-${s}{color:${STATUS_COLOURS[s].fg};background:${STATUS_COLOURS[s].bg}}.bar-${s}{fill:${STATUS_COLOURS[s].fg}}`,
).join('\n');

export const BASE_CSS = `
*{box-sizing:border-box}
body{font-family:${FONT_STACK};margin:0;color:#1f2328;background:#f5f6f8;line-height:1.6}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 10px;border-left:4px solid #b42318;padding-left:8px}
h3{font-size:16px;margin:18px 0 8px}
.meta{color:#57606a;font-size:14px}
.card{background:#fff;border:1px solid #d8dee4;border-radius:6px;padding:16px;margin:12px 0}
.summary{display:flex;flex-wrap:wrap;gap:24px;align-items:center}
.big{font-size:40px;font-weight:700;line-height:1}.big small{font-size:16px;font-weight:400;color:#57606a}
.chip{display:inline-block;border-radius:10px;padding:0 8px;margin:2px;font-size:13px;white-space:nowrap}
table{border-collapse:collapse;width:100%;background:#fff;font-size:14px}
th,td{border:1px solid #d8dee4;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#eef1f4;font-weight:600}
td.num,th.num{text-align:right;white-space:nowrap}
.warn{background:#fff8e1;border:1px solid #e3b341;padding:8px 12px;border-radius:6px}
.muted{color:#8a8f98}
svg text{font-family:${FONT_STACK};font-size:13px;fill:#1f2328}
svg .track{fill:#eef1f4}svg .grid{stroke:#d8dee4}
${statusCss}
@media print{body{background:#fff}.no-print{display:none}}
`;

export interface PageParts {
  title: string;
  /** trusted markup built by the renderers (all report text already escaped) */
  body: string;
  css?: string;
  /** the inline script, if any: allowed by its hash in the CSP */
  script?: string;
}

/** Marks pages we wrote, so that batch never reads its own outputs back as reports. */
export const GENERATOR = 'duibiao';

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The page shell. The CSP allows only the page's own inline style and script, by hash, and
 * nothing from the network: an injected <script> in report text could not run even if
 * escaping failed somewhere.
 */
export function htmlPage(parts: PageParts): string {
  return [...htmlPageChunks(parts, [parts.body])].join('');
}

/** The same page with its body given in pieces, written out as they come (the batch overview of 30,000 reports). */
export function* htmlPageChunks({ title, css = '', script }: Omit<PageParts, 'body'>, body: Iterable<string>): Generator<string> {
  const shell = pageShell(css, script);
  yield shell.beforeTitle;
  yield escapeHtml(title);
  yield shell.afterTitle;
  yield* body;
  yield shell.end;
}

/** A page's markup but its title and body: the same for every page of a kind. */
interface PageShell {
  css: string;
  script: string | undefined;
  beforeTitle: string;
  afterTitle: string;
  end: string;
}
let lastShell: PageShell | undefined;

/**
 * The shell of pages with this style and script, made once for a run of them (a batch worker's
 * report pages): hashing the style and script for the CSP cost some 20 µs a page, and the shell
 * joined with a page's title was copied whole, as two-byte text, to be written.
 */
function pageShell(css: string, script: string | undefined): PageShell {
  if (lastShell?.css === css && lastShell.script === script) return lastShell;
  const style = BASE_CSS + css;
  const csp = [
    "default-src 'none'",
    `style-src ${sha256(style)}`,
    script ? `script-src ${sha256(script)}` : "script-src 'none'",
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const beforeTitle = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="generator" content="${GENERATOR}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>`;
  const afterTitle = `</title>
<style>${style}</style>
</head>
<body>
<main>
`;
  const end = `
</main>
${script ? `<script>${script}</script>` : ''}
</body>
</html>
`;
  lastShell = { css, script, beforeTitle, afterTitle, end };
  return lastShell;
}

/** What `items.map(render).join(separator)` holds, one item at a time. */
export function* joined<T>(items: Iterable<T>, render: (item: T) => string, separator = ''): Generator<string> {
  let first = true;
  for (const item of items) {
    yield first ? render(item) : separator + render(item);
    first = false;
  }
}
