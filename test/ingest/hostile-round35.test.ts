import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { REPORT_LINES } from './fixtures.js';
import { AFTER_FIGURE, BEFORE_FIGURE, bytesOf, docxOfParts, FIGURES_LINE, pdfFile, PLAIN, readText } from './hostile.js';

const paragraphs = (lines: readonly string[]) => lines.map((line) => `<p>${line}</p>`).join('');
/** The report's lines, its figure 12件 written as `written`. */
const withFigure = (written: string) => REPORT_LINES.map((line) => (line === FIGURES_LINE ? `${BEFORE_FIGURE}${written}${AFTER_FIGURE}` : line));
const page = (style: string, body: string) => `<html><head><meta charset="utf-8"><style>${style}</style></head><body>${body}</body></html>`;
/** The headings the report's outline finds, as facts name their sections. */
const headingsOf = async (text: string, file: string) => buildDocument(await ingestBytes(bytesOf(text), file)).sections.map((section) => section.heading);
const PLAIN_HEADINGS = ['一、主要举措和成效', '(一)健全依法决策机制', '(二)规范行政执法行为', '二、存在的不足', '三、下一步工作安排', '一是', '二是'];

describe('a plain text pasted from a web list, each line behind a bullet', () => {
  // •一、主要举措和成效 named its section with the bullet; -一、 (no blank) hid the heading, • 一是… its items
  it('names each section by its number and title, and finds headings and items behind any bullet', async () => {
    expect(await headingsOf(PLAIN, 'plain.txt')).toEqual(PLAIN_HEADINGS);
    for (const bullet of ['•', '● ', '▪', '· ', '・', '-', '- ', '*', '‣ ']) {
      const listed = REPORT_LINES.map((line, i) => (i < 2 ? line : `${bullet}${line}`)).join('\n');
      expect(await headingsOf(listed, 'listed.txt'), bullet).toEqual(PLAIN_HEADINGS);
    }
  });
});

describe('a web page whose sheet numbers its headings and items by counters', () => {
  const headed = (lines: readonly string[]) =>
    lines
      .map((line) =>
        /^[一二三]、/.test(line) ? `<h2>${line.slice(2)}</h2>` : /^（[一二]）/.test(line) ? `<ol><li>${line.slice(3)}</li></ol>` : `<p>${line}</p>`,
      )
      .join('');

  // h2::before { content: counter(sec, cjk-ideographic) "、" } was read as nothing: 一、 was lost, and the section with it
  it('writes a counter where it numbers a heading or an item, in its style, reset and counted in document order', async () => {
    const style =
      'body { counter-reset: part } h2 { counter-increment: part; counter-reset: item } h2::before { content: counter(part, cjk-ideographic) "、" } ' +
      'ol { list-style: none } li { counter-increment: item } li::before { content: "（" counter(item, simp-chinese-informal) "）" } .draft { display: none }';
    const lines = [...REPORT_LINES.slice(0, 6), '<h2 class="draft">已撤下的一节</h2>', ...REPORT_LINES.slice(6)];
    expect(await readText(page(style, headed(lines)), 'counted.html')).toBe(PLAIN);
  });

  it('writes a nested counter of each level, and no list number beside it', async () => {
    const style = 'ol { list-style: none; counter-reset: n } li { counter-increment: n } li::before { content: counters(n, ".") ". " }';
    const list = '<ol><li>完善制度<ol><li>修订细则</li><li>清理文件</li></ol></li><li>强化监督</li></ol>';
    const text = await readText(page(style, paragraphs(REPORT_LINES.slice(0, 3)) + list + paragraphs(REPORT_LINES.slice(3))), 'nested.html');
    expect(text.split('\n').slice(3, 7)).toEqual(['1. 完善制度', '1.1. 修订细则', '1.2. 清理文件', '2. 强化监督']);
  });

  // a guard against the fix: a counter's number is no count; written inside a line, before a unit, it would read as one (3件)
  it('writes no counter inside a line', async () => {
    const style = '.n { counter-increment: k } .n::after { content: counter(k) }';
    expect(await readText(page(style, paragraphs(withFigure('12件<span class="n"></span>'))), 'inline-counter.html')).toBe(PLAIN);
    const before = '.m { counter-increment: k } .m::before { content: counter(k) }';
    expect(await readText(page(before, paragraphs(withFigure('<span class="m">件</span>'))), 'inline-counter.html')).toBe(PLAIN.replace('12件', '件'));
  });
});

