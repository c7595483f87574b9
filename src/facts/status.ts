/**
 * What a sentence does with a value: achieved, plan or gap. The section decides first (a plan
 * document, a plans section, a shortcomings section); inside achievements the clauses decide:
 * a plan marker (计划, 力争, 到2025年…) or a requirement (不少于 + 每人每年) makes the following
 * values plans until a done marker (已, 目前, 累计…) says otherwise, a ";" ends a plan aside that
 * stated its value, or the requirement was a noun of its own clause (…的要求).
 */
import type { Document, Sentence, Span } from '../document/types.js';
import type { SourceText } from '../ingest/types.js';
import type { Lexicon } from './lexicon.js';
import type { FactStatus } from './schema.js';
import { BULLET } from '../ingest/line-breaks.js';
import { parseQuantities } from './quantity.js';
import { matchSpans, testAt } from '../util/matches.js';
import { clauses, compile, containsAny, matchStarts, TITLE, type CompiledLexicon } from './text.js';

/**
 * The status of a mention stated at offset `at` (relative to the sentence text) of `sentence`;
 * with no offset, the status of the sentence's first clause. A quoted target makes figures plans,
 * not mentions: what it names is often said done right after it (去年提出的“报告一律向社会公开”,今年已经实现).
 */
export function classifyStatus(doc: Document, sentence: Sentence, lexicon: Lexicon, at = 0): FactStatus {
  return sectionStatus(doc, sentence) ?? inShortcomings(sentence, statusAmong(clauseStates(doc, sentence, compile(lexicon)), at, false), at);
}

/**
 * The status of a figure (as classifyStatus, quoted targets too) in sentence `index` of the document: for the extraction, which knows where its
 * sentence stands and gives most of its numbers a status, with no need to find it by its offset.
 */
export function statusAt(doc: Document, index: number, lexicon: CompiledLexicon, at = 0, worded = false): FactStatus {
  const sentence = doc.sentences[index]!;
  return sectionStatus(doc, sentence) ?? inShortcomings(sentence, statusAmong(statesAt(doc, index, lexicon), at, true, worded), at);
}

/**
 * Whether offset `at` of sentence `index` stands inside a quoted target said done right after it (去年提出的“…述法全覆盖”
 * 目标,今年已全面完成): a value stated there in words is the year's, whatever period set the target.
 */
export function inTargetSaidDone(doc: Document, index: number, lexicon: CompiledLexicon, at: number): boolean {
  for (const t of statesAt(doc, index, lexicon).targets) if (t.done && t.start <= at && at < t.end) return true;
  return false;
}

/**
 * The status of offset `at` of sentence `index` by its own words, not its section's: in a chapter of plans, a clause
 * whose words plan nothing (今年1至2月,受理…8件 in a report written after its year) tells what was done, not planned.
 */
export function wordedStatusAt(doc: Document, index: number, lexicon: CompiledLexicon, at = 0): FactStatus {
  return doc.kind === 'plan' ? 'plan' : statusAmong(statesAt(doc, index, lexicon), at, true);
}

/** The status the document's or the sentence's section gives every value of the sentence, if any. */
function sectionStatus(doc: Document, sentence: Sentence): FactStatus | null {
  return doc.kind === 'plan' || sentence.kind === 'plans' ? 'plan' : null;
}

/**
 * In a row of the year's tasks that says its task is not done (Sentence.tasks), what is stated is a plan when the row's
 * deadline falls in a later year, else not achieved, as what is not planned among the shortcomings is not. Among the shortcomings, what is not planned is lacking: a plan stated there (今年打算…不少于12次) stays a plan;
 * so is what an inspection found, up to where its paragraph turns to the year reported on (sentence.turn).
 */
function inShortcomings(sentence: Sentence, status: FactStatus, at: number): FactStatus {
  const task = sentence.tasks?.find((t) => t.start <= at && at < t.end)?.status;
  if (task === 'plan') return 'plan';
  return status !== 'plan' && (task === 'gap' || (sentence.kind === 'shortcomings' && !(sentence.turn && at >= sentence.turn.at))) ? 'gap' : status;
}

/**
 * The status of a value at `at` of a sentence, by the state of the clauses up to there, or, for a figure, a quoted target
 * around it; a value stated in words (`worded`: 全覆盖) inside a target said done right after it is what was done, as
 * that says (the target's name after its quotes would otherwise open a plan); so is a rate's whole (“…审查率100%”的目标
 * 已实现: a rate reaches 100% only by being it), which the caller passes as `worded` too.
 */
function statusAmong({ starts, planned, targets }: ClauseStates, at: number, figure: boolean, worded = false): FactStatus {
  if (figure) for (const t of targets) if (t.start <= at && at < t.end) return worded && t.done ? 'achieved' : 'plan';
  let state = false;
  for (let k = 0; k < starts.length && starts[k]! <= at; k++) state = planned[k]!;
  return state ? 'plan' : 'achieved';
}

