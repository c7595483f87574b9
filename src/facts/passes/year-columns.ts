import type { Quantity } from '../quantity.js';
import { clauseAt } from '../text.js';
import { matchesOf } from '../../util/matches.js';
import type { Cue, PassMeta, SentenceState } from './context.js';

export const meta: PassMeta = {
  name: 'year-columns',
  covers:
    '两个年度并列的数值(2023年612件、2024年738件;由2023年的23份增加到2024年的31份;2023年、2024年分别为2件、4件):以往年度的数值不读,本年度的数值属于第一个年度之前的主语',
  order: 18,
  reads: ['numbers'],
};

/** A year written with digits: most sentences have none, and this pass has nothing to read there. */
const YEAR = /\d{4}年/;

interface Label {
  year: number;
  start: number;
}

/**
 * Reads the figures the year reported on labels, and sets aside those of earlier years. When the
 * report's year is unknown, the latest year the sentence labels a figure with stands for it.
 */
export function run(state: SentenceState): void {
  const { view, quantities } = state;
  if (quantities.length < 2 || !YEAR.test(view.text)) return;
  pairRespectively(state, view.doc.year);
  const labels = labelsOf(state);
  if (labels.size === 0) return;
  const years = [...labels.values()].map((l) => l.year);
  const year = view.doc.year ?? Math.max(...years);
  if (!years.some((y) => y < year)) return;
  for (const [q, label] of labels) {
    if (state.bound.has(q)) continue;
    if (label.year < year) state.bound.set(q, []);
    else if (label.year === year) {
      const from = firstColumn(state, labels, label.start, year);
      if (from === label.start) continue;
      const cue = cueBefore(state, q, from);
      if (!cue) {
        // no cue counts it: the frames read it with the words before the first column
        state.items.set(q, { start: clauseAt(view.clauses, from).start, end: q.end });
        continue;
      }
      state.nearest.set(q, cue);
      state.bound.set(q, [cue]);
    }
  }
}

/** The figures a year is written right before (2024年的31份), with the year and where it starts. */
function labelsOf(state: SentenceState): Map<Quantity, Label> {
  const ends = new Map<number, Label>();
  for (const m of matchesOf(state.tables.yearLabel, state.view.text)) ends.set(m.index + m[0].length, { year: Number(m[1]), start: m.index });
  const labels = new Map<Quantity, Label>();
  for (const q of state.quantities) {
    const label = ends.get(q.start);
    if (label) labels.set(q, label);
  }
  return labels;
}

/**
 * Where the run of earlier years' figures before a label of the year starts: back over each
 * earlier figure joined to the next label by connectors only, and a 由/从 before the first.
 */
function firstColumn(state: SentenceState, labels: ReadonlyMap<Quantity, Label>, start: number, year: number): number {
  const { text } = state.view;
  let from = start;
  for (;;) {
    let earlier: Label | undefined;
    for (const [o, label] of labels) if (label.year < year && o.end <= from && state.tables.yearConnector.test(text, o.end, from)) earlier = label;
    if (!earlier) break;
    from = earlier.start;
  }
  for (const word of state.tables.changeFrom) if (from < start && text.startsWith(word, from - word.length)) return from - word.length;
  return from;
}

/** The nearest cue before `at` that counts in the figure's unit, with only context words between. */
function cueBefore(state: SentenceState, q: Quantity, at: number): Cue | undefined {
  let nearest: Cue | undefined;
  for (const c of state.cues) {
    if (c.end > at || !c.compiled.entry.units.includes(q.unit) || !c.compiled.gap.test(state.view.text, c.end, at)) continue;
    if (!nearest || c.end > nearest.end) nearest = c;
  }
  return nearest;
}

/** 2023年、2024年分别为2件、4件: each figure after 分别 is the year's in the list's order. */
function pairRespectively(state: SentenceState, reported: number | null): void {
  const { text } = state.view;
  for (const m of matchesOf(state.tables.yearsRespectively, text)) {
    const years = [...m[1]!.matchAll(/\d{4}/g)].map((y) => Number(y[0]));
    const year = reported ?? Math.max(...years);
    const end = m.index + m[0].length;
    const first = state.quantities.findIndex((q) => q.start === end);
    if (first < 0) continue;
    const run = [state.quantities[first]!];
    for (const q of state.quantities.slice(first + 1, first + years.length)) {
      const previous = run[run.length - 1]!;
      if (q.unit !== previous.unit || !state.tables.listSeparator.test(text, previous.end, q.start)) break;
      run.push(q);
    }
    if (run.length !== years.length) continue;
    const cue = cueBefore(state, run[0]!, m.index);
    run.forEach((q, k) => {
      state.bound.set(q, years[k] === year && cue ? [cue] : []);
    });
  }
}
