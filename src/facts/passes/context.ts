/**
 * What every pass of the extraction sees: one sentence (its view), the lexicon, the cues and
 * numbers found in it, and what the passes before it decided. A pass is a small module with
 * `meta` (its name, the wording pattern it covers, its place in the order) and one function
 * over this state, like a lint rule; src/facts/extract.ts runs them in order.
 */
import type { Document, Sentence, Span } from '../../document/types.js';
import { GAP, type Lexicon } from '../lexicon.js';
import { evidenceIn } from '../presence.js';
import type { Quantity } from '../quantity.js';
import type { Evidence, Fact } from '../schema.js';
import { statusAt } from '../status.js';
import {
  anyWithin,
  asidesWithin,
  clauseAt,
  clauseIndexAt,
  containsActual,
  containsAny,
  containsEach,
  MAX_LABEL,
  startsWithAny,
  type CompiledEntry,
  type CompiledLexicon,
  type EntryPattern,
  type TermHit,
} from '../text.js';
import { namesSuperiorWhole, type CompiledTables } from './tables.js';

export interface PassMeta {
  /** kebab-case, as the module is named */
  name: string;
  /** the general wording pattern the pass reads, with an example in our own words */
  covers: string;
  /** passes run by ascending order */
  order: number;
  /**
   * what of a sentence the pass reads, when not all of it: a sentence that holds none of these is
   * not given to it (a third of sentences hold no number, and most no implied pattern's words);
   * rates are numbers read as percentages, mentions the fact entries whose mentions it may hold
   */
  reads?: readonly ('numbers' | 'rates' | 'patterns' | 'mentions')[];
}

export interface SentencePass {
  meta: PassMeta;
  run(state: SentenceState): void;
}

/**
 * A fact with the sentence and top-level section it was found in; whether it was read as a sum by kind, and whether as
 * the body's own item of a list of it and the units under it (breakdowns).
 */
export interface Found {
  fact: Fact;
  sentence: number;
  top: number | null;
  breakdown: boolean;
  own?: true;
}

/** A pass over the whole document, after the sentences: it may add to or take from the facts found. */
export interface DocumentPass {
  meta: PassMeta;
  run(doc: Document, found: Found[], lexicon: CompiledLexicon, tables: CompiledTables): void;
}

/** One sentence, with what every stage of the extraction needs to know about it. */
export interface SentenceView {
  doc: Document;
  sentence: Sentence;
  index: number;
  /** the sentence with its wrapped line breaks (and running header lines) taken out */
  text: string;
  /** offset in `text` → offset in the sentence as the document has it (one more entry for the end) */
  map: Sentence['map'];
  clauses: Span[];
  /** the sentence plus its section heading: where topics are looked for */
  topicText: string;
  section: string | null;
  /** each clause's lead, once a pass read them (clauseLeads) */
  leads?: readonly string[] | undefined;
  /** the words a clause opens with to count a part of the total before it (其中: rules/passes.yaml continuation.parts) */
  parts: readonly string[];
  /** the facts (ids) the document stated as achieved before this sentence */
  stated: ReadonlySet<string>;
}

/** How many clauses back the subject of a bare rate may stand (past clauses that name no subject: 同比增长21%). */
export const BARE_RATE_REACH = 2;

export interface Cue extends Span {
  compiled: CompiledEntry;
}

