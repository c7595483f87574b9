/**
 * The cues of a sentence: every occurrence of a cue word of the lexicon (the longest at a place,
 * not denied), and those whose entry's conditions hold there; the passes bind numbers to them.
 */
import type { Span } from '../document/types.js';
import {
  actOfUnitsUnder,
  afterOccasion,
  applies,
  BARE_RATE_REACH,
  fitsClause,
  modifierBefore,
  MODIFIED_REACH,
  rowLabelBefore,
  WITHIN_CLAUSE_WORDS,
  type Cue,
  type SentenceView,
} from './passes/context.js';
import { cueLists, listMates } from './passes/list-sharing.js';
import type { CompiledTables } from './passes/tables.js';
import {
  clauseAt,
  containsActual,
  containsAny,
  COUNTED,
  COUNTED_END,
  LISTED_OBJECT,
  MAX_LISTED_OBJECTS,
  startsWithAny,
  type CompiledEntry,
  type CompiledLexicon,
} from './text.js';
import { matchSpans } from '../util/matches.js';

/** The clause right after `clause` vouches for the entry (…15件,均经合法性审核). */
function confirmedAfter(view: SentenceView, compiled: CompiledEntry, clause: Span): boolean {
  if (compiled.confirmedBy.length === 0) return false;
  const next = view.clauses.find((c) => c.start > clause.end);
  if (!next) return false;
  const part = view.text.slice(next.start, next.end).replace(/^\s+/, '');
  return compiled.confirmedBy.some((re) => re.test(part));
}

/** What every word saying a count leaves something out (rules/passes.yaml other_period.excluded) holds: the screen before its patterns. */
const LEAVING_OUT = /不包|不含|未包|计入|除/;
const NO_SPANS: readonly Span[] = [];

/** A count's last digit or numeral, and a measure word of one character after it. */
const COUNT_DIGIT = '[\\d〇零一二两三四五六七八九十百千万]';
const MEASURE = '[件人名次期项份个场家条批起宗台辆部篇户处]';
/** A count closing a clause (or a text, ending where a bracket opens: 24名|(另有…)), its measure (group 1). */
const COUNT_AT_END = new RegExp(`${COUNT_DIGIT}(?:余|多)?(人次|${MEASURE})$`);

/**
 * 规范性文件,事前经法制审核的有14件 / 区政府签的合同,经审查的有67份: a clause that names the subject and counts
 * nothing, followed by one that names no subject, holds the entry's verb (`near`, not denied) and closes with a count
 * in its measure: that clause tells what was done to the subject and how many, as `confirmed_by` does.
 */
function countedInNextClause(view: SentenceView, c: Cue, clause: Span, cues: readonly Cue[]): boolean {
  const next = view.clauses.find((k) => k.start > clause.end);
  if (next === undefined) return false;
  const part = view.text.slice(next.start, next.end).trimEnd();
  const unit = COUNT_AT_END.exec(part)?.[1];
  if (unit === undefined || !c.compiled.entry.units.includes(unit) || COUNT_IN.test(view.text.slice(clause.start, clause.end))) return false;
  for (const k of cues) if (k.start >= next.start && k.end <= next.end) return false;
  for (const verb of c.compiled.entry.near) {
    const at = part.indexOf(verb);
    if (at >= 0 && !UNDONE_OR_PART.test(part.slice(0, at))) return true;
  }
  return false;
}

/**
 * 其中市政府受理487件、各县(市、区)政府受理685件: the item of a list of counted clauses (each its own subject, act and count)
 * that a cue at `at` stands in, from the mark after the count before it, to the clause's end; the clause itself where the
 * cue stands in no such item.
 */
function countedItemAt(view: SentenceView, clause: Span, at: number): Span {
  const { text } = view;
  // the last mark outside brackets: 各县(市、区) is one item (read in place: this runs per cue)
  let depth = 0;
  let mark = at - 1;
  for (; mark > clause.start; mark--) {
    const ch = text[mark];
    if (ch === ')') depth++;
    else if (ch === '(') depth--;
    else if (ch === '、' && depth <= 0) break;
  }
  return mark > clause.start && COUNT_AT_END.test(text.slice(clause.start, mark)) ? { start: mark + 1, end: clause.end } : clause;
}

