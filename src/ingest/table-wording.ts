/**
 * The wording of tables and charts (rules/tables.yaml): header cells that order a table's columns,
 * a total row's label, a chart's caption and data lines. Validated with zod (problems at
 * file:line:col) and loaded before a report is read (loadTableWording, through the disk cache), or
 * read on first use where nobody did.
 */
import path from 'node:path';
import { z } from 'zod';
import { lazySchema } from '../util/lazy-schema.js';
import { examplesAt, readCheckedSync, type Problem, valueOrFirstProblem } from '../catalogue/yaml-file.js';
import { rulesDir } from '../paths.js';
import { cachedOnce } from '../util/cache.js';
import { compiledPattern } from '../util/pattern.js';
import { foldCharacters, foldInContext } from './fold.js';

export const TABLES_FILE = 'tables.yaml';

/** A pattern with exactly `groups` capture groups, whose text the mechanism reads. */
const PatternWithGroups = (groups: number) =>
  compiledPattern().refine((re) => new RegExp(`${re.source}|`).exec('')!.length === groups + 1, {
    message: groups === 0 ? '不能有捕获组(…),请用 (?:…)' : `须恰有 ${groups} 个捕获组(…),程序读取其中的文字`,
  });

/** Each table's pattern and how many groups it captures (see rules/tables.yaml). */
const GROUPS = {
  year_header: 1,
  years_label: 0,
  label_header: 0,
  target_header: 0,
  done_header: 0,
  rate_header: 0,
  status_cell: 0,
  change_cell: 0,
  base_header: 0,
  current_header: 0,
  part_header: 0,
  to_date_header: 0,
  target_cell: 1,
  unit_header: 0,
  note_header: 0,
  note_target: 1,
  standard_header: 0,
  label_standard: 0,
  score_header: 0,
  basis_header: 0,
  serial_header: 0,
  total_label: 0,
  total_header: 0,
  own_label: 0,
  count_header: 1,
  ditto_cell: 0,
  chart_caption: 2,
  chart_caption_data: 2,
  caption_total: 1,
  caption_parts: 0,
  table_caption: 2,
  units_caption: 1,
  unit_line: 1,
  caption_unit: 1,
  card_title: 1,
  card_label: 0,
  card_rate_label: 0,
  chart_data: 1,
  example_note: 0,
} as const;
export type TableWordingKey = keyof typeof GROUPS;
const KEYS = Object.keys(GROUPS) as TableWordingKey[];

const Text = lazySchema(() => z.string().min(1));
const Examples = lazySchema(() => z.object({ pass: z.array(Text).default([]), fail: z.array(Text).default([]) }).strict());

export const TableWording = lazySchema(() =>
  z
    .object(Object.fromEntries(KEYS.map((key) => [key, PatternWithGroups(GROUPS[key])])) as { [K in TableWordingKey]: ReturnType<typeof PatternWithGroups> })
    .strict(),
);
export type TableWording = z.infer<typeof TableWording>;

const TablesFile = lazySchema(() =>
  z
    .object(
      Object.fromEntries(KEYS.map((key) => [key, z.object({ pattern: PatternWithGroups(GROUPS[key]), examples: Examples }).strict()])) as {
        [K in TableWordingKey]: z.ZodObject<{ pattern: ReturnType<typeof PatternWithGroups>; examples: typeof Examples }>;
      },
    )
    .strict(),
);

/** A cell or line of our own that the table's pattern must match (pass) or must not (fail), where it is written. */
export interface TableWordingExample {
  table: TableWordingKey;
  expected: 'pass' | 'fail';
  text: string;
  origin: { file: string; line: number; column: number };
}

const cachedTableWording = cachedOnce({ slot: 'tables', inputs: [path.join(rulesDir, TABLES_FILE)], code: [import.meta.dirname] }, () => readTableWording());

/** The wording from the disk cache (src/util/cache.ts), read and validated on a miss; called before a report is read. */
export const loadTableWording = cachedTableWording.load;

