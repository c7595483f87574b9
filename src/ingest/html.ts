// cheerio/slim: htmlparser2 only, which these options choose anyway; the full entry also loads parse5 and undici (0.3 s of CPU per process)
import * as cheerio from 'cheerio/slim';
// cheerio's nodes are domhandler's (a dependency of ours too): a text a style sheet writes is made as one
import { Text, type AnyNode, type Element, type ParentNode } from 'domhandler';
import { log } from '../log.js';
import { altHeading } from './alt-headings.js';
import type { Budget } from './budget.js';
import { inputError } from './limits.js';
import { LINE_SEPARATOR, withLineBreaksInSentencesRead } from './line-breaks.js';
import { PageCounters } from './css-counters.js';
import { COUNTING_AFTER } from './fold.js';
import { apartFromItem, counterText, listMarker } from './list-numbers.js';
import { isFootnoteMark } from './footnote-marks.js';
import { flattenDeepNesting } from './nesting.js';
import { MAX_PAGER_CHARS, isPager, pagesNamed } from './page-links.js';
import { scriptTexts } from './script-strings.js';
import { decodeUriComponentOr } from './uri.js';
import {
  boxHides,
  isOffPage,
  isPreformattedSpace,
  isTransparent,
  isWhite,
  isUnreadableSize,
  isZeroOpacity,
  pageStyles,
  writeCounters,
  writesCounter,
  type PageStyles,
} from './page-styles.js';
import {
  MAX_CELL_CHARS,
  nonSpaceLength,
  withCellsMergedDown,
  withSpanningHeaders,
  type CellSpan,
  type MergedDown,
  type SpanningHeader,
} from './table-cells.js';
import { inColumnOrder, columnOrderOf, type ColumnOrder } from './year-columns.js';

/** Containers that portal CMSs (TRS, 政府网站集约化平台, …) put the article body in, most specific first. */
const KNOWN_CONTAINERS = [
  '#zoom',
  '.TRS_Editor',
  '.TRS_UEDITOR',
  '#UCAP-CONTENT',
  '.pages_content',
  '.article-content',
  '.article_content',
  '.article_con',
  '.art_con',
  '.news_content',
  '.detail-content',
  '.detail_content',
  '#ContentText',
  '#content',
  '.content',
  'article',
  '.article',
  '#article',
  '.zw',
  '#zw',
  '.wzy_con',
  '.main-txt',
  '.view',
];

/** Elements whose text is never report text. */
const DROPPED = new Set([
  'script',
  'style',
  'nav',
  'header',
  'footer',
  'iframe',
  'svg',
  'object',
  'select',
  'input',
  'textarea',
  'button',
  'head',
  // what a browser shows only where it cannot draw the element (您的浏览器不支持…): every browser draws these
  'canvas',
  'video',
  'audio',
  // a ruby's pronunciation (拼音) and the brackets a browser without ruby shows around it: set inline, it split words and figures
  'rt',
  'rp',
]);

/**
 * Elements a browser shows only when scripts are off (<noscript>) or once a script puts them in
 * place (<template>): a page that keeps its article there is read as display: none is.
 */
const HIDDEN_TAGS = new Set(['noscript', 'template']);

/**
 * A browser shows no element its style hides (its own or a style sheet's, see page-styles): an
 * anti-copy trick's stray characters inside a figure (1<span style="display:none">9</span>2件 was
 * read 192), a print copy of the article, a superseded paragraph kept out of sight. Nothing inside
 * an element of opacity 0 or moved off the page shows either.
 */
const isHidden = (element: Element, styles: PageStyles): boolean =>
  HIDDEN_TAGS.has(element.name) ||
  // a <dialog> not opened (by its attribute or a script) is not drawn
  (element.name === 'dialog' && element.attribs.open === undefined) ||
  // hidden="until-found" too: shown only once find-in-page lands in it, as a closed <details>'s content is
  // (a browser without it hides it outright); a page whose article is kept so is read whole, as any hidden one
  element.attribs.hidden !== undefined ||
  (styles.styled(element) &&
    (styles.of(element, 'display') === 'none' ||
      styles.of(element, 'content-visibility') === 'hidden' ||
      (isVisibilityHidden(styles.of(element, 'visibility')) && !shownAgainInside(element, styles)) ||
      isZeroOpacity(styles.of(element, 'opacity') ?? '1') ||
      isOffPageBox(element, styles) ||
      boxHides((property) => styles.of(element, property), !BLOCK_TAGS.has(element.name) && !CELL_TAGS.has(element.name))));

/**
 * Hidden as display: none hides, but leaving its place empty: the same anti-copy trick
 * (1<span style="visibility:hidden">9</span>2件 was read 192件). Unlike display: none, an element
 * inside may show itself again.
 */
const isVisibilityHidden = (value: string | undefined): boolean => value === 'hidden' || value === 'collapse';

function shownAgainInside(element: Element, styles: PageStyles): boolean {
  const stack: AnyNode[] = [...element.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    if (styles.of(node, 'visibility') === 'visible') return true;
    stack.push(...node.children);
  }
  return false;
}

/** A box placed past the page's edge (position: absolute; left: -9999px), as text for machines only is. */
function isOffPageBox(element: Element, styles: PageStyles): boolean {
  const position = styles.of(element, 'position');
  if (position !== 'absolute' && position !== 'fixed') return false;
  return isOffPage(styles.of(element, 'left') ?? '') || isOffPage(styles.of(element, 'top') ?? '');
}

/**
 * Struck text (<del>, <s>, <strike>, or an editor's line-through) is withdrawn: a figure corrected
 * in place (<del>15件</del>12件) was read as both, 15件12件.
 */
const STRUCK_TAGS = new Set(['del', 's', 'strike']);
const STRUCK_STYLE = /(?:^|;)\s*text-decoration(?:-line)?\s*:[^;]*\bline-through\b/i;
const isStruck = (element: Element, styles: PageStyles): boolean =>
  STRUCK_TAGS.has(element.name) ||
  STRUCK_STYLE.test(element.attribs.style ?? '') ||
  // a class a sheet strikes through (.old { text-decoration: line-through }), as a 更正稿 marks the figures it replaced
  (styles.styled(element) && /\bline-through\b/.test(styles.of(element, 'text-decoration-line') ?? ''));

/** Sizes relative to the parent's: of no size, they are none. */
const RELATIVE_SIZE = /(?:^|[^r])em$|%$/i;

/**
 * Whether an element's own text shows at no size (font-size: 0, an anti-copy trick like
 * display: none: 1<span style="font-size:0">9</span>2件 was read 192; or at 1px, 0.5pt): a size of
 * 0 or 1 pt at most, or one inherited and not set again (a page may set 0 on a row of blocks, for
 * the gaps between them, and a size on each block).
 */
function atNoSize(element: Element, inherited: boolean, styles: PageStyles): boolean {
  const size = styles.of(element, 'font-size');
  if (size === undefined || size === '') return inherited;
  if (isUnreadableSize(size)) return true;
  return inherited && RELATIVE_SIZE.test(size);
}

/** How an element's text is drawn: its colour, by its style or inherited, and whether a ground of a colour stands behind it. */
interface Ink {
  colour: 'transparent' | 'white' | 'other';
  ground: boolean;
}
const DEFAULT_INK: Ink = { colour: 'other', ground: false };
const UNPAINTED = new Set(['', 'none', 'transparent', 'initial', 'inherit', 'unset']);

/**
 * The ink of an element's text. A page's ground is white, and white text on it no one sees: an
 * anti-copy trick's stray figure (1<span style="color:#fff">9</span>2件 was read 192件). It shows on a
 * ground of a colour or a picture that an element or one around it paints (a table's heading row).
 */
function inkOf(element: Element, inherited: Ink, styles: PageStyles): Ink {
  const styled = styles.styled(element);
  const colour = (styled ? styles.of(element, 'color') : undefined) ?? (element.name === 'font' ? element.attribs.color?.toLowerCase() : undefined);
  const background = (styled ? styles.of(element, 'background-color') : undefined) ?? element.attribs.bgcolor?.toLowerCase();
  if (colour === undefined && background === undefined) return inherited;
  const paints = background !== undefined && !UNPAINTED.has(background) && !isTransparent(background);
  return {
    colour:
      colour === undefined || colour === '' || colour === 'inherit'
        ? inherited.colour
        : isTransparent(colour)
          ? 'transparent'
          : isWhite(colour)
            ? 'white'
            : 'other',
    ground: paints ? !isWhite(background) : inherited.ground,
  };
}

/**
 * Whether text in an ink is out of sight: in no colour, or white on the page's white (when all the
 * page's style is at hand: a sheet linked from elsewhere may paint the ground).
 */
const isUnseenInk = (ink: Ink, styles: PageStyles): boolean => ink.colour === 'transparent' || (ink.colour === 'white' && !ink.ground && styles.selfContained);

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'caption',
  'body',
  'html',
]);
const CELL_TAGS = new Set(['td', 'th']);
/** Paragraph-like children whose text counts towards a container's own text. */
const PARAGRAPH_TAGS = new Set(['p', 'br', 'span', 'font', 'strong', 'b', 'em', 'i', 'u', 'a']);

/** Headings above the article body, the report's title; outside the body on most portals. */
const HEADLINES = ['h1', 'h2', 'h3', '.title', '#title', '.article-title', '.news_title', '.tit'];
/** Above this much extra text, the element holding both headline and body is page layout. */
const MAX_EXTRA_CHARS = 600;

/** Matches the simple selectors used above (tag, #id, .class) without a selector engine. */
function matchesAny(element: Element, selectors: readonly string[]): boolean {
  const id = element.attribs.id;
  const classes = (element.attribs.class ?? '').split(/\s+/);
  return selectors.some((selector) => {
    if (selector.startsWith('#')) return id === selector.slice(1);
    if (selector.startsWith('.')) return classes.includes(selector.slice(1));
    return element.name === selector;
  });
}