describe('a web page with footnote marks raised beside its figures', () => {
  // 12<sup>1</sup>件 was read 121件, 12<sub>3</sub>件 123件, 100％<sup>[2]</sup> 100％[2]
  it('reads no footnote mark set above or below the line after a figure', async () => {
    const marked = withFigure('12<sup>1</sup>件').map((line) =>
      line.replace('100％', '100％<sup><a href="#note2">[2]</a></sup>').replace('460', '460<sub>※</sub>'),
    );
    expect(await readText(page('', paragraphs(marked)), 'notes.html')).toBe(PLAIN);
    expect(await readText(page('', paragraphs(withFigure('12<sub>3</sub>件'))), 'low-note.html')).toBe(PLAIN);
  });

  // a guard against the fix: a unit's power or a formula's index after a letter is read
  it('reads a power or an index set after a letter', async () => {
    const line = '新增绿地面积3km<sup>2</sup>，PM<sub>2.5</sub>浓度下降，CO<sub>2</sub>排放减少。';
    expect((await readText(page('', paragraphs([...REPORT_LINES, line])), 'powers.html')).split('\n').at(-1)).toBe(
      '新增绿地面积3km2，PM2.5浓度下降，CO2排放减少。',
    );
  });
});

describe('a web page with a dialog not opened', () => {
  // 1<dialog>9</dialog>2件 was read 192件: a closed dialog is not drawn
  it('reads nothing of a closed dialog, and an open one where it stands', async () => {
    expect(await readText(page('', paragraphs(withFigure('1<dialog>9</dialog>2件'))), 'dialog.html')).toBe(PLAIN);
    expect(await readText(page('', paragraphs(withFigure('1<dialog open>2</dialog>件'))), 'open-dialog.html')).toBe(PLAIN);
  });
});

describe('a web page of a form filled in', () => {
  // 审查<input value="12">件 shows 审查12件, and was read 审查件; a page of fields only was "empty"
  it('reads the values its fields, lists and text boxes show', async () => {
    const filled = withFigure('<input type="text" value="12" readonly>件').map((line) =>
      line.replace('460', '<select><option>0</option><option selected>460</option></select>').replace('94.1', '<textarea>94.1</textarea>'),
    );
    expect(await readText(page('', paragraphs(filled)), 'filled.html')).toBe(PLAIN);
    const fields = `<form>${REPORT_LINES.map((line) => `<div><input value="${line}" style="width:100%"></div>`).join('')}</form>`;
    expect(await readText(page('', fields), 'fields.html')).toBe(PLAIN);
  });

  // a guard against the fix: a hidden field, a hint or a button shows no figure (a box to tick shows its box, ☑ or ☐:
  // hostile-round60.test.ts)
  it('reads no hidden field, hint or button', async () => {
    const controls = '1<input type="hidden" value="9"><input placeholder="9"><input type="submit" value="9"><button>9</button>2件';
    expect(await readText(page('', paragraphs(withFigure(controls))), 'controls.html')).toBe(PLAIN);
  });
});

describe('a Markdown report with link definitions over lines', () => {
  // a definition whose address and title stand on lines of their own was read: (听证会召开9次), http://…
  it('reads no definition whose address or title is on a line of its own; reads a note written as one', async () => {
    const markdown = [
      ...REPORT_LINES,
      '[政策]:\n  https://www.example.gov.cn/zc/2021/0301.html\n  (听证会召开9次)',
      '[公开]: <https://www.example.gov.cn/gk>\n"全年公开信息3000条"',
      '[注]: 合法性审查率按报送件数计算。',
    ].join('\n\n');
    expect(await readText(markdown, '报告.md')).toBe([...REPORT_LINES, '[注]: 合法性审查率按报送件数计算。'].join('\n\n'));
  });
});

