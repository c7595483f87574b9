import { createCipheriv, createHash } from 'node:crypto';
import { constants, deflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { expect } from 'vitest';
import { EXIT, UserError } from '../../src/errors.js';
import { Budget, LIMITS } from '../../src/ingest/budget.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { REPORT_LINES } from './fixtures.js';

/**
 * Hostile inputs, generated in memory in milliseconds: compression bombs are built by
 * repeating one deflate chunk (a sync-flushed chunk of a repetitive text decodes the same
 * wherever it stands, as all its back-references stay within repeated bytes), so a
 * gigabyte of expansion costs a few hundred kilobytes and no gigabyte is ever allocated.
 */

const MiB = 1024 * 1024;

/** Raw deflate data expanding to `megabytes` MiB of `unit` repeated; the data is about 1/1000 of that. */
export function deflateBomb(megabytes: number, unit = ' '): Buffer {
  const block = Buffer.alloc(MiB, unit);
  const chunk = deflateRawSync(block, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  // a final, empty stored block ends the stream
  return Buffer.concat([...Array.from({ length: megabytes }, () => chunk), Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff])]);
}

interface ZipEntry {
  name: string;
  /** raw deflate data, or the stored bytes when `stored` */
  data: Buffer;
  uncompressedSize: number;
  stored?: boolean;
}

/** A ZIP file written by hand, so that entries can hold prepared (bomb) data and any declared size. */
export function zipFile(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const method = entry.stored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.uncompressedSize % 2 ** 32, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.uncompressedSize % 2 ** 32, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A zip entry stored as it is, uncompressed. */
export const stored = (name: string, content: string | Buffer): ZipEntry => {
  const data = Buffer.from(content);
  return { name, data, uncompressedSize: data.length, stored: true };
};

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A .docx of stored parts, its document (word/document.xml) among them, by name. */
export function docxOfParts(parts: Readonly<Record<string, string | Buffer>>): Buffer {
  return zipFile([
    stored('[Content_Types].xml', CONTENT_TYPES),
    stored('_rels/.rels', RELS),
    ...Object.entries(parts).map(([name, content]) => stored(name, content)),
  ]);
}

/**
 * A .docx whose part `name` (by default word/document.xml) expands to `megabytes` MiB of
 * spaces. With `declaredSize` the headers state that size instead of the true one, as a bomb
 * that lies would.
 */
export function docxBomb(megabytes: number, declaredSize = megabytes * MiB, name = 'word/document.xml'): Buffer {
  return zipFile([
    stored('[Content_Types].xml', CONTENT_TYPES),
    stored('_rels/.rels', RELS),
    { name, data: deflateBomb(megabytes), uncompressedSize: declaredSize },
  ]);
}

/** A PDF written by hand from object bodies (object n is bodies[n - 1]); object 1 is the catalog. `trailer` adds entries to its trailer. */
export function pdfFile(bodies: ReadonlyArray<string | Buffer>, trailer = ''): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(length);
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n')]);
    parts.push(part);
    length += part.length;
  });
  const xref = [`xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R${trailer} >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
const streamObject = (dictionary: string, data: Buffer): Buffer =>
  Buffer.concat([Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream')]);

/** A one-page PDF whose content stream inflates to `megabytes` MiB of harmless operators. */
export function pdfBomb(megabytes: number): Buffer {
  // a zlib header before the raw deflate data; pdf.js does not check the trailing checksum
  const data = Buffer.concat([Buffer.from([0x78, 0x9c]), deflateBomb(megabytes, 'q Q '), Buffer.alloc(4)]);
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    streamObject('/Filter /FlateDecode', data),
    FONT,
  ]);
}

/** A PDF of `count` pages, each a line of text (sharing one content stream). */
export function manyPagesPdf(count: number): Buffer {
  const firstPage = 5;
  const kids = Array.from({ length: count }, (_, i) => `${firstPage + i} 0 R`).join(' ');
  const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 3 0 R >>';
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`,
    streamObject('', Buffer.from('BT /F1 12 Tf 72 720 Td (Annual report on law-based government, page text) Tj ET')),
    FONT,
    ...Array.from({ length: count }, () => page),
  ]);
}

/** `levels` nested <div>s around one sentence: 11 bytes a level. */
export function deepHtml(levels: number, sentence: string): string {
  return `<html><body>${'<div>'.repeat(levels)}<p>${sentence}</p>${'</div>'.repeat(levels)}</body></html>`;
}