/**
 * The page's elements in document order, with dropped elements cut out of the tree.
 * One iterative walk: selector engines and recursive helpers are superlinear or overflow
 * the stack on deeply nested markup.
 */
interface Page {
  elements: Element[];
  /** document-order index of each element, and the index of the last element inside it */
  index: Map<Element, number>;
  last: Map<Element, number>;
  /** non-whitespace characters of the text under each element, computed once */
  textLength: Map<AnyNode, number>;
  /** the blocks that are paragraphs (see isParagraphBlock) */
  paragraphBlocks: Set<Element>;
  /** the blocks all of whose text is that of links to other pages (往期推荐, 相关阅读) */
  linkBlocks: Set<Element>;
  title: string;
  /** non-whitespace characters of the text of the hidden elements cut out */
  hiddenChars: number;
  /** the hidden elements, when read as shown */
  hidden: Set<Element>;
  /** the texts of the page's text boxes (<textarea>), cut out as form controls */
  textBoxes: string[];
  /** the elements whose style (their own or a sheet's) keeps their line ends (white-space: pre-wrap) */
  preformatted: Set<Element>;
}

/**
 * A <details> not opened shows only its summary: a page that folds a part away (附件, 名词解释) under
 * one shows it on a click. Read as hidden elements are (see htmlToText), so an article folded away
 * whole is still read.
 */
const isClosedDetails = (element: Element): boolean => element.name === 'details' && element.attribs.open === undefined;

/** Whether an element is shown as a list item (an <li>, or any element of display: list-item), with a marker and the list-item counter. */
const isListItem = (element: Element, styles: PageStyles): boolean => {
  const display = styles.styled(element) ? styles.of(element, 'display') : undefined;
  return display === undefined ? element.name === 'li' : display === 'list-item';
};

/**
 * The counter-reset and counter-increment an element has, with the list-item counter CSS keeps for
 * every list (CSS Lists 3): a list resets it (to its start attribute less one), a list item counts it,
 * unless its own values name it (counter(list-item) in li::before was 0 for every item).
 */
function withListItemCounter(element: Element, styles: PageStyles): [reset: string | undefined, increment: string | undefined] {
  const styled = styles.styled(element);
  let reset = styled ? styles.of(element, 'counter-reset') : undefined;
  let increment = styled ? styles.of(element, 'counter-increment') : undefined;
  if (LISTS.has(element.name) && !LIST_ITEM_COUNTER.test(reset ?? '')) {
    const start = element.name === 'ol' ? Number.parseInt(element.attribs.start ?? '1', 10) || 1 : 1;
    reset = `${reset === undefined || reset === 'none' ? '' : reset} list-item ${start - 1}`;
  }
  if (isListItem(element, styles) && !LIST_ITEM_COUNTER.test(increment ?? '')) {
    increment = `${increment === undefined || increment === 'none' ? '' : increment} list-item`;
  }
  return [reset, increment];
}
const LISTS = new Set(['ol', 'ul', 'menu']);
const LIST_ITEM_COUNTER = /(?:^|\s)list-item(?:\s|$)/;

/**
 * Writes in the text a sheet's ::before and ::after rules put at an element's start and end, where a
 * browser shows it: a figure (1<span class="d2"></span>件 with .d2::before { content: "2" } shows 12件),
 * a heading's number.
 */
function withGeneratedText(element: Element, styles: PageStyles, counters: PageCounters): void {
  const written = styles.of(element, '::before');
  const marker = isListItem(element, styles) ? styles.of(element, '::marker') : undefined;
  // a sheet's marker takes the place of the list's number (content: none shows none)
  if (marker !== undefined) numberedBySheet.add(element);
  const generated = (text: string | undefined) => (text && LIST_MARKER.test(text) && opensLine(element) ? '' : (withCounters(text, counters, element) ?? ''));
  const before = generated(marker) + generated(written);
  const after = withCounters(styles.of(element, '::after'), counters, null);
  if (before) element.children.unshift(new Text(before));
  if (after) element.children.push(new Text(after));
  if (before || after) for (const child of element.children) child.parent = element;
}

/**
 * A bullet a sheet writes before a list item or a paragraph (li::before { content: "•" }): a browser
 * shows it as the list's marker, not as a character of the item's sentence.
 */
const LIST_MARKER = /^[\s\u00b7\u2022\u2023\u2043\u2219\u25a0-\u25ff\u2605\u2606\u2713\u2714\u2756\u27a2\u27a4\u30fb\u2666\u00bb\u203a]+$/;

/**
 * A generated text with its counters written. A counter numbers a heading or an item (一、主要举措和成效):
 * written only where it opens a line (before `opening`'s text), as such a number stands; elsewhere its
 * number would read as a count of what follows it, which it never is, and is left out.
 */
function withCounters(written: string | undefined, counters: PageCounters, opening: Element | null): string | undefined {
  if (written === undefined || !writesCounter(written)) return written;
  const numbers = opening !== null && opensLine(opening);
  // the sheet numbers the item: a browser shows its number, not the list's (a sheet that counts sets list-style: none)
  if (numbers && opening.name === 'li') numberedBySheet.add(opening);
  return writeCounters(
    written,
    (name) => (numbers ? counters.values(name) : []),
    (n, style) => (numbers ? counterText(n, style) : ''),
  );
}

/**
 * The list-style-type a list or an item has by its style or a sheet's rule (an item's own stands before
 * its list's, which its items inherit); a sheet's rule outranks the type attribute, as any author's style
 * outranks markup: a list a sheet resets (ol { list-style: none }) shows no numbers.
 */
const listStyleTypes = new WeakMap<Element, string>();
const CSS_WIDE = new Set(['inherit', 'initial', 'unset', 'revert', 'revert-layer']);
function withListStyleType(element: Element, styles: PageStyles): void {
  const type = styles.of(element, 'list-style-type');
  if (type !== undefined && !CSS_WIDE.has(type)) listStyleTypes.set(element, type);
}

/** The list items a sheet's counter numbers (see withCounters). */
const numberedBySheet = new WeakSet<Element>();

/** How many elements before it, and levels up, are looked at to find an element's line start. */
const MAX_SIBLINGS_LOOKED = 20;

/** Whether an element stands at the start of its line: a block, or inline as the first thing in one (a <span> opening a <p>). */
function opensLine(element: Element): boolean {
  let depth = 0;
  for (let node: Element | null = element; node !== null && node.type === 'tag' && ++depth <= MAX_SIBLINGS_LOOKED; node = node.parent as Element | null) {
    if (BLOCK_TAGS.has(node.name) || CELL_TAGS.has(node.name)) return true;
    // an element before it that holds anything (or a long run of empty ones, or many levels) may hold text: the bullet is kept
    let looked = 0;
    for (let sibling = node.prev; sibling !== null; sibling = sibling.prev) {
      if (++looked > MAX_SIBLINGS_LOOKED || (sibling.type === 'text' ? sibling.data.trim() !== '' : sibling.type === 'tag' && sibling.children.length > 0))
        return false;
    }
  }
  return false;
}

/** A style's vertical alignment that sets its element above or below the line. */
const RAISING_ALIGNMENT = /^(?:super|sub|top|text-top)\b/;

/** A <sup> or <sub> holding a footnote's mark (see isFootnoteMark), or an element a style so raises (<span class="fn">1</span>: 461件). */
function isRaisedFootnoteMark(element: Element, styles: PageStyles): boolean {
  const raised =
    element.name === 'sup' || element.name === 'sub' || (styles.styled(element) && RAISING_ALIGNMENT.test(styles.of(element, 'vertical-align') ?? ''));
  if (!raised) return false;
  // the text just before (and after) may stand outside the inline elements the mark opens (km<span><sup>2</sup></span>):
  // a few levels up, as far as a block; only the one node beside is read, so each node is read at most once
  return isFootnoteMark(textOf(element), textBeside(element, 'prev'), textBeside(element, 'next'));
}

/** The text of the node just before or after `element` in its block (see isRaisedFootnoteMark). */
function textBeside(element: Element, side: 'prev' | 'next'): string {
  let beside = element[side];
  for (let node: ParentNode | null = element.parent, depth = 0; beside === null && node?.type === 'tag' && depth < MAX_MARK_LEVELS; depth++) {
    if (BLOCK_TAGS.has(node.name) || CELL_TAGS.has(node.name)) break;
    beside = node[side];
    node = node.parent;
  }
  return beside === null ? '' : beside.type === 'text' ? beside.data : textOf(beside);
}
const MAX_MARK_LEVELS = 4;

/**
 * Whether an element sets its characters right to left one by one (<bdo dir="rtl">, or a style's unicode-bidi: bidi-override
 * with direction: rtl), inside no element that does so: a browser shows its text reversed, an anti-copy trick's figure as
 * meant (<bdo dir="rtl">64</bdo> shows 46, and 64 was read).
 */
function isOutermostOverride(element: Element, styles: PageStyles): boolean {
  if (!isRightToLeftOverride(element, styles)) return false;
  for (let above = element.parent; above?.type === 'tag'; above = above.parent) if (isRightToLeftOverride(above, styles)) return false;
  return true;
}
const isRightToLeftOverride = (element: Element, styles: PageStyles): boolean =>
  (element.name === 'bdo' && element.attribs.dir?.trim().toLowerCase() === 'rtl') ||
  (styles.styled(element) && styles.of(element, 'unicode-bidi') === 'bidi-override' && styles.of(element, 'direction') === 'rtl');

/** The element's text in the order it is shown right to left: its nodes in turn and each text's characters reversed. */
function showRightToLeft(element: Element): void {
  const stack: Element[] = [element];
  for (let current = stack.pop(); current; current = stack.pop()) {
    current.children.reverse();
    for (const child of current.children) {
      if (child.type === 'text') child.data = [...child.data].reverse().join('');
      else if (child.type === 'tag') stack.push(child);
    }
  }
}

/** Input types whose value a browser shows as text in its box. */
const TEXT_INPUT = /^(?:text|number|date|datetime-local|month|week|time|tel|email|url|search)$/i;

