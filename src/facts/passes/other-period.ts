import { parseChineseNumeral } from '../../document/text.js';
import { matchSpans } from '../../util/matches.js';
import { mayMatch, screenOfRegex } from '../../util/word-screen.js';
import { statusAt, wordedStatusAt } from '../status.js';
import type { PassMeta, SentenceState } from './context.js';
import { OTHER_PERIOD_MARKS, type OtherPeriodMarkName, type OtherPeriodMarks } from './tables.js';

export const meta: PassMeta = {
  name: 'other-period',
  covers:
    '讲别的时段的分句(上年度行政复议案件296件、“十四五”期间累计审核规范性文件96件、“六五”普法期间(2011—2015年)、本届政府以来、纲要实施以来、2016年以来,累计…):以上年、更早某年以来、多年时段开头的分句(时段前可有主语:全县2021年以来累计…、县司法局近三年…;年度报告里的“三年共…”也是,讲一个时期的总结里则是该时期本身的)及其后的分句不是本年度的事实,直到分句重新以本年开头;以更早的某年开头的句子(2022年,…;…)整句都是那一年的,跨过分号,直到某一分句回到本年或讲计划(将、拟、力争);多年时段之后以“累计”开头的分句(五年间,累计审核…;累计调解…)跨过分号仍是那一时段的;年度报告里以多年时段开头、计句中第一个数值的分句(五年累计审核…、“十四五”期间全县新增…)之后以逗号相连的分句也是那一时段的,直到分号、计划、回到本年的分句(全年、年内)或按年份拆分合计的分句(其中2023年…);“而”“但”等转折词之后以别的时段开头的分句(而2019年同期仅有12件)也是;以下一年的日期开头的分句(截至本报告成文时(2024年3月上旬),今年以来…)及其后直到分号的分句说的是成文时的下一年,其中的“今年”也是;以下一年某段开头的标题(二、2025年第一季度工作进展)之下的整章也都是下一年的(计划部分除外);成文于下一年的文件(人大常委会的审议意见)里以到成文时已过去的今年某段开头的分句(今年1至5月,…)及其后直到分号的分句说的也是成文那一年;以别的时段开头的括号(2016年全乡调解纠纷69件)里的数值也不是;以上年或更早某年报告所列数字开头的分句(上年报告中行政应诉案件数为44件;在本年度口吻中“去年报告中…”也是)及其后直到分号的分句(经核实应为41件)说的是那份报告,也不是;以“比上年多/少”开头的分句(比上年多审结6件)说的是差额,也不是本年度的事实;说明所计之事在下一年某月才办的分句(另有1件于2024年1月办结)或已于上年办完的分句(另有代表建议11件已于上年办结)也不是;主语之后紧跟更早某一年的分句(全区2024年调解…、开发区管委会2021年办理…)也是那一年的,除非该分句又写到本年;紧接着说明“未纳入上述统计”“不计入”的分句之前那一分句的数值也不是,紧接着说出本单位在其中所占比例的分句(涉本局案件占比56%)之前那一分句的数值是更大范围的总数,也不是;分季度、上下半年并列的数值(第一季度学法2次、第二季度3次)是全年的一部分;“每月学法一次”“每季度至少召开一次”说的是频次,也不是全年的次数;“每个执法主体至少配备2名”“各乡镇不少于1名”说的是每个单位的数或下限,也不是本单位的总数;“漏计了…2件建议”“误将…14件计入”说的是对统计数的更正,也不是;“不包括…复议案件18件”“除…3件外”所排除的数值也不是;“年均化解矛盾纠纷4600余件”“平均每年…”是多年的平均数,也不是;紧跟在数值之后只写更早某一年的括号(败诉1件(2021年))说明该数值是那一年的,也不是;以讲一个案件开头的分句(如某公司不服罚款决定一案、在一起征收补偿诉讼中、该案…)及其后直到分号的分句讲的是那一案件,其中的数值也不是',
  order: 11,
  reads: ['numbers', 'patterns', 'mentions'],
};

/**
 * Marks the clauses and figures of a sentence that tell of another period than the year reported on, each from
 * a match of one of the pass's marks (tables.ts OTHER_PERIOD_MARKS), read from the tables' one list of them: a
 * sentence that holds no word a mark needs (the tables' screen, built from that list) has nothing to mark.
 */
