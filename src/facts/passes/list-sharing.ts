import type { Span } from '../../document/types.js';
import { PERCENT } from '../quantity.js';
import { clauseAt, containsAny } from '../text.js';
import type { Cue, PassMeta, SentenceState } from './context.js';
import type { CompiledTables } from './tables.js';

export const meta: PassMeta = {
  name: 'list-sharing',
  covers: '“A、B均达100%”:以列举词相连的几个主语共用其后的一个数值;比率总是各自成立,件数只在“均、分别”等之后各自成立,否则是合计',
  order: 40,
};

/** Widens each nearness binding to the list of cues it ends (报备率、报备及时率、规范率均达100%). */
export function run(state: SentenceState): void {
  const { view, tables } = state;
  for (const [q, nearest] of state.nearest) {
    const clause = clauseAt(view.clauses, q.start);
    const inClause = state.cues.filter((c) => c.start >= clause.start && c.end <= clause.end && c.compiled.entry.units.includes(q.unit));
    const list = listEndingAt(view.text, nearest, inClause, tables);
    const subjects = new Set(list.map((c) => c.compiled.entry.id));
    const eachOne = q.unit === PERCENT || containsAny(view.text.slice(nearest.end, q.start), tables.distributive);
    state.bound.set(q, subjects.size > 1 && !eachOne ? [] : list);
  }
}

/** The cue with every cue listed before it ("报备率、报备及时率、规范率"), in text order. */
function listEndingAt(text: string, last: Cue, candidates: Cue[], tables: CompiledTables): Cue[] {
  const list = [last];
  for (;;) {
    const head = list[0]!;
    const previous = candidates.filter((c) => c.end <= head.start && tables.listSeparator.test(text.slice(c.end, head.start))).sort((a, b) => b.end - a.end)[0];
    if (!previous || previous.end === head.start) break;
    list.unshift(previous);
  }
  return list;
}

/**
 * The other cues of the list a cue stands in (合法性审核率、备案率), by list separators: they are
 * no distractors of it.
 */
export function listMates(text: string, cue: Cue, cues: readonly Cue[], tables: CompiledTables): Span[] {
  const joined = (a: Span, b: Span): boolean => a.end < b.start && tables.listSeparator.test(text.slice(a.end, b.start));
  const group: Cue[] = [cue];
  for (let grew = true; grew;) {
    grew = false;
    for (const o of cues) {
      if (group.includes(o) || o.start === cue.start) continue;
      if (group.some((g) => joined(o, g) || joined(g, o))) {
        group.push(o);
        grew = true;
      }
    }
  }
  return group.slice(1);
}