describe('a text with a page break inside a figure', () => {
  const lexicon = loadLexicon();
  // a guard (no round had a break inside a line): a reader sees 1 at a page's foot and 2件 atop the next,
  // the sentence running on; the text keeps the two lines, the sentence reads 12件
  it('keeps the lines a form feed or vertical tab parts, and reads the figure across them', async () => {
    for (const breakChar of ['\f', '\v']) {
      const source = await ingestBytes(bytesOf(PLAIN.replace('12件', `1${breakChar}2件`)), 'paged.txt');
      expect(source.original.split('\n')[4]).toBe(`${BEFORE_FIGURE}1`);
      const reviewed = extractFacts(buildDocument(source), await lexicon).find((fact) => fact.id === 'normative_docs_reviewed');
      expect(reviewed?.value).toBe(12);
    }
  });
});

describe('a Word document with text hidden in web view, and lists that start again', () => {
  const WORD = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const run = (text: string, properties = '') => `<w:r>${properties && `<w:rPr>${properties}</w:rPr>`}<w:t xml:space="preserve">${text}</w:t></w:r>`;
  const docx = (body: string, parts: Record<string, string> = {}) =>
    new Uint8Array(
      docxOfParts({
        'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD}"><w:body>${body}</w:body></w:document>`,
        ...parts,
      }),
    );

  // a figure's footnote mark typed in superscript (12, a raised 1, 件) was read 121件; a power after a letter is read
  it('reads no footnote mark raised after a figure, and a power raised after a unit', async () => {
    const raised = (text: string, align = 'superscript') => run(text, `<w:vertAlign w:val="${align}"/>`);
    const area = `<w:p>${run('新增绿地3km')}${raised('2')}${run('。')}</w:p>`;
    const body = REPORT_LINES.map((line) =>
      line === FIGURES_LINE
        ? `<w:p>${run(`${BEFORE_FIGURE}12`)}${raised('1')}${run(`件${AFTER_FIGURE}`)}${raised('[2]', 'subscript')}</w:p>`
        : `<w:p>${run(line)}</w:p>`,
    );
    expect(await readText(docx(body.join('') + area), 'raised.docx')).toBe(`${PLAIN}\n新增绿地3km2。`);
  });

  // a guard (no round had one): w:webHidden hides text in Web Layout only; the page Word prints and shows shows it
  it('reads text hidden in web view only', async () => {
    const body = REPORT_LINES.map((line) =>
      line === FIGURES_LINE ? `<w:p>${run(`${BEFORE_FIGURE}1`)}${run('2', '<w:webHidden/>')}${run(`件${AFTER_FIGURE}`)}</w:p>` : `<w:p>${run(line)}</w:p>`,
    );
    expect(await readText(docx(body.join('')), 'web-hidden.docx')).toBe(PLAIN);
  });

  // a guard (no round had one): a list restarted by w:startOverride counts from its start, another of the
  // same definition without it goes on
  it('numbers a list restarted by an override from its start, and one without it on', async () => {
    const numbering =
      `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${WORD}"><w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:start w:val="1"/>` +
      '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%1）"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="4"/></w:num>' +
      '<w:num w:numId="2"><w:abstractNumId w:val="4"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="4"/></w:num></w:numbering>';
    const item = (list: number, text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${list}"/></w:numPr></w:pPr>${run(text)}</w:p>`;
    const body = [
      `<w:p>${run('一、制度建设')}</w:p>`,
      item(1, '修订议事规则'),
      item(1, '清理规范性文件'),
      `<w:p>${run('二、执法监督')}</w:p>`,
      item(2, '开展案卷评查'),
      item(2, '组织旁听庭审'),
      item(3, '通报典型案例'),
    ];
    expect(await readText(docx(body.join(''), { 'word/numbering.xml': numbering }), 'restarted.docx')).toBe(
      ['一、制度建设', '（一）修订议事规则', '（二）清理规范性文件', '二、执法监督', '（一）开展案卷评查', '（二）组织旁听庭审', '（三）通报典型案例'].join(
        '\n',
      ),
    );
  });
});

describe('a PDF with text drawn where no reader sees it: off the page, under a white box, clipped away', () => {
  const stream = (data: string) => `<< /Length ${Buffer.byteLength(data, 'latin1')} >>\nstream\n${data}\nendstream`;
  /** Each character a CID of its own code point, mapped back to it. */
  const IDENTITY_MAP = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0000> <FFFF> <0000> endbfrange',
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const hex = (text: string) => `<${[...text].map((char) => char.codePointAt(0)!.toString(16).padStart(4, '0')).join('')}>`;
  /** Glyphs are 1,000 units wide at size 6: each character takes 6 points. */
  const at = (x: number, y: number, text: string) => `BT /F1 6 Tf 1 0 0 1 ${x} ${y} Tm ${hex(text)} Tj ET`;
  const LEFT = 30;
  /** The report a line a row; between the figure's 1 and its 2件, `between(x, y)` draws at the 2's place. */
  const reportPdf = (between: (x: number, y: number) => string, pageBox = '0 0 595 842') => {
    const lines = REPORT_LINES.map((line, i) => {
      const y = 800 - 14 * i;
      if (line !== FIGURES_LINE) return at(LEFT, y, line);
      const head = `${BEFORE_FIGURE}1`;
      const x = LEFT + 6 * head.length;
      return `${at(LEFT, y, head)}\n${between(x, y)}\n${at(x, y, `2件${AFTER_FIGURE}`)}`;
    });
    return new Uint8Array(
      pdfFile([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        `<< /Type /Page /Parent 2 0 R /MediaBox [${pageBox}] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>`,
        stream(lines.join('\n')),
        '<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 8 0 R >>',
        '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 1000 >>',
        '<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
        stream(IDENTITY_MAP),
      ]),
    );
  };
  const NOTICE = 'PDF 中有 1 字被白色色块盖住或被裁剪掉,阅读时看不见,已忽略;若它们是报告正文,请换用原始文件后再试';

  // a 9 under a white box filled after it (an editor's whiteout), or clipped to a box of no size, was read
  // between 1 and 2件: 192件; pdf.js's text content tells neither
  it('drops text a white box filled after it covers, or a clip leaves out, and says so', async () => {
    const clean = await ingestBytes(
      reportPdf(() => ''),
      'clean.pdf',
    );
    expect(clean.original).toContain(`${BEFORE_FIGURE}12件`);
    for (const [name, between] of [
      ['whiteout.pdf', (x: number, y: number) => `${at(x, y, '9')} q 1 1 1 rg ${x - 1} ${y - 2} 8 9 re f Q`],
      ['whiteout-gray.pdf', (x: number, y: number) => `${at(x, y, '9')} 1 g ${x - 1} ${y - 2} 8 9 re\nf 0 g`],
      ['clipped.pdf', (x: number, y: number) => `q 0 0 0 0 re W n ${at(x, y, '9')} Q`],
    ] as const) {
      const source = await ingestBytes(reportPdf(between), name);
      expect(source.original, name).toBe(clean.original);
      expect(source.notices, name).toEqual([NOTICE]);
    }
  });

  // a guard (no round had one): pdf.js leaves out text drawn past the page's edge
  it('drops text drawn off the page', async () => {
    const clean = (
      await ingestBytes(
        reportPdf(() => ''),
        'clean.pdf',
      )
    ).original;
    for (const between of [(x: number) => at(x + 2000, 400, '9'), (x: number) => at(x, -300, '9')]) {
      expect((await ingestBytes(reportPdf(between), 'off-page.pdf')).original).toBe(clean);
    }
  });

  // a guard against the fix: a white ground drawn under the text, a clip around the page, text near the
  // edge of a page whose box does not start at 0
  it('reads text on a white ground, inside a clip around the page, and on a page placed off the origin', async () => {
    const clean = (
      await ingestBytes(
        reportPdf(() => ''),
        'clean.pdf',
      )
    ).original;
    for (const [name, between] of [
      ['ground.pdf', (x: number, y: number) => `q 1 1 1 rg ${x - 1} ${y - 2} 8 9 re f Q`],
      ['page-clip.pdf', (x: number, y: number) => `q 0 0 595 842 re W n 1 1 1 rg 0 0 0 0 re f 0 g ${at(x, y, '')} Q`],
    ] as const) {
      const source = await ingestBytes(reportPdf(between), name);
      expect(source.original, name).toBe(clean);
      expect(source.notices ?? [], name).toEqual([]);
    }
    const moved = await ingestBytes(
      reportPdf(() => '', '-100 -100 600 900'),
      'moved-box.pdf',
    );
    expect(moved.original).toBe(clean);
    expect(moved.notices ?? []).toEqual([]);
  });
});
