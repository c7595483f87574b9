/**
 * Windows-1252 curly quotes among GBK bytes: text pasted from a Western-locale editor keeps “ ” ‘ ’
 * as the single bytes 0x93 0x94 0x91 0x92, which GBK reads as lead bytes, each paired with the byte
 * after it. The quoted words come out as rare characters (“法治讲堂” as 摲ㄖ谓蔡…) and the figures
 * between such quotes are lost to U+FFFD.
 *
 * GBK has characters with those lead bytes (GBK/3, rare characters such as 摲), so a quote byte is
 * taken for a quote only when it opens a pair on one line: the bytes after the opening byte, read
 * from there, are characters up to the closing byte (0x94 after 0x93, 0x92 after 0x91), standing
 * where a character starts, and fewer of them are rare (outside GB2312, the common set every report
 * is written in) than the same bytes give read as GBK. Read as GBK, a pair gives two rare characters
 * around a span read a byte out of step; read as a pair, the span reads as written, a rare name in
 * it (“堃”) as one rare character.
 */

/** The GBK bytes of each Windows-1252 quote that opens or closes a pair. */
const QUOTE_GBK: ReadonlyMap<number, readonly [number, number]> = new Map([
  [0x93, [0xa1, 0xb0]], // “
  [0x94, [0xa1, 0xb1]], // ”
  [0x91, [0xa1, 0xae]], // ‘
  [0x92, [0xa1, 0xaf]], // ’
]);

/** Bytes of quoted words a pair may span: a quotation in a report is a name or a slogan, not a paragraph. */
const MAX_QUOTED_BYTES = 240;

/** The bytes with each quote pair of Windows-1252 written as GBK's quotes, or undefined when there is none. */
export function withGbkQuotes(bytes: Buffer): Buffer | undefined {
  // GB2312 characters, all a GBK report usually holds, have no byte under 0xA1 but their ASCII
  if (bytes.indexOf(0x93) < 0 && bytes.indexOf(0x91) < 0) return undefined;
  const quotes: number[] = [];
  let at = 0;
  while (at < bytes.length) {
    const byte = bytes[at]!;
    if (byte === 0x93 || byte === 0x91) {
      const close = closingQuote(bytes, at + 1, byte + 1);
      if (close > 0) {
        quotes.push(at, close);
        at = close + 1;
        continue;
      }
    }
    at += gbCharLength(bytes, at);
  }
  if (quotes.length === 0) return undefined;
  const pieces: Uint8Array[] = [];
  let from = 0;
  for (const quote of quotes) {
    pieces.push(bytes.subarray(from, quote), Uint8Array.from(QUOTE_GBK.get(bytes[quote]!)!));
    from = quote + 1;
  }
  pieces.push(bytes.subarray(from));
  return Buffer.concat(pieces);
}

/**
 * Where the closing quote stands, the bytes from `from` read as characters on one line, when they read
 * with fewer rare characters than the bytes from the opening quote read as GBK; -1 where none does.
 */
function closingQuote(bytes: Buffer, from: number, closer: number): number {
  let rare = 0;
  let at = from;
  while (at < bytes.length && at - from < MAX_QUOTED_BYTES) {
    const byte = bytes[at]!;
    if (byte === closer) return at > from && rare < rareCharacters(bytes, from - 1, at + 1) ? at : -1;
    if (byte === 0x0a || byte === 0x0d) return -1;
    const length = gbCharLength(bytes, at);
    if (byte >= 0x80 && length === 1) return -1;
    if (isRare(bytes, at, length)) rare++;
    at += length;
  }
  return -1;
}

/** Rare characters (outside ASCII and GB2312, or no character) among the bytes from `from` to `to`, read as GBK. */
function rareCharacters(bytes: Buffer, from: number, to: number): number {
  let rare = 0;
  for (let at = from; at < to;) {
    const length = gbCharLength(bytes, at);
    if (isRare(bytes, at, length)) rare++;
    at += length;
  }
  return rare;
}

/** Whether the character of `length` bytes at `at` is neither ASCII nor GB2312. */
function isRare(bytes: Buffer, at: number, length: number): boolean {
  const lead = bytes[at]!;
  if (length === 1) return lead >= 0x80;
  return length > 2 || lead < 0xa1 || lead > 0xf7 || bytes[at + 1]! < 0xa1;
}

/** Bytes of the GB18030 character at `at`, as the decoder steps over them: an invalid lead byte alone. */
function gbCharLength(bytes: Buffer, at: number): number {
  const lead = bytes[at]!;
  if (lead < 0x81 || lead === 0xff) return 1;
  const second = bytes[at + 1] ?? 0;
  if (second >= 0x30 && second <= 0x39) {
    const third = bytes[at + 2] ?? 0;
    const fourth = bytes[at + 3] ?? 0;
    return third >= 0x81 && third <= 0xfe && fourth >= 0x30 && fourth <= 0x39 ? 4 : 1;
  }
  return (second >= 0x40 && second <= 0x7e) || (second >= 0x80 && second <= 0xfe) ? 2 : 1;
}
