import { isBoilerplateLine } from './boilerplate.js';
import { MAX_LINE_CHARS } from './limits.js';
import { OUTLINE_START, SENTENCE_END } from './line-breaks.js';
import { rejoinHardWraps, type TextLine } from './rewrap.js';

/** Invisible characters and control codes that carry no text (tab and newline stay). */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** A long line is split after one of these. */
const SPLIT_AFTER = new Set(['。', '\uFF01', '\uFF1F', '\uFF1B', '!', '?', ';']);
/** A Markdown heading's marker (## 一、主要举措), from a report converted to Markdown. */
const MARKDOWN_HEADING = /^#{1,6}[ \t]+/;
const HAN = /[\u3400-\u9fff]/;
/** Blanks inside a line, worth four columns or more: a paragraph's indent, when its line break was lost. */
const INNER_INDENT = /(?<=\S)[ \u00a0\u3000]{2,}(?=\S)/g;
/** Any blank inside a line: in a whole text run into one line, a single blank may be all a lost break left. */
const INNER_BLANK = /(?<=\S)[ \u00a0\u3000]+(?=\S)/g;
/** What a line may start with after a heading: words (not a table cell's number)… */
const AFTER_HEADING = /^\p{L}/u;
/** …and in a whole text on one line, also a year (the opening 2024年,… after the title; the date after the signature). */
const AFTER_HEADING_IN_WHOLE_TEXT = /^(?:\p{L}|\d{4}年)/u;
/** A line holding this share of the text is the whole text run together (a page copied without its line breaks). */
const RUN_TOGETHER_SHARE = 0.8;
/** A heading of its own is this long (a label spaced out, 文  号, is no heading) and has no punctuation inside. */
const MIN_HEADING_CHARS = 4;
const MAX_HEADING_CHARS = 40;
const PUNCTUATED = /[,;:!?\u3001\u3002\uFF0C\uFF1B\uFF1A\uFF01\uFF1F]/;
/** A letter-spaced line has at least this many gaps, and this share of its neighbours apart. */
const MIN_LETTER_GAPS = 4;
const LETTER_GAP_SHARE = 0.8;

/**
 * Structural cleanup, the step before folding: unified line breaks, invisible characters
 * dropped, paragraphs run together restored to lines (see splitRunTogether), every line trimmed,
 * Markdown heading markers dropped, letter-spaced lines closed up, absurdly long lines split,
 * web-page boilerplate lines removed, runs of blank lines collapsed to one, no blank lines at
 * either end, lines hard-wrapped at a page's width joined (see rejoinHardWraps).
 */
export function cleanupStructure(raw: string): string {
  // eslint-disable-next-line no-control-regex -- vertical tab and form feed end lines too
  const unified = splitRunTogether(raw.replace(/\r\n?|[\u000b\u000c\u0085\u2028\u2029]/g, '\n').replace(INVISIBLE, ''));
  const lines: TextLine[] = [];
  for (const rawLine of unified.split('\n')) {
    const pieces = splitLongLine(closeLetterSpacing(rawLine.trim().replace(MARKDOWN_HEADING, '')));
    for (const [index, piece] of pieces.entries()) {
      if (isBoilerplateLine(piece)) continue;
      if (piece === '' && (lines.length === 0 || lines[lines.length - 1]!.text === '')) continue;
      lines.push({ text: piece, indent: index === 0 && piece !== '' ? /^\s*/.exec(rawLine)![0] : '' });
    }
  }
  while (lines.length > 0 && lines[lines.length - 1]!.text === '') lines.pop();
  return rejoinHardWraps(lines).join('\n');
}

/**
 * Paragraphs run together in one line with only their indents left between them (a web page whose
 * line breaks were lost: "…取得积极成效。  一、主要举措"): an indent of four columns or more
 * inside a line starts a line again after a sentence end, before an outline heading, or after a
 * heading (a short phrase without punctuation, or an outline heading) when words follow, not a
 * number or a bracket. In a line that holds nearly the whole text (one without its line breaks)
 * a single blank does so too.
 */
