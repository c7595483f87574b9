import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import type Chardet from 'chardet';
import type { Context, Recogniser } from 'chardet/lib/encoding/index.js';
import type * as Iso2022 from 'chardet/lib/encoding/iso2022.js';
import type * as Mbcs from 'chardet/lib/encoding/mbcs.js';
import type * as Unicode from 'chardet/lib/encoding/unicode.js';
import type * as Utf8 from 'chardet/lib/encoding/utf8.js';
import type Iconv from 'iconv-lite';
import { withGbkQuotes } from './cp1252-quotes.js';
import { repairedMojibake, type Repaired } from './mojibake.js';

const require = createRequire(import.meta.url);
/** iconv-lite loads only for a report that is not UTF-8, or a charset label to look up. */
const iconvLite = () => require('iconv-lite') as typeof Iconv;

export interface Decoded {
  text: string;
  /** lower-case encoding name, e.g. utf-8, gb18030, utf-16le, big5 */
  encoding: string;
  /** characters that could not be decoded and stand as U+FFFD in the text */
  replaced: number;
  /** lines read as GB18030 in a text whose other lines are UTF-8 (encoding 'utf-8+gb18030') */
  gbLines?: number;
  /** the byte a part in UTF-16 starts at, after one in UTF-8 (encoding 'utf-8+utf-16le' or 'utf-8+utf-16be') */
  utf16From?: number;
  /** the encoding a byte order mark named, which the bytes after it were not in: they were read in theirs */
  bomContradicted?: string;
  /** how a text garbled once and saved as UTF-8 was misread, undone (see mojibake.ts) */
  repaired?: Pick<Repaired, 'misreadAs' | 'meant'>;
  /** the bytes ended inside a character (a file cut short): its first bytes were left out of the text */
  cutAtEnd?: boolean;
}

const BOMS: ReadonlyArray<{ bytes: readonly number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0x84, 0x31, 0x95, 0x33], encoding: 'gb18030' },
  // before UTF-16 LE, whose BOM begins UTF-32 LE's: read as UTF-16, its NULs made it "binary"
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32le' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32be' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** chardet names → the iconv-lite name we decode with. All GB variants are subsets of GB18030. */
const CHARDET_TO_ICONV: Readonly<Record<string, string>> = {
  'UTF-8': 'utf-8',
  GB18030: 'gb18030',
  GB2312: 'gb18030',
  GBK: 'gb18030',
  Big5: 'big5',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
};

/**
 * Decodes text bytes: a BOM first; UTF-16 without one (by the NULs of ASCII characters);
 * strict UTF-8; UTF-16 without a BOM (by its characters); UTF-8 with a few invalid bytes;
 * then a declared charset (HTML meta, MIME header) or chardet's guess, whichever reads better. Chinese reports that are
 * not UTF-8 are nearly always GB encoded, so when chardet names a non-Chinese single-byte
 * charset we still prefer GB18030 if it decodes cleanly.
 */
export function decodeText(bytes: Uint8Array, declared?: string): Decoded {
  return withEndCut(decodeBytes(bytes, declared), bytes);
}

/**
 * A text whose bytes end inside a character (a download or a copy cut short, a part split at a byte count): the
 * character's first bytes read as U+FFFD (GBK's lead byte, UTF-8's first bytes) or as nothing (UTF-16's odd byte). They
 * are no character of the text, and the text is read without them, as cut short.
 */
function withEndCut(decoded: Decoded, bytes: Uint8Array): Decoded {
  if (decoded.encoding.startsWith('utf-16') && bytes.length % 2 === 1) return { ...decoded, cutAtEnd: true };
  if (decoded.replaced === 0 || decoded.repaired) return decoded;
  // GB18030's four-byte character cut after its second or third byte reads as U+FFFD, the digit that was its second, and
  // U+FFFD for the third
  const tail = decoded.encoding === 'gb18030' ? GB18030_CUT.exec(decoded.text) : null;
  const cut = tail && isGb18030Start(bytes.subarray(bytes.length - (tail[1] ? 3 : 2))) ? tail[0].length : decoded.text.endsWith('\uFFFD') ? 1 : 0;
  if (cut === 0) return decoded;
  const replaced = cut === 1 || !tail![1] ? 1 : 2;
  return { ...decoded, text: decoded.text.slice(0, -cut), replaced: decoded.replaced - replaced, cutAtEnd: true };
}

