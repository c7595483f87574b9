import type { Fact } from '../schema.js';
import type { Span } from '../../document/types.js';
import type { PassMeta, SentenceState } from './context.js';

export const meta: PassMeta = {
  name: 'gross-figures',
  covers:
    '总数与按行为计的净数(收到行政复议申请164件,受理148件):事实定义按受理计,同一句中(分号之前)后一分句以“受理”再计同一事实时,以“收到”计的总数不读;“其中”之后的受理数可能是另一机关的份额,不算',
  order: 85,
  reads: ['numbers'],
};

/** Drops a figure an entry's `gross` acts count where a later clause counts the entry's net part (the spec's count). */
export function run(state: SentenceState): void {
  const { view, compiled, tables } = state;
  // a figure an entry counts gross is rare: the sentence's clauses are placed only where one stands
  if (state.facts.length < 2 || !state.facts.some((f) => compiled.byId.get(f.id)?.entry.gross !== undefined)) return;
  const base = view.sentence.span.start;
  const { clauses } = view;
  // a fact's clause, by where its evidence ends in the document
  const clauseOf = (f: Fact): number => clauses.findIndex((c) => f.evidence.end <= base + view.map[c.end]!);
  const dropped = new Set<Fact>();
  for (const gross of state.facts) {
    const rule = compiled.byId.get(gross.id)?.entry.gross;
    if (!rule || typeof gross.value !== 'number') continue;
    const k = clauseOf(gross);
    if (k < 0 || !names(view.text, clauses[k]!, rule.acts)) continue;
    const net = state.facts.some((f) => {
      if (f === gross || f.id !== gross.id || f.status !== gross.status) return false;
      const j = clauseOf(f);
      if (j <= k) return false;
      const clause = clauses[j]!;
      const opening = view.text.slice(clause.start, clause.end).trimStart();
      return (
        names(view.text, clause, rule.net) && !tables.parts.some((p) => opening.startsWith(p)) && !view.text.slice(clauses[k]!.end, clause.start).includes(';')
      );
    });
    if (net) dropped.add(gross);
  }
  // in place: the list is the sentence state's own
  for (let k = state.facts.length - 1; k >= 0; k--) if (dropped.has(state.facts[k]!)) state.facts.splice(k, 1);
}

/** Whether one of `words` stands in the clause. */
function names(text: string, clause: Span, words: readonly string[]): boolean {
  for (const w of words) {
    const at = text.indexOf(w, clause.start);
    if (at >= 0 && at + w.length <= clause.end) return true;
  }
  return false;
}
