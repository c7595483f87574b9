import { OUTLINE_START, SENTENCE_END } from './line-breaks.js';
import { joiner } from './rewrap.js';

/**
 * A web page that splits its article over pages links them in a line of page numbers (第1页 第2页
 * 下一页, 上一页 1 2 3 下一页, 共3页 首页 上一页 下一页 尾页). Read as it was, that line stood in the
 * report and no one was told that the rest of the article was on the other pages.
 */
const PAGER_TOKEN =
  /共\s*\d{1,3}\s*页|当前\s*第?\s*\d{1,3}\s*页|第\s*\d{1,3}\s*页|\[\s*\d{1,3}\s*\]|\d{1,3}|首页|上一页|下一页|上页|下页|尾页|末页|[<>«»‹›|/[\]【】［］]+/gy;
/**
 * A pager links to the next or the last page, to the previous one (the last page's pager), or lists pages by number:
 * one 第2页 共10页 alone is a printed page's footer, as a document saved as a web page keeps it.
 */
const NEXT_PAGE = /[上下]一?页|尾页|末页|第\s*\d{1,3}\s*页[^第]{0,40}第\s*\d{1,3}\s*页/;
/** A line of page links that names the page it stands on among all (共2页 当前第1页), which a footer does as well. */
const NAMES_PAGE = /共\s*\d{1,3}\s*页|第\s*\d{1,3}\s*页/;
const PAGE_NUMBER = /\d{1,3}/g;
/** The links of a page saved as Markdown (a link with no target, [下一页](), as a browser extension writes one). */
const LINK_TARGET = /\]\([^()\s]{0,300}\)/g;

/** Whether a line holds page numbers and links and nothing else (whitespace taken out). */
function onlyPageTokens(words: string): boolean {
  if (words === '') return false;
  // token by token first: a line of the article fails at its first word
  let at = 0;
  while (at < words.length) {
    PAGER_TOKEN.lastIndex = at;
    const token = PAGER_TOKEN.exec(words);
    if (!token) return false;
    at = PAGER_TOKEN.lastIndex;
  }
  return true;
}

const wordsOf = (line: string): string => line.replace(/\s+/g, '').replace(LINK_TARGET, ']');

/** Whether a line holds page links and nothing else, naming a page after the first. */
export function isPager(line: string): boolean {
  const words = wordsOf(line);
  return onlyPageTokens(words) && NEXT_PAGE.test(words);
}

/**
 * Whether a line is a page's furniture of page numbers: a pager (see isPager), or page numbers alone that name the
 * page (共2页 当前第1页, 第1页 共3页). Where the article goes on over the next page in the same text, it stands
 * between the halves of a sentence or figure the page cut (办理行政复议案件 | 第1页 共3页 首页 下一页 | 86件).
 */
export function isPageFurniture(line: string): boolean {
  const words = wordsOf(line);
  return onlyPageTokens(words) && (NEXT_PAGE.test(words) || NAMES_PAGE.test(words));
}

/** Whether a pager says it stands on the article's last page (第3页 共3页, 共2页 当前第2页): the article ends there. */
export function namesLastPage(line: string): boolean {
  const words = wordsOf(line);
  const total = /共(\d{1,3})页/.exec(words)?.[1];
  const current = /(?:当前)?第(\d{1,3})页/.exec(words)?.[1];
  return total !== undefined && current !== undefined && Number(total) === Number(current);
}

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