export function splitRunTogether(text: string): string {
  const split = splitAtBlanks(text, INNER_INDENT, 4, AFTER_HEADING);
  const longest = longestLine(split);
  if (longest < split.length * RUN_TOGETHER_SHARE) return split;
  return split
    .split('\n')
    .map((line) => (line.length === longest ? splitAtBlanks(line, INNER_BLANK, 1, AFTER_HEADING_IN_WHOLE_TEXT) : line))
    .join('\n');
}

function longestLine(text: string): number {
  let longest = 0;
  for (let start = 0; start <= text.length;) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    longest = Math.max(longest, stop - start);
    start = stop + 1;
  }
  return longest;
}

/**
 * Starts a line again at the blanks `pattern` finds that are worth `minColumns` columns or more
 * (see splitRunTogether), after a heading only where what follows matches `afterHeading`.
 */
function splitAtBlanks(text: string, pattern: RegExp, minColumns: number, afterHeading: RegExp): string {
  let segmentStart = 0;
  // where the line of the current match starts, found by walking forward once: a text of one
  // long line with many indents must not be scanned back from every one of them
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  return text.replace(pattern, (blanks: string, at: number) => {
    const columns = blanks.length + (blanks.match(/\u3000/g)?.length ?? 0);
    if (columns < minColumns) return blanks;
    while (nextBreak !== -1 && nextBreak < at) {
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineStart);
    }
    const from = Math.max(segmentStart, lineStart);
    const next = at + blanks.length;
    const splits =
      SENTENCE_END.test(text.slice(Math.max(from, at - 2), at)) ||
      OUTLINE_START.test(text.slice(next, next + 12)) ||
      (at - from <= MAX_HEADING_CHARS && isHeading(text.slice(from, at)) && afterHeading.test(text.slice(next, next + 5)));
    if (!splits) return blanks;
    segmentStart = next;
    return `\n${blanks}`;
  });
}

function isHeading(phrase: string): boolean {
  if (phrase.length < MIN_HEADING_CHARS || phrase.length > MAX_HEADING_CHARS || phrase.includes('\u3002')) return false;
  return !PUNCTUATED.test(phrase) || OUTLINE_START.test(phrase);
}

/**
 * A line whose characters are set apart by one blank each (法 治 政 府 建 设, 2 0 2 3 年), as
 * some PDFs' text layers and some typesetting give them, closed up; a wider gap stays as one
 * space. Chinese never spaces most of its characters, so a line where most neighbours stand
 * apart is letter-spaced.
 */
export function closeLetterSpacing(line: string): string {
  if (!HAN.test(line) || !/[ \u3000]/.test(line)) return line;
  let apart = 0;
  let together = 0;
  for (let i = 1; i < line.length; i++) {
    if (isGap(line[i]!)) continue;
    if (!isGap(line[i - 1]!)) together++;
    else if (i >= 2 && !isGap(line[i - 2]!)) apart++;
  }
  if (apart < MIN_LETTER_GAPS || apart < (apart + together) * LETTER_GAP_SHARE) return line;
  return line.replace(/(?<=\S)[ \u3000](?=\S)/g, '').replace(/[ \u3000]{2,}/g, ' ');
}

const isGap = (ch: string): boolean => ch === ' ' || ch === '\u3000';

/**
 * Splits a line longer than MAX_LINE_CHARS after the last sentence end in each window, or
 * at the window's end when the window has none (never inside a surrogate pair).
 */
export function splitLongLine(line: string): string[] {
  if (line.length <= MAX_LINE_CHARS) return [line];
  const pieces: string[] = [];
  let start = 0;
  while (line.length - start > MAX_LINE_CHARS) {
    const limit = start + MAX_LINE_CHARS;
    let cut = limit;
    for (let i = limit - 1; i > start + MAX_LINE_CHARS / 2; i--) {
      if (SPLIT_AFTER.has(line[i]!)) {
        cut = i + 1;
        break;
      }
    }
    if (cut === limit && /[\ud800-\udbff]/.test(line[cut - 1]!)) cut--;
    pieces.push(line.slice(start, cut).trim());
    start = cut;
  }
  pieces.push(line.slice(start).trim());
  return pieces.filter((piece) => piece.length > 0);
}
