import { LEVEL_LABELS } from '../document/labels.js';
import { Fact as EngineFact, Rule, type ConditionProperties, type RuleResult, type TopLevelConditionResult } from 'json-rules-engine';
import { compileRule, createEngine, thresholdText, type Catalogue, type CatalogueIndicator } from '../catalogue/index.js';
import { CONDITION_NAMES, presenceFactName, quantitySatisfies, type Quantity } from '../catalogue/compile.js';
import { unitOfFact } from '../catalogue/display.js';
import type { Document, Level } from '../document/types.js';
import { documentInfo } from '../document/index.js';
import { UserError } from '../errors.js';
import type { Fact } from '../facts/schema.js';
import { version } from '../version.js';
import { ADMITTED_MARK, quantityText } from './display.js';
import { factsById, gatherEvidence, type IndicatorEvidence } from './evidence.js';
import { RESULT_STATUSES, SCHEMA_VERSION, type AreaScore, type Result, type ResultStatus, type Scorecard } from './schema.js';

export interface EvaluateOptions {
  /** why this edition was chosen (按报告年度2019年选用), shown beside it in every output */
  editionNote?: string;
  /** evaluate only these indicators (catalogue test) */
  only?: readonly string[];
}

/**
 * Refuses documents that are not about rule-of-law government: scoring them would only produce
 * a page of zeros. Called by evaluate, so every command that scores refuses them the same way.
 */
export function assertScorable(doc: Pick<Document, 'kind' | 'source'>): void {
  if (doc.kind === 'other') {
    throw new UserError('不是法治政府建设报告(也不是实施方案或工作要点),不予评分;可用 duibiao facts 查看识别结果', { file: doc.source.file });
  }
}

/**
 * Scores one document. The rules decide met / partial on achieved values only; whether an
 * indicator applies and whether the report says anything at all is decided here, so that a
 * missing fact is "no evidence", never "below the threshold".
 */
export async function evaluate(catalogue: Catalogue, doc: Document, facts: readonly Fact[], options: EvaluateOptions = {}): Promise<Scorecard> {
  assertScorable(doc);
  const indicators = options.only ? catalogue.indicators.filter((i) => options.only!.includes(i.id)) : catalogue.indicators;

  // loops, not callbacks: a callback created per report was optimised by TurboFan again after every full GC
  const byId = factsById(facts);
  const reasons: Array<NotApplicable | null> = [];
  const applicable: CatalogueIndicator[] = [];
  const evidence = new Map<string, IndicatorEvidence>();
  for (const indicator of indicators) {
    const reason = notApplicableReason(indicator, catalogue, doc);
    reasons.push(reason);
    if (reason) continue;
    applicable.push(indicator);
    evidence.set(indicator.id, gatherEvidence(indicator, doc, byId));
  }
  const outcomes = await runRules(applicable, evidence);

  const results: Result[] = [];
  for (let i = 0; i < indicators.length; i++) {
    const indicator = indicators[i]!;
    const reason = reasons[i];
    if (reason) {
      results.push(notApplicableResult(indicator, reason));
      continue;
    }
    const result = judge(indicator, evidence.get(indicator.id)!, outcomes.get(indicator.id) ?? { met: false, partial: false });
    results.push(doc.kind === 'plan' ? { ...result, why: result.evidence.length > 0 ? PLAN_ADDRESSES : PLAN_SILENT } : result);
  }
  const { total, counts, areas, plan } = scoreFor(doc.kind, catalogue, results);
  // in the schema's key order: the JSON outputs write the scorecard as it is
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'duibiao', version },
    edition: catalogue.edition,
    ...(options.editionNote ? { editionNote: options.editionNote } : {}),
    tailoring: catalogue.tailoring,
    document: documentInfo(doc),
    total,
    counts,
    areas,
    results,
    ...(plan ? { plan } : {}),
    expiredWaivers: catalogue.expiredWaivers,
  };
}

const PLAN_ADDRESSES = '方案部署了这项工作(计划,不计成效)';
const PLAN_SILENT = '方案没有涉及这项工作';

/** The scores of a document's results: achievement for a report, coverage for a plan. Re-run after overrides. */
export function scoreFor(kind: Document['kind'], catalogue: AreaTitles, results: readonly Result[]): Pick<Scorecard, 'total' | 'counts' | 'areas' | 'plan'> {
  const scored = score(catalogue, results);
  return kind === 'plan' ? planScore(catalogue, results, scored) : scored;
}

/** What scoring needs of the catalogue: its 一级 areas' ids and titles. */
type AreaTitles = { areas: ReadonlyArray<Pick<Catalogue['areas'][number], 'id' | 'title'>> };

/**
 * An implementation plan or 工作要点 states intentions, not results: it gets no achievement score
 * (null, never 0) but its coverage, the share of the applicable indicators it addresses at all.
 */
