import type { CatalogueIndicator, Quantity } from '../catalogue/index.js';
import { quantitySatisfies } from '../catalogue/compile.js';
import type { Implication } from '../catalogue/schema.js';
import { sentenceAt } from '../document/index.js';
import type { Document } from '../document/types.js';
import type { Fact, FactStatus } from '../facts/schema.js';
import { EVIDENCE_TAG, type QuotedEvidence } from './schema.js';

/** What the report says about one indicator, sorted by what it does with it. */
export interface IndicatorEvidence {
  /** achieved numeric values of the indicator's fact */
  quantities: Array<Quantity & { fact: Fact }>;
  /** numeric values the report states among its shortcomings (出庭率仅为85%) */
  admittedQuantities: Array<Quantity & { fact: Fact }>;
  /** an achieved value of the indicator's fact (any value, for a presence check) */
  present: boolean;
  /** something in the achievements part speaks to the indicator */
  achieved: boolean;
  /** the report names it among its shortcomings (or denies it where it reports achievements) */
  admitted: boolean;
  /** mentioned only as a plan */
  planned: boolean;
  /** an achieved, stronger statement that implies the indicator (alsoMetBy) */
  implied: Fact | null;
  /** an achieved mention of the work without a figure (the check's `mention` fact) */
  mentioned: Fact | null;
  /** the unit the report uses for the fact, when it says one */
  unit: string | null;
  quotes: QuotedEvidence[];
}

/**
 * Gathers the facts of one indicator: its own fact, the facts that imply it and the fact that
 * mentions it. In a plan document everything is a plan. Only achieved evidence in running text
 * or with a figure counts: a fact without one read from a report's heading line is left out (every
 * report carries the heading 党政主要负责人履行推进法治建设第一责任人职责情况); a plan's headings are
 * its tasks and are quoted.
 * Called for each indicator of each report: its helpers are module functions, not closures.
 */
export function gatherEvidence(indicator: CatalogueIndicator, doc: Document, facts: FactsById): IndicatorEvidence {
  const { check } = indicator;
  const quotes: QuotedEvidence[] = [];
  const result: IndicatorEvidence = {
    quantities: [],
    admittedQuantities: [],
    present: false,
    achieved: false,
    admitted: false,
    planned: false,
    implied: null,
    mentioned: null,
    unit: null,
    quotes,
  };
  let mentions: Fact[] | null = null;
  for (const place of factsOf(facts, factIdsOf(check))) {
    const fact = facts.facts[place]!;
    const own = fact.id === check.fact;
    const implication = own ? undefined : implicationOf(check, fact.id);
    const mention = !own && 'mention' in check && check.mention === fact.id;
    if (!own && !implication && !mention) continue;
    // a stated zero of a presence check's fact (全年未组织…旁听庭审: 0) admits the work was not done
    const status = own && check.type === 'presence' && fact.value === 0 ? 'gap' : statusOf(doc, fact);
    // a report's heading (党政主要负责人履行…第一责任人职责情况) is no evidence, unless it states a figure
    // (a checklist's items: 13.执法记录仪配备（512台）); a plan's headings are its tasks
    const heading = fact.value === true && inHeading(doc, fact);
    if (heading && doc.kind !== 'plan') continue;
    // a mention without a figure is evidence only where the report states no value of the fact itself
    if (mention) {
      (mentions ??= []).push(fact);
      continue;
    }
    quote(quotes, fact, status);
    if (status === 'plan') result.planned = true;
    if (status === 'gap') {
      result.admitted = true;
      if (own && typeof fact.value === 'number') result.admittedQuantities.push({ value: fact.value, qualifier: fact.qualifier ?? 'exact', fact });
    }
    if (status !== 'achieved' || heading) continue;
    if (implication) {
      if (implies(implication, fact)) result.implied ??= fact;
      continue;
    }
    result.unit ??= fact.unit;
    result.achieved = true;
    if (typeof fact.value === 'number') result.quantities.push({ value: fact.value, qualifier: fact.qualifier ?? 'exact', fact });
    // for a presence check any achieved value of its fact shows the mechanism exists (述法全覆盖 or 100%)
    if (fact.value === true || check.type === 'presence') result.present = true;
  }
  if (quotes.length === 0 && mentions) {
    for (const fact of mentions) {
      const status = statusOf(doc, fact);
      quote(quotes, fact, status);
      if (status === 'plan') result.planned = true;
      if (status === 'achieved') result.mentioned ??= fact;
    }
  }
  // facts come in text order (allFacts), so the quotes do too: sorting them anyway made a copy of each list
  if (!inOrder(quotes)) quotes.sort(inTextOrder);
  return result;
}

