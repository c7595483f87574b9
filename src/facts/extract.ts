/**
 * Fact extraction, driven by the lexicon and run as named passes (src/facts/passes/): in each
 * sentence the cues are found (cues.ts), then every pass reads what it covers (numbers bound to the
 * nearest cue, lists, 分别, changes, totals, the superior level's clauses, frames, implied values,
 * mentions), in their declared order; a last pass derives rates over the whole document.
 */
import { isBoxLine, isLabelLine, isSpacedDataLine, isTableRow } from '../document/sentences.js';
import type { Document, Sentence } from '../document/types.js';
import { cuesIn, NO_CUES } from './cues.js';
import type { Lexicon } from './lexicon.js';
import { withBareFigures } from './bare-figures.js';
import { parseQuantities, PERCENT, type Quantity } from './quantity.js';
import { matchSpans } from '../util/matches.js';
import type { Fact } from './schema.js';
import { mentionedFacts, scanSentence } from './presence.js';
import { compile, termHits, type CompiledLexicon } from './text.js';
import type { Found, SentencePass, SentenceState, SentenceView } from './passes/context.js';
import { DOCUMENT_PASSES, SENTENCE_PASSES } from './passes/index.js';
import { compileTables, type CompiledTables } from './passes/tables.js';
import { withContinuedSentences } from './continued-sentences.js';
import { NO_TIME_CHECK, timeToCheck, type TimeCheck } from '../util/time-check.js';

export function extractFacts(written: Document, lexicon: Lexicon, checkTime: TimeCheck = NO_TIME_CHECK): Fact[] {
  const compiled = compile(lexicon);
  const tables = compileTables(lexicon);
  const doc = withContinuedSentences(written, tables);
  const found: Found[] = [];
  const stated = new Set<string>();
  const kept = collections();
  // a loop, not forEach: a closure made per call loses its optimised code at every full GC
  for (let index = 0; index < doc.sentences.length; index++) {
    if (timeToCheck(index)) checkTime();
    const sentence = doc.sentences[index]!;
    const state = stateOf(viewOf(doc, sentence, index, tables.parts, stated), lexicon, compiled, tables, kept);
    for (const pass of SENTENCE_PASSES) if (hasToRead(pass, state)) pass.run(state);
    for (const fact of state.facts) {
      // a case told in full (案例一:…) states no figure of the year, only what is in place
      if (!inRange(fact, compiled) || (sentence.story === true && fact.value !== true)) continue;
      found.push({ fact, sentence: index, top: sentence.top, breakdown: state.breakdowns.has(fact), ...(state.owned.has(fact) && { own: true as const }) });
      if (fact.status === 'achieved') stated.add(fact.id);
    }
  }
  for (const pass of DOCUMENT_PASSES) pass.run(doc, found, compiled, tables);
  return found.map((f) => f.fact).sort(inTextOrder);
}

/**
 * Facts in the order their evidence stands in the text. One comparator for every caller: V8 keeps
 * a function's optimised code only as long as the function lives, and one written inline at a
 * call dies with the call, to be optimised again after the next full GC.
 */
export const inTextOrder = (a: Fact, b: Fact): number => a.evidence.start - b.evidence.start || a.evidence.end - b.evidence.end;

/**
 * A rate is a share of a whole, 0 to 100 percent (spec/facts.md): a percentage above that bound to a
 * rate's subject is a change (增长148%) or junk (百分之一千, 99999%), and would pass any threshold.
 */
const inRange = (fact: Fact, compiled: CompiledLexicon): boolean =>
  typeof fact.value !== 'number' || fact.value <= 100 || compiled.byId.get(fact.id)?.entry.shape !== 'rate';

/** Whether the sentence holds anything of what the pass reads (a pass that reads all of it always runs). */
function hasToRead({ meta: { reads } }: SentencePass, state: SentenceState): boolean {
  return (
    reads === undefined ||
    (state.quantities.length > 0 && (reads.includes('numbers') || (reads.includes('rates') && holdsRate(state.quantities)))) ||
    (state.patterns.length > 0 && reads.includes('patterns')) ||
    (state.mentions.length > 0 && reads.includes('mentions'))
  );
}

/** Whether one of the numbers is a percentage, which a pass that reads rates starts from. */
function holdsRate(quantities: readonly Quantity[]): boolean {
  for (const q of quantities) if (q.unit === PERCENT) return true;
  return false;
}

/** No numbers (a sentence with no frame word and no cue that fits is not read for them): one list for all, never written to. */
const NONE: readonly never[] = [];