/** Words before a verb that deny or defer it (未经, 尚待) or make its count a part (其中): what then follows vouches for nothing. */
const UNDONE_OR_PART = /[未不没待]|其中/;

/**
 * 累计化解行政争议63件,其中2022年化解21件: a part of a total (a clause opening with a part word) whose cue
 * repeats a word of the total's clause counts what the total counts; a distractor there is the part's too.
 */
function partOfExcluded(view: SentenceView, c: Cue, clause: Span, tables: CompiledTables): boolean {
  const { exclude } = c.compiled.entry;
  if (exclude.length === 0 || !startsWithAny(view.text.slice(clause.start, c.start).trimStart(), tables.parts)) return false;
  const total = clauseAt(view.clauses, clause.start - 1);
  if (total.end >= clause.start) return false;
  const whole = view.text.slice(total.start, total.end);
  return whole.includes(view.text.slice(c.start, c.end)) && containsActual(whole, exclude, c.compiled.notActs);
}

/**
 * 审核重大执法决定287件,(同比增长9%,)审核率100%: a rate whose clause opens with its cue names no subject of its own;
 * it is the rate of what the nearest clause before it that names one counts (past clauses that name none: 同比增长9%,
 * as rate-continuation reads a bare rate word), so a distractor there is the rate's too.
 */
function bareRateOfExcluded(view: SentenceView, c: Cue, clause: Span, cues: readonly Cue[]): boolean {
  const { exclude, shape } = c.compiled.entry;
  if (shape !== 'rate' || exclude.length === 0 || view.text.slice(clause.start, c.start).trim() !== '') return false;
  const before = view.clauses.filter((k) => k.end <= clause.start).slice(-BARE_RATE_REACH);
  for (const k of before.reverse()) {
    // (the cues are in the lexicon's order: the last named is the one that starts last)
    let last = -1;
    for (const o of cues) if (o.start >= k.start && o.end <= k.end && o.start > last) last = o.start;
    // 规范性文件审核备案 | 前置审核…12件,审核率100%: the row's label is no distractor of what its cell names
    const label = last < 0 ? null : rowLabelBefore(view, k, last);
    if (containsActual(view.text.slice(label?.end ?? k.start, k.end), exclude, c.compiled.notActs)) return true;
    if (last >= 0) return false;
  }
  return false;
}

/**
 * 为村两委成员举办法治培训班,培训150人: a count whose clause opens with its cue names no one of its own; it counts whom the
 * clause right before it names, when that clause counts nothing itself (审议议题12项,审查合同45件: a predicate of its
 * own), or only the same event in another measure (为村(社区)干部举办执法培训班2期,培训180人: the course's 期, its 培训
 * named again), so a distractor there is the count's too.
 */
function bareCountOfExcluded(view: SentenceView, c: Cue, clause: Span): boolean {
  const { exclude, shape, units } = c.compiled.entry;
  if (shape !== 'count' || exclude.length === 0 || view.text.slice(clause.start, c.start).trim() !== '') return false;
  const before = view.clauses.filter((k) => k.end <= clause.start).at(-1);
  if (before === undefined) return false;
  const text = view.text.slice(before.start, before.end);
  return countsNothingOfIts(text, units, view.text.slice(c.start, c.end)) && containsActual(text, exclude, c.compiled.notActs);
}

/** Whether a clause counts nothing, or only in measures other than `units` and of the event its `cue` names again. */
function countsNothingOfIts(text: string, units: readonly string[], cue: string): boolean {
  if (!COUNT_IN.test(text)) return true;
  if (!text.includes(cue)) return false;
  const measures = [...text.matchAll(COUNT_MEASURED)].map((m) => m[1]!);
  return !DIGIT.test(text.replaceAll(COUNT_MEASURED, '')) && measures.every((m) => !units.includes(m));
}

