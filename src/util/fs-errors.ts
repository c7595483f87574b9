import { lstatSync } from 'node:fs';

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
    case 'EEXIST':
      return '临时文件已存在';
    case 'ELOOP':
      return '符号链接形成了循环(或嵌套过多),找不到真正的文件';
    case 'ENAMETOOLONG':
      return '路径或文件名过长';
    case 'EIO':
      return '读写出错(磁盘、网络盘或设备故障)';
    case 'EMFILE':
    case 'ENFILE':
      return '同时打开的文件过多';
    case 'EDQUOT':
      return '超出磁盘配额';
    case 'EBADF':
      return '没有以读的方式打开';
    case 'ETXTBSY':
    case 'EBUSY':
      return '文件正被其他程序占用';
    default:
      return code ? `系统错误 ${code}` : String((error as Error)?.message ?? error);
  }
}

/** What a name is that `ls` lists but that cannot be opened: a symbolic link whose target is gone. */
export const DANGLING_LINK = '是失效的符号链接(指向的文件不存在)';

/** Whether a path that could not be followed is a symbolic link itself (so not "missing"). */
export function isSymbolicLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Why a path cannot be opened: describeFsError, a dangling link told as one. */
export function describeOpenError(file: string, error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT' && isSymbolicLink(file) ? DANGLING_LINK : describeFsError(error);
}
