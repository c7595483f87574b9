import { promises as fs } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { findReports } from '../../src/commands/batch.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { REPORT_LINES, TRADITIONAL_TEXT } from './fixtures.js';
import { AFTER_FIGURE, BEFORE_FIGURE, bytesOf, docxOfParts, FIGURES_LINE, pdfFile, PLAIN, readText } from './hostile.js';

describe('a text whose bytes contradict its byte order mark', () => {
  const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

  // refused as "undecodable": a tool that only adds the mark left GBK bytes behind it
  it('reads GBK bytes after a UTF-8 mark as GBK, and says so', async () => {
    for (const encoding of ['gbk', 'gb18030']) {
      const source = await ingestBytes(new Uint8Array(Buffer.concat([BOM, iconv.encode(PLAIN, encoding)])), 'marked.txt');
      expect(source.original).toBe(PLAIN);
      expect(source.encoding).toBe('gb18030');
      expect(source.notices).toEqual(['文件开头标明是 UTF-8 编码(BOM),但内容是 GBK 编码,已按内容的编码读取;请核对结果,并把文件另存为统一的 UTF-8 编码']);
    }
  });

  it('still reads UTF-8 after the mark as UTF-8, a damaged byte and all, with no word of the mark', async () => {
    const source = await ingestBytes(new Uint8Array(Buffer.concat([BOM, Buffer.from(PLAIN)])), 'utf8.txt');
    expect([source.original, source.encoding, source.notices]).toEqual([PLAIN, 'utf-8', undefined]);
    const damaged = Buffer.from(PLAIN);
    damaged[damaged.indexOf('12件')] = 0xff;
    const read = await ingestBytes(new Uint8Array(Buffer.concat([BOM, damaged])), 'damaged.txt');
    expect(read.encoding).toBe('utf-8');
    expect(read.notices?.some((notice) => notice.includes('BOM'))).toBe(false);
  });
});