/** The text as UTF-16 without a byte order mark. */
export function utf16WithoutBom(text: string, endian: 'le' | 'be'): Buffer {
  return iconv.encode(text, endian === 'le' ? 'utf-16le' : 'utf-16be', { addBOM: false });
}

/** UTF-8 text with one byte that is never valid UTF-8 put in the middle of a line. */
export function utf8WithInvalidByte(text: string): Buffer {
  const bytes = Buffer.from(text);
  const middle = bytes.indexOf('\n', bytes.length >> 1);
  return Buffer.concat([bytes.subarray(0, middle), Buffer.from([0xff]), bytes.subarray(middle)]);
}

/**
 * A one-page PDF whose text is shown in a CID font with no Unicode map (no ToUnicode, Identity
 * encoding, no embedded font): pdf.js can only give the glyph ids as characters, which land in
 * Latin Extended, Arabic, Devanagari and other scripts.
 */
export function unmappedFontPdf(): Buffer {
  const glyphs = Array.from({ length: 300 }, (_, i) => (0x0100 + ((i * 37) % 3000)).toString(16).padStart(4, '0')).join('');
  const lines = [0, 1, 2].map((n) => `0 -20 Td <${glyphs.slice(n * 400, n * 400 + 400)}> Tj`).join(' ');
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    streamObject('', Buffer.from(`BT /F1 12 Tf 72 760 Td ${lines} ET`)),
    '<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R >>',
    '<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  ]);
}

export type PdfEncryption = 'rc4-40' | 'aes-128' | 'aes-256';

/**
 * A one-page PDF whose content stream (`data`, filtered as `filter` says) is encrypted by the
 * standard security handler, revision 2 (RC4, 40 bits), 4 (AES-128) or 6 (AES-256), with an owner
 * password only: it opens without one, as pdf.js reads it. With `needsPassword` (revision 2) the
 * user password is not empty.
 */
export function encryptedPdf(encryption: PdfEncryption, data: Buffer, filter = '/Filter /FlateDecode', needsPassword = false): Buffer {
  const id = Buffer.from('0123456789abcdef');
  const owner = createHash('sha256').update('owner').digest();
  const hex = (bytes: Buffer) => `<${bytes.toString('hex')}>`;
  const common = `/O ${hex(owner)} /P -4`;
  let dictionary: string;
  let encrypted: Buffer;
  if (encryption === 'aes-256') {
    const fileKey = createHash('sha256').update('file key').digest();
    const [validationSalt, keySalt] = [Buffer.from('validate'), Buffer.from('keysalt!')];
    const user = Buffer.concat([revision6Hash(validationSalt), validationSalt, keySalt]);
    const userKey = aes('aes-256-cbc', revision6Hash(keySalt), Buffer.alloc(16), fileKey, false);
    dictionary =
      `<< /Filter /Standard /V 5 /R 6 /Length 256 /CF << /StdCF << /CFM /AESV3 /AuthEvent /DocOpen /Length 32 >> >> /StmF /StdCF /StrF /StdCF ` +
      `/O ${hex(Buffer.concat([owner, owner.subarray(0, 16)]))} /U ${hex(user)} /OE ${hex(owner)} /UE ${hex(userKey)} /Perms ${hex(owner.subarray(0, 16))} /P -4 >>`;
    encrypted = withIv('aes-256-cbc', fileKey, data);
  } else {
    const permissions = Buffer.from([0xfc, 0xff, 0xff, 0xff]);
    let key = md5(PDF_PAD, owner, permissions, id);
    const aesKey = encryption === 'aes-128';
    if (aesKey) for (let i = 0; i < 50; i++) key = md5(key);
    key = key.subarray(0, aesKey ? 16 : 5);
    const objectKey = md5(key, Buffer.from([4, 0, 0, 0, 0]), Buffer.from(aesKey ? 'sAlT' : '')).subarray(0, Math.min(key.length + 5, 16));
    if (aesKey) {
      let check = rc4(key, md5(PDF_PAD, id));
      for (let i = 1; i <= 19; i++) check = rc4(Buffer.from(key.map((byte) => byte ^ i)), check);
      dictionary = `<< /Filter /Standard /V 4 /R 4 /Length 128 /CF << /StdCF << /CFM /AESV2 /AuthEvent /DocOpen /Length 16 >> >> /StmF /StdCF /StrF /StdCF ${common} /U ${hex(Buffer.concat([check, Buffer.alloc(16)]))} >>`;
      encrypted = withIv('aes-128-cbc', objectKey, data);
    } else {
      const user = needsPassword ? createHash('sha256').update('a password').digest() : rc4(key, PDF_PAD);
      dictionary = `<< /Filter /Standard /V 1 /R 2 ${common} /U ${hex(user)} >>`;
      encrypted = rc4(objectKey, data);
    }
  }
  return pdfFile(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
      streamObject(filter, encrypted),
      FONT,
      dictionary,
    ],
    ` /Encrypt 6 0 R /ID [${hex(id)} ${hex(id)}]`,
  );
}

