import { createRequire } from 'node:module';
import { cached } from '../util/cache.js';
import { holdsWhere, isOneOfAt, type Screened } from '../util/matches.js';
import { inMainlandSpelling, withMainlandSpellings, type SpellingExample, type Spellings } from './spellings.js';

/** 。「」、・ for U+FF61–FF65 */
const HALF_WIDTH_PUNCTUATION = [0x3002, 0x300c, 0x300d, 0x3001, 0x30fb];

const FIRST_RADICAL = 0x2e80;
const LAST_RADICAL = 0x2fd5;
/** The supplement's radicals that are characters of their own, each before its equivalent ideograph (Unicode's EquivalentUnifiedIdeograph.txt). */
const SUPPLEMENT_CHARACTERS =
  '⺁厂⺄乙⺌小⺎兀⺒巳⺓幺⺗心⺜日⺝月⺟母⺠民⺧牛⺩王⺫目⺬示⺶羊⺼肉⻁虎⻄西⻅见⻆角⻉贝⻋车⻑長⻓长⻔门⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟';
/**
 * The character each radical stands for (0: none), as some PDFs' text layers and OCR give radicals
 * for the characters they look like (⼈民, ⻓效, ⼯作): a Kangxi radical's NFKC form, a supplement's
 * from SUPPLEMENT_CHARACTERS (NFKC has none of these). Traditional forms among them (⾨, ⻑) convert
 * on as every traditional character does.
 */
const radicalForms = new Uint16Array(LAST_RADICAL - FIRST_RADICAL + 1);
for (let unit = 0x2f00; unit <= LAST_RADICAL; unit++) radicalForms[unit - FIRST_RADICAL] = String.fromCharCode(unit).normalize('NFKC').charCodeAt(0);
for (let i = 0; i < SUPPLEMENT_CHARACTERS.length; i += 2) {
  radicalForms[SUPPLEMENT_CHARACTERS.charCodeAt(i) - FIRST_RADICAL] = SUPPLEMENT_CHARACTERS.charCodeAt(i + 1);
}

/**
 * Width forms, odd spaces and radicals, each replaced by exactly one character:
 * U+FF01–FF5E full-width ASCII (０-９ Ａ-Ｚ ％ ． ， （ ） ： ；), U+3000 ideographic space,
 * NBSP and the typographic spaces U+2000–200A, U+202F, U+205F by ASCII; the half-width
 * ideographic full stop, corner brackets, comma and middle dot (｡｢｣､･) by their full forms;
 * radicals by the characters they stand for (see radicalForms).
 */
function widthFolded(unit: number): number {
  if (unit < 0xa0) return unit;
  if (unit >= 0xff01 && unit <= 0xff5e) return unit - 0xfee0;
  if (unit >= 0xff61 && unit <= 0xff65) return HALF_WIDTH_PUNCTUATION[unit - 0xff61]!;
  if (unit >= FIRST_RADICAL && unit <= LAST_RADICAL) return radicalForms[unit - FIRST_RADICAL] || unit;
  return unit === 0x3000 || unit === 0xa0 || (unit >= 0x2000 && unit <= 0x200a) || unit === 0x202f || unit === 0x205f ? 0x20 : unit;
}

/** The UTF-16 units of the text being folded, kept from one call to the next; grown up to KEPT_UNITS. */
let units = new Uint16Array(2 ** 15);
let unitBytes = Buffer.from(units.buffer);
/** A longer text (a report of megabytes) is folded in a buffer of its own, not kept by a batch worker for the reports after it. */
const KEPT_UNITS = 2 ** 20;

/**
 * The width fold, unit by unit in a buffer: a regex replace called back for each of a report's
 * some 500 full-width commas and brackets (a fifth of a millisecond a report, and again for every
 * line the boilerplate check folds).
 */
function foldWidthForms(s: string): string {
  let first = 0;
  while (first < s.length && widthFolded(s.charCodeAt(first)) === s.charCodeAt(first)) first++;
  if (first === s.length) return s;
  if (s.length > KEPT_UNITS) {
    const own = new Uint16Array(s.length);
    return foldUnits(s, first, own, Buffer.from(own.buffer));
  }
  if (units.length < s.length) {
    units = new Uint16Array(Math.min(KEPT_UNITS, Math.max(s.length, units.length * 2)));
    unitBytes = Buffer.from(units.buffer);
  }
  return foldUnits(s, first, units, unitBytes);
}

