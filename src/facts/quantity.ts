/**
 * Quantities as reports write them: 934名, 90.20 %, 2.1万余名, 三千余名, 两次, 百分之百, 近九成,
 * 95%以上, 3.2个百分点. ASCII numbers are read by a regex (exact, fast); Chinese numerals by
 * ./numerals.ts (the grammar of recognizers-text), whose known misses are corrected here:
 * qualifiers (余/近/以上…) are read around its spans, ordinals (第三), enumerations (一是), a bare
 * 零 (零件, 零跑腿) and numbers without a counting unit (years, 十九届, 四中全会) are dropped.
 */
import { isBlankAt, unitClasses } from '../document/text.js';
import { holdsWhere, isOneOfAt, matchAt, matchesOf, testAt, type Screened } from '../util/matches.js';
import { isWellFormedNumeral, readChineseNumerals, type Numeral } from './numerals.js';
import type { Qualifier } from './schema.js';

export interface Quantity {
  value: number;
  /** '%' for percentages, '个百分点' for percentage points, else the counting word (件, 名, 人次…) */
  unit: string;
  qualifier: Qualifier;
  /** [start, end) in the text given, qualifiers included */
  start: number;
  end: number;
}

export const PERCENT = '%';
export const PERCENTAGE_POINTS = '个百分点';

/** Counting words, longest first so that 人次 is not read as 人 and 个月 not as 个. */
const UNITS = [
  '个百分点',
  '百分点',
  '个工作日',
  '个班次',
  '个学时',
  '个月',
  '人次',
  '件次',
  '户次',
  '家次',
  '场次',
  '班次',
  '批次',
  '学时',
  '课时',
  '小时',
  '万元',
  '亿元',
  '元',
  '名',
  '人',
  '位',
  '件',
  '宗',
  '起',
  '份',
  '项',
  '个',
  '次',
  '期',
  '台',
  '部',
  '套',
  '条',
  '户',
  '家',
  '场',
  '批',
  '篇',
  '天',
  '所',
  '处',
  '类',
  '种',
  '轮',
  '堂',
  '节',
  '间',
  '支',
  '本',
  '册',
].sort((a, b) => b.length - a.length);

/**
 * Words by their first or last character, in the order given (longest first): every number
 * looks for its unit and qualifiers, and compares only the words that can stand there. Keyed by
 * character code (charAt would make a string of each CJK character looked up); `keys` tells by a
 * load whether a character keys any: most characters around a number start or end no qualifier.
 */
interface WordIndex {
  keys: Uint8Array;
  words: ReadonlyMap<number, readonly string[]>;
}
function indexBy(words: readonly string[], key: (word: string) => number): WordIndex {
  const index = new Map<number, string[]>();
  for (const word of words) index.set(key(word), [...(index.get(key(word)) ?? []), word]);
  const keys = new Uint8Array(0x10000);
  for (const code of index.keys()) keys[code] = 1;
  return { keys, words: index };
}
const firstChar = (word: string): number => word.charCodeAt(0);

// The reads below look at a character only inside the text: a charCodeAt past either end (NaN)
// makes V8 drop the optimised code of the function it is inlined in and compile that again, in
// every batch worker.

/** The first word of `index` that stands at `at`, or undefined. */
function wordAt(index: WordIndex, text: string, at: number): string | undefined {
  if (at >= text.length || index.keys[text.charCodeAt(at)] === 0) return undefined;
  for (const word of index.words.get(text.charCodeAt(at))!) if (text.startsWith(word, at)) return word;
  return undefined;
}

/** The first word of `index` (keyed by last character) that ends at `at` and starts at `from` or later, or undefined. */
function wordEndingAt(index: WordIndex, text: string, at: number, from: number): string | undefined {
  if (at <= 0 || index.keys[text.charCodeAt(at - 1)] === 0) return undefined;
  for (const word of index.words.get(text.charCodeAt(at - 1))!) if (at - word.length >= from && text.startsWith(word, at - word.length)) return word;
  return undefined;
}

const UNITS_BY_FIRST = indexBy(UNITS, firstChar);
/** The counting word that stands at `at`, or undefined. */
const unitAt = (text: string, at: number): string | undefined => wordAt(UNITS_BY_FIRST, text, at);

/** Whether the quantities read here can carry `word` as their unit ('%' and 个百分点 included). */
export function isUnit(word: string): boolean {
  return word === PERCENT || word === PERCENTAGE_POINTS || (word !== '百分点' && UNITS.includes(word));
}

