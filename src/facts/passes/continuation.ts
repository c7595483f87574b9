import type { Span } from '../../document/types.js';
import type { Quantity } from '../quantity.js';
import {
  anyWithin,
  asidesWithin,
  clauseAt,
  MAX_LABEL,
  containsActual,
  containsAny,
  insideSome,
  isWithin,
  spansWithin,
  startsWithAny,
  termHits,
} from '../text.js';
import { actOfUnitsUnder, applies, partStart, reaches, undecided, type Cue, type PassMeta, type SentenceState } from './context.js';
import type { CompiledTables } from './tables.js';
import { actItemOf } from './respectively.js';
import { mayMatch } from '../../util/word-screen.js';

export const meta: PassMeta = {
  name: 'continuation',
  covers:
    '“对…规范性文件开展清理,共清理46件”“新配记录仪85台,累计配备320台”:没有主语的分句重复动词(其后别无宾语:“研究部署安全生产工作6次”计的是安全生产)、说合计或只说达到多少时,沿用前一分句的主语(隔着至多两个只计数、无主语的分句也沿用:“开展清理,保留68件,废止11件”;以顿号列在计数之后的同类谓语也沿用:“新购置执法记录仪115台、全区在用470台”);“申请分别为:本级41件,部门228件”:“分别为:”之后的各项沿用它的主语;“其中”、以“等”结束的列举、后面另起主语的数值除外;以“分别”“依次”与数值配对的一列动作(“废止、修改分别为23件、14件”“依次废止、宣布失效、修改9件、2件、5件”)中,各数值只由所配的动作支配;合计之下的分项(“清理规范性文件30件,其中废止5件”“清理214件(保留176件、修改24件、废止14件)”)只说该事实的动词时计入合计的主语(合计本身不计任何事实时也一样:“梳理现行有效规范性文件87件,其中废止3件”),“其中市局本级138名”“其中市本级清理56件”这类本级分项也计入(用句中更早一个合计的动词时计入那个合计:“共收到申请186件,办结181件,其中区政府本级收到41件”);只说动词的数值(“对…的文件开展专项清理,废止3件”,动词后也可有以“的”结尾的定语和主语的简称:“废止不适应改革发展要求的文件9件”,或不带“的”的短定语和主语的简称:“发现并废止过时文件8件”,或以“对”“将”前置在动词前的定语和主语的简称:“对含有…内容的文件废止4件”)在句中此前既无主语也无数值时,取所在小节标题中唯一受该动词支配的主语;句首只说动词的数值(“（三）合同审查情况 / 共审查209份”)同样取同段前一句或小节标题中的主语;只有几个字、以句号断开的标签(“全市行政执法人员。持证7350名”)说明紧随其后的数值所计;数值后紧跟以目标、计划开头的括号(“旁听庭审196人(年度计划180人)”),括号里的数值计同一事实(是计划)',
  order: 60,
  reads: ['numbers'],
};

/** Gives a number whose clause names no cue at all the subject of the clause before it. */
export function run(state: SentenceState): void {
  for (const q of undecided(state)) {
    const targeted = bracketedTarget(state, q);
    if (targeted) {
      state.bound.set(q, [targeted]);
      continue;
    }
    const clause = clauseAt(state.view.clauses, q.start);
    const counted = partOfTotal(state, q, clause);
    if (counted) {
      state.bound.set(q, [counted]);
      continue;
    }
    // 新购置执法记录仪115台、全区在用470台: a listed predicate after a counted item is a clause of its own
    // (a cue inside an aside, 经镇法律顾问审查31份, says by whom: it counts nothing)
    const own = cuesOutsideAsides(state, clause) ? listedPredicate(state, q, clause) : clause;
    if (!own || namesOwnSubject(state, own)) continue;
    const carried = continued(state, q, own);
    if (carried && !continuesUnitsUnder(state, carried, own)) state.bound.set(q, [carried]);
  }
}

/**
 * 旁听庭审196人(年度计划180人): the cue of the figure right before a bracket that opens with a target's
 * name and then holds `q`, in the figure's measure, alone; null for any other number.
 */
