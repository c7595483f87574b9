/** Small helpers over one sentence: clauses, term occurrences, the lexicon's compiled regexes. */
import type { Span } from '../document/types.js';
import { blanksAnd } from '../document/text.js';
import { GAP, impliedGapsRegex, impliedRegex, type FactEntry, type Frame, type Lexicon } from './lexicon.js';
import { compiledNow, matchesOf, matchSpans } from '../util/matches.js';

/** How long a label set off by a full stop may be (全市行政执法人员): sentence-joining and the passes read labels alike. */
export const MAX_LABEL = 10;

export { clauses } from '../document/sentences.js';

// clauseAt and containsAny run thousands of times a report: loops, not closures made on each call
export function clauseAt(spans: Span[], offset: number): Span {
  const k = clauseIndexAt(spans, offset);
  // spans[-1] read out of bounds: that threw away the caller's optimised code once a worker
  return k >= 0 ? spans[k]! : spans[spans.length - 1]!;
}

/** A count and its measure closing a clause (审核决策草案6件, 文件15件). */
export const COUNTED = String.raw`(?:\d[\d.,]*|[〇零一二两三四五六七八九十百千万]+)(?:余|多)?(?:人次|学时|[件人名次期项份个场家条批起宗台])\s*$`;
/** An object of a few words and its count, alone in a clause (文件15件): an item of a list of counted objects. */
export const LISTED_OBJECT = new RegExp(String.raw`^\s*[^\d,;:。]{1,8}?` + COUNTED);
/** A clause ending in a count and its measure (审核决策草案6件). */
export const COUNTED_END = new RegExp(COUNTED);
/** How many objects with their counts alone may follow the verb's counted clause in a list (…6件,合同102件,文件15件). */
export const MAX_LISTED_OBJECTS = 4;

/** Whether `s` lies inside [from, to]. */
export const isWithin = (s: Span, from: number, to: number): boolean => s.start >= from && s.end <= to;

/** Whether one of `spans` lies inside [from, to]. */
export function anyWithin(spans: readonly Span[], from: number, to: number): boolean {
  for (const s of spans) if (isWithin(s, from, to)) return true;
  return false;
}

/** Those of `spans` inside [from, to], in their order. */
export function spansWithin<T extends Span>(spans: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (const s of spans) if (isWithin(s, from, to)) out.push(s);
  return out;
}

/** The asides in [from, to] of `text`, read from left to right, each from where the one before it ends. */
export function asidesWithin(text: string, from: number, to: number, asides: AsideReader): Span[] {
  const out: Span[] = [];
  for (let at = asides.next(text, from); at >= 0 && at < to; at = asides.next(text, at)) {
    const end = asides.end(text, at, to);
    if (end > at) {
      out.push({ start: at, end });
      at = end;
    } else at++;
  }
  return out;
}

/** Where the lexicon's asides open and end (asideReader). */
export interface AsideReader {
  end: (text: string, at: number, end: number) => number;
  next: (text: string, from: number) => number;
}

/** Whether `s` lies inside one of `spans`. */
export function insideSome(s: Span, spans: readonly Span[]): boolean {
  for (const t of spans) if (isWithin(s, t.start, t.end)) return true;
  return false;
}

/** Whether one of `hits` is one of `terms`. */
export function namesAny(hits: readonly TermHit[], terms: TermSet): boolean {
  for (const h of hits) if (terms[h.id] === 1) return true;
  return false;
}

/** The index of the clause that holds `offset`, or -1. */
export function clauseIndexAt(spans: readonly Span[], offset: number): number {
  for (let k = 0; k < spans.length; k++) if (offset >= spans[k]!.start && offset <= spans[k]!.end) return k;
  return -1;
}

/** Where the last occurrence of any of `words` inside [from, to) of `text` starts, or -1 (read in place: this runs per number). */
export function lastWithin(text: string, words: readonly string[], from: number, to: number): number {
  let last = -1;
  for (const word of words) {
    if (to - word.length < from) continue;
    const at = text.lastIndexOf(word, to - word.length);
    if (at >= from && at > last) last = at;
  }
  return last;
}

/** Whether `text` starts with one of `words`. */
export function startsWithAny(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w)) return true;
  return false;
}

/**
 * Words by the characters they end with (`single`: the one-character words; `longer`: the others by their
 * last character, then the one before it), and by the one they start with. Most places follow no word's
 * last character, and those that do mostly not its last two: of 108 negators, 36 end in 发.
 */
interface EndingIndex {
  single: ReadonlySet<number>;
  longer: ReadonlyMap<number, ReadonlyMap<number, readonly string[]>>;
  byFirst: ReadonlyMap<number, readonly string[]>;
  longest: number;
}
function endingIndex(words: readonly string[]): EndingIndex {
  const single = new Set<number>();
  const longer = new Map<number, Map<number, string[]>>();
  const byFirst = new Map<number, string[]>();
  const add = <K>(map: Map<K, string[]>, key: K, word: string): void => void map.set(key, [...(map.get(key) ?? []), word]);
  for (const word of words) {
    add(byFirst, word.charCodeAt(0), word);
    const last = word.charCodeAt(word.length - 1);
    if (word.length === 1) single.add(last);
    else {
      if (!longer.has(last)) longer.set(last, new Map());
      add(longer.get(last)!, word.charCodeAt(word.length - 2), word);
    }
  }
  return { single, longer, byFirst, longest: Math.max(0, ...words.map((word) => word.length)) };
}

/**
 * endsWithAny of the indexed words, comparing only those that end in the two characters before `at`. As
 * there, a word longer than the text before `at` is compared with the text's start (startsWith at a place
 * before 0 reads from 0): near the start those that open the text are compared too.
 */
