/**
 * Who reports: the place (or department of a place) a report speaks for, checked against the
 * gazetteer, with its GB/T 2260 code and the province and city above it.
 *
 * Evidence, in order of trust: the document's own title lines, the issuer and signature lines,
 * the opening sentence (without its 在…领导下 clauses, which name superiors), then names not in
 * the gazetteer written where the reporting body stands in a title or signature (new units,
 * zones), and last the gazetteer name of the report's own level (全区/我县…) the text and the
 * titles of its own documents (《X县…方案》) name most often. The wording of names (unit
 * suffixes, self-references, superior clauses, signatures, departments) is rules/reporters.yaml.
 */
import { countOccurrences, HAN_UNIT } from '../text.js';
import { MAX_UNIT_NAME, type PlaceWording } from '../wording.js';
import type { Level } from '../types.js';
import { townsNamed, type Division } from './gazetteer.js';
import { findMentions, isInside, resolve, type Mention } from './mentions.js';

export interface Parents {
  province: string | null;
  city: string | null;
}

export interface PlaceMeta {
  level: Level;
  /** as written: 和平区, 杏檀街道办事处, 云岭市司法局; null when not stated */
  place: string | null;
  /** GB/T 2260 code of the place (of its place for a department); null when not known */
  code: string | null;
  parents: Parents;
  /** a department's: the level of the place it belongs to (a 县级市's 司法局: county); undefined when not read */
  government?: Level;
  /** a department's: the kind of place its name writes for its government (县 of 鹿岭县司法局); see `writtenKind` */
  governmentKind?: string;
}

/**
 * The kind of bureau a department's name gives after its place (琮阳市公安局璟河分局 → 公安局, 苍砾县烟草专卖局 → 烟草专卖局):
 * its short form at a place word (市局…) stands for it in its superior's name (市公安局…). Undefined when none is written.
 */
export function bureauOf(place: string | null): string | undefined {
  return BUREAU.exec((place ?? '').replace(PLACE_NAMES, ''))?.[0];
}

/** A kind of bureau after a department's places: up to eight characters and 局. */
const BUREAU = /^[\u4e00-\u9fa5]{1,8}?局/;

/** The places a department's name opens with, its own last (浙江省义乌市司法局 → 浙江省义乌市, 澹溪县市场监督管理局 → 澹溪县). */
const PLACE_NAMES = /^(?:[\u4e00-\u9fa5]{2,}?[省市州盟区县旗])+/;

/** Where the metadata reads the reporting body from. */
export interface PlaceInput {
  /** the whole text, with 《…》 titles blanked out */
  masked: string;
  /** the whole text as written */
  text: string;
  titles: readonly string[];
  /** lines before the body that are a body's name alone (赵县人民政府) */
  issuers: readonly string[];
  /** the opening paragraph, 《…》 titles blanked out */
  opening: string | null;
  closing: readonly string[];
  /** a web page's site as its page title names it, part by part (棠埠市政协); none for other files */
  site: readonly string[];
  /** the document replies to a deputy, a member or a citizen (…建议的答复, a 市长信箱 letter's reply): see `answeredFor` */
  reply?: boolean;
}

const NO_PARENTS: Parents = { province: null, city: null };

// ---------------------------------------------------------------- bodies named in a line

/** A reporting body read from one line. */
interface Found {
  place: string;
  level: Level;
  division: Division | null;
  /** the division's own code and parents apply (false for a name the gazetteer does not hold) */
  confirmed: boolean;
  /** the place a department's name writes (鹿岭县 of 鹿岭县司法局; none in 市司法局) */
  ownPlace?: string;
  /** a department's place as its name writes it (沧澜市 of 沧澜市司法局, 市 of 市司法局), and whether the gazetteer gives its level */
  government?: Government;
  /** an office of a party committee (某县委依法治县办): its notices speak for its place, as a government office's do */
  committeeOffice?: boolean;
}

interface Government {
  place: string;
  level: Level;
  known: boolean;
}

/**
 * The body a line names: its first gazetteer name, followed down through the names written right
 * after it that lie inside it (宁波市镇海区), then a street or township (镇海区招宝山街道) and a
 * department (镇海区司法局).
 */
