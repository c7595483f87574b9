import { promises as fs } from 'node:fs';
import { describeFsError } from '../util/atomic.js';
import { MAX_INPUT_BYTES, describeLimit, inputError } from './limits.js';

const tooLarge = (file: string) =>
  inputError(file, `文件太大,超过 ${describeLimit(MAX_INPUT_BYTES)} 的上限;请只提供报告正文`);

/** Reads a file (or standard input for '-'), refusing oversize input before reading it all. */
export async function readInput(file: string): Promise<Uint8Array> {
  if (file === '-') return readStream(process.stdin, file);
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw inputError(file, '文件不存在,请检查路径');
    throw inputError(file, `无法读取文件:${describeFsError(error)}`);
  }
  if (stat.isDirectory()) throw inputError(file, '是目录,不是文件;请给出报告文件的路径');
  if (!stat.isFile()) throw inputError(file, '不是普通文件,无法读取');
  if (stat.size > MAX_INPUT_BYTES) throw tooLarge(file);
  try {
    const bytes = await fs.readFile(file);
    // The file may have grown between stat and read.
    if (bytes.length > MAX_INPUT_BYTES) throw tooLarge(file);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  } catch (error) {
    if (error instanceof Error && error.name === 'UserError') throw error;
    throw inputError(file, `无法读取文件:${describeFsError(error)}`);
  }
}

/** Collects a stream, stopping as soon as it passes the size limit. */
export async function readStream(stream: NodeJS.ReadableStream, file: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    total += buffer.length;
    if (total > MAX_INPUT_BYTES) {
      if ('destroy' in stream && typeof stream.destroy === 'function') stream.destroy();
      throw tooLarge(file);
    }
    chunks.push(buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
