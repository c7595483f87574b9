import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import {
  bytesOf,
  cidFontPdf,
  cidHex,
  docxOfParts,
  pdfFile,
  pdfTextAt,
  readText,
  refusal,
  utf16WithoutBom,
  WORD_MAIN as WORD,
  wordDocxBetween,
  wordField as field,
  wordParagraph as paragraph,
  wordRun as run,
  wordSimpleField as simpleField,
  zipFile,
} from './hostile.js';

const title = '某某县2025年度法治政府建设情况报告';
const closing = '二、存在的不足，基层执法力量仍需充实，执法人员培训有待加强。';
const opening = '2025年，我县坚持以习近平法治思想为指导，认真落实法治政府建设实施纲要，全面推进依法行政，各项工作取得明显成效。现将有关情况报告如下，请审阅。';

describe('a Markdown report with a comment never closed', () => {
  // <!-- 待核实 stood as a line of the report, its mark and its note read
  it('reads the comment’s paragraph as hidden and the report after it, and a mark in a line’s middle as nothing', async () => {
    const markdown = `# ${title}\n\n全年审查规范性文件12件。\n\n<!-- 待核实\n原为15件\n\n办理行政复议案件46件，<!-- 含补录培训执法人员460人次。\n\n## 二、存在不足\n\n人员不足。\n`;
    expect((await readText(markdown, 'unclosed.md')).split('\n').filter((line) => line !== '')).toEqual([
      title,
      '全年审查规范性文件12件。',
      '办理行政复议案件46件，含补录培训执法人员460人次。',
      '二、存在不足',
      '人员不足。',
    ]);
  });

  it('refuses a report all inside such a comment as empty, naming the file', async () => {
    const message = await refusal(ingestBytes(bytesOf(`<!-- ${title}\n全年审查规范性文件12件。\n`), 'all-comment.md'), 'all-comment.md');
    expect(message).toContain('文件是空的');
  });
});

describe('a Markdown table with line breaks in its cells', () => {
  // the row was read as one line of a page: its <br> broke it in two, the cells after it cut off from the table
  it('reads each cell inside its row, its lines joined as the page joins them or a blank apart', async () => {
    const markdown =
      `# ${title}\n\n| 指标 | 完成情况 |\n| --- | --- |\n| 执法培训 | 培训执法人员4<br>60人次 |\n| 复议应诉 | 办理案件46件<br/>纠错率8.7% |\n` +
      `| 审查 | 文件12件 |\n\n${closing}\n`;
    expect((await readText(markdown, 'cells.md')).split('\n').filter((line) => line !== '')).toEqual([
      title,
      '指标 | 完成情况',
      '执法培训 | 培训执法人员460人次',
      '复议应诉 | 办理案件46件 纠错率8.7%',
      '审查 | 文件12件',
      closing,
    ]);
  });
});

describe('a CSV table with a line break inside a cell', () => {
  // a cell Excel let run over two lines (Alt+Enter) broke its row: its second line stood apart, the next row's 序号 kept
  it('reads the cell’s lines in its row, and a report of a paragraph a row with its lines', async () => {
    const table = '序号,指标,完成情况\r\n1,执法培训,"培训执法人员\r\n460人次"\r\n2,行政复议,"办理案件46件\n纠错率8.7%"\r\n3,合同审查,审查合同40份\r\n';
    expect((await readText(new Uint8Array(iconv.encode(table, 'gbk')), 'cells.csv')).split('\n')).toEqual([
      '指标 | 完成情况',
      '执法培训 | 培训执法人员 460人次',
      '行政复议 | 办理案件46件 纠错率8.7%',
      '合同审查 | 审查合同40份',
    ]);
    const paragraphs = `"${title}"\n"一、主要成效\n全年审查规范性文件12件。"\n"${closing}"\n`;
    expect((await readText(paragraphs, 'paragraphs.csv')).split('\n')).toEqual([title, '一、主要成效', '全年审查规范性文件12件。', closing]);
  });
});

describe('a Word document naming a page by a page field in a sentence', () => {
  // round 44 reads no page field's result; between 第 and 页 that left 详见第页 and （第页）
  it('reads the page’s number between 第 and 页, and no page number elsewhere', async () => {
    const docx = wordDocxBetween(title, closing, [
      paragraph(run('具体数据详见附表（第'), field('PAGEREF _Toc1234 \\h', '5'), run('页）。')),
      paragraph(run('各乡镇情况见本报告第 '), simpleField('PAGEREF _Ref42 \\h', '12'), run(' 页，共'), field('NUMPAGES', '20'), run('页。')),
      paragraph(run('全年办理行政复议案件46'), field('PAGE', '5'), run('件。')),
      paragraph(run('第'), field('PAGE', '3'), run('页 共'), field('NUMPAGES', '9'), run('页')),
    ]);
    expect((await readText(docx, 'page-named.docx')).split('\n')).toEqual([
      title,
      '具体数据详见附表（第5页）。',
      '各乡镇情况见本报告第 12 页，共20页。',
      '全年办理行政复议案件46件。',
      closing,
    ]);
  });
});