const GB18030_CUT = /\uFFFD\d(\uFFFD)?$/;
/** Whether the bytes are a GB18030 four-byte character's first two or three: a lead byte, a digit, and a lead byte. */
const isGb18030Start = (bytes: Uint8Array): boolean =>
  bytes[0]! >= 0x81 && bytes[0]! <= 0xfe && bytes[1]! >= 0x30 && bytes[1]! <= 0x39 && (bytes.length === 2 || (bytes[2]! >= 0x81 && bytes[2]! <= 0xfe));

function decodeBytes(bytes: Uint8Array, declared?: string): Decoded {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const withReplaced = (text: string, encoding: string): Decoded => ({ text, encoding, replaced: countReplaced(text) });
  for (const bom of BOMS) {
    if (!bom.bytes.every((b, i) => buffer[i] === b)) continue;
    const rest = buffer.subarray(bom.bytes.length);
    if (bom.encoding === 'utf-8') return afterUtf8Bom(rest, declared);
    return afterUnicodeBom(rest, bom.encoding, declared) ?? withReplaced(iconvLite().decode(rest, bom.encoding), bom.encoding);
  }
  const utf16 = utf16ByNulPattern(buffer);
  if (utf16) return withReplaced(iconvLite().decode(buffer, utf16), utf16);
  const hz = hzGb(buffer);
  if (hz) return withReplaced(iconvLite().decode(hz, 'gb18030'), 'hz-gb-2312');
  const utf7 = utf7Text(buffer);
  if (utf7 !== undefined) return withReplaced(utf7, 'utf-7');
  const utf8 = strictUtf8(buffer);
  if (utf8 !== null) {
    const repaired = repairedMojibake(utf8);
    return repaired
      ? { ...withReplaced(repaired.text, 'utf-8'), repaired: { misreadAs: repaired.misreadAs, meant: repaired.meant } }
      : withReplaced(utf8, 'utf-8');
  }
  const utf16Text = utf16ByCharacters(buffer);
  if (utf16Text) return withReplaced(iconvLite().decode(buffer, utf16Text), utf16Text);
  const joined = utf8ThenUtf16(buffer);
  if (joined) return joined;
  const mixed = utf8AndGbLines(buffer);
  if (mixed) return mixed;
  const nearlyUtf8 = tolerantUtf8(buffer);
  if (nearlyUtf8) return nearlyUtf8;

  const decode = decoderOf(buffer);
  const guessed = guessEncoding(buffer, decode);
  const label = declared && iconvName(declared);
  const candidates = label && label !== guessed ? [label, guessed] : [guessed];
  // a page's declared charset is often wrong (utf-8 or iso-8859-1 over GBK bytes): it must read as well as the guess
  const [best] = candidates.map((encoding) => withReplaced(decode(encoding), encoding)).sort(readsBetter);
  const quoted = best!.encoding === 'gb18030' ? withGbkQuotes(buffer) : undefined;
  return quoted ? withReplaced(iconvLite().decode(quoted, 'gb18030'), 'gb18030') : best!;
}

/**
 * The bytes after a UTF-8 byte order mark, read as the bytes say: an editor that puts the mark
 * before a file it did not convert (GBK text saved "as UTF-8" by a tool that only adds the mark)
 * left GBK bytes that read as UTF-8 were "undecodable", the report refused. UTF-8, also damaged
 * or mixed with GBK lines, is still read as UTF-8.
 */
function afterUtf8Bom(bytes: Buffer, declared: string | undefined): Decoded {
  const decoded = decodeText(bytes, declared);
  return decoded.encoding.startsWith('utf-8') ? decoded : { ...decoded, bomContradicted: 'utf-8' };
}

/**
 * The bytes after a UTF-16 or UTF-32 byte order mark that are not in its encoding, read as the
 * bytes say, or undefined when they may be: text in those encodings holds a NUL in every line end
 * and ASCII character, in the byte order the mark names. A tool that put the mark before UTF-8 or
 * GBK bytes (or wrote the other byte order) left a text read as "garbled" or "undecodable".
 */
function afterUnicodeBom(bytes: Buffer, marked: string, declared: string | undefined): Decoded | undefined {
  const nuls = bytes.includes(0);
  if (nuls && (!marked.startsWith('utf-16') || nulsInByteOrder(bytes, marked))) return undefined;
  const decoded = decodeText(bytes, declared);
  // bytes with no NUL that read as UTF-16 by their characters (Chinese with no ASCII at all) may be in the mark's encoding
  if (decoded.replaced > 0 || (!nuls && decoded.encoding.startsWith('utf-16'))) return undefined;
  return { ...decoded, bomContradicted: marked };
}

