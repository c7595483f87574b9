/**
 * A table that sets figures of several years side by side (项目 | 2022年 | 2023年) is written with
 * its latest year's column first: the year reported on, whose figure the row's label binds to, as
 * it does in a table that has one column of figures. So is one that sets the year's target beside
 * what was done (指标 | 目标值 | 实际值): what was done first, the target after it. Shared by web
 * pages' tables and text tables.
 */
import { foldInContext } from './fold.js';

/** The order in which a table's columns are written: its year columns latest first, a target after what was done, the others in place. */
export interface ColumnOrder {
  width: number;
  order: number[];
}

/** A column header that names a year alone (2023年, 2023年度, 二〇二三年 as folded), not a target (2024年目标). */
const YEAR_HEADER = /^(\d{4})\s*年度?$/;

/** A column header over the year's targets (目标值, 年度目标, 计划数), and one over what was done (完成值, 实际值). */
const TARGET_HEADER = /^(?:\d{4}年度?)?(?:年度)?(?:目标|计划)(?:值|数)?$/;
const DONE_HEADER = /^(?:\d{4}年度?)?(?:实际|完成)(?:值|数|完成|情况)?$/;

/**
 * The order for a table whose header row's cells read `headers`: its year columns latest first, and
 * a target column after the column of what was done that follows it; undefined when there is
 * neither (fewer than two columns name a year, no target column stands before a done one).
 */
export function columnOrderOf(headers: readonly string[]): ColumnOrder | undefined {
  const plain = headers.map((cell) => foldInContext(cell.replace(/\s+/g, '')));
  const order = headers.map((_, column) => column);
  const years = plain.map((cell, column) => ({ column, year: Number(YEAR_HEADER.exec(cell)?.[1] ?? NaN) }));
  const yearColumns = years.filter(({ year }) => Number.isFinite(year));
  const latestFirst = [...yearColumns].sort((a, b) => b.year - a.year);
  if (yearColumns.length >= 2) yearColumns.forEach(({ column }, k) => (order[column] = latestFirst[k]!.column));
  const target = plain.findIndex((cell) => TARGET_HEADER.test(cell));
  const done = plain.findIndex((cell, column) => column > target && DONE_HEADER.test(cell));
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
