import type { Quantity } from '../quantity.js';
import { anyWithin, clauseAt, lastWithin } from '../text.js';
import type { Span } from '../../document/types.js';
import { MODIFIED_REACH, nextItemEnd, reaches, undecided, WITHIN_CLAUSE_WORDS, type Cue, type PassMeta, type SentenceState } from './context.js';
import { testAt } from '../../util/matches.js';

export const meta: PassMeta = {
  name: 'number-first',
  covers:
    '数值在前、主语在后(418件人大建议、聘请5名律师担任法律顾问):数值属于其后不远处、本身没有数值的主语;“其中”之后的数值是前文的一部分,除外,只有其后的主语是前文合计的组成部分时(诉讼案件2件,其中1件一审败诉)才属于它;数值后紧跟“中”(已审结的9件中无败诉案件)时它是所取部分的总数,不属于其后的主语;数值后紧跟“个”和地方单位(32个镇街共审查合同)时它数的是这些单位,不是任何事实;分句以“系”“即”等开头、紧接数值(系一起土地补偿纠纷)时说的是前面所计之事是什么,也不属于其后的主语',
  order: 50,
  reads: ['numbers'],
};

/** How far from a number's start a count of places (三十二个镇街, 12个县(市、区)) is read. */
const COUNTED_REACH = 20;

/** Binds a number that no cue before it reaches to the first cue soon after it that has no number of its own. */
export function run(state: SentenceState): void {
  const { quantities } = state;
  const columns = cardColumns(state);
  for (const q of undecided(state)) {
    // 🔹 12名 | 94名 over 区政府法律顾问 | 全区公职律师: each figure counts the label under it
    const column = columns?.get(q);
    if (column) {
      state.bound.set(q, [column]);
      state.after.add(q);
      continue;
    }
    // 32个镇街共审查合同…: the number counts the places its measure names right after it, which no fact counts
    if (state.tables.countedUnits.test(state.view.text.slice(q.start, q.start + COUNTED_REACH))) {
      state.bound.set(q, []);
      continue;
    }
    const clause = clauseAt(state.view.clauses, q.start);
    // 其中三件经复议调解撤回: a number after 其中 counts a part of what came before, not the noun after it,
    // unless that noun is a part of it of its own (诉讼案件2件,其中1件一审败诉)
    const whole = lastWithin(state.view.text, state.tables.parts, clause.start, q.start) >= 0 ? wholeBefore(state, q) : null;
    if (whole === undefined) continue;
    // 已审结的9件中无败诉案件: the number is the whole the noun after it is drawn from
    if (testAt(state.tables.wholeAfter, state.view.text, q.end)) continue;
    // 诉讼案件1件,系一起土地补偿纠纷: the clause says what the thing counted before it is
    if (state.tables.apposition.test(state.view.text.slice(clause.start, q.start))) continue;
    // 共有1,026名经过…培训、…的各类行政执法人员: the noun that closes a long modifier is what the number counts
    const head = modifiedHead(state, q, clause);
    if (head) {
      state.bound.set(q, [head]);
      state.after.add(q);
      continue;
    }
    // 议题87个、合同和协议132件: a number that closes a list item counts that item, and a cue in the
    // next item with a number of its own there (past other nouns) is no cue of this one
    const itemEnd = nextItemEnd(state.view.text, q, clause.end);
    // a card's figure alone on its line (🔹 100%) counts what its label on the next line ends with, however long the label
    const maxGap = cardFigure(state, q) ? Math.max(state.tables.maxGapBeforeCue, state.tables.maxCardGap) : state.tables.maxGapBeforeCue;
    // the first to start (the earliest listed on ties): a loop, where filters and a sort allocated per number
    let first: Cue | undefined;
    for (const c of state.cues) {
      if (first && c.start >= first.start) continue;
      if (c.start < clause.start || c.end > clause.end || !c.compiled.entry.units.includes(q.unit)) continue;
      if (whole !== null && !c.compiled.entry.part_of.includes(whole)) continue;
      if (c.start < q.end) continue;
      // 6件案情复杂、争议较大的案件: the cue describes the noun after 的, which is what the number counts
      if (state.tables.describedAfter !== null && testAt(state.tables.describedAfter, state.view.text, c.end)) continue;
      const from = gapStart(state, q, c);
      if (c.start - from > maxGap || figureBetween(state, q.end, from, c.start)) continue;
      // 配发终端410台(不含执法记录仪): a cue inside a bracket glossing the count says what it leaves out or takes in, not what it counts
      if (insideBracket(state.view.text, q.end, c.start)) continue;
      if (itemEnd >= 0 && c.end <= itemEnd && anyWithin(quantities, c.end, itemEnd)) continue;
      if (!reachesOther(state, c, q, clause.end)) first = c;
    }
    if (!first) continue;
    // 1项决策事项风险评估报告未随议题提交: the number counts those of which something was not done, no count of the year's;
    // among the shortcomings it is read, as the gap it states (有3份合同签订前未经审查)
    if (state.view.sentence.kind !== 'shortcomings' && state.tables.failedAfter?.test(state.view.text.slice(first.end, clause.end))) {
      state.bound.set(q, []);
      continue;
    }
    state.bound.set(q, [first]);
    state.after.add(q);
  }
}

