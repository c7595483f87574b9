/**
 * OFD (GB/T 33190, 电子文件版式文档): a ZIP package whose OFD.xml names each document's
 * Document.xml, which lists the pages; each page's Content.xml places text objects on it, and
 * composite objects whose units (in the document's resources) hold text objects.
 * The text objects become visual lines and the lines paragraphs as a PDF's text layer does.
 * Templates (running headers, 版头) and annotations, signatures and images are not read.
 */
import path from 'node:path';
// htmlparser2 only, as `xml: true` chooses (see html.ts)
import * as cheerio from 'cheerio/slim';
import { isTag, type AnyNode, type Element } from 'domhandler';
import JSZip from 'jszip';
import { UserError } from '../errors.js';
import type { Budget } from './budget.js';
import { decodeText } from './decode.js';
import { inputError } from './limits.js';
import { appendRun, pagesToText, type PageLine } from './page-lines.js';
import { checkZipBudget, type ZipFormat } from './zip.js';

const DAMAGED = '文件已损坏或不完整,无法作为 OFD 版式文档读取;请重新导出或下载完整的文件';
const NO_TEXT = '文件是 OFD 版式文档,但其中没有可读取的文字(可能是扫描件),需要先做文字识别(OCR)再导入';
const ENCRYPTED = 'OFD 版式文档已加密,无法读取;请先解除加密';
const OFD_ZIP: ZipFormat = { damaged: DAMAGED, xmlParts: 'ofdXmlBytes' };

/** The text of an .ofd, lines rejoined into paragraphs; the package is checked against the budget before it is unpacked. */
export async function ofdToText(bytes: Uint8Array, budget: Budget): Promise<string> {
  await checkZipBudget(bytes, budget, OFD_ZIP);
  const text = pagesToText(await readPages(bytes, budget));
  if (text === undefined) throw inputError(budget.file, NO_TEXT);
  return text;
}

async function readPages(bytes: Uint8Array, budget: Budget): Promise<PageLine[][]> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    if (findEntry(zip, 'Encryptions.xml')) throw inputError(budget.file, ENCRYPTED);
    const pages: PageLine[][] = [];
    for (const docRoot of descendants(await readPart(zip, '', 'OFD.xml', budget), 'DocRoot')) {
      const { name: documentName, nodes: document } = await readLocated(zip, '', textOf(docRoot), budget);
      const folder = path.posix.dirname(documentName);
      const units = await compositeUnits(zip, folder, document, budget);
      for (const page of descendants(document, 'Page')) {
        budget.checkTime();
        const content = await readPart(zip, folder, page.attribs.BaseLoc ?? '', budget);
        pages.push(pageLines(contentRuns(content, units)));
      }
    }
    return pages;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw inputError(budget.file, DAMAGED);
  }
}

/**
 * The composite graphic units of a document's resources (PublicRes, DocumentRes) by their ID: content drawn
 * once and placed on pages by CompositeObject, as converters from PDF write a form (a header block, a table)
 * whose text is there and not on the page. A resource part missing holds none: the pages may not need it.
 */
async function compositeUnits(zip: JSZip, folder: string, document: readonly AnyNode[], budget: Budget): Promise<Map<string, Element>> {
  const units = new Map<string, Element>();
  for (const res of [...descendants(document, 'PublicRes'), ...descendants(document, 'DocumentRes')]) {
    const located = await readLocated(zip, folder, textOf(res), budget).catch((error: unknown) => {
      if (error instanceof UserError) return undefined;
      throw error;
    });
    for (const unit of located ? descendants(located.nodes, 'CompositeGraphicUnit') : []) if (unit.attribs.ID) units.set(unit.attribs.ID, unit);
  }
  return units;
}

/**
 * Composites placed inside composites are followed so deep at most (a unit placing itself would loop), and so
 * many are drawn on a page at most (a unit placing another a hundred times, four deep, would fill the memory).
 */
const MAX_COMPOSITE_DEPTH = 4;
const MAX_COMPOSITES_PER_PAGE = 1000;

/** The runs of the text objects in content, and of the composite units it places, in document order. */
function contentRuns(nodes: readonly AnyNode[], units: ReadonlyMap<string, Element>, drawn = { composites: 0 }, depth = 0): Run[] {
  return descendants(nodes, TEXT_OR_COMPOSITE).flatMap((object) => {
    if (localName(object) === 'TextObject') return textRuns(object);
    const unit = units.get(object.attribs.ResourceID ?? '');
    const place = placement(object);
    if (!unit || !place || depth >= MAX_COMPOSITE_DEPTH || ++drawn.composites > MAX_COMPOSITES_PER_PAGE) return [];
    return contentRuns(descendants(unit.children, 'Content'), units, drawn, depth + 1).map((run) => {
      const at = place.toPage(run.x, run.y);
      return { ...run, x: at.x, y: at.y, right: place.toPage(run.right, run.y).x, size: run.size * place.scale };
    });
  });
}