function planScore(
  catalogue: AreaTitles,
  results: readonly Result[],
  scored: ReturnType<typeof score>,
): Pick<Scorecard, 'total' | 'counts' | 'areas' | 'plan'> {
  const coverage = (list: readonly Result[]) => {
    const applicable = list.filter((r) => r.status !== 'not_applicable');
    const addressed = applicable.filter((r) => r.evidence.length > 0).length;
    return { addressed, applicable: applicable.length, rate: rateOf(addressed, applicable.length) };
  };
  return {
    total: { ...scored.total, rate: null, score: null },
    counts: scored.counts,
    areas: scored.areas.map((a) => ({ ...a, rate: null })),
    plan: {
      ...coverage(results),
      areas: catalogue.areas.map((area) => ({ id: area.id, title: area.title, ...coverage(results.filter((r) => r.area === area.id)) })),
    },
  };
}

type NotApplicable = { why: string; waiver: Result['waiver'] };

function notApplicableReason(indicator: CatalogueIndicator, catalogue: Catalogue, doc: Document): NotApplicable | null {
  // an unknown level gives the benefit of the doubt: the indicator applies
  if (doc.level !== 'unknown' && !indicator.appliesTo.includes(doc.level)) return wrongLevel(indicator, doc.level);
  const waiver = waiverFor(catalogue, indicator.id, doc.place);
  if (waiver) {
    return {
      why: `剪裁文件豁免:${waiver.reason}${waiver.expires ? `(有效期至 ${waiver.expires})` : ''}`,
      waiver: { reason: waiver.reason, expires: waiver.expires ?? null },
    };
  }
  return null;
}

/**
 * Why an indicator does not apply at a level, written once per indicator and level: a report has
 * some fifteen such results, each of which joined the labels of the levels anew.
 */
function wrongLevel(indicator: CatalogueIndicator, level: Level): NotApplicable {
  let byLevel = wrongLevels.get(indicator);
  if (!byLevel) wrongLevels.set(indicator, (byLevel = new Map<Level, NotApplicable>()));
  let reason = byLevel.get(level);
  if (!reason) {
    reason = { why: `本指标只适用于${indicator.appliesTo.map((l) => LEVEL_LABELS[l]).join('、')},本报告为${LEVEL_LABELS[level]}`, waiver: null };
    byLevel.set(level, reason);
  }
  return reason;
}
const wrongLevels = new WeakMap<CatalogueIndicator, Map<Level, NotApplicable>>();

/** The waiver of an indicator at a place; a loop, not find's callback, for each indicator of each report. */
function waiverFor(catalogue: Catalogue, id: string, place: string | null): Catalogue['waivers'][number] | undefined {
  for (const w of catalogue.waivers) {
    if (w.id === id && (!w.places || (place !== null && w.places.some((p) => place.includes(p))))) return w;
  }
  return undefined;
}

interface RuleOutcome {
  met: boolean;
  partial: boolean;
}

/**
 * One engine run over the applicable indicators the report states an achieved value for; the
 * almanac holds plain values only. A rule over no value holds for none of its conditions (every
 * operator asks for a quantity or a presence), so the others are left out: most indicators of a
 * report have none, and the engine copies every rule's conditions on each run. A rule reads one
 * fact, so its outcome for a value the engine has judged before is known: only new values are
 * put to it (a presence is always the same value, true, and a batch repeats many quantities).
 */
async function runRules(indicators: CatalogueIndicator[], evidence: Map<string, IndicatorEvidence>): Promise<Map<string, RuleOutcome>> {
  const outcomes = new Map<string, RuleOutcome>();
  const almanac: Record<string, EngineFact> = {};
  const asked = new Map<string, { indicator: CatalogueIndicator; value: string }>();
  for (const indicator of indicators) {
    const found = evidence.get(indicator.id)!;
    if (indicator.check.type === 'presence' ? !found.present : found.quantities.length === 0) continue;
    const value = indicator.check.type === 'presence' ? String(found.present) : quantitiesKey(found.quantities);
    const known = judged.get(indicator)?.get(value);
    if (known) {
      outcomes.set(indicator.id, known);
      continue;
    }
    asked.set(indicator.id, { indicator, value });
    const id = indicator.check.type === 'presence' ? presenceFactName(indicator.id) : indicator.check.fact;
    const factValue = indicator.check.type === 'presence' ? found.present : found.quantities.map(({ value, qualifier }) => ({ value, qualifier }));
    almanac[id] = new EngineFact(id, factValue, UNCACHED);
  }
  if (asked.size === 0) return outcomes;
  const engine = createEngine([...asked.values()].map(({ indicator }) => ruleOf(indicator)));
  const { results, failureResults } = await engine.run(almanac);
  for (const result of [...results, ...failureResults]) {
    const outcome = outcomeOf(result);
    outcomes.set(result.name, outcome);
    const { indicator, value } = asked.get(result.name)!;
    let values = judged.get(indicator);
    if (!values) judged.set(indicator, (values = new Map<string, RuleOutcome>()));
    if (values.size < MAX_JUDGED) values.set(value, outcome);
  }
  return outcomes;
}

