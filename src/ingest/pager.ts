import { OUTLINE_START, SENTENCE_END } from './line-breaks.js';
import { joiner } from './rewrap.js';
import { isPager } from './page-links.js';

const PAGE_NUMBER = /\d{1,3}/g;

/**
 * The text without its pager lines, and the number of pages they link to (undefined when there are none, or when the
 * text holds all the pages: see wholeArticle).
 */
export function withoutPager(text: string): { text: string; pages?: number } {
  const lines = text.split('\n');
  const pager = lines.map(isPager);
  if (!pager.includes(true)) return { text };
  const pages = Math.max(...lines.map((line, k) => (pager[k] ? pagesNamed(line) : 0)));
  const whole = wholeArticle(lines, pager, pages);
  return whole === undefined ? { text: lines.filter((_, k) => !pager[k]).join('\n'), pages } : { text: whole };
}

/** The number of pages a pager line links to: its highest page number, two at least. */
export const pagesNamed = (line: string): number => Math.max(2, ...(line.match(PAGE_NUMBER) ?? []).map(Number));

/** Running prose has these; a title or a heading mostly has none. */
const PROSE_MARK = /[,;\u3002\uFF0C\uFF1B]/;

/**
 * A paged article saved whole (its pages one after another in one page or archive, each with its pager, as a site's
 * 全文 view or a browser's extension saves them): its text with the pagers gone, the furniture each page repeats at its
 * edges gone (a line in a part of its own for each page: the title and the 发布时间 block, kept over the first page,
 * a 责任编辑 line), and a sentence a page break parted joined. Read as the one page given, the repeats stood in the report (a title
 * run into the sentence it parted), the sentence broke in two, and the user was told to give the other pages. The text
 * holds them all when it holds as many pages of text as the pagers count, and shows several pages: its pagers differ
 * (each names its own page), or lines repeat page by page. Undefined for a text that is one page of the article (its
 * pager above and below it), or some of its pages.
 */
function wholeArticle(lines: readonly string[], pager: readonly boolean[], pages: number): string | undefined {
  const parts: string[][] = [[]];
  lines.forEach((line, k) => {
    if (pager[k]) parts.push([]);
    else if (line.trim() !== '') parts[parts.length - 1]!.push(line);
  });
  const filled = parts.filter((part) => part.length > 0);
  if (filled.length < 2) return undefined;
  const same = (line: string) => line.replace(/\s+/g, '');
  // a line in as many parts as there are pages, as every page shows it
  const partsHolding = new Map<string, number>();
  for (const part of filled) for (const line of new Set(part.map(same))) partsHolding.set(line, (partsHolding.get(line) ?? 0) + 1);
  const furniture = (line: string) => (partsHolding.get(same(line)) ?? 0) >= pages;
  let repeated = false;
  const own = filled.map((part, k) => {
    let from = 0;
    let to = part.length;
    if (k > 0) while (from < to && furniture(part[from]!)) from++;
    if (k < filled.length - 1) while (to > from && furniture(part[to - 1]!)) to--;
    repeated ||= from > 0 || to < part.length;
    return part.slice(from, to);
  });
  const pagers = new Set(lines.filter((_, k) => pager[k]).map(same));
  const shown = own.filter((part) => part.length > 0);
  if (shown.length < pages || !(repeated || pagers.size > 1)) return undefined;
  const out: string[] = [];
  for (const part of shown) {
    const previous = out[out.length - 1];
    const next = part[0]!;
    if (previous !== undefined && partedAtPageBreak(previous.trim(), next.trim())) {
      out[out.length - 1] = previous.trimEnd() + joiner(previous.trim(), next.trim()) + next.trim();
      out.push(...part.slice(1));
    } else out.push(...part);
  }
  return out.join('\n');
}

/** Whether a page break between two lines parted a sentence: a line of prose that stops inside it, a line that opens no heading. */
const partedAtPageBreak = (previous: string, next: string): boolean =>
  PROSE_MARK.test(previous) && !SENTENCE_END.test(previous) && !OUTLINE_START.test(next) && !previous.includes(' | ') && !next.includes(' | ');
