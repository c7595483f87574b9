import { COUNT_BEFORE, ORDINAL_BEFORE, type Lexicon } from '../lexicon.js';
import { parseQuantities, PERCENT, type Quantity } from '../quantity.js';
import type { Fact } from '../schema.js';
import { inTargetSaidDone, isNegated } from '../status.js';
import { clauseAt, clauseIndexAt, insideSome, slogansIn, type CompiledLexicon, type EntryPattern } from '../text.js';
import { matchesOf, matchSpans } from '../../util/matches.js';
import { applies, fitsClause, makeFact, type PassMeta, type SentenceState } from './context.js';

export const meta: PassMeta = {
  name: 'implied',
  covers:
    '不写数字的零与全称说法(无败诉案件 → 0,全部按期办复 → 100,法律顾问全覆盖 → 100,负责人全部出庭 → 应出庭的件数,未写应出庭时为案件数):按事实的 implied 模式读出,被否定时(未实现全覆盖、述法尚未实现全覆盖)或有例外时(除1件外均已办结)不读;双重否定(无一不聘请、没有一件未经审核)按其全称意思(均聘请、均经审核)读;词尾带出全称字样的词(平均答复用时、安全部门)不是全称',
  order: 90,
};

/** A figure in a pattern's match (100%, 百分之百, 一村一): its value is no word's. */
const FIGURE = /[\d%〇零一二两三四五六七八九十百千万]/;

/** The values the `implied` patterns of the entries state, unless the sentence already gave them. */
export function run(state: SentenceState): void {
  const { view } = state;
  // 无一不聘请法律顾问: the sentence read as the universal its double negatives mean (均聘请), with every pattern: the words
  // of the screen's patterns (均) may stand only in that reading
  const { doubleNegatives, doubleNegativeScreen } = state.tables;
  // most sentences hold none of the words every double negative needs: their patterns are not run on them
  const universal = doubleNegativeScreen?.test(view.text) === false ? null : universalReading(view.text, doubleNegatives);
  if (state.patterns.length === 0 && !universal) return;
  // (八)推进乡镇合法性审核全覆盖。: an item's heading naming its task says nothing achieved
  if (state.tables.taskHeading.test(view.text)) return;
  // the facts the passes before stated (this pass adds to them)
  const stated = state.facts.length;
  readPatterns(state, state.patterns, { text: view.text, toView: null }, stated);
  if (universal) readPatterns(state, allPatterns(state.compiled), universal, stated);
  // 述法:全覆盖: a telegraphic label and its worded value, read again as the phrase they make (述法全覆盖)
  const { labelColon } = state.tables;
  if (labelColon && view.text.includes(':')) {
    const joined = universalReading(view.text, [{ re: labelColon, as: '' }]);
    if (joined) readPatterns(state, state.patterns, joined, stated);
  }
}

/** A text the patterns are searched in: the sentence's, or its universal reading with where each of its places stands in it. */
interface Reading {
  text: string;
  /** per place of `text`, its place in the sentence's text; null when `text` is the sentence's */
  toView: Uint32Array | null;
}

