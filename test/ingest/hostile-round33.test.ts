import { describe, expect, it } from 'vitest';
import { REPORT_LINES } from './fixtures.js';
import { AFTER_FIGURE, BEFORE_FIGURE, docxOfParts, FIGURES_LINE, PLAIN, readText } from './hostile.js';

const paragraphs = (lines: readonly string[]) => lines.map((line) => `<p>${line}</p>`).join('');
/** The report as paragraphs, its figure 12件 written as `written`. */
const withFigure = (written: string) => paragraphs(REPORT_LINES.map((line) => (line === FIGURES_LINE ? `${BEFORE_FIGURE}${written}${AFTER_FIGURE}` : line)));
const page = (style: string, body: string, head = '') => `<html><head><meta charset="utf-8">${head}<style>${style}</style></head><body>${body}</body></html>`;

describe('a web page whose style sheet writes text of its own', () => {
  // 1<span class="d2"></span>件 with .d2::before { content: "2" } shows 12件 and was read 1件
  it('reads the text a ::before or ::after rule writes where a browser shows it', async () => {
    const style = '.d2::before { content: "2" } span.u:after { content: "\\4EF6" } .lead > b::before { content: \'1\' }';
    const figure = '<span class="lead"><b></b></span><span class="d2"></span><span class="u"></span>';
    expect(await readText(page(style, withFigure(figure)), 'generated.html')).toBe(PLAIN);
    // a heading numbered by the sheet
    const [heading, rest] = [REPORT_LINES[3]!.slice(2), REPORT_LINES.filter((_, at) => at !== 3)];
    const body = paragraphs(rest.slice(0, 3)) + `<h3 class="n1">${heading}</h3>` + paragraphs(rest.slice(3));
    expect(await readText(page('h3.n1:before { content: "一、" }', body), 'numbered.html')).toBe(PLAIN);
  });

  // a guard (it passed before, as nothing a sheet writes was read): each of these writes nothing a reader sees,
  // a clearfix's dot kept out of sight, an icon font's glyph, a text set back to none
  it('reads no clearfix dot, icon glyph or text a later rule takes back', async () => {
    const style =
      '.cf:after { content: "."; display: block; height: 0; clear: both; visibility: hidden } ' +
      '.cf2::after { content: "."; display: block; height: 0; overflow: hidden } .icon-home:before { content: "\\e600" } ' +
      '.x::before { content: "9" } div .x::before { content: none }';
    const figure = '1<span class="cf"></span><span class="cf2"></span><i class="icon-home"></i><span class="x"></span>2件';
    expect(await readText(page(style, `<div>${withFigure(figure)}</div>`), 'nothing-written.html')).toBe(PLAIN);
  });
});

describe('a web page whose style keeps text for screen readers only', () => {
  // each pattern that frameworks use to keep a word from the screen was read: 1<span class="sr-only">9</span>2件 gave 192件
  it('drops text set at size 0 by the font shorthand, clipped away, in a box of no size or indented off the page', async () => {
    const style =
      '.f { font: 0/0 a } .sr-only { position: absolute; width: 1px; height: 1px; padding: 0; overflow: hidden; clip: rect(0, 0, 0, 0) } ' +
      '.cp { clip-path: inset(50%) } .h0 { display: inline-block; height: 0; overflow: hidden } ' +
      '.ir { display: block; text-indent: -9999px; overflow: hidden } .mh { display: inline-block; max-height: 0px; overflow-y: hidden }';
    const figure =
      '1<span class="f">9</span><span class="sr-only">8</span><span class="cp">7</span>2<em class="h0">6</em><b class="ir">5</b><i class="mh">4</i>件';
    expect(await readText(page(style, withFigure(figure)), 'sr-only.html')).toBe(PLAIN);
    const inline = '1<span style="position:fixed;clip:rect(1px 1px 1px 1px)">9</span>2<span style="font:bold 0px/1 sans-serif">8</span>件';
    expect(await readText(page('', withFigure(inline)), 'sr-only-inline.html')).toBe(PLAIN);
  });

  // a guard: each shows its text in a browser
  it('reads text of a font shorthand of a size, a clip without a position, and a box of no size that is inline or lets it overflow', async () => {
    const style =
      '.f { font: bold 16px/1.5 "Microsoft YaHei", sans-serif } .c { clip: rect(0 0 0 0) } .h { height: 0; overflow: hidden } ' +
      '.v { display: block; height: 0; overflow: visible } .i { text-indent: 2em } .p { position: absolute; clip: rect(0 20px 20px 0) }';
    const figure = '<span class="f">1</span><span class="c">2</span><span class="h">件</span>';
    const body = `<div class="i">${withFigure(figure)}<div class="v p">附：本报告经县政府常务会议审议通过。</div></div>`;
    expect(await readText(page(style, body), 'shown.html')).toBe(`${PLAIN}\n附：本报告经县政府常务会议审议通过。`);
  });
});

