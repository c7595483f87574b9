/**
 * Document metadata: what the document is (annual report, plan, other) and which year it reports
 * on (who reports: ./places). All cues are read from the masked text, so places and
 * years quoted in 《…》 titles of other documents never count.
 */
import { LEADING_BULLET } from '../ingest/line-breaks.js';
import { DATE_LINE, EARLY_MONTH, LATE_MONTH } from './cues.js';
import { mayMatch, mayMatchWhole } from '../util/word-screen.js';
import { matchesOf, withFlags } from '../util/matches.js';
import type { PlaceInput } from './places/index.js';
import { countOccurrences, type Line } from './text.js';
import type { DocumentKind, SectionKind } from './types.js';
import type { DocumentKindWording, LayoutWording, YearWording } from './wording.js';

/** The lines and cues of a document that metadata is read from. */
export interface MetaInput extends PlaceInput {
  /** the first lines of the text, without spaces (for a dated cover letter above the title) */
  head: readonly string[];
  /** top-level headings with the kind their title announces (null when it announces none) */
  tops: ReadonlyArray<{ title: string; cue: SectionKind | null }>;
}

// ---------------------------------------------------------------- title and opening lines

const MAX_TITLE_LINE = 80;
const TITLE_SEARCH_LINES = 8;
const ISSUER_SEARCH_LINES = 12;
/** Where a report hands itself over (现将…报告如下): within this many characters of the start. */
const HEAD_CHARS = 2000;
/** Where a paper about a year's report names it as published (rules/years.yaml retold_report): within this many characters. */
const RETOLD_HEAD_CHARS = 300;
/** How much of a line's end the hand-over pattern reads. */
const HANDOVER_TAIL = 12;

/** The document's own title lines: short lines before the body that name what it is. */
export function findTitleLines(layout: LayoutWording, text: string, lines: readonly Line[], bodyStart: number): string[] {
  const titles: string[] = [];
  let seen = 0;
  for (const line of lines) {
    if (line.first >= bodyStart || seen >= TITLE_SEARCH_LINES) break;
    if (line.first >= line.last) continue;
    seen++;
    // a title may stand behind a bullet (📌 某街道…报告), with a blank or none
    const content = text.slice(line.first, line.last).replace(LEADING_BULLET, '');
    if (content.length > MAX_TITLE_LINE || content.endsWith('。') || layout.chrome.pattern.test(content)) continue;
    if (layout.title_words.pattern.test(content)) titles.push(content);
  }
  return titles;
}

/** A line of wrapped prose: a clause's comma inside it, no sentence's or label's end after it. */
const WRAPPED_PROSE = /,.*[^。:;!?]$/;

/**
 * Where the opening's paragraph starts: the lines of prose wrapped into it above the line that ends
 * its first sentence (a copy that keeps its printed lines), which are no title lines.
 */
export function paragraphStart(text: string, lines: readonly Line[], opening: Line): number {
  let at = lines.indexOf(opening);
  while (at > 0 && WRAPPED_PROSE.test(text.slice(lines[at - 1]!.first, lines[at - 1]!.last))) at--;
  return lines[at]!.first;
}

/** The first non-empty lines of the text, without spaces: issuer names and dates above a cover letter. */
export function findHeadLines(text: string, lines: readonly Line[]): string[] {
  const found: string[] = [];
  let seen = 0;
  for (const line of lines) {
    if (seen >= ISSUER_SEARCH_LINES) break;
    if (line.first >= line.last) continue;
    seen++;
    const content = text.slice(line.first, line.last).replace(/\s+/g, '');
    if (content.length <= MAX_TITLE_LINE) found.push(content);
  }
  return found;
}

/**
 * The first paragraph of the body: the first line before `limit` that holds a full sentence, or
 * that hands the report over (…现将有关情况报告如下:) when that is its only sentence.
 */
export function findOpening(layout: LayoutWording, text: string, lines: readonly Line[], limit: number): Line | null {
  for (const line of lines) {
    if (line.first >= limit) break;
    const content = text.slice(line.first, Math.min(line.last, line.first + 400));
    const sentence = content.includes('。') || layout.handover.pattern.test(text.slice(Math.max(line.first, line.last - HANDOVER_TAIL), line.last));
    if (sentence && !layout.chrome.pattern.test(content)) return line;
  }
  return null;
}

// ---------------------------------------------------------------- kind

