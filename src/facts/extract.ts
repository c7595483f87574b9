/**
 * Fact extraction, driven by the lexicon: in each sentence, every quantity is bound to the
 * nearest cue before it in its clause (or, in the "418件人大建议" word order, the nearest cue
 * after it); a list of cues ("报备率、及时率均达100%") shares one number; implied patterns give
 * zero and universal statements; mentions give presence facts; derivations compute rates.
 */
import type { Document, Sentence, Span } from '../document/types.js';
import type { Lexicon } from './lexicon.js';
import { parseQuantities, PERCENT, type Quantity } from './quantity.js';
import { evidenceIn, mentionIn, presenceFact } from './presence.js';
import type { Evidence, Fact } from './schema.js';
import { classifyStatus, isNegated } from './status.js';
import { clauseAt, compile, containsActual, TITLE, containsAny, type CompiledEntry, type CompiledFrame, type CompiledLexicon, type TermHit } from './text.js';

/** How far a number may stand before the cue it counts ("5名专业律师担任办事处法律顾问"). */
const MAX_GAP_BEFORE_CUE = 10;

/**
 * "权重由上年的8%提高到12%": between a cue and its number, an earlier value and the change that
 * replaced it; the number after the change is the one stated.
 */
const CHANGE = /由[^,;:。!?]{0,15}?(?:提高|提升|增加|增长|上升|扩大|下降|降低|减少|压缩|调整|增至|升至|降至)(?:到|至|为)?\s*$/;

/**
 * A clause without any subject of its own that restates a total (全县累计配备320台, 共集中清理46件)
 * continues the subject of an earlier clause of the sentence.
 */
const TOTAL = /(累计|共计|合计|总计|一共|总共|共)[^,;:。!?]{0,8}$/;
/** A clause that counts a part (其中废止5件) or a list that ends in 等 (合同等各类事项) does not continue. */
const PART = '其中';
/** A clause that is only a verb of reaching and its number: "…,达到15%" / "…,提高到12%". */
const REACH = /^\s*(?:并|已|进一步|从而|最终)?(?:达到|达|提高到|提高至|提升到|提升至|上升到|上升至|增至|升至|增加到|增长到)\s*$/;
/** What follows the first predicate of a list of predicates in one clause. */
const LIST_NEXT = '、';
const ENUMERATION_END = '等';

/** One sentence, with what every stage of the extraction needs to know about it. */
interface SentenceView {
  doc: Document;
  sentence: Sentence;
  index: number;
  /** the sentence with its wrapped line breaks (and running header lines) taken out */
  text: string;
  /** offset in `text` → offset in the sentence as the document has it (one more entry for the end) */
  map: Sentence['map'];
  clauses: Span[];
  /** the sentence plus its section heading: where topics are looked for */
  topicText: string;
  section: string | null;
}

interface Cue extends Span {
  compiled: CompiledEntry;
}

interface Found {
  fact: Fact;
  sentence: number;
  top: number | null;
}

export function extractFacts(doc: Document, lexicon: Lexicon): Fact[] {
  const compiled = compile(lexicon);
  const found: Found[] = [];
  doc.sentences.forEach((sentence, index) => {
    const view = viewOf(doc, sentence, index);
    const facts = numericFacts(view, compiled, lexicon);
    facts.push(...impliedFacts(view, compiled, lexicon, facts));
    facts.push(...presenceFacts(view, compiled, lexicon, facts));
    for (const fact of facts) found.push({ fact, sentence: index, top: sentence.top });
  });
  found.push(...derivedFacts(doc, found, compiled));
  return found.map((f) => f.fact).sort((a, b) => a.evidence.start - b.evidence.start || a.evidence.end - b.evidence.end);
}

function viewOf(doc: Document, sentence: Sentence, index: number): SentenceView {
  const { plain: text, map, clauses } = sentence;
  const inner = sentence.section === null ? undefined : doc.sections[sentence.section];
  const top = sentence.top === null ? undefined : doc.sections[sentence.top];
  return {
    doc,
    sentence,
    index,
    text,
    map,
    clauses,
    topicText: `${text}\n${inner?.title ?? ''}`,
    section: top?.heading ?? null,
  };
}

function evidence(view: SentenceView, start: number, end: number): Evidence {
  return evidenceIn(view.doc, view.sentence, start, end);
}

