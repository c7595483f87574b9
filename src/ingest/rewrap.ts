/**
 * Plain text copied from a PDF, or saved at a fixed width, breaks its lines at the page's edge:
 * inside sentences, titles, names and numbers. Such a text shows it: many of its lines fill the
 * same width and none is much wider. There, a line that fills the width and does not end a sentence
 * is joined with the next one (unless that one opens a heading or starts an indent), so that every
 * later step reads the paragraphs, titles and opening sentences the report has. Text that does
 * not show one width is left as it is.
 */
import { foldCharacters } from './fold.js';
import { OUTLINE_START, PARAGRAPH_END, SENTENCE_END, joinsLabelledFigure } from './line-breaks.js';
import { MAX_LINE_CHARS } from './limits.js';
import { MAX_PAGER_CHARS, isPageFurniture, isPager, namesLastPage } from './page-links.js';

/** A trimmed line, and the blanks it was indented with as written (a paragraph's first line). */
export interface TextLine {
  text: string;
  indent: string;
}

/** Fewer full lines than this are no evidence of a width. */
const MIN_FULL_LINES = 5;
/** The share of non-blank lines that must fill the width. */
const MIN_FULL_SHARE = 0.4;
/** The share of non-blank lines that may be wider than the width (a stray long line, a URL). */
const MAX_WIDER_SHARE = 0.02;
/** Running prose has these within a line's width; a title or a heading mostly does not. */
const CLAUSE_MARK = /[,;:\u3002\uFF0C\uFF1B\uFF1A]/;
/** Narrower than this (in half-width units) is a column of labels, not a page. */
const MIN_WIDTH = 20;

/** How wide a line is, in both measures a wrap can be made in. */
interface LineWidths {
  /** as printed: Chinese characters and full-width forms take two columns */
  columns: number;
  /** in characters: a tool that wrapped at N characters whatever their kind */
  characters: number;
}

function widthsOf(s: string, into: LineWidths): void {
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    // a surrogate pair is one character, two columns: its low half counts nothing
    if (unit >= 0xdc00 && unit <= 0xdfff) continue;
    into.characters++;
    into.columns += unit >= 0x2000 ? 2 : 1;
  }
}

/** The widths of a line not measured (a blank one, a page seam's). */
const NO_WIDTH: LineWidths = { columns: 0, characters: 0 };

const lineWidths = (line: TextLine): LineWidths => {
  const widths = { columns: 0, characters: 0 };
  if (line.text === '') return widths;
  widthsOf(line.indent, widths);
  widthsOf(line.text, widths);
  return widths;
};

/** A paragraph's first line is indented by two characters; a centred title by more. */
const isParagraphIndent = (indent: string): boolean => indent !== '' && lineWidths({ text: indent, indent: '' }).columns <= 4;

/** How far short of the width a line may stop and still fill it (避头尾 moves a character or two). */
const slack = (width: number): number => Math.max(2, Math.floor(width * 0.06));

interface Wrap {
  widths: number[];
  width: number;
  full: number;
}