export function isDomainText({ domain }: DocumentKindWording, masked: string): boolean {
  const enough = (hits: number): boolean => hits >= domain.min_hits && (hits * 1000) / Math.max(masked.length, 1) >= domain.min_per_thousand;
  // enough for some words is enough for all: a report has its fill of the first (法治) alone
  let hits = 0;
  for (const cue of domain.words) if (enough((hits += countOccurrences(masked, cue)))) return true;
  return enough(hits);
}

/**
 * Annual report or plan, by the weight of the evidence in the whole document: a title like
 * "…工作情况汇报及2021年工作计划" reports on a year even though it names a plan. A title that
 * names another kind of 法治政府 document (述法报告, 整改情况的报告) makes it other, however much it
 * reads like a report.
 */
export function inferKind(wording: DocumentKindWording, years: YearWording, input: MetaInput): DocumentKind {
  const { masked, titles, tops } = input;
  if (!isDomainText(wording, masked)) return 'other';
  const { annual_report: report, plan: planned, other } = wording;
  // each long pattern after its screen: few documents are of another kind
  if (titles.some((title) => mayMatchWhole(other.title, title) && other.title.test(title) && !opensWithOwnPaper(other, title, input.text))) return 'other';
  // an interview or a programme's transcript retells the year's report only where a title line names the year
  if (titles.some((title) => other.retold.test(title)) && !titles.some((title) => other.retold_year.test(title))) return 'other';
  // a title whose issuer watches the government (某县人民法院2024年度…白皮书), also one whose issuer stands alone above it
  const issuedBy = (line: string): boolean => mayMatch(other.issuer, line) && other.issuer.test(line);
  if (input.head.some((line, i) => issuedBy(line + (input.head[i + 1] ?? '')))) return 'other';
  if (isReply(wording, input)) return 'other';
  let annual = 0;
  let plan = 0;
  for (const { pattern, weight } of report.cues) if (pattern.test(masked)) annual += weight;
  for (const { pattern, weight } of planned.cues) if (pattern.test(masked)) plan += weight;
  for (const title of titles) {
    if (report.title.pattern.test(title)) annual += report.title.weight;
    else if (planned.title.pattern.test(title)) plan += planned.title.weight;
  }
  // an opening that starts from the year it looks back on: "2016年,全区…取得了长足进步"
  if (input.opening !== null && years.opening_start.test(input.opening)) annual += 2;
  const cues = new Set(tops.map((t) => t.cue));
  if (cues.has('shortcomings')) annual += 3;
  if (cues.has('achievements')) annual += 2;
  if (cues.has('responsibility')) annual += 2;
  return plan > annual ? 'plan' : 'annual_report';
}

/**
 * A reply to those who asked the government (rules/documents.yaml reply_title, exchange): a title line naming a 答复 to a
 * deputy's 建议 or a member's 提案, or a letter or a message with its reply on a portal, by the fields at its top or its
 * site's name (市长信箱).
 */
export function isReply({ other }: DocumentKindWording, input: Pick<MetaInput, 'titles' | 'head' | 'site'>): boolean {
  return input.titles.some((title) => other.reply_title.test(title)) || [...input.head, ...input.site].some((line) => other.exchange.test(line));
}

/**
 * Whether `title` is a compilation's whose first paper is the year's report of the place the title names (漱溪县…汇编,
 * then 一、漱溪县人民政府2024年度…报告): the report, other bodies' papers appended (rules/documents.yaml compilation).
 */
function opensWithOwnPaper(other: DocumentKindWording['other'], title: string, text: string): boolean {
  const place = other.compilation.exec(title)?.[1];
  if (place === undefined) return false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+/g, '');
    if (line === title.replace(/\s+/g, '')) continue;
    const issuer = other.compiled_paper.exec(line)?.[1];
    if (issuer !== undefined) return issuer === place;
  }
  return false;
}

/** How often `pattern` matches in `s`. */
const countMatches = (pattern: RegExp, s: string): number => matchesOf(withFlags(pattern, 'g'), s).length;

/**
 * A template or a model text, the report of no body (rules/documents.yaml sample): a title line or a line at the top
 * naming it one, with words saying its data are invented or examples or with placeholders for its figures; or
 * placeholders for most of its figures, whatever its title.
 */
export function isSample({ sample }: DocumentKindWording, input: MetaInput): boolean {
  const { masked } = input;
  const placeholders = countMatches(sample.placeholder, masked);
  const titled = [...input.titles, ...input.head].some((line) => sample.title.test(line.replace(/\s+/g, '')));
  if (titled && (placeholders > 0 || sample.fiction.test(masked))) return true;
  if (placeholders < sample.min_placeholders) return false;
  return placeholders >= sample.placeholder_share * (placeholders + countMatches(sample.figure, masked));
}