/**
 * 公布年度重大行政决策事项目录,事项9项 / 审查政府合同,协议1,286件: a clause of the cue and its count alone, after a
 * clause of the same sentence that states the act and counts nothing, counts what that act did (a comma stands where
 * a 、 or nothing would): the entry's verb (`near`) may stand in the clause before. So may it in the first of a list of
 * counted objects of other facts the clauses before give (审核决策草案6件,合同102件: the verb and its first object, then
 * objects and counts alone). Where that clause starts, or `from` when the cue's clause is no such count.
 */
function actBeforeBareCount(view: SentenceView, c: Cue, clause: Span, from: number): number {
  if (c.compiled.entry.near.length === 0 || view.text.slice(clause.start, c.start).trim() !== '') return from;
  if (!BARE_COUNT.test(view.text.slice(c.end, clause.end))) return from;
  const at = view.clauses.findLastIndex((k) => k.end < clause.start);
  const before = view.clauses[at];
  if (before === undefined) return from;
  if (!MEASURED_COUNT.test(view.text.slice(before.start, before.end))) return before.start;
  // the cue's own clause is the list's last object: at most MAX_LISTED_OBJECTS - 1 stand between it and the verb's
  for (let k = at; k >= Math.max(0, at - (MAX_LISTED_OBJECTS - 1)); k--) {
    const { start, end } = view.clauses[k]!;
    const text = view.text.slice(start, end);
    // 审查政府合同45件,协议12件: a clause before counting the same fact leaves the cue's count no object of its list
    if (containsAny(text, c.compiled.entry.cues)) return from;
    if (containsAny(text, c.compiled.entry.near)) return COUNTED_END.test(text) ? start : from;
    if (!LISTED_OBJECT.test(text)) return from;
  }
  return from;
}

/** How many characters may stand between a part word and the cue it opens (其中涉及: 涉及). */
const PART_LEAD_REACH = 4;

/**
 * 出具合法性审查意见187件,其中政府合同49件: a part of a total (a clause of a part word, the cue and its count alone) whose
 * total, the clause right before it, names none of the entry's cues but holds its verb (`near`) and closes with a count in
 * one of its measures, counts what that verb did: the part's share was reviewed as the whole was. Where the total starts,
 * or null (a total naming the cue is pickedFromTotal's or the fact's own: 审查合同229件,其中涉外合同4件; one naming a
 * distractor gives its part none: 为村集体审查合同…).
 */
function actOfTotalBeforePart(view: SentenceView, c: Cue, clause: Span, tables: CompiledTables): number | null {
  const { near, cues, units, exclude } = c.compiled.entry;
  if (near.length === 0) return null;
  const lead = view.text.slice(clause.start, c.start).trimStart();
  const part = tables.parts.find((p) => lead.startsWith(p));
  if (part === undefined || lead.length - part.length > PART_LEAD_REACH || DIGIT.test(lead)) return null;
  const counted = BARE_COUNT.exec(view.text.slice(c.end, clause.end));
  if (counted === null || !units.some((u) => counted[0].trimEnd().endsWith(u))) return null;
  const at = view.clauses.findLastIndex((k) => k.end < clause.start);
  const total = view.clauses[at];
  if (total === undefined) return null;
  const text = view.text.slice(total.start, total.end);
  const unit = COUNT_AT_END.exec(text.trimEnd())?.[1];
  if (unit === undefined || !units.includes(unit) || containsAny(text, cues) || !containsAny(text, near)) return null;
  return containsActual(text, exclude, c.compiled.notActs) ? null : total.start;
}

/** A short object of two to four characters and its count, alone in a clause (文件15件): the object is group 2. */
const SHORT_OBJECT = new RegExp(String.raw`^(\s*)([\u3400-\u9fff]{2,4}?)` + COUNTED);
/** A count and its measure, alone (after the cue: 9项, 1,286件). */
const BARE_COUNT = /^\s*(?:\d[\d.,]*|[〇零一二两三四五六七八九十百千万]+)(?:余|多)?(?:人次|学时|[件人名次期项份个场家条批起宗台])\s*$/;

