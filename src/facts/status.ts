/**
 * What a sentence does with a value: achieved, plan or gap. The section decides first (a plan
 * document, a plans section, a shortcomings section); inside achievements the clauses decide:
 * a plan marker (计划, 力争, 到2025年…) or a requirement (不少于 + 每人每年) makes the following
 * values plans until a done marker (已, 目前, 累计…) says otherwise.
 */
import type { Document, Sentence } from '../document/types.js';
import type { Lexicon } from './lexicon.js';
import type { FactStatus } from './schema.js';
import { clauses, compile, matchStarts, TITLE, type CompiledLexicon } from './text.js';

/**
 * The status of a value stated at offset `at` (relative to the sentence text) of `sentence`;
 * with no offset, the status of the sentence's first clause.
 */
export function classifyStatus(doc: Document, sentence: Sentence, lexicon: Lexicon, at = 0): FactStatus {
  if (doc.kind === 'plan' || sentence.kind === 'plans') return 'plan';
  if (sentence.kind === 'shortcomings') return 'gap';
  const { starts, planned } = clauseStates(doc, sentence, compile(lexicon));
  let state = false;
  for (let k = 0; k < starts.length && starts[k]! <= at; k++) state = planned[k]!;
  return state ? 'plan' : 'achieved';
}

export function sentenceText(doc: Document, sentence: Sentence): string {
  return doc.source.text.slice(sentence.span.start, sentence.span.end);
}

/** Per clause of a sentence (its start), whether the values from there on are planned. */
interface ClauseStates {
  lexicon: CompiledLexicon;
  starts: number[];
  planned: boolean[];
}
/** A sentence's clause states, read once however many values it states. */
const statesOf = new WeakMap<Sentence, ClauseStates>();

function clauseStates(doc: Document, sentence: Sentence, lexicon: CompiledLexicon): ClauseStates {
  const cached = statesOf.get(sentence);
  if (cached?.lexicon === lexicon) return cached;
  const text = sentenceText(doc, sentence);
  const states: ClauseStates = { lexicon, starts: [], planned: [] };
  // values are plans only after a plan marker or a bound: without either, every clause is achieved
  if (!lexicon.anyPlan.test(text) && !lexicon.bounds.some((b) => text.includes(b))) {
    statesOf.set(sentence, states);
    return states;
  }
  let planned = false;
  for (const clause of clauses(text)) {
    const part = text.slice(clause.start, clause.end);
    // a title (《…年度学法计划》, 《…行动方案》) names a document; its words are no intention
    const plans = matchStarts(
      lexicon.plan,
      part.replace(TITLE, (t) => ' '.repeat(t.length)),
    );
    const bound = lexicon.bounds.map((b) => part.indexOf(b)).filter((i) => i >= 0);
    if (bound.length > 0 && lexicon.frames.some((f) => part.includes(f))) plans.push(Math.min(...bound));
    const dones = matchStarts(lexicon.done, part);
    const lastPlan = Math.max(-1, ...plans);
    const lastDone = Math.max(-1, ...dones);
    if (lastPlan > lastDone) planned = true;
    else if (lastDone > lastPlan) planned = false;
    states.starts.push(clause.start);
    states.planned.push(planned);
  }
  statesOf.set(sentence, states);
  return states;
}

/** true when a negation marker (未建立, 尚未, 缺乏 …) occurs in [start, end) of the sentence text. */
export function isNegated(text: string, start: number, end: number, lexicon: Lexicon): boolean {
  const part = text.slice(start, end);
  // search, not matchAll: matchAll copies the regex on every call, and most clauses deny nothing
  return compile(lexicon).negation.some((re) => part.search(re) >= 0);
}
