/**
 * Characters that must not reach a terminal or a document from a file name: C0/C1 controls
 * (escape sequences can rewrite the screen), DEL, and bidirectional overrides (they reorder
 * what a reader sees, e.g. report\u202Etxt.exe).
 */
// matching control characters is the point here
/* eslint-disable no-control-regex */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_EXCEPT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

function escape(char: string): string {
  const code = char.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** A file name as it may be shown: each unsafe character as a visible \xNN (or the replacement). */
export function printable(text: string, replacement?: string): string {
  return text.replace(UNSAFE, (char) => replacement ?? escape(char));
}

/** The first unsafe character of a text of several lines (as printableLines would escape it), or null. */
export function firstUnsafeInLines(text: string): string | null {
  const found = new RegExp(UNSAFE_EXCEPT_LINES.source).exec(text);
  return found ? escape(found[0]) : null;
}

/** A message of several lines: line breaks and tabs kept, every other unsafe character escaped. */
export function printableLines(text: string): string {
  return text.replace(UNSAFE_EXCEPT_LINES, escape);
}
