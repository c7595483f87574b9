import { MAX_CELL_CHARS, MEASURE_HEADER, nonSpaceLength } from './table-cells.js';
import { asCell, tableWording, type TableWordingKey } from './table-wording.js';

/**
 * A report kept in a spreadsheet and saved as .csv (a paragraph a row, or a heading and its text
 * side by side): its cells as lines, without the quoting Excel writes around a cell holding a comma
 * or a quotation mark, nor a 序号 column. Read as a text, every line was in quotation marks and began
 * with its row's number, so no title, place or year was found. A table of figures under a header row
 * (序号 | 指标 | 单位 | 完成值 | 上年 | 备注) is written as a text table, see tableAsText.
 */
export function csvAsText(written: string): string {
  // Excel's line naming the delimiter (sep=;) opens the file, no row of it: it stood as the report's first line
  const declared = SEPARATOR_LINE.exec(written);
  const text = declared ? written.slice(declared[0].length) : written;
  const rows = csvRows(text, declared?.[1] ?? delimiterOf(text)).map((cells) => cells.map((cell) => asTextFormula(cell.trim())));
  const filled = rows.filter((cells) => cells.some((cell) => cell !== ''));
  const header = filled.findIndex(isHeaderRow);
  if (header >= 0) return [...filled.slice(0, header).map(asLine), ...tableAsText(filled.slice(header))].join('\n');
  const numbered = isRowNumberColumn(filled.map((cells) => cells[0] ?? ''));
  return filled.map((cells) => asLine(numbered ? cells.slice(1) : cells)).join('\n');
}

/**
 * A sheet saved as text under .txt (Excel's and WPS's 文本文件(制表符分隔) and Unicode 文本): its rows' cells between tabs,
 * as many on every row (a sheet writes its empty cells too), a cell holding a comma, a quotation mark or a line break
 * in quotation marks. Read as a text, such a cell kept its marks ("1,380") and its row was no table's, a cell's line
 * break broke its row in two. A text whose lines are set with tabs but quote no cell is read as a text is.
 */
export function isSheetText(text: string): boolean {
  if (!QUOTED_TAB_CELL.test(text)) return false;
  const rows = csvRows(text.replace(TRAILING_LINE_ENDS, ''), '\t');
  const width = rows[0]!.length;
  return rows.length >= MIN_SHEET_ROWS && width >= 2 && rows.every((cells) => cells.length === width);
}
/** A cell in quotation marks between tabs, or at a line's start or end beside one. */
const QUOTED_TAB_CELL = /(?:^|\t)"(?:[^"]|"")*"(?=\t|\r?$)/m;
const TRAILING_LINE_ENDS = /[\r\n]+$/;
/** A sheet's header row and one row at least. */
const MIN_SHEET_ROWS = 2;

/**
 * A cell written as a formula giving its text (="0046", ="12"), as systems export figures and codes so that Excel keeps
 * them as written (its leading zeros, no date made of 3-5): Excel shows the text. Read as written, the figure stood in
 * quotation marks after an equals sign, no figure of its row.
 */
const TEXT_FORMULA = /^=\s*"((?:[^"]|"")*)"$/;
const asTextFormula = (cell: string): string => {
  const formula = cell.startsWith('=') ? TEXT_FORMULA.exec(cell) : null;
  return formula ? formula[1]!.replaceAll('""', '"').trim() : cell;
};

/** The line Excel reads a CSV's delimiter from (sep=; or "sep=,"), before the rows. */
const SEPARATOR_LINE = /^\uFEFF?"?sep=([^\r\n"])"?[ \t]*(?:\r\n?|\n)/i;

/**
 * A row's filled cells side by side, as a line of text. The line breaks (Alt+Enter in Excel) of a cell no longer than a
 * table's in a row of several are blanks, as a table's are (审查规范性文件⏎（件）, 17 read as a line of words and another of
 * the unit and the figure); a longer cell's (a heading's text beside it) and those of a row of one cell are its paragraphs.
 */
const asLine = (cells: readonly string[]): string => {
  const filled = cells.filter((cell) => cell !== '');
  const wrapped = (cell: string) => (nonSpaceLength(cell) <= MAX_CELL_CHARS ? cell.replace(/\s*\n\s*/g, ' ') : cell);
  return (filled.length > 1 ? filled.map(wrapped) : filled).join(' ');
};