function bodyInLine(w: PlaceWording, line: string, text: string, subjectOnly: boolean): Found | null {
  const mentions = findMentions(line);
  const first = subjectOnly ? mentions.find((m) => m.start === 0 || w.reporting_verb.test(line.slice(0, m.start))) : mentions[0];
  if (!first) return null;
  let last: Mention = first;
  let division = resolve(first.candidates, text, null);
  for (const next of mentions.slice(mentions.indexOf(first) + 1)) {
    if (next.start !== last.end) break;
    const inside = next.candidates.filter((d) => isInside(d, last.name));
    if (inside.length === 0) break;
    division = resolve(inside, text, last.name);
    last = next;
  }
  let level = division?.level ?? commonLevel(last.candidates);
  let place = last.name;
  let end = last.end;
  const below = level === 'district' || level === 'county' ? readUnit(w, line, end) : null;
  const town = below && (below.unit.level === 'street' || below.unit.level === 'township') ? below : null;
  const named = town && townsNamed(town.unit.name).find((d) => d.county === last.name && (division?.code == null || d.code?.startsWith(division.code)));
  // a street the table does not hold under that county counts only where a title or signature puts a body, and
  // holds no department of the county (某区司法局关于某街道…: the bureau, no street called 司法局关于某街道)
  const unnamed = town && !subjectOnly && w.after_body_name.test(line.slice(town.end)) && !holdsDepartment(w, line, end, town.end);
  if (town && (named || unnamed)) {
    const parent = division ?? { code: null, name: last.name, level: level!, province: null, city: null, county: null };
    division = named ?? under(parent, town.unit);
    level = town.unit.level;
    place = town.unit.name;
    end = town.end;
  }
  const office = level === null ? null : committeeOfficeEnd(w, place, line, end);
  if (office !== null)
    return {
      place: line.slice(first.start, office),
      level: 'department',
      division,
      confirmed: true,
      government: { place, level: level!, known: true },
      committeeOffice: true,
    };
  const child = subjectOnly ? null : unitNamedAfter(w, line, end, level);
  if (child) return { place: child.name, level: child.level, division: division && under(division, child), confirmed: true };
  const department = readDepartment(w, line, pastGovernment(w, place, line, end), false);
  if (department !== null && !speaksForPlace(w, place, line.slice(department))) {
    // 浙江省沧澜市司法局: a place the gazetteer does not hold, written under the one it does
    const own = level === null ? null : readUnit(w, line, end);
    const government: Government | undefined =
      own && own.end < department && RANK[own.unit.level] < RANK[level!]
        ? { place: own.unit.name, level: own.unit.level === 'city' && level === 'city' ? 'county' : own.unit.level, known: false }
        : level === null
          ? undefined
          : { place, level, known: true };
    const name = line.slice(first.start, department);
    return { place: name, level: 'department', division, confirmed: true, government: servedBy(w, name, government) };
  }
  if (level === null) return null;
  return { place, level, division, confirmed: true };
}

/**
 * Past the body that governs the unit `name` when `s` names it at `at` (某开发区管理委员会, 某盟行政
 * 公署): it governs the unit as a 人民政府 governs a county, and is no department of it.
 */
function pastGovernment(w: PlaceWording, name: string, s: string, at: number): number {
  const governing = w.governments.find((g) => g.suffixes.some((suffix) => name.endsWith(suffix)));
  return at + (governing?.names.find((body) => s.startsWith(body, at))?.length ?? 0);
}

/** A unit below `level` by its suffix, right after a gazetteer name and before 人民政府 or a year. */
function unitNamedAfter(w: PlaceWording, line: string, at: number, level: Level | null): Unit | null {
  if (level === null) return null;
  let read = readUnit(w, line, at);
  if (!read || read.unit.name.length - read.unit.suffix.length > MAX_CHILD_NAME) return null;
  // a district the table does not hold, with its street or township (重庆市某区某镇人民政府): the town reports
  const below = read.unit.level === 'district' || read.unit.level === 'county' ? readUnit(w, line, read.end) : null;
  if (below && (below.unit.level === 'street' || below.unit.level === 'township')) read = below;
  if (!w.after_body_name.test(line.slice(read.end))) return null;
  // a 市 under a city is a county-level city
  if (read.unit.level === 'city' && level === 'city') return { ...read.unit, level: 'county' };
  return RANK[read.unit.level] < RANK[level] ? read.unit : null;
}
const MAX_CHILD_NAME = 4;

/** A unit the table does not hold, under a parent it does (金华市某某市): no code, the parent's parents. */
function under(parent: Division, child: Unit): Division {
  return {
    code: null,
    name: child.name,
    level: child.level,
    province: parent.level === 'province' ? parent.name : parent.province,
    city: parent.level === 'city' ? parent.name : parent.city,
    county: parent.level === 'county' || parent.level === 'district' ? parent.name : null,
  };
}

function commonLevel(candidates: readonly Division[]): Level | null {
  const levels = new Set(candidates.map((d) => d.level));
  return levels.size === 1 ? [...levels][0]! : null;
}

/** A street or township named alone (环市街2020年…): the table's entry when it holds one of that name. */
function townInLine(w: PlaceWording, line: string, text: string): Found | null {
  const read = readUnit(w, line, 0);
  if (!read || (read.unit.level !== 'street' && read.unit.level !== 'township')) return null;
  const named = townsNamed(read.unit.name);
  if (named.length === 0) return null;
  const division = resolve(named, text, null);
  return { place: read.unit.name, level: read.unit.level, division, confirmed: true };
}

// ---------------------------------------------------------------- names by their suffix

interface Unit {
  name: string;
  suffix: string;
  level: Level;
}

/** A loop, not find's callback: one created per call was optimised by TurboFan again after every full GC. */
function suffixAt(w: PlaceWording, s: string, at: number): PlaceWording['units'][number] | undefined {
  for (const unit of w.units) if (s.startsWith(unit.suffix, at)) return unit;
  return undefined;
}

