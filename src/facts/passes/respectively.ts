import type { Span } from '../../document/types.js';
import { PERCENT, type Quantity } from '../quantity.js';
import { anyWithin, clauseAt, containsAny, containsEach, isWithin, lastWithin } from '../text.js';
import { applies, fitsClause, readFor, undecided, type Cue, type PassMeta, type SentenceState } from './context.js';
import { bodyAt, type CompiledTables } from './tables.js';
import { opensWithOwn } from './own-subject.js';

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
  forEachRun(state, undecided(state), true, ({ numbers: run, places, members }, clause, at, referred) => {
    if (referred) return referred.length === members && members === run.length && bindClauses(state, run, referred);
    const first = run[0]!;
    const items = itemsBefore(view.text, clause.start, at, members, tables, state.all);
    // "分别为100%、—": a member without a figure holds its place; with no list as long before 分别, the places say nothing
    if (members > run.length && !items) return false;
    // the cue of the item of the list before 分别 that each number is, if it counts in the number's unit
    const byItem = items && run.map((q, k) => itemCue(state, clause, items, places[k]!, q) ?? null);
    // "县公安局、县市场监管局持证人员分别为212名、96名": each item names a department under the body: their figures, none of the body's
    if (
      items &&
      items.length >= run.length &&
      view.doc.level !== 'department' &&
      items.every((item) => tables.departmentItem.test(view.text.slice(item.start, item.end)))
    )
      return bind(
        state,
        run,
        run.map(() => null),
      );
    // "市本级和各县(市、区)分别调解矛盾纠纷2614件、31087件": the list names the body and the units under it
    const levels = items && run.every((q) => q.unit === first.unit) ? ownAmongUnits(state, items) : null;
    if (levels) {
      const cue = soleCue(state, clause, first);
      if (cue) {
        for (const [k, q] of run.entries()) if (levels[places[k]!]) state.own.add(q);
        return bind(
          state,
          run,
          places.map((k) => (levels[k] ? cue : null)),
        );
      }
    }
    // "主体、执法人员分别有312个、8,410名": a list of numbers in several units pairs by items alone; a number whose item
    // names no cue is the frames' to read in that item (会前学法、复议纠错率分别为12次、8%: 会前学法 is a frame's)
    if (run.some((q) => q.unit !== first.unit)) {
      if (byItem?.some((c) => c !== null) !== true) return false;
      bind(state, run, byItem);
      for (const [k, q] of run.entries()) if (byItem[k] === null) state.items.set(q, items![places[k]!]!);
      return true;
    }
    // …as does one whose every item names its subject (诉讼案件、出庭案件分别为428件、401件)
    if (byItem?.every((c) => c !== null)) return bind(state, run, byItem);
    const before = state.cues
      .filter((c) => c.start >= clause.start && c.end <= first.start && c.compiled.entry.units.includes(first.unit) && nearInOwnItem(state, c, clause, items))
      .sort((a, b) => a.start - b.start);
    // …and one with members without a figure, whose places leave no other pairing (办复率、满意率分别为100%、—: the
    // 100% is no 满意率). A number whose item names no cue alone takes the cue the list shares (常委会会议、常务会议
    // 专题研究法治政府建设分别为2次、—) or one that opens in its item; else, when another member's item names a cue,
    // the frames read it in its item, and when none does, the passes after read it as any number. A cue word its
    // conditions deny there is named all the same (因信息公开引发的行政复议、行政诉讼分别为2件、暂无: the 2 is the 复议's,
    // not the suits' the list's other passes would share it with)
    if (items && members > run.length) {
      const byMember = items.map((_, k) => itemCue(state, clause, items, k, first) ?? null);
      const shared = sharedHeadCue(state, view.text, items, byMember);
      const list = { start: items[0]!.start, end: items[items.length - 1]!.end };
      const listNamesCue = state.all.some((c) => c.start >= list.start && c.end <= list.end && c.compiled.entry.units.includes(first.unit));
      run.forEach((q, k) => {
        const item = items[places[k]!]!;
        const cue = byItem![k] ?? shared ?? before.find((c) => c.start >= item.start && c.start < item.end);
        if (cue) bind(state, [q], [cue]);
        else if (listNamesCue) {
          state.bound.set(q, []);
          state.items.set(q, item);
        }
      });
      return true;
    }
    const distinct = before.filter((c, k) => before.findIndex((o) => o.start === c.start) === k);
    let pairs: (Cue | null)[] | null = null;
    // …each cue in order, but one whose item of the list is about a rival of its entry (热线满意率、提案满意率) reads nothing
    const inRivalItem = (c: Cue) => items?.some((item) => c.start >= item.start && c.end <= item.end && aboutRival(state, c, item)) === true;
    if (distinct.length >= run.length) {
      pairs = distinct.slice(-run.length).map((c) => (inRivalItem(c) ? null : c));
      const shared = items && sharedObject(state, items, distinct);
      if (shared) pairs = places.map((k) => (k === items.length - 1 ? shared.act : shared.object));
    } else {
      // "参考率、合格率分别为99.6%和100%": some items of the list are no cue of ours; pair by the
      // items of the list before 分别 and leave the numbers of the other items unbound
      const shared = items && byItem ? (sharedHeadCue(state, view.text, items, byItem) ?? sharedByWhose(state, items, byItem, first)) : undefined;
      // …each item its own whose: one that is about a rival of the cue's entry, or names a distractor, gets nothing
      if (shared) pairs = places.map((k) => (aboutOther(state, shared, items![k]!) ? null : shared));
      else if (byItem?.some((c) => c !== null)) pairs = byItem;
      else if (!items && measuredEach(state, clause, at, distinct)) pairs = run.map(() => distinct[0]!);
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
 * it (各县(市、区), 杪林县, 乡镇, 12个乡镇): which item is the body's; null for any other list. Only the body's number is its figure,
 * the units' are theirs (their sum, when the report gives it, is read where it stands: 共计33701件).
 */
export function ownAmongUnits(state: SentenceState, items: readonly Span[]): boolean[] | null {
  const { view, tables } = state;
  const level = view.doc.level;
  if (level === 'department') return null;
  const own = bodyAt(tables, level, view.doc)?.ownSubject;
  const together = tables.unitsTogether.get(level);
  const named = tables.subordinates.get(level)?.partName;
  if (!own || (!together && !named)) return null;
  const kinds = items.map((item) => {
    const text = view.text.slice(item.start, item.end);
    // 12个乡镇, 8个街道(镇): the units counted together
    if (together?.test(text) || named?.test(text) || tables.countedUnits.test(text)) return 'unit';
    return opensWithOwn(text, own, view.doc, tables) ? 'own' : 'other';
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
    if (!nearOutside(state, c.compiled.entry.near, clause, others, items[items.length - 1]!, items[0]!) || aboutRival(state, c, item)) continue;
    if (state.cues.includes(c) || (applies(state.view, c.compiled, c.start) && fitsClause(state.view, c.compiled, clause, others))) found = c;
  }
  return found;
}

/** Whether a cue inside an item of the list has its `near` words outside the other items (a cue outside the list has). */
function nearInOwnItem(state: SentenceState, c: Cue, clause: Span, items: readonly Span[] | null): boolean {
  const k = items?.findIndex((item) => c.start >= item.start && c.end <= item.end) ?? -1;
  return (
    k < 0 ||
    nearOutside(
      state,
      c.compiled.entry.near,
      clause,
      items!.filter((_, i) => i !== k),
      items![items!.length - 1]!,
      items![0]!,
    )
  );
}

/**
 * Whether a cue's `near` words (事项 counts decisions only beside 决策) stand in its clause outside the other items'
 * names: another item's words say what that item is (决策事项、听证事项分别为12项、3项: 听证事项 is no decision). An
 * item's name runs from its first cue on; the words before it lead the whole list (审核规范性文件、合同分别为…: 审核 is
 * every item's), as do a first item's words up to its last near word when it names no cue (审核会议议题、合同分别为…).
 */
function nearOutside(state: SentenceState, near: readonly string[], clause: Span, others: readonly Span[], lastItem: Span, firstItem: Span): boolean {
  if (near.length === 0) return true;
  let visible = state.view.text.slice(clause.start, clause.end);
  for (const o of others) {
    let first: Cue | undefined;
    for (const c of state.all) if (c.start >= o.start && c.end <= o.end && (!first || c.start < first.start)) first = c;
    // a first item naming no cue: its words up to its last near word lead the list (审核会议议题、政府合同分别为…: 审核)
    const name = first?.start ?? (o === firstItem ? afterLast(state.view.text, o, near) : o.start);
    // the last item's words after its name go on to what the whole list shares (…、其他涉法事务开展合法性审查依次为…);
    // where it names no cue, its name cannot be told from them
    const nameEnd = o !== lastItem ? o.end : (first?.end ?? name);
    const start = Math.max(name, clause.start) - clause.start;
    const end = Math.min(nameEnd, clause.end) - clause.start;
    if (end > start) visible = visible.slice(0, start) + ' '.repeat(end - start) + visible.slice(end);
  }
  return containsAny(visible, near);
}

/**
 * 组织综合培训、专题培训两轮,参训人数分别为1093人、867人: no list before 分别 in its clause, whose words end in a measure
 * (respectively.item_measures) of the one cue they name: each number is that measure of one of the things before.
 */
function measuredEach(state: SentenceState, clause: Span, at: number, cues: readonly Cue[]): boolean {
  const lead = state.view.text.slice(clause.start, at).trimEnd();
  const end = clause.start + lead.length;
  // the cue reaches the measure (参训人数, 参训 + 人数)
  return cues.length === 1 && state.tables.itemMeasures.some((m) => lead.endsWith(m) && cues[0]!.end >= end - m.length);
}

/** Where the last of `words` inside `item` ends, or the item's start when none stands there. */
function afterLast(text: string, item: Span, words: readonly string[]): number {
  const at = lastWithin(text, words, item.start, item.end);
  return at < 0 ? item.start : at + words.find((w) => text.startsWith(w, at))!.length;
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

/**
 * "人大代表建议、政协委员提案和信访事项按期办结率分别为100%、100%、98.6%": with no 的 before the cue, a list whose items
 * before the last name no cue in the numbers' unit and no measure of their own (respectively.item_measures: 参考率、合格率
 * measure two things), and whose last item names whose before its cue, names whose: the cue is every item's.
 */
function sharedByWhose(state: SentenceState, items: readonly Span[], byItem: readonly (Cue | null)[], first: Quantity): Cue | undefined {
  // a count's cue names what is counted, no measure of whose (审核会议议题、政府文件、政府合同分别为…: the 合同's alone)
  if (first.unit !== PERCENT || byItem.slice(0, -1).some((c) => c !== null)) return undefined;
  const { text } = state.view;
  const { itemMeasures } = state.tables;
  const lastItem = items[items.length - 1]!;
  // the cue the last item ends with, also when that item is about a rival (…和群众来信按期办结率)
  let last = byItem[byItem.length - 1] ?? undefined;
  for (const c of state.cues) if (!last && c.end === lastItem.end && c.start >= lastItem.start && c.compiled.entry.units.includes(first.unit)) last = c;
  if (!last) return undefined;
  const head = text.slice(lastItem.start, last.start);
  if (head.trim().length < 2 || containsAny(head, itemMeasures)) return undefined;
  const ownCue = (item: Span) => state.all.some((c) => c.start >= item.start && c.end <= item.end && c.compiled.entry.units.includes(first.unit));
  const earlier = items.slice(0, -1);
  if (earlier.some((item) => ownCue(item) || containsAny(text.slice(item.start, item.end), itemMeasures))) return undefined;
  return last;
}

/** Whether an item of a list is about a rival of the cue's entry and not its topic (热线工单满意率、提案满意率: the first). */
function aboutRival(state: SentenceState, cue: Cue, item: Span): boolean {
  const own = state.view.text.slice(item.start, item.end);
  return containsAny(own, cue.compiled.entry.rivals) && !containsEach(own, cue.compiled.topics);
}

/** Whether an item of a list is about a rival of the cue's entry, or names one of its distractors. */
const aboutOther = (state: SentenceState, cue: Cue, item: Span): boolean =>
  aboutRival(state, cue, item) || containsAny(state.view.text.slice(item.start, item.end), cue.compiled.entry.exclude);

/**
 * 收到、办结政府信息公开申请分别为29件、27件: acts sharing the object the last item names, no cue in the items before it: the
 * last item opens with its act's cue (办结), which is its own; the object's (申请) is that of the acts before it. Null for any
 * other list.
 */
function sharedObject(state: SentenceState, items: readonly Span[], cues: readonly Cue[]): { act: Cue; object: Cue } | null {
  const last = items[items.length - 1]!;
  if (items.slice(0, -1).some((item) => anyWithin(state.all, item.start, item.end))) return null;
  if (cues.some((c) => c.start < last.start || c.end > last.end)) return null;
  const lead = state.view.text.slice(last.start).length - state.view.text.slice(last.start).trimStart().length;
  const act = cues.find((c) => c.start === last.start + lead);
  const objects = cues.filter((c) => c.compiled.entry.id !== act?.compiled.entry.id);
  const object = objects[0];
  if (!act || !object || objects.some((c) => c.compiled.entry.id !== object.compiled.entry.id)) return null;
  return { act, object };
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
 * The numbers of a list after 分别 and where each stands among its members: a member may give no figure
 * (分别为2次、—; 依次为9件、——、61件; 40—45名) and still holds its place.
 */
export interface Run {
  numbers: Quantity[];
  /** the member each number is, counted from 0 */
  places: number[];
  /** how many members the list has, those without a figure included */
  members: number;
}

/**
 * Every list of two or more members, at least one a number, joined by list words (100%、98%; 312个、8,410名;
 * 100%、—) after a 分别 of their clause, with the clause and where 分别 stands; `use` says whether it took
 * the list (the next then starts after it) or not (the next starts at its second number). A list in
 * several units is offered first, then its first numbers of one unit. With `clauseLists`, a list may also be the clauses of
 * the sentence a reference points back to (以上两类会议分别召开3次、4次; 前者3次,后者4次): `use` gets them as `referred`.
 */
export function forEachRun(
  state: SentenceState,
  open: readonly Quantity[],
  clauseLists: boolean,
  use: (run: Run, clause: Span, at: number, referred: Span[] | null) => boolean,
): void {
  const { view, tables } = state;
  for (let i = 0; i < open.length; i++) {
    const first = open[i]!;
    const own = clauseAt(view.clauses, first.start);
    const pair = clauseLists ? formerLatter(state, open, i, own) : null;
    if (pair) {
      // …of the clauses before, or of the list of the one clause before (县委常委会、县政府常务会议全年专题研究…。前者3次)
      const [alone] = pair.referred;
      const list = pair.referred.length === 1 && alone ? { start: alone.start, end: own.end } : null;
      if (list ? use(pair.run, list, own.start, null) : use(pair.run, own, own.start, pair.referred)) i += 1;
      continue;
    }
    const carried = respectivelyAt(view.text, own, first, tables) < 0 ? afterAmounts(state, own, first) : null;
    const at = carried?.at ?? respectivelyAt(view.text, own, first, tables);
    if (at < 0) continue;
    // a list in the clauses of the sentence before; else, as before, in its last clause
    const referred =
      clauseLists && tables.listReference.test(view.text.slice(own.start, at).trim()) ? referredClauses(view.text, view.clauses, own.start) : null;
    if (referred && referred.length > 1) {
      const run = runFrom(open, i, view.text, tables, false, at);
      if (use(run, own, at, referred)) {
        i += run.numbers.length - 1;
        continue;
      }
    }
    const clause = carried?.clause ?? referredList(view.text, view.clauses, own, at, tables) ?? own;
    const mixed = runFrom(open, i, view.text, tables, true, at);
    const run = runFrom(open, i, view.text, tables, false, at);
    if (mixed.numbers.length > run.numbers.length && use(mixed, clause, at, null)) i += mixed.numbers.length - 1;
    else if (run.members >= 2 && use(run, clause, at, null)) i += run.numbers.length - 1;
  }
}

/**
 * 行政应诉案件和出庭应诉案件同比分别增长12%和20%,达到56件、48件: a clause naming no cue before its figures, right after one whose
 * figures after 分别 are all amounts of change (change.ts sets them aside), goes on with its list: that 分别, and the two
 * clauses as one; null for any other.
 */
function afterAmounts(state: SentenceState, own: Span, first: Quantity): { at: number; clause: Span } | null {
  const { view, tables } = state;
  if (anyWithin(state.all, own.start, first.start)) return null;
  const before = clauseAt(view.clauses, own.start - 1);
  if (before.end > own.start || before.start >= own.start) return null;
  const at = lastWithin(view.text, tables.respectively, before.start, before.end);
  const listed = state.quantities.filter((q) => q.start > at && q.end <= before.end);
  if (at < 0 || listed.length === 0 || !listed.every((q) => state.aside.has(q))) return null;
  return { at, clause: { start: before.start, end: own.end } };
}

/**
 * 承办人大代表建议和政协委员提案。以上两类分别为74件、102件: a clause whose words before 分别 open with a back-reference (以上,
 * 上述) and name no list of their own takes its list from the clause before it: that clause and its own, together; null for
 * any other.
 */
function referredList(text: string, clauses: Span[], clause: Span, at: number, tables: CompiledTables): Span | null {
  const lead = text.slice(clause.start, at).trim();
  if (!tables.listReference.test(lead)) return null;
  const before = clauseAt(clauses, clause.start - 1);
  return before.end < clause.start ? { start: before.start, end: clause.end } : null;
}

/**
 * The clauses of the sentence that ends right before `start` (县委常委会专题研究法治政府建设工作,县政府常务会议也作了专门部署。|以上两类
 * 会议分别…), read with it as one (src/facts/continued-sentences.ts); none when no sentence ends there.
 */
function referredClauses(text: string, clauses: readonly Span[], start: number): Span[] {
  const referred: Span[] = [];
  for (let k = clauses.length - 1; k >= 0; k--) {
    const c = clauses[k]!;
    if (c.end >= start) continue;
    if (referred.length === 0 && text[c.end] !== '。') return referred;
    if (referred.length > 0 && text[c.end] === '。') break;
    referred.unshift(c);
  }
  return referred;
}

/**
 * 前者3次,后者4次: a clause opening with the first of `respectively.ordinals` and holding one number, the next opening with the
 * second and holding the next: a two-item list whose items are the clauses of the sentence before.
 */
function formerLatter(state: SentenceState, open: readonly Quantity[], i: number, own: Span): { run: Run; referred: Span[] } | null {
  const { view, tables } = state;
  const [former, latter] = tables.ordinals;
  const second = open[i + 1];
  if (former === undefined || latter === undefined || second === undefined || !view.text.startsWith(former, own.start)) return null;
  const next = clauseAt(view.clauses, second.start);
  if (next.start <= own.end || !view.text.startsWith(latter, next.start)) return null;
  const alone = (q: Quantity, clause: Span) => state.quantities.every((o) => o === q || !isWithin(o, clause.start, clause.end));
  if (!alone(open[i]!, own) || !alone(second, next)) return null;
  return { run: { numbers: [open[i]!, second], places: [0, 1], members: 2 }, referred: referredClauses(view.text, view.clauses, own.start) };
}

/**
 * The numbers of a run paired with the clauses a reference points back to, in order: each with the cue of its unit its
 * clause names (the longest), or, in a clause that names none but a mark of sharing (也, 同样), the cue of the clause
 * before (县政府常务会议也作了专门部署: the 法治政府建设 its meeting also studied). False, binding none, when a clause has neither.
 */
function bindClauses(state: SentenceState, run: readonly Quantity[], clauses: readonly Span[]): boolean {
  const { text } = state.view;
  const pairs: Cue[] = [];
  for (const [k, clause] of clauses.entries()) {
    const unit = run[k]!.unit;
    let cue: Cue | undefined;
    for (const c of state.cues)
      if (isWithin(c, clause.start, clause.end) && c.compiled.entry.units.includes(unit) && (!cue || c.end - c.start > cue.end - cue.start)) cue = c;
    const shared = pairs[k - 1];
    if (!cue && shared?.compiled.entry.units.includes(unit) && containsAny(text.slice(clause.start, clause.end), state.tables.sharedMarks)) cue = shared;
    if (!cue) return false;
    pairs.push(cue);
  }
  return bind(state, run, pairs);
}

/** The longest an item of a list of acts may be (宣布失效, 不予受理). */
const MAX_ACT = 6;

/**
 * 清理…规范性文件,废止、修改分别为23件、14件 / 依次废止、宣布失效、修改9件、2件、5件: a list of bare acts (items naming no
 * subject, figure or clause break, one of them a fact's verb in the number's measure), before 分别 or right after it,
 * paired in order with the numbers after it: the act of `q`'s member, which governs it as if written right before it (废止
 * 23件); null for any other number.
 */
export function actItemOf(state: SentenceState, q: Quantity): string | null {
  const { view, tables } = state;
  const { text } = view;
  const clause = clauseAt(view.clauses, q.start);
  const at = respectivelyAt(text, clause, q, tables);
  if (at < 0) return null;
  const open = state.quantities.filter((o) => o.start > at && o.end <= clause.end);
  if (open.length === 0) return null;
  const run = runFrom(open, 0, text, tables, false, at);
  const k = run.numbers.indexOf(q);
  if (k < 0 || run.members < 2) return null;
  const word = tables.respectively.find((w) => text.startsWith(w, at)) ?? '';
  const first = run.numbers[0]!;
  const announced = tables.respectivelyAnnounce.test(text.slice(clause.start, first.start));
  const items = announced ? itemsBefore(text, clause.start, at, run.members, tables) : itemsBefore(text, at + word.length, first.start, run.members, tables);
  if (!items || (!announced && items[0]!.start !== at + word.length)) return null;
  // 修改、废止的分别为…: the 的 closing the list names what the acts did, no part of the last act
  const acts = items.map((item) => text.slice(item.start, item.end).trim().replace(/的$/, ''));
  if (acts.some((a) => a.length === 0 || a.length > MAX_ACT || /[\d,;:。!?]/.test(a)) || items.some((item) => anyWithin(state.all, item.start, item.end)))
    return null;
  const verbs = (a: string) => state.compiled.entries.some((e) => e.entry.units.includes(q.unit) && e.entry.near.some((v) => a.endsWith(v)));
  return acts.some(verbs) ? acts[run.places[k]!]! : null;
}

/** Where the last 分别 before a number stands in its clause, or -1. */
function respectivelyAt(text: string, clause: Span, q: Quantity, tables: CompiledTables): number {
  return lastWithin(text, tables.respectively, clause.start, q.start);
}

/**
 * The numbers from `open[i]` on (of one unit, unless `anyUnit`), joined by list words only (100%、98%), or by
 * list words around members without a figure (、—、); members without a figure before the first number
 * count when only they stand between it and 分别 at `at` (分别为—、2614件), and after the last to its clause's end.
 */
function runFrom(open: readonly Quantity[], i: number, text: string, tables: CompiledTables, anyUnit: boolean, at: number): Run {
  const first = open[i]!;
  const before = text.slice(at, first.start);
  const lead = tables.holesBefore.exec(before);
  let place = lead && !/\d/.test(before.slice(0, lead.index)) ? holesIn(lead[0], tables) : 0;
  const numbers = [first];
  const places = [place];
  for (let j = i + 1; j < open.length; j++) {
    const next = open[j]!;
    if (!anyUnit && next.unit !== first.unit) break;
    const gap = text.slice(numbers[numbers.length - 1]!.end, next.start);
    if (tables.listSeparator.test(gap)) place += 1;
    else if (tables.holesBetween.test(gap)) place += 1 + holesIn(gap, tables);
    else break;
    numbers.push(next);
    places.push(place);
  }
  tables.holesAfter.lastIndex = numbers[numbers.length - 1]!.end;
  const trail = tables.holesAfter.exec(text);
  return { numbers, places, members: place + 1 + (trail ? holesIn(trail[0], tables) : 0) };
}

/** How many members without a figure a string of them and list words holds. */
function holesIn(text: string, tables: CompiledTables): number {
  return text.match(tables.hole)?.length ?? 0;
}

/**
 * The last `count` items of the list in [from, at) (the list before 分别), cut at the item
 * separators but not inside one of `words` (报备及时率 is one item); null when there are fewer or
 * they are not joined by list words only.
 */
export function itemsBefore(text: string, from: number, at: number, count: number, tables: CompiledTables, words: readonly Span[] = []): Span[] | null {
  const head = text.slice(from, at);
  const cut: Span[] = [];
  const pieces = [...head.matchAll(tables.listItem)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length }));
  // 议题、县政府及办公室文件、合同: a word (及, 和) between two 、 joins inside an item, a list joining its last item alone (not
  // 市政府及甲县、乙县政府…: the body, then the list of its units)
  const commaAfter = pieces.map((p, k) => k > 0 && text.slice(pieces[k - 1]!.end, p.start).includes('、'));
  const [firstComma, lastComma] = [commaAfter.indexOf(true), commaAfter.lastIndexOf(true)];
  for (const [k, item] of pieces.entries()) {
    const last = cut[cut.length - 1];
    const inside = firstComma >= 0 && k > firstComma && k < lastComma && !commaAfter[k];
    if (last && (inside || words.some((w) => w.start < last.end && w.end > item.start))) last.end = item.end;
    else cut.push({ ...item });
  }
  const items = cut.slice(-count);
  if (items.length < count) return null;
  if (items.some((c, k) => k > 0 && !tables.listSeparator.test(text, items[k - 1]!.end, c.start))) return null;
  return items;
}
