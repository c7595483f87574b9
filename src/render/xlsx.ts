import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
// the writer alone: exceljs's entry also loads its reader, its CSV and its in-memory workbook (0.4 s of CPU)
import { ValueType } from 'exceljs/lib/doc/enums.js';
import WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer.js';
import { printable } from '../util/printable.js';
import { rankEntries, regionOf, regionText, statusBit, type BatchDetail, type BatchEntry, type BatchFailure } from './ranking.js';
import { matrixRowNumber, placedCells, type MatrixCell, type MatrixLayout, type MatrixLead } from './matrix-rows.js';
import type { ResultStatus } from '../engine/schema.js';
import { ZIP_LEVEL, takeDeflated, type DeflatedEntry, type DeflatedRows } from './deflated-entry.js';
import { rowXml, type SheetCell } from './sheet-rows.js';
import { MANUAL_LABEL, OVERRIDE_HEADER, STATUS_COLOURS, levelLabel, placeLabel } from './labels.js';

/** Everything the batch workbook shows; the details are read back one report at a time. */
export interface BatchSummary {
  entries: readonly BatchEntry[];
  /** the 一级 areas and the indicators across all reports, in order of first appearance */
  areas: ReadonlyArray<{ id: string; title: string }>;
  indicators: ReadonlyArray<{ id: string; group: string; title: string }>;
  /** a report's matrix cells, read back for the rows that show a status first (its style is numbered there) */
  cellsOf: (entry: BatchEntry) => MatrixCell[];
  /** the statuses of a report's cells (BatchDetail['statuses']) */
  statusesOf: (entry: BatchEntry) => number;
  /** a report's overrides, read back when their sheet is written */
  manualOf: (entry: BatchEntry) => BatchDetail['manual'];
  /**
   * The matrix's rows of the entries given, in their order, a piece each (matrixRowXml, numbered
   * and led as `matrix.rows` says, in the same order), then their evidence rows, numbered where
   * they stand in a run of sheets of `perSheet` rows each (SheetNumbering), all deflated
   * (deflateRows): a piece never runs past the end of a sheet.
   */
  sheetRows: (entries: readonly BatchEntry[], perSheet: number, matrix: MatrixRows) => AsyncIterable<SheetPiece>;
  /**
   * the caller's other work, done once the ranking sheet is written, while the helper threads
   * render the matrix and number and deflate the evidence rows (the sheets after it wait on them)
   */
  meanwhile?: () => void;
  /** whether any report has inspector overrides (the 人工认定 sheet is added only then) */
  anyManual: boolean;
  failures: readonly BatchFailure[];
  /** per-report files written by this run, relative to the output folder */
  written: readonly string[];
  /** inputs not read, with the reason */
  skipped: readonly BatchFailure[];
}

/** What the matrix's rows are made of beside the reports' cells: where the cells go, and each ranked report's row number and first cells. */
export interface MatrixRows {
  layout: MatrixLayout;
  rows: ReadonlyArray<{ number: number; lead: MatrixLead }>;
}

/** Deflated rows of the matrix or the evidence sheet. */
export interface SheetPiece {
  sheet: 'matrix' | 'evidence';
  rows: DeflatedRows;
}

/**
 * The inspectors' workbook, written with exceljs's streaming writer so that its size does not
 * bound memory: 排名 (ranking), 指标矩阵 (districts × indicators, filled by status), 佐证
 * (every quoted evidence, continued on 佐证(2)… past Excel's row limit), 人工认定 when
 * overrides were applied, 未能评分 when some files failed, 本次输出 (the files this run wrote)
 * and 跳过的输入 when some inputs were not read.
 */
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF1F4' } };
/** Excel's last row is 1,048,576; one is the header. */
export const MAX_DATA_ROWS = 1_048_575;
const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

type Columns = Array<{ header: string; key: string; width: number }>;

/**
 * Cell styles are shared objects: exceljs remembers the style id of an object it has seen, while
 * every fresh style object (which is what setting cell.fill or cell.font makes) is serialised to
 * be looked up again, the main cost of writing a large workbook.
 */