export interface SentenceState {
  view: SentenceView;
  lexicon: Lexicon;
  compiled: CompiledLexicon;
  tables: CompiledTables;
  /** every cue occurrence (the longest at a place, not denied), and those whose conditions hold */
  all: readonly Cue[];
  cues: readonly Cue[];
  /** the frame words of the sentence */
  hits: readonly TermHit[];
  /** the implied patterns, with their entries, whose every group of words occurs in the sentence: only these can match */
  patterns: readonly EntryPattern[];
  /** the numbers of the sentence (none when it has no cue and no frame word) */
  quantities: readonly Quantity[];
  /** the fact entries (their places in lexicon.facts) whose mentions the sentence may hold */
  mentions: readonly number[];
  /** start offsets of the clauses that tell what a superior level did (superior-level) or another period (other-period) */
  foreign: Set<number>;
  /**
   * of those, the clauses of another period that runs to the time of writing (2019年以来,全县推行…: other-period), no
   * superior's: their figures are not the year's, but a mechanism they say is in place is (presence)
   */
  ongoing: Set<number>;
  /** for a number, where a change phrase that ends right before it may start (change) */
  changes: Map<Quantity, number[]>;
  /** the cue a number binds to by nearness (nearest-cue) */
  nearest: Map<Quantity, Cue>;
  /** numbers the binding passes have decided: the cues they are read for ([] = none, on purpose) */
  bound: Map<Quantity, Cue[]>;
  /**
   * numbers set aside as another year's (year-columns: an earlier member of a series of years, 2022、2023年分别为8次、10次
   * in a report on 2024) or as amounts of change after 分别 (change: 同比分别增长12%和20%): no pass reads them, not even the
   * frames in the items of a list before 分别
   */
  aside: Set<Quantity>;
  /** numbers bound to the cue right after them (number-first) */
  after: Set<Quantity>;
  /** totals of counts, by the number whose cue they are read for (summed) */
  sums: Map<Quantity, Sum>;
  /** for a number after 分别, its item of the list before 分别 (respectively) */
  items: Map<Quantity, Span>;
  /**
   * numbers a list of years gives the year reported on, no cue counting them (year-columns: 2022年至2024年,…学法次数分别为
   * 4次、5次、7次): the frames read them in their items though the span's years make their clause another period's
   */
  dated: Set<Quantity>;
  /** the facts found so far */
  facts: Fact[];
  /** numbers a fact was read from */
  taken: Set<Quantity>;
  /** the facts read as a sum by kind (局长…2件,副局长…19件), which a larger total of their section outweighs (breakdowns) */
  breakdowns: Set<Fact>;
  /**
   * numbers after 分别 of the body's own item of a list of it and the units under it (respectively: 市本级和各县…分别…),
   * and the facts read from them: the body's share, no part of a total its sentence sums the list up to (breakdowns)
   */
  own: Set<Quantity>;
  owned: Set<Fact>;
  /** kept from sentence to sentence, not emptied: last year's count a sentence ended with (year-change) */
  carried: { base: CarriedBase | null };
}

/** Last year's count that ends a sentence (2023年全县调解矛盾纠纷76件。), which a change opening the next may build on. */
export interface CarriedBase {
  sentence: number;
  q: Quantity;
  cue: Cue;
  /** the year its clause opens with, undefined for 上年 and its like */
  written: string | undefined;
  /** from its cue to its number */
  evidence: Evidence;
}

/** A total of counts and the counts it adds up, in the order of the text. */
export interface Sum {
  value: number;
  parts: readonly Quantity[];
  /** where the last part ends with its kind (由2名律师和1名教授组成: after 教授) */
  end: number;
  /** where the first part starts with its kind, when that stands before its cue (局长出庭应诉2件: at 局长) */
  start?: number;
  /** the parts are counted by who did them (局长…2件,副局长…19件): a breakdown, which a larger total of the section outweighs */
  byKind?: true;
}

/**
 * The fact an entry gets from `value`, quoted by `span` of the sentence; `at` decides its status, and whether the value
 * was stated in words (`worded`: 全覆盖), not as a figure.
 */
export function makeFact(
  view: SentenceView,
  lexicon: CompiledLexicon,
  entry: CompiledEntry['entry'],
  value: number | true,
  span: Span,
  at: number,
  quantity?: Quantity,
  worded = false,
): Fact {
  const fact: Fact = {
    id: entry.id,
    value,
    unit: entry.unit,
    // a rate's whole (100%) inside a target said done is what the rate reached, as a value in words is
    status: statusAt(view.doc, view.index, lexicon, view.map[at], worded || (quantity !== undefined && entry.shape === 'rate' && value === 100)),
    section: view.section,
    evidence: evidenceIn(view.doc, view.sentence, span.start, span.end),
    derived: false,
  };
  if (quantity && quantity.qualifier !== 'exact') fact.qualifier = quantity.qualifier;
  return fact;
}

/** Numbers in ascending order (one comparator, whose optimised code lives as long as the module). */
export const ascending = (a: number, b: number): number => a - b;

/** A number read for a cue's entry. */
export function readFor(state: SentenceState, cue: Cue, q: Quantity, span: Span, value = q.value): void {
  state.taken.add(q);
  addRead(state, makeFact(state.view, state.compiled, cue.compiled.entry, value, span, q.start, q), q);
}

/** Adds the fact read from `q`, marked when `q` is the body's own item of a list of it and its units (state.own). */
export function addRead(state: SentenceState, fact: Fact, q: Quantity): void {
  state.facts.push(fact);
  if (state.own.has(q)) state.owned.add(fact);
}

/** Whether a number stands in a clause that tells what a superior level did, or of another period. */
export const inForeignClause = (state: SentenceState, q: Quantity): boolean =>
  // most sentences have no such clause: no clause to look up
  state.foreign.size > 0 && state.foreign.has(clauseAt(state.view.clauses, q.start).start);

