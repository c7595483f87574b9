import { closeSync, fstatSync, openSync, promises as fs, readSync, statSync, type Stats } from 'node:fs';
import { UserError } from '../errors.js';
import { pathOnDisk, statIfAny } from '../util/byte-names.js';
import { DANGLING_LINK, describeFsError, isSymbolicLink, notAPath } from '../util/fs-errors.js';
import type { Budget } from './budget.js';
import { inputError } from './limits.js';

/** Bytes asked for per read: large enough to be quick, small enough to stop near the limit. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * Reads a file, a device or pipe (a path such as /dev/stdin or <(…)), or standard input for
 * '-'. Reading stops as soon as the input passes the byte limit, so an endless source such
 * as /dev/zero costs no more than the limit.
 */
export async function readInput(file: string, budget: Budget): Promise<Uint8Array> {
  if (file === '-') return readStandardInput(budget);
  let onDisk: string | Buffer = file;
  let stat: Stats;
  try {
    stat = statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw inputError(file, `无法读取文件:${describeFsError(error)}`);
    onDisk = pathOnDisk(file);
    const found = onDisk === file ? undefined : statIfAny(onDisk);
    if (!found) throw inputError(file, missing(file));
    stat = found;
  }
  if (stat.isDirectory()) throw inputError(file, '是目录,不是文件;请给出报告文件的路径(核查整个目录请用 duibiao batch 目录 --out 结果目录)');
  // A regular file's size is known: refuse before reading a byte.
  if (stat.isFile() && stat.size > budget.limits.inputBytes) throw budget.exceeded('inputBytes');
  // a file whose size stat does not know (those of /proc) is read as a device is
  return stat.isFile() && stat.size > 0 ? readRegularFile(file, onDisk, stat.size) : readDevice(file, onDisk, budget);
}

/**
 * Standard input, whatever it was given as. A folder (`check - < 目录`) read as nothing and was
 * "empty"; a descriptor open for writing only was an internal error.
 */
async function readStandardInput(budget: Budget): Promise<Uint8Array> {
  if (fstatIfAny(0)?.isDirectory()) throw inputError('-', '是目录,不是文件;请用 < 报告文件 把报告文件作为标准输入');
  try {
    return await readStream(process.stdin, budget);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw inputError('-', `无法读取:${describeFsError(error)}`);
  }
}

const fstatIfAny = (fd: number): Stats | undefined => {
  try {
    return fstatSync(fd);
  } catch {
    return undefined;
  }
};

/** Why a file is not there; a name of undecodable bytes that names no one file, a dangling link, or no path at all (notAPath) says so. */
function missing(file: string): string {
  if (file.includes('\uFFFD')) return '文件名中有无法识别的字节(不是 UTF-8 编码),找不到或无法区分这个文件;请将文件改名后再试';
  return isSymbolicLink(file) ? `${DANGLING_LINK},请检查路径` : (notAPath(file) ?? '文件不存在,请检查路径');
}

/**
 * The `size` bytes stat gave (as readFileSync reads them), synchronously: a regular file cannot
 * stall, and each awaited call was a round trip through libuv's thread pool that cost more CPU
 * than the read itself (a tenth of ingesting a report).
 */
function readRegularFile(file: string, onDisk: string | Buffer, size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let total = 0;
  try {
    const fd = openSync(onDisk, 'r');
    try {
      while (total < size) {
        const read = readSync(fd, bytes, total, size - total, total);
        if (read === 0) break; // the file shrank after stat
        total += read;
      }
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw inputError(file, `无法读取文件:${describeFsError(error)}`);
  }
  return bytes.subarray(0, total);
}

/** A device or pipe (a path such as /dev/stdin or <(…)), which may stall or never end: read asynchronously, in chunks. */
async function readDevice(file: string, onDisk: string | Buffer, budget: Budget): Promise<Uint8Array> {
  let handle;
  try {
    handle = await fs.open(onDisk, 'r');
  } catch (error) {
    throw inputError(file, `无法读取文件:${describeFsError(error)}`);
  }
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const { bytesRead, buffer } = await handle.read({ buffer: Buffer.allocUnsafe(CHUNK_BYTES) }).catch((error: unknown) => {
        throw inputError(file, `无法读取文件:${describeFsError(error)}`);
      });
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > budget.limits.inputBytes) throw budget.exceeded('inputBytes');
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return new Uint8Array(Buffer.concat(chunks, total));
  } finally {
    await handle.close();
  }
}

/** Collects a stream, stopping as soon as it passes the byte limit. */
export async function readStream(stream: NodeJS.ReadableStream, budget: Budget): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    total += buffer.length;
    if (total > budget.limits.inputBytes) {
      if ('destroy' in stream && typeof stream.destroy === 'function') (stream as NodeJS.ReadableStream & { destroy: () => void }).destroy();
      throw budget.exceeded('inputBytes');
    }
    chunks.push(buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
