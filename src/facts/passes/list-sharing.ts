import type { Span } from '../../document/types.js';
import { PERCENT, type Quantity } from '../quantity.js';
import { clauseAt, containsAny, containsEach, isWithin } from '../text.js';
import { applies, fitsClause, inForeignClause, partStart, type Cue, type PassMeta, type SentenceState } from './context.js';
import type { CompiledTables } from './tables.js';

export const meta: PassMeta = {
  name: 'list-sharing',
  covers:
    '“A、B均达100%”:以列举词相连的几个主语共用其后的一个数值;比率总是各自成立,件数只在“均、分别”等之后各自成立,否则是合计。列举项带有各自的修饰语时(规范性文件合法性审核率和重大决策合法性审查率均达到100%;规范性文件和合同合法性审查率均为100%),只要“均”等之前(比率不必有“均”:合同、规范性文件和决策事项审查率100%)的每一项都提到我们的主语或框架词,每项按自身的词选出事实(只作修饰语、不带任何主题词的一项共用不要求主题的事实:重大行政决策、规范性文件合法性审查率均为100%);各项都是框架时(会前学法和法治专题讲座均为4次)由框架一步逐项读出',
  order: 40,
  reads: ['numbers'],
};

/** Widens each nearness binding to the list of cues it ends (报备率、报备及时率、规范率均达100%). */
export function run(state: SentenceState): void {
  const { view, tables } = state;
  // most sentences hold no 均, 分别 …: no part of them does
  const distributes = containsAny(view.text, tables.distributive);
  for (const [q, nearest] of state.nearest) {
    const clause = clauseAt(view.clauses, q.start);
    const inClause: Cue[] = [];
    for (const c of state.cues) if (isWithin(c, clause.start, clause.end) && c.compiled.entry.units.includes(q.unit)) inClause.push(c);
    const list = listEndingAt(view.text, nearest, inClause, tables);
    const eachOne = q.unit === PERCENT || (distributes && containsAny(view.text.slice(nearest.end, q.start), tables.distributive));
    state.bound.set(q, namesSeveralEntries(list) && !eachOne ? [] : list);
  }
  // items share a count only before a distributive word, a rate always (合同、规范性文件、决策事项审查率100%)
  for (const q of state.quantities) {
    if ((!distributes && q.unit !== PERCENT) || (state.bound.has(q) && !state.nearest.has(q)) || inForeignClause(state, q)) continue;
    const shared = itemsSharing(state, q);
    if (shared) state.bound.set(q, shared);
  }
}

/** Whether the cues of `list` belong to more than one entry. */
function namesSeveralEntries(list: readonly Cue[]): boolean {
  for (const c of list) if (c.compiled.entry.id !== list[0]!.compiled.entry.id) return true;
  return false;
}

/** Whether a cue stands in [from, q) of a number and counts in its unit (loops call this: no closure over from and q). */
const countsBefore = (c: Cue, from: number, q: Quantity): boolean => c.start >= from && c.end <= q.start && c.compiled.entry.units.includes(q.unit);

/**
 * "行政规范性文件合法性审核率和重大行政决策合法性审查率均达到100%": the items of the list before
 * 均 (cut at the list words, never inside a cue or frame word), each read for the entry its own
 * words fit, the other items masked; an item without a cue of the number's unit right before
 * the next item's cue is a modifier that shares that cue when it names the entry's topic
 * (规范性文件和合同合法性审查率). Every item must name a cue or a frame word of ours, and the last
 * item's cue must reach the number through context words that say it holds for each (均, 都).
 * Returns the cues read, or null.
 */