/** The values `patterns` state in `reading` (facts before `stated` are what the sentence gave: '=id' values are theirs). */
function readPatterns(state: SentenceState, patterns: readonly EntryPattern[], reading: Reading, stated: number): void {
  const { view, compiled, lexicon } = state;
  // “述法全覆盖 法治进万家”宣传标语: a slogan's words claim nothing done
  const slogans = slogansIn(view.text, compiled);
  // 除1件外均已办结: the universal words an exception limits
  const exceptions = matchSpans(state.tables.impliedException, view.text);
  // no closures in these loops: one over a pattern would cost a context object per pattern and sentence
  for (const { entry: c, pattern } of patterns) {
    const { re, value: written } = pattern;
    // searched with the regex as it is: matchAll would copy it on every sentence
    const matches = matchesOf(re, reading.text);
    for (const m of matches) {
      if (deniedInGap(pattern.gaps, reading.text, m.index, lexicon) || opensInside(lexicon.impliedCompounds, reading.text, m.index)) continue;
      const start = reading.toView ? reading.toView[m.index]! : m.index;
      const end = reading.toView ? reading.toView[m.index + m[0].length]! : m.index + m[0].length;
      // 全年收到的27件申请均按期办结: words already read with their own count, a universal that restates it, not one
      // standing for another count of the sentence's (1—6月收到…13件)
      if (typeof written === 'string' && readAlready(state, c.entry.id, start, end)) continue;
      // '=other_id': the value the sentence states for another fact ('=a|b': a's, else b's)
      const before = written === COUNT_BEFORE ? countEndingAt(state, start) : written === ORDINAL_BEFORE ? ordinalEndingAt(view.text, start) : null;
      const whole =
        typeof written === 'string' && written !== COUNT_BEFORE && written !== ORDINAL_BEFORE
          ? firstStated(state.facts.slice(0, stated), written.slice(1).split('|'), view.sentence.span.start + view.map[start]!)
          : null;
      // 案件5件,其中开庭审理的2件均由…出庭: the universal covers the part counted after 其中, not the whole
      const part = whole ? partBefore(state, whole, start) : null;
      let value =
        written === COUNT_BEFORE || written === ORDINAL_BEFORE
          ? (before?.value ?? null)
          : typeof written === 'string'
            ? (part ?? whole?.value ?? null)
            : written;
      if (value === null || (slogans.length > 0 && insideSome({ start, end }, slogans))) continue;
      const clause = clauseAt(view.clauses, start);
      // a count's pattern names the act it counts (…12件文件全部经过…审核), as a confirmed_by clause does: it vouches for the count
      const vouched = written === COUNT_BEFORE;
      if (!applies(view, c, start) || !fitsClause(view, c, clause, [], { vouched }) || isNegated(view.text, clause.start, start, lexicon)) continue;
      const exception = exceptions.find((e) => e.start < end && e.end > start);
      if (exception) {
        // 受理申请47件,除3件…外,均已办结: the whole but the count the exception leaves out (44); a universal of no count
        // stated before it (均已聘请, 100%) states nothing
        value = whole ? wholeBut(state, whole, exception) : null;
        if (value === null) continue;
      }
      // a value in words inside a target said done right after it (去年提出的“…全覆盖”目标,今年已全面完成) is the year's,
      // whatever period set the target
      const worded = !FIGURE.test(m[0]);
      // 两年间无败诉案件 / 2022年以来未发生…: none in a span of years running to the time of writing is none in the year too
      if (
        state.foreign.has(clause.start) &&
        !(value === 0 && state.ongoing.has(clause.start)) &&
        !(worded && inTargetSaidDone(view.doc, view.index, compiled, view.map[start]!))
      )
        continue;
      // 涉农行政应诉案件均胜诉,无一败诉: the suits of one kind, the year's others may have been lost
      if (c.impliedKind?.test(view.text.slice(0, start))) continue;
      // a value the sentence already gave counts again only with another status (已实现…, 拟于…实现…)
      const fact = makeFact(view, compiled, c.entry, value, { start: before?.start ?? start, end }, start, undefined, worded);
      if (state.facts.some((f) => f.id === fact.id && f.value === value && f.status === fact.status)) continue;
      state.facts.push(fact);
    }
  }
}

/** Whether `at` falls inside one of the words (平均 around the 均 of 平均答复), past its first character. */
function opensInside(words: readonly string[], text: string, at: number): boolean {
  for (const word of words) for (let k = 1; k < word.length && k <= at; k++) if (text.startsWith(word, at - k)) return true;
  return false;
}

/**
 * The text with each double negative replaced by the universal it means (无一不X → 均X, 没有一件未经X → 均经X), and per
 * place of it the place in `text` (a replacement's places all stand at the start of what it replaced); null when the
 * text holds none.
 */
function universalReading(text: string, doubleNegatives: readonly { re: RegExp; as: string }[]): Reading | null {
  const found: { start: number; end: number; as: string }[] = [];
  for (const { re, as } of doubleNegatives) for (const span of matchSpans(re, text)) found.push({ ...span, as });
  if (found.length === 0) return null;
  found.sort((a, b) => a.start - b.start);
  let out = '';
  const toView: number[] = [];
  let at = 0;
  for (const { start, end, as } of found) {
    if (start < at) continue;
    for (let i = at; i < start; i++) toView.push(i);
    out += text.slice(at, start) + as;
    for (let i = 0; i < as.length; i++) toView.push(start);
    at = end;
  }
  for (let i = at; i <= text.length; i++) toView.push(i);
  return { text: out + text.slice(at), toView: Uint32Array.from(toView) };
}

/** Every implied pattern of the lexicon, with its entry, in its order: for a reading whose words the screen never saw. */
const everyPattern = new WeakMap<CompiledLexicon, readonly EntryPattern[]>();
function allPatterns(compiled: CompiledLexicon): readonly EntryPattern[] {
  let all = everyPattern.get(compiled);
  if (!all) everyPattern.set(compiled, (all = compiled.entries.flatMap((entry) => entry.implied.map((pattern) => ({ entry, pattern })))));
  return all;
}

/** Whether a gap of the match at `at` skipped a denial (述法尚未实现全覆盖): what the pattern states is denied. */
function deniedInGap(gaps: RegExp | null, text: string, at: number, lexicon: Lexicon): boolean {
  if (!gaps) return false;
  gaps.lastIndex = at;
  const spans = gaps.exec(text)?.indices?.groups;
  if (!spans) return false;
  for (const span of Object.values(spans)) if (span && isNegated(text, span[0], span[1], lexicon)) return true;
  return false;
}

