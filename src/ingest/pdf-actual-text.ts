/**
 * A PDF's replacement text (/ActualText, ISO 32000 14.9.4): marked content whose glyphs stand for other text says which
 * (`/Span << /ActualText (17) >> BDC … EMC`). A figure drawn in a font of its own (its digits as glyphs no Unicode map
 * names, or private-use characters), a word set as a picture's outline, a hyphen that only breaks a line: the text is
 * in the mark, and pdf.js, which reads the glyphs only, gave none of it, or the wrong characters (审查规范性文件件).
 *
 * pdf.js tells where each marked sequence begins and ends among the text items of a page, but not what its properties
 * say; the page's content streams are read here for them. Each page's sequences are taken in the order its streams open
 * them and matched to pdf.js's by that order; a page whose count differs (marked content in a form it draws) is read as
 * pdf.js reads it.
 */

/** What a content stream's marked sequences say, in order: each one's replacement text, or undefined. */
export type MarkedTexts = ReadonlyArray<string | undefined>;

/** A content stream's marked sequences: their replacement texts when one has some, else how many it opens. */
export type StreamMarks = MarkedTexts | number;

/** The replacement texts of the marked sequences a content stream opens (see markedTexts). */
export const streamMarks = (operators: string): MarkedTexts => markedTexts(operators);

/** How many marked sequences a content stream opens: its BDC and BMC operators (as words of their own). */
export function markedCount(operators: Buffer): number {
  let count = 0;
  for (const operator of ['BDC', 'BMC']) {
    for (let at = operators.indexOf(operator); at >= 0; at = operators.indexOf(operator, at + 3)) {
      const [before, after] = [operators[at - 1], operators[at + 3]];
      if ((before === undefined || !isRegular(before)) && (after === undefined || !isRegular(after))) count++;
    }
  }
  return count;
}

type Token = { kind: 'operator'; value: string } | { kind: 'string'; value: Buffer } | { kind: 'name'; value: string } | { kind: 'other'; value?: string };

const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
const SPACES = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const isRegular = (byte: number) => !DELIMITERS.has(byte) && !SPACES.has(byte);

/** The replacement text (or none) of each marked sequence the operators open, in order. */
function markedTexts(operators: string): Array<string | undefined> {
  const out: Array<string | undefined> = [];
  // the operands since the last operator, as far as a BDC's are wanted: its tag and its properties' /ActualText
  let actual: string | undefined;
  /** depth of dictionaries open; the /ActualText key waits for its value */
  let depth = 0;
  let key: string | undefined;
  for (const token of tokens(operators)) {
    if (token.kind === 'operator') {
      if (token.value === 'BDC' || token.value === 'BMC') out.push(token.value === 'BDC' ? actual : undefined);
      actual = undefined;
      depth = 0;
      key = undefined;
    } else if (token.kind === 'other' && (token.value === '<<' || token.value === '>>')) {
      depth += token.value === '<<' ? 1 : -1;
    } else if (depth === 1 && key === 'ActualText') {
      if (token.kind === 'string') actual = textString(token.value);
      key = undefined;
    } else if (depth === 1 && token.kind === 'name') key = token.value;
    else key = undefined;
  }
  return out;
}