export function run(state: SentenceState): void {
  const { view, tables } = state;
  if (underLaterHeading(state)) {
    for (const clause of view.clauses) state.foreign.add(clause.start);
    return;
  }
  if (tables.otherPeriodScreen(view.doc.year)?.heldBy(view.text) === false) return;
  const marks = tables.otherPeriodMarks(view.doc);
  for (const name of MARK_NAMES) MARKING[name](state, marks[name], marks);
}

/**
 * Whether the sentence stands under a heading that opens with a later time, as a clause may (rules/passes.yaml
 * other_period later_openings: 二、2025年第一季度工作进展 in a 2024 report written that April, (三)2025年1—2月工作): the
 * chapter tells of that later time, every clause of it counts nothing of the year. Not under a plans heading (2025年
 * 上半年重点工作), whose sentences plan.
 */
function underLaterHeading(state: SentenceState): boolean {
  const { view, tables } = state;
  const { doc, sentence } = view;
  if (sentence.section === null || sentence.kind === 'plans' || doc.year === null) return false;
  let later: RegExp | undefined;
  for (let at: number | null = sentence.section; at !== null; at = doc.sections[at]!.parent) {
    const { title } = doc.sections[at]!;
    // most headings name no later year: the mark is not looked up for them
    if (!title.includes(String(doc.year + 1))) continue;
    later ??= tables.otherPeriodMarks(doc).laterOpening;
    if (later.test(title)) return true;
  }
  return false;
}

/**
 * What the pass marks from a match of each mark, in the table's order: by name, so a mark added to the table
 * cannot be left without.
 */
const MARKING: { readonly [name in OtherPeriodMarkName]: (state: SentenceState, mark: RegExp, marks: OtherPeriodMarks) => void } = {
  opening: (state, opening, marks) => markPeriods(state, opening, marks),
  // read with the openings they are of: whether the run of its clause goes on
  span: () => undefined,
  reportedIn: () => undefined,
  later: markLaterEvents,
  earlier: markLaterEvents,
  laterOpening: (state, laterOpening) => markLaterRuns(state, laterOpening),
  laterThisYear: markLaterThisYear,
  partsOfYear: markPartsOfYear,
  everyPartOfYear: markFrequencies,
  everyUnit: markPerUnit,
  yearlyAverage: markLabelledBy,
  datedAfter: markDatedAfter,
  inForce: markLabelledBy,
  miscounted: markLabelledBy,
  excluded: markExcluded,
  leftOut: markLeftOut,
  oneCase: markOneCase,
};

const MARK_NAMES = Object.keys(OTHER_PERIOD_MARKS) as OtherPeriodMarkName[];

/**
 * A clause that opens with another period, and, when it is nothing but the period (“十四五”期间,) or a year named by
 * its number or a span of years with the sentence's first figure (说明:2024年受理复议申请176件,一审行政诉讼131件; 五年累计
 * 审核规范性文件83件,清理废止92件) or what a report of an earlier year stated (上年报告中…为44件,经核实应为41件), the
 * clauses after it up to a ";" or a clause that opens with the year itself (a span's
 * count also up to one with the year's own words, 全年, or a plan). A year told from the speaker's time is not enough
 * (去年提出的“…”今年已实现,全年培训9,120人次). A clause with a value of its own after a figure of the year (…100%,上年为
 * 87.5%) is an aside: the clauses after it are the year's again. Then the brackets that open with another period.
 */
