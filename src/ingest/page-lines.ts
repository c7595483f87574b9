/**
 * Text placed on pages (a PDF's text layer, an OFD's text objects) as paragraphs: runs become
 * visual lines, page numbers and running headers/footers go, and lines wrapped inside a
 * paragraph join again. Chinese wraps without spaces, so wrapped lines join without one.
 */
import { foldCharacters } from './fold.js';
import { OUTLINE_START, PARAGRAPH_END, joinsLabelledFigure } from './line-breaks.js';
import { joiner } from './rewrap.js';

/** A visual line of one page; y is its baseline and grows upwards (as in PDF user space). */
export interface PageLine {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  /** The gap the line's last two single characters stood apart by, when wide: its letter spacing. */
  letterGap?: number;
  /** Whether a cell border was found on the line: it is a table's row. */
  tableRow?: boolean;
  /** Where each run after the first began, in the text and on the page (see alignColumns). */
  joins?: RunJoin[];
  /** On a page set in two columns, the edges of the line's column: its text block's (see inColumnOrder). */
  column?: { left: number; right: number };
}

/** Where a run joined its line: the text's length before it, where its own text starts, its place, and whether a cell border came before it. */
interface RunJoin {
  at: number;
  textStart: number;
  x: number;
  gap: number;
  size: number;
  separated: boolean;
}

/** A piece of text placed on a line: where it starts and ends, and its font size. */
export interface PlacedRun {
  text: string;
  x: number;
  right: number;
  size: number;
}

/** Fewer letters and digits than this in the whole text: a scan, not a document with text. */
const MIN_TEXT_CHARS = 20;
/** How many lines at the top and bottom of a page can be running headers, footers or page numbers. */
const EDGE_LINES = 2;
/** A line repeated at the page edge of this share of pages is a running header or footer. */
const RUNNING_SHARE = 0.6;
/** Font sizes apart by more than this share set two kinds of line apart (a heading, a title, a side note). */
const SIZE_CHANGE = 0.2;

// The patterns below are tested on folded text (ASCII punctuation and digits, simplified characters).

