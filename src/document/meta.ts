/**
 * Document metadata: what the document is (annual report, plan, other) and which year it reports
 * on (who reports: ./places). All cues are read from the masked text, so places and
 * years quoted in 《…》 titles of other documents never count.
 */
import {
  ANNUAL_REPORT_CUES,
  CHROME_LINE,
  DOMAIN_CUES,
  DOMAIN_MIN_HITS,
  DOMAIN_MIN_PER_THOUSAND,
  PLAN_CUES,
  PLAN_TITLE,
  PLAN_YEAR_FOLLOWER,
  PUBLICATION_DATE,
  REPORT_TITLE,
  SIGNATURE_LINE,
  TITLE_WORDS,
} from './cues.js';
import type { PlaceInput } from './places/index.js';
import { countOccurrences, type Line } from './text.js';
import type { DocumentKind, SectionKind } from './types.js';

/** The lines and cues of a document that metadata is read from. */
export interface MetaInput extends PlaceInput {
  /** top-level headings with the kind their title announces (null when it announces none) */
  tops: ReadonlyArray<{ title: string; cue: SectionKind | null }>;
}

// ---------------------------------------------------------------- title and opening lines

const MAX_TITLE_LINE = 80;
const TITLE_SEARCH_LINES = 8;
const ISSUER_SEARCH_LINES = 12;

/** The document's own title lines: short lines before the body that name what it is. */
export function findTitleLines(text: string, lines: readonly Line[], bodyStart: number): string[] {
  const titles: string[] = [];
  let seen = 0;
  for (const line of lines) {
    if (line.first >= bodyStart || seen >= TITLE_SEARCH_LINES) break;
    if (line.first >= line.last) continue;
    seen++;
    const content = text.slice(line.first, line.last);
    if (content.length > MAX_TITLE_LINE || content.endsWith('。') || CHROME_LINE.test(content)) continue;
    if (TITLE_WORDS.test(content)) titles.push(content);
  }
  return titles;
}

/** Lines near the top that are a reporting body's name alone (赵县人民政府), also above a cover letter. */
export function findIssuerLines(text: string, lines: readonly Line[]): string[] {
  const found: string[] = [];
  let seen = 0;
  for (const line of lines) {
    if (seen >= ISSUER_SEARCH_LINES) break;
    if (line.first >= line.last) continue;
    seen++;
    const content = text.slice(line.first, line.last).replace(/\s+/g, '');
    if (content.length <= MAX_TITLE_LINE && SIGNATURE_LINE.test(content)) found.push(content);
  }
  return found;
}

/** The first paragraph of the body: the first line before `limit` that holds a full sentence. */
export function findOpening(text: string, lines: readonly Line[], limit: number): Line | null {
  for (const line of lines) {
    if (line.first >= limit) break;
    const content = text.slice(line.first, Math.min(line.last, line.first + 400));
    if (content.includes('。') && !CHROME_LINE.test(content)) return line;
  }
  return null;
}

// ---------------------------------------------------------------- kind

export function isDomainText(masked: string): boolean {
  const hits = DOMAIN_CUES.reduce((n, cue) => n + countOccurrences(masked, cue), 0);
  return hits >= DOMAIN_MIN_HITS && (hits * 1000) / Math.max(masked.length, 1) >= DOMAIN_MIN_PER_THOUSAND;
}

/**
 * Annual report or plan, by the weight of the evidence in the whole document: a title like
 * "…工作情况汇报及2021年工作计划" reports on a year even though it names a plan.
 */
export function inferKind(input: MetaInput): DocumentKind {
  const { masked, titles, tops } = input;
  if (!isDomainText(masked)) return 'other';
  let annual = 0;
  let plan = 0;
  for (const [re, weight] of ANNUAL_REPORT_CUES) if (re.test(masked)) annual += weight;
  for (const [re, weight] of PLAN_CUES) if (re.test(masked)) plan += weight;
  for (const title of titles) {
    if (REPORT_TITLE.test(title)) annual += 2;
    else if (PLAN_TITLE.test(title)) plan += 3;
  }
  const cues = new Set(tops.map((t) => t.cue));
  if (cues.has('shortcomings')) annual += 3;
  if (cues.has('achievements')) annual += 2;
  if (cues.has('responsibility')) annual += 2;
  return plan > annual ? 'plan' : 'annual_report';
}

// ---------------------------------------------------------------- year

const YEAR = /(?<!\d)((?:19|20)\d{2})年/g;
const YEAR_RANGE = /(?<!\d)(?:19|20)\d{2}\s*[—–\-~至到]+\s*(?:19|20)\d{2}年/;

function yearsIn(s: string): Array<{ year: number; after: string }> {
  return [...s.matchAll(YEAR)].map((m) => ({ year: Number(m[1]), after: s.slice(m.index + m[0].length, m.index + m[0].length + 24) }));
}

/** The publication year (日期:2020-02-18, or a signature date, also a damaged one: 2020123日). */
function publicationYear(masked: string, closing: readonly string[]): number | null {
  const head = PUBLICATION_DATE.exec(masked.slice(0, 2000));
  if (head) return Number(head[1]);
  for (const line of [...closing].reverse()) {
    const m = /^((?:19|20)\d{2})(?:年|\d{1,4}日|[-/.])/.exec(line.replace(/\s+/g, ''));
    if (m) return Number(m[1]);
  }
  return null;
}

/**
 * The year reported on, weighted by where it is stated: the title, the opening sentence, the
 * headings of achievement and shortcoming sections; a plan heading's year counts for the year
 * before it. Ties go to the publication year minus one, then to the earlier year.
 */
export function inferYear(input: MetaInput, kind: DocumentKind): number | null {
  const { titles, opening, tops, masked, closing } = input;
  if (kind === 'plan') {
    const titled = titles.filter((t) => PLAN_TITLE.test(t));
    if (titled.some((t) => YEAR_RANGE.test(t))) return null;
    const years = new Set(titled.flatMap((t) => yearsIn(t).map((y) => y.year)));
    return years.size === 1 ? [...years][0]! : null;
  }
  const weights = new Map<number, number>();
  const add = (year: number, weight: number): void => {
    weights.set(year, (weights.get(year) ?? 0) + weight);
  };
  for (const title of titles) {
    for (const { year, after } of yearsIn(title)) {
      if (PLAN_YEAR_FOLLOWER.test(after)) add(year - 1, 1);
      else add(year, 3);
    }
  }
  if (opening) {
    const m = /^((?:19|20)\d{2})年/.exec(opening);
    if (m) add(Number(m[1]), 2);
  }
  for (const { title, cue } of tops) {
    for (const { year } of yearsIn(title)) {
      if (cue === 'plans') add(year - 1, 1);
      else add(year, cue === null ? 1 : 2);
    }
  }
  const published = publicationYear(masked, closing);
  if (weights.size === 0) return published === null ? null : published - 1;
  const best = Math.max(...weights.values());
  const tied = [...weights.entries()].filter(([, w]) => w === best).map(([y]) => y);
  if (published !== null && tied.includes(published - 1)) return published - 1;
  return Math.min(...tied);
}