/** The width most lines fill under one measure, when the text shows one. */
function wrapOf(widths: number[]): Wrap | null {
  const counts = new Map<number, number>();
  let nonBlank = 0;
  for (const w of widths) {
    if (w === 0) continue;
    nonBlank++;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let best: { width: number; full: number } | null = null;
  for (const width of counts.keys()) {
    if (width < MIN_WIDTH) continue;
    let full = 0;
    for (let w = width - slack(width); w <= width; w++) full += counts.get(w) ?? 0;
    if (!best || full > best.full || (full === best.full && width > best.width)) best = { width, full };
  }
  if (!best || best.full < MIN_FULL_LINES || best.full < nonBlank * MIN_FULL_SHARE) return null;
  const wider = widths.filter((w) => w > best.width + slack(best.width)).length;
  if (wider > Math.max(1, nonBlank * MAX_WIDER_SHARE)) return null;
  return { widths, ...best };
}

/**
 * Latin words wrapped across lines keep a space between them, and so does a line of Latin prose with
 * the word or number it wraps to (reached\n100 percent; documents,\nand); Chinese and numbers
 * (1\n286名, 4\nA级) do not.
 */
export function joiner(previous: string, next: string): string {
  if (/[A-Za-z]$/.test(previous) && /^[A-Za-z]/.test(next)) return ' ';
  return /^[A-Za-z0-9]/.test(next) && LATIN_PROSE_END.test(previous.slice(-LATIN_TAIL_CHARS)) ? ' ' : '';
}

/** How far back a line's end is looked at for Chinese: a few words. */
const LATIN_TAIL_CHARS = 24;
/** The end of a line of Latin prose: words apart, none Chinese, a word or number last (its punctuation after it). */
const LATIN_PROSE_END = /^[^\p{Script=Han}]*\s[^\p{Script=Han}\s]*[A-Za-z0-9][,.;:!?)'"\u2019\u201D%]?$/u;

/** A page number on a line of its own, as a PDF copy's footer gives it (tested folded): - 2 -, —2—, 第2页, 第 2 页 共 3 页. */
const PAGE_NUMBER_LINE = /^(?:[-\u2014\u2013~]\s*\d{1,4}\s*[-\u2014\u2013~]|第\s*\d{1,4}\s*页(?:\s*[,/]?\s*共\s*\d{1,4}\s*页)?)$/;
/** The shortest line taken for a running header or footer when the text repeats it. */
const RUNNING_MIN_CHARS = 6;

/** A page number a converter set at the end of the page's last line (…其中废止6— 1 —), before the running lines. */
const GLUED_PAGE_NUMBER = /(?<=[^\s\-\u2014\u2013~\uFF0D])\s*[-\u2014\u2013~\uFF0D]\s*[\d\uFF10-\uFF19]{1,4}\s*[-\u2014\u2013~\uFF0D]$/;

/** The page numbers set at a line's end, before a running line or a blank one, on lines of their own. */
function withGluedPageNumbersApart(lines: readonly TextLine[], inSeam: (text: string) => boolean): readonly TextLine[] {
  const out: TextLine[] = [];
  lines.forEach((line, k) => {
    const glued = k + 1 < lines.length && inSeam(lines[k + 1]!.text) ? GLUED_PAGE_NUMBER.exec(line.text) : null;
    if (glued) out.push({ text: line.text.slice(0, glued.index), indent: line.indent }, { text: glued[0].trim(), indent: '' });
    else out.push(line);
  });
  return out;
}

/**
 * The lines without the page seams copied with them: a page number's line (or one set at the end of
 * the page's last line), with the running header or footer lines around it (lines the text repeats)
 * and blank lines, between two halves of a sentence (…办复率 | - 2 - | 某县2021年度法治政府建设情况报告 |
 * 100%,…). In a text broken at a width, the halves then join as any wrapped line does; in one that shows
 * none (a converter's page of whole paragraphs), the line before the seam ended a page, not a paragraph,
 * and they join as they are (`joins`: the lines that go on with the one before). A web page's pager is a page
 * number too, the page's title and 发布时间 block repeated under it its running lines, in a text, a Markdown page, a
 * pasted document or an HTML page that holds all the article's pages (see page-links.ts's withoutPager) alike.
 */
function withoutPageSeams(written: readonly TextLine[]): { lines: readonly TextLine[]; joins: ReadonlySet<number> } {
  const inSeam = seamTest(written.map((line) => line.text));
  const lines = withGluedPageNumbersApart(written, inSeam);
  const seams = seamsOf(
    lines.map((line) => line.text),
    inSeam,
  );
  const dropped = new Set<number>();
  const seamsAfter = new Set<number>();
  const furniture = lines.map((line) => line.text.length <= MAX_PAGER_CHARS && isPageFurniture(line.text));
  const lastFurniture = furniture.lastIndexOf(true);
  for (const { first, last } of seams) {
    // a web page's pager on the article's last page ends the article: what follows it is the page's (上一篇, 相关阅读),
    // as where its last pager has no page's top under it; nothing joins over it
    const pagers = Array.from({ length: last - first + 1 }, (_, k) => first + k).filter((k) => furniture[k]);
    const pagerEnd = pagers.at(-1);
    const ends =
      pagerEnd !== undefined &&
      (pagers.some((k) => namesLastPage(lines[k]!.text)) ||
        (pagerEnd === lastFurniture && lines.slice(pagerEnd + 1, last + 1).every((line) => line.text === '')));
    const before = lines[first - 1];
    const after = lines[last + 1];
    if (!ends && before !== undefined && after !== undefined && !PARAGRAPH_END.test(before.text) && !OUTLINE_START.test(after.text)) {
      for (let k = first; k <= last; k++) dropped.add(k);
      seamsAfter.add(last + 1);
    } else if (pagers.some((k) => isPager(lines[k]!.text))) {
      // a web page's pager between paragraphs or at the article's end goes with the page's top and foot the text
      // repeats around it (its title, its 发布时间 block, a 责任编辑 line), as a web page's reader drops them
      for (let k = first; k <= last; k++) if (lines[k]!.text !== '') dropped.add(k);
    } else if (ends) for (const k of pagers) dropped.add(k);
  }
  if (dropped.size === 0) return { lines, joins: new Set() };
  const kept: TextLine[] = [];
  const joins = new Set<number>();
  lines.forEach((line, k) => {
    if (dropped.has(k)) return;
    if (seamsAfter.has(k)) joins.add(kept.length);
    kept.push(line);
  });
  return { lines: kept, joins };
}

/** Whether a line may stand in a page seam: a blank line, or one the text repeats (a running header or footer). */
function seamTest(texts: readonly string[]): (text: string) => boolean {
  const counts = new Map<string, number>();
  for (const text of texts) if (text.length >= RUNNING_MIN_CHARS) counts.set(text, (counts.get(text) ?? 0) + 1);
  return (text: string): boolean => text === '' || (counts.get(text) ?? 0) > 1;
}

/** The longest running header a page's top opens with that the text gives once. */
const RUNNING_MAX_CHARS = 30;
/** What a running header has none of: a clause's or a sentence's punctuation, a table's cell gaps. */
const NOT_RUNNING = /[,;:!?\u3001\u3002\uFF0C\uFF1B\uFF1A\uFF01\uFF1F|\t]|[ \u3000]{2}/;

/**
 * A running header the text gives once (a report of two pages has one page top after its first page number): a
 * short line without punctuation, no heading, with a blank line under it, as the page's text stands apart from it,
 * where the page before ended inside a sentence or a table.
 */
const isRunningHeaderOnce = (text: string, under: string | undefined): boolean =>
  under === '' &&
  text.length >= RUNNING_MIN_CHARS &&
  text.length <= RUNNING_MAX_CHARS &&
  !NOT_RUNNING.test(text) &&
  !OUTLINE_START.test(text) &&
  /\p{Script=Han}/u.test(text);

/** A page seam: lines first to last, each a page number, a running line or a blank one. */
interface Seam {
  first: number;
  last: number;
}

/**
 * The page seams of a text's lines (trimmed): each run of page numbers' lines (— 1 —, 第 1 页 共 3 页) with the
 * running headers or footers and the blank lines around it, and a running header under it the text gives once.
 */
function seamsOf(texts: readonly string[], inSeam: (text: string) => boolean): Seam[] {
  // a web page's pager (共2页 当前第1页 首页 上一页 下一页) is a page number too, the page's top repeated under it
  const isPageNumber = (k: number): boolean =>
    (texts[k]!.length <= 20 && PAGE_NUMBER_LINE.test(foldCharacters(texts[k]!))) || (texts[k]!.length <= MAX_PAGER_CHARS && isPageFurniture(texts[k]!));
  const stands = (k: number): boolean => inSeam(texts[k]!) || isPageNumber(k);
  const seams: Seam[] = [];
  for (let at = 0; at < texts.length; at++) {
    if (!isPageNumber(at)) continue;
    let first = at;
    while (first > 0 && stands(first - 1)) first--;
    let last = at;
    while (last + 1 < texts.length && stands(last + 1)) last++;
    // only inside a sentence or a table: after a sentence's or a clause's end it may be a heading of the text's own
    const cut = first > 0 && !SENTENCE_END.test(texts[first - 1]!);
    if (cut && last + 1 < texts.length && isRunningHeaderOnce(texts[last + 1]!, texts[last + 2])) {
      last += 2;
      while (last + 1 < texts.length && stands(last + 1)) last++;
    }
    seams.push({ first, last });
    at = last;
  }
  return seams;
}

/**
 * The lines (trimmed) of the page seams a text copied from a PDF holds (see seamsOf). A table that goes on over a
 * page break goes on over them.
 */
export function pageSeamLines(texts: readonly string[]): ReadonlySet<number> {
  const lines = new Set<number>();
  for (const { first, last } of seamsOf(texts, seamTest(texts))) for (let k = first; k <= last; k++) lines.add(k);
  return lines;
}

/** Between a table's cells in a text table (as the PDF and Word readers write one). */
const CELL_BORDER = ' | ';
/** A table's row or header row: a page break before or after it parted no sentence (指标 | 2022年 | 2021年 / — 2 — / 行政复议(件) | 89 | 76). */
const isTableRow = (text: string): boolean => text.includes(CELL_BORDER);

/** A heading alone on its line (八、行政复议和应诉): a number, then a title without a clause's punctuation. */
const isHeadingAlone = (text: string): boolean => OUTLINE_START.test(text) && !CLAUSE_MARK.test(text) && text.length <= MAX_HEADING_CHARS;
const MAX_HEADING_CHARS = 40;

/**
 * The halves of sentences a page seam parted, in a text that shows no width, joined (within the bound on
 * line length); a heading that ended a page ends there, as it does where the text shows a width.
 */
function joinedAtSeams(texts: readonly string[], joins: ReadonlySet<number>): string[] {
  const out: string[] = [];
  texts.forEach((text, k) => {
    const previous = out[out.length - 1];
    if (
      joins.has(k) &&
      previous !== undefined &&
      !isHeadingAlone(previous) &&
      !isTableRow(previous) &&
      !isTableRow(text) &&
      previous.length + text.length < MAX_LINE_CHARS
    )
      out[out.length - 1] = previous + joiner(previous, text) + text;
    else out.push(text);
  });
  return out;
}

const cellCount = (text: string): number => text.split(CELL_BORDER).length;

/**
 * Whether a line is a whole row of a text table: as many cells as the row above it. Rows as wide as the text's
 * lines (a short report, its table's rows its widest lines) showed a width they filled: the note under the table
 * was joined to its last row (审查规范性文件 | 15件 | 12件注：数据截至年底).
 */
const isWholeTableRow = (text: string, above: string | undefined): boolean =>
  above !== undefined && text.includes(CELL_BORDER) && cellCount(text) === cellCount(above);

/** Fewer lines than this, each with a blank line under it, are no evidence of double spacing. */
const MIN_DOUBLE_SPACED_LINES = 8;
/** A mark of running prose, which a title or a heading mostly has none of. */
const PROSE_MARK = /[,;\u3002\uFF0C\uFF1B]/;
/** A line at least this share of the text's widest as wide fills its width: it wrapped there. */
const FULL_WIDTH_SHARE = 0.9;
const ENDS_IN_DIGIT = /\d$/;
const OPENS_WITH_DIGIT = /^\d/;

/**
 * A text double-spaced throughout: a blank line under every line of it but a table's rows (a PDF's text copied with
 * its line spacing, a Markdown file that made each line a paragraph of its own). There a blank line under a line of
 * prose that stops inside its sentence (…，全年会前学法 | | 12次) cuts the sentence, not the paragraphs: dropped, the
 * sentence reads as a Word document's paragraphs are read. The blank lines under a title, a heading or a paragraph's
 * end stay; a text with two lines of prose together anywhere is left as it is. A line that fills the text's width
 * and ends in a digit, over one that opens with a digit, wrapped inside a figure (…执法人员总数达到1 | | 236名), though
 * it has no mark of prose.
 */
export function singleSpaced(written: readonly TextLine[]): readonly TextLine[] {
  let nonBlank = 0;
  for (let i = 0; i < written.length; i++) {
    const text = written[i]!.text;
    if (text === '') continue;
    nonBlank++;
    const above = written[i - 1]?.text;
    if (above !== undefined && above !== '' && !(isTableRow(above) && isTableRow(text))) return written;
  }
  if (nonBlank < MIN_DOUBLE_SPACED_LINES) return written;
  const widest = written.reduce((most, line) => Math.max(most, lineWidths(line).columns), 0);
  const cutsFigure = (above: TextLine, below: string) =>
    ENDS_IN_DIGIT.test(above.text) && OPENS_WITH_DIGIT.test(below) && lineWidths(above).columns >= FULL_WIDTH_SHARE * widest;
  return written.filter((line, i) => {
    if (line.text !== '') return true;
    const above = written[i - 1]?.text;
    const below = written[i + 1]?.text;
    const cuts =
      above !== undefined &&
      below !== undefined &&
      below !== '' &&
      (PROSE_MARK.test(above) || cutsFigure(written[i - 1]!, below)) &&
      !PARAGRAPH_END.test(above) &&
      !isTableRow(above) &&
      !OUTLINE_START.test(above) &&
      !OUTLINE_START.test(below) &&
      !isTableRow(below);
    return !cuts;
  });
}

export function rejoinHardWraps(written: readonly TextLine[]): string[] {
  const { lines, joins } = withoutPageSeams(singleSpaced(written));
  const texts = lines.map((line) => line.text);
  if (lines.length < MIN_FULL_LINES) return joinedAtSeams(texts, joins);
  // a page's number and running lines left between paragraphs are no lines of the page's width, nor short ones
  const seams = pageSeamLines(texts);
  const measured = lines.map((line, k) => (seams.has(k) ? NO_WIDTH : lineWidths(line)));
  const candidates = [wrapOf(measured.map((w) => w.columns)), wrapOf(measured.map((w) => w.characters))].filter((wrap): wrap is Wrap => wrap !== null);
  if (candidates.length === 0) return joinedAtSeams(texts, joins);
  const { widths, width } = candidates.reduce((a, b) => (b.full > a.full ? b : a));
  const fills = (i: number): boolean => widths[i]! >= width - slack(width);
  const out: string[] = [];
  let opensParagraph = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const previous = lines[i - 1];
    const wraps =
      previous !== undefined &&
      previous.text !== '' &&
      line.text !== '' &&
      !(line.indent !== '' && previous.indent === '') &&
      fills(i - 1) &&
      // a joined line stays within the cleanup's bound on line length
      out[out.length - 1]!.length + line.text.length < MAX_LINE_CHARS &&
      !(PARAGRAPH_END.test(previous.text) && !joinsLabelledFigure(previous.text, line.text)) &&
      !OUTLINE_START.test(line.text) &&
      !isWholeTableRow(previous.text, lines[i - 2]?.text) &&
      !(isTableRow(previous.text) && isTableRow(line.text)) &&
      // a title or heading that fills the width by chance (an indented line opens a paragraph
      // instead): it joins only its own short second line
      !(opensParagraph && !isParagraphIndent(previous.indent) && !CLAUSE_MARK.test(previous.text) && fills(i));
    if (wraps) {
      out[out.length - 1] += joiner(previous.text, line.text) + line.text;
      opensParagraph = false;
    } else {
      out.push(line.text);
      opensParagraph = true;
    }
  }
  return out;
}
