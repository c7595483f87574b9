import type { CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { log } from '../log.js';

/**
 * What a web page's style puts out of a reader's sight, as a browser's cascade decides it: an
 * element's own style, and its style sheets' rules by any selector (#id, .a .b, div.x p). Anti-copy
 * tricks hide stray characters inside a figure by any of display: none, visibility: hidden,
 * opacity: 0, color: transparent, a size of 0 or off the page (position: absolute; left: -9999px):
 * 1<span class="x9">9</span>2件 was read 192件.
 */
export interface PageStyles {
  /** Whether all the page's style is in it: no sheet linked or imported from elsewhere, which may give any text a ground. */
  selfContained: boolean;
  /** Whether an element has a style of its own or by a sheet's rule: of one without, `of` gives nothing. */
  styled(element: Element): boolean;
  /**
   * The value (lower case, without !important) an element's style sets for a property, or undefined;
   * for ::before and ::after, the text a sheet writes there, as written.
   */
  of(element: Element, property: SightProperty): string | undefined;
}

/**
 * The properties that can put text out of sight, and those that put it back: only these are cascaded.
 * Besides them, white-space (a block whose line ends are lines) and the text a sheet writes before or
 * after an element (::before, ::after { content: "…" }), cascaded under those two names.
 */
const SIGHT_PROPERTIES = [
  'display',
  // content-visibility: hidden skips drawing an element's content, as display: none does (the box stays, empty)
  'content-visibility',
  'visibility',
  'opacity',
  'color',
  'font-size',
  'position',
  'left',
  'top',
  'clip',
  'clip-path',
  'overflow',
  'overflow-x',
  'overflow-y',
  'height',
  'width',
  'max-height',
  'max-width',
  'text-indent',
  'white-space',
  // the ground: its colour, or a picture that background or background-image draws
  'background-color',
  // the counters a generated text writes (h2::before { content: counter(sec, cjk-ideographic) "、" }), set in document order
  'counter-reset',
  'counter-increment',
  '::before',
  '::after',
  // what a list item's marker shows (li::marker { content: "（" counter(list-item, cjk-ideographic) "）" })
  '::marker',
  // how a list numbers its items (ol.roman { list-style-type: upper-roman }), or that it shows none (ol { list-style: none })
  'list-style-type',
  // a footnote's mark set above the line by a class or its own style (.fn { vertical-align: super }), as <sup> sets it
  'vertical-align',
  // text a style sets right to left character by character (unicode-bidi: bidi-override; direction: rtl), shown reversed
  'unicode-bidi',
  'direction',
  // a line drawn through the text (.old { text-decoration: line-through }): a figure withdrawn, as <del> withdraws it
  'text-decoration-line',
] as const;
export type SightProperty = (typeof SIGHT_PROPERTIES)[number];
/** What an element's own style may set: all but the generated text, which only a sheet's rule for ::before or ::after sets. */
const DECLARED_PROPERTIES = new Set<string>(SIGHT_PROPERTIES.filter((property) => !property.startsWith('::')));

interface Declared {
  value: string;
  important: boolean;
}

interface Ranked extends Declared {
  specificity: number;
  order: number;
  /** the cascade layer's rank (see SheetRule) */
  layer: number;
}

interface SheetRule {
  selector: string;
  declarations: Map<SightProperty, Declared>;
  /** the rank of its cascade layer (@layer) by first mention; UNLAYERED, above them all, for a rule in none */
  layer: number;
}

/** The layer of a rule in no @layer: it outranks every layer's (their !important rules aside). */
const UNLAYERED = Number.MAX_SAFE_INTEGER;

const STYLE_SHEET = /<style\b[^>]{0,500}>([^]*?)<\/style\s*>/gi;
const CSS_COMMENT = /\/\*[^]*?\*\//g;
const IMPORTANT = /\s*!\s*important\s*$/i;

/** A ground drawn by a picture or a gradient (background-image), which text of any colour may stand on. */
const PICTURE = /\b(?:url|(?:repeating-)?(?:linear|radial|conic)-gradient|image-set)\(/;
const UNPAINTED_IMAGE = new Set(['', 'none', 'initial', 'inherit', 'unset']);

/** An element's own style, or a rule's block, as its declarations of the properties that matter here. */
export function declarationsOf(block: string): Map<SightProperty, Declared> {
  const declarations = new Map<SightProperty, Declared>();
  for (const declaration of block.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const name = declaration.slice(0, colon).trim().toLowerCase();
    const raw = declaration.slice(colon + 1).trim();
    const important = IMPORTANT.test(raw);
    const value = raw.replace(IMPORTANT, '').trim().toLowerCase();
    // the shorthand sets the size as font-size does: font: 0/0 a is how a sheet hides a screen reader's text
    if (name === 'font') {
      const size = fontShorthandSize(value);
      if (size !== undefined) declarations.set('font-size', { value: size, important });
    } else if (name === 'background' || (name === 'background-image' && !UNPAINTED_IMAGE.has(value))) {
      declarations.set('background-color', { value, important });
    } else if (name === 'text-decoration') {
      // the shorthand sets the line with its colour and style: only whether it strikes the text through matters
      declarations.set('text-decoration-line', { value: /\bline-through\b/.test(value) ? 'line-through' : 'none', important });
    } else if (name === 'list-style') {
      declarations.set('list-style-type', { value: listStyleTypeOf(value), important });
    } else if (name === 'background-color' && PICTURE.test(declarations.get('background-color')?.value ?? '')) {
      // a picture is drawn over the colour under it: the ground is the picture's
      continue;
    } else if (DECLARED_PROPERTIES.has(name)) declarations.set(name as SightProperty, { value, important });
  }
  return declarations;
}

/**
 * The type the list-style shorthand sets: the token that is no position and no picture (list-style: none
 * inside; list-style: upper-roman), none when none stands alone, and the initial disc when it names none.
 */
function listStyleTypeOf(value: string): string {
  const tokens = value
    .replace(/[\w-]*\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter((token) => token !== '' && token !== 'inside' && token !== 'outside');
  return tokens.find((token) => token !== 'none') ?? (tokens.length > 0 ? 'none' : 'disc');
}

/**
 * The size a font shorthand sets: the token just before the family names (font: bold 16px/1.5 宋体;
 * font: 0/0 a), the last one that starts with a figure (a weight of 700 stands before it).
 */
function fontShorthandSize(value: string): string | undefined {
  const tokens = value
    .replace(/"[^"]*"|'[^']*'/g, ' f ')
    .replace(/\s*\/\s*/g, '/')
    .split(/[\s,]+/);
  const size = tokens.findLast((token) => /^[\d.]/.test(token));
  return size?.split('/')[0];
}

/**
 * The text a ::before or ::after rule writes: its content's strings, CSS escapes read, and its counters
 * (counter(sec, cjk-ideographic), counters(item, ".")) as COUNTER marks for writeCounters to fill in; '' for none.
 */
function generatedText(block: string): string {
  const content = new RegExp(`(?:^|[;\\s])content\\s*:\\s*((?:${QUOTED.source}|${COUNTER_CALL.source}|\\s)+)\\s*(?:!\\s*important\\s*)?(?:;|$)`, 'i').exec(
    block,
  )?.[1];
  if (content === undefined) return '';
  const text = [...content.matchAll(new RegExp(`${QUOTED.source}|${COUNTER_CALL.source}`, 'gi'))]
    .map(([, double, single, name, separator, style]) =>
      name === undefined
        ? cssString(double ?? single ?? '')
        : `${COUNTER_OPEN}${name.toLowerCase()}${COUNTER_PART}${cssString(separator?.slice(1, -1) ?? '')}${COUNTER_PART}${(style ?? 'decimal').toLowerCase()}${COUNTER_CLOSE}`,
    )
    .join('');
  // an icon font's glyph (content: "\e600") is a picture, not a character of the text
  return /[^\s\p{Co}]/u.test(text) ? text : '';
}

const QUOTED = /"((?:[^"\\]|\\[^])*)"|'((?:[^'\\]|\\[^])*)'/;
/** counter(name[, style]) or counters(name, "separator"[, style]) */
const COUNTER_CALL = /counters?\(\s*([\w-]+)\s*(?:,\s*("(?:[^"\\]|\\[^])*"|'(?:[^'\\]|\\[^])*')\s*)?(?:,\s*([\w-]+)\s*)?\)/;

/** A CSS string's characters, its escapes read. */
const cssString = (quoted: string): string =>
  quoted.replace(/\\([0-9a-f]{1,6})\s?|\\([^])/gi, (_, hex: string | undefined, char: string | undefined) =>
    hex === undefined ? (char === '\n' ? '' : char!) : String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff)),
  );

