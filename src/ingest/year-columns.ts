/**
 * A table that sets figures of several years side by side (项目 | 2022年 | 2023年) is written with
 * its latest year's column first: the year reported on, whose figure the row's label binds to, as
 * it does in a table that has one column of figures. Shared by web pages' tables and text tables.
 */

/** The order in which a table's columns are written: its year columns latest first, the others in place. */
export interface ColumnOrder {
  width: number;
  order: number[];
}

/** A column header that names a year alone (2023年, 2023年度), not a target (2024年目标). */
const YEAR_HEADER = /^(\d{4})\s*年度?$/;

/** The order for a table whose header row's cells read `headers`; undefined when fewer than two name a year. */
export function yearColumnsLatestFirst(headers: readonly string[]): ColumnOrder | undefined {
  const years = headers.map((cell, column) => ({ column, year: Number(YEAR_HEADER.exec(cell.replace(/\s+/g, ''))?.[1] ?? NaN) }));
  const yearColumns = years.filter(({ year }) => Number.isFinite(year));
  if (yearColumns.length < 2) return undefined;
  const latestFirst = [...yearColumns].sort((a, b) => b.year - a.year);
  const order = headers.map((_, column) => column);
  yearColumns.forEach(({ column }, k) => (order[column] = latestFirst[k]!.column));
  return { width: headers.length, order };
}

/** A row's cells in its table's column order (as they stand when the row is not as wide as the header). */
export const inColumnOrder = (cells: readonly string[], columns: ColumnOrder | undefined): readonly string[] =>
  columns && columns.width === cells.length ? columns.order.map((column) => cells[column]!) : cells;