const PDF_PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const md5 = (...parts: Buffer[]): Buffer => createHash('md5').update(Buffer.concat(parts)).digest();

function aes(cipher: 'aes-128-cbc' | 'aes-256-cbc', key: Buffer, iv: Buffer, data: Buffer, padding = true): Buffer {
  const encrypt = createCipheriv(cipher, key, iv).setAutoPadding(padding);
  return Buffer.concat([encrypt.update(data), encrypt.final()]);
}

const withIv = (cipher: 'aes-128-cbc' | 'aes-256-cbc', key: Buffer, data: Buffer): Buffer => {
  const iv = Buffer.from('initialisation v');
  return Buffer.concat([iv, aes(cipher, key, iv, data)]);
};

/** ISO 32000-2's hash (algorithm 2.B) of the empty password with a salt, as pdf.js computes it. */
function revision6Hash(salt: Buffer): Buffer {
  let key = createHash('sha256').update(salt).digest();
  let last = 0;
  for (let round = 0; round < 64 || last > round - 32; round++) {
    const encrypted = aes('aes-128-cbc', key.subarray(0, 16), key.subarray(16, 32), Buffer.concat(Array.from({ length: 64 }, () => key)), false);
    const remainder = encrypted.subarray(0, 16).reduce((sum, byte) => sum + byte, 0) % 3;
    key = createHash(['sha256', 'sha384', 'sha512'][remainder]!).update(encrypted).digest();
    last = encrypted[encrypted.length - 1]!;
  }
  return key.subarray(0, 32);
}

function rc4(key: Buffer, data: Buffer): Buffer {
  const state = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + state[i]! + key[i % key.length]!) % 256;
    [state[i], state[j]] = [state[j]!, state[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) % 256;
    j = (j + state[i]!) % 256;
    [state[i], state[j]] = [state[j]!, state[i]!];
    out[n] = data[n]! ^ state[(state[i]! + state[j]!) % 256]!;
  }
  return out;
}

/** The message of the refusal `promise` ends in: a bad-input error naming `file`. */
export async function refusal(promise: Promise<unknown>, file: string): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).exitCode).toBe(EXIT.badInput);
  expect((error as UserError).place.file).toBe(file);
  return (error as UserError).message;
}

/** A time check whose clock moves a second at each look: a budget of 3 seconds for `file` is spent at the fourth. */
export function steppingClock(file: string): { checkTime: () => void; looks: () => number } {
  let clock = 0;
  let looks = 0;
  const budget = new Budget(file, { ...LIMITS, seconds: 3 }, () => clock);
  return {
    checkTime: () => {
      looks++;
      clock += 1000;
      budget.checkTime();
    },
    looks: () => looks,
  };
}

/** `run` stops at the fourth look of `steppingClock(file)` with the budget's message naming the file. */
export function expectTimeUpAtFourthLook(run: () => unknown, file: string, looks: () => number): void {
  let error: unknown;
  try {
    run();
  } catch (thrown) {
    error = thrown;
  }
  expect(error).toBeInstanceOf(UserError);
  expect(String(error)).toContain(file);
  expect(String(error)).toContain('处理时间超过 3 秒的上限');
  expect(looks()).toBe(4);
}

/** An input's bytes as a file holds them: a string as UTF-8. */
export const bytesOf = (input: Uint8Array | string): Uint8Array => (typeof input === 'string' ? new Uint8Array(Buffer.from(input)) : input);

/** The text ingest reads of `input` as a file named `file`, as the report wrote it. */
export const readText = async (input: Uint8Array | string, file: string): Promise<string> => (await ingestBytes(bytesOf(input), file)).original;