/** A count anywhere in a clause: a digit, or a Chinese numeral before a measure word (not 两 of 村两委). */
export const COUNT_IN = /\d|[〇零一二两三四五六七八九十百千万]+(?:余|多)?(?:[件人名次期项份个场家条批起宗台辆部篇户处类轮堂节]|学时|小时)/;
/** A count with its measure (group 1), the measure the longest: 人次 before 人. */
const COUNT_MEASURED = /(?:[\d.,]+|[〇零一二两三四五六七八九十百千万]+)(?:余|多)?(人次|学时|小时|[件人名次期项份个场家条批起宗台辆部篇户处类轮堂节])/g;
const MEASURED_COUNT = new RegExp(COUNT_MEASURED.source);
const DIGIT = /\d/;

/**
 * 审查合同45件(其中涉外合同3件、担保合同2件), 审查合同236件(涉外合同3件): a cue in brackets that open a part of
 * a total (a part word, or right after the total's count), naming again the word the total counts, counts one
 * kind of what the total counts, not the fact (the total is), as a part in a clause of its own does, which lacks
 * the total's verb. Not a share the fact's own words pick (其中废止规范性文件14件, 其中由法律顾问审查的合同12件),
 * a year's or the body's own (其中2023年…, 其中市本级…), nor the fact's share of a total that lists a distractor
 * beside it (对议题和合同审查86件(其中合同37份): pickedFromTotal's reading).
 */
function kindInBrackets(view: SentenceView, c: Cue, clause: Span, tables: CompiledTables): boolean {
  const before = view.text.slice(clause.start, c.start);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.includes(')', open)) return false;
  const total = before.slice(0, open);
  const inside = before.slice(open + 1);
  const unit = c.compiled.entry.units.find((u) => total.endsWith(u));
  const counted = unit !== undefined && COUNT_END.test(total.slice(0, -unit.length));
  const part = tables.parts.find((p) => inside.startsWith(p)) ?? (counted ? '' : undefined);
  if (part === undefined) return false;
  // the kind named right before the cue: after the part word, or after the list word that opens a later item
  const kind = inside
    .slice(part.length)
    .split(/[、,;]/)
    .pop()!;
  if (/\d/.test(kind) || tables.ownPart.test(kind) || c.compiled.entry.near.some((w) => kind.includes(w))) return false;
  const word = view.text.slice(c.start, c.end);
  const at = total.lastIndexOf(word);
  return at >= 0 && !listedBeside(total, at, at + word.length, c.compiled.entry.exclude, tables);
}

/** The end of a count before its unit (236, 二百余). */
const COUNT_END = /[\d〇零一二两三四五六七八九十百千万](?:余|多)?$/;

/** How far apart a distractor and the cue may stand in a list (议题、规范性文件和合同). */
const LIST_REACH = 12;

/**
 * 议题、文件、合同合法性审查352件,审查率100%;其中合同119份: a part of a total (a clause opening with a part
 * word) that names again its cue, which the total lists beside a distractor, picks the fact's share out of
 * the total and takes its verb. The total's clause (the nearest earlier one naming the cue), or null. Not
 * a distractor the cue's word governs (累计化解行政争议63件,其中今年化解21件: partOfExcluded), nor a total
 * without one (审查合同229件,其中涉外合同4件: the total is the fact's, the part one kind of it).
 */
function pickedFromTotal(view: SentenceView, c: Cue, clause: Span, tables: CompiledTables): Span | null {
  const { exclude } = c.compiled.entry;
  if (exclude.length === 0 || !startsWithAny(view.text.slice(clause.start, c.start).trimStart(), tables.parts)) return null;
  const word = view.text.slice(c.start, c.end);
  for (let k = view.clauses.length - 1; k >= 0; k--) {
    const total = view.clauses[k]!;
    if (total.end >= clause.start) continue;
    const whole = view.text.slice(total.start, total.end);
    const at = whole.indexOf(word);
    if (at >= 0) return listedBeside(whole, at, at + word.length, exclude, tables) ? total : null;
  }
  return null;
}

