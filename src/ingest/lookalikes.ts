/**
 * Characters text recognition read for others of like shape (rules/lookalikes.yaml: 审杳 for 审查, 公职律帅 for 公职律师),
 * read as meant in a text judged to be OCR output, where that makes a longer word of the lexicon than the text makes
 * as written. The words are the lexicon's own (the cues, context words and patterns of rules/facts.yaml and
 * rules/presence.yaml, their examples left out): a look-alike read so is one a fact's wording would have found.
 * Validated with zod, problems at file:line:col, loaded before a report is read (through the disk cache) or read on
 * first use.
 */
import path from 'node:path';
import { z } from 'zod';
import { lazySchema } from '../util/lazy-schema.js';
import { displayPath, originAt, readCheckedSync, readYamlSync, type Problem, valueOrFirstProblem } from '../catalogue/yaml-file.js';
import { rulesDir } from '../paths.js';
import { cachedOnce } from '../util/cache.js';

export const LOOKALIKES_FILE = 'lookalikes.yaml';
/** The files whose words a look-alike read as meant must make. */
const WORD_FILES = ['facts.yaml', 'presence.yaml'];

const Character = lazySchema(() => z.string().regex(/^[\u3400-\u9fff]$/, { message: '须为一个汉字' }));
const Lookalike = lazySchema(() =>
  z
    .object({ read: Character, meant: Character })
    .strict()
    .refine(({ read, meant }) => read !== meant, { message: '误认的字和本字须不同' }),
);
const Text = lazySchema(() => z.string().min(1));
const LookalikesFile = lazySchema(() =>
  z.object({ lookalikes: z.array(Lookalike).min(1), examples: z.array(z.object({ text: Text, read: Text }).strict()).min(1) }).strict(),
);

/** The look-alikes and the lexicon's words that hold one of their characters, read or meant. */
export interface Lookalikes {
  pairs: Array<{ read: string; meant: string }>;
  words: string[];
}

/** An OCR line of our own and what it must read as, where it is written. */
export interface LookalikeExample {
  text: string;
  read: string;
  origin: { file: string; line: number; column: number };
}

const HAN_RUN = /[\u3400-\u9fff]{2,}/g;

/** The runs of Han characters in every string of `data` but its examples: the lexicon's words. */
function wordsOf(data: unknown, into: Set<string>): void {
  if (typeof data === 'string') {
    for (const m of data.matchAll(HAN_RUN)) into.add(m[0]);
  } else if (Array.isArray(data)) {
    for (const item of data) wordsOf(item, into);
  } else if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) if (key !== 'examples') wordsOf(value, into);
  }
}

/** The lexicon's words in `dir` that hold a character of `pairs`; its files' problems are theirs to report. */
function lexiconWords(dir: string, pairs: Lookalikes['pairs']): string[] {
  const words = new Set<string>();
  for (const name of WORD_FILES) {
    const file = path.join(dir, name);
    wordsOf(readYamlSync(file, displayPath(file)).source?.data, words);
  }
  const characters = new Set(pairs.flatMap(({ read, meant }) => [read, meant]));
  return [...words].filter((word) => [...word].some((ch) => characters.has(ch))).sort();
}

/** The look-alikes in `dir`, their examples and every problem of the file (file:line:col). */
export function lintLookalikes(dir: string = rulesDir): { lookalikes: Lookalikes | null; examples: LookalikeExample[]; problems: Problem[] } {
  const { data, source, problems } = readCheckedSync(path.join(dir, LOOKALIKES_FILE), LookalikesFile);
  if (!data || !source) return { lookalikes: null, examples: [], problems };
  const examples = data.examples.map(({ text, read }, k) => {
    return { text, read, origin: originAt(source, ['examples', k]) };
  });
  return { lookalikes: { pairs: data.lookalikes, words: lexiconWords(dir, data.lookalikes) }, examples, problems };
}

/** The look-alikes in `dir`; their first problem, if any, as a UserError at file:line:col. */
export function readLookalikes(dir: string = rulesDir): Lookalikes {
  const { lookalikes, problems } = lintLookalikes(dir);
  return valueOrFirstProblem('形近误认字规则有误', lookalikes, problems, dir);
}