/**
 * A picture drawn in the page (<svg>) that holds one text: a figure set as a picture inside a sentence
 * (案件<svg><text>35</text></svg>件 showed 案件35件, and was read 案件件), an infographic's caption. A
 * browser shows that text where it stands, so the picture becomes it. A chart's axis labels, legend
 * and values are many texts, read as no sentence: such a picture is left out whole, as before.
 */
function showsSvgText(element: Element): boolean {
  if (element.name !== 'svg') return false;
  const texts: Element[] = [];
  const stack: AnyNode[] = [...element.children];
  while (stack.length > 0 && texts.length < 2) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    if (node.name === 'text') texts.push(node);
    // a <title> or <desc> is a tooltip or a description for machines, not drawn
    else if (node.name !== 'title' && node.name !== 'desc') stack.push(...node.children);
  }
  const shown = texts.length === 1 ? textOf(texts[0]!).replace(/\s+/g, ' ').trim() : '';
  if (shown === '') return false;
  element.name = 'span';
  element.attribs = {};
  element.children = [new Text(shown)];
  element.children[0]!.parent = element;
  return true;
}

/**
 * A form a report is filled in (填报表单): a browser shows each field's value, a check box's tick, a list's chosen
 * option and a text box's content (no hint, hidden field or button), so they are read where they
 * stand (审查<input value="12">件 showed 审查12件, and was read 审查件). The control becomes the text it
 * shows; a text box holding markup is left to the article-in-a-text-box reading (see htmlToText).
 */
function showsFilledIn(element: Element): boolean {
  let shown: string | undefined;
  if (element.name === 'input') {
    const type = (element.attribs.type ?? 'text').toLowerCase();
    // a box ticked or not, as a checklist writes it (☑ 已建立…, ☐ 已开展…): a box not ticked was read as a task done
    shown = type === 'checkbox' ? (element.attribs.checked === undefined ? '\u2610' : '\u2611') : TEXT_INPUT.test(type) ? element.attribs.value : undefined;
  } else if (element.name === 'select') {
    const options = element.children.filter((child): child is Element => child.type === 'tag' && child.name === 'option');
    const chosen = options.find((option) => option.attribs.selected !== undefined) ?? options[0];
    shown = chosen && textOf(chosen);
  } else if (element.name === 'textarea') {
    const content = textOf(element);
    // htmlparser2 leaves a text box's character references as written; a browser shows them as characters
    const decoded = !MARKUP.test(content) && content.includes('&') ? cheerio.load(content, PARSE_OPTIONS).root().text() : content;
    if (!MARKUP.test(decoded)) shown = decoded;
  }
  if (shown === undefined || shown.trim() === '') return false;
  // a text box of lines keeps its line ends, as <pre> does; a field, a list or a one-line box shows a line's part
  element.name = element.name === 'textarea' && shown.trim().includes('\n') ? 'pre' : 'span';
  element.children = [new Text(element.name === 'pre' ? shown : shown.replace(/\s+/g, ' '))];
  element.children[0]!.parent = element;
  return true;
}

/** With `showHidden`, hidden elements are read as shown. */
function walkPage(root: AnyNode, showHidden: boolean, styles: PageStyles): Page {
  const elements: Element[] = [];
  const index = new Map<Element, number>();
  const last = new Map<Element, number>();
  const textLength = new Map<AnyNode, number>();
  const paragraphBlocks = new Set<Element>();
  const linkBlocks = new Set<Element>();
  /** non-whitespace characters of the text of links under each element */
  const linkLength = new Map<AnyNode, number>();
  /** the elements that hold a block element somewhere below them */
  const holdingBlocks = new Set<Element>();
  const hidden = new Set<Element>();
  const textBoxes: string[] = [];
  const preformatted = new Set<Element>();
  const counters = new PageCounters();
  let title = '';
  let hiddenChars = 0;
  const stack: Array<{ node: AnyNode; leaving: boolean; noSize: boolean; ink: Ink }> = [{ node: root, leaving: false, noSize: false, ink: DEFAULT_INK }];
  while (stack.length > 0) {
    const { node, leaving, noSize: inheritedSize, ink: inheritedInk } = stack.pop()!;
    if (node.type !== 'tag' && node.type !== 'root' && node.type !== 'script' && node.type !== 'style') continue;
    const element = node as Element;
    if (leaving) {
      counters.leave(element);
      if (node.type === 'tag' && isOutermostOverride(element, styles)) showRightToLeft(element);
      if (node.type !== 'root') last.set(element, elements.length - 1);
      let length = 0;
      let links = 0;
      for (const child of element.children) {
        length += child.type === 'text' ? nonSpaceLength(child.data) : (textLength.get(child) ?? 0);
        links += linkLength.get(child) ?? 0;
        if (child.type === 'tag' && (BLOCK_TAGS.has(child.name) || CELL_TAGS.has(child.name) || holdingBlocks.has(child))) holdingBlocks.add(element);
      }
      textLength.set(element, length);
      if (isLinkToPage(element)) links = length;
      if (links > 0) linkLength.set(element, links);
      if (node.type === 'root') continue;
      if (isParagraphBlock(element, holdingBlocks, paragraphBlocks)) paragraphBlocks.add(element);
      if (links > 0 && links === length && LINK_BLOCK_TAGS.has(element.name)) linkBlocks.add(element);
      continue;
    }
    const noSize = node.type === 'tag' && atNoSize(element, inheritedSize, styles);
    const ink = node.type === 'tag' ? inkOf(element, inheritedInk, styles) : inheritedInk;
    const noColour = isUnseenInk(ink, styles);
    if (node.type === 'tag') counters.enter(element, ...withListItemCounter(element, styles));
    if (node.type === 'tag' && styles.styled(element)) {
      withGeneratedText(element, styles, counters);
      if (LISTS.has(element.name) || element.name === 'li') withListStyleType(element, styles);
      if (isPreformattedSpace(styles.of(element, 'white-space'))) preformatted.add(element);
    }
    const closed = node.type === 'tag' && isClosedDetails(element);
    const summary = closed ? element.children.find((child) => child.type === 'tag' && child.name === 'summary') : undefined;
    element.children = element.children.filter((child) => {
      // a closed <details> shows its first summary only (or a word of the browser's when it has none)
      if (closed && child !== summary && (child.type === 'text' || child.type === 'tag')) {
        if (!showHidden) {
          hiddenChars += nonSpaceLength(textOf(child));
          return false;
        }
        if (child.type === 'tag') hidden.add(child);
      }
      if (child.type === 'text') return !noSize && !noColour;
      if (child.type === 'tag' && isStruck(child, styles)) return false;
      if (child.type === 'tag' && isHidden(child, styles)) {
        if (showHidden) hidden.add(child);
        else {
          hiddenChars += nonSpaceLength(textOf(child));
          return false;
        }
      }
      if (child.type === 'tag' && isRaisedFootnoteMark(child, styles)) return false;
      if (child.type === 'tag' && showsFilledIn(child)) return true;
      if (child.type === 'tag' && showsSvgText(child)) return true;
      if (!((child.type === 'tag' || child.type === 'script' || child.type === 'style') && DROPPED.has(child.name))) return true;
      // the page's <title> stands in the <head>, which is cut out: read it first
      if (child.name === 'head' && title === '') title = titleIn(child);
      if (child.name === 'textarea') textBoxes.push(textOf(child));
      return false;
    });
    if (node.type !== 'root') {
      index.set(element, elements.length);
      elements.push(element);
    }
    stack.push({ node, leaving: true, noSize, ink });
    for (let i = element.children.length - 1; i >= 0; i--) stack.push({ node: element.children[i]!, leaving: false, noSize, ink });
  }
  return { elements, index, last, textLength, paragraphBlocks, linkBlocks, title, hiddenChars, hidden, textBoxes, preformatted };
}

/** Blocks that may stand in an article as a list of links: paragraphs and list items, not headings. */
const LINK_BLOCK_TAGS = new Set(['p', 'section', 'div', 'li', 'ul', 'ol', 'dd', 'dt', 'dl']);