/** Where the part of its clause that a number reads from starts: at the end of the number before it there, else at the clause's start (a loop: this runs per number). */
export function partStart(quantities: readonly Quantity[], q: Quantity, clause: Span): number {
  let from = clause.start;
  for (const o of quantities) if (o.end <= q.start && o.start >= clause.start && o.end > from) from = o.end;
  return from;
}

/**
 * 审查合同时发现存在风险的合同5份 / 在审核规范性文件过程中纠正…的文件4件: an occasion in a number's clause
 * before it sets the scene; what the number counts is said after it. Where the last such occasion before
 * `at` in the clause ends, else the clause's start.
 */
export function afterOccasion(view: SentenceView, tables: CompiledTables, clause: Span, at: number): number {
  let from = clause.start;
  const part = view.text.slice(clause.start, at);
  tables.occasion.lastIndex = 0;
  for (let m = tables.occasion.exec(part); m !== null && m[0] !== ''; m = tables.occasion.exec(part)) from = clause.start + m.index + m[0].length;
  return from;
}

const ENUMERATION_COMMA = 0x3001;

/**
 * 议题87个、合同和协议132件: when a 、 right after `q` opens the next list item, where that item ends (at
 * the next 、 or the clause's end); -1 when no 、 follows. A number there is the item's own, and so are its words.
 */
export function nextItemEnd(text: string, q: Quantity, clauseEnd: number): number {
  // (a number ending the text: charCodeAt past the end reads out of bounds, which deoptimises the caller)
  if (q.end >= text.length || text.charCodeAt(q.end) !== ENUMERATION_COMMA) return -1;
  const next = text.indexOf('、', q.end + 1);
  return next >= 0 && next < clauseEnd ? next : clauseEnd;
}

/** Where that part ends: at the start of the number after it in its clause, else at the clause's end. */
export function partEnd(quantities: readonly Quantity[], q: Quantity, clause: Span): number {
  let to = clause.end;
  for (const o of quantities) if (o.start >= q.end && o.end <= clause.end && o.start < to) to = o.start;
  return to;
}

// undecided and unread run in most passes on every sentence: loops, not filters with a closure over the state

/** The numbers no binding pass has decided yet, outside the superior's and other periods' clauses. */
export const undecided = (state: SentenceState): readonly Quantity[] => numbersWhere(state, isUndecided);
const isUndecided = (state: SentenceState, q: Quantity): boolean => !state.bound.has(q) && !inForeignClause(state, q);

/** The numbers no fact was read from yet that some frame may count (by their measure word). */
export const unread = (state: SentenceState): readonly Quantity[] => numbersWhere(state, isUnread);
const isUnread = (state: SentenceState, q: Quantity): boolean => !state.taken.has(q) && !state.aside.has(q) && state.compiled.frameWords.measures.has(q.unit);

/** The sentence's numbers that meet `test`: the list itself when all do (as often), never written to. */
function numbersWhere(state: SentenceState, test: (state: SentenceState, q: Quantity) => boolean): readonly Quantity[] {
  const all = state.quantities;
  let k = 0;
  while (k < all.length && test(state, all[k]!)) k++;
  if (k === all.length) return all;
  const out = all.slice(0, k);
  for (k++; k < all.length; k++) if (test(state, all[k]!)) out.push(all[k]!);
  return out;
}

/**
 * Each clause's lead: the clause without the bullet, year or lead word that opens it (tables.clauseLead), where a
 * subject stands. Read once per sentence for the passes that look for one (the superior's, a unit's, a head's).
 */
export function clauseLeads(view: SentenceView, tables: CompiledTables): readonly string[] {
  return (view.leads ??= view.clauses.map((clause) => view.text.slice(clause.start, clause.end).replace(tables.clauseLead, '')));
}

/** The lead of one clause of the sentence (clauseLeads). */
export function leadOf(view: SentenceView, tables: CompiledTables, clause: Span): string {
  const k = view.clauses.indexOf(clause);
  return k >= 0 ? clauseLeads(view, tables)[k]! : view.text.slice(clause.start, clause.end).replace(tables.clauseLead, '');
}

/**
 * Whether a fact of the body's own acts would be read in a clause whose subject is the units under the
 * body together (县级政府共公布重大行政决策事项31项 in a city's report): their acts, not the body's.
 */
export function actOfUnitsUnder(view: SentenceView, tables: CompiledTables, id: string, clause: Span): boolean {
  if (!tables.ownActs.has(id)) return false;
  const together = tables.unitsTogether.get(view.doc.level);
  return together !== undefined && together.test(leadOf(view, tables, clause));
}

