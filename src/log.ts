import { createRequire } from 'node:module';
import type pino from 'pino';
import type { Logger as PinoLogger } from 'pino';
import { printableLines } from './util/printable.js';

/**
 * Diagnostics for developers, in English, on stderr; silent unless --log-level is given.
 * JSON lines when stderr is not a terminal (batch runs collected by log tooling), one short
 * readable line per record on a terminal. pino loads only when a level other than silent is asked.
 */
export type Logger = Pick<PinoLogger, 'debug' | 'info' | 'warn' | 'error'>;

const silent: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

export let log: Logger = silent;

export function configureLogging(level: string): void {
  if (level === 'silent') {
    log = silent;
    return;
  }
  const createLogger = createRequire(import.meta.url)('pino') as typeof pino;
  const readableLines = {
    write(line: string): void {
      const { level: number, time, msg, ...fields } = JSON.parse(line) as { level: number; time: number; msg?: string } & Record<string, unknown>;
      const label = createLogger.levels.labels[number] ?? String(number);
      const detail = Object.keys(fields).length ? ` ${JSON.stringify(fields)}` : '';
      process.stderr.write(printableLines(`${new Date(time).toISOString().slice(11, 23)} ${label.padEnd(5)} ${msg ?? ''}${detail}\n`));
    },
  };
  log = createLogger({ level, base: undefined }, process.stderr.isTTY ? readableLines : createLogger.destination(2));
}