/** A link to another page (not to a place on this one, nor a script). */
const isLinkToPage = (element: Element): boolean => element.name === 'a' && /^(?!#|javascript:)\S/i.test(element.attribs.href ?? '');

/**
 * A block that is a paragraph: it holds text and inline elements only, or wraps one such block
 * and nothing else (an editor's <section><section><span>…). Articles written in WeChat's or
 * other editors set each paragraph so, in <section> or <div>, not <p>.
 */
function isParagraphBlock(element: Element, holdingBlocks: ReadonlySet<Element>, paragraphBlocks: ReadonlySet<Element>): boolean {
  if (!BLOCK_TAGS.has(element.name) || element.name === 'table' || element.name === 'tr') return false;
  if (!holdingBlocks.has(element)) return true;
  const elements = element.children.filter((child) => child.type === 'tag');
  return (
    elements.length === 1 && paragraphBlocks.has(elements[0] as Element) && element.children.every((child) => child.type !== 'text' || child.data.trim() === '')
  );
}

/** The text of the <title> among a <head>'s children, or ''. */
function titleIn(head: Element): string {
  const title = head.children.find((child) => child.type === 'tag' && child.name === 'title');
  return title ? textOf(title) : '';
}

/** A frame's address: its source against the page's base when that is a full address, else as written. */
function frameAddress(source: string, base: string | undefined): string {
  if (base === undefined || !URL.canParse(base)) return source;
  return URL.canParse(source, base) ? new URL(source, base).href : source;
}

/**
 * Turns a published web page into the report's text: the article body (a known CMS
 * container, otherwise the element with the most direct paragraph text) with its headline
 * and the meta line between them, block elements and <br> as line breaks.
 */
export function htmlToText(html: string, budget: Budget, outermost = true): string {
  const { flat, $ } = parsed(isXhtml(html) ? withCdataUnwrapped(html) : html, budget);
  // a frameset page has no body of its own (only <noframes> words): read on, it was "not a report". A saved
  // page's frames are named at the addresses its <base> gives them, which the user can open
  const base = $('base[href]').first().attr('href');
  const frames = $('frameset frame[src]')
    .map((_, frame) => frameAddress($(frame).attr('src') ?? '', base).slice(0, 200))
    .get();
  if (frames.length > 0) {
    // what a browser without frames shows: a site that prints its report there for such browsers holds it
    const noFrames = $('noframes')
      .map((_, element) => $(element).html() ?? '')
      .get()
      .sort((a, b) => b.length - a.length)[0];
    const shownWithoutFrames = noFrames === undefined ? '' : htmlToText(noFrames, budget, false);
    if (nonSpaceLength(shownWithoutFrames) >= MIN_ARTICLE_CHARS) return shownWithoutFrames;
    throw inputError(budget.file, `网页是框架页(frameset),本身没有正文;报告在它的框架 ${frames.slice(0, 3).join('、')} 中,请给出那个网页`);
  }
  const shown = articleText($.root().get(0)!, false, pageStyles(flat.html, $));
  const shownChars = nonSpaceLength(shown.text);
  let text = shown.text;
  // A page whose script shows its article (its container hidden until then: tabs, 阅读全文) is read as it
  // is once shown, when what a browser shows first is no article: too short, or outweighed by the
  // hidden text, which holds the article (a sidebar of other news beside it was read as the report).
  // a text box hidden to be copied into the page by its script holds the article as one shown does
  let textBoxes = shown.textBoxes;
  if (shown.hiddenChars > 0 && (shownChars < MIN_ARTICLE_CHARS || shown.hiddenChars > shownChars)) {
    const $all = cheerio.load(flat.html, PARSE_OPTIONS);
    shownInPlace($all, flat.html, budget);
    const all = articleText($all.root().get(0)!, true, pageStyles(flat.html, $all));
    if (shownChars < MIN_ARTICLE_CHARS || all.bodyHidden) text = all.text;
    textBoxes = all.textBoxes;
  }
  if (nonSpaceLength(text) >= MIN_ARTICLE_CHARS) {
    // a page whose script writes its article (document.write, a var articleHtml put in by jQuery) shows
    // only its chrome in the markup (related links, a meta table): the script's article, far longer, is it
    const written = outermost ? scriptDataArticle(html, SCRIPT_ARTICLE_RATIO * nonSpaceLength(text)) : undefined;
    return written === undefined ? text : scriptArticleText(written, html, budget);
  }
  // an article set in a text box (an editor's, or one read-only) is shown there, as its markup or its lines
  // (what a text box or a script's data holds is read as a page whose own are not looked into)
  const box = outermost ? textBoxes.find((content) => nonSpaceLength(content) >= MIN_ARTICLE_CHARS) : undefined;
  if (box !== undefined) {
    // htmlparser2 leaves a text box's character references as written; a browser shows them as characters
    const content = MARKUP.test(box) ? box : cheerio.load(box, PARSE_OPTIONS).root().text();
    return MARKUP.test(content) ? htmlToText(content, budget, false) : linesOf(content);
  }
  // a page that only forwards (页面跳转中) or shows another page inside itself was "empty" or "not a report"
  // (in the markup as given: reading the article dropped the <head> and the frames)
  const refreshTag = html.match(/<meta\s[^>]{0,500}>/gi)?.find((tag) => /http-equiv\s*=\s*["']?refresh\b/i.test(tag));
  const refresh = refreshTag && /\burl\s*=\s*['"]?([^'"\s>]{1,100})/i.exec(refreshTag)?.[1];
  if (refresh) throw inputError(budget.file, `网页只是跳转页,本身没有正文;它会跳转到 ${refresh},请给出那个网页`);
  const shownFile = embeddedDocument(html);
  if (shownFile !== undefined) {
    throw inputError(budget.file, `网页本身没有正文,报告是网页中内嵌显示的文件 ${shownFile};请下载该文件,直接给出它再试`);
  }
  const inner = /<iframe\s[^>]{0,300}?\bsrc\s*=\s*["']?([^"'\s>]{1,100})/i.exec(html)?.[1];
  if (inner) throw inputError(budget.file, `网页本身没有正文,内容在内嵌的网页(iframe)${inner} 中,请给出那个网页`);
  const data = outermost ? scriptDataArticle(html, MIN_ARTICLE_CHARS) : undefined;
  if (data !== undefined) return scriptArticleText(data, html, budget);
  if (nonSpaceLength(text) === 0 && /<script\b/i.test(html)) {
    throw inputError(budget.file, '网页本身没有正文,内容由脚本在浏览器中生成;请在浏览器中打开后复制正文,另存为 .txt 再试');
  }
  // a scan published page by page as pictures, under a title at most: read on, it was "empty" or "not a report"
  if (/<img\b/i.test(html)) {
    throw inputError(budget.file, `网页正文几乎只有图片(文字不足 ${MIN_ARTICLE_CHARS} 字),可能是扫描件,需要先做文字识别(OCR)再导入`);
  }
  return text;
}

/** How many times longer than what the page's markup shows a script's article is to be read instead. */
const SCRIPT_ARTICLE_RATIO = 2;

/** A script's article (see scriptDataArticle) read, under the page's title when it does not hold it. */
function scriptArticleText(data: string, html: string, budget: Budget): string {
  const article = MARKUP.test(data) ? htmlToText(data, budget, false) : linesOf(data);
  const title = titleFromPageTitle(
    cheerio
      .load(PAGE_TITLE.exec(html)?.[1] ?? '', PARSE_OPTIONS)
      .root()
      .text(),
  );
  return title && !article.includes(title) ? `${title}\n${article}` : article;
}

/** An element that shows a file inside the page, and the address it shows (src=, data=). */
const EMBEDDING = /<(embed|object|iframe)\s[^>]{0,500}?\b(?:src|data)\s*=\s*["']?([^"'\s>]{1,500})[^>]{0,500}>/gi;
/** A document's file, by its name's extension. */
const DOCUMENT_FILE = /\.(?:pdf|ofd|docx?|wps|rtf)(?:[?#]|$)/i;
/** A document's file, by the type the element declares. */
const DOCUMENT_TYPE = /\btype\s*=\s*["']?application\/(?:pdf|ofd|msword)/i;
/** The file a viewer's page is given to show (pdf.js's viewer.html?file=…, an OFD viewer's ?file=). */
const VIEWED_FILE = /[?&](?:file|url)=([^&#]+)/i;

/**
 * The address of the document a page shows inside itself (<embed src="….pdf">, <object data="….pdf" type="application/pdf">,
 * pdf.js's viewer in an <iframe> given ?file=….pdf): a page published so has no article of its own but its title, and
 * was read as a report of a line, or told only "内嵌的网页 viewer.html".
 */
function embeddedDocument(html: string): string | undefined {
  if (!/<(?:embed|object|iframe)\s/i.test(html)) return undefined;
  for (const [tag, , written] of html.matchAll(EMBEDDING)) {
    const viewed = VIEWED_FILE.exec(written!)?.[1];
    const address = viewed === undefined ? written! : decodeUriComponentOr(viewed);
    if (DOCUMENT_FILE.test(address) || DOCUMENT_TYPE.test(tag)) return address.slice(0, 200);
  }
  return undefined;
}

/**
 * The text of a document written out as a web page (an .odt's, an .rtf's body): all of it, as a
 * fragment is read; no article is looked for among its blocks, and none is left out as a page's
 * sidebar or its links.
 */
export function documentHtmlToText(html: string, budget: Budget): string {
  const { $ } = parsed(html, budget);
  // a note's mark raised or lowered beside a figure (an RTF's {\super 1}) is no digit of it, as on a page
  if (html.includes('<sup>') || html.includes('<sub>')) {
    const marks = $('sup, sub')
      .get()
      .filter((element) => isFootnoteMark(textOf(element), textBeside(element, 'prev'), textBeside(element, 'next')));
    for (const mark of marks) $(mark).remove();
  }
  return blockText($.root().get(0)!);
}

/**
 * The text a fragment of markup shows, all of it (a Markdown report's HTML blocks): what the page
 * reader leaves unread as not shown (hidden, a closed <details>'s body, struck, a note's mark) is
 * left so here, by the same walk.
 */
export function shownFragmentText(html: string, budget: Budget): string {
  const { flat, $ } = parsed(html, budget);
  const root = $.root().get(0)!;
  return blockText(root, undefined, walkPage(root, false, pageStyles(flat.html, $)).preformatted);
}

/** The element each line is read in by shownLinesText: a name no HTML element has, which no tag but its own end tag closes. */
const LINE_ELEMENT = 'duibiao-line';
/** Lines read in one parse: a long text's are parsed in parts, each within the budget's elements as a page is. */
const LINES_A_PARSE = 1000;

/**
 * The text each of several lines of markup shows (a Markdown report's lines with inline HTML), as
 * shownFragmentText reads a fragment, many in one parse: each line in an element of its own, whose end
 * tag closes what the line left open, as a viewer's paragraph does (a parse a line took some 40 µs). A
 * line that left a raw text element open (<script>, <textarea>) swallows the lines after it: then each
 * of them is read alone.
 */
export function shownLinesText(lines: readonly string[], budget: Budget): string[] {
  const shown: string[] = [];
  for (let from = 0; from < lines.length; from += LINES_A_PARSE) {
    const part = lines.slice(from, from + LINES_A_PARSE);
    const { flat, $ } = parsed(part.map((line) => `<${LINE_ELEMENT}>${line}</${LINE_ELEMENT}>`).join('\n'), budget);
    const read = $.root().children(LINE_ELEMENT).get();
    if (read.length !== part.length) {
      shown.push(...part.map((line) => shownFragmentText(`<p>${line}</p>`, budget)));
      continue;
    }
    const { preformatted } = walkPage($.root().get(0)!, false, pageStyles(flat.html, $));
    shown.push(...read.map((line) => blockText(line, undefined, preformatted)));
  }
  return shown;
}

/** Text as it is written in markup (that of a document written out as a web page). */
export const inMarkup = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The markup parsed, within the budget's elements. */
function parsed(html: string, budget: Budget): { flat: ReturnType<typeof flattenDeepNesting>; $: cheerio.CheerioAPI } {
  // htmlparser2 (in HTML mode) rather than parse5, and never deeper than the limit: both are quadratic in nesting depth.
  const flat = flattenDeepNesting(html, budget.limits.htmlDepth);
  if (flat.elements > budget.limits.htmlElements) throw budget.exceeded('htmlElements', String(flat.elements));
  if (flat.dropped > 0)
    log.warn({ file: budget.file, dropped: flat.dropped, depth: budget.limits.htmlDepth }, 'elements nested beyond the depth limit flattened');
  budget.checkTime();
  const $ = cheerio.load(flat.html, PARSE_OPTIONS);
  if (flat.html.includes('mso-list') || WORD_LIST_TAB_MARK.test(flat.html)) closeWordListLabels($);
  shownInPlace($, flat.html, budget);
  return { flat, $ };
}

/**
 * What a browser shows where the walk drops an element or parts a pair, set in its place:
 * - an <object> of a plug-in no browser runs any more (Flash, ActiveX, an applet; one of no document a browser shows)
 *   shows its fallback content, the markup inside it but its <param>s: the sentence written there was lost;
 * - an <iframe srcdoc> shows the page it holds where it stands: a paragraph or a table of figures set in one inside a
 *   page of its own text was lost (a page whose article is all in one, as some portals' viewers write it, is read so too);
 * - a description list's term and its one short description (<dt>审查规范性文件</dt><dd>15件</dd>) are a label and its
 *   value, read as one line (审查规范性文件：15件): each was a line of its own, the figure under its label.
 */
function shownInPlace($: cheerio.CheerioAPI, html: string, budget: Budget): void {
  if (html.includes('<object')) {
    for (const object of $('object').get()) {
      if (!isPluginObject(object)) continue;
      $(object).children('param').remove();
      $(object).replaceWith($(object).contents());
    }
  }
  if (html.includes('srcdoc')) {
    for (const frame of $('iframe[srcdoc]').get()) {
      // within the depth and the elements a page may have, as the page holding it
      const framed = flattenDeepNesting(frame.attribs.srcdoc ?? '', budget.limits.htmlDepth);
      if (framed.elements > budget.limits.htmlElements) throw budget.exceeded('htmlElements', String(framed.elements));
      const inner = cheerio.load(framed.html, PARSE_OPTIONS);
      const body = inner('body');
      $(frame).replaceWith(`<div>${(body.length > 0 ? body.html() : inner.root().html()) ?? ''}</div>`);
    }
  }
  if (html.includes('<dt')) {
    for (const term of $('dl > dt').get()) {
      const next = $(term).next();
      if (!next.is('dd') || next.next().is('dd') || $(term).prev().is('dt')) continue;
      const [label, value] = [$(term).text().trim(), next.text().trim()];
      if (label === '' || value === '' || [...label].length > MAX_TERM_CHARS || [...value].length > MAX_CELL_CHARS) continue;
      if ($(term).find(PAIR_BLOCKS).length > 0 || next.find(PAIR_BLOCKS).length > 0) continue;
      const colon = /[:：]$/.test(label) ? '' : '：';
      next.replaceWith(`<div>${$(term).html() ?? ''}${colon}${next.html() ?? ''}</div>`);
      $(term).remove();
    }
  }
}

/** A description list's term read with its description on one line: a label's length at most. */
const MAX_TERM_CHARS = 30;
/** Blocks inside a term or a description that make it no label nor value. */
const PAIR_BLOCKS = 'p, div, ul, ol, dl, table, h1, h2, h3, h4, h5, h6, blockquote, pre';
/** The kinds of document a browser shows in an <object> itself, its fallback unseen: a PDF, a page, a picture, a text. */
const SHOWN_OBJECT_TYPE = /^(?:image\/|text\/|application\/(?:pdf|xhtml\+xml|xml)\b)/i;
const SHOWN_OBJECT_DATA = /\.(?:pdf|html?|shtml|xhtml|jpe?g|png|gif|svg|webp|bmp|txt)(?:[?#]|$)/i;

/** Whether an <object> is a plug-in's (Flash's, an ActiveX control's, an applet's), which no browser runs: its fallback shows. */
function isPluginObject(object: Element): boolean {
  const { type, data, classid } = object.attribs;
  if (classid !== undefined) return true;
  if (type !== undefined && type.trim() !== '') return !SHOWN_OBJECT_TYPE.test(type.trim());
  return data !== undefined && data.trim() !== '' && !SHOWN_OBJECT_DATA.test(data.trim());
}

/** The style Word gives the label it types before a list item in a page it saves: the number and the blanks standing for the tab after it. */
const WORD_LIST_LABEL = /mso-list\s*:\s*ignore/i;
/**
 * The style of the run of blanks Word writes for that tab, set at 7 pt, inside the label's run: the one mark of a label a
 * filtered page (or a list Word numbered by hand) keeps, without mso-list:Ignore.
 */
const WORD_LIST_TAB = /^\s*font\s*:\s*7(?:\.0)?pt\b/i;
const WORD_LIST_TAB_MARK = /font\s*:\s*7(?:\.0)?pt/i;
/** A list item's label: a number or a bullet, a few characters. */
const MAX_LIST_LABEL_CHARS = 8;

/**
 * Each label of Word's list items without the blanks that stand for its tab (一、&nbsp;&nbsp;&nbsp;…主要举措 read
 * 一、      主要举措): a label ending in a Chinese sign meets its item, one ending in a Latin one (1.) keeps a space.
 */
function closeWordListLabels($: cheerio.CheerioAPI): void {
  // the blank after a Latin label
  const blankAfter = (label: string) => (/[\x21-\x7E]$/.test(label) ? ' ' : '');
  $('span[style]').each((_, span) => {
    const style = span.attribs.style ?? '';
    if (WORD_LIST_LABEL.test(style)) {
      const text = $(span).text();
      const label = text.replace(/[\s\u00A0]+$/, '');
      if (label !== text) $(span).text(label + blankAfter(label));
      return;
    }
    // the tab's blanks as the last of the label's run, after its number or bullet (1.<span style='font:7.0pt …'>&nbsp;…</span>)
    if (!WORD_LIST_TAB.test(style) || span.next !== null || !/^[\s\u00A0]+$/.test($(span).text())) return;
    const parent = $(span).parent();
    const label = parent.text().slice(0, -$(span).text().length).trim();
    if (label === '' || [...label].length > MAX_LIST_LABEL_CHARS || /\s/.test(label)) return;
    $(span).text(blankAfter(label));
  });
}

const PARSE_OPTIONS = { xml: { xmlMode: false, decodeEntities: true } };

/** Below this many characters a page has no article of its own. */
const MIN_ARTICLE_CHARS = 100;

/** A tag: a text box's content that holds tags is an editor's markup. */
const MARKUP = /<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>/i;

/** A text box's lines, as it shows them, without blank ones. */
const linesOf = (content: string): string =>
  content
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');

/** XHTML, which a browser reads as XML: an XML declaration, or the XHTML namespace on <html>. */
const isXhtml = (html: string): boolean =>
  /^\s*(?:<\?xml\b|(?:<!DOCTYPE[^>]*>\s*)?<html\b[^>]*\bxmlns\s*=\s*["']http:\/\/www\.w3\.org\/1999\/xhtml["'])/i.test(html.slice(0, 2048));

const CDATA_START = '<![CDATA[';
const CDATA_END = ']]>';

/**
 * XML reads a CDATA section as text, where HTML drops it as a comment: an XHTML page whose body was all
 * in one was "empty". The sections' markers go and their content is read with the page's: its text as
 * text, and the tags an editor kept in it as the markup they were written as.
 */
function withCdataUnwrapped(html: string): string {
  let out = '';
  let from = 0;
  for (let start = html.indexOf(CDATA_START); start >= 0; start = html.indexOf(CDATA_START, from)) {
    const end = html.indexOf(CDATA_END, start);
    if (end < 0) break;
    out += html.slice(from, start) + html.slice(start + CDATA_START.length, end);
    from = end + CDATA_END.length;
  }
  return from === 0 ? html : out + html.slice(from);
}

const PAGE_TITLE = /<title\b[^>]{0,200}>([^<]{1,500})<\/title>/i;
/** A Han character: a report's article is Chinese prose. */
const HAN = /\p{Script=Han}/gu;

/**
 * The article a portal's page keeps only in its scripts (window.__INITIAL_STATE__ = {…}, a
 * <script type="application/json">, a var articleHtml = '…', document.write('…') a paragraph a call, a
 * base64 data- attribute), which its script writes into the page in a browser: the longest text there
 * (see scriptTexts) of more than `minChars` characters, markup or text, mostly Chinese prose (a
 * script's other data, menus, counters, code, is no article). Read as it was, the page was refused as
 * made by a script, or read as its chrome. Undefined when no text is that long.
 */
function scriptDataArticle(html: string, minChars: number): string | undefined {
  let best: { text: string; chars: number } | undefined;
  for (const text of scriptTexts(html, minChars)) {
    const words = text.replace(TAGS, '');
    const chars = nonSpaceLength(words);
    if (chars >= minChars && chars > (best?.chars ?? 0) && (words.match(HAN)?.length ?? 0) * 2 >= chars) best = { text, chars };
  }
  return best?.text;
}

const TAGS = /<[^<>]{0,2000}>/g;

interface Article {
  text: string;
  /** non-whitespace characters of the hidden text left out */
  hiddenChars: number;
  /** whether the article's body is hidden (when hidden elements are read as shown) */
  bodyHidden: boolean;
  /** the page's text boxes' contents */
  textBoxes: string[];
}

/** The article: its body with the headline and the meta line between them, and what of the page was left out. */
function articleText(root: ParentNode, showHidden: boolean, styles: PageStyles): Article {
  const page = walkPage(root, showHidden, styles);
  const { text, body } = pageArticle(page, root);
  let bodyHidden = false;
  for (let node: ParentNode | null = body ?? null; node && !bodyHidden; node = node.parent) bodyHidden = page.hidden.has(node as Element);
  return { text, hiddenChars: page.hiddenChars, bodyHidden, textBoxes: page.textBoxes };
}

/** The article's text, and its body (none for a fragment, read whole). */
function pageArticle(page: Page, root: ParentNode): { text: string; body?: Element } {
  const body = findBody(page);
  // a fragment (paragraphs with no <html> or <body> around them) has its article at the root:
  // read as the page's, only its longest paragraph was kept
  if (!body || ownParagraphText(page, root) > ownParagraphText(page, body)) return { text: blockText(root, linksIn(page, root), page.preformatted) };
  const paged = pagesSavedWhole(page, body);
  if (paged) return { text: paged.map((block) => blockText(block, linksIn(page, block), page.preformatted)).join('\n'), body };
  const links = linksIn(page, body);
  const headline = findHeadline(page, body);
  // taken before what follows the body is cut
  const below =
    figureCellsBelow(page, body)
      .map((cell) => `\n${blockText(cell, undefined, page.preformatted)}`)
      .join('') +
    figurePanelsBeside(page, body)
      .map((item) => `\n${item}`)
      .join('');
  if (!headline) {
    const title = titleFromPageTitle(page.title);
    const text = blockText(body, links, page.preformatted);
    return { text: (title && !text.includes(title) ? `${title}\n${text}` : text) + below, body };
  }
  const region = commonAncestor(headline, body);
  if (region && textLength(page, region) - textLength(page, body) - textLength(page, headline) <= MAX_EXTRA_CHARS) {
    cutAfter(body, region);
    return { text: blockText(region, links, page.preformatted) + below, body };
  }
  return { text: `${blockText(headline, undefined, page.preformatted)}\n${blockText(body, links, page.preformatted)}${below}`, body };
}

/** How far up from the article's body its page's block is looked for. */
const MAX_PAGE_BLOCK_LEVELS = 6;

/**
 * The pages of a paged article saved whole, each a block of its own (its title, its 发布时间 block, its part of the
 * article, its pager), when the article's body is in one of them: the body's block or one around it, and the blocks
 * beside it alike (the same element, of the same class) that hold a pager as it does. Read as one page's article, the
 * body's page alone was read (and the pages before it, as the region of its headline), the rest cut off as what follows
 * an article. See page-links.ts's withoutPager for the pagers, and rewrap.ts's page seams for the repeats.
 */
function pagesSavedWhole(page: Page, body: Element): Element[] | undefined {
  let block: Element = body;
  for (let level = 0; level < MAX_PAGE_BLOCK_LEVELS && block.parent && block.parent.type === 'tag'; level++) {
    const parent: Element = block.parent;
    const alike = parent.children.filter(
      (child): child is Element => child.type === 'tag' && child.name === block.name && child.attribs.class === block.attribs.class,
    );
    // each page's pager counts the same pages (a list of other articles beside, with a pager of its own, counts others)
    const counts = new Set(alike.map((child) => pagerPages(page, child)));
    if (alike.length >= 2 && counts.size === 1 && !counts.has(0) && alike.includes(block)) return alike;
    block = parent;
  }
  return undefined;
}

/** The pages the pager an element holds counts (its first: an element inside it whose text is page links and nothing else), 0 without one. */
function pagerPages(page: Page, element: Element): number {
  const last = page.last.get(element) ?? -1;
  for (let k = (page.index.get(element) ?? last) + 1; k <= last; k++) {
    const inner = page.elements[k]!;
    const length = textLength(page, inner);
    if (length === 0 || length > MAX_PAGER_CHARS) continue;
    const text = textOf(inner);
    if (isPager(text)) return pagesNamed(text);
  }
  return 0;
}

/**
 * The cells of a layout table, in the rows under the one whose cell holds the article's body, that
 * hold tables of figures and little else: a page laid out in a table sets the article's figures in
 * a row of their own under it, and a sidebar beside the article, in the same row (its links, its
 * columns' names), not under it. Read as a sidebar, the figures were lost.
 */
function figureCellsBelow(page: Page, body: Element): Element[] {
  let cell: ParentNode | null = body;
  while (cell && !(cell.type === 'tag' && CELL_TAGS.has(cell.name))) cell = cell.parent;
  const row = cell?.parent;
  if (!row || row.type !== 'tag' || row.name !== 'tr') return [];
  let table: ParentNode | null = row.parent;
  while (table && !(table.type === 'tag' && table.name === 'table')) table = table.parent;
  if (!table) return [];
  const rows = rowsOf(table);
  return rows
    .slice(rows.indexOf(row) + 1)
    .flatMap((below) => below.children.filter((child): child is Element => child.type === 'tag' && CELL_TAGS.has(child.name)))
    .filter((candidate) => holdsFigureTables(page, candidate));
}

/**
 * The items of a data panel beside the article: an <aside> (or a block of role complementary) outside its body whose
 * lists are each of short items, a label and its figure with no link (数据看板: 复议审结:198件, 执法记录仪配备:1860台). A
 * reader of the page reads them beside the report as its figures; they stood only there. A sidebar's lists of links
 * (相关链接: other places' news), of longer lines or of items without a figure are none of it.
 */
function figurePanelsBeside(page: Page, body: Element): string[] {
  const items: string[] = [];
  for (const element of page.elements) {
    if (element.name !== 'aside' && element.attribs.role !== 'complementary') continue;
    if (isInside(page, element, body) || isInside(page, body, element) || element === body) continue;
    let hidden = false;
    for (let node: ParentNode | null = element; node && !hidden; node = node.parent) hidden = page.hidden.has(node as Element);
    if (hidden) continue;
    for (const list of page.elements) {
      if ((list.name !== 'ul' && list.name !== 'ol') || !isInside(page, list, element)) continue;
      const entries = list.children.filter((child): child is Element => child.type === 'tag' && child.name === 'li');
      const lines = entries.map((entry) => (holdsLink(entry) ? '' : blockText(entry).replace(/\s+/g, ' ').trim()));
      if (lines.length >= 2 && lines.every((line) => PANEL_ITEM.test(line))) items.push(...lines);
    }
  }
  return items;
}

/** An item of a data panel: a label of a few words, a colon, a figure and its unit (复议审结:198件, 审核率:100%). */
const PANEL_ITEM = /^[^\d:：,，。;；]{2,16}[:：]\s*\d[\d,.]*\s*[^\d\s:：,，。;；]{0,3}$/;

/** A table's own rows, in its thead, tbody and tfoot too (not those of a table nested in a cell). */
function rowsOf(table: Element): Element[] {
  return table.children.flatMap((child) =>
    child.type !== 'tag'
      ? []
      : child.name === 'tr'
        ? [child]
        : ['thead', 'tbody', 'tfoot'].includes(child.name)
          ? child.children.filter((row): row is Element => row.type === 'tag' && row.name === 'tr')
          : [],
  );
}

/** Whether a cell holds tables of figures (see isFigureTable) and, beside them, no more than a caption. */
function holdsFigureTables(page: Page, cell: Element): boolean {
  const tables: Element[] = [];
  const stack: AnyNode[] = [...cell.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    if (node.name === 'table') tables.push(node);
    else for (const child of node.children) stack.push(child);
  }
  if (tables.length === 0 || !tables.every(isFigureTable)) return false;
  return textLength(page, cell) - tables.reduce((sum, table) => sum + textLength(page, table), 0) <= MAX_CELL_CHARS;
}

/** A table of figures: two rows or more, each of short cells (a label, a value), some of them figures, and no links. */
function isFigureTable(table: Element): boolean {
  const rows = rowsOf(table);
  let figures = false;
  for (const row of rows) {
    const cells = row.children.filter((child): child is Element => child.type === 'tag' && CELL_TAGS.has(child.name));
    for (const cell of cells) {
      const text = cellText(cell);
      if (text === undefined || holdsLink(cell)) return false;
      figures ||= /\d/.test(text);
    }
  }
  return rows.length >= 2 && figures;
}

function holdsLink(element: Element): boolean {
  const stack: AnyNode[] = [element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    if (isLinkToPage(node)) return true;
    for (const child of node.children) stack.push(child);
  }
  return false;
}

/** The blocks of links inside the article's body: links to other articles, no part of the report. */
function linksIn(page: Page, body: AnyNode): Set<Element> {
  const links = new Set<Element>();
  for (const block of page.linkBlocks) if (body.type === 'root' || (block !== body && isInside(page, block, body as Element))) links.add(block);
  return links;
}

/**
 * Cuts what follows `node` inside `ancestor` out of the tree: after the article's body come the
 * page's tools, its readers' comments and links to other articles, no part of the report.
 */
function cutAfter(node: AnyNode, ancestor: AnyNode): void {
  for (let child = node; child !== ancestor && child.parent; child = child.parent) {
    const siblings = child.parent.children;
    siblings.length = siblings.indexOf(child) + 1;
  }
}

/** The concatenated text under a node; iterative, as nesting can be deep. */
function textOf(node: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'text') parts.push(current.data);
    else if ('children' in current) for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]!);
  }
  return parts.join('');
}

function textLength(page: Page, node: AnyNode): number {
  return page.textLength.get(node) ?? 0;
}

/** Sum of the text directly inside the element: its own text nodes and paragraph-like children. */
function ownParagraphText(page: Page, element: ParentNode): number {
  let total = 0;
  for (const child of element.children) {
    if (child.type === 'text') total += child.data.trim().length;
    else if (child.type === 'tag' && (PARAGRAPH_TAGS.has(child.name) || page.paragraphBlocks.has(child))) total += textLength(page, child);
  }
  return total;
}

function isInside(page: Page, inner: Element, outer: Element): boolean {
  const at = page.index.get(inner) ?? -1;
  return at > (page.index.get(outer) ?? Infinity) && at <= (page.last.get(outer) ?? -1);
}

function findBody(page: Page): Element | undefined {
  let best: Element | undefined;
  let bestScore = 0;
  for (const element of page.elements) {
    const score = ownParagraphText(page, element);
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  if (!best) return undefined;
  // Prefer the innermost known container that holds the best paragraph block, unless it is the whole page.
  const bestText = textLength(page, best);
  const known = page.elements
    .filter((element) => (element === best || isInside(page, best, element)) && matchesAny(element, KNOWN_CONTAINERS))
    .map((element) => ({ element, length: textLength(page, element) }))
    .filter(({ length }) => length <= bestText * 3)
    .sort((a, b) => a.length - b.length);
  const chosen = known[0]?.element ?? best;
  return (chosen === best ? formTableOf(page, best) : undefined) ?? chosen;
}

/** Most characters a form's label cell holds (来信内容, 回复时间, 办理单位). */
const MAX_LABEL_CHARS = 8;
/** A form has at least this many rows that open with a label. */
const MIN_FORM_ROWS = 3;

/**
 * The table of a form whose value cell `cell` holds the most text (a portal's letter page: 来信标题 | …, 来信内容 | …, 回复单位 |
 * … | 回复时间 | …, 回复内容 | …): its other fields tell who asked, who answered and when, and are read with it. Undefined
 * when the cell is no field beside its label, or its table has fewer labelled rows (a page laid out in a table's cells).
 */
function formTableOf(page: Page, cell: Element): Element | undefined {
  const row = cell.parent;
  if (!CELL_TAGS.has(cell.name) || row?.type !== 'tag' || row.name !== 'tr') return undefined;
  const table = tableOf(row);
  if (table?.type !== 'tag') return undefined;
  const cellsOf = (r: Element): Element[] => r.children.filter((c): c is Element => c.type === 'tag' && CELL_TAGS.has(c.name));
  const isLabel = (c: Element | undefined): boolean => c !== undefined && textLength(page, c) > 0 && textLength(page, c) <= MAX_LABEL_CHARS && !hasLink(c);
  const first = cellsOf(row)[0];
  if (first === cell || !isLabel(first)) return undefined;
  // its own rows, not those of a table of figures nested in one of its cells
  const rows = page.elements.filter((e) => e.name === 'tr' && isInside(page, e, table) && tableOf(e) === table);
  return rows.filter((r) => isLabel(cellsOf(r)[0])).length >= MIN_FORM_ROWS ? table : undefined;
}

/** The table a row belongs to: the nearest around it. */
function tableOf(row: Element): ParentNode | null {
  let table: ParentNode | null = row.parent;
  while (table?.type === 'tag' && table.name !== 'table') table = table.parent;
  return table;
}

/** Whether a link stands inside the element (a menu's cell, no form's label). */
function hasLink(element: Element): boolean {
  return element.children.some((c) => c.type === 'tag' && (c.name === 'a' || hasLink(c)));
}

/** The last headline before the body in document order, neither inside it nor around it. */
function findHeadline(page: Page, body: Element): Element | undefined {
  const bodyIndex = page.index.get(body) ?? 0;
  let found: Element | undefined;
  for (const element of page.elements.slice(0, bodyIndex)) {
    if (!matchesAny(element, HEADLINES) || isInside(page, body, element)) continue;
    const length = textLength(page, element);
    if (length >= 6 && length <= 150) found = element;
  }
  return found;
}

function commonAncestor(a: AnyNode, b: AnyNode): AnyNode | undefined {
  const ancestors = new Set<AnyNode>();
  for (let node: AnyNode | null = a; node; node = node.parent) ancestors.add(node);
  for (let node: AnyNode | null = b; node; node = node.parent) if (ancestors.has(node)) return node;
  return undefined;
}

/**
 * What parts a portal's page title: 报告标题_网站名, 报告标题 - 网站名, 报告标题 -- 网站名, and, as
 * Chinese sites write them, 报告标题｜网站名, 报告标题——网站名 and 报告标题-网站名 (a hyphen between
 * Chinese words; one between figures, 2021-2022年, parts nothing).
 */
const PAGE_TITLE_SEPARATOR = /[_|｜]|\s[-–—]{1,2}\s|—{1,2}|(?<=[\u3400-\u9fff])[-－](?=[\u3400-\u9fff])/;

/** The parts of a portal's page title (报告标题, 网站名, 栏目名). */
const pageTitleParts = (pageTitle: string): string[] => pageTitle.split(PAGE_TITLE_SEPARATOR).map((part) => part.trim());

/** The longest of the parts: the article's title. */
const longestPart = (parts: readonly string[]): string => parts.reduce((longest, part) => (part.length > longest.length ? part : longest), '');

/** A portal's page title without its site's name and its column's: the longest part. */
function titleFromPageTitle(pageTitle: string): string {
  return longestPart(pageTitleParts(pageTitle));
}

/**
 * The site's name (and its column's) in a page's <title>, the parts beside the article's title (报告标题_某市政协 →
 * 某市政协), joined by a line break; undefined for a title of one part. The page's banner and footer, which name the
 * site too, are left out of the article as its chrome.
 */
export function pageSite(html: string): string | undefined {
  const pageTitle = PAGE_TITLE.exec(html)?.[1];
  if (pageTitle === undefined) return undefined;
  const parts = pageTitleParts(cheerio.load(pageTitle, PARSE_OPTIONS).root().text());
  const title = longestPart(parts);
  const others = parts.filter((part) => part !== title && part !== '');
  return others.length === 0 ? undefined : others.join('\n');
}

/** A figure alone: what an inline element of a chart's axis or a row of values holds (0, 150, 1,024, 13.9%). */
const BARE_FIGURE = /^\s*[\d\uFF10-\uFF19][\d\uFF10-\uFF19,.\uFF0C\uFF0E]*[%\uFF05]?\s*$/;

/** Whether a node is an inline element that holds a figure alone (<span>150</span>). */
const isFigureElement = (node: AnyNode | undefined): boolean =>
  node !== undefined &&
  node.type === 'tag' &&
  !BLOCK_TAGS.has(node.name) &&
  node.children.length === 1 &&
  node.children[0]!.type === 'text' &&
  BARE_FIGURE.test(node.children[0]!.data);

/** How many figures alone side by side make a run of values. */
const MIN_FIGURE_RUN = 3;

/**
 * The runs of three or more inline elements side by side that each hold a figure alone (复议收案（件）<span>0</span><span>50</span>
 * <span>100</span>, a chart's axis ticks set apart by its style): values of their own, no figure run together with the
 * words before them (050100150). By child index, where each stands in its run; undefined when there are none. The run is
 * written on a line of its own, its values apart. Two make no run: an editor's markup may part one figure in two (<span>20</span>
 * <span>24</span>), as a word processor's runs do.
 */
function numberRuns(children: readonly AnyNode[]): Map<number, 'first' | 'middle' | 'last'> | undefined {
  let runs: Map<number, 'first' | 'middle' | 'last'> | undefined;
  for (let i = 0; i < children.length;) {
    let end = i;
    while (isFigureElement(children[end])) end++;
    if (end - i >= MIN_FIGURE_RUN) {
      runs ??= new Map();
      for (let k = i; k < end; k++) runs.set(k, k === i ? 'first' : k === end - 1 ? 'last' : 'middle');
    }
    i = Math.max(end, i + 1);
  }
  return runs;
}

/**
 * The text of a subtree with block boundaries and <br> as line breaks, no empty lines,
 * table cells separated by a space, the `skipped` elements left out, the line ends of `preformatted`
 * ones (by their style; see isPreformatted) kept. Iterative, so deeply nested markup cannot overflow the stack.
 */
export function blockText(root: AnyNode, skipped: ReadonlySet<AnyNode> = new Set(), preformatted: ReadonlySet<Element> = new Set()): string {
  // written in pieces, joined once: a string grown by += and asked endsWith at every block was
  // flattened each time, quadratic in a page's length
  const pieces: string[] = [];
  // nothing written yet, or what was written ends a line
  let atLineStart = true;
  // the piece of the last <br>, while only inline markup has followed it
  let lastBreak = -1;
  const write = (text: string) => {
    if (text === '') return;
    // a <br> inside a figure (1<br>2件, 46<br>件, 8.<br>7%) an editor left there: a browser parts it, a reader joins it
    if (lastBreak >= 0 && FIGURE_GOES_ON.test(text) && FIGURE_CUT.test(pieces[lastBreak - 1] ?? '')) pieces[lastBreak] = '';
    // a <br> text follows on its line: a line break inside the paragraph, read with what it parts
    else if (lastBreak >= 0) pieces[lastBreak] = LINE_SEPARATOR;
    lastBreak = -1;
    pieces.push(text);
    atLineStart = text.endsWith('\n');
  };
  const newline = () => {
    if (!atLineStart) write('\n');
    else lastBreak = -1;
  };
  const stack: Array<AnyNode | 'newline' | 'space' | 'item-end' | 'preformatted-end' | 'quote-end'> = [root];
  // how many quotations (<q>) the walk is in: a browser sets “ ” around one, ‘ ’ around one inside it
  let quotes = 0;
  // how many preformatted elements the walk is in: their line ends are line breaks
  let inPreformatted = 0;
  const numbers = new Map<Element, Map<Element, number>>();
  const columnOrders = new Map<Element, ColumnOrder | undefined>();
  const mergedDown = new Map<AnyNode, ReadonlyArray<MergedDown<Element>>>();
  const spanningAbove = new Map<AnyNode, readonly SpanningHeader[]>();
  // a list item's number, written before the item's first text (which may sit in a block of its own)
  let marker = '';
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === 'newline') newline();
    else if (item === 'space') write(' ');
    else if (item === 'item-end') marker = '';
    else if (item === 'preformatted-end') inPreformatted--;
    else if (item === 'quote-end') write(--quotes % 2 === 0 ? '\u201D' : '\u2019');
    else if (item.type === 'text') {
      const text = inPreformatted > 0 ? item.data.replace(/\r\n?/g, '\n') : collapseSourceWhitespace(item.data);
      if (marker !== '' && text.trim() !== '') {
        // a browser shows the number apart from the item (4. 6项…, not 4.6项): a blank unless the item opens with one
        write(/^\s/.test(text) ? marker : apartFromItem(marker));
        marker = '';
      }
      write(text);
    } else if (item.type === 'tag' || item.type === 'root' || item.type === 'script' || item.type === 'style') {
      const element = item as Element;
      if (element.name === 'br') {
        write('\n');
        lastBreak = pieces.length - 1;
        continue;
      }
      if (skipped.has(element)) continue;
      if (element.name === 'img') {
        // a heading drawn as a banner stands as its alt text, a heading's line (./alt-headings.ts)
        const heading = altHeading(element.attribs.alt ?? '');
        if (heading !== undefined) {
          newline();
          write(`${heading}\n`);
        }
        continue;
      }
      const isBlock = BLOCK_TAGS.has(element.name);
      if (isBlock) newline();
      if (isBlock) stack.push('newline');
      if (element.name === 'table') columnOrders.set(element, tableColumnOrder(element));
      if (isPreformatted(element) || preformatted.has(element)) {
        inPreformatted++;
        stack.push('preformatted-end');
      }
      const cells = element.name === 'tr' ? dataCells(element, mergedDown, spanningAbove) : undefined;
      if (cells) {
        newline();
        write(orderedCells(element, cells, columnOrders).join(' | '));
        newline();
        continue;
      }
      if (element.name === 'li') {
        marker = itemMarker(element, numbers);
        stack.push('item-end');
      } else if (CELL_TAGS.has(element.name)) stack.push('space');
      else if (element.name === 'q') {
        // 深化<q>放管服</q>改革 reads as a browser shows it, 深化“放管服”改革: the marks were lost
        if (marker !== '') write(apartFromItem(marker));
        marker = '';
        write(quotes++ % 2 === 0 ? '\u201C' : '\u2018');
        stack.push('quote-end');
      }
      const runs = numberRuns(element.children);
      for (let i = element.children.length - 1; i >= 0; i--) {
        const place = runs?.get(i);
        if (place === 'last') stack.push('newline');
        stack.push(element.children[i]!);
        if (place === 'first') stack.push('newline');
        else if (place !== undefined) stack.push('space');
      }
    }
  }
  // Whitespace between blocks and spacer paragraphs leave empty lines; HTML layout carries no blank-line meaning.
  return withLineBreaksInSentencesRead(pieces.join(''))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** A text ending in a figure, or its digits and a decimal point, where a <br> may cut it ... */
const FIGURE_CUT = /\d[.\uFF0E]?$/;
/**
 * ... and the rest of the figure: digits with the unit of a count (not a date's: 12<br>2025年 parts two), a blank
 * between them as typed (1<br>2 件), or the unit alone.
 */
const FIGURE_GOES_ON = new RegExp(`^[ \\t]*(?:[.\\uFF0E]?\\d+(?:[.\\uFF0E]\\d+)?[ \\t]?)?(?:${COUNTING_AFTER}|\\uFF05)`);

/** The text of a cell on one line, or undefined when the cell holds more than a label or a value. */
function cellText(cell: Element): string | undefined {
  const stack: AnyNode[] = [cell];
  let length = 0;
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') length += nonSpaceLength(node.data);
    else if (node.type === 'tag' && node.name === 'table' && node !== cell) return undefined;
    else if ('children' in node) for (const child of node.children) stack.push(child);
    if (length > MAX_CELL_CHARS) return undefined;
  }
  return blockText(cell).replace(/\n/g, ' ');
}

/** A cell's span; only a label or a value stands again in the rows under it, not a cell of page layout. */
const spanOf = (cell: Element): CellSpan => {
  const rows = Number.parseInt(cell.attribs.rowspan ?? '', 10) || 1;
  return { columns: Number.parseInt(cell.attribs.colspan ?? '', 10) || 1, rows: rows > 1 && cellText(cell) !== undefined ? rows : 1 };
};

/**
 * The texts of the cells of a row of figures (a cell merged down by rowspan in every row it spans,
 * ./table-cells.ts), or undefined for a row of page layout (one cell, or
 * a cell holding a table or paragraphs of text), written on one line (./table-cells.ts).
 */
function dataCells(
  row: Element,
  merges: Map<AnyNode, ReadonlyArray<MergedDown<Element>>>,
  spans: Map<AnyNode, readonly SpanningHeader[]>,
): string[] | undefined {
  const own = row.children.filter((child): child is Element => child.type === 'tag' && CELL_TAGS.has(child.name));
  // the rows of one table (or of one of its thead/tbody) share the cells merged down by rowspan, and the headers spanning columns
  const group = row.parent ?? row;
  const { cells, below } = withCellsMergedDown(own, merges.get(group) ?? [], spanOf);
  merges.set(group, below);
  const above = spans.get(group) ?? [];
  spans.set(group, []);
  if (cells.length < 2) return undefined;
  const texts: string[] = [];
  for (const cell of cells) {
    const text = cellText(cell);
    if (text === undefined) return undefined;
    texts.push(text);
  }
  const { texts: headed, spanning } = withSpanningHeaders(cells, texts, own, above, spanOf);
  // a form's field, its label a header cell and its value a data cell beside it (<th>来信标题</th><td colspan="3">…</td>):
  // the value spans the row's columns, no header of the row under it
  const field = own[0]?.name === 'th' && own.slice(1).every((cell) => cell.name === 'td');
  spans.set(group, field ? [] : spanning);
  return headed;
}

/** The column order of a table (see ./year-columns.ts), unless a header cell spans columns. */
function tableColumnOrder(table: Element): ColumnOrder | undefined {
  const header = firstRow(table);
  if (!header) return undefined;
  const cells = header.children.filter((child): child is Element => child.type === 'tag' && CELL_TAGS.has(child.name));
  if (cells.some((cell) => cell.attribs.colspan && cell.attribs.colspan !== '1')) return undefined;
  return columnOrderOf(cells.map((cell) => textOf(cell)));
}

/** The first row of a table, in its own rows or its thead/tbody (not in a table nested in a cell). */
function firstRow(table: Element): Element | undefined {
  for (const child of table.children) {
    if (child.type !== 'tag') continue;
    if (child.name === 'tr') return child;
    if (child.name === 'thead' || child.name === 'tbody') {
      const row = child.children.find((c): c is Element => c.type === 'tag' && c.name === 'tr');
      if (row) return row;
    }
  }
  return undefined;
}

/** The cells' texts of a row of figures, in its table's column order. */
function orderedCells(row: Element, texts: string[], orders: Map<Element, ColumnOrder | undefined>): readonly string[] {
  let table: AnyNode | null = row.parent;
  while (table && !(table.type === 'tag' && table.name === 'table')) table = table.parent;
  return inColumnOrder(texts, table ? orders.get(table) : undefined);
}

/**
 * The number a browser shows before an item of a list (一、 for list-style-type cjk-ideographic, 1. by
 * default in an <ol>, none for a bullet), as text: an outline numbered by the list, not typed, keeps its
 * numbers. The items of a list are numbered once, from its start attribute and their value attributes,
 * upward or, in a reversed list, downward (3. 2. 1. was read 1. 2. 3.).
 */
function itemMarker(item: Element, numbers: Map<Element, Map<Element, number>>): string {
  const list = item.parent;
  if (!list || list.type !== 'tag' || !LISTS.has(list.name) || numberedBySheet.has(item)) return '';
  const type = listStyleTypes.get(item) ?? listStyleTypes.get(list) ?? list.attribs.type ?? (list.name === 'ol' ? 'decimal' : 'disc');
  const marker = (n: number) => listMarker(n, type);
  if (marker(1) === '') return '';
  let numbered = numbers.get(list);
  if (!numbered) {
    numbered = new Map();
    const items = list.children.filter((child): child is Element => child.type === 'tag' && child.name === 'li');
    // a reversed list counts down, from its number of items unless it says where to start
    const step = list.attribs.reversed === undefined ? 1 : -1;
    const start = Number.parseInt(list.attribs.start ?? '', 10);
    let next = Number.isFinite(start) ? start : step > 0 ? 1 : items.length;
    for (const child of items) {
      const value = Number.parseInt(child.attribs.value ?? '', 10);
      if (Number.isFinite(value)) next = value;
      numbered.set(child, next);
      next += step;
    }
    numbers.set(list, numbered);
  }
  return marker(numbered.get(item) ?? 1);
}

/**
 * Whitespace in HTML source is layout, not text: runs collapse to one space, and a source
 * line break between two Chinese characters disappears (Chinese has no spaces between words).
 * NBSP and U+3000 are kept; the fold turns them into spaces later.
 */
/**
 * Elements a browser shows the line ends of as written: <pre> and its old forms, and blocks styled
 * white-space: pre, pre-wrap or pre-line (inline here; by a sheet's class, through the page's styles). A report published as plain text in one (a portal that
 * pastes a .txt in, an editor's pre-wrap block) was read as one paragraph, its headings run into it.
 */
const PREFORMATTED_TAGS = new Set(['pre', 'listing', 'xmp', 'plaintext']);
const PREFORMATTED_STYLE = /(?:^|;)\s*white-space\s*:\s*(?:pre|pre-wrap|pre-line|break-spaces)\s*(?:!\s*important\s*)?(?:;|$)/i;
const isPreformatted = (element: Element): boolean => PREFORMATTED_TAGS.has(element.name) || PREFORMATTED_STYLE.test(element.attribs?.style ?? '');

function collapseSourceWhitespace(data: string): string {
  return (
    data
      // eslint-disable-next-line no-control-regex -- non-ASCII is everything above \x7f
      .replace(/([^\x00-\x7f])[ \t\f]*[\r\n][ \t\r\n\f]*(?=[^\x00-\x7f])/g, '$1')
      .replace(/[ \t\r\n\f]+/g, ' ')
  );
}
