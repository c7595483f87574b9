import { isNegated } from '../status.js';
import { clauseAt } from '../text.js';
import { applies, fitsClause, makeFact, type PassMeta, type SentenceState } from './context.js';

export const meta: PassMeta = {
  name: 'implied',
  covers:
    '不写数字的零与全称说法(无败诉案件 → 0,全部按期办复 → 100,法律顾问全覆盖 → 100,负责人全部出庭 → 应出庭的件数):按事实的 implied 模式读出,被否定时(未实现全覆盖)不读',
  order: 90,
};

/** The values the `implied` patterns of the entries state, unless the sentence already gave them. */
export function run(state: SentenceState): void {
  const { view, compiled, lexicon } = state;
  const stated = [...state.facts];
  for (const c of compiled.entries) {
    if (c.implied.length === 0 || !applies(view, c)) continue;
    for (const { re, value: written } of c.implied) {
      // '=other_id': the value the sentence states for another fact, before the match
      let value: number | true;
      if (typeof written === 'string') {
        const source = stated.filter((f) => f.id === written.slice(1) && typeof f.value === 'number');
        if (source.length !== 1) continue;
        value = source[0]!.value;
      } else value = written;
      // most sentences state none: a search is cheaper than matchAll's copy of the regex
      if (view.text.search(re) < 0) continue;
      for (const m of view.text.matchAll(re)) {
        const start = m.index;
        const end = start + m[0].length;
        const clause = clauseAt(view.clauses, start);
        if (!fitsClause(view, c, clause) || isNegated(view.text, clause.start, start, lexicon)) continue;
        if (state.foreign.has(clause.start)) continue;
        if (state.facts.some((f) => f.id === c.entry.id && f.value === value)) continue;
        state.facts.push(makeFact(view, lexicon, c.entry, value, { start, end }, start));
      }
    }
  }
}
