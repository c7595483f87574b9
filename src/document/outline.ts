/**
 * Outline: heading lines (一、 / (一) / 1. / (1)) and inline enumerations (一是…二是…) as a
 * section tree, plus where the closing matter (signature, date, site footer) begins.
 */
import { LEADING_BULLET } from '../ingest/line-breaks.js';
import { CHINESE_NUMERAL_CHARS, CLOSING_MAX_LINE, DATE_LINE } from './cues.js';
import { parseChineseNumeral, trimSpan, type Line } from './text.js';
import type { Section, Span } from './types.js';
import type { LayoutWording } from './wording.js';

const CN = `[${CHINESE_NUMERAL_CHARS}]{1,4}`;

/**
 * 一,主要成效 in a report typed in half-width punctuation: a comma after the number opens a heading only when
 * the rest of the line is a short title without a sentence's marks (一,二季度开展… or a wrapped 三,… of running text
 * goes on).
 */
const COMMA_BEFORE_TITLE = ',(?=[^,;:.。!?\\n]{2,24}(?:\\n|$))';
/** Heading markers at the start of a line, by depth. Sticky: they match at one offset only. */
const MARKERS: ReadonlyArray<{ depth: number; re: RegExp; arabic: boolean; roman?: boolean }> = [
  { depth: 1, re: new RegExp(`第(${CN})部分[、.:]?\\s*|(${CN})(?:、|\\.(?!\\d)|${COMMA_BEFORE_TITLE})\\s*`, 'y'), arabic: false },
  // Ⅰ 总体情况 (an ideographic space), Ⅱ．…, II. …: a report numbering its parts in Roman numerals (and a
  // translation's heading under each, I. Overview) has them as its top-level parts; a blank or a mark after the
  // numeral (Ⅰ类 names a class), no figure after I. but a year (V.2 is a version, III.2024年工作计划 a heading)
  {
    depth: 1,
    re: /([\u2160-\u216B])(?:[、.:]\s*|\s+)|(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?:、|\.(?![\d.])|\.(?=\d{4}年))\s*/y,
    arabic: false,
    roman: true,
  },
  { depth: 2, re: new RegExp(`\\((${CN})\\)[、.]?\\s*`, 'y'), arabic: false },
  // "1.2万" and "2.1万余名" are numbers, not headings: no digit after the dot
  { depth: 3, re: /(\d{1,2})(?:、|\.(?![\d%]))\s*/y, arabic: true },
  { depth: 4, re: /(?:\((\d{1,2})\)|([\u2460-\u2473]))[、.]?\s*/y, arabic: true },
  // 01 工作成效 / 02 存在问题: a deck's chapters, numbered in two digits with a blank before the title's first character
  { depth: 1, re: /0([1-9])[ \t\u3000]+(?=[\u3400-\u9fff])/y, arabic: true },
];

/** Inline enumeration items: 一是 / 二是, valid only at a paragraph or clause start. */
const ITEM = /([一二三四五六七八九十]{1,3})是/g;
const ITEM_MAY_FOLLOW = /[。;:!?,]/;
export const ITEM_DEPTH = 5;

/** How much of a line's start the appendix caption pattern reads. */
const APPENDIX_CAPTION = 12;
/** How much of a line's start the editor's note pattern reads, and the longest line that is its label alone (【编者按语】). */
const EDITOR_NOTE_START = 16;
const EDITOR_NOTE_LABEL = 8;
/** How many paragraphs after its first an editor's note may run before the line that ends it (以下为报告全文). */
const EDITOR_NOTE_REACH = 3;
/** How much of a line's start the case label and the reference back to a case are read in (复议纠错典型案例十二:). */
const CASE_LABEL_START = 16;

/** A heading title runs to the first sentence end or the end of the line. */
const TITLE_END = /[。!?]/;
/**
 * The end of a line of a table of contents: a tab, two spaces or dot leaders, then a page number.
 * Such a line copies a heading and is none (the body's own 一、 would no longer continue 四、).
 */
const CONTENTS_LINE_END = /(?:\t|\s{2}|[.·…]{2})[\s.·…]*\d{1,3}\s*$/;
/** How much of a line's end the table-of-contents pattern reads. */
const CONTENTS_LINE_TAIL = 40;