/** Marks around a counter in a generated text (interlinear annotation characters, which no page's text holds). */
const COUNTER_OPEN = '\ufff9';
const COUNTER_PART = '\ufffa';
const COUNTER_CLOSE = '\ufffb';
const COUNTER_MARK = /\ufff9([^\ufffa]*)\ufffa([^\ufffa]*)\ufffa([^\ufffb]*)\ufffb/g;

/** Whether a generated text writes a counter. */
export const writesCounter = (generated: string): boolean => generated.includes(COUNTER_OPEN);

/**
 * A generated text with its counters written: `values` gives a counter's values, outermost first
 * (counter() writes the innermost, counters() all joined by its separator), each in its counter style.
 */
export function writeCounters(generated: string, values: (name: string) => readonly number[], style: (n: number, style: string) => string): string {
  return generated.replace(COUNTER_MARK, (_, name: string, separator: string, counterStyle: string) => {
    const all = values(name);
    const shown = separator === '' ? all.slice(-1) : all;
    return (shown.length === 0 ? [0] : shown).map((n) => style(n, counterStyle)).join(separator);
  });
}

/**
 * Whether a value of a property may put text out of sight or change how it is read (with the properties
 * in COMPANIONS): the rules that set such a value are what makes a sheet worth matching.
 */