export function sentenceText(doc: Document, sentence: Sentence): string {
  return doc.source.text.slice(sentence.span.start, sentence.span.end);
}

/** Per clause of a sentence (its start), whether the values from there on are planned; and the quoted targets, whose values are. */
interface ClauseStates {
  starts: number[];
  planned: boolean[];
  targets: readonly Target[];
}

/** A quoted target; `done` when what follows it says it was done in the year (…”目标,今年已全面完成). */
interface Target extends Span {
  done: boolean;
}
/** A sentence with neither a plan marker nor a requirement: every clause is achieved (shared, never written to). */
const ALL_ACHIEVED: ClauseStates = { starts: [], planned: [], targets: [] };

/**
 * A source text's sentences' clause states, each read once however many values it states, by sentence object: the facts
 * stage reads a copy of the document with some pairs of sentences joined (continued-sentences.ts) that shares every other
 * sentence with the document the presence pass reads, and one reading of each serves both. One table per source text,
 * where one weak entry per sentence cost the collector an ephemeron each.
 */
interface SourceStates {
  lexicon: CompiledLexicon;
  /** the plan markers depend on the year reported on (lexicon.planIn) */
  year: number | null;
  bySentence: Map<Sentence, ClauseStates>;
}
const statesOf = new WeakMap<SourceText, SourceStates>();

function clauseStates(doc: Document, sentence: Sentence, lexicon: CompiledLexicon): ClauseStates {
  let cache = statesOf.get(doc.source);
  if (cache?.lexicon !== lexicon || cache.year !== doc.year) statesOf.set(doc.source, (cache = { lexicon, year: doc.year, bySentence: new Map() }));
  let states = cache.bySentence.get(sentence);
  if (states === undefined) cache.bySentence.set(sentence, (states = statesIn(doc, sentence, lexicon)));
  return states;
}

function statesAt(doc: Document, index: number, lexicon: CompiledLexicon): ClauseStates {
  return clauseStates(doc, doc.sentences[index]!, lexicon);
}