/** Entries whose sentence-level conditions hold here. */
export function applies(view: SentenceView, compiled: CompiledEntry, at?: number): boolean {
  const { rivals } = compiled.entry;
  if (!containsEach(view.topicText, compiled.topics) && !goesOnAboutTopic(view, compiled) && !plannedAgain(view, compiled)) return false;
  // 受理复议申请47件…;行政诉讼案件61件,…审结53件: a part between two ";" that names a rival and not the
  // topic is about the rival, as a clause is (fitsClause); one that names neither (行政诉讼案件231件…;已审结204件)
  // goes on about the subject the sentence named last before it
  if (rivals.length > 0 && at !== undefined && view.text.includes(';')) {
    const start = view.text.lastIndexOf(';', at) + 1;
    const part = semicolonPart(view.text, at);
    const namesRival = containsAny(part, rivals);
    if (namesRival && !containsEach(part, compiled.topics)) return false;
    if (!namesRival && !namesTopic(compiled, part) && lastOf(view.text, rivals, start) > lastTopicOf(view.text, compiled.topics, start)) return false;
  }
  if (rivals.length > 0 && at !== undefined && clauseGoesOnAboutRival(view, compiled, at)) return false;
  if (rivals.length > 0 && goesOnAboutRival(view, compiled)) return false;
  if (at !== undefined && compiled.entry.other_matters.length > 0 && aboutOtherMatter(view, compiled.entry, at)) return false;
  return !excludedBySentence(view, compiled.entry, at);
}

/**
 * 坚持复议前置与调解优先,通过调解、和解方式化解案件74件, or 化解案件31件 under (一)行政复议: a clause that names no kind of
 * the entry's own counts the cases of the other matter the nearest clause back from it names, else its heading. A word of
 * the own kind inside the name of another matter (争议 in 行政争议) names that matter.
 */
function aboutOtherMatter(view: SentenceView, entry: CompiledEntry['entry'], at: number): boolean {
  const { own_kind: own, other_matters: others } = entry;
  const { clauses, text } = view;
  for (let k = clauseIndexAt(clauses, at); k >= 0; k--) {
    const clause = text.slice(clauses[k]!.start, clauses[k]!.end);
    if (namesOutside(clause, own, others)) return false;
    if (containsAny(clause, others)) return true;
  }
  const { section } = view.sentence;
  const heading = section === null ? '' : view.doc.sections[section]!.title;
  return containsAny(heading, others) && !namesOutside(heading, own, others);
}

/** Whether `text` holds one of `words` outside every one of `others` (争议, not the 争议 of 行政争议). */
function namesOutside(text: string, words: readonly string[], others: readonly string[]): boolean {
  let rest = text;
  for (const other of others) rest = rest.replaceAll(other, '\n');
  return containsAny(rest, words);
}

/**
 * 四是纠错率控制在10%以内 in the plans (or 纠错率仍偏高,为15% in the shortcomings) of a report that stated its 行政复议纠错率
 * as achieved: the report named the fact's topic already; a plan or a shortcoming naming the fact's cue alone speaks of it again.
 */
const plannedAgain = (view: SentenceView, compiled: CompiledEntry): boolean =>
  (view.sentence.kind === 'plans' || view.sentence.kind === 'shortcomings') && view.stated.has(compiled.entry.id);

/** Whether a text names the entry's topic (one word of any of its groups). */
const namesTopic = (compiled: CompiledEntry, text: string): boolean => compiled.topics.some((group) => containsAny(text, group));

/**
 * 办理行政复议案件32件,区政府作为被告的行政诉讼案件18件,审结15件: a clause that names neither the topic nor a
 * rival goes on about what the nearest clause before it that names one of them is about: a rival alone there,
 * then the rival (the ";" parts above, and whole sentences below, are read the same way).
 */
function clauseGoesOnAboutRival(view: SentenceView, compiled: CompiledEntry, at: number): boolean {
  const { rivals } = compiled.entry;
  const { clauses, text } = view;
  let k = clauses.findIndex((c) => c.start <= at && at < c.end);
  if (k < 0) return false;
  const own = text.slice(clauses[k]!.start, clauses[k]!.end);
  if (namesTopic(compiled, own) || containsAny(own, rivals)) return false;
  while (--k >= 0) {
    const before = text.slice(clauses[k]!.start, clauses[k]!.end);
    const topic = namesTopic(compiled, before);
    const rival = containsAny(before, rivals);
    if (topic || rival) return rival && !topic;
  }
  return false;
}

/**
 * The nearest sentence before this one in its paragraph (its section, no line break between) that names the entry's
 * topic or a rival, when this one names neither: what a sentence naming no subject goes on about.
 */
