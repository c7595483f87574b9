import { EXIT } from '../errors.js';
import { describeFsError } from './fs-errors.js';

/**
 * A reader that stops early (`| head`) closes the pipe: that is not an error of ours, so the run
 * ends quietly with exit 0. Any other failure to write standard output (a full disk, /dev/full,
 * an I/O error) leaves the output cut short: said in Chinese with exit 2, where the error's stack
 * reached the user. Installed by the entry, so `--version` is covered too; temporary files are
 * removed on exit (util/atomic.ts).
 */
export function guardStandardStreams(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    process.stderr.write(`duibiao: 标准输出: 无法写入,输出不完整:${describeFsError(error)}\n`);
    process.exit(EXIT.badInput);
  });
  // a stderr that cannot be written cannot carry a message; the exit code still tells
  process.stderr.on('error', () => undefined);
}
