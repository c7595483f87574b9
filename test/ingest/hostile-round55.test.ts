import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import {
  cidFontPdf,
  cidHex,
  docxOfParts,
  odtOf,
  pdfTextAt,
  readText,
  refusal,
  stored,
  WORD_MAIN,
  wordParagraph as paragraph,
  wordRun as run,
  zipFile,
} from './hostile.js';

const title = '渚溪县2025年度法治政府建设情况报告';
const figures = '全年审查规范性文件17件，办理行政复议案件52件，培训执法人员380人次。';
const more = '出具法律意见书41份，调解纠纷136件，行政机关负责人出庭应诉率达100%。';
const closing = '三、存在的不足，乡镇执法力量仍较薄弱，执法人员培训有待加强。';
const REPORT = [title, figures, more, closing];

const filled = async (input: Uint8Array | string, file: string) => (await readText(input, file)).split('\n').filter((text) => text !== '');
const read = async (input: Uint8Array, file: string) => {
  const source = await ingestBytes(input, file);
  return [source.original.split('\n').filter((text) => text !== ''), source.notices];
};
const CUT = '文件在一个字的中间结束(最后一个字只有前半部分,已略去);文件可能没有下载或复制完整,请核对结尾是否缺少内容';

describe('a text cut short inside a character', () => {
  const cut = (bytes: Buffer, by = 1) => new Uint8Array(bytes.subarray(0, bytes.length - by));
  // a download or a copy that stopped at a byte count: UTF-16 without a BOM cut at an odd byte was refused as binary
  // data; GBK and UTF-8 ended in "�" and were told as damaged where only the last character was cut
  it('reads UTF-16 without a BOM cut at an odd byte, and tells the text was cut', async () => {
    const text = [title, figures, more, closing].join('\r\n');
    const wanted = [REPORT.slice(0, 3).concat(closing.slice(0, -1)), [CUT]];
    expect(await read(cut(iconv.encode(text, 'utf-16le', { addBOM: false })), '截断.txt')).toEqual(wanted);
    expect(await read(cut(iconv.encode(text, 'utf-16be', { addBOM: false })), 'be.txt')).toEqual(wanted);
    expect(await read(cut(iconv.encode(text, 'utf-16le', { addBOM: true })), 'bom.txt')).toEqual(wanted);
  });

  it('reads GBK, GB18030 and UTF-8 cut inside their last character without the part, and tells so', async () => {
    const text = [title, figures, more, closing].join('\r\n');
    const wanted = [REPORT.slice(0, 3).concat(closing.slice(0, -1)), [CUT]];
    expect(await read(cut(iconv.encode(text, 'gbk')), 'gbk.txt')).toEqual(wanted);
    expect(await read(cut(Buffer.from(text)), 'utf8.txt')).toEqual(wanted);
    expect(await read(cut(Buffer.from(text), 2), 'utf8-2.txt')).toEqual(wanted);
    // a four-byte character cut after its second or third byte, or its first
    for (const by of [1, 2, 3]) expect(await read(cut(iconv.encode(`${text}𠮷`, 'gb18030'), by), `gb18030-${by}.txt`), String(by)).toEqual([REPORT, [CUT]]);
  });

  it('tells nothing of a text that ends whole, and still tells of a character undecoded inside the text', async () => {
    const text = [title, figures, more, closing].join('\r\n');
    expect(await read(new Uint8Array(iconv.encode(text, 'utf-16le', { addBOM: false })), 'whole.txt')).toEqual([REPORT, undefined]);
    const inside = iconv.encode([title, figures, more, closing].join('\n'), 'gbk');
    inside[inside.indexOf('\n') + 5] = 0xff;
    const [lines, notices] = await read(new Uint8Array(inside), 'inside.txt');
    expect([lines![3], notices]).toEqual([closing, ['有 2 处字节无法解码,已替换为"\uFFFD",该处文字缺失(文件可能已损坏)']]);
    // a digit after an undecoded byte at the end of GBK text is no four-byte character's
    const digit = Buffer.concat([iconv.encode(`${title}\n${figures}\n${closing}`, 'gbk'), Buffer.from([0xff, 0x34])]);
    expect((await read(new Uint8Array(digit), 'digit.txt'))[0]).toEqual([title, figures, `${closing}\uFFFD4`]);
  });

  it('refuses a text of nothing but a cut character as empty, naming it', async () => {
    expect(await refusal(ingestBytes(new Uint8Array([0xb0]), '残片.txt'), '残片.txt')).toContain('文件是空的');
  });
});

