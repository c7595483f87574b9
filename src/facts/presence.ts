/**
 * Presence facts: a mechanism or a piece of work the report says is in place (推行“双随机、一公开”
 * 监管, 开展重大决策风险评估), read from groups of cue words in one sentence. The entries live in
 * rules/presence.yaml, one per indicator checked by presence (and tailorings may add their own);
 * every one found is a fact like any other, so `duibiao facts` shows what a score rests on.
 */
import type { Document, Sentence, Span } from '../document/types.js';
import type { Lexicon } from './lexicon.js';
import type { PresenceEntry } from './presence-schema.js';
import type { Evidence, Fact, FactStatus } from './schema.js';
import { classifyStatus, isNegated } from './status.js';
import { clauseAt, termScanner } from './text.js';

export interface Mention {
  evidence: Evidence;
  status: FactStatus;
  negated: boolean;
}

/** The document's text of [start, end) of a sentence's plain text, with offsets into the document. */
export function evidenceIn(doc: Document, sentence: Sentence, start: number, end: number): Evidence {
  const offset = sentence.span.start;
  const from = offset + sentence.map[start]!;
  const to = offset + (end > start ? sentence.map[end - 1]! + 1 : sentence.map[start]!);
  return { text: doc.source.text.slice(from, to), start: from, end: to };
}

/** A site's navigation trail (首页 > 政务公开 > 法治政府建设年度报告): names pages, states nothing. */
const BREADCRUMB = />[^>]*>/;

/**
 * The first cue group whose every term occurs in the sentence, quoted by the clause(s) that hold
 * the cues: the tightest place where they all occur (开展政务诚信评价工作, not the paragraph that
 * ends in it), since the cue words alone do not show what was done. Heading lines are read too
 * (a plan's tasks are its headings); the engine never lets a heading alone meet an indicator.
 * With `clause`, every term of a group must stand in one clause.
 */
export function mentionIn(
  doc: Document,
  sentence: Sentence,
  groups: readonly (readonly string[])[],
  lexicon: Lexicon,
  options: MentionOptions = {},
): Mention | null {
  if (!mayMention(sentence, groups, lexicon) || BREADCRUMB.test(sentence.plain)) return null;
  const text = options.exclude ? masked(sentence.plain, options.exclude) : sentence.plain;
  for (const group of groups) {
    const window = tightest(text, group, options.clause ? sentence.clauses : null);
    if (!window) continue;
    const scope = { start: clauseAt(sentence.clauses, window.start).start, end: clauseAt(sentence.clauses, window.end).end };
    return {
      evidence: evidenceIn(doc, sentence, scope.start, scope.end),
      status: classifyStatus(doc, sentence, lexicon, sentence.map[window.start]),
      negated: isNegated(sentence.plain, scope.start, scope.end, lexicon),
    };
  }
  return null;
}

/**
 * The cue words of every presence entry of a lexicon, each sentence scanned once for all of them:
 * an entry's groups can only match where each term of one group has an alternative in the sentence,
 * so the search for the tightest window runs only for the few entries a sentence may hold, found
 * from the words that open their groups (not by trying every entry on every sentence).
 */
type Groups = readonly (readonly string[])[];
interface MentionIndex {
  scan: (text: string) => { term: string }[];
  /** the entries (their groups) that an alternative of a group's first term may open */
  openedBy: ReadonlyMap<string, readonly Groups[]>;
  indexed: ReadonlySet<Groups>;
  /** per sentence, the indexed entries whose every term of some group occurs in it */
  possible: WeakMap<Sentence, ReadonlySet<Groups>>;
  /** the sentence asked about last, and its entries: every entry is asked about one sentence after another */
  last: { sentence: Sentence; possible: ReadonlySet<Groups> } | null;
}
const mentionIndexes = new WeakMap<Lexicon, MentionIndex>();
/** A term's alternatives ('a|b'), split once per term. */
const alternatives = new Map<string, readonly string[]>();
const alternativesOf = (term: string): readonly string[] => {
  let alts = alternatives.get(term);
  if (!alts) alternatives.set(term, (alts = term.split('|')));
  return alts;
};

function mentionIndex(lexicon: Lexicon): MentionIndex {
  let index = mentionIndexes.get(lexicon);
  if (!index) {
    const entries = [...lexicon.presence, ...lexicon.facts].map((entry) => entry.mentions).filter((groups) => groups.length > 0);
    const openedBy = new Map<string, Groups[]>();
    for (const groups of entries) {
      for (const alt of new Set(groups.flatMap((group) => alternativesOf(group[0]!)))) openedBy.set(alt, [...(openedBy.get(alt) ?? []), groups]);
    }
    const words = entries.flatMap((groups) => groups.flat().flatMap(alternativesOf));
    index = { scan: termScanner(words), openedBy, indexed: new Set(entries), possible: new WeakMap(), last: null };
    mentionIndexes.set(lexicon, index);
  }
  return index;
}

/** Whether some group has every term (one of its alternatives) among the words that occur. */
const someGroupOccurs = (groups: Groups, occurs: (word: string) => boolean): boolean =>
  groups.some((group) => group.every((term) => alternativesOf(term).some(occurs)));

