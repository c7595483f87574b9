import type { Span } from '../../document/types.js';
import {
  TITLE,
  anyWithin,
  clauseAt,
  containsAny,
  isWithin,
  lastWithin,
  namesAny,
  spansWithin,
  startsWithAny,
  type CompiledFrame,
  type FrameWords,
  type TermHit,
  type TermSet,
} from '../text.js';
import type { Quantity } from '../quantity.js';
import {
  actOfUnitsUnder,
  addRead,
  afterOccasion,
  excludedBySentence,
  inForeignClause,
  makeFact,
  nextItemEnd,
  ownActs,
  partEnd,
  partStart,
  unread,
  type PassMeta,
  type SentenceState,
} from './context.js';
import { bodyAt } from './tables.js';
import { listItems } from './list-sharing.js';
import { matchSpans } from '../../util/matches.js';

const COLON = 0x3a;
/** How far before a number its batch wording (分, and the 得 that makes it no batch) is read. */
const BATCH_LEAD = 2;
/** A quotation: the name of a thing (将“招生片区调整”“学校布局优化”2个事项纳入目录). */
const QUOTED = /“[^“”]*”/g;

/** A bracket right after a number opens an aside on it (学法11次(上年为9次)): its words are not the number's. */
const ASIDE_AFTER = /^\s*\(/;

/**
 * Where a number's part of its clause ends: at the number after it, or before an aside on it, or at the
 * number itself when it closes a list item and the next item counts with a number of its own (审查拟发文件386件、
 * 合同协议571份: the contracts are the 571's, not the 386's).
 */
function partEndBeforeAside(state: SentenceState, quantities: readonly Quantity[], q: Quantity, clause: Span): number {
  const { text, clauses } = state.view;
  const to = partEnd(quantities, q, clause);
  // 干部共计215名,分三批次到法院旁听庭审: the count closes its clause, and the next one tells in batches what they did
  if (to === clause.end && text.slice(q.end, clause.end).trim() === '') {
    const next = clauses.find((c) => c.start > clause.end);
    if (next !== undefined && state.tables.batchOpen.test(text.slice(next.start, next.end))) return partEnd(quantities, q, next);
  }
  if (ASIDE_AFTER.test(text.slice(q.end, to))) return q.end;
  const itemEnd = nextItemEnd(text, q, clause.end);
  return itemEnd >= 0 && anyWithin(quantities, q.end, itemEnd) ? q.end : to;
}

/**
 * The sentence's numbers that bound a number's part: all but those of batches or rounds (分3批) and
 * the old values of a change (学法由上年的8次增加到12次: the frame's words stand before it); the list
 * itself when it has none (as nearly always).
 */
function partBounds(state: SentenceState): readonly Quantity[] {
  const { quantities, view, tables, changes } = state;
  let out: Quantity[] | null = null;
  for (const [i, q] of quantities.entries()) {
    const apart = tables.batch.test(view.text.slice(Math.max(0, q.start - BATCH_LEAD), q.end)) || isOldValue(changes, q);
    if (apart && out === null) out = quantities.slice(0, i);
    else if (!apart && out !== null) out.push(q);
  }
  return out ?? quantities;
}

/** Whether a number stands inside the change phrase of a later one (由上年的8次增加到12次: the 8). */
function isOldValue(changes: ReadonlyMap<Quantity, readonly number[]>, q: Quantity): boolean {
  for (const [to, at] of changes) if (q.start > at[0]! && q.end <= to.start) return true;
  return false;
}

export const meta: PassMeta = {
  name: 'frames',
  covers:
    '事实框架:没有主语可配的数值,由其量词选出候选框架,框架的各组概念词(主语、动作、对象)出现在数值所在的一段中(主语也可在句首分句(句首分句不含主语时为第一个含主语的分句),或紧邻的前一分句——它不含数值时,或本分句只说它所计之数实际达到多少时:目标为10次,实际开展11次,或以“占”开头说比率是前一分句所说者的占比时:被复议决定撤销、变更的行政行为,占审结案件的15.2%;冒号前的标签——其中最后一个数值之后的词——补足紧随其后分句所缺的各组:行政应诉:一审案件243件),不论次序;“均”之前列举的几项各自都是某个框架时(会前学法和法治专题讲座均为4次),一个数值按每项读出',
  order: 80,
  reads: ['numbers'],
};

/**
 * Fact frames read the numbers no cue bound. A number's part of its clause runs from the number
 * before it (or a frame's subject named after that) to the number after it (in that clause); its
 * measure word picks the candidate frames.
 * A frame fires when each of its groups has a word in that part, or, for
 * the subject alone, in the sentence's opening clause (or the first that names one) or the clause right before (when that one
 * counts nothing) when the part names no subject of its own (区政府常务会议…, 全年开展会前学法5次). A clause with no frame word at all continues the clause
 * before it (…坚持会前学法,全年共12次) when that clause has no number of its own or this one only says
 * what that count reached (目标为10次,实际开展11次), and so does a rate's clause opening with its share (…的行政行为,占审结案件的15.2%); a label before a colon
 * (行政应诉:一审案件243件) lends its words to the clause right after it, whatever words that clause has. None of the
 * frame's exclusions may be in the part, and a part with a denied word (不予受理, 尚未开展) gives
 * nothing. After 分别, each number's part is its item of the list before 分别. Candidates rank by how many groups the part itself holds, then by how
 * many characters they match, then by distance; each number gets at most one fact.
 */
export function run(state: SentenceState): void {
  const { view, compiled, quantities, hits } = state;
  const { frameWords } = compiled;
  const open = unread(state);
  if (open.length === 0) return;
  // a frame reads only words of the sentence: one that misses a group's words here reads none of its numbers (most frames, in most sentences)
  let frames = compiled.frameScreen.met(hits);
  if (frames.length === 0) return;
  // loops, not closures: this runs per number, and V8 drops a per-call closure's optimised code at every full GC
  // a word inside a title (《…事项目录》) names a document, not what was done
  const titles = matchSpans(TITLE, view.text);
  // …and one inside a tool's name (通过…复议网上申请系统提交12件) what the tool serves, not what was done with it
  const tools = matchSpans(state.tables.tools, view.text);
  const usable: TermHit[] = [];
  for (const h of hits) {
    if (
      compiled.negated(view.text, h.start) ||
      (frameWords.actions[h.id] === 1 && (insideAny(h, titles) || insideAny(h, tools))) ||
      addressedByDemand(state, h)
    )
      continue;
    usable.push(h);
  }
  if (usable.length < hits.length) frames = compiled.frameScreen.met(usable);
  if (frames.length === 0) return;
  const lead = subjectLead(view.clauses, usable, frameWords.subjects);
  // 对已废止的规范性文件逐件登记: an act inside a modifier of what is counted says which ones, no act of the number's;
  // its words still exclude (对被复议纠错的57件执法案件)
  const modifiers = view.text.includes('对') ? modifierSpans(view.text, compiled.objectModifier) : [];
  const quoted = view.text.includes('“') ? matchSpans(QUOTED, view.text) : [];
  // a number of batches (组织80名干部分3批旁听庭审) or a change's old value bounds no part: the words after it are the number's before it
  const bounds = partBounds(state);
  for (const q of open) {
    const clause = clauseAt(view.clauses, q.start);
    // a number a pass before decided counts nothing (the old value of a change, an earlier year's), unless it
    // gave the number its item to read (a list with members without a figure: 讲座、培训班依次为4期、——)
    if ((inForeignClause(state, q) && !state.dated.has(q)) || (state.bound.get(q)?.length === 0 && !state.items.has(q))) continue;
    const item = state.items.get(q);
    const from = item?.start ?? Math.max(partStart(bounds, q, clause), afterOccasion(view, state.tables, clause, q.start));
    const to = item?.end ?? partEndBeforeAside(state, bounds, q, clause);
    const whole: TermHit[] = [];
    for (const h of usable) if (isWithin(h, from, to) && (h.end <= q.start || h.start >= q.end)) whole.push(h);
    // a subject named before the number opens its item (…研究法治政府建设、区政府常务会议会前学法共计11次):
    // the words before it are another subject's; only a subject of frames that count in the number's measure does
    // (负责人 of a rate's frame does not cut 参加庭审旁听的…部门负责人共计132名)
    const opener = lastSubjectBefore(whole, q, frameWords);
    const part = opener ? spansWithin(whole, opener.start, Infinity) : whole;
    // 不予受理复议申请6件: a denied word denies the number, whatever other words it stands with
    if (anyDenied(state, from, to)) continue;
    // a clause with no frame word (…坚持会前学法,全年共12次) continues the clause before it, when
    // that clause states no number of its own and this one counts no part (其中…)
    const previous = clauseBefore(view.clauses, clause);
    const previousCounts = previous !== undefined && anyWithin(quantities, previous.start, previous.end);
    // the subject may also stand in the clause right before, when that clause counts nothing
    // (坚持区政府常务会议会前学法制度,全年会前学法9次)
    // a subject's word inside a title (学习《行政复议法》) names the document, not who acts
    const opening: TermHit[] = [];
    if (!namesOwnSubject(state, part, q, titles, quoted)) {
      for (const h of usable) {
        if (isWithin(h, lead.start, Math.min(lead.end, from)) || (previous !== undefined && !previousCounts && isWithin(h, previous.start, previous.end)))
          opening.push(h);
      }
    }
    const countsNoPart = !containsAny(view.text.slice(clause.start, clause.end), state.tables.parts);
    const noPart = part.length === 0 && countsNoPart;
    // …or, when it only says who attended, the event counted before it in another measure
    // (组织旁听庭审2场,参加干部120人 / 庭审观摩两场、210人参加), also naming again only what the event
    // did (组织旁听庭审2场,参加旁听的干部120人), or where they came from in words no frame of the number's
    // measure holds (组织旁听庭审,市直部门和各县共有412名干部参加)
    const event = from === clause.start ? previous : { start: clause.start, end: from };
    const eventWords = event === undefined ? [] : spansWithin(usable, event.start, event.end);
    const attended =
      countsNoPart &&
      event !== undefined &&
      allNamedIn(
        part.filter((h) => !objectOfOtherMeasure(h, q, frameWords)),
        eventWords,
      ) &&
      containsAny(view.text.slice(from, to), state.tables.attendance) &&
      !countsSameUnitWithin(quantities, q, event);
    // a label before a colon (行政应诉:一审案件243件, also after the figure of a line it is joined to) gives its
    // words to the clause after it, whatever words that clause has of its own
    const label =
      previous !== undefined && from === clause.start && countsNoPart && view.text.charCodeAt(previous.end) === COLON
        ? labelOf(quantities, previous)
        : undefined;
    // …also when it only says what that clause's count reached (学法目标为10次,实际开展11次)
    const reached = previous !== undefined && countsSameUnitWithin(quantities, q, previous) && state.tables.reach.test(view.text.slice(clause.start, q.start));
    // …or, for a rate, when it opens saying what share it is of a whole (…的行政行为,占审结案件的15.2%): a share of what that names
    const share = q.unit === '%' && state.tables.shareOpen.test(view.text.slice(clause.start, q.start));
    // …or when it opens pointing back to what that clause named (…举办法治专题讲座。该类讲座全年共3期): the words there are its
    const referred = startsWithAny(view.text.slice(clause.start, q.start).trimStart(), state.tables.backReferences);
    // …or when it is the year's own part of a total of years that clause counts for no fact (两年共举办法治讲座5期,其中2024年
    // 举办2期): named by the year reported on, with no words of its own but those it repeats, it counts what the total
    // counts, as a cue's part does (continuation.ts partOfTotal)
    const yearsPart = previous !== undefined && from === clause.start && yearsOwnPart(state, clause, q, previous, part, usable);
    const carried =
      previous && from === clause.start && (((noPart || share || referred) && (!previousCounts || reached)) || yearsPart)
        ? spansWithin(usable, previous.start, previous.end)
        : label
          ? spansWithin(usable, label.start, label.end)
          : attended
            ? eventWords
            : previous && from === clause.start && repeatsAction(state, part, q, previous)
              ? actedOn(spansWithin(usable, previous.start, previous.end), frameWords.subjects)
              : [];
    const spread = item ? null : spreadItems(state, q, from, usable);
    if (spread && readsEachItem(state, frames, q, spread, modifiers)) continue;
    // bodies listed before 各 or 均 share the action after it (县政府常务会议和党组会议各学法10次): the number is each
    // one's, and only the items that read as a frame with that action count it
    const sharing = item || !opener ? null : subjectsSharingAction(state, q, from, opener, whole);
    if (sharing && readsEachItem(state, frames, q, sharing, modifiers, true)) continue;
    // the subject's own modifier names whose it is (各县(市、区)政府常务会议): an excluded body there owns it
    const owners = opener ? modifierOf(view.text, whole, opener, from) : [];
    const best = bestFrame(state, owners.length === 0 ? frames : frames.filter((f) => !namesAny(owners, f.exclude)), q, { part, carried, opening, modifiers });
    if (!best || actOfUnitsUnder(view, state.tables, best.frame.entry.id, clause) || countsListHead(state, best, from, q)) continue;
    state.taken.add(q);
    const near = spansWithin(best.used, Math.min(from, carried[0]?.start ?? from), Infinity);
    addRead(state, makeFact(view, compiled, best.frame.entry, q.value, spanOf(q, near, near), q.start, q), q);
  }
}

/**
 * Whether `h` names the body's own kind of unit among its peers as those a demand addresses (市里要求各县每年会前学法不少于
 * 4次 in a county's report): the body is one of them, so they are no other body that owns the count (the demand's bound is a
 * plan, status.ts); not another kind (县政府要求各部门…, 市里要求各乡镇…), nor units named apart from a demand.
 */
function addressedByDemand(state: SentenceState, h: TermHit): boolean {
  const { text, doc } = state.view;
  const kind = doc.level === 'department' ? doc.governmentKind : doc.place?.at(-1);
  if (kind === undefined || text.slice(h.start, h.end) !== `各${kind}`) return false;
  for (const m of text.slice(0, h.start).matchAll(state.compiled.requirementDemandEvery)) if (m.index + m[0].length === h.start) return true;
  return false;
}

/**
 * The clause whose subject the sentence's later clauses may take: its opening clause, or, when that
 * names no subject (县长认真履行第一责任人职责,县政府常务会议专题研究…3次,全年集体学法12次), the first
 * clause that names one (or another body, an exclusion).
 */
function subjectLead(clauses: readonly Span[], hits: readonly TermHit[], subjects: TermSet): Span {
  for (const c of clauses) for (const h of hits) if (subjects[h.id] === 1 && isWithin(h, c.start, c.end)) return c;
  return clauses[0]!;
}

/**
 * Whether the part names a subject of its own and repeats, right before its number, the action the clause
 * before it counts in the same measure, with what was acted on left out (常委会专题研究法治政府建设工作3次,
 * 政府常务会议专题研究2次): that clause's words but its subjects are its words.
 */
function repeatsAction(state: SentenceState, part: readonly TermHit[], q: Quantity, previous: Span): boolean {
  const { view, quantities, compiled } = state;
  if (!namesAny(part, compiled.frameWords.frameSubjects)) return false;
  let last: TermHit | undefined;
  for (const h of part) if (h.end <= q.start && (last === undefined || h.end > last.end)) last = h;
  if (last === undefined || last.end !== q.start || compiled.frameWords.actions[last.id] !== 1) return false;
  return countsSameUnitWithin(quantities, q, previous) && view.text.slice(previous.start, previous.end).includes(last.term);
}

/** How many characters a part named by the year may hold between the year and its number (a verb: 举办, 审核了). */
const MAX_YEARS_PART_VERB = 6;

/**
 * Whether `clause` opens with a part word and the year reported on (其中2024年举办2期, 其中2024年度3期) and then at most a
 * short verb before its number, whose words (`part`) are all named in the clause before, which ends in a total of the same
 * measure that a pass before found of another period (两年共…5期: a span's, counting nothing of the year). `words`: the
 * sentence's frame words.
 */
function yearsOwnPart(state: SentenceState, clause: Span, q: Quantity, previous: Span, part: readonly TermHit[], words: readonly TermHit[]): boolean {
  const { view, quantities } = state;
  const year = view.doc.year;
  if (year === null) return false;
  let lead = view.text.slice(clause.start, q.start).trimStart();
  const opener = state.tables.parts.find((w) => lead.startsWith(w));
  if (opener === undefined) return false;
  lead = lead.slice(opener.length);
  const named = [`${year}年度`, `${year}年`].find((w) => lead.startsWith(w));
  if (named === undefined) return false;
  lead = lead.slice(named.length);
  if (lead.length > MAX_YEARS_PART_VERB || /[\d,;:。!?]/.test(lead)) return false;
  let total: Quantity | undefined;
  for (const o of quantities) if (isWithin(o, previous.start, previous.end)) total = o;
  if (total === undefined || total.unit !== q.unit || view.text.slice(total.end, previous.end).trim() !== '') return false;
  const countsNothing = inForeignClause(state, total) || state.bound.get(total)?.length === 0;
  // the part word itself (其中) may be a frame's word: only the words after the year must be the total's
  const own = part.filter((h) => h.start >= q.start - lead.length);
  return countsNothing && allNamedIn(own, spansWithin(words, previous.start, previous.end));
}

/** The words of `hits` that are no subject (nor another body's, an exclusion): what a clause's action was on. */
function actedOn(hits: readonly TermHit[], subjects: TermSet): TermHit[] {
  const out: TermHit[] = [];
  for (const h of hits) if (subjects[h.id] !== 1) out.push(h);
  return out;
}

/**
 * One number read for each item of the list before 均 (会前学法和法治专题讲座均为4次), when every item
 * reads as a frame (or, `someMay`, when one does: the others are bodies no frame counts): one fact per frame,
 * each quoting from its own words on. False when none does, or when one does not and all must.
 */
function readsEachItem(
  state: SentenceState,
  frames: readonly CompiledFrame[],
  q: Quantity,
  items: readonly TermHit[][],
  modifiers: readonly Span[],
  someMay = false,
): boolean {
  const read: FrameReading[] = [];
  for (const item of items) {
    const r = bestFrame(state, frames, q, { part: item, carried: [], opening: [], modifiers });
    if (r !== null) read.push(r);
    else if (!someMay) return false;
  }
  if (read.length === 0) return false;
  state.taken.add(q);
  const seen = new Set<string>();
  for (const r of read) {
    if (seen.has(r.frame.entry.id)) continue;
    seen.add(r.frame.entry.id);
    addRead(state, makeFact(state.view, state.compiled, r.frame.entry, q.value, spanOf(q, r.used, []), q.start, q), q);
  }
  return true;
}

/** What separates a subject's modifier from the words before it (a list word or a clause break outside brackets). */
const MODIFIER_BREAK = /[、,;:和及与]/;

/**
 * The words of `hits` that modify `subject`: those that start between the break before it (outside brackets),
 * from `from` on, and it; one may run into it (党委班子 of 党委班子会议).
 */
function modifierOf(text: string, hits: readonly TermHit[], subject: TermHit, from: number): TermHit[] {
  let start = subject.start;
  let depth = 0;
  for (; start > from; start--) {
    const c = text[start - 1]!;
    if (c === ')') depth++;
    else if (c === '(') depth--;
    else if (depth === 0 && MODIFIER_BREAK.test(c)) break;
  }
  const owners: TermHit[] = [];
  for (const h of hits) if (h.start >= start && h.start < subject.start) owners.push(h);
  return owners;
}

/** The evidence of a frame's number: from the first of `opening` (or the number) to the last end of `closing` (or the number). */
function spanOf(q: Quantity, opening: readonly TermHit[], closing: readonly TermHit[]): Span {
  let start = q.start;
  for (const h of opening) start = Math.min(start, h.start);
  let end = q.end;
  for (const h of closing) end = Math.max(end, h.end);
  return { start, end };
}

/**
 * Whether a part names a subject of its own: a frame's subject, or another frame's exclusion (各部门) outside
 * quotes, neither inside a title nor a law's name; inside quotes an exclusion only names what is counted
 * (“招生片区调整”等2个事项), no body that did it. An exclusion only of frames that count in other measures is no
 * body here either: what they exclude is theirs to tell (调整 of 执法主体 in 个 is no actor of 交通规划调整等5项纳入目录).
 * Nor is the noun right after the number that a frame of its measure holds as its object (…目录,…等3项决策按程序作出):
 * it names what is counted.
 */
function namesOwnSubject(state: SentenceState, part: readonly TermHit[], q: Quantity, titles: readonly Span[], quoted: readonly Span[]): boolean {
  const words = state.compiled.frameWords;
  for (const h of part) {
    if (words.subjects[h.id] !== 1 || insideAny(h, titles) || namesLaw(state, h) || countedNoun(h, q, words)) continue;
    if (words.frameSubjects[h.id] === 1) return true;
    if (!insideAny(h, quoted) && words.excludedIn.get(h.term)?.has(q.unit) !== false) return true;
  }
  return false;
}

/** Whether a word is the noun a number counts, right after it, and a frame of the number's measure holds it as its object. */
function countedNoun(h: TermHit, q: Quantity, words: FrameWords): boolean {
  return h.start === q.end && words.measuresOf.get(h.term)?.has(q.unit) === true;
}

/** Whether a word is part of a law's name written without 《》 (学习民法典合同编, 合同法): it names the law, not who acts. */
function namesLaw(state: SentenceState, h: TermHit): boolean {
  const re = state.tables.lawNameAfter;
  re.lastIndex = h.end;
  return re.test(state.view.text);
}

/** Whether `s` stands strictly inside one of `spans`. */
function insideAny(s: Span, spans: readonly Span[]): boolean {
  for (const t of spans) if (s.start > t.start && s.end < t.end) return true;
  return false;
}

/** Whether every word of `hits` is named again among `others`. */
/** Whether a word is only what frames of other measures count (部门, 单位 for 个): no subject or action of any frame, nor of one of the number's measure. */
function objectOfOtherMeasure(h: TermHit, q: Quantity, words: FrameWords): boolean {
  return words.subjects[h.id] !== 1 && words.actions[h.id] !== 1 && words.measuresOf.get(h.term)?.has(q.unit) === false;
}

function allNamedIn(hits: readonly TermHit[], others: readonly TermHit[]): boolean {
  for (const h of hits) if (!namesTerm(others, h.term)) return false;
  return true;
}

function namesTerm(hits: readonly TermHit[], term: string): boolean {
  for (const h of hits) if (h.term === term) return true;
  return false;
}

/**
 * The last of `hits` before `q` that is a frame's subject in the number's measure, or a longer one that holds it
 * (政府班子会议, not its 班子会议).
 */
function lastSubjectBefore(hits: readonly TermHit[], q: Quantity, words: FrameWords): TermHit | undefined {
  let found: TermHit | undefined;
  for (let k = hits.length - 1; k >= 0; k--) {
    const h = hits[k]!;
    if (h.end > q.start || words.frameSubjects[h.id] !== 1 || words.subjectMeasures.get(h.term)?.has(q.unit) === false) continue;
    if (found === undefined || h.end >= found.end) found = h;
  }
  return found;
}

/** Whether a frame word inside [from, to] is denied (不予受理, 尚未开展). */
function anyDenied(state: SentenceState, from: number, to: number): boolean {
  for (const h of state.hits) if (isWithin(h, from, to) && state.compiled.negated(state.view.text, h.start)) return true;
  return false;
}

/** Whether another number of `q`'s measure stands inside `span`. */
function countsSameUnitWithin(quantities: readonly Quantity[], q: Quantity, span: Span): boolean {
  for (const o of quantities) if (o !== q && o.unit === q.unit && isWithin(o, span.start, span.end)) return true;
  return false;
}

/** The part of `clause` after its last number: the label its colon closes. */
function labelOf(quantities: readonly Quantity[], clause: Span): Span {
  let start = clause.start;
  for (const o of quantities) if (isWithin(o, clause.start, clause.end)) start = Math.max(start, o.end);
  return { start, end: clause.end };
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

/** Whether `q`'s clause, up to it, says the body's people attended an event its superior held (参加市政府举办的…研讨班1期). */
function attendedSuperiorEvent(state: SentenceState, q: Quantity): boolean {
  const { view, tables } = state;
  const before = view.text.slice(clauseAt(view.clauses, q.start).start, q.start);
  if (bodyAt(tables, view.doc.government ?? view.doc.level, view.doc)?.superiorEvent.test(before)) return true;
  // a department's own government is its superior too (参加县政府组织的…讲座 in a 县交通运输局's paper); not a legal office's
  // (司法局), which holds such events for its government and reports them as its own
  const { event, legalOffice } = tables.departmentGovernment;
  return view.doc.level === 'department' && !legalOffice.test(view.doc.place ?? '') && event.test(before);
}

/** What a frame reads a number from: the words of its part, of the clause it continues and of the opening clause. */
interface FrameReadFrom {
  part: readonly TermHit[];
  carried: readonly TermHit[];
  opening: readonly TermHit[];
  /** the modifiers of what is counted (对…的), whose words are no act */
  modifiers: readonly Span[];
}

/**
 * Whether `q`'s clause counts for the body, not for one of its entry's other actors (a court's, also in a part of its total;
 * where the actors go on, one named in a clause before it, up to a ";").
 */
function actsForBody(state: SentenceState, frame: CompiledFrame, q: Quantity): boolean {
  const clause = clauseAt(state.view.clauses, q.start);
  const { other_actors: actors, own_roles: roles } = frame.entry;
  return ownActs(state.view, clause, state.view.text.slice(clause.start, clause.end), actors, roles, frame.entry.actors_go_on);
}

/** The frame among `frames` that reads `q` best from the words of its part, the clause it continues and the opening clause. */
function bestFrame(
  state: SentenceState,
  frames: readonly CompiledFrame[],
  q: Quantity,
  { part, carried, opening, modifiers }: FrameReadFrom,
): FrameReading | null {
  let best: FrameReading | null = null;
  const clause = clauseAt(state.view.clauses, q.start);
  for (const frame of frames) {
    if (!frame.measure.has(q.unit) || namesAny(part, frame.exclude) || excludedBySentence(state.view, frame.entry, q.start)) continue;
    // 因信息公开引发行政诉讼案件3件: what the entry's patterns exclude from a cue's clause a frame does not read there either
    if (frame.excludePattern?.test(state.view.text.slice(clause.start, clause.end))) continue;
    if (frame.entry.held_by_body && attendedSuperiorEvent(state, q)) continue;
    if (frame.entry.other_actors.length > 0 && !actsForBody(state, frame, q)) continue;
    const used: TermHit[] = [];
    let local = 0;
    // another body in the clause it goes on from (各乡镇、各部门要对标要求:…) owns the count, unless the part names the
    // frame's subject itself (…:县政府常务会议会前学法不少于12次): a subject of its own is no other body's
    if (namesAny(carried, frame.exclude) && !namesFrameSubject(state.view.text, part, frame, q)) continue;
    for (const group of frame.groups) {
      const skip = group.kind === 'action' ? modifiers : NO_SPANS;
      const own = nearest(part, group.terms, q, skip) ?? nearest(carried, group.terms, q, skip);
      const found = own ?? (group.kind === 'subject' ? openingSubject(state, opening, group.terms, frame.exclude, q) : undefined);
      if (!found) break;
      if (own) local++;
      used.push(found);
    }
    if (used.length < frame.groups.length) continue;
    let matched = 0;
    let distances = 0;
    for (const h of used) {
      matched += h.end - h.start;
      distances += distance(h, q);
    }
    const rank = [local, used.length, matched, -distances];
    if (!best || compareRanks(rank, best.rank) > 0) best = { frame, used, rank };
  }
  return best;
}

/**
 * 审查居民公约和物业服务合同等文书27份: the frame's words all stand in a list closed by 等, and what follows
 * 等 before the number names another thing (文书), no context word nor a head that names only the items (等内容): the
 * number counts that whole list.
 */
function countsListHead(state: SentenceState, { frame, used }: FrameReading, from: number, q: Quantity): boolean {
  const { text } = state.view;
  const gap = state.compiled.byId.get(frame.entry.id)?.gap;
  if (gap === undefined) return false;
  for (const word of state.tables.enumerationEnd) {
    const end = text.lastIndexOf(word, q.start - 1);
    if (end < from || used.some((h) => h.end > end)) continue;
    let after = end + word.length;
    // 学习民法典、行政复议法等内容11次: a head that names nothing but the items is no other thing
    for (const head of state.tables.enumerationGenericHeads) if (text.startsWith(head, after)) after += head.length;
    if (!gap.test(text, after, q.start)) return true;
  }
  return false;
}

/**
 * The subject of `terms` nearest to `q` in the opening clauses, unless its own clause names one of
 * `exclude` (各部门坚持会前学法制度): another body named in the other opening clause, with a count of
 * its own (县委常委会会议…4次,县政府常务会议…,坚持会前学法制度,全年学法11次), is not this subject's.
 */
function openingSubject(state: SentenceState, opening: readonly TermHit[], terms: TermSet, exclude: TermSet, q: Quantity): TermHit | undefined {
  const found = nearest(opening, terms, q);
  if (found === undefined) return undefined;
  const clause = clauseAt(state.view.clauses, found.start);
  for (const h of opening) if (exclude[h.id] === 1 && isWithin(h, clause.start, clause.end)) return undefined;
  return found;
}

/**
 * Whether `part` names one of the frame's subjects with its government (县政府常务会议, 镇政府班子会议): a bare 常务会议
 * or 政府常务会议 after a lead-in naming other bodies (各县(市、区)要…:常务会议…) is still theirs.
 */
const OWNED_SUBJECT = /[省市县区州盟旗镇乡]政府/;
function namesFrameSubject(text: string, part: readonly TermHit[], frame: CompiledFrame, q: Quantity): boolean {
  return frame.groups.some((group) => {
    if (group.kind !== 'subject') return false;
    const h = nearest(part, group.terms, q);
    return h !== undefined && OWNED_SUBJECT.test(text.slice(Math.max(0, h.start - 3), h.start + 2));
  });
}

const NO_SPANS: readonly Span[] = [];

/** The modifiers of what is counted (对…的) in a sentence, but those holding a figure: what that figure counts (对18件…的申请). */
function modifierSpans(text: string, modifier: RegExp): Span[] {
  const out: Span[] = [];
  for (const m of matchSpans(modifier, text)) if (!/\d/.test(text.slice(m.start, m.end))) out.push(m);
  return out;
}

const distance = (h: TermHit, q: Quantity): number => (h.end <= q.start ? q.start - h.end : h.start - q.end);

/**
 * The word of `terms` in `list` nearest to `q`, none inside `skip`, the longest on ties, else the first (a loop: this runs per
 * frame, group and number).
 */
function nearest(list: readonly TermHit[], terms: TermSet, q: Quantity, skip: readonly Span[] = NO_SPANS): TermHit | undefined {
  let found: TermHit | undefined;
  for (const h of list) {
    if (terms[h.id] !== 1 || (skip.length > 0 && insideAny(h, skip))) continue;
    if (found === undefined || distance(h, q) < distance(found, q) || (distance(h, q) === distance(found, q) && h.end - h.start > found.end - found.start))
      found = h;
  }
  return found;
}

/**
 * "县政府常务会议和党组会议各学法10次": the bodies listed before a distributive word after the last subject, each
 * with the words after that word (the action they share) as a part of its own. Null when there is no such list, no
 * action after that word, or an item names no body (a subject, or another body's word, an exclusion) or acts itself.
 */
function subjectsSharingAction(state: SentenceState, q: Quantity, from: number, opener: TermHit, whole: readonly TermHit[]): TermHit[][] | null {
  const { view, tables, all } = state;
  const d = lastWithin(view.text, tables.distributive, opener.end, q.start);
  // 各 that begins a word of ours (各部门) is no distributive word
  if (d < 0 || whole.some((h) => h.start <= d && d < h.end)) return null;
  const items = listItems(view.text, from, d, [...all, ...whole], tables);
  if (items.length < 2) return null;
  const { subjects, actions } = state.compiled.frameWords;
  const action = spansWithin(whole, d, q.start);
  if (!namesAny(action, actions)) return null;
  const parts: TermHit[][] = [];
  for (const item of items) {
    // an item with an action of its own (常务会议会前学法和各部门中心组学法均为4次) is a whole reading, not a body
    const words = spansWithin(whole, item.start, item.end);
    if (!namesAny(words, subjects) || namesAny(words, actions)) return null;
    parts.push([...words, ...action]);
  }
  return parts;
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
  if (anyWithin(usable, d, q.start) || tables.listWord.test(text.slice(d, q.start))) return null;
  const items = listItems(text, from, d, [...all, ...usable], tables);
  if (items.length < 2) return null;
  const words: TermHit[][] = [];
  for (const item of items) words.push(spansWithin(usable, item.start, item.end));
  return words;
}
