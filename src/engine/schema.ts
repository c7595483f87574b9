import { z } from 'zod';
import { lazySchema } from '../util/lazy-schema.js';
import { DocumentInfo, Evidence, FactStatus } from '../facts/schema.js';

/** What evaluation produces; the JSON result of `duibiao check --format json`. */
export const SCHEMA_VERSION = 1;

export const RESULT_STATUSES = ['met', 'partial', 'unmet', 'no_evidence', 'not_applicable'] as const;
export const ResultStatus = lazySchema(() => z.enum(RESULT_STATUSES));
export type ResultStatus = z.infer<typeof ResultStatus>;

/** What a piece of evidence does, as every output labels it: only 成效 can meet an indicator. */
export const EvidenceTag = lazySchema(() => z.enum(['成效', '计划', '不足']));
export const EVIDENCE_TAG: Record<FactStatus, z.infer<typeof EvidenceTag>> = { achieved: '成效', plan: '计划', gap: '不足' };

export const QuotedEvidence = lazySchema(() =>
  Evidence.extend({
    factId: z.string().nullable(),
    status: FactStatus,
    /** the status as the outputs label it (成效 / 计划 / 不足); absent in results written before it was recorded */
    tag: EvidenceTag.optional(),
    section: z.string().nullable(),
  }),
);
export type QuotedEvidence = z.infer<typeof QuotedEvidence>;

/** An inspector's verdict that replaces the machine's (duibiao check --overrides, or 报告.overrides.yaml). */
export const ManualVerdict = lazySchema(() =>
  z.object({
    status: ResultStatus,
    note: z.string(),
    who: z.string(),
    date: z.string(),
    /** the machine verdict it replaces */
    machine: z.object({ status: ResultStatus, earned: z.number() }),
  }),
);
export type ManualVerdict = z.infer<typeof ManualVerdict>;

export const Result = lazySchema(() =>
  z.object({
    indicator: z.string(),
    area: z.string(),
    group: z.string(),
    title: z.string(),
    status: ResultStatus,
    points: z.number(),
    earned: z.number(),
    /** the value found, as a reader would write it (e.g. 90.2%, 2期, 已落实); null when none */
    found: z.string().nullable(),
    /** the requirement, e.g. ≥100% (80%起部分得分); null for presence checks */
    threshold: z.string().nullable(),
    /** one Chinese line saying why this status */
    why: z.string(),
    evidence: z.array(QuotedEvidence),
    /** set when a waiver or tailoring made it not applicable */
    waiver: z.object({ reason: z.string(), expires: z.string().nullable() }).nullable(),
    /** present when an inspector overrode the machine verdict; status and earned are then the inspector's */
    override: ManualVerdict.optional(),
  }),
);
export type Result = z.infer<typeof Result>;

export const AreaScore = lazySchema(() =>
  z.object({
    id: z.string(),
    title: z.string(),
    earned: z.number(),
    applicable: z.number(),
    /** 得分率, 0–100, null when nothing applies */
    rate: z.number().nullable(),
    counts: z.record(ResultStatus, z.number()),
  }),
);
export type AreaScore = z.infer<typeof AreaScore>;

const coverage = () => ({ addressed: z.number(), applicable: z.number(), rate: z.number().nullable() });
export const PlanCoverage = lazySchema(() => z.object({ ...coverage(), areas: z.array(z.object({ id: z.string(), title: z.string(), ...coverage() })) }));
export type PlanCoverage = z.infer<typeof PlanCoverage>;

export const Scorecard = lazySchema(() =>
  z.object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    tool: z.object({ name: z.literal('duibiao'), version: z.string() }),
    edition: z.string(),
    /** why this edition: 按报告年度2019年选用, 按 --edition 指定 …; absent in results written before it was recorded */
    editionNote: z.string().optional(),
    tailoring: z.string().nullable(),
    document: DocumentInfo,
    total: z.object({ earned: z.number(), applicable: z.number(), rate: z.number().nullable(), score: z.number().nullable() }),
    counts: z.record(ResultStatus, z.number()),
    areas: z.array(AreaScore),
    results: z.array(Result),
    /**
     * for an implementation plan or 工作要点 (document.kind plan): no achievement score (total.score
     * is null) but how many applicable indicators the plan addresses, overall and per area
     */
    plan: PlanCoverage.optional(),
    /** waivers that have passed their expiry date and no longer apply */
    expiredWaivers: z.array(z.object({ id: z.string(), reason: z.string(), expires: z.string() })),
    /** present when inspector overrides were applied: their file and the machine's own score */
    overrides: z.object({ file: z.string(), count: z.number().int(), machineScore: z.number().nullable() }).optional(),
  }),
);
export type Scorecard = z.infer<typeof Scorecard>;