function endsWithOneOf({ single, longer, byFirst, longest }: EndingIndex, text: string, at: number): boolean {
  const opening = at < longest && text.length > 0 ? byFirst.get(text.charCodeAt(0)) : undefined;
  if (opening !== undefined) for (const word of opening) if (word.length > at && text.startsWith(word)) return true;
  if (at < 1) return false;
  const last = text.charCodeAt(at - 1);
  if (single.has(last)) return true;
  const ending = at < 2 ? undefined : longer.get(last)?.get(text.charCodeAt(at - 2));
  return ending !== undefined && endsWithAny(text, at, ending);
}

/** Whether one of `words` ends right at `at` of `text` (a loop: a closure over `at` would cost an object per call). */
function endsWithAny(text: string, at: number, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w, at - w.length)) return true;
  return false;
}

/** Every occurrence of `term` in `text`. */
export function occurrences(text: string, term: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) out.push({ start: i, end: i + term.length });
  return out;
}

/** A title: 《…》 names a document (a law, a plan), whose words say nothing of what was done. */
export const TITLE = /《[^《》]*》/g;

export function containsAny(text: string, terms: readonly string[]): boolean {
  for (const t of terms) if (text.includes(t)) return true;
  return false;
}

/** Whether `text` holds a word of every one of `groups` (an entry's topic): true when there are none. */
export function containsEach(text: string, groups: readonly (readonly string[])[]): boolean {
  for (const group of groups) if (!containsAny(text, group)) return false;
  return true;
}

export const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Tests whether a string (or its part [start, end)) is made of the given literal words only (and blanks in between). */
export interface WordRun {
  test(text: string, start?: number, end?: number): boolean;
}

/**
 * A word run, tested in time linear in the string: which prefixes can be made of the words, from
 * left to right. The regex `^(?:a|ab|b)*$` did the same with backtracking, exponential in a long
 * run of overlapping words that fails at its end (共计共计…共计乙 took minutes). A part is tested
 * in place (no copy); one that opens with neither a word nor a blank nor an aside, as most gaps
 * between two words of a sentence do, is refused at once, and the reading stops where no word or
 * blank goes on (a long gap that opens with a list word, as between two cues far apart, costs its
 * opening only). A blank is whitespace or one of `blanksBesides`, read off a table by code unit (not
 * by a regex run at each character of the part); `aside`, when given, finds where a
 * part that may stand anywhere, as a blank does, ends when it opens at `at` (-1 when none does).
 */
export function wholeOf(words: readonly string[], blanksBesides = '', aside?: (text: string, at: number, end: number) => number): WordRun {
  const byFirst = new Map<number, string[]>();
  for (const word of new Set(words)) {
    if (word === '') continue;
    const first = word.charCodeAt(0);
    const opening = byFirst.get(first);
    if (opening) opening.push(word);
    else byFirst.set(first, [word]);
  }
  const blanks = blanksAnd(blanksBesides);
  const isBlank = (text: string, at: number): boolean => blanks[text.charCodeAt(at)] === 1;
  // the places of the part a test has reached, marked with that test's number: one buffer serves
  // every test (this runs for pairs of cues and for every cue and number), none is cleared
  let reached = new Float64Array(64);
  let tests = 0;
  return {
    test(text: string, start = 0, end = text.length): boolean {
      if (end <= start) return true;
      if (!byFirst.has(text.charCodeAt(start)) && !isBlank(text, start) && !(aside && aside(text, start, end) > start)) return false;
      const length = end - start;
      if (reached.length <= length) reached = new Float64Array(2 * (length + 1));
      const mark = ++tests;
      reached[0] = mark;
      let furthest = 0;
      for (let i = start; i < end; i++) {
        const at = i - start;
        // nothing reached from here on: the run broke off before
        if (at > furthest) return false;
        if (reached[at] !== mark) continue;
        if (isBlank(text, i)) {
          reached[at + 1] = mark;
          furthest = Math.max(furthest, at + 1);
        }
        const after = aside ? aside(text, i, end) : -1;
        if (after > i) {
          reached[after - start] = mark;
          furthest = Math.max(furthest, after - start);
        }
        const opening = byFirst.get(text.charCodeAt(i));
        if (opening === undefined) continue;
        for (const word of opening) {
          if (i + word.length > end || !text.startsWith(word, i)) continue;
          reached[at + word.length] = mark;
          furthest = Math.max(furthest, at + word.length);
        }
      }
      return reached[length] === mark;
    },
  };
}

export interface ImpliedPattern {
  re: RegExp;
  value: number | true | string;
  /** groups of words: every match holds a word of each (requiredGroups) */
  groups: readonly (readonly string[])[];
  /** the pattern with its gaps as named groups (impliedGapsRegex); null when it has none */
  gaps: RegExp | null;
}

/** An implied pattern with the entry it states a value of. */
export interface EntryPattern {
  entry: CompiledEntry;
  pattern: ImpliedPattern;
}

export interface CompiledEntry {
  entry: FactEntry;
  /** what may stand between a cue and its number */
  gap: WordRun;
  implied: ImpliedPattern[];
  /** topic as groups: one word of every group must occur */
  topics: string[][];
  /** anchored at the start of the clause after the number */
  confirmedBy: RegExp[];
  /** the distractors that still count where the clause after the number vouches for it */
  vouchedExclude: readonly string[];
  /** a modifier of the cue saying the people counted hold the post's papers (qualified_by, any of them); null for none */
  qualifiedBy: RegExp | null;
  /** the entry's `exclude_patterns` as one regex; null for none */
  excludePattern: RegExp | null;
  /** a kind of `implied_kinds` ending a few characters before where a text ends, in its sentence; null for none */
  impliedKind: RegExp | null;
  /** words around a distractor of `exclude` by which it names no act of the clause (拟出台的, 出台之前) */
  notActs: NotActs;
  /** a modifier of what a clause counts (对…的), in which a distractor names no act when a cue follows it */
  objectModifier: RegExp;
}

/** How many characters an implied statement may stand after the kind it speaks of (涉农行政应诉案件均胜诉,无一败诉). */
const IMPLIED_KIND_REACH = 24;

