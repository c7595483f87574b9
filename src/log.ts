import pino from 'pino';

/**
 * Diagnostics for developers, in English, on stderr; silent unless --log-level is given.
 * JSON lines when stderr is not a terminal (batch runs collected by log tooling), one short
 * readable line per record on a terminal.
 */
export let log = pino({ level: 'silent' });

export function configureLogging(level: string): void {
  log = pino({ level, base: undefined }, process.stderr.isTTY ? readableLines : pino.destination(2));
}

const readableLines = {
  write(line: string): void {
    const { level, time, msg, ...fields } = JSON.parse(line) as { level: number; time: number; msg?: string } & Record<string, unknown>;
    const label = pino.levels.labels[level] ?? String(level);
    const detail = Object.keys(fields).length ? ` ${JSON.stringify(fields)}` : '';
    process.stderr.write(`${new Date(time).toISOString().slice(11, 23)} ${label.padEnd(5)} ${msg ?? ''}${detail}\n`);
  },
};
