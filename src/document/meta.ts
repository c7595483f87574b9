/**
 * Document metadata: what the document is (annual report, plan, other), who reports (level and
 * place) and which year it reports on. All cues are read from the masked text, so places and
 * years quoted in 《…》 titles of other documents never count.
 */
import {
  ANNUAL_REPORT_CUES,
  CHROME_LINE,
  CITY_SUBORDINATES,
  COUNTY_SUBORDINATES,
  DOMAIN_CUES,
  DOMAIN_MIN_HITS,
  DOMAIN_MIN_PER_THOUSAND,
  GENERIC_NAME_START,
  MUNICIPALITIES,
  PARENT_SUFFIXES,
  PLACE_COMMITTEE_SUFFIX,
  PLAN_CUES,
  PLAN_TITLE,
  PLAN_YEAR_FOLLOWER,
  PUBLICATION_DATE,
  REPORT_TITLE,
  SELF_REFERENCES,
  SIGNATURE_LINE,
  TITLE_WORDS,
  UNIT_SUFFIXES,
} from './cues.js';
import { countOccurrences, type Line } from './text.js';
import type { DocumentKind, Level, SectionKind } from './types.js';

/** The lines and cues of a document that metadata is read from. */
export interface MetaInput {
  /** the text with 《…》 titles blanked out */
  masked: string;
  /** the document's own title lines (before the body) */
  titles: readonly string[];
  /** the first body paragraph, e.g. "2023年,和平区坚持…" */
  opening: string | null;
  /** closing lines: signature, date, site footer */
  closing: readonly string[];
  /** top-level headings with the kind their title announces (null when it announces none) */
  tops: ReadonlyArray<{ title: string; cue: SectionKind | null }>;
}

// ---------------------------------------------------------------- title and opening lines

const MAX_TITLE_LINE = 80;
const TITLE_SEARCH_LINES = 8;

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

// ---------------------------------------------------------------- level and place

interface Unit {
  name: string;
  suffix: string;
  level: Level;
}

const CJK = /[\u4e00-\u9fa5]/;
const MAX_NAME = 8;

function suffixAt(s: string, at: number): readonly [string, Level] | undefined {
  return UNIT_SUFFIXES.find(([suffix]) => s.startsWith(suffix, at));
}

/** One administrative unit at `at`: the shortest name followed by a unit suffix. */
function readUnit(s: string, at: number): { unit: Unit; end: number } | null {
  if (GENERIC_NAME_START.test(s.slice(at, at + 1))) return null;
  for (let k = 1; k <= MAX_NAME && at + k < s.length; k++) {
    if (!CJK.test(s[at + k - 1]!)) return null;
    const found = suffixAt(s, at + k);
    if (!found) continue;
    let [suffix, level] = found;
    let end = at + k + suffix.length;
    // a suffix right after another belongs to the name (环市街, 沙市区, 青州市), but 区区 / 市市 is
    // a place followed by its own committee or head (即墨区区委)
    const more = suffixAt(s, end);
    if (more && !suffix.endsWith(more[0][0]!)) {
      [suffix, level] = more;
      end += suffix.length;
    }
    return { unit: { name: s.slice(at, end), suffix, level }, end };
  }
  return null;
}

/** A department after a place or a generic prefix (市司法局, 区人民政府办公室, 卫生健康委员会). */
const DEPARTMENT = /^[\u4e00-\u9fa5]{0,12}?(?:局|委员会|委|厅|办公室|署)/;
const MIN_DEPARTMENT = 3;
const NOT_A_DEPARTMENT = /党|工委|坚持|落实|深入|认真|全面|贯彻|围绕|紧紧|持续|始终|积极|扎实|着力/;

/** The end of a department name starting at `at`, or null. */
function readDepartment(s: string, at: number, generic: boolean): number | null {
  let from = at;
  if (generic && /[省市县区]/.test(s.charAt(from))) from++;
  if (s.startsWith('人民政府', from)) from += 4;
  const m = DEPARTMENT.exec(s.slice(from, from + 16));
  if (!m) return null;
  const name = m[0];
  if (name.length < MIN_DEPARTMENT || PLACE_COMMITTEE_SUFFIX.test(name) || NOT_A_DEPARTMENT.test(name)) return null;
  return from + name.length;
}

