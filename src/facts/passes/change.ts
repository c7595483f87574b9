import { ascending, type PassMeta, type SentenceState } from './context.js';
import { occurrences } from '../text.js';

export const meta: PassMeta = {
  name: 'change',
  covers: '“由A提高到B”:主语与数值之间先有旧值和变化(权重由8%提高到12%),读变化之后的数值,旧值不读(法律顾问由9名增至12名)',
  order: 15,
  reads: ['numbers'],
};

/** For every number, where a change phrase (由…提高到) that ends right before it starts, in text order. */
export function run(state: SentenceState): void {
  const { text } = state.view;
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