/** Words between the number and its unit (三千余名, 40多次): all say "a little more". */
const INFIX_QUALIFIERS: Record<string, Qualifier> = { 余: 'at_least', 多: 'at_least', 来: 'about' };
const PREFIX_QUALIFIERS: Record<string, Qualifier> = {
  不少于: 'at_least',
  不低于: 'at_least',
  不得少于: 'at_least',
  至少: 'at_least',
  超过: 'more_than',
  高于: 'more_than',
  突破: 'more_than',
  逾: 'more_than',
  超: 'more_than',
  不超过: 'at_most',
  不高于: 'at_most',
  接近: 'less_than',
  将近: 'less_than',
  近: 'less_than',
  不足: 'less_than',
  不到: 'less_than',
  低于: 'less_than',
  大约: 'about',
  约: 'about',
  // a bound written as a sign (报备及时率≥95%, 败诉案件<3件); full-width ＞＜ are folded to ASCII on reading
  '≥': 'at_least',
  '>=': 'at_least',
  '>': 'more_than',
  '≤': 'at_most',
  '<=': 'at_most',
  '<': 'less_than',
};
/** The bounds written as signs, not words (see opensCell). */
const SIGNS = new Set(Object.keys(PREFIX_QUALIFIERS).filter((word) => !/\p{Script=Han}/u.test(word)));
const SUFFIX_QUALIFIERS: Record<string, Qualifier> = {
  以上: 'at_least',
  有余: 'at_least',
  左右: 'about',
  上下: 'about',
  以内: 'at_most',
  以下: 'at_most',
};
const byLength = (words: Record<string, Qualifier>): string[] => Object.keys(words).sort((a, b) => b.length - a.length);
const PREFIXES_BY_LAST = indexBy(byLength(PREFIX_QUALIFIERS), (word) => word.charCodeAt(word.length - 1));
const SUFFIXES_BY_FIRST = indexBy(byLength(SUFFIX_QUALIFIERS), firstChar);
/** How many characters before a number (blanks included) are read for its prefix qualifier. */
const PREFIX_REACH = 4;
/** How many blanks (at most `most`) stand from `at` on. */
function blanksAt(text: string, at: number, most = Infinity): number {
  let n = 0;
  while (n < most && at + n < text.length && isBlankAt(text, at + n)) n++;
  return n;
}

/**
 * A table cell's value in Chinese numerals after the row's label with its unit in brackets (调解纠纷(件) |
 * 壹佰零捌): no counting word follows it, so it is looked for here (the unit is read as for digits).
 */
const CELL_AFTER_UNIT_LABEL = /\([^()\d]{1,3}\)\s*\|\s*(?=[〇零一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟])/g;
/**
 * The financial numerals (壹佰零捌, 玖拾陆), read as the plain ones they stand for, one character for
 * one: the numeral reader leaves some of their forms unread (玖拾陆).
 */
const FINANCIAL = '壹贰叁肆伍陆柒捌玖拾佰仟';
const FINANCIAL_NUMERALS = new RegExp(`[${FINANCIAL}]`, 'g');
/**
 * Chinese numeral characters by code unit: PLAIN_NUMERAL (〇…亿) or FINANCIAL_NUMERAL (壹…仟). A sentence
 * without any has no Chinese numeral to read, and one without a financial numeral none to read as plain.
 */
const PLAIN_NUMERAL = 1;
const FINANCIAL_NUMERAL = 2;
const NUMERAL_KINDS = unitClasses('〇零一二两三四五六七八九十百千万亿', FINANCIAL);

/**
 * The kinds of Chinese numeral a text holds (PLAIN_NUMERAL | FINANCIAL_NUMERAL), in one pass read off
 * NUMERAL_KINDS: a regex searching for a class of scattered characters took about three times as long
 * per character, and each kind took a search of its own.
 */
function numeralKinds(text: string): number {
  let kinds = 0;
  for (let i = 0; i < text.length && kinds !== (PLAIN_NUMERAL | FINANCIAL_NUMERAL); i++) kinds |= NUMERAL_KINDS[text.charCodeAt(i)]!;
  return kinds;
}
const PLAIN_NUMERALS: Readonly<Record<string, string>> = Object.fromEntries([...FINANCIAL].map((ch, k) => [ch, '一二三四五六七八九十百千'[k]!]));
const plainNumeral = (ch: string): string => PLAIN_NUMERALS[ch]!;
/** A lone digit as a table cell's value (| 伍 |), which the numeral reader leaves unread without a counting word after it. */
const LONE_DIGIT_CELL = /^[〇零一二两三四五六七八九壹贰叁肆伍陆柒捌玖](?=\s*(?:\||$))/;
const LONE_DIGIT_VALUES: Readonly<Record<string, number>> = Object.fromEntries(
  [...'〇一二三四五六七八九', ...'零壹贰叁肆伍陆柒捌玖'].map((ch, k) => [ch, k % 10]),
);
/** The characters a Chinese numeral can end with. */
const NUMERAL_ENDS = '〇零一二两兩俩倆仨三四五六七八九十百千万亿萬億兆壹贰貳叁肆伍陆陸柒捌玖拾佰仟廿卅半几幾打对對点點';
/**
 * Chinese numerals are kept only as a percentage (百分之…, 九成, 八折, 三个百分点) or when a
 * counting unit or % follows (余/多/来 between): a passage of the text (see readChineseNumerals)
 * where no character a numeral can end with stands before one of those, nor 分之 or 分点, would
 * give nothing, and the numeral reader is not run there.
 */
