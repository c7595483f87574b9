import type { CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';

/**
 * What a web page's style puts out of a reader's sight, as a browser's cascade decides it: an
 * element's own style, and its style sheets' rules by any selector (#id, .a .b, div.x p). Anti-copy
 * tricks hide stray characters inside a figure by any of display: none, visibility: hidden,
 * opacity: 0, color: transparent, a size of 0 or off the page (position: absolute; left: -9999px):
 * 1<span class="x9">9</span>2件 was read 192件.
 */
export interface PageStyles {
  /** The value (lower case, without !important) an element's style sets for a property, or undefined. */
  of(element: Element, property: string): string | undefined;
}

/** The properties that can put text out of sight, and those that put it back: only these are cascaded. */
const SIGHT_PROPERTIES = ['display', 'visibility', 'opacity', 'color', 'font-size', 'position', 'left', 'top'] as const;
type SightProperty = (typeof SIGHT_PROPERTIES)[number];

interface Declared {
  value: string;
  important: boolean;
}

interface Ranked extends Declared {
  specificity: number;
  order: number;
}

interface SheetRule {
  selectors: string[];
  declarations: Map<SightProperty, Declared>;
}

const STYLE_SHEET = /<style\b[^>]{0,500}>([^]*?)<\/style\s*>/gi;
const CSS_COMMENT = /\/\*[^]*?\*\//g;
const IMPORTANT = /\s*!\s*important\s*$/i;

/** An element's own style, or a rule's block, as its declarations of the properties that matter here. */
export function declarationsOf(block: string): Map<SightProperty, Declared> {
  const declarations = new Map<SightProperty, Declared>();
  for (const declaration of block.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase() as SightProperty;
    if (!SIGHT_PROPERTIES.includes(property)) continue;
    const raw = declaration.slice(colon + 1).trim();
    const important = IMPORTANT.test(raw);
    declarations.set(property, { value: raw.replace(IMPORTANT, '').trim().toLowerCase(), important });
  }
  return declarations;
}

/** Whether a value of a property hides, alone: the rules that set it are what makes a sheet worth matching. */
export function hidesAlone(property: SightProperty, value: string): boolean {
  switch (property) {
    case 'display':
      return value === 'none';
    case 'visibility':
      return value === 'hidden' || value === 'collapse';
    case 'opacity':
      return isZeroOpacity(value);
    case 'color':
      return isTransparent(value);
    case 'font-size':
      return isUnreadableSize(value);
    case 'left':
    case 'top':
      return isOffPage(value);
    case 'position':
      return false;
  }
}

export const isZeroOpacity = (value: string): boolean => /^(?:0+(?:\.0*)?|\.0+)%?$/.test(value);

/** transparent, or a colour of alpha 0: rgba(0,0,0,0), hsla(…, 0), #rrggbb00, #rgb0. */
export const isTransparent = (value: string): boolean =>
  value === 'transparent' ||
  // the alpha is a fourth value, after a comma or a slash: rgb(192, 0, 0) is red
  /^(?:rgba?|hsla?)\((?:[^,)/]*,){3}\s*(?:0+(?:\.0*)?|\.0+)%?\s*\)$/.test(value) ||
  /^(?:rgba?|hsla?)\([^)/]*\/\s*(?:0+(?:\.0*)?|\.0+)%?\s*\)$/.test(value) ||
  /^#(?:[0-9a-f]{3}0|[0-9a-f]{6}00)$/.test(value);

const ZERO_SIZE = /^(?:0+(?:\.0*)?|\.0+)(?:[a-z]+|%)?$/i;
/** A size in pixels or points; at 1 pt (4/3 px) or less no one reads it, as in a Word document. */
const ABSOLUTE_SIZE = /^(\d*\.?\d+)\s*(px|pt)$/i;
const MAX_UNREAD_POINTS = 1;
const POINTS_PER_PIXEL = 0.75;

/** A font size of 0, or of 1 pt or less. */
export function isUnreadableSize(value: string): boolean {
  if (ZERO_SIZE.test(value)) return true;
  const absolute = ABSOLUTE_SIZE.exec(value);
  return absolute !== null && Number(absolute[1]) * (absolute[2]!.toLowerCase() === 'px' ? POINTS_PER_PIXEL : 1) <= MAX_UNREAD_POINTS;
}

