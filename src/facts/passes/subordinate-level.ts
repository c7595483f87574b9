import type { Document, Span } from '../../document/types.js';
import { mayMatch } from '../../util/word-screen.js';
import { containsAny, startsWithAny } from '../text.js';
import { clauseLeads, type PassMeta, type SentenceState } from './context.js';
import { bodyAt, type CompiledTables } from './tables.js';
import { opensWithOwn } from './own-subject.js';

export const meta: PassMeta = {
  name: 'subordinate-level',
  covers:
    '市报告逐个讲所辖县区、县区报告逐个讲所辖镇街的数字(全市调解纠纷8,400件,其中枫桥县调解1,350件;出庭应诉率最高的是梅岭区,为81.5%):“其中”之后以下级单位名称开头的分句、以“最高的是”等点出下级单位的分句及其后的分句是该单位的,不是本级的事实,直到本级(全市、市本级、我县)重新作主语;以下级单位整体开头的分句(县级政府共公布重大行政决策事项31项、乡镇审查…事项)讲的是下级自己的决策、会议和讲座,不是本级的',
  order: 12,
  // as superior-level: its marks are read only for numbers, implied patterns and presence mentions
  reads: ['numbers', 'patterns', 'mentions'],
};

/**
 * 各县(市、区)政府共收到复议申请1946件 in a city 司法局's report: a clause whose subject is the units under
 * the department's place together tells their figures, none of the department's (it reports its place's work
 * as 全市…, and its own).
 */
function markUnitsTogether(state: SentenceState): void {
  const { view, tables } = state;
  // the level of the department's place, not the last character of its name: a 县级市's 司法局 speaks of its towns
  const together = view.doc.government === undefined ? undefined : tables.placesTogether.get(view.doc.government);
  if (!together) return;
  const leads = clauseLeads(view, tables);
  for (let k = 0; k < view.clauses.length; k++) {
    const clause = view.clauses[k]!;
    // 乡镇法律顾问配备率达到100%: how many of the places have something is its place's coverage
    if (together.test(leads[k]!) && !tables.coverage.test(view.text.slice(clause.start, clause.end))) state.foreign.add(clause.start);
  }
}

/**
 * 下沉至全区9个街道的综合行政执法队持证人员共计428名 in a district bureau's report: a clause opening with the people sent down
 * to the units under the department's place tells those units' figures, none of the department's own.
 */
function markServedUnits(state: SentenceState): void {
  const { view, tables } = state;
  const leads = clauseLeads(view, tables);
  for (let k = 0; k < leads.length; k++) if (tables.servedUnits.test(leads[k]!)) state.foreign.add(view.clauses[k]!.start);
}

/**
 * 各县(市、区)平均配备法制审核人员9名 / 各县区平均出庭率为95.3%: a clause whose subject is the units under the body
 * (under a department's place) together and that averages them tells what one unit has, none of the body's figures.
 */
function markUnitsAveraged(state: SentenceState): void {
  const { view, tables } = state;
  const averaged = tables.unitsAveraged.get(view.doc.level === 'department' ? (view.doc.government ?? 'unknown') : view.doc.level);
  // the pattern reads each clause's lead, a part of the sentence: a sentence without its words (平均) has no such lead
  if (!averaged || !mayMatch(averaged, view.text)) return;
  const leads = clauseLeads(view, tables);
  for (let k = 0; k < leads.length; k++) if (averaged.test(leads[k]!)) state.foreign.add(view.clauses[k]!.start);
}

/**
 * 区综合行政执法局是…的部门。该局持证人员312名,配备执法记录仪168台: a clause opening with a back-reference to a unit named
 * before it (该局, 该部门) tells that unit's figures, and so do the clauses after it, until the body opens one again. A
 * back-reference by the body's own place word (该县 in a county's paper, 该区 in a district's: one written of the body in the
 * third person, a yearbook's entry or a third party's account) is the body itself.
 */
