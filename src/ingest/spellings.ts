/**
 * The mainland spellings of words that traditional copies write with a character the conversion to
 * simplified keeps (rules/spellings.yaml): validated with zod, problems at file:line:col, loaded
 * before a report is read (loadSpellings, through the disk cache) or read on first use.
 */
import path from 'node:path';
import { z } from 'zod';
import { lazySchema } from '../util/lazy-schema.js';
import { originAt, readCheckedSync, type Problem, valueOrFirstProblem } from '../catalogue/yaml-file.js';
import { rulesDir } from '../paths.js';
import { cachedOnce } from '../util/cache.js';

export const SPELLINGS_FILE = 'spellings.yaml';

const Word = lazySchema(() => z.string().regex(/^[\u3400-\u9fff]{2,}$/, { message: '须为两个以上汉字' }));
/** One character for one: the fold keeps every offset of the text as written. */
const Spelling = lazySchema(() =>
  z
    .object({ written: Word, mainland: Word })
    .strict()
    .refine(({ written, mainland }) => written.length === mainland.length, { message: '两种写法的字数须相同' }),
);
export const Spellings = lazySchema(() => z.array(Spelling).min(1));
export type Spellings = z.infer<typeof Spellings>;

const Text = lazySchema(() => z.string().min(1));
const SpellingsFile = lazySchema(() => z.object({ spellings: Spellings, examples: z.array(z.object({ text: Text, folded: Text }).strict()).min(1) }).strict());

/** A line of our own in traditional characters and what the fold must make of it, where it is written. */
export interface SpellingExample {
  text: string;
  folded: string;
  origin: { file: string; line: number; column: number };
}

const cachedSpellings = cachedOnce({ slot: 'spellings', inputs: [path.join(rulesDir, SPELLINGS_FILE)], code: [import.meta.dirname] }, () => readSpellings());

/** The spellings from the disk cache (src/util/cache.ts), read and validated on a miss; called before a report is read. */
export const loadSpellings = cachedSpellings.load;

/** The spellings in `dir`; their first problem, if any, as a UserError at file:line:col. */
export function readSpellings(dir: string = rulesDir): Spellings {
  const { spellings, problems } = lintSpellings(dir);
  return valueOrFirstProblem('繁体写法规则有误', spellings, problems, dir);
}

/** The spellings in `dir`, their examples and every problem of the file (file:line:col). */
export function lintSpellings(dir: string = rulesDir): { spellings: Spellings | null; examples: SpellingExample[]; problems: Problem[] } {
  const { data, source, problems } = readCheckedSync(path.join(dir, SPELLINGS_FILE), SpellingsFile);
  if (!data || !source) return { spellings: null, examples: [], problems };
  const examples = data.examples.map(({ text, folded }, k) => {
    return { text, folded, origin: originAt(source, ['examples', k]) };
  });
  return { spellings: data.spellings, examples, problems };
}

/** The line (converted to simplified characters) with each word of `spellings` as mainland text writes it. */
export function withMainlandSpellings(spellings: Spellings, line: string): string {
  let out = line;
  for (const { written, mainland } of spellings) if (out.includes(written)) out = out.replaceAll(written, mainland);
  return out;
}

/** withMainlandSpellings with the spellings of rules/. */
export const inMainlandSpelling = (line: string): string => withMainlandSpellings(cachedSpellings.get(), line);
