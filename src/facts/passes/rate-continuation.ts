import type { Span } from '../../document/types.js';
import { PERCENT, type Quantity } from '../quantity.js';
import { clauseAt, containsAny, containsEach, COUNTED_END, LISTED_OBJECT, MAX_LISTED_OBJECTS, occurrences } from '../text.js';
import { applies, BARE_RATE_REACH, fitsClause, undecided, type Cue, type PassMeta, type SentenceState } from './context.js';

export const meta: PassMeta = {
  name: 'rate-continuation',
  covers:
    '“审核规范性文件314件,同比增长21%,覆盖率达100%”:只有一个不带主语的比率词(覆盖率,或前面只有范围:县级以下覆盖率)的分句,沿用前面最近一个有我们主语的分句:该分句中的动词加上这个比率词是哪条比率事实的主语(审核 + 覆盖率 = 审核覆盖率),就读作那条事实;比率词后有“均”时,前一分句列举的每个动作(合法性审查、备案审查)或每个件数所属的事实(决策3件、规范性文件12件、合同86件)各得其审查比率',
  order: 62,
  // both of its readings start from a percentage
  reads: ['rates'],
};

/** Reads a rate whose clause names only a bare rate word for the subject and verb of an earlier clause, or for each act or count of its list. */
export function run(state: SentenceState): void {
  const words = state.tables.bareRates;
  if (words.length > 0) {
    for (const q of undecided(state)) {
      if (q.unit !== PERCENT) continue;
      const carried = carriedRate(state, q, words);
      if (carried) state.bound.set(q, [carried]);
    }
  }
  if (state.tables.eachItem.length > 0) for (const q of state.quantities) if (q.unit === PERCENT) readEachOfList(state, q);
  for (const q of state.quantities) if (q.unit === PERCENT) readEachSubject(state, q);
}

/**
 * 对县政府重大行政决策、规范性文件和合同开展合法性审查,审查率100%: a rate cue that opens its clause names no subject of its
 * own; where the clause before lists what one act covered and one item is a rival of the entry it was read for (决策, 合同
 * beside 规范性文件: another rate's subject), the rate holds for each, as a rate after a list of subjects does (list-sharing):
 * each other rate entry of the same cue that the rival's item fits is read too. A list of counts (规范性文件14件、合同77件)
 * says so only with 均 (readEachOfList).
 */
function readEachSubject(state: SentenceState, q: Quantity): void {
  const { view, compiled, tables } = state;
  const bound = state.bound.get(q);
  const cue = bound?.length === 1 ? bound[0]! : undefined;
  if (!cue || cue.compiled.entry.rivals.length === 0) return;
  const { rivals } = cue.compiled.entry;
  const clause = clauseAt(view.clauses, q.start);
  if (view.text.slice(clause.start, cue.start).trim() !== '') return;
  const source = view.clauses.findLast((c) => c.end <= clause.start);
  if (!source || state.quantities.some((o) => o.start >= source.start && o.end <= source.end)) return;
  const items = listItems(view.text, source, tables.listWord);
  if (items.length < 2) return;
  const word = view.text.slice(cue.start, cue.end);
  const ofRivals = items.filter((item) => {
    const part = view.text.slice(item.start, item.end);
    return containsAny(part, rivals) && !containsEach(part, cue.compiled.topics);
  });
  // the list names the entry's own subject too (规范性文件), else the rate is the rival's alone, as the cue's reading decides
  if (ofRivals.length === 0 || ofRivals.length === items.length) return;
  const read = [cue];
  for (const entry of compiled.entries) {
    if (entry === cue.compiled || entry.entry.shape !== 'rate' || !entry.entry.units.includes(q.unit) || !entry.entry.cues.includes(word)) continue;
    if (!entry.gap.test(view.text, cue.end, q.start) || !applies(view, entry, source.start)) continue;
    if (ofRivals.some((item) => fitsClause(view, entry, item))) read.push({ ...cue, compiled: entry });
  }
  if (read.length > 1) state.bound.set(q, read);
}