/** Fewer undecodable characters, then more Chinese characters: GBK bytes read as Latin-1 have none. */
function readsBetter(a: Decoded, b: Decoded): number {
  return a.replaced - b.replaced || hanCount(b.text) - hanCount(a.text);
}

function hanCount(text: string): number {
  return text.match(/\p{Script=Han}/gu)?.length ?? 0;
}

/** The UTF-16 units of the text being decoded, kept from one report to the next; grown up to KEPT_UNITS. */
let units = new Uint16Array(2 ** 15);
/** A longer text (a report of megabytes) is decoded by V8, into no buffer kept by a batch worker for the reports after it. */
const KEPT_UNITS = 2 ** 20;

/**
 * Valid UTF-8 (checked by simdutf), decoded unit by unit into a buffer kept for every report and
 * read as UTF-16: V8's decoder (TextDecoder, Buffer#toString) took three times as long, some
 * 100 µs for a 25 KB report.
 */
function strictUtf8(buffer: Buffer): string | null {
  if (!isUtf8(buffer)) return null;
  if (buffer.length > KEPT_UNITS) return buffer.toString('utf8');
  // a byte gives at most one unit (four give two)
  if (units.length < buffer.length) units = new Uint16Array(Math.min(KEPT_UNITS, Math.max(buffer.length, units.length * 2)));
  let length = 0;
  for (let i = 0; i < buffer.length;) {
    const lead = buffer[i]!;
    if (lead < 0x80) {
      units[length++] = lead;
      i += 1;
    } else if (lead < 0xe0) {
      units[length++] = ((lead & 0x1f) << 6) | (buffer[i + 1]! & 0x3f);
      i += 2;
    } else if (lead < 0xf0) {
      units[length++] = ((lead & 0x0f) << 12) | ((buffer[i + 1]! & 0x3f) << 6) | (buffer[i + 2]! & 0x3f);
      i += 3;
    } else {
      const point = (((lead & 0x07) << 18) | ((buffer[i + 1]! & 0x3f) << 12) | ((buffer[i + 2]! & 0x3f) << 6) | (buffer[i + 3]! & 0x3f)) - 0x10000;
      units[length++] = 0xd800 | (point >> 10);
      units[length++] = 0xdc00 | (point & 0x3ff);
      i += 4;
    }
  }
  return Buffer.from(units.buffer, 0, 2 * length).toString('utf16le');
}

/** Fewer GB2312 characters than this in HZ's shifts, and "~{" is taken as written. */
const MIN_HZ_CHARACTERS = 4;
const TILDE = 0x7e;
const SHIFT_TO_GB = 0x7b; // ~{
const SHIFT_TO_ASCII = 0x7d; // ~}

/**
 * HZ (RFC 1843), the 7-bit Chinese of old mail and Usenet archives: between "~{" and "~}" each
 * pair of ASCII bytes is a GB2312 character, its bytes less 0x80. Read as ASCII it was markup-like
 * noise (~{D3D3OXHK~}), "not a report" with no word of why. Gives the bytes in GB2312 (ASCII kept),
 * or undefined for bytes that are not HZ.
 */
function hzGb(buffer: Buffer): Buffer | undefined {
  if (!buffer.includes('~{')) return undefined;
  const gb = Buffer.alloc(buffer.length);
  let length = 0;
  let shifted = false;
  let characters = 0;
  for (let i = 0; i < buffer.length; i++) {
    const byte = buffer[i]!;
    if (byte >= 0x80) return undefined;
    const next = buffer[i + 1];
    if (byte === TILDE && next === (shifted ? SHIFT_TO_ASCII : SHIFT_TO_GB)) {
      shifted = !shifted;
      i++;
    } else if (byte === TILDE && !shifted && (next === TILDE || next === 0x0a)) {
      // "~~" is a tilde; "~" at a line's end joins the next line to it
      if (next === TILDE) gb[length++] = TILDE;
      i++;
    } else if (shifted && byte > 0x20 && byte < 0x7f) {
      if (next === undefined || next <= 0x20 || next >= 0x7f) return undefined;
      gb[length++] = byte | 0x80;
      gb[length++] = next | 0x80;
      characters++;
      i++;
    } else {
      // a line ends what was shifted to GB2312 with it
      if (byte === 0x0a || byte === 0x0d) shifted = false;
      gb[length++] = byte;
    }
  }
  return characters >= MIN_HZ_CHARACTERS ? gb.subarray(0, length) : undefined;
}

