import { matchSpans } from '../../util/matches.js';
import { mayMatch } from '../../util/word-screen.js';
import { clauseLeads, type PassMeta, type SentenceState, type SentenceView } from './context.js';
import { containsAny, escape, startsWithAny } from '../text.js';
import { bodyAt, ownKindOf, WITHIN_CLAUSE, type CompiledTables } from './tables.js';
import { declaredSuperiorSubject } from './declared-superior.js';
import { isOwnPlace, opensWithOwn } from './own-subject.js';

export const meta: PassMeta = {
  name: 'superior-level',
  covers:
    '街道、乡镇报告中讲上级做了什么的分句(区政府召开常务会议…、全区出庭应诉率…),区、县报告中讲市里、市报告中讲省里的分句(全市公职律师突破两千名…、全省办复率…):以上级(或“全国”,对任何层级都是)为主语的分句及其后没有主语的分句不是本级的事实,直到本级(街道、本镇、某某镇、我区)重新作主语;跟上级或全国比较的分句(低于全省平均纠错率10.2%)里比较词之后的数值是上级的,该分句之后仍是本级;部门的报告按其所在地政府的层级读(县级市司法局报告里的全市是本级,另一市的全市、全省是上级),其中以本地政府开头的分句(区政府全年审核规范性文件18件…)是政府的,直到部门自称(我局、我关、县局)重新作主语(司法局等为政府办理复议、审核的法治机构除外)',
  order: 10,
  // the clauses it marks as the superior's are read for numbers, implied patterns and presence mentions (县里公布了全县…目录
  // is no fact of the body either); a sentence with none of them has nothing to mark for
  reads: ['numbers', 'patterns', 'mentions'],
};