const MAY_HOLD_CHINESE_QUANTITY = new RegExp(`分\\s*[之点點]|[${NUMERAL_ENDS}]\\s*(?:[余多来]\\s*)?(?:成|折|[%％]|[个個]|${UNITS.join('|')})`, 'y');
/**
 * The characters a match of MAY_HOLD_CHINESE_QUANTITY opens with, and those (besides blanks) that
 * can stand right after that one: only there is it tried. Most of its openers (一, 对, 点, 分) open
 * other words far more often (进一步, 对于, 重点, 部分).
 */
const OPENS_CHINESE_QUANTITY = unitClasses(`分${NUMERAL_ENDS}`);
const SECOND_OF_CHINESE_QUANTITY = unitClasses(`之点點余多来成折%％个個${UNITS.map((unit) => unit[0]).join('')}`);
const mayFollowOpening = (text: string, at: number): boolean => SECOND_OF_CHINESE_QUANTITY[text.charCodeAt(at)] === 1 || isBlankAt(text, at);
/** Words that follow a date or a clock time, not a count: 2023年, 201910月 (a damaged date), 12日. */
const DATE_WORDS = /\s*(年|月|日|号|时|分|秒|届|-|—|~|\/)/y;

/** Between a number and its unit: blanks, 余/多/来 (with a unit or % after them), 成 of 九成. */
const INFIX = /\s{0,2}(余|多|来)(?=\s{0,2}\S)/y;
const TENTHS = /成(?![立为功效果绩员本熟])/y;

/**
 * The unit of a table row written in brackets after its label, right before the value: (件) 23, (件) | 23; or of a
 * label：value line, whose label alone names the unit (应诉案件(件):42, 执法记录仪(台):512). A bilingual table writes the
 * label's translation in another script after it (执法记录仪(台) خاتىرىلەش ئۈسكۈنىسى | 301, 调解纠纷(件) ꌠꃀ | 86): letters of
 * no Han script, their marks (Mongolian FVS), blanks (a narrow space) and the format characters of their writing (bidi marks),
 * and a slash parting them from the Chinese.
 */