function bracketedTarget(state: SentenceState, q: Quantity): Cue | null {
  const { text } = state.view;
  const open = text.lastIndexOf('(', q.start);
  if (open < 0 || text[q.end] !== ')' || !state.tables.bracketedTarget.test(text.slice(open, q.start))) return null;
  let before: Quantity | undefined;
  for (const o of state.quantities) if (o.end === open) before = o;
  if (!before || before.unit !== q.unit) return null;
  return state.bound.get(before)?.[0] ?? null;
}

/**
 * Whether `clause` names a cue, or a frame's subject (…,区政府常务会议会前学法共计11次), of its own: not
 * inside an aside, which says by whom or how (经县政府常务会议研究决定废止9件), not what is counted.
 */
function namesOwnSubject(state: SentenceState, clause: Span): boolean {
  const cues = spansWithin(state.all, clause.start, clause.end);
  const subjects = spansWithin(state.hits, clause.start, clause.end).filter((h) => state.compiled.frameWords.frameSubjects[h.id] === 1);
  if (cues.length === 0 && subjects.length === 0) return false;
  const asides = asidesWithin(state.view.text, clause.start, clause.end, state.compiled.asides);
  return cues.some((c) => !insideSome(c, asides)) || subjects.some((h) => !insideSome(h, asides));
}

/** Whether `clause` names a cue outside its asides. */
function cuesOutsideAsides(state: SentenceState, clause: Span): boolean {
  if (!anyWithin(state.all, clause.start, clause.end)) return false;
  const asides = asidesWithin(state.view.text, clause.start, clause.end, state.compiled.asides);
  return spansWithin(state.all, clause.start, clause.end).some((c) => !insideSome(c, asides));
}

/**
 * The part of `clause` from the list word after the number before `q` on (、全区在用470台), when one
 * stands there: a predicate of the subject counted before it; null for none.
 */
function listedPredicate(state: SentenceState, q: Quantity, clause: Span): Span | null {
  const from = partStart(state.quantities, q, clause);
  if (from === clause.start) return null;
  const text = state.view.text;
  for (const w of state.tables.listNext) if (text.startsWith(w, from)) return { start: from + w.length, end: clause.end };
  return null;
}

/** 各县(市、区)同步清理,共废止文件47件: a clause going on from one whose subject is the units under the body tells their acts too. */
function continuesUnitsUnder(state: SentenceState, carried: Cue, clause: Span): boolean {
  const before = clauseAt(state.view.clauses, clause.start - 1);
  return before.end < clause.start && actOfUnitsUnder(state.view, state.tables, carried.compiled.entry.id, before);
}