function markPeriods(state: SentenceState, opening: RegExp, { span, reportedIn }: OtherPeriodMarks): void {
  const { view, tables } = state;
  // they only end a run an opening began
  const { current, runEnd, carry, spanEnd, ongoing } = tables.otherPeriodEnds(view.doc.year, view.doc.spokenAfter === true);
  let other = false;
  // the period runs to the time of writing (2019年以来): what its clauses say is in place is in place now
  let untilNow = false;
  // a sentence that opens with an earlier year by its number (2022年,…;…;… in a paper going through its years) tells
  // of that year to its end, over its semicolons, unless a clause turns to the year itself or to what is planned
  let wholeSentence = false;
  // a sentence whose first figure counts a span of years goes on with the span's totals (五年共收到…,办理…,调解…)
  let spanCount = false;
  const openingScreen = screenOfRegex(opening);
  for (const [k, clause] of view.clauses.entries()) {
    const text = view.text.slice(clause.start, clause.end);
    // only a run of the other period's clauses can end here (read only inside one: few clauses are)
    // a clause after a ";" that goes on totting up (五年间,累计审核…;累计调解…) is still the period's
    const ended =
      other &&
      ((!wholeSentence && !carry.test(text) && afterSemicolon(view.text, clause.start)) ||
        current.test(text) ||
        ((wholeSentence || spanCount) && runEnd.test(text)) ||
        (spanCount && spanEnd.test(text)));
    if (ended) other = wholeSentence = spanCount = false;
    // most clauses past the sentence's screen hold none of the opening's words (a year, 以来, 上年…): not searched
    const period = openingScreen?.heldBy(text) === false ? null : opening.exec(text);
    if (period) {
      untilNow = ongoing.test(period[0]);
      markClause(state, clause.start, untilNow);
      wholeSentence ||= k === 0 && NAMED_YEAR.test(period[0]) && !SET_BESIDE.test(period[0]);
      spanCount = !wholeSentence && span.test(text) && opensTheCount(state, clause);
      other =
        wholeSentence ||
        spanCount ||
        NOTHING_BUT_THE_PERIOD.test(text.slice(period[0].length)) ||
        (NAMED_YEAR.test(period[0]) && opensTheCount(state, clause)) ||
        reportedIn.test(text);
    } else if (other) markClause(state, clause.start, untilNow);
  }
  markBracketedPeriods(state, opening);
}

/** Marks a clause of another period; as one of a period up to now, unless a pass before marked it (a superior's). */
function markClause(state: SentenceState, start: number, untilNow: boolean): void {
  if (untilNow && !state.foreign.has(start)) state.ongoing.add(start);
  state.foreign.add(start);
}

/**
 * A clause that dates its act in a month of a later year (另有1件于2024年1月办结), or says it was done in an earlier year
 * (另有代表建议11件已于上年办结), counts nothing of the year either.
 */
function markLaterEvents(state: SentenceState, later: RegExp): void {
  const { view, foreign } = state;
  for (const clause of view.clauses) if (!foreign.has(clause.start) && later.test(view.text.slice(clause.start, clause.end))) foreign.add(clause.start);
}

/**
 * 截至本报告成文时(2023年3月上旬),今年以来…受理…19件 / 到2024年2月底,全县已收到…9件: a clause that dates its figures
 * in a later year, and the clauses after it up to a ";" or one planning what is to come (…,计划全年学法12次: read for
 * its status), tell of that later time; a 今年 there is that later year, so it ends nothing. A clause of the run whose
 * status is a plan (到2024年6月,全县公职律师达到60名) is read as one.
 */
function markLaterRuns(
  state: SentenceState,
  laterOpening: RegExp,
  opens: (match: string) => boolean = () => true,
  planned: (state: SentenceState, at: number | undefined) => boolean = (s, at) => statusAt(s.view.doc, s.view.index, s.compiled, at) === 'plan',
): void {
  const { view, foreign, tables } = state;
  const { runEnd } = tables.otherPeriodEnds(view.doc.year, view.doc.spokenAfter === true);
  let later = false;
  for (const clause of view.clauses) {
    const text = view.text.slice(clause.start, clause.end);
    if (later && (afterSemicolon(view.text, clause.start) || runEnd.test(text))) later = false;
    const opening = laterOpening.exec(text);
    if (opening && opens(opening[0])) later = true;
    if (later && !planned(state, view.map[clause.start])) foreign.add(clause.start);
  }
}

/**
 * 今年1至5月,县政府又审查各类合同27份: in a paper dated in a year after the one reported on (a 审议意见 of July 2025 on
 * the 2024 report), a clause opening with a part of the current year that was over by that date runs as a later
 * date's does. Not where the date's month comes before the part's last (今年1至11月 in a report dated that January:
 * drafted before the year ended, its 今年 is the year reported on).
 */