const UNIT_LABEL_BEFORE = /\(([^()\d]{1,3})\)(?:(?!\p{sc=Han})\p{L}|\p{M}|\p{Cf}|[\s'’·/／-])*(?:[|:]\s*)?$/u;
/** How many characters before a number UNIT_LABEL_BEFORE reads: the bracket and a label's translation after it. */
const UNIT_LABEL_REACH = 64;

/**
 * A year heading its figure after a label with its unit in brackets, as a chart's caption lists a series (应诉案件数(件)
 * 2021 52 | 2022 60): a year of the row, no value of it. A year with a cell's mark or nothing after it may be a value
 * (收案(件) | 2021), and so may a number with a thousands separator (办理(件) 2,021 较上年…).
 */
const FIGURE_AFTER_BLANKS = /\s{1,3}\d/y;
function isYearBeforeFigure(text: string, raw: RawNumber): boolean {
  if (raw.end - raw.start !== 4 || raw.value < 1900 || raw.value > 2100) return false;
  FIGURE_AFTER_BLANKS.lastIndex = raw.end;
  return FIGURE_AFTER_BLANKS.test(text);
}

/**
 * K (千) and W (万) written right after a number and right before its counting word, as slides and
 * briefings abbreviate (1.3K份, 1.2W人次): a magnitude, not the letter of a code. Anywhere else the
 * letter makes the number part of a word (5G, 4K高清, 2.8W/月, KPI).
 */
const LATIN_MULTIPLIER = `[KkWw](?=${UNITS.join('|')})`;
/**
 * A number in ASCII digits, not part of a code or a word (A12, v2, 1.2.3's later parts), nor of a
 * number in digits of another script (١2件 is no 2件: a reader sees no figure there). Its first
 * digit is read before what stands before it is looked at: a regex that opens with a lookbehind
 * tries it at every character of the sentence.
 */
const ASCII_NUMBER = new RegExp(
  `\\d(?<![\\p{Nd}A-Za-z.@_#\\-/].)(?:\\d{0,2}(?:,\\d{3})+(?!\\d)|\\d*)(?:\\.\\d+)?(?!\\p{Nd}|(?!${LATIN_MULTIPLIER})[A-Za-z])`,
  'gu',
);
/** How far after a per-unit number (每4名) its ratio's other number may stand. */
const RATIO_REACH = 12;
const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3, K: 1e3, k: 1e3, W: 1e4, w: 1e4 };
const MULTIPLIER_AFTER = new RegExp(`\\s{0,2}([万亿千])|(${LATIN_MULTIPLIER})`, 'y');

/**
 * A number too large to be held exactly (99999999999999999999件 reads as 1e20) is no amount a
 * report states: a run of digits (an identifier, junk), never a count.
 */
const isAmount = (value: number): boolean => Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER;

interface RawNumber {
  value: number;
  start: number;
  end: number;
  /** already a percentage (百分之九十五, 九成) */
  percent: boolean;
  /** the counting word the number's own phrase stands for (两度 → 次), read with it */
  unit?: string;
  /** the bound its own phrase states (过百, 过半: more than), read with it */
  qualifier?: Qualifier;
}

/** Every quantity with a counting unit or a percent sign, in text order. */
export function parseQuantities(text: string): Quantity[] {
  // the ASCII numbers' list, a new one, takes the Chinese ones too: concat would copy both
  let raws = asciiNumbers(text);
  for (const raw of chineseNumbers(text)) raws.push(raw);
  // first, so that a whole phrase read as 100% hides the numbers inside it (三个 of 三个100%)
  if (HUNDRED_PERCENT_HINT.test(text)) raws = hundredPercents(text).concat(raws);
  // each pattern after the test of a character its every match holds, in its place: a report seldom has one
  if (mayHoldTimesByDegree(text)) for (const times of timesByDegree(text)) raws.push(times);
  if (text.includes('率')) {
    if (mayHoldZeroRate(text)) for (const zero of zeroRates(text)) raws.push(zero);
    if (mayHoldHalfRate(text)) for (const half of halfRates(text)) raws.push(half);
    if (mayHoldFractionRate(text)) for (const fraction of fractionRates(text)) raws.push(fraction);
  }
  // most sentences' numbers are found in text order already, and a sort copies the list
  if (!isInStartOrder(raws)) raws.sort(byStart);
  const quantities: Quantity[] = [];
  let lastEnd = -1;
  let perUnitEnd = -1;
  for (const raw of raws) {
    if (raw.start < lastEnd) continue;
    const quantity = withUnitAndQualifiers(text, raw);
    if (!quantity) continue;
    lastEnd = quantity.end;
    // 每4名执法人员配备1台: both numbers state a ratio, neither is an amount
    if (standsAfter(text, quantity.start, '每')) {
      perUnitEnd = quantity.end;
      continue;
    }
    const ratioPartner = perUnitEnd >= 0 && quantity.start - perUnitEnd <= RATIO_REACH && !/[,;:。!?]/.test(text.slice(perUnitEnd, quantity.start));
    perUnitEnd = -1;
    if (ratioPartner) continue;
    quantities.push(quantity);
  }
  return quantities;
}

/**
 * 百分百, and “双百”, 双100% or 三个100% after a list of rates (each of them 100%): one percentage of
 * 100 over the whole phrase, which the number readers do not read as such.
 */
const HUNDRED_PERCENT = /百分百|(?:双|[两二三四五六]个)(?:百(?![分余多万亿千])|100\s*%)/g;
const HUNDRED_PERCENT_HINT = /百分百|[双个](?:百|100)/;

function hundredPercents(text: string): RawNumber[] {
  return matchesOf(HUNDRED_PERCENT, text).map((m) => ({ value: 100, start: m.index, end: m.index + m[0].length, percent: true }));
}

/**
 * 两度专题研究, 三度召开: 度 after a numeral of two to nine counts times, as 次 does; not 一度 (once, formerly), nor a
 * word 度 opens (年度, 度过, 度数).
 */
const TIMES_BY_DEGREE = /(?<![〇零一二两三四五六七八九十百千万\d])[两二三四五六七八九]度(?![年数量假过日内])/g;

/** The 度 of TIMES_BY_DEGREE stands after its numeral. */
const afterTimesNumeral = (text: string, at: number): boolean => isOneOfAt(text, at - 1, '两二三四五六七八九');
const mayHoldTimesByDegree = (text: string): boolean => holdsWhere(text, '度', afterTimesNumeral);

function timesByDegree(text: string): RawNumber[] {
  return matchesOf(TIMES_BY_DEGREE, text).map((m) => {
    const numeral = m[0][0]!;
    return { value: numeral === '两' ? 2 : LONE_DIGIT_VALUES[numeral]!, start: m.index, end: m.index + 2, percent: false, unit: '次' };
  });
}

/**
 * 纠错率为零, 败诉率为0: a rate stated as zero, which carries no % (a bare 零 or 0 is no count); not 零星, 零容忍…
 * The zero opens the pattern and the lookbehind follows it, as in BARE_ROUND.
 */
const ZERO_RATE = /[零0](?<=率(?:均|都|也|仍)?(?:为|是|保持为|降为|降至|降到)[零0])(?![\d.%％〇零一二两三四五六七八九十百千万星散碎售距容跑])/g;

/** The zero of ZERO_RATE stands after the last character of its word of being (为, 是, 降至, 降到). */
const afterBeing = (text: string, at: number): boolean => isOneOfAt(text, at - 1, '为是至到');
const mayHoldZeroRate = (text: string): boolean => holdsWhere(text, '零', afterBeing) || holdsWhere(text, '0', afterBeing);

function zeroRates(text: string): RawNumber[] {
  return matchesOf(ZERO_RATE, text).map((m) => ({ value: 0, start: m.index, end: m.index + 1, percent: true }));
}

/**
 * 出庭率过半, 审结率已超过半数: a rate stated as more than half, which carries no figure: 50, more than. Only right after
 * 率 (and a word of being): 过半在基层化解 of a count is a share of no rate. The 半 opens the pattern, as in ZERO_RATE.
 */
const HALF_RATE = /半(?<=率(?:均|都|也|已|已经)?(?:超过|过)半)(?!年|月|个|天|日|小时)(?:数)?/g;

/** The 半 of HALF_RATE stands after 过 (过半, 超过半数). */
const afterPassing = (text: string, at: number): boolean => isOneOfAt(text, at - 1, '过');
const mayHoldHalfRate = (text: string): boolean => holdsWhere(text, '半', afterPassing);

function halfRates(text: string): RawNumber[] {
  return matchesOf(HALF_RATE, text).map((m) => {
    const start = m.index - (text.startsWith('超过', m.index - 2) ? 2 : 1);
    return { value: 50, start, end: m.index + m[0].length, percent: true, qualifier: 'more_than' as const };
  });
}

/**
 * 满意率0.985, 满意率为0.96: a rate written as a fraction of one, which carries no %: the percentage it states (98.5).
 * Only right after 率 (and a verb of being): a bare decimal elsewhere is no rate (0.5分, 0.8万).
 */
const FRACTION_RATE = /0\.\d{1,4}(?<=率(?:均|都|也|仍)?(?:为|是|达|达到)?0\.\d{1,4})(?![\d.%％〇零一二两三四五六七八九十百千万亿倍个分])/g;

/** The 0. of FRACTION_RATE stands after 率 or a character that may end what follows it (均, 为, 达到…). */
const afterRateOrBeing = (text: string, at: number): boolean => isOneOfAt(text, at - 1, '率均都也仍为是达到');
const mayHoldFractionRate = (text: string): boolean => holdsWhere(text, '0.', afterRateOrBeing);

function fractionRates(text: string): RawNumber[] {
  return matchesOf(FRACTION_RATE, text).map((m) => ({
    value: Math.round(Number(m[0]) * 10000) / 100,
    start: m.index,
    end: m.index + m[0].length,
    percent: true,
  }));
}

/** Module-level, as are the loops here: a function made per call loses its optimised code at every full GC. */
const byStart = (a: RawNumber, b: RawNumber): number => a.start - b.start;
function isInStartOrder(raws: readonly RawNumber[]): boolean {
  for (let k = 1; k < raws.length; k++) if (raws[k]!.start < raws[k - 1]!.start) return false;
  return true;
}

/** Whether `char` stands right before `at`, or before one blank there (第 79次, 每 4名); read in place, as this runs on every number. */
const standsAfter = (text: string, at: number, char: string): boolean => {
  const code = char.charCodeAt(0);
  return (at >= 1 && text.charCodeAt(at - 1) === code) || (at >= 2 && text.charCodeAt(at - 2) === code && isBlankAt(text, at - 1));
};

/**
 * Digits spaced apart inside one number, as two columns of figures (12 15, 2023 2024) never stand:
 * letter-spaced one by one (1 2 0 件, a PDF's letter-spaced font), three or more single digits with
 * one blank between each, or two when the blank goes on to their counting word (3 0 件) — two alone
 * (第1 2件) are too weak a sign; or grouped by thousands (1 200人次, 12 500 000元), a group of one to
 * three digits, then groups of exactly three, the last right before its counting word. The first
 * digit is matched before what stands before it is looked behind (see INNER_INDENT in normalise.ts).
 */
const SPACED_NUMBER = new RegExp(
  `\\d(?<![\\d.,]\\d)(?:(?: \\d){2,}(?![\\d.,%])| \\d(?= (?:${UNITS.join('|')}))|\\d{0,2}(?: \\d{3})+(?=[余多]?[万亿]?(?:${UNITS.join('|')})))`,
  'g',
);

/** Every match of SPACED_NUMBER holds a digit with a blank after it. */
const afterDigit = (text: string, at: number): boolean => isOneOfAt(text, at - 1, '0123456789');
const mayHoldSpacedNumber = (text: string): boolean => holdsWhere(text, ' ', afterDigit);

/** The patterns run only on a text their screen passes, each with its screen (test/facts/screens.test.ts tries them). */
export const SCREENED_QUANTITY_PATTERNS: readonly Screened[] = [
  [TIMES_BY_DEGREE, mayHoldTimesByDegree],
  [ZERO_RATE, mayHoldZeroRate],
  [HALF_RATE, mayHoldHalfRate],
  [FRACTION_RATE, mayHoldFractionRate],
  [SPACED_NUMBER, mayHoldSpacedNumber],
];

function asciiNumbers(text: string): RawNumber[] {
  const out: RawNumber[] = [];
  const spaced = mayHoldSpacedNumber(text) ? matchesOf(SPACED_NUMBER, text) : [];
  for (const s of spaced) pushAmount(out, text, s.index, s.index + s[0].length, Number(s[0].replaceAll(' ', '')));
  for (const m of matchesOf(ASCII_NUMBER, text)) {
    const start = m.index;
    if (spaced.length > 0 && spaced.some((s) => start >= s.index && start < s.index + s[0].length)) continue;
    // 第79次常务会议: a position, not an amount
    if (standsAfter(text, start, '第')) continue;
    pushAmount(out, text, start, start + m[0].length, asciiValue(m[0]));
  }
  return out;
}

/** The number written at [start, end) with its multiplier after it (1.2万), when it is an amount. */
function pushAmount(out: RawNumber[], text: string, start: number, end: number, value: number): void {
  const after = matchAt(MULTIPLIER_AFTER, text, end);
  if (after) {
    value *= MULTIPLIERS[after[1] ?? after[2]!]!;
    end += after[0].length;
  }
  if (isAmount(value)) out.push({ value, start, end, percent: false });
}

/** Digits an exact integer always holds (below 2^53), and the powers of ten up to there, each exact. */
const EXACT_DIGITS = 15;
const POWERS_OF_TEN = Array.from({ length: EXACT_DIGITS + 1 }, (_, k) => Number(`1e${k}`));

/**
 * The value of an ASCII number (934, 5,274, 90.20), read off its digits: Number() of a match
 * takes the long way of a general string conversion, and this runs on every number. Its digits
 * as an integer, divided by the power of ten of its decimals, are rounded once, as Number()
 * rounds the decimal; a number with more digits than an exact integer holds is left to Number().
 */
function asciiValue(written: string): number {
  let digits = 0;
  let whole = 0;
  let decimals = -1;
  for (let i = 0; i < written.length; i++) {
    const code = written.charCodeAt(i);
    if (code === 0x2e) decimals = 0;
    else if (code !== 0x2c) {
      whole = whole * 10 + (code - 0x30);
      digits++;
      if (decimals >= 0) decimals++;
    }
  }
  if (digits > EXACT_DIGITS) return Number(written.replaceAll(',', ''));
  return decimals > 0 ? whole / POWERS_OF_TEN[decimals]! : whole;
}

function chineseNumbers(text: string): RawNumber[] {
  const kinds = numeralKinds(text);
  if (kinds === 0) return [];
  const wanted: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    if (OPENS_CHINESE_QUANTITY[text.charCodeAt(i)] === 1 && mayFollowOpening(text, i + 1) && testAt(MAY_HOLD_CHINESE_QUANTITY, text, i)) wanted.push(i);
  }
  const cells: RawNumber[] = [];
  if (text.includes('|')) {
    for (const m of matchesOf(CELL_AFTER_UNIT_LABEL, text)) {
      const at = m.index + m[0].length;
      const lone = LONE_DIGIT_CELL.exec(text.slice(at, at + 4))?.[0];
      if (lone === undefined) wanted.push(at);
      else cells.push({ value: lone === '两' ? 2 : LONE_DIGIT_VALUES[lone]!, start: at, end: at + 1, percent: false });
    }
    wanted.sort((a, b) => a - b);
  }
  if (wanted.length === 0) return cells;
  const out = cells;
  const { numbers, percentages } = readChineseNumerals((kinds & FINANCIAL_NUMERAL) !== 0 ? text.replace(FINANCIAL_NUMERALS, plainNumeral) : text, wanted);
  for (const { value, start, end } of percentages) if (isAmount(value) && !isRoughShare(text, end)) out.push({ value, start, end, percent: true });
  for (const { text: written, value, start, end } of numbers) {
    if (overlapsAny(percentages, start, end)) continue;
    if (/^[零〇]$/.test(written)) continue;
    if (isOrdinalOrEnumeration(text, start, end)) continue;
    // 无一件被撤销 / 没有一起败诉 / 没有出现一份合同未经审查: "not a single one", a zero that the implied patterns state;
    // 统一部署, 逐一批复, 同一人多次旁听, 每一名: the 一 ends a word, no count
    if (written === '一' && NOT_COUNTED_BEFORE_ONE.test(text.slice(Math.max(0, start - 5), start))) continue;
    // 数十名, 几百件, 数万人次: some tens or hundreds, no amount
    // (start > 0: charAt(-1) reads out of bounds, which threw away this function's optimised code)
    if (ROUND_WORDS_ONLY.test(written) && start > 0 && SOME_BEFORE_ROUND.test(text.charAt(start - 1))) continue;
    // 六分之一, 四分之三: a share of a whole is a rate (百分之/千分之 are read as percentages already)
    if (FRACTION.test(written) && value > 0 && value <= 1) {
      if (!isRoughShare(text, end)) out.push({ value: value * 100, start, end, percent: true });
    } else if (isAmount(value) && isWellFormedNumeral(written)) out.push({ value, start, end, percent: false });
  }
  for (const bare of bareRoundNumbers(text)) if (!overlapsAny(percentages, bare.start, bare.end) && !overlapsAny(numbers, bare.start, bare.end)) out.push(bare);
  return out;
}

