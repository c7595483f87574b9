import { promises as fs } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { findReports } from '../../src/commands/batch.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { REPORT_LINES } from './fixtures.js';
import { bytesOf, docxBomb, docxOfParts, FIGURES_LINE, PLAIN, readText, refusal, unmappedFontPdf, zipFile } from './hostile.js';

describe('a text whose bytes contradict its UTF-16 or UTF-32 byte order mark', () => {
  const marked = (mark: readonly number[], bytes: Buffer) => new Uint8Array(Buffer.concat([Buffer.from(mark), bytes]));

  // read as UTF-16 (or UTF-32), the UTF-8 or GBK bytes behind the mark were refused as "garbled" or "undecodable"
  it('reads UTF-8 or GBK bytes after the mark in their encoding, and says so', async () => {
    for (const [mark, name] of [
      [[0xff, 0xfe], 'UTF-16LE'],
      [[0xfe, 0xff], 'UTF-16BE'],
      [[0xff, 0xfe, 0x00, 0x00], 'UTF-32LE'],
    ] as const) {
      for (const [bytes, encoding, content] of [
        [Buffer.from(PLAIN), 'utf-8', 'UTF-8'],
        [iconv.encode(PLAIN, 'gbk'), 'gb18030', 'GBK'],
      ] as const) {
        const source = await ingestBytes(marked(mark, bytes), 'marked.txt');
        expect([source.original, source.encoding]).toEqual([PLAIN, encoding]);
        expect(source.notices).toEqual([
          `文件开头标明是 ${name} 编码(BOM),但内容是 ${content} 编码,已按内容的编码读取;请核对结果,并把文件另存为统一的 UTF-8 编码`,
        ]);
      }
    }
    // a web page too, whose <meta charset> then names its encoding
    const page = `<html><head><meta charset="utf-8"></head><body>${REPORT_LINES.map((line) => `<p>${line}</p>`).join('')}</body></html>`;
    expect(await readText(marked([0xff, 0xfe], Buffer.from(page)), 'marked.html')).toBe(PLAIN);
  });

  it('reads UTF-16 of the other byte order by its NULs; still reads UTF-16 as its mark says, also with no ASCII at all', async () => {
    const swapped = await ingestBytes(marked([0xff, 0xfe], iconv.encode(PLAIN, 'utf-16be')), 'swapped.txt');
    expect([swapped.original, swapped.encoding]).toEqual([PLAIN, 'utf-16be']);
    expect(swapped.notices?.[0]).toContain('标明是 UTF-16LE 编码(BOM),但内容是 UTF-16BE 编码');
    for (const [mark, encoding] of [
      [[0xff, 0xfe], 'utf-16le'],
      [[0xfe, 0xff], 'utf-16be'],
    ] as const) {
      const source = await ingestBytes(marked(mark, iconv.encode(PLAIN, encoding)), 'unicode.txt');
      expect([source.original, source.encoding, source.notices]).toEqual([PLAIN, encoding, undefined]);
      // one line of Chinese and its full-width punctuation: not a NUL in it
      const line = REPORT_LINES[7]!;
      const chinese = await ingestBytes(marked(mark, iconv.encode(line, encoding)), 'line.txt');
      expect([chinese.original, chinese.encoding, chinese.notices]).toEqual([line, encoding, undefined]);
    }
  });
});