describe('a Word document’s wrappers its mc:ProcessContent names', () => {
  const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
  const document = (body: string, compatibility: string) =>
    new Uint8Array(
      docxOfParts({
        'word/document.xml':
          `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD_MAIN}" xmlns:mc="${MC}" xmlns:gw="http://example.cn/genwriter/2024" ${compatibility}>` +
          `<w:body>${paragraph(run(title))}${body}${paragraph(run(closing))}</w:body></w:document>`,
      }),
    );
  // a generator's own elements around runs and paragraphs (a track of its template fields), in a namespace it declares
  // ignorable and whose content it asks readers to read: mammoth skipped them with their runs, a figure or a paragraph lost
  it('reads the runs and paragraphs inside the wrappers named, by name or by prefix:*', async () => {
    const body =
      `<w:p>${run('全年审查规范性文件')}<gw:field gw:id="3">${run('17')}</gw:field>${run('件，办理行政复议案件52件，培训执法人员380人次。')}</w:p>` +
      `<gw:block>${paragraph(run(more))}</gw:block>`;
    expect(await filled(document(body, 'mc:Ignorable="gw" mc:ProcessContent="gw:field gw:block"'), 'named.docx')).toEqual(REPORT);
    expect(await filled(document(body, 'mc:Ignorable="gw" mc:ProcessContent="gw:*"'), 'star.docx')).toEqual(REPORT);
  });

  it('skips an ignorable element not named, with its content, and one named whose namespace is not ignorable', async () => {
    const body = `${paragraph(run(figures))}<gw:note>${paragraph(run('此段为模板说明，不属正文。'))}</gw:note>${paragraph(run(more))}`;
    expect(await filled(document(body, 'mc:Ignorable="gw" mc:ProcessContent="gw:field"'), 'other.docx')).toEqual(REPORT);
    const named = `${paragraph(run(figures))}<gw:field>${paragraph(run('此段为模板说明，不属正文。'))}</gw:field>${paragraph(run(more))}`;
    expect(await filled(document(named, 'mc:ProcessContent="gw:field"'), 'unignorable.docx')).toEqual(REPORT);
  });
});

describe('Markdown’s code spans', () => {
  // a figure or a name set as code (`17`件, ``a`b``): the backticks stood between the figure and its unit
  it('reads a code span’s text without its backticks and its padding blanks', async () => {
    const md = [`# ${title}`, '', '全年审查规范性文件`17`件，办理行政复议案件`` 52 ``件，培训执法人员``380`人次``。', '', more, '', closing].join('\n');
    expect(await filled(md, 'code.md')).toEqual([title, '全年审查规范性文件17件，办理行政复议案件52件，培训执法人员380`人次。', more, closing]);
  });

  it('leaves a lone backtick, an escaped one, and a fenced block’s text as written', async () => {
    const md = [
      `# ${title}`,
      '',
      '命令行中的 ` 号保持原样。',
      '',
      '反引号写作 \\`17\\` 时照原样显示。',
      '',
      '```',
      '办理行政复议案件52件',
      '```',
      '',
      closing,
    ].join('\n');
    expect(await filled(md, 'lone.md')).toEqual([title, '命令行中的 ` 号保持原样。', '反引号写作 `17` 时照原样显示。', '办理行政复议案件52件', closing]);
  });
});

