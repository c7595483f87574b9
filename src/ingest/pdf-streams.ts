import { constants, inflateSync } from 'node:zlib';
import type { Budget } from './budget.js';
import { inflateCounting } from './inflate.js';
import { markedCount, PageMarks, streamMarks, type ObjectStream, type StreamMarks } from './pdf-actual-text.js';
import { streamDecryptor } from './pdf-decrypt.js';

/**
 * Checks a PDF against the budget before pdf.js opens it. pdf.js keeps every decoded stream
 * whole in memory and has no limit, so one compressed content stream can grow to gigabytes.
 * Here one linear scan finds every stream and decodes it as its /Filter says, counting the
 * bytes and dropping them, and refuses the file once the streams together pass the limit.
 * Images are not counted (text extraction does not decode them) unless they unpack to more
 * than their declared size allows, which no real image does. Also refuses a page tree that
 * declares more pages than the limit. Encrypted streams cannot be decoded here; for them
 * the page and time limits still hold.
 */
export async function checkPdfBudget(
  bytes: Uint8Array,
  budget: Budget,
): Promise<{ mayHideText: boolean; packedUnmapped: UnmappedFont | undefined; marks: PageMarks | undefined }> {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const { streams, pages } = scan(pdf);
  if (pages > budget.limits.pdfPages) throw budget.exceeded('pdfPages', String(pages));
  const decrypt = streamDecryptor(pdf);
  let mayHideText = false;
  /** whether some stream shows text, and whether one that shows none fills a box that may cover it */
  let showsText = false;
  let coversLater = false;
  // a font with no Unicode map in a compressed object stream, whose dictionary the file's bytes do not show
  let packedUnmapped: UnmappedFont | undefined;
  // each content stream's marked sequences, and the object streams a page's dictionary may stand in: kept while some
  // stream gives replacement text (./pdf-actual-text.ts)
  const marks = new Map<number, StreamMarks>();
  const objectStreams: ObjectStream[] = [];
  let givesActualText = false;
  for (const stream of streams) {
    budget.checkTime();
    const decoded = await decodeWithin(
      decrypt && stream.object && isEncrypted(stream) ? { ...stream, data: decrypt(stream.data, ...stream.object) } : stream,
      budget,
    );
    if (decoded && OBJECT_STREAM.test(stream.dictionary)) {
      const objects = decoded.toString('latin1');
      if (!packedUnmapped) packedUnmapped = unmappedFontIn(objects);
      objectStreams.push({ dictionary: stream.dictionary, data: objects });
    }
    if (decoded && stream.object && mayDrawText(stream.dictionary)) {
      const marked = decoded.includes('/ActualText') ? streamMarks(decoded.toString('latin1')) : markedCount(decoded);
      givesActualText ||= typeof marked !== 'number' && marked.some((text) => text !== undefined);
      marks.set(stream.object[0], marked);
    }
    if (mayHideText || !decoded || !mayDrawText(stream.dictionary)) continue;
    const operators = decoded.toString('latin1');
    mayHideText = drawsTextUnseen(operators);
    // a page's later content stream (an editor's whiteout or a redaction appended to the page) may cover the
    // text an earlier one drew: which page a stream belongs to is not known here, the file's streams in any order
    if (SHOWS_TEXT.test(operators)) showsText = true;
    else coversLater ||= fillsCoverBox(operators, MAX_COVER_SIDE);
  }
  return {
    mayHideText: mayHideText || (showsText && coversLater),
    packedUnmapped,
    marks: givesActualText ? new PageMarks(pdf, marks, objectStreams) : undefined,
  };
}

const OBJECT_STREAM = /\/Type\s*\/ObjStm\b/;
const TYPE3_FONT = /\/Subtype\s*\/Type3\b/;
/** A font dictionary (no dictionary inside it) that picks glyphs by their ids in the font (Identity-H or -V). */
const GLYPH_ID_FONT = /<<(?:(?!<<|>>)[^]){0,2000}?\/Encoding\s*\/Identity-[HV]\b(?:(?!<<|>>)[^]){0,2000}?>>/g;