/** A frame ready for matching: its required concept groups in a fixed order. */
export interface CompiledFrame {
  entry: FactEntry;
  frame: Frame;
  /** the non-empty groups among subject, action, object */
  groups: { kind: FrameGroup; terms: TermSet }[];
  measure: ReadonlySet<string>;
  exclude: TermSet;
  /** its entry's `exclude_patterns` (CompiledEntry.excludePattern): a clause they match reads no figure by the frame either */
  excludePattern: RegExp | null;
}

type FrameGroup = 'subject' | 'action' | 'object';
const FRAME_GROUPS: readonly FrameGroup[] = ['subject', 'action', 'object'];

/**
 * Some of the term words, by their numbers (TermHit.id): 1 for a word it holds. The frames read
 * every word of a sentence against their sets, and a Set of the words' text hashed each one.
 */
export type TermSet = Uint8Array;

/** A frame term found in a sentence. */
export interface TermHit extends Span {
  term: string;
  /** the word's number in the lexicon's scanner, by which what it is is read (CompiledLexicon.terms) */
  id: number;
}

/** The words of the frames, found in a sentence by the lexicon's one scan (see CompiledLexicon.scanner). */
export interface FrameWords {
  /** every word of every frame, and their exclusions */
  words: ReadonlySet<string>;
  /** the measure words any frame accepts */
  measures: ReadonlySet<string>;
  /** the subject and exclusion words of all frames: a part of a clause that names one has its own subject */
  subjects: TermSet;
  /** the subject words of all frames alone (常务会议): a clause that names one continues no other subject */
  frameSubjects: TermSet;
  /** the action words of all frames */
  actions: TermSet;
  /** per object word of a frame (what it was about), the measure words of the frames that hold it */
  measuresOf: ReadonlyMap<string, ReadonlySet<string>>;
  /** per exclusion word of a frame, the measure words of the frames that exclude it */
  excludedIn: ReadonlyMap<string, ReadonlySet<string>>;
  /** per subject word of a frame, the measure words of the frames that hold it */
  subjectMeasures: ReadonlyMap<string, ReadonlySet<string>>;
}

/** An entry a cue word belongs to; `order` ranks entry, then cue, as the lexicon lists them. */
export interface CueOwner {
  compiled: CompiledEntry;
  order: number;
}

/**
 * What each term word is, by its number in the lexicon's scanner (the term words are numbered
 * first, and every list here has one place per term word): every word of every sentence is read
 * for it, by number, where a lookup by its text cost a hash each time.
 */
export interface TermRoles {
  /** the (non-presence) entries a cue word belongs to, in lexicon order; undefined for other words */
  owners: readonly (readonly CueOwner[] | undefined)[];
  /** 1 for a cue word (one with owners) */
  cue: TermSet;
  /** 1 for a frame word (FrameWords.words) */
  frame: TermSet;
  /** each cue word's entries, by the word (a short form read as the word it shortens: cues.ts) */
  byWord: ReadonlyMap<string, readonly CueOwner[]>;
}

/**
 * Which of a list of items, each of which needs a word of every one of its groups, the words of a
 * sentence can meet: read from the term hits of the lexicon's one scan, with no search of the text
 * (a frame's subject, action and object; the word groups of an implied pattern's every match).
 */
export interface Screen<T> {
  /** the items every group of which has a word among `hits`, in their order */
  met(hits: readonly TermHit[]): readonly T[];
  /** the same among the `count` words of a scan's `found` (WordScanner): read in place, with no term hit made */
  metAmong(found: Int32Array, count: number): readonly T[];
}

export interface CompiledLexicon {
  entries: CompiledEntry[];
  /**
   * every word a sentence is read for, found in one scan of it: the cue words, frame words and
   * words an implied pattern requires (the term words: see TermRoles), then the alternatives of
   * the entries' mention terms (presence.ts); each reader takes its own words
   */
  scanner: WordScanner;
  terms: TermRoles;
  factFrames: CompiledFrame[];
  frameWords: FrameWords;
  /** the frames a sentence's words may fill */
  frameScreen: Screen<CompiledFrame>;
  /** a modifier of what a clause counts (对…的: lexicon object_modifiers), global; the entries share it */
  objectModifier: RegExp;
  /** the implied patterns, with their entries, in the lexicon's order, that a sentence's words may match */
  impliedScreen: Screen<EntryPattern>;
  /** where an aside of the lexicon (asides: a gloss, a deadline, 经…研究) opening at a position ends, within `end` (-1 where none opens), and where the next may open */
  asides: AsideReader;
  /** a negator right before a position: 不予(受理), 尚未(开展) */
  negated: (text: string, at: number) => boolean;
  byId: Map<string, CompiledEntry>;
  derive: Lexicon['derive'];
  /** per derived rate, its name with a figure left blank (出庭应诉率××%): the report leaves it to be filled in */
  blankRates: Map<string, RegExp>;
  /** the rates read from a whole and its part (55件中有7件被依法纠正), each with its part's acts, not denied right before (不合格) */
  shares: { entry: CompiledEntry; act: RegExp }[];
  /** a part's clause saying one person did it (县长出庭应诉2件: rules/passes.yaml derivation.one_person); null when none is written */
  onePerson: RegExp | null;
  /**
   * the plan markers with the years after the one reported on ({later}; and 今 of 今年 in a text said after it: `spokenAfter`)
   * and that year ({year}) written in, once per year and voice;
   * `any`: whether any occurs in a clause; `inSentence`: whether any occurs in a whole sentence (most sentences have none,
   * and need no clause-by-clause reading), a marker's clause anchors (^2025年$) read at the sentence's clause breaks
   */
  planIn: (year: number | null, spokenAfter?: boolean) => { plan: RegExp[]; any: RegExp; inSentence: RegExp; leadCue: RegExp };
  /** what opens an item's paragraph under a plan's lead (rules/status.yaml plan_lead items: (一)…, 1.…, 一是…) */
  leadItem: RegExp;
  /** the last word of a thing's name in a list (rules/status.yaml names: …改造计划等4项), global: no intention */
  names: RegExp;
  done: RegExp[];
  /** a target stated with its figure (目标4次), and what opens a clause after one to say what was done against it (完成5次) */
  target: { marker: RegExp; outcome: RegExp };
  /** a clause that only names a superior's requirement (按照市里要求): a bound in the clause after it states that requirement */
  requirementLead: RegExp;
  /** someone's demand (省里要求): a bound after it in its clause states a requirement named as such */
  requirementDemand: RegExp;
  /** requirementDemand, global: every demand of a text in turn */
  requirementDemandEvery: RegExp;
  /** a clause opening with a demand that a figure be reached (第66项要求出庭应诉率达到100%), up to that figure */
  requirementReached: RegExp;
  /** a clause opening with a word of the whole year after a per-period rule kept (…每季度至少学法1次,全年会前学法6次) */
  requirementYearCount: RegExp;
  /** the done markers as one alternation: most clauses hold none, which one search says */
  anyDone: RegExp;
  /** the negation markers as one alternation: whether any occurs is one search, not one per marker */
  negation: RegExp;
  bounds: string[];
  frames: string[];
  nouns: string[];
  /** a target quoted and named as one, with its naming words (省里要求“…”, “…”的要求, 年度目标(…)), global */
  quotedTarget: RegExp;
  /** what, right after a quoted target, says it was done in the year (…”目标,今年已全面完成), sticky */
  targetDone: RegExp;
  /** the set phrases, quoted sayings and slogans whose numerals count nothing (rules/facts.yaml set_phrases, sayings, slogans) */
  setPhrase: RegExp;
  /** a count of the parts a piece of work is divided into (三个环节, 4个方面: rules/facts.yaml counted_parts), its numeral and 个 */
  countedPart: RegExp;
  /** quotations named a slogan (rules/facts.yaml slogans), global: nothing in them is a fact */
  slogan: RegExp;
}

