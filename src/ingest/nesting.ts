/**
 * Bounds how deeply elements of a web page nest, before the HTML parser sees the page.
 * htmlparser2 keeps its open elements in an array it shifts at the front, so its time grows
 * with the square of the nesting depth (400,000 levels: minutes). Browsers stop nesting at
 * a depth of a few hundred; we do the same in one linear scan: a start tag that would open
 * an element deeper than the limit is left out, with the end tag that closes it, and the
 * element's content joins its ancestor; a block's tags (a paragraph, a list item) stand as line
 * breaks, as a browser still sets such blocks on lines of their own (left out whole, a page's
 * paragraphs beyond the limit ran into one line). Pages within the limit come back unchanged.
 */
export interface Flattened {
  html: string;
  /** start tags left out */
  dropped: number;
  /** start tags kept: each an element the parser will build */
  elements: number;
}

/** Elements that never have content (they open nothing). */
const VOID = new Set([
  'area',
  'base',
  'basefont',
  'bgsound',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'image',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements whose content is text up to their end tag, markup or not. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp']);

const CLOSES_P = new Set(['p']);
const HEADINGS_AND_BLOCKS = [
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
];
/** Blocks whose tags, left out, stand as a line break: a browser starts each on a line of its own. */
const LINE_BLOCKS: ReadonlySet<string> = new Set([...HEADINGS_AND_BLOCKS, 'li', 'tr', 'dd', 'dt', 'caption']);

/** Open elements a start tag closes, as htmlparser2 has them, so depth is counted as the parser will. */
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ...HEADINGS_AND_BLOCKS.map((tag): [string, ReadonlySet<string>] => [tag, CLOSES_P]),
  ['li', new Set(['li'])],
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dt', 'dd'])],
  ['dt', new Set(['dt', 'dd'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
]);

const isNameStart = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;

export function flattenDeepNesting(html: string, maxDepth: number): Flattened {
  const lower = html.toLowerCase();
  const stack: string[] = [];
  /** how many elements of each name are open: whether an end tag closes anything, in O(1) */
  const open = new Map<string, number>();
  /** start tags left out, by name, whose end tags are still to come */
  const pending = new Map<string, number>();
  const kept: string[] = [];
  let copiedTo = 0;
  let dropped = 0;
  let elements = 0;
  const change = (map: Map<string, number>, name: string, by: number) => map.set(name, (map.get(name) ?? 0) + by);
  const pop = () => change(open, stack.pop()!, -1);
  /** where a line break was last put, so that tags left out one after another give one */
  let brokenAt = -1;
  const leaveOut = (from: number, to: number, name: string) => {
    kept.push(html.slice(copiedTo, from));
    if (LINE_BLOCKS.has(name)) {
      if (from !== copiedTo || brokenAt !== copiedTo) {
        kept.push('<br>');
        elements++;
      }
      brokenAt = to;
    }
    copiedTo = to;
  };

  let at = html.indexOf('<');
  while (at >= 0 && at < html.length) {
    const next = html.charCodeAt(at + 1);
    if (html.startsWith('<!--', at)) {
      at = endOf(html, '-->', at + 4);
    } else if (next === 0x21 || next === 0x3f) {
      // <!DOCTYPE …>, <![CDATA[…]]>, <?xml …?>
      at = endOf(html, '>', at + 2);
    } else if (next === 0x2f && isNameStart(html.charCodeAt(at + 2))) {
      const name = tagName(lower, at + 2);
      const end = endOf(html, '>', at + 2 + name.length);
      if ((pending.get(name) ?? 0) > 0) {
        change(pending, name, -1);
        leaveOut(at, end, name);
      } else if ((open.get(name) ?? 0) > 0) {
        while (stack[stack.length - 1] !== name) pop();
        pop();
      }
      at = end;
    } else if (isNameStart(next)) {
      const name = tagName(lower, at + 1);
      const end = startTagEnd(html, at + 1 + name.length);
      const closes = IMPLIES_CLOSE.get(name);
      while (closes && stack.length > 0 && closes.has(stack[stack.length - 1]!)) pop();
      if (VOID.has(name)) elements++;
      else if (stack.length >= maxDepth) {
        dropped++;
        change(pending, name, 1);
        leaveOut(at, end, name);
      } else {
        elements++;
        stack.push(name);
        change(open, name, 1);
      }
      at = RAW_TEXT.has(name) ? rawTextEnd(lower, name, end) : end;
    } else {
      at++;
    }
    at = html.indexOf('<', at);
  }
  if (dropped === 0) return { html, dropped, elements };
  kept.push(html.slice(copiedTo));
  return { html: kept.join(''), dropped, elements };
}

function tagName(lower: string, from: number): string {
  let to = from;
  while (to < lower.length) {
    const code = lower.charCodeAt(to);
    if (isSpace(code) || code === 0x2f || code === 0x3e) break;
    to++;
  }
  return lower.slice(from, to);
}

/** The index after `marker` at or after `from`, or the end of the text. */
function endOf(html: string, marker: string, from: number): number {
  const found = html.indexOf(marker, from);
  return found < 0 ? html.length : found + marker.length;
}

/** The index after the '>' of a start tag, skipping quoted attribute values (which may hold '>'). */
function startTagEnd(html: string, from: number): number {
  let at = from;
  while (at < html.length) {
    const code = html.charCodeAt(at);
    if (code === 0x3e) return at + 1;
    if (code === 0x3d) {
      at++;
      while (at < html.length && isSpace(html.charCodeAt(at))) at++;
      const quote = html[at];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, at + 1);
        if (close < 0) return html.length;
        at = close + 1;
        continue;
      }
      continue;
    }
    at++;
  }
  return html.length;
}

/** Where the raw text of a script, style, title, … ends: at its end tag (which is then read as one). */
function rawTextEnd(lower: string, name: string, from: number): number {
  const found = lower.indexOf(`</${name}`, from);
  return found < 0 ? lower.length : found;
}