/**
 * A font whose glyphs map to no characters: Type3 (each glyph drawn as a picture, named g1, g2…), or
 * one that picks glyphs by their ids with no ToUnicode map, whose ids pdf.js gives as characters.
 */
export type UnmappedFont = 'type3' | 'glyphIds';

/** The first kind of font with no Unicode map that PDF source (a file's bytes, an object stream) holds. */
export function unmappedFontIn(source: string): UnmappedFont | undefined {
  if (TYPE3_FONT.test(source)) return 'type3';
  for (const [font] of source.matchAll(GLYPH_ID_FONT)) if (!font.includes('/ToUnicode')) return 'glyphIds';
  return undefined;
}

/** Streams that hold no page's operators: fonts, pictures, object and cross-reference streams, metadata, attached files. */
const NOT_CONTENT = /\/(?:Length[123]|Subtype\s*\/(?:Image|Type1C|CIDFontType0C|OpenType|XML)|Type\s*\/(?:XRef|ObjStm|Metadata|EmbeddedFile))\b/;
const mayDrawText = (dictionary: string): boolean => !NOT_CONTENT.test(dictionary);

/**
 * Whether a content stream may draw text no reader sees, which pdf.js's text content does not tell:
 * in render mode 3 or 7 (invisible) with no picture drawn by the same stream (an OCR layer is laid
 * invisible over its page's scan, and is the text), or in a white fill, shown before another colour is
 * set. Only then are all the pages' operators read (see pdf-unseen.ts), a second pass over each page;
 * otherwise only a page's whose figure may be kerned apart (see pdf-kerning.ts).
 */
export function drawsTextUnseen(operators: string): boolean {
  const invisible = INVISIBLE_MODE.exec(operators);
  return (
    (invisible !== null && (!DRAWS_PICTURE.test(operators) || showsTextSeen(operators, invisible.index))) ||
    WHITE_TEXT.test(operators) ||
    coversOrClipsText(operators)
  );
}

/**
 * Whether a stream that draws a picture and invisible text from `invisibleFrom` on shows text one sees too: before the
 * invisible mode is set, or after a mode one sees is set again. Its OCR layer may lie over that text (a page of text run
 * through OCR again), a copy of it the page's glyphs tell (see pdf-unseen.ts).
 */
const showsTextSeen = (operators: string, invisibleFrom: number): boolean =>
  SHOWS_TEXT.test(operators.slice(0, invisibleFrom)) || VISIBLE_MODE.test(operators.slice(invisibleFrom));

/**
 * Whether a content stream may cover text it drew with a white box (an editor's whiteout: 1 1 1 rg x y w
 * h re f after the text), or clip text to a box of no size (0 0 0 0 re W n before it): a white box filled
 * after some text is shown, or a clip of a width or height of 1 or less.
 */
function coversOrClipsText(operators: string): boolean {
  const shown = SHOWS_TEXT.exec(operators);
  if (shown !== null) {
    const after = operators.slice(shown.index);
    if (WHITE_BOX.test(after) || fillsCoverBox(after, Infinity)) return true;
  }
  for (const [, width, height] of operators.matchAll(CLIP_BOX)) if (Math.abs(Number(width)) <= 1 || Math.abs(Number(height)) <= 1) return true;
  return false;
}

/**
 * Whether operators fill a box (x y w h re f) big enough to cover a character, its longer side under
 * `maxSide` (a page's ground is no cover), in black or a dark colour (a redaction's bar) or white (a
 * whiteout): no rule or border, which a table draws after its cells' text, is so high and wide, and a
 * table's light shading (of a later row, after an earlier row's text) is not looked for, which would have
 * every page of a Word PDF with a shaded table walked. A stream's colour before it sets one is not known
 * (a page's streams draw on in the state the one before left): taken as one that may cover.
 */
function fillsCoverBox(operators: string, maxSide: number): boolean {
  let covering = true;
  for (const [, values, operator, width, height] of operators.matchAll(PAINTS)) {
    if (operator !== undefined) covering = mayCover(operator, values!.trim().split(/\s+/).map(Number));
    else if (covering) {
      const [w, h] = [Math.abs(Number(width)), Math.abs(Number(height))];
      if (Math.min(w, h) >= MIN_COVER_SIDE && Math.max(w, h) < maxSide) return true;
    }
  }
  return false;
}