/**
 * One administrative unit at `at` by its suffix: the shortest name followed by a unit suffix whose
 * names may be that long (a zone's may be longer: 蒲湾国家高新技术产业开发区).
 */
function readUnit(w: PlaceWording, s: string, at: number): { unit: Unit; end: number } | null {
  if (w.generic_name_start.test(s.slice(at, at + 2))) return null;
  for (let k = 1; k <= MAX_UNIT_NAME && at + k < s.length; k++) {
    const ch = s[at + k - 1]!;
    if (!HAN_UNIT.test(ch) || w.not_in_name.test(ch)) return null;
    const found = suffixAt(w, s, at + k);
    if (!found || found.longest < k || (found.stem && !found.stem.test(s.slice(at, at + k)))) continue;
    let { suffix, level } = found;
    let end = at + k + suffix.length;
    // a suffix right after another belongs to the name (环市街, 沙市区, 青州市), but 区区 / 市市 is
    // a place followed by its own committee or head (即墨区区委)
    // …nor does a province's suffix end a lower unit's name (云岭省市场监督管理局 names no 云岭省市)
    // …nor where the second suffix opens a word (琰川县市场监督管理局 names no 琰川县市)
    const more = level === 'province' || w.suffix_words.test(s.slice(end)) ? undefined : suffixAt(w, s, end);
    if (more && !suffix.endsWith(more.suffix[0]!)) {
      ({ suffix, level } = more);
      end += suffix.length;
    }
    return { unit: { name: s.slice(at, end), suffix, level }, end };
  }
  return null;
}

/**
 * The end of an office of the place's party committee written right after the place `owner` at `at`
 * (某市委全面依法治市委员会办公室, 某县委依法治县办), or null: a body working for the place, which reports as a
 * department does unless its title speaks of the whole place.
 */
function committeeOfficeEnd(w: PlaceWording, owner: string, s: string, at: number): number | null {
  const m = w.committee_office.exec(s.slice(at));
  if (!m) return null;
  const end = at + m[0].length;
  return w.after_body_name.test(s.slice(end)) && !speaksForPlace(w, owner, s.slice(end)) ? end : null;
}

/**
 * A department's title about its whole place (某区司法局关于全区…情况的报告): the report is the place's, `owner`'s; not one
 * about the department's own stations across it (关于全县司法所工作情况的报告).
 */
function speaksForPlace(w: PlaceWording, owner: string, rest: string): boolean {
  const m = w.whole_place.exec(rest);
  if (!m || !owner.endsWith(m[1]!)) return false;
  return !w.own_stations.test(rest.slice(m.index + m[0].length));
}

/** The generic place word (省, 自治区, 市…: the place itself, unnamed) `s` opens with at `at`, the longest; undefined for none. */
function genericPlaceAt(w: PlaceWording, s: string, at: number): string | undefined {
  let found: string | undefined;
  for (const word of w.generic_places) if (s.startsWith(word, at) && (found === undefined || word.length > found.length)) found = word;
  return found;
}

/** A department name is at least this long (司法局). */
const MIN_DEPARTMENT = 3;
/** Departments are read within this many characters of where they start. */
const DEPARTMENT_WINDOW = 16;

/** The end of a department name starting at `at` (市司法局, 区人民政府办公室, 卫生健康委员会), or null. */
function readDepartment(w: PlaceWording, s: string, at: number, generic: boolean): number | null {
  let from = at;
  if (generic) from += genericPlaceAt(w, s, from)?.length ?? 0;
  if (s.startsWith(w.government, from)) from += w.government.length;
  const m = w.department.exec(s.slice(from, from + DEPARTMENT_WINDOW));
  if (!m) return null;
  const name = m[0];
  if (name.length < MIN_DEPARTMENT || w.place_committee.test(name) || w.not_a_department.test(name) || w.not_in_name.test(name)) return null;
  const branch = name.endsWith('局') ? w.branch.exec(s.slice(from + name.length)) : null;
  return from + name.length + (branch?.[0].length ?? 0);
}

/** The level below a bureau's: a city's (or a province's) branch serves a county (a city); other levels keep theirs. */
const BRANCH_LEVEL: Partial<Record<Level, Level>> = { city: 'county', province: 'city' };

/** A department's government, one level below its bureau's when the department is a branch of it (某市生态环境局蕰屏分局). */
function servedBy(w: PlaceWording, department: string, government: Government | undefined): Government | undefined {
  const area = government && branchArea(w, department);
  if (!government || area === undefined) return government;
  const level = BRANCH_LEVEL[government.level];
  return level === undefined ? government : { place: area, level, known: false };
}

/** The area a bureau's branch is named after (蕰屏 of 某市生态环境局蕰屏分局); undefined for a department that is no branch. */
function branchArea(w: PlaceWording, department: string): string | undefined {
  if (!department.endsWith('分局')) return undefined;
  const bureau = department.lastIndexOf('局', department.length - 3);
  return bureau >= 0 && w.branch.exec(department.slice(bureau + 1))?.[0] === department.slice(bureau + 1) ? department.slice(bureau + 1, -2) : undefined;
}

