import type { Span } from '../../document/types.js';
import type { Quantity } from '../quantity.js';
import { clauseAt } from '../text.js';
import type { PassMeta, SentenceState } from './context.js';

export const meta: PassMeta = {
  name: 'summed',
  covers: '“聘请2名执业律师和1名高校教师担任法律顾问”:同一量词的几个数各自限定一类人或物(不是我们的主语),以列举词相连,其后是它们共同的主语:读出合计',
  order: 55,
};

/** The total of the counts that end at a number bound to the count cue after it. */
export function run(state: SentenceState): void {
  for (const q of state.after) {
    const cue = state.bound.get(q)?.[0];
    if (cue?.compiled.entry.shape !== 'count') continue;
    const sum = summedBefore(state, q, clauseAt(state.view.clauses, q.start));
    if (sum) state.sums.set(q, sum);
  }
}

/** The total and where the first count starts, or null when `q` ends no such list. */
function summedBefore(state: SentenceState, q: Quantity, clause: Span): { value: number; start: number } | null {
  const { quantities, all, view, tables } = state;
  let value = q.value;
  let start = q.start;
  let next = q;
  for (;;) {
    const previous = quantities.filter((o) => o.end <= next.start && o.start >= clause.start).sort((a, b) => b.end - a.end)[0];
    if (!previous || previous.unit !== q.unit || previous.qualifier !== 'exact') break;
    if (!tables.sumLink.test(view.text.slice(previous.end, next.start))) break;
    // 12件合同和5件规范性文件: a kind that is a subject of its own is no part of the total
    if (all.some((c) => c.start < next.start && c.end > previous.end)) break;
    value += previous.value;
    start = previous.start;
    next = previous;
  }
  return start === q.start || q.qualifier !== 'exact' ? null : { value, start };
}