const cachedLookalikes = cachedOnce(
  { slot: 'lookalikes', inputs: [LOOKALIKES_FILE, ...WORD_FILES].map((name) => path.join(rulesDir, name)), code: [import.meta.dirname] },
  () => readLookalikes(),
);

/** The look-alikes from the disk cache (src/util/cache.ts), read and validated on a miss; called before a report is read. */
export const loadLookalikes = cachedLookalikes.load;

/** A word and where in it the character stands. */
interface Placed {
  word: string;
  at: number;
}

/** For each character of the pairs, the words holding it and where; the characters read, as a pattern. */
interface Index {
  holding: Map<string, Placed[]>;
  meant: Map<string, string>;
  read: RegExp;
}

const indexes = new WeakMap<Lookalikes, Index>();

function indexOf(lookalikes: Lookalikes): Index {
  let index = indexes.get(lookalikes);
  if (index) return index;
  const holding = new Map<string, Placed[]>();
  for (const word of lookalikes.words) {
    [...word].forEach((ch, at) => {
      const list = holding.get(ch);
      if (list) list.push({ word, at });
      else holding.set(ch, [{ word, at }]);
    });
  }
  const meant = new Map(lookalikes.pairs.map(({ read, meant }) => [read, meant]));
  index = { holding, meant, read: new RegExp(`[${[...meant.keys()].join('')}]`, 'g') };
  indexes.set(lookalikes, index);
  return index;
}

/**
 * The most look-alikes one word of the lexicon may hold beside the one being read (行玫复仪 for 行政复议: each is read
 * as meant where the other is too). A word with more is too far from its letters to be told by them.
 */
const OTHER_LOOKALIKES_IN_A_WORD = 1;

/**
 * The longest of `words` that stands at `i` in `text`, whatever character is at `i` (the word's own there, or one read
 * for it); with `meant`, its other characters may be look-alikes read for the word's own, OTHER_LOOKALIKES_IN_A_WORD
 * at most.
 */
function longestAt(text: string, i: number, words: readonly Placed[] | undefined, meant?: ReadonlyMap<string, string>): number {
  let longest = 0;
  for (const { word, at } of words ?? []) {
    const start = i - at;
    if (word.length <= longest || start < 0 || start + word.length > text.length) continue;
    if (text.startsWith(word.slice(0, at), start) && text.startsWith(word.slice(at + 1), i + 1)) longest = word.length;
    else if (meant && standsWithLookalikes(text, start, word, at, meant)) longest = word.length;
  }
  return longest;
}

/** Whether `word` stands at `start` in `text` but at `skip`, its characters written or read for them (a few: see above). */
function standsWithLookalikes(text: string, start: number, word: string, skip: number, meant: ReadonlyMap<string, string>): boolean {
  let others = 0;
  for (let k = 0; k < word.length; k++) {
    const written = text[start + k]!;
    if (k === skip || written === word[k]) continue;
    if (meant.get(written) !== word[k] || ++others > OTHER_LOOKALIKES_IN_A_WORD) return false;
  }
  return true;
}

/**
 * The text (judged OCR output) with each look-alike read as meant where that makes a longer word of the lexicon than
 * any it stands in as written, the word's other characters as written or, one at most, a look-alike of theirs too
 * (行玫复仪 reads 行政复议). One character for one: every offset stays.
 */
export function withLookalikesRead(text: string, lookalikes: Lookalikes = cachedLookalikes.get()): string {
  const { holding, meant, read } = indexOf(lookalikes);
  return text.replace(read, (written: string, i: number) => {
    const instead = meant.get(written)!;
    const asMeant = longestAt(text, i, holding.get(instead), meant);
    return asMeant > longestAt(text, i, holding.get(written)) ? instead : written;
  });
}

/** Whether each example reads as it says, with `lookalikes` (`facts test`, the tests). */
export function runLookalikeExamples(
  lookalikes: Lookalikes,
  examples: readonly LookalikeExample[],
): Array<{ example: LookalikeExample; got: string; ok: boolean }> {
  return examples.map((example) => {
    const got = withLookalikesRead(example.text, lookalikes);
    return { example, got, ok: got === example.read };
  });
}
