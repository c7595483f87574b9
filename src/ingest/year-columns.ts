/**
 * A table that sets figures of several years side by side (项目 | 2022年 | 2023年) is written with
 * its latest year's column first: the year reported on, whose figure the row's label binds to, as
 * it does in a table that has one column of figures. So is one that sets the year's target beside
 * what was done (指标 | 目标值 | 实际值): what was done first, the target after it. Shared by web
 * pages' tables and text tables.
 */
import { asCell, tableWording } from './table-wording.js';

/** The order in which a table's columns are written: its year columns latest first, a target after what was done, the others in place. */
export interface ColumnOrder {
  width: number;
  order: number[];
  /** the header row gave no cell over the rows' labels (    2023    2024): its own cells stand after an empty one */
  labelless?: true;
}

/** A year written by its digits alone (2023): a year's column header only beside a header naming the columns years (年份). */
const BARE_YEAR = /^((?:19|20)\d{2})$/;

/**
 * Whether cells are two years or more written by their digits alone, one after another in either order (2022 | 2023,
 * 2024 | 2023 | 2022): a header over the years' columns; a row's figures that look like years seldom follow on so.
 */
function isYearRun(cells: readonly string[]): boolean {
  if (cells.length < 2 || !cells.every((cell) => BARE_YEAR.test(cell))) return false;
  const years = cells.map(Number).sort((a, b) => a - b);
  return years.every((year, k) => k === 0 || year === years[k - 1]! + 1);
}

/**
 * The order for a table whose header row's cells read `headers`: its year columns latest first, and
 * a target column after the column of what was done that follows it; undefined when there is
 * neither (fewer than two columns name a year, no target column stands before a done one).
 */
export function columnOrderOf(headers: readonly string[]): ColumnOrder | undefined {
  // the header words: a year alone (2023年, 二〇二三年度), a target (目标值, 年度目标), what was done (实际值, 完成值); rules/tables.yaml
  const { year_header, years_label, label_header, target_header, done_header } = tableWording();
  // 2023  2024 over rows of a label and figures: the years head the figures' columns, the label's column has no header
  if (headers.length >= 2 && isYearRun(headers.map(asCell))) {
    const padded = columnOrderOf(['', ...headers]);
    return padded && { ...padded, labelless: true };
  }
  const plain = headers.map(asCell);
  const order = headers.map((_, column) => column);
  // 年份 | 2023 | 2024: beside a header naming the columns years, a year may be written by its digits alone; so may it
  // beside one over the rows' labels (项目 | 2022 | 2023) or none, where the others are all years one after another
  const bare = years_label.test(plain[0] ?? '') || ((plain[0] === '' || label_header.test(plain[0]!)) && isYearRun(plain.slice(1)));
  const yearOf = (cell: string): RegExpExecArray | null => year_header.exec(cell) ?? (bare ? BARE_YEAR.exec(cell) : null);
  const years = plain.map((cell, column) => ({ column, year: Number(yearOf(cell)?.[1] ?? NaN) }));
  const yearColumns = years.filter(({ year }) => Number.isFinite(year));
  const latestFirst = [...yearColumns].sort((a, b) => b.year - a.year);
  if (yearColumns.length >= 2) yearColumns.forEach(({ column }, k) => (order[column] = latestFirst[k]!.column));
  const target = plain.findIndex((cell) => target_header.test(cell));
  const done = plain.findIndex((cell, column) => column > target && done_header.test(cell));
  const targetFirst = target >= 0 && done > target;
  if (targetFirst) [order[target], order[done]] = [order[done]!, order[target]!];
  return yearColumns.length >= 2 || targetFirst ? { width: headers.length, order } : undefined;
}

/**
 * A row's cells in its table's column order. A row narrower than its header lacks its last cells (a
 * text row ends at its last cell that holds words: 5  持证执法人员  名  1100  1126 under a 备注 column);
 * one wider is not of the table, and stands as it is.
 */
export function inColumnOrder(cells: readonly string[], columns: ColumnOrder | undefined): readonly string[] {
  if (!columns || cells.length > columns.width) return cells;
  const written = columns.labelless && cells.length === columns.width - 1 && isYearRun(cells.map(asCell)) ? ['', ...cells] : cells;
  const ordered = columns.order.map((column) => written[column] ?? '');
  let end = ordered.length;
  while (end > written.length && ordered[end - 1] === '') end -= 1;
  return ordered.slice(0, end);
}