function itemsSharing(state: SentenceState, q: Quantity): Cue[] | null {
  const { view, tables, all, hits } = state;
  const { text } = view;
  const clause = clauseAt(view.clauses, q.start);
  const from = partStart(state.quantities, q, clause);
  const rate = q.unit === PERCENT;
  if (!rate && !containsAny(text.slice(from, q.start), tables.distributive)) return null;
  // the cue that reaches the number, ending last (the first listed on ties)
  let head: Cue | undefined;
  for (const c of all) if (countsBefore(c, from, q) && c.compiled.gap.test(text, c.end, q.start) && (!head || c.end > head.end)) head = c;
  if (!head) return rate ? pastOthersRate(state, q, from, clause) : null;
  if (!rate && !containsAny(text.slice(head.end, q.start), tables.distributive)) return null;
  const words: Span[] = [...all, ...hits];
  const items = listItems(text, from, head.end, words, tables);
  if (items.length < 2 || !items.every((item) => words.some((w) => w.start >= item.start && w.end <= item.end))) return null;
  const out: Cue[] = [];
  items.forEach((item, k) => {
    const others = items.filter((o) => o !== item);
    const ending = all.filter((c) => countsBefore(c, from, q) && c.end === item.end && c.start >= item.start);
    if (ending.length > 0) {
      const chosen = choose(state, ending, item, others, clause);
      if (chosen) out.push(chosen);
      return;
    }
    // a modifier: the next item's cue is its head too, for an entry whose topic this item names
    const next = items[k + 1];
    const shared = all.filter((c) => next && countsBefore(c, from, q) && c.end === next.end && c.start >= next.start);
    const own = text.slice(item.start, item.end);
    const topical = shared.filter((c) => c.compiled.topics.length > 0 && containsEach(own, c.compiled.topics));
    // an item naming no entry's topic (重大行政决策、规范性文件合法性审查率) shares the cue of an entry that
    // asks for none, as far as its distractors allow (choose masks the other items)
    const named = topical.length > 0 ? topical : shared.filter((c) => c.compiled.topics.length === 0);
    const chosen = choose(state, named, item, [...others.filter((o) => o !== next), { start: next?.start ?? 0, end: named[0]?.start ?? 0 }], clause);
    if (chosen) out.push({ ...chosen, start: item.start });
  });
  return out.length > 0 ? out : null;
}

/** The most characters between a list's shared word (均, 都) and its rate: context only (为, 达到). */
const MAX_SHARED_LEAD = 4;

/**
 * "合法性审查率、网上可办率均为100%": a list of rates whose last item is no rate of ours (another domain's) and so reaches
 * the number with no cue: each item that ends with a cue of ours still shares the rate after 均 / 都; the items that end
 * with another's rate (…率) read nothing. Null unless every item ends with a cue of ours or a word ending in 率.
 */
function pastOthersRate(state: SentenceState, q: Quantity, from: number, clause: Span): Cue[] | null {
  const { view, tables, all, hits } = state;
  const { text } = view;
  const lead = text.slice(from, q.start);
  let shared = -1;
  for (const w of tables.shared) shared = Math.max(shared, lead.lastIndexOf(w));
  if (shared < 0 || lead.length - shared > MAX_SHARED_LEAD + 1 || /[\d,;:]/.test(lead.slice(shared))) return null;
  const end = from + lead.slice(0, shared).trimEnd().length;
  if (text[end - 1] !== '率') return null;
  const items = listItems(text, from, end, [...all, ...hits], tables);
  if (items.length < 2) return null;
  const out: Cue[] = [];
  for (const item of items) {
    const ending = all.filter((c) => countsBefore(c, from, q) && c.end === item.end && c.start >= item.start);
    if (ending.length === 0) {
      if (text[item.end - 1] !== '率') return null;
      continue;
    }
    const chosen = choose(
      state,
      ending,
      item,
      items.filter((o) => o !== item),
      clause,
    );
    if (chosen) out.push(chosen);
  }
  return out.length > 0 && out.length < items.length ? out : null;
}

/**
 * The cue of `candidates` (one place, several entries) whose entry fits `item` best: its
 * conditions hold with the other items masked, and its topic stands in the item itself, else
 * outside the list, else (borrowed) only in another item; on ties, the lexicon's order.
 */
