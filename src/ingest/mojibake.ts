import { createRequire } from 'node:module';
import type Iconv from 'iconv-lite';

const require = createRequire(import.meta.url);
const iconvLite = () => require('iconv-lite') as typeof Iconv;

/**
 * Text garbled once and saved so: read in the wrong encoding by some tool, then written out as
 * UTF-8. Its bytes are valid UTF-8, so it was read as written: UTF-8 read as GBK gives rare
 * characters (关于 → 鍏充簬), "not a report" without a word of why; UTF-8 or GBK read as Latin-1
 * gives accented letters (æ³•æ²», ·¨ÖÎ), refused as garbled. Each is undone by writing the text
 * back in the encoding it was misread in and reading those bytes as they were meant.
 */
export interface Repaired {
  text: string;
  /** the encoding the text was misread in, and the one it was meant in */
  misreadAs: 'GBK' | 'Latin-1';
  meant: 'UTF-8' | 'GBK';
}

/**
 * Characters every report uses many of (function words and the words of government and law):
 * a garbled text has almost none of them.
 */
const COMMON_CODES = new Set(
  Array.from(
    '的一是在不了有和人这中大为上个国我以要时来用们到作地于出就分对成会可主发年动同工也能下过法所民得经进等部度家力理实加量都体制机当' +
      '使从业本性好应开合还因由其些然前政日社义事平全表间样与关各重新内数正心明原第道条结解问意建公系情者最立代已通并提题党程展员位入常' +
      '文总次品式设及管特件长求基资级统接知较将组见计期论运指区强放决做必先则任取据处保治规领导志增济思术交受联认共权收证改清再采转更单' +
      '安场务具目至达示议报完类确科节整况今传步群需段研界律究观织影持众复际商非验连断深委素技备办省列习响约支般感便团历市何除消构府称准' +
      '值号率维划选标存候效院查型按格层始专状育识适属调满县局参细引该价严审核执监督训培评估规范案件工作推进加强落实完善健全开展',
    (char) => char.charCodeAt(0),
  ),
);
/** The characters of a text's opening its encoding is judged by. */
const OPENING_CHARS = 20_000;
/** Below this many Chinese characters a text tells nothing of its encoding. */
const MIN_HAN = 30;
/** A garbled text has fewer common characters among its Chinese ones than this share, ... */
const MAX_GARBLED_COMMON_SHARE = 0.08;
/** ... a report more than this. */
const MIN_REPORT_COMMON_SHARE = 0.25;
/** At most this share of a repaired text's characters may be lost (a character the misreading could not decode, written as U+FFFD). */
const MAX_LOST_SHARE = 0.05;
/** A text misread as Latin-1 is letters of U+0080–U+00FF (and Windows-1252's few above) where its Chinese was, and no Chinese. */
const LATIN1_SUPPLEMENT =
  /[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/g;
const NOT_HAN = /[^\p{Script=Han}]+/gu;

/** Counted over one string of the Chinese characters by char code: one string per character made it 2–3% of a batch. */
function commonShare(text: string): { han: number; share: number } {
  const chinese = text.replace(NOT_HAN, '');
  let han = 0;
  let common = 0;
  for (let i = 0; i < chinese.length; i++) {
    const code = chinese.charCodeAt(i);
    // the second half of a character beyond the BMP: its first half counted it
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    han++;
    if (COMMON_CODES.has(code)) common++;
  }
  return { han, share: han === 0 ? 0 : common / han };
}

const lostCount = (text: string): number => text.match(/\uFFFD/g)?.length ?? 0;
/**
 * A byte the misreading could not decode stands as U+FFFD: it is lost, and left out, so that the
 * character it was part of reads as one lost (U+FFFD) rather than as a wrong one or a stray '?'.
 */
const withoutLost = (text: string): string => text.replace(/\uFFFD/g, '');

/** The text as it was meant, when it reads as a report only that way; undefined for a text as it should be. */
export function repairedMojibake(text: string): Repaired | undefined {
  // a text's opening tells: the whole of a long one is not looked through for every report
  const opening = text.slice(0, OPENING_CHARS);
  const { han, share } = commonShare(opening);
  if (han >= MIN_HAN) {
    if (share > MAX_GARBLED_COMMON_SHARE) return undefined;
    return readsAsReport(iconvLite().encode(withoutLost(text), 'gbk'), 'GBK', ['UTF-8']);
  }
  const latin = opening.match(LATIN1_SUPPLEMENT)?.length ?? 0;
  if (latin < MIN_HAN * 2) return undefined;
  return readsAsReport(latin1Bytes(withoutLost(text)), 'Latin-1', ['UTF-8', 'GBK']);
}

/**
 * The encoding a text saved as UTF-8 was misread in, when too much was lost to undo: UTF-8 read as
 * Big5 loses a byte of most characters (a continuation byte 0x80–0xA0 ends no Big5 pair), so what is
 * left reads as a report only in part. Such a text was refused as "not UTF-8 or GBK", which it is.
 */
export function misreadBeyondRepair(text: string): 'Big5' | 'GBK' | undefined {
  const opening = withoutLost(text.slice(0, OPENING_CHARS));
  for (const misreadAs of ['Big5', 'GBK'] as const) {
    const { han, share } = commonShare(iconvLite().encode(opening, misreadAs).toString('utf8'));
    if (han >= MIN_HAN && share >= MIN_REPORT_COMMON_SHARE) return misreadAs;
  }
  return undefined;
}

function readsAsReport(bytes: Buffer, misreadAs: Repaired['misreadAs'], meanings: ReadonlyArray<Repaired['meant']>): Repaired | undefined {
  for (const meant of meanings) {
    const text = meant === 'UTF-8' ? bytes.toString('utf8') : iconvLite().decode(bytes, 'gb18030');
    const { han, share } = commonShare(text.slice(0, OPENING_CHARS));
    if (han >= MIN_HAN && share >= MIN_REPORT_COMMON_SHARE && lostCount(text) <= text.length * MAX_LOST_SHARE) return { text, misreadAs, meant };
  }
  return undefined;
}

/** The bytes a Windows-1252 (or Latin-1, for its control characters) reading of them gave the text as. */
function latin1Bytes(text: string): Buffer {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x100) bytes.push(code);
    else bytes.push(...iconvLite().encode(char, 'cp1252'));
  }
  return Buffer.from(bytes);
}