/** `s` folded from `first` on, in `into` (and `bytes`, the same memory as bytes). */
function foldUnits(s: string, first: number, into: Uint16Array, bytes: Buffer): string {
  bytes.write(s, 0, 'utf16le');
  for (let i = first; i < s.length; i++) into[i] = widthFolded(into[i]!);
  return bytes.toString('utf16le', 0, 2 * s.length);
}

/**
 * Hong Kong/Taiwan traditional → mainland simplified. 'hk' leaves simplified text alone (显著 stays).
 * opencc-js's t2cn build holds only the dictionaries towards simplified (a tenth of the full one),
 * loaded only when a line needs converting or the tables below are built (synchronously, as the
 * fold is: its CommonJS build).
 */
const require = createRequire(import.meta.url);
const OPENCC = 'opencc-js/t2cn';
// its declarations import './core' without an extension, which NodeNext cannot resolve: typed here
const openCC = () =>
  require(OPENCC) as {
    Converter: (options: { from: string; to: string }) => (text: string) => string;
    Locale: { configs: Record<'hk2s', { normalizationChain: DictTables[]; conversionChain: DictTables[] }> };
  };
/** opencc-js's dictionaries: tables of 'key value|key value' */
type DictTables = string | string[];

/** Built on first use: loading its dictionaries costs more than a whole simplified report's fold. */
let converter: ((text: string) => string) | null = null;
const traditionalToSimplified = (text: string): string => (converter ??= openCC().Converter({ from: 'hk', to: 'cn' }))(text);

/** Characters OpenCC could change: CJK ideographs, extension A and compatibility ideographs. */
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * What can make the conversion change a line, read from its dictionaries: a line with none of it
 * converts to itself, so the (costly) conversion runs only on the few lines that may hold
 * traditional characters. The conversion runs in steps (compatibility forms → Hong Kong forms →
 * traditional → simplified), each replacing phrases first, then single characters.
 * - A character counts when converting it alone through every step changes it (台 → 臺 → 台 does
 *   not: most lines have one).
 * - A phrase counts only where the line holds the whole phrase (反覆 → 反复 changes no line that
 *   merely has 覆盖), or holds it in the forms an earlier step turns into it (户 for 戶).
 * A character beyond the BMP marks its high surrogate.
 */
interface Changes {
  singles: Uint8Array;
  /** the phrases that change something, by the first unit of every form their first character takes */
  phrasesAt: Map<number, readonly string[]>;
  /** 1 for the units phrasesAt holds: one in twenty characters of a report, so most skip the Map */
  opensPhrase: Uint8Array;
  /**
   * The first two UTF-16 units of every form a phrase may be written in (pairKey): where the
   * line's two units are none of them, no phrase is held there. 一 opens four phrases, and most
   * of a report's 一 are followed by nothing that continues one.
   */
  phraseOpenings: Set<number>;
  /** the characters (code points) an earlier step turns into a character: 户 for 戶 */
  earlierForms: CodePointLists;
}

/**
 * Lists of code points by code point, in typed arrays: the forms of `keys[i]` (ascending) are
 * `values[starts[i]]` up to `values[starts[i + 1]]`. The disk cache reads a typed array as one
 * block, where a Map of some four thousand arrays took a tenth of a cold start's set-up.
 */
interface CodePointLists {
  keys: Uint32Array;
  starts: Uint32Array;
  values: Uint32Array;
}

function packLists(lists: ReadonlyMap<number, readonly number[]>): CodePointLists {
  const keys = Uint32Array.from([...lists.keys()].sort((a, b) => a - b));
  const starts = new Uint32Array(keys.length + 1);
  const values: number[] = [];
  keys.forEach((key, i) => {
    starts[i] = values.length;
    values.push(...lists.get(key)!);
  });
  starts[keys.length] = values.length;
  return { keys, starts, values: Uint32Array.from(values) };
}

/** Whether `value` is in the list of `key` (found by binary search over the keys). */
function listHolds({ keys, starts, values }: CodePointLists, key: number, value: number): boolean {
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if (keys[mid]! < key) low = mid + 1;
    else if (keys[mid]! > key) high = mid - 1;
    else {
      for (let at = starts[mid]!; at < starts[mid + 1]!; at++) if (values[at] === value) return true;
      return false;
    }
  }
  return false;
}

