/**
 * A screen of texts for a set of regexes: the literal words one of which every match of each holds
 * (requiredGroups), gathered into one list. A text that holds none of them matches none of the
 * regexes, so code that only acts on their matches has nothing to do on it — a proof read off the
 * patterns' sources, not a guess. One pass over the text by a table of the words' first code units.
 */
import { diskMemo } from './cache.js';
import { requiredGroups, requiredWordsOrEndings, type AnchoredNeed } from './required-words.js';

export class WordScreen {
  /** a bit for each code unit that opens a word (8 KB: a screen is kept per report's year) */
  private readonly opens = new Uint32Array(0x10000 >>> 5);
  /**
   * the words by the code unit they open with, then by length with the units they end with: most
   * units that open a word (a digit opens every year) are ruled out by one more unit read, the
   * rest by one look-up, not a comparison with each word
   */
  private readonly byFirst = new Map<number, WordsOfLength[]>();

  private constructor(words: ReadonlySet<string>) {
    for (const word of words) {
      const first = word.charCodeAt(0);
      this.opens[first >>> 5]! |= 1 << (first & 31);
      let lengths = this.byFirst.get(first);
      if (!lengths) this.byFirst.set(first, (lengths = []));
      let ofLength = lengths.find((l) => l.length === word.length);
      if (!ofLength) lengths.push((ofLength = { length: word.length, lasts: [], words: new Set() }));
      const last = word.charCodeAt(word.length - 1);
      if (!ofLength.lasts.includes(last)) ofLength.lasts.push(last);
      ofLength.words.add(word);
    }
  }

  /**
   * The screen of texts that may match one of `regexes`, or null when some regex has no word every
   * match holds (a text can then never be ruled out).
   */
  static of(regexes: readonly RegExp[]): WordScreen | null {
    const words = screenWords(regexes);
    return words && WordScreen.ofWords(words);
  }

  /** The screen of texts that hold one of `words` (each a word of one or more characters). */
  static ofWords(words: Iterable<string>): WordScreen {
    return new WordScreen(new Set(words));
  }

  /** Whether the text holds one of the words: when not, no regex of the screen matches in it. */
  heldBy(text: string): boolean {
    const { opens } = this;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if ((opens[unit >>> 5]! & (1 << (unit & 31))) === 0) continue;
      for (const { length, lasts, words } of this.byFirst.get(unit)!) {
        const end = i + length;
        if (end <= text.length && lasts.includes(text.charCodeAt(end - 1)) && words.has(text.slice(i, end))) return true;
      }
    }
    return false;
  }
}

// the screen of each regex asked about, read off its source once (null: none)
const screensByRegex = new WeakMap<RegExp, WordScreen | null>();

/**
 * The screen of texts that may hold a match of `re` (null when its source shows no word every match
 * holds), read once per regex: for a regex run on many short texts (each clause of a sentence), a scan
 * of a few characters each rules most of them out before a search.
 */
export function screenOfRegex(re: RegExp): WordScreen | null {
  let screen = screensByRegex.get(re);
  if (screen === undefined) screensByRegex.set(re, (screen = WordScreen.of([re])));
  return screen;
}

/** Whether `text`, or a part of it, may hold a match of `re`: false only when it holds none of the words of its screen. */
export function mayMatch(re: RegExp, text: string): boolean {
  return screenOfRegex(re)?.heldBy(text) !== false;
}

/** The screen of whole texts a regex is tested on: the words of its options, and what those anchored by `$` need. */
interface WholeScreen {
  words: WordScreen;
  anchored: ReadonlyArray<{ endings: readonly string[]; words: WordScreen | null }>;
}

const wholeScreensByRegex = new WeakMap<RegExp, WholeScreen | null>();

/**
 * Whether `text` itself (a title line, not a part of a longer text) may match `re`: as mayMatch, but an option of `re`
 * anchored at the end (…情况的报告$) only when the text ends with what that option ends with, and holds its words,
 * where mayMatch keeps every text holding its words anywhere (报告: nearly every title).
 */
export function mayMatchWhole(re: RegExp, text: string): boolean {
  let screen = wholeScreensByRegex.get(re);
  if (screen === undefined) wholeScreensByRegex.set(re, (screen = wholeScreenOf(re)));
  if (screen === null || screen.words.heldBy(text)) return true;
  return screen.anchored.some(({ endings, words }) => endings.some((ending) => text.endsWith(ending)) && (words === null || words.heldBy(text)));
}

function wholeScreenOf(re: RegExp): WholeScreen | null {
  const read = screenSources(`$${re.flags}/${re.source}`, () => requiredWordsOrEndings(re));
  // '' would be held by every text: no screen
  if (!read || read.words.includes('') || read.anchored.some(({ endings }) => endings.includes(''))) return null;
  const anchored = read.anchored.map(({ endings, words }) => ({ endings, words: words.length > 0 && !words.includes('') ? WordScreen.ofWords(words) : null }));
  return { words: WordScreen.ofWords(read.words), anchored };
}

/** The words of a screen that open with one code unit and have one length, and the units they end with. */
interface WordsOfLength {
  length: number;
  lasts: number[];
  words: Set<string>;
}

/**
 * Words one of which every match of one of `regexes` holds: the narrowest group of each, together; null
 * when some regex has none (a text can then never be ruled out).
 */
export function screenWords(regexes: readonly RegExp[]): string[] | null {
  const words = new Set<string>();
  for (const re of regexes) {
    const group = screenGroupOf(re);
    // '' would be held by every text: no screen
    if (!group || group.includes('')) return null;
    for (const word of group) words.add(word);
  }
  // a text that holds a word holds every word inside it: the shorter is enough (上年 for 上年度, 占 for 占比)
  const all = [...words];
  return all.filter((word) => !all.some((other) => other !== word && word.includes(other)));
}

// what a screen of each regex holds, by its flags and source, read off the source once for every run of this code (a
// cold check derived a dozen, some of the period patterns' hundreds of alternatives: a twentieth of its time); a
// whole text's screen under its source after a '$'
const screenSources = diskMemo<{ words: string[]; anchored: AnchoredNeed[] } | null>({ slot: 'screens', inputs: [], code: [import.meta.dirname] });

/** The group of words of `re` its screen holds (narrowest of its required groups), or null when it has none. */
const screenGroupOf = (re: RegExp): string[] | null =>
  screenSources(`${re.flags}/${re.source}`, () => {
    const group = narrowest(requiredGroups(re));
    return group && { words: group, anchored: [] };
  })?.words ?? null;

/**
 * The group that rules out the most texts, as a guess: the one whose shortest word is longest (a longer
 * word is rarer), then the one with fewer words. Any group is a proof; null when there is none.
 */
function narrowest(groups: readonly string[][]): string[] | null {
  let best: string[] | null = null;
  let bestShortest = -1;
  for (const group of groups) {
    let shortest = Infinity;
    for (const word of group) shortest = Math.min(shortest, word.length);
    if (shortest > bestShortest || (shortest === bestShortest && group.length < best!.length)) {
      best = group;
      bestShortest = shortest;
    }
  }
  return best;
}