function subjectSentenceBefore(view: SentenceView, compiled: CompiledEntry): { plain: string; topic: boolean; rival: boolean } | undefined {
  const { rivals } = compiled.entry;
  if (compiled.topics.length === 0 || namesTopic(compiled, view.text) || containsAny(view.text, rivals)) return undefined;
  const { sentences, source } = view.doc;
  for (let k = view.index - 1; k >= 0; k--) {
    const before = sentences[k]!;
    if (before.section !== view.sentence.section || source.text.slice(before.span.end, sentences[k + 1]!.span.start).includes('\n')) return undefined;
    const topic = namesTopic(compiled, before.plain);
    const rival = containsAny(before.plain, rivals);
    if (topic || rival) return { plain: before.plain, topic, rival };
  }
  return undefined;
}

/**
 * 行政诉讼案件31件…。负责人出庭应诉12件…。已审结25件: a sentence that names neither the topic nor a rival, the
 * topic only in its heading (复议应诉工作), goes on about a rival the sentence before it names alone.
 */
function goesOnAboutRival(view: SentenceView, compiled: CompiledEntry): boolean {
  const before = subjectSentenceBefore(view, compiled);
  return before !== undefined && before.rival && !before.topic;
}

/**
 * 全年收到行政复议申请412件,同比增长…。经审查,依法受理365件: a sentence that names neither the topic nor a rival, under a
 * heading that names no topic ((一)案件总体情况), goes on about the topic the sentence before it names in full and alone.
 */
function goesOnAboutTopic(view: SentenceView, compiled: CompiledEntry): boolean {
  const before = subjectSentenceBefore(view, compiled);
  return before !== undefined && before.topic && !before.rival && containsEach(before.plain, compiled.topics);
}

/** What an entry excludes from a figure's sentence: words and patterns, and its own kind that outweighs them in a clause. */
type SentenceExcludes = Pick<CompiledEntry['entry'], 'exclude_sentence' | 'exclude_sentence_patterns' | 'own_kind'>;

/** Whether a word or pattern the entry excludes from its sentence stands there (in the scope excludeScope cuts), for a figure at `at`. */
export function excludedBySentence(view: SentenceView, entry: SentenceExcludes, at?: number): boolean {
  // most entries exclude nothing: no scope to cut out
  if ((entry.exclude_sentence.length === 0 && entry.exclude_sentence_patterns.length === 0) || !holdsSentenceExclude(excludeScope(view, at), entry))
    return false;
  return !(at !== undefined && entry.own_kind.length > 0 && namesOwnKind(view, entry, at));
}

/**
 * Whether the clause at `at` names the entry's own kind in full and none of the words its sentence must not hold; a clause
 * that names neither (办复率100%) is of the nearest clause before it, in its part of the sentence (up to a ";"), that names
 * one (…信息公开申请138件,办理人大代表建议97件、政协提案142件,办复率100%: the proposals').
 */
function namesOwnKind(view: SentenceView, entry: SentenceExcludes, at: number): boolean {
  const k = clauseIndexAt(view.clauses, at);
  if (k < 0) return false;
  for (const clause of clausesBackToSemicolon(view, view.clauses[k]!.end)) {
    const own = containsAny(clause, entry.own_kind);
    const excluded = holdsSentenceExclude(clause, entry);
    if (own || excluded) return own && !excluded;
  }
  return false;
}

/**
 * The clauses of the sentence that end by `from`, nearest first, back to the last ";" before `from` (the part of the sentence
 * `from` stands in): where a clause that names nothing looks for what it goes on with (namesOwnKind, actorGoesOn).
 */
function* clausesBackToSemicolon(view: SentenceView, from: number): Generator<string> {
  const { clauses, text } = view;
  for (let k = clauseIndexAt(clauses, from); k >= 0; k--) {
    const { start, end } = clauses[k]!;
    if (end > from) continue;
    // a ";" always ends a clause: the text since this clause holds one when a ";" ended a clause after it
    if (text.slice(end, from).includes(';')) return;
    yield text.slice(start, end);
  }
}

/** Whether `text` holds a word of the entry's `exclude_sentence` or a match of one of its patterns. */
function holdsSentenceExclude(text: string, entry: SentenceExcludes): boolean {
  return (
    containsAny(text, entry.exclude_sentence) ||
    (entry.exclude_sentence_patterns.length > 0 && sentenceExcludeRegex(entry.exclude_sentence_patterns).test(text))
  );
}

// one regex per entry's list, built on first use (the lexicon's lists live as long as the process)
const sentenceExcludeRegexes = new WeakMap<readonly string[], RegExp>();
function sentenceExcludeRegex(patterns: readonly string[]): RegExp {
  let re = sentenceExcludeRegexes.get(patterns);
  if (!re) sentenceExcludeRegexes.set(patterns, (re = new RegExp(patterns.map((p) => `(?:${p.replaceAll('…', GAP)})`).join('|'))));
  return re;
}

