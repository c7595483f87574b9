/**
 * Searching a pattern that opens with a bounded run of any characters of a class before the words it is written for
 * (`[^,;。\n]{0,30}(?:××|XX|【填写…】)…`: the clause up to a placeholder). A search tries every position of a text as
 * the match's start, and from each the run reads up to its bound before the words are tried after each of its lengths:
 * thirty reads and tests a character, for a pattern that almost never matches. Every match has the words at most the
 * run's bound after its start: a search for the words alone (one test a position, as a rule's words are rare) says
 * which starts can match, and only those are tried, in order. The matches are those a search of the whole pattern
 * finds, each the leftmost one from the end of the one before.
 */
import { matchesOf, testAt, withFlags } from './matches.js';

/**
 * A pattern's opening run and the words after it: a match starting at p holds a match of `words` at p+min…p+max, the
 * characters between all of the run's class.
 */
interface Lead {
  /** the group after the run, searched alone (global) */
  words: RegExp;
  /** the run's class, sticky (null: no run) */
  run: RegExp | null;
  min: number;
  max: number;
}

// the leads read, by pattern (null: none)
const leads = new WeakMap<RegExp, Lead | null>();

/** The end of the group, class or escape that starts at `i` of `source` (the index after it). */
function atomEnd(source: string, i: number): number {
  const ch = source[i];
  if (ch === '\\') return i + 2;
  if (ch === '[') {
    let k = i + 1;
    while (k < source.length && source[k] !== ']') k += source[k] === '\\' ? 2 : 1;
    return k + 1;
  }
  if (ch === '(') {
    let k = i + 1;
    while (k < source.length && source[k] !== ')') k = atomEnd(source, k);
    return k + 1;
  }
  return i + 1;
}

/**
 * The lead of a pattern: after any lookbehinds, a class (`[…]`, `\s`-like escape or `.`) repeated (`{min,max}`, `{min,}`,
 * `*`, `+`, or lazily), then a group `(?:…)`, a lookahead `(?=…)` or plain characters; or lookbehinds right before those words
 * (a run of length 0: a search tries the lookbehinds at every position first); with no alternation outside groups.
 * Null for any other pattern, and with the `u`, `v` or `y` flag (a search then steps by code points, or does not step).
 */
export function leadOf(re: RegExp): Lead | null {
  let lead = leads.get(re);
  if (lead !== undefined) return lead;
  lead = readLead(re);
  leads.set(re, lead);
  return lead;
}

function readLead(re: RegExp): Lead | null {
  if (/[uvy]/.test(re.flags)) return null;
  const source = re.source;
  // no alternative outside the groups: the whole pattern is the one sequence read here
  for (let i = 0; i < source.length; i = atomEnd(source, i)) if (source[i] === '|') return null;
  let i = 0;
  while (source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) i = atomEnd(source, i);
  // the run, if any: a class repeated; none is a run of length 0
  const run = source[i] === '[' || (source[i] === '\\' && /[sSdDwW]/.test(source[i + 1] ?? '')) || source[i] === '.' ? atomEnd(source, i) : -1;
  const bounds = run < 0 ? null : /^(?:\{(\d+),(\d*)\}|\*|(\+))\??/.exec(source.slice(run));
  if (run >= 0 && bounds === null) return null;
  const at = bounds === null ? i : run + bounds[0].length;
  const words = wordsAt(source, at);
  if (words === null || (bounds === null && i === 0)) return null;
  const flags = re.flags.replace(/[gd]/g, '');
  if (bounds === null) return { words: new RegExp(words, `${flags}g`), run: null, min: 0, max: 0 };
  const [, least, most, plus] = bounds;
  return {
    words: new RegExp(words, `${flags}g`),
    run: new RegExp(source.slice(i, run), `${flags}y`),
    min: least !== undefined ? Number(least) : plus !== undefined ? 1 : 0,
    max: most !== undefined && most !== '' ? Number(most) : Infinity,
  };
}

/** A repetition or an option, after an atom. */
const QUANTIFIER = /[?*+{]/;

/**
 * The words every match holds at `at` of a pattern's source, as a pattern of their own: a group or a lookahead that no
 * quantifier follows (a lookahead holds where its words match: those are searched, as a search for a lookahead alone
 * is slow to skip), or plain characters up to one a quantifier follows; null if none stand there.
 */
function wordsAt(source: string, at: number): string | null {
  if (source.startsWith('(?:', at) || source.startsWith('(?=', at)) {
    const end = atomEnd(source, at);
    return QUANTIFIER.test(source[end] ?? '') ? null : `(?:${source.slice(at + 3, end - 1)})`;
  }
  let end = at;
  while (end < source.length && !/[\\^$.|?*+()[\]{}]/.test(source[end]!) && !QUANTIFIER.test(source[end + 1] ?? '')) end++;
  return end > at ? source.slice(at, end) : null;
}

/**
 * Every match of a global regex (`g`, `gd` for its groups' offsets), as matchesOf gives them: for a pattern with a lead
 * (leadOf), only the starts a match of its words lies after are tried.
 */
export function leadMatches(re: RegExp, text: string): RegExpExecArray[] {
  const lead = leadOf(re);
  if (lead === null) return matchesOf(re, text);
  const { words, run, min, max } = lead;
  const at = withFlags(re, `${re.flags.replace('g', '')}y`);
  const out: RegExpExecArray[] = [];
  // a match may start from `from` (the end of the one before); none starts in [from, next)
  let from = 0;
  let next = 0;
  for (;;) {
    const start = Math.max(from, next);
    words.lastIndex = start + min;
    const w = words.exec(text);
    if (w === null) break;
    let m: RegExpExecArray | null = null;
    const last = w.index - min;
    // the run is of its class's characters: a match starts no earlier than where those before the words begin
    let first = w.index;
    for (const low = Math.max(start, w.index - max); first > low && run !== null && testAt(run, text, first - 1);) first--;
    for (let p = first; p <= last && m === null; p++) {
      at.lastIndex = p;
      m = at.exec(text);
    }
    if (m === null) {
      next = last + 1;
      continue;
    }
    out.push(m);
    from = m.index + Math.max(m[0].length, 1);
    next = from;
  }
  return out;
}
