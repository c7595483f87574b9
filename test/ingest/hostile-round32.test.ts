import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import { REPORT_LINES } from './fixtures.js';
import { AFTER_FIGURE, BEFORE_FIGURE, docxOfParts, FIGURES_LINE, PLAIN, readText } from './hostile.js';

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

  // a report pasted in as plain text, its line ends shown by <pre> or white-space: pre-wrap, was read as one paragraph
  it('reads the lines of a preformatted block as lines, and a paragraph wrapped in the source as one', async () => {
    for (const [open, close] of [
      ['<pre>', '</pre>'],
      ['<div class="content" style="font-size:16px; white-space: pre-wrap">', '</div>'],
      ['<section style="white-space:pre-line">', '</section>'],
    ]) {
      expect(await readText(`<html><body>${open}${PLAIN.replace(/\n/g, '\r\n')}${close}</body></html>`, 'plain-in-page.html')).toBe(PLAIN);
    }
    const wrapped = REPORT_LINES.map((line) => `<p>${line === FIGURES_LINE ? `${line.slice(0, 10)}\n  ${line.slice(10)}` : line}</p>`).join('\n');
    expect(await readText(`<html><body><div style="white-space: normal">${wrapped}</div></body></html>`, 'wrapped.html')).toBe(PLAIN);
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

  // each element is tried only against the rules keyed by its id, classes or name, and whose ancestors' keys stand above it:
  // the keys must not lose a match through a sibling or child combinator, a tag name written in capitals or a quoted space
  it('matches rules through sibling and child combinators, capital tag names and quoted spaces, as the whole sheet did', async () => {
    const style =
      '.lead + .row .x { display: none } #box > p > .y { display: none } .Wrap span.z { display: none } ' +
      '[title="a b"] em { display: none } #box > .w { display: none } .gone ~ .v { display: none } P.ok I { display: none }';
    const figure =
      '1<span class="lead"></span><span class="row"><i class="x">9</i></span><i class="y">4</i>2' +
      '<span class="Wrap"><span class="z">8</span></span><span title="a b"><em>7</em></span><b class="w">件</b>';
    const body = `<div id="box">${withFigure(figure)}<p class="ok"><I>6</I></p><p class="v">5</p></div>`;
    const lines = (await readText(page(style, body), 'keys.html')).split('\n');
    // gone: .x after its .lead sibling, .y a child of #box's p, .z under .Wrap, the em under a quoted title, the I in P.ok;
    // read: .w is no child of #box, and no .gone stands before .v
    expect(lines).toContain(`${BEFORE_FIGURE}12件${AFTER_FIGURE}`);
    expect(lines).not.toContain('6');
    expect(lines).toContain('5');
  });
});

describe('a Word document whose styles make text unseen', () => {
  const WORD = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const run = (text: string, properties = '') => `<w:r>${properties && `<w:rPr>${properties}</w:rPr>`}<w:t xml:space="preserve">${text}</w:t></w:r>`;
  const paragraph = (text: string, style = '') => `<w:p>${style && `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>`}${run(text)}</w:p>`;
  const style = (type: 'character' | 'paragraph', id: string, properties: string, basedOn = '', paragraphProperties = '') =>
    `<w:style w:type="${type}" w:styleId="${id}"><w:name w:val="${id}"/>${basedOn && `<w:basedOn w:val="${basedOn}"/>`}${paragraphProperties}<w:rPr>${properties}</w:rPr></w:style>`;
  const styles = [
    style('character', 'Ghost', '<w:color w:val="FFFFFF"/>'),
    style('character', 'GhostBold', '<w:b/>', 'Ghost'),
    style('character', 'Speck', '<w:sz w:val="1"/>'),
    style('paragraph', 'Hint', '<w:color w:val="FEFEFE"/><w:sz w:val="21"/>'),
    style('paragraph', 'HintIndented', '', 'Hint'),
    style('paragraph', 'Banner', '<w:color w:val="FFFFFF"/>', '', '<w:pPr><w:shd w:val="clear" w:fill="1F4E79"/></w:pPr>'),
  ].join('');
  const docx = (body: string) =>
    new Uint8Array(
      docxOfParts({
        'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD}"><w:body>${body}</w:body></w:document>`,
        'word/styles.xml': `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${WORD}">${styles}</w:styles>`,
      }),
    );

  // round 31 dropped white and 1-pt text set on the run itself; set by a style, 1<white>9</white>2件 was still read 192件
  it('drops text a character or paragraph style sets white or at 1 pt, also by the style it is based on, and says so', async () => {
    const figure = `<w:p>${run(BEFORE_FIGURE)}${run('1')}${run('9', '<w:rStyle w:val="GhostBold"/>')}${run('2')}${run('7', '<w:rStyle w:val="Speck"/>')}${run(`件${AFTER_FIGURE}`)}</w:p>`;
    const body = REPORT_LINES.map((line) => (line === FIGURES_LINE ? figure : paragraph(line)));
    body.splice(3, 0, paragraph('此处填写本年度审查文件数量', 'Hint'), paragraph('合法性审查率达到100％', 'HintIndented'));
    const source = await ingestBytes(docx(body.join('')), 'styled-unseen.docx');
    expect(source.original).toBe(PLAIN);
    expect(source.notices?.[0]).toMatch(/^Word 文档中有 27 字设为白色/);
  });

  // a numbered heading hidden or struck whole left 二、 alone on a line: Word's number was typed in, its text withdrawn
  it('leaves no number where a numbered paragraph is withdrawn whole', async () => {
    const numbering =
      `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${WORD}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>` +
      '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';
    const numbered = (text: string, properties = '') =>
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(text, properties)}</w:p>`;
    const body = [
      ...REPORT_LINES.slice(0, 3).map((line) => paragraph(line)),
      numbered('主要举措和成效'),
      numbered('上年度工作回顾', '<w:vanish/>'),
      numbered('已删去的一节', '<w:strike/>'),
      ...REPORT_LINES.slice(4).map((line) => paragraph(line)),
    ].join('');
    const files = docxOfParts({
      'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD}"><w:body>${body}</w:body></w:document>`,
      'word/numbering.xml': numbering,
    });
    expect(await readText(new Uint8Array(files), 'numbered.docx')).toBe(PLAIN);
  });

  it('reads white text of a style on the ground its paragraph style gives, or set back to a colour by the run', async () => {
    const [heading, line] = REPORT_LINES.slice(6, 8) as [string, string];
    const shown = `${paragraph(heading, 'Banner')}<w:p><w:pPr><w:pStyle w:val="Hint"/></w:pPr>${run(line, '<w:color w:val="auto"/>')}</w:p>`;
    const body = [...REPORT_LINES.slice(0, 6).map((text) => paragraph(text)), shown, ...REPORT_LINES.slice(8).map((text) => paragraph(text))];
    const source = await ingestBytes(docx(body.join('')), 'styled-shown.docx');
    expect([source.original, source.notices]).toEqual([PLAIN, undefined]);
  });
});

