import { deflateRawSync, deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { Budget, LIMITS, Limits } from '../../src/ingest/budget.js';
import { checkPdfBudget } from '../../src/ingest/pdf-streams.js';
import { checkZipBudget } from '../../src/ingest/zip.js';
import { docxFile } from './fixtures.js';
import { deflateBomb, docxBomb, encryptedPdf, pdfFile, zipFile, type PdfEncryption } from './hostile.js';
import { ingestBytes } from '../../src/ingest/index.js';

const MiB = 1024 * 1024;
const budget = (limits: Partial<Limits> = {}, now?: () => number) => new Budget('r.pdf', Limits.parse({ ...LIMITS, ...limits }), now);

const checkZip = (bytes: Uint8Array, b: Budget) => checkZipBudget(bytes, b, { damaged: '文件已损坏', xmlParts: 'docxXmlBytes' });

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return (error as UserError).toString();
}

describe('the budget of one document', () => {
  it('starts from limits that hold to their schema (positive, whole where counted)', () => {
    expect(Limits.parse(LIMITS)).toEqual(LIMITS);
    expect(Limits.safeParse({ ...LIMITS, zipEntries: 0.5 }).success).toBe(false);
  });

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
    await checkZip(await docxFile(), b);
    expect(b.remaining('unpackedBytes')).toBeLessThan(LIMITS.unpackedBytes);
  });

  it('an entry unpacking beyond the ratio limit is refused, named', async () => {
    // 40 MiB from about 40 KB: within the 100 MiB total, far beyond 200 times its size
    expect(await refusal(checkZip(docxBomb(40), budget()))).toContain('word/document.xml 压缩比超过 200 倍的上限');
  });

  it('entries together beyond the total are refused even when each is modest', async () => {
    const text = Buffer.alloc(2 * MiB, 'x');
    const entries = Array.from({ length: 6 }, (_, i) => ({ name: `word/media/image${i}.png`, data: deflateRawSync(text), uncompressedSize: text.length }));
    const message = await refusal(checkZip(zipFile(entries), budget({ unpackedBytes: 10 * MiB, ratioFloorBytes: 4 * MiB })));
    expect(message).toContain('解压后的内容超过 10 MB 的上限');
  });

  it('XML parts beyond their own limit are refused: the Word reader is slow on them', async () => {
    const text = Buffer.alloc(3 * MiB, '<w:p/>');
    const entries = Array.from({ length: 3 }, (_, i) => ({ name: `word/part${i}.xml`, data: deflateRawSync(text), uncompressedSize: text.length }));
    const message = await refusal(checkZip(zipFile(entries), budget({ docxXmlBytes: 8 * MiB, ratioFloorBytes: 4 * MiB })));
    expect(message).toContain('XML 部件解压后超过 8 MB 的上限');
    // the same bytes as pictures are within the total
    const pictures = entries.map((entry, i) => ({ ...entry, name: `word/media/p${i}.png` }));
    await checkZip(zipFile(pictures), budget({ docxXmlBytes: 8 * MiB, ratioFloorBytes: 4 * MiB }));
  });

  it('more entries than the limit are refused before any is unpacked', async () => {
    const entries = Array.from({ length: 30 }, (_, i) => ({ name: `p${i}`, data: Buffer.from('a'), uncompressedSize: 1, stored: true }));
    expect(await refusal(checkZip(zipFile(entries), budget({ zipEntries: 20 })))).toContain('超过 20 个的上限');
  });
});

const stream = (dictionary: string, data: Buffer) =>
  Buffer.concat([Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream')]);
const onePage = (contents: Buffer, extra: Array<string | Buffer> = []) =>
  pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    contents,
    ...extra,
  ]);
