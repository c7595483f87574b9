import { isBlankAt } from '../../document/text.js';
import type { Span } from '../../document/types.js';
import type { Quantity } from '../quantity.js';
import { clauseAt, clauseIndexAt, containsAny, lastWithin } from '../text.js';
import { partStart, type Cue, type PassMeta, type SentenceState, type Sum } from './context.js';
import { matchesOf } from '../../util/matches.js';

export const meta: PassMeta = {
  name: 'summed',
  covers:
    '“聘请2名执业律师和1名高校教师担任法律顾问”:同一量词的几个数各自限定一类人或物(不是我们的主语;类别在数前也可:“律师2名与法制办3名干部组成法律顾问室”),以列举词相连,其后是它们共同的主语:读出合计;“法律顾问团由2名律师和1名教师组成”“由…组成的法律顾问团”“法律顾问由2家律师事务所的4名律师担任”同理(修饰语中的数不计),本身是我们主语的成员(公职律师)不计入;分句以“与”开头(“与司法局3名干部组成法律顾问室”):其中的数只是与前面的主语一同组成的一部分,不是组成之物的数;“局长出庭应诉2件,分管副局长出庭应诉19件”:相邻的分句各以另一类别(职务)开头、紧接同一事实的主语和数,分别计其一部分:读出合计,同一分句中以列举词相连的几部分(“主任出庭应诉1件、副主任出庭应诉2件”)同理;“镇长、分管副镇长各出庭1件”:列举的几类各计一份,读出数乘类数',
  order: 55,
  reads: ['numbers'],
};

/** The total of the counts that end at a number bound to the count cue after it; the members of a whole (由…组成). */
export function run(state: SentenceState): void {
  for (const q of state.after) {
    const cue = state.bound.get(q)?.[0];
    if (cue?.compiled.entry.shape !== 'count') continue;
    // 3名公职律师: a cue right after the number is that count's own kind, not a subject they share
    if (cue.start <= q.end) continue;
    const sum = summedBefore(state, q, clauseAt(state.view.clauses, q.start));
    if (sum) keepSum(state, q, sum);
  }
  // 由…组成, 与…组成: a sentence without their verb (most) is searched for neither
  if (containsAny(state.view.text, state.tables.compositionVerbs)) {
    composed(state);
    joined(state);
  }
  byKind(state);
}

/**
 * 局长出庭应诉2件,分管副局长出庭应诉19件: clauses in a row, each opening with another kind (a leader's
 * title) right before a cue of the same entry and its count, list the parts of one fact: it is their sum.
 * So do parts of one clause joined by a list word (主任出庭应诉1件、副主任出庭应诉2件).
 */
function byKind(state: SentenceState): void {
  const { quantities, bound, view } = state;
  let run: { q: Quantity; kind: Kind; entry: string; clause: number }[] = [];
  const close = () => {
    // most numbers close no run: no list of its parts to make, nor a new run
    if (run.length === 0) return;
    // pushed, not mapped: map's arrays differ in elements kind between the builtin and optimised
    // code, and reading them with the other kind threw away this pass's optimised code
    const parts: Quantity[] = [];
    let value = 0;
    for (const { q } of run) {
      parts.push(q);
      value += q.value;
    }
    if (parts.length > 1) keepSum(state, parts[0]!, { value, parts, end: parts[parts.length - 1]!.end, start: run[0]!.kind.start, byKind: true });
    run = [];
  };
  quantities.forEach((q, i) => {
    const cue = bound.get(q)?.[0];
    const clause = clauseIndexAt(view.clauses, q.start);
    const counted = cue?.compiled.entry.shape === 'count' && q.qualifier === 'exact';
    const each = counted ? eachOfKinds(state, cue, view.clauses[clause]!) : undefined;
    if (each) {
      close();
      keepSum(state, q, { value: q.value * each.count, parts: [q], end: q.end, start: each.start, byKind: true });
      return;
    }
    const previous = i > 0 ? quantities[i - 1] : undefined;
    const linked = previous !== undefined && clauseIndexAt(view.clauses, previous.start) === clause ? linkedPart(state, previous, cue) : undefined;
    const kind = counted ? kindBefore(state, cue, linked ?? view.clauses[clause]!.start) : undefined;
    if (kind === undefined) {
      close();
      return;
    }
    const last = run.at(-1);
    const entry = cue!.compiled.entry.id;
    const inRow = last !== undefined && (clause === last.clause + 1 || (linked !== undefined && last.q === previous));
    if (!inRow || entry !== last.entry || q.unit !== last.q.unit || run.some((part) => part.kind.text === kind.text)) close();
    run.push({ q, kind, entry, clause });
  });
  close();
}

