/**
 * The helper thread of `duibiao batch`'s workbook: numbers the evidence sheet's rows, read from the
 * workers' details files a report at a time in the order asked, while the main thread writes the
 * sheet. Done on the main thread, numbering was a third of its work after the last report, with
 * the other core idle.
 */
import { openSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { SheetNumbering } from '../render/sheet-rows.js';
import type { EvidenceSpot } from './batch-details.js';

export interface RowsWorkerSetup {
  /** data rows a sheet holds */
  perSheet: number;
}

const { perSheet } = workerData as RowsWorkerSetup;
/** the details files' descriptors, opened as first asked (closed with the process) */
const descriptors = new Map<string, number>();
const numbering = new SheetNumbering(perSheet);
const port = parentPort!;
port.on('message', ({ file, position, length }: EvidenceSpot) => {
  let fd = descriptors.get(file);
  if (fd === undefined) descriptors.set(file, (fd = openSync(file, 'r')));
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
