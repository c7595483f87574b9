/**
 * Chinese numerals (三千余, 二十六, 九十九点六, 三分之二, 百分之九十五, 九成, 八折, 三个百分点) read
 * exactly as the zh-cn number and percentage models of Microsoft Recognizers-Text 1.3 (MIT) read
 * them, without loading that library: its 0.25 s of start-up (XRegExp, every language's regexes)
 * was most of a cold check. Its grammar is kept as it is, quirks included (半 alone is 0.5, 十成
 * is 100%, 三千余万 is 30000000, 两 stands alone only before a measure word), because the
 * extraction rules and their tests were tuned on its results. test/facts/numerals.test.ts
 * compares this reader with the library on every sentence of our texts, the seeds and the real
 * openings, and on generated numerals. It departs from the library twice, both where the library
 * failed: a percentage point of a compound base (三个百万分点), on which it threw, has no value
 * here, and no numeral reaches across more than 64 blanks (see withinLongBlanks).
 *
 * How the library reads: every pattern of a model is matched over the whole text, the characters
 * matched by any pattern are joined into runs, and a run is a result only where one match covers
 * exactly that run (the first such pattern decides how its value is read).
 */

import { CHINESE_DIGITS } from '../document/cues.js';
import type { Span } from '../document/types.js';

/** A result written in Chinese numerals only; `end` is exclusive. */
export interface Numeral {
  text: string;
  start: number;
  end: number;
  /** the value as the library resolves it (NaN where it gives none); percentages in percent */
  value: number;
}

const CJK_NUMERAL = /[〇零一二两三四五六七八九十百千万亿]/;
/** Whether a result is a Chinese numeral (no ASCII digit, at least one numeral character). */
export function isChineseNumeral(text: string): boolean {
  return CJK_NUMERAL.test(text) && !/\d/.test(text);
}

