import { readFor, type Cue, type PassMeta, type SentenceState } from './context.js';

export const meta: PassMeta = {
  name: 'bound-facts',
  covers: '把前面各步为数值找到的主语读成事实:每个主语一条(同一事实只读一次),合计在前',
  order: 65,
  reads: ['numbers'],
};

/** The facts the bindings of the passes before give, number by number. */
export function run(state: SentenceState): void {
  for (const q of state.quantities) {
    const bound = state.bound.get(q);
    if (!bound || bound.length === 0) continue;
    const sum = state.sums.get(q);
    if (sum) readFor(state, bound[0]!, q, { start: sum.start, end: bound[0]!.end }, sum.value);
    for (let k = 0; k < bound.length; k++) {
      const cue = bound[k]!;
      if (!readBefore(bound, k)) readFor(state, cue, q, { start: Math.min(bound[0]!.start, q.start), end: Math.max(cue.end, q.end) });
    }
  }
}

/** Whether a cue before the `k`th names its entry (a loop: a set of the ids read would cost one per number). */
function readBefore(cues: readonly Cue[], k: number): boolean {
  for (let i = 0; i < k; i++) if (cues[i]!.compiled.entry.id === cues[k]!.compiled.entry.id) return true;
  return false;
}