/** Where the last of `words` starts in `text` before `end`; -1 for none. */
function lastOf(text: string, words: readonly string[], end: number): number {
  let last = -1;
  for (const w of words) last = Math.max(last, text.lastIndexOf(w, end - w.length));
  return last;
}

/** Where the last word of any topic group starts in `text` before `end`; -1 for none. */
function lastTopicOf(text: string, topics: readonly (readonly string[])[], end: number): number {
  let last = -1;
  for (const group of topics) last = Math.max(last, lastOf(text, group, end));
  return last;
}

/** The part of a sentence between the ";" around `at`. */
function semicolonPart(text: string, at: number): string {
  const stop = text.indexOf(';', at);
  return text.slice(text.lastIndexOf(';', at) + 1, stop < 0 ? text.length : stop);
}

/**
 * Where a sentence-level exclusion is looked for: the sentence, or the part of it between two ";"
 * (each states a matter of its own: 信息公开申请…全部按期答复;代表建议…全部办结), or in a run-on
 * sentence (one that strings a whole paragraph of topics together with commas) the clauses around
 * the cue only, so that 政府信息公开申请8件 at its end does not silence the 行政复议 figures at its start.
 */
const RUN_ON_CLAUSES = 8;
const EXCLUDE_REACH = 3;
function excludeScope(view: SentenceView, at: number | undefined): string {
  if (at === undefined) return view.text;
  const { text } = view;
  let from = text.lastIndexOf(';', at) + 1;
  const stop = text.indexOf(';', at);
  let to = stop < 0 ? text.length : stop;
  const k = clauseIndexAt(view.clauses, at);
  if (view.clauses.length >= RUN_ON_CLAUSES && k >= 0) {
    from = Math.max(from, view.clauses[Math.max(0, k - EXCLUDE_REACH)]!.start);
    to = Math.min(to, view.clauses[Math.min(view.clauses.length - 1, k + EXCLUDE_REACH)]!.end);
  }
  return text.slice(from, to);
}

/**
 * 出庭应诉 | 一审应诉案件96件: a table row's label names the row's matter, and the cell after it that names a cue itself
 * (at `at`) states its own count; the label's words are no distractors of that cue (a cue in the label itself,
 * 负责人出庭应诉案件 | 36件, keeps them). The label's span, to be masked, when the clause holds the row's first cell
 * separator before `at`; null otherwise.
 */
export function rowLabelBefore(view: SentenceView, clause: Span, at: number): Span | null {
  const cell = view.text.indexOf('|', clause.start);
  return cell > clause.start && cell < at && at < clause.end ? { start: clause.start, end: cell } : null;
}

/**
 * The clause-level conditions: a required word nearby, no distractor. Distractors inside `masked`
 * spans (the other subjects of a list the cue belongs to: 合法性审核率、备案率均为100%) and those right
 * after a `not_acts_after` word (拟出台的文件, not yet issued; 以区政府名义印发的, whose documents) do not count.
 * A clause `vouched` for by the one after it (…12件,均经合法性审核) needs no required word, and only the
 * distractors the voucher does not outweigh count; one whose required word may stand earlier (`nearFrom`:
 * a part of a total, …审查352件;其中合同119份) looks for it from there.
 */
export function fitsClause(
  view: SentenceView,
  compiled: CompiledEntry,
  clause: Span,
  masked: readonly Span[] = [],
  { vouched = false, nearFrom = clause.start, nearSkip }: { vouched?: boolean; nearFrom?: number; nearSkip?: Span } = {},
): boolean {
  const { rivals, other_actors: actors } = compiled.entry;
  const near = vouched ? [] : compiled.entry.near;
  const exclude = vouched ? compiled.vouchedExclude : compiled.entry.exclude;
  const { excludePattern } = compiled;
  // most entries set the clause no condition: no part of the text to cut out
  if (near.length === 0 && rivals.length === 0 && exclude.length === 0 && actors.length === 0 && excludePattern === null) return true;
  const part = view.text.slice(clause.start, clause.end);
  if (
    near.length > 0 &&
    !containsAny(nearSkip ? blanked(view.text, nearFrom, clause.end, nearSkip) : view.text.slice(nearFrom, clause.end), near) &&
    !labelUnderHeading(view, clause, near)
  )
    return false;
  if (actors.length > 0 && !ownActs(view, clause, part, actors, compiled.entry.own_roles, compiled.entry.actors_go_on)) return false;
  if (containsAny(part, rivals) && !containsEach(part, compiled.topics)) return false;
  // most entries name no distractor: nothing to mask
  if (exclude.length === 0 && excludePattern === null && (rivals.length === 0 || masked.length === 0)) return true;
  let visible = part;
  for (const m of masked) {
    const start = Math.max(m.start, clause.start) - clause.start;
    const end = Math.min(m.end, clause.end) - clause.start;
    if (end > start) visible = visible.slice(0, start) + ' '.repeat(end - start) + visible.slice(end);
  }
  // 热线满意率、建议提案满意率分别为96%、100%: an item of a list that names a rival and not the topic, the other items
  // masked, is about the rival, though another item names the topic
  if (masked.length > 0 && containsAny(visible, rivals) && !containsEach(visible, compiled.topics)) return false;
  if (exclude.length === 0 && excludePattern === null) return true;
  if (excludePattern?.test(visible)) return false;
  if (!containsActual(visible, exclude, compiled.notActs)) return true;
  // rarely reached: only a clause that names a distractor
  return !containsActual(withoutModifiersBeforeActs(visible, compiled), exclude, compiled.notActs);
}

