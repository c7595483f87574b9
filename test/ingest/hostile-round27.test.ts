import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { ingestBytes } from '../../src/ingest/index.js';
import { REPORT_LINES } from './fixtures.js';
import { bytesOf, docxOfParts, FIGURES_LINE, pdfFile, PLAIN, readText } from './hostile.js';

/** The sample report, its line of figures' 12件 written by `figure`. */
const withFigure = (figure: string) => REPORT_LINES.map((line) => (line === FIGURES_LINE ? line.replace('12件', figure) : line));

describe('what a browser shows of a page', () => {
  const paragraphs = (lines: readonly string[]) => lines.map((line) => `<p>${line}</p>`).join('');
  const page = (body: string) => `<html><head><meta charset="utf-8"></head><body>${body}</body></html>`;

  // an anti-copy trick as display:none is: read as shown, it was 192件
  it('drops text set at no size, and reads a block that sets a size again inside one of none', async () => {
    for (const size of ['0', '0px', '0pt', '0.0em']) {
      expect(await readText(page(paragraphs(withFigure(`1<span style="color:#fff;font-size:${size}">9</span>2件`))), 'a.html')).toContain(FIGURES_LINE);
    }
    const row = `<div style="font-size:0">${REPORT_LINES.map((line) => `<p style="font-size: 16px">${line}</p>`).join(' ')}</div>`;
    expect(await readText(page(row), 'row.html')).toBe(await readText(page(paragraphs(REPORT_LINES)), 'plain.html'));
  });

  // a figure corrected in place was read as both, 15件12件
  it('drops struck text, as withdrawn', async () => {
    for (const struck of ['<del>15件</del>', '<s>15件</s>', '<strike>15件</strike>', '<span style="text-decoration: line-through red">15件</span>']) {
      expect(await readText(page(paragraphs(withFigure(`${struck}12件`))), 'a.html')).toContain(FIGURES_LINE);
    }
  });

  // a browser shows the sidebar first, but the page is given for its article: the sidebar was read as the report
  it('reads an article hidden until a script shows it, not the sidebar shown beside it', async () => {
    const sidebar = `<div class="side"><h3>要闻</h3>${paragraphs(Array.from({ length: 8 }, (_, i) => `第${i + 1}条：某某镇召开安全生产工作会议并部署下一阶段任务`))}</div>`;
    const hiddenArticle = `<div class="detail" style="display: none">${paragraphs(REPORT_LINES)}</div>`;
    expect(await readText(page(sidebar + hiddenArticle), 'a.html')).toBe(PLAIN);
  });

  // XML reads CDATA as text, HTML as a comment: such an XHTML page was "empty"
  it('reads the CDATA sections of an XHTML page', async () => {
    const xhtml = `<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>报告</title></head><body>${REPORT_LINES.map((line) => `<p><![CDATA[${line}]]></p>`).join('\n')}</body></html>`;
    expect(await readText(xhtml, 'a.xhtml')).toBe(PLAIN);
  });

  // a text box's content was dropped as a form control's: the page was "empty"
  it('reads an article set in a text box, as its lines or as the markup an editor keeps there', async () => {
    expect(await readText(page(`<textarea readonly rows="40">\n${REPORT_LINES.join('\n\n')}\n</textarea>`), 'lines.html')).toBe(PLAIN);
    const markup = paragraphs(REPORT_LINES).replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(await readText(page(`<form><textarea id="editor">${markup}</textarea></form>`), 'markup.html')).toBe(PLAIN);
  });
});

describe('a text in two encodings or in UTF-7', () => {
  const utf8Part = Buffer.from(`${REPORT_LINES.slice(0, 5).join('\n')}\n`);
  const utf16Part = (bom: boolean) => iconv.encode(REPORT_LINES.slice(5).join('\n'), 'utf-16le', { addBOM: bom });

  // a UTF-8 file with a UTF-16 one (Notepad's "Unicode") joined after it was "binary data"
  it('reads a UTF-8 text with a UTF-16 part after it, each in its encoding, and says so', async () => {
    for (const bom of [true, false]) {
      const source = await ingestBytes(new Uint8Array(Buffer.concat([utf8Part, utf16Part(bom)])), 'joined.txt');
      expect(source.original).toBe(PLAIN);
      expect(source.encoding).toBe('utf-8+utf-16le');
      expect(source.notices).toEqual([
        `文件混用了 UTF-8 和 UTF-16 两种编码(从第 ${utf8Part.length + 1} 字节起为 UTF-16,可能是两个文件拼接而成),已分别按各自的编码读取;请核对结果,并把文件另存为统一的 UTF-8 编码`,
      ]);
    }
  });

  // read as ASCII it was +Z9Bn0FO/TrpsEWU-…, "not a report" with no word of why
  it('reads UTF-7 as the Chinese it encodes, and leaves ASCII with a stray +abcd as it is', async () => {
    const source = await ingestBytes(new Uint8Array(iconv.encode(PLAIN, 'utf7')), 'utf7.txt');
    expect(source.encoding).toBe('utf-7');
    expect(source.original).toBe(PLAIN);
    const ascii = await ingestBytes(bytesOf('Reviewed in C++ and Java; call +abcd-123 for the county office. Twelve documents were reviewed.'), 'ascii.txt');
    expect(ascii.encoding).toBe('utf-8');
    expect(ascii.original).toContain('+abcd-123');
  });
});

