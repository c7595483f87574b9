import { printable, printableLines } from './util/printable.js';

/**
 * A problem with what the user gave us (file, option, catalogue). Its message is Chinese
 * and is printed as is, prefixed with the place: `file:line:col: message`. Exit code 2.
 * Anything else that escapes is an internal error (exit 3).
 */
export interface Place {
  file?: string;
  line?: number;
  column?: number;
}

export class UserError extends Error {
  readonly place: Place;
  readonly exitCode: number;

  constructor(message: string, place: Place = {}, exitCode = EXIT.badInput) {
    super(message);
    this.name = 'UserError';
    this.place = place;
    this.exitCode = exitCode;
  }

  /** `file:line:col: message`, the way compilers and linters say it; control characters escaped. */
  override toString(): string {
    return formatProblem(this.place, this.message);
  }
}

/** `file:line:col: message` for the terminal: control characters of names and messages escaped. */
export function formatProblem(place: Place, message: string): string {
  return formatPlace(place) + printableLines(message);
}

/** The place as a prefix; a file name's control characters are shown escaped, never sent to the terminal. */
export function formatPlace({ file: raw, line, column }: Place): string {
  if (!raw) return '';
  const file = printable(raw);
  if (line === undefined) return `${file}: `;
  return column === undefined ? `${file}:${line}: ` : `${file}:${line}:${column}: `;
}

/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  /** --fail-under: some document scored below the line */
  belowThreshold: 1,
  /** bad input or usage; in batch: at least one file could not be scored */
  badInput: 2,
  internal: 3,
} as const;