const compiledCache = new WeakMap<Lexicon, CompiledLexicon>();

/** The slogans of a sentence (“…”宣传标语): only a sentence with a quotation may hold one. */
export function slogansIn(text: string, compiled: CompiledLexicon): Span[] {
  return text.includes('“') ? matchSpans(compiled.slogan, text) : [];
}

/** The share done of a target named before it: 的82.8%. */
export const TARGET_SHARE = '的\\d+(?:\\.\\d+)?%';

/** What a bracket right after a figure says before its own figure when it states that figure's target: 年度计划, 目标为. */
export function targetBracketLead({ scopes, words, links }: Lexicon['status']['quoted_target']['opens_bracket']): string {
  const any = (terms: readonly string[]): string => terms.map(escape).join('|') || '(?!)';
  return `(?:${any(scopes)})?(?:${any(words)})(?:${any(links)})?`;
}

/**
 * A quotation (no other quotes inside, a sentence's length at most) named a target by the words around it,
 * a bracket right after a target's name, which states it (超过年度目标(会前学法12次)), unless it holds its year alone, or a figure named a
 * target of which a share is said done (完成全年1.5万件目标任务的82.8%).
 */
function quotedTargetOf({ before, after, unquoted, bracketed, share_of, opens_bracket }: Lexicon['status']['quoted_target']): RegExp {
  const quote = '“[^“”]{1,120}”';
  // (not a bracket that names the target's year alone: 目标(2026年): labels the targets after it)
  const bracket = `(?:${bracketed.map(escape).join('|')})\\((?!\\d{4}年度?\\))[^()“”]{1,60}\\)`;
  // a bracket right after a figure and its unit, opening with a target's name and its figure (196人(年度计划180人));
  // the bracket first, what stands before it looked behind: a pattern opening with a lookbehind is tried everywhere
  const opened = `\\((?<=[\\d%][^\\d()]{0,3}\\()${targetBracketLead(opens_bracket)}\\d[^()“”]{0,10}\\)`;
  // a figure and its unit, then the target's name and the share done of it
  const figure = '(?:\\d+(?:\\.\\d+)?万?|[〇零一二两三四五六七八九十百千万]+)';
  const share = `${figure}[^\\d,;:。!?“”()]{0,6}?(?:${share_of.map(escape).join('|')})(?=${TARGET_SHARE})`;
  // a target named by who set it, unquoted: what was set, its figure and the target's name right after it
  // (年初确定的负责人出庭应诉率90%目标); not a figure said reached (达到97.2%的目标)
  const named = `(?:${before.map(escape).join('|')})的[^\\d,;:。!?“”()]{1,16}?${figure}[^\\d,;:。!?“”()]{0,3}?(?:${unquoted.map(escape).join('|')})`;
  return new RegExp(
    `(?:${before.map(escape).join('|')})的?${quote}|${quote}的[^\\d,;:。!?“”]{0,4}?(?:${after.map(escape).join('|')})|${bracket}|${share}|${opened}|${named}`,
    'g',
  );
}

/** The target's name after its quotes (的, 目标), a clause break, then a word saying it was done (今年已全面完成): sticky. */
function targetDoneOf({ after, done_after }: Lexicon['status']['quoted_target']): RegExp {
  if (done_after.length === 0) return /(?!)/y;
  return new RegExp(`的?(?:${after.map(escape).join('|')})?[,，\\s]*(?:${done_after.map((d) => `(?:${d})`).join('|')})`, 'y');
}

/** What ends a clause inside a sentence (document/sentences.ts clauses, less its exceptions, which only widen a screen). */
const CLAUSE_BREAK = '[,;:。!?|]';

/**
 * A clause's pattern read on its whole sentence, for a test only: an anchor at its start (^, also after an alternative's
 * bar or a group's bracket) holds after a clause break too, one at its end ($ before a bar, a bracket or the end) before
 * one. The pattern's own opening anchor takes the break in (a test asks only whether it matches): a lookbehind opening a
 * pattern is tried at every position of every sentence, five times the time of all the other markers together.
 */