/**
 * (一)重大行政决策事项目录 / 事项数量:9项: a sentence opening with a label of a few words and its figure says no more than
 * its heading about what it counts; the heading may hold the clause's required word.
 */
function labelUnderHeading(view: SentenceView, clause: Span, near: readonly string[]): boolean {
  if (clause.start > MAX_LABEL + 2) return false;
  const label = LABEL_FIGURE.exec(view.text);
  // the heading (and a table row above) that topicText holds after the sentence
  return label !== null && label[0].length > clause.start && containsAny(view.topicText.slice(view.text.length), near);
}
const LABEL_FIGURE = new RegExp(`^\\s*[^\\d,;:。]{1,${MAX_LABEL}}:\\s*[\\d〇一二两三四五六七八九十]`);

/**
 * Whether a clause counts for the body, not for another actor (法院受理一审行政案件105件: every suit before the court)
 * unless it names the body's role (以县政府为被告的…). A part of a total (其中一审行政诉讼案件142件) counts for whom the
 * total counts: the clauses before it, or the sentence before when it opens its own (本院共新收…186件。其中…). Where the
 * actors `goOn` (an entry's actors_go_on), a clause naming neither an actor nor a role goes on with the nearest clause
 * before it up to a ";" that names one (派出所全年接处警1536起,现场调处纠纷93起: the police's).
 */
export function ownActs(view: SentenceView, clause: Span, part: string, actors: readonly string[], roles: readonly string[], goOn = false): boolean {
  if (containsAny(part, roles)) return true;
  if (containsAny(part, actors)) return false;
  if (!startsWithAny(part.trimStart(), view.parts)) return !goOn || actorGoesOn(view, clause, actors, roles);
  const total = clause.start > 0 ? view.text.slice(0, clause.start) : (view.doc.sentences[view.index - 1]?.plain ?? '');
  return !containsAny(total, actors) || containsAny(total, roles);
}

/** Whether the nearest clause before `clause`, up to a ";", that names an actor or a role names a role (or none does). */
function actorGoesOn(view: SentenceView, clause: Span, actors: readonly string[], roles: readonly string[]): boolean {
  for (const words of clausesBackToSemicolon(view, clause.start)) {
    if (containsAny(words, roles)) return true;
    if (containsAny(words, actors)) return false;
  }
  return true;
}

/** text[from, to) with the part inside `skip` blanked out. */
function blanked(text: string, from: number, to: number, skip: Span): string {
  const start = Math.min(Math.max(skip.start, from), to);
  const end = Math.max(Math.min(skip.end, to), start);
  return text.slice(from, start) + ' '.repeat(end - start) + text.slice(end, to);
}

/** A figure written in digits. */
const FIGURE = /\d/;

/** How many characters may stand between a modifier and the word it modifies (对已废止的县政府规范性文件). */
export const MODIFIED_REACH = 4;

/**
 * The modifier of what is counted (对…的, lexicon object_modifiers) that ends right before `at` in its clause, or a
 * few characters before it: 对已废止的规范性文件逐件登记 says which documents were registered, and 废止 there is no act
 * of the clause's. None when it holds a figure (对18件…的申请: what that figure counts).
 */
export function modifierBefore(view: SentenceView, compiled: CompiledEntry, clause: Span, at: number): Span | undefined {
  const part = view.text.slice(clause.start, at);
  const re = compiled.objectModifier;
  re.lastIndex = 0;
  let found: Span | undefined;
  for (let m = re.exec(part); m !== null && m[0] !== ''; m = re.exec(part)) {
    const end = m.index + m[0].length;
    if (part.length - end <= MODIFIED_REACH && !FIGURE.test(m[0]) && WITHIN_CLAUSE_WORDS.test(part.slice(end)))
      found = { start: clause.start + m.index, end: clause.start + end };
  }
  return found;
}
/** Words only, no break or figure: what may stand between a modifier and the word it modifies. */
export const WITHIN_CLAUSE_WORDS = /^[\u4e00-\u9fa5]*$/;

