import type { Span } from '../../document/types.js';
import { TITLE, clauseAt, containsAny, lastWithin, type CompiledFrame, type TermHit } from '../text.js';
import type { Quantity } from '../quantity.js';
import { inForeignClause, makeFact, partEnd, partStart, unread, type PassMeta, type SentenceState } from './context.js';
import { listItems } from './list-sharing.js';
import { matchesOf } from '../../util/matches.js';

export const meta: PassMeta = {
  name: 'frames',
  covers:
    '事实框架:没有主语可配的数值,由其量词选出候选框架,框架的各组概念词(主语、动作、对象)出现在数值所在的一段中(主语也可在句首分句,或紧邻的前一分句——它不含数值时),不论次序;“均”之前列举的几项各自都是某个框架时(会前学法和法治专题讲座均为4次),一个数值按每项读出',
  order: 80,
};

/**
 * Fact frames read the numbers no cue bound. A number's part of its clause runs from the number
 * before it (or a frame's subject named after that) to the number after it (in that clause); its
 * measure word picks the candidate frames.
 * A frame fires when each of its groups has a word in that part, or, for
 * the subject alone, in the sentence's opening clause or the clause right before (when that one
 * counts nothing) when the part names no subject of its own (区政府常务会议…, 全年开展会前学法5次). A clause with no frame word at all continues the clause
 * before it (…坚持会前学法,全年共12次) when that clause has no number of its own. None of the
 * frame's exclusions may be in the part, and a part with a denied word (不予受理, 尚未开展) gives
 * nothing. After 分别, each number's part is its item of the list before 分别. Candidates rank by how many groups the part itself holds, then by how
 * many characters they match, then by distance; each number gets at most one fact.
 */
