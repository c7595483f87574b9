/**
 * The helper thread of `duibiao batch`'s workbook: numbers the evidence sheet's rows, read from the
 * workers' details files a report at a time in the order asked, and deflates them for the sheet's
 * zip entry (deflated-entry.ts), while the main thread writes the sheets before it. Done on the
 * main thread, numbering was a third of its work after the last report, with the other core idle;
 * deflating there took the libuv pool and the main thread a round trip a report.
 */
import { openSync, readSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { deflateRows } from '../render/deflated-entry.js';
import { SheetNumbering } from '../render/sheet-rows.js';
import type { EvidenceSpot } from './batch-details.js';

/** The first message (OrderedHelper's protocol): what the sheets are like. */
export interface RowsWorkerSetup {
  /** data rows a sheet holds */
  perSheet: number;
}

/** the details files' descriptors, opened as first asked (closed with the process) */
const descriptors = new Map<string, number>();
/** where a report's rows are read, reused: numbering copies them out */
let rendered = Buffer.allocUnsafe(0);
const port = parentPort!;
port.once('message', ({ perSheet }: RowsWorkerSetup) => {
  const numbering = new SheetNumbering(perSheet);
  port.on('message', ({ file, position, length }: EvidenceSpot) => {
    let fd = descriptors.get(file);
    if (fd === undefined) descriptors.set(file, (fd = openSync(file, 'r')));
    if (rendered.length < length) rendered = Buffer.allocUnsafe(Math.max(length, 2 * rendered.length));
    readSync(fd, rendered, 0, length, position);
    port.postMessage(numbering.next(rendered.subarray(0, length)).map(deflateRows));
  });
});
