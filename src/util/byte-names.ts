import { isUtf8 } from 'node:buffer';
import { lstatSync, readdirSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';

/**
 * File names are bytes. One unpacked from a zip made on Chinese Windows is GBK, not UTF-8: Node
 * shows each undecodable byte as U+FFFD, and no path so spelt exists, so such a report "did not
 * exist". A folder's entries are named here as Windows named them (GBK, else U+FFFD), and
 * `pathOnDisk` finds the file a name of either kind stands for by its bytes.
 */

/** made on first use: a name that is not UTF-8 is rare, and the decoder costs half a millisecond at every start */
let gbk: TextDecoder | undefined;

/** A name's bytes as the user would read them: UTF-8, else GBK (GB18030), else UTF-8 with U+FFFD. */
export function nameOfBytes(bytes: Buffer): string {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  try {
    return (gbk ??= new TextDecoder('gb18030', { fatal: true })).decode(bytes);
  } catch {
    return bytes.toString('utf8');
  }
}

/**
 * The path on disk that `file` names: `file` itself when it exists or nothing better is found;
 * else, component by component, the one entry whose non-UTF-8 bytes read as that component
 * (as `nameOfBytes` reads them, or with U+FFFD as Node read the command line). Two entries
 * reading alike cannot be told apart: none is taken.
 */
export function pathOnDisk(file: string): string | Buffer {
  if (exists(file)) return file;
  const absolute = path.resolve(file);
  const { root } = path.parse(absolute);
  let at: Buffer = Buffer.from(root);
  for (const part of absolute.slice(root.length).split(path.sep)) {
    const spelt = child(at, Buffer.from(part));
    if (exists(spelt)) {
      at = spelt;
      continue;
    }
    let entries: Buffer[];
    try {
      entries = readdirSync(at, { encoding: 'buffer' });
    } catch {
      return file;
    }
    const alike = entries.filter((name) => !isUtf8(name) && (nameOfBytes(name) === part || name.toString('utf8') === part));
    if (alike.length !== 1) return file;
    at = child(at, alike[0]!);
  }
  return at;
}

const child = (dir: Buffer, name: Buffer): Buffer => Buffer.concat([dir, Buffer.from(dir.at(-1) === path.sep.charCodeAt(0) ? '' : path.sep), name]);

function exists(file: string | Buffer): boolean {
  try {
    return lstatSync(file, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}

/** The file's stat, or undefined when it cannot be had. */
export function statIfAny(file: string | Buffer): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}