/** Page numbers: "- 3 -", "—3—", "第3页", "第 3 页 共 12 页", "3/12", "Page 3 of 12", a lone number. */
const PAGE_NUMBER =
  /^(?:[-\u2014\u2013~\s]{0,6}\d{1,4}[-\u2014\u2013~\s]{0,6}|第\s*[\d一二三四五六七八九十百]{1,5}\s*页(?:\s*(?:[,/]\s*)?共\s*\d{1,5}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;

/** Between two runs of a line, a gap this many times their font size sets two cells of a table apart: text runs on with none. */
const CELL_GAP = 2.5;
/**
 * In a table's row, a narrower gap sets cells apart too: columns of figures stand closer than the
 * label's (指标 | 2023年  2024年  两年合计, its blanks not drawn), wider than any blank inside a cell.
 */
const NEXT_CELL_GAP = 1.5;
/** Cells set apart on a line are written as a text table's (公职律师 | 名 | 31), and the row is a line of its own. */
const CELL_SEPARATOR = ' | ';
/** Typed blanks before a figure, as a row of a table set with the space bar aligns its cells; prose has none. */
const ALIGNED_FIGURES = /\S[ \t]{3,}[-+\d]/;
/** A full-width bar, as an editor may draw a table's cell borders. */
const FULL_WIDTH_BAR = '\uFF5C';

const HAN_END = /\p{Script=Han}$/u;
/** What a Latin word or number set apart after it keeps a space from: a letter, a digit, the punctuation of Latin text. */
const LATIN_END = /[A-Za-z0-9,.;:!?)]$/;
const HAN_START = /^\p{Script=Han}/u;
/** A Latin letter drawn as a run of its own: a line's first two, a gap apart, start it letter-spaced (A n n u a l). */
const LATIN_LETTER = /^[A-Za-z]$/;
/** A gap up to this many times the line's letter spacing is that spacing, not a space between two words. */
const LETTER_GAP_SLACK = 1.25;

/**
 * Adds a run to the end of a line; a wide gap before it is a table's cell border (the cells ran
 * together: 7公职律师名31 24), a narrower one too once the line is a row, and Latin words and numbers
 * set apart by a gap keep a space between them (after Latin punctuation too: Heading: results), unless the line is letter-spaced one character a run
 * (石 垅 乡 2 0 1 7 年, A n n u a l: two Chinese characters or Latin letters a run each) and the gap no wider than its spacing.
 * A rule drawn between the two (`ruled`: a PDF table's cell border) parts cells however narrow the gap.
 */
export function appendRun(line: PageLine, run: PlacedRun, ruled = false): void {
  const gap = run.x - line.right;
  const wide = gap > run.size / 3;
  const single = run.text.length === 1;
  const letterSpaced = single && line.letterGap !== undefined && gap <= line.letterGap * LETTER_GAP_SLACK;
  const at = line.text.length;
  // in a letter-spaced line a word's space is the spacing twice (after its last letter and after the space) and a
  // space: only what lies beyond that parts cells
  const spacing = 2 * (line.letterGap ?? 0);
  const separated = (ruled || gap - spacing > run.size * (line.tableRow ? NEXT_CELL_GAP : CELL_GAP)) && line.text.trim() !== '' && run.text.trim() !== '';
  const join = line.text.trim() !== '' && run.text.trim() !== '' ? { at, textStart: at, x: run.x, gap, size: run.size, separated } : undefined;
  if (join) (line.joins ??= []).push(join);
  if (separated) {
    line.text += CELL_SEPARATOR;
    line.tableRow = true;
  } else if (wide && single && line.letterGap === undefined && LATIN_LETTER.test(line.text) && LATIN_LETTER.test(run.text)) line.letterGap = gap;
  else if (wide && !letterSpaced && LATIN_END.test(line.text) && /^[A-Za-z0-9]/.test(run.text)) line.text += ' ';
  else if (wide && single && HAN_END.test(line.text) && HAN_START.test(run.text)) line.letterGap = gap;
  if (!single) line.letterGap = undefined;
  if (join) join.textStart = line.text.length;
  line.text += run.text;
  line.right = Math.max(line.right, run.right);
  line.size = Math.max(line.size, run.size);
}

/** A page's left and right edges, where its file gives them (an OFD page's PhysicalBox, a PDF page's CropBox), in its lines' units. */
export interface PageBox {
  left: number;
  right: number;
}

/**
 * The text of all pages as paragraphs; undefined when it has too few letters to be more than a scan. A page's box,
 * where given (`boxes` beside `pages`), shows its text block's edges where its lines show none (see blockOf).
 */
export function pagesToText(pages: readonly PageLine[][], boxes: ReadonlyArray<PageBox | undefined> = []): string | undefined {
  const trimmed = pages.map((page) =>
    alignColumns(withBoxEdges(withColumnEdges(joinWrappedCells(inColumnOrder(topDown(page))))))
      .map((line) => ({ ...line, text: line.text.trim() }))
      .filter((line) => line.text !== ''),
  );
  const text = joinPages(withFootNotesAfterTheirParagraph(dropPageFurniture(trimmed).map(placeFloats)), boxes);
  return countTextChars(text) < MIN_TEXT_CHARS ? undefined : text;
}

/**
 * A page whose lines were drawn from its foot upwards (most steps from one line to the next go up the
 * page) read top down, as a viewer shows it: in drawing order, its last sentence came first and each
 * paragraph ran backwards. Each stretch drawn upwards is turned over where it stands, so a page drawn
 * column by column, each column from its foot, keeps its columns' order; lines on one baseline keep
 * theirs. A page drawn top down, which goes up only at a new column or a float, is left as it is.
 */
function topDown(page: readonly PageLine[]): readonly PageLine[] {
  const rows: PageLine[][] = [];
  let ups = 0;
  let downs = 0;
  for (const line of page) {
    const row = rows[rows.length - 1];
    const last = row?.[row.length - 1];
    if (last && Math.abs(line.y - last.y) <= Math.min(line.size, last.size) / 2) row.push(line);
    else {
      if (last && line.y > last.y) ups++;
      else if (last) downs++;
      rows.push([line]);
    }
  }
  if (ups <= downs) return page;
  const out: PageLine[] = [];
  for (let start = 0; start < rows.length;) {
    let end = start + 1;
    while (end < rows.length && rows[end]![0]!.y > rows[end - 1]![0]!.y) end++;
    for (let k = end - 1; k >= start; k--) out.push(...rows[k]!);
    start = end;
  }
  return out;
}

/** A blank of at least this many times the font size between a line's runs may be a gutter between two columns of text. */
const GUTTER_MIN = 0.8;
/** Lines side by side (two columns' text on one line) a page's columns are told by, at least. */
const MIN_COLUMN_ROWS = 4;
/** Two columns of a page's text are about as wide: a table's label and its text are not. */
const MAX_COLUMN_WIDTH_DIFFERENCE = 0.25;
/** A column's line of prose holds at least this many characters. */
const MIN_COLUMN_LINE_CHARS = 8;

/** A line's text cut at a gutter: its left and right columns' parts. */
interface Cut {
  line: PageLine;
  join: RunJoin;
}

/**
 * A page set in two columns whose producer drew each line across both (the left column's line, then the
 * right's at the same height) read column by column: its lines were read across, each the two columns'
 * lines run together (…全年审查县政府规三、复议应诉情况…) and joined as one paragraph. The columns are told
 * by a gutter at one place on at least MIN_COLUMN_ROWS lines in a row, two columns of prose about as wide
 * (a table's label and text are not); a line of one column only (a paragraph's last) stands among them.
 */
function inColumnOrder(page: readonly PageLine[]): readonly PageLine[] {
  const out: PageLine[] = [];
  let copied = 0;
  for (let first = 0; first < page.length; first++) {
    const cut = gutterCut(page[first]!);
    if (!cut) continue;
    const gutter = cut.join.x;
    const size = cut.line.size;
    const inOneColumn = (line: PageLine) => Math.abs(line.x - gutter) <= size * COLUMN_SLACK || line.right < gutter - size;
    const cuts: Cut[] = [];
    let end = first;
    for (; end < page.length; end++) {
      const line = page[end]!;
      const lineCut = gutterCut(line);
      if (lineCut && Math.abs(lineCut.join.x - gutter) <= size * COLUMN_SLACK) cuts.push(lineCut);
      else if (lineCut || !inOneColumn(line)) break;
    }
    // a column's lines over the first the gutter cuts (the other column's first line set lower) are the column's
    let from = first;
    while (from > copied && !gutterCut(page[from - 1]!) && inOneColumn(page[from - 1]!)) from--;
    // a block that is no pair of columns is passed over whole: looked at again from each of its lines, a page was quadratic
    first = end - 1;
    if (!isColumnPair(cuts, page[from]!.x, gutter, page.slice(from, end)) && !isBoxBeside(cuts)) continue;
    const left: PageLine[] = [];
    const right: PageLine[] = [];
    const cutOf = new Map(cuts.map((cut) => [cut.line, cut]));
    for (const line of page.slice(from, end)) {
      const lineCut = cutOf.get(line);
      if (!lineCut) (line.x >= gutter - size * COLUMN_SLACK ? right : left).push(line);
      else {
        const [leftPart, rightPart] = cutInTwo(lineCut);
        left.push(leftPart);
        right.push(rightPart);
      }
    }
    const [leftColumn, rightColumn] = [columnOf(left), { ...columnOf(right), left: gutter }];
    out.push(...page.slice(copied, from), ...left.map((line) => ({ ...line, column: leftColumn })), ...right.map((line) => ({ ...line, column: rightColumn })));
    copied = end;
  }
  return copied === 0 ? page : [...out, ...page.slice(copied)];
}

/** A line's parts on either side of the blank that cuts it. */
function cutInTwo({ line, join }: Cut): [PageLine, PageLine] {
  return [
    { text: line.text.slice(0, join.at), x: line.x, right: join.x - join.gap, y: line.y, size: line.size },
    { text: line.text.slice(join.textStart), x: join.x, right: line.right, y: line.y, size: line.size },
  ];
}

/** A column's edges, as a page's text block's are found (see joinPages): a running header or a wide line beside it moves neither. */
const columnOf = (lines: readonly PageLine[]): { left: number; right: number } => ({
  left: percentile(
    lines.map((line) => line.x),
    0.2,
  ),
  right: percentile(
    lines.map((line) => line.right),
    0.8,
  ),
});

/**
 * A page set in two columns drawn column by column, its lines given their column's edges: each column's
 * lines were measured against the page's, so that none of the left column's reached its right edge and
 * none was joined to the next (合法性审查率达 | 到100％ stood on two lines). The right column is told by
 * the place most lines start at in the page's middle third; the left by lines that end before it. No line
 * but a title across both may cross the gutter, and the columns are about as wide. Columns whose baselines
 * do not line up (a heading's spacing moved one column's lines) and that were drawn across the page, a line
 * of each by turns, read column by column: read in turn, their lines ran into each other's sentences.
 */
function withColumnEdges(page: readonly PageLine[]): readonly PageLine[] {
  if (page.length < 2 * MIN_COLUMN_ROWS || page.some((line) => line.column !== undefined)) return page;
  const pageLeft = least(page, (line) => line.x);
  const pageRight = greatest(page, (line) => line.right);
  const starts = new Map<number, number>();
  for (const line of page) {
    const share = (line.x - pageLeft) / (pageRight - pageLeft);
    if (share > 1 / 3 && share < 2 / 3) starts.set(Math.round(line.x), (starts.get(Math.round(line.x)) ?? 0) + 1);
  }
  const [gutter, count] = [...starts].reduce((best, start) => (start[1] > best[1] ? start : best), [0, 0]);
  if (count < MIN_COLUMN_ROWS) return page;
  // a line of both columns, where a line of each stands at the same height, read as two
  const lines = page.flatMap((line) => {
    const cut = line.x < gutter && line.right > gutter ? gutterCut(line) : undefined;
    return cut && Math.abs(cut.join.x - gutter) <= line.size * COLUMN_SLACK ? cutInTwo(cut) : [line];
  });
  const inRight = (line: PageLine) => line.x >= gutter - line.size * COLUMN_SLACK;
  const inLeft = (line: PageLine) => line.right <= gutter - line.size * GUTTER_MIN;
  const left = lines.filter(inLeft);
  const right = lines.filter(inRight);
  if (left.length < MIN_COLUMN_ROWS || lines.length - left.length - right.length > MIN_COLUMN_ROWS) return page;
  const [leftColumn, rightColumn] = [columnOf(left), { ...columnOf(right), left: gutter }];
  const [leftWidth, rightWidth] = [leftColumn.right - leftColumn.left, rightColumn.right - rightColumn.left];
  if (Math.abs(leftWidth - rightWidth) > Math.max(leftWidth, rightWidth) * MAX_COLUMN_WIDTH_DIFFERENCE) return page;
  const prose = (column: readonly PageLine[]) => column.filter((line) => [...line.text].length >= MIN_COLUMN_LINE_CHARS).length * 2 >= column.length;
  if (!prose(left) || !prose(right)) return page;
  const columned = lines.map((line) => (inLeft(line) ? { ...line, column: leftColumn } : inRight(line) ? { ...line, column: rightColumn } : line));
  // columns whose baselines do not line up, drawn across the page: their lines came by turns, left and right
  const first = columned.findIndex((line) => line.column !== undefined);
  const last = columned.findLastIndex((line) => line.column !== undefined);
  const block = columned.slice(first, last + 1);
  if (block.some((line) => line.column === undefined)) return columned;
  const ofColumn = (column: typeof leftColumn) => block.filter((line) => line.column === column);
  return [...columned.slice(0, first), ...ofColumn(leftColumn), ...ofColumn(rightColumn), ...columned.slice(last + 1)];
}

/** A cell's text wrapped onto its next line stands at most this many font sizes under (or over) its row's line. */
const ROW_BAND = 1.5;
/** A wrapped cell's line under a row is taken when the table goes on within this many font sizes below it. */
const TABLE_GOES_ON = 4;

/** A cell's next line stands nearer its row than this share of the step between the table's rows: a line of a row of its own does not. */
const WRAP_SHARE = 0.8;

/** The least step down from one of a page's table rows to the next in its table (0 for none): the table's rows stand that far apart. */
function rowPitch(rows: readonly PageLine[]): number {
  let pitch = Infinity;
  for (let k = 1; k < rows.length; k++) {
    const step = rows[k - 1]!.y - rows[k]!.y;
    if (step > 0 && step <= TABLE_GOES_ON * rows[k]!.size) pitch = Math.min(pitch, step);
  }
  return pitch === Infinity ? 0 : pitch;
}

/** A cell of a table's row: its text and where it stands. */
interface RowCell {
  text: string;
  x: number;
  right: number;
}

/** A row's cells, as its cell borders part them. */
export function cellsOf(row: PageLine): RowCell[] {
  const borders = (row.joins ?? []).filter((join) => join.separated);
  return [{ at: 0, x: row.x }, ...borders.map((join) => ({ at: join.textStart, x: join.x }))].map((start, k) => {
    const border = borders[k];
    return { text: row.text.slice(start.at, border?.at ?? row.text.length), x: start.x, right: border ? border.x - border.gap : row.right };
  });
}

/**
 * Which of a row's cells a line lies under or over: -1 left of its first (the row has none in that
 * column), none when it crosses a border.
 */
function cellOf(cells: readonly RowCell[], line: PageLine): number | undefined {
  if (line.right <= cells[0]!.x - line.size / 3) return -1;
  const k = cells.findIndex((cell, i) => line.x > (cells[i - 1]?.right ?? -Infinity) && line.right < (cells[i + 1]?.x ?? Infinity) && line.right > cell.x);
  return k < 0 ? undefined : k;
}

/**
 * A table's row whose cell wraps its text onto more lines (受理行政 | 诉讼案件 beside 19件) read as one row:
 * each of the cell's lines stood as a line of its own, the label cut in two and read as no row (19件 | 23件
 * with no label, or 受理行政 | 19件 and a line 诉讼案件). A line that is no sentence and lies in one of a row's
 * columns, at most a line away, is that cell's: under a row with text in that column (its cell set at the
 * top) while the table goes on under it, or over or under a row with none there (its cell set in the middle).
 * Nearer the row than the table's rows stand to one another, it is the cell's too: under the table's last
 * row, or over a row whose figures stand beside the label's last line, with a row over it (not a caption).
 */
function joinWrappedCells(page: readonly PageLine[]): readonly PageLine[] {
  if (!page.some((line) => line.tableRow)) return page;
  const byHeight = [...page].sort((a, b) => b.y - a.y);
  const rows = byHeight.filter((line) => line.tableRow && line.column === undefined);
  const claimed = new Map<PageLine, { row: PageLine; cell: number; distance: number }>();
  const pitch = rowPitch(rows);
  let first = 0;
  for (const row of rows) {
    const cells = cellsOf(row);
    const band = ROW_BAND * row.size;
    while (byHeight[first]!.y > row.y + band) first++;
    for (let k = first; k < byHeight.length && byHeight[k]!.y >= row.y - band; k++) {
      const line = byHeight[k]!;
      const distance = Math.abs(line.y - row.y);
      if (line.tableRow || line.column !== undefined || PARAGRAPH_END.test(foldCharacters(line.text))) continue;
      const cell = cellOf(cells, line);
      // a cell drawn apart on the row's own baseline is its row's too, left of its first cell
      if (cell === undefined || (cell >= 0 && distance < row.size / 2)) continue;
      const tableGoesOn = (down: number) => rows.some((other) => down * (line.y - other.y) > 0 && down * (line.y - other.y) <= TABLE_GOES_ON * row.size);
      // a line of the cell's own, under or over its text: not one in a column the row has no cell of, right of its last
      const underCell = cell >= 0 && line.x <= cells[cell]!.right && line.right >= cells[cell]!.x;
      const inRowPitch = underCell && distance <= WRAP_SHARE * pitch && (line.y < row.y || tableGoesOn(-1));
      if (cell >= 0 && !inRowPitch && (line.y > row.y || !tableGoesOn(1))) continue;
      const known = claimed.get(line);
      if (!known || distance < known.distance) claimed.set(line, { row, cell, distance });
    }
  }
  if (claimed.size === 0) return page;
  const joined = new Map<PageLine, PageLine>();
  for (const row of rows) {
    const wrapped = byHeight.filter((line) => claimed.get(line)?.row === row);
    if (wrapped.length === 0) continue;
    const cells = cellsOf(row);
    const [above, below] = [wrapped.filter((line) => line.y >= row.y), wrapped.filter((line) => line.y < row.y)];
    const opening = wrapped.filter((line) => claimed.get(line)!.cell < 0);
    if (opening.length > 0) cells.unshift({ text: '', x: least(opening, (line) => line.x), right: greatest(opening, (line) => line.right) });
    const cellAt = (line: PageLine) => cells[claimed.get(line)!.cell < 0 ? 0 : claimed.get(line)!.cell + (opening.length > 0 ? 1 : 0)]!;
    for (const line of above.reverse()) {
      const cell = cellAt(line);
      cell.text = line.text + joiner(line.text, cell.text) + cell.text;
    }
    for (const line of below) {
      const cell = cellAt(line);
      cell.text += joiner(cell.text, line.text) + line.text;
    }
    const merged: PageLine = { text: '', x: cells[0]!.x, right: cells[0]!.x, y: row.y, size: row.size, tableRow: true };
    for (const cell of cells) appendRun(merged, { text: cell.text, x: cell.x, right: cell.right, size: row.size });
    joined.set(row, merged);
  }
  return page.filter((line) => !claimed.has(line)).map((line) => joined.get(line) ?? line);
}

/** Lines of a box beside a paragraph it is told by, at least: a box of one line wraps nothing. */
const MIN_BOX_ROWS = 2;
/** A box's lines follow one another at most this many font sizes apart; further down starts another block. */
const BOX_LINE_STEP = 2;

/**
 * A box set beside a paragraph (a side panel, 专栏) drawn block by block, each block given its own edges:
 * measured against the page's, neither the paragraph's lines (which end at the box) nor the box's (which
 * start past the page's middle) reached the right edge, and none was joined to the next (聘请法律顾问8 | 名
 * stood on two lines, and the figure apart from its unit). The box is lines of prose that start at one place
 * right of the page's first third, one under the other, each beside the paragraph's lines, no line crossing
 * the blank between them.
 */
function withBoxEdges(page: readonly PageLine[]): readonly PageLine[] {
  if (page.length < 2 * MIN_BOX_ROWS || page.some((line) => line.column !== undefined)) return page;
  const pageLeft = least(page, (line) => line.x);
  const pageRight = greatest(page, (line) => line.right);
  const starts = new Map<number, PageLine[]>();
  for (const line of page) {
    if ((line.x - pageLeft) / (pageRight - pageLeft) <= 1 / 3 || line.tableRow) continue;
    const key = Math.round(line.x);
    const column = starts.get(key);
    if (column) column.push(line);
    else starts.set(key, [line]);
  }
  const edges = new Map<PageLine, { left: number; right: number }>();
  for (const [start, lines] of starts) {
    for (const box of stacked(lines)) {
      const [top, bottom] = [box[0]!.y + box[0]!.size / 2, box.at(-1)!.y - box.at(-1)!.size / 2];
      const inBox = new Set(box);
      const beside = page.filter((line) => line.y <= top && line.y >= bottom && !inBox.has(line));
      const left = beside.filter((line) => line.right <= start - line.size * GUTTER_MIN);
      const prose = box.filter((line) => [...line.text].length >= MIN_COLUMN_LINE_CHARS).length * 2 >= box.length;
      if (left.length < MIN_BOX_ROWS || left.length < beside.length || !prose) continue;
      const [leftColumn, boxColumn] = [columnOf(left), { left: start, right: greatest(box, (line) => line.right) }];
      for (const line of left) edges.set(line, leftColumn);
      for (const line of box) edges.set(line, boxColumn);
    }
  }
  return edges.size === 0 ? page : page.map((line) => (edges.has(line) ? { ...line, column: edges.get(line)! } : line));
}

/** Lines that start at one place as blocks, each of lines one under the next (the page's order kept within). */
function stacked(lines: readonly PageLine[]): PageLine[][] {
  const blocks: PageLine[][] = [];
  for (const line of [...lines].sort((a, b) => b.y - a.y)) {
    const block = blocks.at(-1);
    const last = block?.at(-1);
    if (block && last && last.y - line.y <= BOX_LINE_STEP * line.size) block.push(line);
    else blocks.push([line]);
  }
  return blocks.filter((block) => block.length >= MIN_BOX_ROWS);
}

/** The least and greatest of a measure over items, in a loop: spread into Math.min, a page of many lines overflowed the stack. */
const least = <T>(items: readonly T[], measure: (item: T) => number): number => items.reduce((low, item) => Math.min(low, measure(item)), Infinity);
const greatest = <T>(items: readonly T[], measure: (item: T) => number): number => items.reduce((high, item) => Math.max(high, measure(item)), -Infinity);

/** Where a line is cut by a blank wide enough for a gutter, when it has one such blank only. */
function gutterCut(line: PageLine): Cut | undefined {
  const wide = (line.joins ?? []).filter((join) => join.gap >= join.size * GUTTER_MIN);
  return wide.length === 1 ? { line, join: wide[0]! } : undefined;
}

/** Whether lines cut at a gutter are two columns of prose: enough of them, about as wide, each full of text. */
function isColumnPair(cuts: readonly Cut[], leftEdge: number, gutter: number, lines: readonly PageLine[]): boolean {
  if (cuts.length < MIN_COLUMN_ROWS) return false;
  const leftWidth = greatest(cuts, ({ join }) => join.x - join.gap) - leftEdge;
  const rightWidth = greatest(lines, (line) => line.right) - gutter;
  if (Math.abs(leftWidth - rightWidth) > Math.max(leftWidth, rightWidth) * MAX_COLUMN_WIDTH_DIFFERENCE) return false;
  const full = cuts.filter(
    ({ line, join }) =>
      [...line.text.slice(0, join.at)].length >= MIN_COLUMN_LINE_CHARS && [...line.text.slice(join.textStart)].length >= MIN_COLUMN_LINE_CHARS,
  );
  return full.length * 2 >= cuts.length;
}

/**
 * Whether lines cut at a gutter are a paragraph and a box beside it (a side panel, 专栏) of another width,
 * their lines drawn across both: on each side the text runs on from line to line, every line but the last
 * filled to its side's edge with no sentence ended, as no table's cells do. Read across, the box's lines
 * stood between the paragraph's as cells of a table's rows (…审查规范 | 【专栏】聘请法律顾问8).
 */
function isBoxBeside(cuts: readonly Cut[]): boolean {
  if (cuts.length < MIN_BOX_ROWS) return false;
  const parts = cuts.map(({ line, join }) => ({
    left: { text: line.text.slice(0, join.at), right: join.x - join.gap },
    right: { text: line.text.slice(join.textStart), right: line.right },
  }));
  const runsOn = (side: ReadonlyArray<{ text: string; right: number }>) => {
    const edge = greatest(side, (part) => part.right);
    return side
      .slice(0, -1)
      .every(
        (part) => part.right >= edge - cuts[0]!.line.size && [...part.text].length >= MIN_COLUMN_LINE_CHARS && !PARAGRAPH_END.test(foldCharacters(part.text)),
      );
  };
  return runsOn(parts.map((part) => part.left)) && runsOn(parts.map((part) => part.right));
}

/** How far apart two cells' left edges may stand and still be one column's, as a share of the font size. */
const COLUMN_SLACK = 0.25;

/**
 * The rows of a table set in narrow columns: a run that starts where a cell of another row of the same
 * table starts (consecutive rows, each with a cell border found) opens a cell too, though the blank before
 * it was narrower than a border's (项目 | 2024年2025年, 承办县人大代表建议(件)68 | 74: a long label or a
 * narrow column left less room). Only a visible blank counts; runs that touch are one cell's.
 */
function alignColumns(page: readonly PageLine[]): readonly PageLine[] {
  const out = [...page];
  for (let first = 0; first < out.length;) {
    let end = first;
    while (end < out.length && out[end]!.tableRow === true) end++;
    if (end - first >= 2) {
      const rows = out.slice(first, end);
      const starts = rows.map((row) => (row.joins ?? []).filter((j) => j.separated).map((j) => j.x));
      rows.forEach((row, k) => {
        const others = starts.filter((_, i) => i !== k).flat();
        const missing = (row.joins ?? []).filter((j) => !j.separated && j.gap > j.size / 3 && others.some((x) => Math.abs(x - j.x) <= j.size * COLUMN_SLACK));
        if (missing.length === 0) return;
        let text = row.text;
        for (const j of [...missing].reverse()) text = text.slice(0, j.at) + CELL_SEPARATOR + text.slice(j.textStart);
        out[first + k] = { ...row, text };
      });
    }
    first = Math.max(end, first + 1);
  }
  return out;
}

/** Lines at the top and bottom of a page, where headers, footers and page numbers live. */
interface PageEdges {
  top: Set<PageLine>;
  bottom: Set<PageLine>;
  all: Set<PageLine>;
}

function edgeLines(page: readonly PageLine[]): PageEdges {
  const byHeight = [...page].sort((a, b) => b.y - a.y);
  const top = new Set(byHeight.slice(0, EDGE_LINES));
  const bottom = new Set(byHeight.slice(-EDGE_LINES));
  return { top, bottom, all: new Set([...top, ...bottom]) };
}

const wordsKey = (line: PageLine) => line.text.replace(/\d+/g, '#').replace(/\s+/g, '');
/**
 * A running line's words with the edge it stands at (both on a page of few lines): a header repeats
 * at the top, a footer at the bottom; the body's name above the title on the first page and under
 * the text as its signature on the last is neither (a two-page report).
 */
function runningKeys(line: PageLine, edges: PageEdges): string[] {
  const words = wordsKey(line);
  const keys: string[] = [];
  if (edges.top.has(line)) keys.push(`top:${words}`);
  if (edges.bottom.has(line)) keys.push(`bottom:${words}`);
  return keys;
}

const looksLikePageNumber = (line: PageLine): boolean => PAGE_NUMBER.test(foldCharacters(line.text));

/** A line's page number less its page's index (- 5 - on the fourth page: 1); null without digits (第三页). */
const pageOffset = (line: PageLine, index: number): number | null => {
  const digits = /\d+/.exec(foldCharacters(line.text));
  return digits ? Number(digits[0]) - index : null;
};

/**
 * The offset from page index to page number the document numbers its pages by: the most common
 * one among the lone numbers at page edges. A lone number off that count is a value of the text
 * (a table flattened one cell per line, its value at the top of a page).
 */
function numberingOffset(edges: ReadonlyArray<ReadonlySet<PageLine>>): number | undefined {
  const counts = new Map<number, number>();
  edges.forEach((edge, index) => {
    for (const line of edge) {
      const at = looksLikePageNumber(line) ? pageOffset(line, index) : null;
      if (at !== null) counts.set(at, (counts.get(at) ?? 0) + 1);
    }
  });
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Drops page numbers and running headers and footers. A running line is set in one size on every
 * page; the same words at a page's edge set far larger are the title the header repeats, on its
 * first page. Its size is the lower median of its pages': where they split evenly (a title and one
 * header, or the body's name above the title and again at the top of a last page it signs) the
 * larger is the title's.
 */
function dropPageFurniture(pages: readonly PageLine[][]): PageLine[][] {
  const edges = pages.map(edgeLines);
  const pagesWithKey = new Map<string, number>();
  const sizesOfKey = new Map<string, number[]>();
  for (const edge of edges) {
    const keys = [...edge.all].map((line) => ({ line, keys: runningKeys(line, edge) }));
    for (const key of new Set(keys.flatMap((k) => k.keys))) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
    for (const { line, keys: ofLine } of keys) {
      for (const key of ofLine) {
        const sizes = sizesOfKey.get(key) ?? [];
        sizes.push(line.size);
        sizesOfKey.set(key, sizes);
      }
    }
  }
  const runningSizes = new Map([...sizesOfKey].map(([key, sizes]) => [key, lowerMedian(sizes)]));
  const minRepeats = Math.max(2, Math.ceil(pages.length * RUNNING_SHARE));
  const offset = numberingOffset(edges.map((edge) => edge.all));
  return pages.map((page, index) =>
    page.filter((line) => {
      if (!edges[index]!.all.has(line)) return true;
      if (looksLikePageNumber(line)) {
        const at = pageOffset(line, index);
        return at !== null && at !== offset;
      }
      return !runningKeys(line, edges[index]!).some(
        (key) => (pagesWithKey.get(key) ?? 0) >= minRepeats && line.size <= runningSizes.get(key)! * (1 + SIZE_CHANGE),
      );
    }),
  );
}

/**
 * A page with its floated boxes (side notes, shaded asides) read where they stand. A box set smaller
 * than the page's text that the text layer gives before lines above it (on a first page, before the
 * title) moves down to the first paragraph that starts at or below its top, or to the page's end: it
 * neither heads the page nor cuts a sentence.
 */
function placeFloats(page: readonly PageLine[]): PageLine[] {
  const lines = [...page];
  const textSize = percentile(
    lines.map((line) => line.size),
    0.5,
  );
  for (let end = 0; end < lines.length - 1; end++) {
    const last = lines[end]!;
    // only where the text layer goes back up the page after a smaller line
    if (last.size * (1 + SIZE_CHANGE) >= textSize || lines[end + 1]!.y <= last.y + textSize) continue;
    let start = end;
    while (start > 0 && Math.abs(lines[start - 1]!.size - last.size) <= SIZE_CHANGE * last.size && lines[start - 1]!.y > lines[start]!.y) start--;
    const top = lines[start]!.y;
    if (lines[end + 1]!.y <= top + textSize) continue;
    const box = lines.slice(start, end + 1);
    const rest = [...lines.slice(0, start), ...lines.slice(end + 1)];
    let at = rest.findIndex((line, i) => i > start && line.y <= top + last.size / 2 && startsParagraph(rest[i - 1]!, line));
    if (at < 0) at = rest.length;
    lines.splice(0, lines.length, ...rest.slice(0, at), ...box, ...rest.slice(at));
    end = at + box.length - 1;
  }
  return lines;
}

/**
 * A footnote's first line at a page's foot: its mark (① [1] (1) 1 * 注:) then the note. Tested on the
 * line as drawn: folding would make ① a plain 1.
 */
const NOTE_OPENING = /^(?:[\u2460-\u2473\u2776-\u277F*\u203b]|[[(\uFF08\u3014]\d{1,2}[\])\uFF09\u3015]|\d{1,2}(?=\s|\p{Script=Han})|注\s*\d{0,2}\s*[:\uFF1A])/u;

/**
 * A table's caption or a note opening a block placed at a page's foot: 表1, 图2, 注：, 数据来源：, 说明：.
 * Tested on the line as drawn.
 */
const FOOT_BLOCK_OPENING = /^(?:(?:附?表|图)\s*[\d一二三四五六七八九十]|注\s*\d{0,2}\s*[:\uFF1A]|(?:数据|资料)来源\s*[:\uFF1A]|说明\s*[:\uFF1A])/u;
/** A blank of more than this many of its page's usual steps between lines sets a block at the page's foot apart from the text. */
const FOOT_BLANK_STEPS = 4;

/**
 * The pages with the footnotes at a page's foot (lines set smaller than the page's text, under it, the
 * first opening with a note's mark) moved after the paragraph the page break cuts, where it ends on the
 * next page: read where they stood they cut the sentence in two (全年累 | ① 含上年结转… | 计培训460人次),
 * its halves no longer joined. So is a table or a note placed at the foot at the text's size, under a
 * blank, that opens with its caption or a note's word (表1…, 注：…, 数据来源：…): it ran into the
 * sentence (合格率为98注：…, then .5％). A note after a paragraph's end stays, read after it as a Word
 * document's note is.
 */
function withFootNotesAfterTheirParagraph(pages: readonly PageLine[][]): PageLine[][] {
  const out = pages.map((page) => [...page]);
  for (let k = 0; k + 1 < out.length; k++) {
    const page = out[k]!;
    const textSize = percentile(
      page.map((line) => line.size),
      0.5,
    );
    let start = page.length;
    while (start > 1 && page[start - 1]!.size * (1 + SIZE_CHANGE) < textSize && page[start - 1]!.y < page[start - 2]!.y) start--;
    if (start === page.length || !NOTE_OPENING.test(page[start]!.text)) start = footBlockStart(page);
    if (start === page.length) continue;
    const cut = page[start - 1]!;
    if (cut.size * (1 + SIZE_CHANGE) < textSize || PARAGRAPH_END.test(foldCharacters(cut.text))) continue;
    const next = out[k + 1]!;
    let end = 0;
    while (end + 1 < next.length && !startsParagraph(next[end]!, next[end + 1]!)) end++;
    next.splice(end + 1, 0, ...page.splice(start));
  }
  return out;
}

/** Where a block set under a blank at a page's foot starts, opening with a caption or a note's word; the page's length when none does. */
function footBlockStart(page: readonly PageLine[]): number {
  const steps = page.slice(1).map((line, i) => page[i]!.y - line.y);
  const usual = percentile(
    steps.filter((step) => step > 0),
    0.5,
  );
  for (let i = page.length - 1; i > 1; i--) {
    if (steps[i - 1]! > FOOT_BLANK_STEPS * usual) return FOOT_BLOCK_OPENING.test(page[i]!.text) ? i : page.length;
  }
  return page.length;
}

/** Whether a line opens a paragraph after `previous`: it is indented, a sentence ended before it, or its size changed. */
const startsParagraph = (previous: PageLine, line: PageLine): boolean =>
  line.x > previous.x + line.size || PARAGRAPH_END.test(foldCharacters(previous.text)) || Math.abs(previous.size - line.size) > SIZE_CHANGE * line.size;

/** The value at the given share of the sorted numbers. */
function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}

/** The middle value, or of the two middle values the smaller. */
function lowerMedian(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

interface BlockLine extends PageLine {
  /** the text block's left and right edges on this line's page */
  blockLeft: number;
  blockRight: number;
  /** the usual distance between two baselines on this line's page: its leading */
  pitch: number;
  /** whether the line is its page's first */
  opensPage: boolean;
}

/** A line with its text folded, as the patterns of line breaks are tested. */
type FoldedLine = BlockLine & { folded: string };

/**
 * Joins all lines of all pages (a sentence may run over a page break). A line break stays
 * when the line ends a sentence, the next line starts an outline heading, the font size
 * changes, the line stops well short of the text block's right edge (a paragraph's last line,
 * a heading, a centred title), or the next line is indented (a paragraph's first line) after a
 * line at the margin or at the same indent; otherwise the lines join.
 */
function joinPages(pages: readonly PageLine[][], boxes: ReadonlyArray<PageBox | undefined>): string {
  // a page of short lines (a table one cell a line, a signature) shows no right edge of its own:
  // the text block's edge over all pages holds there
  const all = pages.flat();
  const documentRight = percentile(
    all.map((line) => line.right),
    0.8,
  );
  // where the document's text starts: its leftmost line at the text's size (a watermark's words set large stand anywhere)
  const textSize = percentile(
    all.map((line) => line.size),
    0.5,
  );
  const left = least(
    all.filter((line) => Math.abs(line.size - textSize) <= SIZE_CHANGE * textSize),
    (line) => line.x,
  );
  const document = { left, right: documentRight, shown: all.length < MIN_EDGE_LINES || showsEdge(all, documentRight) };
  const lines: BlockLine[] = pages.flatMap((page, index) => {
    const { left: blockLeft, right: blockRight } = blockOf(page, document, boxes[index]);
    const pitch = percentile(
      page
        .slice(1)
        .map((line, k) => page[k]!.y - line.y)
        .filter((step) => step > 0),
      0.5,
    );
    return page.map((line, k) => ({
      ...line,
      blockLeft: line.column?.left ?? blockLeft,
      blockRight: line.column?.right ?? blockRight,
      pitch,
      opensPage: k === 0,
    }));
  });
  const indentedParagraphs = opensParagraphsIndented(lines);
  let out = '';
  let previous: FoldedLine | undefined;
  for (const line of lines) {
    const current = { ...line, folded: foldCharacters(line.text) };
    if (previous && continuesTableRow(previous, current)) {
      // its last cell goes on, or a new cell starts where the blanks at the wrap were as wide as a cell border
      out += wrapGap(previous, current) > NEXT_CELL_GAP * current.size ? CELL_SEPARATOR : joiner(previous.text, current.text);
      out += line.text;
      previous = { ...current, x: previous.x, tableRow: true };
      continue;
    }
    if (previous) {
      const breaks =
        (PARAGRAPH_END.test(previous.folded) &&
          !joinsLabelledFigure(previous.folded, current.folded) &&
          // where paragraphs open indented, a line at the margin under a full one goes on with its paragraph,
          // though a sentence ended at the edge (…旁听庭审1次。| 全年向县 | then the next paragraph, indented)
          !(indentedParagraphs && fillsToRightEdge(previous) && isAtMargin(current) && followsClosely(previous, current))) ||
        OUTLINE_START.test(current.folded) ||
        Math.abs(previous.size - current.size) > SIZE_CHANGE * current.size ||
        !reachesRightEdge(previous) ||
        isFlushRight(previous) ||
        isSetIn(previous, current) ||
        previous.text.includes(CELL_SEPARATOR) ||
        current.text.includes(CELL_SEPARATOR) ||
        // a row whose figures stand apart by typed blanks (纠错率(%)   11.9        10.4) is no wrapped prose
        ALIGNED_FIGURES.test(previous.folded) ||
        ALIGNED_FIGURES.test(current.folded) ||
        // two lines of cells between full-width bars (项目｜2024年｜2025年) are two rows, however near the edge the first ends
        (previous.text.includes(FULL_WIDTH_BAR) && current.text.includes(FULL_WIDTH_BAR)) ||
        (current.x > current.blockLeft + 1.5 * current.size &&
          // an indent after a line flush with the margin; a centred title's second line is no indent
          ((previous.x < previous.blockLeft + previous.size / 2 && !(isCentred(previous, previous) && isCentred(current, previous))) ||
            // or after a line indented as far: a one-line paragraph, such as a heading, that nearly fills it
            Math.abs(previous.x - current.x) < current.size / 2));
      out += breaks ? '\n' : joiner(previous.text, current.text);
    }
    out += line.text;
    previous = current;
  }
  return out;
}

/** The lines ending within a font size of a text block's right edge, at least this share of them, show it: a justified or wrapped paragraph's lines but its last. */
const EDGE_SHOWN_SHARE = 0.4;

/** Fewer lines than this in a whole document are too few to tell by their share whether they show an edge: they are taken to. */
const MIN_EDGE_LINES = 6;

/** Whether lines show a right edge: enough of them end at it, as a paragraph's lines wrapped there do. */
const showsEdge = (lines: readonly PageLine[], edge: number): boolean =>
  lines.filter((line) => Math.abs(line.right - edge) <= line.size).length >= EDGE_SHOWN_SHARE * lines.length;

/** A document's lines as a whole: where the leftmost at the text's size starts, where a fifth of them end beyond, and whether they show that edge. */
interface DocumentEdges {
  left: number;
  right: number;
  shown: boolean;
}

/**
 * A page's text block's edges: its left where a fifth of its lines start further left, its right where a fifth of
 * its lines end beyond, or the document's if further. On a page of short lines (an infographic's cards one a line, a
 * checklist, slogans) no line runs to the margin and that falls on the longer lines' ends, where a line standing apart
 * read as wrapped into the next (two cards one sentence). Where the file gives the page's box, the page's own edge is
 * its right less the margin the text shows at its left (a page's margins are about equal; the text starts where the
 * document's leftmost line at the text's size does, a wrapped line's, for on a page of one-line paragraphs each is
 * indented past it). Where the lines' edge stops more than half a character short of it and neither the page's lines
 * nor the document's show an edge of their own, the block spans the page less those margins. Where the page says
 * nothing, the lines end at the page's edge or at one edge inside it (a wider right margin), or a document has too
 * few lines to tell, the lines' edges hold.
 */
function blockOf(page: readonly PageLine[], document: DocumentEdges, box: PageBox | undefined): { left: number; right: number } {
  const left = percentile(
    page.map((line) => line.x),
    0.2,
  );
  const pageRight = percentile(
    page.map((line) => line.right),
    0.8,
  );
  const right = Math.max(document.right, pageRight);
  if (!box || document.shown || document.left < box.left || showsEdge(page, pageRight)) return { left, right };
  const boxRight = box.right - (document.left - box.left);
  const size = percentile(
    page.map((line) => line.size),
    0.5,
  );
  // lines of prose end at the page's edge, within half a character where its margins are equal: they show it
  return right < boxRight - size / 2 ? { left: document.left, right: boxRight } : { left, right };
}

/** Lines indented by about two characters, after a paragraph's end, that show a text's paragraphs open indented. */
const MIN_INDENTED_OPENINGS = 3;
/** A paragraph's indent of two characters, in font sizes, as far as typesetting moves it. */
const PARAGRAPH_INDENT = { least: 1.5, most: 2.6 };

/**
 * Whether the text's paragraphs open with an indent of about two characters (公文 as word processors set
 * them): then a line at the margin opens none. Block-style text (paragraphs apart by their ends only) does not.
 */
function opensParagraphsIndented(lines: readonly BlockLine[]): boolean {
  let openings = 0;
  for (let k = 1; k < lines.length && openings < MIN_INDENTED_OPENINGS; k++) {
    const [previous, line] = [lines[k - 1]!, lines[k]!];
    const indent = (line.x - line.blockLeft) / line.size;
    if (
      indent >= PARAGRAPH_INDENT.least &&
      indent <= PARAGRAPH_INDENT.most &&
      (PARAGRAPH_END.test(foldCharacters(previous.text)) || !reachesRightEdge(previous))
    )
      openings++;
  }
  return openings >= MIN_INDENTED_OPENINGS;
}

/** Whether a line is set to the text block's right edge, as a justified line inside a paragraph is. */
const fillsToRightEdge = (line: BlockLine): boolean => line.right >= line.blockRight - line.size;

/** Lines further apart than this many times the page's leading stand apart by a blank: a paragraph, a table's caption. */
const BLANK_PITCH = 1.4;

/** Whether a line stands right under the one before on the same page, no blank line or space between them. */
const followsClosely = (previous: BlockLine, line: BlockLine): boolean => !line.opensPage && previous.y - line.y <= line.pitch * BLANK_PITCH;

/** Whether a line starts at the text block's left margin: no indent. */
const isAtMargin = (line: BlockLine): boolean => line.x < line.blockLeft + line.size / 2;

/** Whether a line runs on to the text block's right edge, as a wrapped line does: no paragraph's last line, heading or centred title. */
const reachesRightEdge = (line: BlockLine): boolean => line.right >= line.blockRight - 3 * line.size;

/**
 * Whether a line is short and set flush right (a signature, its date): it reaches the right edge
 * but wraps nothing, though the next page may open at the margin (附件).
 */
const isFlushRight = (line: BlockLine): boolean =>
  reachesRightEdge(line) && line.x > (line.blockLeft + line.blockRight) / 2 && line.right - line.x < (line.blockRight - line.blockLeft) / 3;

/**
 * Whether a line is set in further than a paragraph's first line (a title, a heading set in, a signature) over a line at
 * the margin, which it wraps into none: a paragraph's lines but its first start at the margin, and its first is indented
 * by two characters. On a page of two lines the right edge is the longer one's, which such a title may all but reach:
 * it ran into the text under it.
 */
const isSetIn = (previous: BlockLine, current: BlockLine): boolean =>
  previous.x > previous.blockLeft + PARAGRAPH_INDENT.most * previous.size && isAtMargin(current);

/**
 * Whether a line goes on with the table row before it: a row typed as a paragraph (indented, its
 * cells set apart by blanks) too wide for the page wraps to a line at the margin, as prose does;
 * what is left of the row is short and no sentence (a paragraph after the table runs on or ends one).
 */
const continuesTableRow = (previous: FoldedLine, current: FoldedLine): boolean =>
  previous.tableRow === true &&
  current.tableRow !== true &&
  !PARAGRAPH_END.test(previous.folded) &&
  !OUTLINE_START.test(current.folded) &&
  !PARAGRAPH_END.test(current.folded) &&
  previous.x > previous.blockLeft + previous.size &&
  reachesRightEdge(previous) &&
  !reachesRightEdge(current) &&
  current.x < current.blockLeft + current.size / 2 &&
  Math.abs(previous.size - current.size) <= SIZE_CHANGE * current.size;

/** The blank a row wrapped at: what is left of its line at the right edge and what the next line stands in from the left. */
const wrapGap = (previous: BlockLine, current: BlockLine): number => previous.blockRight - previous.right + (current.x - current.blockLeft);

/**
 * Whether a line is centred in the text block, which is at least as wide as `widest` (a page of
 * short indented lines shows a block narrower than its title's full first line).
 */
function isCentred(line: BlockLine, widest: BlockLine): boolean {
  const left = Math.min(line.blockLeft, widest.x);
  const right = Math.max(line.blockRight, widest.right);
  // within half a character: a full line indented by two (a paragraph's first) stands a character off the middle
  return Math.abs((line.x + line.right) / 2 - (left + right) / 2) < line.size / 2;
}

function countTextChars(text: string): number {
  let count = 0;
  for (const ch of text) if (/[\p{L}\p{N}]/u.test(ch)) count++;
  return count;
}
