import { clauseAt } from '../text.js';
import { reaches, undecided, type PassMeta, type SentenceState } from './context.js';

export const meta: PassMeta = {
  name: 'nearest-cue',
  covers: '主语在前、数值在后(审核规范性文件22件):数值属于同一分句中它前面最近的主语,其间只有 context 词',
  order: 30,
};

/** Binds each number to the nearest cue before it in its clause that reaches it. */
export function run(state: SentenceState): void {
  for (const q of undecided(state)) {
    const clause = clauseAt(state.view.clauses, q.start);
    const nearest = state.cues
      .filter((c) => c.start >= clause.start && c.end <= clause.end && c.compiled.entry.units.includes(q.unit) && reaches(state, c, q))
      .sort((a, b) => b.end - a.end || b.end - b.start - (a.end - a.start))[0];
    if (!nearest) continue;
    state.nearest.set(q, nearest);
    state.bound.set(q, [nearest]);
  }
}