function makeFact(
  view: SentenceView,
  lexicon: Lexicon,
  entry: CompiledEntry['entry'],
  value: number | true,
  span: Span,
  at: number,
  quantity?: Quantity,
): Fact {
  const fact: Fact = {
    id: entry.id,
    value,
    unit: entry.unit,
    status: classifyStatus(view.doc, view.sentence, lexicon, view.map[at]),
    section: view.section,
    evidence: evidence(view, span.start, span.end),
    derived: false,
  };
  if (quantity && quantity.qualifier !== 'exact') fact.qualifier = quantity.qualifier;
  return fact;
}

/** Entries whose sentence-level conditions hold here. */
function applies(view: SentenceView, compiled: CompiledEntry, at?: number): boolean {
  const { exclude_sentence } = compiled.entry;
  return compiled.topics.every((group) => containsAny(view.topicText, group)) && !containsAny(excludeScope(view, at), exclude_sentence);
}

/**
 * Where a sentence-level exclusion is looked for: the sentence, or in a run-on sentence (one that
 * strings a whole paragraph of topics together with commas) the clauses around the cue only, so
 * that 政府信息公开申请8件 at its end does not silence the 行政复议 figures at its start.
 */
const RUN_ON_CLAUSES = 8;
const EXCLUDE_REACH = 3;
function excludeScope(view: SentenceView, at: number | undefined): string {
  if (at === undefined || view.clauses.length < RUN_ON_CLAUSES) return view.text;
  const k = view.clauses.findIndex((c) => at >= c.start && at <= c.end);
  if (k < 0) return view.text;
  const from = view.clauses[Math.max(0, k - EXCLUDE_REACH)]!.start;
  const to = view.clauses[Math.min(view.clauses.length - 1, k + EXCLUDE_REACH)]!.end;
  return view.text.slice(from, to);
}

/**
 * The clause-level conditions: a required word nearby, no distractor. Distractors inside `masked`
 * spans (the other subjects of a list the cue belongs to: 合法性审核率、备案率均为100%) and those
 * under 拟 (拟出台的文件, not yet issued) do not count.
 */
function fitsClause(view: SentenceView, compiled: CompiledEntry, clause: Span, masked: readonly Span[] = []): boolean {
  const part = view.text.slice(clause.start, clause.end);
  const { near, exclude } = compiled.entry;
  if (near.length > 0 && !containsAny(part, near)) return false;
  let visible = part;
  for (const m of masked) {
    const start = Math.max(m.start, clause.start) - clause.start;
    const end = Math.min(m.end, clause.end) - clause.start;
    if (end > start) visible = visible.slice(0, start) + ' '.repeat(end - start) + visible.slice(end);
  }
  return !containsActual(visible, exclude);
}

/** The clause right after `clause` vouches for the entry (…15件,均经合法性审核). */
function confirmedAfter(view: SentenceView, compiled: CompiledEntry, clause: Span): boolean {
  if (compiled.confirmedBy.length === 0) return false;
  const next = view.clauses.find((c) => c.start > clause.end);
  if (!next) return false;
  const part = view.text.slice(next.start, next.end).replace(/^\s+/, '');
  return compiled.confirmedBy.some((re) => re.test(part));
}

/**
 * Cue occurrences; a cue inside a longer one (出庭案件 in 应出庭案件) is not read on its own.
 * `all` are every occurrence, `fitting` those whose conditions hold.
 */
function cuesIn(view: SentenceView, lexicon: CompiledLexicon): { all: Cue[]; fitting: Cue[] } {
  const all: (Cue & { order: number })[] = [];
  for (const { term, start, end } of lexicon.cues.scan(view.text)) {
    for (const { compiled, order } of lexicon.cues.owners.get(term) ?? []) all.push({ start, end, compiled, order });
  }
  // as the lexicon lists entries and cues: on ties, the earlier entry wins
  all.sort((a, b) => a.order - b.order || a.start - b.start);
  // 不予受理, 尚未审查: a denied verb is no subject of ours (its longer forms are not cues either)
  // (and so is a cue right after a denied one: 不受理行政复议申请, 未受理的复议案件)
  const denied = all.filter((c) => lexicon.negated(view.text, c.start));
  for (let grew = true; grew;) {
    grew = false;
    for (const c of all) {
      if (denied.includes(c)) continue;
      if (denied.some((d) => d.end === c.start || (d.end + 1 === c.start && view.text[d.end] === '的'))) {
        denied.push(c);
        grew = true;
      }
    }
  }
  const longest = all.filter(
    (c) =>
      !all.some((o) => o.start <= c.start && c.end <= o.end && o.end - o.start > c.end - c.start) && !denied.some((d) => d.start <= c.start && c.end <= d.end),
  );
  const fitting = longest.filter((c) => {
    if (!applies(view, c.compiled, c.start)) return false;
    const clause = clauseAt(view.clauses, c.start);
    return fitsClause(view, c.compiled, clause, listMates(view, c, longest, lexicon)) || confirmedAfter(view, c.compiled, clause);
  });
  return { all: longest, fitting };
}