/** Marks the clauses of a report whose subject is its superior (a street's district, a district's city). */
export function run(state: SentenceState): void {
  const { view, tables } = state;
  // 其数据为各部门自行统计:市公安局…: the clauses after a note naming the departments' own figures are theirs, at any level
  const noteAt = othersNoteEnd(view, tables);
  if (noteAt !== undefined) for (const clause of view.clauses) if (clause.start >= noteAt) state.foreign.add(clause.start);
  // a department speaks for its place (全市 in a 县级市's 司法局 is its own): it reads its superior as its government does
  const department = view.doc.level === 'department';
  if (department) markPlaceBeside(state);
  // 区政府全年审核…18件 in a customs office's own report: its place's government is another body, but not to a legal office
  // (司法局), which reviews, defends and drafts for its government and reports that work as its own
  const governmentApart = department && !tables.departmentGovernment.legalOffice.test(view.doc.place ?? '');
  const level = department ? view.doc.government : view.doc.level;
  const body = bodyAt(tables, level, view.doc);
  // the superiors the report names as those it works under (在师市党委…领导下), whatever its level
  const declared = declaredSuperiorSubject(view.doc, tables, body?.ownSubject);
  // 直属海关全年…: the superior named by its kind alone
  const kindSuperior = department && containsAny(view.text, tables.departmentSuperiors);
  // 市属国有企业…, 该院…: bodies outside the government by their kind, whatever the report's level
  const others = tables.otherBodies !== null && containsAny(view.text, tables.otherBodies.words);
  if (!body && !declared && !governmentApart && !kindSuperior && !others) return;
  // a 县级市 is a county that names itself 全市: the superior's words of its own kind of place are its own
  const ownKind = ownKindOf(view.doc);
  // 市公安局全年… in a 公安分局's report: the department's own kind of bureau at a superior's place word, as 市局 is
  const bureau = department ? view.doc.governmentBureau : undefined;
  // a target the superior set the body (省里要求“…学法不少于10次”) is the body's own to meet: read, as a plan (status.ts)
  const targets = view.text.includes('“') ? matchSpans(state.compiled.quotedTarget, view.text) : [];
  // (以上为嵘州市数据): the whole sentence told that place's figures
  const noted = tables.otherPlaceNote.exec(view.text)?.[1];
  if (noted !== undefined && !isOwnPlace(noted, view.doc.place, tables.namedArea.zone)) {
    for (const clause of view.clauses) state.foreign.add(clause.start);
    return;
  }
  // 放在整个郓川市看,全市出庭应诉率是91.7%,我们…: a sentence opening viewing another place tells its figures, its 全市 that
  // place's whole, up to a clause that opens with the speaker or the body again
  const viewed = tables.otherPlaceView.exec(view.text)?.[1];
  if (viewed !== undefined && !isOwnPlace(viewed, view.doc.place, tables.namedArea.zone)) {
    for (const clause of view.clauses) {
      if (startsWithAny(view.text.slice(clause.start, clause.end).trimStart(), tables.otherPlaceViewEnds)) break;
      state.foreign.add(clause.start);
    }
    return;
  }
  // …各县区述法覆盖率100%。以上为全市情况: the sentence after it in its paragraph says the figures were the superior's
  const closing = closingNoteAfter(view, tables);
  if (closing !== undefined && body?.superiorSubject.test(closing)) {
    for (const clause of view.clauses) state.foreign.add(clause.start);
    return;
  }
  const leads = clauseLeads(view, tables);
  let superior = false;
  // a run its place's government opened in a department's report: only the department's words for itself end it (its
  // place's whole is the government's there: 另据市政府…目录,全市重大行政决策事项6项)
  let byGovernment = false;
  // where the run began: one begun inside a bracket ends with it
  let runFrom = 0;
  for (let k = 0; k < view.clauses.length; k++) {
    const clause = view.clauses[k]!;
    const lead = leads[k]!;
    const named =
      body?.superiorSubject.exec(department ? asBureau(lead, bureau, tables.bureauPlaceWords) : lead)?.[0] ??
      (kindSuperior ? tables.departmentSuperiors.find((word) => lead.startsWith(word)) : undefined);
    // …or the superior named by its tie to the body (滘川所属地级市全市…: a 县级市's 全市 there is the superior's)
    const declaredName = declared?.exec(lead)?.[0] ?? tables.relatedSuperior.exec(lead)?.[0];
    if ((named ?? declaredName) !== undefined && targets.some((t) => t.start >= clause.start && t.start < clause.end)) continue;
    const place = body && otherPlaceNamed(state, lead);
    // …and so is a bound the superior demands of it (市里考核要求…合格率不低于95%: a plan, status.ts), in that clause alone;
    // also the superior named by its name (葳城市政府要求各县(市、区)…不低于90% in a 县级市's report), not a neighbour
    const otherNamed = place !== undefined && !isOwnOrFormer(state, place);
    const neighbour = tables.neighbourLead.test(lead);
    if (((named ?? declaredName) !== undefined || (otherNamed && !neighbour)) && demandsBound(state, clause)) continue;
    // 共318件,其中市级41件、区级277件: a part of the body's total labelled by the level it came from is the body's share
    if (named !== undefined && !superior && levelLabelledPart(state, clause, lead, named)) continue;
    const otherPlace = body !== undefined && (otherNamed || neighbour);
    // a clause naming only a document the superior issued, which the body followed: that clause alone is the superior's
    if (!superior && body?.followedDocument.test(lead)) state.foreign.add(clause.start);
    // a body serving the reporting body and other units alike (…分局在本区和两个园区统一开展执法): its figures after it are its own
    const shared = tables.sharedService.test(view.text.slice(clause.start, clause.end));
    const government = governmentApart && opensWithGovernment(state, lead);
    const otherBody = others ? opensWithOtherBody(state, lead) : null;
    const other = otherBody === 'other';
    if (
      otherPlace ||
      shared ||
      government ||
      other ||
      declaredName !== undefined ||
      (named !== undefined && !(ownKind !== undefined && named.includes(ownKind)))
    ) {
      byGovernment = government && !superior ? true : byGovernment && superior;
      if (!superior) runFrom = clause.start;
      superior = true;
    }
    // only a run of the superior's clauses can end here: the own subject is looked for inside one
    else if (
      superior &&
      (byGovernment
        ? startsWithAny(lead, tables.departmentOwn)
        : named !== undefined || place !== undefined || otherBody === 'own' || opensWithOwnName(state, lead, body?.ownSubject, ownKind))
    ) {
      superior = false;
      byGovernment = false;
    }
    if (superior) state.foreign.add(clause.start);
    // (上一年度96.1%,楠州市全市平均98.2%);败诉4件: the bracket's words about another body end where it closes
    if (superior && closesBracketAround(view.text, runFrom, clause)) {
      superior = false;
      byGovernment = false;
    }
  }
  if (!body) return;
  markCompared(state, body.compared, ownKind);
  markBracketed(state, body.superiorSubject, ownKind);
}