/**
 * Each indicator's rule, built once: building the few rules a report asks for (json-rules-engine
 * parses their conditions into objects) cost more than running them. A Rule keeps nothing of a
 * run (that is in its RuleResult), only the engine it last joined, and every engine here has the
 * same operators and options, so engines share it.
 */
const rules = new WeakMap<CatalogueIndicator, Rule>();
function ruleOf(indicator: CatalogueIndicator): Rule {
  let rule = rules.get(indicator);
  if (!rule) rules.set(indicator, (rule = new Rule(compileRule(indicator))));
  return rule;
}

/** Per indicator of a catalogue, the engine's outcome for each value of its fact it has judged. */
const judged = new WeakMap<CatalogueIndicator, Map<string, RuleOutcome>>();
/** Values remembered per indicator: a long batch of reports does not grow the memory without bound. */
const MAX_JUDGED = 256;

/** The engine does not cache the values of a run: each is read by one rule, and caching hashed each (hash-it) first. */
const UNCACHED = { cache: false };

function quantitiesKey(quantities: readonly Quantity[]): string {
  let key = '';
  for (const { value, qualifier } of quantities) key += `${value} ${qualifier};`;
  return key;
}

function outcomeOf(result: RuleResult): RuleOutcome {
  const named = (name: string): boolean => conditionResults(result.conditions).some((c) => c.name === name && c.result === true);
  return { met: named(CONDITION_NAMES.met), partial: named(CONDITION_NAMES.partial) };
}

function conditionResults(condition: TopLevelConditionResult): Array<Partial<ConditionProperties> & { result?: boolean }> {
  if ('any' in condition) return condition.any;
  if ('all' in condition) return condition.all;
  return [];
}

function notApplicableResult(indicator: CatalogueIndicator, { why, waiver }: NotApplicable): Result {
  return resultOf(indicator, requirementText(indicator, null), { status: 'not_applicable', earned: 0, found: null, why, evidence: [], waiver });
}

/** The requirement as the outputs write it, in the unit the report uses when it says one. */
function requirementText({ check }: CatalogueIndicator, unit: string | null): string | null {
  return thresholdText(check, unit ?? ('fact' in check && check.fact ? unitOfFact(check.fact) : null));
}

/**
 * One result, its fields listed in the schema's order (a spread of a shared base into each of
 * ~100 results a report went through V8's slow path for object literals).
 */
function resultOf(
  indicator: CatalogueIndicator,
  threshold: string | null,
  verdict: Pick<Result, 'status' | 'earned' | 'found' | 'why' | 'evidence' | 'waiver'>,
): Result {
  return {
    indicator: indicator.id,
    area: indicator.area,
    group: indicator.group,
    title: indicator.title,
    status: verdict.status,
    points: indicator.points,
    earned: verdict.earned,
    found: verdict.found,
    threshold,
    why: verdict.why,
    evidence: verdict.evidence,
    waiver: verdict.waiver,
  };
}

/** The status from the rule outcome and what the report says; see the README for the vocabulary. */
function judge(indicator: CatalogueIndicator, found: IndicatorEvidence, outcome: RuleOutcome): Result {
  const threshold = requirementText(indicator, found.unit);
  const { check } = indicator;
  const best = bestQuantity(check, found.quantities);
  // a presence check met by a count (公职律师37名) shows the count, not just that it exists
  const shown = best ?? (check.type === 'presence' ? found.quantities[0] : undefined);
  const admitted = found.admittedQuantities[0];
  const foundText = shown
    ? quantityText(shown, found.unit ?? unitOfFact(shown.fact.id))
    : check.type === 'presence' && found.present
      ? '已落实'
      : admitted
        ? `${quantityText(admitted, found.unit ?? unitOfFact(admitted.fact.id))}${ADMITTED_MARK}`
        : null;
  const planNote = found.planned ? ';计划中的表述不计为已完成' : '';
  const decide = (status: ResultStatus, why: string, shownText = foundText): Result =>
    resultOf(indicator, threshold, { status, earned: earnedFor(status, indicator.points), found: shownText, why, evidence: found.quotes, waiver: null });
  if (outcome.met) return decide('met', check.type === 'presence' ? '报告的工作成效部分写明了这项工作' : `报告的数值 ${foundText} 达到要求 ${threshold}`);
  // 出庭应诉率100% says the heads did appear: a stronger stated value meets the indicator
  if (found.implied) return decide('met', `由报告中更强的表述推出:“${found.implied.evidence.text}”`, impliedText(found.implied));
  if (outcome.partial) return decide('partial', `报告的数值 ${foundText} 未达到 ${threshold} 的满分要求,但在部分得分区间内`);
  if (found.quantities.length > 0) return decide('unmet', `报告的数值 ${foundText} 未达到要求 ${threshold}`);
  if (found.admitted) return decide('unmet', `报告在不足部分(或以否定表述)承认了这一短板${planNote}`);
  if (found.achieved) {
    // 落实述法制度 with no coverage figure: the work is claimed but cannot be checked against the bar
    const hasPartialBand = (check.type === 'threshold' && check.partial !== undefined) || (check.type === 'count' && check.partialMin !== undefined);
    return hasPartialBand
      ? decide('partial', '报告写明已开展这项工作,但没有可与要求比较的数值,按部分达标计')
      : decide('unmet', '报告提及了这项工作,但没有可与要求比较的数值');
  }
  if (found.mentioned) return decide('no_evidence', `提到但未给出数值:“${found.mentioned.evidence.text}”,无法与要求 ${threshold} 比较`, null);
  return decide('no_evidence', found.planned ? '仅在工作计划或安排中提及,工作成效部分没有相应内容' : '未提及:报告的工作成效部分没有写到这项工作');
}

