/**
 * OpenDocument text (.odt, as LibreOffice and WPS save it): a ZIP package whose content.xml holds
 * the body. The body is written out as a web page of its paragraphs and tables, and read whole as
 * one is (./html.ts): a row of figures on a line, a cell merged down written in each row it spans.
 */
// htmlparser2 only, as `xml: true` chooses (see html.ts)
import * as cheerio from 'cheerio/slim';
import { isTag, type AnyNode, type Element } from 'domhandler';
import { UserError } from '../errors.js';
import type { Budget } from './budget.js';
import { documentHtmlToText, inMarkup } from './html.js';
import { inputError } from './limits.js';
import { apartFromItem, formatNumber } from './list-numbers.js';
import { conditionHolds, type FieldValue } from './odf-conditions.js';
import { PAGE_RESULT_END, PAGE_RESULT_START, withPageFieldsRead } from './page-fields.js';
import { closeFiguresInRun } from './spaced-figures.js';
import { checkZipBudget, ZipFiles, type ZipFormat } from './zip.js';

const DAMAGED = '文件已损坏或不完整,无法作为 OpenDocument 文本(.odt)读取;请用 WPS 或 LibreOffice 打开后重新保存';
const ENCRYPTED = 'OpenDocument 文本(.odt)设有打开密码,已加密,无法读取;请在 WPS 或 LibreOffice 中取消密码后重新保存再试';
const ODT_ZIP: ZipFormat = { damaged: DAMAGED, xmlParts: 'odtXmlBytes' };

const CONTENT = 'content.xml';
const STYLES = 'styles.xml';
const MANIFEST = 'META-INF/manifest.xml';

/** The text of an .odt as LibreOffice shows it, the package checked against the budget before it is unpacked. */
export async function odtToText(bytes: Uint8Array, budget: Budget): Promise<string> {
  const inflated = await checkZipBudget(bytes, budget, ODT_ZIP);
  let parts: AnyNode[][];
  try {
    const files = new ZipFiles(bytes, budget, inflated);
    // an encrypted package keeps its manifest readable and says so there
    if (files.has(MANIFEST) && (await files.read(MANIFEST)).includes('encryption-data')) throw inputError(budget.file, ENCRYPTED);
    const parse = async (name: string) => cheerio.load((await files.read(name)).toString('utf8'), { xml: true }).root()[0]!.children;
    parts = [await parse(CONTENT), ...(files.has(STYLES) ? [await parse(STYLES)] : [])];
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw inputError(budget.file, DAMAGED);
  }
  return partsText(parts, budget);
}

/**
 * The text of a flat OpenDocument text (.fodt: the package's parts as one XML document, as
 * LibreOffice saves it for version control and exporters write it): its body, styles and outline
 * in the one tree. Read as a text, it was the markup of the whole document.
 */
export function flatOdtToText(xml: string, budget: Budget): string {
  return partsText([cheerio.load(xml, { xml: true }).root()[0]!.children], budget);
}

/** The body (in the first part) as LibreOffice shows it, with the styles and numbering all the parts define. */
function partsText(parts: ReadonlyArray<readonly AnyNode[]>, budget: Budget): string {
  budget.checkTime();
  const html = bodyAsHtml(parts[0]!, withdrawnStyles(parts), new Numbering(parts), userFields(parts[0]!), raisedStyles(parts));
  return documentHtmlToText(html.includes(PAGE_RESULT_START) ? withPageFieldsRead(html) : html, budget);
}

const NS = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  draw: 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  svg: 'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0',
  fo: 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
};
const named = (namespace: string, local: string) => `${namespace} ${local}`;

/** Prefixes bound to namespaces where an element stands ('' the default namespace). */
type Scope = ReadonlyMap<string, string>;

/** The scope inside an element: a namespace goes by its name, whatever prefix a document binds it to. */
function scopeOf(element: Element, outer: Scope): Scope {
  let scope: Map<string, string> | undefined;
  for (const [name, value] of Object.entries(element.attribs)) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    scope ??= new Map(outer);
    scope.set(name.slice('xmlns:'.length), value);
  }
  return scope ?? outer;
}

/** An element's or attribute's name as its namespace and local name; an attribute without a prefix is in none. */
function expanded(name: string, scope: Scope, attribute = false): string {
  const colon = name.indexOf(':');
  const namespace = colon < 0 ? (attribute ? '' : (scope.get('') ?? '')) : (scope.get(name.slice(0, colon)) ?? '');
  return named(namespace, name.slice(colon + 1));
}