function markReferredUnit(state: SentenceState): void {
  const { view, tables } = state;
  const referred = state.lexicon.passes.subordinate_level.referred_units;
  if (!containsAny(view.text, referred)) return;
  const leads = clauseLeads(view, tables);
  const own = ownSubjectOf(view.doc, tables);
  const self = selfReferred(referred, state.lexicon.passes.subordinate_level.anaphors, view.doc);
  let unit = false;
  for (let k = 0; k < leads.length; k++) {
    const lead = leads[k]!;
    if (self !== undefined && lead.startsWith(self)) unit = false;
    else if (startsWithAny(lead, referred)) unit = !pointsToOwnOffice(view, tables, view.clauses[k]!.start);
    else if (unit && opensWithOwn(lead, own, view.doc, tables)) unit = false;
    if (unit) state.foreign.add(view.clauses[k]!.start);
  }
}

/**
 * 由管委会安全生产和环境保护局…实施。该局持证人员12名: whether the office named last before `at` (in the sentence, or in the
 * one before it in its paragraph) is one the text writes as the body's own (a zone's 管委会 and its bureau): a back-reference
 * to it is the body's own office, whose figures are the body's.
 */
function pointsToOwnOffice(view: SentenceState['view'], tables: CompiledTables, at: number): boolean {
  const { doc, index } = view;
  const previous = index > 0 && sameParagraph(doc, index - 1, index) ? doc.sentences[index - 1]!.plain : '';
  const before = previous + view.text.slice(0, at);
  let end = -1;
  for (const m of before.matchAll(tables.ownOffices)) end = m.index + m[0].length;
  return end >= 0 && end === before.lastIndexOf('局') + 1;
}

/**
 * The back-reference (of `referred`, an anaphor before a place word) by the body's own place word: 该县 for a county named
 * 某县; none for a department.
 */
function selfReferred(referred: readonly string[], anaphors: readonly string[], doc: Document): string | undefined {
  const { place } = doc;
  if (place === null || doc.level === 'department') return undefined;
  return referred.find((word) =>
    anaphors.some((anaphor) => word.startsWith(anaphor) && place.length > word.length && place.endsWith(word.slice(anaphor.length))),
  );
}

/** The reporting body's own subject (全县, 我县, 县政府…), at its level or at its government's for a department. */
const ownSubjectOf = (doc: Document, tables: CompiledTables): RegExp | undefined =>
  bodyAt(tables, doc.level === 'department' ? doc.government : doc.level, doc)?.ownSubject;

/**
 * Whether a unit named with its head's post is the body's own (县委, 镇政府 in a town's paper, the bureau in its own paper):
 * its head speaks for the body.
 */
function isOwnHead(unit: string, doc: Document, tables: CompiledTables): boolean {
  const bare = unit.replace(tables.headLabel.ownOrgan, '');
  const own = ownSubjectOf(doc, tables);
  const ownPlaceWord = bare !== unit && own?.exec(bare)?.[0] === bare && opensWithOwn(bare, own, doc, tables);
  return bare === '' || ownPlaceWord || (doc.place !== null && (doc.place.endsWith(bare) || bare.endsWith(doc.place)));
}

/**
 * 4.县水利局局长:行政应诉3件,… in a summary of the heads' 述法: an entry labelled with a unit and its head's post tells that
 * unit's figures (a town's, a department's), none of the body's, until a clause after the label opens with the body itself.
 * The body's own heads (县委书记:, 镇党委书记:, 局长: in the bureau's paper) label its own figures.
 */
function markHeadLabelled(state: SentenceState): void {
  const { view, tables } = state;
  const match = tables.headLabel.label.exec(view.text);
  if (!match || isOwnHead(match[1]!, view.doc, tables)) return;
  const own = ownSubjectOf(view.doc, tables);
  const labelEnd = match[0].length;
  for (const clause of view.clauses) {
    // the label itself opens with the item's number and the unit, which no own subject is
    const lead = view.text.slice(Math.max(clause.start, labelEnd), clause.end).replace(tables.clauseLead, '');
    if (clause.end > labelEnd && opensWithOwn(lead, own, view.doc, tables)) return;
    state.foreign.add(clause.start);
  }
}

