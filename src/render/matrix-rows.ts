/**
 * The indicator matrix's rows as exceljs's streaming writer writes them, rendered by the workbook's
 * helper threads (batch-rows-worker.ts) from each report's stored cells: on the main thread, after
 * the last report, reading them back and rendering them took ~0.55 s per 1,000 reports while the
 * workers had ended. Their columns (the indicators across all reports) and the status styles' ids
 * are known only then, so the main thread passes them with the ranked order (MatrixLayout).
 */
import type { ResultStatus } from '../engine/schema.js';
import { rowXml, type SheetCell } from './sheet-rows.js';

/** One cell of the indicator matrix: the indicator, its status and what the cell says. */
export interface MatrixCell {
  id: string;
  status: ResultStatus;
  text: string;
}

/** Where the matrix's cells go: each indicator's column (1 is A) and each status's style id in the workbook. */
export interface MatrixLayout {
  columns: ReadonlyMap<string, number>;
  styles: ReadonlyMap<ResultStatus, number>;
}

/** The first two cells of a report's row: its place and its total, as the ranking shows them. */
export interface MatrixLead {
  place: string;
  score: number | null;
}

/** The number of the matrix's row of the report ranked `index` (from 0), in a run of sheets of `perSheet` rows under a header. */
export const matrixRowNumber = (index: number, perSheet: number): number => (index % perSheet) + 2;

/** The matrix cells of a report's detail (its cells as JSON, UTF-8). */
export function matrixCells(matrix: Uint8Array): MatrixCell[] {
  return JSON.parse(Buffer.from(matrix.buffer, matrix.byteOffset, matrix.byteLength).toString('utf8')) as MatrixCell[];
}

/** A report's cells in the matrix's column order, each with its column (its style left to the caller). */
export function placedCells(cells: readonly MatrixCell[], columns: MatrixLayout['columns']): Array<MatrixCell & { column: number }> {
  return cells.map(({ id, status, text }) => ({ id, status, text, column: columns.get(id)! })).sort((a, b) => a.column - b.column);
}

/** A report's row of the matrix, numbered `number`. */
export function matrixRowXml(number: number, lead: MatrixLead, matrix: Uint8Array, { columns, styles }: MatrixLayout): string {
  const row: SheetCell[] = [
    { column: 1, value: lead.place, style: 0 },
    { column: 2, value: lead.score, style: 0 },
    ...placedCells(matrixCells(matrix), columns).map(({ column, text, status }) => ({ column, value: text, style: styles.get(status)! })),
  ];
  return rowXml(number, row);
}
