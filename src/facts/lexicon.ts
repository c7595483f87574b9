/**
 * The fact lexicon: rules/facts.yaml (one entry per fact) and rules/status.yaml (plan, done,
 * requirement and negation markers), validated with zod. Problems are reported as UserError at
 * file:line:col so that whoever edits the YAML sees where.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { LineCounter, parseDocument, isNode, type Document as YamlDocument } from 'yaml';
import { UserError } from '../errors.js';
import { rulesDir } from '../paths.js';
import { cached } from '../util/cache.js';

const Term = z.string().min(1);
const RegexSource = z.string().min(1).superRefine((source, ctx) => {
  try {
    new RegExp(source.replaceAll('…', GAP));
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: `正则表达式无效:${(e as Error).message}` });
  }
});

/** What '…' in an implied pattern may stand for: a few characters inside one clause. */
export const GAP = '[^,;:。!?]{0,12}?';

export const FactEntry = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'id 只能由小写字母、数字和下划线组成'),
    shape: z.enum(['rate', 'count', 'presence']),
    /** the unit the fact is reported in ('%', '件', '人' …; null for presence facts) */
    unit: z.string().nullable(),
    /** counting words a stated number may carry (件/宗/起, 名/人 …); defaults to [unit] */
    units: z.array(Term).default([]),
    /** subject words, the nearest of which binds a number in the same clause */
    cues: z.array(Term).default([]),
    /** words of which one must occur in the same clause (the verb: 审核, 清理 …) */
    near: z.array(Term).default([]),
    /**
     * words of which one must occur in the sentence or in its section heading; a list of lists
     * asks for one word of every list ([[考核, 绩效], [法治]])
     */
    topic: z.union([z.array(Term), z.array(z.array(Term).min(1))]).default([]),
    /** distractors: none may occur in the clause */
    exclude: z.array(Term).default([]),
    /** distractors: none may occur anywhere in the sentence */
    exclude_sentence: z.array(Term).default([]),
    /** extra words allowed between the cue and its number, besides the shared context */
    context: z.array(Term).default([]),
    /**
     * a clause right after the number that vouches for it although its own clause lacks the
     * `near` word or names a distractor (出台规范性文件15件,均经合法性审核): regexes, '…' = a gap
     */
    confirmed_by: z.array(RegexSource).default([]),
    /** zero and universal statements: a regex ('…' = a few characters of the clause) and the value it states */
    /** a value, or '=other_id': the value the sentence states for other_id (应出庭21件…全部出庭 → 21) */
    implied: z
      .array(z.object({ pattern: RegexSource, value: z.union([z.number(), z.literal(true), z.string().regex(/^=[a-z][a-z0-9_]*$/)]) }).strict())
      .default([]),
    /** presence: groups of terms that must all occur in one sentence ('a|b' offers alternatives) */
    mentions: z.array(z.array(Term).min(1)).default([]),
  })
  .strict();
export type FactEntry = z.infer<typeof FactEntry>;

export const Derivation = z
  .object({
    id: z.string(),
    numerator: z.string(),
    denominator: z.string(),
  })
  .strict();

export const FactsFile = z
  .object({
    /** words that may stand between any cue and its number: 达, 为, 共, 累计 … */
    context: z.array(Term),
    /** list words that share one number among several cues: 报备率、及时率均达100% */
    list_separators: z.array(Term),
    /** words that make a number count for every cue of a list (均, 分别); rates always do */
    distributive: z.array(Term),
    facts: z.array(FactEntry).min(1),
    derive: z.array(Derivation).default([]),
  })
  .strict();

export const StatusFile = z
  .object({
    /** regexes marking a target, requirement or intention inside an achievements section */
    plan: z.array(RegexSource),
    /** regexes marking something done; they end a plan started earlier in the sentence */
    done: z.array(RegexSource),
    /** a requirement: a bound (不少于) together with a per-period frame (每人每年) */
    requirement: z.object({ bounds: z.array(Term), frames: z.array(Term) }).strict(),
    /** regexes marking a negated statement (未建立, 尚未, 缺乏 …) */
    negation: z.array(RegexSource),
  })
  .strict();

export const LexiconSchema = z.object({
  context: z.array(z.string()),
  listSeparators: z.array(z.string()),
  distributive: z.array(z.string()),
  facts: z.array(FactEntry),
  derive: z.array(Derivation),
  status: StatusFile,
});
export type Lexicon = z.infer<typeof LexiconSchema>;

export const FACTS_FILE = 'facts.yaml';
export const STATUS_FILE = 'status.yaml';

const cache = new Map<string, Promise<Lexicon>>();

/** Reads and validates the lexicon in `dir`, once per process and directory (the package's own through the disk cache). */
export function loadLexicon(dir: string = rulesDir): Promise<Lexicon> {
  const key = path.resolve(dir);
  let pending = cache.get(key);
  if (!pending) {
    pending = key === rulesDir ? cached({ slot: 'lexicon', inputs: [FACTS_FILE, STATUS_FILE].map((f) => path.join(key, f)), code: [import.meta.dirname] }, () => readLexicon(key)) : readLexicon(key);
    // a failed load is not cached: the user may fix the file and retry in the same process (tests)
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

async function readLexicon(dir: string): Promise<Lexicon> {
  const factsFile = await readYaml(path.join(dir, FACTS_FILE), FactsFile);
  const status = await readYaml(path.join(dir, STATUS_FILE), StatusFile);
  const { data, locate } = factsFile;
  const known = new Set<string>();
  data.facts.forEach((entry, i) => {
    if (known.has(entry.id)) throw locate(['facts', i, 'id'], `事实 id 重复:${entry.id}`);
    known.add(entry.id);
    if (entry.shape !== 'presence' && entry.cues.length === 0 && entry.implied.length === 0) {
      throw locate(['facts', i], `事实 ${entry.id} 既没有 cues 也没有 implied,无法识别`);
    }
  });
  data.derive.forEach((d, i) => {
    for (const field of ['id', 'numerator', 'denominator'] as const) {
      if (!known.has(d[field])) throw locate(['derive', i, field], `未定义的事实 id:${d[field]}`);
    }
  });
  return {
    context: data.context,
    listSeparators: data.list_separators,
    distributive: data.distributive,
    facts: data.facts.map((e) => ({ ...e, units: e.units.length > 0 ? e.units : e.unit ? [e.unit] : [] })),
    derive: data.derive,
    status: status.data,
  };
}

type Locate = (at: (string | number)[], message: string) => UserError;

async function readYaml<T extends z.ZodType>(file: string, schema: T): Promise<{ data: z.infer<T>; locate: Locate }> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new UserError('找不到事实词表文件', { file });
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const locate: Locate = (at, message) => new UserError(message, { file, ...position(doc, lineCounter, at) });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const { line, col } = lineCounter.linePos(yamlError.pos[0]);
    throw new UserError(`YAML 语法错误:${yamlError.message.split('\n')[0]}`, { file, line, column: col });
  }
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    throw locate(where, `词表格式错误(${where.join('.') || '根'}):${issue.message}`);
  }
  return { data: parsed.data, locate };
}

/** line/column of the deepest node that exists on the path (the key itself when the value is missing). */
function position(doc: YamlDocument, lineCounter: LineCounter, at: (string | number)[]): { line?: number; column?: number } {
  for (let depth = at.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(at.slice(0, depth), true);
    if (isNode(node) && node.range) {
      const { line, col } = lineCounter.linePos(node.range[0]);
      return { line, column: col };
    }
  }
  return {};
}
