import { z } from 'zod';
import { lazySchema } from '../util/lazy-schema.js';
import { DOCUMENT_KINDS, LEVELS } from '../document/types.js';

/**
 * The fact contract of ../shared/spec/facts.md: what `duibiao facts FILE --format json` prints
 * and what the engine consumes. Ids are stable; new ids may be added, none renamed.
 */
export const FACT_STATUSES = ['achieved', 'plan', 'gap'] as const;
export const FactStatus = lazySchema(() => z.enum(FACT_STATUSES));
export type FactStatus = z.infer<typeof FactStatus>;

/**
 * How a stated number bounds the real one: 2.1万余名 → at_least 21000, 近九成 → less_than 90,
 * 约 → about. Kept so that comparisons can say met / unmet / cannot tell.
 */
export const QUALIFIERS = ['exact', 'at_least', 'more_than', 'at_most', 'less_than', 'about'] as const;
export const Qualifier = lazySchema(() => z.enum(QUALIFIERS));
export type Qualifier = z.infer<typeof Qualifier>;

export const Evidence = lazySchema(() =>
  z.object({
    text: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  }),
);
export type Evidence = z.infer<typeof Evidence>;

export const Fact = lazySchema(() =>
  z.object({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/),
    /** a number (rates in percent, 0–100) or true for presence facts */
    value: z.union([z.number(), z.literal(true)]),
    unit: z.string().nullable(),
    status: FactStatus,
    /** title of the top-level section, as written (with its number); null before the first heading */
    section: z.string().nullable(),
    evidence: Evidence,
    derived: z.boolean(),
    /** omitted when exact */
    qualifier: Qualifier.optional(),
    /** for derived facts: the spans of the stated values it was computed from */
    basis: z.array(Evidence).optional(),
  }),
);
export type Fact = z.infer<typeof Fact>;

export const DocumentInfo = lazySchema(() =>
  z.object({
    file: z.string(),
    kind: z.enum(DOCUMENT_KINDS),
    level: z.enum(LEVELS),
    place: z.string().nullable(),
    /** GB/T 2260 code of the place; absent in results written before it was added */
    code: z.string().nullable().optional(),
    parents: z.object({ province: z.string().nullable(), city: z.string().nullable() }).optional(),
    year: z.number().int().nullable(),
  }),
);
export type DocumentInfo = z.infer<typeof DocumentInfo>;

export const FactsOutput = lazySchema(() =>
  z.object({
    document: DocumentInfo,
    facts: z.array(Fact),
    /** presence facts read from cue words (ids of rules/presence.yaml): every mechanism a presence indicator rests on */
    presence: z.array(Fact),
  }),
);
export type FactsOutput = z.infer<typeof FactsOutput>;