// ---- the grammar (ChineseNumeric of the library; names as there) ----
const NumberMultiplierRegex = `(K|k|MM?|mil|G|T|B|b)`;
const ZeroToNineFullHalfRegex = `[\\d]`;
const ZeroToNineIntegerRegex = `[一二三四五六七八九零壹贰貳叁肆伍陆陸柒捌玖〇两兩俩倆仨]`;
const DigitNumPlusRegex = `${ZeroToNineIntegerRegex}|${ZeroToNineFullHalfRegex}`;
const NegativeNumberTermsRegex = `[负負]`;
const NegativeNumberTermsRegexNum = `((?<!(\\d+(\\s*${NumberMultiplierRegex})?\\s*)|[-－])[-－])`;
const NegativeNumberTermsRegexAll = `(${NegativeNumberTermsRegex}|${NegativeNumberTermsRegexNum})`;
const KiloUnitNames = `[米克位焦卡赫瓦]|比特|字节|大卡`;
const MegaUnitNames = `[位赫瓦]|比特|字节`;
const RoundNumberIntegerRegex = `(((?<![十百拾佰千仟])[十百拾佰])([万亿萬億]{0,2})|([万亿萬億]{1,2})|(?<![十百拾佰千仟])[千仟]([万亿萬億]{1,2})|(?<![十百拾佰千仟])[千仟](?!${KiloUnitNames})|(兆{1,2})(?!${MegaUnitNames}))`;
/** What may follow a lone digit (三个, 两次); 、，（） are not there because the text is normalised first. */
const AllowListRegex = `([。，、（）“”]|[这那不也还而却更但這還卻]?是|[到以至]|[国國]|周|夜|[点點]|[个個]|倍|票|[项項]|[亩畝]|分|元|角|天|[双雙]|[对對]|加|[减減]|乘|除|[對对]|打|公[里裏]|公[顷頃]|公分|平方|方|米|厘|毫|[条條]|船|[车車]|[辆輛]|群|[页頁]|杯|人|[张張]|次|位|份|批|[届屆]|[级級]|[种種]|套|[笔筆]|根|[块塊]|件|座|步|[颗顆]|棵|[节節]|支|只|名|年|月|日|[号號]|朵|克|[吨噸]|磅|[码碼]|英尺|英寸|升|加[仑侖]|立方|[台臺]|套|[罗羅]|令|卷|[头頭]|箱|包|桶|袋|[块塊]|家|行|期|[层層]|度|面|所|架|把|片|[阵陣]|[间間]|等|[叠疊]|碟|下|起|手|季|部|人|小[时時]|[时時]|秒|[样樣]|章|段|星|州|款|代|维|重|[户戸]|楼|路|篇|句|键|本|生|者|字|郎|道|边|场|口|线|世|岸|金|类|番|组|卦|眼|系|声|更|带|色|战|成|轮|食|首|幡|站|股|井|流|开|刻|洲|回|宮|集|练|週|和|环|甲|处|省|里|海|遍|品|体|王|尾|新|隻|版|阶|板|侧|波|身|则|扫|房|彩|木|军|居|晚|岛|课|式|通|相|区|文|端|味|田|心|胎|班|出|连|单|事|丝|副|岁|旁|幕|些|枚|招|卡|幅|言|街|指|辈|室|堆|作|封|厢|声|城|族|圈|脸|目|排|模|夕|网|市|向|极|驱|科|提|核|村|审|刀|册|例|关|粒|局|山|寸|碗|瞬|联|游|脚|宅|线|格|入|趟|貫|界|社|肢|技|滴|问|笑|院|堂|尺|寨|档|举|盘|门|客|餐|艘|毛|丈|剑|曲|任|叶|团|派|嘴|桥|抹|枝|贯|伏|拳|列|机|盒|队|进制|栋|席|斤|词|击|题|型|宗|柱|钱|拍|剧|旬|命|扇|匹|湖|壶|觉|叉|校|泉|具|串|射|证|大批|球|横|竖|尊|轴|观|审|石|束|弹|株|领|委|栏|炮|鼎|町|帆|斗|缕|桌|针|帧|转|落|足|梯|县|投|试|帮|掌|箭|盏|锅|计|大片|学期|截|顶|屋|介|剑|桂|旗|巷|挥|晃|员|翼|池|围|勺|宿|库|棒|冠|树|缸|伙|签|揽|坨|匙|桩|顿|纸|隅|诺|案|刊|厂|杆|袭|仓|床|担|帖|屏|盏|腔|贴|窍|洞|円|坪|泡|园|馆|湾|拨|枪|职|亭|背|維|[護护戸]|樓|鍵|邊|場|線|類|組|聲|帶|戰|輪|開|練|環|處|裏|體|隻|階|側|則|掃|軍|居|島|課|式|區|連|單|絲|歲|廂|聲|臉|網|極|驅|審|冊|關|聯|遊|腳|線|貫|問|檔|舉|盤|門|劍|曲|任|葉|團|派|嘴|橋|抹|枝|貫|伏|拳|列|機|盒|隊|進制|棟|詞|擊|題|錢|壺|覺|證|大批|球|橫|豎|尊|軸|觀|審|彈|領|委|欄|釘|鬥|縷|針|幀|轉|縣|試|幫|盞|鍋|計|學期|截|頂|介|劍|桂|旗|巷|揮|晃|員|圍|勺|宿|庫|棒|冠|樹|缸|夥|簽|攬|樁|頓|紙|隅|諾|廠|桿|襲|倉|擔|盞|貼|竅|洞|坪|泡|員|館|灣|撥|槍|職|的|\\s|$)`;
const ContinuouslyNumberRegex = `(${DigitNumPlusRegex}|${RoundNumberIntegerRegex})`;
const SingleLiangRegex = `(?<!${ContinuouslyNumberRegex})两(?!${ContinuouslyNumberRegex})`;
const NotSingleRegex = `(((${DigitNumPlusRegex}|[十拾])\\s*(\\s*[多几幾余]?\\s*${RoundNumberIntegerRegex}){1,2}|[十拾]|${RoundNumberIntegerRegex}\\s*${ZeroToNineIntegerRegex})\\s*|${ZeroToNineFullHalfRegex})((((${DigitNumPlusRegex})\\s*(\\s*[多几幾余]?\\s*${RoundNumberIntegerRegex}){1,2}|零)\\s*)|(${ZeroToNineFullHalfRegex}))*(${DigitNumPlusRegex})?(?<!两)`;
const SingleRegex = `((?<!${ZeroToNineIntegerRegex})${ZeroToNineIntegerRegex}(?<!两)|${SingleLiangRegex})(?=${AllowListRegex})`;
const AllIntRegex = `(((((${DigitNumPlusRegex}|[十拾])\\s*(\\s*[多几幾余]?\\s*${RoundNumberIntegerRegex}){1,2}|[十拾])\\s*)((((${DigitNumPlusRegex})\\s*(\\s*[多几幾余]?\\s*${RoundNumberIntegerRegex}){1,2}|零)\\s*)|(${ZeroToNineFullHalfRegex}))*(${DigitNumPlusRegex})?|(${DigitNumPlusRegex}))(?<!两)|${SingleLiangRegex})`;
const PointRegexStr = `[点點\\.．]`;
const AllFloatRegex = `${NegativeNumberTermsRegex}?${AllIntRegex}\\s*${PointRegexStr}\\s*[一二三四五六七八九零壹贰貳叁肆伍陆陸柒捌玖〇](\\s*${ZeroToNineIntegerRegex})*`;
const D = ZeroToNineFullHalfRegex;
const Round = RoundNumberIntegerRegex;