function buildChanges(): Changes {
  const { normalizationChain, conversionChain } = openCC().Locale.configs.hk2s;
  const steps = [normalizationChain.flat(), ...conversionChain].map((tables) => {
    const singles = new Map<string, string>();
    const phrases: string[] = [];
    for (const table of [tables].flat()) {
      for (const pair of table.split('|')) {
        const space = pair.indexOf(' ');
        const key = pair.slice(0, space);
        const value = pair.slice(space + 1).split(' ')[0] ?? '';
        if ([...key].length === 1) singles.set(key, value);
        else if (key !== value) phrases.push(key);
      }
    }
    return { singles, phrases };
  });
  const singles = new Uint8Array(0x10000);
  const earlierForms = new Map<number, number[]>();
  for (const ch of new Set(steps.flatMap((step) => [...step.singles.keys()]))) {
    let form = ch;
    for (const step of steps) {
      form = [...form].map((c) => step.singles.get(c) ?? c).join('');
      if (form === ch || [...form].length !== 1) continue;
      const [later, earlier] = [form.codePointAt(0)!, ch.codePointAt(0)!];
      const forms = earlierForms.get(later) ?? [];
      if (!forms.includes(earlier)) earlierForms.set(later, [...forms, earlier]);
    }
    if (form !== ch) singles[ch.charCodeAt(0)] = 1;
  }
  const phrasesAt = new Map<number, string[]>();
  const opensPhrase = new Uint8Array(0x10000);
  const phraseOpenings = new Set<number>();
  const formsOf = (point: number): Set<number> => new Set([point, ...(earlierForms.get(point) ?? [])]);
  for (const phrase of steps.flatMap((step) => step.phrases)) {
    const [first, second] = [...phrase].map((ch) => ch.codePointAt(0)!);
    for (const form of formsOf(first!)) {
      const unit = String.fromCodePoint(form).charCodeAt(0);
      phrasesAt.set(unit, [...(phrasesAt.get(unit) ?? []), phrase]);
      opensPhrase[unit] = 1;
      for (const next of formsOf(second!)) {
        const opening = String.fromCodePoint(form, next);
        phraseOpenings.add(pairKey(opening.charCodeAt(0), opening.charCodeAt(1)));
      }
    }
  }
  return { singles, phrasesAt, opensPhrase, phraseOpenings, earlierForms: packLists(earlierForms) };
}

/** Two UTF-16 units as one number. */
const pairKey = (first: number, second: number): number => first * 0x10000 + second;

let changes: Changes | null = null;
const changeTables = (): Changes => (changes ??= buildChanges());

/**
 * The tables from the disk cache (src/util/cache.ts), built from opencc-js's dictionaries on a
 * miss: reading them is a twentieth of a cold check. Called before a report is read; text folded
 * without it (tests, examples) builds the tables on first use.
 */
export async function loadFoldTables(): Promise<void> {
  if (changes) return;
  changes = await cached({ slot: 'fold', inputs: [require.resolve(OPENCC)], code: [import.meta.dirname] }, () => Promise.resolve(buildChanges()));
}

/**
 * Whether the line holds the phrase at `start`, each character as written or in an earlier form.
 * By code point and without allocating: it runs at every character that may open a phrase.
 */
function holdsPhrase(line: string, start: number, phrase: string, earlierForms: Changes['earlierForms']): boolean {
  let at = start;
  for (let i = 0; i < phrase.length;) {
    const wanted = phrase.codePointAt(i)!;
    const written = line.codePointAt(at);
    if (written === undefined || (written !== wanted && !listHolds(earlierForms, wanted, written))) return false;
    i += wanted > 0xffff ? 2 : 1;
    at += written > 0xffff ? 2 : 1;
  }
  return true;
}

export function mayConvert(line: string): boolean {
  const { singles, phrasesAt, opensPhrase, phraseOpenings, earlierForms } = changeTables();
  for (let i = 0; i < line.length; i++) {
    const unit = line.charCodeAt(i);
    if (singles[unit] === 1) return true;
    // a phrase has two characters at least
    if (opensPhrase[unit] === 0 || i + 1 === line.length || !phraseOpenings.has(pairKey(unit, line.charCodeAt(i + 1)))) continue;
    for (const phrase of phrasesAt.get(unit)!) if (holdsPhrase(line, i, phrase, earlierForms)) return true;
  }
  return false;
}