/** The items of a clause's list (审查重大行政决策、规范性文件和合同…), as spans split at the list words. */
function listItems(text: string, clause: Span, listWord: RegExp): Span[] {
  const items: Span[] = [];
  let from = clause.start;
  for (const m of text.slice(clause.start, clause.end).matchAll(listWord)) {
    items.push({ start: from, end: clause.start + m.index });
    from = clause.start + m.index + m[0].length;
  }
  items.push({ start: from, end: clause.end });
  return items;
}

/** A rate word at a clause's start (审查率, 审核率): a few characters, the last 率. */
const LEADING_RATE_WORD = /^[\u3400-\u9fff]{1,5}率/;

/**
 * 合法性审查、公平竞争审查、备案审查;审查率均为100%: a clause that opens with a rate word and a word saying it holds
 * for each (均) gives the rate of each act the list of the clause right before it names, where the act and the rate
 * word's 率 make a rate cue of ours that ends in that word (合法性审查 → 合法性审查率, 备案审查 → 备案审查率), and
 * the review rate of each count's kind there (合同协议86件 → legality_review_rate, whose cue the rate word is); the
 * entries it fits join those the figure is bound to.
 */
function readEachOfList(state: SentenceState, q: Quantity): void {
  const { view, compiled, tables } = state;
  const { text } = view;
  const clause = clauseAt(view.clauses, q.start);
  const lead = text.slice(clause.start, q.start).trimStart();
  const word = LEADING_RATE_WORD.exec(lead)?.[0];
  if (!word || !tables.eachItem.some((w) => lead.startsWith(w, word.length))) return;
  const at = view.clauses.findLastIndex((c) => c.end <= clause.start);
  if (at < 0) return;
  let source = view.clauses[at]!;
  // pushed, not mapped: map's arrays differ in elements kind between the builtin and optimised code, which deoptimised this
  const items: string[] = [];
  for (const item of text.slice(source.start, source.end).split(tables.listWord)) items.push(item.trim());
  // 审核决策草案6件,合同102件,文件15件,审核率均为100%: a list of counted objects set off by commas, each its own clause
  const commaList = items.length < 2 ? countedClausesBefore(view.clauses, text, at) : null;
  if (commaList !== null) {
    source = { start: commaList.start, end: source.end };
    items.length = 0;
    for (let k = commaList.index; k <= at; k++) items.push(text.slice(view.clauses[k]!.start, view.clauses[k]!.end).trim());
  }
  if (items.length < 2) return;
  const bare: Span = { start: q.start - lead.length, end: q.start - lead.length + word.length };
  const bound = state.bound.get(q) ?? [];
  const read = [...bound];
  const counts = countCues(state, source);
  for (const entry of compiled.entries) {
    if (entry.entry.shape !== 'rate' || !entry.entry.units.includes(q.unit) || read.some((c) => c.compiled.entry.id === entry.entry.id)) continue;
    const id = entry.entry.id;
    const ofActs = entry.entry.cues.some((cue) => cue.length > word.length && cue.endsWith(word) && items.some((item) => item.endsWith(cue.slice(0, -1))));
    const ofCounts = !ofActs && entry.entry.cues.includes(word) && counts.some((c) => state.tables.countRates.get(c.compiled.entry.id) === id);
    if ((!ofActs && !ofCounts) || !entry.gap.test(text, bare.end, q.start)) continue;
    // the other counts' subjects are the list's other items (规范性文件 beside the contracts): no distractors of this rate
    const others = ofCounts ? counts.filter((c) => state.tables.countRates.get(c.compiled.entry.id) !== id) : [];
    // in a list of clauses, the clause of the count whose rate this is: that count's cue named its subject, so no clause
    // before it (合同102件 before 文件15件) makes the rate a rival's
    const own =
      commaList === null ? source : clauseAt(view.clauses, counts.find((c) => state.tables.countRates.get(c.compiled.entry.id) === id)?.start ?? source.start);
    if (applies(view, entry, commaList === null ? source.start : undefined) && fitsClause(view, entry, own, others)) read.push({ ...bare, compiled: entry });
  }
  if (read.length > bound.length) state.bound.set(q, read);
}

