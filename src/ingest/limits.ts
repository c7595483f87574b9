import { UserError } from '../errors.js';

/**
 * Lines longer than this are split after a sentence end (。!?;), or hard at the limit when
 * there is none. Real reports never have such lines; splitting bounds the work every later
 * per-line step does, and the document stage splits sentences anyway.
 */
export const MAX_LINE_CHARS = 5000;

/** Boilerplate patterns are only tried on lines up to this length: site chrome is short. */
export const MAX_BOILERPLATE_LINE_CHARS = 200;

/** How the user named the input in messages. */
export function displayName(file: string): string {
  return file === '-' ? '标准输入' : file;
}

/** A problem with the input file: exit code 2, the file named in the message place. */
export function inputError(file: string, message: string): UserError {
  return new UserError(message, { file: displayName(file) });
}
