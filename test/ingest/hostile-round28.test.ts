import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { findReports } from '../../src/commands/batch.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { REPORT_LINES } from './fixtures.js';
import { bytesOf, docxOfParts, FIGURES_LINE, pdfFile, PLAIN, readText, refusal, zipFile } from './hostile.js';

describe('a Word document as its author left it', () => {
  const WORD = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const MATH = 'http://schemas.openxmlformats.org/officeDocument/2006/math';
  const document = (paragraphs: readonly string[], namespaces = `xmlns:w="${WORD}" xmlns:m="${MATH}"`) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${namespaces}><w:body>${paragraphs.join('')}</w:body></w:document>`;
  const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const docx = (paragraphs: readonly string[], namespaces?: string) => new Uint8Array(docxOfParts({ 'word/document.xml': document(paragraphs, namespaces) }));
  /** The figures line with its 12件 in the runs `figure` gives, the rest of it in plain runs. */
  const figureParagraph = (figure: string) => {
    const [before, after] = FIGURES_LINE.split('12件');
    return `<w:p><w:r><w:t>${before}</w:t></w:r>${figure}<w:r><w:t>${after}</w:t></w:r></w:p>`;
  };
  const withFigureParagraph = (figure: string) => REPORT_LINES.map((line) => (line === FIGURES_LINE ? figureParagraph(figure) : paragraph(line)));

  // a figure corrected in place, the old one struck through, was read as both: 15件12件
  it('drops struck text, single or double, as withdrawn; reads text whose strike is set off', async () => {
    for (const strike of ['<w:strike/>', '<w:dstrike/>', '<w:strike w:val="true"/>', '<w:dstrike w:val="1"/>']) {
      const struck = `<w:r><w:rPr><w:color w:val="FF0000"/>${strike}</w:rPr><w:t>15件</w:t></w:r><w:r><w:t>12件</w:t></w:r>`;
      expect(await readText(docx(withFigureParagraph(struck)), 'struck.docx')).toBe(PLAIN);
    }
    for (const off of ['<w:strike w:val="0"/>', '<w:strike w:val="false"/>', '<w:dstrike w:val="off"/>']) {
      const notStruck = `<w:r><w:rPr>${off}</w:rPr><w:t>12件</w:t></w:r>`;
      expect(await readText(docx(withFigureParagraph(notStruck)), 'unstruck.docx')).toBe(PLAIN);
    }
  });

  // with changes tracked, the deleted figure stands beside the inserted one
  it('reads a tracked insertion as the text and drops a tracked deletion', async () => {
    const change = (tag: string, run: string) => `<w:${tag} w:id="1" w:author="审核人" w:date="2023-02-01T00:00:00Z">${run}</w:${tag}>`;
    const tracked = change('del', '<w:r><w:delText>15件</w:delText></w:r>') + change('ins', '<w:r><w:t>12件</w:t></w:r>');
    expect(await readText(docx(withFigureParagraph(tracked)), 'tracked.docx')).toBe(PLAIN);
  });

  // namespaces go by their names: a document binding Word's or Office Math's to other prefixes read "empty" or lost its figure
  it('reads equations and struck runs under prefixes of its own choosing', async () => {
    const equation = '<o:oMath><o:r><o:t>12</o:t></o:r></o:oMath><x:r><x:rPr><x:strike/></x:rPr><x:t>15</x:t></x:r><x:r><x:t>件</x:t></x:r>';
    const lines = REPORT_LINES.map((line) => (line === FIGURES_LINE ? figureParagraph(equation) : paragraph(line))).map((xml) =>
      xml.replace(/(<\/?)w:/g, '$1x:'),
    );
    const rebound = `<x:document xmlns:x="${WORD}" xmlns:o="${MATH}"><x:body>${lines.join('')}</x:body></x:document>`;
    expect(await readText(new Uint8Array(docxOfParts({ 'word/document.xml': rebound })), 'prefixes.docx')).toBe(PLAIN);
  });
});

describe('an OpenDocument text, as LibreOffice and WPS save it', () => {
  const NAMESPACES = {
    office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
    text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
    table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
    style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
    draw: 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0',
  };
  const declared = (prefixes: Record<keyof typeof NAMESPACES, string>) =>
    Object.entries(prefixes)
      .map(([name, prefix]) => `xmlns:${prefix}="${NAMESPACES[name as keyof typeof NAMESPACES]}"`)
      .join(' ');
  const STANDARD = { office: 'office', text: 'text', table: 'table', style: 'style', draw: 'draw' };
  const content = (body: string, styles = '', prefixes = STANDARD) =>
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${declared(prefixes)} office:version="1.3">` +
    `<office:automatic-styles>${styles}</office:automatic-styles><office:body><office:text>` +
    `<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/></text:sequence-decls>${body}</office:text></office:body></office:document-content>`;
  const stored = (name: string, text: string) => {
    const data = Buffer.from(text);
    return { name, data, uncompressedSize: data.length, stored: true };
  };
  const odt = (contentXml: string, extra: ReadonlyArray<[string, string]> = []) =>
    new Uint8Array(
      zipFile([
        stored('mimetype', 'application/vnd.oasis.opendocument.text'),
        stored('content.xml', contentXml),
        stored('META-INF/manifest.xml', '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'),
        ...extra.map(([name, text]) => stored(name, text)),
      ]),
    );
  const paragraph = (text: string) => `<text:p text:style-name="P1">${text}</text:p>`;
  const heading = (text: string) => `<text:h text:outline-level="1">${text}</text:h>`;
  const isHeading = (line: string) => /^[一二三四五六七八九十]+、/.test(line);
  const body = (lines: readonly string[]) => lines.map((line) => (isHeading(line) ? heading(line) : paragraph(line))).join('');

  // refused with "save as .docx": WPS and LibreOffice save .odt as they are asked to
  it('reads paragraphs and headings as Word documents are read', async () => {
    const source = await ingestBytes(odt(content(body(REPORT_LINES))), '报告.odt');
    expect(source.format).toBe('odt');
    expect(source.original).toBe(PLAIN);
  });

  // notes were lost with their figures; a .docx's are read after their paragraph
  it('reads lists, sections and text boxes, spaces and line breaks, notes where they are printed; skips comments and tables of contents', async () => {
    const [title, date, ...rest] = REPORT_LINES;
    const lines = [
      `<text:table-of-content text:name="目录"><text:index-body><text:p>一、主要举措和成效<text:tab/>1</text:p></text:index-body></text:table-of-content>`,
      paragraph(
        `${title}<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>本报告数据截至年底。</text:p></text:note-body></text:note>`,
      ),
      paragraph(
        `${date!.slice(0, 2)}<office:annotation><text:p>请核对日期</text:p></office:annotation>${date!.slice(2)}<text:note text:note-class="endnote"><text:note-citation>i</text:note-citation><text:note-body><text:p>资料来源：县司法局。</text:p></text:note-body></text:note>`,
      ),
      `<text:section text:name="正文"><text:list><text:list-item>${body(rest.slice(0, 2))}</text:list-item><text:list-item><text:list>${body(rest.slice(2, 4))}</text:list></text:list-item></text:list></text:section>`,
      paragraph(`<draw:frame draw:name="框"><draw:text-box>${body(rest.slice(4))}</draw:text-box></draw:frame>`),
    ];
    expect(await readText(odt(content(lines.join(''))), 'lists.odt')).toBe([title, '本报告数据截至年底。', date, ...rest, '资料来源：县司法局。'].join('\n'));
    const spaced = paragraph('审查文件<text:s text:c="3"/>12件<text:line-break/>培训<text:tab/>460人次');
    expect(await readText(odt(content(body(REPORT_LINES) + spaced)), 'spaced.odt')).toMatch(/审查文件 +12件\n培训\s+460人次$/);
  });

  // Word's automatic numbers are typed in; LibreOffice's were lost, and with them the outline
  it('types in the numbers of numbered lists and headings as LibreOffice shows them', async () => {
    const level = (n: number, format: string, suffix: string, extra = '') =>
      `<text:list-level-style-number text:level="${n}" style:num-format="${format}" style:num-suffix="${suffix}"${extra}/>`;
    const styles =
      `<text:list-style style:name="中文">${level(1, '一, 二, 三, ...', '、')}${level(2, '1', '.', ' style:num-prefix="（" text:display-levels="2"')}</text:list-style>` +
      '<text:list-style style:name="点"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>';
    const outline =
      '<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">' +
      '<office:styles><text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-format="1" style:num-suffix=". "/><text:outline-level-style text:level="2" style:num-format=""/></text:outline-style></office:styles></office:document-styles>';
    const item = (text: string, inner = '') => `<text:list-item>${paragraph(text)}${inner}</text:list-item>`;
    const xml = content(
      `<text:list text:style-name="中文">${item('主要举措', `<text:list>${item('健全决策机制')}${item('规范执法行为')}</text:list>`)}</text:list>` +
        paragraph('插入的段落。') +
        `<text:list text:style-name="中文" text:continue-numbering="true">${item('存在的不足')}</text:list>` +
        `<text:list text:style-name="点">${item('持续完善考核办法')}</text:list>` +
        `<text:list text:style-name="中文">${item('下一步安排')}</text:list>` +
        `<text:h text:outline-level="1"><text:number>9. </text:number>附件</text:h><text:h text:outline-level="2">附表</text:h><text:h text:outline-level="1">附图</text:h>`,
      styles,
    );
    expect((await readText(odt(xml, [['styles.xml', outline]]), 'numbers.odt')).split('\n')).toEqual([
      '一、主要举措',
      '（一.1. 健全决策机制',
      '（一.2. 规范执法行为',
      '插入的段落。',
      '二、存在的不足',
      '持续完善考核办法',
      '一、下一步安排',
      '1. 附件',
      '附表',
      '2. 附图',
    ]);
  });

  it('reads a table as the same table in a web page, a merged cell in each row it spans', async () => {
    const cell = (text: string, spans = '') => `<table:table-cell${spans} office:value-type="string"><text:p>${text}</text:p></table:table-cell>`;
    const row = (...cells: string[]) => `<table:table-row>${cells.join('')}</table:table-row>`;
    const table =
      `<table:table table:name="表1"><table:table-column table:number-columns-repeated="3"/><table:table-header-rows>${row(cell('类别'), cell('项目'), cell('数量'))}</table:table-header-rows>` +
      row(cell('决策', ' table:number-rows-spanned="2"'), cell('审查规范性文件'), cell('12件')) +
      row('<table:covered-table-cell/>', cell('听证会'), cell('2次')) +
      '</table:table>';
    const html = `<html><body>${REPORT_LINES.map((line) => `<p>${line}</p>`).join('')}<table><tr><td>类别</td><td>项目</td><td>数量</td></tr><tr><td rowspan="2">决策</td><td>审查规范性文件</td><td>12件</td></tr><tr><td>听证会</td><td>2次</td></tr></table></body></html>`;
    const expected = await readText(html, 'table.html');
    expect(expected).toContain('决策 | 听证会 | 2次');
    expect(await readText(odt(content(body(REPORT_LINES) + table)), 'table.odt')).toBe(expected);
  });

  // the old figure of a tracked change, or one struck through, was read beside the new
  it('drops struck and hidden text and the old text of tracked changes', async () => {
    const styles =
      '<style:style style:name="T1" style:family="text"><style:text-properties style:text-line-through-style="solid" style:text-line-through-type="single"/></style:style>' +
      '<style:style style:name="T2" style:family="text" style:parent-style-name="T1"/>' +
      '<style:style style:name="T3" style:family="text"><style:text-properties text:display="none"/></style:style>' +
      '<style:style style:name="T4" style:family="text"><style:text-properties style:text-line-through-style="none"/></style:style>';
    const changes =
      '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">审核人</dc:creator></office:change-info><text:p>15件</text:p></text:deletion></text:changed-region></text:tracked-changes>';
    const [before, after] = FIGURES_LINE.split('12件');
    const figures = [
      `<text:span text:style-name="T1">15件</text:span>12件`,
      `<text:span text:style-name="T2">15件</text:span><text:span text:style-name="T4">12件</text:span>`,
      `<text:span text:style-name="T3">15件</text:span>12件`,
      `<text:change text:change-id="c1"/><text:change-start text:change-id="c2"/>12件<text:change-end text:change-id="c2"/>`,
    ];
    for (const figure of figures) {
      const lines = REPORT_LINES.map((line) => (line === FIGURES_LINE ? paragraph(`${before}${figure}${after}`) : paragraph(line)));
      expect(await readText(odt(content(changes + lines.join(''), styles)), 'struck.odt')).toBe(PLAIN);
    }
  });

  it('reads its namespaces by their names, whatever prefixes bind them', async () => {
    const prefixes = { office: 'o', text: 't', table: 'tb', style: 's', draw: 'd' };
    const xml = content(body(REPORT_LINES)).replace(
      /(<\/?|\s)(office|text|table|style|draw):/g,
      (_, before: string, prefix: keyof typeof prefixes) => `${before}${prefixes[prefix]}:`,
    );
    expect(await readText(odt(xml.replace(declared(STANDARD), declared(prefixes))), 'prefixes.odt')).toBe(PLAIN);
  });

  it('refuses a package with a password, or with no body, in Chinese naming the file', async () => {
    const encrypted = new Uint8Array(
      zipFile([
        stored('mimetype', 'application/vnd.oasis.opendocument.text'),
        stored('content.xml', '\u0001\u0002 encrypted bytes'),
        stored(
          'META-INF/manifest.xml',
          '<manifest:manifest><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>',
        ),
      ]),
    );
    expect(await refusal(ingestBytes(encrypted, '加密.odt'), '加密.odt')).toContain('设有打开密码');
    const bodiless = new Uint8Array(zipFile([stored('mimetype', 'application/vnd.oasis.opendocument.text')]));
    expect(await refusal(ingestBytes(bodiless, '残缺.odt'), '残缺.odt')).toContain('文件已损坏或不完整,无法作为 OpenDocument 文本(.odt)读取');
    expect(await refusal(ingestBytes(bytesOf('just text, not a package'), '假.odt'), '假.odt')).toContain('内容不是 ODT 格式');
  });
});

