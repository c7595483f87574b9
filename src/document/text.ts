/** Small linear-time helpers over the normalised text. */
import { CHINESE_DIGITS } from './cues.js';
import type { Span } from './types.js';

/** A line of the text: [start, end) without its line break, and the offset of its first non-blank. */
export interface Line extends Span {
  /** first non-whitespace offset (== end for a blank line) */
  first: number;
  /** end with trailing whitespace removed */
  last: number;
}

/**
 * A UTF-16 unit of a Chinese character: the basic block, extension A, the compatibility ideographs,
 * and either half of a character of extensions B on (planes 2 and 3). Place names keep rare
 * characters (䢺溪镇, U+48BA) that the basic block lacks.
 */
export const HAN_UNIT = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ud840-\ud87f\udc00-\udfff]/u;

/** Whitespace, as /\s/ has it. */
const WHITESPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const BLANKS = unitClasses(WHITESPACE);
const blankTables = new Map<string, Uint8Array>([['', BLANKS]]);

/** The units that are whitespace or one of `more`, marked 1 by code unit: one table per set of characters, made once. */
export function blanksAnd(more: string): Uint8Array {
  let table = blankTables.get(more);
  if (!table) blankTables.set(more, (table = unitClasses(WHITESPACE + more)));
  return table;
}

/** Whether the unit at `i` is whitespace (none out of range), read off the unit: `text[i]` of a Chinese character is a new string. */
export function isBlankAt(text: string, i: number): boolean {
  return BLANKS[text.charCodeAt(i)] === 1;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let first = start;
    while (first < end && isBlankAt(text, first)) first++;
    let last = end;
    while (last > first && isBlankAt(text, last - 1)) last--;
    lines.push({ start, end, first, last });
    start = end + 1;
  }
  return lines;
}

/** Trims whitespace off both ends of [start, end). */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isBlankAt(text, start)) start++;
  while (end > start && isBlankAt(text, end - 1)) end--;
  return { start, end };
}

/** 一 → 1, 十一 → 11, 二十 → 20, 三十五 → 35; NaN when not a numeral. */
export function parseChineseNumeral(s: string): number {
  if (s.length === 0) return Number.NaN;
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch === '十' || ch === '百') {
      const unit = ch === '十' ? 10 : 100;
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
      continue;
    }
    const d = CHINESE_DIGITS[ch];
    if (d === undefined || digit >= 0) return Number.NaN;
    digit = d;
  }
  return total + Math.max(digit, 0);
}

/**
 * A table of UTF-16 units: the unit of each character of `classes[k]` maps to k + 1, any other to 0.
 * Loops read it at `text.charCodeAt(i)` (`text[i]` of a Chinese character is a new string), a load
 * where a Set of units cost a hash lookup per character of the report.
 */
export function unitClasses(...classes: string[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  classes.forEach((chars, k) => {
    for (const ch of chars) table[ch.charCodeAt(0)] = k + 1;
  });
  return table;
}

const TITLE_MARKS = unitClasses('《〈', '》〉');
const TITLE_OPEN = 1;
const TITLE_CLOSE = 2;
const NEWLINE = 0x0a;
/** Longest content of a 《…》 title; an unclosed 《 stops masking after this. */
const MAX_TITLE = 80;

/**
 * The text with the content of 《…》 titles blanked out (same length, so offsets hold).
 * Places and years quoted in the titles of other documents are not the report's own.
 */
export function maskTitles(text: string): string {
  if (!text.includes('《') && !text.includes('〈')) return text;
  // built from runs (slices of the text, runs of □), not a string per character: reports run to megabytes
  const parts: string[] = [];
  let depth = 0;
  let openedAt = 0;
  let runStart = 0;
  let runMasked = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const mark = TITLE_MARKS[unit];
    const opens = mark === TITLE_OPEN;
    if (opens) {
      if (depth === 0) openedAt = i;
      depth++;
    } else if (mark === TITLE_CLOSE) {
      depth = Math.max(0, depth - 1);
    } else if (unit === NEWLINE || i - openedAt > MAX_TITLE) {
      depth = 0;
    }
    const masked = depth > 0 && !opens;
    if (masked !== runMasked) {
      parts.push(runMasked ? '□'.repeat(i - runStart) : text.slice(runStart, i));
      runStart = i;
      runMasked = masked;
    }
  }
  parts.push(runMasked ? '□'.repeat(text.length - runStart) : text.slice(runStart));
  return parts.join('');
}

/** Counts non-overlapping occurrences of `needle`. */
export function countOccurrences(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}
