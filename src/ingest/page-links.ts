/**
 * Web pages' page links, as the HTML reader (an article paged, or saved whole: withoutPager) and the page seams of every
 * text (rewrap.ts) tell them; a paged article's pages are read over in one place, the page seams.
 */

/**
 * A web page that splits its article over pages links them in a line of page numbers (第1页 第2页
 * 下一页, 上一页 1 2 3 下一页, 共3页 首页 上一页 下一页 尾页). Read as it was, that line stood in the
 * report and no one was told that the rest of the article was on the other pages.
 */
const PAGER_TOKEN =
  /共\s*\d{1,3}\s*页|当前\s*第?\s*\d{1,3}\s*页|第\s*\d{1,3}\s*页|\[\s*\d{1,3}\s*\]|\d{1,3}|首页|上一页|下一页|上页|下页|尾页|末页|[<>«»‹›|/[\]【】［］]+/gy;
/** A pager's text is this long at most: a few dozen pages (共10页 首页 上一页 1 2 … 10 下一页 尾页). */
export const MAX_PAGER_CHARS = 200;

/**
 * A pager links to the next or the last page, to the previous one (the last page's pager), or lists pages by number:
 * one 第2页 共10页 alone is a printed page's footer, as a document saved as a web page keeps it.
 */
const NEXT_PAGE = /[上下]一?页|尾页|末页|第\s*\d{1,3}\s*页[^第]{0,40}第\s*\d{1,3}\s*页/;
/** A line of page links that names the page it stands on among all (共2页 当前第1页), which a footer does as well. */
const NAMES_PAGE = /共\s*\d{1,3}\s*页|第\s*\d{1,3}\s*页/;
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

const PAGE_NUMBER = /\d{1,3}/g;

/**
 * A web page's text and, when it is one page of a paged article (its pager links to pages it does not hold), the number
 * of pages they link to, its pagers gone. A page that holds the article's pages one after another (see holdsAllPages)
 * is given as it is: its pagers are page seams, read over as any text's are (see rewrap.ts: the pagers and the page's
 * repeated top and foot go, the sentence a page break parted joins).
 */
export function withoutPager(text: string): { text: string; pages?: number } {
  const lines = text.split('\n');
  const pager = lines.map(isPager);
  if (!pager.includes(true)) return { text };
  const pages = Math.max(...lines.map((line, k) => (pager[k] ? pagesNamed(line) : 0)));
  return holdsAllPages(lines, pager, pages) ? { text } : { text: lines.filter((_, k) => !pager[k]).join('\n'), pages };
}

/** The number of pages a pager line links to: its highest page number, two at least. */
export const pagesNamed = (line: string): number => Math.max(2, ...(line.match(PAGE_NUMBER) ?? []).map(Number));

/**
 * Whether a paged article was saved whole (its pages one after another in one page or archive, each with its pager, as
 * a site's 全文 view or a browser's extension saves them). Read as the one page given, its repeats stood in the report,
 * a sentence a page break parted broke in two, and the user was told to give the other pages. The text holds them all
 * when it holds as many pages of text as the pagers count, and shows several pages: its pagers differ (each names its
 * own page), or lines repeat page by page (a line in as many parts between pagers as there are pages: the title, the
 * 发布时间 block, a 责任编辑 line). Not so for a text that is one page of the article (its pager above and below it), or
 * some of its pages.
 */
function holdsAllPages(lines: readonly string[], pager: readonly boolean[], pages: number): boolean {
  const same = (line: string) => line.replace(/\s+/g, '');
  const parts: Set<string>[] = [new Set()];
  lines.forEach((line, k) => {
    if (pager[k]) parts.push(new Set());
    else if (line.trim() !== '') parts[parts.length - 1]!.add(same(line));
  });
  const partsHolding = new Map<string, number>();
  for (const part of parts) for (const line of part) partsHolding.set(line, (partsHolding.get(line) ?? 0) + 1);
  const repeated = (line: string) => partsHolding.get(line)! >= pages;
  // a part of the page's repeats alone (the last page's foot under its pager) is no page of text
  const shown = parts.filter((part) => [...part].some((line) => !repeated(line))).length;
  const pagers = new Set(lines.filter((_, k) => pager[k]).map(same));
  return shown >= pages && ([...partsHolding.keys()].some(repeated) || pagers.size > 1);
}
