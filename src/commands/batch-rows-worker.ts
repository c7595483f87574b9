/**
 * The helper thread of `duibiao batch`'s workbook: numbers the evidence sheet's rows, read from the
 * details file a report at a time in the order asked, while the main thread writes the sheet. Done
 * on the main thread, numbering was a third of its work after the last report, with the other
 * core idle.
 */
import { openSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { SheetNumbering } from '../render/sheet-rows.js';

export interface RowsWorkerSetup {
  /** the details file */
  file: string;
  /** data rows a sheet holds */
  perSheet: number;
}
/** Where a report's rendered rows lie in the details file. */
export interface RowsRequest {
  position: number;
  length: number;
}

const { file, perSheet } = workerData as RowsWorkerSetup;
const fd = openSync(file, 'r');
const numbering = new SheetNumbering(perSheet);
const port = parentPort!;
port.on('message', ({ position, length }: RowsRequest) => {
  const rendered = Buffer.allocUnsafe(length);
  readSync(fd, rendered, 0, length, position);
  const pieces = numbering.next(rendered);
  // handed over, not copied; a small piece shares Node's buffer pool, which stays here
  const own = pieces.filter(({ xml }) => xml.byteOffset === 0 && xml.byteLength === xml.buffer.byteLength);
  port.postMessage(
    pieces,
    own.map(({ xml }) => xml.buffer as ArrayBuffer),
  );
});