/** Where a part opens that a list word joins to the number before it in its clause (…1件、副主任…), else undefined. */
function linkedPart(state: SentenceState, previous: Quantity, cue: Cue | undefined): number | undefined {
  const link = state.tables.sumLinks.find((l) => state.view.text.startsWith(l, previous.end));
  return link !== undefined && cue !== undefined && previous.end + link.length < cue.start ? previous.end + link.length : undefined;
}

/** A kind of who counted a part, where it stands. */
interface Kind {
  text: string;
  start: number;
}

/**
 * The kind a clause (or a part of it from `opening`) opens with right before the cue, or reaching into it (主要负责人 before 负责人出庭应诉),
 * else undefined; a cue that opens the clause has no kind before it (局长办公会议学法).
 */
function kindBefore(state: SentenceState, cue: Cue, opening: number): Kind | undefined {
  const { text } = state.view;
  const sumKind = state.tables.sumKind;
  const start = pastBlanks(text, opening, cue.start);
  sumKind.lastIndex = start;
  const kind = sumKind.exec(text)?.[0];
  return kind !== undefined && start < cue.start && start + kind.length >= cue.start ? { text: kind, start } : undefined;
}

/** Where the blanks from `from` on (up to `to`) end: read in place, as this runs per count, not off a slice of their own. */
function pastBlanks(text: string, from: number, to: number): number {
  let at = from;
  while (at < to && isBlankAt(text, at)) at++;
  return at;
}

/**
 * 镇长、分管副镇长各出庭1件: two or more kinds listed at a clause's start (or after 由), then a word saying the count is
 * each one's, right before the cue: how many kinds, and where the first starts.
 */
function eachOfKinds(state: SentenceState, cue: Cue, clause: Span): { count: number; start: number } | undefined {
  const { text } = state.view;
  const { sumAgents } = state.tables;
  // …or right after who did it is announced (2件由镇长、副镇长各出庭1件)
  const agent = lastWithin(text, sumAgents, clause.start, cue.start);
  const afterAgent = agent < 0 ? undefined : kindsEachFrom(state, cue, agent + sumAgents.find((a) => text.startsWith(a, agent))!.length);
  return afterAgent ?? kindsEachFrom(state, cue, pastBlanks(text, clause.start, cue.start));
}

/** The kinds listed from `start`, then the word saying the count is each one's right before the cue. */
function kindsEachFrom(state: SentenceState, cue: Cue, start: number): { count: number; start: number } | undefined {
  const { text } = state.view;
  const { sumKind, sumLinks, sumEach } = state.tables;
  let at = start;
  let count = 0;
  for (;;) {
    sumKind.lastIndex = at;
    const kind = sumKind.exec(text)?.[0];
    if (kind === undefined) break;
    count++;
    at += kind.length;
    const link = sumLinks.find((l) => text.startsWith(l, at));
    if (link === undefined) break;
    at += link.length;
  }
  const word = sumEach.find((w) => text.startsWith(w, at));
  return count > 1 && word !== undefined && at + word.length === cue.start ? { count, start } : undefined;
}

/**
 * 聘请律师5名…,与司法局3名干部组成法律顾问室: a clause that opens with 与 lists members that join its
 * subject (named before them) in a whole: a count of theirs bound to the whole after 组成 is a
 * part of it, not its size.
 */