/** The sample report's line of figures, and what stands before and after its 12件. */
export const FIGURES_LINE = REPORT_LINES[4]!;
export const [BEFORE_FIGURE, AFTER_FIGURE] = FIGURES_LINE.split('12件') as [string, string];
/** The sample report as a plain text. */
export const PLAIN = REPORT_LINES.join('\n');

/** Where a figurePdf's hidden characters stand: their left end and baseline, and their width. */
export type HiddenPlace = (x: number, y: number, width: number) => string;

/** A string's characters as a hex string of CIDs for the Identity-H font of `cidFontPdf` (CID = code point). */
export const cidHex = (text: string) => `<${[...text].map((char) => char.codePointAt(0)!.toString(16).padStart(4, '0')).join('')}>`;

/**
 * One A4 page drawn by `content` (and `more` content streams after it) in font /F1: SimSun as an Identity-H CID font
 * whose ToUnicode map gives each CID as its own code point, so `cidHex` writes any text. `resources` adds entries to the
 * page's resources (an /ExtGState); `widths` gives glyphs their widths (HALF_WIDTH_ASCII: ASCII at half the size).
 */
export function cidFontPdf(content: string, more: readonly string[] = [], resources = '', widths = ''): Uint8Array {
  const contents = [4, ...more.map((_, i) => 9 + i)].map((object) => `${object} 0 R`).join(' ');
  return new Uint8Array(
    pdfFile([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> ${resources} >> /Contents [${contents}] >>`,
      pdfStream(content),
      ...simSunObjects(5, widths),
      ...more.map(pdfStream),
    ]),
  );
}

/** A PDF of pages drawn by `contents` in cidFontPdf's font (SimSun, each glyph as wide as the size, any text by cidHex). */
export function cidFontPages(contents: readonly string[]): Uint8Array {
  const firstPage = 7;
  const kids = contents.map((_, i) => `${firstPage + 2 * i} 0 R`).join(' ');
  return new Uint8Array(
    pdfFile([
      '<< /Type /Catalog /Pages 2 0 R >>',
      `<< /Type /Pages /Kids [${kids}] /Count ${contents.length} >>`,
      ...simSunObjects(3),
      ...contents.flatMap((content, i) => [
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${firstPage + 2 * i + 1} 0 R >>`,
        pdfStream(content),
      ]),
    ]),
  );
}

/** A simple Latin font: Times New Roman, not embedded, in WinAnsi, each glyph half the size wide. */
export const LATIN_FONT = `<< /Type /Font /Subtype /TrueType /BaseFont /TimesNewRomanPSMT /FirstChar 32 /LastChar 126 /Widths [${'500 '.repeat(95)}] /Encoding /WinAnsiEncoding >>`;

/** One A4 page drawn by `content` in cidFontPdf's font as /F1 and `latin` (a font dictionary, LATIN_FONT unless told) as /F2. */
export function twoFontPdf(content: string, latin = LATIN_FONT): Uint8Array {
  return new Uint8Array(
    pdfFile([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 9 0 R >> >> /Contents 4 0 R >>',
      pdfStream(content),
      ...simSunObjects(5),
      latin,
    ]),
  );
}

export const pdfStream = (data: string) => `<< /Length ${Buffer.byteLength(data, 'latin1')} >>\nstream\n${data}\nendstream`;

/** A CID font's /W entries setting the printable ASCII glyphs at half the size, as a CJK font's half-width forms are. */
export const HALF_WIDTH_ASCII = Array.from({ length: 0x5f }, (_, i) => `${0x20 + i} [500]`).join(' ');

/**
 * SimSun as an Identity-H CID font at object `font`, its CIDFont (each glyph as wide as the size but those `widths`
 * gives), descriptor and ToUnicode map (each CID its own code point) the next three.
 */
export const simSunObjects = (font: number, widths = '') => [
  `<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [${font + 1} 0 R] /ToUnicode ${font + 3} 0 R >>`,
  `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${font + 2} 0 R /DW 1000${widths === '' ? '' : ` /W [${widths}]`} >>`,
  '<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  pdfStream(
    [
      '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Identity-UCS def /CMapType 2 def',
      '1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0000> <FFFF> <0000> endbfrange',
      'endcmap CMapName currentdict /CMap defineresource pop end end',
    ].join('\n'),
  ),
];