function continued(state: SentenceState, q: Quantity, clause: Span): Cue | null {
  const { view, tables, quantities } = state;
  const part = view.text.slice(clause.start, clause.end);
  // the number closes its clause (…累计配备320台,): a predicate, not the count of a new subject
  // (共有37名新提任领导干部参加…)
  // …or starts a list of such predicates (废止七件、修改三件: the first is read here)
  const rest = view.text.slice(q.end, clause.end).trim();
  // …or is the target of which the clause says what share was done (完成全年1.5万件目标任务的82.8%)
  const target = tables.targetShare.rest.test(rest) && tables.targetShare.lead.test(view.text.slice(clause.start, q.start));
  if (containsAny(part, tables.parts) || (rest !== '' && !target && !startsWithAny(rest, tables.listNext))) return null;
  // loops, not closures: this runs per number (V8 drops a per-call closure's optimised code at every full GC)
  const before: Span[] = [];
  for (const c of view.clauses) if (c.end < clause.start) before.push(c);
  // a listed predicate's own clause up to it (新购置执法记录仪115台、) stands before it too
  const whole = clauseAt(view.clauses, clause.start);
  if (whole.start < clause.start) before.push({ start: whole.start, end: clause.start });
  const listed = listedAfter(state, before);
  const source = listed ?? subjectClause(state, before);
  // a lone clause opening with a passive verb (被废止…的文件有17件) takes the subject of the sentence before
  const passive = !source && before.length === 0 ? passiveSubject(state, q, clause, part) : null;
  if (passive) return passive;
  // what governs this number: the clause from the previous number on (废止11件、修改8件), past the list word
  // that joins it to that number (、宣布失效3件: the verb alone, as after a clause break)
  // (废止、修改分别为23件、14件: the act paired with it in a list of acts before 分别, or after it: respectively.ts)
  const lead = actItemOf(state, q) ?? withoutListWord(tables, view.text.slice(partStart(quantities, q, clause), q.start));
  // …对拟出台的其他文件审查4件: it counts other things than the subject
  if (containsAny(lead, tables.otherThings)) return null;
  // (三)合同审查情况 / 共审查209份: a sentence that opens with only a verb goes on from its paragraph or heading
  if (!source) return paragraphOrHeadingSubject(state, q, lead, part);
  // the cue of the number's unit in that clause that ends last (the first listed on ties)
  // (not one naming the whole a share is of: 法制审核人员占执法人员的比例…,总数达到150名 goes on with 法制审核人员)
  let cue: Cue | undefined;
  for (const c of state.cues)
    if (
      isWithin(c, source.start, source.end) &&
      c.compiled.entry.units.includes(q.unit) &&
      (!cue || c.end > cue.end) &&
      !tables.shareWhole.test(view.text.slice(source.start, c.start))
    )
      cue = c;
  if (!cue) return listed ? null : (sharedSubject(state, q, source) ?? verbSubject(state, before, q, lead, part));
  // 合同等各类事项 / 议题、文件和合同等: the subject of a total is the whole list (but in 协议、出让合同等各类
  // 合同协议 the cue after 等 names what the whole list is)
  if (containsAny(view.text.slice(cue.end, source.end), tables.enumerationEnd)) return null;
  const { exclude } = cue.compiled.entry;
  // the number's clause names an act the subject's fact rules out (审核后印发规范性文件2件,清理…的文件8件), or is one of its
  // patterns (执法资格关口。全局在岗干部146人: the whole staff): that act may govern another fact of the same subject
  if (containsActual(part, exclude, cue.compiled.notActs) || cue.compiled.excludePattern?.test(part))
    return listed ? null : verbSubject(state, before, q, lead, part);
  if (ruledOutSubject(view.text, cue)) return null;
  // the verb with an object of its own after it (研究部署安全生产工作6次) counts that object
  const verb = governedByVerb(state.tables, cue, lead, true, view.text.slice(cue.start, cue.end));
  // …共梳理146件: a total of what was gone through, not of the subject's act
  const total = tables.total.test(lead) && !tables.survey.test(lead);
  if (total && !listed && countedOtherwise(state, cue, source, q)) return null;
  // "权重提高三个百分点,达到15%": a clause that only says what the value reached restates the subject; the number's
  // bound may be that verb (预计全年超过1500件)
  const reached = view.text.slice(clause.start, numeralStart(view.text, q));
  // most leads hold no verb of reaching: the pattern is not compiled for them
  const reach = lead === view.text.slice(clause.start, q.start) && mayMatch(tables.reach, reached) && tables.reach.test(reached);
  return listed || verb || total || reach || target || labels(view.text, source) ? cue : null;
}

/**
 * 全市行政执法人员。持证7350名: a clause that is a whole sentence of a few words (a label set off by a full stop, read with
 * the sentence after it: src/facts/continued-sentences.ts) names what the clause after it counts, whatever its predicate.
 */
function labels(text: string, source: Span): boolean {
  return text[source.end] === '。' && source.start === 0 && source.end <= MAX_LABEL;
}

/** `lead` without the list word (、) it opens with, if any. */
function withoutListWord(tables: CompiledTables, lead: string): string {
  for (const w of tables.listNext) if (lead.startsWith(w)) return lead.slice(w.length);
  return lead;
}