describe('a Word document styled and fielded as Word writes it', () => {
  const WORD = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const document = (body: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${WORD}"><w:body>${body}</w:body></w:document>`;
  const paragraph = (text: string, style = '') =>
    `<w:p>${style && `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>`}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const docx = (body: string, parts: Record<string, string> = {}) => new Uint8Array(docxOfParts({ 'word/document.xml': document(body), ...parts }));
  const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

  // a drafter's note in a hidden paragraph style, a withdrawn passage in a struck one: both were read as the report's
  it('drops the paragraphs a paragraph style hides or strikes, also by the style it is based on', async () => {
    const style = (id: string, properties: string, basedOn = '', type = 'paragraph') =>
      `<w:style w:type="${type}" w:styleId="${id}"><w:name w:val="${id}"/>${basedOn && `<w:basedOn w:val="${basedOn}"/>`}<w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr>${properties}</w:rPr></w:style>`;
    const styles =
      `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${WORD}">${style('Note', '<w:vanish/>')}${style('NoteBold', '<w:b/>', 'Note')}` +
      `${style('Withdrawn', '<w:strike/><w:color w:val="FF0000"/>')}${style('Shown', '<w:strike w:val="0"/>', '', 'character')}${style('Plain', '<w:b/>')}</w:styles>`;
    const note = '（起草说明：此处数字待核实，定稿时删除。）';
    const body = [
      paragraph(REPORT_LINES[0]!),
      paragraph(note, 'Note'),
      ...REPORT_LINES.slice(1, 5).map((line) => paragraph(line)),
      paragraph(REPORT_LINES[5]!.replace('460', '450'), 'Withdrawn'),
      paragraph(REPORT_LINES[5]!, 'Plain'),
      paragraph(note, 'NoteBold'),
      ...REPORT_LINES.slice(6).map((line) => paragraph(line)),
    ].join('');
    expect(await readText(docx(body, { 'word/styles.xml': styles }), 'styled.docx')).toBe(PLAIN);
    // a run that sets the strike off, by its own properties or its character style, is shown in a struck paragraph
    const [before, after] = FIGURES_LINE.split('12件') as [string, string];
    const setOff =
      `<w:p><w:pPr><w:pStyle w:val="Withdrawn"/></w:pPr><w:r><w:rPr><w:strike w:val="false"/></w:rPr><w:t>${before}</w:t></w:r>` +
      `<w:r><w:t>15件</w:t></w:r><w:r><w:rPr><w:rStyle w:val="Shown"/></w:rPr><w:t>12件${after}</w:t></w:r></w:p>`;
    const figures = REPORT_LINES.map((line) => (line === FIGURES_LINE ? setOff : paragraph(line))).join('');
    expect(await readText(docx(figures, { 'word/styles.xml': styles }), 'set-off.docx')).toBe(PLAIN);
  });

  // the strike an editor took off with changes tracked stood in the change's record of the old formatting: the figure was withdrawn
  it('reads text by its formatting now, not by the formatting a tracked change records it had', async () => {
    const styles = `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${WORD}"><w:style w:type="paragraph" w:styleId="Withdrawn"><w:name w:val="Withdrawn"/><w:rPr><w:strike/></w:rPr></w:style></w:styles>`;
    const [before, after] = FIGURES_LINE.split('12件') as [string, string];
    const unstruck = `<w:r><w:rPr><w:b/><w:rPrChange w:id="7" w:author="审核人" w:date="2023-02-20T09:00:00Z"><w:rPr><w:strike/></w:rPr></w:rPrChange></w:rPr><w:t>12件</w:t></w:r>`;
    const restyled = `<w:p><w:pPr><w:pPrChange w:id="8" w:author="审核人"><w:pPr><w:pStyle w:val="Withdrawn"/></w:pPr></w:pPrChange></w:pPr>${run(REPORT_LINES[5]!)}</w:p>`;
    const body = REPORT_LINES.map((line) =>
      line === FIGURES_LINE ? `<w:p>${run(before)}${unstruck}${run(after)}</w:p>` : line === REPORT_LINES[5] ? restyled : paragraph(line),
    ).join('');
    expect(await readText(docx(body, { 'word/styles.xml': styles }), 'reformatted.docx')).toBe(PLAIN);
  });

  // a page count less one (共{= {NUMPAGES} - 1}页): the inner field's result in the outer field's code was read, 共87页
  it('reads only the outermost result of nested fields, no code, and a field result where Word shows it', async () => {
    const character = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
    const code = (text: string) => `<w:r><w:instrText xml:space="preserve">${text}</w:instrText></w:r>`;
    const field = (instruction: readonly string[], result: string) =>
      `${character('begin')}${instruction.join('')}${character('separate')}${run(result)}${character('end')}`;
    const pages = `<w:p>${run('全文共')}${field([code(' = '), field([code(' NUMPAGES ')], '8'), code(' - 1 ')], '7')}${run('页')}</w:p>`;
    const date = `<w:p>${run('日期：')}<w:fldSimple w:instr=" DATE \\@ &quot;yyyy-MM-dd&quot; ">${run('2023-03-01')}</w:fldSimple></w:p>`;
    const merged = `<w:p>${run('（一）')}${character('begin')}${code(' MERGEFIELD 标题 ')}${character('end')}${run(FIGURES_LINE.slice(3))}</w:p>`;
    const body = [
      paragraph(REPORT_LINES[0]!),
      date,
      ...REPORT_LINES.slice(2, 4).map((line) => paragraph(line)),
      merged,
      ...REPORT_LINES.slice(5).map((line) => paragraph(line)),
      pages,
    ];
    expect(await readText(docx(body.join('')), 'fields.docx')).toBe(`${PLAIN}\n全文共7页`);
  });

  // Word on the web names its main part word/document2.xml: its struck figure, hidden note and equation were read as mammoth reads them
  it('reads a main document part of another name as word/document.xml, by the package relationship', async () => {
    const [before, after] = FIGURES_LINE.split('12件') as [string, string];
    const body = REPORT_LINES.map((line) =>
      line === FIGURES_LINE
        ? `<w:p>${run(before)}<w:r><w:rPr><w:strike/></w:rPr><w:t>15件</w:t></w:r>${run(`12件${after}`)}<w:r><w:rPr><w:vanish/></w:rPr><w:t>（待核）</w:t></w:r></w:p>`
        : paragraph(line),
    ).join('');
    const TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';
    const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
    for (const target of ['word/document2.xml', '/word/document2.xml']) {
      const main = target.replace(/^\//, '');
      const parts = [
        [
          '[Content_Types].xml',
          `<?xml version="1.0"?><Types xmlns="${TYPES}"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${main}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
        ],
        [
          '_rels/.rels',
          `<?xml version="1.0"?><Relationships xmlns="${RELATIONSHIPS}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`,
        ],
        [main, document(body)],
      ] as const;
      const archive = zipFile(
        parts.map(([name, content]) => ({ name, data: Buffer.from(content), uncompressedSize: Buffer.byteLength(content), stored: true })),
      );
      expect(await readText(new Uint8Array(archive), 'online.docx')).toBe(PLAIN);
    }
  });

  // a table of contents as a plain field (TOC \o, no links to its headings): its lines were read as the report's sections, twice
  it('drops a table of contents field whose lines link to no heading; reads a document whose field never ends', async () => {
    const character = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
    const line = (text: string, page: number) => `${run(text)}<w:r><w:tab/></w:r>${run(String(page))}`;
    const contents =
      `<w:p>${character('begin')}<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" </w:instrText></w:r>${character('separate')}${line(REPORT_LINES[3]!, 1)}</w:p>` +
      `<w:p>${line(REPORT_LINES[6]!, 2)}</w:p><w:p>${line(REPORT_LINES[8]!, 2)}${character('end')}</w:p>`;
    const body = REPORT_LINES.map((text) => paragraph(text)).join('');
    const read = await readText(docx(contents + body), 'contents.docx');
    expect(read).toBe(PLAIN);
    // a field cut off before its end (a damaged copy) takes nothing after it away
    expect(await readText(docx(`<w:p>${character('begin')}<w:r><w:instrText> TOC </w:instrText></w:r>${character('separate')}</w:p>${body}`), 'cut.docx')).toBe(
      PLAIN,
    );
  });

  // a guard: refused so already, quickly and within the unpacked-size limit, though its part inflates to 2 GB
  it('refuses a document whose part inflates to gigabytes, in Chinese naming the file', async () => {
    const message = await refusal(ingestBytes(new Uint8Array(docxBomb(2048)), 'bomb.docx'), 'bomb.docx');
    expect(message).toContain('解压后超过');
  });
});

