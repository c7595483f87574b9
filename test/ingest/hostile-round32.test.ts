import { describe, expect, it } from 'vitest';
import { REPORT_LINES } from './fixtures.js';
import { AFTER_FIGURE, BEFORE_FIGURE, FIGURES_LINE, PLAIN, readText } from './hostile.js';

describe('a web page whose style sheet hides characters by any selector or property', () => {
  const paragraphs = (lines: readonly string[]) => lines.map((line) => `<p>${line}</p>`).join('');
  const withFigure = (written: string) => paragraphs(REPORT_LINES.map((line) => (line === FIGURES_LINE ? `${BEFORE_FIGURE}${written}${AFTER_FIGURE}` : line)));
  const page = (style: string, body: string) => `<html><head><meta charset="utf-8"><style>${style}</style></head><body>${body}</body></html>`;

  // the anti-copy trick of round 31 (1<span class="x9">9</span>2件 read 192件) hid its stray characters only by a class at the top of a sheet
  it('drops the characters hidden by an id, a descendant selector or an attribute', async () => {
    const style = '#n7 { display: none } .zoom .k { display:none } div.wrap p b.q, [data-x="1"] { display: none }';
    const figure = '1<span id="n7">9</span>2<span class="k">3</span><b class="q">4</b><i data-x="1">5</i>件';
    expect(await readText(page(style, `<div class="zoom wrap">${withFigure(figure)}</div>`), 'selectors.html')).toBe(PLAIN);
  });

  // 1<span style="opacity:0">9</span>2件 and the like were read 192件: the character takes its place, and no one sees it
  it('drops the characters of opacity 0, drawn in no colour or moved off the page, inline or by the sheet', async () => {
    const style = '.o { opacity: 0 } .t { color: transparent } .off { position: absolute; left: -9999px } .c { color: rgba(0, 0, 0, 0) }';
    const bySheet = '1<span class="o">9</span><span class="t">8</span>2<span class="off">7</span><em class="c">6</em>件';
    expect(await readText(page(style, withFigure(bySheet)), 'sheet.html')).toBe(PLAIN);
    const inline =
      '1<span style="opacity:0.0">9</span><span style="color:transparent">8</span>2' +
      '<span style="position:fixed;top:-10000px">7</span><span style="color:#ffffff00">6</span><span style="filter:none;opacity:0%">5</span>件';
    expect(await readText(page('', withFigure(inline)), 'inline.html')).toBe(PLAIN);
  });

  // each of these shows its text: a guard against reading too much into a style
  it('reads what a later or more specific rule, or an element inside, shows again; and a red figure or a box moved a little', async () => {
    const style =
      '.tab { display: none } .tab.on { display: block } .k.keep { display: inline } div .k { display: none } ' +
      '.t { color: transparent } .t b { color: #333 } .near { position: relative; left: -2px } .far { left: -9999px } ' +
      '.o { opacity: 0.9 } .red { color: rgb(192, 0, 0) } @media print { .pr { opacity: 0 } } @media (max-width: 600px) { .pc { display: none } }';
    const figure = '<span class="t"><b>1</b></span><span class="k keep red">2</span><span class="near o">件</span>';
    const body = `<div id="zoom"><div class="tab">往年报告</div><div class="tab on pr pc far">${withFigure(figure)}</div></div>`;
    expect(await readText(page(style, body), 'shown.html')).toBe(PLAIN);
  });
});
