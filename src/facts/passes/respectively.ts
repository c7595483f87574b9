import type { Span } from '../../document/types.js';
import type { Quantity } from '../quantity.js';
import { clauseAt, containsAny, lastWithin } from '../text.js';
import { applies, fitsClause, readFor, undecided, type Cue, type PassMeta, type SentenceState } from './context.js';
import type { CompiledTables } from './tables.js';

export const meta: PassMeta = {
  name: 'respectively',
  covers:
    '“A、B分别为X、Y”:分别之前的n个主语与其后以列举词相连的n个数值按次序配对;列举项不全是我们的主语时按列举项配对,其余数值不读;“甲、乙分别研究…3次和5次”中分别之后的一个主语统领全部数值;列举的是本级(市本级、市政府)和所辖单位(各县(市、区)、某县)时,只有本级那一项的数值是本级的事实',
  order: 20,
  reads: ['numbers'],
};

/** Pairs the numbers after 分别 with the cues (or the list items) before it. */
export function run(state: SentenceState): void {
  const { view, tables } = state;
  forEachRun(state, undecided(state), (run, clause, at) => {
    const first = run[0]!;
    // the cue of each item of the list before 分别 that counts in its number's unit, if any
    const items = itemsBefore(view.text, clause.start, at, run.length, tables);
    const byItem = items?.map((_, k) => itemCue(state, clause, items, k, run[k]!) ?? null);
    // "市本级和各县(市、区)分别调解矛盾纠纷2614件、31087件": the list names the body and the units under it
    const levels = items && run.every((q) => q.unit === first.unit) ? ownAmongUnits(state, items) : null;
    if (levels) {
      const cue = soleCue(state, clause, first);
      if (cue)
        return bind(
          state,
          run,
          levels.map((own) => (own ? cue : null)),
        );
    }
    // "主体、执法人员分别有312个、8,410名": a list of numbers in several units pairs by items alone
    if (run.some((q) => q.unit !== first.unit)) return byItem?.some((c) => c !== null) === true && bind(state, run, byItem);
    // …as does one whose every item names its subject (诉讼案件、出庭案件分别为428件、401件)
    if (byItem?.every((c) => c !== null)) return bind(state, run, byItem);
    const before = state.cues
      .filter((c) => c.start >= clause.start && c.end <= first.start && c.compiled.entry.units.includes(first.unit) && nearInOwnItem(state, c, clause, items))
      .sort((a, b) => a.start - b.start);
    const distinct = before.filter((c, k) => before.findIndex((o) => o.start === c.start) === k);
    let pairs: (Cue | null)[] | null = null;
    if (distinct.length >= run.length) pairs = distinct.slice(-run.length);
    else {
      // "参考率、合格率分别为99.6%和100%": some items of the list are no cue of ours; pair by the
      // items of the list before 分别 and leave the numbers of the other items unbound
      const shared = items && byItem ? sharedHeadCue(state, view.text, items, byItem) : undefined;
      if (shared) pairs = run.map(() => shared);
      else if (byItem?.some((c) => c !== null)) pairs = byItem;
      else {
        // "市委常委会、市政府常务会分别专题研究法治政府建设3次和5次": the list before 分别 names who,
        // the one cue after it names what each number counts
        const after = before.filter((c) => c.start > at);
        if (after.length > 0 && new Set(after.map((c) => c.compiled.entry.id)).size === 1 && before.every((c) => c.start > at)) {
          const cue = after.sort((a, b) => b.end - b.start - (a.end - a.start))[0]!;
          pairs = run.map(() => cue);
        }
      }
    }
    return pairs !== null && bind(state, run, pairs);
  });
}

/**
 * For a list whose one item names the reporting body itself (市本级, 市政府) and whose every other item names units under
 * it (各县(市、区), 杪林县, 乡镇): which item is the body's; null for any other list. Only the body's number is its figure,
 * the units' are theirs (their sum, when the report gives it, is read where it stands: 共计33701件).
 */
export function ownAmongUnits(state: SentenceState, items: readonly Span[]): boolean[] | null {
  const { view, tables } = state;
  const level = view.doc.level;
  if (level === 'department') return null;
  const own = tables.bodies.get(level)?.ownSubject;
  const together = tables.unitsTogether.get(level);
  const named = tables.subordinates.get(level)?.partName;
  if (!own || (!together && !named)) return null;
  const kinds = items.map((item) => {
    const text = view.text.slice(item.start, item.end);
    if (together?.test(text) || named?.test(text)) return 'unit';
    return own.test(text) ? 'own' : 'other';
  });
  if (kinds.filter((k) => k === 'own').length !== 1 || kinds.some((k) => k === 'other')) return null;
  return kinds.map((k) => k === 'own');
}

/** The one fact the clause's cues before the run name in its unit (the longest of its cues), if they name only one. */
function soleCue(state: SentenceState, clause: Span, first: Quantity): Cue | undefined {
  const before = state.cues.filter((c) => c.start >= clause.start && c.end <= first.start && c.compiled.entry.units.includes(first.unit));
  if (new Set(before.map((c) => c.compiled.entry.id)).size !== 1) return undefined;
  return before.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
}

/**
 * The longest cue inside the `k`th item whose fact counts in `q`'s unit and holds its conditions,
 * the other items masked: they are no distractors of it (行政诉讼案件、负责人出庭案件 — 出庭 counts
 * the second item, not the first).
 */