/** Whether a distractor stands in a list with the word at [start, end) of `text`: only a short run holding a list word between them. */
function listedBeside(text: string, start: number, end: number, exclude: readonly string[], tables: CompiledTables): boolean {
  for (const d of exclude) {
    for (let at = text.indexOf(d); at >= 0; at = text.indexOf(d, at + 1)) {
      const between = at < start ? text.slice(at + d.length, start) : text.slice(end, at);
      tables.listWord.lastIndex = 0;
      if (between.length <= LIST_REACH && tables.listWord.test(between)) return true;
    }
  }
  return false;
}

/**
 * 审查以县政府名义签订的合同。此类合同共96份: a cue right after a back-reference word (此类, 上述) that opens its clause
 * names what the clause before it named; that clause and its own together are where the entry's conditions (its verb)
 * are looked for. Null for any other cue.
 */
function referredFrom(view: SentenceView, tables: CompiledTables, clause: Span, at: number): Span | null {
  const lead = view.text.slice(clause.start, at).trim();
  if (lead === '' || !tables.backReferences.includes(lead)) return null;
  const before = clauseAt(view.clauses, clause.start - 1);
  return before.end < clause.start ? { start: before.start, end: clause.end } : null;
}

/** A sentence without cues (most of them): one result for all, never written to. */
export const NO_CUES: { all: readonly Cue[]; fitting: readonly Cue[] } = { all: [], fitting: [] };

/**
 * Cue occurrences, from the `count` words the lexicon's scan found (`found`: id, start, end each, read
 * first, before any condition may scan another text into it); a cue inside a longer one (出庭案件 in
 * 应出庭案件) is not read on its own. `all` are every occurrence, `fitting` those whose conditions hold.
 */
export function cuesIn(
  view: SentenceView,
  lexicon: CompiledLexicon,
  tables: CompiledTables,
  found: Int32Array,
  count: number,
): { all: readonly Cue[]; fitting: readonly Cue[] } {
  const { cue, owners } = lexicon.terms;
  // which words are inside a longer or a denied one is told by their places: only the others' entries
  // become cue objects (those inside a longer one, with all their entries, were a third of them)
  const denied = deniedAmong(found, count, cue, view.text, lexicon, tables);
  const longest: (Cue & { order: number })[] = [];
  // the scan's words stand by start, the longest first at a place: a cue word lies inside a longer cue word (or
  // a denied one) exactly when one before it reaches as far as its end, so one pass with the furthest ends will do
  const anyDenied = denied !== NONE_DENIED;
  let reach = -1;
  let deniedReach = -1;
  for (let k = 0; k < count * 3; k += 3) {
    if (!isCueWord(found, k, cue)) continue;
    const start = found[k + 1]!;
    const end = found[k + 2]!;
    const isDenied = anyDenied && denied[k] === true;
    const inside = reach >= end || deniedReach >= end || isDenied;
    if (end > reach) reach = end;
    if (isDenied && end > deniedReach) deniedReach = end;
    if (inside) continue;
    for (const { compiled, order } of owners[found[k]!]!) longest.push({ start, end, compiled, order });
  }
  shortFormCues(view, lexicon, longest);
  if (longest.length === 0) return NO_CUES;
  // as the lexicon lists entries and cues: on ties, the earlier entry wins
  byOrder(longest);
  let breaks: Span[] | undefined;
  let lists: number[] | undefined;
  let leftOut: readonly Span[] | undefined;
  let tools: readonly Span[] | undefined;
  const fitting: Cue[] = [];
  for (let k = 0; k < longest.length; k++) {
    const c = longest[k]!;
    if (!applies(view, c.compiled, c.start)) continue;
    const clause = clauseAt(view.clauses, c.start);
    const item = countedItemAt(view, clause, c.start);
    if (actOfUnitsUnder(view, tables, c.compiled.entry.id, clause) || (item !== clause && actOfUnitsUnder(view, tables, c.compiled.entry.id, item))) continue;
    // the masks hide distractors (exclude): an entry without any needs none
    let masked: Span[] = [];
    if (c.compiled.entry.exclude.length > 0 || c.compiled.excludePattern !== null) {
      // found once a sentence, not once a cue
      breaks ??= matchSpans(tables.predicateBreak, view.text);
      lists ??= cueLists(view.text, longest, tables);
      masked = listMates(k, longest, lists);
      addOtherPredicates(masked, clause, c, breaks);
      addQualifyingModifier(masked, view, c, clause);
      addApartBrackets(masked, view, clause, tables);
      addIncludedBrackets(masked, view, c, clause, tables);
      addCountedMate(masked, view, c, clause);
      tools ??= matchSpans(tables.tools, view.text);
      masked.push(...tools);
      const label = rowLabelBefore(view, clause, c.start);
      if (label) masked.push(label);
      // 受理106件(不含不符合受理条件的12件): what a count leaves out is not what it counts; its words are no distractors
      leftOut ??= LEAVING_OUT.test(view.text) ? matchSpans(tables.otherPeriodMarks(view.doc).excluded, view.text) : NO_SPANS;
      masked.push(...leftOut);
    }
    const picked = pickedFromTotal(view, c, clause, tables);
    const referred = referredFrom(view, tables, clause, c.start);
    const conditions = {
      vouched: confirmedAfter(view, c.compiled, clause),
      nearFrom:
        picked?.start ?? actOfTotalBeforePart(view, c, clause, tables) ?? actBeforeBareCount(view, c, clause, afterOccasion(view, tables, clause, c.start)),
      // 对已废止的规范性文件逐件登记: a verb in the modifier of the cue's own word says which ones, not what was done
      nearSkip: modifierBefore(view, c.compiled, clause, c.start),
    };
    const ofTotal =
      picked !== null ||
      (!partOfExcluded(view, c, clause, tables) &&
        !kindInBrackets(view, c, clause, tables) &&
        !bareRateOfExcluded(view, c, clause, longest) &&
        !bareCountOfExcluded(view, c, clause));
    if (!ofTotal) continue;
    if (
      fitsClause(view, c.compiled, clause, masked, conditions) ||
      (referred !== null && fitsClause(view, c.compiled, referred, masked, { ...conditions, nearFrom: referred.start })) ||
      (countedInNextClause(view, c, clause, longest) && fitsClause(view, c.compiled, clause, masked, { ...conditions, vouched: true }))
    )
      fitting.push(c);
  }
  return { all: longest, fitting };
}

