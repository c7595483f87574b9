/**
 * Characters text recognition read for others of like shape (rules/lookalikes.yaml: 审杳 for 审查, 公职律帅 for 公职律师),
 * read as meant in a text judged to be OCR output, where that makes a longer word of the lexicon than the text makes
 * as written; and characters a pinyin input method typed for others of the same sound (会前学发 for 会前学法), read as
 * meant in any text where that makes a long word of the lexicon in a clause with a figure. The words are the lexicon's own (the cues, context words and patterns of rules/facts.yaml and
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
import { matchesOf } from '../util/matches.js';
import { COUNTING_AFTER } from './fold.js';

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
/** A sound (pinyin without tones) and the characters read so, each under one sound. */
const Sounds = lazySchema(() =>
  z
    .record(z.string().regex(/^[a-z]+$/, { message: '须为不带声调的拼音' }), z.string().regex(/^[\u3400-\u9fff]+$/, { message: '须为汉字' }))
    .superRefine((sounds, ctx) => {
      const seen = new Set<string>();
      for (const [sound, characters] of Object.entries(sounds))
        for (const ch of characters) {
          if (seen.has(ch)) ctx.addIssue({ code: 'custom', path: [sound], message: `「${ch}」已列在别的读音下` });
          seen.add(ch);
        }
    }),
);
/** Initials a pinyin input method set to fuzzy sounds takes for one another: pairs of a short one and the long one it begins (s, sh). */
const Fuzzy = lazySchema(() =>
  z
    .array(
      z
        .tuple([z.string().regex(/^[a-z]+$/), z.string().regex(/^[a-z]+$/)])
        .refine(([short, long]) => long.length > short.length && long.startsWith(short), { message: '须为短的声母和以它开头的长声母' }),
    )
    .default([]),
);
const LookalikesFile = lazySchema(() =>
  z
    .object({
      lookalikes: z.array(Lookalike).min(1),
      sounds: Sounds,
      fuzzy: Fuzzy,
      examples: z.array(z.object({ text: Text, read: Text }).strict()).min(1),
    })
    .strict(),
);