/**
 * Whether `clause` closes the bracket that `from` stands inside (opened before it, not closed before it); not an item's
 * number the run's first clause opens with ((二)蘅川市…).
 */
function closesBracketAround(text: string, from: number, clause: { start: number; end: number }): boolean {
  if (from === 0) return false;
  const open = text.lastIndexOf('(', from - 1);
  if (open < 0 || text.lastIndexOf(')', from - 1) > open) return false;
  const close = text.indexOf(')', from);
  return close >= clause.start && close < clause.end;
}

/**
 * Whether a clause opens with bodies outside the government by their kind (市属国有企业…, 14户监管企业…, 各子公司…) or
 * pointing back to one (该院…): a kind alone (学校…, 公司…) is the reporting body itself where that is a body at no level
 * of the tree (a college, a company), which speaks of itself so.
 */
function opensWithOtherBody(state: SentenceState, lead: string): 'other' | 'own' | null {
  const m = state.tables.otherBodies?.lead.exec(lead);
  if (!m) return null;
  return m[2] === undefined || m[1] !== '' || state.view.doc.level !== 'unknown' ? 'other' : 'own';
}

/**
 * Whether a place named is the reporting body: its own place, or that place as it was (原郓塘县 in 郓塘区's report after
 * 撤县设区), or a former name the text says the place had (榆州市 where it writes 榆州市更名为榆滨市).
 */
function isOwnOrFormer(state: SentenceState, name: string): boolean {
  const { view, tables } = state;
  const { place } = view.doc;
  if (isOwnPlace(name, place, tables.namedArea.zone)) return true;
  if (place === null) return false;
  const former = tables.formerPlace.words.find((word) => name.startsWith(word) && name.length > word.length + 1);
  const bare = former === undefined ? name : name.slice(former.length);
  if (former !== undefined && isOwnPlace(bare, place, tables.namedArea.zone)) return true;
  const { text } = view.doc.source;
  if (!text.includes(bare)) return false;
  return tables.formerPlace.renamed.some((pattern) => new RegExp(pattern.replaceAll('{former}', escape(bare)).replaceAll('{own}', escape(place))).test(text));
}

/** Whether a clause states someone's demand with a bound after it (市里要求…不低于95%, 省里要求…不少于60学时). */
function demandsBound(state: SentenceState, clause: { start: number; end: number }): boolean {
  const part = state.view.text.slice(clause.start, clause.end);
  const { bounds, requirementDemand } = state.compiled;
  for (const bound of bounds) {
    const at = part.indexOf(bound);
    if (at > 0 && requirementDemand.test(part.slice(0, at))) return true;
  }
  return false;
}

/**
 * 同期全县行政机关负责人出庭应诉率为96.8% in a department's own report: a clause opening with a lead of the same year and a
 * place's whole sets that place's figure beside the department's own (whose place it is does not matter); so does one opening
 * with the whole whose bracket names another body as the figures' source (全县持证执法人员1012名(县司法局统计数)), or whose
 * source such a body's words name before it, in its own clause or the one before (市司法局统计,全市持证执法人员共8460名), or
 * whose clause after gives the department's own share of it (…共1305名,其中本局…: more than the department's).
 */