/** Where the numerals of `q` start, after a bound written before them (超过, 不少于). */
function numeralStart(text: string, q: Quantity): number {
  const at = text.slice(q.start, q.end).search(NUMERAL);
  return at < 0 ? q.start : q.start + at;
}
const NUMERAL = /[\d〇零一二两三四五六七八九十百千万]/;

/**
 * 培训执法人员1,950人,累计4,300余人次 / 人均参加培训42学时,累计完成8.2万学时: the subject's clause already gave it a
 * figure, in another measure or per head; a total after that counts something else (attendances, the hours of
 * all), not the fact again.
 */
function countedOtherwise(state: SentenceState, cue: Cue, source: Span, q: Quantity): boolean {
  const { view, tables } = state;
  let counted = false;
  for (const o of state.quantities) {
    if (!isWithin(o, source.start, source.end) || state.bound.get(o)?.[0]?.compiled !== cue.compiled) continue;
    if (o.unit !== q.unit) return true;
    counted = true;
  }
  return counted && containsAny(view.text.slice(source.start, source.end), tables.perHead);
}

/**
 * 制定规范性文件8件,…,报备率100%;开展专项清理,废止5件: a number governed by its fact's verb alone (废止,
 * an entry's `near`, after context words only) takes the last subject of its measure named earlier
 * in the sentence, however far back, when the clauses the subject would carry over name none; not
 * a subject that ends a list (合同等各类事项: the list's total) and not across other words (经审查责令纠正
 * 三件 counts what was corrected).
 */
function verbSubject(state: SentenceState, before: readonly Span[], q: Quantity, lead: string, part: string): Cue | null {
  const first = before[0];
  if (first === undefined) return null;
  const last = before[before.length - 1]!;
  const { view, tables } = state;
  // every occurrence: the subject's own clause need not hold the verb (制定规范性文件8件)
  let cue: Cue | undefined;
  for (const c of state.all) {
    if (!isWithin(c, first.start, last.end) || !c.compiled.entry.units.includes(q.unit) || (cue && c.end <= cue.end)) continue;
    if (!governedByVerb(state.tables, c, lead, false, view.text.slice(c.start, c.end)) || !applies(view, c.compiled, c.start)) continue;
    if (containsAny(view.text.slice(c.end, clauseAt(view.clauses, c.start).end), tables.enumerationEnd)) continue;
    cue = c;
  }
  // a number before it counts something the lexicon need not know (制定规章6件,修改12件,废止4件): its subject carries on;
  // not one that took its subject from the paragraph or heading too ((二)规范性文件管理 / 审核34件,清理废止8件)
  if (!cue)
    return anyWithin(state.all, first.start, last.end) || state.quantities.some((o) => isWithin(o, first.start, last.end) && !fromParagraphOrHeading(state, o))
      ? null
      : paragraphOrHeadingSubject(state, q, lead, part);
  if (containsActual(part, cue.compiled.entry.exclude, cue.compiled.notActs) || ruledOutSubject(view.text, cue)) return null;
  return cue;
}

/**
 * 县委常委会专题研究法治政府建设工作3次。县政府常务会议同样作了专题研究,次数为4次: a clause that names no cue but says its
 * subject did the same (同样, 也: `respectively.shared_marks`) with a fact's verb closing it takes the subject the sentence
 * before it in its paragraph names, when that is one fact's of the number's measure whose conditions hold here.
 */
function sharedSubject(state: SentenceState, q: Quantity, source: Span): Cue | null {
  const { view, tables, compiled } = state;
  const words = view.text.slice(source.start, source.end);
  const mark = tables.sharedMarks.find((m) => words.includes(m));
  const previous = view.doc.sentences[view.index - 1];
  if (mark === undefined || previous === undefined || !sameParagraph(state, previous)) return null;
  const verbs = words.slice(words.indexOf(mark) + mark.length);
  let found = null as Cue | null;
  for (const hit of termHits(compiled.scanner, compiled.scanner.scan(previous.plain), compiled.terms.cue)) {
    for (const { compiled: entry } of compiled.terms.owners[hit.id]!) {
      if (found?.compiled === entry || !entry.entry.units.includes(q.unit) || !applies(view, entry, q.start)) continue;
      if (!entry.entry.near.some((verb) => verbs.endsWith(verb))) continue;
      if (found) return null;
      found = { start: source.start, end: source.start, compiled: entry };
    }
  }
  return found;
}

