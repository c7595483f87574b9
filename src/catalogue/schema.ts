import { z } from 'zod';
import { lazySchema } from '../util/lazy-schema.js';
import { LEVELS } from '../document/types.js';
import { Mentions } from '../facts/presence-schema.js';

/**
 * The catalogue as it is written in indicators/<edition>/*.yaml and in tailoring files.
 * Every type of the catalogue comes from these schemas (z.infer); nothing is written twice.
 */
export const Level = lazySchema(() => z.enum(LEVELS));
export const FactId = lazySchema(() => z.string().regex(/^[a-z][a-z0-9_]*$/, '事实编号只能由小写字母、数字和下划线组成'));
export const IndicatorId = lazySchema(() =>
  z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, '指标编号只能由小写字母、数字、点和连字符组成,如 decision.catalogue-published'),
);

export const COMPARISONS = ['>=', '>', '<=', '<', '=='] as const;
export const Comparison = lazySchema(() => z.enum(COMPARISONS));
export type Comparison = z.infer<typeof Comparison>;

/**
 * Numbers a catalogue may hold are bounded, so that no sum or ratio of them can become
 * Infinity or NaN: an indicator is worth at most 100 points, and a threshold lies between 0
 * and a million (a rate is 0–100; no count of one year comes near a million).
 */
export const MAX_POINTS = 100;
export const MAX_THRESHOLD = 1_000_000;
const Points = lazySchema(() => z.number().min(0, `分值应在 0 到 ${MAX_POINTS} 之间`).max(MAX_POINTS, `分值应在 0 到 ${MAX_POINTS} 之间`));
const Threshold = lazySchema(() => z.number().min(0, `门槛应在 0 到 ${MAX_THRESHOLD} 之间`).max(MAX_THRESHOLD, `门槛应在 0 到 ${MAX_THRESHOLD} 之间`));
const PositiveThreshold = lazySchema(() => Threshold.refine((n) => n > 0, { message: '门槛应大于 0' }));

const Band = lazySchema(() => z.strictObject({ op: Comparison, value: Threshold }));

/**
 * A stronger statement that implies the indicator: an achieved value of another fact (with op and
 * value: a value that satisfies them; without: any achieved value). 出庭应诉率100% means the heads
 * did appear in court, so litigation.head-appearance-cases is met with that evidence.
 */
export const Implication = lazySchema(() =>
  z
    .strictObject({ fact: FactId, op: Comparison.optional(), value: Threshold.optional() })
    .refine((i) => (i.op === undefined) === (i.value === undefined), { message: 'op 和 value 要么都写,要么都不写' }),
);
export type Implication = z.infer<typeof Implication>;

/** Implications shared by every kind of check. */
const implied = () => ({ alsoMetBy: z.array(Implication).min(1).optional() });

/**
 * For a quantitative check: a presence fact saying the report speaks of the work without a figure
 * (区政府常务会会前学法, no count), so the verdict can say 提到但未给出数值 and quote it.
 */
const mentioned = () => ({ mention: FactId.optional() });

/** A quantitative fact against a threshold, e.g. 出庭应诉率 ≥ 100 (partial from 80). */
export const ThresholdCheck = lazySchema(() =>
  z.strictObject({
    type: z.literal('threshold'),
    fact: FactId,
    op: Comparison,
    value: Threshold,
    partial: Band.optional(),
    ...implied(),
    ...mentioned(),
  }),
);

/** A count the year must reach, e.g. 法治专题讲座 ≥ 2. */
export const CountCheck = lazySchema(() =>
  z.strictObject({
    type: z.literal('count'),
    fact: FactId,
    min: PositiveThreshold,
    partialMin: PositiveThreshold.optional(),
    ...implied(),
    ...mentioned(),
  }),
);

/**
 * A mechanism that must be in place: an achieved value of its fact (a presence fact of
 * rules/presence.yaml, or any value of a numeric fact). An indicator a tailoring adds may give
 * cue phrases instead: they become a presence fact of their own (named after the indicator), read
 * like those of rules/presence.yaml. Each cue group is a list of terms that must all occur in the
 * same sentence; a term may offer alternatives separated by '|'. Any one group suffices.
 */
export const PresenceCheck = lazySchema(() =>
  z
    .strictObject({
      type: z.literal('presence'),
      fact: FactId.optional(),
      cues: Mentions.optional(),
      ...implied(),
    })
    .refine((c) => c.fact !== undefined || c.cues !== undefined, { message: '存在性检查至少需要 fact 或 cues 之一' }),
);

