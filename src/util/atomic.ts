import { closeSync, lstatSync, openSync, promises as fs, readdirSync, renameSync, rmSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { describeFsError } from './fs-errors.js';

/** Temporary files are named `.duibiao-tmp-<pid>-<random>-<target name>`: the pid says who owns them. */
export const TEMP_PREFIX = '.duibiao-tmp-';
const TEMP_NAME = /^\.duibiao-tmp-(\d+)-[a-z0-9]+-(.*)$/s;

/**
 * Writes a file so that readers only ever see the old or the new content: write a
 * temporary file beside the target, then rename it over the target. A failed run
 * leaves the target untouched and removes its temporary file; so does SIGINT/SIGTERM.
 * The target must be a regular file or a new path: a symlink, FIFO or device is never
 * followed nor replaced. Data given in pieces is written as they come, never held whole.
 *
 * Synchronous: outputs are written when a command ends or, in a batch worker, between two
 * reports, where nothing waits on the event loop; each awaited call cost a round trip through
 * libuv's thread pool (a batch worker sat idle for an eighth of its time).
 */
export function writeFileAtomic(target: string, data: string | Uint8Array | Iterable<string>): void {
  const written = writeBeside(target, data);
  written.rename();
}

/** A file written beside its target, not yet in its place: `commit` puts it there, `discard` removes it. */
export interface StagedFile {
  commit(): void;
  discard(): void;
}

/**
 * writeFileAtomic in two steps: the data written beside the target now, put in place on `commit` (the target
 * checked again: time has passed), so that a file can be written while other work goes on and appear only once
 * that work has succeeded. Until then its temporary file is removed on exit or a signal.
 */
export function stageFile(target: string, data: string | Uint8Array | Iterable<string>): StagedFile {
  const written = writeBeside(target, data);
  return {
    commit: () => {
      try {
        assertWritableTarget(target);
      } catch (error) {
        written.discard();
        throw error;
      }
      written.rename();
    },
    discard: () => written.discard(),
  };
}

/** The target checked and the data written to a temporary file beside it; a failure removes it and says why. */
function writeBeside(target: string, data: string | Uint8Array | Iterable<string>): { rename(): void; discard(): void } {
  assertWritableTarget(target);
  const tmp = tempPathFor(target);
  const release = removeOnExit(tmp);
  const fail = (error: unknown): never => {
    // (a path too long to create is too long to remove: that error must not replace this one)
    try {
      rmSync(tmp, { force: true });
    } catch {
      // nothing was created
    }
    release();
    throw new UserError(`无法写入输出文件:${describeFsError(error)}`, { file: target });
  };
  try {
    // wx: never open through something planted at the temporary name
    const fd = openSync(tmp, 'wx', 0o666);
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) writeFileSync(fd, data);
      else writePieces(fd, data);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    fail(error);
  }
  return {
    rename: () => {
      try {
        renameSync(tmp, target);
      } catch (error) {
        fail(error);
      }
      release();
    },
    discard: () => {
      rmSync(tmp, { force: true });
      release();
    },
  };
}

/** Where pieces are encoded, kept for every file: grown to the largest file written so far, up to MAX_BLOCK_BYTES. */
let block = Buffer.allocUnsafe(2 ** 16);
/** 4 MiB: a report's page or JSON (some 150 KB each) is written at once; a larger file, a block at a time. */
const MAX_BLOCK_BYTES = 2 ** 22;

/**
 * Pieces encoded one after another into a buffer kept for every file and written when it is full:
 * joining them into strings of some 16 K characters first cost a copy and a fresh buffer a write,
 * and the whole text at once (90 K characters for a 25 KB report) lands in V8's large-object space
 * and malloc's mmap, pages fresh from the system that cost more than the write. The buffer grows
 * to hold a whole report's file, so that each is one write: a write per 64 KB and a fresh buffer
 * for each larger piece cost more than encoding.
 */
