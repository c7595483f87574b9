import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import { docxOfParts, odtOf, readText, refusal, stored, WORD_MAIN, wordDocxBetween, wordParagraph as paragraph, wordRun as run, zipFile } from './hostile.js';

const title = '澄岭县2025年度法治政府建设情况报告';
const figures = '全年审查规范性文件17件，办理行政复议案件52件，培训执法人员380人次。';
const more = '出具法律意见书41份，调解纠纷136件，行政机关负责人出庭应诉率达100%。';
const closing = '三、存在的不足，乡镇执法力量仍较薄弱，执法人员培训有待加强。';
const REPORT = [title, figures, more, closing];

const filled = async (input: Uint8Array | string, file: string) => (await readText(input, file)).split('\n').filter((text) => text !== '');
/** The text with its ASCII digits written in another script's, whose zero is `zero`. */
const inDigits = (text: string, zero: number) => text.replace(/\d/g, (digit) => String.fromCodePoint(zero + Number(digit)));

describe('figures written in another script’s digits', () => {
  // a right-to-left layout or input method, a bilingual text, a styled text pasted (𝟏𝟕): the figures were no figures
  // (全年审查规范性文件١٧件 had no 17件)
  it('reads Arabic-Indic, Persian, Tibetan, Mongolian and mathematical digits as the figures they show', async () => {
    const zeros = [0x660, 0x6f0, 0xf20, 0x1810, 0x966, 0x1d7ce, 0x1d7ec];
    for (const zero of zeros) {
      const text = [title, inDigits(figures, zero), inDigits(more, zero), closing].join('\n');
      expect(await filled(text, 'digits.txt'), zero.toString(16)).toEqual(REPORT);
    }
    // the mathematical ones in every style (bold, double-struck, sans-serif, sans-serif bold, monospace), in a page and a Word document
    const styled = [0, 10, 20, 30, 40].map((run) => inDigits('52', 0x1d7ce + run)).join('、');
    expect(await filled(`<p>${title}</p><p>五类案件分别为${styled}件。</p>`, 'styled.html')).toEqual([title, '五类案件分别为52、52、52、52、52件。']);
    const docx = wordDocxBetween(title, closing, [paragraph(run('全年审查规范性文件'), run(inDigits('17', 0x660)), run('件。'))]);
    expect(await filled(docx, 'digits.docx')).toEqual([title, '全年审查规范性文件17件。', closing]);
  });

  it('leaves full-width digits as written, and reads a figure whose digits bidirectional marks part whole', async () => {
    expect(await filled([title, '全年审查规范性文件１７件。', closing].join('\n'), 'wide.txt')).toEqual([title, '全年审查规范性文件１７件。', closing]);
    const marked = figures.replace('17', '\u20681\u20697').replace('52', '\u2067\u200f52\u2069').replace('380', '3\u200e8\u202a0\u202c');
    expect(await filled([title, marked, closing].join('\n'), 'marks.txt')).toEqual([title, figures, closing]);
  });
});

describe('Markdown’s highlights and escapes', () => {
  // Typora's and Obsidian's ==highlight== stood between the figure and its unit; \, \% \$ kept their backslash in the figure
  it('reads a highlighted figure and every escaped punctuation mark as shown', async () => {
    const md = [
      `# ${title}`,
      '',
      '全年审查规范性文件==17==件，培训执法人员==380人次==，纠错率为11\\.1%。',
      '',
      '调解纠纷1\\,360件，调解成功率达99\\.5\\%，投入经费\\$12万元\\;办结率\\=100%。',
      '',
      closing,
    ].join('\n');
    expect(await filled(md, 'marks.md')).toEqual([
      title,
      '全年审查规范性文件17件，培训执法人员380人次，纠错率为11.1%。',
      '调解纠纷1,360件，调解成功率达99.5%，投入经费$12万元;办结率=100%。',
      closing,
    ]);
  });

  it('leaves equals signs that mark nothing, a heading’s underline, a table’s escaped bar and a backslash before a letter', async () => {
    const md = [
      `${title}`,
      '===',
      '',
      '收案数 == 结案数，条件 a==b 成立，C:\\dir 保持不变。',
      '',
      '| 指标 | 数量（件） |',
      '|---|---|',
      '| 审查\\|备案 | 17 |',
    ].join('\n');
    expect(await filled(md, 'plain.md')).toEqual([title, '收案数 == 结案数，条件 a==b 成立，C:\\dir 保持不变。', '指标 | 数量（件）', '审查｜备案(件) | 17']);
  });
});