const FRACTION = /分\s*之/;
/**
 * 十分之一强, 三成弱: a share a little above or below the one written, an impression with no figure of its own
 * (not 强化, 弱项: a word that opens the next phrase).
 */
const ROUGH_SHARE_AFTER = /\s{0,2}(?:强(?![化制调力度])|弱(?![化项势点]))/y;
const isRoughShare = (text: string, end: number): boolean => testAt(ROUGH_SHARE_AFTER, text, end);
const NOT_COUNTED_BEFORE_ONE = /(?:(?:无|没有|未有|并无|未|不曾)(?:出现|发生|存在)过?|无|没有|未有|并无|统|唯|逐|单|划|专|之|同|某|每)$/;
const ROUND_WORDS_ONLY = /^[十百千万亿拾佰仟]+$/;
const SOME_BEFORE_ROUND = /^[数几幾]$/;

/**
 * 百余件, 千多人, 逾百件, 近千人次, 过百名: a hundred, thousand or ten thousand written as its round word alone,
 * which the numeral reader leaves unread (it reads 一百余件). Only with 余/多 after it or an
 * approximation before it is the word a count (千家万户, 百姓 are none). 过 before it says "more than", as 逾
 * does, but only before a round word: elsewhere it is a verb's (通过, 经过) or marks a thing done before (召开过3次),
 * and 不过百 says "not more". The round word opens the pattern and the lookbehinds follow it: a search that opens
 * with a lookbehind tries it at every character of the sentence, thirty times slower.
 */