/** A shift to UTF-7's base64 (RFC 2152): "+", then at least one UTF-16 unit's worth of base64. */
const UTF7_SHIFT = /\+[A-Za-z0-9/]{3}/;
/** At least this many Chinese characters, and this share of the letters, must come out of the shifts. */
const MIN_UTF7_HAN = 4;
const MIN_UTF7_HAN_SHARE = 0.5;

/**
 * UTF-7 (RFC 2152), the 7-bit Unicode of old mail: each run of Chinese is "+", its UTF-16 in base64,
 * and "-". Read as ASCII it was noise (+Z9Bn0FO/-), "not a report" with no word of why. ASCII text
 * with a stray "+abc" gives a few characters of no script it is written in: the Chinese must be
 * most of the letters. Gives the text, or undefined for bytes that are not UTF-7.
 */
function utf7Text(buffer: Buffer): string | undefined {
  if (!isAscii(buffer) || !UTF7_SHIFT.test(buffer.toString('latin1', 0, Math.min(buffer.length, 4096)))) return undefined;
  const text = iconvLite().decode(buffer, 'utf7');
  const han = hanCount(text);
  return han >= MIN_UTF7_HAN && han >= (text.match(/\p{L}/gu)?.length ?? 0) * MIN_UTF7_HAN_SHARE ? text : undefined;
}

/**
 * A text in UTF-8 with a part in UTF-16 after it (two files joined, one of them saved as Notepad saves
 * "Unicode"), each part read in its encoding: read as one encoding, the NULs of the UTF-16 part's ASCII
 * characters made it "binary data". Undefined for other bytes.
 */
function utf8ThenUtf16(buffer: Buffer): Decoded | undefined {
  const part = utf16AfterUtf8(buffer);
  if (!part) return undefined;
  const text = buffer.toString('utf8', 0, part.start) + iconvLite().decode(buffer.subarray(part.start), part.encoding);
  return { text, encoding: `utf-8+${part.encoding}`, replaced: countReplaced(text), utf16From: part.start };
}

/**
 * Where the UTF-16 part starts, and its byte order: at its byte order mark, or after the last line
 * that is UTF-8 before the first of the NULs its ASCII characters hold.
 */
function utf16AfterUtf8(buffer: Buffer): { start: number; encoding: string } | undefined {
  const marks = [
    { at: buffer.indexOf(UTF16LE_BOM), encoding: 'utf-16le' },
    { at: buffer.indexOf(UTF16BE_BOM), encoding: 'utf-16be' },
  ].filter(({ at }) => at > 0);
  const nul = buffer.indexOf(0);
  const bom = marks.sort((a, b) => a.at - b.at)[0];
  if (bom) return (nul < 0 || nul > bom.at) && isUtf8(buffer.subarray(0, bom.at)) ? { start: bom.at, encoding: bom.encoding } : undefined;
  if (nul < 0) return undefined;
  // the last line break before the first byte that is no UTF-8 (or the first NUL, which UTF-8 text holds none of)
  const decoded = new TextDecoder('utf-8').decode(buffer.subarray(0, nul));
  const invalid = decoded.indexOf('\uFFFD');
  const start = buffer.lastIndexOf(0x0a, (invalid < 0 ? nul : Buffer.byteLength(decoded.slice(0, invalid))) - 1) + 1;
  if (start === 0) return undefined;
  // the break found may be the low byte of the UTF-16 part's own first line break, a byte further on
  for (const at of [start, start + 1]) {
    const part = buffer.subarray(at);
    const encoding = utf16ByNulPattern(part) ?? utf16ByCharacters(part.subarray(0, part.length & ~1));
    if (encoding) return { start: at, encoding };
  }
  return undefined;
}

const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);
const UTF16BE_BOM = Buffer.from([0xfe, 0xff]);

function countReplaced(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) count++;
  return count;
}

/** At most this share of the characters may be undecodable for text to count as nearly UTF-8 ... */
const MAX_INVALID_SHARE = 0.005;
/** ... and at least this many well-formed non-ASCII characters must stand for each undecodable one. */
const MIN_VALID_PER_INVALID = 20;

/**
 * UTF-8 with a few invalid bytes (a damaged copy, a cut multi-byte character) decodes with
 * U+FFFD in their place. Text in another encoding read as UTF-8 is mostly U+FFFD, so it
 * fails the test.
 */