/** Whether `before` is a sentence of the same section and paragraph as the one read. */
function sameParagraph(state: SentenceState, before: { section: number | null; span: Span }): boolean {
  const { view } = state;
  return before.section === view.sentence.section && !view.doc.source.text.slice(before.span.end, view.sentence.span.start).includes('\n');
}

/** Whether `q` is bound to a subject named outside its sentence (a cue of no width: paragraphOrHeadingSubject). */
function fromParagraphOrHeading(state: SentenceState, q: Quantity): boolean {
  const cue = state.bound.get(q)?.[0];
  return cue !== undefined && cue.start === cue.end;
}

/**
 * 审核规范性文件8件。在全面清理中被废止或宣布失效的文件有17件: a sentence's lone clause whose verb stands in the passive
 * after the occasion it happened in names no subject: the verb takes the one its paragraph or heading names.
 */
function passiveSubject(state: SentenceState, q: Quantity, clause: Span, part: string): Cue | null {
  const { text } = state.view;
  // most clauses hold no 被: the regex runs only on those that do
  const passive = text.indexOf('被', clause.start);
  if (passive < 0 || passive >= q.start) return null;
  const lead = text.slice(clause.start, q.start);
  const opening = state.tables.passiveLead.exec(lead);
  return opening ? paragraphOrHeadingSubject(state, q, lead.slice(opening[0].length), part) : null;
}

/** The punctuation that ends a phrase of clauses (a list's 、 does not). */
const PHRASE_END = /[,;:。!?，；：！？]/;

/**
 * 议题、会议纪要和…合同共218件,审查218件: a subject whose phrase (its list up to the cue) the entry's exclusions rule out,
 * as they ruled out its own count, lends its cue to no count after it; one only a later review vouches for does
 * (签订合同31份,经…审查31份: the entry's `confirmed_despite`).
 */
function ruledOutSubject(text: string, cue: Cue): boolean {
  let start = cue.start;
  while (start > 0 && !PHRASE_END.test(text[start - 1]!)) start--;
  return containsActual(text.slice(start, cue.end), cue.compiled.vouchedExclude, cue.compiled.notActs);
}

/**
 * (二)加强规范性文件监督管理 / 对…的文件开展专项清理,废止3件: a number governed by its fact's verb alone in
 * a sentence that names no subject and counts nothing before it takes the subject the sentence before it
 * in its paragraph names (审核规范性文件11件。清理文件一年多,废止13件), or else its section's heading,
 * when that names exactly one fact's subject of its measure that the verb governs. The cue stands where
 * the verb's part starts.
 */
function paragraphOrHeadingSubject(state: SentenceState, q: Quantity, lead: string, part: string): Cue | null {
  const { view } = state;
  const section = view.sentence.section === null ? undefined : view.doc.sections[view.sentence.section];
  const before = view.doc.sentences[view.index - 1];
  return (
    (before !== undefined && sameParagraph(state, before) ? subjectNamedIn(state, before.plain, q, lead, part) : null) ??
    (section?.title ? subjectNamedIn(state, section.title, q, lead, part) : null)
  );
}

/** The one fact's subject of the number's measure that `text` names and the verb in `lead` governs; null for none or several. */
function subjectNamedIn(state: SentenceState, text: string, q: Quantity, lead: string, part: string): Cue | null {
  const { view, compiled } = state;
  const at = q.start - lead.length;
  let found: Cue | null = null;
  for (const hit of termHits(compiled.scanner, compiled.scanner.scan(text), compiled.terms.cue)) {
    for (const { compiled: entry } of compiled.terms.owners[hit.id]!) {
      const cue: Cue = { start: at, end: at, compiled: entry };
      if (found?.compiled === entry || !entry.entry.units.includes(q.unit) || !governedByVerb(state.tables, cue, lead) || !applies(view, entry, q.start))
        continue;
      if (found) return null;
      found = cue;
    }
  }
  return found && !containsActual(part, found.compiled.entry.exclude, found.compiled.notActs) ? found : null;
}