describe('a report kept in a spreadsheet and saved as .csv', () => {
  const quoted = (cell: string) => `"${cell.replace(/"/g, '""')}"`;

  // read as a text, every line stood in quotation marks behind its row number: no title, place or year was found
  it('reads its cells as lines, without quotation marks or a column of row numbers, in GBK as Excel saves it', async () => {
    const rows = ['序号,内容', ...REPORT_LINES.map((line, i) => `${i + 1},${/[,"，]/.test(line) ? quoted(line) : line}`)];
    expect(await readText(new Uint8Array(iconv.encode(rows.join('\r\n'), 'gbk')), 'report.csv')).toBe(`内容\n${PLAIN}`);
    const sideBySide = [`${quoted(REPORT_LINES[3]!)},${quoted(`${REPORT_LINES[4]}\n${REPORT_LINES[5]}`)}`, `${REPORT_LINES[6]},,${REPORT_LINES[7]}`];
    expect(await readText(sideBySide.join('\n'), 'two-columns.csv')).toBe(
      `${REPORT_LINES[3]} ${REPORT_LINES[4]}\n${REPORT_LINES[5]}\n${REPORT_LINES[6]} ${REPORT_LINES[7]}`,
    );
  });

  it('keeps a first column of figures that do not count rows, and reads a text named .txt as written', async () => {
    const figures = ['12,件,审查规范性文件', '460,人次,执法人员培训', '17,个,整改问题'];
    expect(await readText(figures.join('\n'), 'figures.csv')).toBe(figures.map((row) => row.replace(/,/g, ' ')).join('\n'));
    expect(await readText(figures.join('\n'), 'figures.txt')).toBe(figures.join('\n'));
  });
});

describe('a web page whose article goes on over other pages', () => {
  const page = (pager: string) =>
    `<html><head><meta charset="utf-8"></head><body><div id="zoom">${REPORT_LINES.map((line) => `<p>${line}</p>`).join('')}<div class="pages">${pager}</div></div></body></html>`;

  // the line of page links stood in the report, and no one was told the rest of the article was on pages 2 and 3
  it('reads the page given without its page links, and says the article has more pages', async () => {
    for (const pager of [
      '第1页 <a href="r_2.html">第2页</a> <a href="r_3.html">第3页</a> <a href="r_2.html">下一页</a>',
      '共3页 <a>首页</a> <a>上一页</a> [1] <a>[2]</a> <a>[3]</a> <a>下一页</a> <a>尾页</a>',
    ]) {
      const source = await ingestBytes(new Uint8Array(Buffer.from(page(pager))), 'paged.html');
      expect(source.original).toBe(PLAIN);
      expect(source.notices).toEqual([
        '网页正文分为 3 页(正文末尾有"下一页"等翻页链接),只读取了给出的这一页;请把各页正文合并成一个文件后再试,否则核查结果不完整',
      ]);
    }
  });

  it('says nothing of a link to the next article, or a printed page footer', async () => {
    for (const line of ['<a href="n.html">下一篇：某某县召开依法行政工作会议</a>', '第 2 页 共 10 页']) {
      const source = await ingestBytes(new Uint8Array(Buffer.from(page(line))), 'one-page.html');
      expect([source.original.startsWith(PLAIN), source.notices]).toEqual([true, undefined]);
    }
  });
});