const BARE_ROUND = /[百千万](?:(?<=[逾近超约].|(?<![通经不])过.)(?=\s{0,2}\S)|(?<![〇零一二两三四五六七八九十百千万亿\d.．].)(?=[余多]))/g;
const ROUND_VALUES: Record<string, number> = { 百: 100, 千: 1000, 万: 10000 };
const PLAIN_GUO_BEFORE = /(?<![通经不超])过$/;

function bareRoundNumbers(text: string): RawNumber[] {
  const out: RawNumber[] = [];
  for (const m of matchesOf(BARE_ROUND, text)) {
    const value = ROUND_VALUES[m[0]]!;
    // 过 is no prefix qualifier of its own (see above): read here with its round word
    if (PLAIN_GUO_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index)))
      out.push({ value, start: m.index - 1, end: m.index + 1, percent: false, qualifier: 'more_than' });
    else out.push({ value, start: m.index, end: m.index + 1, percent: false });
  }
  return out;
}

/** Whether one of `spans` overlaps [start, end) (a loop: a closure would be made for every number). */
function overlapsAny(spans: readonly Numeral[], start: number, end: number): boolean {
  for (const span of spans) if (start < span.end && span.start < end) return true;
  return false;
}

/** 第三次, (第三、四期), 一是/二是: positions, not amounts. */
function isOrdinalOrEnumeration(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 6), start);
  if (/第$/.test(before) || /第[〇零一二两三四五六七八九十百\d]+[、,和及至到\-~]$/.test(before)) return true;
  return text.startsWith('是', end);
}

