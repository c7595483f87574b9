import type { Document } from '../../document/types.js';
import { evidenceIn } from '../presence.js';
import { readChineseNumerals } from '../numerals.js';
import { statusAt } from '../status.js';
import { containsAny, containsEach, type CompiledLexicon } from '../text.js';
import type { Found, PassMeta } from './context.js';

export const meta: PassMeta = {
  name: 'derivation',
  covers:
    '由两个件数算出比率(应出庭51件、出庭46件 → 90.2%;整体与其中部分写在一处,55件中有7件被依法纠正 → 12.73%(汉字数字亦然:四十七人中有四十五人),按 rules/passes.yaml derivation.shares 中部分的动作定比率):按 rules/facts.yaml 的 derive 表,同一句或同一段(within: paragraph)中的分子与分母;同一部分已写明该比率时不算,分子大于分母时不算,句中该比率留空待填(出庭应诉率××%)时不算,存在问题部分已写明同一比率(出庭应诉率仅为55.6%)时不作为成绩再算',
  order: 100,
};

/**
 * A rate from its two counts stated in one sentence (应出庭51件, 出庭46件 → 90.2), or, for a
 * derivation `within: paragraph`, in one paragraph (行政诉讼案件80件 … 负责人出庭应诉案件19件 →
 * 23.75), unless the rate itself is stated or derived in the same top-level section. A part
 * larger than its whole is no rate. The rates are appended to `found` (after it has been read): a
 * list returned was spread into it, and an empty one (most reports) has another elements kind than
 * a filled one, which threw away extractFacts's optimised code.
 */
export function run(doc: Document, found: Found[], lexicon: CompiledLexicon): void {
  // found is in sentence order: each id's numeric facts too, so the counts near a sentence are a window
  const numeric = new Map<string, Found[]>();
  for (const f of found) {
    if (typeof f.fact.value !== 'number') continue;
    const list = numeric.get(f.fact.id);
    if (list) list.push(f);
    else numeric.set(f.fact.id, [f]);
  }
  // the rates stated, by top-level section: only those a derivation gives are asked for; a rate the document states
  // of the body anywhere is its rate, and counts elsewhere that would give another one count a part (行政诉讼4件 the
  // bureau answered as co-defendant beside the county's 出庭应诉率100%)
  const derived = new Set([...lexicon.derive.map((d) => d.id), ...lexicon.shares.map((s) => s.entry.entry.id)]);
  const stated = new Set<string>();
  const statedAnywhere = new Set<string>();
  // the rates the document states among its shortcomings (出庭应诉率仅为55.6%): the same rate from the year's counts is
  // that shortcoming, not an achievement beside it
  const statedAsGap = new Map<string, number[]>();
  for (const f of found) {
    if (!derived.has(f.fact.id)) continue;
    stated.add(`${f.fact.id}@${f.top}`);
    statedAnywhere.add(`${f.fact.id}:${f.fact.status}`);
    if (f.fact.status === 'gap' && typeof f.fact.value === 'number') {
      const values = statedAsGap.get(f.fact.id);
      if (values) values.push(f.fact.value);
      else statedAsGap.set(f.fact.id, [f.fact.value]);
    }
  }
  for (const { id, numerator, denominator, within } of lexicon.derive) {
    const entry = lexicon.byId.get(id)?.entry;
    if (!entry) continue;
    const reach = within === 'paragraph' ? PARAGRAPH_REACH : 0;
    const dens = numeric.get(denominator) ?? [];
    for (const num of numeric.get(numerator) ?? []) {
      const first = firstAtOrAfter(dens, num.sentence - reach);
      const near: Found[] = [];
      for (let k = first; k < dens.length && dens[k]!.sentence <= num.sentence + reach; k++) near.push(dens[k]!);
      const den = near
        .filter((f) => f.sentence === num.sentence || (within === 'paragraph' && sameParagraph(doc, f.sentence, num.sentence)))
        .sort((a, b) => Math.abs(a.sentence - num.sentence) - Math.abs(b.sentence - num.sentence))[0];
      if (!den || den.fact.value === 0 || den.fact.status !== num.fact.status || (num.fact.value as number) > (den.fact.value as number)) continue;
      if (largerPartBeside(doc, numeric.get(numerator)!, num, den, within === 'paragraph')) continue;
      // one person's count short of the whole (全县行政诉讼案件40件,县长出庭应诉2件) bounds the rate, the others may have done the rest
      if ((num.fact.value as number) < (den.fact.value as number) && byOnePerson(doc, num, lexicon.onePerson)) continue;
      if (stated.has(`${id}@${num.top}`) || statedAnywhere.has(`${id}:${num.fact.status}`)) continue;
      // a rate the draft leaves blank beside its counts (出庭应诉率××%) is the drafters' to fill in, not ours
      // (read in the sentence as written too: a clause with a placeholder is read as if it were not there)
      const blank = lexicon.blankRates.get(id);
      const blankIn = (k: number): boolean => {
        const { plain, span } = doc.sentences[k]!;
        return blank!.test(plain) || blank!.test(doc.source.text.slice(span.start, span.end));
      };
      if (blank && (blankIn(num.sentence) || blankIn(den.sentence))) continue;
      stated.add(`${id}@${num.top}`);
      const basis = [den.fact.evidence, num.fact.evidence].sort((a, b) => a.start - b.start);
      const start = basis[0]!.start;
      const end = Math.max(...basis.map((b) => b.end));
      const value = Math.round(((num.fact.value as number) / (den.fact.value as number)) * 10000) / 100;
      if (num.fact.status === 'achieved' && statedAsGap.get(id)?.some((gap) => sameAtStatedPrecision(value, gap))) continue;
      found.push({
        sentence: num.sentence,
        top: num.top,
        breakdown: false,
        fact: {
          id,
          value,
          unit: entry.unit,
          status: num.fact.status,
          section: num.fact.section,
          evidence: { text: doc.source.text.slice(start, end), start, end },
          derived: true,
          basis,
        },
      });
    }
  }
  shareRates(doc, found, lexicon, (id, top, status) => stated.has(`${id}@${top}`) || statedAnywhere.has(`${id}:${status}`));
}