/** A line that ends a paragraph (after which a line may be a heading without a number). */
const PARAGRAPH_END = /[。!?;:][”’")]{0,2}$/;
/** A row of cells (标签 | 数字): no prose wrapped on into the next line, which may be a heading without a number. */
const CELL_ROW = /\S\s?\|\s?\S/;

interface Candidate {
  depth: number;
  number: number;
  /** the marker without its number and blanks (一、 gives 、, (一) gives ()), to tell lists apart */
  form: string;
  start: number;
  /** where the heading's number starts: after a bullet before it, which is no part of the heading */
  numberStart: number;
  markerEnd: number;
  lineEnd: number;
}

/** The Roman numerals a heading may carry, in their order (Ⅰ…Ⅻ stand for the same). */
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

function numberOf(m: RegExpExecArray, arabic: boolean, roman = false): number {
  const raw = m[1] ?? m[2] ?? '';
  if (roman) return m[1] !== undefined ? m[1].charCodeAt(0) - 0x2160 + 1 : ROMAN.indexOf(raw) + 1;
  if (!arabic) return parseChineseNumeral(raw);
  const circled = raw.codePointAt(0) ?? 0;
  return circled >= 0x2460 ? circled - 0x2460 + 1 : Number(raw);
}

/** A line taken for a top-level heading without a number (全年工作开展情况 standing alone). */
function unnumberedCandidate(text: string, line: Line, isHeading: (line: string) => boolean, previous: number): Candidate | null {
  if (!isHeading(text.slice(line.first, line.last))) return null;
  return { depth: 1, number: previous + 1, form: '', start: line.first, numberStart: line.first, markerEnd: line.first, lineEnd: line.last };
}

/** How much of a line's start (after a bullet) the slide label pattern reads. */
const SLIDE_LABEL_START = 24;

/** The marker's form (see Candidate) of a match of one of MARKERS. */
function formOf(m: RegExpExecArray, roman: boolean | undefined): string {
  // Roman numerals are a list of their own beside 一、 (and Ⅰ beside I., a translation's)
  const kind = roman ? (m[1] !== undefined ? 'Ⅰ' : 'I') : '';
  return kind + m[0].replace(m[1] ?? m[2] ?? '', '').replace(/\s/g, '');
}

/**
 * Whether a heading's title, after a blank, holds the next number in the same form (一、主要成效 二、短板不足 三、…, 01 工作成效
 * 02 存在问题): a deck's or a handout's contents set on one line, or a list run in, no heading.
 */
function nextNumberOnLine(text: string, from: number, end: number, marker: (typeof MARKERS)[number], number: number, form: string): boolean {
  const blank = /\s(?=\S)/g;
  blank.lastIndex = from;
  for (let b = blank.exec(text); b !== null && b.index + 1 < end; b = blank.exec(text)) {
    marker.re.lastIndex = b.index + 1;
    const m = marker.re.exec(text);
    if (m && m.index + m[0].length <= end && numberOf(m, marker.arabic, marker.roman) === number + 1 && formOf(m, marker.roman) === form) return true;
  }
  return false;
}

function headingCandidate(text: string, line: Line, slideLabel: RegExp): Candidate | null {
  if (line.first >= line.last) return null;
  // a heading may stand behind a bullet (◆ 一、总体情况), or behind its slide's number (幻灯片3/8 一、主要成效)
  let from = line.first + (LEADING_BULLET.exec(text.slice(line.first, Math.min(line.last, line.first + 4)))?.[0].length ?? 0);
  from += slideLabel.exec(text.slice(from, Math.min(line.last, from + SLIDE_LABEL_START)))?.[0].length ?? 0;
  for (const marker of MARKERS) {
    const { depth, re, arabic, roman } = marker;
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m || m.index + m[0].length > line.last) continue;
    const number = numberOf(m, arabic, roman);
    if (!Number.isFinite(number) || number < 1) continue;
    // a circled number whose next one stands on the same line opens an inline list (①学法16次 ②律师65名), no heading
    if (m[2] !== undefined && text.slice(m.index + m[0].length, line.last).includes(String.fromCodePoint(0x2460 + number))) return null;
    const form = formOf(m, roman);
    // up to the title's end: a run-together paragraph ((一)健全…。全年… (二)…) holds its next item after a sentence's end
    const stop = text.slice(m.index + m[0].length, line.last).search(TITLE_END);
    const titleEnd = stop < 0 ? line.last : m.index + m[0].length + stop;
    if (nextNumberOnLine(text, m.index + m[0].length, titleEnd, marker, number, form)) return null;
    return { depth, number, form, start: line.first, numberStart: from, markerEnd: m.index + m[0].length, lineEnd: line.last };
  }
  return null;
}