function markPlaceBeside(state: SentenceState): void {
  const { view, tables } = state;
  const { whole, note, lead, tail, share } = tables.departmentSourced;
  const place = view.doc.place;
  // the department's own name as the source (县司法局统计… in 蓼岗县司法局's report) is its own count
  const another = (source: string | undefined): boolean => source !== undefined && !(place ?? '').endsWith(source);
  const leads = clauseLeads(view, tables);
  view.clauses.forEach((clause, k) => {
    const part = view.text.slice(clause.start, clause.end);
    if (tables.departmentBeside.test(part)) state.foreign.add(clause.start);
    else if (whole.test(leads[k]!)) {
      const rest = view.text.slice(clause.start);
      if (another(note.exec(part)?.[1]) || another(tail.exec(rest)?.[1]) || sharesUncounted(state, share.exec(rest), clause.start)) {
        state.foreign.add(clause.start);
      }
    } else {
      const cited = lead.exec(leads[k]!);
      if (cited === null || !another(cited[1])) return;
      const rest = leads[k]!.slice(cited[0].length);
      if (whole.test(rest)) state.foreign.add(clause.start);
      else if (rest === '' && k + 1 < view.clauses.length && whole.test(leads[k + 1]!)) state.foreign.add(view.clauses[k + 1]!.start);
    }
  });
}

/**
 * Whether a department's own share of a whole is named after it with no count (…,其中本局人数居县直部门首位): a share
 * counted (…,其中局机关217名) is read as that whole's part, the department's, which needs the whole's cue (continuation).
 */
function sharesUncounted(state: SentenceState, share: RegExpExecArray | null, from: number): boolean {
  if (share === null) return false;
  const at = from + share.index + share[0].length;
  const clause = state.view.clauses.find((c) => c.start <= at && at <= c.end);
  return clause !== undefined && !state.quantities.some((q) => q.start >= clause.start && q.end <= clause.end);
}

/** Whether a department's clause opens with a place's government or committee, by its place word (区政府…) or its name (澂湾区人民政府…). */
function opensWithGovernment(state: SentenceState, lead: string): boolean {
  const { tables } = state;
  if (tables.departmentGovernment.lead.test(lead)) return true;
  const named = otherPlaceAt(tables, lead, state.view.doc.spokenAfter === true);
  return named !== null && startsWithAny(lead.slice(named[0].length), tables.departmentGovernment.organs);
}

/**
 * 兄弟市像,那个,澄湖市局,执法人员有一百六十名 in a bureau's report: another place's name before 局 is that place's bureau of
 * the department's kind, a peer, not the department speaking of its place.
 */
function peerBureau(state: SentenceState, lead: string, ownSubject: RegExp): boolean {
  if (state.view.doc.level !== 'department') return false;
  const name = ownSubject.exec(lead)?.[0] ?? '';
  return name.length > 2 && lead.startsWith('局', name.length) && !isOwnOrFormer(state, name);
}

/**
 * Whether a clause's lead opens with the reporting body: by its level's own words, or, for a body at no level of the tree
 * (a 团场, which has no own words), by its name or the word of its kind alone (一三七团…, 团执法队…); a department also by
 * its words for itself (我局…, 分局…).
 */
function opensWithOwnName(state: SentenceState, lead: string, ownSubject: RegExp | undefined, ownKind: string | undefined): boolean {
  const { view, tables } = state;
  if (view.doc.level === 'department' && startsWithAny(lead, tables.departmentOwn)) return true;
  if (ownSubject && opensWithOwn(lead, ownSubject, view.doc, tables)) return !peerBureau(state, lead, ownSubject);
  // a body at no level speaks of itself by its kind's words (集团, 我院) and, as a 团场 does, by its name or last word
  if (ownSubject && view.doc.level !== 'unknown') return false;
  return (view.doc.place !== null && lead.startsWith(view.doc.place)) || (ownKind !== undefined && lead.startsWith(ownKind));
}