/** An offset that puts a box past any screen's edge: -9999px, -10000px, -999em (a page is some 1,000 px wide, some 60 em). */
const OFF_PAGE = /^-(\d+(?:\.\d+)?)(px|pt|em|rem)?$/;
export function isOffPage(value: string): boolean {
  const offset = OFF_PAGE.exec(value);
  if (!offset) return false;
  const size = Number(offset[1]);
  return offset[2] === 'em' || offset[2] === 'rem' ? size >= 100 : size >= 1000;
}

/** Top-level rules only: one under @media print hides on paper, one under @media (max-width) on a phone; neither on the screen read. */
function sheetRules(html: string): SheetRule[] {
  const rules: SheetRule[] = [];
  for (const [, sheet] of html.matchAll(STYLE_SHEET)) {
    const css = sheet!.replace(CSS_COMMENT, '');
    let depth = 0;
    let from = 0;
    let selectors = '';
    for (let at = 0; at < css.length; at++) {
      const char = css[at];
      if (char === '{') {
        if (depth === 0) selectors = css.slice(from, at);
        depth++;
        from = at + 1;
      } else if (char === '}') {
        if (depth === 1 && !selectors.trimStart().startsWith('@')) {
          const declarations = declarationsOf(css.slice(from, at));
          if (declarations.size > 0) rules.push({ selectors: selectors.split(',').map((selector) => selector.trim()), declarations });
        }
        depth = Math.max(0, depth - 1);
        from = at + 1;
      } else if (char === ';' && depth === 0) from = at + 1;
    }
  }
  return rules;
}

/** A selector's specificity as one number: ids, then classes, attributes and pseudo-classes, then element names. */
function specificityOf(selector: string): number {
  const ids = selector.match(/#[\w-]+/g)?.length ?? 0;
  const classes = selector.match(/\.[\w-]+|\[[^\]]*\]|(?<!:):[\w-]+/g)?.length ?? 0;
  const names = selector.match(/(?:^|[\s>+~])[a-z][\w-]*/gi)?.length ?? 0;
  return ids * 10_000 + classes * 100 + names;
}

const outranks = (a: Ranked, b: Ranked | undefined): boolean =>
  b === undefined || (a.important !== b.important ? a.important : a.specificity !== b.specificity ? a.specificity > b.specificity : a.order > b.order);

const NO_SHEET = new Map<Element, Map<SightProperty, Ranked>>();

/**
 * The page's styles. Its sheets are matched only for the properties some rule hides by (a page of
 * colours and no hiding rule costs one pass over its sheets); their other rules of those properties
 * are matched too, as they may show again what a rule hides (.tab{display:none} .tab.on{display:block}).
 */
export function pageStyles(html: string, $: CheerioAPI): PageStyles {
  const bySheet = /<style\b/i.test(html) ? sheetStyles(sheetRules(html), $) : NO_SHEET;
  const own = new Map<Element, Map<SightProperty, Declared>>();
  return {
    of(element, property) {
      const name = property as SightProperty;
      let inline = own.get(element);
      if (inline === undefined) {
        inline = element.attribs.style === undefined ? new Map() : declarationsOf(element.attribs.style);
        own.set(element, inline);
      }
      const fromSheet = bySheet.get(element)?.get(name);
      const fromOwn = inline.get(name);
      if (fromSheet?.important && !fromOwn?.important) return fromSheet.value;
      return (fromOwn ?? fromSheet)?.value;
    },
  };
}

/** A selector of a sheet's rule with what it declares, ranked as the cascade ranks it. */
interface Keyed {
  selector: string;
  /** the keys of the compounds it requires among the element's ancestors (left of a descendant or child combinator) */
  ancestors: readonly string[];
  specificity: number;
  order: number;
  declarations: ReadonlyArray<[SightProperty, Declared]>;
}

/**
 * Each element is tried only against the selectors whose last compound names its id, one of its
 * classes or its name (or names none of them), as a browser does: matching every rule over the
 * whole page took 10–20 s for a page of 2,000 rules and 3,000 paragraphs.
 */