/**
 * 出台行政规范性文件15件。…审核重大行政决策草案6件,合同102件,文件15件: an object alone with its count in a list of counted
 * objects (the clause before ends in a count too), no cue word of its own, that is the last words of a cue word named in
 * full before it in its sentence or in the sentence before in its paragraph, stands for that word (the last named): its
 * entries take it as their cue, and the sentence names the word's topic (topicText).
 */
function shortFormCues(view: SentenceView, lexicon: CompiledLexicon, longest: (Cue & { order: number })[]): void {
  const { clauses, text } = view;
  for (let k = 1; k < clauses.length; k++) {
    const clause = clauses[k]!;
    const object = SHORT_OBJECT.exec(text.slice(clause.start, clause.end));
    if (object === null || !COUNTED_END.test(text.slice(clauses[k - 1]!.start, clauses[k - 1]!.end))) continue;
    if (longest.some((c) => c.start < clause.end && c.end > clause.start)) continue;
    const short = object[2]!;
    const named = namedInFull(view, lexicon.terms.byWord.keys(), short, clause.start);
    if (named === null) continue;
    const start = clause.start + object[1]!.length;
    for (const { compiled, order } of lexicon.terms.byWord.get(named)!) longest.push({ start, end: start + short.length, compiled, order });
    view.topicText += `\n${named}`;
  }
}