interface Open {
  section: Section;
  number: number;
  /** the marker's form (see Candidate) */
  form: string;
  /** last accepted child number per depth */
  children: Map<number, number>;
}

/** A list inside a section numbered as its headings are (四、工作计划 then 一、…四、 again), so far. */
interface InnerList {
  depth: number;
  form: string;
  number: number;
}

/** An inner list this long that reaches the headings' number goes on rather than yield (一、 and 二、 may be a stray 一、二季度). */
const INNER_LIST_MIN = 2;

/**
 * Accepts a heading only when it continues the numbering of its level: under the same parent
 * (二、 after 一、), or continuing across parents ((四) as the first child of 二、 after (三)).
 * This rejects numbers in running text and stray list items. A section may hold a list numbered
 * like the headings that starts again at one (四、下一步计划 then 一、…四、): the number that would
 * continue both is that list's next item, unless its title names a kind of section
 * (`announces`, e.g. 五、存在的问题). With `unnumbered` (a report whose top-level headings carry no
 * numbers), a line after a finished paragraph that it takes for a heading is a top-level heading too.
 */
export function findHeadings(
  text: string,
  lines: readonly Line[],
  limit: number,
  announces: (title: string) => boolean,
  slideLabel: RegExp,
  unnumbered: ((line: string) => boolean) | null = null,
): Section[] {
  const sections: Section[] = [];
  const root: Open = { section: null as unknown as Section, number: 0, form: '', children: new Map() };
  const stack: Open[] = [];
  const lastAtDepth = new Map<number, number>();
  let inner: InnerList | null = null;
  let afterParagraph = false;
  for (const line of lines) {
    if (line.first >= limit) break;
    if (line.first >= line.last) continue;
    const ended = afterParagraph;
    afterParagraph = PARAGRAPH_END.test(text.slice(Math.max(line.first, line.last - 3), line.last)) || CELL_ROW.test(text.slice(line.first, line.last));
    const c = headingCandidate(text, line, slideLabel) ?? (unnumbered && ended ? unnumberedCandidate(text, line, unnumbered, root.children.get(1) ?? 0) : null);
    if (!c || CONTENTS_LINE_END.test(text.slice(Math.max(line.first, line.last - CONTENTS_LINE_TAIL), line.last))) continue;
    let parentIndex = stack.length - 1;
    while (parentIndex >= 0 && stack[parentIndex]!.section.depth >= c.depth) parentIndex--;
    const parent = parentIndex >= 0 ? stack[parentIndex]! : root;
    const previous = parent.children.get(c.depth) ?? 0;
    const inSequence = c.number === previous + 1 || (previous === 0 && c.depth > 1 && c.number === (lastAtDepth.get(c.depth) ?? 0) + 1);
    const continuesInner = inner !== null && inner.depth === c.depth && inner.form === c.form && c.number === inner.number + 1;
    // search within the line only: scanning on to the next 。 would make this quadratic
    const stop = text.slice(c.markerEnd, c.lineEnd).search(TITLE_END);
    const titleEnd = stop < 0 ? c.lineEnd : c.markerEnd + stop;
    const headingSpan = trimSpan(text, c.start, titleEnd);
    const title = text.slice(c.markerEnd, headingSpan.end).trim();
    const accepted =
      inSequence || (!continuesInner && ended && stop < 0 && slipsNumbering(c, previous, title, parentIndex < 0 ? stack[0] : undefined, inner, announces));
    if (!accepted) {
      if (continuesInner) inner!.number = c.number;
      else if (c.number === 1) inner = { depth: c.depth, form: c.form, number: 1 };
      continue;
    }
    if (continuesInner && inner!.number >= INNER_LIST_MIN && !announces(title)) {
      inner!.number = c.number;
      continue;
    }
    if (inner && c.depth <= inner.depth) inner = null;
    const section: Section = {
      index: sections.length,
      title,
      // the line's span, bullet and all, keys its sentences; the section is named by its number and title
      heading: text.slice(Math.max(headingSpan.start, c.numberStart), headingSpan.end),
      headingSpan,
      span: { start: c.start, end: c.lineEnd },
      depth: c.depth,
      parent: parentIndex >= 0 ? parent.section.index : null,
      kind: 'other',
    };
    sections.push(section);
    parent.children.set(c.depth, c.number);
    lastAtDepth.set(c.depth, c.number);
    stack.length = parentIndex + 1;
    stack.push({ section, number: c.number, form: c.form, children: new Map() });
  }
  closeSpans(text, sections, limit);
  return sections;
}