function statesIn(doc: Document, sentence: Sentence, lexicon: CompiledLexicon): ClauseStates {
  const whole = sentenceText(doc, sentence);
  // values are plans only after a plan marker or a requirement, or inside a quoted target: without any, every clause is achieved
  const markers = lexicon.planIn(doc.year, doc.spokenAfter === true);
  const targets: Target[] = [];
  if (whole.includes('“') || whole.includes('(') || whole.includes('%') || whole.includes('目标'))
    for (const t of matchSpans(lexicon.quotedTarget, whole)) targets.push({ ...t, done: testAt(lexicon.targetDone, whole, t.end) });
  // an item of a plan's lead (会议要求: then (一)… in a paragraph of its own) opens planned, its ";" parts all the lead's
  const led = ledByPlan(doc, sentence, lexicon);
  if (
    !led &&
    targets.length === 0 &&
    !markers.inSentence.test(whole.slice(bulletEnd(whole))) &&
    !containsAny(whole, lexicon.bounds) &&
    !containsAny(whole, lexicon.nouns)
  )
    return ALL_ACHIEVED;
  // a quoted target's words govern nothing outside it (按照市里“年底前完成清理”的要求,如期完成清理,废止9件)
  const text = targets.reduce((read, t) => read.slice(0, t.start) + blanked(read.slice(t.start, t.end)) + read.slice(t.end), whole);
  const states: ClauseStates = { starts: [], planned: [], targets };
  let planned = led;
  // whether the plan in force has stated its own value (计划每季度至少2次)
  let settled = false;
  // whether the plan in force opened a list of its items with a colon (…目标逐项攻坚:…不少于60学时;…达到95%):
  // its ";" parts are all its own
  let listed = led;
  // the state before a bracketed aside (学法7次(预计全年达到10次)) and where the aside closes: its
  // markers govern only itself
  let beforeAside: boolean | null = null;
  let asideEnd = -1;
  let previousPart = '';
  // whether the clause before stated someone's demand (要求…不少于60学时)
  let demanded = false;
  // whether the plan in force is a per-period rule kept with its own value alone (坚持每季度至少学法1次), no intention named
  let keptRule = false;
  for (const clause of asidesApart(whole, clauses(whole))) {
    if (beforeAside !== null && clause.start > asideEnd) {
      planned = beforeAside;
      beforeAside = null;
    }
    // a plan stated with its value inside a sentence that opened reporting ends at ";"
    if (planned && settled && !listed && states.planned[0] === false && text[clause.start - 1] === ';') planned = false;
    if (beforeAside === null && clause.aside) {
      beforeAside = planned;
      asideEnd = text.indexOf(')', clause.start);
      if (asideEnd < 0) asideEnd = text.length;
    }
    // a list's bullet opening the sentence (- 2025年:…) is typography: the markers that open a clause read past it
    const part = text.slice(clause.start === 0 ? bulletEnd(text) : clause.start, clause.end);
    // a title (《…年度学法计划》, 《…行动方案》) or a name listed (…改造计划等4项决策) names a thing; its words are no intention
    const intentions = part.replace(TITLE, blanked).replace(lexicon.names, blanked);
    // most clauses hold no plan marker: one search of them all says so
    const plans = markers.any.test(intentions) ? matchStarts(markers.plan, intentions) : [];
    // the words of its clause before an aside it follows (市里要求各县(区)…纠错率不低于10%: the demand is the clause's)
    const head = clause.aside || clause.opens === clause.start ? '' : text.slice(clause.opens, clause.start).replace(ASIDE, '');
    const requirement = requirementIn(part, lexicon, lexicon.requirementLead.test(previousPart), demanded, head);
    demanded = requirement?.demanded === true;
    if (requirement) plans.push(requirement.at);
    const dones = lexicon.anyDone.test(part) ? matchStarts(lexicon.done, part) : [];
    // what was done against the target the clause before stated (目标4次,完成5次) is reported
    if (planned && lexicon.target.outcome.test(part) && lexicon.target.marker.test(previousPart)) dones.push(0);
    // the year's count after a per-period rule kept (…每季度至少学法1次,全年会前学法6次) is reported, not ruled
    if (planned && keptRule && !requirement && lexicon.requirementYearCount.test(part.trimStart())) dones.push(0);
    previousPart = part;
    const lastPlan = Math.max(-1, ...plans);
    const lastDone = Math.max(-1, ...dones);
    const before: boolean = planned;
    if (lastPlan > lastDone) {
      // (a clause ending the text has nothing after it: reading there out of bounds deoptimised this)
      listed = (planned && listed) || (clause.end < text.length && text[clause.end] === ':');
      planned = true;
      settled = parseQuantities(part.slice(lastPlan)).length > 0;
      keptRule = !before && settled && requirement !== null && !requirement.named && plans.length === 1;
    } else if (lastDone > lastPlan) planned = keptRule = false;
    states.starts.push(clause.start);
    states.planned.push(planned);
    // 省里要求执法人员(含辅助人员)…不少于60学时: a demand its clause states before an aside makes the words before the aside
    // the demand's too, as they are in a clause with no aside
    if (planned && requirement?.demanded && head !== '' && lexicon.requirementDemand.test(head))
      for (let k = states.starts.length - 2; k >= 0 && states.starts[k]! >= clause.opens; k--) states.planned[k] = true;
    // a requirement named as such (…的要求) is a noun of its clause: the clauses after it report again
    if (requirement?.named && lastPlan === requirement.at) planned = before;
  }
  return states;
}

/** Where a list's bullet opening a sentence (line-breaks.ts BULLET: - 2025年:…, · 力争…) and the blanks after it end. */
const bulletEnd = (text: string): number => LEADING_MARK.exec(text)?.[0].length ?? 0;
const LEADING_MARK = new RegExp(`^\\s*${BULLET}\\s*`, 'u');

/** How many paragraphs back, over items, a plan's lead is looked for. */
const LEAD_REACH = 12;
/** How much of a paragraph's opening an item's label is read in (rules/status.yaml plan_lead items). */
const ITEM_OPENING = 16;

/**
 * Whether the sentence stands in an item of a plan's lead (rules/status.yaml plan_lead): its paragraph opens with an
 * item's label, and so do those before it up to a paragraph that ends with a colon in a sentence planned at its end,
 * or whose last clause holds one of the lead cues (2026年重点做好以下工作: in a 2025 report).
 */
function ledByPlan(doc: Document, sentence: Sentence, lexicon: CompiledLexicon): boolean {
  const text = doc.source.text;
  const opensItem = (start: number) => lexicon.leadItem.test(text.slice(start, start + ITEM_OPENING).trimStart());
  let start = text.lastIndexOf('\n', sentence.span.start - 1) + 1;
  if (!opensItem(start)) return false;
  for (let reach = 0; reach < LEAD_REACH && start > 0;) {
    const end = start - 1;
    start = text.lastIndexOf('\n', end - 1) + 1;
    const paragraph = text.slice(start, end).trimEnd();
    if (paragraph.trim() === '') continue;
    if (paragraph.endsWith(':')) return leadsPlan(doc, start + paragraph.length - 1, lexicon);
    if (!opensItem(start)) return false;
    reach++;
  }
  return false;
}