/** The other cues of the list a cue stands in (合法性审核率、备案率), by list separators. */
function listMates(view: SentenceView, cue: Cue, cues: readonly Cue[], lexicon: CompiledLexicon): Cue[] {
  const joined = (a: Span, b: Span): boolean => a.end < b.start && lexicon.listSeparator.test(view.text.slice(a.end, b.start));
  const group: Cue[] = [cue];
  for (let grew = true; grew;) {
    grew = false;
    for (const o of cues) {
      if (group.includes(o) || o.start === cue.start) continue;
      if (group.some((g) => joined(o, g) || joined(g, o))) {
        group.push(o);
        grew = true;
      }
    }
  }
  return group.slice(1);
}

/** The facts the numbers of a sentence state: bound to a cue first, then read by the fact frames. */
function numericFacts(view: SentenceView, compiled: CompiledLexicon, lexicon: Lexicon): Fact[] {
  const { all, fitting: cues } = cuesIn(view, compiled);
  const hits = compiled.scanner.scan(view.text);
  if (cues.length === 0 && hits.length === 0) return [];
  const quantities = parseQuantities(view.text);
  const { facts, taken } = boundFacts(view, compiled, lexicon, all, cues, quantities);
  facts.push(...frameFacts(view, compiled, lexicon, hits, quantities, taken));
  return facts;
}

function boundFacts(
  view: SentenceView,
  compiled: CompiledLexicon,
  lexicon: Lexicon,
  all: Cue[],
  cues: Cue[],
  quantities: Quantity[],
): { facts: Fact[]; taken: Set<Quantity> } {
  const facts: Fact[] = [];
  const taken = new Set<Quantity>();
  if (cues.length === 0) return { facts, taken };
  const between = (start: number, end: number): boolean => quantities.some((q) => q.start >= start && q.end <= end);
  const gapFits = (cue: Cue, q: Quantity): boolean => {
    if (cue.end > q.start) return false;
    const gap = view.text.slice(cue.end, q.start);
    if (cue.compiled.gap.test(gap) && !between(cue.end, q.start)) return true;
    const change = CHANGE.exec(gap);
    return change !== null && cue.compiled.gap.test(gap.slice(0, change.index));
  };

  const paired = respectively(view, cues, quantities, lexicon);
  for (const [q, cue] of paired) {
    if (cue === null || superiorClauses(view).has(clauseAt(view.clauses, q.start).start)) continue;
    taken.add(q);
    facts.push(makeFact(view, lexicon, cue.compiled.entry, q.value, { start: cue.start, end: q.end }, q.start, q));
  }
  const foreign = superiorClauses(view);
  for (const q of quantities) {
    if (paired.has(q)) continue;
    const clause = clauseAt(view.clauses, q.start);
    if (foreign.has(clause.start)) continue;
    const inClause = cues.filter((c) => c.start >= clause.start && c.end <= clause.end && c.compiled.entry.units.includes(q.unit));
    const before = inClause.filter((c) => gapFits(c, q)).sort((a, b) => b.end - a.end || b.end - b.start - (a.end - a.start));
    const nearest = before[0];
    let bound: Cue[];
    if (nearest) {
      bound = listEndingAt(view, nearest, inClause, compiled);
      const subjects = new Set(bound.map((c) => c.compiled.entry.id));
      const eachOne = q.unit === PERCENT || containsAny(view.text.slice(nearest.end, q.start), lexicon.distributive);
      if (subjects.size > 1 && !eachOne) bound = [];
    } else {
      // "418件人大建议": the number first, then its subject, which must not have a number of its own
      const after = inClause
        .filter((c) => c.start >= q.end && c.start - q.end <= MAX_GAP_BEFORE_CUE && !between(q.end, c.start))
        .filter((c) => !quantities.some((other) => other !== q && gapFits(c, other) && other.start < clause.end))
        .sort((a, b) => a.start - b.start);
      bound = after[0] ? [after[0]] : [];
      if (after[0] && after[0].compiled.entry.shape === 'count') {
        const sum = summedBefore(view, q, quantities, clause, all);
        if (sum) {
          const span = { start: sum.start, end: after[0].end };
          taken.add(q);
          facts.push(makeFact(view, lexicon, after[0].compiled.entry, sum.value, span, q.start, q));
        }
      }
      if (bound.length === 0 && !all.some((c) => c.start >= clause.start && c.end <= clause.end)) {
        const carried = continued(view, q, quantities, clause, cues);
        if (carried) bound = [carried];
      }
    }
    const seen = new Set<string>();
    for (const cue of bound) {
      if (seen.has(cue.compiled.entry.id)) continue;
      seen.add(cue.compiled.entry.id);
      const span = { start: Math.min(bound[0]!.start, q.start), end: Math.max(cue.end, q.end) };
      taken.add(q);
      facts.push(makeFact(view, lexicon, cue.compiled.entry, q.value, span, q.start, q));
    }
  }
  return { facts, taken };
}