function matters(property: SightProperty, value: string): boolean {
  switch (property) {
    case 'clip':
      return isZeroClip(value);
    case 'clip-path':
      return isZeroClipPath(value);
    case 'height':
    case 'width':
    case 'max-height':
    case 'max-width':
      return isTinyLength(value);
    case 'text-indent':
      return isOffPage(value);
    case 'white-space':
      return isPreformattedSpace(value);
    case '::before':
    case '::after':
    case '::marker':
      return value !== '';
    case 'list-style-type':
      return true;
    case 'vertical-align':
      return value !== 'baseline';
    case 'text-decoration-line':
      return /\bline-through\b/.test(value);
    case 'unicode-bidi':
      return value === 'bidi-override';
    case 'direction':
    case 'overflow':
    case 'overflow-x':
    case 'overflow-y':
      return false;
    default:
      return hidesAlone(property, value);
  }
}

/** The properties a value that matters (see matters) needs beside it to hide: matched with it. */
const COMPANIONS: Partial<Record<SightProperty, readonly SightProperty[]>> = {
  // an offset or a clip only with the position that lets it apply
  left: ['position'],
  top: ['position'],
  clip: ['position'],
  // a box of no size hides only what overflows it, and only when it is a box (not an inline element's text)
  height: ['overflow', 'overflow-y', 'display', 'position'],
  'max-height': ['overflow', 'overflow-y', 'display', 'position'],
  width: ['overflow', 'overflow-x', 'display', 'position'],
  'max-width': ['overflow', 'overflow-x', 'display', 'position'],
  // a first line's indent applies in a block
  'text-indent': ['display', 'position'],
  // an override sets its characters in the direction beside it
  'unicode-bidi': ['direction'],
  // a generated text's counters are set by these
  '::before': ['counter-reset', 'counter-increment'],
  '::after': ['counter-reset', 'counter-increment'],
  '::marker': ['counter-reset', 'counter-increment', 'display'],
};

/** Whether a value of a property hides, alone. */
function hidesAlone(property: SightProperty, value: string): boolean {
  switch (property) {
    case 'display':
      return value === 'none';
    case 'content-visibility':
      return value === 'hidden';
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
    default:
      return false;
  }
}

/**
 * A colour of white or so near it that on the page's white no one sees text in it: #fefefe,
 * rgb(250 250 250), hsl(0, 0%, 99%), whitesmoke (each channel at least 245: a contrast under 1.1).
 * Its alpha does not matter: white over white is white.
 */
export function isWhite(value: string): boolean {
  const channels = rgbOf(value.replace(/\s+/g, ' ').trim());
  return channels !== undefined && channels.every((channel) => channel >= MIN_WHITE_CHANNEL);
}

const MIN_WHITE_CHANNEL = 245;
const NEAR_WHITE_NAMES: Readonly<Record<string, number[]>> = {
  white: [255, 255, 255],
  snow: [255, 250, 250],
  whitesmoke: [245, 245, 245],
  ghostwhite: [248, 248, 255],
  mintcream: [245, 255, 250],
};

/** The red, green and blue (0–255) of a colour written by name, #hex, rgb() or hsl(); undefined for any other. */
function rgbOf(colour: string): number[] | undefined {
  const named = NEAR_WHITE_NAMES[colour];
  if (named) return named;
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(colour)?.[1];
  if (hex) {
    const digits = hex.length <= 4 ? [...hex.slice(0, 3)].map((digit) => digit + digit) : [hex.slice(0, 2), hex.slice(2, 4), hex.slice(4, 6)];
    return digits.map((pair) => Number.parseInt(pair, 16));
  }
  const call = /^(rgba?|hsla?)\(([^()]*)\)$/.exec(colour);
  if (!call) return undefined;
  const parts = call[2]!.split(/\s*[,/]\s*|\s+/).slice(0, 3);
  if (parts.length < 3 || !parts.every((part) => /^-?\d*\.?\d+(?:%|deg)?$/.test(part))) return undefined;
  const amount = (part: string, whole: number) => (part.endsWith('%') ? (Number.parseFloat(part) / 100) * whole : Number.parseFloat(part));
  if (call[1]!.startsWith('rgb')) return parts.map((part) => amount(part, 255));
  const [hue, saturation, lightness] = [((Number.parseFloat(parts[0]!) % 360) + 360) % 360, amount(parts[1]!, 1), amount(parts[2]!, 1)];
  // CSS Color 4's hsl-to-rgb
  const reach = saturation * Math.min(lightness, 1 - lightness);
  return [0, 8, 4].map((offset) => {
    const k = (offset + hue / 30) % 12;
    return (lightness - reach * Math.max(-1, Math.min(k - 3, 9 - k, 1))) * 255;
  });
}