function stateOf(view: SentenceView, lexicon: Lexicon, compiled: CompiledLexicon, tables: CompiledTables, kept: Collections): SentenceState {
  // the words are read where the scan leaves them (id, start, end): only the frame words, which the passes keep, become objects
  const count = scanSentence(view.doc, view.index, lexicon);
  const { found } = compiled.scanner;
  const hits = termHits(compiled.scanner, count, compiled.terms.frame);
  const patterns = compiled.impliedScreen.metAmong(found, count);
  // only the passes that read numbers read cues: a sentence with a frame word (nearly all) is read for numbers first,
  // and its cues only when it holds one (a quarter of them hold none); one without is read for numbers only when it
  // holds a cue that fits (last: a cue's conditions may scan another text, and the scanner's `found` is then another's),
  // or follows a sentence whose count it may change (year-change: 2023年…76件。2024年比上年增加14件。)
  let cues = NO_CUES;
  let quantities: readonly Quantity[] = NONE;
  if (hits.length > 0) {
    quantities = numbersOf(view, lexicon, compiled, tables);
    if (quantities.length > 0) cues = cuesIn(view, compiled, tables, found, count);
  } else {
    cues = cuesIn(view, compiled, tables, found, count);
    if (cues.fitting.length > 0 || kept.carried.base?.sentence === view.index - 1) quantities = numbersOf(view, lexicon, compiled, tables);
  }
  const { foreign, ongoing, changes, nearest, bound, aside, after, sums, items, dated, taken, breakdowns, own, owned, carried } = kept;
  // one by one: an array of them to loop over would cost an object per sentence
  clear(foreign);
  clear(ongoing);
  clear(changes);
  clear(nearest);
  clear(bound);
  clear(aside);
  clear(after);
  clear(sums);
  clear(items);
  clear(dated);
  clear(taken);
  clear(breakdowns);
  clear(own);
  clear(owned);
  return {
    view,
    lexicon,
    compiled,
    tables,
    all: cues.all,
    cues: cues.fitting,
    hits,
    patterns,
    quantities,
    mentions: mentionedFacts(view.doc, view.index, lexicon),
    foreign,
    ongoing,
    changes,
    nearest,
    bound,
    aside,
    after,
    sums,
    items,
    dated,
    facts: [],
    taken,
    breakdowns,
    own,
    owned,
    carried,
  };
}

/** The numbers of a sentence, but those inside set phrases and ranges and the counts bounded from above. */
const numbersOf = (view: SentenceView, lexicon: Lexicon, compiled: CompiledLexicon, tables: CompiledTables): Quantity[] =>
  withoutBoundedCounts(
    withoutRanges(
      withoutSetPhrases(withBareFigures(parseQuantities(view.text), view.text, compiled, tables.cellEnds), view.text, compiled),
      view.text,
      lexicon.rangeJoins,
      tables.changeFrom,
    ),
    view.text,
    lexicon.upperBounds,
  );

/**
 * The numbers of a sentence but the counts of things bounded from above (败诉案件不足5件): the count is below the figure,
 * which states none. A measure or a share so bounded (人均不足30学时, 出庭率低于80%) keeps its figure and its bound.
 */
function withoutBoundedCounts(quantities: Quantity[], text: string, bounds: Lexicon['upperBounds']): Quantity[] {
  // most sentences hold none: the list is copied only from the first one on
  let kept: Quantity[] | null = null;
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i]!;
    if (isBoundedCount(q, text, bounds)) kept ??= quantities.slice(0, i);
    else kept?.push(q);
  }
  return kept ?? quantities;
}

function isBoundedCount(q: Quantity, text: string, bounds: Lexicon['upperBounds']): boolean {
  if (q.qualifier === 'exact' || bounds.measures.includes(q.unit)) return false;
  for (const word of bounds.words) if (text.startsWith(word, q.start)) return true;
  return false;
}

/**
 * The collections of a sentence's state, kept from sentence to sentence and emptied for the next:
 * most stay empty, and a new Map or Set costs its table however little it holds; `carried` is what
 * a pass hands on to the next sentence.
 */
type Collections = Pick<
  SentenceState,
  | 'foreign'
  | 'ongoing'
  | 'changes'
  | 'nearest'
  | 'bound'
  | 'aside'
  | 'after'
  | 'sums'
  | 'items'
  | 'dated'
  | 'taken'
  | 'breakdowns'
  | 'own'
  | 'owned'
  | 'carried'