// ---------------------------------------------------------------- year

/**
 * A date (2022年1月10日) that closes a line, or its month alone after a blank (汇报单位:某市人民政府  2023年2月, a deck's or
 * a handout's byline): when the paper was delivered, not the year it reports on.
 */
const CLOSING_DATE = /\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*$|\s+(?:19|20)\d{2}年\d{1,2}月\s*$/;

/** The years `s` names, each with the words right after it. */
export function yearsIn(years: YearWording, s: string): Array<{ year: number; after: string }> {
  return [...s.matchAll(years.named)].map((m) => ({ year: Number(m[1]), after: s.slice(m.index + m[0].length, m.index + m[0].length + 40) }));
}

export interface DateStated {
  year: number;
  month: number | null;
}

/**
 * A date at the start of `s`, also a damaged one or one in brackets: 2024年3月1日, 2024-03-01, 20191231日,
 * 2021301日 (a lost 年 and 月: the first digit is the month), 20256月 (a lost 年).
 */
export function readDate(s: string): DateStated | null {
  // a date in brackets under a title ((2023年11月20日)) reads as one without
  const m = /^\(?((?:19|20)\d{2})(?:年(\d{1,2})月|[-/.](\d{1,2})|(\d{1,2})月|(\d{2})\d{2}日|(\d)\d{1,2}日|年)/.exec(s.replace(/\s+/g, ''));
  if (!m) return null;
  const month = m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6];
  const value = month === undefined ? null : Number(month);
  return { year: Number(m[1]), month: value !== null && value >= 1 && value <= 12 ? value : null };
}

/**
 * When the report was dated: its signature date, a date line at the top (a cover letter), the date
 * it was delivered at a meeting (——2024年12月20日在…会议上), its issuer's line with its date (某县…办公室 2023年11月28日),
 * or the site's publication date (日期:2020-02-18).
 */
export function dateOf(years: YearWording, input: MetaInput): DateStated | null {
  for (const line of [...input.closing].reverse()) {
    if (DATE_LINE.test(line.replace(/\s+/g, ''))) return readDate(line);
  }
  for (const line of input.head) {
    if (DATE_LINE.test(line)) return readDate(line);
  }
  for (const line of input.head) {
    const delivered = years.delivered.exec(line);
    if (delivered) return readDate(line.slice(delivered[0].length));
  }
  // the issuing body and its date on one line (某县普法依法治理领导小组办公室 2023年11月28日), at the close or the top
  for (const line of [...[...input.closing].reverse().map((l) => l.replace(/\s+/g, '')), ...input.head]) {
    const issued = years.issued.exec(line);
    if (issued) return readDate(line.slice(issued[0].length));
  }
  const published = years.published.exec(input.masked.slice(0, 2000));
  return published ? readDate(`${published[1]}-${published[2]}`) : null;
}

/** The year of the meeting a title names a speech given at (在2025年全县依法行政工作会议上的讲话), as a date without its month. */
export function meetingDate(years: YearWording, titles: readonly string[]): DateStated | null {
  for (const title of titles)
    for (const { year, after } of yearsIn(years, title.replace(CLOSING_DATE, ''))) if (years.meeting_after.test(after)) return { year, month: null };
  return null;
}

/**
 * Whether the text was said after the year reported on (`year`): a briefing's transcript (rules/years.yaml spoken_after),
 * or a speech (spoken) dated, or given at a meeting of, a later year. Its 去年 is then the year reported on, its 今年 later.
 */
export function saidAfter(years: YearWording, titles: readonly string[], dated: DateStated | null, year: number | null): boolean {
  if (titles.some((title) => years.spoken_after.test(title))) return true;
  const said = dated ?? meetingDate(years, titles);
  return year !== null && said !== null && said.year > year && titles.some((title) => years.spoken.test(title));
}

/**
 * The year a report dated `date` reports on: the year before, unless dated late in the year or its opening (`opening`) says
 * 今年 (rules/years.yaml current_year), or 本年度 (own_year) where it is not dated in the next year's first months.
 */
function reportedYearOf(years: YearWording, date: DateStated, opening: string | null): number {
  if (date.month !== null && date.month >= LATE_MONTH) return date.year;
  if (opening === null) return date.year - 1;
  const early = date.month !== null && date.month <= EARLY_MONTH;
  return years.current_year.test(opening) || (!early && years.own_year.test(opening)) ? date.year : date.year - 1;
}

