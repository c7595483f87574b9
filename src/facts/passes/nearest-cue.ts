import { clauseAt, clauseIndexAt } from '../text.js';
import { reaches, undecided, type Cue, type PassMeta, type SentenceState } from './context.js';

export const meta: PassMeta = {
  name: 'nearest-cue',
  covers:
    '主语在前、数值在后(审核规范性文件22件):数值属于同一分句中它前面最近的主语,其间只有 context 词;以冒号结尾的标签(政府信息公开申请:受理643件)的主语也算同一分句',
  order: 30,
  reads: ['numbers'],
};

/** Binds each number to the nearest cue before it in its clause (or the label its clause follows) that reaches it. */
export function run(state: SentenceState): void {
  const { clauses, text } = state.view;
  for (const q of undecided(state)) {
    const at = clauseIndexAt(clauses, q.start);
    const own = clauseAt(clauses, q.start);
    // a label closed by a colon (政府信息公开申请:受理643件) names what the clause after it counts
    const label = at > 0 && text[clauses[at - 1]!.end] === ':' ? clauses[at - 1]! : undefined;
    const clause = { start: label?.start ?? own.start, end: own.end };
    // the one ending last, the longest on ties, else the first (a loop: a filter and sort allocate per number)
    let nearest: Cue | undefined;
    for (const c of state.cues) {
      if (c.start < clause.start || c.end > clause.end || !c.compiled.entry.units.includes(q.unit) || !reaches(state, c, q)) continue;
      if (!nearest || c.end > nearest.end || (c.end === nearest.end && c.end - c.start > nearest.end - nearest.start)) nearest = c;
    }
    if (!nearest) continue;
    state.nearest.set(q, nearest);
    state.bound.set(q, [nearest]);
  }
}
