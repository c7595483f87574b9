/**
 * The literal words a regex's every match holds one of, read from its source: a text holding
 * none of them cannot match, so the texts a pattern is searched in can be screened by a scan for
 * the words of many patterns at once, which costs less than searching each of them (as code
 * search screens a regex by its literals). Reads the syntax of a pattern without the `i` or `v`
 * flag; whatever it does not know (`.`, \d, a negated class, a back-reference) requires nothing.
 * With the `u` flag only what reads the same without it: a source with an astral character (one
 * atom with `u`, two without) or a \u{…} escape is not read.
 */

/** What a part of a pattern matches: every string it can match (when few), and words one of which each match holds. */
interface Reading {
  /** all the strings the part matches, when there are at most MAX_STRINGS ('' for a part that matches nothing visible) */
  exact: string[] | null;
  /** one of these occurs in every match (null: none known) */
  need: string[] | null;
  /** every such list of words known (besides `exact`), `need` among them */
  needs: string[][];
  /** for a sequence that ends with `$`: the strings one of which each match ends with */
  ending?: string[];
}

/** How many strings a part may spell out (三 alternatives of two, one optional word: 12). */
const MAX_STRINGS = 16;
const ANYTHING: Reading = { exact: null, need: null, needs: [] };
const EMPTY: Reading = { exact: [''], need: null, needs: [] };

/**
 * Every list of words of which each match of `re` holds one (合法性审查|合法性审核 and 全覆盖|全面覆盖),
 * none implied by another; [] when its source shows none. A text that lacks all the words of
 * one of them cannot match.
 */
export function requiredGroups(re: RegExp): string[][] {
  const reading = readingOf(re);
  if (!reading) return [];
  const groups = needsOf(reading);
  return groups.filter((group, k) => !groups.some((other, j) => j !== k && implies(other, group) && (!implies(group, other) || j < k)));
}

/** What the matches of an option anchored at a text's end hold: one of `endings` at the end, one of `words` anywhere ([]: no word known). */
export interface AnchoredNeed {
  endings: string[];
  words: string[];
}

/**
 * What every match of `re` on a whole text (a title line, never a part of a longer text) holds, option by option of
 * its top-level alternation: an option anchored at the text's end (`$`, without the `m` flag) one of the strings it
 * ends with, at the text's end (…的报告$: not the word 报告 anywhere), and one of its words; any other option one of
 * its words (`words`, of all such options together). Null when some option that is not anchored has no word.
 */
export function requiredWordsOrEndings(re: RegExp): { words: string[]; anchored: AnchoredNeed[] } | null {
  const options = optionsOf(re);
  if (!options) return null;
  const isAnchored = (option: Reading): boolean => option.ending !== undefined && !re.flags.includes('m');
  const needs = optionNeeds(options.filter((option) => !isAnchored(option)));
  if (needs.some((words) => words === null)) return null;
  const anchored = options.filter(isAnchored).map((option) => {
    const endings = option.ending!;
    // a list of words every ending holds one of rules out nothing more
    const words = needsOf(option).reduce<string[] | null>((best, list) => (implies(endings, list) ? best : better(best, list)), null);
    return { endings, words: words ?? [] };
  });
  return { words: [...new Set(needs.flat() as string[])], anchored };
}

function readingOf(re: RegExp): Reading | null {
  const options = optionsOf(re);
  return options && Reader.alternationOf(options);
}

/** The readings of the options of the top-level alternation of `re`, or null when its source cannot be read. */
function optionsOf(re: RegExp): Reading[] | null {
  if (/[iv]/.test(re.flags) || (re.flags.includes('u') && ASTRAL_IN_SOURCE.test(re.source))) return null;
  const reader = new Reader(re.source);
  const options = reader.options();
  return reader.at < re.source.length ? null : options;
}

