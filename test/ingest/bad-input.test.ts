import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Document, ImageRun, Packer, Paragraph } from 'docx';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT, UserError } from '../../src/errors.js';
import { Budget, LIMITS, Limits, MAX_LINE_CHARS, ingestBytes, ingestFile } from '../../src/ingest/index.js';
import { readStream } from '../../src/ingest/read.js';
import iconv from 'iconv-lite';
import { docxFile } from './fixtures.js';
import { unmappedFontPdf } from './hostile.js';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duibiao-ingest-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function write(name: string, bytes: Uint8Array | string): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, bytes);
  return file;
}

async function expectUserError(promise: Promise<unknown>, file: string, phrase: string): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `expected a UserError containing "${phrase}"`).toBeInstanceOf(UserError);
  const userError = error as UserError;
  expect(userError.exitCode).toBe(EXIT.badInput);
  expect(userError.message).toContain(phrase);
  expect(userError.place.file).toBe(file);
}

const bytes = (...values: number[]) => new Uint8Array(values);
const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1);
const jpeg = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1);
const gif = new Uint8Array(Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00', 'latin1'));
const zip = new Uint8Array(Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00notes.txt', 'latin1'));
/** An ODF package cut off after the name of its first entry (its type, stored uncompressed). */
const odt = new Uint8Array(Buffer.from('PK\x03\x04\x0a\x00\x00\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.text', 'latin1'));
const xlsx = new Uint8Array(Buffer.from('PK\x03\x04\x14\x00\x06\x00\x08\x00xl/workbook.xml', 'latin1'));
const elf = bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
const oldWord = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0);
/** Office's envelope for a password-protected .docx: a compound file whose directory names the EncryptedPackage stream. */
const sealedDocx = new Uint8Array(
  Buffer.concat([
    Buffer.from(oldWord),
    Buffer.alloc(1012),
    Buffer.from('EncryptedPackage', 'utf16le'),
    Buffer.alloc(64),
    Buffer.from('EncryptionInfo', 'utf16le'),
  ]),
);
const junk = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);