/**
 * The kind of place (县, 市, 区…: its last character) a department's name writes for its government, 县 of 鹿岭县司法局, 市 of
 * 浙江省义乌市司法局 and of 市司法局: a 县级市's bureau calls its own place 全市. None for a bureau's branch, whose name writes
 * its area without a kind (某市生态环境局蕰屏分局).
 */
function writtenKind(w: PlaceWording, found: Found): string | undefined {
  const place = found.government?.place;
  if (place === undefined || branchArea(w, found.place) !== undefined) return undefined;
  return place.at(-1);
}

/** Whether a department's name starts at `at` and ends by `end` (司法局 inside 司法局关于全县). */
function holdsDepartment(w: PlaceWording, s: string, at: number, end: number): boolean {
  const department = readDepartment(w, s, at, false);
  return department !== null && department <= end;
}

/**
 * A body written where a title or signature puts it (重庆市荣昌区人民政府, 某市司法局), read by
 * the suffixes of its name alone, for names the gazetteer does not hold.
 */
function bodyBySuffix(w: PlaceWording, s: string): Found | null {
  const start = s.startsWith(w.party_prefix) ? w.party_prefix.length : (w.parent_zone.exec(s)?.[0].length ?? w.national_parent.exec(s)?.[0].length ?? 0);
  // "区市场监督管理局" is the district's department, not a place called 区市
  const generic = readDepartment(w, s, start, true);
  const genericPlace = genericPlaceAt(w, s, start);
  if (generic !== null && genericPlace !== undefined) {
    const government = { place: genericPlace, level: suffixAt(w, s, start)!.level, known: false };
    const name = s.slice(start, generic);
    return { place: name, level: 'department', division: null, confirmed: false, government: servedBy(w, name, government) };
  }
  const units: Unit[] = [];
  let at = start;
  for (;;) {
    const next = readUnit(w, s, at);
    // a unit within another never ranks above it: 某县创建市级示范县 names no 创建市; nor does a name hold a department
    // (某县公安局关于全县派出所…: the bureau, no unit called 公安局关于全县)
    const outer = units[units.length - 1];
    if (!next || (outer && RANK[next.unit.level] > RANK[outer.level]) || holdsDepartment(w, s, at, next.end)) break;
    units.push(next.unit);
    at = next.end;
    // 中共某县委某县人民政府: a place's committee ends its name, whatever follows; so does its
    // government (某县人民政府县长: its head's post, no unit called 人民政府县)
    if (w.place_committee.test(s.slice(0, at + 1)) || s.startsWith(w.government, at)) break;
    if (w.parent_suffixes.includes(next.unit.suffix)) continue;
    // a district or banner is the parent of a street or township written right after it
    // (澧原区杏檀街道办事处), never of anything else (北塘区司法局, 某区区委)
    if (next.unit.level !== 'district' && next.unit.level !== 'county') break;
    const below = readUnit(w, s, at);
    if (!below || (below.unit.level !== 'street' && below.unit.level !== 'township') || holdsDepartment(w, s, at, below.end)) break;
    units.push(below.unit);
    at = below.end;
    break;
  }
  const last = units[units.length - 1];
  const office = last ? committeeOfficeEnd(w, last.name, s, at) : null;
  if (office !== null) {
    const government = departmentPlace(units);
    return { place: s.slice(start, office), level: 'department', division: null, confirmed: false, ownPlace: last!.name, government, committeeOffice: true };
  }
  if (last) at = pastGovernment(w, last.name, s, at);
  const departmentEnd = readDepartment(w, s, at, units.length === 0);
  if (departmentEnd !== null && !(last && speaksForPlace(w, last.name, s.slice(departmentEnd)))) {
    const name = s.slice(start, departmentEnd);
    return { place: name, level: 'department', division: null, confirmed: false, ownPlace: last?.name, government: servedBy(w, name, departmentPlace(units)) };
  }
  const place = units[units.length - 1];
  if (!place) return null;
  const parentIsCity = units.slice(0, -1).some((p) => p.level === 'city');
  // a street is the area, its 办事处 the office that governs it (杏檀街道办事处 → 杏檀街道)
  const name = place.name.replace(/(?<=街道)办事处$/, '');
  return { place: name, level: place.level === 'city' && parentIsCity ? 'county' : place.level, division: null, confirmed: false };
}

/**
 * The place a line written as a paper's title or an item's label names as its body (苘山县人民政府关于…的报告 → 苘山县,
 * 蓠洲街道2024年度…报告 → 蓠洲街道, 梓湾区 → 梓湾区), a department's place for a department (某县司法局 → 某县); undefined
 * when it names none by its name (市司法局, 区政府: a level's own body, no other place).
 */
export function namedPlaceOf(w: PlaceWording, line: string, text: string): string | undefined {
  const found = bodyInLine(w, line, text, false) ?? townInLine(w, line, text) ?? bodyBySuffix(w, line);
  if (!found) return undefined;
  const place = found.level === 'department' ? (found.ownPlace ?? (found.government?.known ? found.government.place : undefined)) : found.place;
  return place === undefined || w.generic_places.includes(place) ? undefined : place;
}

// ---------------------------------------------------------------- the report's own level