/**
 * 白沙镇镇长在述法中介绍,该镇…。镇政府聘请…: a unit's head telling its figures in running text makes the unit the subject
 * of the clauses after, over the sentences of its paragraph, until the body itself opens a clause (or another head speaks).
 */
function markHeadSpeaking(state: SentenceState): void {
  const { view, tables } = state;
  const own = ownSubjectOf(view.doc, tables);
  const known = readSoFar(view.doc, tables);
  let speaking = speakingBefore(view.doc, view.index, known, tables, own);
  if (speaking || mayBeSpoken(view.text, tables)) {
    const leads = clauseLeads(view, tables);
    for (let k = 0; k < view.clauses.length; k++) {
      const clause = view.clauses[k]!;
      const before = speaking;
      speaking = speakingAfterLead(leads[k]!, speaking, view.doc, tables, own);
      // the head's own clause (县林业局局长述法时说) tells the body's 述法, no figure of the unit
      if (speaking && before) state.foreign.add(clause.start);
    }
  }
  known[view.index] = speaking;
}

/**
 * Whether a unit's head may start speaking in a sentence: a clause's lead is a part of it, so one without the words
 * of the pattern (a post, a verb of speech) has no clause where one does, and nobody speaks after it who did not before.
 */
const mayBeSpoken = (text: string, tables: CompiledTables): boolean => mayMatch(tables.headLabel.speaking, text);

/** Whether a unit's head is still the subject after a clause (by its lead), given whether it was before it. */
function speakingAfterLead(lead: string, before: boolean, doc: Document, tables: CompiledTables, own: RegExp | undefined): boolean {
  const unit = tables.headLabel.speaking.exec(lead)?.[1];
  if (unit !== undefined) return !isOwnHead(unit, doc, tables);
  return before && !opensWithOwn(lead, own, doc, tables);
}

/**
 * By document, whether a unit's head is the subject at the end of each sentence read so far (undefined: not yet read),
 * with the tables it was read by (a test may read one document by other rules).
 */
const speakingAtEnd = new WeakMap<Document, { tables: CompiledTables; known: (boolean | undefined)[] }>();

function readSoFar(doc: Document, tables: CompiledTables): (boolean | undefined)[] {
  const read = speakingAtEnd.get(doc);
  if (read?.tables === tables) return read.known;
  const known: (boolean | undefined)[] = [];
  speakingAtEnd.set(doc, { tables, known });
  return known;
}

/** Whether a unit's head is the subject as a sentence opens: it was at the end of the one before in its paragraph. */
function speakingBefore(doc: Document, index: number, known: (boolean | undefined)[], tables: CompiledTables, own: RegExp | undefined): boolean {
  // back to the paragraph's start or to a sentence already read, then forward (the passes read sentences in order)
  let first = index;
  while (first > 0 && known[first - 1] === undefined && sameParagraph(doc, first - 1, first)) first--;
  let speaking = first > 0 && sameParagraph(doc, first - 1, first) ? known[first - 1] === true : false;
  for (let k = first; k < index; k++) {
    const { plain, clauses } = doc.sentences[k]!;
    if (speaking || mayBeSpoken(plain, tables)) {
      for (const clause of clauses)
        speaking = speakingAfterLead(plain.slice(clause.start, clause.end).replace(tables.clauseLead, ''), speaking, doc, tables, own);
    }
    known[k] = speaking;
  }
  return speaking;
}

/** Two sentences next to each other in one paragraph: one section, no line break between. */
function sameParagraph(doc: Document, before: number, after: number): boolean {
  const [a, b] = [doc.sentences[before]!, doc.sentences[after]!];
  return a.section === b.section && !doc.source.text.slice(a.span.end, b.span.start).includes('\n');
}