function choose(state: SentenceState, candidates: readonly Cue[], item: Span, others: readonly Span[], clause: Span): Cue | null {
  const { view } = state;
  const masked = (text: string, offset: number): string => {
    let visible = text;
    for (const o of others) {
      const start = Math.max(o.start - offset, 0);
      const end = Math.min(o.end - offset, text.length);
      if (end > start) visible = visible.slice(0, start) + ' '.repeat(end - start) + visible.slice(end);
    }
    return visible;
  };
  const itemText = view.text.slice(item.start, item.end);
  const outside = masked(view.text, 0) + view.topicText.slice(view.text.length);
  const rank = (c: Cue): number => {
    const { topics } = c.compiled;
    if (topics.length > 0 && containsEach(itemText, topics)) return 0;
    return containsEach(outside, topics) ? 1 : 2;
  };
  const fitting = candidates.filter((c) => applies(view, c.compiled, c.start) && fitsClause(view, c.compiled, clause, others));
  return fitting.map((c) => ({ c, r: rank(c) })).sort((a, b) => a.r - b.r)[0]?.c ?? null;
}

/** The items of the list in [from, to): cut at list words that stand outside every word of ours. */
export function listItems(text: string, from: number, to: number, words: readonly Span[], tables: CompiledTables): Span[] {
  const items: Span[] = [];
  let start = from;
  tables.listWord.lastIndex = 0;
  const region = text.slice(from, to);
  for (let m = tables.listWord.exec(region); m !== null; m = tables.listWord.exec(region)) {
    const at = from + m.index;
    const end = at + m[0].length;
    if (words.some((w) => w.start < end && at < w.end)) continue;
    items.push(trimmed(text, { start, end: at }));
    start = end;
  }
  items.push(trimmed(text, { start, end: to }));
  // pushed, not mapped: an array from map had another elements kind in optimised code than in the
  // builtin, and reading the list's length with the other one threw away itemsSharing's code twice a worker
  return items;
}

const trimmed = (text: string, span: Span): Span => {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
};

/** The cue with every cue listed before it ("报备率、报备及时率、规范率"), in text order. */
function listEndingAt(text: string, last: Cue, candidates: Cue[], tables: CompiledTables): Cue[] {
  const list = [last];
  for (;;) {
    const head = list[0]!;
    // the candidate joined to it by a separator that ends last (the first listed on ties)
    let previous: Cue | undefined;
    for (const c of candidates)
      if (c.end <= head.start && tables.listSeparator.test(text, c.end, head.start) && (!previous || c.end > previous.end)) previous = c;
    if (!previous || previous.end === head.start) break;
    list.unshift(previous);
  }
  return list;
}

/**
 * The lists the cues of a sentence stand in (合法性审核率、备案率), joined by list separators: the
 * other cues of a cue's list are no distractors of it. The list of each cue, by its index (a cue
 * standing alone is a list of its own); found once a sentence, not once a cue.
 */
export function cueLists(text: string, cues: readonly Span[], tables: CompiledTables): number[] {
  // loops, not forEach or map: a closure over each cue would cost an object per cue and sentence
  const parent: number[] = [];
  for (let i = 0; i < cues.length; i++) parent.push(i);
  for (let i = 0; i < cues.length; i++) {
    for (let k = 0; k < cues.length; k++) {
      if (cues[i]!.end < cues[k]!.start && tables.listSeparator.test(text, cues[i]!.end, cues[k]!.start)) parent[rootOf(parent, i)] = rootOf(parent, k);
    }
  }
  for (let i = 0; i < parent.length; i++) parent[i] = rootOf(parent, i);
  return parent;
}

/** The list a cue stands in, shortening the path to it. */
function rootOf(parent: number[], i: number): number {
  return parent[i] === i ? i : (parent[i] = rootOf(parent, parent[i]!));
}

/** The other cues of the list the `k`th cue stands in (those at its own place are other entries' readings of it). */
export function listMates(k: number, cues: readonly Span[], lists: readonly number[]): Span[] {
  const mates: Span[] = [];
  for (let i = 0; i < cues.length; i++) if (lists[i] === lists[k] && cues[i]!.start !== cues[k]!.start) mates.push(cues[i]!);
  return mates;
}