/** What reads otherwise in a source with the `u` flag: a surrogate (half an astral character) or a \u{…} escape. */
const ASTRAL_IN_SOURCE = /[\uD800-\uDFFF]|\\u\{/;

const exactNeed = (r: Reading): string[] | null => (r.exact && r.exact.length > 0 && !r.exact.includes('') ? r.exact : null);
const needOf = (r: Reading): string[] | null => r.need ?? exactNeed(r);
const needsOf = (r: Reading): string[][] => {
  const exact = exactNeed(r);
  return exact ? [...r.needs, exact] : r.needs;
};

/**
 * The words each option of an alternation gives its need: its best (needOf), unless another list it needs
 * adds nothing to what the other options need anyway (开展…两年来 beside 两年来: 两年, not 开展), which keeps a
 * screen of the alternation from holding every text with a word one option alone needs. Any list an option
 * needs is a need of it, so the choice is sound either way; taking a list held by the others' best ones never
 * makes their union hold more texts.
 */
function optionNeeds(options: readonly Reading[]): (string[] | null)[] {
  const best = options.map(needOf);
  return options.map((option, k) => {
    const others = best.flatMap((words, j) => (j !== k && words ? words : []));
    return needsOf(option).find((words) => implies(words, others)) ?? best[k]!;
  });
}

/** Whether a text holding one of `words` holds one of `others`: each of them holds one of `others`. */
const implies = (words: readonly string[], others: readonly string[]): boolean => words.every((w) => others.some((o) => w.includes(o)));

/**
 * The better of two requirements: the one whose shortest word is longer (up to four characters:
 * a longer word is rarer, and screens out more texts), else the one with fewer words.
 */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a || !b) return a ?? b;
  const shortest = (words: string[]): number => Math.min(...words.map((w) => w.length));
  const rank = (words: string[]): number[] => [Math.min(4, shortest(words)), -words.length, shortest(words)];
  const [ra, rb] = [rank(a), rank(b)];
  const k = ra.findIndex((x, i) => x !== rb[i]);
  return k >= 0 && rb[k]! > ra[k]! ? b : a;
}

const product = (a: readonly string[], b: readonly string[]): string[] | null =>
  a.length * b.length > MAX_STRINGS ? null : [...new Set(a.flatMap((x) => b.map((y) => x + y)))];

const QUANTIFIER = /\{(\d+)(,(\d*))?\}/y;
/** Escapes of one literal character: \n, \t, … and \xHH, \uHHHH. */
const CONTROL: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
const HEX = /x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})/y;

class Reader {
  at = 0;
  constructor(private readonly source: string) {}

  alternation(): Reading {
    return Reader.alternationOf(this.options());
  }

  options(): Reading[] {
    const options = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options;
  }

  static alternationOf(options: readonly Reading[]): Reading {
    if (options.length === 1) return options[0]!;
    const strings = options.every((o) => o.exact) ? [...new Set(options.flatMap((o) => o.exact!))] : null;
    const needs = optionNeeds(options);
    const need = needs.every((n) => n !== null) ? [...new Set(needs.flat())] : null;
    return { exact: strings && strings.length <= MAX_STRINGS ? strings : null, need, needs: need ? [need] : [] };
  }