/**
 * 清理规范性文件28件,其中废止6件 / 共清理规范性文件214件(保留176件、修改24件、废止14件): the parts of a
 * total (a clause opening with a part word right after the total's number, or brackets right after
 * it) never name their subject; a part governed by its fact's verb alone (废止, the entry's `near`),
 * or the body's own share bare or with that verb (其中市局本级138名, 其中市本级清理56件), counts what the
 * total counts. Other parts (保留176件, 其中纠错9件) count something else.
 */
function partOfTotal(state: SentenceState, q: Quantity, clause: Span): Cue | null {
  const { view, tables, quantities } = state;
  const text = view.text;
  let total: Quantity | undefined;
  let from = clause.start;
  // the clause the total stands in
  let whole = clause;
  const open = text.lastIndexOf('(', q.start);
  if (open >= clause.start && !text.slice(open, q.start).includes(')')) {
    for (const o of quantities) if (o.end <= open && text.slice(o.end, open).trim() === '') total = o;
    from = open + 1;
  } else if (startsWithAny(text.slice(clause.start, q.start).trimStart(), tables.parts)) {
    whole = clauseAt(view.clauses, clause.start - 1);
    if (whole.end >= clause.start) return null;
    for (const o of quantities) if (isWithin(o, whole.start, whole.end) && text.slice(o.end, whole.end).trim() === '') total = o;
  }
  if (!total) return null;
  // what stands between the part and the one before it: a list word, a part word, then the verb
  let lead = text.slice(Math.max(from, partStart(quantities, q, clause)), q.start).trimStart();
  for (const w of tables.listNext) if (lead.startsWith(w)) lead = lead.slice(w.length).trimStart();
  for (const w of tables.parts) if (lead.startsWith(w)) lead = lead.slice(w.length);
  const yearsOwn = withoutOwnYear(lead, view.doc.year);
  // 三年共承办…640件,其中2024年承办230件: the year's own share, named by the year, as the body's own share below
  const ownYear = yearsOwn !== lead;
  lead = yearsOwn;
  const cue = state.bound.get(total)?.[0];
  if (!cue) {
    // 全市聘任法律顾问318名,其中我县31名: the body's own name picks its share of a total no fact of ours counts, as its year does
    const ownName = tables.ownName.exec(lead);
    return subjectOfUncounted(state, total, whole, q, ownName ? lead.slice(ownName[0].length) : lead, ownYear || ownName !== null);
  }
  if (!cue.compiled.entry.units.includes(q.unit)) return null;
  // 其中市局本级138名 / 其中市本级清理85件: the body's own share, bare or with the verb, counts what the total counts
  const own = tables.ownPart.exec(lead);
  // …but not of a total its own subject already names the share in (局机关和执法大队共有…64名(局机关12名、…)): that total is
  // the body's, and its parts break it down
  if (own && namesOwnShare(text.slice(whole.start, total.start), own[0], tables)) return null;
  if (own) lead = lead.slice(own[0].length);
  if (((own || ownYear) && cue.compiled.gap.test(lead)) || governedByVerb(state.tables, cue, lead, false, text.slice(cue.start, cue.end))) return cue;
  return own ? ownShareOfEarlier(state, total, q, lead) : null;
}

/** Whether the words before a total name the body's own share (`own`, 局机关) as a member of its subject. */
function namesOwnShare(before: string, own: string, tables: CompiledTables): boolean {
  const word = tables.ownPartWords.find((w) => own.includes(w));
  return word !== undefined && before.includes(word);
}

