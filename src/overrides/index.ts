import { lstatSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { lazySchema } from '../util/lazy-schema.js';
import { IndicatorId } from '../catalogue/schema.js';
import { problemAt, readYaml, schemaProblems, type Problem } from '../catalogue/yaml-file.js';
import { earnedFor, scoreFor } from '../engine/index.js';
import { RESULT_STATUSES, type ResultStatus, type Scorecard } from '../engine/schema.js';
import { UserError } from '../errors.js';
import { DANGLING_LINK } from '../util/fs-errors.js';
import { STATUS_LABELS } from '../render/labels.js';

/**
 * Inspector overrides: a YAML file of verdicts that replace the machine's for named indicators,
 * each with the reason, who decided and when. The scorecard is re-scored with them and every
 * output shows them as 人工认定 beside the machine verdict.
 *
 *   overrides:
 *     - id: court.head-appearance-rate
 *       status: 达标          # or met / partial / unmet / no_evidence / not_applicable
 *       note: 现场调阅出庭登记,负责人全部出庭
 *       who: 市司法局督察组
 *       date: 2025-03-12
 */
const STATUS_BY_LABEL = new Map<string, ResultStatus>(
  RESULT_STATUSES.flatMap(
    (status) =>
      [
        [status, status],
        [STATUS_LABELS[status], status],
      ] as const,
  ),
);

const OverrideStatus = lazySchema(() =>
  z.enum([...STATUS_BY_LABEL.keys()] as [string, ...string[]], {
    error: `状态应为 ${RESULT_STATUSES.map((s) => STATUS_LABELS[s]).join('、')} 之一(也可写 ${RESULT_STATUSES.join('、')})`,
  }),
);

const IsoDate = lazySchema(() =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
    .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text), {
      message: '不是有效的日期',
    })
    // a verdict is dated when it was made: 2052 for 2025 is a slip (a day's grace: ahead of UTC, today is already tomorrow there)
    .refine((text) => text <= new Date(Date.now() + DAY_MS).toISOString().slice(0, 10), { message: '日期在将来;请写认定的日期' }),
);

const DAY_MS = 24 * 60 * 60 * 1000;

export const OverrideEntry = lazySchema(() =>
  z.strictObject({
    id: IndicatorId,
    status: OverrideStatus,
    note: z.string().trim().min(2, '请写明认定理由(至少 2 个字)'),
    who: z.string().trim().min(1, '请写明认定人'),
    date: IsoDate,
  }),
);
export const OverridesFile = lazySchema(() => z.strictObject({ overrides: z.array(OverrideEntry).min(1, '至少需要 1 条人工认定') }));
export type OverridesFile = z.infer<typeof OverridesFile>;

export interface Override {
  id: string;
  status: ResultStatus;
  note: string;
  who: string;
  date: string;
  /** where its id is written, for messages */
  place: { line: number; column: number };
}

export interface LoadedOverrides {
  /** as given (or as found beside the report) */
  file: string;
  overrides: Override[];
}

/** The suffix of a report's own overrides file: 报告.txt → 报告.overrides.yaml (or .yml). */
export const SIDECAR_SUFFIXES = ['.overrides.yaml', '.overrides.yml'] as const;

/**
 * The overrides file kept beside a report, if there is one. Standard input has none. Asked
 * synchronously and without an error for a missing file (the usual answer): a rejected fs.stat
 * cost ~65 µs of CPU to build its error, and each await a round trip through libuv's threads, on
 * every report of a batch. A folder or a broken link by that name is refused: the inspector meant
 * an overrides file there, and ignoring it would score the report without their verdicts.
 */
export function findSidecar(report: string): string | null {
  if (report === '-') return null;
  const stem = path.join(path.dirname(report), path.basename(report, path.extname(report)));
  for (const suffix of SIDECAR_SUFFIXES) {
    const candidate = `${stem}${suffix}`;
    let stat: Stats | undefined;
    try {
      // lstat first: a missing name costs no more than before, and a broken link is told apart
      stat = lstatSync(candidate, { throwIfNoEntry: false });
      if (stat?.isSymbolicLink()) stat = statSync(candidate, { throwIfNoEntry: false }) ?? stat;
    } catch {
      // unreadable (a folder without access, a file where a folder should be): no overrides file
    }
    if (stat === undefined) continue;
    if (stat.isFile()) return candidate;
    const what = stat.isSymbolicLink() ? DANGLING_LINK : stat.isDirectory() ? '是文件夹' : '不是普通文件';
    throw new UserError(`报告旁的人工认定文件${what};请改为 YAML 文件或移走它`, { file: candidate });
  }
  return null;
}

/** Reads and validates an overrides file; the first problem is thrown at its file:line:col. */
export async function loadOverrides(file: string): Promise<LoadedOverrides> {
  const { source, problems } = await readYaml(file, file);
  const fail = (all: Problem[]): never => {
    const first = all[0]!;
    const more = all.length > 1 ? `(另有 ${all.length - 1} 处问题)` : '';
    throw new UserError(`人工认定文件有误:${first.message}${more}`, { file: first.file, line: first.line, column: first.column });
  };
  if (!source || problems.length > 0) return fail(problems.length > 0 ? problems : [{ file, line: 1, column: 1, message: '无法读取' }]);
  const parsed = OverridesFile.safeParse(source.data);
  if (!parsed.success) return fail(schemaProblems(source, parsed.error));
  const seen = new Set<string>();
  const overrides = parsed.data.overrides.map((entry, index): Override => {
    const at = problemAt(source, ['overrides', index, 'id'], '');
    if (seen.has(entry.id)) fail([{ ...at, message: `指标 '${entry.id}' 重复认定,每个指标只能认定一次` }]);
    seen.add(entry.id);
    return { ...entry, status: STATUS_BY_LABEL.get(entry.status)!, place: { line: at.line, column: at.column } };
  });
  return { file, overrides };
}

/**
 * The scorecard with the inspector's verdicts in place of the machine's, re-scored. Each changed
 * result keeps the machine verdict beside the manual one. An id the scorecard lacks is an error.
 */
export function applyOverrides(scorecard: Scorecard, { file, overrides }: LoadedOverrides): Scorecard {
  const ids = new Set(scorecard.results.map((r) => r.indicator));
  for (const o of overrides) {
    if (!ids.has(o.id)) {
      throw new UserError(`人工认定文件有误:本报告按 ${scorecard.edition} 年版指标体系核查,其中没有指标 '${o.id}'(可用 duibiao catalogue show 查看指标编号)`, {
        file,
        ...o.place,
      });
    }
  }
  const byId = new Map(overrides.map((o) => [o.id, o]));
  const results = scorecard.results.map((result) => {
    const o = byId.get(result.indicator);
    if (!o) return result;
    const machine = result.override?.machine ?? { status: result.status, earned: result.earned };
    return {
      ...result,
      status: o.status,
      earned: earnedFor(o.status, result.points),
      override: { status: o.status, note: o.note, who: o.who, date: o.date, machine },
    };
  });
  const machineScore = scorecard.overrides?.machineScore ?? scorecard.total.score;
  return { ...scorecard, ...scoreFor(scorecard.document.kind, scorecard, results), results, overrides: { file, count: overrides.length, machineScore } };
}

/** The explicit file, else the one beside the report; null when there is none. */
export async function overridesFor(report: string, explicit?: string): Promise<LoadedOverrides | null> {
  const file = explicit ?? findSidecar(report);
  return file ? loadOverrides(file) : null;
}
