/**
 * What tells a row of figures from page layout in a table, shared by web pages' and Word
 * documents' tables: a row of figures is written on one line, its cells between "|", as a flattened
 * table is in plain text (审查政府合同(件) | 238).
 */

/** A cell of a table of figures holds a label or a value, never a paragraph of the report. */
export const MAX_CELL_CHARS = 80;

/** A header cell that names the counting word of the figures under it in brackets (数量（件）, 收案(件)); also a chart's caption. */
export const MEASURE_HEADER = /[(\uFF08]([\u3400-\u9fff]{1,3}|[%\uFF05])[)\uFF09]$/;

/**
 * A label spaced out to fill its column (指  标, 合   计, 增 减), as a typist centres a short one: single
 * characters a few blanks apart, the cell alone between aligning blanks. Read as one cell, not as one
 * a character (a header row of five cells over rows of four put each year's figure under the other).
 */
export const SPACED_LABEL = /[\u3400-\u9fff](?<![^ \t\u3000][\u3400-\u9fff])(?:[ \u3000]{1,4}[\u3400-\u9fff])+(?![^ \t\u3000])/g;

export function nonSpaceLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}

/** A cell merged down over the rows under its own: the cell, its first column, how many rows it still spans. */
export interface MergedDown<Cell> {
  cell: Cell;
  column: number;
  rows: number;
}

/** How many columns and rows a cell spans. */
export interface CellSpan {
  columns: number;
  rows: number;
}

/**
 * A row's cells with the cells merged down from the rows above set in their columns, and the merges
 * that go on below it. A merged cell stands in its first row only (a web page's rowspan, Word's
 * vMerge): the rows under it lost their label (行政复议 | 收到申请 | 64, then 审结 | 60). A row written
 * short (a web page's row may end early) has the cells merged down past its end too.
 */
export function withCellsMergedDown<Cell>(
  own: readonly Cell[],
  above: ReadonlyArray<MergedDown<Cell>>,
  spanOf: (cell: Cell) => CellSpan,
): { cells: Cell[]; below: Array<MergedDown<Cell>> } {
  const cells: Cell[] = [];
  const below: Array<MergedDown<Cell>> = [];
  let column = 0;
  let next = 0;
  for (;;) {
    const merged = above.find((m) => m.column === column);
    const cell = merged ? merged.cell : own[next++];
    if (cell === undefined) {
      // a short row, its own cells ended before a column merged down from above: that cell stands in it still
      const further = Math.min(...above.filter((m) => m.column > column).map((m) => m.column));
      if (further === Infinity) break;
      column = further;
      continue;
    }
    cells.push(cell);
    const span = spanOf(cell);
    const rows = merged ? merged.rows - 1 : span.rows - 1;
    if (rows > 0) below.push({ cell, column, rows });
    column += Math.max(1, span.columns);
  }
  return { cells, below };
}

/** A header cell that spans columns (政府信息公开申请（件） over 收到 | 办结): its text and the columns it spans, [from, to). */
export interface SpanningHeader {
  text: string;
  from: number;
  to: number;
}

/**
 * A column's header under the header that spans it (收到 under 政府信息公开申请（件） → 政府信息公开申请收到（件）): the
 * spanning header's counting word in brackets goes after the whole label, where a column's counting word stands.
 */
export function underHeader(over: string, text: string): string {
  const measure = MEASURE_HEADER.exec(over);
  return measure && !MEASURE_HEADER.test(text) ? `${over.slice(0, measure.index).trim()}${text}${measure[0]}` : `${over}${text}`;
}

/** A cell holding a figure: a row that has none is a row of labels (a header row). */
const FIGURE_TEXT = /^[-+]?[\d,.]+%?$/;
/** A header naming a year alone (2023年) names its column whole, whatever spans it (年度 over 2023年 | 2022年). */
const YEAR_TEXT = /^\d{4}年度?$/;

/**
 * A row's cell texts with the header that spans their column in the row above set before them, when
 * the row is a row of labels (收到 under 政府信息公开申请（件） → 政府信息公开申请收到（件）): without
 * it a column's label names the act and not its subject. A cell merged down from above keeps its
 * text. Also the spanning headers of this row, for the row under it.
 */
export function withSpanningHeaders<Cell>(
  cells: readonly Cell[],
  texts: readonly string[],
  own: readonly Cell[],
  above: readonly SpanningHeader[],
  spanOf: (cell: Cell) => CellSpan,
): { texts: string[]; spanning: SpanningHeader[] } {
  if (texts.some((text) => FIGURE_TEXT.test(text.replace(/\s+/g, '')))) return { texts: [...texts], spanning: [] };
  const out: string[] = [];
  const spanning: SpanningHeader[] = [];
  let column = 0;
  for (const [k, cell] of cells.entries()) {
    const text = texts[k]!;
    const columns = Math.max(1, spanOf(cell).columns);
    const over = own.includes(cell) && !YEAR_TEXT.test(text.replace(/\s+/g, '')) ? above.find((s) => s.from <= column && column < s.to) : undefined;
    out.push(over ? underHeader(over.text, text) : text);
    if (columns > 1) spanning.push({ text, from: column, to: column + columns });
    column += columns;
  }
  return { texts: out, spanning };
}