/** The tokens of content-stream operators: strings decoded, names, operators; an inline image's data skipped. */
function* tokens(source: string): Generator<Token> {
  const length = source.length;
  let at = 0;
  while (at < length) {
    const code = source.charCodeAt(at);
    if (SPACES.has(code)) {
      at++;
    } else if (code === 0x25) {
      while (at < length && source[at] !== '\n' && source[at] !== '\r') at++;
    } else if (code === 0x28) {
      const [value, end] = literalString(source, at);
      at = end;
      yield { kind: 'string', value };
    } else if (code === 0x3c && source[at + 1] === '<') {
      at += 2;
      yield { kind: 'other', value: '<<' };
    } else if (code === 0x3e && source[at + 1] === '>') {
      at += 2;
      yield { kind: 'other', value: '>>' };
    } else if (code === 0x3c) {
      const end = source.indexOf('>', at);
      const close = end < 0 ? length : end;
      const hex = source.slice(at + 1, close).replace(/[^0-9a-fA-F]/g, '');
      at = close + 1;
      yield { kind: 'string', value: Buffer.from(hex.length % 2 === 1 ? `${hex}0` : hex, 'hex') };
    } else if (code === 0x2f) {
      let end = at + 1;
      while (end < length && isRegular(source.charCodeAt(end))) end++;
      const value = source.slice(at + 1, end).replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      at = end;
      yield { kind: 'name', value };
    } else if (!isRegular(code)) {
      at++;
      yield { kind: 'other' };
    } else {
      let end = at + 1;
      while (end < length && isRegular(source.charCodeAt(end))) end++;
      const word = source.slice(at, end);
      at = end;
      if (word === 'ID') {
        // an inline image's data, to the EI that ends it
        const ends = /\sEI(?![^\s%/[<(])/g;
        ends.lastIndex = at;
        at = ends.exec(source)?.index ?? length;
        at += 3;
        yield { kind: 'operator', value: 'EI' };
      } else if (/^[A-Za-z'"][A-Za-z0-9*'"]*$/.test(word) && word !== 'true' && word !== 'false' && word !== 'null') {
        yield { kind: 'operator', value: word };
      } else yield { kind: 'other' };
    }
  }
}

const ESCAPES: Readonly<Record<string, number>> = { n: 0x0a, r: 0x0d, t: 0x09, b: 0x08, f: 0x0c };

/** A literal string's bytes from its opening parenthesis at `from`, and where it ends. */
function literalString(source: string, from: number): [Buffer, number] {
  const bytes: number[] = [];
  let depth = 0;
  let at = from;
  for (; at < source.length; at++) {
    const char = source[at]!;
    if (char === '\\') {
      const next = source[++at] ?? '';
      const octal = /^[0-7]{1,3}/.exec(source.slice(at, at + 3))?.[0];
      if (octal) {
        bytes.push(parseInt(octal, 8) & 0xff);
        at += octal.length - 1;
      } else if (next === '\r') {
        if (source[at + 1] === '\n') at++;
      } else if (next !== '\n') bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
      continue;
    }
    if (char === '(' && depth++ === 0) continue;
    if (char === ')' && --depth === 0) return [Buffer.from(bytes), at + 1];
    bytes.push(char.charCodeAt(0) & 0xff);
  }
  return [Buffer.from(bytes), at];
}

/** A text string's characters: UTF-16BE after its byte order mark, UTF-8 after its, else PDFDocEncoding (read as Latin-1). */
function textString(bytes: Buffer): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const units = bytes.subarray(2, bytes.length & ~1);
    return Buffer.from(units).swap16().toString('utf16le');
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  return bytes.toString('latin1');
}

/** A text item of pdf.js's, or one of its marks of where marked content begins or ends. */
export interface MarkedItemLike {
  str?: string;
  width?: number;
  type?: string;
}

/**
 * The page's text items with each marked sequence's replacement text in place of its glyphs' text: the first item
 * drawn within the sequence (with text, or with glyphs pdf.js gives no text for) carries it where its glyphs stood, the
 * others in it go. Items are left as pdf.js
 * gave them when `marks` is unknown or counts other sequences than pdf.js found.
 */
export function withActualText<T extends MarkedItemLike>(items: readonly T[], marks: MarkedTexts | undefined): T[] {
  const opens = (item: T) => item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps';
  if (marks === undefined || marks.every((text) => text === undefined) || items.filter(opens).length !== marks.length)
    return items.filter((item) => !('type' in item));
  const out: T[] = [];
  // the sequences open, each with its replacement text (an outer one's rules over those inside it) and whether it was placed
  const open: Array<{ text: string | undefined; placed: boolean }> = [];
  let next = 0;
  for (const item of items) {
    if (opens(item)) {
      const outer = open.some((sequence) => sequence.text !== undefined);
      open.push({ text: outer ? undefined : marks[next], placed: false });
      next++;
    } else if (item.type === 'endMarkedContent') {
      open.pop();
    } else if (!('type' in item)) {
      const replacing = open.find((sequence) => sequence.text !== undefined);
      if (replacing === undefined) out.push(item);
      else if (!replacing.placed && ((item.str ?? '').trim() !== '' || (item.width ?? 0) > 0)) {
        replacing.placed = true;
        out.push({ ...item, str: replacing.text });
      }
    }
  }
  return out;
}

/** An object stream's objects: its dictionary, and its data decoded. */
export interface ObjectStream {
  dictionary: string;
  data: string;
}

/**
 * The marked sequences of each page's content streams, by the page's object: found from the page's dictionary (in the
 * file, or in an object stream) and its /Contents.
 */
export class PageMarks {
  private source: string | undefined;
  private packed: Map<number, string> | undefined;

  constructor(
    private readonly pdf: Buffer,
    private readonly streams: ReadonlyMap<number, StreamMarks>,
    private readonly objectStreams: readonly ObjectStream[],
  ) {}

  /** The replacement texts of the marked sequences page object `num` opens, in order; undefined when not known. */
  of(num: number): MarkedTexts | undefined {
    const contents = CONTENTS.exec(this.object(num) ?? '');
    if (!contents) return undefined;
    let refs = contents[1] !== undefined ? [Number(contents[1])] : [...contents[2]!.matchAll(REFERENCE)].map(([, ref]) => Number(ref));
    // a single reference to an array of streams
    if (refs.length === 1 && !this.streams.has(refs[0]!)) {
      const array = /^\s*\[([^\]]*)\]/.exec(this.object(refs[0]!) ?? '');
      if (array) refs = [...array[1]!.matchAll(REFERENCE)].map(([, ref]) => Number(ref));
    }
    const texts: Array<string | undefined> = [];
    for (const ref of refs) {
      const marks = this.streams.get(ref);
      if (marks === undefined) return undefined;
      if (typeof marks === 'number') for (let k = 0; k < marks; k++) texts.push(undefined);
      else texts.push(...marks);
    }
    return texts;
  }

  /** Object `num`'s text (the last one of the number in the file, as an update leaves it), or the one an object stream holds. */
  private object(num: number): string | undefined {
    this.source ??= this.pdf.toString('latin1');
    const header = new RegExp(`(?<![\\d])${num}\\s+\\d+\\s+obj\\b`, 'g');
    let last = -1;
    for (const match of this.source.matchAll(header)) last = match.index + match[0].length;
    if (last >= 0) {
      const end = this.source.indexOf('endobj', last);
      return this.source.slice(last, end < 0 ? undefined : end);
    }
    return this.packedObjects().get(num);
  }

  private packedObjects(): Map<number, string> {
    if (this.packed) return this.packed;
    this.packed = new Map();
    for (const { dictionary, data } of this.objectStreams) {
      const first = Number(/\/First\s+(\d+)/.exec(dictionary)?.[1] ?? NaN);
      if (!Number.isFinite(first)) continue;
      const pairs = data.slice(0, first).trim().split(/\s+/).map(Number);
      for (let k = 0; k + 1 < pairs.length; k += 2) {
        const end = k + 3 < pairs.length ? first + pairs[k + 3]! : data.length;
        this.packed.set(pairs[k]!, data.slice(first + pairs[k + 1]!, end));
      }
    }
    return this.packed;
  }
}

const CONTENTS = /\/Contents\s*(?:(\d+)\s+\d+\s+R|\[([^\]]*)\])/;
const REFERENCE = /(\d+)\s+\d+\s+R/g;