describe('a Rich Text document with text set white', () => {
  const unicode = (text: string) => [...text].map((char) => (char.charCodeAt(0) < 0x80 ? char : `\\u${char.charCodeAt(0)}?`)).join('');
  const COLOURS = '{\\colortbl;\\red0\\green0\\blue0;\\red255\\green255\\blue255;\\red31\\green78\\blue121;}';
  const rtf = (figure: string, header = '') =>
    `{\\rtf1\\ansi\\ansicpg936\\uc1{\\fonttbl{\\f0 SimSun;}}${COLOURS}${header}\n` +
    `${REPORT_LINES.map((line) => `\\pard\\f0\\fs24 ${line === FIGURES_LINE ? `${unicode(BEFORE_FIGURE)}${figure}${unicode(`件${AFTER_FIGURE}`)}` : unicode(line)}\\par\n`).join('')}}`;

  // the Word document's white-on-white trick as .rtf writes it, by its colour table: 1{\cf2 9}2件 was read 192件
  it('drops text in a white of the colour table on the white page', async () => {
    expect(await readText(rtf('1{\\cf2 9}2\\cf2 7\\cf1 '), 'white.rtf')).toBe(PLAIN);
    expect(await readText(rtf('1\\cf2 9\\plain\\f0 2'), 'plain.rtf')).toBe(PLAIN);
  });

  it('reads white text on a highlight, a shaded paragraph, in a table cell or on a coloured page', async () => {
    for (const [figure, header] of [
      ['{\\cf2\\highlight3 12}', ''],
      ['{\\cf2\\chcbpat3 1}2', ''],
      ['\\cbpat3\\cf2 12\\cf0 ', ''],
      ['{\\cf2 12}', '{\\*\\background{\\shp{\\*\\shpinst{\\sp{\\sn fillColor}{\\sv 7950623}}}}}'],
    ] as const) {
      expect(await readText(rtf(figure, header), 'shown.rtf')).toBe(PLAIN);
    }
    const cell = `{\\rtf1\\ansi\\ansicpg936\\uc1{\\fonttbl{\\f0 SimSun;}}${COLOURS}\n\\trowd\\cellx4000\\pard\\intbl\\cf2 12\\cell\\row\n}`;
    expect(await readText(cell, 'cell.rtf')).toBe('12');
  });
});

describe('a text garbled once by a wrong reading and saved as UTF-8', () => {
  const savedAsUtf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
  const REPAIRED = (meant: string, misreadAs: string) =>
    `文件是乱码:${meant} 编码的文字曾被当作 ${misreadAs} 编码读取后又保存(乱码形如"鍏充簬"或"æ³•"),已按原来的编码还原后读取;请核对结果,最好换用未经转存的原始文件`;

  // GBK bytes read as Latin-1 (·¨ÖÎ…) were refused as garbled; UTF-8 read as GBK (鍏充簬…) was read as it stood, "no report"
  it('reads GBK misread as Latin-1 as it was meant, and says so', async () => {
    const source = await ingestBytes(savedAsUtf8(iconv.decode(iconv.encode(PLAIN, 'gbk'), 'latin1')), 'latin.txt');
    expect([source.original, source.notices]).toEqual([PLAIN, [REPAIRED('GBK', 'Latin-1')]]);
  });

  it('reads UTF-8 misread as GBK as it was meant, a character the misreading lost told as lost', async () => {
    const source = await ingestBytes(savedAsUtf8(iconv.decode(Buffer.from(PLAIN, 'utf8'), 'gbk')), 'gbk.txt');
    expect(source.notices?.[0]).toBe(REPAIRED('UTF-8', 'GBK'));
    const lines = source.original.split('\n');
    expect(lines).toHaveLength(REPORT_LINES.length);
    // each line is the report's, but for a lost character or two where a line or a run of Chinese ends
    lines.forEach((line, i) => expect(line.replace(/\uFFFD/g, '').length).toBeGreaterThanOrEqual(REPORT_LINES[i]!.length - 3));
    expect(source.original).toContain('（一）健全依法决策机制。全年审查县政府规范性文');
  });

  it('leaves a text of accented Latin letters, and a report of uncommon characters, as they are', async () => {
    const latin = 'Leçon à Genève: café, résumé, façade, naïveté, déjà vu, über, Ærø, Ødegård, señor, São Paulo, Málaga. '.repeat(3);
    const rare = '龘靐齉齾爩鱻麤龗灪吁龖厵滟爨癵驫麣纞'.repeat(3);
    for (const [text, file] of [
      [latin, 'latin-letters.txt'],
      [rare, 'rare.txt'],
    ] as const) {
      const source = await ingestBytes(savedAsUtf8(text), file);
      expect([source.original.replace(/\s+/g, ' '), source.notices]).toEqual([text.trim(), undefined]);
    }
  });
});