  /**
   * Parts one after another: the best of the words one part needs and the strings consecutive
   * parts spell out together (合法性审查, not 合法性 or 审查).
   */
  private sequence(): Reading {
    // the strings spelled by the parts since the last one that spells out none
    let run: string[] = [''];
    let whole: string[] | null = [''];
    let need: string[] | null = null;
    const needs: string[][] = [];
    // whether the last part read is a `$`, and the strings the parts before it end with
    let ending: string[] | undefined;
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const anchorAt = this.source[this.at] === '$' ? this.at : -1;
      const part = this.quantified(this.atom());
      ending = anchorAt >= 0 && this.at === anchorAt + 1 && !run.includes('') ? run : undefined;
      whole = whole && part.exact ? product(whole, part.exact) : null;
      // too many to spell out: the run starts again from this part
      run = part.exact ? (product(run, part.exact) ?? part.exact) : [''];
      const spelled = exactNeed({ exact: run, need: null, needs: [] });
      need = better(better(need, needOf(part)), spelled);
      needs.push(...needsOf(part));
      if (spelled) needs.push(spelled);
    }
    return { exact: whole, need, needs, ...(ending ? { ending } : {}) };
  }

  private quantified(atom: Reading): Reading {
    const ch = this.source[this.at];
    let min: number;
    let max: number;
    if (ch === '?' || ch === '*' || ch === '+') {
      this.at++;
      min = ch === '+' ? 1 : 0;
      max = ch === '?' ? 1 : Infinity;
    } else {
      QUANTIFIER.lastIndex = this.at;
      const m = ch === '{' ? QUANTIFIER.exec(this.source) : null;
      if (!m) return atom;
      this.at += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    }
    if (this.source[this.at] === '?') this.at++;
    if (min === 1 && max === 1) return atom;
    if (min === 0 && max === 1) return { exact: atom.exact ? [...new Set(['', ...atom.exact])] : null, need: null, needs: [] };
    return min === 0 ? ANYTHING : { exact: null, need: needOf(atom), needs: needsOf(atom) };
  }

  private atom(): Reading {
    const { source } = this;
    const ch = source[this.at++]!;
    if (ch === '(') return this.group();
    if (ch === '[') return this.characterClass();
    if (ch === '\\') return this.escape();
    if (ch === '^' || ch === '$') return EMPTY;
    if (ch === '.') return ANYTHING;
    return { exact: [ch], need: null, needs: [] };
  }

  private group(): Reading {
    const { source } = this;
    const lookaround = /^\?(?:=|!|<=|<!)/.exec(source.slice(this.at, this.at + 3));
    const opening = lookaround ?? /^\?(?::|<[A-Za-z_$][\w$]*>)/.exec(source.slice(this.at));
    if (opening) this.at += opening[0].length;
    const inner = this.alternation();
    if (source[this.at] !== ')') return ANYTHING;
    this.at++;
    // a lookaround matches no character of its own
    return lookaround ? EMPTY : inner;
  }

  private characterClass(): Reading {
    const { source } = this;
    const chars = new Set<string>();
    let known = source[this.at] !== '^';
    for (; this.at < source.length && source[this.at] !== ']'; this.at++) {
      const ch = source[this.at]!;
      if (ch === '\\') {
        const escaped = this.literalEscape();
        if (escaped === null) known = false;
        else chars.add(escaped);
        continue;
      }
      if (ch === '-' && chars.size > 0 && source[this.at + 1] !== ']') known = false;
      chars.add(ch);
    }
    this.at++;
    return known && chars.size > 0 && chars.size <= MAX_STRINGS ? { exact: [...chars], need: null, needs: [] } : ANYTHING;
  }

  private escape(): Reading {
    const { source } = this;
    if (source[this.at] === 'b' || source[this.at] === 'B') {
      this.at++;
      return EMPTY;
    }
    this.at--;
    const escaped = this.literalEscape();
    this.at++;
    return escaped === null ? ANYTHING : { exact: [escaped], need: null, needs: [] };
  }

  /**
   * The character an escape at `at` (its backslash) stands for, or null for one of a set (\d, \s,
   * \p{…}) or a back-reference; leaves `at` on the escape's last character.
   */
  private literalEscape(): string | null {
    const { source } = this;
    const ch = source[++this.at]!;
    if (ch in CONTROL) return CONTROL[ch]!;
    HEX.lastIndex = this.at;
    const hex = HEX.exec(source);
    if (hex) {
      this.at += hex[0].length - 1;
      return String.fromCharCode(parseInt(hex[1] ?? hex[2]!, 16));
    }
    if (/[A-Za-z0-9]/.test(ch)) {
      // \k<name>, \p{…}: skip the name too
      const named = /^[kpP](<[^>]*>|\{[^}]*\})/.exec(source.slice(this.at));
      if (named) this.at += named[0].length - 1;
      return null;
    }
    return ch;
  }
}