const clauseAnchored = (source: string): string =>
  source
    .replace(/^\^/, `(?:^|${CLAUSE_BREAK})`)
    .replace(/([(|])\^/g, `$1(?<=^|${CLAUSE_BREAK})`)
    .replace(/(?<!\\)\$(?=$|[|)])/g, `(?=$|${CLAUSE_BREAK})`);

/** How many years ahead a plan marker's {later} reaches (制定了2022年度学法计划 in a 2021 report). */
const LATER_YEARS = 5;

/**
 * The asides of the lexicon (rules/facts.yaml `asides`: a gloss, a deadline): `end`, where one that opens at `at` ends,
 * within `end`, -1 where none opens (the first pattern that matches there is taken); `next`, the first position from
 * `from` on where one may open (some pattern matches there, whatever its end), -1 for none. Most positions open none:
 * one search of all the patterns together says so, not one per pattern and position.
 */
function asideReader(patterns: readonly string[]): AsideReader {
  const asides = patterns.map((p) => new RegExp(p, 'y'));
  // a pattern's numbered backreference would point elsewhere among the others: then each is tried alone
  const together = patterns.some((p) => /\\[1-9k]/.test(p)) ? null : patterns.map((p) => `(?:${p})`).join('|') || '(?!)';
  const opensAt = together === null ? null : new RegExp(together, 'y');
  const opening = together === null ? null : new RegExp(together, 'g');
  return {
    end: (text, at, end) => {
      if (opensAt) {
        opensAt.lastIndex = at;
        if (!opensAt.test(text)) return -1;
      }
      for (const aside of asides) {
        aside.lastIndex = at;
        if (aside.test(text) && aside.lastIndex <= end) return aside.lastIndex;
      }
      return -1;
    },
    next: (text, from) => {
      if (!opening) return from < text.length ? from : -1;
      opening.lastIndex = from;
      return opening.exec(text)?.index ?? -1;
    },
  };
}

