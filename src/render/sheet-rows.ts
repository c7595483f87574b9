/**
 * Worksheet rows of plain text cells as XML, exactly as exceljs's streaming writer writes them, so
 * that a batch worker renders its report's rows and the workbook's helper thread only numbers them:
 * exceljs took some 10 µs a row, and the evidence sheet of 1,000 reports has 220,000 rows, all
 * written after the last report is scored, while the second core has nothing to do. The rows travel
 * as UTF-8, numbered without decoding (converting them cost more than exceljs).
 */

/** Mark a row's start and stand where its number goes: control characters, which a cell's text never keeps (see xmlText). */
const ROW_START = '\u0002';
const ROW_NUMBER = '\u0001';
/** Columns A to Z. */
const MAX_COLUMNS = 26;
const CELL_OPENINGS = Array.from({ length: MAX_COLUMNS }, (_, index) => `<c r="${columnName(index + 1)}${ROW_NUMBER}" t="str"><v>`);
/**
 * The markup around a row's values, joined once: a row of five joined from its opening, each
 * cell's opening and closing and its end was some 20 strings, and the rows of a report (some 300)
 * made a third more garbage.
 */
const ROW_OPENINGS = Array.from(
  { length: MAX_COLUMNS + 1 },
  (_, columns) => `${ROW_START}<row r="${ROW_NUMBER}" spans="1:${columns}" x14ac:dyDescent="0.25">${columns > 0 ? CELL_OPENINGS[0] : ''}`,
);
const CELL_BREAKS = CELL_OPENINGS.map((opening) => `</v></c>${opening}`);

/** Where rows are encoded, kept from one report to the next; grown to the most a report needs. */
let block = Buffer.allocUnsafe(2 ** 16);

/**
 * Rows of text cells (columns A, B, …), rendered and UTF-8 encoded, their numbers left open. Each
 * row is encoded as it is rendered: the rows of a report as one string (some 30 K characters) were
 * copied whole to be encoded, in V8's large-object space, and cost three times as much.
 */
export function renderRows(rows: ReadonlyArray<readonly string[]>): Uint8Array {
  let used = 0;
  for (const values of rows) {
    if (values.length > MAX_COLUMNS) throw new Error(`a rendered row has at most ${MAX_COLUMNS} columns, not ${values.length}`);
    let xml = ROW_OPENINGS[values.length]!;
    for (let column = 0; column < values.length; column++) {
      if (column > 0) xml += CELL_BREAKS[column]!;
      xml += xmlText(values[column]!);
    }
    xml += values.length > 0 ? '</v></c></row>' : '</row>';
    // a UTF-16 code unit takes at most 3 bytes in UTF-8
    if (xml.length * 3 > block.length - used) {
      const larger = Buffer.allocUnsafe(Math.max(block.length * 2, used + xml.length * 3));
      block.copy(larger, 0, 0, used);
      block = larger;
    }
    used += block.write(xml, used);
  }
  // a copy the size of the rows: the block is written over by the next report's
  return Uint8Array.prototype.slice.call(block, 0, used);
}

/** A cell of a row whose number is known: its column (1 is A), its value, and its style's id in the workbook (0: none). */
export interface SheetCell {
  column: number;
  value: string | number | null;
  style: number;
}

/**
 * One row as exceljs's streaming writer writes it, cells given in column order: its span runs
 * from the first cell given to the last, and a cell with neither value nor style is left out.
 * For the indicator matrix (a hundred styled cells a row), which exceljs wrote at ~0.3 ms a row;
 * its columns are known only after the last report, so the workbook's helper threads render it
 * then (matrix-rows.ts), not the workers as they render the evidence.
 */
export function rowXml(number: number, cells: readonly SheetCell[]): string {
  if (cells.length === 0) return '';
  let xml = `<row r="${number}" spans="${cells[0]!.column}:${cells[cells.length - 1]!.column}" x14ac:dyDescent="0.25">`;
  for (const { column, value, style } of cells) {
    if (value === null && style === 0) continue;
    xml += `<c r="${columnName(column)}${number}"${style === 0 ? '' : ` s="${style}"`}`;
    if (value === null) xml += '/>';
    else if (typeof value === 'number') xml += `><v>${value}</v></c>`;
    else xml += ` t="str"><v>${xmlText(value)}</v></c>`;
  }
  return `${xml}</row>`;
}