/**
 * Another place by name opening a clause, speaking as a whole (the host 区 of a zone, the 地级市 of a 县级市, 自治区全年…) or
 * acting (泊江区组织…): only a report whose own place is known can tell another's name from its own acting.
 */
function otherPlaceNamed(state: SentenceState, lead: string): string | undefined {
  const { view, tables } = state;
  const match = otherPlaceAt(tables, lead, view.doc.spokenAfter === true);
  // a bureau after the name names another place only as the department's own kind (某县交通运输局 in a 交通运输局's report)
  const bureau = match?.[4];
  const named = bureau === undefined || (view.doc.governmentBureau !== undefined && bureau.endsWith(view.doc.governmentBureau));
  return (
    (match && named && (match[2] !== undefined || view.doc.place !== null) ? match[1] : undefined) ??
    wholeNamed(state, lead) ??
    writtenNamed(state, lead, tables.writtenPlaceSubject, tables.writtenPlaceOrgans) ??
    writtenNamed(state, lead, tables.governedPlaceSubject, tables.governedPlaceOrgans)
  );
}

/**
 * otherPlaceSubject's match in a lead: tried only where the cheaper search for the end of its names finds one (most
 * leads name no place before an act), as the long pattern reads its name's every character against its exclusions.
 */
function otherPlaceAt(tables: CompiledTables, lead: string, spoken: boolean): RegExpExecArray | null {
  if (spoken) return tables.otherPlaceJunctionSpoken.test(lead) ? tables.otherPlaceSubjectSpoken.exec(lead) : null;
  return tables.otherPlaceJunction.test(lead) ? tables.otherPlaceSubject.exec(lead) : null;
}

/**
 * 出具法律意见31件(区司法局同期为全区各街道审查合同412份): a bracket whose words open with the superior as subject,
 * as a clause would, tells the superior's figures beside the body's; the numbers in it count nothing of the body.
 */
function markBracketed(state: SentenceState, superiorSubject: RegExp, ownKind: string | undefined): void {
  const { view, tables, quantities } = state;
  if (quantities.length === 0) return;
  for (let open = view.text.indexOf('('); open >= 0; open = view.text.indexOf('(', open + 1)) {
    const close = view.text.indexOf(')', open);
    if (close < 0) return;
    const lead = view.text.slice(open + 1, close).replace(tables.clauseLead, '');
    const named = superiorSubject.exec(lead)?.[0];
    // (其中市级41件、区级277件): a part of the body's total labelled by the level it came from is the body's share
    if (named === undefined || (ownKind !== undefined && named.includes(ownKind)) || COUNT_START.test(lead.slice(named.length))) continue;
    for (const q of quantities) if (q.start > open && q.end <= close) state.bound.set(q, []);
  }
}

/** A count right at the start of a string (41件, 四十一件). */
const COUNT_START = /^[\d〇零一二两三四五六七八九十百千万]/;

/** Whether the clause opens with a part word (其中) and the superior's name there is only the label of a count right after it. */
function levelLabelledPart(state: SentenceState, clause: { start: number; end: number }, lead: string, named: string): boolean {
  const { view, tables } = state;
  return startsWithAny(view.text.slice(clause.start, clause.end).trimStart(), tables.parts) && COUNT_START.test(lead.slice(named.length));
}

/**
 * 纠错率7.9%,低于全省平均纠错率10.2%: a figure after a comparison with the superior (or the nation) is the
 * standard the body's own is set beside, wherever the comparison stands; only its own clause is the superior's,
 * as the clauses after it go on with the body (…,审结1588件).
 */