function attribute(element: Element, scope: Scope, name: string): string | undefined {
  for (const [written, value] of Object.entries(element.attribs)) if (expanded(written, scope, true) === name) return value;
  return undefined;
}

/** Elements in the nodes and below, each with the scope it stands in, in document order. */
function* elements(nodes: readonly AnyNode[]): Generator<{ element: Element; scope: Scope }> {
  const stack = [...nodes].reverse().map((node) => ({ node, scope: new Map() as Scope }));
  for (let top = stack.pop(); top; top = stack.pop()) {
    if (!isTag(top.node)) continue;
    const scope = scopeOf(top.node, top.scope);
    yield { element: top.node, scope };
    for (let i = top.node.children.length - 1; i >= 0; i--) stack.push({ node: top.node.children[i]!, scope });
  }
}

const STYLE = named(NS.style, 'style');
const TEXT_PROPERTIES = named(NS.style, 'text-properties');
const STYLE_NAME = named(NS.style, 'name');
const STYLE_FAMILY = named(NS.style, 'family');
const PARENT_STYLE = named(NS.style, 'parent-style-name');
const LINE_THROUGH = named(NS.style, 'text-line-through-style');
const DISPLAY = named(NS.text, 'display');
const FONT_SIZE = named(NS.fo, 'font-size');
const TEXT_POSITION = named(NS.style, 'text-position');
/** A size at 1 pt or less, which no one reads (a hidden trick, as in a Word document or a web page). */
const UNREAD_SIZE = /^(?:0*\.\d+|0*1(?:\.0*)?|0+)pt$/;
/** Parents followed at most: a style that is its own ancestor ends there. */
const MAX_STYLE_DEPTH = 20;

/**
 * The styles (`family name`) that strike their text through, hide it or set it at 1 pt or less, of
 * their own or by a parent: a figure corrected in place is withdrawn, as <del> in a web page and a
 * struck run in Word are.
 */
function withdrawnStyles(parts: ReadonlyArray<readonly AnyNode[]>): Set<string> {
  return stylesWhere(parts, (properties, scope) => {
    const line = attribute(properties, scope, LINE_THROUGH);
    return (
      (line !== undefined && line !== 'none') ||
      attribute(properties, scope, DISPLAY) === 'none' ||
      UNREAD_SIZE.test(attribute(properties, scope, FONT_SIZE) ?? '')
    );
  });
}

/** A text position above or below the line: super, sub, or a percentage not 0 (33% 58%, -33%), the size after it. */
const SHIFTED_POSITION = /^\s*(?:super|sub|-?0*[1-9]\d*(?:\.\d+)?%|-?0*\.\d*[1-9]\d*%)/;

/**
 * The styles (`family name`) that raise or lower their text, of their own or by a parent: their spans are written as
 * <sup>, and a footnote's number typed so after a figure (17, a raised 1, 件) is read as a page's mark is, no digit of it.
 */
function raisedStyles(parts: ReadonlyArray<readonly AnyNode[]>): Set<string> {
  return stylesWhere(parts, (properties, scope) => SHIFTED_POSITION.test(attribute(properties, scope, TEXT_POSITION) ?? ''));
}

/** The styles (`family name`) whose text properties pass `test`, of their own or by a parent. */
function stylesWhere(parts: ReadonlyArray<readonly AnyNode[]>, test: (properties: Element, scope: Scope) => boolean): Set<string> {
  const styles = new Map<string, { parent?: string; withdrawn: boolean }>();
  for (const part of parts) {
    for (const { element, scope } of elements(part)) {
      if (expanded(element.name, scope) !== STYLE) continue;
      const family = attribute(element, scope, STYLE_FAMILY) ?? '';
      let withdrawn = false;
      for (const child of element.children) {
        if (!isTag(child) || expanded(child.name, scopeOf(child, scope)) !== TEXT_PROPERTIES) continue;
        withdrawn ||= test(child, scopeOf(child, scope));
      }
      const parent = attribute(element, scope, PARENT_STYLE);
      styles.set(`${family} ${attribute(element, scope, STYLE_NAME)}`, { withdrawn, ...(parent ? { parent: `${family} ${parent}` } : {}) });
    }
  }
  const withdrawn = new Set<string>();
  for (const [key, style] of styles) {
    let current: typeof style | undefined = style;
    for (let depth = 0; current && depth < MAX_STYLE_DEPTH; depth++, current = current.parent ? styles.get(current.parent) : undefined) {
      if (current.withdrawn) {
        withdrawn.add(key);
        break;
      }
    }
  }
  return withdrawn;
}