function tolerantUtf8(buffer: Buffer): Decoded | undefined {
  const text = new TextDecoder('utf-8').decode(buffer);
  const replaced = countReplaced(text);
  const valid = nonAsciiCount(text) - replaced;
  const allowed = Math.max(1, Math.floor(text.length * MAX_INVALID_SHARE));
  return replaced <= allowed && valid >= replaced * MIN_VALID_PER_INVALID ? { text, encoding: 'utf-8', replaced } : undefined;
}

/** A line of this many Chinese characters that is valid UTF-8 is taken for UTF-8: GBK bytes almost never are. */
const MIN_UTF8_LINE_HAN = 4;

/**
 * A UTF-8 report with lines pasted from a GBK one, or the reverse: each line read in its own
 * encoding. Read whole as GB18030 the UTF-8 lines came out garbled, without a word; read as UTF-8
 * the GBK lines were undecodable. A line that is no UTF-8 is GBK when most of its bytes are
 * invalid UTF-8 and it reads cleanly as GB18030, as Chinese characters; with a few invalid bytes
 * only, it is damaged UTF-8. Undefined unless lines of both encodings hold Chinese characters.
 */
function utf8AndGbLines(buffer: Buffer): Decoded | undefined {
  const lines = linesOf(buffer);
  // most text that reaches here is GBK throughout: no line of it is UTF-8 beyond ASCII
  if (!lines.some((line) => !isAscii(line) && isUtf8(line))) return undefined;
  const decoder = new TextDecoder('utf-8');
  const texts: string[] = [];
  let utf8Lines = 0;
  let gbLines = 0;
  let replaced = 0;
  for (const line of lines) {
    const utf8 = decoder.decode(line);
    const invalid = countReplaced(utf8);
    // a few GBK words pasted into a long UTF-8 line are too few bytes to make it a GBK line: read so only when they are GB2312 Chinese
    const pasted = invalid > 0 && invalid * 2 < nonAsciiCount(utf8) ? utf8AroundGb(line, true) : undefined;
    if (pasted !== undefined) {
      texts.push(pasted);
      gbLines++;
      continue;
    }
    if (invalid === 0 || invalid * 2 < nonAsciiCount(utf8)) {
      texts.push(utf8);
      replaced += invalid;
      if (invalid === 0 && hanCount(utf8) >= MIN_UTF8_LINE_HAN) utf8Lines++;
      continue;
    }
    const whole = iconvLite().decode(line, 'gb18030');
    const gb = decodesCleanly(whole) && hanCount(whole) > 0 ? whole : utf8AroundGb(line);
    if (gb === undefined) return undefined;
    texts.push(gb);
    gbLines++;
  }
  return utf8Lines > 0 && gbLines > 0 ? { text: texts.join(''), encoding: 'utf-8+gb18030', replaced, gbLines } : undefined;
}

/** A stretch of GBK inside a UTF-8 line holds at least this many Chinese characters: a damaged byte or two do not. */
const MIN_GB_STRETCH_HAN = 2;

/**
 * A UTF-8 line with GBK words pasted inside it (全年审查…12件，then 办理… in GBK), which is neither a
 * UTF-8 line nor a GBK one: the line read with the stretch from its first byte that is no UTF-8 to
 * where the rest of the line is UTF-8 again as GBK. The stretch takes in the two-byte characters
 * just before it (Latin-1, Greek, Cyrillic), a GBK character's bytes that passed for UTF-8. Undefined
 * when the stretch does not read cleanly as Chinese. Linear in the line's length.
 */
function utf8AroundGb(line: Buffer, onlyGb2312 = false): string | undefined {
  const twoByteBefore: number[] = [];
  let first = 0;
  for (let length; first < line.length && (length = utf8CharLength(line, first)) > 0; first += length) {
    if (length === 2) twoByteBefore.push(first);
    else twoByteBefore.length = 0;
  }
  if (first === line.length) return undefined;
  const start = twoByteBefore[0] ?? first;
  // whether the line from each byte on is UTF-8
  const utf8From = new Uint8Array(line.length + 1);
  utf8From[line.length] = 1;
  for (let i = line.length - 1; i > first; i--) {
    const length = utf8CharLength(line, i);
    utf8From[i] = length > 0 && utf8From[i + length] === 1 ? 1 : 0;
  }
  let end = first + 1;
  while (utf8From[end] !== 1) end++;
  const stretch = line.subarray(start, end);
  if (onlyGb2312 && !isGb2312(stretch)) return undefined;
  const gb = iconvLite().decode(stretch, 'gb18030');
  if (!decodesCleanly(gb) || hanCount(gb) < MIN_GB_STRETCH_HAN) return undefined;
  return `${line.subarray(0, start).toString('utf8')}${gb}${line.subarray(end).toString('utf8')}`;
}