/** Whether a fill colour (gray, rgb or cmyk by its number of values) is dark enough to hide text, or white. */
function mayCover(operator: string, values: readonly number[]): boolean {
  const [a = 0, b = 0, c = 0, d = 0] = values;
  if (operator === 'k' || values.length === 4) return d >= 0.75 || (a >= 0.75 && b >= 0.75 && c >= 0.75) || a + b + c + d <= 0.04;
  const light = Math.max(...values);
  return light <= 0.25 || Math.min(...values) >= 0.96;
}
/** The least side of a box that may cover a character, and the most of one that is no page's ground, in user space units. */
const MIN_COVER_SIDE = 3;
const MAX_COVER_SIDE = 400;

const SHOWS_TEXT = /(?:\)\s*Tj|\]\s*TJ|>\s*Tj)\b/;
/** A white or near-white fill set, then a box filled before any colour is set again. */
const WHITE_BOX =
  /(?<![\w.])(?:(?:(?:1(?:\.0*)?|0?\.9[6-9]\d*)\s+){3}(?:rg|scn?)|(?:1(?:\.0*)?|0?\.9[6-9]\d*)\s+(?:g|scn?)|(?:0(?:\.0*)?\s+){4}k)\s(?:(?!\s(?:rg|g|k|scn?|cs)\s)[^]){0,2000}?\sre\s+(?:h\s+)?(?:[fFbB]\*?)(?![\w*])/;
const NUMBER = String.raw`-?(?:\d+\.?\d*|\.\d+)`;
/** A fill colour set (its values and operator), or a box filled: x y width height re f (or F, b, B, f*, b*, B*) */
const PAINTS = new RegExp(
  String.raw`(?<![\w.])((?:${NUMBER}\s+){1,4})(rg|g|k|scn?)(?![\w*])|(?<![\w.])${NUMBER}\s+${NUMBER}\s+(${NUMBER})\s+(${NUMBER})\s+re\s+(?:h\s+)?[fFbB]\*?(?![\w*])`,
  'g',
);
/** A box made the clip: x y width height re W n */
const CLIP_BOX = new RegExp(String.raw`(?<![\w.])${NUMBER}\s+${NUMBER}\s+(${NUMBER})\s+(${NUMBER})\s+re\s+W\*?\s+n\b`, 'g');

const INVISIBLE_MODE = /(?<![\w.])[37]\s+Tr\b/;
const VISIBLE_MODE = /(?<![\w.])[0-24-6]\s+Tr\b/;
/** An XObject drawn (a scan, mostly) or an inline image. */
const DRAWS_PICTURE = /\/[^\s/[\]<>()]+\s+Do\b|(?<![\w.])BI\b/;
/** A white or near-white fill (gray, rgb of 0.96 to 1, cmyk 0 0 0 0) and then a text shown before any colour is set again. */
const WHITE_TEXT =
  /(?<![\w.])(?:(?:(?:1(?:\.0*)?|0?\.9[6-9]\d*)\s+){3}(?:rg|scn?)|(?:1(?:\.0*)?|0?\.9[6-9]\d*)\s+(?:g|scn?)|(?:0(?:\.0*)?\s+){4}k)\s(?:(?!\s(?:rg|g|k|scn?|cs)\s)[^]){0,20000}?(?:\)\s*Tj|\]\s*TJ|>\s*Tj)\b/;

interface PdfStream {
  /** the text of the stream's dictionary, << … >> */
  dictionary: string;
  data: Buffer;
  /** the number and generation of the object holding it */
  object?: [number, number];
}

/** Cross-reference streams are never encrypted, nor a stream with a crypt filter of its own. */
const isEncrypted = (stream: PdfStream): boolean => !/\/Type\s*\/XRef\b|\/Crypt\b/.test(stream.dictionary);

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const ENDSTREAM = Buffer.from('endstream');

/**
 * Every `<< … >> stream … endstream` in file order, and the largest /Count of a page tree
 * node (/Type /Pages) outside object streams. Comments and literal strings are skipped so
 * that delimiters inside them do not count; stream data is taken by /Length when that is a
 * number followed by endstream, else up to the next endstream, as pdf.js does.
 */