/** Elements read as the blocks of a web page; lists, sections and text boxes hold paragraphs, read as those are. */
const BLOCKS: ReadonlyMap<string, string> = new Map([
  [named(NS.text, 'p'), 'p'],
  [named(NS.text, 'h'), 'p'],
  [named(NS.table, 'table'), 'table'],
  [named(NS.table, 'table-row'), 'tr'],
  [named(NS.table, 'table-cell'), 'td'],
]);

/**
 * Elements LibreOffice does not show in the body's flow, with all they hold: the old text of tracked
 * changes, comments, tables of contents and indexes (copies of the headings), declarations, a cell
 * covered by a merged one, a ruby's reading, pictures' data and titles.
 */
const SKIPPED: ReadonlySet<string> = new Set([
  // and a flat document's parts other than its body: its properties, settings, styles and page headers
  ...['automatic-styles', 'font-face-decls', 'scripts', 'forms', 'annotation', 'binary-data', 'meta', 'settings', 'styles', 'master-styles'].map((local) =>
    named(NS.office, local),
  ),
  ...[
    'tracked-changes',
    'table-of-content',
    'illustration-index',
    'table-index',
    'object-index',
    'user-index',
    'alphabetical-index',
    'bibliography',
    'sequence-decls',
    'variable-decls',
    'user-field-decls',
    'dde-connection-decls',
    'ruby-text',
    'hidden-text',
    // the number an item or heading was shown with when saved: it is counted again, as shown now
    'number',
  ].map((local) => named(NS.text, local)),
  named(NS.table, 'covered-table-cell'),
  named(NS.draw, 'image'),
  named(NS.svg, 'title'),
  named(NS.svg, 'desc'),
]);

const SPACES = named(NS.text, 's');
const SPACE_COUNT = named(NS.text, 'c');
const TAB = named(NS.text, 'tab');
/**
 * A tab as the page reader keeps it (as it keeps a .docx's w:tab and a text's): collapsed to a blank as markup's
 * whitespace, a table typed with tabs (序号⇥指标⇥数值) was lines of words, read as a .docx's or a text's is not.
 */
const KEPT_TAB = '<span style="white-space:pre">\t</span>';
const LINE_BREAK = named(NS.text, 'line-break');
/** A page's number and the pages' count, fields whose results are read as a Word document's page fields are (./page-fields.ts). */
const PAGE_FIELDS: ReadonlySet<string> = new Set([named(NS.text, 'page-number'), named(NS.text, 'page-count')]);
const STYLE_OF_TEXT = named(NS.text, 'style-name');
const SPAN = named(NS.text, 'span');
const COLUMNS_SPANNED = named(NS.table, 'number-columns-spanned');
const ROWS_SPANNED = named(NS.table, 'number-rows-spanned');
/** A text:s of more spaces than this is a hostile one: no line is wider. */
const MAX_SPACES = 200;

const NOTE = named(NS.text, 'note');
const NOTE_BODY = named(NS.text, 'note-body');
const NOTE_CLASS = named(NS.text, 'note-class');
const LIST = named(NS.text, 'list');
const LIST_ITEM = named(NS.text, 'list-item');
const HEADING = named(NS.text, 'h');
const START_VALUE = named(NS.text, 'start-value');
const CONTINUES = [named(NS.text, 'continue-numbering'), named(NS.text, 'continue-list')];
const OUTLINE_LEVEL = named(NS.text, 'outline-level');
const LIST_HEADER = named(NS.text, 'is-list-header');
const PARAGRAPH = named(NS.text, 'p');
const SECTION = named(NS.text, 'section');
const HIDDEN_PARAGRAPH = named(NS.text, 'hidden-paragraph');
const IS_HIDDEN = named(NS.text, 'is-hidden');

