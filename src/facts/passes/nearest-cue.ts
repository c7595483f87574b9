import type { Quantity } from '../quantity.js';
import { clauseAt, clauseIndexAt, isWithin, startsWithAny } from '../text.js';
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
  for (const q of undecided(state)) {
    const nearest = nearestCueOf(state, q);
    if (!nearest) continue;
    if (partOfWhole(state, clauseIndexAt(state.view.clauses, q.start), nearest, q)) {
      state.bound.set(q, []);
      continue;
    }
    state.nearest.set(q, nearest);
    state.bound.set(q, [nearest]);
  }
}

/** The nearest cue before a number in its clause (or the label its clause follows) that reaches it, if any. */
export function nearestCueOf(state: SentenceState, q: Quantity): Cue | undefined {
  const { clauses, text } = state.view;
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
  return nearest;
}

/**
 * Whether the number's clause opens with a cause and a clause before it names a whole of its cue's fact with a figure
 * in its measure and ends there (8件败诉案件中,因程序违法败诉4件): a part of the whole by cause, no count of the fact.
 * A part by act (收到的47件申请中,依法受理41件) is still the fact's.
 */
function partOfWhole(state: SentenceState, at: number, cue: Cue, q: Quantity): boolean {
  const { view, tables } = state;
  const { clauses, text } = view;
  if (!startsWithAny(text.slice(clauses[at]!.start, q.start).trimStart(), tables.partCauses)) return false;
  for (const clause of clauses.slice(0, at)) {
    if (!tables.whole.test(text.slice(clause.start, clause.end))) continue;
    const figure = state.quantities.some((o) => o.unit === q.unit && isWithin(o, clause.start, clause.end));
    if (figure && state.cues.some((c) => c.compiled.entry === cue.compiled.entry && isWithin(c, clause.start, clause.end))) return true;
  }
  return false;
}