type Kind = 'integer' | 'double' | 'fraction' | 'percent' | 'special' | 'digits';
interface Pattern {
  kind: Kind;
  re: RegExp;
  /** what the text must hold for the pattern to match at all (most texts hold no 分之, 折, 万…) */
  needs: RegExp[];
}
const pattern = (kind: Kind, source: string, flags: string, ...needs: RegExp[]): Pattern => ({ kind, re: new RegExp(source, `g${flags}`), needs });
const DIGIT = /\d/;
const digits = (source: string, flags: string, ...needs: RegExp[]): Pattern => pattern('digits', source, flags, DIGIT, ...needs);
const PER = /分\s*之/;
const POINTS = /分\s*[点點]/;
const DOT = /[.．]/;
const COMMA = /[,，]/;
const MULTIPLIER = /[kmgtb]/i;
const DISCOUNT = /折/;
const TENTH = /成/;

/** The number model: integers, doubles, fractions (in the library's order). */
const NUMBER_PATTERNS: Pattern[] = [
  digits(`((${NegativeNumberTermsRegexNum}|${NegativeNumberTermsRegex})\\s*)?${D}+`, 'i'),
  digits(`${NegativeNumberTermsRegexNum}?${D}+\\s*${NumberMultiplierRegex}`, 's', MULTIPLIER),
  digits(`${NegativeNumberTermsRegexNum}?${D}{1,3}([,，]${D}{3})+`, 'is', COMMA),
  pattern('integer', `半(${Round}|打)`, 'is', /半/),
  pattern('integer', `半`, 'is', /半/),
  pattern('integer', `${AllIntRegex}[打](?!${AllIntRegex})`, 'is', /打/),
  pattern('integer', `${NegativeNumberTermsRegex}?(${NotSingleRegex}|${SingleRegex})`, 'i'),
  digits(`(?<!(${D}+[\\.．]${D}*))(${NegativeNumberTermsRegexAll}\\s*)?${D}+[\\.．]${D}+(?!${D}*[\\.．]${D}+)`, 'is', DOT),
  digits(`(?<!(${D}+|\\.\\.|．．))(${NegativeNumberTermsRegexAll}\\s*)?[\\.．]${D}+(?!${D}*([\\.．]${D}+))`, 'is', DOT),
  digits(`(${NegativeNumberTermsRegexAll}\\s*)?${D}{1,3}([,，]${D}{3})+[\\.．]${D}+`, 'is', COMMA, DOT),
  digits(`(${NegativeNumberTermsRegexAll}\\s*)?${D}+[\\.．]${D}+\\s*${NumberMultiplierRegex}`, 'i', DOT, MULTIPLIER),
  digits(`${NegativeNumberTermsRegex}?((${D}+)|(${D}{1,3}(,${D}{3})+))([\\.．]${D}+)?\\s*[多几幾余]?[万亿萬億]{1,2}`, 'i', /[万亿萬億]/),
  pattern('double', AllFloatRegex, 'i', /[点點.．]/),
  digits(`(?<!${D}+[\\.．])(${NegativeNumberTermsRegexAll}\\s*)?${D}+([\\.．]${D}+)?e(([-－+＋]*[1-9]${D}*)|0(?!${D}+))`, 'is', /e/i),
  digits(`(?<!${D}+[\\.．])(${NegativeNumberTermsRegexAll}\\s*)?(${D}+([\\.．]${D}+)?)\\^([-－+＋]*[1-9]${D}*)`, 'is', /\^/),
  digits(`(${NegativeNumberTermsRegexNum}\\s*)?${D}+\\s+${D}+[/／]${D}+`, 'is', /[/／]/),
  digits(`(${NegativeNumberTermsRegexNum}\\s*)?${D}+[/／]${D}+`, 'is', /[/／]/),
  pattern(
    'fraction',
    `${NegativeNumberTermsRegex}?((${D}+|${AllIntRegex})\\s*又\\s*)?${NegativeNumberTermsRegex}?(${D}+|${AllIntRegex})\\s*分\\s*之\\s*${NegativeNumberTermsRegex}?(${D}+|${AllIntRegex})(${PointRegexStr}${AllIntRegex}*)?`,
    'i',
    PER,
  ),
];

