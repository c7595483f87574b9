import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  /** lower-case encoding name, e.g. utf-8, gb18030, utf-16le, big5 */
  encoding: string;
}

const BOMS: ReadonlyArray<{ bytes: readonly number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0x84, 0x31, 0x95, 0x33], encoding: 'gb18030' },
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
 * Decodes text bytes: a BOM first, then strict UTF-8, then a declared charset (HTML meta,
 * MIME header), then chardet. Chinese reports that are not UTF-8 are nearly always GB
 * encoded, so when chardet names a non-Chinese single-byte charset we still prefer
 * GB18030 if it decodes cleanly.
 */
export function decodeText(bytes: Uint8Array, declared?: string): Decoded {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => buffer[i] === b)) {
      return { text: iconv.decode(buffer.subarray(bom.bytes.length), bom.encoding), encoding: bom.encoding };
    }
  }
  const utf8 = strictUtf8(buffer);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };

  const encoding = (declared && iconvName(declared)) ?? utf16ByNulPattern(buffer) ?? guessEncoding(buffer);
  return { text: iconv.decode(buffer, encoding), encoding };
}

function strictUtf8(buffer: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return null;
  }
}

/** A charset label as iconv-lite knows it, GB variants unified; undefined if unknown. */
export function iconvName(label: string): string | undefined {
  const name = label.trim().toLowerCase();
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|hz-gb-2312)$/.test(name)) return 'gb18030';
  if (name === 'utf8') return 'utf-8';
  return iconv.encodingExists(name) ? name : undefined;
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

function guessEncoding(buffer: Buffer): string {
  const guess = chardet.detect(buffer);
  const mapped = guess ? CHARDET_TO_ICONV[guess] : undefined;
  if (mapped) return mapped;
  if (decodesCleanly(buffer, 'gb18030')) return 'gb18030';
  return guess && iconv.encodingExists(guess) ? guess.toLowerCase() : 'gb18030';
}

function decodesCleanly(buffer: Buffer, encoding: string): boolean {
  return !iconv.decode(buffer, encoding).includes('\uFFFD');
}