/**
 * A whole and its part in one phrase, in one unit, in digits or Chinese numerals (55件中有7件被依法纠正, 四十七人中有
 * 四十五人合格, 11件中按期办复11件): the part's share of the whole is the rate its act names (rules/passes.yaml
 * derivation.shares), of the entry whose topic the sentence holds, unless the document states that rate (`isStated`)
 * or the part is denied (不合格, 未办复).
 */
const WHOLE_AND_PART =
  /([\d〇零一二两三四五六七八九十百千]+\s*([件人名个份项家]))中(?:共有|有)?([^\d〇零一二两三四五六七八九十百千,;:。，；：、]{0,10}?)([\d〇零一二两三四五六七八九十百千]+\s*\2)([^,;:。，；：、]{0,10})/dg;

/** The count a whole or part of WHOLE_AND_PART writes, in digits or in Chinese numerals (四十七人); NaN when the numerals read as none. */
function countOf(written: string): number {
  const figure = written.slice(0, -1).trim();
  if (/^\d+$/.test(figure)) return Number.parseInt(figure, 10);
  const [numeral] = readChineseNumerals(figure).numbers;
  return numeral !== undefined && numeral.start === 0 && numeral.end === figure.length ? numeral.value : Number.NaN;
}

function shareRates(doc: Document, found: Found[], lexicon: CompiledLexicon, isStated: (id: string, top: number | null, status: string) => boolean): void {
  if (lexicon.shares.length === 0) return;
  for (let index = 0; index < doc.sentences.length; index++) {
    const sentence = doc.sentences[index]!;
    const { plain } = sentence;
    if (!plain.includes('中')) continue;
    for (const m of plain.matchAll(WHOLE_AND_PART)) {
      const [, whole, , before, part, after] = m;
      const value = Math.round((countOf(part!) / countOf(whole!)) * 10000) / 100;
      if (!(value <= 100)) continue;
      const [wholeSpan, partSpan, afterSpan] = [m.indices![1]!, m.indices![4]!, m.indices![5]!];
      const inner = sentence.section === null ? '' : doc.sections[sentence.section]!.title;
      for (const { entry, act } of lexicon.shares) {
        // the act before the part (中按期办复11件) or right after it (中有7件被依法纠正)
        const actedBefore = act.exec(before!);
        const actedAfter = actedBefore ? null : act.exec(after!);
        if ((!actedBefore && !actedAfter) || !containsEach(`${plain}\n${inner}`, entry.topics) || containsAny(plain, entry.entry.exclude_sentence)) continue;
        const status = statusAt(doc, index, lexicon, sentence.map[m.index]);
        if (isStated(entry.entry.id, sentence.top, status)) continue;
        const end = actedAfter ? afterSpan[0] + actedAfter.index + actedAfter[0].length : partSpan[1];
        const top = sentence.top === null ? undefined : doc.sections[sentence.top];
        found.push({
          sentence: index,
          top: sentence.top,
          breakdown: false,
          fact: {
            id: entry.entry.id,
            value,
            unit: entry.entry.unit,
            status,
            section: top?.heading ?? null,
            evidence: evidenceIn(doc, sentence, m.index, end),
            derived: true,
            basis: [evidenceIn(doc, sentence, wholeSpan[0], wholeSpan[1]), evidenceIn(doc, sentence, partSpan[0], partSpan[1])],
          },
        });
        break;
      }
    }
  }
}
/** A computed rate that the stated one gives when rounded as it was written (55.56 → 55.6, 55.56 → 56). */
function sameAtStatedPrecision(computed: number, stated: number): boolean {
  const decimals = String(stated).split('.')[1]?.length ?? 0;
  return Number(computed.toFixed(decimals)) === stated;
}