describe('a Rich Text Format document, as Word, WPS and WordPad save it', () => {
  /** Text as Word writes it in a Chinese code page: ASCII as it is, other characters as \'hh bytes in `encoding`. */
  const inBytes = (text: string, encoding = 'gbk') =>
    [...text]
      .map((char) =>
        char.charCodeAt(0) < 0x80
          ? char.replace(/[\\{}]/, '\\$&')
          : [...iconv.encode(char, encoding)].map((byte) => `\\'${byte.toString(16).padStart(2, '0')}`).join(''),
      )
      .join('');
  /** Text as \uN escapes, each followed by `fallback` for readers without Unicode. */
  const inUnicode = (text: string, fallback = '?') =>
    [...text].map((char) => (char.charCodeAt(0) < 0x80 ? char : `\\u${char.charCodeAt(0)}${fallback}`)).join('');
  const HEADER = String.raw`{\rtf1\ansi\ansicpg936\deff0\deflang1033\deflangfe2052{\fonttbl{\f0\fnil\fcharset134 ${inBytes('宋体')};}{\f1\fswiss\fcharset0 Arial;}}{\colortbl ;\red255\green0\blue0;}{\*\generator Riched20 10.0.19041}{\info{\title ${inBytes('标题')}}{\author ${inBytes('某人')}}}\viewkind4\uc1`;
  const rtf = (paragraphs: readonly string[], header = HEADER) => `${header}\n${paragraphs.map((p) => `\\pard\\f0\\fs24 ${p}\\par\n`).join('')}}`;

  // refused with "save as .docx"
  it('reads paragraphs in the code page the document names, GBK for 936', async () => {
    const source = await ingestBytes(bytesOf(rtf(REPORT_LINES.map((line) => inBytes(line)))), '报告.rtf');
    expect(source.format).toBe('rtf');
    expect(source.encoding).toBe('gbk');
    expect(source.original).toBe(PLAIN);
  });

  it('reads \\uN escapes and skips the characters that stand for them, as many as \\uc says', async () => {
    const latin = String.raw`{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}}`;
    expect(
      await readText(
        rtf(
          REPORT_LINES.map((line) => inUnicode(line)),
          latin,
        ),
        'unicode.rtf',
      ),
    ).toBe(PLAIN);
    const twoBytes = REPORT_LINES.map(
      (line) => `\\uc2 ${[...line].map((char) => (char.charCodeAt(0) < 0x80 ? char : `\\u${char.charCodeAt(0)}${inBytes(char)}`)).join('')}`,
    );
    expect(await readText(rtf(twoBytes), 'fallback.rtf')).toBe(PLAIN);
  });

  it("reads bytes in their font's character set when it is not the document's", async () => {
    const fonts = String.raw`{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 Times;}{\f1\fnil\fcharset134 SimSun;}{\f2\fnil\fcharset136 MingLiU;}}`;
    const lines = REPORT_LINES.map((line, i) => (i === 1 ? `{\\f2 ${inBytes(line, 'big5')}}` : `{\\f1 ${inBytes(line)}}`));
    expect(await readText(rtf(lines, fonts), 'fonts.rtf')).toBe(PLAIN);
  });

  it('skips headers, footers, pictures, field codes and ignorable groups; reads a field’s result, and notes where they are printed', async () => {
    const [title, date, ...rest] = REPORT_LINES;
    const lines = [
      String.raw`{\header \pard ${inBytes('某某县人民政府文件')}\par}{\footer \pard ${inBytes('第 1 页')}\par}${inBytes(title!.slice(0, 6))}{\super\chftn}{\footnote \pard\plain {\super\chftn} ${inBytes('本报告数据截至年底。')}}${inBytes(title!.slice(6))}`,
      String.raw`{\*\bkmkstart _Toc1}${inBytes(date!.slice(0, 3))}{\super\chftn}{\footnote\ftnalt \pard\plain ${inBytes('资料来源：县司法局。')}}{\field{\*\fldinst { DATE \\@ "yyyy-MM-dd" }}{\fldrslt {${date!.slice(3)}}}}{\*\bkmkend _Toc1}`,
      String.raw`{\pict\pngblip\picw10\pich10 89504e470d0a1a0a0000000d4948445200}{\*\shppict{\pict\jpegblip ffd8ffe000104a464946}}{\*\unknownthing ${inBytes('不显示的内容')}}${inBytes(rest[0]!)}`,
      ...rest.slice(1).map((line) => inBytes(line)),
    ];
    expect(await readText(rtf(lines), 'groups.rtf')).toBe([title, '本报告数据截至年底。', date, ...rest, '资料来源：县司法局。'].join('\n'));
  });

  // a figure corrected in place, the old one struck through or the change tracked, was read as both
  it('drops struck, hidden and deleted text, and reads text whose property is set off', async () => {
    const [before, after] = FIGURES_LINE.split('12件');
    for (const figure of [
      String.raw`{\strike ${inBytes('15件')}}${inBytes('12件')}`,
      String.raw`\striked1 ${inBytes('15件')}\striked0 ${inBytes('12件')}`,
      String.raw`{\v ${inBytes('15件')}}${inBytes('12件')}`,
      String.raw`{\deleted\revauth1 ${inBytes('15件')}}{\revised\revauth1 ${inBytes('12件')}}`,
      String.raw`\strike ${inBytes('15件')}\plain\f0 ${inBytes('12件')}`,
    ]) {
      const lines = REPORT_LINES.map((line) => (line === FIGURES_LINE ? `${inBytes(before!)}${figure}${inBytes(after!)}` : inBytes(line)));
      expect(await readText(rtf(lines), 'struck.rtf')).toBe(PLAIN);
    }
  });

  it('reads a table as the same table in a web page, a cell merged down in each row it spans', async () => {
    const row = (merges: readonly string[], cells: readonly string[]) =>
      `\\trowd\\trgaph108${merges.map((merge, i) => `${merge}\\cellx${(i + 1) * 2000}`).join('')}\\pard\\intbl ${cells.map((cell) => `${inBytes(cell)}\\cell `).join('')}\\row`;
    const table = [
      row(['', '', ''], ['类别', '项目', '数量']),
      row(['\\clvmgf', '', ''], ['决策', '审查规范性文件', '12件']),
      row(['\\clvmrg', '', ''], ['', '听证会', '2次']),
    ].join('\n');
    const html = `<html><body>${REPORT_LINES.map((line) => `<p>${line}</p>`).join('')}<table><tr><td>类别</td><td>项目</td><td>数量</td></tr><tr><td rowspan="2">决策</td><td>审查规范性文件</td><td>12件</td></tr><tr><td>听证会</td><td>2次</td></tr></table><p>以上为全年数据。</p></body></html>`;
    const expected = await readText(html, 'table.html');
    expect(expected).toContain('决策 | 听证会 | 2次');
    const document = `${HEADER}\n${REPORT_LINES.map((line) => `\\pard ${inBytes(line)}\\par`).join('\n')}\n${table}\n\\pard ${inBytes('以上为全年数据。')}\\par}`;
    expect(await readText(document, 'table.rtf')).toBe(expected);
  });

  it('refuses a document of pictures only, in Chinese naming the file; survives groups nested a million deep', async () => {
    const pictures = `${HEADER}{\\pict\\pngblip ${'89504e47'.repeat(100)}}\\par}`;
    expect(await refusal(ingestBytes(bytesOf(pictures), '扫描.rtf'), '扫描.rtf')).toContain('只有图片');
    const deep = `${HEADER}${'{'.repeat(1_000_000)}${inBytes(PLAIN).replace(/\n/g, '\\par ')}${'}'.repeat(1_000_000)}}`;
    expect(await readText(deep, 'deep.rtf')).toBe(PLAIN);
  });
});