/** A white or near-white text colour anywhere in a page, by a style or a <font color>: only then are grounds looked for. */
const WHITE_INK =
  /(?<![-\w])color\s*[:=]\s*["']?\s*(?:(?:white|snow|whitesmoke|ghostwhite|mintcream)\b|#(?:ffff?\b|(?:f[5-9a-f]){3}(?:[0-9a-f]{2})?\b)|rgba?\(\s*(?:24[5-9]|25[0-5]|9[6-9](?:\.\d+)?%|100%)|hsla?\()/i;
/** A style sheet linked or imported from another file, which is not at hand. */
const LINKED_STYLE = /<link\b[^>]{0,500}\bstylesheet\b|@import\b/i;

const PREFORMATTED_SPACE = new Set(['pre', 'pre-wrap', 'pre-line', 'break-spaces']);
/** A white-space that keeps the line ends of the source as lines. */
export const isPreformattedSpace = (value: string | undefined): boolean => value !== undefined && PREFORMATTED_SPACE.has(value);

/** A length of 0, or of 1 px at most (the screen-reader-only box of 1 px by 1 px). */
export function isTinyLength(value: string): boolean {
  if (ZERO_SIZE.test(value)) return true;
  const absolute = ABSOLUTE_SIZE.exec(value);
  return absolute !== null && Number(absolute[1]) * (absolute[2]!.toLowerCase() === 'pt' ? 1 / POINTS_PER_PIXEL : 1) <= 1;
}

/** clip: rect(top right bottom left) of no area, as rect(0 0 0 0) and rect(1px, 1px, 1px, 1px) are. */
export function isZeroClip(value: string): boolean {
  const edges = /^rect\(([^)]*)\)$/
    .exec(value)?.[1]
    ?.split(/[\s,]+/)
    .filter((edge) => edge !== '');
  if (edges?.length !== 4 || edges.includes('auto')) return false;
  const [top, right, bottom, left] = edges.map((edge) => Number.parseFloat(edge));
  return !(bottom! > top! && right! > left!);
}