function itemCue(state: SentenceState, clause: Span, items: readonly Span[], k: number, q: Quantity): Cue | undefined {
  const item = items[k]!;
  const others = items.filter((_, i) => i !== k);
  let found: Cue | undefined;
  for (const c of state.all) {
    if (c.start < item.start || c.end > item.end || !c.compiled.entry.units.includes(q.unit) || (found && c.end - c.start <= found.end - found.start)) continue;
    if (!nearOutside(state, c.compiled.entry.near, clause, others)) continue;
    if (state.cues.includes(c) || (applies(state.view, c.compiled, c.start) && fitsClause(state.view, c.compiled, clause, others))) found = c;
  }
  return found;
}

/** Whether a cue inside an item of the list has its `near` words outside the other items (a cue outside the list has). */
function nearInOwnItem(state: SentenceState, c: Cue, clause: Span, items: readonly Span[] | null): boolean {
  const k = items?.findIndex((item) => c.start >= item.start && c.end <= item.end) ?? -1;
  return k < 0 || nearOutside(state, c.compiled.entry.near, clause, items!.filter((_, i) => i !== k));
}

/**
 * Whether a cue's `near` words (事项 counts decisions only beside 决策) stand in its clause outside the other items'
 * names: another item's words say what that item is (决策事项、听证事项分别为12项、3项: 听证事项 is no decision). An
 * item's name runs from its first cue on; the words before it lead the whole list (审核规范性文件、合同分别为…: 审核 is
 * every item's).
 */
function nearOutside(state: SentenceState, near: readonly string[], clause: Span, others: readonly Span[]): boolean {
  if (near.length === 0) return true;
  let visible = state.view.text.slice(clause.start, clause.end);
  for (const o of others) {
    let name = o.end;
    for (const c of state.all) if (c.start >= o.start && c.end <= o.end && c.start < name) name = c.start;
    if (name === o.end) name = o.start;
    const start = Math.max(name, clause.start) - clause.start;
    const end = Math.min(o.end, clause.end) - clause.start;
    if (end > start) visible = visible.slice(0, start) + ' '.repeat(end - start) + visible.slice(end);
  }
  return containsAny(visible, near);
}

/**
 * "代表、委员对办理结果的满意率分别为98.9%和99.1%": the list names whose, and its last item goes on past a
 * 的 to the one cue they all share (no other item names a cue of any fact): each number is that cue's.
 * "参考率、合格率分别为…" has no such head: there the cue is the last item's alone.
 */
function sharedHeadCue(state: SentenceState, text: string, items: readonly Span[], byItem: readonly (Cue | null)[]): Cue | undefined {
  const last = byItem[byItem.length - 1];
  if (!last || byItem.slice(0, -1).some((c) => c !== null)) return undefined;
  const lastItem = items[items.length - 1]!;
  const head = text.slice(lastItem.start, last.start);
  if (!state.tables.headMarks.some((mark) => head.includes(mark))) return undefined;
  const namesCue = (item: Span) => state.all.some((c) => c.start >= item.start && c.end <= item.end);
  return items.slice(0, -1).some(namesCue) ? undefined : last;
}

/** Reads each number of the run for its cue (none: the number stays unread). */
function bind(state: SentenceState, run: readonly Quantity[], pairs: readonly (Cue | null)[]): true {
  run.forEach((q, k) => {
    const cue = pairs[k]!;
    state.bound.set(q, []);
    if (cue) readFor(state, cue, q, { start: cue.start, end: q.end });
  });
  return true;
}

/**
 * Every run of two or more numbers joined by list words (100%、98%; 312个、8,410名) after a 分别 of
 * their clause, with the clause and where 分别 stands; `use` says whether it took the run (the
 * next run then starts after it) or not (the next starts at the run's second number). A run in
 * several units is offered first, then its first numbers of one unit.
 */
export function forEachRun(state: SentenceState, open: readonly Quantity[], use: (run: Quantity[], clause: Span, at: number) => boolean): void {
  const { view, tables } = state;
  for (let i = 0; i < open.length; i++) {
    const first = open[i]!;
    const clause = clauseAt(view.clauses, first.start);
    const at = respectivelyAt(view.text, clause, first, tables);
    if (at < 0) continue;
    const mixed = runFrom(open, i, view.text, tables, true);
    const run = runFrom(open, i, view.text, tables, false);
    if (mixed.length > run.length && use(mixed, clause, at)) i += mixed.length - 1;
    else if (run.length >= 2 && use(run, clause, at)) i += run.length - 1;
  }
}

/** Where the last 分别 before a number stands in its clause, or -1. */
function respectivelyAt(text: string, clause: Span, q: Quantity, tables: CompiledTables): number {
  return lastWithin(text, tables.respectively, clause.start, q.start);
}

/** The numbers from `open[i]` on (of one unit, unless `anyUnit`), joined by list words only (100%、98%). */
function runFrom(open: readonly Quantity[], i: number, text: string, tables: CompiledTables, anyUnit: boolean): Quantity[] {
  const first = open[i]!;
  const run = [first];
  for (let j = i + 1; j < open.length; j++) {
    const next = open[j]!;
    if ((!anyUnit && next.unit !== first.unit) || !tables.listSeparator.test(text, run[run.length - 1]!.end, next.start)) break;
    run.push(next);
  }
  return run;
}

/**
 * The last `count` items of the list in [from, at) (the list before 分别), cut at the item
 * separators; null when there are fewer or they are not joined by list words only.
 */
export function itemsBefore(text: string, from: number, at: number, count: number, tables: CompiledTables): Span[] | null {
  const head = text.slice(from, at);
  const items = [...head.matchAll(tables.listItem)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length })).slice(-count);
  if (items.length < count) return null;
  if (items.some((c, k) => k > 0 && !tables.listSeparator.test(text, items[k - 1]!.end, c.start))) return null;
  return items;
}
