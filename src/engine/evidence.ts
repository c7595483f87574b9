import type { CatalogueIndicator, Quantity } from '../catalogue/index.js';
import type { Document } from '../document/types.js';
import type { Lexicon, Mention } from '../facts/index.js';
import type { Evidence, Fact, FactStatus } from '../facts/schema.js';
import type { QuotedEvidence } from './schema.js';

/** Finds cue phrases in the report: findMentions of src/facts, or a stand-in in tests. */
export type MentionFinder = (doc: Document, cues: string[][], lexicon: Lexicon) => Mention[];

/** What the report says about one indicator, sorted by what it does with it. */
export interface IndicatorEvidence {
  /** achieved numeric values of the indicator's fact */
  quantities: Array<Quantity & { fact: Fact }>;
  /** numeric values the report states among its shortcomings (出庭率仅为85%) */
  admittedQuantities: Array<Quantity & { fact: Fact }>;
  /** an achieved presence fact or an achieved, non-negated cue mention */
  present: boolean;
  /** something in the achievements part speaks to the indicator */
  achieved: boolean;
  /** the report names it among its shortcomings (or denies it where it reports achievements) */
  admitted: boolean;
  /** mentioned only as a plan */
  planned: boolean;
  /** the unit the report uses for the fact, when it says one */
  unit: string | null;
  quotes: QuotedEvidence[];
}

/**
 * Gathers the facts and mentions of one indicator. In a plan document everything is a plan;
 * a negated mention (尚未建立…) counts as an admission, never as presence.
 */
export function gatherEvidence(indicator: CatalogueIndicator, doc: Document, facts: readonly Fact[], lexicon: Lexicon, findMentions: MentionFinder): IndicatorEvidence {
  const statusOf = (status: FactStatus): FactStatus => (doc.kind === 'plan' ? 'plan' : status);
  const { check } = indicator;
  const ownFacts = check.fact === undefined ? [] : facts.filter((fact) => fact.id === check.fact);
  const mentions = check.type === 'presence' && check.cues ? findMentions(doc, check.cues, lexicon) : [];

  const quotes: QuotedEvidence[] = [];
  const seen = new Set<string>();
  const quote = (evidence: Evidence, factId: string | null, status: FactStatus, section: string | null): void => {
    const key = `${evidence.start}:${evidence.end}:${status}`;
    if (seen.has(key)) return;
    seen.add(key);
    quotes.push({ ...evidence, factId, status, section });
  };

  const result: IndicatorEvidence = { quantities: [], admittedQuantities: [], present: false, achieved: false, admitted: false, planned: false, unit: null, quotes };
  for (const fact of ownFacts) {
    const status = statusOf(fact.status);
    quote(fact.evidence, fact.id, status, fact.section);
    result.unit ??= fact.unit;
    if (status === 'plan') result.planned = true;
    if (status === 'gap') {
      result.admitted = true;
      if (typeof fact.value === 'number') result.admittedQuantities.push({ value: fact.value, qualifier: fact.qualifier ?? 'exact', fact });
    }
    if (status !== 'achieved') continue;
    result.achieved = true;
    if (typeof fact.value === 'number') result.quantities.push({ value: fact.value, qualifier: fact.qualifier ?? 'exact', fact });
    // for a presence check any achieved value of its fact shows the mechanism exists (述法全覆盖 or 100%)
    if (fact.value === true || check.type === 'presence') result.present = true;
  }
  for (const mention of mentions) {
    const status: FactStatus = mention.negated && mention.status === 'achieved' ? 'gap' : statusOf(mention.status);
    quote(mention.evidence, null, status, mention.section);
    if (status === 'plan') result.planned = true;
    if (status === 'gap') result.admitted = true;
    if (status === 'achieved') {
      result.achieved = true;
      result.present = true;
    }
  }
  quotes.sort((a, b) => a.start - b.start || a.end - b.end);
  return result;
}
