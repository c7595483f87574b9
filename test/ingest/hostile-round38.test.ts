import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import { REPORT_LINES } from './fixtures.js';
import { AFTER_FIGURE, BEFORE_FIGURE, cidFontPdf, cidHex, FIGURES_LINE, PLAIN, readText, refusal, TWO_COLUMNS } from './hostile.js';

/** The report's lines, its figure 12件 written as `written`. */
const withFigure = (written: string) => REPORT_LINES.map((line) => (line === FIGURES_LINE ? `${BEFORE_FIGURE}${written}${AFTER_FIGURE}` : line));
const page = (style: string, body: string) => `<html><head><meta charset="utf-8"><style>${style}</style></head><body>${body}</body></html>`;
const paragraphs = (lines: readonly string[]) => lines.map((line) => `<p>${line}</p>`).join('');
/** The report's paragraphs with `inserted` after its line of figures. */
const around = (inserted: string) => paragraphs(REPORT_LINES.slice(0, 5)) + inserted + paragraphs(REPORT_LINES.slice(5));

describe('a Markdown report with inline markup', () => {
  // a line's inline HTML went through patterns of its own, which matched a hidden element only when it held no
  // tag: 1<span hidden><b>9</b></span>2件 read 192件. It is read now by the page reader's own walk
  it('reads a hidden element with markup inside as nothing, and the rest of the line as a browser shows it', async () => {
    for (const written of [
      '1<span hidden><b>9</b></span>2件',
      '1<span style="display:none">9<sup>0</sup></span>2件',
      '<b>1</b><font color="red"><i hidden>9</i>2</font>件',
      '12<sup>1</sup>件',
    ]) {
      expect(await readText(withFigure(written).join('\n\n'), 'inline.md'), written).toBe(REPORT_LINES.join('\n\n'));
    }
    // a line break tag breaks the line; a power after a unit is kept; a fenced block stays as written
    const text = ['绿地面积增加3km<sup>2</sup>，<br>见附表。', '```', '<span hidden>示例</span>', '```'].join('\n');
    expect((await readText(text, 'kept.md')).split('\n').filter((line) => line !== '')).toEqual(['绿地面积增加3km2，', '见附表。', '<span hidden>示例</span>']);
  });
});

describe('a web page with a reversed list', () => {
  // <ol reversed> counts down (a browser shows 3. 2. 1.): it was numbered upward, 1. 2. 3.
  it('numbers a reversed list downward, from its items’ count or its start, and an item’s value where it stands', async () => {
    const lists =
      '<ol reversed><li>修订议事规则</li><li>清理规范性文件</li><li>公开决策目录</li></ol>' +
      '<ol reversed start="8"><li>开展案卷评查</li><li value="5">组织旁听庭审</li><li>通报典型案例</li></ol>' +
      '<ol start="0"><li>完善考核办法</li><li>加强普法宣传</li></ol>';
    const lines = (await readText(page('', around(lists)), 'reversed.html')).split('\n');
    expect(lines.slice(5, 13)).toEqual([
      '3. 修订议事规则',
      '2. 清理规范性文件',
      '1. 公开决策目录',
      '8. 开展案卷评查',
      '5. 组织旁听庭审',
      '4. 通报典型案例',
      '0. 完善考核办法',
      '1. 加强普法宣传',
    ]);
  });
});

describe('a web page whose sheet hides a copy on the screen, or its content', () => {
  const copy = '<div class="copy"><p>打印版：全年审查县政府规范性文件19件。</p></div>';
  // a sheet's rules under an @media were all passed over: a copy kept for print (@media screen { .copy
  // { display: none } }) was read beside the article, its 19件 with it
  it('applies the rules of an @media a desktop screen meets, and not those for paper or a phone', async () => {
    for (const style of [
      '@media screen { .copy { display: none } }',
      '@media only screen and (min-width: 768px) { p.x { color: red } .copy { display: none } }',
      '@media print { .copy { display: block } } @media all { .copy { display: none } }',
    ]) {
      expect(await readText(page(style, around(copy)), 'screen.html'), style).toBe(PLAIN);
    }
    for (const style of ['@media print { .copy { display: none } }', '@media screen and (max-width: 600px) { .copy { display: none } }']) {
      expect(await readText(page(style, around(copy)), 'paper.html'), style).toContain('19件');
    }
  });

  // content-visibility: hidden draws none of an element's content: it was read
  it('reads nothing of an element whose content-visibility is hidden', async () => {
    expect(await readText(page('', around('<div style="content-visibility: hidden"><p>旧稿：审查文件19件。</p></div>')), 'inline.html')).toBe(PLAIN);
    expect(await readText(page('.old { content-visibility: hidden }', around(copy.replace('copy', 'old'))), 'sheet.html')).toBe(PLAIN);
    expect(await readText(page('.now { content-visibility: auto }', around(copy.replace('copy', 'now'))), 'auto.html')).toContain('19件');
  });
});