export interface Body {
  place: string;
  level: Level;
  /** the parent units written before the place (重庆市 in 重庆市荣昌区) */
  parents: Unit[];
}

/** The reporting body written at the start of `s`: 重庆市荣昌区人民政府, 环市街, 某市司法局. */
export function readBody(s: string): Body | null {
  const start = s.startsWith('中共') ? 2 : 0;
  // "区市场监督管理局" is the district's department, not a place called 区市
  const generic = readDepartment(s, start, true);
  if (generic !== null && /[省市县区]/.test(s.charAt(start))) {
    return { place: s.slice(start, generic), level: 'department', parents: [] };
  }
  const units: Unit[] = [];
  let at = start;
  for (;;) {
    const next = readUnit(s, at);
    if (!next) break;
    units.push(next.unit);
    at = next.end;
    if (PARENT_SUFFIXES.includes(next.unit.suffix)) continue;
    // a district or banner is the parent of a street or township written right after it
    // (澧原区杏檀街道办事处), never of anything else (北塘区司法局, 某区区委)
    if (next.unit.level !== 'district' && next.unit.level !== 'county') break;
    const below = readUnit(s, at);
    if (!below || (below.unit.level !== 'street' && below.unit.level !== 'township')) break;
    units.push(below.unit);
    at = below.end;
    break;
  }
  const departmentEnd = readDepartment(s, at, units.length === 0);
  if (departmentEnd !== null) return { place: s.slice(start, departmentEnd), level: 'department', parents: units };
  const place = units[units.length - 1];
  return place ? { place: place.name, level: place.level, parents: units.slice(0, -1) } : null;
}

const OPENING_LEAD = /^(?:\d{4}年(?:度|以来)?|今年以来|一年来|过去一年|近年来)?,?(?:在[^。]{0,40}?下,)?(?:我们)?/;
const TITLE_LEAD = /^(?:\d{4}年度?)?/;
const SIGNATURE_LEAD = /^(?:主办单位|承办单位)[:]?/;

function levelOf(body: Body, masked: string): Level {
  if (body.level !== 'city' || !body.place.endsWith('市')) return body.level;
  if (body.parents.length === 0 && MUNICIPALITIES.includes(body.place)) return 'province';
  if (body.parents.some((p) => p.level === 'city')) return 'county';
  if (/县级市/.test(masked) || (COUNTY_SUBORDINATES.test(masked) && !CITY_SUBORDINATES.test(masked))) return 'county';
  return 'city';
}

/** The level of the body that says 全区 / 我县 / 本局 most often, for texts that name no place. */
function levelBySelfReference(masked: string): Level {
  let best: Level = 'unknown';
  let bestCount = 0;
  for (const [level, re] of SELF_REFERENCES) {
    const count = masked.match(re)?.length ?? 0;
    if (count > bestCount) {
      best = level;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The reporting body, from the title, the opening sentence, the signature and the site owner,
 * in that order of trust; the level from the body's name, or from self-references when none.
 */
export function inferPlace(input: MetaInput): { level: Level; place: string | null } {
  const { masked, titles, opening, closing } = input;
  const candidates: Array<Body | null> = [
    ...titles.map((t) => readBody(t.replace(TITLE_LEAD, ''))),
    opening === null ? null : readBody(opening.replace(OPENING_LEAD, '')),
    ...closing.filter((l) => SIGNATURE_LINE.test(l.replace(/\s+/g, ''))).map((l) => readBody(l.trim())),
    ...closing.filter((l) => SIGNATURE_LEAD.test(l)).map((l) => readBody(l.replace(SIGNATURE_LEAD, '').trim())),
  ];
  const body = candidates.find((c): c is Body => c !== null);
  if (!body) return { level: levelBySelfReference(masked), place: null };
  return { level: levelOf(body, masked), place: body.place };
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