/**
 * The year reported on, weighted by where it is stated: the title, the opening sentence, the
 * headings of achievement and shortcoming sections; a plan heading's year counts for the year
 * before it, a yearbook's edition (某某年鉴(2025)) like the title's for the year before it; the report
 * handing itself over (现将2023年度…报告如下) and a self-assessment naming the year it
 * assesses (对2024年度工作逐项自评) count like the title. Ties go
 * to the year its date gives (see reportedYearOf), then to the earlier year; without any, the
 * date decides.
 */
export function inferYear(wording: DocumentKindWording, years: YearWording, input: MetaInput, kind: DocumentKind): number | null {
  const { titles, opening, tops } = input;
  if (kind === 'plan') {
    const titled = titles.filter((t) => wording.plan.title.pattern.test(t));
    if (titled.some((t) => years.span.test(t))) return null;
    const named = new Set(titled.flatMap((t) => yearsIn(years, t).map((y) => y.year)));
    return named.size === 1 ? [...named][0]! : null;
  }
  const weights = new Map<number, number>();
  const add = (year: number, weight: number): void => {
    weights.set(year, (weights.get(year) ?? 0) + weight);
  };
  const date = dateOf(years, input) ?? meetingDate(years, titles);
  for (const title of titles) {
    // a date closing a title line (…书面报告附件 2022年1月10日) says when it was delivered, not the year reported on
    let named = title.replace(CLOSING_DATE, '');
    // a yearbook's edition (某某年鉴(2025)) is printed the year after the one its entries record
    const edition = years.edition.exec(named);
    if (edition) {
      add(Number(edition[1]) - 1, 3);
      named = named.slice(0, edition.index);
    }
    const span = years.span.exec(named);
    if (span) {
      // a paper on several years (回顾(2017—2021年), 2023—2024年度报告) reports on the last once they are over; a
      // span still running when it was dated (纲要(2021—2025年)中期评估, dated 2023) is a plan's period, no year of its own
      const end = Number(span[2]);
      if (date === null || date.year > end) add(end, 3);
      named = named.slice(0, span.index) + named.slice(span.index + span[0].length);
    }
    for (const { year, after } of yearsIn(years, named)) {
      // the year of the meeting a speech was given at (在2025年…工作会议上的讲话) dates it: it weighs as the date does, below
      if (years.meeting_after.test(after)) continue;
      if (years.planned_after.test(after)) add(year - 1, 1);
      // the year of a report whose reviewers' opinions the paper answers (对2021年度…报告审议意见办理情况): the answer's is later
      else if (years.answered_after.test(after)) add(year + 1, 1);
      else add(year, 3);
    }
  }
  if (opening) {
    const m = years.opening.reduce<RegExpExecArray | null>((found, re) => found ?? re.exec(opening), null);
    if (m) add(Number(m[1]), 2);
  }
  const handed = years.handed_over.exec(input.text.slice(0, HEAD_CHARS));
  if (handed) {
    // handed over as the rectification of what an audit of a year found (现将2022年度…审计查出问题的整改情况报告如下): a later year's
    const year = Number(handed[1]);
    const after = yearsIn(years, handed[0]).find((y) => y.year === year)?.after ?? '';
    if (years.answered_after.test(after)) add(year + 1, 1);
    else add(year, 3);
  }
  // a self-assessment's lead naming the year whose work it assesses (对2024年度工作逐项对标自评): as the title's year
  const assessed = years.assessed.exec(input.text.slice(0, HEAD_CHARS));
  if (assessed) add(Number(assessed[1]), 3);
  for (const { title, cue } of tops) {
    for (const { year } of yearsIn(years, title)) {
      if (cue === 'plans') add(year - 1, 1);
      else add(year, cue === null ? 1 : 2);
    }
  }
  const dated = date === null ? null : reportedYearOf(years, date, opening);
  if (weights.size === 0) {
    // a paper about a year's report (an interview, a feature) names it near its top as just published
    const retold = years.retold_report.exec(input.text.slice(0, RETOLD_HEAD_CHARS));
    return retold ? Number(retold[1]) : dated;
  }
  const best = Math.max(...weights.values());
  const tied = [...weights.entries()].filter(([, w]) => w === best).map(([y]) => y);
  if (dated !== null && tied.includes(dated)) return dated;
  return Math.min(...tied);
}