const PLAIN: Partial<ExcelJS.Style> = {};
const STATUS_STYLES = Object.fromEntries(
  Object.entries(STATUS_COLOURS).map(([status, colour]) => [
    status,
    {
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(colour.bg) } },
      font: { color: { argb: argb(colour.fg) } },
    } satisfies Partial<ExcelJS.Style>,
  ]),
) as Record<keyof typeof STATUS_COLOURS, Partial<ExcelJS.Style>>;

/**
 * exceljs's writer does not wait for its zip stream: each sheet's XML goes into a pass-through
 * stream that archiver reads, and the writer ignores that stream's backpressure. Rows written in
 * one synchronous loop pile up there (tens of MB for the indicator matrix and the evidence of
 * 10,000 reports), and archiver only deflates a few chunks per turn of the event loop. So the loop
 * lets the event loop turn every few hundred rows, and when the sheet's queue still grows past a
 * few MB it waits until archiver has taken all of it ('drain'): memory stays flat however many
 * reports, and the wait costs no CPU.
 */
const ROWS_PER_TURN = 100;
const QUEUE_HIGH_WATER = 4 * 2 ** 20;
let rowsSinceTurn = 0;
async function breathe(sheet: ExcelJS.Worksheet, deflated: DeflatedEntry | null): Promise<void> {
  const xml = sheetStream(sheet).pipes[0];
  // a DeflatedEntry holds pieces of some KB, counted (in object mode), not measured
  const full = deflated !== null ? deflated.writableNeedDrain : xml !== undefined && xml._writableState.length > QUEUE_HIGH_WATER;
  if (full) {
    rowsSinceTurn = 0;
    await once((deflated ?? xml)!, 'drain');
    return;
  }
  if (++rowsSinceTurn < ROWS_PER_TURN) return;
  rowsSinceTurn = 0;
  await new Promise((resolve) => setImmediate(resolve));
}

/**
 * The stream of a sheet's XML, which exceljs's types leave out: what is written to it after the
 * header row stands in the sheet's data as it is. It keeps its consumers in `pipes`: the one
 * archiver reads (readable-stream 2, length in _writableState).
 */
function sheetStream(sheet: ExcelJS.Worksheet): {
  write(xml: Buffer): void;
  /** hands on to `pipes` all it holds */
  _flush(): void;
  pipes: Array<Writable & { _writableState: { length: number }; _readableState: { length: number } }>;
} {
  return (sheet as unknown as { stream: ReturnType<typeof sheetStream> }).stream;
}

/** The workbook's style table, which exceljs's types leave out: it numbers each style object on first sight. */
function workbookStyles(workbook: ExcelJS.stream.xlsx.WorkbookWriter): { addStyleModel(style: Partial<ExcelJS.Style>, type: ExcelJS.ValueType): number } {
  return (workbook as unknown as { styles: ReturnType<typeof workbookStyles> }).styles;
}

