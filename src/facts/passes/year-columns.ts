import type { Quantity } from '../quantity.js';
import { clauseAt } from '../text.js';
import { matchesOf } from '../../util/matches.js';
import type { Cue, PassMeta, SentenceState } from './context.js';

export const meta: PassMeta = {
  name: 'year-columns',
  covers:
    '两个年度并列的数值(2023年612件、2024年738件;由2023年的23份增加到2024年的31份;2023年、2024年分别为2件、4件;2022、2023、2024年分别为8次、10次、12次;学法上一年度11次,本年度12次):以往年度的数值不读,本年度的数值属于第一个年度之前的主语,或前一分句说其逐年增减的主语(合法性审查意见数量逐年增长,2022年出具140件、…);计划里年份后接“达到、增至、控制在”的数值(2027年达到450名、2030年达到600名)各是该年的目标',
  order: 18,
  reads: ['numbers'],
};

interface Label {
  year: number;
  start: number;
  /** the word between the year and its figure (达到, 的), if any */
  word?: string;
}

/**
 * Reads the figures the year reported on labels, and sets aside those of earlier years. When the
 * report's year is unknown, the latest year the sentence labels a figure with stands for it.
 */
export function run(state: SentenceState): void {
  const { view, quantities } = state;
  const plan = view.doc.kind === 'plan';
  // most sentences name no year: this pass has nothing to read there; a plan's target may stand alone
  if (quantities.length < (plan ? 1 : 2)) return;
  readYearAfterOtherPeriod(state);
  const namesYear = state.tables.yearNamed.test(view.text);
  // 逐年分别为…: years by their order alone
  const byYear = matchesOf(state.tables.yearByYearRespectively, view.text);
  if (!namesYear && byYear.length === 0) return;
  pairRespectively(state, view.doc.year, byYear);
  if (!namesYear) return;
  const { labels, named, year } = labelsOf(state);
  if (plan) readTargets(state, labels);
  if (labels.size === 0 || !named.some((l) => l.year < year)) return;
  for (const [q, label] of labels) {
    if (state.bound.has(q)) continue;
    if (label.year < year) state.bound.set(q, []);
    else if (label.year === year) {
      readInOwnYear(state, labels, q);
      const from = earlierClause(state, named, q, label.start, year) ?? firstColumn(state, labels, label.start, year);
      if (from === label.start) {
        // the year's column first (持证执法人员2023年为1126名(2022年为1087名)): the cue right before its year counts it
        const cue = cueBefore(state, q, label.start);
        if (cue) {
          state.nearest.set(q, cue);
          state.bound.set(q, [cue]);
        }
        continue;
      }
      const cue = cueBefore(state, q, from) ?? cueOfFirstColumn(state, labels, from) ?? cueOfTrend(state, q, from);
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

/**
 * The figures a year is written or named right before (2024年的31份, 上一年度11次), with the year and where
 * it starts, and the year reported on: the report's, or when unknown the latest written (0 when none is:
 * a year named stands for it or the one before).
 */
function labelsOf(state: SentenceState): { labels: Map<Quantity, Label>; named: Label[]; year: number } {
  const matches = matchesOf(state.tables.yearLabel, state.view.text);
  let reported = state.view.doc.year;
  if (reported === null) {
    reported = 0;
    for (const m of matches) if (m[1] !== undefined) reported = Math.max(reported, Number(m[1]));
  }
  const ends = new Map<number, Label>();
  const named: Label[] = [];
  for (const m of matches) {
    const label = { year: m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? reported - 1 : reported, start: m.index, word: m[4] };
    ends.set(m.index + m[0].length, label);
    named.push(label);
  }
  const labels = new Map<Quantity, Label>();
  for (const q of state.quantities) {
    const label = ends.get(q.start);
    if (label) labels.set(q, label);
  }
  for (const [q, label] of parallelLabels(state, ends)) labels.set(q, label);
  return { labels, named, year: reported };
}

/**
 * 本届累计调解矛盾纠纷1,463件,其中今年318件 / 本届共学法52次,今年12次: a clause of nothing but the year's own words
 * (今年, 其中今年, 2025年) and a figure, right after a clause of another period (other-period) that ends with a figure in the
 * same unit, gives the year's part of that figure: it counts what the other period's figure counts.
 */
function readYearAfterOtherPeriod(state: SentenceState): void {
  const { view, foreign, quantities, tables } = state;
  if (foreign.size === 0) return;
  const { current } = tables.otherPeriodEnds(view.doc.year, view.doc.spokenAfter === true);
  for (let k = 1; k < view.clauses.length; k++) {
    const [previous, clause] = [view.clauses[k - 1]!, view.clauses[k]!];
    if (!foreign.has(previous.start) || foreign.has(clause.start)) continue;
    const own = quantities.filter((q) => q.start >= clause.start && q.end <= clause.end);
    const q = own[0];
    if (own.length !== 1 || state.bound.has(q!) || view.text.slice(q!.end, clause.end).trim() !== '') continue;
    const opening = current.exec(view.text.slice(clause.start, q!.start));
    if (!opening || !tables.yearLabelOnly.test(view.text.slice(clause.start + opening[0].length, q!.start))) continue;
    const earlier = quantities.findLast((o) => o.end <= previous.end && o.start >= previous.start);
    if (!earlier || earlier.unit !== q!.unit || view.text.slice(earlier.end, previous.end).trim() !== '') continue;
    const cue = cueCounting(state, earlier);
    if (cue) {
      state.nearest.set(q!, cue);
      state.bound.set(q!, [cue]);
    } else {
      // no cue counts it (a frame's words do: 常务会议坚持会前学法,本届共52次,今年12次): the frames read it with the words
      // of the clause before the other period's
      state.items.set(q!, { start: view.clauses[Math.max(0, k - 2)]!.start, end: q!.end });
    }
  }
}

/** The cue that counts `q`: the last before it in its unit, no other figure between. */
function cueCounting(state: SentenceState, q: Quantity): Cue | undefined {
  let nearest: Cue | undefined;
  for (const c of state.cues) {
    if (c.end > q.start || !c.compiled.entry.units.includes(q.unit) || state.quantities.some((o) => o.start >= c.end && o.end <= q.start)) continue;
    if (!nearest || c.end > nearest.end) nearest = c;
  }
  return nearest;
}

/**
 * 公职律师2027年达到450名、2030年达到600名 / 执法记录仪2027年增至3,000台: in a plan, a year before a word of reaching
 * (达到, 增至) labels that year's target; each such figure, whatever its year, counts what the cue before the first
 * column counts (the status pass makes it a plan).
 */
function readTargets(state: SentenceState, labels: ReadonlyMap<Quantity, Label>): void {
  for (const [q, label] of labels) {
    if (state.bound.has(q) || label.word === undefined || !state.tables.yearTargets.has(label.word)) continue;
    const cue = cueBefore(state, q, firstColumn(state, labels, label.start, Infinity));
    if (!cue) continue;
    state.nearest.set(q, cue);
    state.bound.set(q, [cue]);
  }
}

/** The words of an act between a year and its figure (2023年审核规范性文件18件): a few characters, no break or number. */
const ACT_BETWEEN = /^[\u4e00-\u9fa5]{1,10}$/;

/**
 * 2023年审核规范性文件18件、2024年审核21件: the figures years label across the same act, where two or more years
 * of the sentence do: one's words start the other's (one year alone before an act may date a clause of its own).
 * A year right before its figure (2022年出具…140件、2023年162件) goes on the act of the figure in the same unit
 * that it follows with connectors only (、): its words, none, start every act's.
 */
function parallelLabels(state: SentenceState, ends: ReadonlyMap<number, Label>): Map<Quantity, Label> {
  const { text } = state.view;
  const acts: { q: Quantity; label: Label; act: string }[] = [];
  const direct: { q: Quantity; label: Label }[] = [];
  for (const [end, label] of ends) {
    const q = state.quantities.find((o) => o.start >= end);
    if (!q) continue;
    if (q.start === end) direct.push({ q, label });
    else if (!ends.has(q.start) && ACT_BETWEEN.test(text.slice(end, q.start))) acts.push({ q, label, act: text.slice(end, q.start) });
  }
  const out = new Map<Quantity, Label>();
  for (const a of acts) {
    const goesOn = (b: { q: Quantity; label: Label; act?: string }): boolean =>
      b.label.year !== a.label.year &&
      (b.act === undefined
        ? b.q.unit === a.q.unit && b.label.start > a.q.end && state.tables.yearConnector.test(text, a.q.end, b.label.start)
        : a.act.startsWith(b.act) || b.act.startsWith(a.act));
    if (acts.some(goesOn) || direct.some(goesOn)) out.set(a.q, a.label);
  }
  return out;
}

/**
 * 2023年审核合同102份、2024年审核117份: a clause that opens with an earlier year of the sequence tells of that year
 * (other-period), but where every figure in it is labelled by a year, the year's own figure is the year's.
 */
function readInOwnYear(state: SentenceState, labels: ReadonlyMap<Quantity, Label>, q: Quantity): void {
  const clause = clauseAt(state.view.clauses, q.start);
  if (!state.foreign.has(clause.start)) return;
  const opening = state.view.text.slice(clause.start, clause.end).search(/\S/) + clause.start;
  const opensWithLabel = [...labels.values()].some((l) => l.start === opening);
  const allLabelled = state.quantities.every((o) => o.start < clause.start || o.end > clause.end || labels.has(o));
  if (opensWithLabel && allLabelled) state.foreign.delete(clause.start);
}

/**
 * 上一年度…研究法治建设2次,本年度3次: where a clause opened by the year's label holds only its figure,
 * and the clause before it, opened by an earlier year, ends with a figure in the same unit, that figure is
 * the earlier column: the year's figure is read from where it stands.
 */
function earlierClause(state: SentenceState, named: readonly Label[], q: Quantity, start: number, year: number): number | undefined {
  const { text, clauses } = state.view;
  const k = clauses.findIndex((c) => c.start <= start && start < c.end);
  const clause = clauses[k];
  const previous = clauses[k - 1];
  if (!clause || !previous || text.slice(clause.start, start).trim() !== '' || text.slice(q.end, clause.end).trim() !== '') return undefined;
  if (!named.some((l) => l.year < year && text.slice(previous.start, l.start).trim() === '')) return undefined;
  const last = state.quantities.findLast((o) => o.end <= previous.end && o.start >= previous.start);
  return last && last.unit === q.unit && text.slice(last.end, previous.end).trim() === '' ? last.start : undefined;
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

/**
 * 2022年调解纠纷860件、2024年910件: with no cue before the first column, the cue its year's act names right before
 * its figure counts the later years' too.
 */
function cueOfFirstColumn(state: SentenceState, labels: ReadonlyMap<Quantity, Label>, from: number): Cue | undefined {
  let first: Quantity | undefined;
  for (const [o, label] of labels) if (label.start >= from && (!first || o.start < first.start)) first = o;
  const cue = first && cueBefore(state, first, first.start);
  return cue && cue.start >= from ? cue : undefined;
}

/**
 * 合法性审查意见数量逐年增长,2022年出具140件、2023年出具162件、2024年出具190件: where the first column opens its clause
 * and the clause before it ends saying how a count ran over the years, the cue of that count counts the columns.
 */
function cueOfTrend(state: SentenceState, q: Quantity, from: number): Cue | undefined {
  const { text, clauses } = state.view;
  const k = clauses.findIndex((c) => c.start <= from && from < c.end);
  const previous = clauses[k - 1];
  if (!previous || text.slice(clauses[k]!.start, from).trim() !== '') return undefined;
  const trend = state.tables.yearTrend.exec(text.slice(previous.start, previous.end));
  const cue = trend && cueBefore(state, q, previous.start + trend.index);
  return cue && cue.start >= previous.start ? cue : undefined;
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

/**
 * 2023年、2024年分别为2件、4件 / 行政应诉案件2019年至2021年分别为28件、31件、35件: each figure after 分别 is
 * the year's in the list's order (a span's years one by one); the year reported on keeps its figure, the
 * others are earlier years'.
 */
function pairRespectively(state: SentenceState, reported: number | null, byYear: readonly RegExpExecArray[]): void {
  const { text } = state.view;
  // where the years are named, they pair the figures: year by year (逐年) then only restates the order
  const named = new Set<number>();
  for (const m of matchesOf(state.tables.yearsRespectively, text)) {
    named.add(m.index + m[0].length);
    const years = [...m[1]!.matchAll(/\d{4}/g)].map((y) => Number(y[0]));
    if (pairYears(state, reported, years, [m.index, m.indices![2]![1]], m.index + m[0].length)) pairLaterActs(state, reported, years, m.index + m[0].length);
  }
  for (const m of matchesOf(state.tables.yearSpanRespectively, text)) {
    const first = Number(m[1]);
    const last = Number(m[2]);
    named.add(m.index + m[0].length);
    if (last <= first || last - first > MAX_SPAN_YEARS) continue;
    const years = Array.from({ length: last - first + 1 }, (_, k) => first + k);
    pairYears(state, reported, years, [m.index, m.indices![3]![1]], m.index + m[0].length);
  }
  for (const m of byYear) if (!named.has(m.index + m[0].length)) pairYearByYear(state, reported, m.index, m.index + m[0].length);
}

/**
 * 常务会议研究法治工作共21次,逐年分别为3次、4次、5次: year by year with no span named, the figures run up to the
 * year reported on (a review of several years names them in its title or heading): the last is the year's. A
 * clause that holds nothing but the years' figures takes its words from the clause before it.
 */
function pairYearByYear(state: SentenceState, reported: number | null, start: number, end: number): void {
  const first = state.quantities.findIndex((q) => q.start === end);
  if (first < 0) return;
  let count = 1;
  for (let k = first + 1; k < state.quantities.length; k++) {
    const [previous, q] = [state.quantities[k - 1]!, state.quantities[k]!];
    if (q.unit !== previous.unit || !state.tables.listSeparator.test(state.view.text, previous.end, q.start)) break;
    count++;
  }
  if (count < 2) return;
  // the last is the year reported on, or, when it is unknown, the latest
  const last = reported ?? count;
  const years = Array.from({ length: count }, (_, k) => last - count + 1 + k);
  const { clauses, text } = state.view;
  const k = clauses.findIndex((c) => c.start <= start && start < c.end);
  const opensClause = k > 0 && text.slice(clauses[k]!.start, start).trim() === '';
  pairYears(state, reported, years, [opensClause ? clauses[k - 1]!.end : start], end, opensClause ? clauses[k - 1]!.start : undefined);
}

/** A span of years listed one by one after 分别 has at most this many (a five-year plan's, a term's). */
const MAX_SPAN_YEARS = 9;

/**
 * Pairs the figures right after `end` with `years` in order, when as many of one unit follow, each
 * after a list separator. The year reported on (or the latest) is counted by a cue that ends at one of
 * `cuesEnd` (before the years, or after them before 分别: 2019年至2021年纳入事项分别为…); when none counts
 * it, the frames read it with the words of its clause before the years.
 */
function pairYears(
  state: SentenceState,
  reported: number | null,
  years: readonly number[],
  cuesEnd: readonly number[],
  end: number,
  wordsFrom?: number,
): boolean {
  const { text } = state.view;
  const year = reported ?? Math.max(...years);
  // right after 分别, or after the act it names (2022年、2023年分别收到…申请164件、189件): its cue counts them
  let first = state.quantities.findIndex((q) => q.start === end);
  if (first < 0) {
    first = state.quantities.findIndex((q) => q.start > end);
    if (first < 0 || !ACT_BETWEEN.test(text.slice(end, state.quantities[first]!.start))) return false;
    cuesEnd = [...cuesEnd, state.quantities[first]!.start];
  }
  const run = [state.quantities[first]!];
  for (const q of state.quantities.slice(first + 1, first + years.length)) {
    const previous = run[run.length - 1]!;
    if (q.unit !== previous.unit || !state.tables.listSeparator.test(text, previous.end, q.start)) break;
    run.push(q);
  }
  if (run.length !== years.length) return false;
  let cue: Cue | undefined;
  for (const at of cuesEnd) cue ??= cueBefore(state, run[0]!, at);
  run.forEach((q, k) => {
    if (years[k] !== year) {
      state.bound.set(q, []);
      state.aside.add(q);
    } else if (cue) state.bound.set(q, [cue]);
    else {
      state.items.set(q, { start: wordsFrom ?? clauseAt(state.view.clauses, cuesEnd[0]!).start, end: q.end });
      state.dated.add(q);
    }
  });
  return true;
}

/**
 * 2022年、2023年分别收到申请164件、189件,依法受理148件、176件,审结141件、170件: the clauses after the paired one, up to a
 * ";", that name an act and as many figures as there are years go on pairing them, each act's cue counting the year's.
 */
function pairLaterActs(state: SentenceState, reported: number | null, years: readonly number[], end: number): void {
  const { clauses, text } = state.view;
  for (let k = clauses.findIndex((c) => c.end > end) + 1; k > 0 && k < clauses.length; k++) {
    const clause = clauses[k]!;
    if (text.slice(0, clause.start).trimEnd().endsWith(';')) return;
    if (!pairYears(state, reported, years, [], clause.start)) return;
  }
}
