import { COUNTED_AFTER, COUNTING_AFTER } from './fold.js';

// What ends a paragraph line and what opens one, shared by the places that rejoin or split lines
// (a PDF's text layer, plain text copied from one, paragraphs run together). Full-width forms
// count like their ASCII ones, so that the text need not be folded first.

/** A line ending here ends a paragraph line: sentence ends (also with a closing quote after one). */
export const SENTENCE_END = /[。;:!?\uFF1B\uFF1A\uFF01\uFF1F][\u201D\u2019\u300D\u300F)\uFF09]?$/;

/**
 * A line ending here, at the right edge, ends its paragraph: a sentence end but a semicolon, after
 * which the sentence goes on (…报备率100%;开展专项清理,废止5件). A list whose items end in one is no
 * wrap: its items open with their markers or stop short of the edge.
 */
export const PARAGRAPH_END = /[。:!?\uFF1A\uFF01\uFF1F][\u201D\u2019\u300D\u300F)\uFF09]?$/;

/**
 * What a label's colon may stand before without ending anything (持证执法人员:986名, 出庭应诉率:83.8%,
 * as statistics are listed): a figure, but not an item number (1. / 1、) nor a date (2020年…). The
 * figure is read whole first (a lookahead and its back-reference), so that 12. is no figure 1.
 */
export const LABELLED_FIGURE = /(?=([\d\uFF10-\uFF19]+(?:[.,\uFF0E\uFF0C][\d\uFF10-\uFF19]+)*))\1(?![.、年月日\uFF0E])/y;

/** Whether a line break after `previous` and before `next` stays inside a label:figure pair. */
export function joinsLabelledFigure(previous: string, next: string): boolean {
  if (!/[:\uFF1A]$/.test(previous)) return false;
  // the figure may stand in emphasis brackets (学法:【10次】), dropped later as markup
  LABELLED_FIGURE.lastIndex = next.startsWith('\u3010') ? 1 : 0;
  return LABELLED_FIGURE.test(next);
}

/**
 * A bullet leading an item's line (◆ 一、总体情况, ● 执法记录仪:612台, ★, ※, •, 🔹, a web list's middle
 * dot · ‧ ∙ ・ or triangle ‣, and a Markdown list's - / * / + before words, with a blank or none as a list
 * pasted from a page has, or before a year after a blank (- 2024年:…), not a page's number - 3 -; a Markdown list's - before
 * a pictograph, both one bullet: - ✅ 调解矛盾纠纷…, as a social post's cards are written): typography, no part of what the
 * line says; the line opens an item as a heading number does.
 */
/** The bullets that are marks of their own (not a pictograph, nor a - * + that needs what follows): a regex needs no 'u' flag. */
export const BULLET_MARK = '[\\u00b7\\u2022\\u2023\\u2027\\u203b\\u2219\\u25a0-\\u25ff\\u2605\\u2606\\u2666\\u2756\\u27a2\\u27a4\\u30fb]';
export const BULLET = `(?:${BULLET_MARK}|\\p{Extended_Pictographic}|[-*+][ \\t]*\\p{Extended_Pictographic}\\uFE0F?|[-*+](?=[ \\t]*[\\p{Script=Han}“(\\uFF08《【]|[ \\t]+\\d{4}年))`;
export const LEADING_BULLET = new RegExp(`^${BULLET}\\s*`, 'u');

/** A heading's own number: 第一章 / 第二部分, 一、, (一), 1、 or 1. (not the 1. of 1.5). */
export const HEADING_NUMBER =
  '(?:第[一二三四五六七八九十百]+(?:部分|[章节条部分])|[一二三四五六七八九十]+[、.\\uFF0E]|[(\\uFF08][一二三四五六七八九十]+[)\\uFF09]|[\\d\\uFF10-\\uFF19]{1,2}(?:、|[.\\uFF0E](?![\\d\\uFF10-\\uFF19])))';

/** A deck's chapter numbered in two digits, a blank, then its title (01 工作成效, 02 存在问题). */
const DECK_CHAPTER = '[0\\uFF10][1-9\\uFF11-\\uFF19][ \\t\\u3000]+(?=\\p{Script=Han})';

/** Outline headings that always start a new line: 一、 (一) 1. (1) 一是 第一章 ① 01 工作成效, and bulleted items. */
export const OUTLINE_START = new RegExp(
  `^(?:${HEADING_NUMBER}|[(\\uFF08][\\d\\uFF10-\\uFF19]{1,2}[)\\uFF09]|[一二三四五六七八九十]+是|[\\u2460-\\u2473]|${DECK_CHAPTER}|${BULLET})`,
  'u',
);