/** The header cells of rules/tables.yaml that name a table's columns (序号, 单位, 完成值, 上年, 备注, 2023年 …). */
const COLUMN_HEADERS: readonly TableWordingKey[] = [
  'serial_header',
  'unit_header',
  'done_header',
  'target_header',
  'base_header',
  'note_header',
  'year_header',
  'standard_header',
  'score_header',
  'basis_header',
];
/** A header row names two columns at least: one such word alone may be a line of the report. */
const MIN_HEADER_CELLS = 2;

/**
 * Whether a row names a table's columns: two of its cells are column headers, the first cell's naming the rows' labels
 * (指标, 项目) and one naming its figures' counting word in brackets (数量（件）) among them. A sheet of two columns
 * (指标 | 完成值, 指标 | 数量（件）) was read as lines of words, its figures no cells of a row and its counting word lost.
 */
function isHeaderRow(cells: readonly string[]): boolean {
  const wording = tableWording();
  const names = (cell: string, k: number) =>
    COLUMN_HEADERS.some((key) => wording[key].test(asCell(cell))) || (k === 0 ? wording.label_header.test(asCell(cell)) : MEASURE_HEADER.test(cell));
  return cells.filter((cell, k) => cell !== '' && names(cell, k)).length >= MIN_HEADER_CELLS;
}

/**
 * The rows from a header row on as a text table (cells between ' | ', the empty ones kept so that
 * each figure stays under its header), which the reading of tables then takes apart: the 完成值
 * column bound to the row's label, the 上年 column left out, the unit and the 序号 columns. Joined by
 * blanks, a row's figures of this year, the year before and the change ran together. A row of one
 * cell (a 说明 under the table, a section's title across it) is a line of text; the header is
 * written again over rows that follow one, since the table reads its columns from the line above.
 */
function tableAsText(rows: readonly string[][]): string[] {
  const [header, ...body] = rows;
  const width = header!.length;
  // a row ends at its last filled cell: a bar at each end of a line is a Markdown table's, whose outer bars are dropped with the empty first cell;
  // a cell's line breaks (Alt+Enter in Excel) are blanks in its row, as a Word table's are: they broke the row in two
  const asRow = (cells: readonly string[]): string =>
    cells
      .slice(0, lastFilled(cells) + 1)
      .map((cell) => cell.replace(/\s*\n\s*/g, ' '))
      .join(' | ');
  const lines = [asRow(header!)];
  let underHeader = true;
  for (const cells of body) {
    // a row of one cell, or wider than the header, is none of the table's
    const ofTable = cells.filter((cell) => cell !== '').length > 1 && lastFilled(cells) < width;
    if (!ofTable) lines.push(asLine(cells));
    else lines.push(...(underHeader ? [] : [asRow(header!)]), asRow(cells));
    underHeader = ofTable;
  }
  return lines;
}

const lastFilled = (cells: readonly string[]): number => cells.findLastIndex((cell) => cell !== '');

/** The delimiter of its first line: Excel writes commas, or semicolons where the comma is the decimal mark; a tab if saved as text. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const counts = [',', '\t', ';'].map((delimiter) => ({ delimiter, count: firstLine.split(delimiter).length }));
  return counts.reduce((best, next) => (next.count > best.count ? next : best)).delimiter;
}

/** RFC 4180: a quoted cell may hold the delimiter, line breaks and doubled quotation marks. */
function csvRows(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (quoted) {
      if (char === '\r') cell += text[at + 1] === '\n' ? '' : '\n';
      else if (char !== '"') cell += char;
      else if (text[at + 1] === '"') {
        cell += '"';
        at++;
      } else quoted = false;
    } else if (char === '"' && cell.trim() === '') {
      cell = '';
      quoted = true;
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[at + 1] === '\n') at++;
      cells.push(cell);
      rows.push(cells);
      cells = [];
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  rows.push(cells);
  return rows;
}

const MIN_NUMBERED_ROWS = 3;
/** A first column of row numbers (1, 2, 3 …): no words of the report. */
function isRowNumberColumn(column: readonly string[]): boolean {
  // under a heading (序号) or none
  const cells = ROW_NUMBER.test(column[0] ?? '') ? column : column.slice(1);
  return cells.length >= MIN_NUMBERED_ROWS && cells.every((cell, i) => ROW_NUMBER.test(cell) && Number(cell) === Number(cells[0]) + i);
}
const ROW_NUMBER = /^\d{1,6}$/;
