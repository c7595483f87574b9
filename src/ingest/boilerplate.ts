/**
 * Web-page chrome that portals print around a report, by the rules of rules/boilerplate.yaml:
 * lines a pattern matches, and lines made only of chrome words. The rules are validated with zod
 * (problems at file:line:col) and loaded before a report is read (loadBoilerplate, through the
 * disk cache), or read on first use where nobody did.
 */
import path from 'node:path';
import { z } from 'zod';
import { lazySchema } from '../util/lazy-schema.js';
import { examplesAt, readCheckedSync, type Problem, valueOrFirstProblem } from '../catalogue/yaml-file.js';
import { rulesDir } from '../paths.js';
import { cachedOnce } from '../util/cache.js';
import { LinearPattern } from '../util/pattern.js';
import { foldCharacters } from './fold.js';
import { MAX_BOILERPLATE_LINE_CHARS } from './limits.js';

export const BOILERPLATE_FILE = 'boilerplate.yaml';

/** A line rule: its pattern applies only to lines up to max_chars characters. */
const LineRule = lazySchema(() =>
  z
    .object({ pattern: LinearPattern, max_chars: z.number().int().positive(), ignore_case: z.boolean().default(false) })
    .strict()
    .transform(({ pattern, max_chars, ignore_case }) => ({ pattern: new RegExp(pattern, ignore_case ? 'i' : ''), maxChars: max_chars })),
);

export const Boilerplate = lazySchema(() =>
  z
    .object({
      lines: z.array(LineRule).min(1),
      /** words that, when a line is made only of them, make it chrome */
      words: z.array(z.string().min(1)).transform((words) => new Set(words)),
      separators: LinearPattern.transform((source) => new RegExp(source)),
    })
    .strict(),
);
export type Boilerplate = z.infer<typeof Boilerplate>;

const Text = lazySchema(() => z.string().min(1));
const BoilerplateFile = lazySchema(() =>
  Boilerplate.extend({ examples: z.object({ pass: z.array(Text).default([]), fail: z.array(Text).default([]) }).strict() }),
);

/** A line of our own that must be taken for chrome (pass) or must not (fail), where it is written. */
export interface BoilerplateExample {
  expected: 'pass' | 'fail';
  text: string;
  origin: { file: string; line: number; column: number };
}

const cachedBoilerplate = cachedOnce({ slot: 'boilerplate', inputs: [path.join(rulesDir, BOILERPLATE_FILE)], code: [import.meta.dirname] }, () =>
  readBoilerplate(),
);

/** The rules from the disk cache (src/util/cache.ts), read and validated on a miss; called before a report is read. */
export const loadBoilerplate = cachedBoilerplate.load;

/** The rules in `dir`; their first problem, if any, as a UserError at file:line:col. */
export function readBoilerplate(dir: string = rulesDir): Boilerplate {
  const { rules, problems } = lintBoilerplate(dir);
  return valueOrFirstProblem('网页框架规则有误', rules, problems, dir);
}

/** The rules in `dir`, their examples and every problem of the file (file:line:col). */
export function lintBoilerplate(dir: string = rulesDir): { rules: Boilerplate | null; examples: BoilerplateExample[]; problems: Problem[] } {
  const { data, source, problems } = readCheckedSync(path.join(dir, BOILERPLATE_FILE), BoilerplateFile);
  if (!data || !source) return { rules: null, examples: [], problems };
  const { examples, ...rules } = data;
  return { rules, examples: examplesAt(source, examples), problems };
}

/** True when the trimmed line is site chrome rather than report text; `folded`, when given, is its foldCharacters, folded already. */
export function isBoilerplateLine(trimmed: string, folded?: string): boolean {
  return matchesBoilerplate(cachedBoilerplate.get(), trimmed, folded);
}

/** The pieces of a line read before the whole line is split (split's limit keeps the first pieces of the whole). */
const FIRST_PIECES = 2;

/** True when `rules` take the trimmed line for site chrome (also the rules of a file being tried). */
export function matchesBoilerplate(rules: Boilerplate, trimmed: string, folded?: string): boolean {
  if (trimmed.length === 0 || trimmed.length > MAX_BOILERPLATE_LINE_CHARS) return false;
  const line = folded ?? foldCharacters(trimmed);
  // a loop, not some's callback: one created per line was optimised by TurboFan again after every full GC
  for (const rule of rules.lines) if (line.length <= rule.maxChars && rule.pattern.test(line)) return true;
  // most lines fail on their first word: its first pieces are read before the whole line is split
  if (!line.split(rules.separators, FIRST_PIECES).every((word) => word.length === 0 || rules.words.has(word))) return false;
  const words = line.split(rules.separators).filter((word) => word.length > 0);
  // A lone one-character word (大, 中) is too weak a sign on its own.
  if (words.length === 1 && words[0]!.length < 2) return false;
  return words.length > 0 && words.every((word) => rules.words.has(word));
}

/** Whether each example is taken for chrome as it says (`facts test`, the tests). */
export function runBoilerplateExamples(rules: Boilerplate, examples: readonly BoilerplateExample[]): Array<{ example: BoilerplateExample; ok: boolean }> {
  return examples.map((example) => ({ example, ok: matchesBoilerplate(rules, example.text) === (example.expected === 'pass') }));
}
