/** Small helpers over one sentence: clauses, term occurrences, the lexicon's compiled regexes. */
import type { Span } from '../document/types.js';
import { GAP, type FactEntry, type Lexicon } from './lexicon.js';

export { clauses } from '../document/sentences.js';

export function clauseAt(spans: Span[], offset: number): Span {
  return spans.find((c) => offset >= c.start && offset <= c.end) ?? spans[spans.length - 1]!;
}

/** Every occurrence of `term` in `text`. */
export function occurrences(text: string, term: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) out.push({ start: i, end: i + term.length });
  return out;
}

export const containsAny = (text: string, terms: readonly string[]): boolean => terms.some((t) => text.includes(t));

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An alternation of literal words that must consume a whole string (with blanks in between). */
function wholeOf(words: readonly string[], blanks = '\\s'): RegExp {
  const alternatives = [...words].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`^(?:[${blanks}]|${alternatives.join('|') || '(?!)'})*$`);
}

export interface CompiledEntry {
  entry: FactEntry;
  /** what may stand between a cue and its number */
  gap: RegExp;
  implied: { re: RegExp; value: number | true | string }[];
  /** topic as groups: one word of every group must occur */
  topics: string[][];
  /** anchored at the start of the clause after the number */
  confirmedBy: RegExp[];
}

export interface CompiledLexicon {
  entries: CompiledEntry[];
  byId: Map<string, CompiledEntry>;
  derive: Lexicon['derive'];
  listSeparator: RegExp;
  plan: RegExp[];
  done: RegExp[];
  negation: RegExp[];
  bounds: string[];
  frames: string[];
}

const compiledCache = new WeakMap<Lexicon, CompiledLexicon>();

export function compile(lexicon: Lexicon): CompiledLexicon {
  let compiled = compiledCache.get(lexicon);
  if (compiled) return compiled;
  const entries = lexicon.facts.map((entry) => ({
    entry,
    gap: wholeOf([...lexicon.context, ...entry.context], '\\s|'),
    implied: entry.implied.map((i) => ({ re: new RegExp(i.pattern.replaceAll('…', GAP), 'g'), value: i.value })),
    topics: topicGroups(entry.topic),
    confirmedBy: entry.confirmed_by.map((c) => new RegExp(c.replaceAll('…', GAP))),
  }));
  const regexes = (sources: string[]): RegExp[] => sources.map((s) => new RegExp(s.replaceAll('…', GAP), 'g'));
  compiled = {
    entries,
    byId: new Map(entries.map((e) => [e.entry.id, e])),
    derive: lexicon.derive,
    listSeparator: wholeOf(lexicon.listSeparators),
    plan: regexes(lexicon.status.plan),
    done: regexes(lexicon.status.done),
    negation: regexes(lexicon.status.negation),
    bounds: lexicon.status.requirement.bounds,
    frames: lexicon.status.requirement.frames,
  };
  compiledCache.set(lexicon, compiled);
  return compiled;
}

function topicGroups(topic: FactEntry['topic']): string[][] {
  if (topic.length === 0) return [];
  return topic.every((t) => Array.isArray(t)) ? (topic as string[][]) : [topic as string[]];
}

/** Whether `term` occurs in text other than as the object of 拟 (拟出台的文件 is not yet issued). */
export function containsActual(text: string, terms: readonly string[]): boolean {
  return terms.some((t) => occurrences(text, t).some((o) => text[o.start - 1] !== '拟'));
}

/** Start offsets of all matches of the regexes in text. */
export function matchStarts(res: readonly RegExp[], text: string): number[] {
  const out: number[] = [];
  for (const re of res) for (const m of text.matchAll(re)) out.push(m.index);
  return out;
}