/** Marks the clauses of a sentence that tell a unit under the reporting body's figure (a city's county, a county's town). */
export function run(state: SentenceState): void {
  const { view, tables } = state;
  // both label patterns (a unit's head, a unit's name) end on a label mark: a sentence without one is labelled by neither
  const mayBeLabelled = containsAny(view.text, state.lexicon.passes.subordinate_level.label_marks);
  if (mayBeLabelled) markHeadLabelled(state);
  markHeadSpeaking(state);
  if (view.doc.level === 'department') {
    markUnitsTogether(state);
    markServedUnits(state);
  }
  markUnitsAveraged(state);
  markReferredUnit(state);
  // a department's paper about the units under its place (a city 司法局's 通报 by county) names them; its report
  // names them too seldom to read a name there as one (收到市人大代表…建议)
  const level = view.doc.level !== 'department' ? view.doc.level : view.doc.aboutUnits === true ? view.doc.government : undefined;
  if (level === undefined) return;
  const units = tables.subordinates.get(level);
  if (!units) return;
  const leads = clauseLeads(view, tables);
  // a superior's paper about its units (a 考核通报) tells each unit's figures in a sentence opening with its name
  // (汀州市连续三年位列…), and one whose title says so (a 督察通报, an assessment) in any clause opening with its name
  // (从各地看,蔓口区纠错率达16.3%) or with a count of the units under review (三个区共办理…, 5个县共有…: a sample's,
  // not the body's); in a report a name so placed is too often a verb's object (组织全市…), unless a word after it
  // makes it the subject (枫桥县作为…试点县, 枫桥县执法人员…)
  const aboutUnits = view.doc.aboutUnits === true;
  const unitsNamed = (lead: string): string | undefined =>
    units.name.exec(lead)?.[0] ?? tables.countedUnits.exec(lead)?.[0] ?? tables.unitDepartment.exec(lead)?.[0];
  // a part after ";" opens as a sentence does (…出庭应诉率98.3%;经开区管委会被诉23件,…): a unit presented there is its subject
  const afterSemicolon = (k: number): boolean => k > 0 && view.text.slice(view.clauses[k - 1]!.end, view.clauses[k]!.start).includes(';');
  const presentedAt = (k: number): boolean =>
    (k === 0 || afterSemicolon(k)) && (tables.namedOpeningKinds.has(view.doc.kind) ? units.name : units.presented).test(leads[k]!);
  const opened = aboutUnits ? leads.some((lead) => unitsNamed(lead) !== undefined) : leads.some((_, k) => presentedAt(k));
  // 1. 东堤社区:调解纠纷46件…: an entry labelled with a unit's name alone is that unit's in any kind of
  // document (a name before a label mark is no verb's object)
  const labelled = (mayBeLabelled ? units.label.exec(view.text)?.[1] : undefined) ?? headingUnit(view.doc, view.sentence.section, units.heading);
  const wholeBefore = (clause: Span): boolean => units.whole.test(view.text.slice(clause.start, clause.end));
  const { place } = view.doc;
  // 该村, 该街道: a unit named before; but 该市 on a city's own page (a news item) is the city itself
  const pointedAt = (lead: string): string | undefined => {
    const word = units.anaphor.exec(lead)?.[1];
    return word === undefined || (place !== null && place.endsWith(word)) ? undefined : word;
  };
  // a clause's lead is a part of the sentence: one without the words of a pattern holds no lead that opens with them
  const pointsBack = mayMatch(units.anaphor, view.text) && leads.some((lead) => pointedAt(lead) !== undefined);
  // 市司法局抽查的三个区共办理…: in any paper, units picked as a sample are the subject, their sum no figure of the body's
  const sampledIn = (lead: string): string | undefined => tables.sampledUnits.exec(lead)?.[0];
  const samples = mayMatch(tables.sampledUnits, view.text) && leads.some((lead) => sampledIn(lead) !== undefined);
  // 其余4个乡镇共…, 8个乡镇合计…,占全县总数的79.6%: in any paper, units counted as a part of the body's are their clause's subject
  const partCounted = (k: number): string | undefined =>
    tables.restUnits.exec(leads[k]!)?.[1] ??
    (tables.unitsShare.test(view.text.slice(view.clauses[k]!.start)) ? tables.countedUnits.exec(leads[k]!)?.[0] : undefined);
  const countedParts = view.text.includes('个') && leads.some((_, k) => partCounted(k) !== undefined);
  if (labelled === undefined && !opened && !pointsBack && !samples && !countedParts && !units.said.test(view.text) && !view.clauses.some(wholeBefore)) return;
  const own = bodyAt(tables, level, view.doc)?.ownSubject;
  const isOwn = (name: string): boolean => place !== null && (place.endsWith(name) || name.endsWith(place));
  let parts = aboutUnits && opened;
  let afterWhole = false;
  let theirs = labelled !== undefined && !isOwn(labelled);
  // the unit's run began in a part of the body's total (其中…): it ends with that part's ";" (其中托管街道138名;配备…180台),
  // unless the clause after it opens with another unit (…,其中凤川县下降18%;溪口县政府常务会议学法9次)
  let inTotal = false;
  for (let k = 0; k < view.clauses.length; k++) {
    const clause = view.clauses[k]!;
    const text = view.text.slice(clause.start, clause.end);
    const lead = leads[k]!;
    if (inTotal && afterSemicolon(k) && !units.partName.test(lead)) theirs = inTotal = false;
    parts ||= !aboutUnits && presentedAt(k);
    // once a part of a total is told (其中…), the clauses after it may name the other parts
    const part = units.part.test(text);
    parts ||= part;
    // a name before an organ that opens with what ends no name (青石村村委会) is one too
    const inPart = parts
      ? afterWhole
        ? (units.partName.exec(lead)?.[0] ?? tables.countedOfWhole.exec(lead)?.[1])
        : aboutUnits
          ? unitsNamed(lead)
          : (units.name.exec(lead)?.[0] ?? units.presented.exec(lead)?.[1])
      : undefined;
    const named = inPart ?? units.ranked.exec(text)?.[1] ?? (pointsBack ? pointedAt(lead) : undefined) ?? (samples ? sampledIn(lead) : undefined);
    // …的3个县(区)中, 枫桥县…: the clauses after a whole of units tell its parts (right after it, with their organs)
    afterWhole = wholeBefore(clause);
    parts ||= afterWhole;
    if (named !== undefined && !isOwn(named)) {
      inTotal = !theirs && part && !presentedAt(k);
      theirs = true;
    } else if (theirs && opensWithOwn(lead, own, view.doc, tables)) theirs = false;
    // the units counted tell their own figure in their clause alone (其余3个村将于…签订,届时实现…全覆盖: the body's again)
    if (theirs || (countedParts && partCounted(k) !== undefined)) state.foreign.add(clause.start);
  }
}

/**
 * The unit a sentence's section, or one around it, is headed by: a heading of a unit's name alone
 * ((一)东堤社区, then its paragraph), beside a heading of another unit's at its level ((二)榄西社区):
 * a paper telling its units one by one. A lone heading like a unit's name ((一)平安社区) titles a
 * topic of the body's.
 */
function headingUnit(doc: Document, section: number | null, heading: RegExp): string | undefined {
  for (let at = section; at !== null; at = doc.sections[at]!.parent) {
    const { title, parent, depth, index } = doc.sections[at]!;
    const name = heading.exec(title)?.[1];
    if (name === undefined) continue;
    if (doc.sections.some((s) => s.index !== index && s.parent === parent && s.depth === depth && heading.test(s.title))) return name;
  }
  return undefined;
}
