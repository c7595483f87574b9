/** List numbers as a word processor or a browser shows them, for outlines numbered by a list format. */

const CHINESE_DIGITS = '〇一二三四五六七八九';

/** A count in one of Word's number formats, as the outline of a Chinese report writes it. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseCount(n);
    // 壹贰叁 and 壹貳參: read as 一二三, Word's number was not what it shows (fold.ts reads the outline's so)
    case 'chineseLegalSimplified':
      return inLegalForm(chineseCount(n), LEGAL_SIMPLIFIED);
    case 'ideographLegalTraditional':
      return inLegalForm(chineseCount(n), LEGAL_TRADITIONAL);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(n)].map((d) => CHINESE_DIGITS[Number(d)]).join('');
    // ㊀…㊉: the bare digit was stuck to its item as a figure (1 审查…)
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 10 ? String.fromCharCode(0x3280 + n - 1) : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    // ⑴…⒇ and ⒈…⒛, one character each: read as digits, 3办理… took the number for a figure
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case 'upperLetter':
    case 'lowerLetter': {
      const letter = String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === 'upperLetter' ? letter : letter.toLowerCase();
    }
    case 'upperRoman':
    case 'lowerRoman':
      return format === 'upperRoman' ? roman(n) : roman(n).toLowerCase();
    // 甲乙丙… and 子丑寅…: Word's formats and CSS's cjk-heavenly-stem and cjk-earthly-branch
    case 'ideographTraditional':
      return alphabetic(n, HEAVENLY_STEMS);
    case 'ideographZodiac':
      return alphabetic(n, EARTHLY_BRANCHES);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

/** The legal (financial) forms of 一…九, 十, 百, simplified and traditional. */
const LEGAL_SIMPLIFIED: Readonly<Record<string, string>> = {
  一: '壹',
  二: '贰',
  三: '叁',
  四: '肆',
  五: '伍',
  六: '陆',
  七: '柒',
  八: '捌',
  九: '玖',
  十: '拾',
  百: '佰',
};
const LEGAL_TRADITIONAL: Readonly<Record<string, string>> = { ...LEGAL_SIMPLIFIED, 二: '貳', 三: '參', 六: '陸' };
/** A count in legal form, which writes the 壹 of 壹拾 (10) that the counting form leaves out. */
const inLegalForm = (counting: string, forms: Readonly<Record<string, string>>): string =>
  [...(counting.startsWith('十') ? `一${counting}` : counting)].map((ch) => forms[ch] ?? ch).join('');

const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** A count in a series of symbols past its end as CSS's alphabetic system writes it: 甲…癸, 甲甲, 甲乙… */
function alphabetic(n: number, symbols: string): string {
  if (n < 1 || !Number.isInteger(n)) return String(n);
  let out = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / symbols.length)) out = symbols[(rest - 1) % symbols.length]! + out;
  return out;
}

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (as far as outlines go). */
function chineseCount(n: number): string {
  if (n < 0 || n > 999 || !Number.isInteger(n)) return String(n);
  if (n < 10) return CHINESE_DIGITS[n]!;
  if (n < 20) return `十${n % 10 === 0 ? '' : CHINESE_DIGITS[n % 10]!}`;
  if (n < 100) return `${CHINESE_DIGITS[Math.floor(n / 10)]!}十${n % 10 === 0 ? '' : CHINESE_DIGITS[n % 10]!}`;
  const rest = n % 100;
  return `${CHINESE_DIGITS[Math.floor(n / 100)]!}百${rest === 0 ? '' : rest < 10 ? `零${CHINESE_DIGITS[rest]!}` : rest < 20 ? `一${chineseCount(rest)}` : chineseCount(rest)}`;
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const numerals: ReadonlyArray<readonly [number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, symbol] of numerals) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/**
 * A list number as text before its item's. A word processor sets a tab or a space after it, a browser a gap: typed
 * into the text, one blank keeps a number that ends in a digit, a letter or a point apart from an item that opens with
 * a figure (2. 215名 — run together, 2.215名 reads as a decimal). A number ending in 、 or a bracket stands apart
 * already, and is kept as a typed outline writes it.
 */
export const apartFromItem = (marker: string): string => (/[\dA-Za-z.]$/.test(marker) ? `${marker} ` : marker);

/** CSS list-style-type (and the type attribute of <ol>) as Word's number format, and the mark after it. */
const CSS_LIST_TYPES: Readonly<Record<string, readonly [format: string, after: string]>> = {
  decimal: ['decimal', '.'],
  '1': ['decimal', '.'],
  'decimal-leading-zero': ['decimalZero', '.'],
  'cjk-ideographic': ['chineseCounting', '、'],
  'simp-chinese-informal': ['chineseCounting', '、'],
  'simp-chinese-formal': ['chineseCounting', '、'],
  'trad-chinese-informal': ['chineseCounting', '、'],
  'trad-chinese-formal': ['chineseCounting', '、'],
  'cjk-decimal': ['ideographDigital', '、'],
  'cjk-heavenly-stem': ['ideographTraditional', '、'],
  'cjk-earthly-branch': ['ideographZodiac', '、'],
  'lower-alpha': ['lowerLetter', '.'],
  'lower-latin': ['lowerLetter', '.'],
  a: ['lowerLetter', '.'],
  'upper-alpha': ['upperLetter', '.'],
  'upper-latin': ['upperLetter', '.'],
  A: ['upperLetter', '.'],
  'lower-roman': ['lowerRoman', '.'],
  i: ['lowerRoman', '.'],
  'upper-roman': ['upperRoman', '.'],
  I: ['upperRoman', '.'],
};

/**
 * The marker a browser shows before the `n`th item of an ordered list styled `type` (a CSS
 * list-style-type or the type attribute); empty for none and for types it does not number with.
 */
export function listMarker(n: number, type: string): string {
  const known = CSS_LIST_TYPES[type];
  return known ? `${formatNumber(n, known[0])}${known[1]}` : '';
}

/** A CSS counter's value in a counter style (counter(sec, cjk-ideographic) writes 一), decimal for a style not known here. */
export function counterText(n: number, style: string): string {
  if (style === 'none') return '';
  const known = CSS_LIST_TYPES[style];
  return formatNumber(n, known ? known[0] : 'decimal');
}