describe('a UTF-8 text once read as Big5 and saved', () => {
  // a UTF-8 continuation byte of 0x80–0xA0 ends no Big5 pair: most characters lost a byte, and the file, valid
  // UTF-8 full of U+FFFD, was refused as "not UTF-8, GBK or any encoding"; it says what happened now
  it('is refused as garbled beyond repair, and a damaged text as before', async () => {
    const garbled = Buffer.from(iconv.decode(Buffer.from(PLAIN), 'big5'));
    const message = await refusal(ingestBytes(new Uint8Array(garbled), 'big5.txt'), 'big5.txt');
    expect(message).toContain('被当作 Big5 编码读取后又保存');
    const damaged = Buffer.from(PLAIN.replace(/[政法治件]/g, '\uFFFD'));
    expect(await refusal(ingestBytes(new Uint8Array(damaged), 'damaged.txt'), 'damaged.txt')).toContain('不是 UTF-8、GBK');
  });
});

describe('a PDF page set in two columns', () => {
  // each column's lines 16 characters wide at 10 points a character, a gutter of 2 characters between them
  const { left, right } = TWO_COLUMNS;
  const title = '某某县2022年度法治政府建设情况报告';
  const at = (x: number, y: number, text: string) => `BT /F1 10 Tf 1 0 0 1 ${x} ${y} Tm ${cidHex(text)} Tj ET`;
  const leftLine = (row: number) => at(56, 760 - 14 * row, left[row]!);
  const rightLine = (row: number) => (right[row] === undefined ? '' : at(236, 760 - 14 * row, right[row]));
  const expected = [title, left.slice(0, 4).join(''), left.slice(4).join(''), right.slice(0, 3).join(''), right.slice(3).join('')];

  // a producer that draws each line across both columns gave lines of both run together (…审查县政府规三、复议…),
  // read as one paragraph: the figures of one column's sentences stood in the other's. Drawn column by column,
  // each column's lines were measured against the page's edges: none reached the right one, none was joined
  // to the next, and a figure stood apart from its unit (合法性审查率达 | 到100％)
  it('reads the left column, then the right, each line joined to the next as in a page of one column', async () => {
    const rows = left.map((_, row) => `${leftLine(row)}\n${rightLine(row)}`);
    const columns = [...left.map((_, row) => leftLine(row)), ...right.map((_, row) => rightLine(row))];
    for (const [name, lines] of [
      ['across.pdf', rows],
      ['columns.pdf', columns],
    ] as const) {
      expect((await readText(cidFontPdf([at(150, 800, title), ...lines].join('\n')), name)).split('\n'), name).toEqual(expected);
    }
  });
});

describe('a report’s text given a document’s name', () => {
  // a text saved as 报告.pdf or 报告.docx was refused as "damaged, not PDF": it says now what the file holds
  it('is refused as plain text, in UTF-8 or GBK, and a damaged file as before', async () => {
    for (const [file, bytes] of [
      ['报告.pdf', Buffer.from(PLAIN)],
      ['报告.docx', iconv.encode(PLAIN, 'gbk')],
    ] as const) {
      const format = file.slice(3).toUpperCase();
      expect(await refusal(ingestBytes(new Uint8Array(bytes), file), file), file).toContain(`内容是纯文本,不是 ${format} 文件`);
    }
    const damaged = new Uint8Array(Array.from({ length: 600 }, (_, i) => (i * 7919) % 256));
    expect(await refusal(ingestBytes(damaged, '残缺.pdf'), '残缺.pdf')).toContain('文件已损坏或不完整');
  });
});
