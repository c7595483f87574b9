/**
 * Presence facts: a mechanism or a piece of work the report says is in place (推行“双随机、一公开”
 * 监管, 开展重大决策风险评估), read from groups of cue words in one sentence. The entries live in
 * rules/presence.yaml, one per indicator checked by presence (and tailorings may add their own);
 * every one found is a fact like any other, so `duibiao facts` shows what a score rests on.
 */
import { sentenceIndexAt } from '../document/index.js';
import type { Document, Sentence, Span } from '../document/types.js';
import type { Lexicon } from './lexicon.js';
import type { PresenceEntry } from './presence-schema.js';
import type { Evidence, Fact, FactStatus } from './schema.js';
import { classifyStatus, isNegated } from './status.js';
import { alternativesOf, clauseAt, compile, mentionGroups, slogansIn, type Groups, type WordScanner } from './text.js';
import { NO_TIME_CHECK, timeToCheck, type TimeCheck } from '../util/time-check.js';

export interface Mention {
  evidence: Evidence;
  /** where the mention starts in the sentence's plain text */
  at: number;
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
 * With `clause`, every term of a group must stand in one clause; with `hidden`, a window may not start in a hidden clause.
 */
export function mentionIn(
  doc: Document,
  sentence: Sentence,
  groups: readonly (readonly string[])[],
  lexicon: Lexicon,
  options: MentionOptions = {},
): Mention | null {
  const index = mentionIndex(lexicon);
  const entry = index.entryIds.get(groups);
  // groups the lexicon does not hold (a test's) are split and looked up directly
  const split = entry === undefined ? groups.map((group) => group.map(alternativesOf)) : index.alternatives[entry]!;
  const may =
    entry === undefined ? split.some((group) => group.every((term) => termOccurs(sentence.plain, term))) : possibleIn(doc, sentence, index).includes(entry);
  if (!may || BREADCRUMB.test(sentence.plain)) return null;
  return mentionOf(doc, sentence, split, lexicon, options);
}

/** mentionIn, once the sentence may hold the groups and is no navigation trail. */
function mentionOf(doc: Document, sentence: Sentence, groups: readonly SplitGroup[], lexicon: Lexicon, options: MentionOptions): Mention | null {
  const text = withoutSlogans(
    withoutClausesHolding(options.exclude ? masked(sentence.plain, options.exclude) : sentence.plain, sentence, options.exclude_clause),
    lexicon,
  );
  // the text without the hidden clauses, made when a window first falls in one
  let shown: string | undefined;
  for (const group of groups) {
    const clauses = options.clause ? sentence.clauses : null;
    let window = tightest(text, group, clauses);
    if (window && options.hidden?.(window.start)) window = tightest((shown ??= withoutHidden(text, sentence, options.hidden)), group, clauses);
    if (!window) continue;
    const scope = { start: clauseAt(sentence.clauses, window.start).start, end: clauseAt(sentence.clauses, window.end).end };
    const last = clauseAt(sentence.clauses, window.end - 1);
    return {
      evidence: evidenceIn(doc, sentence, scope.start, scope.end),
      at: window.start,
      status: classifyStatus(doc, sentence, lexicon, sentence.map[window.start]),
      // a negation governs its own clause: 无纳入目录的事项,对3个事项开展了风险评估 denies no assessment
      negated: isNegated(sentence.plain, last.start, last.end, lexicon) || partDenied(sentence, options.parts, lexicon),
    };
  }
  return null;
}

/**
 * The cue words of every presence entry of a lexicon, found by the lexicon's one scan of a sentence
 * (compile(lexicon).scanner): an entry's groups can only match where each term of one group has an
 * alternative in the sentence, so the search for the tightest window runs only for the few entries
 * a sentence may hold, found from the words that open their groups (not by trying every entry on
 * every sentence). Words (by the scanner's numbers) and entries are numbered, so that a sentence's
 * reading allocates nothing but its list of entries.
 */
/** A group's terms, each as its alternatives ('a|b' split once, not on every sentence that may hold it). */
type SplitGroup = readonly (readonly string[])[];
interface MentionIndex {
  /** the lexicon's scanner: finds every alternative of every term, by its number */
  scanner: WordScanner;
  /** the entries' groups: the lexicon's presence entries first, in order, then its fact entries */
  entries: readonly Groups[];
  entryIds: ReadonlyMap<Groups, number>;
  /** per entry, its groups split */
  alternatives: readonly (readonly SplitGroup[])[];
  /** per entry, per group, per term: the ids of its alternatives */
  termWords: readonly (readonly (readonly number[])[])[][];
  /** per word: the entries an alternative of a group's first term may open */
  openedBy: readonly (readonly number[])[];
  /** per word, the sentence that found it last (see `reading`); per entry, the same, negated where the entry may match */
  wordSeen: Float64Array;
  entryTried: Float64Array;
  reading: number;
}
const mentionIndexes = new WeakMap<Lexicon, MentionIndex>();

function mentionIndex(lexicon: Lexicon): MentionIndex {
  let index = mentionIndexes.get(lexicon);
  if (!index) {
    const entries = mentionGroups(lexicon);
    const { scanner } = compile(lexicon);
    const wordIds = new Map(scanner.words.map((word, id) => [word, id]));
    const alternatives = entries.map((groups) => groups.map((group) => group.map(alternativesOf)));
    const termWords = alternatives.map((groups) => groups.map((group) => group.map((alts) => alts.map((word) => wordIds.get(word)!))));
    const openedBy: number[][] = scanner.words.map(() => []);
    termWords.forEach((groups, entry) => {
      for (const word of new Set(groups.flatMap((group) => group[0]!))) openedBy[word]!.push(entry);
    });
    index = {
      scanner,
      entries,
      entryIds: new Map(entries.map((groups, entry) => [groups, entry])),
      alternatives,
      termWords,
      openedBy,
      wordSeen: new Float64Array(wordIds.size),
      entryTried: new Float64Array(entries.length),
      reading: 0,
    };
    mentionIndexes.set(lexicon, index);
  }
  return index;
}

/** No entry: most sentences. */
const NONE: readonly number[] = [];

/** The entries (their ids, ascending) one of whose groups has every term among the `count` words the scanner found last. */
function possibleEntries(index: MentionIndex, count: number): readonly number[] {
  if (count === 0) return NONE;
  const reading = ++index.reading;
  const { scanner, wordSeen, openedBy, entryTried, termWords } = index;
  const { found } = scanner;
  for (let k = 0; k < count * 3; k += 3) wordSeen[found[k]!] = reading;
  // marked, then listed in order from the lowest to the highest marked: a sort copied the list
  let lowest = Infinity;
  let highest = -1;
  for (let k = 0; k < count * 3; k += 3) {
    for (const entry of openedBy[found[k]!]!) {
      if (entryTried[entry] === reading || entryTried[entry] === -reading) continue;
      const found = someGroupSeen(termWords[entry]!, wordSeen, reading);
      entryTried[entry] = found ? -reading : reading;
      if (!found) continue;
      if (entry < lowest) lowest = entry;
      if (entry > highest) highest = entry;
    }
  }
  if (highest < 0) return NONE;
  const possible: number[] = [];
  for (let entry = lowest; entry <= highest; entry++) if (entryTried[entry] === -reading) possible.push(entry);
  return possible;
}

/** Whether some group has every term (one of its alternatives) among the words seen in this reading. */
function someGroupSeen(groups: readonly (readonly (readonly number[])[])[], wordSeen: Float64Array, reading: number): boolean {
  for (const group of groups) {
    let every = true;
    for (const words of group) {
      let some = false;
      for (const word of words) if (wordSeen[word] === reading) some = true;
      if (!some) {
        every = false;
        break;
      }
    }
    if (every) return true;
  }
  return false;
}

/**
 * A document's sentences' entries, by sentence: kept by the facts stage's scan of each sentence
 * (scanSentence), else read once by whichever stage asks first (extractPresence alone). Kept per
 * source text and sentence object, not per document: the facts stage reads a copy of the document
 * with some pairs of sentences joined (continued-sentences.ts) that shares every other sentence with
 * the document extractPresence reads, and one scan of each serves both.
 */
interface PossibleCache {
  index: MentionIndex;
  bySentence: Map<Sentence, readonly number[]>;
}
const possibleCaches = new WeakMap<Document['source'], PossibleCache>();

function possibleCache(doc: Document, index: MentionIndex): PossibleCache {
  let cache = possibleCaches.get(doc.source);
  if (cache?.index !== index) possibleCaches.set(doc.source, (cache = { index, bySentence: new Map() }));
  return cache;
}

/** The indexed entries (their ids) one of whose groups has every term in the sentence. */
function possibleIn(doc: Document, sentence: Sentence, index: MentionIndex): readonly number[] {
  const at = sentenceIndexAt(doc, sentence.span.start);
  // a sentence built apart from its document (a test's) is read each time
  if (doc.sentences[at] !== sentence) return possibleEntries(index, index.scanner.scan(sentence.plain));
  return possibleAt(doc, at, index);
}

/** possibleIn for sentence `at` of the document. */
function possibleAt(doc: Document, at: number, index: MentionIndex): readonly number[] {
  const { bySentence } = possibleCache(doc, index);
  const sentence = doc.sentences[at]!;
  let possible = bySentence.get(sentence);
  if (possible === undefined) bySentence.set(sentence, (possible = possibleEntries(index, index.scanner.scan(sentence.plain))));
  return possible;
}

/**
 * The fact entries (their places in lexicon.facts, ascending) whose mentions sentence `at` of the
 * document may hold: most sentences hold none, and the presence pass tries no entry on them.
 */
export function mentionedFacts(doc: Document, at: number, lexicon: Lexicon): readonly number[] {
  const possible = possibleAt(doc, at, mentionIndex(lexicon));
  // the fact entries come after the presence entries in the index
  const first = lexicon.presence.length;
  if (possible.length === 0 || possible[possible.length - 1]! < first) return NONE;
  const facts: number[] = [];
  for (const id of possible) if (id >= first) facts.push(id - first);
  return facts;
}

/**
 * Scans sentence `at` of the document for every word of the lexicon, and keeps the entries it may
 * hold for mentionIn and extractPresence: the facts stage's one scan of a sentence serves both.
 * Returns how many words it found, in compile(lexicon).scanner.found.
 */
export function scanSentence(doc: Document, at: number, lexicon: Lexicon): number {
  const index = mentionIndex(lexicon);
  const cache = possibleCache(doc, index);
  const sentence = doc.sentences[at]!;
  const count = index.scanner.scan(sentence.plain);
  cache.bySentence.set(sentence, possibleEntries(index, count));
  return count;
}

function termOccurs(text: string, alternatives: readonly string[]): boolean {
  for (const alt of alternatives) if (text.includes(alt)) return true;
  return false;
}

export interface MentionOptions {
  /** every term of a group in one clause (not just one sentence) */
  clause?: boolean;
  /** phrases in which a term does not count (基层应急预案 for 基层应急) */
  exclude?: readonly string[];
  /** words that void every term in their clause (寺管会 for 法治培训班) */
  exclude_clause?: readonly string[];
  /** the parts of the mechanism (执法公示, 全过程记录, 法制审核): a clause that denies one denies the whole */
  parts?: readonly string[];
  /**
   * whether a mention starting at an offset tells none of the body's acts (a clause of another period's or a superior's): the
   * group is looked for again without such clauses, and another group may still be the body's (去年报告中提出的“…报告一律
   * 公开”,今年已经实现:2023年度报告已…公开)
   */
  hidden?: (at: number) => boolean;
}

/**
 * Whether a clause of the sentence denies a part of the mechanism named before the denial (执法公示…已落实,重大执法决定
 * 法制审核制度尚未建立): the mechanism is not in place as a whole, however another clause names it.
 */
function partDenied(sentence: Sentence, parts: readonly string[] | undefined, lexicon: Lexicon): boolean {
  if (parts === undefined || parts.length === 0) return false;
  for (const { start, end } of sentence.clauses) {
    // the part named first, then denied (…法制审核制度尚未建立); not a negation before it (没有专职法制审核人员: its staff)
    for (const part of parts) {
      const at = sentence.plain.indexOf(part, start);
      if (at >= 0 && at + part.length <= end && isNegated(sentence.plain, at + part.length, end, lexicon)) return true;
    }
  }
  return false;
}

/** The text with every clause of the sentence that holds one of `words` blanked out (same length, so offsets hold). */
function withoutClausesHolding(text: string, sentence: Sentence, words: readonly string[] | undefined): string {
  if (!words) return text;
  let out = text;
  for (const { start, end } of sentence.clauses) {
    const clause = sentence.plain.slice(start, end);
    if (words.some((word) => clause.includes(word))) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  return out;
}

/** The text with every clause `hidden` says is none of the body's blanked out (same length, so offsets hold). */
function withoutHidden(text: string, sentence: Sentence, hidden: (at: number) => boolean): string {
  let out = text;
  for (const { start, end } of sentence.clauses) if (hidden(start)) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}

/** The text with every slogan blanked out (“述法全覆盖 法治进万家”宣传标语 puts no 述法 in place; same length, so offsets hold). */
function withoutSlogans(text: string, lexicon: Lexicon): string {
  let out = text;
  for (const { start, end } of slogansIn(text, compile(lexicon))) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}

/** The text with every excluded phrase blanked out (same length, so offsets hold). */
function masked(text: string, exclude: readonly string[]): string {
  let out = text;
  for (const phrase of exclude) out = out.replaceAll(phrase, ' '.repeat(phrase.length));
  return out;
}

/**
 * The shortest span holding one occurrence of every term of the group ('a|b' = either), inside
 * one clause when `clauses` are given; null when some term is missing. Anchored on each
 * occurrence of the first term, every other term takes its nearest occurrence (the first found, of
 * its alternatives in order, at equal distance), and the first narrowest window wins. Occurrences
 * are found anew per anchor rather than listed: most terms occur once or twice in a sentence.
 */
function tightest(text: string, group: SplitGroup, clauses: readonly Span[] | null): Span | null {
  for (const term of group) if (!termOccurs(text, term)) return null;
  let best: Span | null = null;
  for (const first of group[0]!) {
    for (let anchor = text.indexOf(first); anchor >= 0; anchor = text.indexOf(first, anchor + 1)) {
      const clause = clauses ? clauseAt(clauses as Span[], anchor) : null;
      let start = anchor;
      let end = anchor + first.length;
      let ok = true;
      for (let t = 1; t < group.length; t++) {
        let nearest = -1;
        let nearestEnd = -1;
        for (const alt of group[t]!) {
          for (let i = text.indexOf(alt); i >= 0; i = text.indexOf(alt, i + 1)) {
            if (clause && (i < clause.start || i + alt.length > clause.end)) continue;
            if (nearest < 0 || Math.abs(i - anchor) < Math.abs(nearest - anchor)) {
              nearest = i;
              nearestEnd = i + alt.length;
            }
          }
        }
        if (nearest < 0) {
          ok = false;
          break;
        }
        start = Math.min(start, nearest);
        end = Math.max(end, nearestEnd);
      }
      if (ok && (!best || end - start < best.end - best.start)) best = { start, end };
    }
  }
  return best;
}

/** A presence fact from a mention: a denial where achievements are reported (尚未建立…) is a gap. */
export function presenceFact(id: string, mention: Mention, section: string | null): Fact {
  const status: FactStatus = mention.negated && mention.status === 'achieved' ? 'gap' : mention.status;
  return { id, value: true, unit: null, status, section, evidence: mention.evidence, derived: false };
}

/**
 * The presence facts of rules/presence.yaml (and a tailoring's) in a document, in text order:
 * each entry at most once per sentence, read from the sentence views the document stage built.
 */
export function extractPresence(doc: Document, lexicon: Lexicon, checkTime: TimeCheck = NO_TIME_CHECK): Fact[] {
  const facts: Fact[] = [];
  const index = mentionIndex(lexicon);
  for (let at = 0; at < doc.sentences.length; at++) {
    if (timeToCheck(at)) checkTime();
    const sentence = doc.sentences[at]!;
    // every entry of the lexicon is indexed: those the index rules out for a sentence are not tried
    const possible = possibleAt(doc, at, index);
    if (possible.length === 0 || BREADCRUMB.test(sentence.plain)) continue;
    const section = sentence.top === null ? null : (doc.sections[sentence.top]?.heading ?? null);
    // the presence entries come first in the index, in lexicon order
    for (const id of possible) {
      const entry = lexicon.presence[id];
      if (!entry) break;
      const mention = mentionOf(doc, sentence, index.alternatives[id]!, lexicon, entry);
      if (mention) facts.push(presenceFact(entry.id, mention, section));
    }
  }
  return facts;
}

/**
 * The lexicon with more presence entries (those a catalogue's own cue phrases ask for), its other properties
 * copied as they are: the package's lexicon reads its examples on first use (lexicon.ts), and a spread would read them.
 */
export function withPresence(lexicon: Lexicon, extra: readonly PresenceEntry[]): Lexicon {
  if (extra.length === 0) return lexicon;
  const presence = { value: [...lexicon.presence, ...extra], enumerable: true, writable: true, configurable: true };
  return Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(lexicon), presence }) as Lexicon;
}