export function compile(lexicon: Lexicon): CompiledLexicon {
  let compiled = compiledCache.get(lexicon);
  if (compiled) return compiled;
  // most entries add no context words of their own: one word run serves all that share their words
  const gaps = new Map<string, WordRun>();
  const asides = asideReader([...lexicon.asides, ...lexicon.listCounts]);
  const gapOf = (context: readonly string[]): WordRun => {
    const key = context.join('\n');
    let gap = gaps.get(key);
    // besides the words: blanks, a table's cell border, a label's colon (政府信息公开申请:受理643件)
    if (!gap) gaps.set(key, (gap = wholeOf([...lexicon.context, ...context], '|:', asides.end)));
    return gap;
  };
  const objectModifier = new RegExp(lexicon.objectModifiers.map((m) => `(?:${m})`).join('|') || '(?!)', 'g');
  const entries = lexicon.facts.map((entry) => ({
    entry,
    gap: gapOf(entry.context),
    implied: entry.implied.map((i) => ({ re: impliedRegex(i.pattern), value: i.value, groups: i.groups, gaps: impliedGapsRegex(i.pattern) })),
    topics: topicGroups(entry.topic),
    confirmedBy: entry.confirmed_by.map((c) => new RegExp(c.replaceAll('…', GAP))),
    vouchedExclude: entry.exclude.filter((w) => !entry.confirmed_despite.includes(w)),
    qualifiedBy: entry.qualified_by.length > 0 ? new RegExp(entry.qualified_by.map((c) => `(?:${c.replaceAll('…', GAP)})`).join('|')) : null,
    excludePattern: entry.exclude_patterns.length > 0 ? new RegExp(entry.exclude_patterns.map((p) => `(?:${p.replaceAll('…', GAP)})`).join('|')) : null,
    impliedKind:
      entry.implied_kinds.length > 0
        ? new RegExp(`(?:${entry.implied_kinds.map((p) => `(?:${p.replaceAll('…', GAP)})`).join('|')})[^。;!?]{0,${IMPLIED_KIND_REACH}}$`)
        : null,
    notActs: { after: lexicon.notActsAfter, before: lexicon.notActsBefore, reviewed: lexicon.reviewedBefore, timed: lexicon.deniedActs },
    objectModifier,
  }));
  const regexes = (sources: string[]): RegExp[] => sources.map((s) => new RegExp(s.replaceAll('…', GAP), 'g'));
  const frameList = entries.flatMap(({ entry, excludePattern }) => entry.frames.map((frame) => ({ entry, frame, excludePattern })));
  // a negator before an act of making denies the cue after the act too (未出台规范性文件: none to count)
  const negators = [...lexicon.negators, ...lexicon.negators.flatMap((n) => lexicon.deniedActs.map((act) => n + act))].sort((a, b) => b.length - a.length);
  const negatorsEnding = endingIndex(negators);
  const anyOf = (res: readonly RegExp[]): RegExp => new RegExp(res.map((re) => `(?:${re.source})`).join('|') || '(?!)');
  const plans = new Map<string, { plan: RegExp[]; any: RegExp; inSentence: RegExp; leadCue: RegExp }>();
  const planIn = (year: number | null, spokenAfter = false): { plan: RegExp[]; any: RegExp; inSentence: RegExp; leadCue: RegExp } => {
    const key = `${year}${spokenAfter ? '+' : ''}`;
    let found = plans.get(key);
    if (!found) {
      // in a text said after the year reported on (a speech of the next spring) its 今年 is a later year too
      const years = year === null ? [] : Array.from({ length: LATER_YEARS }, (_, k) => String(year + 1 + k));
      const later = year === null ? '(?!)' : [...years, ...(spokenAfter ? ['今'] : [])].join('|');
      const inYear = (s: string) => s.replaceAll('{later}', `(?:${later})`).replaceAll('{year}', year === null ? '(?!)' : String(year));
      const plan = regexes([...lexicon.status.plan, ...lexicon.status.target.markers].map(inYear));
      found = {
        plan,
        // tested on every clause and sentence that states a value, and large: machine code at once
        any: compiledNow(anyOf(plan)),
        inSentence: compiledNow(anyOf(plan.map((re) => new RegExp(clauseAnchored(re.source))))),
        leadCue: anyOf(regexes(lexicon.status.plan_lead.cues.map(inYear))),
      };
      plans.set(key, found);
    }
    return found;
  };
  const owners = cueOwners(entries);
  // every word of every frame, and their exclusions
  const frameTerms = new Set(frameList.flatMap(({ frame }) => [...FRAME_GROUPS.flatMap((kind) => frame[kind]), ...frame.exclude]));
  // a pattern is searched only in a sentence that holds a word of each of its groups (most hold none for any pattern)
  const implied = entries.flatMap((entry) => entry.implied.map((pattern) => ({ entry, pattern })));
  const done = regexes(lexicon.status.done);
  const demands = anyOf(regexes(lexicon.status.requirement.demands));
  // the scanner numbers words in the order given, repeats removed: the term words come first
  const termWords = [...new Set([...owners.keys(), ...frameTerms, ...implied.flatMap((i) => i.pattern.groups.flat())])];
  const idOf = new Map(termWords.map((word, id) => [word, id]));
  const termSet = (words: readonly string[]): TermSet => {
    const set = new Uint8Array(termWords.length);
    for (const word of words) set[idOf.get(word)!] = 1;
    return set;
  };
  const frames: CompiledFrame[] = frameList.map(({ entry, frame, excludePattern }) => ({
    entry,
    frame,
    groups: FRAME_GROUPS.filter((kind) => frame[kind].length > 0).map((kind) => ({ kind, terms: termSet(frame[kind]) })),
    measure: new Set(frame.measure),
    exclude: termSet(frame.exclude),
    excludePattern,
  }));
  const frameWords = frameWordsOf(
    frameList.map((f) => f.frame),
    frameTerms,
    termSet,
  );
  compiled = {
    entries,
    scanner: wordScanner([...termWords, ...mentionGroups(lexicon).flatMap((groups) => groups.flat().flatMap(alternativesOf))]),
    terms: {
      owners: termWords.map((word) => owners.get(word)),
      cue: Uint8Array.from(termWords, (word) => (owners.has(word) ? 1 : 0)),
      frame: Uint8Array.from(termWords, (word) => (frameTerms.has(word) ? 1 : 0)),
      byWord: owners,
    },
    factFrames: frames,
    frameWords,
    frameScreen: screenOf(frames, (f) => f.groups.map((g) => f.frame[g.kind]), idOf),
    objectModifier,
    impliedScreen: screenOf(implied, (i) => i.pattern.groups, idOf),
    asides,
    negated: (text, at) => endsWithOneOf(negatorsEnding, text, at),
    byId: new Map(entries.map((e) => [e.entry.id, e])),
    derive: lexicon.derive,
    blankRates: blankRatesOf(lexicon, entries),
    shares: lexicon.shares.flatMap(({ id, acts }) => {
      const entry = entries.find((e) => e.entry.id === id);
      return entry ? [{ entry, act: new RegExp(`(?<![不未没])(?:${acts.map(escape).join('|')})`) }] : [];
    }),
    onePerson: lexicon.onePerson.length > 0 ? new RegExp(lexicon.onePerson.join('|')) : null,
    planIn,
    leadItem: new RegExp(lexicon.status.plan_lead.items),
    names: new RegExp(anyOf(regexes(lexicon.status.names)).source, 'g'),
    done,
    anyDone: anyOf(done),
    negation: anyOf(regexes(lexicon.status.negation)),
    target: { marker: anyOf(regexes(lexicon.status.target.markers)), outcome: anyOf(regexes(lexicon.status.target.outcomes)) },
    requirementLead: anyOf(regexes(lexicon.status.requirement.leads)),
    requirementDemand: demands,
    requirementDemandEvery: new RegExp(demands.source, 'g'),
    requirementReached: anyOf(regexes(lexicon.status.requirement.reached)),
    requirementYearCount: anyOf(regexes(lexicon.status.requirement.year_counts)),
    bounds: lexicon.status.requirement.bounds,
    frames: lexicon.status.requirement.frames,
    nouns: lexicon.status.requirement.nouns,
    quotedTarget: quotedTargetOf(lexicon.status.quoted_target),
    targetDone: targetDoneOf(lexicon.status.quoted_target),
    setPhrase: new RegExp(
      [...lexicon.setPhrases.map(escape), ...[...lexicon.sayings, ...lexicon.listCounts, ...lexicon.slogans].map((s) => `(?:${s})`)].join('|') || '(?!)',
      'g',
    ),
    countedPart: new RegExp(`(?:\\d+|[〇零一二两三四五六七八九十百]+)个(?=${lexicon.countedParts.map(escape).join('|') || '(?!)'})`, 'g'),
    slogan: new RegExp(lexicon.slogans.map((s) => `(?:${s})`).join('|') || '(?!)', 'g'),
  };
  compiledCache.set(lexicon, compiled);
  return compiled;
}

/**
 * The words of a list found in a text, as numbers: a word's id is its place in `words` (the list
 * given, repeats removed). `scan` finds every occurrence of every word (a word inside a longer one
 * too: 讲座 and 法治讲座, 出庭 and 应出庭), longest first at each place, reading the text once: from
 * each place the words are followed in a trie, one character a step, so that the thirteen cue
 * words opening with 行政 cost one walk, not thirteen comparisons. (One alternation of all the
 * words did the same, at a cost of its own compilation on first use and a slower search.) It
 * writes each occurrence as three numbers into `found` (id, start, end) and returns how many it
 * found: no object per occurrence, and a reader that needs only the ids looks nothing up.
 */
