/**
 * The helper thread of `duibiao batch`'s workbook: renders the indicator matrix's rows (matrix-rows.ts)
 * and numbers the evidence sheet's rows, read from the workers' details files a report at a time in
 * the order asked, and deflates them for the sheets' zip entries (deflated-entry.ts), while the main
 * thread writes the sheets before them. Done on the
 * main thread, numbering was a third of its work after the last report, with the other core idle;
 * deflating there took the libuv pool and the main thread a round trip a report.
 *
 * The deflated rows go to a spill file and the answer says where they lie: held in memory, they
 * had to wait within a window of reports ahead of the sheet (memory stays flat), so that past
 * 1,024 reports the helper stopped while the main thread wrote the ranking and the matrix, and the
 * main thread then waited for the rest of the evidence with a core idle (2.4 s at 3,000 reports).
 *
 * Two helpers take the reports in turns, each told where its report's rows start: with one, the main
 * thread waited on it for half the time after the last report, and the other core had nothing to do.
 */
import { openSync, readSync, writevSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { deflateRows, type DeflatedRows } from '../render/deflated-entry.js';
import { matrixRowXml, type MatrixLayout } from '../render/matrix-rows.js';
import { SheetNumbering } from '../render/sheet-rows.js';
import type { EvidenceSpot, MatrixSpot } from './batch-details.js';

/** The first message (OrderedHelper's protocol): what the sheets are like, and where the deflated rows go. */
export interface RowsWorkerSetup {
  /** data rows a sheet holds */
  perSheet: number;
  /** the temporary file the deflated rows are written to, made on the first report */
  spill: string;
  matrix: MatrixLayout;
}

/** Deflated rows (DeflatedRows) written to the spill file: where their `size` bytes lie, and the rest of what the sheet needs. */
export interface SpilledRows extends Omit<DeflatedRows, 'deflated'> {
  position: number;
  size: number;
}

/** the details files' descriptors, opened as first asked (closed with the process) */
const descriptors = new Map<string, number>();
/** where a report's rows are read, reused: numbering copies them out */
let rendered = Buffer.allocUnsafe(0);
const port = parentPort!;
port.once('message', ({ perSheet, spill, matrix }: RowsWorkerSetup) => {
  const numbering = new SheetNumbering(perSheet);
  let out: number | undefined;
  let written = 0;
  port.on('message', (spot: EvidenceSpot | MatrixSpot) => {
    const { file, position, length } = spot;
    let fd = descriptors.get(file);
    if (fd === undefined) descriptors.set(file, (fd = openSync(file, 'r')));
    if (rendered.length < length) rendered = Buffer.allocUnsafe(Math.max(length, 2 * rendered.length));
    readSync(fd, rendered, 0, length, position);
    const read = rendered.subarray(0, length);
    const pieces =
      'lead' in spot
        ? [deflateRows({ xml: Buffer.from(matrixRowXml(spot.number, spot.lead, read, matrix)), rows: 1 })]
        : numbering.next(read, spot.first).map(deflateRows);
    // wx: never through something planted at the temporary name
    out ??= openSync(spill, 'wx', 0o600);
    const blocks = pieces.map((piece) => piece.deflated);
    const bytes = blocks.reduce((sum, block) => sum + block.length, 0);
    if (writevSync(out, blocks, written) !== bytes) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
    const answer: SpilledRows[] = [];
    for (const { deflated, crc, length: xmlLength, rows } of pieces) {
      answer.push({ position: written, size: deflated.length, crc, length: xmlLength, rows });
      written += deflated.length;
    }
    port.postMessage(answer);
  });
});
