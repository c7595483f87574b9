/**
 * Regex searches for code that runs on every sentence. `matchAll` copies its regex on every call,
 * and on a sentence the copy costs more than the search; a slice to match `^…` against costs a
 * string. These search with the regex as it is, moving its lastIndex.
 */
import type { Span } from '../document/types.js';

/** Every match of a global regex (`g`), in the order `matchAll` gives them. */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Where every match of a global regex (`g`) stands, without keeping the matches. */
export function matchSpans(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

// the copies withFlags made, by regex and flags
const copies = new WeakMap<RegExp, Map<string, RegExp>>();

/**
 * `re` with `flags` (a rule's pattern made global, or `gd` for its groups' offsets), made once for each regex and flags and
 * kept: a copy made per document was a new regex each time, whose machine code V8 compiled again for each text (a
 * search from a long text's start does not wait for the interpreter), and compiled more than it searched. Searched from
 * its start by matchesOf and matchSpans, which set its lastIndex, a copy serves every caller.
 */
export function withFlags(re: RegExp, flags: string): RegExp {
  let byFlags = copies.get(re);
  if (byFlags === undefined) copies.set(re, (byFlags = new Map<string, RegExp>()));
  let copy = byFlags.get(flags);
  if (copy === undefined) byFlags.set(flags, (copy = new RegExp(re.source, flags)));
  return copy;
}

/**
 * `re`, compiled to machine code now. V8 runs a regex first from bytecode compiled for that run, and compiles its
 * machine code at its second run, or at once when its first text is 1,000 characters or more. For a large pattern
 * searched in many clauses (the other-period marks, several KB with the years written in), the bytecode's compile and
 * run cost several times the machine code's compile: one search of a long text first skips them.
 */
export function compiledNow(re: RegExp): RegExp {
  re.lastIndex = 0;
  re.test(LONG_TEXT);
  re.lastIndex = 0;
  return re;
}
// long enough for V8 to compile machine code at once, and two-byte as a Chinese text is (the code differs by width)
const LONG_TEXT = '\u3002'.repeat(1000);

/** The match of a sticky regex (`y`) that starts right at `at`, or null. */
export function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Whether a sticky regex (`y`) matches right at `at`: a test, which builds no match. */
export function testAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/**
 * Whether `text` holds `word` where `fits(text, at)` says (`at`: where the word starts): the test before a pattern
 * every match of which holds the word so placed (a digit, then a blank). Most such patterns never match in a
 * report: a line without the word so placed is spared their search, a document without one their compiling.
 */
export function holdsWhere(text: string, word: string, fits: (text: string, at: number) => boolean): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) if (fits(text, at)) return true;
  return false;
}

/** Whether the character at `at` is one of `chars` (none stands outside the text). */
export const isOneOfAt = (text: string, at: number, chars: string): boolean => at >= 0 && at < text.length && chars.includes(text[at]!);

/** A pattern and the test of a text that may hold a match of it (false: none), run before it. */
export type Screened = readonly [pattern: RegExp, mayHold: (text: string) => boolean];