describe('a sheet saved as text under .txt', () => {
  const header = '项目\t2024年\t2025年';
  const rows = ['审查规范性文件（件）\t15\t17', '办理行政复议案件（件）\t48\t52', '培训执法人员（人次）\t"1,200"\t"1,380"'];
  const READ = ['项目 | 2025年 | 2024年', '审查规范性文件（件） | 17 | 15', '办理行政复议案件（件） | 52 | 48', '培训执法人员（人次） | 1,380 | 1,200'];
  // Excel's and WPS's 文本文件(制表符分隔) / Unicode 文本 quote a cell holding a comma or a line break: the row of
  // "1,200" kept its quotation marks and tabs and was no row of the table; a cell's line break broke its row in two
  it('reads its quoted cells without their marks and a cell’s line break inside its row, in UTF-16 and GBK', async () => {
    const sheet = [header, ...rows, '"行政机关负责人出庭\n应诉率（%）"\t95\t100'].join('\r\n');
    const wanted = [...READ, '行政机关负责人出庭 应诉率（%） | 100 | 95'];
    expect(await filled(new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sheet, 'utf16le')])), 'sheet.txt')).toEqual(wanted);
    expect(await filled(new Uint8Array(iconv.encode(sheet, 'gbk')), 'sheet-gbk.txt')).toEqual(wanted);
  });

  it('reads a text set with tabs but quoting no cell, and one whose rows differ in width, as a text', async () => {
    expect(await filled([header, ...rows.slice(0, 2)].join('\n'), 'tabs.txt')).toEqual(READ.slice(0, 3));
    const prose = [title, '"法治政府"建设\t"1,200"', figures, closing];
    expect(await filled(prose.join('\n'), 'prose.txt')).toEqual(prose);
  });

  it('refuses a sheet of empty cells as a file with no text, naming it', async () => {
    expect(await refusal(ingestBytes(new Uint8Array(Buffer.from('""\t""\r\n""\t""\r\n')), '空表.txt'), '空表.txt')).toContain('文件是空的');
  });
});

describe('WordArt drawn as VML in a Word document', () => {
  const VML = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"';
  const document = (body: string) =>
    new Uint8Array(
      docxOfParts({
        'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD_MAIN}" ${VML}><w:body>${body}</w:body></w:document>`,
      }),
    );
  const shapeType =
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t"/><v:textpath on="t" fitshape="t"/></v:shapetype>';
  const wordArt = (text: string, quote = '"') =>
    `<w:r><w:pict>${shapeType}<v:shape id="WordArt1" type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:430pt;height:50pt" fillcolor="red" stroked="f">` +
    `<v:textpath style="font-family:&quot;方正小标宋简体&quot;;font-size:36pt" trim="t" string=${quote}${text}${quote}/></v:shape></w:pict></w:r>`;
  const body = [paragraph(run(figures)), paragraph(run(closing))];
  // a red-headed document made from a .doc (its issuing organ, or its title, as WordArt): mammoth does not read a text
  // path's string, and the organ or the whole title was lost
  it('reads a red header’s organ and a title drawn as WordArt where they stand, a line of the art a line', async () => {
    const redHeader = [paragraph(wordArt('澄岭县人民政府文件')), paragraph(run('澄政发〔2026〕3号')), paragraph(run(title)), ...body].join('');
    expect(await filled(document(redHeader), 'red.docx')).toEqual(['澄岭县人民政府文件', '澄政发〔2026〕3号', title, figures, closing]);
    expect(await filled(document([paragraph(wordArt(title, "'")), ...body].join('')), 'art.docx')).toEqual([title, figures, closing]);
    const twoLines = [paragraph(wordArt('澄岭县人民政府&#xA;澄岭县司法局')), paragraph(run(title)), ...body].join('');
    expect(await filled(document(twoLines), 'two.docx')).toEqual(['澄岭县人民政府', '澄岭县司法局', title, figures, closing]);
  });

  it('reads WordArt that is a drawing’s fallback once, and a shape type’s text path as nothing', async () => {
    const box = `<wps:txbx><w:txbxContent>${paragraph(run('澄岭县人民政府文件'))}</w:txbxContent></wps:txbx>`;
    const choice =
      '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wp:anchor ' +
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
      '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">' +
      `${box}</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>${wordArt('澄岭县人民政府文件').slice('<w:r>'.length, -'</w:r>'.length)}</mc:Fallback></mc:AlternateContent>`;
    const doubled = [`<w:p><w:r>${choice}</w:r></w:p>`, paragraph(run(title)), ...body].join('');
    expect(await filled(document(doubled), 'choice.docx')).toEqual(['澄岭县人民政府文件', title, figures, closing]);
    const typeOnly = [`<w:p><w:r><w:pict>${shapeType}</w:pict></w:r></w:p>`, paragraph(run(title)), ...body].join('');
    expect(await filled(document(typeOnly), 'type.docx')).toEqual([title, figures, closing]);
  });
});

