import { existsSync, lstatSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** Why a path cannot be opened: describeFsError, a dangling link told as one, and what was given instead of a path (notAPath). */
export function describeOpenError(file: string, error: unknown): string {
  if ((error as NodeJS.ErrnoException | undefined)?.code !== 'ENOENT') return describeFsError(error);
  return isSymbolicLink(file) ? DANGLING_LINK : (notAPath(file) ?? describeFsError(error));
}

/** Blanks and quotation marks a path copied from a chat, a mail or Explorer's "copy as path" brings along. */
const WRAPPING = /^[\s"'\u201c\u201d\u2018\u2019\u300c\u300d]+|[\s"'\u201c\u201d\u2018\u2019\u300c\u300d]+$/g;

/**
 * An option whose two hyphens an editor or a chat turned into a dash (—out, –out, ——format, －－out), as Word, WPS and
 * WeChat do to a command copied through them: a name of a file not there, the option unseen.
 */
const DASHED_OPTION = /^([\u2010-\u2015\u2212\ufe58\ufe63\uff0d]{1,2}|-[\u2010-\u2015\u2212\uff0d])([a-z][a-z-]{1,30})$/i;

/** What an argument is that is an option written with a dash (see DASHED_OPTION), and how to write it; none for any other. */
export function dashedOption(argument: string): string | undefined {
  const option = DASHED_OPTION.exec(argument);
  if (!option) return undefined;
  const name = `--${option[2]!.toLowerCase()}`;
  return `不是文件,像是选项 ${name}:开头的“${option[1]}”不是两个半角减号(从 Word、WPS 或聊天中复制的命令常把 -- 变成破折号);请改写为 ${name}`;
}

/**
 * What a user gave where no file is, when it is no path: an option written with a dash, a web address, a file's address (file://, as a browser's
 * address bar shows a local file), a path wrapped in blanks or quotation marks, a wildcard a Windows prompt does not
 * expand. Each was "not there", and the user was left to guess why.
 */
export function notAPath(file: string): string | undefined {
  const option = dashedOption(file);
  if (option) return option;
  if (/^(?:https?|ftp):\/\//i.test(file)) return '是网址,不是本机上的文件;请先在浏览器中打开,把报告下载或另存到本机,再给出文件的路径';
  if (/^file:\/\//i.test(file)) {
    let local: string | undefined;
    try {
      local = fileURLToPath(file);
    } catch {
      local = undefined;
    }
    return `是文件的网址(file://),不是路径${local === undefined ? '' : `;请直接给出路径:${local}`}`;
  }
  const bare = file.replace(WRAPPING, '');
  if (bare !== file && bare !== '' && existsSync(bare)) return `文件不存在:路径两端多了空格或引号;请去掉后给出:${bare}`;
  if (/[*?]/.test(path.basename(file))) {
    return '文件不存在:文件名中的通配符(* 或 ?)没有展开(Windows 的命令提示符不展开通配符);核查目录中的全部报告请用 duibiao batch 目录 --out 结果目录';
  }
  return undefined;
}
