/**
 * A web page that splits its article over pages links them in a line of page numbers (第1页 第2页
 * 下一页, 上一页 1 2 3 下一页, 共3页 首页 上一页 下一页 尾页). Read as it was, that line stood in the
 * report and no one was told that the rest of the article was on the other pages.
 */
const PAGER_TOKEN =
  /共\s*\d{1,3}\s*页|当前\s*第?\s*\d{1,3}\s*页|第\s*\d{1,3}\s*页|\[\s*\d{1,3}\s*\]|\d{1,3}|首页|上一页|下一页|上页|下页|尾页|末页|[<>«»‹›|/]+/gy;
/**
 * A pager links to the next or the last page, or lists pages by number: one 第2页 共10页 alone is a
 * printed page's footer, as a document saved as a web page keeps it.
 */
const NEXT_PAGE = /下一?页|尾页|末页|第\s*\d{1,3}\s*页[^第]{0,40}第\s*\d{1,3}\s*页/;
const PAGE_NUMBER = /\d{1,3}/g;

/** Whether a line holds page links and nothing else, naming a page after the first. */
function isPager(line: string): boolean {
  const words = line.replace(/\s+/g, '');
  if (words === '') return false;
  // token by token first: a line of the article fails at its first word
  let at = 0;
  while (at < words.length) {
    PAGER_TOKEN.lastIndex = at;
    const token = PAGER_TOKEN.exec(words);
    if (!token) return false;
    at = PAGER_TOKEN.lastIndex;
  }
  return NEXT_PAGE.test(words);
}

/** The text without its pager lines, and the number of pages they link to (undefined when there are none). */
export function withoutPager(text: string): { text: string; pages?: number } {
  const lines = text.split('\n');
  const pager = lines.map(isPager);
  if (!pager.includes(true)) return { text };
  const pages = Math.max(2, ...lines.flatMap((line, k) => (pager[k] ? (line.match(PAGE_NUMBER) ?? []).map(Number) : [])));
  return { text: lines.filter((_, k) => !pager[k]).join('\n'), pages };
}