/** Whether the sentence already gave fact `id` from words that take in the view's span `start`…`end` (a count's evidence). */
function readAlready(state: SentenceState, id: string, start: number, end: number): boolean {
  const { view } = state;
  const from = view.sentence.span.start + view.map[start]!;
  const to = view.sentence.span.start + view.map[end - 1]! + 1;
  return state.facts.some((f) => f.id === id && typeof f.value === 'number' && f.evidence.start <= from && f.evidence.end >= to);
}

/**
 * The number the sentence states for the first of the facts it states one for, else null: its one
 * number, or of several the last stated before `at` (收到31件,受理27件,全部审结: the 27 accepted).
 */
function firstStated(facts: readonly Fact[], ids: readonly string[], at: number): Whole | null {
  for (const id of ids) {
    const values = facts.filter((f) => f.id === id && typeof f.value === 'number');
    const fact =
      values.length === 1
        ? values[0]!
        : values.filter((f) => f.evidence.end <= at).reduce<Fact | null>((last, f) => (!last || f.evidence.end > last.evidence.end ? f : last), null);
    if (fact) return { value: fact.value as number, unit: fact.unit, end: fact.evidence.end };
  }
  return null;
}

/** A whole a universal may speak of: its count, counting word and where its evidence ends in the document. */
interface Whole {
  value: number;
  unit: string | null;
  end: number;
}

/**
 * The count of the whole's counting word a part's opener (其中: rules/passes.yaml breakdowns.openers) sets after the whole
 * and before the universal at `at`, in its clause or the one before (案件5件,其中已开庭审理的2件均由…出庭; 其中开庭审理2件,
 * 均由…出庭): the universal covers that part, not the whole; else null (no opener, or another count between).
 */
function partBefore(state: SentenceState, whole: Whole, at: number): number | null {
  if (whole.unit === null || whole.unit === PERCENT) return null;
  const { view } = state;
  const base = view.sentence.span.start;
  const quantities = state.quantities.length > 0 ? state.quantities : parseQuantities(view.text);
  let part: Quantity | null = null;
  for (const q of quantities) if (q.end <= at && q.unit === whole.unit && base + view.map[q.start]! >= whole.end) part = q;
  if (!part || part.qualifier !== 'exact' || !Number.isInteger(part.value) || part.value >= whole.value) return null;
  if (clauseIndexAt(view.clauses, at) - clauseIndexAt(view.clauses, part.start) > 1) return null;
  const opener = Math.max(...state.tables.breakdown.openers.map((o) => view.text.lastIndexOf(o, part.start)));
  return opener >= 0 && base + view.map[opener]! >= whole.end ? part.value : null;
}

/**
 * The whole stated before an exception less the one count of its unit the exception names (受理47件,除3件因…顺延至2025年外,
 * 均已办结 → 44), else null: an exception naming no such count, or several, or one not below the whole, tells no figure.
 */
function wholeBut(state: SentenceState, whole: { value: number; unit: string | null }, exception: { start: number; end: number }): number | null {
  if (whole.unit === null || whole.unit === PERCENT) return null;
  const quantities = state.quantities.length > 0 ? state.quantities : parseQuantities(state.view.text);
  let part: Quantity | null = null;
  for (const q of quantities) {
    if (q.start < exception.start || q.end > exception.end || q.unit !== whole.unit) continue;
    if (part) return null;
    part = q;
  }
  if (!part || part.qualifier !== 'exact' || !Number.isInteger(part.value) || part.value >= whole.value) return null;
  return whole.value - part.value;
}

/** The count (not a percentage) that ends right at `at`: the number a pattern's lookbehind stands on. */
/** The ordinal of a session ending at `at` (第11次, 第十二次), and where it starts; null when none ends there. */
function ordinalEndingAt(text: string, at: number): { value: number; start: number } | null {
  const m = ORDINAL_ENDING.exec(text.slice(Math.max(0, at - ORDINAL_REACH), at));
  const q = m ? parseQuantities(m[1]!)[0] : undefined;
  return m && q && q.unit !== PERCENT ? { value: q.value, start: at - m[0].length } : null;
}
const ORDINAL_ENDING = /第([\d〇零一二两三四五六七八九十]{1,3}[次场期])$/;
const ORDINAL_REACH = 6;

function countEndingAt(state: SentenceState, at: number): Quantity | null {
  // a sentence with no cue and no frame word has had its numbers left unread
  const quantities = state.quantities.length > 0 ? state.quantities : parseQuantities(state.view.text);
  return quantities.find((q) => q.end === at && q.unit !== PERCENT) ?? null;
}