interface SelfReference {
  level: Level;
  count: number;
}

/** The level of the body that says 全区 / 我县 / 本局 most often (without 本局: of the place). */
function selfReference(w: PlaceWording, masked: string, departments = true): SelfReference {
  let best: SelfReference = { level: 'unknown', count: 0 };
  for (const { level, pattern: re } of w.self_references) {
    if (level === 'department' && !departments) continue;
    const count = masked.match(re)?.length ?? 0;
    if (count > best.count) best = { level, count };
  }
  return best;
}

/** Self-references this many times or more outweigh a name read elsewhere. */
const STRONG_SELF_REFERENCE = 3;

const RANK: Readonly<Record<Level, number>> = { province: 4, city: 3, county: 2, district: 2, street: 1, township: 1, department: 0, unknown: 0 };

/**
 * Whether a unit of `level` called `name` can be the body that speaks of itself at level `self`:
 * 全市 is said by cities, county-level cities and the municipalities, 全区 by districts and the
 * autonomous regions.
 */
function agrees(w: PlaceWording, level: Level, name: string, self: Level): boolean {
  if (self === 'unknown' || self === 'department' || level === self) return true;
  if (self === 'city') return level === 'county' || (level === 'province' && w.municipalities.includes(name));
  if (self === 'district') return level === 'province' && name.endsWith('自治区');
  return false;
}

/** A unit above the level the text speaks of itself at (杭州市 in a text that says 全区 throughout). */
function superior(w: PlaceWording, found: Found, self: SelfReference): boolean {
  if (self.count < STRONG_SELF_REFERENCE || found.level === 'department') return false;
  return RANK[found.level] > RANK[self.level] && !agrees(w, found.level, found.place, self.level);
}

/**
 * The gazetteer name the text names most often, also at the start of the titles of its own
 * documents (《长武县2021年法治政府建设工作要点》), preferring names of the level the text speaks
 * of itself at; of 广州市番禺区 only 番禺区 counts.
 */
function mostNamed(w: PlaceWording, input: PlaceInput, self: SelfReference): Found | null {
  const counts = new Map<string, { mention: Mention; count: number; first: number; ownTitle: boolean }>();
  const addAll = (mentions: readonly Mention[], offset: number, ownTitle: boolean): void => {
    mentions.forEach((m, i) => {
      const next = mentions[i + 1];
      if (next && next.start === m.end && next.candidates.some((d) => isInside(d, m.name))) return;
      // in a title, only the name it starts with (and the names right after it)
      if (ownTitle && m.start !== 0 && mentions[i - 1]?.end !== m.start) return;
      const seen = counts.get(m.name);
      if (seen) {
        seen.count++;
        seen.ownTitle ||= ownTitle;
      } else counts.set(m.name, { mention: m, count: 1, first: offset + m.start, ownTitle });
    });
  };
  addAll(findMentions(input.masked), 0, false);
  for (const title of input.text.matchAll(w.own_document_title)) {
    const mentions = findMentions(title[1]!);
    if (mentions[0]?.start === 0) addAll(mentions, title.index, true);
  }
  const ranked = [...counts.values()]
    .flatMap((c) => {
      const division = resolve(c.mention.candidates, input.text, null);
      const level = division?.level ?? commonLevel(c.mention.candidates);
      if (level === null) return [];
      const exact = level === self.level || self.level === 'unknown' || self.level === 'department';
      // a county-level city in a text that says 全市 may be one the city names in passing: named once is not enough
      const agreeing = exact || (agrees(w, level, c.mention.name, self.level) && (c.count >= 2 || c.ownTitle));
      return [{ ...c, division, level, agrees: agreeing }];
    })
    .filter((c) => c.agrees || self.count < STRONG_SELF_REFERENCE)
    .sort((a, b) => Number(b.agrees) - Number(a.agrees) || b.count - a.count || a.first - b.first);
  const best = ranked[0];
  return best ? { place: best.mention.name, level: best.level, division: best.division, confirmed: true } : null;
}

/**
 * The place that starts the titles of the text's own documents (《枳杉市2024年法治政府建设情况报告》), read by
 * its suffix, for a text that names its body nowhere else (a news item that says 市政府 and 全市 throughout): the
 * name written most often of the level the text speaks of itself at.
 */
function ownTitlesBody(w: PlaceWording, input: PlaceInput, self: SelfReference): Found | null {
  const counts = new Map<string, { found: Found; count: number }>();
  for (const title of input.text.matchAll(w.own_document_title)) {
    const found = bodyBySuffix(w, title[1]!);
    if (!found || found.level === 'department' || !w.after_body_name.test(title[1]!.slice(found.place.length))) continue;
    if (!agrees(w, found.level, found.place, self.level)) continue;
    const seen = counts.get(found.place);
    if (seen) seen.count++;
    else counts.set(found.place, { found, count: 1 });
  }
  let best: { found: Found; count: number } | undefined;
  for (const c of counts.values()) if (!best || c.count > best.count) best = c;
  return best?.found ?? null;
}