function scan(pdf: Buffer): { streams: PdfStream[]; pages: number } {
  const streams: PdfStream[] = [];
  let pages = 0;
  let depth = 0;
  let dictStart = -1;
  let lastDict: { start: number; end: number } | undefined;
  /** where the last `obj` keyword stands: its object's numbers are read only for a stream */
  let objectAt = -1;
  let at = 0;
  while (at < pdf.length) {
    const byte = pdf[at]!;
    if (byte === 0x25) {
      // % comment to the end of the line
      while (at < pdf.length && pdf[at] !== 0x0a && pdf[at] !== 0x0d) at++;
    } else if (byte === 0x28) {
      at = literalStringEnd(pdf, at);
      continue;
    } else if (byte === 0x3c && pdf[at + 1] === 0x3c) {
      if (depth === 0) dictStart = at;
      depth++;
      at += 2;
      continue;
    } else if (byte === 0x3e && pdf[at + 1] === 0x3e) {
      if (depth > 0 && --depth === 0) {
        lastDict = { start: dictStart, end: at + 2 };
        pages = Math.max(pages, pageCount(pdf.toString('latin1', dictStart, at + 2)));
      }
      at += 2;
      continue;
    } else if (byte === 0x73 && depth === 0 && lastDict && isKeyword(pdf, at, 'stream') && onlyWhitespace(pdf, lastDict.end, at)) {
      const dictionary = pdf.toString('latin1', lastDict.start, lastDict.end);
      let start = at + 6;
      if (pdf[start] === 0x0d) start++;
      if (pdf[start] === 0x0a) start++;
      const end = streamEnd(pdf, start, dictionary);
      const object = objectAt < 0 ? undefined : objectNumbers(pdf, objectAt);
      streams.push({ dictionary, data: pdf.subarray(start, end), ...(object ? { object } : {}) });
      lastDict = undefined;
      at = Math.max(end, start);
      continue;
    } else if (byte === 0x6f && depth === 0 && isKeyword(pdf, at, 'obj')) {
      objectAt = at;
    }
    at++;
  }
  return { streams, pages };
}

/** The number and generation before the `obj` keyword at `at`. */
function objectNumbers(pdf: Buffer, at: number): [number, number] | undefined {
  const header = /(\d+)\s+(\d+)\s+$/.exec(pdf.toString('latin1', Math.max(0, at - 24), at));
  return header ? [Number(header[1]), Number(header[2])] : undefined;
}

function isKeyword(pdf: Buffer, at: number, keyword: string): boolean {
  return pdf.toString('latin1', at, at + keyword.length) === keyword && !isRegular(pdf[at + keyword.length]) && !isRegular(pdf[at - 1]);
}

/** Not whitespace and not a delimiter: part of a name, number or keyword. */
function isRegular(byte: number | undefined): boolean {
  return byte !== undefined && !WHITESPACE.has(byte) && !'()<>[]{}/%'.includes(String.fromCharCode(byte));
}

function onlyWhitespace(pdf: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!WHITESPACE.has(pdf[i]!)) return false;
  return true;
}

/** After a literal string: parentheses nest, a backslash escapes the next byte. */
function literalStringEnd(pdf: Buffer, from: number): number {
  let depth = 0;
  for (let at = from; at < pdf.length; at++) {
    const byte = pdf[at];
    if (byte === 0x5c) at++;
    else if (byte === 0x28) depth++;
    else if (byte === 0x29 && --depth === 0) return at + 1;
  }
  return pdf.length;
}

function streamEnd(pdf: Buffer, start: number, dictionary: string): number {
  const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary);
  if (length) {
    const end = start + Number(length[1]);
    let after = end;
    while (after < pdf.length && WHITESPACE.has(pdf[after]!)) after++;
    if (end <= pdf.length && pdf.subarray(after, after + ENDSTREAM.length).equals(ENDSTREAM)) return end;
  }
  const found = pdf.indexOf(ENDSTREAM, start);
  return found < 0 ? pdf.length : found;
}