describe('WordArt in an RTF document and an OpenDocument text', () => {
  const unicode = (text: string) => [...text].map((char) => (char.charCodeAt(0) < 0x80 ? char : `\\u${char.charCodeAt(0)}?`)).join('');
  const head = '{\\rtf1\\ansi\\ansicpg936\\uc1{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\\f0 ';
  const property = (name: string, value: string) => `{\\sp{\\sn ${name}}{\\sv ${value}}}`;
  const shape = (...properties: string[]) =>
    `{\\shp{\\*\\shpinst\\shpleft0\\shptop0\\shpright8000\\shpbottom1000${properties.join('')}}{\\shprslt{\\*\\do\\dobxcolumn}}}`;
  const rtf = (first: string) => `${head}${first}\\par ${unicode('澄政发〔2026〕3号')}\\par ${[title, figures, closing].map(unicode).join('\\par ')}\\par }`;
  // Word saves a red header's WordArt as a shape whose gtextUNICODE property holds its text: skipped with the shape's
  // other properties, the issuing organ was lost
  it('reads WordArt’s text where its shape stands, and none of the shape’s other properties', async () => {
    const art = shape(property('shapeType', '136'), property('gtextUNICODE', unicode('澄岭县人民政府文件')), property('gtextFont', unicode('方正小标宋简体')));
    expect(await filled(rtf(art), 'art.rtf')).toEqual(['澄岭县人民政府文件', '澄政发〔2026〕3号', title, figures, closing]);
    const plain = shape(property('shapeType', '1'), property('wzName', unicode('矩形 2')), property('wzDescription', unicode('红色分隔线')));
    expect(await filled(rtf(plain), 'plain.rtf')).toEqual(['澄政发〔2026〕3号', title, figures, closing]);
  });

  it('reads an OpenDocument text’s fontwork as the shape’s paragraph', async () => {
    const fontwork =
      '<text:p><draw:custom-shape draw:name="艺术字1" svg:width="15cm" svg:height="2cm" text:anchor-type="paragraph"><text:p>澄岭县人民政府文件</text:p>' +
      '<draw:enhanced-geometry draw:type="fontwork-plain-text" draw:text-path="true"/></draw:custom-shape></text:p>';
    const odt = odtOf(`${fontwork}${[title, figures, closing].map((text) => `<text:p>${text}</text:p>`).join('')}`);
    expect(await filled(odt, 'fontwork.odt')).toEqual(['澄岭县人民政府文件', title, figures, closing]);
  });
});