/** How long the title of a top-level heading numbered out of turn may be: a title, not an item's sentence. */
const MAX_SLIPPED_TITLE = 30;

/**
 * 一、二、二、四、: a top-level heading, alone on its line after a finished paragraph, whose number repeats the
 * last one's or skips one, in that heading's form: an editor's slip in the numbering, the heading none the less.
 * Not while a list numbered like the headings runs inside the section (四、工作计划 then 一、二、), and not out of a
 * section that announces a kind (存在的问题, 下一步工作打算) into one that announces none: there the line is an
 * item of that section's list whose first number was lost.
 */
function slipsNumbering(
  c: Candidate,
  previous: number,
  title: string,
  top: Open | undefined,
  inner: InnerList | null,
  announces: (title: string) => boolean,
): boolean {
  if (c.depth !== 1 || top === undefined || top.form !== c.form || title.length > MAX_SLIPPED_TITLE) return false;
  if (c.number !== previous && c.number !== previous + 2) return false;
  if (inner !== null && inner.depth === c.depth && inner.form === c.form) return false;
  return announces(title) || !announces(top.section.title);
}

/**
 * What findHeadings gives for a lower `limit` (and the same `unnumbered`), from what it gave: it
 * reads the lines in order and stops at the limit, so the headings are those that start before
 * it, their sections closed there.
 */
export function headingsBefore(text: string, headings: readonly Section[], limit: number): Section[] {
  const kept = headings.filter((s) => s.span.start < limit);
  closeSpans(text, kept, limit);
  return kept;
}

/** A section runs until the next heading of the same or a shallower depth (from the start of its span on). */
function closeSpans(text: string, sections: Section[], limit: number): void {
  const open: Section[] = [];
  const close = (s: Section, end: number): void => {
    s.span = trimSpan(text, s.span.start, Math.max(end, s.headingSpan.end));
  };
  for (const s of sections) {
    while (open.length > 0 && open[open.length - 1]!.depth >= s.depth) close(open.pop()!, s.span.start);
    open.push(s);
  }
  while (open.length > 0) close(open.pop()!, limit);
}

/**
 * Where an appendix starts: the first caption (rules/layout.yaml appendix), or marker alone on its line
 * with a line after it (appendix_marker), after `from`, the last heading's end, and before `closing`;
 * `closing` when there is none.
 */
export function findAppendix(
  { appendix, appendix_marker: marker }: LayoutWording,
  text: string,
  lines: readonly Line[],
  from: number,
  closing: number,
): number {
  let markedAt = -1;
  for (const line of lines) {
    if (line.first < from) continue;
    if (line.first >= closing) break;
    const start = text.slice(line.first, Math.min(line.last, line.first + APPENDIX_CAPTION)).replace(/\s+/g, '');
    if (start === '') continue;
    // a marker alone on its line (附件) with its caption on the next line
    if (markedAt >= 0) return markedAt;
    if (appendix.pattern.test(start)) return line.first;
    if (marker.pattern.test(start)) markedAt = line.first;
  }
  return closing;
}

