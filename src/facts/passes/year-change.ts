import type { Span } from '../../document/types.js';
import { evidenceIn } from '../presence.js';
import type { Quantity } from '../quantity.js';
import type { Evidence } from '../schema.js';
import { containsAny } from '../text.js';
import { makeFact, type CarriedBase, type Cue, type PassMeta, type SentenceState } from './context.js';
import { nearestCueOf } from './nearest-cue.js';

export const meta: PassMeta = {
  name: 'year-change',
  covers:
    '“2023年全镇调解矛盾纠纷85件,2024年比上年增加12件”:以上一年开头的分句给出一个件数,紧接的分句以本年开头、不另说主语,只说它比上年(或“在此基础上”)增减了多少,单位相同:本年的数是两者之和或差(推算所得);上一年的分句结束一句、同一节中下一句(同段或下一段)的第一个分句以本年开头只说增减(2023年…76件。2024年比上年增加14件。)也一样,其后又直说本年数(…,达到90件)的,读所说的数、不再推算;只有增减量、基数单位不同、主语不同或两年不相接的都不算',
  order: 16,
  reads: ['numbers'],
};

/**
 * Reads the year's count from last year's, given in a clause, and its change, given in the next: of the same sentence,
 * or opening the next sentence of the section, in the paragraph or the next (last year's count carried over).
 */
export function run(state: SentenceState): void {
  const { view, quantities, carried } = state;
  const before = carried.base;
  carried.base = null;
  if (before && before.sentence === view.index - 1 && view.doc.sentences[before.sentence]!.section === view.sentence.section) readChange(state, 0, before);
  for (let k = 1; k < view.clauses.length && quantities.length >= 2; k++) readChange(state, k, null);
  carried.base = baseEnding(state);
}

/**
 * Reads the year's count when the `k`th clause opens with the year and says only how much it changed on last year's:
 * the base carried from the sentence before, else the one in the clause before.
 */
function readChange(state: SentenceState, k: number, carried: CarriedBase | null): void {
  const { view, quantities, tables } = state;
  const { clauses, text } = view;
  const clause = clauses[k]!;
  const change = firstIn(quantities, clause);
  // most clauses open with no year: the regex runs only on those whose words before their number name one (read in place)
  if (!change || change.qualifier !== 'exact' || !namesYearBefore(text, clause.start, change.start)) return;
  const said = tables.yearChange.exec(text.slice(clause.start, change.start));
  if (!said || text.slice(change.end, clause.end).trim() !== '') return;
  // the year by its number, else the report's (unknown: only last year's words can be the base)
  const year = said[1] === undefined ? view.doc.year : Number(said[1]);
  // the year's figure said outright after the change (…,达到90件): a cue before it in the sentence reads it (continuation)
  const restatement = restated(state, k + 1, change);
  if ((view.doc.year !== null && year !== view.doc.year) || (restatement && !carried)) return;
  const base = carried
    ? carried.q.unit === change.unit && lastYears(carried.written, said[2]!, year)
      ? carried
      : undefined
    : baseBefore(state, clauses[k - 1]!, change, year, said[2]!);
  if (!base || namesAnother(state, clause, base.cue)) return;
  if (restatement) {
    readRestated(state, base.cue, clause, clauses[k + 1]!, change, restatement);
    return;
  }
  const value = base.q.value + (tables.yearChangeLess.has(said[3]!) ? -change.value : change.value);
  if (value < 0) return;
  readDerived(state, base, change, clause, value);
}

interface Base {
  q: Quantity;
  cue: Cue;
  /** the base's cue and number, when they stand in the sentence before (carried) */
  evidence?: Evidence;
}

/**
 * Last year's count in the clause before the change's: the clause opens with that year (its number, one before the
 * change's, or 上年), holds one number in the change's unit and a count's cue reaching it; a year the comparison names
 * (比2023年) is that one.
 */