/**
 * Whether another count of the part's kind stands by the whole as near (its sentence, or its paragraph for a derivation
 * `within: paragraph`), larger than `num` and no larger than the whole: `num` is then a part of that count, not the one the
 * rate is of (县长带头出庭应诉2次,全县行政诉讼案件40件,行政机关负责人出庭应诉38件: the rate is 38 of 40, not 2 of 40).
 */
function largerPartBeside(doc: Document, nums: readonly Found[], num: Found, den: Found, paragraph: boolean): boolean {
  const value = num.fact.value as number;
  const whole = den.fact.value as number;
  for (const other of nums) {
    if (other === num || other.fact.status !== num.fact.status || other.top !== num.top) continue;
    const count = other.fact.value as number;
    if (count <= value || count > whole) continue;
    if (other.sentence === den.sentence || (paragraph && sameParagraph(doc, other.sentence, den.sentence))) return true;
  }
  return false;
}

/** What sets a clause apart in a sentence as written. */
const CLAUSE_BREAK = /[,，;；:：。!！?？\n]/;

/**
 * Whether the clause `part` is read in, up to its figure, says one person did it (rules/passes.yaml derivation.one_person):
 * a part read within one clause.
 */
function byOnePerson(doc: Document, part: Found, onePerson: RegExp | null): boolean {
  if (!onePerson) return false;
  const { start, end, text } = part.fact.evidence;
  // the parts summed over clauses (乡长出庭应诉1件,副乡长出庭应诉2件,…) are several people's
  if (CLAUSE_BREAK.test(text)) return false;
  const sentence = doc.sentences[part.sentence]!.span;
  const before = doc.source.text.slice(Math.max(sentence.start, start - MAX_CLAUSE_LEAD), start);
  let from = before.length;
  while (from > 0 && !CLAUSE_BREAK.test(before[from - 1]!)) from -= 1;
  return onePerson.test(before.slice(from) + doc.source.text.slice(start, end));
}

/** How far before a part's evidence its clause is looked at for the one who did it. */
const MAX_CLAUSE_LEAD = 24;

/** The index of the first fact of a sentence-ordered list at or after sentence `sentence`. */
function firstAtOrAfter(list: readonly Found[], sentence: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.sentence < sentence) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many sentences apart two counts of one paragraph may stand. */
const PARAGRAPH_REACH = 4;

/** Two sentences of one paragraph: a few sentences apart, with no line break between them. */
function sameParagraph(doc: Document, a: number, b: number): boolean {
  const [first, last] = a < b ? [a, b] : [b, a];
  if (last - first > PARAGRAPH_REACH) return false;
  return !doc.source.text.slice(doc.sentences[first]!.span.end, doc.sentences[last]!.span.start).includes('\n');
}