/**
 * 共有1,026名经过统一培训、考试合格并持有…证件的各类行政执法人员,…: a number after a word saying how many there are
 * (共有, `modifierLeads`; not 避免了一起…的纠纷, an article), then a modifier closed by 的 (at most
 * `maxModifier` characters, no figure, no clause break), a few words (各类, 在岗) and a cue that ends the clause: that
 * cue is what the number counts, and the cues inside the modifier (培训) only say who they are. Undefined for none.
 */
function modifiedHead(state: SentenceState, q: Quantity, clause: Span): Cue | undefined {
  const { text } = state.view;
  if (!state.tables.modifierLeads.some((w) => text.endsWith(w, q.start))) return undefined;
  for (const c of state.cues) {
    if (c.start <= q.end || c.start - q.end > state.tables.maxModifier || !c.compiled.entry.units.includes(q.unit)) continue;
    if (c.end > clause.end || !CLOSES_CLAUSE.test(text.slice(c.end, clause.end))) continue;
    const modifier = text.slice(q.end, c.start);
    const mark = modifier.lastIndexOf('的');
    if (mark < 0 || modifier.length - mark - 1 > MODIFIED_REACH || !WITHIN_CLAUSE_WORDS.test(modifier.slice(mark + 1))) continue;
    if (/\d/.test(modifier) || anyWithin(state.quantities, q.end, c.start)) continue;
    return c;
  }
  return undefined;
}

/** What may follow the noun that ends a clause: nothing, or a bracket (其中市直部门2,108名). */
const CLOSES_CLAUSE = /^\s*(?:\([^()]*\)\s*)?$/;

/** What may stand before a card's figure in its sentence: a bullet or a pictograph, a blank. */
const CARD_LEAD = /^[^\p{Script=Han}\d]{0,4}$/u;

/**
 * Whether `q` is a card's figure alone on its line, its label on the next line joined to it (🔹 100% | 区政府常务会议议题、
 * 区政府文件合法性审查率): it opens its sentence, and a line break was taken out right after it.
 */
function cardFigure(state: SentenceState, q: Quantity): boolean {
  return CARD_LEAD.test(state.view.text.slice(0, q.start)) && lineBrokenAt(state, q.end);
}

/**
 * A card's row of figures set apart by a column mark (🔹 12名 | 94名), its line of labels set apart by as many under it
 * (区政府法律顾问 | 全区公职律师, up to a clause break): each figure and the first cue of its measure in the label at its
 * place, all or none. Null for a sentence that opens with no such row.
 */