/** 其中2024年审核216份 in a 2024 report: the year reported on, by its number, names the part as 本年度 does. */
function withoutOwnYear(lead: string, year: number | null): string {
  if (year === null) return lead;
  for (const word of [`${year}年度`, `${year}年`]) if (lead.startsWith(word)) return lead.slice(word.length);
  return lead;
}

/**
 * 共收到申请186件,办结181件,其中区政府本级收到41件: the body's own share, named with the verb of an earlier total
 * of the sentence (not of the one right before it), counts what that total counts.
 */
function ownShareOfEarlier(state: SentenceState, total: Quantity, q: Quantity, lead: string): Cue | null {
  const verb = lead.trim();
  if (verb === '') return null;
  const { view } = state;
  for (let k = state.quantities.indexOf(total) - 1; k >= 0; k--) {
    const earlier = state.quantities[k]!;
    const cue = state.bound.get(earlier)?.[0];
    if (!cue || !cue.compiled.entry.units.includes(q.unit) || !cue.compiled.gap.test(verb)) continue;
    const clause = clauseAt(view.clauses, earlier.start);
    if (view.text.slice(clause.start, earlier.start).includes(verb)) return cue;
  }
  return null;
}

/**
 * 梳理现行有效规范性文件87件,其中废止3件: a total no fact of ours counts (what was gone through) still names
 * the subject of its parts; a part governed by a fact's verb alone counts that fact of the cue reaching the total,
 * and so does the year's own part (`ownYear`) with context words only (三年共承办…提案640件,其中2024年承办230件: a
 * total of other years, counted by none).
 */
function subjectOfUncounted(state: SentenceState, total: Quantity, whole: Span, q: Quantity, lead: string, ownYear: boolean): Cue | null {
  // every occurrence: the total's clause need not hold the verb the part's conditions ask for
  const { view } = state;
  for (const c of state.all) {
    if (!isWithin(c, whole.start, total.start) || !c.compiled.entry.units.includes(q.unit) || !reaches(state, c, total)) continue;
    const governed = governedByVerb(state.tables, c, lead, false, view.text.slice(c.start, c.end)) || (ownYear && c.compiled.gap.test(lead));
    if (governed && applies(view, c.compiled, c.start)) return c;
  }
  return null;
}

/**
 * Whether `lead` ends in one of the cue's fact's verbs (`near`) with context words only after it (专题研究,
 * 研究相关工作), and, unless `anyBefore`, only before it too (共清理, 废止, 废止的), or the subject named in short
 * fronted before it (对含有…内容的文件废止4件). A clause with an object of its own between its verb and number
 * (研究部署安全生产工作6次, 听取防汛工作汇报2次) counts that object, not the cue's; but the subject named in short
 * after an attributive (废止不适应改革发展要求的文件9件; 废止过时文件8件, the short name the tail of the cue's `word`
 * as written) is still the cue's. Verbs of the fact joined by `verbJoins` (废止和宣布失效) govern as one.
 */
function governedByVerb(
  { verbJoins, objectFronts }: Pick<CompiledTables, 'verbJoins' | 'objectFronts'>,
  cue: Cue,
  lead: string,
  anyBefore = false,
  word = '',
): boolean {
  const { gap } = cue.compiled;
  for (const verb of cue.compiled.entry.near) {
    const at = lead.lastIndexOf(verb);
    if (at < 0) continue;
    const start = coordinatedStart(verbJoins, cue, lead, at);
    if (
      (anyBefore || gap.test(lead, 0, start) || frontedShortName(objectFronts, cue, lead, start)) &&
      (gap.test(lead, at + verb.length) || shortAfterAttributive(cue, lead, at + verb.length, word))
    )
      return true;
  }
  return false;
}

/**
 * Whether `lead` up to `end` fronts the verb's object (对, 将, 把: `fronts`) as an attributive closed by 的 (no
 * figure or clause break in it) and then context words that name the subject in short (对含有限制…内容的文件|废止4件:
 * 文件 for 规范性文件), as an attributive after the verb may (shortAfterAttributive).
 */