function baseBefore(state: SentenceState, clause: Span, change: Quantity, year: number | null, against: string): Base | undefined {
  const { view, quantities, tables } = state;
  const opening = tables.yearChangeBase.exec(view.text.slice(clause.start, clause.end));
  if (!opening || !lastYears(opening[1], against, year)) return undefined;
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

/** Whether the year a base's clause opens with and the one a comparison names (比2023年) are both the one before `year`, or unwritten. */
const lastYears = (opening: string | undefined, against: string, year: number | null): boolean =>
  lastYear(opening, year) && lastYear(/\d{4}/.exec(against)?.[0], year);

/**
 * The base the next sentence's change may build on: the sentence's last clause opens with a year (or 上年), holds its one
 * number, exact, and a count's cue reaching it (2023年全县调解矛盾纠纷76件。).
 */
function baseEnding(state: SentenceState): CarriedBase | null {
  const { view, quantities, tables } = state;
  const q = quantities.at(-1);
  const clause = lastClause(view.clauses);
  if (!q || !clause || q.qualifier !== 'exact' || q.start < clause.start || (quantities.length > 1 && quantities.at(-2)!.end > clause.start)) return null;
  // most sentences end in no clause naming a year before its number: the regex runs only on those that do
  if (!namesYearBefore(view.text, clause.start, q.start)) return null;
  const opening = tables.yearChangeBase.exec(view.text.slice(clause.start, clause.end));
  if (!opening) return null;
  const cue = nearestCueOf(state, q);
  if (cue?.compiled.entry.shape !== 'count') return null;
  return { sentence: view.index, q, cue, written: opening[1], evidence: evidenceIn(view.doc, view.sentence, cue.start, q.end) };
}

/** The last clause that holds anything (the sentence's closing mark leaves an empty one after it). */
function lastClause(clauses: readonly Span[]): Span | undefined {
  for (let k = clauses.length - 1; k >= 0; k--) if (clauses[k]!.end > clauses[k]!.start) return clauses[k];
  return undefined;
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

/** The figure in the change's unit the clause after the change's gives, if any: the year's own, said outright (…,达到90件). */
function restated(state: SentenceState, k: number, change: Quantity): Quantity | undefined {
  const next = state.view.clauses[k];
  return next === undefined ? undefined : state.quantities.find((q) => q.unit === change.unit && q.start >= next.start && q.end <= next.end);
}

/**
 * 2023年…76件。2024年比上年增加14件,达到90件。: the year's figure said outright after a change on last year's count carried
 * from the sentence before counts what that count counted, when its clause only reaches it (达到, 为) and names no subject of
 * its own; the change is read no more.
 */
function readRestated(state: SentenceState, cue: Cue, clause: Span, next: Span, change: Quantity, restatement: Quantity): void {
  const { view, tables, compiled } = state;
  if (!containsAny(view.text.slice(next.start, restatement.start), tables.stockWords) || namesAnother(state, next, cue)) return;
  for (const q of [change, restatement]) {
    state.bound.set(q, []);
    state.taken.add(q);
  }
  state.facts.push(
    makeFact(view, compiled, cue.compiled.entry, restatement.value, { start: clause.start, end: restatement.end }, restatement.start, restatement),
  );
}

/** Whether the change's clause names a subject of another fact than the base's: the change is that one's. */
function namesAnother(state: SentenceState, clause: Span, cue: Cue): boolean {
  return state.all.some((c) => c.start >= clause.start && c.end <= clause.end && c.compiled.entry.id !== cue.compiled.entry.id);
}

/**
 * The year's count, derived from the base and the change, quoted from the base's cue to the change (across the sentence
 * break when the base ends the sentence before); neither is read alone.
 */
function readDerived(state: SentenceState, base: Base, change: Quantity, clause: Span, value: number): void {
  const { view, compiled } = state;
  for (const q of base.evidence ? [change] : [base.q, change]) {
    state.bound.set(q, []);
    state.taken.add(q);
  }
  const said = evidenceIn(view.doc, view.sentence, clause.start, change.end);
  const from = base.evidence ?? evidenceIn(view.doc, view.sentence, base.cue.start, base.q.end);
  const fact = makeFact(view, compiled, base.cue.compiled.entry, value, { start: clause.start, end: change.end }, change.start);
  fact.evidence = { text: view.doc.source.text.slice(from.start, said.end), start: from.start, end: said.end };
  fact.derived = true;
  fact.basis = [from, said];
  state.facts.push(fact);
}