function markLaterThisYear(state: SentenceState, thisYearPart: RegExp): void {
  const { dated, year } = state.view.doc;
  if (dated === undefined || dated.month === null || year === null || dated.year <= year) return;
  const month = dated.month;
  // a part of the writing year over by the date is done, in a chapter of plans too, unless its own words plan
  markLaterRuns(
    state,
    thisYearPart,
    (part) => lastMonthOf(part) <= month,
    (s, at) => wordedStatusAt(s.view.doc, s.view.index, s.compiled, at) === 'plan',
  );
}

/**
 * The month a part of the year ends with (今年1至5月: 5, 今年前十一个月: 11, 今年一季度: 3, 今年上半年: 6); the time of
 * writing (截至发稿时, 截至本报告成文时) is over by the paper's date whatever its month: 0. The words are the data's
 * (rules/passes.yaml later_this_year, which `part` matched); this reads the calendar's value of what they matched.
 */
function lastMonthOf(part: string): number {
  if (/(?:时|之时)$/.test(part)) return 0;
  const quarters = /(?:第?([一二三1-3])季度|前([两二三2-3])个?季度|([上])半年)$/.exec(part);
  if (quarters) return quarters[3] === undefined ? 3 * numberOf(quarters[1] ?? quarters[2] ?? '') : 6;
  const written = /(\d{1,2}|[一二三四五六七八九十]{1,3})个?月$/.exec(part)?.[1];
  return written === undefined ? Number.POSITIVE_INFINITY : numberOf(written);
}

/** A number written in digits or in Chinese numerals (5, 五, 十一). */
const numberOf = (written: string): number => (/^\d+$/.test(written) ? Number(written) : parseChineseNumeral(written));

/**
 * 另有执法人员213名,未纳入上述统计: a clause the next one says is left out of the count counts nothing of the body's;
 * nor does one whose figure the next one gives the body's share of (全市…诉讼案件412件,涉本局案件占比56%): a wider whole.
 */
function markLeftOut(state: SentenceState, leftOut: RegExp): void {
  const { view } = state;
  for (let k = 1; k < view.clauses.length; k++) {
    const next = view.clauses[k]!;
    if (leftOut.test(view.text.slice(next.start, next.end))) state.foreign.add(view.clauses[k - 1]!.start);
  }
}

/**
 * 如某公司不服罚款决定一案,…3名执法人员到场说明 / 在一起征收补偿诉讼中,县长出庭应诉1次: a clause that opens by naming one case
 * tells that case, and so do the clauses after it up to a ";": their figures are the case's, none of the year's (what
 * they say is in place still is). A case told in a paragraph of its own is the document stage's (Sentence.story).
 */
function markOneCase(state: SentenceState, oneCase: RegExp): void {
  const { view, quantities } = state;
  const first = view.clauses.findIndex((clause) => oneCase.test(view.text.slice(clause.start, clause.end)));
  if (first < 0) return;
  const from = view.clauses[first]!.start;
  const semicolon = view.text.indexOf(';', from);
  const to = semicolon < 0 ? view.text.length : semicolon;
  for (const q of quantities) if (q.start >= from && q.end <= to) state.bound.set(q, []);
}

/**
 * 调解成功率98.8%(2016年全乡调解纠纷69件): a bracket that opens with another period is an aside about it, wherever
 * it stands in its clause; the figures inside are that period's.
 */
function markBracketedPeriods(state: SentenceState, opening: RegExp): void {
  const { view, quantities } = state;
  for (let open = view.text.indexOf('('); open >= 0; open = view.text.indexOf('(', open + 1)) {
    const close = view.text.indexOf(')', open);
    if (close < 0) return;
    const inside = view.text.slice(open + 1, close);
    if (!mayMatch(opening, inside) || !opening.test(inside)) continue;
    for (const q of quantities) if (q.start > open && q.end <= close) state.bound.set(q, []);
  }
}

/**
 * 对现行有效的118件规范性文件开展清理: the figure after 现行有效 counts the stock in force, no act of the year; 原稿漏计了…
 * 2件建议: the figure after 漏计 corrects a count, no count of its own.
 */
function markLabelledBy(state: SentenceState, words: RegExp): void {
  const labels = matchSpans(words, state.view.text);
  if (labels.length > 0) markLabelled(state, labels);
}

