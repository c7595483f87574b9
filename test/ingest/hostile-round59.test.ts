import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findReports } from '../../src/commands/batch.js';
import { ingestFile } from '../../src/ingest/index.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { cidHex, docxOfParts, pdfFile, pdfStream, readText, refusal, simSunObjects, WORD_MAIN, wordParagraph, wordRun, zipFile } from './hostile.js';

const title = '溱澜县2025年度法治政府建设情况报告';
const figures = '全年审查规范性文件17件，办理行政复议案件52件。';
const closing = '三、存在的不足，乡镇执法力量仍较薄弱，执法人员培训有待加强。';

const filled = async (input: Uint8Array | string, file: string) => (await readText(input, file)).split('\n').filter((text) => text !== '');
const markdown = (body: string) => `# ${title}\n\n${body}\n\n${closing}\n`;
const page = (body: string) => `<html><head><title>${title}</title></head><body><h1>${title}</h1>${body}<p>${closing}</p></body></html>`;

/**
 * An OLE compound file of one stream, `name`, as its directory names it (an entry at a sector's start: the name in
 * UTF-16, its length with the NUL, the type of a stream); its content is no matter to a refusal.
 */
function compoundOf(name: string): Uint8Array {
  const bytes = Buffer.alloc(2048);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(bytes);
  bytes.writeUInt16LE(9, 30);
  bytes.writeInt32LE(0, 48);
  const entry = 512 + 128;
  bytes.write(name, entry, 'utf16le');
  bytes.writeUInt16LE((name.length + 1) * 2, entry + 64);
  bytes[entry + 66] = 2;
  return new Uint8Array(bytes);
}

describe('a Markdown autolink', () => {
  // CommonMark shows <https://…> as a link without its angle brackets: they stood in the sentence (详见<https://…>)
  it('reads a web address, a mail address and a mailto: link without their brackets', async () => {
    const body = `${figures.slice(0, -1)}（详见<https://www.qinlan.gov.cn/fzzf/2025.html>），意见请发<fzb@qinlan.gov.cn>或<mailto:fzb@qinlan.gov.cn>。`;
    expect(await filled(markdown(body), '自动链接.md')).toEqual([
      title,
      `${figures.slice(0, -1)}（详见https://www.qinlan.gov.cn/fzzf/2025.html），意见请发fzb@qinlan.gov.cn或mailto:fzb@qinlan.gov.cn。`,
      closing,
    ]);
  });

  it('keeps one in code as written, and a plain text’s brackets', async () => {
    expect(await filled(markdown('示例写法为`<https://a.gov.cn>`。'), '代码.md')).toEqual([title, '示例写法为<https://a.gov.cn>。', closing]);
    expect(await filled(`${title}\n详见<https://a.gov.cn/1.html>。\n${closing}`, '纯文本.txt')).toEqual([title, '详见<https://a.gov.cn/1.html>。', closing]);
  });
});

describe('a Markdown link to a file with blanks in its name, and a wiki link', () => {
  // [详见附件](<附件 1.docx> "附件") stood whole: the address in angle brackets (a file's name, blanks and Chinese in it)
  // and a title in single quotes were no link's
  it('reads a link whose address is in angle brackets or whose title is in single quotes as its text', async () => {
    const body = `${figures.slice(0, -1)}（[详见附件](<附件 1 统计表.docx> "附件")，[原文](https://a.gov.cn/1.html '原文')）。`;
    expect(await filled(markdown(body), '尖括号地址.md')).toEqual([title, `${figures.slice(0, -1)}（详见附件，原文）。`, closing]);
  });

  // Obsidian's and Logseq's [[附件一|统计表]] kept its brackets, the bar read as a table's border
  it('reads a wiki link as its label or else its target, an embedded picture as nothing', async () => {
    const body = `${figures}见[[附件一|统计表]]和[[附件二]]。\n\n![[执法图.png]]`;
    expect(await filled(markdown(body), '双链.md')).toEqual([title, `${figures}见统计表和附件二。`, closing]);
  });
});