/** A note printed under the signature (rules/layout.yaml footnote): 注:…, 说明:…, ① …. */
export function isFootnote({ footnote }: LayoutWording, line: string): boolean {
  const content = line.replace(/\s+/g, '');
  return footnote.patterns.some((re) => re.test(content));
}

/**
 * The last heading of the body: not a note under the signature that reads as a heading (① 数据来源…), nor one
 * of a run of numbered notes (1.表中数据截至…, rules/layout.yaml numbered_note) right after a closing line:
 * 1. opens the body's items too, so the wording alone does not make a note.
 */
export function lastBodyHeading<H extends Pick<Section, 'heading' | 'headingSpan'>>(
  layout: LayoutWording,
  signature: RegExp,
  text: string,
  headings: readonly H[],
): H | undefined {
  let last = headings.findLastIndex((h) => !isFootnote(layout, h.heading));
  let first = last;
  while (first >= 0 && layout.numbered_note.patterns.some((re) => re.test(headings[first]!.heading.replace(/\s+/g, '')))) first--;
  if (first < last && closesAt(layout, signature, lastLineBefore(text, headings[first + 1]!.headingSpan.start))) last = first;
  return headings[last];
}

/** The last line with words before `at`, without its spaces. */
function lastLineBefore(text: string, at: number): string {
  const lines = text.slice(0, at).split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const content = lines[i]!.replace(/\s+/g, '');
    if (content !== '') return content;
  }
  return '';
}

/** Whether a line (without spaces) closes the report: 特此报告, a signature, a date. */
function closesAt(layout: LayoutWording, signature: RegExp, content: string): boolean {
  return layout.closing.patterns.some((re) => re.test(content)) || signature.test(content) || DATE_LINE.test(content);
}

/**
 * Where the closing matter starts: the first closing line (特此报告, a signature, a date, a site
 * footer) after the last heading and before `end`, provided only short lines or notes (rules/layout.yaml
 * footnote) follow it. `end` when none. `signature` is a body's name alone on a line (rules/reporters.yaml).
 */
export function findClosing(layout: LayoutWording, signature: RegExp, text: string, lines: readonly Line[], bodyStart: number, end = text.length): number {
  let closing = end;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.first >= end) continue;
    if (line.first < bodyStart) break;
    const content = text.slice(line.first, line.last).replace(/\s+/g, '');
    // a note under the signature may be long; it ends no search (a long line of the body does)
    if (line.last - line.first > CLOSING_MAX_LINE) {
      if (isFootnote(layout, content)) continue;
      break;
    }
    if (closesAt(layout, signature, content)) closing = line.first;
  }
  return closing;
}

/**
 * Where the links to other articles start (rules/layout.yaml related: 往期推荐, 相关阅读): the first heading of
 * such a block after `bodyStart` that only short lines follow (titles, counters, chrome), as after a closing
 * line; text.length when none. A long line after it means the report goes on: the heading was no block's.
 */
export function findRelated({ related }: LayoutWording, text: string, lines: readonly Line[], bodyStart: number): number {
  let start = text.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.first < bodyStart || line.last - line.first > CLOSING_MAX_LINE) break;
    if (related.pattern.test(text.slice(line.first, line.last).replace(/\s+/g, ''))) start = line.first;
  }
  return start;
}

/**
 * The lines of each block of links to other articles inside the body, before `end` (a 延伸阅读 between two parts of
 * the report): its heading (rules/layout.yaml related) and the short lines after it that end no paragraph (the
 * articles' titles), up to a heading of the report or a line that ends one (the report goes on). The titles'
 * figures are other articles'.
 */
export function relatedBlocks({ related }: LayoutWording, text: string, lines: readonly Line[], headingStarts: ReadonlySet<number>, end: number): Line[] {
  const blocks: Line[] = [];
  const isTitle = (line: Line): boolean =>
    line.first < end && !headingStarts.has(line.first) && line.last - line.first <= CLOSING_MAX_LINE && !PARAGRAPH_END.test(text.slice(line.first, line.last));
  for (let k = 0; k < lines.length && lines[k]!.first < end; k++) {
    const line = lines[k]!;
    if (line.first === line.last || line.last - line.first > CLOSING_MAX_LINE || !related.pattern.test(text.slice(line.first, line.last).replace(/\s+/g, '')))
      continue;
    blocks.push(line);
    // blank lines between the titles go on the block
    while (k + 1 < lines.length && (lines[k + 1]!.first === lines[k + 1]!.last || isTitle(lines[k + 1]!))) {
      k++;
      if (lines[k]!.first !== lines[k]!.last) blocks.push(lines[k]!);
    }
  }
  return blocks;
}