export function run(state: SentenceState): void {
  const { view, compiled, quantities, hits } = state;
  const { frameWords } = compiled;
  const open = unread(state);
  if (open.length === 0) return;
  const frameActions = frameWords.actions;
  // a word inside a title (《…事项目录》) names a document, not what was done
  const titles = matchesOf(TITLE, view.text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const usable = hits.filter(
    (h) => !compiled.negated(view.text, h.start) && !(frameActions.has(h.term) && titles.some((t) => h.start > t.start && h.end < t.end)),
  );
  const lead = view.clauses[0]!;
  for (const q of open) {
    const clause = clauseAt(view.clauses, q.start);
    // a number a pass before decided counts nothing (the old value of a change, an earlier year's)
    if (inForeignClause(state, q) || state.bound.get(q)?.length === 0) continue;
    const item = state.items.get(q);
    const from = item?.start ?? partStart(quantities, q, clause);
    const to = item?.end ?? partEnd(quantities, q, clause);
    const whole = usable.filter((h) => h.start >= from && h.end <= to && (h.end <= q.start || h.start >= q.end));
    // a subject named before the number opens its item (…研究法治政府建设、区政府常务会议会前学法共计11次):
    // the words before it are another subject's
    const opener = whole.findLast((h) => h.end <= q.start && frameWords.frameSubjects.has(h.term));
    const part = opener ? whole.filter((h) => h.start >= opener.start) : whole;
    // 不予受理复议申请6件: a denied word denies the number, whatever other words it stands with
    if (hits.some((h) => h.start >= from && h.end <= to && compiled.negated(view.text, h.start))) continue;
    // a clause with no frame word (…坚持会前学法,全年共12次) continues the clause before it, when
    // that clause states no number of its own and this one counts no part (其中…)
    const previous = clauseBefore(view.clauses, clause);
    const previousCounts = previous !== undefined && quantities.some((o) => o.start >= previous.start && o.end <= previous.end);
    // the subject may also stand in the clause right before, when that clause counts nothing
    // (坚持区政府常务会议会前学法制度,全年会前学法9次)
    const opening = part.some((h) => frameWords.subjects.has(h.term))
      ? []
      : usable.filter(
          (h) =>
            (h.start >= lead.start && h.end <= Math.min(lead.end, from)) ||
            (previous !== undefined && !previousCounts && h.start >= previous.start && h.end <= previous.end),
        );
    const countsNoPart = !containsAny(view.text.slice(clause.start, clause.end), state.tables.parts);
    const noPart = part.length === 0 && countsNoPart;
    // …or, when it only says who attended, the event counted before it in another measure
    // (组织旁听庭审2场,参加干部120人 / 庭审观摩两场、210人参加), also naming again only what the event
    // did (组织旁听庭审2场,参加旁听的干部120人)
    const event = from === clause.start ? previous : { start: clause.start, end: from };
    const eventWords = event === undefined ? [] : usable.filter((h) => h.start >= event.start && h.end <= event.end);
    const attended =
      countsNoPart &&
      part.every((h) => eventWords.some((e) => e.term === h.term)) &&
      event !== undefined &&
      containsAny(view.text.slice(from, to), state.tables.attendance) &&
      !quantities.some((o) => o !== q && o.unit === q.unit && o.start >= event.start && o.end <= event.end);
    const carried =
      previous && from === clause.start && noPart && !previousCounts
        ? usable.filter((h) => h.start >= previous.start && h.end <= previous.end)
        : attended
          ? eventWords
          : [];
    const spread = item ? null : spreadItems(state, q, from, usable);
    if (spread) {
      const read = spread.map((item) => bestFrame(state, q, item, [], []));
      if (read.every((r) => r !== null)) {
        state.taken.add(q);
        const seen = new Set<string>();
        for (const r of read) {
          if (seen.has(r.frame.entry.id)) continue;
          seen.add(r.frame.entry.id);
          const span = { start: Math.min(q.start, ...r.used.map((h) => h.start)), end: q.end };
          state.facts.push(makeFact(view, state.lexicon, r.frame.entry, q.value, span, q.start, q));
        }
        continue;
      }
    }
    const best = bestFrame(state, q, part, carried, opening);
    if (!best) continue;
    state.taken.add(q);
    const near = best.used.filter((h) => h.start >= Math.min(from, carried[0]?.start ?? from));
    const span = { start: Math.min(q.start, ...near.map((h) => h.start)), end: Math.max(q.end, ...near.map((h) => h.end)) };
    state.facts.push(makeFact(view, state.lexicon, best.frame.entry, q.value, span, q.start, q));
  }
}

/** The last clause that ends before `clause` (a loop, not a filter: this runs per number). */
function clauseBefore(clauses: readonly Span[], clause: Span): Span | undefined {
  for (let k = clauses.length - 1; k >= 0; k--) if (clauses[k]!.end < clause.start) return clauses[k];
  return undefined;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

interface FrameReading {
  frame: CompiledFrame;
  used: TermHit[];
  rank: number[];
}

/** The frame that reads `q` best from the words of its part, the clause it continues and the opening clause. */
function bestFrame(state: SentenceState, q: Quantity, part: TermHit[], carried: TermHit[], opening: TermHit[]): FrameReading | null {
  const frames = state.compiled.factFrames;
  let best: FrameReading | null = null;
  for (const frame of frames) {
    if (!frame.measure.has(q.unit) || part.some((h) => frame.exclude.has(h.term))) continue;
    const used: TermHit[] = [];
    let local = 0;
    if (carried.some((h) => frame.exclude.has(h.term))) continue;
    for (const group of frame.groups) {
      const own = nearest(part, group.terms, q) ?? nearest(carried, group.terms, q);
      const found = own ?? (group.kind === 'subject' && !opening.some((h) => frame.exclude.has(h.term)) ? nearest(opening, group.terms, q) : undefined);
      if (!found) break;
      if (own) local++;
      used.push(found);
    }
    if (used.length < frame.groups.length) continue;
    const rank = [local, used.length, used.reduce((n, h) => n + h.end - h.start, 0), -used.reduce((n, h) => n + distance(h, q), 0)];
    if (!best || compareRanks(rank, best.rank) > 0) best = { frame, used, rank };
  }
  return best;
}

const distance = (h: TermHit, q: Quantity): number => (h.end <= q.start ? q.start - h.end : h.start - q.end);

/** The word of `terms` in `list` nearest to `q`, the longest on ties, else the first (a loop: this runs per frame, group and number). */
function nearest(list: readonly TermHit[], terms: ReadonlySet<string>, q: Quantity): TermHit | undefined {
  let found: TermHit | undefined;
  for (const h of list) {
    if (!terms.has(h.term)) continue;
    if (found === undefined || distance(h, q) < distance(found, q) || (distance(h, q) === distance(found, q) && h.end - h.start > found.end - found.start))
      found = h;
  }
  return found;
}

/**
 * "会前学法和法治专题讲座均为4次": the items of the list right before 均 (or another distributive
 * word), when the words between 均 and the number are no frame words; each item is then a part of
 * its own. Null when there is no such list.
 */
function spreadItems(state: SentenceState, q: Quantity, from: number, usable: TermHit[]): TermHit[][] | null {
  const { view, tables, all } = state;
  const { text } = view;
  const d = lastWithin(text, tables.distributive, from, q.start);
  if (d <= from) return null;
  tables.listWord.lastIndex = 0;
  if (usable.some((h) => h.start >= d && h.end <= q.start) || tables.listWord.test(text.slice(d, q.start))) return null;
  const items = listItems(text, from, d, [...all, ...usable], tables);
  if (items.length < 2) return null;
  return items.map((item) => usable.filter((h) => h.start >= item.start && h.end <= item.end));
}