/** The percentage model (百分之…, …个百分点, …成, …折), in the library's order. */
const PERCENT_PATTERNS: Pattern[] = [
  pattern('percent', `(?<!${AllIntRegex})(${AllFloatRegex}|${AllIntRegex})\\s*[个個]\\s*${Round}\\s*分\\s*[点點]`, 'i', POINTS),
  pattern('percent', `(?<!${ZeroToNineIntegerRegex})${Round}{1,3}\\s*分\\s*之\\s*(${AllFloatRegex}|${AllIntRegex}|${Round})(?!${AllIntRegex})`, 'i', PER),
  digits(`(?<!${ZeroToNineIntegerRegex})${Round}{1,3}\\s*分\\s*之\\s*${D}+[\\.．]${D}+(?!([\\.．]${D}+))`, 'is', PER, DOT),
  digits(`(?<!${ZeroToNineIntegerRegex})${Round}{1,3}\\s*分\\s*之\\s*${D}{1,3}([,，]${D}{3})+[\\.．]${D}+`, 'is', PER, COMMA, DOT),
  digits(`(?<!${ZeroToNineIntegerRegex})${Round}{1,3}\\s*分\\s*之\\s*${D}+[\\.．]${D}+\\s*${NumberMultiplierRegex}`, 'i', PER, DOT, MULTIPLIER),
  digits(`(?<!(${D}+[\\.．]))${D}+[\\.．]${D}+(?!([\\.．]${D}+))\\s*[个個]\\s*[百佰]\\s*分\\s*[点點]`, 'is', POINTS, DOT),
  digits(`${D}{1,3}([,，]${D}{3})+[\\.．]${D}+\\s*[个個]\\s*${Round}{1,3}\\s*分\\s*[点點]`, 'is', POINTS, COMMA, DOT),
  digits(`${D}+[\\.．]${D}+\\s*${NumberMultiplierRegex}\\s*[个個]\\s*${Round}{1,3}\\s*分\\s*[点點]`, 'i', POINTS, DOT, MULTIPLIER),
  digits(`(?<!${ZeroToNineIntegerRegex})${Round}{1,3}\\s*分\\s*之\\s*${D}+(?!([\\.．]${D}+))`, 'is', PER),
  digits(`(?<!${ZeroToNineIntegerRegex})${Round}{1,3}\\s*分\\s*之\\s*${D}+\\s*${NumberMultiplierRegex}`, 'i', PER, MULTIPLIER),
  digits(`(?!${ZeroToNineIntegerRegex})${Round}{1,3}\\s*分\\s*之\\s*${D}{1,3}([,，]${D}{3})+`, 'is', PER, COMMA),
  digits(`${D}+\\s*[个個]\\s*${Round}{1,3}\\s*分\\s*[点點]`, 'is', POINTS),
  digits(`${D}+\\s*${NumberMultiplierRegex}\\s*[个個]\\s*${Round}{1,3}\\s*分\\s*[点點]`, 'i', POINTS, MULTIPLIER),
  digits(`${D}{1,3}([,，]${D}{3})+\\s*[个個]\\s*${Round}{1,3}\\s*分\\s*[点點]`, 'is', POINTS, COMMA),
  digits(`(?<!%|\\d)${NegativeNumberTermsRegexAll}?${D}+([\\.．]${D}+)?(\\s*)[％%](?!\\d)`, 'is', /[％%]/),
  digits(`${D}(([\\.．]?|\\s*)${D})?\\s*折`, 'is', DISCOUNT),
  pattern('special', `${ZeroToNineIntegerRegex}(\\s*[点點]?\\s*${ZeroToNineIntegerRegex})?\\s*折`, 'is', DISCOUNT),
  digits(`${D}\\s*成(\\s*(半|${D}))?`, 'is', TENTH),
  pattern('special', `(${ZeroToNineIntegerRegex}|[十拾])\\s*成(\\s*(半|${ZeroToNineIntegerRegex}))?`, 'is', TENTH),
  digits(`(${D}[\\.．]${D}|10)\\s*成`, 'is', TENTH),
  pattern('special', `${ZeroToNineIntegerRegex}\\s*[点點]\\s*${ZeroToNineIntegerRegex}\\s*成`, 'is', TENTH),
  pattern('special', `半\\s*成|(?<=打)[对對]\\s*折|半\\s*折`, 'is', /[成折]/),
];

/** Single numeral characters that are also words: 队伍, 放肆, 大陆, 收拾, 十足 (the library's ambiguity filters). */
const AMBIGUOUS: [RegExp, RegExp][] = [
  [/十/, /十足/g],
  [/伍/, /队伍|入伍|退伍|伍仁/g],
  [/肆/, /放肆|肆意|肆无忌惮/g],
  [/陆/, /大陆|陆地|登陆|海陆/g],
  [/拾/, /拾取|拾起|收拾|拾到|朝花夕拾/g],
];

/**
 * Marks in `table` (by code unit) the ideographs a regex source names, its \\uXXXX escapes read as the
 * characters they stand for: dist/ writes the patterns' Chinese that way (build.mjs), so that the bundle is ASCII.
 */
export function markNamedIdeographs(source: string, table: Uint8Array, mark: number): void {
  for (let i = 0; i < source.length; i++) {
    let unit = source.charCodeAt(i);
    if (unit === BACKSLASH) {
      const next = source.charCodeAt(i + 1);
      if (next === BACKSLASH) {
        // an escaped backslash names nothing, nor makes a u after it an escape
        i++;
        continue;
      }
      const escaped = next === LETTER_U ? hex4At(source, i + 2) : -1;
      if (escaped >= 0) {
        unit = escaped;
        i += 5;
      }
    }
    if (unit >= 0x4e00 && unit <= 0x9fff) table[unit] = mark;
  }
}