describe('batch', () => {
  // .odt and .rtf were skipped as "save as .docx"; .doc is read since doc56, a .wps when it is a Word 97–2003 document
  it('picks up .odt, .rtf and .doc reports in a folder and skips a .wps of no Word document with the reason', async () => {
    const top = await fs.mkdtemp(path.join(os.tmpdir(), 'duibiao-batch-'));
    const dir = path.join(top, 'in');
    await fs.mkdir(dir);
    await Promise.all(['a.odt', 'b.RTF', 'c.doc', 'd.wps'].map((name) => fs.writeFile(path.join(dir, name), '')));
    const found = await findReports([dir], path.join(top, 'out'));
    expect(found.files.map((file) => path.basename(file))).toEqual(['a.odt', 'b.RTF', 'c.doc']);
    expect(found.skipped.map((skipped) => [path.basename(skipped.input), skipped.reason])).toEqual([
      ['d.wps', '.wps 格式的文档未读取(不是 Word 97-2003 格式,可能是 WPS 文字自有格式);请在 WPS 或 Word 中另存为 .docx 后再试'],
    ]);
    await fs.rm(top, { recursive: true, force: true });
  });
});

describe('Latin text, in a PDF or as a text', () => {
  const pdf = (content: string) =>
    new Uint8Array(
      pdfFile([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
        `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
        '<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>',
      ]),
    );
  const SENTENCE = 'Section 2 of the plan: the district reviewed 31 contracts and trained 640 officers';
  const words = SENTENCE.split(' ');

  // a paragraph on a line of its own was taken for a text run together, and each short phrase of it for a heading: one word a line
  it('reads a line of words as it is drawn: with spaces, with gaps, or glyph by glyph', async () => {
    let x = 72;
    const placed = words.map((word) => {
      const shown = `1 0 0 1 ${x.toFixed(1)} 700 Tm (${word}) Tj`;
      x += (word.length + 1) * 6;
      return shown;
    });
    const glyphs = [...SENTENCE].map((char, i) => (char === ' ' ? '' : `1 0 0 1 ${(36 + i * 6).toFixed(1)} 660 Tm (${char}) Tj`)).join(' ');
    for (const content of [
      `BT /F1 10 Tf 72 700 Td (${SENTENCE}) Tj ET`,
      `BT /F1 10 Tf ${placed.join(' ')} ET`,
      `BT /F1 10 Tf 72 700 Td [${words.map((word) => `(${word})`).join(' -350 ')}] TJ ET`,
      `BT /F1 10 Tf ${glyphs} ET`,
    ]) {
      expect(await readText(pdf(content), 'latin.pdf')).toBe(SENTENCE);
    }
    expect(await readText(`${SENTENCE}.`, 'latin.txt')).toBe(`${SENTENCE}.`);
  });

  // a wrapped line of English joined the next without its space: reached100
  it('keeps the space where a line of English prose wraps before a number or after punctuation', async () => {
    const lines = [
      'Item 4. The district reviewed every contract before signing, and the rate reached',
      '100 percent, as in the year before; the review covered all departments and towns,',
      'and its findings were published.',
    ];
    const content = `BT /F1 10 Tf 12 TL 40 760 Td ${lines.map((line) => `(${line}) Tj T*`).join(' ')} ET`;
    expect(await readText(pdf(content), 'wrapped.pdf')).toBe(lines.join(' '));
  });
});

describe('a page whose article only a script shows', () => {
  const page = (body: string) => `<html><head><meta charset="utf-8"></head><body>${body}<script src="app.js"></script></body></html>`;
  const article = `<div class="article">${REPORT_LINES.map((line) => `<p>${line}</p>`).join('')}</div>`;

  // read as "made by a script in the browser": the article was there, kept for the script or for browsers without one
  it('reads an article kept in <template> or <noscript>, and not a <noscript> notice beside a shown article', async () => {
    for (const holder of ['template', 'noscript']) {
      expect(await readText(page(`<div id="app"></div><${holder}>${article}</${holder}>`), `${holder}.html`)).toBe(PLAIN);
    }
    expect(await readText(page(`<noscript><p>请启用浏览器的脚本功能以浏览本站。</p></noscript>${article}`), 'notice.html')).toBe(PLAIN);
  });
});