export interface WordScanner {
  words: readonly string[];
  scan(text: string): number;
  /** the last scan's occurrences (replaced by a longer one when a scan finds more than it holds) */
  found: Int32Array;
}

/** The Chinese characters a doubled one of which the word scanner reads once (CJK and extension A). */
const HAN_FIRST = 0x3400;
const HAN_LAST = 0x9fff;

export function wordScanner(list: Iterable<string>): WordScanner {
  const words = [...new Set(list)];
  // node k of the trie: the character it is reached by and the id of the word it ends (-1: none); a child by the key
  // node * 0x10000 + character (built here, laid out flat below). rootOf maps a character to the node it opens (0: none,
  // as for most characters), so node 0 is a placeholder.
  const charOf = [0];
  const endOf = [-1];
  const childAt = new Map<number, number>();
  const rootOf = new Int32Array(0x10000);
  const addNode = (char: number): number => {
    endOf.push(-1);
    return charOf.push(char) - 1;
  };
  words.forEach((word, id) => {
    const first = word.charCodeAt(0);
    let node = rootOf[first] || (rootOf[first] = addNode(first));
    for (let i = 1; i < word.length; i++) {
      const key = node * 0x10000 + word.charCodeAt(i);
      let child = childAt.get(key);
      if (child === undefined) childAt.set(key, (child = addNode(word.charCodeAt(i))));
      node = child;
    }
    endOf[node] = id;
  });
  // flat, in typed arrays: node k's children are kidChar/kidNode[firstKid[k] .. firstKid[k + 1]); kidBits[k] has bit
  // (c & 31) set for each child's character c. A walk asks for a child at every step, most often one that is not there:
  // the bit says so in one test, where a search of the children (up to twenty) took half the walk's time
  const nodes = charOf.length;
  const chars = Uint16Array.from(charOf);
  const ends = Int32Array.from(endOf);
  const firstKid = new Int32Array(nodes + 1);
  const kidChar = new Uint16Array(nodes);
  const kidNode = new Int32Array(nodes);
  const kidBits = new Int32Array(nodes);
  for (const key of childAt.keys()) firstKid[Math.floor(key / 0x10000) + 1]!++;
  for (let node = 0; node < nodes; node++) firstKid[node + 1]! += firstKid[node]!;
  const filled = firstKid.slice(0, nodes);
  for (const [key, child] of childAt) {
    const node = Math.floor(key / 0x10000);
    const char = key % 0x10000;
    kidChar[filled[node]!] = char;
    kidNode[filled[node]!++] = child;
    kidBits[node]! |= 1 << (char & 31);
  }
  const childOf = (node: number, char: number): number => {
    if ((kidBits[node]! & (1 << (char & 31))) === 0) return -1;
    for (let k = firstKid[node]!, last = firstKid[node + 1]!; k < last; k++) if (kidChar[k] === char) return kidNode[k]!;
    return -1;
  };
  const scanner: WordScanner = {
    words,
    found: new Int32Array(96),
    scan(text) {
      let found = scanner.found;
      let n = 0;
      for (let i = 0; i < text.length; i++) {
        let node = rootOf[text.charCodeAt(i)]!;
        if (node === 0) continue;
        const from = n;
        let doubled = false;
        for (let j = i + 1; node >= 0; j++) {
          const id = ends[node]!;
          if (id >= 0) {
            if (n + 3 > found.length) {
              const grown = new Int32Array(found.length * 2);
              grown.set(found);
              found = scanner.found = grown;
            }
            found[n] = id;
            found[n + 1] = i;
            found[n + 2] = j;
            n += 3;
          }
          if (j >= text.length) break;
          const char = text.charCodeAt(j);
          const next = childOf(node, char);
          // 法律顾顾问: a Chinese character typed twice inside a word is read once, once a word; not its first
          // (顾顾问 holds 顾问 from the second), which a word starting there reads
          if (next < 0 && !doubled && j - i >= 2 && j + 1 < text.length && char === chars[node] && char >= HAN_FIRST && char <= HAN_LAST) {
            doubled = true;
            node = childOf(node, text.charCodeAt(++j));
          } else node = next;
        }
        // found shortest first at a place, where all start alike: the longest first, as callers read them
        for (let a = from, b = n - 3; a < b; a += 3, b -= 3) {
          const shorter = found[a]!;
          const shorterEnd = found[a + 2]!;
          found[a] = found[b]!;
          found[a + 2] = found[b + 2]!;
          found[b] = shorter;
          found[b + 2] = shorterEnd;
        }
      }
      return n / 3;
    },
  };
  return scanner;
}

/**
 * The `count` occurrences of the scanner's last scan as term hits, those of the words `among` holds
 * (an object each: only for the few words a reader keeps, not for every word found).
 */
export function termHits({ found, words }: WordScanner, count: number, among: TermSet): readonly TermHit[] {
  let hits: TermHit[] | undefined;
  for (let k = 0; k < count * 3; k += 3) {
    const id = found[k]!;
    if (id < among.length && among[id] === 1) (hits ??= []).push({ term: words[id]!, id, start: found[k + 1]!, end: found[k + 2]! });
  }
  return hits ?? NOTHING;
}

/** A mention's groups of terms, as the lexicon writes them (a term's alternatives 'a|b' in one string). */
export type Groups = readonly (readonly string[])[];

/** The mentions of every entry: the presence entries first, in order, then the fact entries. */
export const mentionGroups = (lexicon: Lexicon): Groups[] => [...lexicon.presence, ...lexicon.facts].map((entry) => entry.mentions);

/** A term's alternatives ('a|b'), split once per term. */
const alternatives = new Map<string, readonly string[]>();
export const alternativesOf = (term: string): readonly string[] => {
  let alts = alternatives.get(term);
  if (!alts) alternatives.set(term, (alts = term.split('|')));
  return alts;
};