/**
 * The sample report as a one-page PDF, a line a row, at size 6 in a font whose glyphs are each 6 points
 * wide and whose codes are the characters' own (mapped back by a ToUnicode map); between the figure's
 * 1 and its 2件 the characters `hidden` are drawn. `under` draws before the lines, `over` after them in
 * the same content stream, `later` in a second content stream of the page; each is told where the
 * hidden characters stand. `resources` adds entries to the page's resources (an /ExtGState).
 */
export function figurePdf(hidden: string, places: { under?: HiddenPlace; over?: HiddenPlace; later?: HiddenPlace } = {}, resources = ''): Uint8Array {
  const at = (x: number, y: number, text: string) => (text === '' ? '' : `BT /F1 6 Tf 1 0 0 1 ${x} ${y} Tm ${cidHex(text)} Tj ET`);
  const left = 30;
  const row = REPORT_LINES.indexOf(FIGURES_LINE);
  const [y, x, width] = [800 - 14 * row, left + 6 * (BEFORE_FIGURE.length + 1), 6 * hidden.length];
  const lines = REPORT_LINES.map((line, i) =>
    line === FIGURES_LINE
      ? [at(left, y, `${BEFORE_FIGURE}1`), at(x, y, hidden), at(x + width, y, `2件${AFTER_FIGURE}`)].join('\n')
      : at(left, 800 - 14 * i, line),
  );
  const content = [places.under?.(x, y, width) ?? '', ...lines, places.over?.(x, y, width) ?? ''].join('\n');
  return cidFontPdf(content, [places.later?.(x, y, width) ?? ''], resources);
}

/** Word's main namespace, and its XML as the hostile rounds write it. */
export const WORD_MAIN = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const wordRun = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
export const wordParagraph = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
/** A field written as Word writes one: its code between begin and separate, its saved result before end. */
export const wordField = (code: string, result: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${code} </w:instrText></w:r>` +
  `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${wordRun(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
export const wordSimpleField = (code: string, result: string) => `<w:fldSimple w:instr=" ${code} ">${wordRun(result)}</w:fldSimple>`;
/** A .docx whose body is the given paragraphs between a title paragraph and a closing one. */
export const wordDocxBetween = (title: string, closing: string, paragraphs: readonly string[]) =>
  new Uint8Array(
    docxOfParts({
      'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD_MAIN}"><w:body>${[
        wordParagraph(wordRun(title)),
        ...paragraphs,
        wordParagraph(wordRun(closing)),
      ].join('')}</w:body></w:document>`,
    }),
  );

/** A PDF page's two columns, each line 16 characters wide at 10 points a character (the two-column rounds). */
export const TWO_COLUMNS = {
  left: [
    '一、依法决策情况。全年审查县政府',
    '规范性文件12件，合法性审查率达',
    '到100％，听证会召开2次，专家',
    '论证意见全部采纳。',
    '二、执法监督情况。组织执法人员参',
    '加专题培训3期，累计培训460人',
    '次。',
  ],
  right: [
    '三、复议应诉情况。全年办理行政复',
    '议案件35件，纠错率为8％，行政',
    '机关负责人出庭应诉率为100％。',
    '四、普法宣传情况。开展法治宣传活',
    '动26场，发放资料5000份，覆',
    '盖全县各乡镇。',
  ],
} as const;

/** A line of text drawn at (x, y) in the CID font of cidFontPdf, 12 points unless told. */
export const pdfTextAt = (x: number, y: number, text: string, size = 12) => `BT /F1 ${size} Tf 1 0 0 1 ${x} ${y} Tm ${cidHex(text)} Tj ET`;

/** A paragraph set as a page sets it from y down: its first line indented, 38 characters, then lines of 40, 20 points apart. */
export const pdfParagraphLines = (text: string, y: number) => {
  const chars = [...text];
  const out = [pdfTextAt(80, y, chars.slice(0, 38).join(''))];
  for (let from = 38, k = 1; from < chars.length; from += 40, k++) out.push(pdfTextAt(56, y - 20 * k, chars.slice(from, from + 40).join('')));
  return out;
};

const ODT_NAMESPACES =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"';
/** An OpenDocument text whose body is `body` (its paragraphs' markup). */
export const odtOf = (body: string) =>
  new Uint8Array(
    zipFile([
      stored('mimetype', 'application/vnd.oasis.opendocument.text'),
      stored(
        'content.xml',
        `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODT_NAMESPACES} office:version="1.3"><office:body><office:text>${body}</office:text></office:body></office:document-content>`,
      ),
    ]),
  );
