import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import { REPORT_LINES } from './fixtures.js';
import { bytesOf, PLAIN, readText, refusal } from './hostile.js';

// Portal pages whose article a script writes into the page (heldout165): the saved markup shows only the chrome
// (menus, a meta table, 相关信息 links with other papers' figures), the article is in a script's string literal, in
// document.write calls, in a hidden text box copied in, or base64 in a data- attribute. Read as the browser shows it.
const page = (body: string, head = '') => `<html><head><meta charset="utf-8"><title>报告_某某县人民政府</title>${head}</head><body>${body}</body></html>`;
const paragraphs = (lines: readonly string[]) => lines.map((line) => `<p style="text-indent:2em">${line}</p>`).join('\n');
/** A JavaScript string literal in single quotes as old CMSs write one: every non-ASCII character a \u escape, \" and <\/ as well. */
const jsString = (text: string) =>
  `'${text
    .replace(/[\\']/g, '\\$&')
    .replace(/"/g, '\\"')
    .replace(/\//g, '\\/')
    .replace(/\n/g, '\\n')
    .replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;
/** Chrome with figures a reader sees beside the article: a related-links list of other papers, over a hundred characters. */
const RELATED = `<div class="related"><h4>相关信息</h4><ul>${[
  '县司法局举办行政执法人员公共法律知识培训 参训1,120人次',
  '全市行政复议案件办理情况通报(共受理712件)',
  '某某县人民政府关于2021年度法治政府建设情况的报告',
  '县政府召开常务会议 专题学习行政复议法(第18次会议)',
]
  .map((title, i) => `<li><a href="/art/${i}.html">${title}</a><span>2022-0${i + 1}-12</span></li>`)
  .join('')}</ul></div>`;
const COUNTER = '<script>var siteStats = {"pv": 2658131, "uv": 402771, "today": 1935, "name": "某某县人民政府门户网站"};</script>';

describe('a page whose article its script writes', () => {
  it('reads document.write calls, one a paragraph, as the article written where the script stands', async () => {
    const writes = REPORT_LINES.map((line) => `document.write(${jsString(`<p style="text-indent:2em">${line}</p>`)});`).join('\n');
    const html = page(`${COUNTER}<div id="zoom"><script type="text/javascript">\n${writes}\n</script></div>${RELATED}`);
    expect(await readText(html, 'written.html')).toBe(PLAIN);
    // a visitor counter written beside it is no part of the article
    const counted = html.replace('</body>', `<p>您是第<script>document.write('\\u7b2c' + siteStats.uv + '\\u4f4d');</script>位访客</p></body>`);
    expect(await readText(counted, 'counted.html')).toBe(PLAIN);
  });

  it('reads a string literal (\\n, \\uXXXX escapes) a script puts into the page, and literals joined by +', async () => {
    const holder = `<table class="meta"><tr><td>索引号:</td><td>11330903MB1742986X/2024-00381</td></tr></table><div id="zoom">正文加载中……</div>`;
    const single = `<script>var articleHtml = ${jsString(paragraphs(REPORT_LINES))};\n$('#zoom').html(articleHtml);</script>`;
    expect(await readText(page(`${holder}${single}${RELATED}`), 'literal.html')).toBe(PLAIN);
    const joined = `<script>\n// the article, a paragraph a line\nvar html = ${REPORT_LINES.map((line) => jsString(`<p>${line}</p>`)).join(' +\n  ')};\ndocument.getElementById("zoom").innerHTML = html;</script>`;
    expect(await readText(page(`${holder}${joined}${RELATED}`), 'joined.html')).toBe(PLAIN);
  });

  it('reads an article base64-encoded in a data- attribute a script decodes', async () => {
    const encoded = Buffer.from(paragraphs(REPORT_LINES)).toString('base64');
    const html = page(
      `<h1>${REPORT_LINES[0]}</h1><div id="detail" data-encoding="base64" data-content="${encoded}"></div><script>var el = document.getElementById('detail'); el.innerHTML = decodeURIComponent(escape(atob(el.dataset.content)));</script><aside><a href="/a/1.html">2021年度报告</a></aside>`,
    );
    expect(await readText(html, 'base64.html')).toBe(PLAIN);
  });

  it('reads an entity-escaped article in a hidden text box a script copies in, on a GBK page', async () => {
    const escaped = paragraphs(REPORT_LINES).replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>报告</title></head><body><img src="/top.jpg" alt="门户网站"><div id="contentText"></div><textarea id="artSrc" style="display:none">${escaped}</textarea><script>$(function () { $('#contentText').html($('#artSrc').val()); });</script></body></html>`;
    const source = await ingestBytes(new Uint8Array(iconv.encode(html, 'gbk')), 'boxed.htm');
    expect(source.original).toBe(PLAIN);
  });

  // guards: a script's other data is no article
  it('reads the article the page shows, not the statistics, menus, code or a shorter text of its scripts', async () => {
    const menu = `<script>var nav = ${JSON.stringify(Array.from({ length: 40 }, (_, i) => ({ title: `栏目${i}`, href: `/lm/${i}/` })))};</script>`;
    const code = `<script>${'function f(a,b){return a+b;}'.repeat(200)} var tpl = '${'<div class="item"><span>{{title}}</span><em>{{date}}</em></div>'.repeat(20)}';</script>`;
    const summary = `<script>var share = {"desc": ${JSON.stringify(REPORT_LINES.slice(2, 5).join(''))}};</script>`;
    const shown = page(`${COUNTER}${menu}${code}${summary}<div id="zoom">${paragraphs(REPORT_LINES)}</div>${RELATED}`);
    expect(await readText(shown, 'shown.html')).toBe(PLAIN);
    // chrome and a script holding no prose of an article's length: the chrome is what the page shows
    const chrome = page(`${COUNTER}${menu}${code}${RELATED}`);
    expect(await readText(chrome, 'chrome.html')).not.toContain('function');
    // a page made by a script with no article in it is still refused as such
    const empty = page('<div id="app"></div>', `${menu}${code}`);
    expect(await refusal(ingestBytes(bytesOf(empty), 'app.html'), 'app.html')).toContain('内容由脚本在浏览器中生成');
  });
});
