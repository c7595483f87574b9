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