/**
 * A page or column break (a form feed) inside a figure or between a figure and its unit (培训4⏎60人次, 12⏎件, 8.⏎7%): a
 * break the author let fall where the page ran out, not a line of its own; it parted the figure. So a Word document's
 * page and column breaks, and a Markdown paragraph's line breaks (see markdown.ts), are read there.
 */
const BREAK_IN_FIGURE = new RegExp(`(?<=\\d[.\\uFF0E]?)\\f(?=[.\\uFF0E]?\\d|${COUNTED_AFTER}|\\uFF05)`, 'g');

/** `text` with the form feeds that part a figure taken out (see BREAK_IN_FIGURE); the others stay. */
export const withPageBreaksInFiguresJoined = (text: string): string =>
  text.includes('\f') ? text.replace(BREAK_IN_FIGURE, (pageBreak: string, at: number) => (opensDate(text, at) ? pageBreak : '')) : text;

/** Digits and a date's character after a break (2025年, 12月). */
const DATE_AFTER_BREAK = /^\f(\d+)([年月日])/;
/**
 * Whether the break at `at` opens a date of its own, which the figure before it does not go on into (共46⏎2025年12月, 40⏎12月):
 * a year of four digits, or a month or a day that the digits before the break would make longer than two, or a month
 * past the twelfth (共4⏎6月 read 共46月: no month, and a count of months is 46个月).
 */
function opensDate(text: string, at: number): boolean {
  const date = DATE_AFTER_BREAK.exec(text.slice(at, at + 8));
  if (!date) return false;
  if (date[2] === '年') return date[1]!.length === 4;
  let digitsBefore = 0;
  while (at - digitsBefore > 0 && /\d/.test(text[at - digitsBefore - 1]!)) digitsBefore++;
  if (digitsBefore + date[1]!.length > 2) return true;
  return date[2] === '月' && Number(text.slice(at - digitsBefore, at) + date[1]!) > 12;
}

/**
 * A line break inside a paragraph (a page's <br>, Word's Shift+Enter, an OpenDocument or RTF line break), marked so by
 * the readers until it is read (see withLineBreaksInSentencesRead): Unicode's own line separator.
 */
export const LINE_SEPARATOR = '\u2028';
/** A paragraph's text from its start to a line break in it, ending in a label: a Chinese character, no punctuation. */
const LABEL_BEFORE_BREAK = /\p{Script=Han}$/u;
/** A figure with the unit of a count (not a date's: 2025年 opens a line of its own), then what follows it on its line. */
const COUNT_AFTER_BREAK = new RegExp(`^[ \\t]*\\d+(?:[.,]\\d+)*[ \\t]?(?:${COUNTING_AFTER}|\\uFF05)(.*)$`, 's');
/** A clause's or a sentence's mark: the line is running prose, not a card's label or figure alone. */
const PROSE_MARK = /[,;:\u3001\u3002\uFF0C\uFF1B\uFF1A]/;

/**
 * `text` with its line breaks inside paragraphs (LINE_SEPARATOR) read: one between a label and the figure it counts in
 * running prose (全年审查规范性文件⏎17件，办理… as Word shows a line broken by Shift+Enter, or a page by <br>) is no line
 * of its own, the figure lost its label; the others end lines. A card (行政复议⏎97件, no clause on either line) keeps
 * its lines, and so do a date (落款⏎2025年12月) and a line that opens with words.
 */
export function withLineBreaksInSentencesRead(text: string): string {
  if (!text.includes(LINE_SEPARATOR)) return text;
  const parts = text.split(LINE_SEPARATOR);
  const out = [parts[0]!];
  // of the line the next part goes on, as far as it is written: whether it is prose, and its last character
  const lineOf = (part: string) => part.slice(part.lastIndexOf('\n') + 1);
  let prose = PROSE_MARK.test(lineOf(parts[0]!));
  let last = parts[0]!.trimEnd().slice(-2);
  for (const part of parts.slice(1)) {
    const count = COUNT_AFTER_BREAK.exec(part.split('\n', 1)[0]!);
    const joins = count !== null && LABEL_BEFORE_BREAK.test(last) && (prose || PROSE_MARK.test(count[1]!));
    // the blanks at the ends of the lines it parted showed as none
    if (joins) out.push(out.pop()!.replace(/[ \t]+$/, ''), part.replace(/^[ \t]+/, ''));
    else out.push('\n', part);
    const own = lineOf(part);
    prose = (joins && !part.includes('\n') && prose) || PROSE_MARK.test(own);
    last = part.trimEnd().slice(-2);
  }
  return out.join('');
}
