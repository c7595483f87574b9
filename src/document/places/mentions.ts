/**
 * Names of the gazetteer written in a text: 宁波市镇海区 is two mentions, 宁波市 and 镇海区. Only
 * names that end in a unit character (省市区县旗州盟) are looked for, at each such character,
 * longest first, and only as long as the names that end in its last two characters: most unit
 * characters of a text (全市, 城区) end none, at the cost of one map lookup.
 */
import { countOccurrences, HAN_UNIT, unitClasses } from '../text.js';
import { gazetteer, type Division } from './gazetteer.js';

export interface Mention {
  start: number;
  end: number;
  name: string;
  /** every division of that name (和平区: Tianjin's and Shenyang's) */
  candidates: readonly Division[];
}

const NAME_END = unitClasses('省市区县旗州盟');

export function findMentions(s: string): Mention[] {
  const { named, longestEndingIn, shortNameAfter, shortNameJoined, wordNames } = gazetteer();
  const found: Mention[] = [];
  for (let end = 2; end <= s.length; end++) {
    if (NAME_END[s.charCodeAt(end - 1)] !== 1) continue;
    for (let length = Math.min(longestEndingIn(s.slice(end - 2, end)), end); length >= 2; length--) {
      const start = end - length;
      const name = s.slice(start, end);
      const candidates = named(name);
      if (!candidates) continue;
      if ((length === 2 || wordNames.has(name)) && !canStartShortName(shortNameAfter, shortNameJoined, s, start, found)) break;
      found.push({ start, end, name, candidates });
      break;
    }
  }
  // overlapping names (自治区 inside 内蒙古自治区 cannot happen: longest first; 市中区 after 沙市 can): keep the longer
  const kept: Mention[] = [];
  for (const m of found) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) kept[kept.length - 1] = m;
      continue;
    }
    kept.push(m);
  }
  return kept;
}

/**
 * A name of one character and its unit (赵县, 和县, 城区) is a common word inside longer ones
 * (政府和县委, 中心城区), and so is one whose stem is a common word (本院会同县司法局: 会同 "together
 * with"): it counts only where a name can start, after a non-Chinese character, another place
 * name, or the words of rules/places.yaml `short_name_after`; not after a closing mark when its stem is a conjunction
 * (《纲要》和县政府: `short_name_joined`).
 */
function canStartShortName(after: RegExp, joined: RegExp, s: string, start: number, before: readonly Mention[]): boolean {
  if (start === 0) return true;
  if (!HAN_UNIT.test(s[start - 1]!)) return !joined.test(s.slice(start - 1, start + 1));
  if (before.some((m) => m.end === start)) return true;
  return after.test(s.slice(Math.max(0, start - 2), start));
}

/** Whether `child` lies inside the unit called `parent`. */
export function isInside(child: Division, parent: string): boolean {
  return child.province === parent || child.city === parent || child.county === parent;
}

/** 浙江省 → 浙江, 广西壮族自治区 → 广西, 延边朝鲜族自治州 → 延边, 杭州市 → 杭州. */
export function stemOf(name: string): string {
  const stem = name.replace(/(?:[\u4e00-\u9fa5]{1,5}?族)*(?:自治区|自治州|特别行政区|省|市|地区|盟)$/, '');
  return stem.length >= 2 ? stem : name;
}

/**
 * One division among those of the same name: the one inside `parent` when a parent is written
 * before it, else the one whose province and city the text names most often (和平区 in a text
 * that says 天津 eight times). Null when the text does not tell them apart.
 */
export function resolve(candidates: readonly Division[], text: string, parent: string | null): Division | null {
  let pool = parent === null ? candidates : candidates.filter((d) => isInside(d, parent));
  if (pool.length === 0) pool = candidates;
  if (pool.length === 1) return pool[0]!;
  const scored = pool.map((d) => ({
    d,
    score: [d.province, d.city, d.county].reduce((n, p) => n + (p === null ? 0 : countOccurrences(text, stemOf(p))), 0),
  }));
  const best = Math.max(...scored.map((x) => x.score));
  const top = scored.filter((x) => x.score === best);
  return top.length === 1 ? top[0]!.d : null;
}