/**
 * The place a web page's site names (某市政协, 某市人民政府门户网站), for a text that names its body nowhere (a 政协's
 * paper that says 市政府 and 全市 throughout): a place of the level the text speaks of itself at (全市: a city or a
 * county-level one, named …市; no county). A department's site (某市司法局), or one beside a text that says 我局,
 * names no place to report for.
 */
function siteBody(w: PlaceWording, input: PlaceInput, self: SelfReference): Found | null {
  if (self.level === 'department') return null;
  for (const part of input.site) {
    const found = bodyInLine(w, part, input.text, false) ?? bodyBySuffix(w, part) ?? siteStemBody(w, part, input.text, self);
    if (!found || found.level === 'department' || !agrees(w, found.level, found.place, self.level)) continue;
    if (self.level === 'city' && found.level === 'county' && !found.place.endsWith('市')) continue;
    return found;
  }
  return null;
}

/**
 * The place a site's bare name (苒溪人大网) stands for: the name with a unit's suffix of the level the text speaks of
 * itself at, which the text writes in full (苒溪市 beside 全市); the one it writes most often.
 */
function siteStemBody(w: PlaceWording, part: string, text: string, self: SelfReference): Found | null {
  const stem = w.site_stem.exec(part)?.[1];
  if (stem === undefined || self.level === 'unknown') return null;
  const name = mostWrittenName(w, stem, text, (unit, written) => agrees(w, unit.level, written, self.level));
  return name === null ? null : bodyBySuffix(w, name);
}

/** The stem with the unit's suffix that `text` writes most often, among the units `fits` keeps; null when it writes none. */
function mostWrittenName(w: PlaceWording, stem: string, text: string, fits: (unit: PlaceWording['units'][number], name: string) => boolean): string | null {
  let best: { name: string; count: number } | undefined;
  for (const unit of w.units) {
    const name = stem + unit.suffix;
    if (!fits(unit, name)) continue;
    const count = countOccurrences(text, name);
    if (count > (best?.count ?? 0)) best = { name, count };
  }
  return best?.name ?? null;
}

// ---------------------------------------------------------------- the reporting body

/** The opening from its subject on: without its year and the clauses that name superiors (在市委、市政府的领导下). */
function subjectOf(w: PlaceWording, opening: string): string {
  return opening
    .replace(w.opening_lead, '')
    .replace(w.superior_clause, '')
    .replace(/^[,,、\s]+/, '');
}

export function inferPlace(w: PlaceWording, input: PlaceInput): PlaceMeta {
  const { masked, text, titles, issuers, opening, closing } = input;
  const self = selfReference(w, masked);
  const signatures = closing
    .map((l) => l.replace(/\s+/g, ''))
    .flatMap((l) => (w.signature.test(l) ? [l] : w.signature_lead.test(l) ? [l.replace(w.signature_lead, '')] : []));
  const slots = [...titles.map((t) => t.replace(w.title_lead, '')), ...issuers, ...signatures];
  // a company's, a college's or a hospital's own report (某某集团有限公司2024年度…): at no level of the tree, named by itself
  const organization = organizationOf(w, [...titles.map((t) => t.replace(w.title_lead, '')), ...issuers]);
  if (organization !== undefined) return { level: 'unknown', place: organization, code: null, parents: NO_PARENTS };
  const openingLine = opening === null ? null : subjectOf(w, opening);
  const fromOpening = openingLine === null ? null : (bodyInLine(w, openingLine, text, true) ?? townInLine(w, openingLine, text));
  const candidates: Array<() => Found | null> = [
    ...slots.map((s) => () => bodyInLine(w, s, text, false) ?? townInLine(w, s, text)),
    () => (fromOpening && !superior(w, fromOpening, self) ? fromOpening : null),
    ...slots.map((s) => () => bodyBySuffix(w, s)),
    ...titles.map((t) => () => stemBody(w, t.replace(w.title_lead, ''), input)),
    () => (openingLine === null ? null : genericDepartment(w, openingLine)),
    () => mostNamed(w, input, self),
    () => ownTitlesBody(w, input, self),
    () => siteBody(w, input, self),
  ];
  for (const candidate of candidates) {
    const found = candidate();
    if (found)
      return finish(
        w,
        officeNoticeOf(w, found, titles) ?? answeredFor(w, found, input) ?? authoringDepartment(w, found, titles, [...issuers, ...signatures]) ?? found,
        masked,
        input,
      );
  }
  return { level: self.level, place: null, code: null, parents: NO_PARENTS };
}

/**
 * The body outside the government tree a title or an issuer's line opens with (泓溆市某某集团有限公司2024年度…, 某某县
 * 人民医院关于…): a company, a college or a hospital reports on its own rule of law at no level of the tree.
 */
function organizationOf(w: PlaceWording, lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const name = w.organization.exec(line.replace(/\s+/g, ''))?.[1];
    if (name !== undefined) return name;
  }
  return undefined;
}

/**
 * The place a title names by its stem alone (某某年鉴(2025)): the stem with the unit's suffix the text writes after it most
 * often (某某市), read as a name written there; none when the text never writes the stem with a suffix.
 */