/**
 * The paragraphs of an editor's note (rules/layout.yaml editor_note): the line that opens with its label, and
 * the line after a label standing alone (编者按 / …); and the paragraphs after those up to a line that ends the
 * note (editor_note_end: 以下为报告全文) within a few. What the outlet says of the report states none of its facts.
 */
export function editorNotes({ editor_note: note, editor_note_end: noteEnd }: LayoutWording, text: string, lines: readonly Line[]): Line[] {
  const paragraphs = lines.filter((line) => line.first !== line.last);
  const notes: Line[] = [];
  for (let k = 0; k < paragraphs.length; k++) {
    const line = paragraphs[k]!;
    const start = text.slice(line.first, Math.min(line.last, line.first + EDITOR_NOTE_START)).replace(/\s+/g, '');
    if (!note.pattern.test(start)) continue;
    // the label alone on its line: the note is the paragraph after it
    let last = line.last - line.first <= EDITOR_NOTE_LABEL ? Math.min(k + 1, paragraphs.length - 1) : k;
    const end = paragraphs
      .slice(last + 1, last + 1 + EDITOR_NOTE_REACH)
      .findIndex((after) => noteEnd.pattern.test(text.slice(after.first, after.last).replace(/\s+/g, '')));
    if (end >= 0) last += end + 1;
    notes.push(...paragraphs.slice(k, last + 1));
    k = last;
  }
  return notes;
}

/**
 * The parts that tell cases: a section whose heading names nothing but cases (rules/layout.yaml case_section: 二、典型案例),
 * and each paragraph that tells one (case_story): a line that opens with a case's label (案例一:…), and, when that line is
 * the case's title alone (box_title: 典型案例二:一起…案), the paragraph under it; then those that refer back to the case
 * (case_story_sequel: 该案…), up to a heading or the next case. A case's figures are its own, none of the year's.
 */
export function caseStories(
  { box_title: title, case_story: label, case_story_sequel: sequel, case_section: chapter }: LayoutWording,
  text: string,
  lines: readonly Line[],
  sections: readonly Section[],
  headingStarts: ReadonlySet<number>,
): Span[] {
  const paragraphs = lines.filter((line) => line.first !== line.last);
  const squeezed = (line: Line, reach = line.last - line.first): string => text.slice(line.first, line.first + reach).replace(/\s+/g, '');
  const opensCase = (line: Line): boolean => !headingStarts.has(line.first) && label.pattern.test(squeezed(line, CASE_LABEL_START));
  const stories: Span[] = sections.filter((s) => chapter.pattern.test(s.title.replace(/\s+/g, ''))).map((s) => s.span);
  for (let k = 0; k < paragraphs.length; k++) {
    if (!opensCase(paragraphs[k]!)) continue;
    stories.push({ start: paragraphs[k]!.first, end: paragraphs[k]!.last });
    // a title alone is told in the paragraph under it
    let told = !title.pattern.test(squeezed(paragraphs[k]!));
    for (let next = paragraphs[k + 1]; next !== undefined && !headingStarts.has(next.first) && !opensCase(next); next = paragraphs[k + 1]) {
      if (told && !sequel.pattern.test(squeezed(next, CASE_LABEL_START))) break;
      stories.push({ start: next.first, end: next.last });
      told = true;
      k++;
    }
  }
  return stories;
}

/**
 * Inline enumerations 一是…二是… inside paragraphs. An item spans to the next item of its list
 * in the same paragraph, or to the end of its paragraph. A list restarts at 一是 and must go
 * on in order, within one parent section.
 */
