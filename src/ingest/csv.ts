/**
 * A report kept in a spreadsheet and saved as .csv (a paragraph a row, or a heading and its text
 * side by side): its cells as lines, without the quoting Excel writes around a cell holding a comma
 * or a quotation mark, nor a 序号 column. Read as a text, every line was in quotation marks and began
 * with its row's number, so no title, place or year was found.
 */
export function csvAsText(text: string): string {
  const rows = csvRows(text, delimiterOf(text)).map((cells) => cells.map((cell) => cell.trim()));
  const filled = rows.filter((cells) => cells.some((cell) => cell !== ''));
  const numbered = isRowNumberColumn(filled.map((cells) => cells[0] ?? ''));
  return filled.map((cells) => (numbered ? cells.slice(1) : cells).filter((cell) => cell !== '').join(' ')).join('\n');
}

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
      if (char !== '"') cell += char;
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