const BACKSLASH = 0x5c;
const LETTER_U = 0x75;

/** The value of the four hex digits at `at`, or -1 when there are not four. */
function hex4At(source: string, at: number): number {
  let value = 0;
  for (let k = at; k < at + 4; k++) {
    const unit = source.charCodeAt(k);
    const digit = unit >= 0x30 && unit <= 0x39 ? unit - 0x30 : (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x66 ? (unit | 0x20) - 0x57 : -1;
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

/**
 * The ideographs no pattern of the grammar names (法, 政, 府 …, most of a report): no match holds
 * one, and no lookaround looks past one (each alternative of a lookaround fails on it), so a text
 * is read passage by passage, each passage ending with such a character, which the lookaheads
 * still see. The results are those of the whole text, and a passage no wanted numeral can stand
 * in need not be read.
 */
const PASSAGE_END = new Uint8Array(0x10000).fill(1, 0x4e00, 0xa000);
{
  // cleared by code unit for the characters the patterns name: testing each of 21,000 ideographs, or
  // iterating the sources as strings, was a tenth of a cold start's module set-up
  const named = [...NUMBER_PATTERNS, ...PERCENT_PATTERNS].map((p) => p.re.source).join('') + AMBIGUOUS.map(([w, c]) => w.source + c.source).join('');
  markNamedIdeographs(named, PASSAGE_END, 0);
}

type Numerals = { numbers: Numeral[]; percentages: Numeral[] };

/**
 * Chinese numerals in `text`: numbers (三千, 二十六, 三分之二) and percentages (百分之九十五, 九成);
 * with `wanted` (ascending offsets), only in the passages that hold one of them.
 */
export function readChineseNumerals(text: string, wanted?: readonly number[]): Numerals {
  const out: Numerals = { numbers: [], percentages: [] };
  if (wanted === undefined) {
    for (let start = 0; start < text.length;) start = readPassageAt(text, start, out);
    return out;
  }
  // the passages around the offsets wanted, found from there: the rest of the text is not walked
  let next = 0;
  for (const at of wanted) if (at >= next) next = readPassageAt(text, passageStart(text, at), out);
  return out;
}

/** Where the passage that holds offset `at` starts: after the character that ends the one before. */
function passageStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && PASSAGE_END[text.charCodeAt(start - 1)] === 0) start--;
  return start;
}

/** Reads the passage that starts at `start` (it ends with a passage's end or the text's) into `out`; returns where the next one starts. */
function readPassageAt(text: string, start: number, out: Numerals): number {
  let end = start;
  while (end < text.length - 1 && PASSAGE_END[text.charCodeAt(end)] === 0) end++;
  const { numbers, percentages } = readPassageOnce(text.slice(start, end + 1));
  pushShifted(out.numbers, numbers, start);
  pushShifted(out.percentages, percentages, start);
  return end + 1;
}

/** Appends `list` moved by `offset`, each numeral a copy: a passage's own are kept for its next reading. */
function pushShifted(out: Numeral[], list: readonly Numeral[], offset: number): void {
  for (const n of list) out.push({ text: n.text, start: n.start + offset, end: n.end + offset, value: n.value });
}

/**
 * Passages already read, by their text: reports repeat the same short ones (百分之百。, 三件。, 两次专)
 * over and over, and what a passage holds depends on its text alone. The oldest is dropped first.
 * Only short passages are kept: nearly all are (a passage ends at most ideographs), a long one is
 * seldom read twice, and V8 slices a string of 13 characters or more as a view that would keep
 * its whole sentence alive.
 */
const PASSAGES_READ = new Map<string, Numerals>();
const PASSAGES_KEPT = 4096;
const KEPT_PASSAGE_LENGTH = 12;

function readPassageOnce(passage: string): Numerals {
  if (passage.length > KEPT_PASSAGE_LENGTH) return readPassage(passage);
  let read = PASSAGES_READ.get(passage);
  if (read === undefined) {
    read = readPassage(passage);
    if (PASSAGES_READ.size >= PASSAGES_KEPT) PASSAGES_READ.delete(PASSAGES_READ.keys().next().value!);
    PASSAGES_READ.set(passage, read);
  }
  return read;
}

function readPassage(text: string): Numerals {
  if (text.trim().length === 0) return { numbers: [], percentages: [] };
  const query = withinLongBlanks(normalise(text));
  let numbers = runs(query, NUMBER_PATTERNS);
  for (const [word, context] of AMBIGUOUS) {
    if (!anyRead(word, query, numbers)) continue;
    // pushed, not spread and mapped: map's arrays differ in elements kind between the builtin and
    // optimised code, and reading them with the other kind threw away this function's code
    const spans: Span[] = [];
    for (const m of query.matchAll(context)) spans.push({ start: m.index, end: m.index + m[0].length });
    numbers = numbers.filter((n) => !spans.some((s) => s.start < n.end && s.end > n.start));
  }
  return { numbers: resolve(query, numbers, numberValue), percentages: resolve(query, runs(query, PERCENT_PATTERNS), percentValue) };
}

/** Whether one of `runs` of `query` is a `word` (a loop: a closure over the word would be made per passage). */
function anyRead(word: RegExp, query: string, runs: readonly Run[]): boolean {
  for (const n of runs) if (word.test(query.slice(n.start, n.end))) return true;
  return false;
}

interface Run {
  start: number;
  end: number;
  kind: Kind;
}

/** The library's query normalisation (same length): full-width digits and signs, 、 and ， as commas, lower case. */
function normalise(text: string): string {
  const folded = text.replace(/[０-９：－，／ＧＭＴＫｋ．（）％、]/g, (ch) => FOLD[ch] ?? ch);
  const lower = folded.toLowerCase();
  if (lower === folded) return folded;
  // byte units after a number keep their case (5MB, 3 KB)
  let out = lower;
  for (const m of folded.matchAll(/(?<=(\s|\d))(kB|K[Bb]?|M[BbM]?|G[Bb]?|B)\b/g)) out = out.slice(0, m.index) + m[0] + out.slice(m.index + m[0].length);
  return out;
}
const FOLD: Record<string, string> = {
  '：': ':',
  '－': '-',
  '，': ',',
  '、': ',',
  '／': '/',
  Ｇ: 'G',
  Ｍ: 'M',
  Ｔ: 'T',
  Ｋ: 'K',
  ｋ: 'k',
  '．': '.',
  '（': '(',
  '）': ')',
  '％': '%',
};
for (let d = 0; d <= 9; d++) FOLD[String.fromCharCode(0xff10 + d)] = String(d);

/**
 * The grammar lets blanks stand anywhere inside a numeral (三 百 人), and its nested \s* make a
 * long run of blanks cost time cubic in its length (5,000 blanks took the library minutes). A run
 * of more than 64 blanks keeps its first and last blank and is otherwise filled with NUL: no
 * numeral reaches across it (the library's could; no report writes one so).
 */
function withinLongBlanks(query: string): string {
  return query.replace(/\s{65,}/g, (run) => run[0]! + '\0'.repeat(run.length - 2) + run[run.length - 1]!);
}

/**
 * Every pattern's matches joined into runs; a run counts where one match covers it exactly.
 * A match with an ASCII digit never gives a Chinese numeral, it can only join a run that would:
 * those patterns run only where some other pattern found a Chinese numeral.
 */
function runs(query: string, patterns: readonly Pattern[]): Run[] {
  const matches: Run[] = [];
  const matched = new Uint8Array(query.length);
  const scan = ({ kind, re, needs }: Pattern): void => {
    if (!needs.every((n) => n.test(query))) return;
    re.lastIndex = 0;
    for (let m = re.exec(query); m !== null; m = re.exec(query)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      matches.push({ start: m.index, end: m.index + m[0].length, kind });
      matched.fill(1, m.index, m.index + m[0].length);
    }
  };
  for (const p of patterns) if (p.kind !== 'digits') scan(p);
  if (!matches.some((m) => isChineseNumeral(query.slice(m.start, m.end)))) return [];
  for (const p of patterns) if (p.kind === 'digits') scan(p);
  const out: Run[] = [];
  for (let i = 0; i < query.length;) {
    if (!matched[i]) {
      i++;
      continue;
    }
    let end = i;
    while (end < query.length && matched[end]) end++;
    const start = i;
    const exact = matches.find((m) => m.start === start && m.end === end);
    if (exact) out.push(exact);
    i = end;
  }
  return out;
}

function resolve(query: string, found: readonly Run[], value: (text: string, kind: Kind) => number): Numeral[] {
  const out: Numeral[] = [];
  for (const { start, end, kind } of found) {
    const text = query.slice(start, end);
    if (!isChineseNumeral(text)) continue;
    out.push({ text, start, end, value: asResolved(value(simplified(text), kind)) });
  }
  return out;
}

const TRADITIONAL: Record<string, string> = { 佰: '百', 點: '点', 個: '个', 幾: '几', 對: '对', 雙: '双' };
const simplified = (text: string): string => text.replace(/[佰點個幾對雙]/g, (ch) => TRADITIONAL[ch]!);

function numberValue(text: string, kind: Kind): number {
  if (kind === 'fraction') return fractionValue(text);
  if (kind === 'double') return doubleValue(text);
  return integerValue(text);
}

const POINT = /[点點.．]/;
const NEGATIVE = /^[负負]/;

function doubleValue(text: string): number {
  const [whole = '', point = ''] = withoutUnitWords(text).split(POINT);
  const int = integerValue(whole === '' ? '零' : whole);
  return NEGATIVE.test(whole) ? int - pointValue(point) : int + pointValue(point);
}

function fractionValue(text: string): number {
  const parts = text.split(/又|分\s*之|分\s*点/);
  const [whole, denominator, numerator] = parts.length === 3 ? parts : ['零', parts[0], parts[1]];
  const int = integerValue(whole ?? '');
  const ratio = integerValue(numerator ?? '') / integerValue(denominator ?? '');
  return NEGATIVE.test(whole ?? '') ? int - ratio : int + ratio;
}

/** 百分之九十五 → 95, 三个百分点 → 3, 千分之三 → 0.3; 九成 → 90, 八折 → 80, 八成五 → 85, 半成 → 5. */
function percentValue(text: string, kind: Kind): number {
  const plain = withoutUnitWords(text);
  let value: number;
  if (kind === 'special') {
    if (plain === '半折') return 50;
    if (plain === '十割') return 100;
    const numerals = [...plain.matchAll(/[\d]|[一二三四五六七八九零壹贰貳叁肆伍陆陸柒捌玖〇两兩俩倆仨]|[十拾半对對]/g)].map((m) => m[0]);
    const first = numerals[0] ?? '';
    const whole = first === '对' ? 5 : first === '十' || first === '拾' ? 10 : DIGITS[first];
    if (whole === undefined) return Number.NaN;
    if (numerals.length === 2) {
      const tenth = numerals[1] === '半' ? 0.5 : (DIGITS[numerals[1]!] ?? Number.NaN) * 0.1;
      value = (whole + tenth) * 10;
    } else {
      value = whole * 10;
    }
  } else {
    const written = lastMatch(PERCENT_NUMBER, text);
    // 三个百万分点: the library threw here
    if (written === undefined) return Number.NaN;
    const parts = withoutUnitWords(written).split(POINT);
    const whole = parts[0] === '' ? '零' : parts[0]!;
    value = integerValue(whole);
    if (parts.length === 2) value = NEGATIVE.test(whole) ? value - pointValue(parts[1]!) : value + pointValue(parts[1]!);
  }
  // 千分之三 = 0.3%: the base is the first character of 千分之 / 千分点
  const base = /([十百千拾佰仟]|[万亿兆萬億]){1,3}\s*分(\s*之|\s*点)/.exec(kind === 'special' ? plain : text);
  if (base) value /= integerValue(base[0][0]!) / 100;
  return value;
}
/** Where the number of a percentage is written: after 百分之, before 个百分点, before %. */
const PERCENT_NUMBER =
  /(?<=(((?<![十百千拾佰仟])[十百千拾佰仟])|([万亿兆萬億]))\s*分\s*之).+|.+(?=个\s*(((?<![十百千拾佰仟])[十百千拾佰仟])|([万亿兆萬億]))\s*分\s*点)|.*(?=[％%])/gs;

function lastMatch(re: RegExp, text: string): string | undefined {
  let last: string | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    last = m[0];
  }
  return last;
}