/**
 * Whether the bytes are all double-byte characters of GB2312 (both bytes 0xA1–0xFE, the first at most 0xF7):
 * GB18030 reads almost any pair of bytes, a damaged UTF-8 character's among them; these ranges, GBK's common
 * Chinese, hold none of UTF-8's continuation bytes below 0xA1.
 */
function isGb2312(bytes: Buffer): boolean {
  if (bytes.length % 2 !== 0) return false;
  for (let i = 0; i < bytes.length; i += 2) {
    const [lead, trail] = [bytes[i]!, bytes[i + 1]!];
    if (lead < 0xa1 || lead > 0xf7 || trail < 0xa1 || trail > 0xfe) return false;
  }
  return true;
}

/** Each UTF-8 lead byte's sequence length and the range of the byte after it (no overlong form, surrogate or code point past U+10FFFF). */
const UTF8_LEADS: ReadonlyArray<readonly [number, number, number, number]> = [
  [0xc2, 2, 0x80, 0xbf],
  [0xe0, 3, 0xa0, 0xbf],
  [0xe1, 3, 0x80, 0xbf],
  [0xed, 3, 0x80, 0x9f],
  [0xee, 3, 0x80, 0xbf],
  [0xf0, 4, 0x90, 0xbf],
  [0xf1, 4, 0x80, 0xbf],
  [0xf4, 4, 0x80, 0x8f],
  [0xf5, 0, 0, 0],
];

/** The length of the well-formed UTF-8 character at `at`, or 0. */
function utf8CharLength(bytes: Buffer, at: number): number {
  const lead = bytes[at]!;
  if (lead < 0x80) return 1;
  const [, length, low, high] = UTF8_LEADS.findLast(([from]) => lead >= from) ?? [0, 0, 0, 0];
  if (length === 0 || at + length > bytes.length || bytes[at + 1]! < low || bytes[at + 1]! > high) return 0;
  for (let k = 2; k < length; k++) if ((bytes[at + k]! & 0xc0) !== 0x80) return 0;
  return length;
}

/** The lines of the bytes, each with its line break: CR and LF are bytes of no GB18030 character. */
function linesOf(buffer: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < buffer.length; i++) {
    if (buffer[i] === 0x0a || buffer[i] === 0x0d) {
      lines.push(buffer.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < buffer.length) lines.push(buffer.subarray(start));
  return lines;
}

function isAscii(bytes: Buffer): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) return false;
  return true;
}

function nonAsciiCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) count++;
  return count;
}

/** A charset label as iconv-lite knows it, GB variants unified; undefined if unknown. */
export function iconvName(label: string): string | undefined {
  const name = label.trim().toLowerCase();
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|hz-gb-2312)$/.test(name)) return 'gb18030';
  if (name === 'utf8') return 'utf-8';
  return iconvLite().encodingExists(name) ? name : undefined;
}

/**
 * Whether the first bytes' NULs stand mostly where an ASCII character's would in UTF-16 of the byte
 * order (odd bytes for LE, even for BE); the others are a character's own zero byte (一 is U+4E00).
 */