/**
 * Whether an element is hidden as LibreOffice shows the document: a section hidden (Format ▸ Sections ▸ Hide:
 * text:display="none", or "condition" with a condition that holds, see conditionHolds), or a paragraph whose
 * hidden-paragraph field was hidden when saved (text:is-hidden). An old draft kept in a hidden section was read as
 * the report's, its figures with it.
 */
function isHiddenBlock(node: Element, scope: Scope, name: string, fields: ReadonlyMap<string, FieldValue>): boolean {
  if (name === SECTION) {
    const display = attribute(node, scope, DISPLAY);
    return display === 'none' || (display === 'condition' && conditionHolds(attribute(node, scope, CONDITION) ?? '', fields) === true);
  }
  if (name !== PARAGRAPH && name !== HEADING) return false;
  return node.children.some((child) => {
    if (!isTag(child)) return false;
    const childScope = scopeOf(child, scope);
    return expanded(child.name, childScope) === HIDDEN_PARAGRAPH && attribute(child, childScope, IS_HIDDEN) === 'true';
  });
}

const CONDITION = named(NS.text, 'condition');
const USER_FIELD = named(NS.text, 'user-field-decl');
const FIELD_NAME = named(NS.text, 'name');
const VALUE_TYPE = named(NS.office, 'value-type');
const VALUE = named(NS.office, 'value');
const STRING_VALUE = named(NS.office, 'string-value');
const BOOLEAN_VALUE = named(NS.office, 'boolean-value');

/** The document's user fields (Insert ▸ Field ▸ More Fields ▸ Variables ▸ User Field) by name, as conditions read them. */
function userFields(content: readonly AnyNode[]): Map<string, FieldValue> {
  const fields = new Map<string, FieldValue>();
  for (const { element, scope } of elements(content)) {
    if (expanded(element.name, scope) !== USER_FIELD) continue;
    const name = attribute(element, scope, FIELD_NAME);
    if (name === undefined) continue;
    const type = attribute(element, scope, VALUE_TYPE);
    if (type === 'string') fields.set(name, attribute(element, scope, STRING_VALUE) ?? '');
    else if (type === 'boolean') fields.set(name, attribute(element, scope, BOOLEAN_VALUE) === 'true' ? 1 : 0);
    else {
      const value = Number(attribute(element, scope, VALUE));
      if (Number.isFinite(value)) fields.set(name, value);
    }
  }
  return fields;
}

interface Placed {
  node: AnyNode;
  scope: Scope;
}

/**
 * The body as a web page's markup, element by element without recursion (a document may nest
 * deeper than the stack), the numbers of numbered lists and headings typed in as LibreOffice shows
 * them; a footnote after the paragraph or table that refers to it and the endnotes at the end, where
 * they are printed (as a .docx's are read), their marks left out.
 */