function frontedShortName(fronts: readonly string[], cue: Cue, lead: string, end: number): boolean {
  const front = fronts.find((w) => lead.startsWith(w));
  if (front === undefined) return false;
  const mark = lead.lastIndexOf('的', end - 1);
  return (
    mark > front.length &&
    mark - front.length <= MAX_ATTRIBUTIVE &&
    mark + 1 < end &&
    !/[\d,;:]/.test(lead.slice(front.length, mark)) &&
    cue.compiled.gap.test(lead, mark + 1, end)
  );
}

/** Where the run of the fact's verbs joined by `joins` that ends at `at` starts (废止和|宣布失效416件: at 废止). */
function coordinatedStart(joins: readonly string[], cue: Cue, lead: string, at: number): number {
  let start = at;
  for (let moved = true; moved;) {
    moved = false;
    for (const join of joins) {
      if (!lead.endsWith(join, start)) continue;
      const verb = cue.compiled.entry.near.find((v) => lead.endsWith(v, start - join.length));
      if (verb === undefined) continue;
      start -= join.length + verb.length;
      moved = true;
      break;
    }
  }
  return start;
}

/** How long an attributive between a verb and the subject's short name may be (不适应改革发展要求的). */
const MAX_ATTRIBUTIVE = 20;

/** How long an attributive without 的 may be (过时). */
const MAX_BARE_ATTRIBUTIVE = 4;

/**
 * Whether `lead` from `from` on is an attributive closed by 的 (no figure in it), then context words
 * that name something (不适应要求的文件); or a short one without 的, then a context word that ends the
 * cue's `word` (过时文件 for 规范性文件: its short name, where 安全生产工作 names an object of its own).
 */
function shortAfterAttributive(cue: Cue, lead: string, from: number, word: string): boolean {
  const end = lead.trimEnd().length;
  const mark = lead.lastIndexOf('的');
  if (mark > from && mark - from <= MAX_ATTRIBUTIVE && mark + 1 < end && !/\d/.test(lead.slice(from, mark))) return cue.compiled.gap.test(lead, mark + 1);
  const short = cue.compiled.entry.context.filter((w) => word.length > w.length && word.endsWith(w));
  for (let at = from + 1; short.length > 0 && at <= Math.min(from + MAX_BARE_ATTRIBUTIVE, end - 1); at++) {
    if (/[\d\s、,;:()]/.test(lead[at - 1]!)) return false;
    if (short.some((w) => lead.startsWith(w, at)) && cue.compiled.gap.test(lead, at)) return true;
  }
  return false;
}

/** How many subject-less counted clauses a subject carries over (清理…,保留68件,废止11件,宣布失效5件). */
const MAX_SIBLINGS = 2;

/**
 * The clause whose subject a clause continues: the one right before it, or, across up to
 * MAX_SIBLINGS clauses that only count something without naming a subject (保留68件), the one
 * before those that names one; a clause naming a frame's subject (区政府常务会议会前学法目标12次) names
 * one, which the frames read.
 */
function subjectClause(state: SentenceState, before: Span[]): Span | undefined {
  const { all, quantities, hits } = state;
  const { frameSubjects } = state.compiled.frameWords;
  for (let i = before.length - 1; i >= Math.max(0, before.length - 1 - MAX_SIBLINGS); i--) {
    const c = before[i]!;
    if (anyWithin(all, c.start, c.end) || !anyWithin(quantities, c.start, c.end)) return c;
    for (const h of hits) if (frameSubjects[h.id] === 1 && isWithin(h, c.start, c.end)) return c;
  }
  return before.at(-1);
}

/**
 * 收到申请分别为:本级41件,部门228件: the clause that announces a list of values by 分别(为): and
 * whose items follow it, none of them naming a cue of its own; null when there is none.
 */
function listedAfter(state: SentenceState, before: Span[]): Span | null {
  const { view, tables, all } = state;
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i]!;
    if (view.text[c.end] === ':' && tables.respectivelyAnnounce.test(view.text.slice(c.start, c.end))) return c;
    if (anyWithin(all, c.start, c.end)) return null;
  }
  return null;
}