/** The cue word ending in `short` named last before `at` in the sentence, else in the sentence before in its paragraph. */
function namedInFull(view: SentenceView, words: Iterable<string>, short: string, at: number): string | null {
  const { doc, index } = view;
  const before = doc.sentences[index - 1];
  const paragraph =
    before !== undefined && before.section === view.sentence.section && !doc.source.text.slice(before.span.end, view.sentence.span.start).includes('\n')
      ? before.plain
      : '';
  const longer = [...words].filter((word) => word.length > short.length && word.endsWith(short));
  for (const within of [view.text.slice(0, at), paragraph]) {
    let best: string | null = null;
    let place = -1;
    for (const word of longer) {
      const last = within.lastIndexOf(word);
      // at one place the longer word (行政规范性文件, not 规范性文件 inside it)
      if (last > place || (last >= 0 && last === place && word.length > best!.length)) [best, place] = [word, last];
    }
    if (best !== null) return best;
  }
  return null;
}
/**
 * Sorts cues by their entry's and word's order, then place: in place, by insertion, as a sentence
 * holds a few cues and Array#sort copies them into a work array first.
 */
function byOrder(cues: (Cue & { order: number })[]): void {
  for (let i = 1; i < cues.length; i++) {
    const c = cues[i]!;
    let k = i;
    for (; k > 0 && (cues[k - 1]!.order > c.order || (cues[k - 1]!.order === c.order && cues[k - 1]!.start > c.start)); k--) cues[k] = cues[k - 1]!;
    cues[k] = c;
  }
}

/** No cue denied: one list for all, never written to (an index past its end reads undefined, no denial). */
const NONE_DENIED: readonly boolean[] = [];

// The helpers below are loops over the scan's words in place (word k: id found[k], start found[k + 1],
// end found[k + 2]), not closures: cuesIn runs on every sentence.

/** Whether word k is a cue word (the scan's words past the term words are none). */
const isCueWord = (found: Int32Array, k: number, cue: Uint8Array): boolean => found[k]! < cue.length && cue[found[k]!] === 1;

/**
 * Which cue words are denied (by their place in `found`): 不予受理, 尚未审查 — a denied verb is no
 * subject of ours (its longer forms are not cues either), and nor is a cue right after a denied one
 * (不受理行政复议申请, 未受理的复议案件), however many follow one another.
 */
function deniedAmong(found: Int32Array, count: number, cue: Uint8Array, text: string, lexicon: CompiledLexicon, tables: CompiledTables): readonly boolean[] {
  let denied: boolean[] | undefined;
  for (let k = 0; k < count * 3; k += 3) {
    if (!isCueWord(found, k, cue) || !lexicon.negated(text, found[k + 1]!)) continue;
    denied ??= new Array<boolean>(count * 3).fill(false);
    denied[k] = true;
  }
  // most sentences deny no cue: no list of them
  if (denied === undefined) return NONE_DENIED;
  for (let grew = true; grew;) {
    grew = false;
    for (let i = 0; i < count * 3; i += 3) {
      if (denied[i] || !isCueWord(found, i, cue) || !followsDenied(found, count, i, denied, text, tables)) continue;
      denied[i] = true;
      grew = true;
    }
  }
  return denied;
}

function followsDenied(found: Int32Array, count: number, i: number, denied: readonly boolean[], text: string, tables: CompiledTables): boolean {
  const start = found[i + 1]!;
  for (let k = 0; k < count * 3; k += 3) {
    if (!denied[k]) continue;
    const end = found[k + 2]!;
    if (end === start) return true;
    for (const w of tables.negationLinks) if (end + w.length === start && text.startsWith(w, end)) return true;
  }
  return false;
}

/**
 * 经过培训、考试合格并取得执法证件的在岗执法人员共693名: a modifier closed by 的 right before the cue (a few words
 * between) that says the people counted hold the post's papers (the entry's `qualified_by`) tells how they came to;
 * the course or exam in it (`qualified_despite`) is no act of the clause: adds their places to `masked`.
 */
function addQualifyingModifier(masked: Span[], view: SentenceView, c: Cue, clause: Span): void {
  const { qualifiedBy } = c.compiled;
  if (qualifiedBy === null) return;
  const part = view.text.slice(clause.start, c.start);
  const mark = part.lastIndexOf('的');
  if (mark < 0 || part.length - mark - 1 > MODIFIED_REACH || !WITHIN_CLAUSE_WORDS.test(part.slice(mark + 1))) return;
  const modifier = part.slice(0, mark);
  if (!qualifiedBy.test(modifier)) return;
  for (const word of c.compiled.entry.qualified_despite)
    for (let at = modifier.indexOf(word); at >= 0; at = modifier.indexOf(word, at + word.length))
      masked.push({ start: clause.start + at, end: clause.start + at + word.length });
}