/** Digit values: the plain numerals, financial ones (壹贰…), 两/俩/仨, 半, and ASCII and full-width digits. */
const DIGITS: Record<string, number> = {
  ...CHINESE_DIGITS,
  ...Object.fromEntries([...'壹贰叁肆伍陆柒捌玖'].map((ch, i) => [ch, i + 1])),
  貳: 2,
  陸: 6,
  兩: 2,
  俩: 2,
  倆: 2,
  仨: 3,
  半: 0.5,
};
for (let d = 0; d <= 9; d++) {
  DIGITS[String(d)] = d;
  DIGITS[String.fromCharCode(0xff10 + d)] = d;
}
const ROUNDS: Record<string, number> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 亿: 1e8, 兆: 1e12, 拾: 10, 佰: 100, 仟: 1e3, 萬: 1e4, 億: 1e8 };
/** Rounds after which what was read so far is added at once (亿 closes a group). */
const DIRECT_ROUNDS = new Set(['亿', '兆', '億']);

/**
 * Ranks of the rounds inside a group of four digits (十 1, 百 2, 千 3), and of those that close a
 * group (万 1, 亿 2, 兆 3), by character code: a character taken out of a string to look up by
 * costs a string, and its lookup a search of V8's string table, on every numeral read.
 */
const SMALL_UNITS = new Map<number, number>();
const LARGE_UNITS = new Map<number, number>();
for (const [ch, round] of Object.entries(ROUNDS)) {
  const power = Math.round(Math.log10(round));
  if (round < 1e4) SMALL_UNITS.set(ch.charCodeAt(0), power);
  else LARGE_UNITS.set(ch.charCodeAt(0), power / 4);
}
/** Two large units in a row that name one (万亿 is 兆); any other pair is no numeral. */
const LARGE_PAIRS = new Set(['万万', '萬萬', '万亿', '萬億', '亿万', '億萬']);

