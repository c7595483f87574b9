/**
 * Workbook sheets whose rows arrive deflated. The evidence sheet is some 100 KB of XML a report,
 * and the workbook's zip stream deflated it on the main thread's behalf in the libuv pool, a round
 * trip for every report's rows, after the last report was scored. The workbook's helper thread
 * deflates each report's rows itself (deflateRows), in step with numbering them, and the sheet's
 * zip entry takes them as they are: a raw deflate stream may be cut into pieces compressed apart,
 * each ending on a byte boundary without the final block (a sync flush), and joined in order
 * before one final block. The entry's CRC-32 joins the pieces' own (crc32Combine).
 */
import { Transform, type TransformCallback } from 'node:stream';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import type { NumberedRows } from './sheet-rows.js';

/**
 * zlib's fastest level, for the whole workbook: the evidence sheet is some 100 KB of XML a
 * report. Level 1 took a third of the default's (6) time on the evidence of 1,000 reports for a
 * workbook 14% larger.
 */
export const ZIP_LEVEL = 1;

/** Rows deflated apart from the rest of their sheet, with the CRC-32 and the length of their XML. */
export interface DeflatedRows {
  deflated: Uint8Array;
  crc: number;
  length: number;
  rows: number;
}

const SYNC = { level: ZIP_LEVEL, finishFlush: constants.Z_SYNC_FLUSH };
/** An empty final block: what ends a raw deflate stream of pieces. */
const FINAL_BLOCK = deflateRawSync(Buffer.alloc(0));

export function deflateRows({ xml, rows }: NumberedRows): DeflatedRows {
  return { deflated: deflateRawSync(xml, SYNC), crc: crc32(xml), length: xml.length, rows };
}

/**
 * A zip entry's data from the XML exceljs writes to its sheet (Buffers, deflated here) and the
 * rows written to it already deflated (DeflatedRows), in the order written: what exceljs's zip
 * stream makes of its sheets, but for the rows, which it passes on as they are.
 */
export class DeflatedEntry extends Transform {
  crc = 0;
  size = 0;
  compressedSize = 0;

  constructor() {
    super({ writableObjectMode: true });
  }

  override _transform(chunk: Buffer | DeflatedRows, _encoding: BufferEncoding, done: TransformCallback): void {
    if (Buffer.isBuffer(chunk)) this.add(deflateRawSync(chunk, SYNC), crc32(chunk), chunk.length);
    else this.add(chunk.deflated, chunk.crc, chunk.length);
    done();
  }

  override _flush(done: TransformCallback): void {
    this.add(FINAL_BLOCK, 0, 0);
    done();
  }

  private add(deflated: Uint8Array, crc: number, length: number): void {
    this.crc = crc32Combine(this.crc, crc, length);
    this.size += length;
    this.compressedSize += deflated.length;
    this.push(deflated);
  }
}

/**
 * The zip stream of exceljs's streaming writer (archiver's zip-stream), which its types leave out:
 * each entry's data goes through the stream `_smartStream` makes for it, piped into the zip, whose
 * end sets the entry's CRC and sizes (compress-commons 4).
 */
interface ZipEngine {
  _smartStream(entry: ZipEntry, callback: (error: Error | null, entry: ZipEntry) => void): Transform;
  _afterAppend(entry: ZipEntry): void;
}
interface ZipEntry {
  getName(): string;
  setCrc(crc: number): void;
  setSize(size: number): void;
  setCompressedSize(size: number): void;
}

/**
 * Has a workbook's zip take the entries named (as `xl/worksheets/sheet3.xml`) through a
 * DeflatedEntry, given once the zip reaches the entry, after the entries before it.
 */
export function takeDeflated(workbook: unknown): (name: string) => Promise<DeflatedEntry> {
  const engine = (workbook as { zip: { _module: { engine: ZipEngine } } }).zip._module.engine;
  const waiting = new Map<string, (entry: DeflatedEntry) => void>();
  const smartStream = engine._smartStream.bind(engine);
  engine._smartStream = function (this: ZipEngine, entry, callback) {
    const take = waiting.get(entry.getName());
    if (take === undefined) return smartStream(entry, callback);
    const data = new DeflatedEntry();
    let failure: Error | null = null;
    data.once('error', (error: Error) => (failure = error));
    data.once('end', () => {
      entry.setCrc(data.crc);
      entry.setSize(data.size);
      entry.setCompressedSize(data.compressedSize);
      this._afterAppend(entry);
      callback(failure, entry);
    });
    data.pipe(this as unknown as NodeJS.WritableStream, { end: false });
    take(data);
    return data;
  };
  return (name) => new Promise((resolve) => waiting.set(name, resolve));
}

/** x^(2^k) modulo the CRC-32 polynomial, k = 0…31: zlib's x2n_table. */
const POLYNOMIAL = 0xedb88320;
const POWERS = (() => {
  const powers = [2 ** 30];
  for (let k = 1; k < 32; k++) powers.push(multiplyModulo(powers[k - 1]!, powers[k - 1]!));
  return powers;
})();

/** a × b modulo the CRC-32 polynomial (bits reflected): zlib's multmodp. */
function multiplyModulo(a: number, b: number): number {
  let product = 0;
  for (let bit = 2 ** 31; ; bit /= 2) {
    if ((a & bit) !== 0) {
      product ^= b;
      if ((a & (bit - 1)) === 0) break;
    }
    b = b & 1 ? (b >>> 1) ^ POLYNOMIAL : b >>> 1;
  }
  return product >>> 0;
}

/** The CRC-32 of two byte runs one after the other, from theirs and the second's length: zlib's crc32_combine. */
export function crc32Combine(first: number, second: number, secondLength: number): number {
  // first × x^(8 × secondLength), then the second's
  let power = 2 ** 31;
  for (let n = secondLength, k = 3; n > 0; n = Math.floor(n / 2), k++) if (n % 2 === 1) power = multiplyModulo(POWERS[k % 32]!, power);
  return (multiplyModulo(power, first) ^ second) >>> 0;
}