describe('guards: shapes read right already', () => {
  it('reads an odt’s soft page break inside a word and its spaces inside a figure', async () => {
    const odt = odtOf(
      `<text:p>${title}</text:p><text:p>全年审查规范性文件17件，办理行政<text:soft-page-break/>复议案件5<text:s/>2件，培训执法人员3<text:s text:c="2"/>80人次。</text:p>` +
        `<text:p>${more}</text:p><text:p>${closing}</text:p>`,
    );
    expect(await filled(odt, 'soft.odt')).toEqual(REPORT);
  });

  it('reads an odt’s comment inside a figure as none of its text', async () => {
    const annotation = '<office:annotation><dc:creator>审核人</dc:creator><text:p>请核实数据</text:p></office:annotation>';
    const odt = odtOf(
      `<text:p>${title}</text:p><text:p>全年审查规范性文件17${annotation}件，办理行政复议案件52件，培训执法人员380人次。</text:p><text:p>${more}</text:p><text:p>${closing}</text:p>`,
    );
    expect(await filled(odt, 'comment.odt')).toEqual(REPORT);
  });

  it('reads a mail’s flowed lines with deleted spaces whole, a figure they part among them', async () => {
    const mail = [
      'From: a@example.cn',
      'To: b@example.cn',
      'Subject: x',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes',
      'Content-Transfer-Encoding: 8bit',
      '',
      title,
      '全年审查规范性文件1 ',
      '7件，办理行政复议案件52件， ',
      '培训执法人员380人次。',
      more,
      closing,
      '',
    ].join('\r\n');
    expect(await filled(mail, 'flowed.eml')).toEqual(REPORT);
  });

  it('reads a PDF’s seal text, rotated or not, apart from the line of figures it lies over', async () => {
    const lines = [pdfTextAt(50, 800, title), pdfTextAt(50, 780, figures), pdfTextAt(50, 760, more), pdfTextAt(50, 740, closing)];
    const rotated = `BT /F1 14 Tf 0.866 0.5 -0.5 0.866 200 770 Tm ${cidHex('渚溪县人民政府')} Tj ET`;
    expect((await filled(cidFontPdf([...lines, rotated].join('\n')), 'seal.pdf')).slice(0, 4)).toEqual(REPORT);
    const straight = `BT /F1 14 Tf 1 0 0 1 180 776 Tm ${cidHex('专用章')} Tj ET`;
    expect((await filled(cidFontPdf([...lines, straight].join('\n')), 'seal2.pdf')).slice(0, 4)).toEqual(REPORT);
  });

  it('reads a cell’s blank lines (<br>s) as nothing, and a caption’s unit on the table’s figures', async () => {
    const page = `<h1>${title}</h1><table><tr><td>项目</td><td>数量</td></tr><tr><td>审查规范性文件<br><br>（件）</td><td><br>17<br></td></tr></table><p>${closing}</p>`;
    expect(await filled(page, 'br.html')).toEqual([title, '项目 | 数量', '审查规范性文件 （件） | 17', closing]);
    const caption = `<h1>${title}</h1><table><caption>主要指标（单位：件）</caption><tr><th>项目</th><th>2025年</th></tr><tr><td>审查规范性文件</td><td>17</td></tr></table><p>${closing}</p>`;
    expect(await filled(caption, 'caption.html')).toEqual([title, '主要指标（单位：件）', '项目 | 2025年', '审查规范性文件(件) | 17', closing]);
  });

  it('reads an RTF’s text in a Big5 font inside a GBK document, and a text whose lines end in CR alone', async () => {
    const bytes = (text: string, encoding: string) =>
      [...iconv.encode(text, encoding)].map((byte) => (byte < 0x80 ? String.fromCharCode(byte) : `\\'${byte.toString(16)}`)).join('');
    const rtf =
      `{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}{\\f1\\fnil\\fcharset136 MingLiU;}}\\f0 ${bytes(title, 'gbk')}\\par ` +
      `\\f1 ${bytes('全年審查規範性文件17件。', 'big5')}\\par \\f0 ${bytes(closing, 'gbk')}\\par }`;
    expect(await filled(rtf, 'big5.rtf')).toEqual([title, '全年審查規範性文件17件。', closing]);
    expect(await filled(REPORT.join('\r'), 'cr.txt')).toEqual(REPORT);
  });

  it('reads Markdown’s emphasis closed after Chinese punctuation and struck figures as shown', async () => {
    const md = [
      `# ${title}`,
      '',
      '全年审查规范性文件**17件，**办理行政复议案件*52件*，培训执法人员__380人次__。',
      '',
      '调解纠纷~~135~~136件。',
      '',
      closing,
    ].join('\n');
    expect(await filled(md, 'emphasis.md')).toEqual([title, figures, '调解纠纷136件。', closing]);
  });
});