function cardColumns(state: SentenceState): Map<Quantity, Cue> | null {
  const { text } = state.view;
  const marks = state.tables.cardColumns;
  if (marks.length === 0 || !marks.some((m) => text.includes(m))) return null;
  const rowEnd = state.quantities.find((q) => lineBrokenAt(state, q.end))?.end;
  if (rowEnd === undefined) return null;
  const figures = columnsOf(text, 0, rowEnd, marks);
  if (figures.length < 2) return null;
  let labelEnd = rowEnd + 1;
  while (labelEnd < text.length && !lineBrokenAt(state, labelEnd) && !LABEL_BREAK.test(text[labelEnd]!)) labelEnd++;
  const labels = columnsOf(text, rowEnd, labelEnd, marks);
  if (labels.length !== figures.length) return null;
  const paired = new Map<Quantity, Cue>();
  for (let i = 0; i < figures.length; i++) {
    const { start, end } = figures[i]!;
    const inside = state.quantities.filter((q) => q.start >= start && q.end <= end);
    if (inside.length !== 1 || !CARD_LEAD.test(text.slice(start, inside[0]!.start)) || text.slice(inside[0]!.end, end).trim() !== '') return null;
    const q = inside[0]!;
    let first: Cue | undefined;
    for (const c of state.cues)
      if (c.start >= labels[i]!.start && c.end <= labels[i]!.end && c.compiled.entry.units.includes(q.unit) && (!first || c.start < first.start)) first = c;
    if (!first) return null;
    paired.set(q, first);
  }
  return paired;
}

/** What ends a card's label: a clause break (人大代表建议 + 政协委员提案,按期办复率100%). */
const LABEL_BREAK = /[,;:。!?]/;

/** The spans of [start, end) of `text` between the column marks. */
function columnsOf(text: string, start: number, end: number, marks: readonly string[]): Span[] {
  const out: Span[] = [];
  let from = start;
  for (let i = start; i < end; i++)
    if (marks.includes(text[i]!)) {
      out.push({ start: from, end: i });
      from = i + 1;
    }
  out.push({ start: from, end });
  return out;
}

/** Whether a line break of the sentence was taken out right before offset `at` of its text. */
function lineBrokenAt(state: SentenceState, at: number): boolean {
  const { text, map, sentence } = state.view;
  return at > 0 && at < text.length && sentence.text.slice(map[at - 1]! + 1, map[at]).includes('\n');
}

/**
 * Where the gap from the number to the cue is counted from: the number's end, or past the verb of the post the
 * people counted fill (5名执业律师和高校法学教师担任…法律顾问), when it stands within `maxWho` characters of it.
 */
function gapStart(state: SentenceState, q: Quantity, c: Cue): number {
  const { text } = state.view;
  let from = q.end;
  for (const post of state.tables.posts) {
    const at = text.lastIndexOf(post, c.start - post.length);
    if (at >= q.end && at - q.end <= state.tables.maxWho) from = Math.max(from, at + post.length);
  }
  return from;
}

/** Whether a bracket opens between `end` and `at` and is still open at `at`. */
function insideBracket(text: string, end: number, at: number): boolean {
  const open = text.lastIndexOf('(', at - 1);
  return open >= end && text.lastIndexOf(')', at - 1) < open;
}

/**
 * Whether a figure stands between a number (ending at `end`) and its cue (starting at `cueStart`): past the verb of a
 * post (`from`, after 担任), a count of the places the post serves (63名律师担任218个村(社区)的法律顾问) is no figure of
 * its own, the post's noun still closes what the number counts. A loop: a closure would cost an object per number.
 */
function figureBetween(state: SentenceState, end: number, from: number, cueStart: number): boolean {
  const { text } = state.view;
  for (const other of state.quantities) {
    if (other.start < end || other.end > cueStart) continue;
    if (from > end && other.start >= from && state.tables.countedUnits.test(text.slice(other.start, other.start + COUNTED_REACH))) continue;
    return true;
  }
  return false;
}

/**
 * Whether the cue reaches a number of the clause other than `q` that it may count (旁听一起…案件: 一起
 * counts cases, no observers), a loop: a closure would cost an object per cue.
 */
function reachesOther(state: SentenceState, c: Cue, q: Quantity, clauseEnd: number): boolean {
  const { units } = c.compiled.entry;
  for (const other of state.quantities) if (other !== q && units.includes(other.unit) && reaches(state, c, other) && other.start < clauseEnd) return true;
  return false;
}

/** The fact of the total a part after 其中 is of: that of the last number before it, when a cue of the part's unit binds that. */
function wholeBefore(state: SentenceState, part: Quantity): string | undefined {
  let whole: string | undefined;
  for (const q of state.quantities) {
    if (q.end > part.start) break;
    const entry = state.bound.get(q)?.[0]?.compiled.entry;
    whole = entry?.units.includes(part.unit) ? entry.id : undefined;
  }
  return whole;
}
