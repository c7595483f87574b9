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

export function isBlank(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let first = start;
    while (first < end && isBlank(text[first])) first++;
    let last = end;
    while (last > first && isBlank(text[last - 1])) last--;
    lines.push({ start, end, first, last });
    start = end + 1;
  }
  return lines;
}

/** Trims whitespace off both ends of [start, end). */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isBlank(text[start])) start++;
  while (end > start && isBlank(text[end - 1])) end--;
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

/** The UTF-16 units of `chars`: loops test `text.charCodeAt(i)`, since `text[i]` of a Chinese character is a new string. */
export const unitsOf = (chars: string): ReadonlySet<number> => new Set([...chars].map((ch) => ch.charCodeAt(0)));

const TITLE_OPEN = unitsOf('《〈');
const TITLE_CLOSE = unitsOf('》〉');
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
    const opens = TITLE_OPEN.has(unit);
    if (opens) {
      if (depth === 0) openedAt = i;
      depth++;
    } else if (TITLE_CLOSE.has(unit)) {
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