describe('a Word document with a page break between a count and a month', () => {
  // round 47 keeps a month apart that would grow past two digits; 共4⏎6月 still read 共46月
  it('keeps a month apart that joined would pass the twelfth, and joins one that would not', async () => {
    const broken = (before: string, after: string) => paragraph(`<w:r><w:t>${before}</w:t><w:br w:type="page"/><w:t>${after}</w:t></w:r>`);
    const docx = wordDocxBetween(title, closing, [
      broken('全年召开政府常务会议共4', '6月起全面实行合法性审查全覆盖。'),
      broken('开展专项检查9', '3月底前全部整改。'),
      broken('2025年1', '1月召开专题会议。'),
      broken('培训执法人员共4', '60人次。'),
    ]);
    expect((await readText(docx, 'count-month.docx')).split('\n')).toEqual([
      title,
      '全年召开政府常务会议共4',
      '6月起全面实行合法性审查全覆盖。',
      '开展专项检查9',
      '3月底前全部整改。',
      '2025年11月召开专题会议。',
      '培训执法人员共460人次。',
      closing,
    ]);
  });
});

describe('a PDF page with a picture beside its text and invisible text elsewhere', () => {
  const seal = 'q 120 0 0 120 400 80 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI Q';
  const figure = `BT /F1 12 Tf 1 0 0 1 40 770 Tm ${cidHex('全年办理行政复议案件1')} Tj 3 Tr ${cidHex('9')} Tj 0 Tr ${cidHex('2件，培训460人次。')} Tj ET`;
  const keywords = `BT 3 Tr /F1 4 Tf 1 0 0 1 40 20 Tm ${cidHex('法治政府 依法行政 审查文件99件')} Tj ET`;
  const drawn = [pdfTextAt(100, 800, title), figure, pdfTextAt(40, 750, closing), pdfTextAt(400, 130, '某某县人民政府'), keywords];

  // any picture on the page (a seal under the signature) had all its invisible text read as an OCR layer: 192件
  it('reads invisible text only over the picture, in the same content stream or another', async () => {
    for (const source of [cidFontPdf([...drawn, seal].join('\n')), cidFontPdf(drawn.join('\n'), [seal])]) {
      const read = await ingestBytes(source, 'seal.pdf');
      expect(read.original.split('\n')).toEqual([title, '全年办理行政复议案件12件，培训460人次。', closing, '某某县人民政府']);
      expect(read.notices?.[0]).toContain('PDF 中有 16 字以看不见的方式绘制');
    }
    // the OCR layer over a scan is read still
    const scan = [
      'q 400 0 0 100 40 500 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI Q',
      `BT 3 Tr /F1 12 Tf 1 0 0 1 40 550 Tm ${cidHex('三、调解矛盾纠纷300件。')} Tj ET`,
    ];
    expect(
      (await readText(cidFontPdf([pdfTextAt(100, 800, title), pdfTextAt(40, 770, closing)].join('\n'), [scan.join('\n')]), 'scan.pdf')).split('\n'),
    ).toEqual([title, closing, '三、调解矛盾纠纷300件。']);
  });

  // a page of no picture run through OCR, its layer in a content stream of its own: its copy was told as hidden text
  it('tells no hidden text where an OCR layer copies the text a page shows', async () => {
    const lines = ['一、全年办理行政复议案件46件，审查合同40件。', '二、培训执法人员460人次，开展执法检查120次。'];
    const ocr = lines.map((line, i) => `BT 3 Tr /F1 11.8 Tf 1 0 0 1 40.6 ${770 - 30 * i - 0.4} Tm ${cidHex(line.replace('46件', '46仵'))} Tj ET`);
    const source = await ingestBytes(
      cidFontPdf([pdfTextAt(100, 800, title), ...lines.map((line, i) => pdfTextAt(40, 770 - 30 * i, line))].join('\n'), [ocr.join('\n')]),
      'ocr.pdf',
    );
    expect(source.original.split('\n')).toEqual([title, ...lines]);
    expect(source.notices).toBeUndefined();
  });
});