/**
 * The clause with every modifier of what it counts blanked out where one of the entry's cues follows
 * the modified word (对不符合形式要件的申请…补正后受理…52件: the act is 受理, the modifier says which were
 * taken in); a cue right after the modifier is the modified word itself (对…的复议申请3件), no act; a modifier
 * holding a figure (对18件不符合…的申请) is what that figure counts.
 */
function withoutModifiersBeforeActs(part: string, compiled: CompiledEntry): string {
  let out = part;
  const re = compiled.objectModifier;
  re.lastIndex = 0;
  for (let m = re.exec(part); m !== null && m[0] !== ''; m = re.exec(part)) {
    const end = m.index + m[0].length;
    // 对18件不符合受理条件的申请…: a figure inside the modifier counts the ones it picks out, whatever act follows
    if (FIGURE.test(m[0])) continue;
    const { cues } = compiled.entry;
    let modified = end;
    for (const cue of cues) if (part.startsWith(cue, end)) modified = Math.max(modified, end + cue.length);
    if (containsAny(part.slice(modified), cues)) out = out.slice(0, m.index) + ' '.repeat(m[0].length) + out.slice(end);
  }
  return out;
}

/**
 * A cue reaches a number after it: only context words between them, and no other number; or
 * context words and then a change phrase that ends right before the number (权重由8%提高到12%);
 * or context words and then the same event counted in a measure the cue's fact does not take,
 * joined to the number by a measure link (培训6期、180人次), or counted per time with a bracket
 * right after it that counts it per head (旁听庭审1260人次(涉及领导干部540人)).
 */
export function reaches(state: SentenceState, cue: Cue, q: Quantity): boolean {
  if (cue.end > q.start) return false;
  const { text } = state.view;
  if (cue.compiled.gap.test(text, cue.end, q.start) && !countsBetween(state, cue.end, q.start))
    // 执法记录仪全市配备2540台: a place's whole between them says whose the figure is, the superior's in a county's report
    return !namesSuperiorWhole(state.tables, state.view.doc, text.slice(cue.end, q.start));
  const other = onlyCountBetween(state.quantities, cue.end, q);
  if (
    other !== undefined &&
    ((!cue.compiled.entry.units.includes(other.unit) && state.tables.measureLinks.includes(text.slice(other.end, q.start))) ||
      countsHeadsOf(state, cue, other, q)) &&
    cue.compiled.gap.test(text, cue.end, other.start)
  )
    return true;
  for (const change of state.changes.get(q) ?? []) if (change >= cue.end) return cue.compiled.gap.test(text, cue.end, change);
  return false;
}

/**
 * Whether a number stands in [from, to] outside the asides there: one inside an aside (公职律师(2023年为9名)12名, another
 * year's figure in brackets) is the aside's, and does not part a cue from the figure after it.
 */
function countsBetween(state: SentenceState, from: number, to: number): boolean {
  if (!anyWithin(state.quantities, from, to)) return false;
  const asides = asidesWithin(state.view.text, from, to, state.compiled.asides);
  return state.quantities.some((o) => o.start >= from && o.end <= to && !asides.some((a) => o.start >= a.start && o.end <= a.end));
}

/**
 * Whether `q` counts per head, in a bracket right after it, the event `perTime` counts per time (1260人次(涉及领导干部540人),
 * 320家次(实际180家)): a lead word of rules/passes.yaml (nearest_cue.heads_leads) or none, then only the cue's context words.
 */
function countsHeadsOf(state: SentenceState, cue: Cue, perTime: Quantity, q: Quantity): boolean {
  const { text } = state.view;
  if (perTime.unit.length < 2 || !perTime.unit.endsWith(PER_TIME) || q.unit.endsWith(PER_TIME) || text[perTime.end] !== '(') return false;
  const from = perTime.end + 1;
  const lead = state.tables.headsLeads.find((w) => text.startsWith(w, from)) ?? '';
  return cue.compiled.gap.test(text, from + lead.length, q.start);
}
/** What ends a counting word per time (人次, 家次, 件次). */
const PER_TIME = '次';

/** The one number standing between `from` and `q`, or undefined when there is none or more than one (a loop: this runs per cue and number). */
function onlyCountBetween(quantities: readonly Quantity[], from: number, q: Quantity): Quantity | undefined {
  let found: Quantity | undefined;
  for (const o of quantities) {
    if (o === q || o.start < from || o.end > q.start) continue;
    if (found !== undefined) return undefined;
    found = o;
  }
  return found;
}