/**
 * Units fall from left to right, within a group (千, 百, 十) and between groups (亿, 万):
 * 一千一千, 三千四千, 一万一万, 一亿亿 are no numerals, though the reader sums them (2000, 7000 …).
 */
export function isWellFormedNumeral(written: string): boolean {
  let small = Infinity;
  let large = Infinity;
  for (let i = 0; i < written.length; i++) {
    const code = written.charCodeAt(i);
    const smallRank = SMALL_UNITS.get(code);
    const largeRank = LARGE_UNITS.get(code);
    if (smallRank !== undefined) {
      if (smallRank >= small) return false;
      small = smallRank;
    } else if (largeRank !== undefined) {
      if (i > 0 && LARGE_UNITS.has(written.charCodeAt(i - 1))) {
        if (!LARGE_PAIRS.has(written.slice(i - 1, i + 1))) return false;
        large += largeRank; // 万亿 ranks as 兆, above the 万 after it (三万亿五千万)
      } else if (largeRank >= large) return false;
      else large = largeRank;
      small = Infinity;
    }
  }
  return true;
}

/** 万万 → 亿, 万亿 → 兆; the blanks and 多/余/几 inside a number are no part of its value. */
function withoutUnitWords(text: string): string {
  return text
    .replace(/萬萬/g, '億')
    .replace(/億萬/g, '兆')
    .replace(/萬億/g, '兆')
    .replace(/万万/g, '亿')
    .replace(/万亿/g, '兆')
    .replace(/亿万/g, '兆')
    .replace(/[ 多余几]/g, '');
}

