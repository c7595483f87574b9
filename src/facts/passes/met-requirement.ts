import type { Fact } from '../schema.js';
import { clauseAt } from '../text.js';
import { makeFact, type PassMeta, type SentenceState } from './context.js';

export const meta: PassMeta = {
  name: 'met-requirement',
  covers: '说前一分句达到了所引要求的分句(会前学法10次,达到市委“每年不少于6次”的要求):引号里无主语的界值计前一分句所计的事实,是计划(所引的要求),不论要求出自谁',
  order: 87,
  reads: ['numbers'],
};

/** Reads the bound of a requirement the clause before is said to meet as a plan of what that clause counted. */
export function run(state: SentenceState): void {
  const { view, compiled, tables } = state;
  const { lead, rest } = tables.metRequirement;
  if (state.facts.length === 0 || !view.text.includes('“')) return;
  const base = view.sentence.span.start;
  for (const q of state.quantities) {
    if (state.taken.has(q)) continue;
    const clause = clauseAt(view.clauses, q.start);
    const k = view.clauses.indexOf(clause);
    if (k < 1 || !lead.test(view.text.slice(clause.start, q.start)) || !rest.test(view.text.slice(q.end, clause.end).trim())) continue;
    // the fact the clause right before read last, in the number's measure
    const before = view.clauses[k - 1]!;
    const from = base + view.map[before.start]!;
    const to = base + view.map[before.end]!;
    let met: Fact | undefined;
    for (const f of state.facts) {
      if (f.status !== 'achieved' || typeof f.value !== 'number' || f.evidence.start < from || f.evidence.end > to) continue;
      if (!compiled.byId.get(f.id)?.entry.units.includes(q.unit)) continue;
      if (!met || f.evidence.end > met.evidence.end) met = f;
    }
    const entry = met && compiled.byId.get(met.id)?.entry;
    if (!entry) continue;
    const fact = makeFact(view, compiled, entry, q.value, { start: q.start, end: q.end }, q.start, q);
    // a requirement quoted is a plan (rules/status.yaml quoted_target); read as anything else it is no requirement
    if (fact.status !== 'plan') continue;
    state.taken.add(q);
    state.facts.push(fact);
  }
}