/**
 * 五年来…行政诉讼20件,败诉1件(2021年): a bracket right after a figure (blanks between) that names an earlier year alone dates
 * that figure: it is that year's, no count of the year reported on.
 */
function markDatedAfter(state: SentenceState, datedAfter: RegExp): void {
  const { quantities, view } = state;
  for (const m of matchSpans(datedAfter, view.text)) {
    const q = quantities.findLast((o) => o.end <= m.start);
    if (q && view.text.slice(q.end, m.start).trim() === '') state.bound.set(q, []);
  }
}

/**
 * 表中复议数据不包括市政府受理的…复议案件18件 / 除正在审理的2件外: what a count leaves out is no count of the body's
 * year; each figure that starts inside a match (the part left out, as far as it reaches) counts nothing.
 */
function markExcluded(state: SentenceState, excluded: RegExp): void {
  const parts = matchSpans(excluded, state.view.text);
  for (const q of state.quantities) if (parts.some((p) => q.start >= p.start && q.start < p.end)) state.bound.set(q, []);
}

/**
 * 第一季度学法2次、第二季度3次 / 上半年12件、下半年15件: figures labelled by parts of the year, two or more
 * parts named, break the year down; each such figure is a part, no figure of the year.
 */
function markPartsOfYear(state: SentenceState, partsOfYear: RegExp): void {
  if (state.quantities.length < 2) return;
  const parts = matchSpans(partsOfYear, state.view.text);
  if (parts.length >= 2) markLabelled(state, parts);
}

/** 每月会前学法一次: the figure after a word saying each part of the year is a frequency, no figure of the year. */
function markFrequencies(state: SentenceState, everyPartOfYear: RegExp): void {
  if (!state.view.text.includes('每')) return;
  const every = matchSpans(everyPartOfYear, state.view.text);
  if (every.length > 0) markLabelled(state, every);
}

/**
 * 每个执法主体至少配备2名法制审核人员,共65名: the figure after a word saying each unit (or each unit's least) is one unit's,
 * no count of the body's. Not in a plan: the floor it sets each unit is the target the plan names (heldout6, heldout29).
 */
function markPerUnit(state: SentenceState, everyUnit: RegExp): void {
  const { view } = state;
  if (!view.text.includes('每') && !view.text.includes('各')) return;
  const labels = matchSpans(everyUnit, view.text).filter((l) => statusAt(view.doc, view.index, state.compiled, view.map[l.start]) !== 'plan');
  if (labels.length > 0) markLabelled(state, labels);
}

/** Marks the figures labelled by one of `labels` (the first after it in its item, no other figure between) as no count of the year. */
function markLabelled(state: SentenceState, labels: readonly { start: number; end: number }[]): void {
  const { quantities, view } = state;
  for (const q of quantities) {
    const label = labels.findLast((p) => p.end <= q.start);
    if (label && !ITEM_BREAK.test(view.text.slice(label.end, q.start)) && !quantities.some((o) => o.start >= label.end && o.end <= q.start))
      state.bound.set(q, []);
  }
}

/** 与2023年(…)相比: an earlier year the sentence sets its own figures beside, which dates no more than its clause. */
const SET_BESIDE = /^\s*(?:与|同|和)/;

/** A year written by its number (2024年), as a note dates its figures. */
const NAMED_YEAR = /\d{4}年/;

/** Whether the clause states the sentence's first figure: a count of the period it opens with, which the clauses after it go on. */
const opensTheCount = ({ quantities }: SentenceState, clause: { start: number; end: number }): boolean =>
  quantities.some((q) => q.start >= clause.start && q.end <= clause.end) && !quantities.some((q) => q.start < clause.start);

/** What may follow a period that is a clause of its own: its span in brackets (“六五”普法期间(2011—2015年),). */
const NOTHING_BUT_THE_PERIOD = /^\s*(?:\([^()]*\))?[\s,;:。!?]*$/;

/** What ends the figure a part of the year labels: a clause or list break. */
const ITEM_BREAK = /[,;:。!?、]/;

/** Whether the text before `at` ends with ";" (blanks aside), read in place: this runs on every clause. */
function afterSemicolon(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return text[i] === ';';
}