/** The library's integer reading: 一百零五 → 105, 两千三百 → 2300, 三千余万 → 30000000, 三打 → 36. */
function integerValue(written: string): number {
  let text = written;
  let times = 1;
  if (/打$/.test(text)) {
    times = 12;
    text = text.slice(0, -1);
  } else if (/[双对雙對]$/.test(text)) {
    times = 2;
    text = text.slice(0, -1);
  }
  text = withoutUnitWords(text);
  const negative = NEGATIVE.test(text);
  if (negative) text = text.slice(1);
  let total = 0;
  let part = 0;
  let before = 1;
  let roundBefore = -1;
  let isRoundBefore = false;
  let roundDefault = 1;
  let previousDigit = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const round = ROUNDS[ch];
    const digit = DIGITS[ch];
    if (round !== undefined) {
      if (roundBefore !== -1 && round > roundBefore) {
        if (isRoundBefore) {
          total += part * round;
          isRoundBefore = false;
        } else {
          part += before * roundDefault;
          total += part * round;
        }
        roundBefore = -1;
        part = 0;
      } else {
        isRoundBefore = true;
        part += before * round;
        roundBefore = round;
        if (i === text.length - 1 || DIRECT_ROUNDS.has(ch)) {
          total += part;
          part = 0;
        }
      }
      roundDefault = round / 10;
    } else if (digit !== undefined) {
      if (i !== text.length - 1) {
        const next = text[i + 1]!;
        if (ch === '零' && (next === '十' || next === '拾' || ROUNDS[next] === undefined)) {
          before = 1;
          roundDefault = 1;
        } else {
          before = previousDigit ? before * 10 + digit : digit;
          isRoundBefore = false;
        }
      } else {
        // 百 may be left out at the end: 两千三 = 2300 (but 23 written in ASCII digits is 23)
        if (isAsciiDigit(ch)) roundDefault = 1;
        before = previousDigit ? before * 10 + digit : digit;
        part += before * roundDefault;
        total += part;
        part = 0;
      }
    }
    previousDigit = isAsciiDigit(ch);
  }
  return (negative ? -total : total) * times;
}

const isAsciiDigit = (ch: string): boolean => ch >= '0' && ch <= '9';

function pointValue(text: string): number {
  let value = 0;
  let scale = 0.1;
  for (const ch of text) {
    value += scale * (DIGITS[ch] ?? Number.NaN);
    scale *= 0.1;
  }
  return value;
}

/**
 * The value as the library prints it (15 significant digits, halves rounded away from zero) and
 * the caller parses back: 三分之二 → 0.666666666666667.
 */
function asResolved(value: number): number {
  if (value === 0) return 0; // 负零 prints as 0
  if (!Number.isFinite(value)) return Number.NaN; // 〇分之一 prints as INFINITY, which reads back as no number
  if (Number.isInteger(value)) return value;
  const [mantissa = '', exponent = '0'] = Math.abs(value).toExponential().split('e');
  const figures = mantissa.replace('.', '');
  if (figures.length <= 15) return value;
  let head = figures.slice(0, 15);
  if (figures[15]! >= '5') head = (BigInt(head) + 1n).toString();
  const shift = head.length - 15;
  const rounded = Number(`${head[0]}.${head.slice(1)}e${Number(exponent) + shift}`);
  return value < 0 ? -rounded : rounded;
}