function sheetStyles(rules: readonly SheetRule[], $: CheerioAPI): Map<Element, Map<SightProperty, Ranked>> {
  const hiding = new Set<SightProperty>();
  for (const rule of rules) for (const [property, { value }] of rule.declarations) if (hidesAlone(property, value)) hiding.add(property);
  // an offset hides only with the position that lets it move the box
  if (hiding.has('left') || hiding.has('top')) hiding.add('position');
  if (hiding.size === 0) return NO_SHEET;
  const byKey = new Map<string, Keyed[]>();
  let order = 0;
  for (const rule of rules) {
    const declarations = [...rule.declarations].filter(([property]) => hiding.has(property));
    if (declarations.length === 0) continue;
    for (const selector of rule.selectors) {
      order++;
      const key = NOT_SPLIT_SAFELY.test(selector) ? '' : keyOfCompound(lastCompound(selector));
      let keyed = byKey.get(key);
      if (keyed === undefined) byKey.set(key, (keyed = []));
      keyed.push({ selector, ancestors: ancestorKeysOf(selector), specificity: specificityOf(selector), order, declarations });
    }
  }
  const styles = new Map<Element, Map<SightProperty, Ranked>>();
  const unknown = new Set<string>();
  // the keys of the ancestors of the element visited, counted: a selector whose ancestors' keys are not all
  // among them cannot match, and is not tried (as a browser's ancestor filter)
  const above = new Map<string, number>();
  const visit = (element: Element): void => {
    const keys = keysOf(element);
    for (const key of keys) {
      for (const { selector, ancestors, specificity, order, declarations } of byKey.get(key) ?? []) {
        if (unknown.has(selector) || !ancestors.every((k) => above.has(k)) || !matches($, element, selector, unknown)) continue;
        let style = styles.get(element);
        if (style === undefined) styles.set(element, (style = new Map<SightProperty, Ranked>()));
        for (const [property, declared] of declarations) {
          const ranked = { ...declared, specificity, order };
          if (outranks(ranked, style.get(property))) style.set(property, ranked);
        }
      }
    }
    for (const key of keys) above.set(key, (above.get(key) ?? 0) + 1);
    for (const child of element.children) if (child.type === 'tag' || child.type === 'script' || child.type === 'style') visit(child);
    for (const key of keys) {
      const count = above.get(key)! - 1;
      if (count === 0) above.delete(key);
      else above.set(key, count);
    }
  };
  for (const top of $.root().children().get()) visit(top);
  return styles;
}

function matches($: CheerioAPI, element: Element, selector: string, unknown: Set<string>): boolean {
  try {
    return $(element).is(selector);
  } catch {
    // a selector the engine does not know (::before, a vendor's pseudo-class) selects no text
    unknown.add(selector);
    return false;
  }
}

/** Where a compound's simple selectors may hide a combinator or a quoted space: tried on every element. */
const NOT_SPLIT_SAFELY = /[[(\\]/;

const COMBINATORS = /\s*([\s>+~])\s*/;

/** The last compound of a selector (div.x p → p). */
function lastCompound(selector: string): string {
  return selector.trim().split(COMBINATORS).pop() ?? '';
}

/**
 * The keys of the compounds a selector requires above the element: each one left of a descendant or child
 * combinator (the one left of + or ~ is a sibling's, and its own ancestors are the element's too).
 */
function ancestorKeysOf(selector: string): string[] {
  if (NOT_SPLIT_SAFELY.test(selector)) return [];
  const parts = selector.trim().split(COMBINATORS);
  const keys: string[] = [];
  for (let k = 0; k + 2 < parts.length; k += 2) {
    const combinator = parts[k + 1]!;
    const key = combinator === '+' || combinator === '~' ? '' : keyOfCompound(parts[k]!);
    if (key !== '') keys.push(key);
  }
  return keys;
}

/** The key an element must have to match a compound: #id, .class or its name, '' for any element. */
function keyOfCompound(compound: string): string {
  const id = /#([\w-]+)/.exec(compound);
  if (id) return `#${id[1]!.toLowerCase()}`;
  const name = /\.([\w-]+)/.exec(compound);
  if (name) return `.${name[1]!.toLowerCase()}`;
  const tag = /^[a-z][\w-]*/i.exec(compound);
  return tag ? tag[0].toLowerCase() : '';
}

/** The keys an element answers to (lower case: the engine decides case, the keys only narrow). */
function keysOf(element: Element): string[] {
  const keys = ['', element.name.toLowerCase()];
  const id = element.attribs.id?.trim();
  if (id) keys.push(`#${id.toLowerCase()}`);
  for (const name of element.attribs.class?.split(/\s+/) ?? []) if (name !== '') keys.push(`.${name.toLowerCase()}`);
  return keys;
}