describe('a web page as portals and old tools build it', () => {
  const page = (body: string, head = '') => `<html><head><meta charset="utf-8"><title>报告</title>${head}</head><body>${body}</body></html>`;
  const paragraphs = (lines: readonly string[]) => lines.map((line) => `<p>${line}</p>`).join('');
  const FIGURES = '<table><tr><td>审查文件</td><td>12件</td></tr><tr><td>培训</td><td>460人次</td></tr></table>';
  const FIGURE_ROWS = '审查文件 | 12件\n培训 | 460人次';

  // the figures set in a row of their own under the article's row were read as a sidebar, and lost
  it('reads a table of figures in a layout row under the article, not a sidebar beside it nor links under it', async () => {
    const sidebar = '<td class="side"><ul><li>热点专题</li><li>营商环境专栏</li></ul></td>';
    for (const [layout, expected] of [
      [`<table><tr><td>${paragraphs(REPORT_LINES)}</td></tr><tr><td>${FIGURES}</td></tr></table>`, `${PLAIN}\n${FIGURE_ROWS}`],
      [
        `<table><tbody><tr>${sidebar}<td>${paragraphs(REPORT_LINES)}</td></tr><tr><td></td><td><p>附表</p>${FIGURES}</td></tr></tbody></table>`,
        `${PLAIN}\n附表\n${FIGURE_ROWS}`,
      ],
      // beside the article, in its row, a table is the sidebar's
      [`<table><tr><td>${paragraphs(REPORT_LINES)}</td><td>${FIGURES}</td></tr></table>`, PLAIN],
      // under it, a table of links to other articles is no figure table
      [
        `<table><tr><td>${paragraphs(REPORT_LINES)}</td></tr><tr><td><table><tr><td><a href="/a/1.html">2023年工作要点</a></td><td>2023-01-05</td></tr><tr><td><a href="/a/2.html">2021年报告</a></td><td>2022-03-01</td></tr></table></td></tr></table>`,
        PLAIN,
      ],
    ] as const) {
      expect(await readText(page(layout), 'layout.html')).toBe(expected);
    }
  });

  // its paragraphs past the depth limit ran into one line, the report's sections read as one sentence
  it('reads paragraphs nested 10,000 levels deep each on its line', async () => {
    for (const tag of ['div', 'section', 'blockquote']) {
      const deep = page(`${`<${tag}>`.repeat(10_000)}${paragraphs(REPORT_LINES)}${`</${tag}>`.repeat(10_000)}`);
      expect(await readText(deep, 'deep.html')).toBe(PLAIN);
    }
    // a guard: inline elements so deep leave a figure whole
    const spans = page(REPORT_LINES.map((line) => `<p>${'<span>'.repeat(3_000)}${line}${'</span>'.repeat(3_000)}</p>`).join(''));
    expect(await readText(spans, 'spans.html')).toBe(PLAIN);
  });

  // a page its script fills from the data it carries was refused as "made by a script"
  it('reads an article kept only in the data of a script, under the page title', async () => {
    const [title, ...body] = REPORT_LINES;
    const data = JSON.stringify({ site: '某某县人民政府', article: { id: 1024, content: paragraphs(body), views: 3562 }, related: ['2021年报告'] });
    const titled = (script: string) => page('<div id="app"></div>', `${script}`).replace('<title>报告</title>', `<title>${title}_某某县人民政府网</title>`);
    for (const script of [
      `<script>window.__INITIAL_STATE__=${data.replace(/</g, '\\u003c')};</script>`,
      `<script type="application/json" id="__NEXT_DATA__">${data}</script>`,
    ]) {
      expect(await readText(titled(script), 'app.html')).toBe(PLAIN);
    }
    // the article as plain lines of text in the data
    const lines = `<script>var detail = ${JSON.stringify({ text: REPORT_LINES.join('\n') })};</script>`;
    expect(await readText(page('<div id="app"></div>', lines), 'lines.html')).toBe(PLAIN);
    // data with no string of an article's length is still no article
    const message = await refusal(
      ingestBytes(bytesOf(page('<div id="app"></div>', `<script>var s = ${JSON.stringify({ a: '短', b: 12 })};</script>`)), 'app.html'),
      'app.html',
    );
    expect(message).toContain('内容由脚本在浏览器中生成');
  });

  // a guard: read so already; Word's or a browser's saved page, base64 in GBK named in the part's header
  it('reads a page saved as a web archive (.mht), its part base64 in GBK', async () => {
    const html = iconv
      .encode(`<html><body>${paragraphs(REPORT_LINES)}</body></html>`, 'gbk')
      .toString('base64')
      .replace(/.{76}/g, '$&\r\n');
    const archive = [
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; boundary="----=_NextPart_01"; type="text/html"',
      '',
      '------=_NextPart_01',
      'Content-Type: text/html; charset="gb2312"',
      'Content-Transfer-Encoding: base64',
      'Content-Location: http://www.example.gov.cn/art/1.html',
      '',
      html,
      '------=_NextPart_01--',
      '',
    ].join('\r\n');
    expect(await readText(archive, '报告.mht')).toBe(PLAIN);
  });
});