/** clip-path: inset(50%) or more, or a circle or ellipse of no radius: nothing of the box is left. */
export function isZeroClipPath(value: string): boolean {
  const inset = /^inset\(\s*(\d+(?:\.\d+)?)%\s*\)$/.exec(value);
  if (inset) return Number(inset[1]) >= 50;
  return /^(?:circle\(\s*0(?:px|%)?|ellipse\(\s*0(?:px|%)?\s+0(?:px|%)?)(?:\s+at\b[^)]*)?\s*\)$/.test(value);
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

/**
 * The sheets' rules a screen applies: those at the top level, and those inside the blocks a desktop
 * browser applies, nested in any order: an @media whose query a desktop screen meets (@media screen
 * { .print-copy { display: none } } hides a copy on the screen read, where it was read beside the
 * article), an @supports whose condition it meets and an @layer (its rules ranked below those in no
 * layer). One under @media print hides on paper only, one under @media (max-width: 600px) on a phone
 * only; @font-face, @keyframes and the like hold no rules for elements.
 */
function sheetRules(html: string): SheetRule[] {
  const rules: SheetRule[] = [];
  const layers = new Map<string, number>();
  for (const [, sheet] of html.matchAll(STYLE_SHEET)) {
    const css = sheet!.replace(CSS_COMMENT, '');
    // the blocks open where the scan stands, innermost last; a rule's block inside none or inside groups that apply is read
    const open: SheetBlock[] = [];
    let from = 0;
    for (let at = 0; at < css.length; at++) {
      const char = css[at];
      if (char === '{') {
        const parent = open.at(-1) ?? TOP_LEVEL;
        const prelude = css.slice(from, at).trim();
        open.push(
          parent.kind !== 'group' ? SKIPPED : prelude.startsWith('@') ? groupOf(prelude, parent, layers) : { ...parent, kind: 'rule', selectors: prelude },
        );
        from = at + 1;
      } else if (char === '}') {
        const block = open.pop();
        if (block?.kind === 'rule') rules.push(...rulesOfBlock(block.selectors, css.slice(from, at), block.layer));
        from = at + 1;
      } else if (char === ';' && (open.at(-1) ?? TOP_LEVEL).kind === 'group') {
        // a statement between rules (@import, @charset, @layer a, b; which sets the layers' order)
        const statement = /^@layer\b([^]*)$/i.exec(css.slice(from, at).trim());
        if (statement) for (const name of statement[1]!.split(',')) layerRank(layers, open.at(-1) ?? TOP_LEVEL, name.trim());
        from = at + 1;
      }
    }
  }
  return rules;
}

/**
 * A block of a sheet as the scan opens it: a group whose rules apply (the top level, or an at-rule's
 * block a desktop browser applies), a rule's block (its selectors), or one whose content is passed over.
 */
type SheetBlock = { kind: 'group' | 'skipped'; layer: number; layerName: string } | { kind: 'rule'; layer: number; layerName: string; selectors: string };
const TOP_LEVEL: SheetBlock = { kind: 'group', layer: UNLAYERED, layerName: '' };
const SKIPPED: SheetBlock = { kind: 'skipped', layer: UNLAYERED, layerName: '' };

/** The block an at-rule opens inside `parent`: a group when a desktop browser applies its rules. */
function groupOf(prelude: string, parent: SheetBlock, layers: Map<string, number>): SheetBlock {
  const [, name, condition] = /^@([\w-]+)([^]*)$/.exec(prelude) ?? [];
  switch (name?.toLowerCase()) {
    case 'media':
      return isScreenMedia(condition!) ? parent : SKIPPED;
    case 'supports':
      return isSupported(condition!) ? parent : SKIPPED;
    case 'layer': {
      // an @layer without a name is a layer of its own, after those before it
      const layerName = condition!.trim() || `#${layers.size}`;
      const layer = layerRank(layers, parent, layerName);
      return { kind: 'group', layer, layerName: parent.layerName === '' ? layerName : `${parent.layerName}.${layerName}` };
    }
    default:
      return SKIPPED;
  }
}

/** The rank of the layer `name` inside `parent`'s: its place in the order layers are first named. */
function layerRank(layers: Map<string, number>, parent: SheetBlock, name: string): number {
  if (name === '') return parent.layer;
  const full = parent.layerName === '' ? name : `${parent.layerName}.${name}`;
  let rank = layers.get(full);
  if (rank === undefined) layers.set(full, (rank = layers.size));
  return rank;
}

/**
 * Whether a desktop browser meets an @supports condition: not, and, or over tests in brackets. It
 * supports a declaration of any property and value but another engine's prefixed ones (-ms-, -moz-, -o-), and
 * selector() and the other functions' tests. A condition past a few hundred characters, or not read
 * as one, is not met.
 */
function isSupported(condition: string): boolean {
  if (condition.length > MAX_SUPPORTS_CONDITION) return false;
  const tokens = condition.toLowerCase().match(/\(|\)|[^\s()]+/g) ?? [];
  let at = 0;
  // a test in brackets, a function's test (selector(...)), or `not` and one of them
  const term = (): boolean | null => {
    const token = tokens[at++];
    if (token === 'not') {
      const negated = term();
      return negated === null ? null : !negated;
    }
    if (token === '(') {
      const nested = tokens[at] === '(' || tokens[at] === 'not';
      if (nested) {
        const value = conditionOf();
        return tokens[at++] === ')' ? value : null;
      }
      // a declaration, up to the bracket that closes the test: a property or value of another engine's is not supported
      let foreign = false;
      for (let depth = 1; at < tokens.length && depth > 0; at++) {
        depth += tokens[at] === '(' ? 1 : tokens[at] === ')' ? -1 : 0;
        foreign ||= FOREIGN_PREFIX.test(tokens[at]!);
      }
      return !foreign;
    }
    if (token !== undefined && tokens[at] === '(') {
      for (let depth = 0; at < tokens.length;) {
        const inner = tokens[at++];
        depth += inner === '(' ? 1 : inner === ')' ? -1 : 0;
        if (depth === 0) return true;
      }
    }
    return null;
  };
  const conditionOf = (): boolean | null => {
    let value = term();
    while (value !== null && (tokens[at] === 'and' || tokens[at] === 'or')) {
      const joiner = tokens[at++];
      const next = term();
      if (next === null) return null;
      value = joiner === 'and' ? value && next : value || next;
    }
    return value;
  };
  return conditionOf() === true && at === tokens.length;
}
const MAX_SUPPORTS_CONDITION = 500;
const FOREIGN_PREFIX = /^(?:[\w-]+:)?-(?:ms|moz|o)-/;

/** The screen a page is read on: a desktop's, 1920 CSS pixels wide (an em of 16 px). */
const SCREEN_WIDTH = 1920;
const PIXELS_PER_EM = 16;
const MEDIA_WIDTH = /^\(\s*(min|max)-(?:device-)?width\s*:\s*(\d+(?:\.\d+)?)\s*(px|em|rem)\s*\)$/;

/** Whether a desktop screen meets an @media's query list (any of it): screen, all, a width it has; an empty list is met everywhere. */
function isScreenMedia(queries: string): boolean {
  if (queries.trim() === '') return true;
  return queries.split(',').some((query) => {
    const parts = query
      .trim()
      .toLowerCase()
      .replace(/^only\s+/, '')
      .split(/\s+and\s+/);
    if (parts[0] === 'screen' || parts[0] === 'all') parts.shift();
    return parts.every((feature) => {
      const width = MEDIA_WIDTH.exec(feature.trim());
      if (!width) return false;
      const pixels = Number(width[2]) * (width[3] === 'px' ? 1 : PIXELS_PER_EM);
      return width[1] === 'min' ? SCREEN_WIDTH >= pixels : SCREEN_WIDTH <= pixels;
    });
  });
}

const PSEUDO_ELEMENT = /::?(before|after)$|::(marker)$/i;

/**
 * A rule's selectors, each with the declarations it gives: those of its block, or for a selector of
 * ::before or ::after, the text the block writes there (none when the block hides it: a clearfix's
 * content: "." set visibility: hidden or height: 0).
 */
function rulesOfBlock(selectors: string, block: string, layer: number): SheetRule[] {
  const rules: SheetRule[] = [];
  const declarations = declarationsOf(block);
  // content: "" (or none) cascades as a text does: it takes the place of one a rule before wrote
  const writes = CONTENT.test(block);
  let written: Declared | undefined;
  for (const selector of selectorList(selectors)) {
    const pseudo = PSEUDO_ELEMENT.exec(selector);
    if (pseudo === null) {
      if (declarations.size > 0) rules.push({ selector, declarations, layer });
      continue;
    }
    if (!writes) continue;
    written ??= {
      value: isHiddenBy(declarations) ? '' : generatedText(block),
      important: IMPORTANT_CONTENT.test(block),
    };
    const base = selector.slice(0, pseudo.index).trim();
    const property = `::${(pseudo[1] ?? pseudo[2]!).toLowerCase()}` as SightProperty;
    rules.push({ selector: base === '' || /[\s>+~]$/.test(base) ? `${base}*` : base, declarations: new Map([[property, written]]), layer });
  }
  return rules;
}

/** Whether a block's declarations alone hide what they apply to (an inline box, as ::before's is). */
const isHiddenBy = (declarations: ReadonlyMap<SightProperty, Declared>): boolean =>
  [...declarations].some(([property, { value }]) => hidesAlone(property, value)) || boxHides((property) => declarations.get(property)?.value, true);

const CONTENT = /(?:^|[;\s])content\s*:/i;
const IMPORTANT_CONTENT = /content\s*:[^;]*!\s*important/i;

/** The selectors of a list, split at its commas but not at those inside :is(.a, .b) or [title="a,b"]. */
function selectorList(list: string): string[] {
  const selectors: string[] = [];
  let depth = 0;
  let quote = '';
  let from = 0;
  for (let at = 0; at < list.length; at++) {
    const char = list[at]!;
    if (quote !== '') {
      if (char === '\\') at++;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth = Math.max(0, depth - 1);
    else if (char === ',' && depth === 0) {
      selectors.push(list.slice(from, at).trim());
      from = at + 1;
    }
  }
  selectors.push(list.slice(from).trim());
  return selectors.filter((selector) => selector !== '');
}

/**
 * A selector's specificity as one number (ids, then classes, attributes and pseudo-classes, then element
 * names and pseudo-elements), as CSS counts it: :is(), :not() and :has() count as their most specific
 * argument, :where() as nothing.
 */
export function specificityOf(selector: string): number {
  let ids = 0;
  let classes = 0;
  let names = 0;
  let extra = 0;
  let plain = '';
  for (let at = 0; at < selector.length; at++) {
    const char = selector[at]!;
    if (char === '"' || char === "'") {
      const end = selector.indexOf(char, at + 1);
      at = end < 0 ? selector.length : end;
      plain += ' ';
    } else if (char === '[') {
      const end = selector.indexOf(']', at);
      at = end < 0 ? selector.length : end;
      classes++;
      plain += ' ';
    } else if (char === ':' && selector[at + 1] !== ':') {
      const name = /^:([\w-]+)(\()?/.exec(selector.slice(at));
      if (!name) continue;
      let end = at + name[0].length;
      if (name[2] !== undefined) {
        // the argument, to its matching parenthesis
        let depth = 1;
        for (; end < selector.length && depth > 0; end++) depth += selector[end] === '(' ? 1 : selector[end] === ')' ? -1 : 0;
        const argument = selector.slice(at + name[0].length, end - 1);
        const pseudo = name[1]!.toLowerCase();
        if (pseudo === 'is' || pseudo === 'not' || pseudo === 'has' || pseudo === 'matches') extra += Math.max(0, ...selectorList(argument).map(specificityOf));
        else if (pseudo !== 'where') classes++;
      } else classes++;
      at = end - 1;
      plain += ' ';
    } else plain += char;
  }
  ids += plain.match(/#[\w-]+/g)?.length ?? 0;
  classes += plain.match(/\.[\w-]+/g)?.length ?? 0;
  names += (plain.match(/(?:^|[\s>+~(])[a-z][\w-]*/gi)?.length ?? 0) + (plain.match(/::[\w-]+/g)?.length ?? 0);
  return ids * 10_000 + classes * 100 + names + extra;
}

/**
 * Whether an element's box hides its text, by the values its style gives (`valueOf`): clipped to no area
 * (clip: rect(0 0 0 0) when positioned, clip-path: inset(50%)), a box of no height or width (at most
 * 1 px) that hides what overflows it, or a first line indented off the page (text-indent: -9999px). The
 * ways a sheet keeps text for screen readers only, or puts a picture in a heading's place. An inline
 * element (`inline` by its tag) has no box of a size of its own.
 */
export function boxHides(valueOf: (property: SightProperty) => string | undefined, inline: boolean): boolean {
  const position = valueOf('position');
  const positioned = position === 'absolute' || position === 'fixed';
  if (positioned && isZeroClip(valueOf('clip') ?? '')) return true;
  if (isZeroClipPath(valueOf('clip-path') ?? '')) return true;
  const display = valueOf('display');
  const isBox = positioned || (display === undefined ? !inline : display !== 'inline' && display !== 'contents');
  if (!isBox) return false;
  if (isOffPage(valueOf('text-indent') ?? '')) return true;
  const clips = (overflow: string | undefined) => overflow === 'hidden' || overflow === 'clip';
  const overflow = valueOf('overflow')?.split(/\s+/);
  const clipsY = clips(valueOf('overflow-y') ?? overflow?.[1] ?? overflow?.[0]);
  const clipsX = clips(valueOf('overflow-x') ?? overflow?.[0]);
  const tiny = (property: SightProperty) => isTinyLength(valueOf(property) ?? '');
  return (clipsY && (tiny('height') || tiny('max-height'))) || (clipsX && (tiny('width') || tiny('max-width')));
}

/** The cascade: !important first; then a later layer (none last), or for !important an earlier one; then specificity, then order. */
const outranks = (a: Ranked, b: Ranked | undefined): boolean =>
  b === undefined ||
  (a.important !== b.important
    ? a.important
    : a.layer !== b.layer
      ? a.important === a.layer < b.layer
      : a.specificity !== b.specificity
        ? a.specificity > b.specificity
        : a.order > b.order);

const NO_SHEET = new Map<Element, Map<SightProperty, Ranked>>();

/**
 * The page's styles. Its sheets are matched only for the properties some rule hides by (a page of
 * colours and no hiding rule costs one pass over its sheets); their other rules of those properties
 * are matched too, as they may show again what a rule hides (.tab{display:none} .tab.on{display:block}).
 */
export function pageStyles(html: string, $: CheerioAPI): PageStyles {
  // white text needs its grounds known: every colour and background of the sheets is matched then
  const inks: readonly SightProperty[] = WHITE_INK.test(html) ? ['color', 'background-color'] : [];
  const bySheet = /<style\b/i.test(html) ? sheetStyles(sheetRules(html), $, inks) : NO_SHEET;
  const own = new Map<Element, Map<SightProperty, Declared>>();
  return {
    selfContained: !LINKED_STYLE.test(html),
    styled: (element) => element.attribs.style !== undefined || bySheet.has(element),
    of(element, name) {
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

/** A selector of a sheet's rules with what each rule declares, ranked as the cascade ranks it. */
interface Keyed {
  selector: string;
  /** the keys of the compounds it requires among the element's ancestors (left of a descendant or child combinator) */
  ancestors: readonly string[];
  /** what the rules of this selector declare, each property's winner among them: the selector is tried once for all */
  declared: Map<SightProperty, Ranked>;
}

/**
 * At most this many tries of a selector on an element per page (some 15 µs each), and elements
 * visited by selectors that no key narrows (0.5–4 µs each): a page's own sheets need a few
 * thousand; 2,000 rules that each may match any element (:is(.a, .b) :not(.c)) over 3,000 paragraphs
 * took 18 s. Beyond them the rest of the page is read by the rules matched so far.
 */
const MAX_SELECTOR_TRIES = 50_000;
const MAX_UNKEYED_VISITS = 400_000;

/**
 * Each element is tried only against the selectors whose last compound names its id, one of its
 * classes or its name (or names none of them), as a browser does: matching every rule over the
 * whole page took 10–20 s for a page of 2,000 rules and 3,000 paragraphs.
 */
function sheetStyles(rules: readonly SheetRule[], $: CheerioAPI, inks: readonly SightProperty[]): Map<Element, Map<SightProperty, Ranked>> {
  const hiding = new Set<SightProperty>(inks);
  for (const rule of rules) {
    for (const [property, { value }] of rule.declarations) {
      if (!matters(property, value)) continue;
      hiding.add(property);
      for (const companion of COMPANIONS[property] ?? []) hiding.add(companion);
    }
  }
  if (hiding.size === 0) return NO_SHEET;
  const byKey = new Map<string, Keyed[]>();
  const bySelector = new Map<string, Keyed>();
  let order = 0;
  for (const rule of rules) {
    const declarations = [...rule.declarations].filter(([property]) => hiding.has(property));
    if (declarations.length === 0) continue;
    const { selector } = rule;
    order++;
    let keyed = bySelector.get(selector);
    const isNew = keyed === undefined;
    keyed ??= { selector, ancestors: ancestorKeysOf(selector), declared: new Map() };
    const specificity = specificityOf(selector);
    for (const [property, declared] of declarations) {
      const ranked = { ...declared, specificity, order, layer: rule.layer };
      if (outranks(ranked, keyed.declared.get(property))) keyed.declared.set(property, ranked);
    }
    if (!isNew) continue;
    bySelector.set(selector, keyed);
    const key = NOT_SPLIT_SAFELY.test(selector) ? '' : keyOfCompound(lastCompound(selector));
    let sameKey = byKey.get(key);
    if (sameKey === undefined) byKey.set(key, (sameKey = []));
    sameKey.push(keyed);
  }
  const unkeyed = unkeyedMatches(byKey.get('') ?? [], $);
  byKey.delete('');
  let tries = 0;
  const styles = new Map<Element, Map<SightProperty, Ranked>>();
  const unknown = new Set<string>();
  // the keys of the ancestors of the element visited, counted: a selector whose ancestors' keys are not all
  // among them cannot match, and is not tried (as a browser's ancestor filter)
  const above = new Map<string, number>();
  const visit = (element: Element): void => {
    const keys = keysOf(element);
    for (const { declared } of unkeyed.get(element) ?? []) {
      let style = styles.get(element);
      if (style === undefined) styles.set(element, (style = new Map<SightProperty, Ranked>()));
      for (const [property, ranked] of declared) if (outranks(ranked, style.get(property))) style.set(property, ranked);
    }
    for (const key of keys) {
      for (const { selector, ancestors, declared } of byKey.get(key) ?? []) {
        if (unknown.has(selector) || !ancestors.every((k) => above.has(k))) continue;
        if (++tries > MAX_SELECTOR_TRIES) {
          if (tries === MAX_SELECTOR_TRIES + 1)
            log.warn({ tries: MAX_SELECTOR_TRIES }, 'style sheet too costly to match further; the rest of the page read by the rules matched so far');
          continue;
        }
        if (!matches($, element, selector, unknown)) continue;
        let style = styles.get(element);
        if (style === undefined) styles.set(element, (style = new Map<SightProperty, Ranked>()));
        for (const [property, ranked] of declared) if (outranks(ranked, style.get(property))) style.set(property, ranked);
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

/**
 * The elements each selector no key narrows matches (*, :not(.a), [title="a b"] em): selected over the
 * page once each, its selector compiled once, where trying it on every element compiled it each time.
 */
function unkeyedMatches(selectors: readonly Keyed[], $: CheerioAPI): Map<Element, Keyed[]> {
  const matched = new Map<Element, Keyed[]>();
  if (selectors.length === 0) return matched;
  const elements = $('*').length;
  let visits = 0;
  for (const keyed of selectors) {
    visits += elements;
    if (visits > MAX_UNKEYED_VISITS) {
      log.warn({ selectors: selectors.length, elements }, 'style sheet too costly to match further; the rest of its rules left out');
      break;
    }
    let found: Element[];
    try {
      found = $(keyed.selector).get() as Element[];
    } catch {
      continue;
    }
    for (const element of found) {
      const known = matched.get(element);
      if (known === undefined) matched.set(element, [keyed]);
      else known.push(keyed);
    }
  }
  return matched;
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
