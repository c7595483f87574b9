import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../src/facts/quantity.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { REPORT_LINES } from './fixtures.js';
import { AFTER_FIGURE, BEFORE_FIGURE, docxOfParts, FIGURES_LINE, pdfFile, PLAIN, readText } from './hostile.js';

const paragraphs = (lines: readonly string[]) => lines.map((line) => `<p>${line}</p>`).join('');
/** The report as paragraphs, its figure 12件 written as `written`. */
const withFigure = (written: string) => paragraphs(REPORT_LINES.map((line) => (line === FIGURES_LINE ? `${BEFORE_FIGURE}${written}${AFTER_FIGURE}` : line)));
const page = (style: string, body: string) => `<html><head><meta charset="utf-8"><style>${style}</style></head><body>${body}</body></html>`;

describe('a web page with text in a white so near white no one sees it', () => {
  // 1<span style="color:#fefefe">9</span>2件 was read 192件: only #fff, #ffffff and rgb(255,255,255) counted as white
  it('drops text in a near white, by a class or its own style, written as hex, rgb() or hsl()', async () => {
    const figure =
      '1<span class="w">9</span><b style="color: rgb(250 250 250)">8</b><i style="color:hsl(0, 0%, 99%)">7</i>' +
      '<font color="#FAFAFA">6</font><em style="color: whitesmoke">5</em>2件';
    expect(await readText(page('.w { color: #fefefe }', withFigure(figure)), 'near-white.html')).toBe(PLAIN);
  });

  // a guard: light but readable ink (a grey, a pale blue) and near white on a dark ground stay read
  it('reads text in a light grey, and near white on a dark ground', async () => {
    const figure = '<span style="color:#cccccc">1</span><span style="background:#333"><span style="color:#fafafa">2</span></span>件';
    expect(await readText(page('', withFigure(figure)), 'light.html')).toBe(PLAIN);
  });

  // white text on a ground only a picture paints (background-image, a gradient) was dropped as white on white
  it('reads white text on a ground a background picture or gradient paints', async () => {
    const style =
      '.banner { background-image: url(banner.jpg); background-color: #fff } .band { background-image: linear-gradient(#036, #069) } .w { color: #fff }';
    for (const ground of ['banner', 'band']) {
      expect(await readText(page(style, `<div class="${ground}">${withFigure('1<span class="w">2</span>件')}</div>`), `${ground}.html`)).toBe(PLAIN);
    }
    // a picture taken back leaves the white ground: its white text is out of sight again
    const none = `<div style="background-image: none">${withFigure('1<span class="w">9</span>2件')}</div>`;
    expect(await readText(page('.w { color: #fff }', none), 'no-picture.html')).toBe(PLAIN);
  });
});

describe('a web page whose sheet draws list bullets', () => {
  // li::before { content: "•" } put a bullet before each line: a heading read •一、主要举措和成效, and a section of that name
  it('reads no bullet a sheet writes before a list item or a paragraph', async () => {
    const list = `<ul class="news">${REPORT_LINES.map((line) => `<li>${line}</li>`).join('')}</ul>`;
    expect(await readText(page('ul.news li::before { content: "\\2022\\00a0" }', list), 'bullets.html')).toBe(PLAIN);
    const spans = REPORT_LINES.map((line) => `<p> <span class="dot"></span><span>${line}</span></p>`).join('');
    expect(await readText(page('.dot:before { content: "■ " }', spans), 'square-bullets.html')).toBe(PLAIN);
  });

  // a guard: a character a sheet writes inside a line is what a reader sees there, bullet or not
  it('reads a bullet written inside a line, and a generated text that is no bullet', async () => {
    const body = `<p>${REPORT_LINES[1]}<span class="sep"></span>${REPORT_LINES[0]}</p><p class="n">${REPORT_LINES[2]}</p>`;
    const style = '.sep::before { content: "·" } p.n::before { content: "①" }';
    expect(await readText(page(style, body), 'inline-dot.html')).toBe(`${REPORT_LINES[1]}·${REPORT_LINES[0]}\n①${REPORT_LINES[2]}`);
  });
});

describe('a text with digits of other scripts among its figures', () => {
  // ١2件 (an Arabic-Indic one, then an ASCII two) was read as 2件; a reader sees no figure there
  it('reads no figure in a number that has a digit of another script', () => {
    expect(parseQuantities('审查规范性文件١2件，培训46٠人次，审查率达到١100%，召开۱۲次会议')).toEqual([]);
    expect(parseQuantities('审查规范性文件12件，培训460人次').map((quantity) => quantity.value)).toEqual([12, 460]);
  });

  // a guard (no round covered joiners in a figure): a zero-width joiner or word joiner in a figure is not seen
  it('reads a figure whole across a zero-width joiner or a word joiner', async () => {
    expect(await readText(PLAIN.replace('12件', '1\u200d2件').replace('460', '4\u20606\u20600'), 'joined.txt')).toBe(PLAIN);
  });
});