describe('an RTF document with a page break inside a figure', () => {
  const escaped = (text: string) => [...text].map((char) => (char.charCodeAt(0) > 127 ? `\\u${char.charCodeAt(0)}?` : char)).join('');
  // \page ended the paragraph: 培训4 and 60人次 were read as two paragraphs
  it('reads the figure whole, and a count and a month the break parts apart', async () => {
    const rtf =
      `{\\rtf1\\ansi\\ansicpg936\\uc1{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\\f0 ${escaped(title)}\\par ` +
      `${escaped('全年培训执法人员4')}\\page ${escaped('60人次，召开会议共4')}\\column ${escaped('6月起全面实行。')}\\par ` +
      `${escaped('一、主要举措')}\\page ${escaped('（一）审查文件12件。')}\\par ${escaped(closing)}\\par }`;
    expect((await readText(rtf, 'page.rtf')).split('\n')).toEqual([
      title,
      '全年培训执法人员460人次，召开会议共4',
      '6月起全面实行。',
      '一、主要举措',
      '（一）审查文件12件。',
      closing,
    ]);
  });
});

// the brief's other shapes, probed and read right already: kept so they stay so
describe('tracked changes, text boxes, frames and encodings, as round 48 probed them', () => {
  const NAMESPACES =
    `xmlns:w="${WORD}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ` +
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"';

  it('reads a Word figure’s tracked change as accepted, and a text box’s alternatives once', async () => {
    const box = (...lines: string[]) => `<w:txbxContent>${lines.map((line) => paragraph(run(line))).join('')}</w:txbxContent>`;
    const alternatives = (...lines: string[]) =>
      `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>${box(...lines)}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:shape><v:textbox>${box(...lines)}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const body = [
      paragraph(run(title)),
      paragraph(
        run('办理行政复议案件4'),
        '<w:del w:id="1" w:author="审核人"><w:r><w:delText>5</w:delText></w:r></w:del>',
        `<w:ins w:id="2" w:author="审核人">${run('6')}</w:ins>`,
        run('件。'),
      ),
      paragraph(alternatives('培训执法人员460人次。', '调解纠纷120件。')),
      paragraph(
        run('审查合同4'),
        `<mc:AlternateContent><mc:Choice Requires="w14">${run('0')}</mc:Choice><mc:Fallback>${run('0')}</mc:Fallback></mc:AlternateContent>`,
        run('份。'),
      ),
      paragraph(run(closing)),
    ];
    const docx = docxOfParts({
      'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document ${NAMESPACES}><w:body>${body.join('')}</w:body></w:document>`,
    });
    expect((await readText(new Uint8Array(docx), 'boxes.docx')).split('\n').filter((line) => line !== '')).toEqual([
      title,
      '办理行政复议案件46件。',
      '培训执法人员460人次。',
      '调解纠纷120件。',
      '审查合同40份。',
      closing,
    ]);
  });

  it('reads a page’s article in a frame or a template, rubies’ bases, and figures across soft hyphens and word breaks', async () => {
    const article = `<h1>${title}</h1><p>${opening}</p><p>全年审查文件1&#173;2件，办理案件4<wbr>6件，<ruby>培<rt>péi</rt></ruby>训4&shy;60人次，调解1&ZeroWidthSpace;20件。</p><p>${closing}</p>`;
    const lines = [title, opening, '全年审查文件12件，办理案件46件，培训460人次，调解120件。', closing];
    const attribute = article.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    expect((await readText(`<html><body><div>首页 | 政务公开</div><iframe srcdoc="${attribute}"></iframe></body></html>`, 'frame.html')).split('\n')).toEqual(
      lines,
    );
    expect((await readText(`<html><body><div>首页</div><template>${article}</template><p>加载中</p></body></html>`, 'template.html')).split('\n')).toEqual(
      lines,
    );
  });

  it('reads a CSV of semicolons after a byte order mark, and texts in UTF-16 without one and in Big5', async () => {
    const csv = '\ufeff指标;数值;单位\n审查规范性文件;12;件\n培训执法人员;"1,460";人次\n';
    // (its header of the rows' label and a unit column is a table's since round 51)
    expect((await readText(csv, 'semicolons.csv')).split('\n')).toEqual(['指标 | 数值 | 单位', '审查规范性文件(件) | 12', '培训执法人员(人次) | 1,460']);
    for (const endian of ['le', 'be'] as const) {
      const text = new Uint8Array(utf16WithoutBom(`${title}\r\n全年审查文件12件，办理案件46件。\r\n${closing}\r\n`, endian));
      expect((await readText(text, 'utf16.txt')).split('\n')).toEqual([title, '全年审查文件12件，办理案件46件。', closing]);
    }
    const big5 = iconv.encode('某某縣2025年度法治政府建設情況報告\r\n全年審查規範性文件12件，辦理行政復議案件46件。\r\n', 'big5');
    const source = await ingestBytes(new Uint8Array(big5), 'big5.txt');
    expect(source.original.split('\n')).toEqual(['某某縣2025年度法治政府建設情況報告', '全年審查規範性文件12件，辦理行政復議案件46件。']);
    expect(source.traditional).toBe(true);
  });

  it('reads an RTF’s \\u escapes beside GBK bytes, and an OpenDocument figure a soft page break parts', async () => {
    const gbk = [...iconv.encode('全年审查文件', 'gbk')].map((byte) => `\\'${byte.toString(16)}`).join('');
    const rtf = `{\\rtf1\\ansi\\ansicpg936\\uc1{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\\f0 ${[...title].map((char) => `\\u${char.charCodeAt(0)}?`).join('')}\\par ${gbk}12\\u20214?\\'a1\\'a3\\par }`;
    expect((await readText(rtf, 'mixed.rtf')).split('\n')).toEqual([title, '全年审查文件12件。']);
    const namespaces = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';
    const stored = (name: string, text: string) => ({ name, data: Buffer.from(text), uncompressedSize: Buffer.byteLength(text), stored: true });
    const paragraphs = [title, '全年培训执法人员4<text:soft-page-break/>60人次，办理案件1<text:span><text:soft-page-break/></text:span>2件。', closing];
    const odt = zipFile([
      stored('mimetype', 'application/vnd.oasis.opendocument.text'),
      stored(
        'content.xml',
        `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${namespaces} office:version="1.3"><office:body><office:text>${paragraphs.map((p) => `<text:p>${p}</text:p>`).join('')}</office:text></office:body></office:document-content>`,
      ),
    ]);
    expect((await readText(new Uint8Array(odt), 'soft.odt')).split('\n')).toEqual([title, '全年培训执法人员460人次，办理案件12件。', closing]);
  });

  it('reads a PDF whose ToUnicode maps code ranges to arrays, in a CID font and in a Type3 font', async () => {
    const lines = [title, '一、全年审查文件12件，办理案件46件。', closing];
    const chars = [...new Set(lines.join(''))];
    const hex = (n: number, digits: number) => n.toString(16).padStart(digits, '0');
    const stream = (data: string) => `<< /Length ${Buffer.byteLength(data, 'latin1')} >>\nstream\n${data}\nendstream`;
    const cmap = (digits: number) =>
      `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Arrays def /CMapType 2 def\n1 begincodespacerange <${'0'.repeat(digits)}> <${'F'.repeat(digits)}> endcodespacerange\n` +
      `1 beginbfrange <${hex(1, digits)}> <${hex(chars.length, digits)}> [${chars.map((char) => `<${hex(char.codePointAt(0)!, 4)}>`).join(' ')}] endbfrange\nendcmap CMapName currentdict /CMap defineresource pop end end`;
    const content = (digits: number) =>
      lines
        .map(
          (line, i) =>
            `BT /F1 12 Tf 1 0 0 1 ${i === 0 ? 100 : 40} ${780 - 30 * i} Tm <${[...line].map((char) => hex(chars.indexOf(char) + 1, digits)).join('')}> Tj ET`,
        )
        .join('\n');
    const pdf = (font: string, digits: number, more: string[] = []) =>
      new Uint8Array(
        pdfFile([
          '<< /Type /Catalog /Pages 2 0 R >>',
          '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
          '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
          stream(content(digits)),
          font,
          stream(cmap(digits)),
          ...more,
        ]),
      );
    const cid = pdf('<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [7 0 R] /ToUnicode 6 0 R >>', 4, [
      '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 1000 >>',
      '<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
    ]);
    const type3 = pdf(
      `<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /g 7 0 R >> /Encoding << /Type /Encoding /Differences [1 ${chars.map(() => '/g').join(' ')}] >> /FirstChar 1 /LastChar ${chars.length} /Widths [${chars.map(() => 1000).join(' ')}] /ToUnicode 6 0 R /Resources << >> >>`,
      2,
      [stream('1000 0 0 0 1000 1000 d1 0 0 1000 1000 re f')],
    );
    for (const [source, file] of [
      [cid, 'arrays.pdf'],
      [type3, 'type3.pdf'],
    ] as const)
      expect((await readText(source, file)).split('\n'), file).toEqual(lines);
  });
});