function bodyAsHtml(
  content: readonly AnyNode[],
  withdrawn: ReadonlySet<string>,
  numbering: Numbering,
  fields: ReadonlyMap<string, FieldValue>,
  raised: ReadonlySet<string>,
): string {
  const out: string[] = [];
  const stack: Array<Placed | string | (() => void)> = [...content].reverse().map((node) => ({ node, scope: new Map() as Scope }));
  // a list item's number, written at the start of its first paragraph
  let marker = '';
  // the blocks open, and the footnotes referred to in the outermost one, read once it closes
  let blocks = 0;
  const footnotes: Placed[] = [];
  const endnotes: Placed[] = [];
  // the text of the run being read: text and spaces side by side, up to the next other element
  let run = '';
  const endRun = () => {
    if (run !== '') out.push(inMarkup(closeFiguresInRun(run)));
    run = '';
  };
  for (let top = stack.pop(); top !== undefined; top = stack.pop() ?? endnotes.shift()) {
    if (typeof top !== 'object') endRun();
    if (typeof top === 'function') {
      top();
      continue;
    }
    if (typeof top === 'string') {
      out.push(top);
      if (--blocks === 0) stack.push(...footnotes.splice(0).reverse());
      continue;
    }
    const { node } = top;
    if (node.type === 'text') run += node.data;
    if (!isTag(node)) continue;
    const scope = scopeOf(node, top.scope);
    const name = expanded(node.name, scope);
    if (name === SPACES) {
      run += ' '.repeat(Math.min(MAX_SPACES, Number(attribute(node, scope, SPACE_COUNT)) || 1));
      continue;
    }
    endRun();
    if (SKIPPED.has(name) || isHiddenBlock(node, scope, name, fields)) continue;
    if (name === NOTE) {
      const notes = attribute(node, scope, NOTE_CLASS) === 'endnote' ? endnotes : footnotes;
      for (const child of node.children) if (isTag(child) && expanded(child.name, scopeOf(child, scope)) === NOTE_BODY) notes.push({ node: child, scope });
      if (blocks === 0) stack.push(...footnotes.splice(0).reverse());
      continue;
    }
    if (name === TAB) out.push(KEPT_TAB);
    else if (name === LINE_BREAK) out.push('<br>');
    else if (PAGE_FIELDS.has(name)) {
      out.push(PAGE_RESULT_START);
      stack.push(() => out.push(PAGE_RESULT_END));
    }
    const style = attribute(node, scope, STYLE_OF_TEXT);
    if (style !== undefined && (withdrawn.has(`text ${style}`) || withdrawn.has(`paragraph ${style}`))) continue;
    if (style !== undefined && name === SPAN && raised.has(`text ${style}`)) {
      out.push('<sup>');
      stack.push(() => out.push('</sup>'));
    }
    if (name === LIST) {
      numbering.enterList(
        style,
        CONTINUES.some((continues) => attribute(node, scope, continues) !== undefined),
      );
      stack.push(() => numbering.leaveList());
    } else if (name === LIST_ITEM) marker = numbering.itemMarker(Number(attribute(node, scope, START_VALUE)) || undefined);
    const block = BLOCKS.get(name);
    if (block) {
      const spans = block === 'td' ? cellSpans(node, scope) : '';
      const heading =
        name === HEADING && attribute(node, scope, LIST_HEADER) !== 'true' && !numbering.inList()
          ? numbering.headingMarker(Number(attribute(node, scope, OUTLINE_LEVEL)) || 1, Number(attribute(node, scope, START_VALUE)) || undefined)
          : '';
      out.push(`<${block}${spans}>`, inMarkup(marker || heading));
      marker = '';
      blocks++;
      stack.push(`</${block}>`);
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, scope });
  }
  endRun();
  return out.join('');
}

function cellSpans(cell: Element, scope: Scope): string {
  const columns = Number(attribute(cell, scope, COLUMNS_SPANNED)) || 1;
  const rows = Number(attribute(cell, scope, ROWS_SPANNED)) || 1;
  return (columns > 1 ? ` colspan="${columns}"` : '') + (rows > 1 ? ` rowspan="${rows}"` : '');
}

interface NumberLevel {
  /** Word's number format (./list-numbers.ts), or none */
  format?: string;
  prefix: string;
  suffix: string;
  start: number;
  /** the levels whose numbers are shown, this one and those above it (1.2.) */
  shown: number;
}

const LIST_STYLE = named(NS.text, 'list-style');
const LIST_LEVEL_NUMBER = named(NS.text, 'list-level-style-number');
const OUTLINE_STYLE = named(NS.text, 'outline-style');
const OUTLINE_LEVEL_STYLE = named(NS.text, 'outline-level-style');
const LEVEL = named(NS.text, 'level');
const NUMBER_FORMAT = named(NS.style, 'num-format');
const NUMBER_PREFIX = named(NS.style, 'num-prefix');
const NUMBER_SUFFIX = named(NS.style, 'num-suffix');
const DISPLAY_LEVELS = named(NS.text, 'display-levels');
/** Levels of lists and outlines: ODF has ten. */
const MAX_LEVEL = 10;

/** ODF's number formats (style:num-format) as Word's; another that is not empty counts in digits. */
const NUMBER_FORMATS: ReadonlyMap<string, string> = new Map([
  ['1', 'decimal'],
  ['a', 'lowerLetter'],
  ['A', 'upperLetter'],
  ['i', 'lowerRoman'],
  ['I', 'upperRoman'],
  ['一, 二, 三, ...', 'chineseCounting'],
  ['壹, 贰, 叁, ...', 'chineseCounting'],
  ['壹, 貳, 參, ...', 'chineseCounting'],
  ['①, ②, ③, ...', 'decimalEnclosedCircle'],
  ['〇, 一, 二, ...', 'ideographDigital'],
]);

/**
 * The numbers LibreOffice shows before the items of numbered lists (a list style's levels) and
 * before headings (the outline style): counted per list, a nested list counting its own level.
 */
