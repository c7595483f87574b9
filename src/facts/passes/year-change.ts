import type { Span } from '../../document/types.js';
import { evidenceIn } from '../presence.js';
import type { Quantity } from '../quantity.js';
import { makeFact, type Cue, type PassMeta, type SentenceState } from './context.js';
import { nearestCueOf } from './nearest-cue.js';

export const meta: PassMeta = {
  name: 'year-change',
  covers:
    '“2023年全镇调解矛盾纠纷85件,2024年比上年增加12件”:以上一年开头的分句给出一个件数,紧接的分句以本年开头、不另说主语,只说它比上年(或“在此基础上”)增减了多少,单位相同:本年的数是两者之和或差(推算所得);只有增减量、基数单位不同、主语不同或两年不相接的都不算',
  order: 16,
  reads: ['numbers'],
};

/** Reads the year's count from last year's, given in a clause, and its change, given in the next. */
export function run(state: SentenceState): void {
  const { view, quantities, tables } = state;
  const { clauses, text } = view;
  if (quantities.length < 2) return;
  for (let k = 1; k < clauses.length; k++) {
    const clause = clauses[k]!;
    const change = firstIn(quantities, clause);
    // most clauses open with no year: the regex runs only on those whose words before their number name one (read in place)
    if (!change || change.qualifier !== 'exact' || !namesYearBefore(text, clause.start, change.start)) continue;
    const said = tables.yearChange.exec(text.slice(clause.start, change.start));
    if (!said || text.slice(change.end, clause.end).trim() !== '') continue;
    // the year by its number, else the report's (unknown: only last year's words can be the base)
    const year = said[1] === undefined ? view.doc.year : Number(said[1]);
    if ((view.doc.year !== null && year !== view.doc.year) || restated(state, k + 1, change)) continue;
    const base = baseBefore(state, clauses[k - 1]!, change, year, said[2]!);
    if (!base || namesAnother(state, clause, base.cue)) continue;
    const value = base.q.value + (tables.yearChangeLess.has(said[3]!) ? -change.value : change.value);
    if (value < 0) continue;
    readDerived(state, base, change, clause, value);
  }
}

interface Base {
  q: Quantity;
  cue: Cue;
}

/**
 * Last year's count in the clause before the change's: the clause opens with that year (its number, one before the
 * change's, or 上年), holds one number in the change's unit and a count's cue reaching it; a year the comparison names
 * (比2023年) is that one.
 */
function baseBefore(state: SentenceState, clause: Span, change: Quantity, year: number | null, against: string): Base | undefined {
  const { view, quantities, tables } = state;
  const opening = tables.yearChangeBase.exec(view.text.slice(clause.start, clause.end));
  if (!opening || !lastYear(opening[1], year) || !lastYear(/\d{4}/.exec(against)?.[0], year)) return undefined;
  let q: Quantity | undefined;
  for (const o of quantities) {
    if (o.start < clause.start || o.end > clause.end || o.unit !== change.unit) continue;
    if (q) return undefined;
    q = o;
  }
  if (!q || q.qualifier !== 'exact') return undefined;
  const cue = nearestCueOf(state, q);
  return cue?.compiled.entry.shape === 'count' ? { q, cue } : undefined;
}

/** Whether 年 stands between `from` and `to`. */
function namesYearBefore(text: string, from: number, to: number): boolean {
  const at = text.indexOf('年', from);
  return at >= 0 && at < to;
}

/** Whether a year written (none: 上年, 比上年) is the one before `year`. */
const lastYear = (written: string | undefined, year: number | null): boolean => written === undefined || (year !== null && Number(written) === year - 1);

/** The first number in a clause, if any. */
function firstIn(quantities: readonly Quantity[], clause: Span): Quantity | undefined {
  for (const q of quantities) if (q.start >= clause.start && q.end <= clause.end) return q;
  return undefined;
}

/** Whether the clause after the change's gives a figure in its unit: the year's own, said outright (…,达到90件). */
function restated(state: SentenceState, k: number, change: Quantity): boolean {
  const next = state.view.clauses[k];
  return next !== undefined && state.quantities.some((q) => q.unit === change.unit && q.start >= next.start && q.end <= next.end);
}

/** Whether the change's clause names a subject of another fact than the base's: the change is that one's. */
function namesAnother(state: SentenceState, clause: Span, cue: Cue): boolean {
  return state.all.some((c) => c.start >= clause.start && c.end <= clause.end && c.compiled.entry.id !== cue.compiled.entry.id);
}

/** The year's count, derived from the base and the change, quoted from the base's cue to the change; neither is read alone. */
function readDerived(state: SentenceState, base: Base, change: Quantity, clause: Span, value: number): void {
  const { view, compiled } = state;
  for (const q of [base.q, change]) {
    state.bound.set(q, []);
    state.taken.add(q);
  }
  const fact = makeFact(view, compiled, base.cue.compiled.entry, value, { start: base.cue.start, end: change.end }, change.start);
  fact.derived = true;
  fact.basis = [evidenceIn(view.doc, view.sentence, base.cue.start, base.q.end), evidenceIn(view.doc, view.sentence, clause.start, change.end)];
  state.facts.push(fact);
}