>;
const collections = (): Collections => ({
  foreign: new Set(),
  ongoing: new Set(),
  changes: new Map(),
  nearest: new Map(),
  bound: new Map(),
  aside: new Set(),
  after: new Set(),
  sums: new Map(),
  items: new Map(),
  dated: new Set(),
  taken: new Set(),
  breakdowns: new Set(),
  own: new Set(),
  owned: new Set(),
  carried: { base: null },
});

/** Empties a collection that holds anything (most stay empty). */
function clear(c: { size: number; clear(): void }): void {
  if (c.size > 0) c.clear();
}

/**
 * The row before a table row, when it is one too: a row continues the topic of the row above it,
 * as a clause does the clause before (行政复议办结 497件…, 综合纠错率 14.3%…). So does a label line (- 满意率:97.5%) the
 * row or label line on the line right above it (- 建议提案:人大建议 31 | 政协提案 45 | 办复率 100%): one list's cells; and a
 * card's line of a label and its figure set apart by a blank (纳入目录事项  7项) the short line right above it (…决策事项目录 √
 * 已向社会公布).
 */
function rowAbove(doc: Document, index: number): string {
  const above = doc.sentences[index - 1];
  if (!above) return '';
  const own = doc.sentences[index]!;
  if (isTableRow(above.plain) && isTableRow(own.plain)) return `\n${above.plain}`;
  const boxed = isSpacedDataLine(own.plain) && isBoxLine(above.plain);
  if (!boxed && (!isLabelLine(own.plain) || !(isLabelLine(above.plain) || isTableRow(above.plain)))) return '';
  const between = doc.source.text.slice(above.span.end, own.span.start);
  return between.split('\n').length === 2 && between.trim() === '' ? `\n${above.plain}` : '';
}

/**
 * The title of the innermost section around a sentence that is not the sentence's own words: an inline item
 * (三是…合同合法性审核率保持100%) is its own section's title, which says nothing beyond it, and would show again
 * the words a pass masks in the sentence (a list's other items); its topic is its enclosing section's. A heading
 * keeps its own title (a heading names its topic, under whatever heading stands above it).
 */
function headingAbove(doc: Document, sentence: Sentence, text: string): string {
  let inner = sentence.section === null ? undefined : doc.sections[sentence.section];
  if (sentence.heading) return inner?.title ?? '';
  while (inner && inner.parent !== null && text.includes(inner.title)) inner = doc.sections[inner.parent];
  return inner?.title ?? '';
}

function viewOf(doc: Document, sentence: Sentence, index: number, parts: readonly string[], stated: ReadonlySet<string>): SentenceView {
  const { plain: text, map, clauses } = sentence;
  const top = sentence.top === null ? undefined : doc.sections[sentence.top];
  return {
    doc,
    sentence,
    index,
    text,
    map,
    clauses,
    topicText: `${text}\n${headingAbove(doc, sentence, text)}${rowAbove(doc, index)}`,
    section: top?.heading ?? null,
    leads: undefined,
    parts,
    stated,
  };
}

/**
 * The numbers of a sentence but the ends of a range (报备规范率在97%至100%之间: two numbers of one measure with only
 * a range word between them), which give a span, no value; a change's (由8%至12%) are read by its pass.
 */
function withoutRanges(quantities: Quantity[], text: string, joins: readonly string[], changeFrom: readonly string[]): Quantity[] {
  let ends: Set<Quantity> | null = null;
  for (let i = 0; i + 1 < quantities.length; i++) {
    const low = quantities[i]!;
    const high = quantities[i + 1]!;
    if (low.unit !== high.unit || !joins.includes(text.slice(low.end, high.start).trim())) continue;
    if (changeFrom.some((w) => text.endsWith(w, low.start))) continue;
    ends ??= new Set();
    ends.add(low).add(high);
  }
  return ends === null ? quantities : quantities.filter((q) => !ends.has(q));
}

/**
 * The numbers of a sentence but those inside a set phrase (一次性告知, 最多跑一次): a numeral there counts nothing; nor
 * does one of the parts a piece of work is divided into (分三个环节把关) count any fact's things.
 */
function withoutSetPhrases(quantities: Quantity[], text: string, { setPhrase, countedPart }: CompiledLexicon): Quantity[] {
  if (quantities.length === 0) return quantities;
  const phrases = matchSpans(setPhrase, text);
  // only a sentence with 个 may count parts
  if (text.includes('个')) for (const part of matchSpans(countedPart, text)) phrases.push(part);
  if (phrases.length === 0) return quantities;
  return quantities.filter((q) => !phrases.some((p) => p.start <= q.start && q.end <= p.end));
}
