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
  if (!HAN.test(line)) return line;
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
  let han = 0;
  let changed = 0;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (!HAN.test(ch)) continue;
    han++;
    if (folded[i] !== ch) changed++;
  }
  return changed >= TRADITIONAL_MIN_CHANGED && changed / Math.max(han, 1) >= TRADITIONAL_SHARE;
}
