import { ascending, type PassMeta, type SentenceState } from './context.js';
import type { Quantity } from '../quantity.js';
import { containsAny, occurrences } from '../text.js';

export const meta: PassMeta = {
  name: 'change',
  covers:
    '“由A提高到B”:主语与数值之间先有旧值和变化(权重由8%提高到12%),读变化之后的数值,旧值不读(法律顾问由9名增至12名);同一量度的两个数值之间的箭头(89.7%→96.3%)同样由旧值指向新值;“较上年增加N”:与另一时期相比的变化量(学法次数较上年增加2次、同比增长31%)不是本年的数值,不读;以比较开头的句子(“与去年同口径相比,复议案件减少14件”)中变化动词之后的数值也是变化量',
  order: 15,
  reads: ['numbers'],
};

/** How far before a number a change against another period (较上年度增加) may start. */
const CHANGE_BY_REACH = 16;

/** For every number, where a change phrase (由…提高到) that ends right before it starts, in text order; the amounts of changes (较上年增加2次) bound to nothing. */
export function run(state: SentenceState): void {
  const { text } = state.view;
  // 学法较上年增加3次,达到14次: the 3 is how many more than the year before; the year's figure, if
  // any, is said apart (达到14次), so no cue or frame reads the amount
  // 与去年同口径相比,复议案件减少14件,败诉案件减少2件: after an opening clause of comparison, every count right after a verb
  // of change is an amount too
  const opening = state.view.clauses[0]!;
  const compared = state.tables.changeOpening.against.test(text.slice(opening.start, opening.end));
  // 同比分别增长12%和20%: the numbers listed after an amount, in its unit, are amounts too
  let amount: Quantity | undefined;
  for (const q of state.quantities) {
    const before = text.slice(Math.max(0, q.start - CHANGE_BY_REACH), q.start);
    const listed = amount !== undefined && amount.unit === q.unit && state.tables.listSeparator.test(text, amount.end, q.start);
    amount = listed || state.tables.changeBy.test(before) || (compared && state.tables.changeOpening.by.test(before)) ? q : undefined;
    if (amount) state.bound.set(q, []);
    // …each one's: no frame reads them in the items of the list before 分别 either
    if (amount && (listed || containsAny(before, state.tables.respectively))) state.aside.add(q);
  }
  // 出庭应诉率89.7%(2021年)→96.3%: the arrow leads from the old value to the new one of the same measure, the
  // whole a change phrase from the old value's start
  const { quantities } = state;
  for (let k = 1; k < quantities.length; k++) {
    const old = quantities[k - 1]!;
    const q = quantities[k]!;
    if (old.unit !== q.unit || !state.tables.arrowBetween.test(text.slice(old.end, q.start))) continue;
    state.changes.set(q, [old.start]);
    state.bound.set(old, []);
  }
  // loops, not closures: this runs on every sentence, and V8 drops a per-call closure's optimised code at every full GC
  const starts: number[] = [];
  for (const word of state.tables.changeFrom) for (const o of occurrences(text, word)) starts.push(o.start);
  if (starts.length === 0) return;
  starts.sort(ascending);
  for (const q of state.quantities) {
    const at: number[] = [];
    for (const p of starts) if (p < q.start && state.tables.change.test(text.slice(p, q.start))) at.push(p);
    if (at.length === 0) continue;
    state.changes.set(q, at);
    // the old value inside the change phrase is no count of its own, even for a cue that 由 may
    // follow (法律顾问团由15名律师组成)
    for (const old of state.quantities) if (old.start > at[0]! && old.end <= q.start) state.bound.set(old, []);
  }
}
