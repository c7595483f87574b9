import pino from 'pino';

/**
 * Diagnostics for developers go to stderr, in English; quiet unless --log-level is given.
 * JSON when stderr is not a terminal, so batch runs can be collected by log tooling.
 */
export let log = pino({ level: 'silent' }, pino.destination(2));

export function configureLogging(level: string): void {
  const pretty = process.stderr.isTTY;
  log = pino(
    {
      level,
      base: undefined,
      ...(pretty ? { formatters: { level: (label: string) => ({ level: label }) } } : {}),
    },
    pino.destination(2),
  );
}