/** A column's letters: 1 is A, 27 is AA. */
function columnName(column: number): string {
  let name = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

/** The first `count` rendered rows and the rest. */
export function splitRows(rendered: Uint8Array, count: number): [head: Buffer, tail: Buffer] {
  const bytes = Buffer.from(rendered.buffer, rendered.byteOffset, rendered.length);
  let at = bytes.indexOf(ROW_START, 0, 'latin1');
  for (let row = 0; row < count && at >= 0; row++) at = bytes.indexOf(ROW_START, at + 1, 'latin1');
  return at < 0 ? [bytes, bytes.subarray(bytes.length)] : [bytes.subarray(0, at), bytes.subarray(at)];
}

/** How many rows rendered rows are: one start mark each. */
export function countRows(rendered: Uint8Array): number {
  const bytes = Buffer.from(rendered.buffer, rendered.byteOffset, rendered.length);
  let rows = 0;
  for (let at = bytes.indexOf(ROW_START, 0, 'latin1'); at >= 0; at = bytes.indexOf(ROW_START, at + 1, 'latin1')) rows++;
  return rows;
}

/** Rows numbered in place: their XML and how many they are. */
export interface NumberedRows {
  xml: Buffer;
  rows: number;
}

/**
 * Numbers rendered rows where they stand in a run of sheets of `perSheet` data rows each (the
 * header is row 1 of each), given in the order of the run, a report's rows at a time: one piece
 * per sheet a report's rows fall in.
 */
export class SheetNumbering {
  /** the rows numbered so far */
  private index = 0;

  constructor(private readonly perSheet: number) {}

  /**
   * `first`: the rows of the run before these, when they were numbered by another (the helper
   * threads take a batch's reports in turns), else the rows numbered so far.
   */
  next(rendered: Uint8Array, first = this.index): NumberedRows[] {
    this.index = first;
    const pieces: NumberedRows[] = [];
    for (let rest = rendered; rest.length > 0;) {
      const inSheet = this.index % this.perSheet;
      const [head, tail] = splitRows(rest, this.perSheet - inSheet);
      const numbered = numberRows(head, inSheet + 2);
      pieces.push(numbered);
      this.index += numbered.rows;
      rest = tail;
    }
    return pieces;
  }
}

/** The marks as bytes: both are ASCII, one byte in UTF-8. */
const ROW_START_BYTE = ROW_START.charCodeAt(0);
const ROW_NUMBER_BYTE = ROW_NUMBER.charCodeAt(0);

/**
 * The XML of rendered rows, numbered from `first`, and how many rows they are. The marks are found
 * with indexOf and the bytes between them copied one by one: they run some 40 bytes, for which a
 * native copy (Buffer#copy) costs more than the loop. As a Latin-1 string split by row and replaced
 * in, then encoded again, this took twice the time and held up the workbook's evidence sheet.
 */
export function numberRows(rendered: Uint8Array, first: number): NumberedRows {
  const numbering = new RowNumbering(first);
  const used = numbering.copy(Buffer.from(rendered.buffer, rendered.byteOffset, rendered.length));
  return { xml: numbering.xml.subarray(0, used), rows: numbering.rows };
}

/**
 * numberRows' loop, in a function that does nothing after it but return a number: V8 compiles a
 * long first call's loop on the stack (OSR) and reuses that code in later calls, which left it
 * into code that had no type feedback yet and deoptimised, once a report in some runs.
 */
class RowNumbering {
  /** sized a quarter larger than the rows, and grown when the numbers need more */
  xml = Buffer.alloc(0);
  rows = 0;

  constructor(private readonly first: number) {}

  /** Copies `bytes` numbered into xml; returns how many bytes of xml are used. */
  copy(bytes: Buffer): number {
    const end = bytes.length;
    let xml = (this.xml = Buffer.allocUnsafe(Math.ceil(end * 1.25) + 16));
    let used = 0;
    const digits = new Uint8Array(16);
    let width = 0;
    let nextRow = bytes.indexOf(ROW_START_BYTE);
    let nextNumber = bytes.indexOf(ROW_NUMBER_BYTE);
    for (let at = 0; ; at++) {
      if (nextRow < 0) nextRow = end;
      if (nextNumber < 0) nextNumber = end;
      const mark = Math.min(nextRow, nextNumber);
      if (used + (mark - at) + digits.length > xml.length) {
        const larger = Buffer.allocUnsafe(2 * (xml.length + mark - at));
        larger.set(xml.subarray(0, used));
        xml = this.xml = larger;
      }
      for (; at < mark; at++) xml[used++] = bytes[at]!;
      if (mark === end) return used;
      if (mark === nextRow) {
        const number = String(this.first + this.rows++);
        width = number.length;
        for (let d = 0; d < width; d++) digits[d] = number.charCodeAt(d);
        nextRow = bytes.indexOf(ROW_START_BYTE, mark + 1);
      } else {
        for (let d = 0; d < width; d++) xml[used++] = digits[d]!;
        nextNumber = bytes.indexOf(ROW_NUMBER_BYTE, mark + 1);
      }
    }
  }
}

// eslint-disable-next-line no-control-regex -- the characters exceljs drops are control characters
const SPECIAL = /["&'<>\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const ESCAPES: Readonly<Record<string, string>> = { '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** exceljs's utils.xmlEncode: the five XML specials escaped, control characters but tab, LF and CR dropped. */
function xmlText(text: string): string {
  // most cells have none: testing first spares a copy of each
  SPECIAL.lastIndex = 0;
  return SPECIAL.test(text) ? text.replace(SPECIAL, (c) => ESCAPES[c] ?? '') : text;
}