const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
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

  it('an LZW bomb (each code one byte longer than the last) is refused', async () => {
    expect(await refusal(checkPdfBudget(onePage(stream('/Filter /LZWDecode', lzwRuns(60))), budget({ pdfStreamBytes: 20 * MiB })))).toContain('20 MB');
  });

  it('LZW content is counted as pdf.js decodes it', async () => {
    const text = 'BT /F1 12 Tf 72 720 Td (Plain operators in LZW) Tj ET';
    const b = budget();
    const pdf = onePage(stream('/Filter /LZWDecode', lzwLiterals(text)), [FONT]);
    await checkPdfBudget(pdf, b);
    expect(LIMITS.pdfStreamBytes - b.remaining('pdfStreamBytes')).toBe(text.length);
    // the packing is the one pdf.js reads
    const page = await (await getDocumentProxy(new Uint8Array(pdf), { verbosity: 0 })).getPage(1);
    expect((await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('')).toBe('Plain operators in LZW');
  });

  it('LZW codes of every width are counted as pdf.js decodes them', async () => {
    // a font small enough for all the letters to stay on the page, where pdf.js reads text
    const prefix = [...Buffer.from('BT /F1 0.0003 Tf 72 720 Td (')];
    const first = 258 + prefix.length; // the table entry after the prefix and one 'a'
    const runs = Array.from({ length: 1800 }, (_, i) => first + i); // 'aa', 'aaa', …: nine to twelve bits
    const pdf = onePage(stream('/Filter /LZWDecode', packLzw([256, ...prefix, 0x61, ...runs, ...Buffer.from(') Tj ET'), 257])), [FONT]);
    const letters = 1 + runs.reduce((sum, _, i) => sum + i + 2, 0);
    const b = budget();
    await checkPdfBudget(pdf, b);
    expect(LIMITS.pdfStreamBytes - b.remaining('pdfStreamBytes')).toBe(prefix.length + letters + ') Tj ET'.length);
    const page = await (await getDocumentProxy(new Uint8Array(pdf), { verbosity: 0 })).getPage(1);
    const text = (await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('');
    expect(text.length).toBe(letters);
    expect(text).toBe('a'.repeat(letters));
  });

  it('images are not counted up to their declared size, and refused beyond it', async () => {
    const pixels = deflateSync(Buffer.alloc(1000 * 1000 * 3, 0xff));
    const image = (width: number) =>
      stream(`/Type /XObject /Subtype /Image /Width ${width} /Height 1000 /BitsPerComponent 8 /ColorSpace /DeviceRGB /Filter /FlateDecode`, pixels);
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
    const tricky = Buffer.concat([
      Buffer.from('<< /Title (a >> b \\) << c) % >> in a comment\n /Filter /FlateDecode /Length 7 0 R >>\nstream\n'),
      zlibBomb(30),
      Buffer.from('\nendstream'),
    ]);
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

/** Packs codes MSB first, widths as PDF's LZW (early change) has them after each code. */
function packLzw(codes: readonly number[]): Buffer {
  let width = 9;
  let next = 258;
  let first = true;
  let bits = '';
  for (const code of codes) {
    bits += code.toString(2).padStart(width, '0');
    if (code === 256) {
      width = 9;
      next = 258;
      first = true;
      continue;
    }
    if (!first && next < 4096) {
      next++;
      if (next + 1 >= 1 << width && width < 12) width++;
    }
    first = false;
  }
  bits = bits.padEnd(Math.ceil(bits.length / 8) * 8, '0');
  return Buffer.from(bits.match(/.{8}/g)!.map((byte) => parseInt(byte, 2)));
}

/** Literal codes only (fewer than 250, so all nine bits wide). */
function lzwLiterals(text: string): Buffer {
  return packLzw([256, ...Buffer.from(text), 257]);
}

/** `blocks` times: 'a', then each new table entry at once ('aa', 'aaa', …) until the table is full; then a clear. */
function lzwRuns(blocks: number): Buffer {
  const block = [256, 0x61, ...Array.from({ length: 4096 - 258 }, (_, i) => 258 + i)];
  return packLzw([...Array.from({ length: blocks }, () => block).flat(), 257]);
}

describe('a PDF encrypted with an owner password only is checked decrypted', () => {
  const encryptions: PdfEncryption[] = ['rc4-40', 'aes-128', 'aes-256'];
  const text = 'BT /F1 12 Tf 72 720 Td (Annual report, encrypted) Tj ET';

  it.each(encryptions)('%s: pdf.js reads it without a password, and its content is counted', async (encryption) => {
    const pdf = encryptedPdf(encryption, deflateSync(text));
    const b = budget();
    await checkPdfBudget(pdf, b);
    expect(LIMITS.pdfStreamBytes - b.remaining('pdfStreamBytes')).toBe(text.length);
    expect((await ingestBytes(new Uint8Array(pdf), 'r.pdf')).text.replace('\n', ' ')).toBe('Annual report, encrypted');
  });

  // pdf.js decrypted and inflated it whole: a 3 MB file grew past 3 GB and ran past every time limit
  it.each(encryptions)('%s: a content stream beyond the limit is refused', async (encryption) => {
    expect(await refusal(checkPdfBudget(encryptedPdf(encryption, zlibBomb(30)), budget({ pdfStreamBytes: 20 * MiB })))).toContain('20 MB');
  });

  it('one that needs a password to open is told so', async () => {
    expect(await refusal(ingestBytes(new Uint8Array(encryptedPdf('rc4-40', deflateSync(text), '/Filter /FlateDecode', true)), 'r.pdf'))).toContain(
      'PDF 有密码保护,无法读取;请先解除密码',
    );
  });
});