describe('a text as converters and damaged copies leave it', () => {
  // a link's address was read with the report: its figures as years and counts; a picture's words as text
  it('reads a Markdown report as a viewer shows it: links as their text, no pictures, no quotation marks', async () => {
    const markdown = [
      `# ${REPORT_LINES[0]}`,
      `> ${REPORT_LINES[1]}`,
      REPORT_LINES[2]!.replace('各项工作', '[各项工作](https://www.example.gov.cn/art/2021/3/1/art_1229_123.html "2021年")'),
      '![现场照片2019](images/2019-05.png)',
      `## ${REPORT_LINES[3]}`,
      FIGURES_LINE.replace('12件', '**12件**'),
      ...REPORT_LINES.slice(5),
    ].join('\n\n');
    expect(await readText(markdown, '报告.md')).toBe(REPORT_LINES.join('\n\n'));
    // a bound before a figure is no quotation
    expect(await readText(`${PLAIN}\n>95%`, 'bound.md')).toBe(`${PLAIN}\n>95%`);
  });

  // a folder's .md reports were skipped as no report format
  it('picks up Markdown reports in a folder, and checks one', async () => {
    const top = tempDir('duibiao-md-');
    await fs.mkdir(path.join(top, 'in'));
    await Promise.all(['a.md', 'b.markdown', 'c.MD'].map((name) => fs.writeFile(path.join(top, 'in', name), PLAIN)));
    const found = await findReports([path.join(top, 'in')], path.join(top, 'out'));
    expect(found.files.map((file) => path.basename(file))).toEqual(['a.md', 'b.markdown', 'c.MD']);
    const run = runCli(['facts', path.join(top, 'in', 'a.md')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('「合法性审查率达到100％」');
    await fs.rm(top, { recursive: true, force: true });
  });

  // a guard: read so already; NULs a bad copy scatters, and line ends of three systems in one file
  it('reads a text with stray NULs and mixed CRLF, LF and CR line ends as its lines', async () => {
    const mixed = REPORT_LINES.map((line, i) => line + ['\r\n', '\n', '\r'][i % 3]).join('');
    expect(await readText(mixed, 'mixed.txt')).toBe(PLAIN);
    const source = await ingestBytes(bytesOf(REPORT_LINES.join('\u0000\n')), 'nul.txt');
    expect(source.original).toBe(PLAIN);
    expect(source.notices).toEqual(['文件中夹杂 9 个空字节(NUL),已忽略;文件可能已损坏,请核对']);
  });

  // a guard: refused so already, each in Chinese naming the file and what to do, with a non-zero exit and nothing written
  it('refuses a spreadsheet, an old Word file and a PDF of unmapped glyphs, writing nothing', async () => {
    const dir = tempDir('duibiao-refused-');
    const xlsx = zipFile([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>'), uncompressedSize: 11, stored: true }]);
    const compound = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1024)]);
    for (const [name, bytes, phrase] of [
      ['数据.xlsx', xlsx, 'Excel 表格(.xlsx)'],
      ['报告.doc', compound, '另存为 .docx 再试'],
      ['报告.wps', compound, '另存为 .docx 再试'],
      ['报告.pdf', unmappedFontPdf(), 'PDF 的字体缺少文字映射'],
    ] as const) {
      await fs.writeFile(path.join(dir, name), bytes);
      const run = runCli(['check', name, '--out', 'out'], { cwd: dir });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain(name);
      expect(run.stderr).toContain(phrase);
    }
    expect((await fs.readdir(dir)).sort()).toEqual(['报告.doc', '报告.pdf', '报告.wps', '数据.xlsx']);
    await fs.rm(dir, { recursive: true, force: true });
  });
});