/** The look-alikes, each character's sound and the lexicon's words. */
export interface Lookalikes {
  pairs: Array<{ read: string; meant: string }>;
  sounds: Map<string, string>;
  /** per sound, the other sounds fuzzy initials make of it (shu: su), when there are any */
  fuzzy: Map<string, string[]>;
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

/** The lexicon's words in `dir`; its files' problems are theirs to report. */
function lexiconWords(dir: string): string[] {
  const words = new Set<string>();
  for (const name of WORD_FILES) {
    const file = path.join(dir, name);
    wordsOf(readYamlSync(file, displayPath(file)).source?.data, words);
  }
  return [...words].sort();
}

/** The look-alikes in `dir`, their examples and every problem of the file (file:line:col). */
export function lintLookalikes(dir: string = rulesDir): { lookalikes: Lookalikes | null; examples: LookalikeExample[]; problems: Problem[] } {
  const { data, source, problems } = readCheckedSync(path.join(dir, LOOKALIKES_FILE), LookalikesFile);
  if (!data || !source) return { lookalikes: null, examples: [], problems };
  const examples = data.examples.map(({ text, read }, k) => {
    return { text, read, origin: originAt(source, ['examples', k]) };
  });
  const sounds = new Map(Object.entries(data.sounds).flatMap(([sound, characters]) => [...characters].map((ch) => [ch, sound] as const)));
  return {
    lookalikes: { pairs: data.lookalikes, sounds, fuzzy: fuzzySounds(Object.keys(data.sounds), data.fuzzy), words: lexiconWords(dir) },
    examples,
    problems,
  };
}

/** Per sound of `sounds`, the others listed that a fuzzy pair's initials make of it (shu ↔ su: each pair a short initial and a long one). */
function fuzzySounds(sounds: readonly string[], pairs: ReadonlyArray<readonly [string, string]>): Map<string, string[]> {
  const listed = new Set(sounds);
  const out = new Map<string, string[]>();
  for (const sound of sounds)
    for (const [short, long] of pairs) {
      // the long initial first: sh is no s before h
      const other = sound.startsWith(long) ? short + sound.slice(long.length) : sound.startsWith(short) ? long + sound.slice(short.length) : null;
      if (other && listed.has(other)) out.set(sound, [...(out.get(sound) ?? []), other]);
    }
  return out;
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

/**
 * For each character, the words holding it and where; the characters read, as a pattern; for each character with a
 * sound (by its code), by the word's characters beside it (see besideKey), the long words holding a character of
 * that sound there; every two neighbours in a word. Codes, not strings, since every character
 * of a clause with a count is looked up.
 */
interface Index {
  holding: Map<string, Placed[]>;
  meant: Map<string, string>;
  read: RegExp;
  sounding: Map<number, Map<number, Placed[]>>;
  pairs: Set<string>;
}

/** The fewest characters of a word a sound-alike is read into: in a shorter one it is too often another word's own. */
const MIN_SOUND_ALIKE_WORD = 4;

const pushTo = <K>(map: Map<K, Placed[]>, key: K, placed: Placed): void => {
  const list = map.get(key);
  if (list) list.push(placed);
  else map.set(key, [placed]);
};

/** The sound's words, by the character beside (see Index). */
const besideOf = (bySound: Map<string, Map<number, Placed[]>>, sound: string): Map<number, Placed[]> => {
  let beside = bySound.get(sound);
  if (!beside) bySound.set(sound, (beside = new Map<number, Placed[]>()));
  return beside;
};

const indexes = new WeakMap<Lookalikes, Index>();

function indexOf(lookalikes: Lookalikes): Index {
  let index = indexes.get(lookalikes);
  if (index) return index;
  const holding = new Map<string, Placed[]>();
  const bySound = new Map<string, Map<number, Placed[]>>();
  const pairs = new Set<string>();
  for (const word of lookalikes.words) {
    [...word].forEach((ch, at) => {
      if (at > 0) pairs.add(word.slice(at - 1, at + 1));
      pushTo(holding, ch, { word, at });
      const sound = lookalikes.sounds.get(ch);
      // a word's first character joins it to the words before it, and is theirs as often (2个村, 这三项, 场务会议)
      if (sound && at > 0 && word.length >= MIN_SOUND_ALIKE_WORD) pushTo(besideOf(bySound, sound), besideKey(word, at), { word, at });
    });
  }
  const sounding = new Map<number, Map<number, Placed[]>>();
  // a sound's words with those of the sounds its fuzzy initials make (述 shu for 诉 su in 出庭应诉), one map per sound
  const heard = new Map<string, Map<number, Placed[]> | undefined>();
  const hearing = (sound: string): Map<number, Placed[]> | undefined => {
    if (heard.has(sound)) return heard.get(sound);
    const maps = [sound, ...(lookalikes.fuzzy.get(sound) ?? [])].flatMap((s) => bySound.get(s) ?? []);
    const merged = maps.length <= 1 ? maps[0] : new Map<number, Placed[]>();
    if (maps.length > 1) for (const map of maps) for (const [key, list] of map) merged!.set(key, [...(merged!.get(key) ?? []), ...list]);
    heard.set(sound, merged);
    return merged;
  };
  for (const [ch, sound] of lookalikes.sounds) {
    const beside = hearing(sound);
    if (beside) sounding.set(ch.charCodeAt(0), beside);
  }
  const meant = new Map(lookalikes.pairs.map(({ read, meant }) => [read, meant]));
  index = { holding, meant, read: new RegExp(`[${[...meant.keys()].join('')}]`, 'g'), sounding, pairs };
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

/**
 * The characters beside the one at `at` in `word` (never its first), as a number: the codes of the one before and the
 * one after; at the word's end, the code of the one before, negated. Both must stand as written for the word to be read.
 */
const besideKey = (word: string, at: number): number =>
  at + 1 < word.length ? word.charCodeAt(at - 1) * 0x10000 + word.charCodeAt(at + 1) : -word.charCodeAt(at - 1);

/** A clause's ends: a count lies inside one, since none of its characters is one of them. */
const CLAUSE_ENDS = new Set([...',;。!?，；！？\n'].map((ch) => ch.charCodeAt(0)));
/** A count (a figure and its counting word, no date): a sound-alike is read only in a clause with one, where a fact's words stand. */
const COUNT = new RegExp(`\\d(?:\\.\\d+)?${COUNTING_AFTER}`, 'g');

/** The longest of `words` (longer than `best`) that a sound-alike at `i` makes in `clause`, its other characters as written. */
function longestSoundAlike(clause: string, i: number, words: readonly Placed[] | undefined, best?: Placed): Placed | undefined {
  for (const placed of words ?? []) {
    const { word, at } = placed;
    if (word[at] === clause[i] || (best && best.word.length >= word.length)) continue;
    // at a word's end only its count right after vouches for it (执法记录以402台, not 法制审核这三项)
    if (at === word.length - 1 && !/^ ?\d/.test(clause.slice(i + 1, i + 3))) continue;
    if (i >= at && standsBut(clause, i - at, word, at)) best = placed;
  }
  return best;
}

/** Whether `word` stands at `start` in `text` but at `skip`. */
function standsBut(text: string, start: number, word: string, skip: number): boolean {
  if (start + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) if (k !== skip && text[start + k] !== word[k]) return false;
  return true;
}

/**
 * The text with each character a pinyin input method typed for another of its sound (会前学发11次, 行政复义申请, 执法记录以)
 * read as that one, where that makes a word of the lexicon of MIN_SOUND_ALIKE_WORD characters or more, its other
 * characters as written, longer than any word it stands in as written; only in a clause with a count. One character
 * for one: every offset stays.
 */
export function withSoundAlikesRead(text: string, lookalikes: Lookalikes = cachedLookalikes.get()): string {
  const index = indexOf(lookalikes);
  // only the clauses with a count are read, found from their counts: most clauses have none
  const pieces: string[] = [];
  let done = 0;
  let kept = 0;
  for (const count of matchesOf(COUNT, text)) {
    if (count.index < done) continue;
    let start = count.index;
    while (start > 0 && !CLAUSE_ENDS.has(text.charCodeAt(start - 1))) start--;
    done = count.index + count[0].length;
    while (done < text.length && !CLAUSE_ENDS.has(text.charCodeAt(done))) done++;
    const clause = text.slice(start, done);
    const read = soundAlikesReadIn(clause, index);
    if (read === clause) continue;
    pieces.push(text.slice(kept, start), read);
    kept = done;
  }
  return kept === 0 ? text : pieces.join('') + text.slice(kept);
}

/** One clause with its sound-alikes read (see withSoundAlikesRead). */
function soundAlikesReadIn(clause: string, { holding, sounding, pairs }: Index): string {
  // a character that makes a word of the lexicon with its neighbour as written (法制讲座, 法制 of 法制审核) is no slip
  const ownPair = (i: number): boolean => pairs.has(clause.slice(i - 1, i + 1)) || pairs.has(clause.slice(i, i + 2));
  let read: string[] | undefined;
  for (let i = 1; i < clause.length; i++) {
    const beside = sounding.get(clause.charCodeAt(i));
    if (!beside) continue;
    const before = clause.charCodeAt(i - 1);
    const atEnd = longestSoundAlike(clause, i, beside.get(-before));
    const best = longestSoundAlike(clause, i, i + 1 < clause.length ? beside.get(before * 0x10000 + clause.charCodeAt(i + 1)) : undefined, atEnd);
    if (best && !ownPair(i) && best.word.length > longestAt(clause, i, holding.get(clause[i]!))) (read ??= clause.split(''))[i] = best.word[best.at]!;
  }
  return read ? read.join('') : clause;
}

/** Whether each example reads as it says, with `lookalikes` (`facts test`, the tests). */
export function runLookalikeExamples(
  lookalikes: Lookalikes,
  examples: readonly LookalikeExample[],
): Array<{ example: LookalikeExample; got: string; ok: boolean }> {
  return examples.map((example) => {
    const got = withSoundAlikesRead(withLookalikesRead(example.text, lookalikes), lookalikes);
    return { example, got, ok: got === example.read };
  });
}