describe('a web page whose style sheet decides by its selectors', () => {
  // :not(.x) counted as one pseudo-class and its argument besides (0,2,1 against p span.s's 0,1,2): 192件
  it('ranks :not(), :is() and :where() as CSS does, and splits no selector list inside them', async () => {
    const notStyle = 'p span.s { display: none } span:not(.x) { display: inline }';
    const whereStyle = ':where(#a, .s) { display: inline } span { display: none } :is(.m, .n) b { display: none }';
    const figure = '1<span id="a" class="s">9</span>2<i class="n"><b>8</b></i>件';
    expect(await readText(page(notStyle, withFigure(figure.replace(/<i.*<\/i>/, ''))), 'not.html')).toBe(PLAIN);
    expect(await readText(page(whereStyle, withFigure(figure)), 'where.html')).toBe(PLAIN);
  });
});

describe('a web page whose sheet sets its line ends to be kept', () => {
  // white-space: pre-wrap given by a class was not seen: a report pasted in as plain text was read as one paragraph
  it('reads a block whose class keeps line ends as its lines', async () => {
    const body = `<div class="txt">${PLAIN.replace(/\n/g, '\r\n')}</div>`;
    expect(await readText(page('.txt { white-space: pre-wrap; font-size: 16px }', body), 'pre-wrap.html')).toBe(PLAIN);
    expect(await readText(page('#box .t { white-space: pre-line }', `<div id="box"><section class="t">${PLAIN}</section></div>`), 'pre-line.html')).toBe(PLAIN);
  });
});

describe('a web page with white text', () => {
  // white on the page's white, by a class, an inline style or a <font color>: 1<span class="w">9</span>2件 was read 192件
  it('drops white text on the white page', async () => {
    const figure = '1<span class="w">9</span><font color="#FFFFFF">8</font>2<span style="color: rgb(255, 255, 255)">7</span>件';
    expect(await readText(page('.w { color: #fff }', withFigure(figure)), 'white.html')).toBe(PLAIN);
  });

  // a guard: white text shows on a ground of a colour, also one its sheet gives, and where a sheet linked from elsewhere may give one
  it('reads white text on a coloured ground, or where a linked sheet is not at hand', async () => {
    const table =
      '<table><tr class="hd"><th style="color:#fff">指标</th><th style="color:#fff">数值</th></tr><tr><td>规范性文件</td><td>12件</td></tr></table>';
    const onGround = withFigure('<span style="color:white;background-color:#c00000">12</span>件');
    const lines = (await readText(page('.hd { background: #1f5fa8 }', `<div class="article">${onGround}${table}</div>`), 'ground.html')).split('\n');
    expect(lines).toContain(FIGURES_LINE);
    expect(lines).toContain('指标 | 数值');
    const linked = page('', withFigure('<span class="w" style="color:#ffffff">12</span>件'), '<link rel="stylesheet" href="site.css">');
    expect(await readText(linked, 'linked.html')).toBe(PLAIN);
    const darkBody = `<body bgcolor="#203040"><div style="color:#fff">${paragraphs(REPORT_LINES)}</div></body>`;
    expect(await readText(`<html><head><meta charset="utf-8"></head>${darkBody}</html>`, 'dark.html')).toBe(PLAIN);
  });
});

describe('a web page with a part folded away in <details>', () => {
  const note = '<details><summary>名词解释</summary><p>规范性文件备案审查数据含往年结转的9件。</p></details>';

  // a browser shows a closed <details> as its summary: the note folded away under it was read as report text
  it('reads the summary of a closed <details>, not what it folds away; an open one whole', async () => {
    expect(await readText(page('', paragraphs(REPORT_LINES) + note), 'closed.html')).toBe(`${PLAIN}\n名词解释`);
    const open = note.replace('<details>', '<details open>');
    expect(await readText(page('', paragraphs(REPORT_LINES) + open), 'open.html')).toBe(`${PLAIN}\n名词解释\n规范性文件备案审查数据含往年结转的9件。`);
  });

  // a guard: a page that folds its whole article away behind a click is still read, as one a script shows
  it('reads an article folded away whole', async () => {
    const folded = `<details><summary>展开全文</summary>${paragraphs(REPORT_LINES)}</details>`;
    expect(await readText(page('', folded), 'folded.html')).toBe(PLAIN);
  });
});

describe('a Word document with a reviewer’s comments', () => {
  const WORD = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

  // a guard (no round covered comments in a .docx): a comment is the reviewer's, beside the text, no part of the report
  it('reads the commented text and not the comment', async () => {
    const body = REPORT_LINES.map((line) =>
      line === FIGURES_LINE
        ? `<w:p><w:commentRangeStart w:id="0"/>${run(line)}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>`
        : `<w:p>${run(line)}</w:p>`,
    ).join('');
    const comment = `<w:comment w:id="0" w:author="审核人" w:initials="SH"><w:p><w:r><w:annotationRef/></w:r>${run('此处件数请与备案台账再核对一遍。')}</w:p></w:comment>`;
    const docx = docxOfParts({
      'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD}"><w:body>${body}</w:body></w:document>`,
      'word/comments.xml': `<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="${WORD}">${comment}</w:comments>`,
      'word/_rels/document.xml.rels':
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>',
    });
    expect(await readText(new Uint8Array(docx), 'commented.docx')).toBe(PLAIN);
  });
});