/** Whether the sentence holding the colon at `colon` plans what follows it: planned at its end, or by a lead cue in its last clause. */
function leadsPlan(doc: Document, colon: number, lexicon: CompiledLexicon): boolean {
  const sentences = doc.sentences;
  let [low, high] = [0, sentences.length - 1];
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (sentences[middle]!.span.start <= colon) low = middle;
    else high = middle - 1;
  }
  const lead = sentences[low];
  if (lead === undefined || lead.span.start > colon || lead.span.end <= colon) return false;
  if (clauseStates(doc, lead, lexicon).planned.at(-1) === true) return true;
  const whole = sentenceText(doc, lead);
  // (the clauses end with an empty one after the colon)
  const last = clauses(whole).findLast((clause) => clause.end > clause.start);
  return last !== undefined && lexicon.planIn(doc.year, doc.spokenAfter === true).leadCue.test(whole.slice(last.start, last.end).trim());
}

/** An item's label in brackets ((一), (2)): it opens an item, not an aside, wherever it stands. */
const ITEM_LABEL = /\([\d〇零一二三四五六七八九十]{1,3}\)/y;

/** A clause, or a part of one; `aside` when it opens a bracketed aside after words of its clause, which opens at `opens`. */
interface Piece extends Span {
  aside: boolean;
  opens: number;
}

/**
 * The clauses cut again where a bracketed aside opens after words of its clause and where that
 * aside closes (not at an item's label: 工作打算 (一)确保…).
 */
function asidesApart(text: string, spans: readonly Span[]): Piece[] {
  const out: Piece[] = [];
  let depth = 0;
  for (const { start, end } of spans) {
    let from = start;
    let aside = false;
    for (let i = start; i < end; i++) {
      const c = text[i];
      if (c === '(' && depth++ === 0 && text.slice(start, i).trim() !== '' && !testAt(ITEM_LABEL, text, i)) {
        if (i > from) out.push({ start: from, end: i, aside, opens: start });
        from = i;
        aside = true;
      } else if (c === ')' && depth > 0 && --depth === 0 && aside && i + 1 < end) {
        out.push({ start: from, end: i + 1, aside, opens: start });
        from = i + 1;
        aside = false;
      }
    }
    out.push({ start: from, end, aside, opens: start });
  }
  return out;
}

/** A bracketed aside, left out of the words of its clause before a part. */
const ASIDE = /\([^()]*\)/g;

/** Spaces as long as the text: what it names is out of reading, its offsets kept. */
const blanked = (text: string): string => ' '.repeat(text.length);

/**
 * A requirement in a clause: a per-period frame (每人每年) with a bound (不少于), from the bound on,
 * or with a noun naming it a requirement after the frame (每人每年60学时的要求), from the frame on;
 * or, `led` by a clause that names a superior's requirement (按照市里要求,), a bound with no frame;
 * or a bound after someone's demand (省里要求…不少于60学时), or a figure a clause opening with a demand says is to be
 * reached (第66项要求…达到100%), named as such. `head`: the words of the part's clause before an aside the part follows.
 */
function requirementIn(
  part: string,
  lexicon: CompiledLexicon,
  led: boolean,
  demanded: boolean,
  head: string,
): { at: number; named: boolean; demanded?: true } | null {
  const bound = firstOfAny(part, lexicon.bounds, 0);
  // 省里要求…不少于60学时: someone's demand, named as such whatever its frame; a bound in the clause right after it is
  // another item of that demand (要求…不少于60学时,法制审核人员不少于5名)
  if (bound >= 0 && (demanded || lexicon.requirementDemand.test(head + part.slice(0, bound)))) return { at: bound, named: true, demanded: true };
  // 第66项要求出庭应诉率达到100%: a clause that opens with a demand that a figure be reached states that demand, with no bound
  const reached = lexicon.requirementReached.exec(part);
  if (reached) return { at: reached.index + reached[0].length, named: true, demanded: true };
  const frame = firstOfAny(part, lexicon.frames, 0);
  if (frame < 0 && led) return bound >= 0 ? { at: bound, named: false } : null;
  if (frame < 0) return null;
  const named = firstOfAny(part, lexicon.nouns, frame) >= 0;
  if (bound >= 0) return { at: bound, named };
  return named ? { at: frame, named } : null;
}

/** Where the first occurrence of any of `words` in `text` from `from` on starts, or -1 (a loop: this runs per clause). */
function firstOfAny(text: string, words: readonly string[], from: number): number {
  let first = -1;
  for (const w of words) {
    const at = text.indexOf(w, from);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

/** true when a negation marker (未建立, 尚未, 缺乏 …) occurs in [start, end) of the sentence text. */
export function isNegated(text: string, start: number, end: number, lexicon: Lexicon): boolean {
  const part = text.slice(start, end);
  // search, not matchAll: matchAll copies the regex on every call, and most clauses deny nothing
  return part.search(compile(lexicon).negation) >= 0;
}