/**
 * 执法人员共有24名(另有协管人员38名未纳入统计): a bracket right after a count that opens with one of `apart` counts others
 * beside it; its words are no distractors of the clause's cues: adds it to `masked`.
 */
function addApartBrackets(masked: Span[], view: SentenceView, clause: Span, tables: CompiledTables): void {
  const { text } = view;
  for (let open = text.indexOf('(', clause.start); open >= 0 && open < clause.end; open = text.indexOf('(', open + 1)) {
    if (!COUNT_AT_END.test(text.slice(Math.max(clause.start, open - COUNT_BEFORE_REACH), open))) continue;
    if (!tables.apart.some((w) => text.startsWith(w, open + 1))) continue;
    const close = text.indexOf(')', open);
    masked.push({ start: open, end: close < 0 || close > clause.end ? clause.end : close + 1 });
  }
}

/**
 * 持证执法人员(含辅助岗位转岗人员)2,140名 / 受理行政复议申请(含转递)96件: a bracket right after the cue word that opens with
 * a word of taking in (continuation.bracket_parts) lists a part the count covers, as such a bracket after the count does:
 * its words are no distractors of the count.
 */
function addIncludedBrackets(masked: Span[], view: SentenceView, c: Span, clause: Span, tables: CompiledTables): void {
  const { text } = view;
  let open = c.end;
  while (open < clause.end && /\s/.test(text[open]!)) open++;
  if (text[open] !== '(' || !tables.bracketParts.some((w) => text.startsWith(w, open + 1))) return;
  const close = text.indexOf(')', open);
  if (close < 0 || close >= clause.end) return;
  masked.push({ start: open, end: close + 1 });
}

/**
 * 87份合同协议和143个常务会议议题…全部经过合法性审查: a cue its count stands right before, joined (和, 及, 、) to another
 * object with a count of its own, shares the verb after both; the other object's words up to that verb (the entry's
 * `near`) are its own, no distractors of this count.
 */
function addCountedMate(masked: Span[], view: SentenceView, c: Cue, clause: Span): void {
  const { text } = view;
  if (!COUNT_RIGHT_BEFORE.test(text.slice(Math.max(clause.start, c.start - COUNT_BEFORE_REACH), c.start))) return;
  const mate = COUNTED_MATE.exec(text.slice(c.end, clause.end));
  if (mate === null) return;
  const from = c.end + mate[0].length;
  let verb = -1;
  for (const word of c.compiled.entry.near) {
    const at = text.indexOf(word, from);
    if (at >= 0 && at < clause.end && (verb < 0 || at < verb)) verb = at;
  }
  if (verb >= 0) masked.push({ start: c.end, end: verb });
}

/** A count and its measure word right before a cue (87份|合同协议). */
const COUNT_RIGHT_BEFORE = new RegExp(`${COUNT_DIGIT}(?:余|多)?${MEASURE}$`);

/** A join and another count right after a cue (…合同协议|和143个). */
const COUNTED_MATE = new RegExp(`^\\s*(?:和|及|以及|、)\\s*${COUNT_DIGIT}[\\d,.〇零一二两三四五六七八九十百千万]*(?:余|多)?${MEASURE}`);
const COUNT_BEFORE_REACH = 4;

/**
 * In a list of predicates (受理行政复议案件36件、办结30件) the other predicates' words are theirs:
 * adds the parts of the clause outside the cue's own predicate to `masked`.
 */
function addOtherPredicates(masked: Span[], clause: Span, cue: Span, breaks: readonly Span[]): void {
  let start = clause.start;
  let end = clause.end;
  for (const b of breaks) {
    if (b.start < clause.start) continue;
    if (b.start >= clause.end) break;
    if (b.end <= cue.start) start = b.end;
    else if (b.start >= cue.end) {
      end = b.start;
      break;
    }
  }
  masked.push({ start: clause.start, end: start }, { start: end, end: clause.end });
}