/** The wording, read on first use when nobody loaded it before (tests, the examples of rules). */
export const tableWording = cachedTableWording.get;

/** The wording in `dir`; its first problem, if any, as a UserError at file:line:col. */
export function readTableWording(dir: string = rulesDir): TableWording {
  const { wording, problems } = lintTableWording(dir);
  return valueOrFirstProblem('表格和图表词表有误', wording, problems, dir);
}

/** The wording in `dir`, its examples and every problem of the file (file:line:col). */
export function lintTableWording(dir: string = rulesDir): { wording: TableWording | null; examples: TableWordingExample[]; problems: Problem[] } {
  const { data, source, problems } = readCheckedSync(path.join(dir, TABLES_FILE), TablesFile);
  if (!data || !source) return { wording: null, examples: [], problems };
  const wording = Object.fromEntries(KEYS.map((key) => [key, data[key].pattern])) as TableWording;
  const examples = KEYS.flatMap((table) => examplesAt(source, data[table].examples, [table]).map((example) => ({ table, ...example })));
  return { wording, examples, problems };
}

/**
 * A line as the patterns read it: folded (full-width forms, years in Chinese numerals), one character
 * for one so that offsets still point into the line as written; a header cell or a row's label also
 * without its blanks.
 */
export const asLine = (text: string): string => foldInContext(foldCharacters(text));
export const asCell = (text: string): string => asLine(text.replace(/\s+/g, ''));

/** A text's lines, each trimmed and folded as the structure's reading needs it. */
export interface LinesRead {
  /** each line as written */
  written: readonly string[];
  trimmed: readonly string[];
  /** foldCharacters of each trimmed line (the boilerplate check's reading) */
  characters: readonly string[];
  /** asLine of each trimmed line */
  folded: readonly string[];
}

/**
 * The lines (none holds a line break), each trimmed and folded, in one fold of them all: neither
 * fold reads across a line's end (foldTracked converts line by line, and foldInContext's patterns
 * match no line break and anchor at a line's ends), so the whole's lines are the lines' folds; a
 * fold called per line cost twice what the whole did, in its calls.
 */
export function readLines(written: readonly string[]): LinesRead {
  const trimmed = written.map((line) => line.trim());
  if (trimmed.length === 0) return { written, trimmed, characters: [], folded: [] };
  const characters = foldCharacters(trimmed.join('\n'));
  return { written, trimmed, characters: characters.split('\n'), folded: foldInContext(characters).split('\n') };
}

/** The lines and header cells of tables and charts are read this way (chart lines keep their blanks, cells lose them). */
const READ_AS: Record<TableWordingKey, (text: string) => string> = {
  year_header: asCell,
  years_label: asCell,
  label_header: asCell,
  target_header: asCell,
  done_header: asCell,
  rate_header: asCell,
  status_cell: asCell,
  change_cell: asCell,
  base_header: asCell,
  current_header: asCell,
  part_header: asCell,
  to_date_header: asCell,
  target_cell: asCell,
  unit_header: asCell,
  note_header: asCell,
  note_target: asCell,
  standard_header: asCell,
  label_standard: asCell,
  score_header: asCell,
  basis_header: asCell,
  serial_header: asCell,
  total_label: asCell,
  total_header: asCell,
  own_label: asCell,
  count_header: asCell,
  ditto_cell: asCell,
  chart_caption: asLine,
  chart_caption_data: asLine,
  caption_total: asLine,
  caption_parts: asLine,
  table_caption: asCell,
  units_caption: asCell,
  unit_line: asCell,
  caption_unit: asCell,
  card_title: asCell,
  card_label: asCell,
  card_rate_label: asCell,
  chart_data: asLine,
  example_note: asCell,
};

/** Whether each example is matched as it says (`facts test`, the tests). */
export function runTableWordingExamples(wording: TableWording, examples: readonly TableWordingExample[]): Array<{ example: TableWordingExample; ok: boolean }> {
  return examples.map((example) => ({ example, ok: wording[example.table].test(READ_AS[example.table](example.text)) === (example.expected === 'pass') }));
}