/**
 * Fact frames read the numbers no cue bound. A number's part of its clause runs from the number
 * before it to the number after it (in that clause); its measure word picks the candidate frames.
 * A frame fires when each of its groups has a word in that part, or, for
 * the subject alone, in the sentence's opening clause when the part names no subject of its own
 * (区政府常务会议…, 全年开展会前学法5次). A clause with no frame word at all continues the clause
 * before it (…坚持会前学法,全年共12次) when that clause has no number of its own. None of the
 * frame's exclusions may be in the part, and a part with a denied word (不予受理, 尚未开展) gives
 * nothing. After 分别, each number's part is its item of the list before 分别. Candidates rank by how many groups the part itself holds, then by how many groups and how
 * many characters they match, then by distance; each number gets at most one fact.
 */
function frameFacts(view: SentenceView, compiled: CompiledLexicon, lexicon: Lexicon, hits: TermHit[], quantities: Quantity[], taken: Set<Quantity>): Fact[] {
  const { scanner, factFrames: frames } = compiled;
  const frameActions = scanner.actions;
  const open = quantities.filter((q) => !taken.has(q) && scanner.measures.has(q.unit));
  if (open.length === 0) return [];
  // a word inside a title (《…事项目录》) names a document, not what was done
  const titles = [...view.text.matchAll(TITLE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const usable = hits.filter(
    (h) => !compiled.negated(view.text, h.start) && !(frameActions.has(h.term) && titles.some((t) => h.start > t.start && h.end < t.end)),
  );
  const foreign = superiorClauses(view);
  const lead = view.clauses[0]!;
  const items = respectiveItems(view, open, compiled);
  const facts: Fact[] = [];
  for (const q of open) {
    const clause = clauseAt(view.clauses, q.start);
    if (foreign.has(clause.start)) continue;
    const item = items.get(q);
    const from = item?.start ?? Math.max(clause.start, ...quantities.filter((o) => o.end <= q.start && o.start >= clause.start).map((o) => o.end));
    const to = item?.end ?? Math.min(clause.end, ...quantities.filter((o) => o.start >= q.end && o.end <= clause.end).map((o) => o.start));
    const part = usable.filter((h) => h.start >= from && h.end <= to && (h.end <= q.start || h.start >= q.end));
    // 不予受理复议申请6件: a denied word denies the number, whatever other words it stands with
    if (hits.some((h) => h.start >= from && h.end <= to && compiled.negated(view.text, h.start))) continue;
    const opening = part.some((h) => scanner.subjects.has(h.term)) ? [] : usable.filter((h) => h.start >= lead.start && h.end <= Math.min(lead.end, from));
    // a clause with no frame word (…坚持会前学法,全年共12次) continues the clause before it, when
    // that clause states no number of its own and this one counts no part (其中…)
    const previous = view.clauses.filter((c) => c.end < clause.start).at(-1);
    const carried =
      previous &&
      from === clause.start &&
      part.length === 0 &&
      !view.text.slice(clause.start, clause.end).includes(PART) &&
      !quantities.some((o) => o.start >= previous.start && o.end <= previous.end)
        ? usable.filter((h) => h.start >= previous.start && h.end <= previous.end)
        : [];
    const distance = (h: TermHit): number => (h.end <= q.start ? q.start - h.end : h.start - q.end);
    const nearest = (list: TermHit[], terms: ReadonlySet<string>): TermHit | undefined =>
      list.filter((h) => terms.has(h.term)).sort((a, b) => distance(a) - distance(b) || b.end - b.start - (a.end - a.start))[0];
    let best: { frame: CompiledFrame; used: TermHit[]; rank: number[] } | null = null;
    for (const frame of frames) {
      if (!frame.measure.has(q.unit) || part.some((h) => frame.exclude.has(h.term))) continue;
      const used: TermHit[] = [];
      let local = 0;
      if (carried.some((h) => frame.exclude.has(h.term))) continue;
      for (const group of frame.groups) {
        const own = nearest(part, group.terms) ?? nearest(carried, group.terms);
        const found = own ?? (group.kind === 'subject' && !opening.some((h) => frame.exclude.has(h.term)) ? nearest(opening, group.terms) : undefined);
        if (!found) break;
        if (own) local++;
        used.push(found);
      }
      if (used.length < frame.groups.length) continue;
      const rank = [local, used.length, used.reduce((n, h) => n + h.end - h.start, 0), -used.reduce((n, h) => n + distance(h), 0)];
      if (!best || compareRanks(rank, best.rank) > 0) best = { frame, used, rank };
    }
    if (!best) continue;
    taken.add(q);
    const near = best.used.filter((h) => h.start >= Math.min(from, carried[0]?.start ?? from));
    const span = { start: Math.min(q.start, ...near.map((h) => h.start)), end: Math.max(q.end, ...near.map((h) => h.end)) };
    facts.push(makeFact(view, lexicon, best.frame.entry, q.value, span, q.start, q));
  }
  return facts;
}

/**
 * "常务会议会前学法、法治专题讲座分别开展12次和4次": numbers joined by list words after 分别, and
 * as many items of the list before 分别; number k is read from item k alone.
 */
function respectiveItems(view: SentenceView, open: readonly Quantity[], compiled: CompiledLexicon): Map<Quantity, Span> {
  const out = new Map<Quantity, Span>();
  for (let i = 0; i < open.length; i++) {
    const first = open[i]!;
    const clause = clauseAt(view.clauses, first.start);
    const at = view.text.lastIndexOf(RESPECTIVELY, first.start);
    if (at < clause.start) continue;
    const run = [first];
    for (let j = i + 1; j < open.length; j++) {
      const next = open[j]!;
      if (next.unit !== first.unit || !compiled.listSeparator.test(view.text.slice(run[run.length - 1]!.end, next.start))) break;
      run.push(next);
    }
    if (run.length < 2) continue;
    const head = view.text.slice(clause.start, at);
    const all = [...head.matchAll(LIST_ITEM)].map((m) => ({ start: clause.start + m.index, end: clause.start + m.index + m[0].length }));
    const chosen = all.slice(-run.length);
    if (chosen.length < run.length) continue;
    if (chosen.some((c, k) => k > 0 && !compiled.listSeparator.test(view.text.slice(chosen[k - 1]!.end, c.start)))) continue;
    run.forEach((q, k) => out.set(q, chosen[k]!));
    i += run.length - 1;
  }
  return out;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/**
 * A street or township report also tells what its district or county did (区政府召开常务会议…6次,
 * 全区行政机关负责人出庭应诉率达到100%, 区级共有执法人员1800余名): those are not its own facts.
 * A clause that opens with the superior as its subject is the superior's, and so are the clauses
 * after it that open with no subject of their own, until one opens with the reporting body.
 * Returns the start offsets of the superior's clauses.
 */
const LOWER_LEVELS = new Set(['street', 'township']);
const CLAUSE_LEAD = /^\s*(?:\d{4}年(?:度)?|年内|全年|今年|同时|此外|另外|其中)?\s*/;
const SUPERIOR_SUBJECT = /^(?:全[区县市旗州盟]|[区县市旗](?!场)(?:委|政府|人民政府|级|里|直|司法局|依法治[区县市旗]办))/;
const OWN_SUBJECT = /^(?:街道|我街|本街道|[镇乡](?!村)|我[镇乡]|本[镇乡]|全[镇乡]|各社区|社区|各村|[^\s,;:。!?]{1,6}(?:街道|镇|乡)(?!村))/;

function superiorClauses(view: SentenceView): Set<number> {
  const out = new Set<number>();
  if (!LOWER_LEVELS.has(view.doc.level)) return out;
  let superior = false;
  for (const clause of view.clauses) {
    const part = view.text.slice(clause.start, clause.end);
    const lead = part.replace(CLAUSE_LEAD, '');
    if (SUPERIOR_SUBJECT.test(lead)) superior = true;
    else if (OWN_SUBJECT.test(lead)) superior = false;
    if (superior) out.add(clause.start);
  }
  return out;
}

/**
 * "聘请2名执业律师和1名高校教师担任法律顾问": counts of the same unit joined by 和/及/、, each
 * naming a kind of person or thing (not a subject of ours), and then the subject they all are.
 * Returns the total and
 * where the first count starts, or null when `q` ends no such list.
 */
const SUM_LINK = /^[\u4e00-\u9fa5]{1,8}(?:和|及|以及|与|、)$/;
function summedBefore(
  view: SentenceView,
  q: Quantity,
  quantities: readonly Quantity[],
  clause: Span,
  cues: readonly Cue[],
): { value: number; start: number } | null {
  let value = q.value;
  let start = q.start;
  let next = q;
  for (;;) {
    const previous = quantities.filter((o) => o.end <= next.start && o.start >= clause.start).sort((a, b) => b.end - a.end)[0];
    if (!previous || previous.unit !== q.unit || previous.qualifier !== 'exact') break;
    if (!SUM_LINK.test(view.text.slice(previous.end, next.start))) break;
    // 12件合同和5件规范性文件: a kind that is a subject of its own is no part of the total
    if (cues.some((c) => c.start < next.start && c.end > previous.end)) break;
    value += previous.value;
    start = previous.start;
    next = previous;
  }
  return start === q.start || q.qualifier !== 'exact' ? null : { value, start };
}

/**
 * The subject an earlier clause of the sentence gives to a number whose own clause has none:
 * "对…规范性文件开展专项清理,共集中清理46件" (the entry's verb is in the number's clause) or
 * "新配备执法记录仪85台,全县累计配备320台" (a total). Not for parts (其中…) nor after a list
 * that ends in 等, and never past a clause that has a subject of its own.
 */
function continued(view: SentenceView, q: Quantity, quantities: readonly Quantity[], clause: Span, cues: readonly Cue[]): Cue | null {
  const part = view.text.slice(clause.start, clause.end);
  // the number closes its clause (…累计配备320台,): a predicate, not the count of a new subject
  // (共有37名新提任领导干部参加…)
  // …or starts a list of such predicates (废止七件、修改三件: the first is read here)
  const rest = view.text.slice(q.end, clause.end).trim();
  if (part.includes(PART) || (rest !== '' && !rest.startsWith(LIST_NEXT))) return null;
  const previous = view.clauses.filter((c) => c.end < clause.start).reverse();
  const source = previous[0];
  if (!source) return null;
  const candidates = cues
    .filter((c) => c.start >= source.start && c.end <= source.end && c.compiled.entry.units.includes(q.unit))
    .sort((a, b) => b.end - a.end);
  const cue = candidates[0];
  if (!cue) return null;
  // 合同等各类事项 / 议题、文件和合同等: the subject of a total is the whole list
  const around = view.text.slice(Math.max(source.start, cue.start - 3), cue.start) + view.text.slice(cue.end, source.end);
  if (around.includes(ENUMERATION_END)) return null;
  const { near, exclude } = cue.compiled.entry;
  if (containsActual(part, exclude)) return null;
  // what governs this number: the clause from the previous number on (废止11件、修改8件)
  const lead = view.text.slice(Math.max(clause.start, ...quantities.filter((o) => o.end <= q.start && o.start >= clause.start).map((o) => o.end)), q.start);
  const verb = near.length > 0 && containsAny(lead, near);
  const total = TOTAL.test(lead);
  // "权重提高三个百分点,达到15%": a clause that only says what the value reached restates the subject
  const reach = lead === view.text.slice(clause.start, q.start) && REACH.test(lead);
  return verb || total || reach ? cue : null;
}

/**
 * "按期办结率、满意率分别达100%、98%": n cues, 分别, n numbers joined by list words, paired in
 * order. Returns the pairs found, keyed by quantity.
 */
function respectively(view: SentenceView, cues: Cue[], quantities: Quantity[], lexicon: Lexicon): Map<Quantity, Cue | null> {
  const pairs = new Map<Quantity, Cue | null>();
  for (let i = 0; i < quantities.length; i++) {
    const first = quantities[i]!;
    const clause = clauseAt(view.clauses, first.start);
    const lead = view.text.slice(clause.start, first.start);
    if (!lead.includes(RESPECTIVELY)) continue;
    const run = [first];
    for (let j = i + 1; j < quantities.length; j++) {
      const next = quantities[j]!;
      if (next.unit !== first.unit || !compile(lexicon).listSeparator.test(view.text.slice(run[run.length - 1]!.end, next.start))) break;
      run.push(next);
    }
    if (run.length < 2) continue;
    const before = cues
      .filter((c) => c.start >= clause.start && c.end <= first.start && c.compiled.entry.units.includes(first.unit))
      .sort((a, b) => a.start - b.start);
    const distinct = before.filter((c, k) => before.findIndex((o) => o.start === c.start) === k);
    if (distinct.length < run.length) {
      // "参考率、合格率分别为99.6%和100%": some items of the list are no cue of ours; pair by the
      // items of the list before 分别 and leave the numbers of the other items unbound
      const byItem = pairByItems(view, clause, lead, run, before, lexicon);
      if (byItem) {
        for (const [q, cue] of byItem) pairs.set(q, cue);
        i += run.length - 1;
        continue;
      }
      // "市委常委会、市政府常务会分别专题研究法治政府建设3次和5次": the list before 分别 names who,
      // the one cue after it names what each number counts
      const at = clause.start + lead.lastIndexOf(RESPECTIVELY);
      const after = before.filter((c) => c.start > at);
      if (after.length > 0 && new Set(after.map((c) => c.compiled.entry.id)).size === 1 && before.every((c) => c.start > at)) {
        const cue = after.sort((a, b) => b.end - b.start - (a.end - a.start))[0]!;
        for (const q of run) pairs.set(q, cue);
        i += run.length - 1;
      }
      continue;
    }
    const chosen = distinct.slice(-run.length);
    run.forEach((q, k) => pairs.set(q, chosen[k]!));
    i += run.length - 1;
  }
  return pairs;
}

const RESPECTIVELY = '分别';
/** The items of a list: runs of characters between list words (、 和 及 与). */
const LIST_ITEM = /[^、和及与\s]+/g;

/**
 * The list right before 分别 ("参考率、合格率分别为…"), cut into as many items as there are
 * numbers: item k gets number k, through a cue inside it, or nothing.
 */
function pairByItems(view: SentenceView, clause: Span, lead: string, run: Quantity[], cues: Cue[], lexicon: Lexicon): Map<Quantity, Cue | null> | null {
  const at = clause.start + lead.lastIndexOf(RESPECTIVELY);
  const head = view.text.slice(clause.start, at);
  const items = [...head.matchAll(LIST_ITEM)].map((m) => ({ start: clause.start + m.index, end: clause.start + m.index + m[0].length }));
  if (items.length < run.length) return null;
  const chosen = items.slice(-run.length);
  // the items must form one list: only list words between them
  for (let k = 1; k < chosen.length; k++) {
    if (!compile(lexicon).listSeparator.test(view.text.slice(chosen[k - 1]!.end, chosen[k]!.start))) return null;
  }
  const pairs = new Map<Quantity, Cue | null>();
  run.forEach((q, k) => {
    const item = chosen[k]!;
    const inside = cues.filter((c) => c.start >= item.start && c.end <= item.end).sort((a, b) => b.end - b.start - (a.end - a.start));
    pairs.set(q, inside[0] ?? null);
  });
  return [...pairs.values()].some((c) => c !== null) ? pairs : null;
}

/** The cue with every cue listed before it ("报备率、报备及时率、规范率"), in text order. */
function listEndingAt(view: SentenceView, last: Cue, candidates: Cue[], lexicon: CompiledLexicon): Cue[] {
  const list = [last];
  for (;;) {
    const head = list[0]!;
    const previous = candidates
      .filter((c) => c.end <= head.start && lexicon.listSeparator.test(view.text.slice(c.end, head.start)))
      .sort((a, b) => b.end - a.end)[0];
    if (!previous || previous.end === head.start) break;
    list.unshift(previous);
  }
  return list;
}

/** 无败诉案件 → 0, 全部按期办复 → 100, 法律顾问全覆盖 → 100; not when negated (未实现全覆盖). */
function impliedFacts(view: SentenceView, compiled: CompiledLexicon, lexicon: Lexicon, stated: Fact[]): Fact[] {
  const facts: Fact[] = [];
  for (const c of compiled.entries) {
    if (c.implied.length === 0 || !applies(view, c)) continue;
    for (const { re, value: stated0 } of c.implied) {
      // '=other_id': the value the sentence states for another fact, before the match
      let value: number | true;
      if (typeof stated0 === 'string') {
        const source = stated.filter((f) => f.id === stated0.slice(1) && typeof f.value === 'number');
        if (source.length !== 1) continue;
        value = source[0]!.value;
      } else value = stated0;
      for (const m of view.text.matchAll(re)) {
        const start = m.index;
        const end = start + m[0].length;
        const clause = clauseAt(view.clauses, start);
        if (!fitsClause(view, c, clause) || isNegated(view.text, clause.start, start, lexicon)) continue;
        if (superiorClauses(view).has(clause.start)) continue;
        const duplicate = [...stated, ...facts].some((f) => f.id === c.entry.id && f.value === value);
        if (duplicate) continue;
        facts.push(makeFact(view, lexicon, c.entry, value, { start, end }, start));
      }
    }
  }
  return facts;
}

/** Presence facts: a mention in the sentence, unless the sentence already gave the fact a value. */
function presenceFacts(view: SentenceView, compiled: CompiledLexicon, lexicon: Lexicon, stated: Fact[]): Fact[] {
  const facts: Fact[] = [];
  for (const c of compiled.entries) {
    if (c.entry.mentions.length === 0 || !applies(view, c)) continue;
    if (stated.some((f) => f.id === c.entry.id)) continue;
    const mention = mentionIn(view.doc, view.sentence, c.entry.mentions, lexicon);
    if (mention) facts.push(presenceFact(c.entry.id, mention, view.section));
  }
  return facts;
}

/**
 * A rate from its two counts stated in one sentence (应出庭51件, 出庭46件 → 90.2), or, for a
 * derivation `within: paragraph`, in one paragraph (行政诉讼案件80件 … 负责人出庭应诉案件19件 →
 * 23.75), unless the rate itself is stated or derived in the same top-level section. A part
 * larger than its whole is no rate.
 */
function derivedFacts(doc: Document, found: Found[], lexicon: CompiledLexicon): Found[] {
  const out: Found[] = [];
  // found is in sentence order: each id's numeric facts too, so the counts near a sentence are a window
  const numeric = new Map<string, Found[]>();
  for (const f of found) {
    if (typeof f.fact.value !== 'number') continue;
    const list = numeric.get(f.fact.id);
    if (list) list.push(f);
    else numeric.set(f.fact.id, [f]);
  }
  const stated = new Set(found.map((f) => `${f.fact.id}@${f.top}`));
  for (const { id, numerator, denominator, within } of lexicon.derive) {
    const entry = lexicon.byId.get(id)?.entry;
    if (!entry) continue;
    const reach = within === 'paragraph' ? PARAGRAPH_REACH : 0;
    const dens = numeric.get(denominator) ?? [];
    for (const num of numeric.get(numerator) ?? []) {
      const first = firstAtOrAfter(dens, num.sentence - reach);
      const near: Found[] = [];
      for (let k = first; k < dens.length && dens[k]!.sentence <= num.sentence + reach; k++) near.push(dens[k]!);
      const den = near
        .filter((f) => f.sentence === num.sentence || (within === 'paragraph' && sameParagraph(doc, f.sentence, num.sentence)))
        .sort((a, b) => Math.abs(a.sentence - num.sentence) - Math.abs(b.sentence - num.sentence))[0];
      if (!den || den.fact.value === 0 || den.fact.status !== num.fact.status || (num.fact.value as number) > (den.fact.value as number)) continue;
      if (stated.has(`${id}@${num.top}`)) continue;
      stated.add(`${id}@${num.top}`);
      const basis = [den.fact.evidence, num.fact.evidence].sort((a, b) => a.start - b.start);
      const start = basis[0]!.start;
      const end = Math.max(...basis.map((b) => b.end));
      const value = Math.round(((num.fact.value as number) / (den.fact.value as number)) * 10000) / 100;
      out.push({
        sentence: num.sentence,
        top: num.top,
        fact: {
          id,
          value,
          unit: entry.unit,
          status: num.fact.status,
          section: num.fact.section,
          evidence: { text: doc.source.text.slice(start, end), start, end },
          derived: true,
          basis,
        },
      });
    }
  }
  return out;
}

/** The index of the first fact of a sentence-ordered list at or after sentence `sentence`. */
function firstAtOrAfter(list: readonly Found[], sentence: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.sentence < sentence) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many sentences apart two counts of one paragraph may stand. */
const PARAGRAPH_REACH = 4;

/** Two sentences of one paragraph: a few sentences apart, with no line break between them. */
function sameParagraph(doc: Document, a: number, b: number): boolean {
  const [first, last] = a < b ? [a, b] : [b, a];
  if (last - first > PARAGRAPH_REACH) return false;
  return !doc.source.text.slice(doc.sentences[first]!.span.end, doc.sentences[last]!.span.start).includes('\n');
}
