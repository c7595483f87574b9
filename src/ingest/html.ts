import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
// Type-only: cheerio's node types come from domhandler, which cheerio depends on.
import type { AnyNode, Element } from 'domhandler';

/** Containers that portal CMSs (TRS, 政府网站集约化平台, …) put the article body in, most specific first. */
const KNOWN_CONTAINERS = [
  '#zoom', '.TRS_Editor', '.TRS_UEDITOR', '#UCAP-CONTENT', '.pages_content', '.article-content', '.article_content',
  '.article_con', '.art_con', '.news_content', '.detail-content', '.detail_content', '#ContentText', '#content', '.content',
  'article', '.article', '#article', '.zw', '#zw', '.wzy_con', '.main-txt', '.view',
];

/** Elements whose text is never report text. */
const DROPPED = 'script, style, noscript, nav, header, footer, iframe, template, svg, object, select, input, textarea, button, head';

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead',
  'tfoot', 'tr', 'ul', 'caption', 'body', 'html',
]);
const CELL_TAGS = new Set(['td', 'th']);
/** Paragraph-like children whose text counts towards a container's own text. */
const PARAGRAPH_TAGS = new Set(['p', 'br', 'span', 'font', 'strong', 'b', 'em', 'i', 'u', 'a']);

/** Headings above the article body, the report's title; outside the body on most portals. */
const HEADLINES = 'h1, h2, h3, .title, #title, .article-title, .news_title, .tit';
/** Above this much extra text, the element holding both headline and body is page layout. */
const MAX_EXTRA_CHARS = 600;

/**
 * Turns a published web page into the report's text: the article body (a known CMS
 * container, otherwise the element with the most direct paragraph text) with its headline
 * and the meta line between them, block elements and <br> as line breaks.
 */
export function htmlToText(html: string): string {
  const $ = cheerio.load(html);
  const pageTitle = $('title').first().text();
  $(DROPPED).remove();
  $('*').contents().filter((_, node) => node.type === 'comment').remove();

  const body = findBody($);
  if (!body) return blockText($('body').get(0) ?? $.root().get(0)!);
  const headline = findHeadline($, body);
  if (!headline) {
    const title = titleFromPageTitle(pageTitle);
    const text = blockText(body);
    return title && !text.includes(title) ? `${title}\n${text}` : text;
  }
  const region = commonAncestor(headline, body);
  if (region && textLength($, region) - textLength($, body) - textLength($, headline) <= MAX_EXTRA_CHARS) {
    return blockText(region);
  }
  return `${blockText(headline)}\n${blockText(body)}`;
}

function textLength($: CheerioAPI, node: AnyNode): number {
  return $(node).text().replace(/\s+/g, '').length;
}

/** Sum of the text directly inside the element: its own text nodes and paragraph-like children. */
function ownParagraphText($: CheerioAPI, element: Element): number {
  let total = 0;
  for (const child of element.children) {
    if (child.type === 'text') total += child.data.trim().length;
    else if (child.type === 'tag' && PARAGRAPH_TAGS.has(child.name)) total += textLength($, child);
  }
  return total;
}

function findBody($: CheerioAPI): Element | undefined {
  let best: Element | undefined;
  let bestScore = 0;
  $('body *').each((_, element) => {
    const score = ownParagraphText($, element);
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  });
  if (!best) return undefined;
  // Prefer the innermost known container that holds the best paragraph block, unless it is the whole page.
  const bestText = textLength($, best);
  const known = $(KNOWN_CONTAINERS.join(','))
    .toArray()
    .filter((node): node is Element => node.type === 'tag')
    .filter((element) => element === best || $(element).find(best!).length > 0)
    .map((element) => ({ element, length: textLength($, element) }))
    .filter(({ length }) => length <= bestText * 3)
    .sort((a, b) => a.length - b.length);
  return known[0]?.element ?? best;
}

/** The last headline before the body in document order, outside it. */
function findHeadline($: CheerioAPI, body: Element): Element | undefined {
  const order = new Map($('*').toArray().map((element, index) => [element, index] as const));
  const bodyIndex = order.get(body) ?? 0;
  const candidates = $(HEADLINES)
    .toArray()
    .filter((element) => (order.get(element) ?? Infinity) < bodyIndex && $(body).find(element).length === 0)
    .filter((element) => $(element).find(body).length === 0)
    .filter((element) => {
      const length = textLength($, element);
      return length >= 6 && length <= 150;
    });
  return candidates[candidates.length - 1];
}

function commonAncestor(a: AnyNode, b: AnyNode): AnyNode | undefined {
  const ancestors = new Set<AnyNode>();
  for (let node: AnyNode | null = a; node; node = node.parent) ancestors.add(node);
  for (let node: AnyNode | null = b; node; node = node.parent) if (ancestors.has(node)) return node;
  return undefined;
}

/** Portal page titles read 报告标题_网站名 or 报告标题 - 网站名: keep the longest part. */
function titleFromPageTitle(pageTitle: string): string {
  const parts = pageTitle.split(/[_|]|\s[-–—]\s/).map((part) => part.trim());
  return parts.reduce((longest, part) => (part.length > longest.length ? part : longest), '');
}

/**
 * The text of a subtree with block boundaries and <br> as line breaks, no empty lines,
 * table cells separated by a space. Iterative, so deeply nested markup cannot overflow the stack.
 */
export function blockText(root: AnyNode): string {
  let out = '';
  const newline = () => {
    if (out.length > 0 && !out.endsWith('\n')) out += '\n';
  };
  const stack: Array<AnyNode | 'newline' | 'space'> = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === 'newline') newline();
    else if (item === 'space') out += ' ';
    else if (item.type === 'text') out += collapseSourceWhitespace(item.data);
    else if (item.type === 'tag' || item.type === 'root' || item.type === 'script' || item.type === 'style') {
      const element = item as Element;
      if (element.name === 'br') {
        out += '\n';
        continue;
      }
      const isBlock = BLOCK_TAGS.has(element.name);
      if (isBlock) newline();
      if (isBlock) stack.push('newline');
      else if (CELL_TAGS.has(element.name)) stack.push('space');
      for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]!);
    }
  }
  // Whitespace between blocks and spacer paragraphs leave empty lines; HTML layout carries no blank-line meaning.
  return out
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * Whitespace in HTML source is layout, not text: runs collapse to one space, and a source
 * line break between two Chinese characters disappears (Chinese has no spaces between words).
 * NBSP and U+3000 are kept; the fold turns them into spaces later.
 */
function collapseSourceWhitespace(data: string): string {
  return data
    .replace(/([^\x00-\x7f])[ \t\f]*[\r\n][ \t\r\n\f]*(?=[^\x00-\x7f])/g, '$1')
    .replace(/[ \t\r\n\f]+/g, ' ');
}
