import { createInflate, createInflateRaw, inflateRawSync, inflateSync } from 'node:zlib';

/** Output up to this size is inflated in one synchronous call; beyond it, in chunks that are counted and dropped. */
const SYNC_BYTES = 8 * 1024 * 1024;

/**
 * Inflates deflate data (zlib-wrapped, or raw as in ZIP entries) without keeping more than
 * a chunk of the output: `count` sees each piece's size and the running total, and stops
 * the inflation by throwing. Broken data ends quietly, what came before the break counted,
 * as the library that reads it later stops at the same byte. Gives the whole output when it
 * came in one call (whole and unbroken), for a caller that reads it next.
 */
export async function inflateCounting(data: Uint8Array, raw: boolean, count: (bytes: number, total: number) => void): Promise<Buffer | undefined> {
  // Nearly all streams are small: one call, no stream machinery.
  let output: Buffer | undefined;
  try {
    output = (raw ? inflateRawSync : inflateSync)(data, { maxOutputLength: SYNC_BYTES });
  } catch {
    // larger, or broken: inflate in counted chunks below
  }
  if (output) {
    count(output.length, output.length);
    return output;
  }
  const inflate = raw ? createInflateRaw() : createInflate();
  let total = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      inflate.on('data', (chunk: Buffer) => {
        total += chunk.length;
        try {
          count(chunk.length, total);
        } catch (error) {
          // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- says what reject gets: count() throws only Errors
          reject(error as Error);
          inflate.destroy();
        }
      });
      inflate.on('error', () => resolve());
      inflate.on('end', resolve);
      inflate.end(data);
    });
  } finally {
    inflate.destroy();
  }
  return undefined;
}