describe('guards: shapes earlier rounds’ mechanisms read', () => {
  it('reads an article in a declarative shadow root, in ld+json’s articleBody and in __NEXT_DATA__’s content', async () => {
    const page = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
    const paragraphs = [figures, more, closing].map((text) => `<p>${text}</p>`).join('');
    expect(
      await filled(page(`<h1>${title}</h1><x-article><template shadowrootmode="open"><div>${paragraphs}</div></template></x-article>`), 'shadow.html'),
    ).toEqual(REPORT);
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: title, articleBody: [figures, more, closing].join('\n') });
    expect(await filled(page(`<div id="app">加载中…</div><script type="application/ld+json">${ld}</script>`), 'ld.html')).toEqual(REPORT);
    const next = JSON.stringify({ props: { pageProps: { article: { title, content: paragraphs } } } });
    expect(await filled(page(`<div id="__next"></div><script id="__NEXT_DATA__" type="application/json">${next}</script>`), 'next.html')).toEqual(REPORT);
  });

  it('reads an RTF’s \\upr pair once and a \\uc2 text’s GBK fallbacks not at all', async () => {
    const gbk = (text: string) => [...iconv.encode(text, 'gbk')].map((byte) => (byte < 0x80 ? String.fromCharCode(byte) : `\\'${byte.toString(16)}`)).join('');
    const unicode = (text: string) => [...text].map((char) => (char.charCodeAt(0) < 0x80 ? char : `\\u${char.charCodeAt(0)}?`)).join('');
    const upr = (text: string) => `{\\upr{${gbk(text)}}{\\*\\ud{${unicode(text)}}}}`;
    const head = '{\\rtf1\\ansi\\ansicpg936\\uc1{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\\f0 ';
    expect(await filled(`${head}${upr(title)}\\par ${upr(figures)}\\par ${gbk(closing)}\\par }`, 'upr.rtf')).toEqual([title, figures, closing]);
    const uc2 = [...figures].map((char) => (char.charCodeAt(0) < 0x80 ? char : `\\u${char.charCodeAt(0)}${gbk(char)}`)).join('');
    expect(await filled(`${head.replace('\\uc1', '\\uc2')}${gbk(title)}\\par ${uc2}\\par ${gbk(closing)}\\par }`, 'uc2.rtf')).toEqual([
      title,
      figures,
      closing,
    ]);
  });

  it('reads a Word field nested in a field’s code by the outer result, and OpenDocument’s fields by theirs', async () => {
    const field = (code: string, result: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r>${code}<w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const inner = field('<w:r><w:instrText> SEQ 表 \\c </w:instrText></w:r>', '9');
    const nested = field(`<w:r><w:instrText> = </w:instrText></w:r>${inner}<w:r><w:instrText> *2 </w:instrText></w:r>`, '18');
    const docx = wordDocxBetween(title, closing, [paragraph(run('全年审查规范性文件'), nested, run('件，办理行政复议案件52件。'))]);
    expect(await filled(docx, 'nested.docx')).toEqual([title, '全年审查规范性文件18件，办理行政复议案件52件。', closing]);
    const odt = odtOf(
      `<text:p>${title}</text:p><text:p>全年审查规范性文件<text:sequence text:name="n" text:formula="ooow:17">17</text:sequence>件，办理行政复议案件` +
        `<text:user-field-get text:name="a">52</text:user-field-get>件，出具法律意见书<text:expression text:formula="ooow:40+1">41</text:expression>份。</text:p><text:p>${closing}</text:p>`,
    );
    expect(await filled(odt, 'fields.odt')).toEqual([title, '全年审查规范性文件17件，办理行政复议案件52件，出具法律意见书41份。', closing]);
  });

  it('reads a mail’s body under a charset label iconv does not know, and text whose BOM names another encoding', async () => {
    const mail = (charset: string, bytes: Buffer) =>
      new Uint8Array(
        Buffer.concat([
          Buffer.from(`From: a@example.cn\r\nTo: b@example.cn\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset="${charset}"\r\n`),
          Buffer.from(`Content-Transfer-Encoding: base64\r\n\r\n${bytes.toString('base64').replace(/.{76}/g, '$&\r\n')}\r\n`),
        ]),
      );
    const body = REPORT.join('\r\n');
    for (const [charset, encoding] of [
      ['x-mac-chinesesimp', 'gbk'],
      ['x-cp20936', 'gbk'],
      ['unicode', 'utf16le'],
      ['unicodeFFFE', 'utf16be'],
      ['utf8mb4', 'utf8'],
    ]) {
      expect(await filled(mail(charset!, iconv.encode(body, encoding!)), `${charset}.eml`), charset).toEqual(REPORT);
    }
    expect(await filled(new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body)])), 'utf8-bom16.txt')).toEqual(REPORT);
    expect(await filled(new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode(body, 'gbk')])), 'gbk-bom8.txt')).toEqual(REPORT);
    const rare = REPORT.map((line) => line.replace('澄岭', '𠮷岭')).join('\r\n');
    expect(await filled(new Uint8Array(iconv.encode(rare, 'gb18030')), 'rare.txt')).toEqual(rare.split('\r\n'));
  });

  it('refuses a workbook named .txt, naming it', async () => {
    const workbook = new Uint8Array(zipFile([stored('[Content_Types].xml', '<Types/>'), stored('xl/workbook.xml', '<workbook/>')]));
    expect(await refusal(ingestBytes(workbook, '报表.txt'), '报表.txt')).toContain('Excel 表格(.xlsx)');
  });
});