/** The indexed entries (their groups) one of whose groups has every term in the sentence. */
function possibleIn(sentence: Sentence, lexicon: Lexicon): ReadonlySet<Groups> {
  const index = mentionIndex(lexicon);
  let last = index.last;
  if (last?.sentence !== sentence) {
    let possible = index.possible.get(sentence);
    if (!possible) index.possible.set(sentence, (possible = possibleEntries(index, sentence.plain)));
    last = index.last = { sentence, possible };
  }
  return last.possible;
}

/** Whether the groups may match the sentence; groups the lexicon does not hold (a test's) are looked up directly. */
function mayMention(sentence: Sentence, groups: Groups, lexicon: Lexicon): boolean {
  if (possibleIn(sentence, lexicon).has(groups)) return true;
  return !mentionIndex(lexicon).indexed.has(groups) && occursIn(groups, sentence.plain);
}

// The closures below live in functions of their own: a closure in mayMention would cost a context
// object on each of its calls (about 17,000 a report), not only on the calls that need it.

/** The indexed entries one of whose groups has every term in the text. */
function possibleEntries(index: MentionIndex, text: string): ReadonlySet<Groups> {
  const present = new Set<string>();
  for (const hit of index.scan(text)) present.add(hit.term);
  const tried = new Set<Groups>();
  const possible = new Set<Groups>();
  const occurs = (word: string): boolean => present.has(word);
  for (const word of present) {
    for (const entry of index.openedBy.get(word) ?? []) {
      if (tried.has(entry)) continue;
      tried.add(entry);
      if (someGroupOccurs(entry, occurs)) possible.add(entry);
    }
  }
  return possible;
}

/** Groups the index does not hold, looked up in the text. */
const occursIn = (groups: Groups, text: string): boolean => someGroupOccurs(groups, (word) => text.includes(word));

export interface MentionOptions {
  /** every term of a group in one clause (not just one sentence) */
  clause?: boolean;
  /** phrases in which a term does not count (基层应急预案 for 基层应急) */
  exclude?: readonly string[];
}

/** The text with every excluded phrase blanked out (same length, so offsets hold). */
function masked(text: string, exclude: readonly string[]): string {
  let out = text;
  for (const phrase of exclude) out = out.replaceAll(phrase, ' '.repeat(phrase.length));
  return out;
}

/**
 * The shortest span holding one occurrence of every term of the group ('a|b' = either), inside
 * one clause when `clauses` are given; null when some term is missing.
 */
function tightest(text: string, group: readonly string[], clauses: readonly Span[] | null): Span | null {
  const hits = group.map((term) =>
    term.split('|').flatMap((alt) => {
      const out: Span[] = [];
      for (let i = text.indexOf(alt); i >= 0; i = text.indexOf(alt, i + 1)) out.push({ start: i, end: i + alt.length });
      return out;
    }),
  );
  if (hits.some((h) => h.length === 0)) return null;
  let best: Span | null = null;
  // anchored on each occurrence of the first term, every other term takes its nearest occurrence
  for (const anchor of hits[0]!) {
    const clause = clauses ? clauseAt(clauses as Span[], anchor.start) : null;
    let start = anchor.start;
    let end = anchor.end;
    let ok = true;
    for (const list of hits.slice(1)) {
      const fits = clause ? list.filter((h) => h.start >= clause.start && h.end <= clause.end) : list;
      const nearest = fits.sort((a, b) => distance(a, anchor) - distance(b, anchor))[0];
      if (!nearest) {
        ok = false;
        break;
      }
      start = Math.min(start, nearest.start);
      end = Math.max(end, nearest.end);
    }
    if (ok && (!best || end - start < best.end - best.start)) best = { start, end };
  }
  return best;
}

const distance = (a: Span, b: Span): number => Math.abs(a.start - b.start);

/** A presence fact from a mention: a denial where achievements are reported (尚未建立…) is a gap. */
export function presenceFact(id: string, mention: Mention, section: string | null): Fact {
  const status: FactStatus = mention.negated && mention.status === 'achieved' ? 'gap' : mention.status;
  return { id, value: true, unit: null, status, section, evidence: mention.evidence, derived: false };
}

/**
 * The presence facts of rules/presence.yaml (and a tailoring's) in a document, in text order:
 * each entry at most once per sentence, read from the sentence views the document stage built.
 */
export function extractPresence(doc: Document, lexicon: Lexicon): Fact[] {
  const facts: Fact[] = [];
  for (const sentence of doc.sentences) {
    // every entry of the lexicon is indexed: those the index rules out for a sentence are not tried
    const possible = possibleIn(sentence, lexicon);
    if (possible.size === 0) continue;
    const section = sentence.top === null ? null : (doc.sections[sentence.top]?.heading ?? null);
    for (const entry of lexicon.presence) {
      if (!possible.has(entry.mentions)) continue;
      const mention = mentionIn(doc, sentence, entry.mentions, lexicon, entry);
      if (mention) facts.push(presenceFact(entry.id, mention, section));
    }
  }
  return facts;
}

/** The lexicon with more presence entries (those a catalogue's own cue phrases ask for). */
export function withPresence(lexicon: Lexicon, extra: readonly PresenceEntry[]): Lexicon {
  return extra.length === 0 ? lexicon : { ...lexicon, presence: [...lexicon.presence, ...extra] };
}