describe('a Word document written by other tools', () => {
  const NAMESPACES =
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"';
  const document = (paragraphs: readonly string[]) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NAMESPACES}><w:body>${paragraphs.join('')}</w:body></w:document>`;
  const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const plainDocx = () => docxOfParts({ 'word/document.xml': document(REPORT_LINES.map(paragraph)) });

  // its parts were decoded as UTF-8: "damaged"
  it('reads XML parts in UTF-16, with or without a byte order mark', async () => {
    const xml = document(REPORT_LINES.map(paragraph)).replace('UTF-8', 'UTF-16');
    const expected = await readText(new Uint8Array(plainDocx()), 'plain.docx');
    for (const encoded of [iconv.encode(xml, 'utf-16le', { addBOM: true }), iconv.encode(xml, 'utf-16be', { addBOM: false })]) {
      expect(await readText(new Uint8Array(docxOfParts({ 'word/document.xml': encoded })), 'utf16.docx')).toBe(expected);
    }
  });

  // exporters on Windows write word\document.xml, which Word opens: it was "damaged"
  it('reads a package whose entry names use backslashes', async () => {
    const backslashed = docxOfParts({ 'word\\document.xml': document(REPORT_LINES.map(paragraph)) });
    expect(await readText(new Uint8Array(backslashed), 'windows.docx')).toBe(await readText(new Uint8Array(plainDocx()), 'plain.docx'));
  });

  // mammoth skips Office Math with its text: 全年审查规范性文件件
  it('reads the figures of an equation, a fraction with its slash and brackets', async () => {
    const run = (text: string) => `<m:r><w:rPr><w:rFonts w:ascii="Cambria Math"/></w:rPr><m:t>${text}</m:t></m:r>`;
    const equation = (math: string) => `<m:oMath>${math}</m:oMath>`;
    const lines = [
      `<w:p><w:r><w:t>全年审查规范性文件</w:t></w:r>${equation(run('12'))}<w:r><w:t>件。</w:t></w:r></w:p>`,
      `<w:p><w:r><w:t>纠错率为</w:t></w:r><m:oMathPara>${equation(`<m:f><m:num>${run('3')}</m:num><m:den><m:d><m:dPr><m:begChr m:val="["/><m:endChr m:val="]"/></m:dPr><m:e>${run('40+10')}</m:e></m:d></m:den></m:f>${run('=6%')}`)}</m:oMathPara><w:r><w:t>。</w:t></w:r></w:p>`,
    ];
    const text = await readText(
      new Uint8Array(docxOfParts({ 'word/document.xml': document([...REPORT_LINES.slice(0, 4).map(paragraph), ...lines]) })),
      'math.docx',
    );
    expect(text).toContain('全年审查规范性文件12件。');
    expect(text).toContain('纠错率为3/[40+10]=6%。');
  });

  // a font's own glyph between two digits parted the figure: 2件 was read
  it('reads a figure whole across a private-use character, in Word or in a text', async () => {
    const docx = docxOfParts({ 'word/document.xml': document(withFigure('1\uE0002件').map(paragraph)) });
    expect(await readText(new Uint8Array(docx), 'private.docx')).toContain(FIGURES_LINE);
    expect(await readText(withFigure('1\u{F0001}2件').join('\n'), 'private.txt')).toContain(FIGURES_LINE);
  });
});

describe('a PDF drawn by hand', () => {
  const pdf = (content: string, annotations: readonly string[] = []) =>
    pdfFile([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R${annotations.length > 0 ? ` /Annots [${annotations.map((_, i) => `${i + 6} 0 R`).join(' ')}]` : ''} >>`,
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
      '<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>',
      ...annotations,
    ]);
  const LINES = ['Heading: results of the year', 'The county reviewed 12 normative documents.', '12', 'Officers trained: 460.'];
  /** Each line in a TJ array; with `twice`, each glyph drawn again 0.3 pt to the right of itself (Courier's glyphs are 600 units wide). */
  const drawn = (twice: boolean) =>
    LINES.map((line, i) => `BT /F1 12 Tf 72 ${720 - i * 20} Td [${[...line].map((c) => (twice ? `(${c}) 575 (${c})` : `(${c})`)).join(' ')}] TJ ET`).join('\n');

  // the run-level check of round 26 saw runs of two glyphs each: 12 read 1122
  it('reads a glyph drawn twice a hair apart (bold faked glyph by glyph) once', async () => {
    const once = await readText(new Uint8Array(pdf(drawn(false))), 'once.pdf');
    expect(await readText(new Uint8Array(pdf(drawn(true))), 'twice.pdf')).toBe(once);
    expect(once).toContain('reviewed 12 normative');
  });

  // with an empty text layer it was a "scan"
  it('reads the text typed over a page in boxes and form fields, not its comments', async () => {
    const typed = 'The county reviewed 12 normative documents this year.';
    const annotations = [
      `<< /Type /Annot /Subtype /FreeText /Rect [72 700 520 760] /Contents (${typed}) /DA (/Helv 12 Tf 0 g) >>`,
      '<< /Type /Annot /Subtype /Widget /FT /Tx /T (trained) /Rect [72 600 520 640] /V (Officers trained: 460.) /DA (/Helv 12 Tf 0 g) >>',
      "<< /Type /Annot /Subtype /Text /Rect [72 500 90 520] /Contents (A reviewer's note, shown only when opened.) >>",
    ];
    // Latin lines are broken at their words; the words are what counts
    const text = (await readText(new Uint8Array(pdf('', annotations)), 'typed.pdf')).replace(/\n/g, ' ');
    expect(text).toContain(typed);
    expect(text).toContain('Officers trained: 460.');
    expect(text).not.toContain('reviewer');
  });
});