function nulsInByteOrder(buffer: Buffer, encoding: string): boolean {
  const n = Math.min(buffer.length, 4096);
  let odd = 0;
  let even = 0;
  for (let i = 0; i < n; i++) {
    if (buffer[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  return encoding === 'utf-16le' ? odd >= even : even >= odd;
}

/** UTF-16 without a BOM: ASCII characters leave a NUL in every other byte. */
function utf16ByNulPattern(buffer: Buffer): string | undefined {
  const n = Math.min(buffer.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buffer[i] === 0) evenNul++;
    if (buffer[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.2 && evenNul < pairs * 0.02) return 'utf-16le';
  if (evenNul > pairs * 0.2 && oddNul < pairs * 0.02) return 'utf-16be';
  return undefined;
}

/** Share of UTF-16 code units that must be characters a Chinese report is written in. */
const MIN_PLAUSIBLE_SHARE = 0.9;

/**
 * UTF-16 without a BOM and with little ASCII: nearly every code unit, read in the right
 * byte order, is a CJK character, CJK or general punctuation, a full-width form or ASCII.
 * Read in the wrong order, or from bytes in another encoding, about a third are.
 */
function utf16ByCharacters(buffer: Buffer): string | undefined {
  // an odd byte at the end is half a unit of a text cut short
  if (buffer.length < 4) return undefined;
  const n = Math.min(buffer.length, 8192) & ~1;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 2) {
    if (isReportCharacter(buffer[i]! | (buffer[i + 1]! << 8))) le++;
    if (isReportCharacter((buffer[i]! << 8) | buffer[i + 1]!)) be++;
  }
  const units = n / 2;
  if (le >= units * MIN_PLAUSIBLE_SHARE && le > be) return 'utf-16le';
  if (be >= units * MIN_PLAUSIBLE_SHARE && be > le) return 'utf-16be';
  return undefined;
}

function isReportCharacter(unit: number): boolean {
  return (
    unit === 0x09 ||
    unit === 0x0a ||
    unit === 0x0d ||
    (unit >= 0x20 && unit < 0x7f) ||
    (unit >= 0x2010 && unit <= 0x206f) || // general punctuation: dashes, quotes, ellipsis
    (unit >= 0x3000 && unit <= 0x303f) || // CJK punctuation
    (unit >= 0x3400 && unit <= 0x4dbf) ||
    (unit >= 0x4e00 && unit <= 0x9fff) ||
    (unit >= 0xff00 && unit <= 0xffef) // full-width forms
  );
}

/** The bytes in an encoding, each decoded once: the guess reads the bytes in the encoding it may then choose. */
type Decoder = (encoding: string) => string;

function decoderOf(buffer: Buffer): Decoder {
  const texts = new Map<string, string>();
  return (encoding) => {
    let text = texts.get(encoding);
    if (text === undefined) texts.set(encoding, (text = iconvLite().decode(buffer, encoding)));
    return text;
  };
}

function guessEncoding(buffer: Buffer, decode: Decoder): string {
  if (surelyGb18030(buffer, decode)) return 'gb18030';
  const guess = detectCharset(buffer);
  const mapped = guess ? CHARDET_TO_ICONV[guess] : undefined;
  if (mapped) return mapped;
  if (decodesCleanly(decode('gb18030'))) return 'gb18030';
  return guess && iconvLite().encodingExists(guess) ? guess.toLowerCase() : 'gb18030';
}

/**
 * Whether guessEncoding comes to GB18030 whatever chardet's guess (detectCharset): when chardet's
 * GB18030 recogniser is sure (100) and the bytes decode cleanly as GB18030, its guess is GB18030 or
 * one that comes to it (Shift_JIS, EUC-JP, EUC-KR, UTF-32: none we decode with), unless a recogniser
 * of an encoding we do decode with (UTF-8, UTF-16, Big5) is as sure. Its Japanese, Korean and
 * single-byte recognisers need not run: two thirds of its time over a GBK report.
 */
function surelyGb18030(buffer: Buffer, decode: Decoder): boolean {
  const context = contextOf(buffer);
  const recognisers = recognisersBeforeSingleByte();
  const sure = (recogniser: Recogniser): boolean => recogniser.match(context)?.confidence === 100;
  const gb = recognisers.find((recogniser) => recogniser.name() === 'GB18030');
  const rivals = recognisers.filter((recogniser) => (CHARDET_TO_ICONV[recogniser.name()] ?? 'gb18030') !== 'gb18030');
  return gb !== undefined && sure(gb) && !rivals.some(sure) && decodesCleanly(decode('gb18030'));
}

/** What chardet's recognisers read, for those that run before its single-byte ones (which alone read byteStats and c1Bytes). */
const contextOf = (buffer: Buffer): Context => ({
  byteStats: [],
  c1Bytes: false,
  rawInput: buffer,
  rawLen: buffer.length,
  inputBytes: buffer,
  inputLen: buffer.length,
});

/** chardet's recognisers that run before its single-byte ones, in its order (chardet/lib/index.js). */
let recognisersBefore: Recogniser[] | undefined;

/**
 * chardet.detect(buffer). Its single-byte recognisers (Latin, Cyrillic, Greek …) took three quarters
 * of its 20 ms over a 25 KB GBK report; they stop at 99 and lose ties to the recognisers before them,
 * so when one of those is sure (100, as GB18030 is of a GBK report) chardet's answer is already known.
 */
export function detectCharset(buffer: Buffer): string | null {
  const context = contextOf(buffer);
  let best: { confidence: number; name: string } | null = null;
  for (const recogniser of recognisersBeforeSingleByte()) {
    const match = recogniser.match(context);
    if (match && match.confidence > (best?.confidence ?? 0)) best = match;
  }
  if (best?.confidence === 100) return best.name;
  return (require('chardet') as typeof Chardet).detect(buffer);
}

function recognisersBeforeSingleByte(): Recogniser[] {
  // chardet loads only for the rare report that is neither UTF-8 nor UTF-16
  if (recognisersBefore === undefined) {
    const { default: Utf8Recogniser } = require('chardet/lib/encoding/utf8.js') as typeof Utf8.default;
    const unicode = require('chardet/lib/encoding/unicode.js') as typeof Unicode;
    const mbcs = require('chardet/lib/encoding/mbcs.js') as typeof Mbcs;
    const iso2022 = require('chardet/lib/encoding/iso2022.js') as typeof Iso2022;
    recognisersBefore = [
      new Utf8Recogniser(),
      new unicode.UTF_16BE(),
      new unicode.UTF_16LE(),
      new unicode.UTF_32BE(),
      new unicode.UTF_32LE(),
      withCommonCharSet(new mbcs.sjis()),
      withCommonCharSet(new mbcs.big5()),
      withCommonCharSet(new mbcs.euc_jp()),
      withCommonCharSet(new mbcs.euc_kr()),
      withCommonCharSet(new mbcs.gb_18030()),
      new iso2022.ISO_2022_JP(),
      new iso2022.ISO_2022_KR(),
      new iso2022.ISO_2022_CN(),
    ];
  }
  return recognisersBefore;
}

/** What chardet's multi-byte recognisers read characters with (its IteratedChar, not exported). */
type IteratedChar = Parameters<Mbcs.sjis['nextChar']>[0];
type MultiByteRecogniser = Pick<Mbcs.sjis, 'commonChars' | 'nextChar' | 'match' | 'name' | 'language'>;

/**
 * A multi-byte recogniser whose match is chardet's (chardet/lib/encoding/mbcs.js, 2.x) but for
 * one step: a double-byte character is looked up among the common characters in a Set, where
 * chardet's binary search built a closure and recursed for every one of them, most of chardet's
 * time over a GBK report. Its lists are sorted (checked here; else chardet's own match is kept),
 * so both find the same characters and the confidence is the same.
 */
function withCommonCharSet<R extends MultiByteRecogniser>(recogniser: R): R {
  const chars = recogniser.commonChars;
  if (!chars.every((c, i) => i === 0 || chars[i - 1]! < c)) return recogniser;
  const common = new Set(chars);
  recogniser.match = (det) => {
    let doubleByteCharCount = 0;
    let commonCharCount = 0;
    let badCharCount = 0;
    let totalCharCount = 0;
    let confidence = 0;
    const iter: IteratedChar = {
      charValue: 0,
      index: -1,
      nextIndex: 0,
      error: false,
      done: false,
      reset() {},
      nextByte(input) {
        if (this.nextIndex >= input.rawLen) {
          this.done = true;
          return -1;
        }
        return input.rawInput[this.nextIndex++]! & 0xff;
      },
    };
    detect: {
      while (recogniser.nextChar(iter, det)) {
        totalCharCount++;
        if (iter.error) badCharCount++;
        else if ((iter.charValue & 0xffffffff) > 0xff) {
          doubleByteCharCount++;
          if (common.has(iter.charValue & 0xffffffff)) commonCharCount++;
        }
        if (badCharCount >= 2 && badCharCount * 5 >= doubleByteCharCount) break detect;
      }
      if (doubleByteCharCount <= 10 && badCharCount === 0) {
        confidence = doubleByteCharCount === 0 && totalCharCount < 10 ? 0 : 10;
        break detect;
      }
      if (doubleByteCharCount < 20 * badCharCount) {
        confidence = 0;
        break detect;
      }
      const scaleFactor = 90.0 / Math.log(doubleByteCharCount / 4);
      confidence = Math.min(Math.floor(Math.log(commonCharCount + 1) * scaleFactor + 10), 100);
    }
    return confidence === 0 ? null : { confidence, name: recogniser.name(), lang: recogniser.language() };
  };
  return recogniser;
}

function decodesCleanly(text: string): boolean {
  return !text.includes('\uFFFD');
}
