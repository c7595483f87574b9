/**
 * A footnote's mark raised or lowered after a figure (12<sup>1</sup>件, 100%<sup>[2]</sup>, a Word run in
 * superscript): a reader sees a note's number beside the figure, no digit of it (12件 was read 121件).
 * A unit's power or a formula's index stands after a letter (km², PM₂.₅) and is read.
 */
const FOOTNOTE_MARK = /^\s*(?:[[(\uff08\u3010]\s*\d{1,3}\s*[\])\uff09\u3011]|\d{1,3}|[*\u2020\u2021\u203b]{1,3}|[\u2460-\u2473])\s*$/;
const AFTER_LETTER = /[A-Za-z]\s*$/;

/**
 * Digits raised or lowered inside a figure, between its digits or after its decimal point (1<sup>2</sup>3件,
 * 4<sub>6</sub>0人次, 8.<sup>7</sup>%): a slip of the formatting, no note's mark, which never goes on into digits nor
 * follows a point. Taken for one, the digit was dropped and the figure read short (13件, 40人次, 8.%).
 */
const DIGITS = /^\s*\d{1,3}\s*$/;
const POINT_BEFORE = /\d[.\uFF0E]$/;
const DIGIT_BEFORE = /\d$/;
const DIGIT_AFTER = /^[.\uFF0E]?\d/;
const insideFigure = (mark: string, before: string, after: string): boolean =>
  DIGITS.test(mark) && (POINT_BEFORE.test(before) || (DIGIT_BEFORE.test(before) && DIGIT_AFTER.test(after)));

/** Whether a raised or lowered `mark` between the texts `before` and `after` is a footnote's mark. */
export const isFootnoteMark = (mark: string, before: string, after = ''): boolean =>
  FOOTNOTE_MARK.test(mark) && !AFTER_LETTER.test(before) && !insideFigure(mark, before, after);

/**
 * A note's mark written at the end of a table's cell on the line (行政复议收案（件）①, 执法记录仪（台）*, 5236*, 应诉案件注1),
 * its note under the table: the row's label or figure as written without it, as a reader reads them. Only after a
 * character, a closing bracket, a percent sign or a digit (注1 after a character only: 2023注1 is no row's); a cell that
 * is a mark alone stays as it is.
 */
const CELL_NOTE_MARK =
  /(?<=[\u3400-\u9fff)\uff09%\uff05\d\uff10-\uff19])\s*(?:[\u2460-\u2473\u2776-\u277f]|[*\uff0a\u2020\u2021\u203b]{1,3}|[[\uff3b]\d{1,2}[\]\uff3d])$|(?<=[\u3400-\u9fff)\uff09])\s*注\s*[\d\uff10-\uff19]{1,2}$/;
/** The characters a cell's note mark may end with: a cell that ends with none of them is passed over at once. */
const MARK_ENDS = /[\u2460-\u2473\u2776-\u277f*\uff0a\u2020\u2021\u203b\]\uff3d\d\uff10-\uff19]$/;

/** A table's cell without a note's mark at its end (see CELL_NOTE_MARK). */
export const withoutCellNoteMark = (cell: string): string => (MARK_ENDS.test(cell) ? cell.replace(CELL_NOTE_MARK, '') : cell);
