import path from 'node:path';
import { z } from 'zod';
import { lazySchema } from '../util/lazy-schema.js';
import { readYaml, schemaProblems, valueOrFirstProblem } from '../catalogue/yaml-file.js';
import { rulesDir } from '../paths.js';
import { LEVELS } from '../document/types.js';

/**
 * The wording of the draft (rules/draft.yaml): openings, ties, causes, remedies and the
 * 建议补充佐证 list. Code picks and fills; every Chinese sentence lives in the data file.
 */
const Phrase = lazySchema(() => z.string().min(2));
const Phrases = lazySchema(() => z.array(Phrase).min(1));
const Matched = lazySchema(() => z.array(z.strictObject({ when: z.string().min(1), text: Phrase })).min(1));

export const DraftPhrases = lazySchema(() =>
  z.strictObject({
    openings: z.strictObject({ admitted: Phrases, valuesToo: Phrases, values: Phrases, none: Phrases }),
    valueLeads: Phrases,
    valueClauses: Phrases,
    deniedClause: Phrase,
    manualClause: Phrase,
    indicatorTies: Phrases,
    areaTies: Phrases,
    causes: Matched,
    valueCause: Phrase,
    defaultCause: Phrase,
    causeOpeners: Phrases,
    causeLink: Phrase,
    deficiencyMarkers: z.array(z.string().min(1)).min(1),
    topicTrailers: z.array(z.string().min(1)),
    vagueSubjects: z.array(z.string().min(1)),
    planOpenings: Phrases,
    planOpeningNone: Phrase,
    planLeads: z.array(z.tuple([Phrase, Phrase])).min(1),
    planAreaLeads: z.array(z.tuple([Phrase, Phrase])).min(1),
    remedies: Matched,
    defaultRemedy: Phrase,
    evidence: z.strictObject({ heading: Phrase, note: Phrase, mentioned: Phrase, silent: Phrase }),
    tieStopWords: z.array(z.string().length(2)),
    requirementWords: z.record(z.enum(['>=', '>', '<=', '<', '==']), z.strictObject({ rate: Phrase, count: Phrase })),
    editorNote: Phrase,
    titleSuffix: Phrase,
    shortcomingsHeading: Phrase,
    plansHeading: Phrase,
    selfReference: z.strictObject({ prefix: z.string().min(1), suffixes: z.array(z.string().min(1)).min(1), byLevel: z.record(z.enum(LEVELS), Phrase) }),
    thisYear: Phrase,
    areaHints: z.array(z.strictObject({ when: z.string().min(1), area: z.string().min(1) })).min(1),
  }),
);
export type DraftPhrases = z.infer<typeof DraftPhrases>;

export const DRAFT_PHRASES_FILE = path.join(rulesDir, 'draft.yaml');

let cached: Promise<DraftPhrases> | undefined;

/** rules/draft.yaml, validated; a problem is reported at its file:line:col. */
export function loadDraftPhrases(file = DRAFT_PHRASES_FILE): Promise<DraftPhrases> {
  if (file !== DRAFT_PHRASES_FILE) return readPhrases(file);
  return (cached ??= readPhrases(file));
}

async function readPhrases(file: string): Promise<DraftPhrases> {
  const display = path.relative(process.cwd(), file) || file;
  const { source, problems } = await readYaml(file, display);
  const parsed = source && problems.length === 0 ? DraftPhrases.safeParse(source.data) : null;
  const all = [...problems, ...(parsed && !parsed.success && source ? schemaProblems(source, parsed.error) : [])];
  return valueOrFirstProblem('起草措辞表有误', parsed?.success ? parsed.data : null, all, display);
}

/** Fills {name} placeholders; a placeholder without a value is a bug in the caller. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`draft phrase needs {${name}}: ${template}`);
    return value;
  });
}

/** The n-th of several wordings, so that neighbouring items do not repeat one sentence. */
export function pick<T>(options: readonly T[], n: number): T {
  return options[((n % options.length) + options.length) % options.length]!;
}
