import { deflateRawSync, deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { Budget, LIMITS, Limits } from '../../src/ingest/budget.js';
import { checkPdfBudget } from '../../src/ingest/pdf-streams.js';
import { checkZipBudget } from '../../src/ingest/zip.js';
import { docxFile } from './fixtures.js';
import { deflateBomb, docxBomb, pdfFile, zipFile } from './hostile.js';

const MiB = 1024 * 1024;
const budget = (limits: Partial<Limits> = {}, now?: () => number) => new Budget('r.pdf', Limits.parse({ ...LIMITS, ...limits }), now);

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return (error as UserError).toString();
}

describe('the budget of one document', () => {
  it('spending past a limit names the limit and the file', () => {
    const b = budget({ pdfStreamBytes: 10 });
    b.spend('pdfStreamBytes', 10);
    expect(b.remaining('pdfStreamBytes')).toBe(0);
    expect(() => b.spend('pdfStreamBytes', 1)).toThrow('PDF 的内容解压后超过 0 MB 的上限');
  });

  it('time runs out at the wall-clock limit', () => {
    let now = 1000;
    const b = budget({ seconds: 2 }, () => now);
    now += 2000;
    expect(() => b.checkTime()).not.toThrow();
    now += 1;
    expect(() => b.checkTime()).toThrow('处理时间超过 2 秒的上限');
  });
});

describe('a .docx is checked before it is unpacked', () => {
  it('a real document passes and its parts are counted', async () => {
    const b = budget();
    await checkZipBudget(await docxFile(), b);
    expect(b.remaining('unpackedBytes')).toBeLessThan(LIMITS.unpackedBytes);
  });

  it('an entry unpacking beyond the ratio limit is refused, named', async () => {
    // 40 MiB from about 40 KB: within the 100 MiB total, far beyond 200 times its size
    expect(await refusal(checkZipBudget(docxBomb(40), budget()))).toContain('word/document.xml 压缩比超过 200 倍的上限');
  });

  it('entries together beyond the total are refused even when each is modest', async () => {
    const text = Buffer.alloc(2 * MiB, 'x');
    const entries = Array.from({ length: 6 }, (_, i) => ({ name: `word/part${i}.xml`, data: deflateRawSync(text), uncompressedSize: text.length }));
    const message = await refusal(checkZipBudget(zipFile(entries), budget({ unpackedBytes: 10 * MiB, ratioFloorBytes: 4 * MiB })));
    expect(message).toContain('解压后的内容超过 10 MB 的上限');
  });

  it('more entries than the limit are refused before any is unpacked', async () => {
    const entries = Array.from({ length: 30 }, (_, i) => ({ name: `p${i}`, data: Buffer.from('a'), uncompressedSize: 1, stored: true }));
    expect(await refusal(checkZipBudget(zipFile(entries), budget({ zipEntries: 20 })))).toContain('超过 20 个的上限');
  });
});

const stream = (dictionary: string, data: Buffer) =>
  Buffer.concat([Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream')]);
const onePage = (contents: Buffer, extra: Array<string | Buffer> = []) =>
  pdfFile(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>', contents, ...extra]);
const zlibBomb = (megabytes: number) => Buffer.concat([Buffer.from([0x78, 0x9c]), deflateBomb(megabytes, 'q Q '), Buffer.alloc(4)]);

describe('a PDF is checked before pdf.js opens it', () => {
  it('a real PDF passes, its content counted', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    for (let i = 0; i < 3; i++) pdf.addPage().drawText('Annual report, page text', { font, x: 50, y: 700 });
    const b = budget();
    await checkPdfBudget(await pdf.save(), b);
    expect(b.remaining('pdfStreamBytes')).toBeLessThan(LIMITS.pdfStreamBytes);
  });

  it.each([
    ['Flate', '/Filter /FlateDecode', zlibBomb(30)],
    ['ASCII85 then Flate', '/Filter [/A85 /Fl]', Buffer.from(ascii85Encode(zlibBomb(30)))],
    ['ASCIIHex then Flate', '/Filter [/ASCIIHexDecode /FlateDecode]', Buffer.from(zlibBomb(30).toString('hex') + '>')],
    ['RunLength', '/Filter /RunLengthDecode', Buffer.concat([Buffer.alloc(400_000, Buffer.from([0x81, 0x20])), Buffer.from([0x80])])],
  ])('a %s content stream beyond the limit is refused', async (_name, filter, data) => {
    expect(await refusal(checkPdfBudget(onePage(stream(filter, data)), budget({ pdfStreamBytes: 20 * MiB })))).toContain('PDF 的内容解压后超过 20 MB 的上限');
  });

  it('images are not counted up to their declared size, and refused beyond it', async () => {
    const pixels = deflateSync(Buffer.alloc(1000 * 1000 * 3, 0xff));
    const image = (width: number) => stream(`/Type /XObject /Subtype /Image /Width ${width} /Height 1000 /BitsPerComponent 8 /ColorSpace /DeviceRGB /Filter /FlateDecode`, pixels);
    const b = budget({ pdfStreamBytes: 1 * MiB });
    await checkPdfBudget(onePage(stream('', Buffer.from('q Q')), [image(1000)]), b);
    expect(b.remaining('pdfStreamBytes')).toBe(1 * MiB);
    const message = await refusal(checkPdfBudget(onePage(stream('', Buffer.from('q Q')), [image(10)]), budget({ pdfStreamBytes: 1 * MiB })));
    expect(message).toContain('PDF 的内容解压后超过');
  });

  it('a page tree declaring more pages than the limit is refused', async () => {
    const pdf = pdfFile(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Kids [] /Count 2001 /Type /Pages >>']);
    expect(await refusal(checkPdfBudget(pdf, budget()))).toContain('PDF 有 2001 页,超过 2000 页的上限');
  });

  it('delimiters inside strings and comments do not hide a stream', async () => {
    const tricky = Buffer.concat([Buffer.from('<< /Title (a >> b \\) << c) % >> in a comment\n /Filter /FlateDecode /Length 7 0 R >>\nstream\n'), zlibBomb(30), Buffer.from('\nendstream')]);
    expect(await refusal(checkPdfBudget(onePage(tricky), budget({ pdfStreamBytes: 20 * MiB })))).toContain('20 MB');
  });
});

/** ASCII85 as PDF writes it (no 'z' shortcut), ended by '~>'. */
function ascii85Encode(bytes: Buffer): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 4) {
    const chunk = Buffer.alloc(4);
    bytes.copy(chunk, 0, i, i + 4);
    let value = chunk.readUInt32BE(0);
    const digits: string[] = [];
    for (let d = 0; d < 5; d++) {
      digits.unshift(String.fromCharCode(0x21 + (value % 85)));
      value = Math.floor(value / 85);
    }
    out += digits.slice(0, Math.min(5, bytes.length - i + 1)).join('');
  }
  return `${out}~>`;
}
