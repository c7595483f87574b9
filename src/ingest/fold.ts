import * as OpenCC from 'opencc-js';

/**
 * Width forms and odd spaces, each replaced by exactly one ASCII character:
 * U+FF01–FF5E full-width ASCII (０-９ Ａ-Ｚ ％ ． ， （ ） ： ；), U+3000 ideographic space,
 * NBSP and the typographic spaces U+2000–200A, U+202F, U+205F.
 */
const WIDTH_FORMS = /[\uFF01-\uFF5E\u3000\u00A0\u2000-\u200A\u202F\u205F]/g;

function foldWidthForm(ch: string): string {
  const code = ch.charCodeAt(0);
  return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ' ';
}

/** Hong Kong/Taiwan traditional → mainland simplified. 'hk' leaves simplified text alone (显著 stays). */
// opencc-js's own declarations import './core' without an extension, which NodeNext cannot resolve
const traditionalToSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' }) as (text: string) => string;

/** Characters OpenCC could change: CJK ideographs, extension A and compatibility ideographs. */
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The UTF-16 units of the characters the conversion can change, as a bitmap: a line with none of
 * them converts to itself, so the (costly) conversion runs only on the few lines that may hold
 * traditional characters. The conversion runs in two steps (Hong Kong forms → traditional →
 * simplified); a character counts when a phrase of either step changes it, when converting it
 * alone changes it, or when the first step makes it a character that a phrase of the second
 * changes. (台 → 臺 → 台 does not count: most lines have one.) A character beyond the BMP marks
 * its high surrogate.
 */
/** opencc-js's dictionaries: tables of 'key value|key value' per locale (typed here, as above) */
const LOCALE = OpenCC.Locale as { from: Record<'hk', string[][]>; to: Record<'cn', string[][]> };

const CONVERTIBLE = ((): Uint8Array => {
  const bitmap = new Uint8Array(0x10000);
  /** A dictionary as pairs; phrases mark the units they change, single characters are returned. */
  const read = (dicts: string[][], phraseChanges: Set<number>): Map<string, string> => {
    const singles = new Map<string, string>();
    for (const dict of dicts) {
      for (const table of dict) {
        for (const pair of table.split('|')) {
          const space = pair.indexOf(' ');
          const key = pair.slice(0, space);
          const value = pair.slice(space + 1).split(' ')[0] ?? '';
          if (key.length === 1) singles.set(key, value);
          else for (let i = 0; i < key.length; i++) if (key.length !== value.length || key[i] !== value[i]) phraseChanges.add(key.charCodeAt(i));
        }
      }
    }
    return singles;
  };
  const phraseChanges = new Set<number>();
  const secondPhrases = new Set<number>();
  const first = read(LOCALE.from.hk, phraseChanges);
  const second = read(LOCALE.to.cn, secondPhrases);
  for (const unit of [...phraseChanges, ...secondPhrases]) bitmap[unit] = 1;
  for (const ch of new Set([...first.keys(), ...second.keys()])) {
    const once = first.get(ch) ?? ch;
    let twice = '';
    for (const c of once) twice += second.get(c) ?? c;
    let feedsPhrase = false;
    for (let i = 0; i < once.length; i++) if (secondPhrases.has(once.charCodeAt(i))) feedsPhrase = true;
    if (twice !== ch || feedsPhrase) bitmap[ch.charCodeAt(0)] = 1;
  }
  return bitmap;
})();

export function mayConvert(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (CONVERTIBLE[line.charCodeAt(i)] === 1) return true;
  return false;
}

/**
 * The length-preserving character fold: `foldCharacters(s).length === s.length`, and the
 * character at every offset of the result comes from the same offset of `s`, so offsets
 * found in folded text quote the original exactly. Keeps 。、“”《》〔〕 as they are.
 */
export function foldCharacters(s: string): string {
  const widthFolded = s.replace(WIDTH_FORMS, foldWidthForm);
  if (!HAN.test(widthFolded)) return widthFolded;
  return widthFolded.split('\n').map(simplifyAligned).join('\n');
}

/** OpenCC converts phrases; where a phrase changes length, convert that line one character at a time. */
function simplifyAligned(line: string): string {
  if (!HAN.test(line) || !mayConvert(line)) return line;
  const converted = traditionalToSimplified(line);
  if (converted.length === line.length) return converted;
  let out = '';
  for (const ch of line) {
    const one = traditionalToSimplified(ch);
    out += one.length === ch.length ? one : ch;
  }
  return out;
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