/**
 * Where a list of counted clauses ends at clause `at` (审核决策草案6件,合同102件,文件15件): the first of them (the verb's
 * clause, ending in a count) and its index, when the clauses after it are each a few words and a count alone; null for
 * fewer than two.
 */
function countedClausesBefore(clauses: readonly Span[], text: string, at: number): { start: number; index: number } | null {
  let k = at;
  while (
    k > 0 &&
    at - k < MAX_LISTED_OBJECTS &&
    LISTED_OBJECT.test(text.slice(clauses[k]!.start, clauses[k]!.end)) &&
    COUNTED_END.test(text.slice(clauses[k - 1]!.start, clauses[k - 1]!.end))
  )
    k--;
  return k < at ? { start: clauses[k]!.start, index: k } : null;
}

/**
 * 审核重大行政决策3件、行政规范性文件12件、合同协议86件,审核率均为100%: the cues the counts of a clause were read for, whose
 * facts name the rate of their review (rate_continuation.count_rates).
 */
function countCues(state: SentenceState, source: Span): Cue[] {
  const cues: Cue[] = [];
  if (state.tables.countRates.size === 0) return cues;
  let taken = false;
  for (const q of state.quantities) {
    if (q.start < source.start || q.end > source.end) continue;
    for (const cue of state.bound.get(q) ?? []) cues.push(cue);
    taken ||= state.taken.has(q);
  }
  // 审核规范性文件、政府合同分别为11件、74件,审核率均为100%: counts a pass before read already (respectively.ts) are
  // named by their cues in the clause
  if (taken)
    for (const c of state.all)
      if (
        c.start >= source.start &&
        c.end <= source.end &&
        state.tables.countRates.has(c.compiled.entry.id) &&
        state.facts.some((f) => f.id === c.compiled.entry.id)
      )
        cues.push(c);
  return cues;
}

function carriedRate(state: SentenceState, q: Quantity, words: readonly string[]): Cue | null {
  const { view, all, compiled } = state;
  const { text } = view;
  const clause = clauseAt(view.clauses, q.start);
  // the clause opens with the bare word, or a scope and the bare word: 覆盖率达100%, 县级以下覆盖率达90% (not
  // 网络覆盖率…, whose subject is its own)
  const lead = text.slice(clause.start, q.start).trimStart();
  const scope = state.tables.bareRateScopes.find((s) => lead.startsWith(s))?.length ?? 0;
  const word = words.find((w) => lead.startsWith(w, scope));
  if (!word) return null;
  const bare: Span = { start: q.start - lead.length + scope, end: q.start - lead.length + scope + word.length };
  if (all.some((c) => c.start >= clause.start && c.end <= clause.end && (c.start < bare.start || c.end > bare.end))) return null;
  const source = view.clauses
    .filter((c) => c.end <= clause.start)
    .slice(-BARE_RATE_REACH)
    .reverse()
    .find((c) => all.some((cue) => cue.start >= c.start && cue.end <= c.end));
  if (!source) return null;
  const sourceText = text.slice(source.start, source.end);
  for (const entry of compiled.entries) {
    if (entry.entry.shape !== 'rate' || !entry.entry.units.includes(q.unit)) continue;
    // the entry's cue is a verb of the earlier clause followed by the bare word (审核覆盖率)
    const named = entry.entry.cues.some(
      (cue) => cue.length > word.length && cue.endsWith(word) && occurrences(sourceText, cue.slice(0, -word.length)).length > 0,
    );
    if (!named || !entry.gap.test(text, bare.end, q.start)) continue;
    if (applies(view, entry, source.start) && fitsClause(view, entry, source)) return { ...bare, compiled: entry };
  }
  return null;
}