describe('bad input is a UserError naming the file, in Chinese', () => {
  const table: Array<[string, string, () => Promise<Uint8Array | string>]> = [
    ['empty.txt', '文件是空的', async () => ''],
    ['blank.txt', '文件是空的', async () => ' \n\t\r\n\u3000\u3000\n  '],
    ['image.txt', '不是文本文件', async () => png],
    ['photo.txt', '不是文本文件', async () => jpeg],
    ['anim.txt', '不是文本文件', async () => gif],
    ['archive.txt', '不是文本文件', async () => zip],
    ['program.txt', '不是文本文件', async () => elf],
    ['junk.txt', '不是文本文件', async () => junk],
    // a compound file's header alone: cut before its directory (doc56 reads a .doc whose directory names WordDocument)
    ['legacy.doc', '文件已损坏或不完整:旧版 Office 或 WPS 文档', async () => oldWord],
    ['sealed.docx', '文档设有打开密码,已加密', async () => sealedDocx],
    ['report.odt', '文件已损坏或不完整,无法作为 OpenDocument 文本(.odt)读取', async () => odt],
    ['table.xlsx', 'Excel 表格', async () => xlsx],
    ['cut.docx', '文件已损坏或不完整', async () => (await docxFile()).slice(0, 600)],
    ['text.docx', '内容是纯文本,不是 DOCX 文件', async () => '这其实是一段纯文本,不是 Word 文档。'],
    ['broken.pdf', '文件已损坏或不完整', async () => '%PDF-1.7\n这不是一个真正的 PDF 文件的内容\n%%EOF'],
    ['text.pdf', '内容是纯文本,不是 PDF 文件', async () => '这其实是一段纯文本,不是 PDF 文件。'],
    // a site's page given instead of the document was "damaged"
    [
      'download.pdf',
      '内容是网页(HTML),不是 PDF 文件;可能下载时网站给出的是网页,请重新下载',
      async () => '\uFEFF<!DOCTYPE html><html><head><title>404</title></head><body>您访问的页面不存在</body></html>',
    ],
    ['scan.pdf', '扫描件,没有文字层,需要先做文字识别(OCR)', scannedPdf],
    // was "not a report" with no word of why
    ['titled-scan.pdf', 'PDF 中几乎只有图片(文字不足 100 字),可能是扫描件,需要先做文字识别(OCR)', titledScanPdf],
    // a scan put into Word or a page as pictures, under a title: "empty", or "not a report" with no word of why
    ['scan.docx', 'Word 文档中几乎只有图片(文字不足 100 字),可能是扫描件,需要先做文字识别(OCR)', scannedDocx],
    [
      'scan.html',
      '网页正文几乎只有图片(文字不足 100 字),可能是扫描件,需要先做文字识别(OCR)',
      async () => `<html><body><h1>${REPORT_TITLE}</h1><div id="zoom"><img src="page1.jpg"><img src="page2.jpg"></div></body></html>`,
    ],
    // read on, these were "not a report" with no word of why
    ['unmapped.pdf', '文字是乱码,无法读取:大部分字符既不是汉字也不是英文字母;PDF 的字体缺少文字映射', async () => unmappedFontPdf()],
    [
      'frames.html',
      '网页是框架页(frameset),本身没有正文;报告在它的框架 left.html、main.html 中',
      async () =>
        '<html><head><title>某区2023年法治政府建设情况报告</title></head><frameset cols="20%,80%"><frame src="left.html"><frame src="main.html">' +
        '<noframes>您的浏览器不支持框架。</noframes></frameset></html>',
    ],
    // a page that forwards, or shows its article in a frame or by script, was "not a report" or "empty"
    [
      'forward.html',
      '网页只是跳转页,本身没有正文;它会跳转到 /art/2024/1.html',
      async () => '<html><head><meta content="0; url=/art/2024/1.html" http-equiv="Refresh"></head><body>页面跳转中……</body></html>',
    ],
    [
      'shell.html',
      '内容在内嵌的网页(iframe)content.html 中',
      async () => '<html><body><h1>某区人民政府</h1><iframe src="content.html"></iframe></body></html>',
    ],
    ['app.html', '内容由脚本在浏览器中生成', async () => '<html><body><div id="app"></div><script src="app.js"></script></body></html>'],
    // GBK bytes once converted to UTF-8 as if they were Cyrillic (as Latin-1 they are read back: hostile-round32)
    ['mojibake.txt', '文字是乱码', async () => iconv.decode(iconv.encode('全年受理行政复议申请18件,已审结16件,纠错3件。\n'.repeat(20), 'gbk'), 'koi8-r')],
    // duibiao's own outputs quote the report's evidence: read as reports, they scored higher than the report
    [
      'result.json',
      '这是 duibiao 的评分结果(JSON),不是报告原文',
      async () => JSON.stringify({ schemaVersion: 1, tool: { name: 'duibiao', version: '0' }, results: [] }),
    ],
    [
      'result.html',
      '这是 duibiao 生成的核查结果网页',
      async () => '<!DOCTYPE html>\n<html><head><meta name=generator content=duibiao></head><body><p>全年受理行政复议申请18件。</p></body></html>',
    ],
    ['data.json', '这是 JSON 数据文件', async () => '[{"区": "某区", "行政复议": 18}]'],
    // parsed whole before a word was said: 4 s and 570 MB
    ['nested.json', '这是 JSON 数据文件', async () => `${'['.repeat(5_000_000)}${']'.repeat(5_000_000)}`],
    // Word's own XML (另存为 Word XML 文档, Word 2003 XML) read as text was all markup on one line: no place, no year
    [
      'report.xml',
      '这是 Word XML 格式的文档(.xml),不能直接读取;请用 Word 或 WPS 打开后另存为 .docx',
      async () =>
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n' +
        '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml"><pkg:xmlData>' +
        '<w:document><w:body><w:p><w:r><w:t>全年受理行政复议申请18件。</w:t></w:r></w:p></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>',
    ],
    [
      'word2003.xml',
      '这是 Word XML 格式的文档',
      async () =>
        '<?xml version="1.0" encoding="UTF-8"?>\n<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml">' +
        '<w:body><w:p><w:r><w:t>全年受理行政复议申请18件。</w:t></w:r></w:p></w:body></w:wordDocument>',
    ],
    // a search for the filter array from each /Filter[ to the end of the dictionary took minutes
    [
      'filters.pdf',
      '文件已损坏或不完整',
      async () => `%PDF-1.4\n1 0 obj\n<< /Length 3 ${'/Filter['.repeat(200_000)} >>\nstream\nabc\nendstream\nendobj\n%%EOF\n`,
    ],
  ];
  it.each(table)('%s: %s', async (name, phrase, make) => {
    const file = await write(name, await make());
    await expectUserError(ingestFile(file), file, phrase);
  });

  it('a missing file', async () => {
    const file = path.join(dir, 'nowhere.txt');
    await expectUserError(ingestFile(file), file, '文件不存在');
  });

  it('a directory', async () => {
    await expectUserError(ingestFile(dir), dir, '是目录,不是文件;请给出报告文件的路径(核查整个目录请用 duibiao batch 目录 --out 结果目录)');
  });

  it('a file over the size limit is refused before it is read, the limit in the message', async () => {
    const file = path.join(dir, 'huge.txt');
    const handle = await fs.open(file, 'w');
    await handle.truncate(LIMITS.inputBytes + 1); // sparse: no 20 MB written
    await handle.close();
    await expectUserError(ingestFile(file), file, '20 MB');
  });

  it('standard input stops being read past the size limit', async () => {
    let produced = 0;
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    const endless = Readable.from(
      (function* () {
        while (produced < 100) {
          produced++;
          yield chunk;
        }
      })(),
    );
    await expectUserError(readStream(endless, new Budget('-')), '标准输入', '20 MB');
    expect(produced).toBeLessThan(25);
  });
});