/** The pages a page tree node (a /Type /Pages dictionary) declares; 0 for other dictionaries. */
function pageCount(dictionary: string): number {
  if (!/\/Type\s*\/Pages\b/.test(dictionary)) return 0;
  return Number(/\/Count\s+(\d{1,12})/.exec(dictionary)?.[1] ?? 0);
}

/**
 * The filters of a stream, first applied first, as their full names. An array of names holds no
 * bracket: stopping at either keeps the search linear where a hostile dictionary repeats /Filter[
 * without closing it (200,000 of them took minutes).
 */
function filters(dictionary: string): string[] {
  const match = /\/Filter\s*(\[[^[\]]*\]|\/[^\s/[\]<>()]+)/.exec(dictionary);
  if (!match) return [];
  return [...match[1]!.matchAll(/\/([^\s/[\]<>()]+)/g)].map((name) => ABBREVIATIONS[name[1]!] ?? name[1]!);
}

const ABBREVIATIONS: Readonly<Record<string, string>> = {
  Fl: 'FlateDecode',
  AHx: 'ASCIIHexDecode',
  A85: 'ASCII85Decode',
  LZW: 'LZWDecode',
  RL: 'RunLengthDecode',
};

/** Filters that decode image data only; text extraction never runs them. */
const IMAGE_FILTERS = new Set(['DCTDecode', 'JPXDecode', 'JBIG2Decode', 'CCITTFaxDecode']);
/** The largest image we accept: 128 MiB decoded (e.g. 8000 × 4000 pixels in CMYK). */
const MAX_IMAGE_BYTES = 128 * 1024 * 1024;

/** Decodes one stream within the budget; gives its data when it is not an image and was decoded whole. */
async function decodeWithin(stream: PdfStream, budget: Budget): Promise<Buffer | undefined> {
  const chain = filters(stream.dictionary);
  if (chain.some((filter) => IMAGE_FILTERS.has(filter))) return undefined;
  const image = imageBytes(stream.dictionary);
  // An image may unpack to its declared size, uncounted; anything more is not an image.
  const count = (bytes: number, total: number) => {
    if (image === undefined) budget.spend('pdfStreamBytes', bytes);
    else if (total > image) throw budget.exceeded('pdfStreamBytes');
  };
  const cap = image ?? budget.remaining('pdfStreamBytes');
  let data = stream.data;
  for (const [index, filter] of chain.entries()) {
    const last = index === chain.length - 1;
    if (filter === 'FlateDecode' && last) {
      const inflated = await inflateCounting(data, false, count);
      return image === undefined ? inflated : undefined;
    }
    const decoded = decodeFilter(filter, data, cap);
    if (decoded === undefined) return undefined; // a filter we do not know: pdf.js does not decode it either
    if (decoded === null) throw budget.exceeded('pdfStreamBytes');
    if (last) {
      count(decoded.length, decoded.length);
      return image === undefined ? decoded : undefined;
    }
    data = decoded;
  }
  // no filter: the stream is as long as it is, and the input limit bounds that
  return image === undefined ? data : undefined;
}

/** The most bytes an image of the declared size decodes to (4 components of 16 bits), or undefined when the stream is no image. */
function imageBytes(dictionary: string): number | undefined {
  if (!/\/Subtype\s*\/Image\b/.test(dictionary)) return undefined;
  const width = Number(/\/Width\s+(\d+)/.exec(dictionary)?.[1] ?? 0);
  const height = Number(/\/Height\s+(\d+)/.exec(dictionary)?.[1] ?? 0);
  return Math.min(MAX_IMAGE_BYTES, width * height * 8) + 1024 * 1024;
}

/** Decodes one filter; undefined for a filter we do not decode, null when the output passes `cap`. */
function decodeFilter(filter: string, data: Buffer, cap: number): Buffer | null | undefined {
  switch (filter) {
    case 'FlateDecode':
      return inflateUpTo(data, cap);
    case 'ASCIIHexDecode':
      return asciiHex(data);
    case 'ASCII85Decode':
      return ascii85(data);
    case 'RunLengthDecode':
      return runLength(data, cap);
    case 'LZWDecode':
      return lzw(data, cap);
    default:
      return undefined;
  }
}

