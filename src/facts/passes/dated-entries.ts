import type { Document } from '../../document/types.js';
import type { CompiledLexicon } from '../text.js';
import type { Found, PassMeta } from './context.js';
import type { CompiledTables } from './tables.js';

export const meta: PassMeta = {
  name: 'dated-entries',
  covers:
    '大事记、工作回顾的时间线和网站工作动态逐条注明日期(2024-03-14 区委常委会…;【2021年12月】下的12月28日 市政府…):以别的年度的日期开头的句子(2022年12月,…;往年动态:2023-12-29 …),以及只写着别的年度日期的一行(【2021年12月】、2023年1月)之下直到下一个这样的行或下一节的各条,说的是那一年的事,读出的不是本年度的事实;较晚年度的条目里的计划仍是计划',
  order: 97,
};

/** How many lines of a date alone, each another, make them a chronicle's headings. */
const MIN_DATE_LINES = 2;

/** The year a sentence's opening or a date line names, by the first of `res` that matches; null for none. */
function yearOf(res: readonly RegExp[], text: string): number | null {
  for (const re of res) {
    const year = re.exec(text)?.groups?.['year'];
    if (year !== undefined) return Number(year);
  }
  return null;
}

/** Drops the facts of the entries a chronicle dates in a year other than the report's (rules/passes.yaml dated_entries). */
export function run(doc: Document, found: Found[], _lexicon: CompiledLexicon, tables: CompiledTables): void {
  const { year } = doc;
  if (year === null || found.length === 0) return;
  const { openings, headings } = tables.datedEntries;
  // a chronicle heads its entries by dates in a series (【2022年1月】, 【2022年2月】…); one date alone on a line is a paper's
  // own (the month a compilation was printed, under its title), heading nothing
  const texts = doc.sentences.map((s) => s.plain.trim());
  const headingYears = texts.map((text) => yearOf(headings, text));
  const headed = new Set(texts.filter((_, i) => headingYears[i] !== null)).size >= MIN_DATE_LINES;
  // the year each sentence is dated in, where it is not the report's
  const other = new Map<number, number>();
  let under: { year: number; section: number | null } | null = null;
  doc.sentences.forEach((s, i) => {
    const text = texts[i]!;
    const heading = headed ? headingYears[i]! : null;
    if (heading !== null) {
      under = { year: heading, section: s.section };
      return;
    }
    if (under !== null && under.section !== s.section) under = null;
    const dated = yearOf(openings, text) ?? under?.year ?? null;
    if (dated !== null && dated !== year) other.set(i, dated);
  });
  if (other.size === 0) return;
  // in place: the list is the extraction's own
  for (let k = found.length - 1; k >= 0; k--) {
    const f = found[k]!;
    const dated = other.get(f.sentence);
    if (dated === undefined || (dated > year && f.fact.status === 'plan')) continue;
    found.splice(k, 1);
  }
}