/** Discriminated by `type`, so a bad check reports the errors of its own kind only. */
export const Check = lazySchema(() => z.discriminatedUnion('type', [ThresholdCheck, CountCheck, PresenceCheck]));
export type Check = z.infer<typeof Check>;

export const CONFIDENCES = ['confirmed', 'inferred', 'duibiao-default'] as const;

export const Indicator = lazySchema(() =>
  z.strictObject({
    id: IndicatorId,
    /** the 二级 group id, e.g. "4.3" */
    group: z.string().min(1),
    /** our own short wording, never the official sentence */
    title: z.string().min(2).max(40),
    description: z.string().min(2),
    appliesTo: z.array(Level).min(1),
    points: Points.refine((n) => n > 0, { message: '分值应大于 0(不计分的指标请用剪裁文件的 deselect 剔除)' }),
    check: Check,
    /** how the 不足 draft names the gap, e.g. 行政机关负责人出庭应诉率未达到全覆盖 */
    gap: z.string().min(2),
    /** how the 下一年度 plan names the remedy */
    remedy: z.string().min(2),
    /** sentences we wrote: the check must accept every pass and reject every fail */
    examples: z.strictObject({ pass: z.array(z.string().min(2)).min(1), fail: z.array(z.string().min(2)).min(1) }),
    /** which document the requirement comes from */
    source: z.string().min(2),
    confidence: z.enum(CONFIDENCES),
    tags: z.array(z.string()).optional(),
  }),
);
export type Indicator = z.infer<typeof Indicator>;

export const IndicatorFile = lazySchema(() => z.strictObject({ indicators: z.array(Indicator) }));

export const Group = lazySchema(() => z.strictObject({ id: z.string().min(1), title: z.string().min(2) }));
export const Area = lazySchema(() =>
  z.strictObject({
    id: z.string().min(1),
    title: z.string().min(2),
    groups: z.array(Group).min(1),
    /** for cross-edition comparison: the areas of the other edition this one corresponds to */
    mapsTo: z.record(z.string(), z.array(z.string())).optional(),
  }),
);
export type Area = z.infer<typeof Area>;

/** indicators/<edition>/edition.yaml */
export const EditionFile = lazySchema(() =>
  z.strictObject({
    edition: z.string().regex(/^\d{4}$/),
    title: z.string().min(2),
    areas: z.array(Area).min(1),
    /** indicators taken over unchanged from another edition, placed in one of this edition's groups */
    reuse: z.array(z.strictObject({ from: z.string(), id: IndicatorId, group: z.string().min(1) })).optional(),
  }),
);
export type EditionFile = z.infer<typeof EditionFile>;

/** Partial overrides a tailoring may apply to an existing indicator. */
export const IndicatorOverride = lazySchema(() =>
  z.strictObject({
    id: IndicatorId,
    points: Points.optional(),
    appliesTo: z.array(Level).min(1).optional(),
    value: Threshold.optional(),
    op: Comparison.optional(),
    partial: Band.nullable().optional(),
    min: PositiveThreshold.optional(),
    partialMin: PositiveThreshold.nullable().optional(),
  }),
);

export const Waiver = lazySchema(() =>
  z.strictObject({
    id: IndicatorId,
    reason: z.string().min(2),
    /** YYYY-MM-DD; after this day the waiver no longer applies and is reported as expired */
    expires: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
      .optional(),
    /** places the waiver is for (matched against the report's place); all places when omitted */
    places: z.array(z.string().min(1)).optional(),
  }),
);
export type Waiver = z.infer<typeof Waiver>;

/** A tailoring file: a province's or a place's variant of an edition (or of another tailoring). */
export const Tailoring = lazySchema(() =>
  z.strictObject({
    /**
     * an edition ("2021") or the path of another tailoring file, relative to this one; only a
     * .yaml/.yml file is ever opened, so that no other file's content can reach a message
     */
    extends: z.preprocess(
      // `extends: 2021` unquoted is a number to YAML: it was refused as "类型应为 字符串"
      (value) => (typeof value === 'number' ? String(value) : value),
      z.string().regex(/^\d{4}$|\.ya?ml$/i, "应为指标体系版本(如 '2021')或另一个剪裁文件(.yaml 或 .yml)的路径"),
    ),
    title: z.string().optional(),
    add: z.array(Indicator).optional(),
    modify: z.array(IndicatorOverride).optional(),
    deselect: z.array(IndicatorId).optional(),
    waivers: z.array(Waiver).optional(),
  }),
);
export type Tailoring = z.infer<typeof Tailoring>;