describe('WPS’s own sheet and presentation given for a report', () => {
  // an .et is an Excel sheet inside: it was told "Excel 表格(.xls)", a name its user never gave, and one of WPS's own
  // compound shape (no Excel stream) was told a Word file to save as .docx
  it('names a WPS sheet (.et) as WPS’s, whether it holds an Excel stream or none, and a WPS presentation (.dps)', async () => {
    expect(await refusal(readText(compoundOf('Workbook'), '统计.et'), '统计.et')).toBe('不是文本文件,看起来是WPS 表格(.et),不是报告文本');
    expect(await refusal(readText(compoundOf('WpsData'), '统计.et'), '统计.et')).toBe('不是文本文件,看起来是WPS 表格(.et),不是报告文本');
    const slides = compoundOf('PowerPoint Document');
    expect(await refusal(readText(slides, '汇报.dps'), '汇报.dps')).toBe('不是文本文件,看起来是WPS 演示文稿(.dps),不是报告文本');
    const xlsx = zipFile([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>'), uncompressedSize: 11, stored: true }]);
    expect(await refusal(readText(new Uint8Array(xlsx), '统计.et'), '统计.et')).toBe('不是文本文件,看起来是WPS 表格(.et),不是报告文本');
  });

  it('names an Excel sheet and a presentation as before', async () => {
    expect(await refusal(readText(compoundOf('Workbook'), '统计.xls'), '统计.xls')).toBe('不是文本文件,看起来是Excel 表格(.xls),不是报告文本');
    expect(await refusal(readText(compoundOf('PowerPoint Document'), '汇报.ppt'), '汇报.ppt')).toContain('PowerPoint 演示文稿(.ppt)');
  });
});

describe('what a user gives where a path goes', () => {
  // each was "文件不存在,请检查路径", the user left to guess why: a web address, a file's address from a browser's bar, a
  // path copied with its quotation marks or a blank, a wildcard a Windows prompt passes on unexpanded
  const dir = tempDir('duibiao-paths-');
  const report = path.join(dir, '溱澜县 报告.txt');
  fs.writeFileSync(report, `${title}\n${figures}\n${closing}\n`);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const cases: ReadonlyArray<readonly [given: string, says: string]> = [
    ['https://www.qinlan.gov.cn/fzzf/2025.docx', '是网址,不是本机上的文件;请先在浏览器中打开,把报告下载或另存到本机,再给出文件的路径'],
    [pathToFileURL(report).href, `是文件的网址(file://),不是路径;请直接给出路径:${report}`],
    [`“${report}”`, `文件不存在:路径两端多了空格或引号;请去掉后给出:${report}`],
    [`"${report} "`, `文件不存在:路径两端多了空格或引号;请去掉后给出:${report}`],
    [
      path.join(dir, '*.docx'),
      '文件不存在:文件名中的通配符(* 或 ?)没有展开(Windows 的命令提示符不展开通配符);核查目录中的全部报告请用 duibiao batch 目录 --out 结果目录',
    ],
  ];

  it('tells each what it is, for a report and for batch', async () => {
    for (const [given, says] of cases) {
      expect(await refusal(ingestFile(given), given)).toBe(says);
      await expect(findReports([given], path.join(dir, 'out'))).rejects.toThrow(says);
    }
  });

  it('reads the path itself, and tells a missing one as before', async () => {
    expect((await ingestFile(report)).original).toBe([title, figures, closing].join('\n'));
    const missing = path.join(dir, '没有.txt');
    expect(await refusal(ingestFile(missing), missing)).toBe('文件不存在,请检查路径');
  });

  it('exits with bad input and writes nothing', () => {
    const run = runCli(['check', pathToFileURL(report).href, '--out', 'out'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`请直接给出路径:${report}`);
    expect(fs.readdirSync(dir)).toEqual(['溱澜县 报告.txt']);
  });
});

describe('a PDF form whose fields are filled on a page of its words', () => {
  // a form's values were read only on a page with no text: each field beside the form's words read as a gap between two
  // cells (全年审查规范性文件 | 件，…)
  const line = (x: number, y: number, text: string) => `BT /F1 12 Tf 1 0 0 1 ${x} ${y} Tm ${cidHex(text)} Tj ET`;
  const utf16 = (text: string) => `<FEFF${cidHex(text).slice(1)}`;
  /** A text field of that value over the box from x to x + width on baseline y, a viewer's appearance stream empty; `flags` an annotation's. */
  const field = (value: string, x: number, y: number, width: number, flags = 0) =>
    `<< /Type /Annot /Subtype /Widget /FT /Tx /T (f${x}) /V ${utf16(value)} /Rect [${x} ${y - 3} ${x + width} ${y + 12}] /F ${flags} /DA (/F1 12 Tf 0 g) /AP << /N 9 0 R >> >>`;
  /** One A4 page drawn by `content` in cidFontPdf's font (SimSun, each glyph as wide as the size), the `fields` on it. */
  const form = (content: readonly string[], fields: readonly string[]) => {
    const refs = fields.map((_, i) => `${10 + i} 0 R`).join(' ');
    return new Uint8Array(
      pdfFile([
        `<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [${refs}] >> >>`,
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R /Annots [${refs}] >>`,
        pdfStream(content.join('\n')),
        ...simSunObjects(5),
        '<< /Type /XObject /Subtype /Form /BBox [0 0 40 15] /Length 0 >>\nstream\n\nendstream',
        ...fields,
      ]),
    );
  };
  // 全年审查规范性文件 (9 characters from 72) ends at 180, its field to 220; 件，办理行政复议案件 ends at 340, its field to 370
  const words = [
    line(72, 760, title),
    line(72, 730, '全年审查规范性文件'),
    line(220, 730, '件，办理行政复议案件'),
    line(370, 730, '件。'),
    line(72, 670, closing),
  ];

  it('reads each field’s value where it stands among the words, and one under them as a line of its own', async () => {
    const pdf = form(words, [field('17', 182, 730, 38), field('52', 342, 730, 28), field('培训执法人员380人次。', 72, 700, 400)]);
    expect(await filled(pdf, '填报表.pdf')).toEqual([title, figures, '培训执法人员380人次。', closing]);
  });

  it('reads a value the page draws in the field’s box once, and no hidden field’s', async () => {
    const drawn = [...words.slice(0, 2), line(184, 730, '17'), ...words.slice(2)];
    const pdf = form(drawn, [field('17', 182, 730, 38), field('52', 342, 730, 28), field('99', 72, 700, 40, 0x2)]);
    expect(await filled(pdf, '已拼合.pdf')).toEqual([title, figures, closing]);
  });
});

describe('shapes round 59 probed and found read right', () => {
  const document = (...paragraphs: string[]) =>
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD_MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${paragraphs.join('')}</w:body></w:document>`;

  it('reads a SmartArt diagram’s text in a .docx, each shape a line', async () => {
    const point = (id: string, text: string) =>
      `<dgm:pt modelId="${id}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:r><a:t>${text}</a:t></a:r></a:p></dgm:t></dgm:pt>`;
    const diagram = `<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="图示 1"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"><dgm:relIds xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" r:dm="rId8"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
    const docx = docxOfParts({
      'word/document.xml': document(wordParagraph(wordRun(title)), diagram, wordParagraph(wordRun(closing))),
      'word/_rels/document.xml.rels':
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/diagramData" Target="diagrams/data1.xml"/></Relationships>',
      'word/diagrams/data1.xml': `<?xml version="1.0" encoding="UTF-8"?><dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dgm:ptLst>${point('{1}', '审查规范性文件17件')}${point('{2}', '办理行政复议案件52件')}</dgm:ptLst></dgm:dataModel>`,
    });
    expect(await filled(new Uint8Array(docx), '图示.docx')).toEqual([title, '审查规范性文件17件', '办理行政复议案件52件', closing]);
  });

  it('reads a page’s form controls as a browser shows them: a field’s value, a text area, the option chosen, no hidden field', async () => {
    const body =
      '<form><p>全年审查规范性文件<input type="text" value="17" size="4">件，办理行政复议案件<input value="52">件。<input type="hidden" value="99"></p>' +
      '<textarea rows="3">培训执法人员380人次。</textarea><p>是否建立制度：<select><option>否</option><option selected>是</option></select></p></form>';
    expect(await filled(page(body), '表单.html')).toEqual([title, figures, '培训执法人员380人次。', '是否建立制度：是', closing]);
  });
});
