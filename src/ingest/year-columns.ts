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
}

/** A year written by its digits alone (2023): a year's column header only beside a header naming the columns years (年份). */
const BARE_YEAR = /^((?:19|20)\d{2})$/;

/**
 * The order for a table whose header row's cells read `headers`: its year columns latest first, and
 * a target column after the column of what was done that follows it; undefined when there is
 * neither (fewer than two columns name a year, no target column stands before a done one).
 */
export function columnOrderOf(headers: readonly string[]): ColumnOrder | undefined {
  // the header words: a year alone (2023年, 二〇二三年度), a target (目标值, 年度目标), what was done (实际值, 完成值); rules/tables.yaml
  const { year_header, years_label, target_header, done_header } = tableWording();
  const plain = headers.map(asCell);
  const order = headers.map((_, column) => column);
  // 年份 | 2023 | 2024: beside a header naming the columns years, a year may be written by its digits alone
  const bare = years_label.test(plain[0] ?? '');
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
  const ordered = columns.order.map((column) => cells[column] ?? '');
  let end = ordered.length;
  while (end > cells.length && ordered[end - 1] === '') end -= 1;
  return ordered.slice(0, end);
}