function stemBody(w: PlaceWording, title: string, input: PlaceInput): Found | null {
  const stem = w.stem_title.exec(title)?.[1];
  if (stem === undefined) return null;
  const name = mostWrittenName(w, stem, input.masked, (unit) => !unit.stem || unit.stem.test(stem));
  return name === null ? null : (bodyInLine(w, name, input.text, false) ?? bodyBySuffix(w, name));
}

/**
 * The place whose government office (某市人民政府办公室) or party committee office (某县委依法治县办) issues the document as a
 * notice (关于…的通报) or as one of the place's own (关于印发《某县…》的通知): the office issues it in the place's
 * name, so it speaks for the place.
 */
function officeNoticeOf(w: PlaceWording, found: Found, titles: readonly string[]): Found | null {
  const { government } = found;
  if (found.level !== 'department' || !government || !(found.committeeOffice || w.government_office.test(found.place))) return null;
  const issued = (title: string): boolean => {
    const bare = title.startsWith(w.party_prefix) ? title.slice(w.party_prefix.length) : title;
    const rest = bare.startsWith(found.place) ? bare.slice(found.place.length) : bare;
    // …or a title of its own line that speaks for the whole place (关于印发《某县2026年…要点》的通知)
    return w.office_notice.test(rest) || speaksForPlace(w, government.place, rest) || forwardsOwn(w, government.place, rest);
  };
  if (!titles.some(issued)) return null;
  return { place: government.place, level: government.level, division: found.division, confirmed: found.confirmed && government.known };
}

/**
 * The place a department's reply speaks for (桠溪县 of 桠溪县司法局关于…第47号建议的答复, of 某市司法局's reply in a 市长信箱):
 * the department answers the deputy, the member or the citizen as its government's 承办单位, with the whole place's figures,
 * when the text speaks of itself as the place (全县, 全市, 我县) more often than as the department (我局, 本局, 局党组).
 */
function answeredFor(w: PlaceWording, found: Found, input: PlaceInput): Found | null {
  const { government } = found;
  if (input.reply !== true || found.level !== 'department' || !government || w.generic_places.includes(government.place)) return null;
  const place = selfReference(w, input.masked, false);
  const own = w.self_references.find((s) => s.level === 'department');
  const department = own ? (input.masked.match(own.pattern)?.length ?? 0) : 0;
  if (place.count <= department || !agrees(w, government.level, government.place, place.level)) return null;
  return { place: government.place, level: government.level, division: found.division, confirmed: found.confirmed && government.known };
}

/** A title forwarding a paper of the place's own (关于转发《某县2025年度…报告》的通知): its title opens with the place's name. */
function forwardsOwn(w: PlaceWording, owner: string, rest: string): boolean {
  const paper = w.forwarded_own.exec(rest)?.[1];
  return paper !== undefined && paper.startsWith(owner) && w.after_body_name.test(paper.slice(owner.length));
}

/**
 * A department of the place found that writes the document (a line of its own under the title, or
 * the signature), when the titles name neither the place's government nor its work as a whole
 * (某县2025年度行政复议工作统计分析报告 by 某县司法局): the report is the department's, on its own line of work.
 */
function authoringDepartment(w: PlaceWording, found: Found, titles: readonly string[], authors: readonly string[]): Found | null {
  const governed = `${found.place}${w.government}`;
  // a title naming the place's government (某县人民政府2024年…) is the government's, whichever office signs it
  if (found.level === 'department' || titles.length === 0 || titles.some((title) => w.whole_work.test(title) || title.includes(governed))) return null;
  for (const author of authors) {
    if (!author.startsWith(found.place)) continue;
    const department = readDepartment(w, author, pastGovernment(w, found.place, author, found.place.length), false);
    if (department !== null) {
      const government = { place: found.place, level: found.level, known: found.confirmed };
      return { ...found, place: author.slice(0, department), level: 'department', government };
    }
  }
  return null;
}

/**
 * The place a department's name writes: its first unit, then the counties, districts and cities
 * written inside it (槐阳市东坪区司法局). A town or a one-character stem read there belongs to the
 * department's own name (住房和城乡建设局, 城市管理局).
 */
function departmentPlace(units: readonly Unit[]): Government | undefined {
  let government: Government | undefined;
  for (const unit of units) {
    if (government && (unit.level === 'street' || unit.level === 'township' || unit.name.length - unit.suffix.length < 2)) break;
    government = { place: unit.name, level: government?.level === 'city' && unit.level === 'city' ? 'county' : unit.level, known: false };
  }
  return government;
}

/** 区市场监督管理局 opening a sentence: a department of a place the text does not name there. */
function genericDepartment(w: PlaceWording, line: string): Found | null {
  if (genericPlaceAt(w, line, 0) === undefined) return null;
  const found = bodyBySuffix(w, line);
  return found && found.level === 'department' ? found : null;
}