/** What a stronger statement shows: its value when it has one (出庭应诉率100%), else 已落实. */
function impliedText(fact: Fact): string {
  return typeof fact.value === 'number'
    ? quantityText({ value: fact.value, qualifier: fact.qualifier ?? 'exact' }, fact.unit ?? unitOfFact(fact.id))
    : '已落实';
}

/** The quantity shown as found: one that meets, else one that earns partial credit, else the first. */
function bestQuantity<Q extends Quantity>(check: CatalogueIndicator['check'], quantities: Q[]): Q | undefined {
  if (check.type === 'threshold') {
    return (
      firstMeeting(quantities, check.op, check.value) ??
      (check.partial ? firstMeeting(quantities, check.partial.op, check.partial.value) : undefined) ??
      quantities[0]
    );
  }
  if (check.type === 'count') {
    return (
      firstMeeting(quantities, '>=', check.min) ??
      (check.partialMin !== undefined ? firstMeeting(quantities, '>=', check.partialMin) : undefined) ??
      quantities[0]
    );
  }
  return quantities[0];
}

/** The first quantity that satisfies `op bound`; a module function, not a closure made for each of a report's ~100 results. */
function firstMeeting<Q extends Quantity>(quantities: readonly Q[], op: Parameters<typeof quantitySatisfies>[1], bound: number): Q | undefined {
  for (const quantity of quantities) if (quantitySatisfies(quantity, op, bound)) return quantity;
  return undefined;
}

/** Met earns the points, partial half, anything else nothing. */
export function earnedFor(status: ResultStatus, points: number): number {
  return status === 'met' ? points : status === 'partial' ? points / 2 : 0;
}

function emptyCounts(): Record<ResultStatus, number> {
  return Object.fromEntries(RESULT_STATUSES.map((status) => [status, 0])) as Record<ResultStatus, number>;
}

/** 得分率 = earned / applicable points; null when nothing applies. One decimal. */
function rateOf(earned: number, applicable: number): number | null {
  return applicable > 0 ? Math.round((earned / applicable) * 1000) / 10 : null;
}

export function score(catalogue: AreaTitles, results: readonly Result[]): Pick<Scorecard, 'total' | 'counts' | 'areas'> {
  // one pass, each result tallied into the total and its area (a filter per area read them all once per area)
  const total = emptyTally();
  const byArea = new Map(catalogue.areas.map((area) => [area.id, emptyTally()]));
  for (const result of results) {
    addToTally(total, result);
    const area = byArea.get(result.area);
    if (area) addToTally(area, result);
  }
  const areas: AreaScore[] = catalogue.areas.map((area) => {
    const { counts, earned, applicable } = byArea.get(area.id)!;
    return { id: area.id, title: area.title, earned, applicable, rate: rateOf(earned, applicable), counts };
  });
  const { counts, earned, applicable } = total;
  const rate = rateOf(earned, applicable);
  return { total: { earned, applicable, rate, score: rate }, counts, areas };
}

interface Tally {
  counts: Record<ResultStatus, number>;
  earned: number;
  applicable: number;
}

function emptyTally(): Tally {
  return { counts: emptyCounts(), earned: 0, applicable: 0 };
}

function addToTally(tally: Tally, result: Result): void {
  tally.counts[result.status] += 1;
  if (result.status === 'not_applicable') return;
  tally.earned += result.earned;
  tally.applicable += result.points;
}