describe('a Word document as Word and other writers save it', () => {
  const WORD = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const document = (body: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${WORD}"><w:body>${body}</w:body></w:document>`;
  const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const docx = (body: string, parts: Record<string, string> = {}) => new Uint8Array(docxOfParts({ 'word/document.xml': document(body), ...parts }));
  const withFigure = (runs: string) =>
    REPORT_LINES.map((line) =>
      line === FIGURES_LINE ? `<w:p><w:r><w:t>${BEFORE_FIGURE}</w:t></w:r>${runs}<w:r><w:t>${AFTER_FIGURE}</w:t></w:r></w:p>` : paragraph(line),
    ).join('');

  // the title and its date, kept in one paragraph by a line break, were read as one line: 报告日期：2023-03-01
  it('ends a line where a paragraph breaks its line (or returns the carriage), its page or its column', async () => {
    const [title, date, ...rest] = REPORT_LINES;
    for (const breaking of ['<w:br/>', '<w:br w:type="textWrapping"/>', '<w:br w:type="page"/>', '<w:br w:type="column"/>', '<w:cr/>']) {
      const body = `<w:p><w:r><w:t>${title}</w:t>${breaking}<w:t>${date}</w:t></w:r></w:p>${rest.map(paragraph).join('')}`;
      expect(await readText(docx(body), 'breaks.docx')).toBe(PLAIN);
    }
  });

  // a correction struck through by a character style (an editor's 删除线 style) was read beside the figure: 15件12件
  it('drops runs a character style strikes through or hides, also by the style it is based on', async () => {
    const style = (id: string, properties: string, basedOn = '') =>
      `<w:style w:type="character" w:styleId="${id}"><w:name w:val="${id}"/>${basedOn && `<w:basedOn w:val="${basedOn}"/>`}<w:rPr>${properties}</w:rPr></w:style>`;
    const styles =
      `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${WORD}">` +
      `${style('Struck', '<w:strike/><w:color w:val="FF0000"/>')}${style('Hidden', '<w:vanish/>')}${style('StruckRed', '<w:b/>', 'Struck')}` +
      `${style('Unstruck', '<w:strike w:val="0"/>', 'Struck')}<w:style w:type="paragraph" w:styleId="Struck"><w:name w:val="p"/></w:style></w:styles>`;
    const run = (id: string, text: string, own = '') => `<w:r><w:rPr><w:rStyle w:val="${id}"/>${own}</w:rPr><w:t>${text}</w:t></w:r>`;
    for (const runs of [
      run('Struck', '15件') + run('Plain', '12件'),
      run('Hidden', '15件') + '<w:r><w:t>12件</w:t></w:r>',
      run('StruckRed', '15件') + run('Unstruck', '12件'),
      run('Struck', '15件') + run('Struck', '12件', '<w:strike w:val="false"/>'),
    ]) {
      expect(await readText(docx(withFigure(runs), { 'word/styles.xml': styles }), 'styled.docx')).toBe(PLAIN);
    }
  });

  // written with Word's namespace as the default one, its struck figure was read and its line break lost
  it('reads a document that writes no prefix at all as one writing w:', async () => {
    const [title, date] = REPORT_LINES;
    const body = `<w:p><w:r><w:t>${title}</w:t><w:br/><w:t>${date}</w:t></w:r></w:p>${withFigure(
      '<w:r><w:rPr><w:strike/></w:rPr><w:t>15件</w:t></w:r><w:r><w:t>12件</w:t></w:r>',
    )
      .split(paragraph(date!))
      .slice(1)
      .join('')}`;
    const unprefixed = document(body)
      .replace(/(<\/?)w:/g, '$1')
      .replace(`xmlns:w=`, 'xmlns=');
    expect(await readText(new Uint8Array(docxOfParts({ 'word/document.xml': unprefixed })), 'default.docx')).toBe(PLAIN);
    // a document declaring the prefix beside the default keeps a well-formed root
    const both = unprefixed.replace('xmlns=', `xmlns:w="${WORD}" xmlns=`);
    expect(await readText(new Uint8Array(docxOfParts({ 'word/document.xml': both })), 'both.docx')).toBe(PLAIN);
  });

  // Word shows a SmartArt diagram's text in its drawing; mammoth skips drawings: the steps of a process drawn as boxes were lost
  // (the drawing's own paragraph, empty of text, stands as the empty line it is)
  it('reads the text of a SmartArt diagram after its paragraph, its shapes in order, once', async () => {
    const DRAWING = 'http://schemas.openxmlformats.org/drawingml/2006/main';
    const DIAGRAM = 'http://schemas.openxmlformats.org/drawingml/2006/diagram';
    const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const shape = (id: string, lines: readonly string[], type = '') =>
      `<dgm:pt modelId="${id}"${type && ` type="${type}"`}><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/>${lines.map((line) => `<a:p><a:r><a:rPr lang="zh-CN"/><a:t>${line.slice(0, 6)}</a:t></a:r><a:r><a:t>${line.slice(6)}</a:t></a:r></a:p>`).join('')}</dgm:t></dgm:pt>`;
    const [first, second, third] = [REPORT_LINES[7]!, REPORT_LINES[9]!.split('；')[0]!, REPORT_LINES[9]!.split('；')[1]!];
    const data =
      `<?xml version="1.0" encoding="UTF-8"?><dgm:dataModel xmlns:dgm="${DIAGRAM}" xmlns:a="${DRAWING}"><dgm:ptLst>` +
      `<dgm:pt modelId="0" type="doc"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:endParaRPr/></a:p></dgm:t></dgm:pt>` +
      `${shape('1', [first])}${shape('2', [], 'parTrans')}${shape('3', [], 'sibTrans')}${shape('4', [second, third])}` +
      `<dgm:pt modelId="5" type="pres"><dgm:prSet presName="box"/><dgm:spPr/></dgm:pt></dgm:ptLst><dgm:cxnLst/></dgm:dataModel>`;
    const drawing =
      `<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="5000000" cy="3000000"/>` +
      `<a:graphic xmlns:a="${DRAWING}"><a:graphicData uri="${DIAGRAM}"><dgm:relIds xmlns:dgm="${DIAGRAM}" xmlns:r="${RELATIONSHIPS}" r:dm="rId8" r:lo="rId9" r:qs="rId10" r:cs="rId11"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
    const relations =
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId8" Type="${RELATIONSHIPS}/diagramData" Target="diagrams/data1.xml"/><Relationship Id="rId12" Type="http://schemas.microsoft.com/office/2007/relationships/diagramDrawing" Target="diagrams/drawing1.xml"/></Relationships>`;
    // Word's own rendering of the shapes, which holds their text again
    const rendered = `<dsp:drawing xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" xmlns:a="${DRAWING}"><dsp:spTree><dsp:sp><dsp:txBody><a:p><a:r><a:t>${first}</a:t></a:r></a:p></dsp:txBody></dsp:sp></dsp:spTree></dsp:drawing>`;
    const body = REPORT_LINES.slice(0, 7).map(paragraph).concat(`<w:p><w:r><w:t>${REPORT_LINES[8]}</w:t></w:r></w:p>`, `<w:p>${drawing}</w:p>`).join('');
    const parts = { 'word/_rels/document.xml.rels': relations, 'word/diagrams/data1.xml': data, 'word/diagrams/drawing1.xml': rendered };
    expect(await readText(docx(body, parts), 'smartart.docx')).toBe([...REPORT_LINES.slice(0, 7), REPORT_LINES[8], '', first, second, third].join('\n'));
    // as a choice of alternative content, beside a picture for readers without diagrams
    const alternative = `<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="dgm">${drawing.slice(5, -6)}</mc:Choice><mc:Fallback><w:t>[图]</w:t></mc:Fallback></mc:AlternateContent></w:r>`;
    expect(await readText(docx(body.replace(drawing, alternative), parts), 'smartart-choice.docx')).toContain(`${second}\n${third}`);
  });

  // a guard: already read so; a paragraph moved with changes tracked stands once, where it was moved to
  it('reads text moved with changes tracked where it was moved to, and not where it was', async () => {
    const moved = (tag: string, text: string) =>
      `<w:${tag} w:id="3" w:author="审核人"><w:r>${tag === 'moveFrom' ? `<w:delText>${text}</w:delText>` : `<w:t>${text}</w:t>`}</w:r></w:${tag}>`;
    const runs = `${moved('moveFrom', '12件')}${moved('moveTo', '12件')}`;
    expect(await readText(docx(withFigure(runs)), 'moved.docx')).toBe(PLAIN);
    const plainRuns = `<w:moveFrom w:id="4" w:author="审核人"><w:r><w:t>12件</w:t></w:r></w:moveFrom><w:moveTo w:id="5" w:author="审核人"><w:r><w:t>12件</w:t></w:r></w:moveTo>`;
    expect(await readText(docx(withFigure(plainRuns)), 'moved-text.docx')).toBe(PLAIN);
  });
});

describe('a flat OpenDocument text (.fodt)', () => {
  const ns = (prefix: string, name: string) => `xmlns:${prefix}="urn:oasis:names:tc:opendocument:xmlns:${name}:1.0"`;
  const NAMESPACES = [ns('office', 'office'), ns('text', 'text'), ns('style', 'style'), ns('table', 'table')].join(' ');
  const flat = (lines: readonly string[], type = 'text') =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<office:document ${NAMESPACES} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.${type}">` +
    '<office:meta><meta:generator xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0">某办公软件/7.5</meta:generator></office:meta>' +
    '<office:settings><config:config-item xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" config:name="PrinterName">办公室打印机</config:config-item></office:settings>' +
    '<office:automatic-styles><style:style style:name="T1" style:family="text"><style:text-properties style:text-line-through-style="solid"/></style:style></office:automatic-styles>' +
    '<office:master-styles><style:master-page style:name="Standard"><style:header><text:p>某某县人民政府办公室</text:p></style:header></style:master-page></office:master-styles>' +
    `<office:body><office:text>${lines.map((line) => `<text:p>${line}</text:p>`).join('')}</office:text></office:body></office:document>`;
  const lines = REPORT_LINES.map((line) => (line === FIGURES_LINE ? line.replace('12件', '<text:span text:style-name="T1">15件</text:span>12件') : line));

  // read as a text, it was the markup of the whole document on one line: no report
  it('reads its body as an .odt’s, not its properties, settings or page headers', async () => {
    const source = await ingestBytes(bytesOf(flat(lines)), '报告.fodt');
    expect([source.format, source.original]).toEqual(['odt', PLAIN]);
    // by its content, whatever its name; in UTF-16 as in UTF-8
    expect(await readText(iconv.encode(flat(lines), 'utf-16le', { addBOM: true }), 'export.xml')).toBe(PLAIN);
  });

  // a guard: a flat spreadsheet is no text, and is not taken for one
  it('reads no other flat document as a text, and batch picks .fodt reports in a folder', async () => {
    expect((await ingestBytes(bytesOf(flat(['甲'], 'spreadsheet')), 'sheet.fods')).format).toBe('txt');
    const top = tempDir('duibiao-fodt-');
    await fs.mkdir(path.join(top, 'in'));
    await Promise.all(['a.fodt', 'b.FODT'].map((name) => fs.writeFile(path.join(top, 'in', name), '')));
    const found = await findReports([path.join(top, 'in')], path.join(top, 'out'));
    expect(found.files.map((file) => path.basename(file))).toEqual(['a.fodt', 'b.FODT']);
    await fs.rm(top, { recursive: true, force: true });
  });
});

describe('a Rich Text Format document with shapes and associated fonts', () => {
  const inBytes = (text: string, encoding = 'gbk') =>
    [...text]
      .map((char) => (char.charCodeAt(0) < 0x80 ? char : [...iconv.encode(char, encoding)].map((byte) => `\\'${byte.toString(16).padStart(2, '0')}`).join('')))
      .join('');
  const HEADER = String.raw`{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset134 SimSun;}}`;

  // Word keeps a text box's text in the shape's instructions, an ignorable group: the box was lost with what it held
  it('reads a text box once, after the paragraph it is anchored in, and not its copy for readers without shapes', async () => {
    const [title, ...rest] = REPORT_LINES;
    const shape = (text: string) =>
      String.raw`{\shp{\*\shpinst\shpleft0\shptop0\shpright5000\shpbottom800{\sp{\sn shapeType}{\sv 202}}{\sp{\sn fillColor}{\sv 16777215}}{\shptxt \pard\plain ${inBytes(text)}\par}}` +
      String.raw`{\shprslt{\*\do\dobxcolumn\dobypara\dodhgt8192\dptxbx{\pard ${inBytes(text)}\par}}}}`;
    const document = `${HEADER}\n\\pard ${shape(title!)}\\par\n${rest.map((line) => `\\pard ${inBytes(line)}\\par`).join('\n')}}`;
    expect(await readText(document, 'box.rtf')).toBe(PLAIN);
    // a shape in a page header is not read with the header's text
    const inHeader = `${HEADER}{\\header \\pard ${shape('某某县人民政府')}\\par}\n${REPORT_LINES.map((line) => `\\pard ${inBytes(line)}\\par`).join('\n')}}`;
    expect(await readText(inHeader, 'header.rtf')).toBe(PLAIN);
  });

  // a document in a Western code page naming its Chinese font only for double-byte text (\dbch\afN) was "garbled"
  it('reads bytes above ASCII in the associated font of double-byte or high bytes', async () => {
    const western = String.raw`{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}{\f13\fnil\fcharset134 SimSun;}{\f14\fnil\fcharset136 MingLiU;}}`;
    for (const [run, encoding] of [
      [String.raw`\rtlch\fcs1 \af0 \ltrch\fcs0 \f0\hich\af0\dbch\af13\loch\f0`, 'gbk'],
      [String.raw`\loch\af0\hich\af13\dbch\af13`, 'gbk'],
      [String.raw`\f0\hich\af13`, 'gbk'],
    ] as const) {
      const lines = REPORT_LINES.map((line) => `\\pard {${run} ${inBytes(line, encoding)}}\\par`);
      expect(await readText(`${western}\n${lines.join('\n')}}`, 'associated.rtf')).toBe(PLAIN);
    }
    const traditional = TRADITIONAL_TEXT.split('\n').map((line) => `\\pard {\\f0\\dbch\\af14 ${inBytes(line, 'big5')}}\\par`);
    expect(await readText(`${western}\n${traditional.join('\n')}}`, 'big5.rtf')).toBe(TRADITIONAL_TEXT);
    // Latin-1 text in a Western font is still read as Latin-1, whatever its associated font
    const accented = String.raw`${western}\pard {\f0\dbch\af13\loch\f0 Caf\'e9 ${inBytes(PLAIN).replace(/\n/g, '\\par ')}}\par}`;
    expect(await readText(accented, 'latin.rtf')).not.toContain('Café');
  });
});

describe('a PDF page turned by /Rotate, its text drawn running up or down the page', () => {
  const stream = (data: string) => `<< /Length ${Buffer.byteLength(data, 'latin1')} >>\nstream\n${data}\nendstream`;
  /** Every character a CID of its own code point, mapped back to it by the ToUnicode map. */
  const IDENTITY_UNICODE = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0000> <FFFF> <0000> endbfrange',
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  /** How far `text` advances at size 8: ASCII half as far as other characters (the font's widths). */
  const advance = (text: string) => [...text].reduce((sum, char) => sum + (char.charCodeAt(0) < 0x80 ? 4 : 8), 0);
  /** A line's pieces and where each starts: a table row's cells (apart by tabs) 60 points apart, other lines 12 characters a piece. */
  const pieces = (line: string) => {
    const cells = line.includes('\t') ? line.split('\t') : line.match(/.{1,12}/g)!;
    return cells.map((text, k) => ({ text, at: line.includes('\t') ? k * 140 : advance(cells.slice(0, k).join('')) }));
  };
  const hex = (line: string) => `<${[...line].map((char) => char.codePointAt(0)!.toString(16).padStart(4, '0')).join('')}>`;
  /**
   * A page of the report's lines, each drawn in pieces of 12 characters in two fonts by turns (as a
   * font change or a figure drawn apart splits a line), the piece starting `at` points into line `i` placed by the text matrix
   * `matrix(i, at)` gives; the page in `box` turned by `rotate`.
   */
  const pagePdf = (matrix: (i: number, at: number) => string, box: string, rotate = 0, lines: readonly string[] = REPORT_LINES) =>
    new Uint8Array(
      pdfFile([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        `<< /Type /Page /Parent 2 0 R /MediaBox [${box}] /Rotate ${rotate} /Resources << /Font << /F1 5 0 R /F2 9 0 R >> >> /Contents 4 0 R >>`,
        stream(
          `BT ${lines.flatMap((line, i) => pieces(line).map((piece, k) => `/F${(k % 2) + 1} 1 Tf ${matrix(i, piece.at)} Tm ${hex(piece.text)} Tj`)).join(' ')} ET`,
        ),
        '<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 8 0 R >>',
        `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 1000 /W [32 [${Array(95).fill(500).join(' ')}]] >>`,
        '<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
        stream(IDENTITY_UNICODE),
        '<< /Type /Font /Subtype /Type0 /BaseFont /SimHei /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 8 0 R >>',
      ]),
    );

  // a guard: prose was read so already (pdf.js ends its lines itself), also drawn in pieces
  it('reads a turned page of prose as the same page drawn upright', async () => {
    const upright = await readText(
      pagePdf((i, at) => `8 0 0 8 ${20 + at} ${560 - 20 * i}`, '0 0 842 595'),
      'upright.pdf',
    );
    expect(upright).toBe(PLAIN);
    expect(
      await readText(
        pagePdf((i, at) => `0 8 -8 0 ${35 + 20 * i} ${20 + at}`, '0 0 595 842', 90),
        'turned-90.pdf',
      ),
    ).toBe(upright);
    expect(
      await readText(
        pagePdf((i, at) => `0 -8 8 0 ${560 - 20 * i} ${820 - at}`, '0 0 595 842', 270),
        'turned-270.pdf',
      ),
    ).toBe(upright);
    expect(
      await readText(
        pagePdf((i, at) => `-8 0 0 -8 ${820 - at} ${35 + 20 * i}`, '0 0 842 595', 180),
        'turned-180.pdf',
      ),
    ).toBe(upright);
  });

  // a landscape table set on a portrait page and turned for viewing: each cell was read as a line of its own
  it('reads the rows of a turned table as the rows of the table upright', async () => {
    const rows = [
      ['类别', '项目', '数量'],
      ['决策', '审查规范性文件', '12件'],
      ['执法', '培训执法人员', '460人次'],
    ];
    const tablePdf = (matrix: (row: number, at: number) => string, box: string, rotate = 0) =>
      pagePdf(matrix, box, rotate, [...REPORT_LINES.slice(0, 4), ...rows.map((cells) => cells.join('\t'))]);
    const upright = await readText(
      tablePdf((i, at) => `8 0 0 8 ${20 + at} ${560 - 20 * i}`, '0 0 842 595'),
      'upright.pdf',
    );
    expect(upright).toContain('决策 | 审查规范性文件 | 12件');
    expect(
      await readText(
        tablePdf((i, at) => `0 8 -8 0 ${35 + 20 * i} ${20 + at}`, '0 0 595 842', 90),
        'table-90.pdf',
      ),
    ).toBe(upright);
  });
});

describe('a web page that shows its article oddly', () => {
  const page = (body: string, charset = 'utf-8') => `<html><head><meta charset="${charset}"><title>报告</title></head><body>${body}</body></html>`;
  const paragraphs = (lines: readonly string[]) => lines.map((line) => `<p>${line}</p>`).join('');
  const escaped = (html: string) => html.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

  // a portal's viewer writing the article into an inline frame: the page was "empty"
  it('reads an article written into an inline frame (<iframe srcdoc>), the largest one', async () => {
    const frames = `<iframe srcdoc="${escaped('<p>分享到：微信</p>')}"></iframe><iframe class="viewer" srcdoc="${escaped(page(paragraphs(REPORT_LINES)))}"></iframe>`;
    expect(await readText(page(frames), 'framed.html')).toBe(PLAIN);
  });

  // a guard: already read so; paragraphs kept apart by <br> only, and a table of figures inside a table of layout
  it('reads paragraphs apart by <br> alone, and a table nested in a layout table as its rows', async () => {
    for (const separator of ['<br>', '<br><br>', '<br/>\n<br/>', '<br>&nbsp;<br>']) {
      expect(await readText(page(`<div class="article">${REPORT_LINES.join(separator)}</div>`), 'br.html')).toBe(PLAIN);
    }
    const figures = '<table><tr><td>审查文件</td><td>12件</td></tr><tr><td>培训</td><td>460人次</td></tr></table>';
    const layout = `<table><tr><td class="sidebar">栏目导航</td><td>${paragraphs(REPORT_LINES)}${figures}</td></tr></table>`;
    expect(await readText(page(layout), 'nested.html')).toBe(`${PLAIN}\n审查文件 | 12件\n培训 | 460人次`);
  });

  // a guard: already read so; a page whose <meta charset> names the encoding it was not saved in
  it('reads the bytes in the encoding they are in, whatever <meta charset> says', async () => {
    const [gbkDeclared, utf8Declared] = [page(paragraphs(REPORT_LINES), 'gb2312'), page(paragraphs(REPORT_LINES), 'utf-8')];
    expect(await readText(Buffer.from(gbkDeclared), 'utf8-bytes.html')).toBe(PLAIN);
    expect(await readText(iconv.encode(utf8Declared, 'gbk'), 'gbk-bytes.html')).toBe(PLAIN);
  });
});

describe('a text as old tools and odd names leave it', () => {
  // CR-only line ends (old Mac) were read so already; a form feed between pages (pdftotext, a print to a file) was a
  // blank line, which ended a paragraph the page break cut: its wrapped lines were not joined again
  it('reads CR-only line ends as line ends, and a form feed with the line end it stands at as that line end', async () => {
    expect(await readText(REPORT_LINES.join('\r'), 'mac.txt')).toBe(PLAIN);
    for (const pageEnd of ['\n\f', '\r\n\f', '\f\n', '\f']) {
      const paged = `${REPORT_LINES.slice(0, 6).join('\n')}${pageEnd}${REPORT_LINES.slice(6).join('\n')}\f`;
      expect(await readText(paged, 'paged.txt')).toBe(PLAIN);
    }
    // every paragraph hard-wrapped at a page's width, as a PDF's text is copied out
    const wrapped = REPORT_LINES.flatMap((line) => line.match(/.{1,24}/g)!).join('\n');
    const unpaged = await readText(wrapped, 'wrapped.txt');
    expect(unpaged).toContain(FIGURES_LINE);
    const lineBreaks = [...wrapped.matchAll(/\n/g)].map((match) => match.index);
    expect(await readText(`${wrapped.slice(0, lineBreaks[7])}\n\f${wrapped.slice(lineBreaks[7]! + 1)}`, 'wrapped-paged.txt')).toBe(unpaged);
  });

  // a guard: already read so; a name with spaces and Chinese characters, and none with no extension, read by its content
  it('checks a report named with spaces, in Chinese, or with no extension, and names it as given', async () => {
    const dir = tempDir('duibiao-names-');
    for (const name of ['某某县 2022年 报告.txt', '法治政府建设报告', '报告.final version']) {
      await fs.writeFile(path.join(dir, name), PLAIN);
      const run = runCli(['facts', name], { cwd: dir });
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`文件:${name}`);
      expect(run.stdout).toContain('「合法性审查率达到100％」');
    }
    await fs.rm(dir, { recursive: true, force: true });
  });
});