class Numbering {
  private readonly lists = new Map<string, Map<number, NumberLevel>>();
  private readonly outline = new Map<number, NumberLevel>();
  /** the styles of the lists open, outermost first */
  private readonly open: Array<Map<number, NumberLevel> | undefined> = [];
  private counters: number[] = [];
  private readonly outlineCounters: number[] = [];

  constructor(parts: ReadonlyArray<readonly AnyNode[]>) {
    for (const part of parts) {
      for (const { element, scope } of elements(part)) {
        const name = expanded(element.name, scope);
        if (name === LIST_STYLE) this.lists.set(attribute(element, scope, STYLE_NAME) ?? '', levelsOf(element, scope, LIST_LEVEL_NUMBER));
        else if (name === OUTLINE_STYLE) for (const [level, style] of levelsOf(element, scope, OUTLINE_LEVEL_STYLE)) this.outline.set(level, style);
      }
    }
  }

  inList(): boolean {
    return this.open.length > 0;
  }

  /** A list opens: a list at the top starts counting again unless it continues the one before; one inside keeps its style unless it names one. */
  enterList(style: string | undefined, continues: boolean): void {
    if (this.open.length === 0 && !continues) this.counters = [];
    this.open.push((style === undefined ? undefined : this.lists.get(style)) ?? this.open.at(-1));
  }

  leaveList(): void {
    this.open.pop();
  }

  /** The number of the next item of the innermost list, counted at its level; '' for a bulleted list. */
  itemMarker(startValue: number | undefined): string {
    const level = Math.min(this.open.length, MAX_LEVEL);
    const style = this.open.at(-1)?.get(level);
    return style ? count(this.counters, level, style, startValue, (shown) => this.open.at(-1)?.get(shown)) : '';
  }

  /** The number of a heading at its outline level, when the outline style numbers that level. */
  headingMarker(outlineLevel: number, startValue: number | undefined): string {
    const level = Math.min(Math.max(outlineLevel, 1), MAX_LEVEL);
    const style = this.outline.get(level);
    return style ? count(this.outlineCounters, level, style, startValue, (shown) => this.outline.get(shown)) : '';
  }
}

/**
 * Counts an item at `level` (deeper counters start again) and gives its marker: prefix, the numbers of the levels shown, suffix,
 * and the blank that keeps it apart from its item's text.
 */
function count(
  counters: number[],
  level: number,
  style: NumberLevel,
  startValue: number | undefined,
  styleOf: (level: number) => NumberLevel | undefined,
): string {
  counters[level - 1] = startValue ?? (counters[level - 1] === undefined ? style.start : counters[level - 1]! + 1);
  counters.length = level;
  if (style.format === undefined) return '';
  const numbers: string[] = [];
  for (let shown = Math.max(1, level - style.shown + 1); shown <= level; shown++) {
    const format = styleOf(shown)?.format ?? 'decimal';
    numbers.push(formatNumber(counters[shown - 1] ?? styleOf(shown)?.start ?? 1, format));
  }
  // LibreOffice follows the number with a tab (text:label-followed-by), as Word does
  return apartFromItem(`${style.prefix}${numbers.join('.')}${style.suffix}`);
}

/** A list or outline style's levels of numbers, by level. */
function levelsOf(style: Element, scope: Scope, levelName: string): Map<number, NumberLevel> {
  const levels = new Map<number, NumberLevel>();
  for (const child of style.children) {
    if (!isTag(child)) continue;
    const childScope = scopeOf(child, scope);
    if (expanded(child.name, childScope) !== levelName) continue;
    const level = Number(attribute(child, childScope, LEVEL));
    if (!Number.isInteger(level) || level < 1 || level > MAX_LEVEL) continue;
    const written = attribute(child, childScope, NUMBER_FORMAT) ?? '';
    levels.set(level, {
      ...(written === '' ? {} : { format: NUMBER_FORMATS.get(written) ?? 'decimal' }),
      prefix: attribute(child, childScope, NUMBER_PREFIX) ?? '',
      suffix: attribute(child, childScope, NUMBER_SUFFIX) ?? '',
      start: Number(attribute(child, childScope, START_VALUE)) || 1,
      shown: Math.min(Number(attribute(child, childScope, DISPLAY_LEVELS)) || 1, MAX_LEVEL),
    });
  }
  return levels;
}