/** A sheet (or, past the row limit, a run of sheets 名称, 名称(2) …) with a styled, frozen header. */
function sheets(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: Columns,
  options: { headerHeight?: number; frozenColumns?: number; deflated?: (entry: string) => Promise<DeflatedEntry> } = {},
) {
  let part = 0;
  let rows = MAX_DATA_ROWS;
  let sheet: ExcelJS.Worksheet | null = null;
  /** the zip entry of a sheet of deflated rows, once the zip has reached it */
  let entry: Promise<DeflatedEntry> | null = null;
  let deflated: DeflatedEntry | null = null;
  const open = (): ExcelJS.Worksheet => {
    part++;
    const next = workbook.addWorksheet(part === 1 ? name : `${name}(${part})`, { views: [{ state: 'frozen', xSplit: options.frozenColumns ?? 2, ySplit: 1 }] });
    next.columns = columns;
    const header = next.getRow(1);
    header.font = { bold: true };
    header.fill = HEADER_FILL;
    header.alignment = { vertical: 'middle', wrapText: true };
    if (options.headerHeight) header.height = options.headerHeight;
    header.commit();
    // before the zip reaches the sheet's entry, which it does on a later turn of the event loop
    entry = options.deflated?.(`xl/worksheets/sheet${next.id}.xml`) ?? null;
    deflated = null;
    rows = 0;
    return next;
  };
  return {
    add(values: Record<string, unknown> | unknown[]): ExcelJS.Row {
      if (rows >= MAX_DATA_ROWS) {
        sheet?.commit();
        sheet = open();
      }
      rows++;
      const row = sheet!.addRow(values);
      row.eachCell((cell) => {
        cell.style = PLAIN;
      });
      return row;
    },
    /** a row rendered here (rowXml), given its number */
    addXml(rowXmlAt: (number: number) => string): void {
      if (rows >= MAX_DATA_ROWS) {
        sheet?.commit();
        sheet = open();
      }
      rows++;
      // the header is row 1
      sheetStream(sheet!).write(Buffer.from(rowXmlAt(rows + 1)));
    },
    /** rows deflated for this run of sheets (deflateRows), which end at the latest where the sheet does */
    async addDeflated(piece: DeflatedRows): Promise<void> {
      if (rows >= MAX_DATA_ROWS) {
        sheet?.commit();
        sheet = open();
      }
      if (deflated === null) {
        deflated = await entry!;
        // after all exceljs wrote of the sheet, which reaches the entry through a pass-through stream
        const stream = sheetStream(sheet!);
        stream._flush();
        const { _readableState: held, _writableState: taken } = stream.pipes[0]!;
        while (held.length > 0 || taken.length > 0) await new Promise((resolve) => setImmediate(resolve));
      }
      deflated.write(piece);
      rows += piece.rows;
    },
    /** opens the first sheet even when no row comes */
    start(): void {
      if (!sheet) sheet = open();
    },
    /** after a row's commit: lets archiver keep up with this sheet */
    keepUp(): Promise<void> {
      return breathe(sheet!, deflated);
    },
    done(): void {
      sheet?.commit();
    },
  };
}

const ZIP_OPTIONS = { zlib: { level: ZIP_LEVEL } };

/**
 * The status styles' ids in the workbook, registered as the matrix's cells first show each status
 * (ranked rows, columns in order), which is how exceljs numbered them when it wrote the cells: only
 * the rows that show a status first are read back. Called once the sheets' header style is
 * registered, and before any other style (the matrix's header has that same style).
 */
function statusStyles(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  ranked: readonly BatchEntry[],
  columns: MatrixLayout['columns'],
  { cellsOf, statusesOf }: Pick<BatchSummary, 'cellsOf' | 'statusesOf'>,
): Map<ResultStatus, number> {
  const styles = workbookStyles(workbook);
  const ids = new Map<ResultStatus, number>();
  let seen = 0;
  for (const e of ranked) {
    if ((statusesOf(e) & ~seen) === 0) continue;
    for (const { status } of placedCells(cellsOf(e), columns)) {
      if (ids.has(status)) continue;
      ids.set(status, styles.addStyleModel(STATUS_STYLES[status], ValueType.String));
      seen |= statusBit(status);
    }
  }
  return ids;
}

/** A row's values as unstyled cells from column A on. */
function plainCells(values: ReadonlyArray<string | number | null>): SheetCell[] {
  return values.map((value, index) => ({ column: index + 1, value, style: 0 }));
}