/**
 * The length-preserving character fold: `foldCharacters(s).length === s.length`, and the
 * character at every offset of the result comes from the same offset of `s`, so offsets
 * found in folded text quote the original exactly. Keeps 。、“”《》〔〕 as they are.
 */
export function foldCharacters(s: string): string {
  return foldTracked(s).folded;
}

/**
 * foldCharacters, and whether it converted any line to simplified characters: where it did not,
 * it changed no Han character, and the report is no traditional one (isTraditional need not
 * read it).
 */
export function foldTracked(s: string): { folded: string; converted: boolean } {
  const folded = foldWidthForms(s);
  // one scan of the whole text: a phrase never spans lines, and nearly every report has nothing to convert
  if (!HAN.test(folded) || !mayConvert(folded)) return { folded, converted: false };
  return { folded: folded.split('\n').map(simplifyAligned).join('\n'), converted: true };
}

/**
 * Lines converted lately, and what they became: a report's lines are folded twice, one by one
 * as the boilerplate check reads them, then in the whole text, and OpenCC took some 0.1 ms a line.
 */
const converted = new Map<string, string>();
const CONVERTED_LINES = 512;

function simplifyAligned(line: string): string {
  if (!HAN.test(line) || !mayConvert(line)) return line;
  let simplified = converted.get(line);
  if (simplified === undefined) {
    simplified = inMainlandSpelling(convertAligned(line));
    if (converted.size >= CONVERTED_LINES) converted.clear();
    converted.set(line, simplified);
  }
  return simplified;
}

/** OpenCC converts phrases; where a phrase changes length, convert that line one character at a time. */
function convertAligned(line: string): string {
  const whole = traditionalToSimplified(line);
  if (whole.length === line.length) return whole;
  let out = '';
  for (const ch of line) {
    const one = traditionalToSimplified(ch);
    out += one.length === ch.length ? one : ch;
  }
  return out;
}

/** Whether the fold makes of each example what it says (`facts test`, the tests), with `spellings` for rules/spellings.yaml's. */
export function runSpellingExamples(spellings: Spellings, examples: readonly SpellingExample[]): Array<{ example: SpellingExample; got: string; ok: boolean }> {
  return examples.map((example) => {
    const got = withMainlandSpellings(spellings, convertAligned(foldWidthForms(example.text)));
    return { example, got, ok: got === example.folded };
  });
}

/** Share of Han characters the fold changed above which the report counts as traditional. */
const TRADITIONAL_SHARE = 0.03;
const TRADITIONAL_MIN_CHANGED = 3;

export function isTraditional(original: string, folded: string): boolean {
  if (original === folded) return false;
  let han = 0;
  let changed = 0;
  for (let i = 0; i < original.length; i++) {
    const unit = original.charCodeAt(i);
    if (!isHan(unit)) continue;
    han++;
    if (folded.charCodeAt(i) !== unit) changed++;
  }
  return changed >= TRADITIONAL_MIN_CHANGED && changed / Math.max(han, 1) >= TRADITIONAL_SHARE;
}

/** The UTF-16 unit is one of HAN's. */
const isHan = (unit: number): boolean => (unit >= 0x3400 && unit <= 0x9fff) || (unit >= 0xf900 && unit <= 0xfaff);