function inflateUpTo(data: Buffer, cap: number): Buffer | null {
  try {
    return inflateSync(data, { maxOutputLength: cap + 1, finishFlush: constants.Z_SYNC_FLUSH });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return null;
    return Buffer.alloc(0); // broken data: pdf.js gets nothing from it either
  }
}

const hexValue = (byte: number): number => {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  const lower = byte | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
};

/** Hex digits up to '>', whitespace ignored; an odd last digit is padded with 0. */
function asciiHex(data: Buffer): Buffer {
  const out = Buffer.alloc(Math.ceil(data.length / 2));
  let n = 0;
  let high = -1;
  for (const byte of data) {
    if (byte === 0x3e) break;
    const value = hexValue(byte);
    if (value < 0) continue;
    if (high < 0) high = value;
    else {
      out[n++] = (high << 4) | value;
      high = -1;
    }
  }
  if (high >= 0) out[n++] = high << 4;
  return out.subarray(0, n);
}

/** Groups of five characters '!'..'u' give four bytes, 'z' four zeros, '~>' ends. */
function ascii85(data: Buffer): Buffer {
  const out = Buffer.alloc(data.length * 4 + 4);
  let n = 0;
  let group = 0;
  let count = 0;
  for (const byte of data) {
    if (byte === 0x7e) break;
    if (WHITESPACE.has(byte)) continue;
    if (byte === 0x7a && count === 0) {
      out.writeUInt32BE(0, n);
      n += 4;
      continue;
    }
    if (byte < 0x21 || byte > 0x75) continue;
    group = group * 85 + (byte - 0x21);
    if (++count === 5) {
      out.writeUInt32BE(group >>> 0, n);
      n += 4;
      group = 0;
      count = 0;
    }
  }
  if (count > 1) {
    for (let i = count; i < 5; i++) group = group * 85 + 84;
    const tail = Buffer.alloc(4);
    tail.writeUInt32BE(group >>> 0, 0);
    tail.copy(out, n, 0, count - 1);
    n += count - 1;
  }
  return out.subarray(0, n);
}

/** A length byte: 0–127 copies that many plus one bytes, 129–255 repeats the next byte 257 minus it times, 128 ends. */
function runLength(data: Buffer, cap: number): Buffer | null {
  const chunks: Buffer[] = [];
  let total = 0;
  for (let at = 0; at < data.length;) {
    const length = data[at]!;
    if (length === 128) break;
    const chunk = length < 128 ? data.subarray(at + 1, at + 2 + length) : Buffer.alloc(257 - length, data[at + 1] ?? 0);
    at += length < 128 ? 2 + length : 2;
    total += chunk.length;
    if (total > cap) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

/** PDF's LZW: codes of 9 to 12 bits, 256 clears the table, 257 ends, code widths change one code early. */
function lzw(data: Buffer, cap: number): Buffer | null {
  const out: Buffer[] = [];
  let total = 0;
  let table: Buffer[] = [];
  const reset = () => {
    table = Array.from({ length: 258 }, (_, i) => Buffer.from([i & 0xff]));
  };
  reset();
  let width = 9;
  let bits = 0;
  let buffer = 0;
  let previous: Buffer | undefined;
  for (const byte of data) {
    buffer = ((buffer << 8) | byte) & 0xffffff;
    bits += 8;
    while (bits >= width) {
      const code = (buffer >>> (bits - width)) & ((1 << width) - 1);
      bits -= width;
      if (code === 256) {
        reset();
        width = 9;
        previous = undefined;
        continue;
      }
      if (code === 257) return Buffer.concat(out, total);
      let entry = table[code];
      if (!entry) {
        if (!previous || code !== table.length) return Buffer.concat(out, total);
        entry = Buffer.concat([previous, previous.subarray(0, 1)]);
      }
      if (previous && table.length < 4096) table.push(Buffer.concat([previous, entry.subarray(0, 1)]));
      previous = entry;
      total += entry.length;
      if (total > cap) return null;
      out.push(entry);
      if (table.length + 1 >= 1 << width && width < 12) width++;
    }
  }
  return Buffer.concat(out, total);
}