function writePieces(fd: number, pieces: Iterable<string>): void {
  let used = 0;
  // a character cut between two pieces (a surrogate pair) is encoded whole, with the next
  let carried = '';
  for (const next of pieces) {
    let piece = carried + next;
    carried = '';
    const last = piece.charCodeAt(piece.length - 1);
    if (last >= 0xd800 && last < 0xdc00) {
      carried = piece.slice(-1);
      piece = piece.slice(0, -1);
    }
    // a UTF-16 code unit takes at most 3 bytes in UTF-8
    const most = piece.length * 3;
    if (most > block.length - used) {
      if (used + most <= MAX_BLOCK_BYTES) {
        const larger = Buffer.allocUnsafe(Math.min(MAX_BLOCK_BYTES, Math.max(2 * block.length, used + most)));
        block.copy(larger, 0, 0, used);
        block = larger;
      } else {
        writeFileSync(fd, block.subarray(0, used));
        used = 0;
        if (most > block.length) {
          writeFileSync(fd, piece);
          continue;
        }
      }
    }
    used += block.write(piece, used);
  }
  writeFileSync(fd, block.subarray(0, used));
  if (carried !== '') writeFileSync(fd, carried);
}

export function tempPathFor(target: string): string {
  const dir = path.dirname(path.resolve(target));
  const prefix = `${TEMP_PREFIX}${process.pid}-${Math.random().toString(36).slice(2)}-`;
  // a target name near the longest allowed was refused as 路径或文件名过长 for its temporary file's
  return path.join(dir, prefix + leadingBytes(path.basename(target), NAME_MAX_BYTES - Buffer.byteLength(prefix)));
}

/** The longest file name, in bytes, of the usual file systems (ext4, XFS, Btrfs, tmpfs, NTFS in UTF-16 units). */
const NAME_MAX_BYTES = 255;

/** The longest start of `name` within `bytes` bytes of UTF-8, never cutting a character. */
export function leadingBytes(name: string, bytes: number): string {
  let used = 0;
  let end = 0;
  for (const char of name) {
    used += Buffer.byteLength(char);
    if (used > bytes) break;
    end += char.length;
  }
  return name.slice(0, end);
}

/**
 * Refuses an output path that is not a regular file or a new path. rename() would replace a
 * symlink, FIFO or device node with a regular file (as root even /dev/null). Returns what is
 * there: a regular file's stat, or undefined for a new path.
 */
export function assertWritableTarget(target: string): Stats | undefined {
  let stat: Stats | undefined;
  try {
    // a new path is the common case (every file of a batch): an error object for it cost 4 times the call
    stat = lstatSync(target, { throwIfNoEntry: false });
  } catch (error) {
    throw new UserError(`无法使用该输出路径:${describeFsError(error)}`, { file: target });
  }
  if (stat === undefined || stat.isFile()) return stat;
  const what = stat.isSymbolicLink()
    ? '是符号链接;为安全起见不会跟随或替换它'
    : stat.isDirectory()
      ? '是一个目录,不是文件'
      : '不是普通文件(是设备、管道或套接字),不会替换它';
  throw new UserError(`输出路径${what},请指定普通文件或新的路径`, { file: target });
}

/** Temporary files alive right now; removed when the process is interrupted or exits. */
const liveTemps = new Set<string>();
const EXIT_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let handlersInstalled = false;

/**
 * Registers a temporary file to be removed if the process ends (signal or exit) before it
 * is renamed into place; returns the function that forgets it again.
 */
export function removeOnExit(tmp: string): () => void {
  installHandlers();
  liveTemps.add(tmp);
  return () => {
    liveTemps.delete(tmp);
  };
}

function removeLiveTemps(): void {
  for (const tmp of liveTemps) rmSync(tmp, { force: true });
  liveTemps.clear();
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', removeLiveTemps);
  const ours = new Map<NodeJS.Signals, () => void>();
  for (const signal of EXIT_SIGNALS) {
    ours.set(signal, () => {
      removeLiveTemps();
      for (const [s, listener] of ours) process.removeListener(s, listener);
      // nobody else handles it: die of the signal as if it had not been caught (exit status 130/143)
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
  for (const [signal, listener] of ours) process.on(signal, listener);
}

/**
 * Removes temporary files in a folder that an earlier run left behind (killed with -9, power
 * loss): ours by name, and their process is gone. Another live run's files are kept.
 */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match || isAlive(Number(match[1]))) continue;
    const file = path.join(dir, name);
    const stat = await fs.lstat(file).catch(() => null);
    if (!stat?.isFile()) continue;
    await fs.rm(file, { force: true }).catch(() => undefined);
    removed.push(file);
  }
  return removed;
}

/**
 * Removes this process's temporary files in a folder, worker threads' included (they share the
 * pid but not liveTemps); synchronous, for a signal handler.
 */
export function removeOwnTemps(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (TEMP_NAME.exec(name)?.[1] === String(process.pid)) rmSync(path.join(dir, name), { force: true });
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