export function findItems(text: string, lines: readonly Line[], headings: readonly Section[], limit: number): Omit<Section, 'index'>[] {
  const items: Omit<Section, 'index'>[] = [];
  let headingPos = 0;
  let current: Section | null = null;
  let expected = 0;
  const innermost: Section[] = [];
  for (const line of lines) {
    if (line.first >= limit) break;
    // enter every heading that starts on or before this line
    while (headingPos < headings.length && headings[headingPos]!.span.start <= line.first) {
      const h = headings[headingPos++]!;
      while (innermost.length > 0 && innermost[innermost.length - 1]!.span.end <= h.span.start) innermost.pop();
      innermost.push(h);
    }
    while (innermost.length > 0 && innermost[innermost.length - 1]!.span.end <= line.first) innermost.pop();
    const parent = innermost[innermost.length - 1] ?? null;
    if (parent !== current) {
      current = parent;
      expected = 0;
    }
    const paragraphEnd = Math.min(line.last, limit, parent ? parent.span.end : limit);
    let previous: Omit<Section, 'index'> | null = null;
    if (paragraphEnd <= line.first) continue;
    // match within the paragraph only, so the scan stays linear over the whole text
    const paragraph = text.slice(line.first, paragraphEnd);
    if (!paragraph.includes('是')) continue;
    // a bullet before the first item (• 一是…) leaves it at its paragraph's start
    const opening = line.first + (LEADING_BULLET.exec(paragraph.slice(0, 4))?.[0].length ?? 0);
    for (const m of paragraph.matchAll(ITEM)) {
      const at = line.first + m.index;
      let before = at - 1;
      while (before >= opening && /\s/.test(text[before]!)) before--;
      if (before >= opening && !ITEM_MAY_FOLLOW.test(text[before]!)) continue;
      const n = parseChineseNumeral(m[1]!);
      if (n !== 1 && n !== expected + 1) continue;
      expected = n;
      if (previous) previous.span = trimSpan(text, previous.span.start, at);
      const headingSpan: Span = { start: at, end: at + m[0].length };
      previous = {
        title: '',
        heading: m[0],
        headingSpan,
        span: { start: at, end: paragraphEnd },
        depth: ITEM_DEPTH,
        parent: parent ? parent.index : null,
        kind: 'other',
      };
      items.push(previous);
    }
    if (previous) previous.span = trimSpan(text, previous.span.start, paragraphEnd);
  }
  for (const item of items) item.title = itemTitle(text, item.span);
  return items;
}

/** A line opening with an item's number and a point (2.县司法局…, 2. 推进…), not a decimal (2.5%, 2.1 …). */
const TYPED_ITEM_NUMBER = /(\d{1,2})\.(?!\d)/y;
/** How much of a line's start the run-in item pattern reads. */
const RUN_IN_ITEM_START = 16;

/**
 * The item numbers typed straight before the count their item opens with (1.… 2.… then 3.19件…: item 3, 19
 * documents; rules/layout.yaml run_in_item): a line so opening whose number is next after that of the last line
 * that opened with a number and a point. Each is the number and its point, which no figure takes in.
 */
export function runInItemNumbers({ run_in_item: runIn }: LayoutWording, text: string, lines: readonly Line[]): Span[] {
  const numbers: Span[] = [];
  let last = 0;
  for (const line of lines) {
    const code = text.charCodeAt(line.first);
    // only a line that opens with a digit opens with an item's number
    if (line.first >= line.last || code < 0x30 || code > 0x39) continue;
    const m = runIn.pattern.exec(text.slice(line.first, Math.min(line.last, line.first + RUN_IN_ITEM_START)));
    if (m && last > 0 && Number(m[1]) === last + 1) {
      numbers.push({ start: line.first, end: line.first + m[0].length });
      last++;
      continue;
    }
    TYPED_ITEM_NUMBER.lastIndex = line.first;
    const typed = TYPED_ITEM_NUMBER.exec(text);
    if (typed) last = Number(typed[1]);
  }
  return numbers;
}

/** An item's title: its first clause up to 。 ; or :, e.g. 加快推进简政放权. */
function itemTitle(text: string, span: Span): string {
  const body = text.slice(span.start, span.end);
  const stop = body.search(/[。;:!?]/);
  const cut = stop < 0 ? body : body.slice(0, stop);
  return cut.replace(/^[一二三四五六七八九十]{1,3}是[,:]?/, '').trim();
}