export async function writeBatchXlsx(file: string, summary: BatchSummary): Promise<void> {
  const workbook = new WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false, zip: ZIP_OPTIONS });
  workbook.creator = 'duibiao';
  const deflatedEntry = takeDeflated(workbook);
  const ranked = rankEntries(summary.entries);
  const { areas, indicators } = summary;

  const ranking = sheets(workbook, '排名', [
    { header: '排名', key: 'rank', width: 6 },
    { header: '地区', key: 'place', width: 22 },
    { header: '省/市', key: 'region', width: 18 },
    { header: '层级', key: 'level', width: 8 },
    { header: '年度', key: 'year', width: 8 },
    { header: '总分', key: 'score', width: 8 },
    ...areas.map((a) => ({ header: `${a.id} ${a.title}(得分率%)`, key: `area:${a.id}`, width: 14 })),
    { header: MANUAL_LABEL, key: 'overrides', width: 10 },
    { header: '文件', key: 'file', width: 40 },
  ]);
  ranking.start();
  const columns = new Map(indicators.map((indicator, index) => [indicator.id, index + 3]));
  // numbered now, after the style the sheets' headers share: as exceljs would number them in the matrix
  const layout: MatrixLayout = { columns, styles: statusStyles(workbook, ranked, columns, summary) };
  // asked for now: the helper threads render the matrix and number the evidence while the ranking is written
  const pieces = summary
    .sheetRows(ranked, MAX_DATA_ROWS, {
      layout,
      rows: ranked.map((e, index) => ({
        number: matrixRowNumber(index, MAX_DATA_ROWS),
        lead: { place: placeLabel(e.scorecard.document), score: round1(e.scorecard.total.score) },
      })),
    })
    [Symbol.asyncIterator]();
  for (const e of ranked) {
    const doc = e.scorecard.document;
    const values = [
      e.rank ?? '—',
      placeLabel(doc),
      regionText(regionOf(doc)),
      levelLabel(doc),
      doc.year ?? '未注明',
      round1(e.scorecard.total.score),
      ...areas.map((a) => round1(e.scorecard.areas.find((x) => x.id === a.id)?.rate ?? null)),
      e.scorecard.overrides ? `${e.scorecard.overrides.count} 项` : '',
      printable(e.input),
    ];
    ranking.addXml((number) => rowXml(number, plainCells(values)));
    await ranking.keepUp();
  }
  ranking.done();
  summary.meanwhile?.();

  const matrix = sheets(
    workbook,
    '指标矩阵',
    [
      { header: '地区', key: 'place', width: 22 },
      { header: '总分', key: 'score', width: 8 },
      ...indicators.map((i) => ({ header: `${i.group} ${i.title}\n${i.id}`, key: `ind:${i.id}`, width: 16 })),
    ],
    { headerHeight: 48, deflated: deflatedEntry },
  );
  matrix.start();
  let piece = await pieces.next();
  for (; piece.done !== true && piece.value.sheet === 'matrix'; piece = await pieces.next()) {
    await matrix.addDeflated(piece.value.rows);
    await matrix.keepUp();
  }
  matrix.done();

  const evidence = sheets(
    workbook,
    '佐证',
    [
      { header: '地区', key: 'place', width: 22 },
      { header: '指标', key: 'indicator', width: 30 },
      { header: '状态', key: 'status', width: 10 },
      { header: '原文', key: 'quote', width: 60 },
      { header: '所在部分', key: 'section', width: 36 },
    ],
    { deflated: deflatedEntry },
  );
  evidence.start();
  for (; piece.done !== true; piece = await pieces.next()) {
    await evidence.addDeflated(piece.value.rows);
    await evidence.keepUp();
  }
  evidence.done();

  if (summary.anyManual) {
    const manual = sheets(
      workbook,
      MANUAL_LABEL,
      ['地区', ...OVERRIDE_HEADER].map((header, index) => ({ header, key: `c${index}`, width: [22, 30, 10, 10, 50, 14, 12][index]! })),
    );
    for (const e of ranked) for (const values of summary.manualOf(e)) manual.add(values).commit();
    manual.done();
  }

  const listing = (name: string, rows: readonly BatchFailure[], header: [string, string]) => {
    const sheet = sheets(
      workbook,
      name,
      [
        { header: header[0], key: 'input', width: 50 },
        { header: header[1], key: 'reason', width: 80 },
      ],
      { frozenColumns: 1 },
    );
    for (const f of rows) sheet.add({ input: printable(f.input), reason: printable(f.reason) }).commit();
    sheet.done();
  };
  if (summary.failures.length > 0) listing('未能评分', summary.failures, ['文件', '原因']);
  const outputs = sheets(workbook, '本次输出', [{ header: '本次写入的文件(相对于输出目录)', key: 'file', width: 60 }], { frozenColumns: 0 });
  outputs.start();
  for (const written of summary.written) {
    outputs.addXml((number) => rowXml(number, plainCells([printable(written)])));
    await outputs.keepUp();
  }
  outputs.done();
  if (summary.skipped.length > 0) listing('跳过的输入', summary.skipped, ['路径', '原因']);
  await workbook.commit();
}