describe('a PDF’s replacement text (/ActualText)', () => {
  const span = (actual: string, glyphs: string) => `/Span << /ActualText ${actual} >> BDC ${cidHex(glyphs)} Tj EMC`;
  const shown = (text: string) => `${cidHex(text)} Tj`;
  const line = (y: number, ...parts: string[]) => `BT /F1 12 Tf 1 0 0 1 50 ${y} Tm ${parts.join(' ')} ET`;
  // a figure drawn in glyphs of a font's own (private-use characters, or characters its map gets wrong), its text in the
  // mark around them: pdf.js reads the glyphs only, and the figure was lost (审查规范性文件件) or read as the glyphs show
  it('reads a marked sequence’s replacement text where its glyphs stand, in a literal or a UTF-16 string', async () => {
    const content = [
      pdfTextAt(50, 800, title),
      line(
        780,
        shown('全年审查规范性文件'),
        span('(17)', '\uE001\uE002'),
        shown('件，办理行政复议案件'),
        span('<FEFF00350032>', 'ＸＸ'),
        shown('件，培训执法人员380人次。'),
      ),
      line(
        760,
        `/P << /MCID 4 >> BDC ${cidHex('出具法律意见书41份，')} Tj EMC`,
        span('(\\061\\063\\066)', '\uE003'),
        shown('件行政机关负责人出庭应诉率达100%。'),
      ),
      pdfTextAt(50, 740, closing),
    ].join('\n');
    expect(await filled(cidFontPdf(content), 'actual.pdf')).toEqual([title, figures, '出具法律意见书41份，136件行政机关负责人出庭应诉率达100%。', closing]);
  });

  it('reads an outer sequence’s text for all it holds, an empty one as nothing, and a page’s second stream after its first', async () => {
    const nested = line(
      780,
      shown('全年审查规范性文件'),
      `/Span << /ActualText (17) >> BDC /Span << /ActualText (99) >> BDC ${cidHex('\uE001')} Tj EMC ${cidHex('\uE002')} Tj EMC`,
      shown('件，办理行政复议案件52件，培训执法人员380人次。'),
    );
    const empty = line(760, shown('出具法律意见书41份，调解纠纷136件，'), span('()', '\u00AD'), shown('行政机关负责人出庭应诉率达100%。'));
    const first = [`/Artifact BMC ${pdfTextAt(50, 820, '第1页')} EMC`, pdfTextAt(50, 800, title), nested].join('\n');
    expect(await filled(cidFontPdf(first, [empty, pdfTextAt(50, 740, closing)]), 'nested.pdf')).toEqual([title, figures, more, closing]);
  });

  it('reads a page whose sequences pdf.js counts otherwise (in a form it draws) as pdf.js reads it, and text with no mark as written', async () => {
    const content = [pdfTextAt(50, 800, title), line(780, shown('全年审查规范性文件17件，'), span('(52)', '\uE001')), pdfTextAt(50, 740, closing)].join('\n');
    const form = `/Span << /ActualText (41) >> BDC ${pdfTextAt(50, 760, '出具法律意见书')} EMC`;
    const pdf = cidFontPdf(`${content}\n/Fm1 Do`, [], `/XObject << /Fm1 9 0 R >>`);
    const withForm = Buffer.concat([
      Buffer.from(pdf),
      Buffer.from(
        `\n9 0 obj\n<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Length ${form.length} >>\nstream\n${form}\nendstream\nendobj\n`,
      ),
    ]);
    const read = await filled(new Uint8Array(withForm), 'form.pdf');
    expect(read[0]).toBe(title);
    expect(read).toContain(closing);
    expect(await filled(cidFontPdf([pdfTextAt(50, 800, title), pdfTextAt(50, 780, figures), pdfTextAt(50, 760, closing)].join('\n')), 'plain.pdf')).toEqual([
      title,
      figures,
      closing,
    ]);
  });
});