function statusOf(doc: Document, fact: Fact): FactStatus {
  return doc.kind === 'plan' ? 'plan' : fact.status;
}

function inHeading(doc: Document, fact: Fact): boolean {
  return sentenceAt(doc, fact.evidence.start)?.heading === true;
}

/**
 * Quotes a fact's evidence once per statement: a quote within another of the same status says what
 * that one says (a stated zero's 未组织领导干部旁听庭审 within its presence fact's 本年度未组织领导干部旁听庭审),
 * and only the longer is kept. An indicator has a few quotes, so they are searched, not hashed.
 */
function quote(quotes: QuotedEvidence[], fact: Fact, status: FactStatus): void {
  const { text, start, end } = fact.evidence;
  for (const q of quotes) if (q.status === status && q.start <= start && end <= q.end) return;
  let kept = 0;
  for (const q of quotes) if (q.status !== status || q.start < start || end < q.end) quotes[kept++] = q;
  quotes.length = kept;
  quotes.push({ text, start, end, factId: fact.id, status, tag: EVIDENCE_TAG[status], section: fact.section });
}

const inTextOrder = (a: QuotedEvidence, b: QuotedEvidence): number => a.start - b.start || a.end - b.end;

function inOrder(quotes: readonly QuotedEvidence[]): boolean {
  for (let i = 1; i < quotes.length; i++) if (inTextOrder(quotes[i - 1]!, quotes[i]!) > 0) return false;
  return true;
}

function implicationOf(check: CatalogueIndicator['check'], factId: string): Implication | undefined {
  for (const implication of check.alsoMetBy ?? []) if (implication.fact === factId) return implication;
  return undefined;
}

/**
 * A report's facts, and for each fact id the places of its facts among them, in text order:
 * numbers, not an object made per fact and report to pair it with its place.
 */
export interface FactsById {
  facts: readonly Fact[];
  places: ReadonlyMap<string, readonly number[]>;
}

/** Groups the facts once per report, so that each indicator reads only the facts it names. */
export function factsById(facts: readonly Fact[]): FactsById {
  const places = new Map<string, number[]>();
  for (let place = 0; place < facts.length; place++) {
    const id = facts[place]!.id;
    const list = places.get(id);
    if (list) list.push(place);
    else places.set(id, [place]);
  }
  return { facts, places };
}

/** The fact ids an indicator reads (its own, those that imply it, the one that mentions it), once per check. */
const factIds = new WeakMap<CatalogueIndicator['check'], readonly string[]>();
function factIdsOf(check: CatalogueIndicator['check']): readonly string[] {
  let ids = factIds.get(check);
  if (!ids) {
    const named = [check.fact, ...(check.alsoMetBy ?? []).map((i) => i.fact), 'mention' in check ? check.mention : undefined];
    factIds.set(check, (ids = [...new Set(named.filter((id) => id !== undefined))]));
  }
  return ids;
}

const NO_FACTS: readonly number[] = [];

/** The places of the facts of the given ids, in text order: most indicators have none, or facts of one id only. */
function factsOf(facts: FactsById, ids: readonly string[]): readonly number[] {
  let chosen: readonly number[] = NO_FACTS;
  let merged: number[] | null = null;
  for (const id of ids) {
    const list = facts.places.get(id);
    if (!list) continue;
    if (merged) merged.push(...list);
    else if (chosen.length === 0) chosen = list;
    else merged = [...chosen, ...list];
  }
  return merged ? merged.sort(byOrder) : chosen;
}

const byOrder = (a: number, b: number): number => a - b;

/** Whether an achieved fact states what the implication asks for (any value when it names no bound). */
function implies(implication: Implication, fact: Fact): boolean {
  if (implication.op === undefined || implication.value === undefined) return true;
  return typeof fact.value === 'number' && quantitySatisfies({ value: fact.value, qualifier: fact.qualifier ?? 'exact' }, implication.op, implication.value);
}