function markCompared(state: SentenceState, compared: RegExp, ownKind: string | undefined): void {
  const { view, quantities } = state;
  if (quantities.length === 0) return;
  for (const match of view.text.matchAll(compared)) {
    // a superior place by its name before its average (高于岱州市平均…): any but the body's own (…高于漭源市平均水平 in
    // 漭源市's report), whatever its kind of place; a superior's word of the body's own kind (全市 in a 县级市's) is its own
    const byName = match[2];
    const place = view.doc.place;
    if (byName !== undefined) {
      if (place !== null && (byName.includes(place) || place.includes(byName))) continue;
    } else if (ownKind !== undefined && (match[1] ?? match[3]!).includes(ownKind)) continue;
    const end = match.index + match[0].length;
    for (const q of quantities) if (q.start >= end && WITHIN_CLAUSE.test(view.text.slice(end, q.start))) state.bound.set(q, []);
  }
}

/** A lead opening with a place word and the department's own kind of bureau (市公安局…) as its short form (市局…). */
function asBureau(lead: string, bureau: string | undefined, placeWords: readonly string[]): string {
  return bureau !== undefined && bureau !== '局' && placeWords.includes(lead[0] ?? '') && lead.startsWith(bureau, 1)
    ? `${lead[0]}局${lead.slice(1 + bureau.length)}`
    : lead;
}

/**
 * 柘景山区全年…: a name whose stem is longer before a generic area word (山区, 城区), when the document writes it as a place
 * elsewhere, before an organ (柘景山区委) or before its own place (柘景山区柘溪街道, a signature); 偏远山区 is no place.
 * So too a name before its government's bare 政府 (苍岭市政府年度目录中…, in a report written 在苍岭市委…领导下; 提请县政府
 * is a verb before the place word alone), by `subject` and `organs`.
 */
function writtenNamed(state: SentenceState, lead: string, subject: RegExp, organs: readonly string[]): string | undefined {
  const { view } = state;
  // most leads hold no word of a written or governed name (山区, 政府): the pattern is not compiled for them
  const m = mayMatch(subject, lead) ? subject.exec(lead) : null;
  if (!m || (m[2] === undefined && view.doc.place === null)) return undefined;
  const name = m[1]!;
  const after = [...organs, ...(view.doc.place === null ? [] : [view.doc.place])];
  const { text } = view.doc.source;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (after.some((word) => text.startsWith(word, at + name.length))) return name;
  }
  return undefined;
}

/** The place a bare name before its whole stands for (泷州全市 → 泷州市), when the text writes that name in full somewhere. */
function wholeNamed(state: SentenceState, lead: string): string | undefined {
  const m = state.tables.otherPlaceWhole.exec(lead);
  if (!m) return undefined;
  const name = m[1]! + m[2]!;
  return state.view.doc.source.text.includes(name) ? name : undefined;
}

/** Where a note saying the figures after it are the departments' own ends (其数据为各部门自行统计:), if the sentence holds one. */
function othersNoteEnd(view: SentenceView, tables: CompiledTables): number | undefined {
  // most sentences name no departments or units: the pattern is tried only on those that do
  if (!view.text.includes('部门') && !view.text.includes('单位')) return undefined;
  const m = tables.othersNote.exec(view.text);
  return m === null ? undefined : m.index + m[0].length;
}

/** The name a sentence right after this one in its paragraph gives as whose its figures are (以上为全市情况: 全市), if it opens so. */
function closingNoteAfter(view: SentenceView, tables: CompiledTables): string | undefined {
  const next = view.doc.sentences[view.index + 1];
  if (next === undefined) return undefined;
  // the note opens its sentence: tried first, it rules out almost every sentence at its first characters, before the gap is read
  const named = tables.closingNote.exec(next.plain)?.[1];
  if (named === undefined || /\S|\n/.test(view.doc.source.text.slice(view.sentence.span.end, next.span.start))) return undefined;
  return named;
}