const YEAR_DIGITS: Readonly<Record<string, string>> = {
  〇: '0',
  '○': '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};
/** A year written in Chinese numerals, digit by digit (二〇二三年, 二○二三年, 一九九九年). */
const CHINESE_YEAR = /(?:一九|二[〇○零])[〇○零一二三四五六七八九]{2}(?=年)/g;
/**
 * A full stop typed as "." (or "．", folded to "."): after a Chinese word or a closing mark, before
 * the next sentence or the line's end; after a percentage only before a Chinese word or the line's
 * end (before a digit, as in 98.5%.2023年, it is left as written); never in a number (a digit stands before a decimal point)
 * or after a heading's numeral (一.). The "." is matched first and what stands before it looked
 * behind from after it: a pattern that opens with a lookbehind is tried at every offset of the text,
 * ten times as slow.
 */
const TYPED_FULL_STOP =
  /\.(?:(?<=[\u3400-\u9fff”’)》」』]\.)(?<!^[一二三四五六七八九十]{1,3}\.)(?=$|[\s\d\u3400-\u9fff“‘(《「『])|(?<=%\.)(?=$|[\s\u3400-\u9fff“‘(《「『]))/gm;

/** The first characters of what may follow a number that counts: %, a counting word. */
export const COUNTING_AFTER = '[%岁名人位件宗起份项个次期台部套条户家场批篇所处倍万亿元学课小]';
/** The first characters of what may follow a number: a date's character, %, a counting word. */
export const COUNTED_AFTER = `[年月日号${COUNTING_AFTER.slice(1, -1)}]`;
/**
 * A character typed twice at a word's end before its count (法律顾问问12名): the second read as a blank, which may stand
 * between a word and its figure. Chinese doubles a character before a count only in adverbs (仅仅3天, 整整5个), which
 * read the same so; before a year (讲讲2025年) it stays.
 */
const DOUBLED_BEFORE_COUNT = new RegExp(`([\\u3400-\\u9fff])\\1(?=\\d+(?:\\.\\d+)?${COUNTING_AFTER})`, 'g');
/**
 * A count written digit by digit in Chinese numerals, as years are (一〇八件, 二〇五名): a 〇 after a
 * digit never stands in the counting form (一百零八), so the run is read digit by digit. 零 is left
 * out (统一零件 is a word), as is a run inside a counting form (一千〇八件) or after 第 (第二〇二三号).
 */
const CHINESE_DIGIT_BY_DIGIT = new RegExp(
  `[一二三四五六七八九](?<![第〇○零一二两三四五六七八九十百千万亿].)[一二三四五六七八九]*[〇○][〇○一二三四五六七八九]*(?=${COUNTED_AFTER})`,
  'g',
);

/**
 * A 〇 inside a counting form, after a rank and before a digit (二百〇五, 贰佰〇陆, 一千〇八件), as
 * traditional and financial copies write 零 there: the numeral reader knows only 零 in that place.
 */
const ZERO_IN_COUNTING_FORM = /[〇○](?<=[十百千万亿拾佰仟][〇○])(?=[一二三四五六七八九壹贰叁参肆伍陆柒捌玖])/g;
/**
 * The financial three of traditional copies: 參 converts to 参 (参加), where mainland text writes
 * 叁; before a financial rank or after one (參拾柒, 壹佰〇參) it is that numeral.
 */
const FINANCIAL_THREE = /参(?:(?=[拾佰仟])|(?<=[拾佰仟][零〇○]?参))/g;

/**
 * A question answered by a figure alone (接了多少复议案件?127件,比上年多19件; 学了几次?10次。): the answer is what the
 * question names, so its mark reads as the colon of a label before its figure. Only an answer that is a figure and its
 * counting word and ends there (a clause or sentence end); a question followed by words stays a question.
 */
const QUESTION_BEFORE_ANSWER =
  /\?(?=[\d〇零一二两三四五六七八九十百千万]+(?:\.\d+)?(?:余|多)?(?:人次|件次|件|次|人|名|位|起|份|个|项|场|期|台|宗|%)(?:[,;。!]|$))/gm;

/**
 * An ideographic full stop typed for a rate's decimal point (满意率99。2%): between the whole part and one or two
 * decimals before %, where no sentence can end (a sentence opening with a bare rate is no report's).
 */
const FULL_STOP_AS_POINT = /。(?<=\d。)(?=\d{1,2}%)/g;
/**
 * A 、 slipped between a count and its counting word (合同、协议134、份。): after a figure that follows a word, before a
 * counting word that ends its clause; read as a blank, which a figure's counting word may follow. An outline's number
 * (1、人员) follows no word, and a counting word before more words (134、份额) is a word of its own.
 */
const COMMA_BEFORE_COUNTING_WORD = /、(?<=[\u3400-\u9fff]\d+、)(?=[件份名次台项个起宗期场](?:[,;。，；、]|$))/gm;

/** The legal (financial) numerals, simplified and traditional, as the counting form's numerals. */
const LEGAL_NUMERALS: Readonly<Record<string, string>> = {
  壹: '一',
  贰: '二',
  貳: '二',
  叁: '三',
  参: '三',
  參: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  陸: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
  佰: '百',
};
/**
 * An outline's number in legal numerals at a line's start (壹、 贰、, (壹), 拾壹.: Word's chineseLegalSimplified lists,
 * as Word shows them), which the outline reads only in the counting form: read as 一、 二、, (一), 十一.
 */
const LEGAL_OUTLINE_NUMBER = /^\(?[壹贰貳叁参參肆伍陆陸柒捌玖拾佰]{1,4}(?=[、.)])/gm;
const inCountingForm = (number: string): string => [...number].map((ch) => LEGAL_NUMERALS[ch] ?? ch).join('');

/** What OCR reads for a digit: O/o and the Chinese zeros for 0, l and I for 1. */
export const LOOKALIKE_DIGITS: Readonly<Record<string, string>> = { O: '0', o: '0', 〇: '0', '○': '0', l: '1', I: '1' };
/** A digit beside a look-alike: the cheap test that spares nearly every report the pattern below. */
const MAY_HOLD_LOOKALIKE = /\d[OolI〇○]|[OolI〇○]\d/;
/**
 * A number OCR read with look-alikes for some digits (2O23年, 1O0%, 1,46O名, l34名, 9OO台, 2〇23年):
 * digits and look-alikes, one digit at least, set apart from any Latin word, and closed by a date's
 * character, % or a counting word's first character, where no word of letters can stand (O2O模式,
 * CO2, 索引号 l379250-… stay). A run opening and closing with letters (O2O件) is no number.
 */
const LOOKALIKE_NUMBER = new RegExp(
  `[\\dOolI〇○](?<![A-Za-z\\d][\\dOolI〇○]|[\\dOolI〇○][.,][\\dOolI〇○])(?:[\\dOolI〇○]|[.,](?=[\\dOolI〇○]))*(?![A-Za-z])(?=${COUNTED_AFTER})`,
  'g',
);
const LOOKALIKE = /[OolI〇○]/g;
const OPENS_AND_CLOSES_WITH_LOOKALIKES = /^[OolI〇○].*[OolI〇○]$/;

function withLookalikesRead(number: string): string {
  if (!/\d/.test(number) || OPENS_AND_CLOSES_WITH_LOOKALIKES.test(number)) return number;
  return number.replace(LOOKALIKE, (ch) => LOOKALIKE_DIGITS[ch]!);
}

/**
 * Forms that mean the same written another way, folded where the context tells: years in Chinese
 * numerals as digits (二〇二三年 → 2023年, as titles and dates often write them) and counts so written
 * (一〇八件 → 108件), 〇 and 参 inside a counting form as 零 and 叁 (贰佰〇陆, 参拾柒), numbers OCR read
 * with letters for digits (see LOOKALIKE_NUMBER), an outline's legal numbers in the counting form (壹、 → 一、), full stops typed as "." as 。 and a question's mark before its answer
 * as a colon (see QUESTION_BEFORE_ANSWER), and typing slips at a figure (99。2%, 134、份, 顾问问12名). One character
 * for one, so offsets still point into the text as written.
 */
export function foldInContext(s: string): string {
  // each pattern after the test of a character its every match holds, in its place: most lines and reports have none
  let out = mayHoldChineseYear(s) ? s.replace(CHINESE_YEAR, digitByDigit) : s;
  if (mayHoldDigitByDigit(out)) out = out.replace(CHINESE_DIGIT_BY_DIGIT, digitByDigit);
  if (mayHoldFinancialThree(out)) out = out.replace(FINANCIAL_THREE, '叁');
  if (mayHoldZeroInCountingForm(out)) out = out.replace(ZERO_IN_COUNTING_FORM, '零');
  if (MAY_HOLD_LOOKALIKE.test(out)) out = out.replace(LOOKALIKE_NUMBER, withLookalikesRead);
  if (mayHoldLegalOutlineNumber(out)) out = out.replace(LEGAL_OUTLINE_NUMBER, inCountingForm);
  if (mayHoldTypedFullStop(out)) out = out.replace(TYPED_FULL_STOP, '。');
  if (mayHoldFullStopAsPoint(out)) out = out.replace(FULL_STOP_AS_POINT, '.');
  if (mayHoldCommaBeforeCountingWord(out)) out = out.replace(COMMA_BEFORE_COUNTING_WORD, ' ');
  out = out.replace(DOUBLED_BEFORE_COUNT, (pair: string) => `${pair[0]!} `);
  return mayHoldQuestionBeforeAnswer(out) ? out.replace(QUESTION_BEFORE_ANSWER, ':') : out;
}

const digitByDigit = (digits: string): string => [...digits].map((ch) => YEAR_DIGITS[ch]!).join('');
/** CHINESE_YEAR's every match opens with 一九, or 二 before a zero. */
const beforeZero = (s: string, at: number): boolean => isOneOfAt(s, at + 1, '〇○零');
const mayHoldChineseYear = (s: string): boolean => s.includes('一九') || holdsWhere(s, '二', beforeZero);
/** CHINESE_DIGIT_BY_DIGIT's every match holds a 〇 (or ○). */
const mayHoldDigitByDigit = (s: string): boolean => s.includes('〇') || s.includes('○');
/** FINANCIAL_THREE's 参 stands before a rank, or after one (with a zero between). */
const besideFinancialRank = (s: string, at: number): boolean =>
  isOneOfAt(s, at + 1, '拾佰仟') || isOneOfAt(s, at - 1, '拾佰仟') || (isOneOfAt(s, at - 1, '零〇○') && isOneOfAt(s, at - 2, '拾佰仟'));
const mayHoldFinancialThree = (s: string): boolean => holdsWhere(s, '参', besideFinancialRank);
/** ZERO_IN_COUNTING_FORM's 〇 stands after a rank. */
const afterRank = (s: string, at: number): boolean => isOneOfAt(s, at - 1, '十百千万亿拾佰仟');
const mayHoldZeroInCountingForm = (s: string): boolean => holdsWhere(s, '〇', afterRank) || holdsWhere(s, '○', afterRank);
/** LEGAL_OUTLINE_NUMBER's number ends in a legal numeral before 、 . or ). */
const afterLegalNumeral = (s: string, at: number): boolean => LEGAL_NUMERALS[s[at - 1] ?? ''] !== undefined;
const mayHoldLegalOutlineNumber = (s: string): boolean =>
  holdsWhere(s, '、', afterLegalNumeral) || holdsWhere(s, '.', afterLegalNumeral) || holdsWhere(s, ')', afterLegalNumeral);
/** TYPED_FULL_STOP's "." stands after a Chinese word, a closing mark or %. */
const afterWordOrPercent = (s: string, at: number): boolean => {
  const unit = s.charCodeAt(at - 1);
  return (unit >= 0x3400 && unit <= 0x9fff) || isOneOfAt(s, at - 1, '”’)》」』%');
};
const mayHoldTypedFullStop = (s: string): boolean => holdsWhere(s, '.', afterWordOrPercent);
/** FULL_STOP_AS_POINT's 。 and COMMA_BEFORE_COUNTING_WORD's 、 stand after a digit. */
const afterDigit = (s: string, at: number): boolean => isOneOfAt(s, at - 1, '0123456789');
const mayHoldFullStopAsPoint = (s: string): boolean => holdsWhere(s, '。', (t, at) => afterDigit(t, at) && isOneOfAt(t, at + 1, '0123456789'));
const mayHoldCommaBeforeCountingWord = (s: string): boolean =>
  holdsWhere(s, '、', (t, at) => afterDigit(t, at) && isOneOfAt(t, at + 1, '件份名次台项个起宗期场'));
/** QUESTION_BEFORE_ANSWER's "?" stands before a figure's first character. */
const beforeFigure = (s: string, at: number): boolean => isOneOfAt(s, at + 1, '0123456789〇零一二两三四五六七八九十百千万');
const mayHoldQuestionBeforeAnswer = (s: string): boolean => holdsWhere(s, '?', beforeFigure);

/** The patterns run only on a text their screen passes, each with its screen (test/facts/screens.test.ts tries them). */
export const SCREENED_FOLD_PATTERNS: readonly Screened[] = [
  [CHINESE_YEAR, mayHoldChineseYear],
  [CHINESE_DIGIT_BY_DIGIT, mayHoldDigitByDigit],
  [FINANCIAL_THREE, mayHoldFinancialThree],
  [ZERO_IN_COUNTING_FORM, mayHoldZeroInCountingForm],
  [LEGAL_OUTLINE_NUMBER, mayHoldLegalOutlineNumber],
  [TYPED_FULL_STOP, mayHoldTypedFullStop],
  [FULL_STOP_AS_POINT, mayHoldFullStopAsPoint],
  [COMMA_BEFORE_COUNTING_WORD, mayHoldCommaBeforeCountingWord],
  [QUESTION_BEFORE_ANSWER, mayHoldQuestionBeforeAnswer],
];
