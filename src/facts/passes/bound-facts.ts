import type { Quantity } from '../quantity.js';
import { readFor, type Cue, type PassMeta, type SentenceState, type Sum } from './context.js';

export const meta: PassMeta = {
  name: 'bound-facts',
  covers: '把前面各步为数值找到的主语读成事实:每个主语一条(同一事实只读一次),有合计的读合计(各部分不另读)',
  order: 65,
  reads: ['numbers'],
};

/** The facts the bindings of the passes before give, number by number. */
export function run(state: SentenceState): void {
  for (const q of state.quantities) {
    const bound = state.bound.get(q);
    if (!bound || bound.length === 0) continue;
    const sum = state.sums.get(q);
    if (sum) readSum(state, bound[0]!, q, sum);
    // a number summed for its first cue's entry is read for it as the sum alone
    for (let k = sum ? 1 : 0; k < bound.length; k++) {
      const cue = bound[k]!;
      if (!readBefore(bound, k)) readFor(state, cue, q, { start: Math.min(bound[0]!.start, q.start), end: Math.max(cue.end, q.end) });
    }
  }
}

/** A sum, quoted from its cue, first part or first kind, whichever comes first, to its cue or last part's kind; its parts are read. */
function readSum(state: SentenceState, cue: Cue, q: Quantity, sum: Sum): void {
  const first = sum.parts[0]!;
  readFor(state, cue, q, { start: Math.min(cue.start, first.start, sum.start ?? first.start), end: Math.max(cue.end, sum.end) }, sum.value);
  if (sum.byKind) state.breakdowns.add(state.facts[state.facts.length - 1]!);
  for (const part of sum.parts) state.taken.add(part);
}

/** Whether a cue before the `k`th names its entry (a loop: a set of the ids read would cost one per number). */
function readBefore(cues: readonly Cue[], k: number): boolean {
  for (let i = 0; i < k; i++) if (cues[i]!.compiled.entry.id === cues[k]!.compiled.entry.id) return true;
  return false;
}
