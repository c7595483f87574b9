import type { Quantity } from '../quantity.js';
import { clauseAt, containsAny } from '../text.js';
import { partStart, type Cue, type PassMeta, type SentenceState } from './context.js';

export const meta: PassMeta = {
  name: 'increment',
  covers:
    '“新增执法记录仪60台,全县执法记录仪总数达到412台”:主语前有“新增”的件数是本年增加的数,句中其后的分句又以总数、累计、达到等给出同一事实更大的数时,那个数才是本年的数,新增的不读;“新配备”“新购置”的也是(新配…20台后总数达到178台:数字后的“后”接总数时断开分句);只说新增、新配备而其后没有总数的,照读',
  order: 63,
  reads: ['numbers'],
};

/** Sets aside the counts said as increases where the sentence goes on to the total they were added to. */
export function run(state: SentenceState): void {
  const { view, quantities, bound, tables } = state;
  // most sentences say no increase: nothing to look up
  if (!containsAny(view.text, tables.increments)) return;
  for (const q of quantities) {
    const cue = bound.get(q)?.[0];
    if (cue?.compiled.entry.shape !== 'count' || cue.end > q.start || !increased(state, q, cue)) continue;
    if (totalAfter(state, q, cue)) bound.set(q, []);
  }
}

/** Whether a word of increase stands in the number's part of its clause before its cue (2025年新增执法记录仪60台). */
function increased(state: SentenceState, q: Quantity, cue: Cue): boolean {
  const { text, clauses } = state.view;
  const from = partStart(state.quantities, q, clauseAt(clauses, q.start));
  return from <= cue.start && containsAny(text.slice(from, cue.start), state.tables.increments);
}

/** Whether a later clause gives a larger count of the same fact after a word of total or reaching (总数达到412台). */
function totalAfter(state: SentenceState, q: Quantity, cue: Cue): boolean {
  const { text, clauses } = state.view;
  const end = clauseAt(clauses, q.start).end;
  for (const o of state.quantities) {
    if (o.start < end || o.value <= q.value || o.unit !== q.unit || !countsSame(state.bound.get(o), cue)) continue;
    if (containsAny(text.slice(clauseAt(clauses, o.start).start, o.start), state.tables.stockWords)) return true;
  }
  return false;
}

/** Whether one of a number's cues is of the cue's fact. */
function countsSame(cues: readonly Cue[] | undefined, cue: Cue): boolean {
  for (const c of cues ?? []) if (c.compiled.entry.id === cue.compiled.entry.id) return true;
  return false;
}
