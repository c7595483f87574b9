import { Engine, Operator, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import type { Qualifier } from '../facts/schema.js';
import type { Check, Comparison } from './schema.js';
import type { Catalogue, CatalogueIndicator } from './types.js';

/** A stated value with how it bounds the real one (95%以上 → at_least 95). */
export interface Quantity {
  value: number;
  qualifier: Qualifier;
}

/** The two named conditions of every rule: which one held tells met from partial. */
export const CONDITION_NAMES = { met: 'met', partial: 'partial' } as const;

const QUANTITY_OPERATORS: Record<Comparison, string> = {
  '>=': 'quantityAtLeast',
  '>': 'quantityAbove',
  '<=': 'quantityAtMost',
  '<': 'quantityBelow',
  '==': 'quantityEquals',
};

/** The almanac fact that says whether a presence indicator has achieved evidence. */
export function presenceFactName(indicatorId: string): string {
  return `presence:${indicatorId}`;
}

/** Every indicator as a json-rules-engine rule: plain facts, no JSONPath, serialisable as JSON. */
export function compileRules(catalogue: Pick<Catalogue, 'indicators'>): RuleProperties[] {
  return catalogue.indicators.map(compileRule);
}

export function compileRule(indicator: CatalogueIndicator): RuleProperties {
  return {
    name: indicator.id,
    event: { type: 'indicator', params: { id: indicator.id, area: indicator.area, points: indicator.points } },
    // equal priorities: both conditions of `any` are evaluated (no short-circuit between them), so each has a result
    conditions: { any: conditionsOf(indicator) } as TopLevelCondition,
  };
}

function conditionsOf(indicator: CatalogueIndicator): Array<Record<string, unknown>> {
  const { check } = indicator;
  const quantity = (name: string, op: Comparison, value: number, fact: string) => ({ name, fact, operator: QUANTITY_OPERATORS[op], value });
  switch (check.type) {
    case 'threshold':
      return [
        quantity(CONDITION_NAMES.met, check.op, check.value, check.fact),
        ...(check.partial ? [quantity(CONDITION_NAMES.partial, check.partial.op, check.partial.value, check.fact)] : []),
      ];
    case 'count':
      return [
        quantity(CONDITION_NAMES.met, '>=', check.min, check.fact),
        ...(check.partialMin !== undefined ? [quantity(CONDITION_NAMES.partial, '>=', check.partialMin, check.fact)] : []),
      ];
    case 'presence':
      return [{ name: CONDITION_NAMES.met, fact: presenceFactName(indicator.id), operator: 'present', value: true }];
  }
}

/**
 * Whether every real value a stated quantity allows satisfies `op bound` (interval semantics):
 * 95%以上 satisfies ≥ 90; 近九成 (less_than 90) never satisfies ≥ 90; about is taken at its word.
 */
export function quantitySatisfies(quantity: Quantity, op: Comparison, bound: number): boolean {
  const { value, qualifier } = quantity;
  const lowerOpen = qualifier === 'more_than';
  const upperOpen = qualifier === 'less_than';
  const lower = qualifier === 'at_most' || qualifier === 'less_than' ? -Infinity : value;
  const upper = qualifier === 'at_least' || qualifier === 'more_than' ? Infinity : value;
  switch (op) {
    case '>=':
      return lower >= bound;
    case '>':
      return lower > bound || (lower === bound && lowerOpen);
    case '<=':
      return upper <= bound;
    case '<':
      return upper < bound || (upper === bound && upperOpen);
    case '==':
      return lower === bound && upper === bound;
  }
}

function isQuantityList(value: unknown): value is Quantity[] {
  return Array.isArray(value) && value.every((q) => typeof q === 'object' && q !== null && typeof (q as Quantity).value === 'number');
}

/** Registers the custom operators the compiled rules use; any achieved quantity meeting the bound suffices. */
export function registerOperators(engine: Engine): Engine {
  for (const operator of (operators ??= ourOperators())) engine.addOperator(operator);
  return engine;
}

/** Made once: an engine is made per report, and an operator keeps nothing of a run. */
let operators: Operator[] | null = null;

function ourOperators(): Operator[] {
  const made = (Object.entries(QUANTITY_OPERATORS) as Array<[Comparison, string]>).map(
    ([op, name]) =>
      new Operator<unknown, number>(name, (factValue, bound) => isQuantityList(factValue) && factValue.some((q) => quantitySatisfies(q, op, bound))),
  );
  made.push(
    new Operator<unknown, boolean>('present', (factValue, expected) => (factValue === true || (Array.isArray(factValue) && factValue.length > 0)) === expected),
  );
  return made;
}

/** An engine holding the given rules, with our operators, never throwing on a missing fact. */
export function createEngine(rules: RuleProperties[]): Engine {
  return registerOperators(new Engine(rules, { allowUndefinedFacts: true }));
}

export type { Check };
