import type { Document } from '../../document/types.js';
import type { CompiledLexicon } from '../text.js';
import type { Found, PassMeta } from './context.js';
import type { CompiledTables } from './tables.js';

export const meta: PassMeta = {
  name: 'year-to-date',
  covers:
    '年底前成文的报告先给截至某月某日的数、再给全年的数(截至11月30日受理行政复议申请32件,12月另收申请4件,全年共受理36件):以截至年内某日、某月或前几个月为限的件数,句中其后在“全年”“年内”等词之后又有同一事实、同一状态、不小于它的数值时,是全年数的一部分,不是事实;别的句子在“全年”等词之后给出同一事实、同一状态、不小于它的全年数时(大事记6月30日“截至6月底受理…203件”、12月30日“全年受理…412件”;上半年、一季度之数同样),也是一部分;试点期间之数(在两个镇试点…,试点期间受理…14件)与截至某日之数同样,有全年数时是其一部分;截至12月31日(12月底)之数是全年数(截至6月30日…803名;截至12月31日为827名);只有截至某日之数、没有全年数的(截至11月30日,受理…46件)仍是本年的事实;尚待完成的计划(截至11月底学法7次,12月还将安排1次,全年将达到8次)不是截至某日之数,照读',
  order: 98,
};

/**
 * Drops the counts a sentence dates to a day of the year before its end (or to its first part, or to a pilot's time) when it
 * goes on to the whole year's or said it before, or another sentence gives the whole year's (rules/passes.yaml year_to_date).
 */
export function run(doc: Document, found: Found[], lexicon: CompiledLexicon, tables: CompiledTables): void {
  const { cutoff, wholes } = tables.yearToDate;
  const { text } = doc.source;
  let dropped: Set<Found> | undefined;
  for (const part of found) {
    const { value, id, status, evidence } = part.fact;
    if (typeof value !== 'number' || lexicon.byId.get(id)?.entry.shape !== 'count') continue;
    // what is still to come (截至11月底学法7次,12月还将安排1次,全年将达到8次: a plan) is no count so far
    if (status === 'plan') continue;
    const { span } = doc.sentences[part.sentence]!;
    // the cut-off last named before the count, with no word of the whole year between them (…全年共受理36件 is no part);
    // inside its evidence too, which may open on a cue before the date (受理行政复议申请 | 36 | 截至11月30日为32件)
    const before = text.slice(span.start, evidence.end);
    const dated = lastEnd(cutoff, before);
    if (dated < 0 || wholes.some((w) => before.includes(w, dated))) continue;
    const whole = found.find(
      (f) =>
        f !== part &&
        f.fact.id === id &&
        f.fact.status === status &&
        typeof f.fact.value === 'number' &&
        f.fact.value >= value &&
        // after the count in its sentence, past a word of the whole year (its evidence may open on the count's cue: …为803名;
        // 截至12月31日为827名 goes on with its subject); else said after such a word, before it too (全年受理36件,截至11月30日为32件)
        (f.sentence === part.sentence && f.fact.evidence.end > evidence.end
          ? wholes.some((w) => text.slice(evidence.end, f.fact.evidence.end).includes(w))
          : isWholeYears(doc, f, cutoff, wholes)),
    );
    if (whole) (dropped ??= new Set()).add(part);
  }
  if (dropped === undefined) return;
  // in place: the list is the extraction's own
  for (let k = found.length - 1; k >= 0; k--) if (dropped.has(found[k]!)) found.splice(k, 1);
}

/**
 * Whether a count is said after a word of the whole year in its sentence (or its evidence: 常务会议全年会前学法13次), with no
 * cut-off after that word (全年受理…412件).
 */
function isWholeYears(doc: Document, f: Found, cutoff: RegExp, wholes: readonly string[]): boolean {
  const before = doc.source.text.slice(doc.sentences[f.sentence]!.span.start, f.fact.evidence.end);
  const dated = lastEnd(cutoff, before);
  return wholes.some((w) => before.lastIndexOf(w) >= Math.max(dated, 0));
}

/** Where the last match of a global regex in `text` ends; -1 for none. */
function lastEnd(re: RegExp, text: string): number {
  let end = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    end = m.index + m[0].length;
    if (m[0] === '') re.lastIndex++;
  }
  return end;
}