/** A one-page PDF with only a drawn rectangle, as a scanner without OCR would leave it. */
async function scannedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  page.drawRectangle({ x: 50, y: 50, width: 495, height: 742, color: rgb(0.9, 0.9, 0.9) });
  return pdf.save();
}

/** Pages scanned as pictures, a title typed over the first (Latin: pdf-lib's standard fonts have no CJK glyphs). */
async function titledScanPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = await pdf.embedPng(ONE_PIXEL_PNG);
  for (let i = 0; i < 3; i++) {
    const sheet = pdf.addPage([595, 842]);
    if (i === 0) sheet.drawText('Annual report on law-based government, 2023', { x: 50, y: 800, size: 14, font });
    sheet.drawImage(page, { x: 50, y: 80, width: 495, height: 700 });
  }
  return pdf.save();
}

const ONE_PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

const REPORT_TITLE = '某区2023年法治政府建设情况报告';

/** A title, then each page of a scan as a picture (a 1×1 PNG stands for it). */
async function scannedDocx(): Promise<Uint8Array> {
  const page = () => new Paragraph({ children: [new ImageRun({ type: 'png', data: ONE_PIXEL_PNG, transformation: { width: 600, height: 840 } })] });
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(REPORT_TITLE), page(), page()] }] }));
}

describe('absurdly long lines', () => {
  it('a 10 MB single line is split after sentence ends, offsets still aligned', async () => {
    const sentence = '全年办理行政复议案件12件,纠错率为8.3%。';
    const line = sentence.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(sentence)));
    // 3.5 million characters: past the text limits, which this test is not about
    const roomy = new Budget('long.txt', Limits.parse({ ...LIMITS, textChars: 10_000_000, textPieces: 1_000_000 }));
    const source = await ingestBytes(new Uint8Array(Buffer.from(line)), 'long.txt', roomy);
    const lines = source.text.split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => l.length <= MAX_LINE_CHARS && l.endsWith('。'))).toBe(true);
    expect(source.text.replace(/\n/g, '')).toBe(line);
    expect(source.text.length).toBe(source.original.length);
  }, 60_000);

  it('text past the character limit is refused, the limit named', async () => {
    const text = '全年办理行政复议案件12件。\n'.repeat(Math.ceil(LIMITS.textChars / 15) + 1);
    await expectUserError(ingestBytes(new Uint8Array(Buffer.from(text)), 'long.txt'), 'long.txt', '超过 100 万字的上限');
  });

  it('text of too many lines or sentences is refused, the limit named; a long report is not', async () => {
    for (const text of ['法\n'.repeat(150_000), '法。'.repeat(150_000)]) {
      await expectUserError(ingestBytes(new Uint8Array(Buffer.from(text)), 'pieces.txt'), 'pieces.txt', '行和句子超过 10 万个的上限');
    }
    const report = '全年办理行政复议案件12件,依法纠错率为8.3%,行政机关负责人出庭应诉率达到100%。\n';
    const source = await ingestBytes(new Uint8Array(Buffer.from(report.repeat(Math.floor(LIMITS.textChars / report.length)))), 'long.txt');
    expect(source.text.length).toBeGreaterThan(0.95 * LIMITS.textChars);
  });

  it('a long line without any sentence end is cut at the limit', async () => {
    const source = await ingestBytes(new Uint8Array(Buffer.from('法'.repeat(3 * MAX_LINE_CHARS + 7))), 'long.txt');
    expect(source.text.split('\n').map((l) => l.length)).toEqual([MAX_LINE_CHARS, MAX_LINE_CHARS, MAX_LINE_CHARS, 7]);
  });
});

describe('bidirectional controls', () => {
  // U+202E in a sentence went on into its evidence quote, the words after it shown reversed
  it('are dropped, as other invisible characters are', async () => {
    const text = '某区2023年法治政府建设年度报告\n全年办理行政\u202e复议案件\u2066\u200f30件\u2069\u202c。\n';
    const source = await ingestBytes(new Uint8Array(Buffer.from(text)), 'bidi.txt');
    expect(source.original).toBe('某区2023年法治政府建设年度报告\n全年办理行政复议案件30件。');
  });
});