const TEXT_OR_COMPOSITE = new Set(['TextObject', 'CompositeObject']);

const readPart = async (zip: JSZip, base: string, loc: string, budget: Budget) => (await readLocated(zip, base, loc, budget)).nodes;

/**
 * The parsed XML part at a location: absolute (from the package root) when it starts with '/',
 * else relative to `base`, or (as some producers write it) relative to the root without the slash.
 * Its text is in the encoding its declaration names (UTF-8 by the standard, GB from some old producers).
 */
async function readLocated(zip: JSZip, base: string, loc: string, budget: Budget): Promise<{ name: string; nodes: AnyNode[] }> {
  const written = loc.trim().replace(/\\/g, '/');
  const candidates = written.startsWith('/') ? [written.slice(1)] : [path.posix.join(base, written), written];
  const entry = candidates.map((name) => findEntry(zip, path.posix.normalize(name))).find((found) => found !== undefined);
  if (!entry) throw inputError(budget.file, DAMAGED);
  const bytes = await entry.async('uint8array');
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 200)).toString('latin1');
  const xml = decodeText(bytes, /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/.exec(head)?.[1]).text;
  return { name: entryName(entry), nodes: cheerio.load(xml, { xml: true }).root()[0]!.children };
}

/** An entry's name with a folder's slash for each backslash, as packages zipped on Windows write them (Doc_0\Document.xml). */
const entryName = (entry: JSZip.JSZipObject) => entry.name.replace(/\\/g, '/').replace(/^\//, '');

/** An entry by its name, as written, with backslashes for slashes or in other letter case. */
function findEntry(zip: JSZip, name: string): JSZip.JSZipObject | undefined {
  const wanted = name.toLowerCase();
  return zip.file(name) ?? Object.values(zip.files).find((entry) => !entry.dir && entryName(entry).toLowerCase() === wanted);
}

/** An element's name without its namespace prefix (ofd:Page, Page). */
const localName = (element: Element) => element.name.slice(element.name.indexOf(':') + 1);

/** Elements of that local name (or those names) below the nodes, in document order. */
function descendants(nodes: readonly AnyNode[], name: string | ReadonlySet<string>): Element[] {
  const found: Element[] = [];
  const stack = [...nodes].reverse();
  const wanted = typeof name === 'string' ? new Set([name]) : name;
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!isTag(node)) continue;
    if (wanted.has(localName(node))) found.push(node);
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return found;
}