describe('a Word document with charts and spreadsheets in its pages', () => {
  const NAMESPACES =
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
    'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"';
  const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const chart = (id: string) =>
    `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="5000000" cy="3000000"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart r:id="${id}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
  const sheet = (progId: string, id: string) =>
    `<w:p><w:r><w:object><v:shape id="s${id}" style="width:400pt;height:90pt"><v:imagedata r:id="rId20" o:title=""/></v:shape>` +
    `<o:OLEObject Type="Embed" ProgID="${progId}" ShapeID="s${id}" DrawAspect="Content" ObjectID="_1" r:id="${id}"/></w:object></w:r></w:p>`;
  const relationship = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const RELATIONSHIPS =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    ['rId5', 'rId6'].map((id) => relationship(id, 'chart', `charts/${id}.xml`)).join('') +
    ['rId7', 'rId8', 'rId9', 'rId10'].map((id) => relationship(id, 'package', `embeddings/${id}.bin`)).join('') +
    relationship('rId20', 'image', 'media/preview.emf') +
    '</Relationships>';
  const docx = (extra: string) =>
    new Uint8Array(
      docxOfParts({
        'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document ${NAMESPACES}><w:body>${REPORT_LINES.map(paragraph).join('')}${extra}</w:body></w:document>`,
        'word/_rels/document.xml.rels': RELATIONSHIPS,
        'word/media/preview.emf': 'a preview picture',
      }),
    );

  // a chart of the year's cases, or a table pasted from Excel as an object, was read as nothing, without a word
  it('says how many charts and spreadsheets it shows only as pictures, each once', async () => {
    const source = await ingestBytes(
      docx(chart('rId5') + chart('rId6') + chart('rId5') + sheet('Excel.Sheet.12', 'rId7') + sheet('Ket.Sheet.12', 'rId8')),
      'charts.docx',
    );
    expect(source.original).toBe(PLAIN);
    expect(source.notices).toEqual([
      'Word 文档中有 4 个图表或嵌入的 Excel 表格,其中的数字只以图形显示,未读取;若报告的数据在其中,请把数据写进正文或改为 Word 表格后再试',
    ]);
  });

  // a guard: an embedded object that is no spreadsheet (an equation, a drawing) is no table of figures
  it('says nothing of other embedded objects', async () => {
    expect((await ingestBytes(docx(sheet('Equation.3', 'rId9') + sheet('Visio.Drawing.15', 'rId10')), 'objects.docx')).notices).toBeUndefined();
  });
});

describe('a PDF that draws text no reader sees', () => {
  const stream = (dictionary: string, data: string) => `<< ${dictionary} /Length ${Buffer.byteLength(data, 'latin1')} >>\nstream\n${data}\nendstream`;
  /** Every character a CID of its own code point, mapped back to it by the ToUnicode map. */
  const IDENTITY_UNICODE = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0000> <FFFF> <0000> endbfrange',
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const shown = (text: string) => `<${[...text].map((char) => char.codePointAt(0)!.toString(16).padStart(4, '0')).join('')}> Tj`;
  /** The report a line a row, its figure 12件 drawn by `figure` (operators between the 1 and the 2, in the line's text object); `under` is drawn first. */
  const reportPdf = (figure: string, under = '') => {
    const lines = REPORT_LINES.map((line, i) => {
      const at = `BT /F1 6 Tf 30 ${800 - 14 * i} Td`;
      if (line !== FIGURES_LINE) return `${at} ${shown(line)} ET`;
      return `${at} ${shown(`${BEFORE_FIGURE}1`)} ${figure} ${shown(`2件${AFTER_FIGURE}`)} ET`;
    });
    return new Uint8Array(
      pdfFile([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> /XObject << /Scan 9 0 R >> >> /Contents 4 0 R >>',
        stream('', `${under} ${lines.join('\n')}`),
        '<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 8 0 R >>',
        '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 1000 >>',
        '<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
        stream('', IDENTITY_UNICODE),
        stream('/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8', '\x80'),
      ]),
    );
  };
  const read = (pdf: Uint8Array, name: string) => ingestBytes(pdf, name);

  // 1, an invisible or a white 9, 2件 was read 192件: pdf.js's text content tells neither render mode nor colour
  it('drops text drawn invisible or white on the bare page, and says so', async () => {
    const clean = await read(reportPdf(''), 'clean.pdf');
    expect(clean.original).toContain(`${BEFORE_FIGURE}12件`);
    for (const [name, figure] of [
      ['invisible.pdf', `3 Tr ${shown('9')} 0 Tr`],
      ['white.pdf', `1 1 1 rg ${shown('9')} 0 g`],
      ['near-white.pdf', `0.98 0.98 0.98 rg ${shown('9')} 0 0 0 rg`],
    ] as const) {
      const source = await read(reportPdf(figure), name);
      expect(source.original).toBe(clean.original);
      expect(source.notices).toEqual([
        'PDF 中有 1 字以看不见的方式绘制(不在图片上的隐藏文字,或不在图片、底色上的白色文字),阅读时看不见,已忽略;若它们是报告正文,请换用原始文件后再试',
      ]);
    }
  });

  // a guard (no round covered an OCR layer): a scanned page's text is drawn invisible over its picture, and is the text
  it('reads invisible text over a scan, and white text on a coloured ground', async () => {
    const clean = (await read(reportPdf(''), 'clean.pdf')).original;
    const ocr = await read(reportPdf(`3 Tr ${shown('')}`, 'q 595 0 0 842 0 0 cm /Scan Do Q 3 Tr'), 'ocr.pdf');
    expect([ocr.original, ocr.notices]).toEqual([clean, undefined]);
    const banner = await read(reportPdf(`1 1 1 rg ${shown('')} 0 g`, 'q 0.1 0.3 0.6 rg 0 0 595 842 re f Q'), 'banner.pdf');
    expect([banner.original, banner.notices]).toEqual([clean, undefined]);
  });
});