function finish(w: PlaceWording, found: Found, masked: string, input: PlaceInput): PlaceMeta {
  const governs = governedLevel(w, found, input.opening);
  if (governs !== undefined) return { level: governs, place: found.place, code: null, parents: NO_PARENTS };
  let { level } = found;
  const { division } = found;
  if (!found.confirmed) level = levelByWording(w, found.place, found.level, masked);
  const { government } = found;
  const governmentKind = level === 'department' ? writtenKind(w, found) : undefined;
  if (level === 'department' && division === null && !found.confirmed) {
    // a department of a place named elsewhere: 市司法局 in a text about one city; a department that
    // writes its own place belongs to no other name the text holds (鹿岭县司法局 beside 会同县委)
    const owner = mostNamed(w, input, selfReference(w, masked, false));
    if (owner?.division && (found.ownPlace === undefined || owner.place === found.ownPlace))
      return { level, place: found.place, code: owner.division.code, parents: parentsWith(owner.division), government: owner.division.level, governmentKind };
  }
  const governmentLevel = government && (government.known ? government.level : levelByWording(w, government.place, government.level, masked, true));
  if (!division) return { level, place: found.place, code: null, parents: NO_PARENTS, government: governmentLevel, governmentKind };
  if (level === 'department')
    return { level, place: found.place, code: division.code, parents: parentsWith(division), government: governmentLevel, governmentKind };
  return { level, place: found.place, code: division.code, parents: { province: division.province, city: division.city } };
}

/**
 * The level a body read as a department says in its opening it governs at (岑峦林业局…同时履行县级地方政府职能): it is that
 * level's government, no department of one; undefined when it says none.
 */
function governedLevel(w: PlaceWording, found: Found, opening: string | null): Level | undefined {
  if (found.level !== 'department' || opening === null) return undefined;
  const word = w.governs_as.exec(opening)?.[1];
  return word === undefined ? undefined : w.governs_as_levels[word];
}

/** The parents of a department of `owner`: the owner's own, and the owner itself at its level. */
function parentsWith(owner: Division): Parents {
  if (owner.level === 'province') return { province: owner.name, city: null };
  if (owner.level === 'city') return { province: owner.province, city: owner.name };
  return { province: owner.province, city: owner.city };
}

/**
 * The level of a name the gazetteer does not hold (a place, or a department's place), read at `level`
 * by its suffix: a 市 is a county-level city when the text speaks of its towns, or works under or
 * reports to another city (在泉岭市委、市政府和榕岗市委的领导下; 榕岗市人民政府:; 向榕岗市政府报告), or calls a city's body
 * its superior unnamed (上级市司法局). The 市 of a
 * department named without its place (市司法局) is compared with no other city. A department guided
 * by its province's bodies and by no other city's (在省人社厅的业务指导下) works in a prefecture city:
 * the towns it names are a level of its city's offices (全市的乡镇(街道)劳动保障所), not the places under it.
 */
function levelByWording(w: PlaceWording, place: string, level: Level, masked: string, department = false): Level {
  if (level !== 'city' || !place.endsWith('市')) return level;
  if (w.municipalities.includes(place)) return 'province';
  if (w.county_level_city.test(masked) || w.superior_city.test(masked)) return 'county';
  for (const made of masked.matchAll(w.county_level_city_named)) if (made[1] === place) return 'county';
  const superiors = superiorUnits(w, masked);
  if (place.length > 1 && superiors.some((unit) => unit.level === 'city' && unit.name !== unit.suffix && unit.name !== place)) return 'county';
  if (superiorMembers(w, masked).some((member) => w.prefecture_superior.test(member))) return 'county';
  if (department && superiors.some((unit) => unit.level === 'province')) return 'city';
  return w.county_subordinates.test(masked) && !w.city_subordinates.test(masked) ? 'county' : 'city';
}

/**
 * The units named in the clauses of superiors, in the lines the report is addressed with, in the clauses saying whom
 * the body reports or files its papers with and in those citing a body's 通报, each
 * read from the start of a member of their list; a member opening with a generic place word (省司法厅,
 * 市委) is that word's unit, named by its suffix alone (省市场监管局 names no city 省市).
 */
function superiorUnits(w: PlaceWording, masked: string): Unit[] {
  return superiorMembers(w, masked).flatMap((member) => {
    const unit = readUnit(w, member, 0)?.unit;
    const generic = genericPlaceAt(w, member, 0);
    if (unit && unit.name.slice(0, -unit.suffix.length) !== generic) return [unit];
    const found = generic === undefined ? undefined : suffixAt(w, member, 0);
    return generic && found ? [{ name: generic, suffix: found.suffix, level: found.level }] : [];
  });
}
/** The members of the lists of superiors superiorUnits reads (市委, 市政府, 某市委, 州人民政府). */
function superiorMembers(w: PlaceWording, masked: string): string[] {
  const named = [
    ...[...masked.matchAll(w.superior_clause)].map((clause) => clause[0].slice(1)),
    ...[...masked.matchAll(w.addressee)].map((line) => line[1]!),
    ...[...masked.matchAll(w.reported_to)].map((clause) => clause[1]!),
    ...[...masked.matchAll(w.informed_by)].map((clause) => clause[1]!),
  ];
  return named.flatMap((superiors) => superiors.split(LIST_MEMBER));
}
/** What separates the members of a list of superiors (市委、市政府和某市委). */
const LIST_MEMBER = /[、和及与]/;
