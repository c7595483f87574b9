import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';

/**
 * Writes a file so that readers only ever see the old or the new content: write a
 * temporary file beside the target, then rename it over the target. A failed run
 * leaves the target untouched and removes its temporary file.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, `.duibiao-tmp-${process.pid}-${Math.random().toString(36).slice(2)}-${path.basename(target)}`);
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, target);
  } catch (error) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new UserError(`无法写入输出文件:${describeFsError(error)}`, { file: target });
  }
}

/** A short Chinese reason for a file-system error, for messages the user reads. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return '文件或目录不存在';
    case 'EACCES':
    case 'EPERM':
      return '没有访问权限';
    case 'EROFS':
      return '位于只读文件系统';
    case 'EISDIR':
      return '这是一个目录,不是文件';
    case 'ENOTDIR':
      return '路径中的某一级不是目录';
    case 'ENOSPC':
      return '磁盘空间不足';
    default:
      return code ? `系统错误 ${code}` : String((error as Error)?.message ?? error);
  }
}