describe('a PDF whose font maps some glyphs to no character', () => {
  // each glyph numbered in the font (its character's place in the text, from 256 on), mapped back by the ToUnicode map but for the digits
  const characters = [...new Set(REPORT_LINES.join(''))];
  const glyph = (char: string) => (0x100 + characters.indexOf(char)).toString(16).padStart(4, '0');
  const unicode = (char: string) => char.codePointAt(0)!.toString(16).padStart(4, '0');
  const mapped = characters.filter((char) => !/\d/.test(char)).map((char) => `<${glyph(char)}> <${unicode(char)}>`);
  const toUnicode = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Partial-UCS def /CMapType 2 def',
    `1 begincodespacerange <0000> <FFFF> endcodespacerange ${mapped.length} beginbfchar ${mapped.join(' ')} endbfchar`,
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const stream = (data: string) => `<< /Length ${Buffer.byteLength(data, 'latin1')} >>\nstream\n${data}\nendstream`;
  const lines = REPORT_LINES.map((line, i) => `BT /F1 6 Tf 30 ${800 - 14 * i} Td <${[...line].map(glyph).join('')}> Tj ET`).join('\n');
  const pdf = new Uint8Array(
    pdfFile([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
      stream(lines),
      '<< /Type /Font /Subtype /Type0 /BaseFont /FZFS /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 8 0 R >>',
      '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /FZFS /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 1000 >>',
      '<< /Type /FontDescriptor /FontName /FZFS /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
      stream(toUnicode),
    ]),
  );

  // the figures' glyphs were read as the font's numbers, letters of Latin Extended (审查县政府规范性文件ĚĈ件), with no word
  it('marks each unmapped glyph among Chinese as unreadable, and says how many', async () => {
    const source = await ingestBytes(pdf, 'unmapped-digits.pdf');
    const digits = PLAIN.match(/\d/g)!.length;
    expect(source.original).toBe(PLAIN.replace(/\d/g, '\uFFFD'));
    expect(source.notices).toEqual([
      `PDF 中有 ${digits} 个字的字体缺少文字映射,无法识别,已替换为"\uFFFD"(该处的文字或数字缺失);请换用原始文件,或先做文字识别(OCR)再导入`,
    ]);
  });
});

describe('a text garbled once by a wrong reading that lost bytes', () => {
  // the lost characters were told as bytes "undecodable" in a file "maybe damaged": the file is whole, the reading lost them
  it('says the characters were lost by the misreading and cannot be told safely', async () => {
    const source = await ingestBytes(new Uint8Array(Buffer.from(iconv.decode(Buffer.from(PLAIN, 'utf8'), 'gbk'), 'utf8')), 'misread.txt');
    const lost = source.original.match(/\uFFFD/g)!.length;
    expect(lost).toBeGreaterThan(0);
    expect(source.notices?.[1]).toBe(
      `还原后仍有 ${lost} 处文字缺失:这些字在当初被错误读取时丢失了一个字节,原字有几十种可能,无法可靠推断,已替换为"\uFFFD";请换用未经转存的原始文件`,
    );
  });
});