describe('a footnote’s number raised after a figure in an RTF document or an OpenDocument text', () => {
  const unicode = (text: string) => [...text].map((char) => (char.charCodeAt(0) < 0x80 ? char : `\\u${char.charCodeAt(0)}?`)).join('');
  const rtf = (body: string) =>
    `{\\rtf1\\ansi\\ansicpg936\\uc1{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\\f0 ${unicode(title)}\\par ${body}\\par ${unicode(closing)}\\par }`;
  // a note's number typed raised, not a note of Word's (\chftn): read as the figure's last digit (17, a raised 1, 件 was 171件)
  it('reads an RTF’s raised or lowered mark beside a figure as none of its digits, by \\super, \\up and \\sub', async () => {
    const body = `${unicode('全年审查规范性文件17')}{\\super 1}${unicode('件，办理行政复议案件52')}{\\up6\\fs16 [2]}${unicode('件，培训执法人员380')}\\sub 3\\nosupersub ${unicode('人次。')}`;
    expect(await filled(rtf(body), 'marks.rtf')).toEqual([title, figures, closing]);
  });

  it('reads an RTF’s raised power after a letter, digits raised inside a figure and text set back on its line as written', async () => {
    const body = `${unicode('新增绿地12km')}\\super 2\\nosupersub ${unicode('，培训执法人员1')}{\\sub 2}${unicode('3人次，纠错率8.')}{\\super 7}%${unicode('，审查文件1')}{\\up0 7}${unicode('件。')}`;
    expect(await filled(rtf(body), 'kept.rtf')).toEqual([title, '新增绿地12km2，培训执法人员123人次，纠错率8.7%，审查文件17件。', closing]);
  });

  const odt = (body: string) =>
    new Uint8Array(
      zipFile([
        stored('mimetype', 'application/vnd.oasis.opendocument.text'),
        stored(
          'content.xml',
          '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.3">' +
            '<office:automatic-styles><style:style style:name="T1" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>' +
            '<style:style style:name="T2" style:family="text"><style:text-properties style:text-position="-33% 58%"/></style:style>' +
            '<style:style style:name="T3" style:family="text" style:parent-style-name="T1"/>' +
            '<style:style style:name="T4" style:family="text"><style:text-properties style:text-position="0% 100%"/></style:style></office:automatic-styles>' +
            `<office:body><office:text><text:p>${title}</text:p>${body}<text:p>${closing}</text:p></office:text></office:body></office:document-content>`,
        ),
      ]),
    );
  it('reads an OpenDocument text’s raised or lowered mark beside a figure as none of its digits, a power and a span on its line as written', async () => {
    const span = (style: string, text: string) => `<text:span text:style-name="${style}">${text}</text:span>`;
    const marks = `<text:p>全年审查规范性文件17${span('T1', '1')}件，办理行政复议案件52${span('T2', '[2]')}件，培训执法人员380${span('T3', '3')}人次。</text:p>`;
    const kept = `<text:p>新增绿地12km${span('T1', '2')}，审查文件1${span('T4', '7')}件。</text:p>`;
    expect(await filled(odt(marks + kept), 'marks.odt')).toEqual([title, figures, '新增绿地12km2，审查文件17件。', closing]);
  });
});

describe('thousands set apart by a thin or hair space', () => {
  // SI style and typesetting (LaTeX's \,, a page's &thinsp;) part a figure's thousands by a thin space: the figure fell in
  // two (培训执法人员1 200人次 read 200人次)
  it('reads a figure whose thousands a thin or hair space parts whole, in a text and a page', async () => {
    const text = [title, '培训执法人员1\u2009380人次，发放资料12\u200a500份，投入经费3\u2009000.5万元。', closing];
    expect(await filled(text.join('\n'), 'thin.txt')).toEqual([title, '培训执法人员1380人次，发放资料12500份，投入经费3000.5万元。', closing]);
    expect(await filled(`<h1>${title}</h1><p>培训执法人员1&thinsp;380人次，发放资料12&#8202;500份。</p><p>${closing}</p>`, 'thin.html')).toEqual([
      title,
      '培训执法人员1380人次，发放资料12500份。',
      closing,
    ]);
  });

  it('leaves years side by side and a list’s number before a figure apart', async () => {
    const text = [title, '2024\u20092025年度对比：', '1.\u2009380人次参加培训。', closing];
    expect(await filled(text.join('\n'), 'years.txt')).toEqual(text);
  });
});