function joined(state: SentenceState): void {
  const { view, after, bound, tables } = state;
  const { text } = view;
  for (const m of matchesOf(tables.joinedComposition, text)) {
    if (text.slice(clauseAt(view.clauses, m.index).start, m.index).trim() !== '') continue;
    const verb = m.index + m[0].length - m[1]!.length;
    for (const q of after) {
      if (q.start > m.index && q.end <= verb && bound.get(q)![0]!.start >= verb) bound.set(q, []);
    }
  }
}

/**
 * 法律顾问团由2名律师和1名教师组成 / 由2名律师和1名公职律师组成的法律顾问团: the counts between 由 and
 * 组成 whose kinds are no subject of ours total the subject right before 由 or right after 组成(的).
 */
function composed(state: SentenceState): void {
  const { view, quantities, all, cues, tables } = state;
  const { text } = view;
  for (const m of matchesOf(tables.composition, text)) {
    const from = m.index + m[1]!.length;
    const to = m.index + m[0].length - m[2]!.length;
    // 由3家律师事务所的5名律师担任: a count in a modifier (up to 的 before the next count) names whose the members are
    const inside = quantities.filter((q, i) => q.start >= from && q.end <= to && !modifies(text, q, quantities[i + 1]));
    if (inside.length === 0 || inside.some((q) => q.unit !== inside[0]!.unit)) continue;
    const members = inside.filter((q, i) => {
      const kindEnd = inside[i + 1]?.start ?? to;
      return !all.some((c) => c.start >= q.end && c.end <= kindEnd);
    });
    if (members.length === 0) continue;
    const first = members[0]!;
    const after = to + m[2]!.length;
    const whole = cues.find(
      (c) =>
        c.compiled.entry.shape === 'count' &&
        c.compiled.entry.units.includes(first.unit) &&
        ((c.end <= m.index && c.compiled.gap.test(text, c.end, m.index)) || (c.start >= after && c.start <= after + 1)),
    );
    if (!whole) continue;
    state.bound.set(first, [whole]);
    if (members.length > 1) keepSum(state, first, { value: members.reduce((n, q) => n + q.value, 0), parts: members, end: to });
  }
}

/** Whether the words after a count, up to the next count, end with 的: the count is part of a modifier of what the next counts. */
const modifies = (text: string, q: Quantity, next: Quantity | undefined): boolean =>
  next !== undefined && /的\s*$/.test(text.slice(q.end, next.start)) && !/[,;:。!?、和与及]/.test(text.slice(q.end, next.start));

/**
 * The sum read for `holder`'s cue; its other parts count no fact of their own (3名律师与2名教师组成:
 * 5 in all, not 2), nor one sum more (由4名律师和2名教师组成的法律顾问团 sums from both ends).
 */
function keepSum(state: SentenceState, holder: Quantity, sum: Sum): void {
  for (const part of sum.parts) {
    if (part === holder) continue;
    state.sums.delete(part);
    state.bound.set(part, []);
  }
  state.sums.set(holder, sum);
}

/** The total and its counts, or null when `q` ends no such list. */
function summedBefore(state: SentenceState, q: Quantity, clause: Span): Sum | null {
  const { quantities, all, view, tables } = state;
  let value = q.value;
  const parts = [q];
  let next = q;
  for (;;) {
    const previous = quantities.filter((o) => o.end <= next.start && o.start >= clause.start).sort((a, b) => b.end - a.end)[0];
    if (!previous || previous.unit !== q.unit || previous.qualifier !== 'exact') break;
    const link = tables.sumLink.exec(view.text.slice(previous.end, next.start));
    if (!link) break;
    // 12件合同和5件规范性文件 / 执法人员20名和律师3名: a kind that is a subject of its own is no part of the total
    const kindFrom = link[1] === '' ? partStart(quantities, previous, clause) : previous.end;
    if (all.some((c) => c.start < next.start && c.end > kindFrom)) break;
    value += previous.value;
    parts.unshift(previous);
    next = previous;
  }
  return parts.length === 1 || q.qualifier !== 'exact' ? null : { value, parts, end: q.end };
}