function withUnitAndQualifiers(text: string, raw: RawNumber): Quantity | null {
  let { value } = raw;
  let end = raw.end;
  let qualifier: Qualifier = raw.qualifier ?? 'exact';
  if (testAt(DATE_WORDS, text, end)) return null;

  let unit: string | null = null;
  if (raw.unit !== undefined) {
    unit = raw.unit;
  } else if (raw.percent) {
    unit = PERCENT;
  } else {
    const infix = matchAt(INFIX, text, end);
    if (infix) {
      const afterInfix = end + infix[0].length + blanksAt(text, end + infix[0].length);
      if (text.startsWith('%', afterInfix) || unitAt(text, afterInfix)) {
        qualifier = INFIX_QUALIFIERS[infix[1]!]!;
        end += infix[0].length;
      }
    }
    const space = blanksAt(text, end, 2);
    const head = end + space;
    if (text.startsWith('%', head)) {
      unit = PERCENT;
      end += space + 1;
    } else if (testAt(TENTHS, text, head) && /[一二三四五六七八九十]$/.test(text.slice(raw.start, raw.end))) {
      // 九成 = 90% (the numeral reader finds most of these itself; this covers what it misses)
      unit = PERCENT;
      value *= 10;
      end += space + 1;
    } else {
      const found = unitAt(text, head);
      // a table cell's value: its unit stands in brackets after the row's label (持证执法人员(名) 5,274)
      const labelled = found ? undefined : UNIT_LABEL_BEFORE.exec(text.slice(Math.max(0, raw.start - UNIT_LABEL_REACH), raw.start))?.[1];
      if (labelled && isYearBeforeFigure(text, raw)) return null;
      if (labelled === '%') unit = PERCENT;
      else if (found || (labelled && UNITS.includes(labelled))) {
        unit = found === '百分点' ? PERCENTAGE_POINTS : (found ?? labelled!);
        if (found) end += space + found.length;
      } else return null;
    }
  }

  let start = raw.start;
  const from = Math.max(0, start - PREFIX_REACH);
  let before = start;
  while (before > from && isBlankAt(text, before - 1)) before--;
  const prefix = wordEndingAt(PREFIXES_BY_LAST, text, before, from);
  if (prefix && !opensCell(text, prefix, before - prefix.length) && !endsArrow(text, prefix, before - prefix.length)) {
    start = text.lastIndexOf(prefix, start);
    if (qualifier === 'exact') qualifier = PREFIX_QUALIFIERS[prefix]!;
  }
  const tail = blanksAt(text, end, 2);
  const suffix = wordAt(SUFFIXES_BY_FIRST, text, end + tail);
  if (suffix) {
    end += tail + suffix.length;
    if (qualifier === 'exact') qualifier = SUFFIX_QUALIFIERS[suffix]!;
  }
  return { value: round(value), unit, qualifier, start, end };
}

/**
 * A bound sign opening a table's cell (| ≥95% |, or after a wide gap in a row of text: 出庭应诉率    ≥95%    97.2%) is the
 * row's standard, which ingest reads as a target (src/ingest/normalise.ts BOUND_CELL): no bound of a figure in prose,
 * and not read with it.
 */
const CELL_GAP_BEFORE = /(?:[|\t]|\s\s)\s*$/;
const opensCell = (text: string, prefix: string, at: number): boolean => SIGNS.has(prefix) && CELL_GAP_BEFORE.test(text.slice(Math.max(0, at - 3), at));

/** The > of an arrow written in ASCII (91.2% -> 97.5%, => 1,500名): it leads to the figure, bounding none. */
const endsArrow = (text: string, prefix: string, at: number): boolean => prefix === '>' && at > 0 && (text[at - 1] === '-' || text[at - 1] === '=');

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