function textOf(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/**
 * The numbers of an attribute ("1 2.5 3"), at most `max`: the "g" repeat ("g 4 3.5" for four times
 * 3.5) is expanded only as far as the numbers the attribute can hold (a hostile "g 1000000000 1"
 * in a Boundary would fill the memory).
 */
function numbers(value: string | undefined, max: number): number[] {
  const tokens = (value ?? '').trim().split(/\s+/).filter(Boolean);
  const out: number[] = [];
  for (let i = 0; i < tokens.length && out.length < max; i++) {
    if (tokens[i] === 'g') {
      const count = Math.min(Number(tokens[i + 1]) || 0, max - out.length);
      const step = Number(tokens[i + 2]);
      for (let n = 0; n < count; n++) out.push(step);
      i += 2;
    } else out.push(Number(tokens[i]));
  }
  return out.map((n) => (Number.isFinite(n) ? n : 0));
}

interface Run {
  text: string;
  x: number;
  right: number;
  /** baseline, growing downwards as in OFD page space */
  y: number;
  size: number;
}

/**
 * Where a graphic object's own space lies on its page (or in the unit that holds it): moved by its CTM, then by
 * its Boundary's origin; none when turned (a watermark drawn across the page).
 */
function placement(object: Element): { scale: number; toPage: (x: number, y: number) => { x: number; y: number } } | undefined {
  const [left = 0, top = 0] = numbers(object.attribs.Boundary, 4);
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = object.attribs.CTM ? numbers(object.attribs.CTM, 6) : [];
  const scale = Math.sqrt(Math.abs(a * d - b * c)) || 1;
  if (Math.abs(b) + Math.abs(c) > 0.05 * scale) return undefined;
  return { scale, toPage: (x, y) => ({ x: left + a * x + c * y + e, y: top + b * x + d * y + f }) };
}

/** A character's advance when no DeltaX gives it: full width for CJK, half for the rest. */
const advance = (ch: string, size: number) => (ch.codePointAt(0)! >= 0x2e80 ? size : size / 2);

/**
 * The runs of one text object: each text code's characters placed from its X and Y (the previous
 * code's when missing) by DeltaX and DeltaY (or their advance), split where the baseline moves,
 * then mapped onto the page by the CTM and the Boundary's origin. Turned text (a watermark drawn
 * across the page) and text set top to bottom are no line of the report and give none.
 */
function textRuns(object: Element): Run[] {
  const place = placement(object);
  if (!place) return [];
  const { scale, toPage } = place;
  const size = (Number(object.attribs.Size) || 1) * scale;
  const runs: Run[] = [];
  let codeX = 0;
  let codeY = 0;
  for (const code of descendants(object.children, 'TextCode')) {
    codeX = code.attribs.X === undefined ? codeX : Number(code.attribs.X) || 0;
    codeY = code.attribs.Y === undefined ? codeY : Number(code.attribs.Y) || 0;
    const characters = [...textOf(code)];
    const deltaX = numbers(code.attribs.DeltaX, characters.length - 1);
    const deltaY = numbers(code.attribs.DeltaY, characters.length - 1);
    let [x, y] = [codeX, codeY];
    let run: Run | undefined;
    characters.forEach((ch, i) => {
      if (i > 0) {
        x += deltaX[i - 1] ?? advance(characters[i - 1]!, size / scale);
        y += deltaY[i - 1] ?? 0;
      }
      const at = toPage(x, y);
      if (!run || Math.abs(at.y - run.y) > size / 2) {
        run = { text: '', x: at.x, right: at.x, y: at.y, size };
        runs.push(run);
      }
      run.text += ch;
      run.right = Math.max(run.right, at.x + advance(ch, size));
    });
  }
  return isStacked(runs) ? [] : runs;
}

/**
 * Whether an object's glyphs stand one under another, a glyph a line (DeltaY with no DeltaX, or a code a glyph
 * at one X): text set top to bottom, a table's merged cell (类别 down its rows) or a margin's note, is no line of
 * the report; read a glyph a line, it put its characters into the rows beside it (主 | 指标, 要审查规范性文件).
 */
function isStacked(runs: readonly Run[]): boolean {
  if (runs.length < 2) return false;
  const [first] = runs;
  return runs.every((run, k) => [...run.text].length === 1 && Math.abs(run.x - first!.x) < run.size / 2 && (k === 0 || run.y > runs[k - 1]!.y));
}

/** So many pairs of glyphs drawn an object each show a line's spacing. */
const MIN_SPACED_PAIRS = 3;

/**
 * The spacing a line drawn one glyph an object sets its glyphs apart by, when wide (a justified line spread
 * to the margin, a letter-spaced title): the middle gap between its glyphs. Known from the whole line, it
 * is the spacing from its first glyph on, as appendRun would learn it only at its first two Chinese
 * characters: a line opening with a number read 2 0 2 4年.
 */
function glyphSpacing(row: readonly Run[]): number | undefined {
  const gaps: number[] = [];
  for (let i = 1; i < row.length; i++) {
    const [before, glyph] = [row[i - 1]!, row[i]!];
    if ([...before.text].length === 1 && [...glyph.text].length === 1 && glyph.text.trim() !== '') gaps.push(glyph.x - before.right);
  }
  if (gaps.length < MIN_SPACED_PAIRS) return undefined;
  const middle = gaps.sort((p, q) => p - q)[Math.floor(gaps.length / 2)]!;
  return middle > row[0]!.size / 3 ? middle : undefined;
}

/** A page's text runs as visual lines: grouped by baseline, top to bottom, each line left to right. */
function pageLines(placed: readonly Run[]): PageLine[] {
  const runs = [...placed].sort((p, q) => p.y - q.y);
  const rows: Run[][] = [];
  for (const run of runs) {
    const row = rows.at(-1);
    if (row && Math.abs(run.y - row[0]!.y) <= Math.min(run.size, row[0]!.size) / 2) row.push(run);
    else rows.push([run]);
  }
  return rows.map((row) => {
    const [first, ...rest] = row.sort((p, q) => p.x - q.x);
    // PDF lines' y grows upwards
    const line: PageLine = { ...first!, y: -first!.y };
    const spacing = glyphSpacing(row);
    if (spacing !== undefined) line.letterGap = spacing;
    for (const run of rest) appendRun(line, run);
    return line;
  });
}
