/**
 * Sentence splitting: a sentence ends at 。!? outside quotes, 《…》 titles and brackets, and at
 * every line break except the soft ones (a line wrapped inside a sentence, see softBreaks).
 * ";" separates clauses and stays inside the sentence.
 */
import { isBlank } from './text.js';
import type { Span } from './types.js';

const OPENERS = new Set('“‘《〈(【〔[「『{');
const CLOSERS = new Set('”’》〉)】〕]」』}');
const TERMINATORS = new Set('。!?…');
/**
 * An opener that is not closed within this many characters is taken as unbalanced, so that a
 * stray "(" cannot swallow a whole paragraph.
 */
const MAX_ENCLOSED = 300;

export function splitSentences(text: string, start = 0, end = text.length, soft: ReadonlySet<number> = new Set()): Span[] {
  const spans: Span[] = [];
  let open = -1;
  let nesting = 0;
  let asciiQuote = false;
  let enclosedSince = 0;
  const finish = (stop: number): void => {
    let e = stop;
    while (e > open && isBlank(text[e - 1])) e--;
    if (e > open) spans.push({ start: open, end: e });
    open = -1;
    nesting = 0;
    asciiQuote = false;
  };
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      if (open >= 0 && !soft.has(i)) finish(i);
      continue;
    }
    if (open < 0) {
      if (isBlank(ch)) continue;
      open = i;
    }
    if (nesting > 0 || asciiQuote) {
      if (i - enclosedSince > MAX_ENCLOSED) {
        nesting = 0;
        asciiQuote = false;
      }
    }
    if (OPENERS.has(ch)) {
      if (nesting === 0 && !asciiQuote) enclosedSince = i;
      nesting++;
    } else if (CLOSERS.has(ch)) {
      if (nesting > 0) nesting--;
    } else if (ch === '"') {
      if (!asciiQuote && nesting === 0) enclosedSince = i;
      asciiQuote = !asciiQuote;
    } else if (TERMINATORS.has(ch) && nesting === 0 && !asciiQuote) {
      let stop = i + 1;
      while (stop < end && TERMINATORS.has(text[stop]!)) stop++;
      finish(stop);
      i = stop - 1;
    }
  }
  if (open >= 0) finish(end);
  return spans;
}

/** A line that ends like this stops mid-sentence: a comma or an opener, whatever its length. */
const BROKEN = /[,、“‘《(]$/;
/** …or a character or a digit, in a line long enough to be a wrapped one rather than a short label. */
const CONTINUES = /[\p{Script=Han}\dA-Za-z%]$/u;
const MIN_WRAPPED = 10;
/** A line that starts like this opens something new: a heading number, an enumeration, a bracket note. */
const OPENS = /^(?:[一二三四五六七八九十]{1,3}[、.是]|\(|第[一二三四五六七八九十]+|\d{1,2}[、.](?![\d%])|[【\[])/;

/** The shortest line taken for a running header when repeated. */
const RUNNING_MIN = 6;

/**
 * Line breaks inside a sentence (text pasted from a PDF or a web page wraps lines): inside the
 * body [from, to), between two non-blank lines, where the first line stops mid-sentence (after a
 * comma, or after a character in a line of MIN_WRAPPED or more), is not a heading, and the next
 * line does not open a heading or an enumeration. Offsets of the '\n'.
 */
export function softBreaks(
  text: string,
  lines: readonly { start: number; end: number; first: number; last: number }[],
  headingLines: ReadonlySet<number>,
  from: number,
  to: number,
): Set<number> {
  const soft = new Set<number>();
  // a page's running header (某县人民政府文件) that a PDF copy repeats inside the text
  const seen = new Map<string, number>();
  for (const l of lines) {
    const c = text.slice(l.first, l.last).trim();
    if (c.length >= RUNNING_MIN) seen.set(c, (seen.get(c) ?? 0) + 1);
  }
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (line.first >= line.last || next.first >= next.last) continue;
    if (line.first < from || next.first >= to) continue;
    if (headingLines.has(line.first) || headingLines.has(next.first)) continue;
    const content = text.slice(line.first, line.last);
    // a repeated header between two halves of a wrapped sentence does not end it
    if (i > 0 && soft.has(lines[i - 1]!.end) && (seen.get(content.trim()) ?? 0) >= 2) {
      if (!OPENS.test(text.slice(next.first, next.last))) soft.add(line.end);
      continue;
    }
    // a row of a flattened table ("行政复议案件 | 86件 | 办结79件") is a line of its own
    if (content.includes('|') || text.slice(next.first, next.last).includes('|')) continue;
    if (!BROKEN.test(content) && !(CONTINUES.test(content) && content.replace(/\s/g, '').length >= MIN_WRAPPED)) continue;
    if (OPENS.test(text.slice(next.first, next.last))) continue;
    soft.add(line.end);
  }
  return soft;
}