function frameWordsOf(frames: readonly Frame[], words: ReadonlySet<string>, termSet: (words: readonly string[]) => TermSet): FrameWords {
  const frameSubjects = frames.flatMap((f) => f.subject);
  return {
    measuresOf: measuresByWord(frames, (f) => f.object),
    excludedIn: measuresByWord(frames, (f) => f.exclude),
    subjectMeasures: measuresByWord(frames, (f) => f.subject),
    measures: new Set(frames.flatMap((f) => f.measure)),
    subjects: termSet([...frameSubjects, ...frames.flatMap((f) => f.exclude)]),
    frameSubjects: termSet(frameSubjects),
    actions: termSet(frames.flatMap((f) => f.action)),
    words,
  };
}

/** Per word of the frames' `words` group, the measure words of the frames that list it there. */
function measuresByWord(frames: readonly Frame[], words: (f: Frame) => readonly string[]): Map<string, Set<string>> {
  const measuresOf = new Map<string, Set<string>>();
  for (const f of frames) {
    for (const word of words(f)) {
      const measures = measuresOf.get(word) ?? new Set<string>();
      for (const m of f.measure) measures.add(m);
      measuresOf.set(word, measures);
    }
  }
  return measuresOf;
}

/** Each cue word's entries, in lexicon order. */
function cueOwners(entries: readonly CompiledEntry[]): Map<string, CueOwner[]> {
  const owners = new Map<string, CueOwner[]>();
  entries.forEach((compiled, i) => {
    if (compiled.entry.shape === 'presence') return;
    compiled.entry.cues.forEach((cue, k) => {
      const list = owners.get(cue) ?? [];
      list.push({ compiled, order: i * 1000 + k });
      owners.set(cue, list);
    });
  });
  return owners;
}

/**
 * A screen of `items` by their groups of words (term words, numbered by `idOf`): per word, the
 * items one of whose groups holds it, each with that group's bit. Past 32 groups the bits repeat,
 * and the screen lets more items through, never fewer.
 */
function screenOf<T>(items: readonly T[], groupsOf: (item: T) => readonly Iterable<string>[], idOf: ReadonlyMap<string, number>): Screen<T> {
  const byWord: { item: number; bit: number }[][] = Array.from({ length: idOf.size }, () => []);
  const full = new Uint32Array(items.length);
  items.forEach((item, k) =>
    groupsOf(item).forEach((group, g) => {
      full[k]! |= 1 << g;
      for (const word of group) byWord[idOf.get(word)!]!.push({ item: k, bit: 1 << g });
    }),
  );
  // the groups held in the sentence read last (reset for each)
  const held = new Uint32Array(items.length);
  // the scanner's words past the term words (the mention terms) hold no group
  const hold = (id: number): void => {
    if (id < byWord.length) for (const { item, bit } of byWord[id]!) held[item]! |= bit;
  };
  const metItems = (): readonly T[] => {
    let out: T[] | undefined;
    for (let k = 0; k < items.length; k++) if (held[k] === full[k]) (out ??= []).push(items[k]!);
    return out ?? NOTHING;
  };
  return {
    met(hits) {
      held.fill(0);
      for (const h of hits) hold(h.id);
      return metItems();
    },
    metAmong(found, count) {
      held.fill(0);
      for (let k = 0; k < count * 3; k += 3) hold(found[k]!);
      return metItems();
    },
  };
}

/** No items: one list for all, never written to. */
const NOTHING: readonly never[] = [];

function topicGroups(topic: FactEntry['topic']): string[][] {
  if (topic.length === 0) return [];
  return topic.every((t) => Array.isArray(t)) ? topic : [topic];
}

/** The words around a distractor by which it names no act of its clause. */
export interface NotActs {
  /** 拟(出台的文件) is not yet issued; (以区政府)名义(印发的文件) says whose documents they are */
  after: readonly string[];
  /** 出台(之前) names a time: what was done before the documents went out (only acts of making, `timed`) */
  before: readonly string[];
  /** (审核后)出台: the documents went out once reviewed (only acts of making, `timed`) */
  reviewed: readonly string[];
  timed: readonly string[];
}

/** Whether a term occurs in text other than right after or before one of `notActs`'s words. */
export function containsActual(text: string, terms: readonly string[], notActs: NotActs): boolean {
  // loops over the text in place: this runs per cue, and closures or occurrence lists would cost objects each time
  for (const t of terms) {
    for (let at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + 1)) {
      let actual = true;
      for (const w of notActs.after) if (at >= w.length && text.startsWith(w, at - w.length)) actual = false;
      if (notActs.timed.includes(t)) {
        for (const w of notActs.before) if (text.startsWith(w, at + t.length)) actual = false;
        for (const w of notActs.reviewed) if (at >= w.length && text.startsWith(w, at - w.length)) actual = false;
      }
      if (actual) return true;
    }
  }
  return false;
}

/** Start offsets of all matches of the regexes in text. */
export function matchStarts(res: readonly RegExp[], text: string): number[] {
  const out: number[] = [];
  for (const re of res) for (const m of matchesOf(re, text)) out.push(m.index);
  return out;
}

/** A derived rate's name, a few words (为, 达到), then a blank where its figure goes: 出庭应诉率××%, 出庭率为〔 〕%. */
function blankRatesOf(lexicon: Lexicon, entries: readonly CompiledEntry[]): Map<string, RegExp> {
  const rates = new Map<string, RegExp>();
  if (lexicon.blankFigures.length === 0) return rates;
  for (const { id } of lexicon.derive) {
    const cues = entries.find((e) => e.entry.id === id)?.entry.cues ?? [];
    if (cues.length > 0) rates.set(id, new RegExp(`(?:${cues.map(literal).join('|')})[^,;:。!?\\d]{0,4}?(?:${lexicon.blankFigures.join('|')})`));
  }
  return rates;
}

/** A word as a regex matching it as written. */
const literal = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
