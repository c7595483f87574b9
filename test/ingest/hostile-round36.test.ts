import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { REPORT_LINES } from './fixtures.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { AFTER_FIGURE, BEFORE_FIGURE, docxOfParts, FIGURES_LINE, figurePdf, PLAIN, readText } from './hostile.js';

const paragraphs = (lines: readonly string[]) => lines.map((line) => `<p>${line}</p>`).join('');
/** The report's lines, its figure 12件 written as `written`. */
const withFigure = (written: string) => REPORT_LINES.map((line) => (line === FIGURES_LINE ? `${BEFORE_FIGURE}${written}${AFTER_FIGURE}` : line));
const page = (style: string, body: string) => `<html><head><meta charset="utf-8"><style>${style}</style></head><body>${body}</body></html>`;

const WORD = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const docx = (body: string, parts: Record<string, string> = {}) =>
  new Uint8Array(
    docxOfParts({
      'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD}"><w:body>${body}</w:body></w:document>`,
      ...parts,
    }),
  );

describe('a Word document whose list starts again in another format', () => {
  const level = (start: number, format: string, text: string) =>
    `<w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  const numbering = (...nums: string[]) =>
    `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${WORD}"><w:abstractNum w:abstractNumId="7">${level(1, 'decimal', '%1.')}</w:abstractNum>` +
    nums.map((body, i) => `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="7"/>${body}</w:num>`).join('') +
    '</w:numbering>';
  const item = (list: number, text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${list}"/></w:numPr></w:pPr>${run(text)}</w:p>`;

  // a w:lvlOverride holding a whole <w:lvl> replaces the level for its list (ECMA-376 17.9.9): Word shows
  // （一）（二） there; its format was ignored and the list went on 3. 4.
  it('numbers the list in the format its override gives, from that level’s start, or the start override’s', async () => {
    const lists = numbering(
      '',
      `<w:lvlOverride w:ilvl="0">${level(1, 'chineseCounting', '（%1）')}</w:lvlOverride>`,
      `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/>${level(1, 'chineseCounting', '%1、')}</w:lvlOverride>`,
    );
    const body = [
      item(1, '修订议事规则'),
      item(1, '清理规范性文件'),
      `<w:p>${run('执法监督方面：')}</w:p>`,
      item(2, '开展案卷评查'),
      item(2, '组织旁听庭审'),
      item(3, '通报典型案例'),
      item(1, '完善考核办法'),
    ];
    expect(await readText(docx(body.join(''), { 'word/numbering.xml': lists }), 'reformatted.docx')).toBe(
      ['1. 修订议事规则', '2. 清理规范性文件', '执法监督方面：', '（一）开展案卷评查', '（二）组织旁听庭审', '三、通报典型案例', '3. 完善考核办法'].join('\n'),
    );
  });
});

describe('a web page with a footnote mark or a power inside an inline element of its own', () => {
  // a guard: a mark set inside an element the figure does not open was already not read (nothing before it)
  it('reads no footnote mark nested deeper than the figure', async () => {
    expect(await readText(page('', paragraphs(withFigure('<span>12<span><sup>1</sup></span></span>件'))), 'nested-note.html')).toBe(PLAIN);
  });

  // km<span><sup>2</sup></span> lost its 2 (3km, CO減少): only the sibling just before the mark was looked at
  it('reads a power or an index after a letter that stands outside the mark’s element', async () => {
    const line = '新增绿地面积3<span>km<span><b><sup>2</sup></b></span></span>，<span>CO</span><span><sub>2</sub></span>排放减少。';
    expect((await readText(page('', paragraphs([...REPORT_LINES, line])), 'nested-power.html')).split('\n').at(-1)).toBe('新增绿地面积3km2，CO2排放减少。');
  });
});

describe('a web page numbering its parts in heavenly stems and earthly branches', () => {
  // counter(n, cjk-heavenly-stem) was written in figures: 1、总体情况 where a reader sees 甲、总体情况
  it('writes each counter in its style, as a list of that style is numbered', async () => {
    const style =
      'body { counter-reset: part } h2 { counter-increment: part; counter-reset: sub } h2::before { content: counter(part, cjk-heavenly-stem) "、" } ' +
      'h3 { counter-increment: sub } h3::before { content: counter(sub, cjk-earthly-branch) "、" } h4 { counter-increment: sub } h4::before { content: counter(sub, upper-roman) ". " }';
    const body = '<h2>总体情况</h2><h3>决策</h3><h3>执法</h3><h2>存在问题</h2><h3>队伍</h3><h4>培训</h4>';
    expect((await readText(page(style, paragraphs(REPORT_LINES) + body), 'stems.html')).split('\n').slice(REPORT_LINES.length)).toEqual([
      '甲、总体情况',
      '子、决策',
      '丑、执法',
      '乙、存在问题',
      '子、队伍',
      'II. 培训',
    ]);
  });
});

describe('a web page with parts hidden until found', () => {
  // hidden="until-found" shows nothing until find-in-page lands in it (a browser without it hides it
  // outright), as a closed <details> does: 1<span hidden="until-found">9</span>2件 was read 192件
  it('reads nothing hidden until found, and a page kept whole so as the hidden page it is', async () => {
    expect(await readText(page('', paragraphs(withFigure('1<span hidden="until-found">9</span>2件'))), 'until-found.html')).toBe(PLAIN);
    // a guard: an article all of it hidden so (an accordion closed) is read, as any page hidden whole
    expect(await readText(page('', `<div hidden="until-found">${paragraphs(REPORT_LINES)}</div>`), 'accordion.html')).toBe(PLAIN);
  });

  // a Markdown viewer renders inline HTML as a browser does: the tags were read as text, and what they hid
  // (1<span hidden="until-found">9</span>2件 gave 2件, its tags beside it)
  it('reads a Markdown report’s inline HTML as a viewer shows it: nothing hidden, no note mark, no tag', async () => {
    const marked = withFigure('<b>1<span class="gap" hidden="until-found">9</span>2</b><sup>3</sup>件').map((line) =>
      line.replace('460', '4<span hidden>0</span>60').replace('17个', '<font color="red">17</font>个'),
    );
    const extra = '新增绿地3<i>km</i><sup>2</sup>，<span class="hidden">见附表</span>。';
    expect(await readText([...marked, extra].join('\n\n'), '报告.md')).toBe([...REPORT_LINES, '新增绿地3km2，见附表。'].join('\n\n'));
  });
});

describe('a PDF with text covered by a box drawn after it', () => {
  const WHITE_NOTICE = 'PDF 中有 1 字被白色色块盖住或被裁剪掉,阅读时看不见,已忽略;若它们是报告正文,请换用原始文件后再试';
  const BARRED = (n: number) => `PDF 中有 ${n} 字被不透明的色块(如涂黑的遮盖条)盖住,阅读时看不见,已忽略;若它们是报告正文,请换用原始文件后再试`;
  /** A box of `colour` (fill operators) over the hidden characters, from below their baseline to above their tops. */
  const box = (colour: string) => (x: number, y: number, width: number) => `q ${colour} ${x - 0.5} ${y - 1.5} ${width + 1} 8 re f Q`;
  const readPdf = async (pdf: Uint8Array, name: string) => {
    const source = await ingestBytes(pdf, name);
    return { line: source.original.split('\n').find((line) => line.startsWith(BEFORE_FIGURE)), notices: source.notices ?? [] };
  };

  // a whiteout drawn in a second content stream of the page (an editor appends one) was not looked for: 192件
  it('drops text a white box in a later content stream of its page covers', async () => {
    expect(await readPdf(figurePdf('9', { later: box('1 1 1 rg') }), 'later-whiteout.pdf')).toEqual({ line: FIGURES_LINE, notices: [WHITE_NOTICE] });
  });

  // a black (or any opaque) bar over text is what a reader sees, not the text under it: 1[99]2件 was read 1992件
  it('drops text an opaque box of any colour covers, in the same content stream or a later one, and says so', async () => {
    for (const [name, places] of [
      ['redacted.pdf', { over: box('0 0 0 rg') }],
      ['redacted-grey.pdf', { over: box('0.2 g') }],
      ['redacted-later.pdf', { later: box('0 0 0 1 k') }],
    ] as const) {
      expect(await readPdf(figurePdf('99', places), name), name).toEqual({ line: FIGURES_LINE, notices: [BARRED(2)] });
    }
  });

  // a guard against the fix: shading drawn under a cell's text, a rule under a line, a see-through or
  // multiplied highlight over it, all leave the text read (a white box at the page's foot has the page walked)
  it('reads text on shading drawn before it, over a rule, and under a highlight one sees through', async () => {
    const resources = '/ExtGState << /Faint << /ca 0.35 >> /Marker << /BM /Multiply >> >>';
    /** A box of `colour` over the figure's 12 (then `after`) */
    const overFigure =
      (colour: string, after = '') =>
      (x: number, y: number) =>
        `q ${colour} ${x - 6.5} ${y - 1.5} 13 8 re f Q ${after}`;
    const foot = '1 1 1 rg 500 30 20 20 re f';
    for (const [name, places] of [
      ['shaded.pdf', { under: overFigure('0.85 0.85 0.85 rg') }],
      ['rule.pdf', { over: (x: number, y: number) => `0 g ${x - 200} ${y - 2} 400 0.6 re f` }],
      ['faint.pdf', { over: overFigure('/Faint gs 0 0 0 rg', foot) }],
      ['marker.pdf', { later: overFigure('/Marker gs 1 0.9 0 rg', foot) }],
    ] as const) {
      expect(await readPdf(figurePdf('', places, resources), name), name).toEqual({ line: FIGURES_LINE, notices: [] });
    }
  });
});

describe('a web page numbering its items by the list-item counter or a marker of its own', () => {
  const around = (list: string) => paragraphs(REPORT_LINES.slice(0, 3)) + list + paragraphs(REPORT_LINES.slice(3));
  const ITEMS = '<ol><li>健全决策机制</li><li>规范执法行为</li></ol>';

  // counter(list-item) in li::before was 〇、 for every item: the counter a list keeps for its items was not kept
  it('writes the list-item counter each list keeps, from its start', async () => {
    const style = 'ol { list-style: none } li::before { content: counter(list-item, cjk-ideographic) "、" }';
    const lines = (await readText(page(style, around(ITEMS.replace('<ol>', '<ol start="3">'))), 'list-item.html')).split('\n');
    expect(lines.slice(3, 5)).toEqual(['三、健全决策机制', '四、规范执法行为']);
  });

  // li::marker { content: … } was not read: the list's own 1. 2. stood where a reader sees （一）（二）; a heading
  // shown as a list item had no number at all
  it('writes a marker a sheet gives in place of the list’s number, on items and headings shown as items', async () => {
    const style =
      'li::marker { content: "（" counter(list-item, cjk-ideographic) "）" } ' +
      'h2 { display: list-item; counter-increment: part } h2::marker { content: counter(part, cjk-ideographic) "、" } ul li::marker { content: "■" }';
    const body = around(`${ITEMS}<h2>存在问题</h2><ul><li>培训不足</li></ul><h2>工作打算</h2>`);
    expect((await readText(page(style, body), 'marker.html')).split('\n').slice(3, 8)).toEqual([
      '（一）健全决策机制',
      '（二）规范执法行为',
      '一、存在问题',
      '培训不足',
      '二、工作打算',
    ]);
  });
});

describe('figures broken by a word-break opportunity, and characters GB18030 writes in four bytes', () => {
  // a guard (no round had one): <wbr> marks where a line may break and shows nothing, inside a figure too
  it('reads a figure with a <wbr> inside it whole', async () => {
    const broken = withFigure('1<wbr>2件').map((line) => line.replace('94.1', '94<wbr/>.1').replace('460', '4<wbr></wbr>60'));
    expect(await readText(page('', paragraphs(broken)), 'wbr.html')).toBe(PLAIN);
  });

  // a guard (no round had one): a place name in characters outside GBK (CJK extension B, and A) is written in
  // four bytes a character in GB18030; the text is still taken for GB18030, and read whole
  it('reads a GB18030 text whose place name is written in four bytes a character', async () => {
    const named = PLAIN.replace('某某县', '𠀾𡌶县').replace('部分乡镇', '䶮村等部分乡镇');
    const source = await ingestBytes(new Uint8Array(iconv.encode(named, 'gb18030')), '报告.txt');
    expect({ encoding: source.encoding, text: source.original }).toEqual({ encoding: 'gb18030', text: named });
  });
});
