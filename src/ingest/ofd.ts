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
import { appendRun, pagesToText, type PageBox, type PageLine } from './page-lines.js';
import { checkZipBudget, type ZipFormat } from './zip.js';

const DAMAGED = '文件已损坏或不完整,无法作为 OFD 版式文档读取;请重新导出或下载完整的文件';
const NO_TEXT = '文件是 OFD 版式文档,但其中没有可读取的文字(可能是扫描件),需要先做文字识别(OCR)再导入';
const ENCRYPTED = 'OFD 版式文档已加密,无法读取;请先解除加密';
const OFD_ZIP: ZipFormat = { damaged: DAMAGED, xmlParts: 'ofdXmlBytes' };

/** The text of an .ofd, lines rejoined into paragraphs; the package is checked against the budget before it is unpacked. */
export async function ofdToText(bytes: Uint8Array, budget: Budget): Promise<string> {
  await checkZipBudget(bytes, budget, OFD_ZIP);
  const { pages, boxes } = await readPages(bytes, budget);
  const text = pagesToText(pages, boxes);
  if (text === undefined) throw inputError(budget.file, NO_TEXT);
  return text;
}

/** The lines of each page, and each page's box (see pageBox). */
async function readPages(bytes: Uint8Array, budget: Budget): Promise<{ pages: PageLine[][]; boxes: Array<PageBox | undefined> }> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    if (findEntry(zip, 'Encryptions.xml')) throw inputError(budget.file, ENCRYPTED);
    const pages: PageLine[][] = [];
    const boxes: Array<PageBox | undefined> = [];
    for (const docRoot of descendants(await readPart(zip, '', 'OFD.xml', budget), 'DocRoot')) {
      const { name: documentName, nodes: document } = await readLocated(zip, '', textOf(docRoot), budget);
      const folder = path.posix.dirname(documentName);
      const documentArea = descendants(document, 'PageArea');
      const units = await compositeUnits(zip, folder, [...descendants(document, 'PublicRes'), ...descendants(document, 'DocumentRes')], budget);
      for (const page of descendants(document, 'Page')) {
        budget.checkTime();
        const { name: pageName, nodes: content } = await readLocated(zip, folder, page.attribs.BaseLoc ?? '', budget);
        // a page's own resources (PageRes) hold units only it places
        const pageRes = descendants(content, 'PageRes');
        const pageUnits = pageRes.length ? new Map([...units, ...(await compositeUnits(zip, path.posix.dirname(pageName), pageRes, budget))]) : units;
        pages.push(pageLines(contentRuns(content, pageUnits)));
        // a page's own Area, a child of its Page, sets its size apart from the document's
        const pageArea = descendants(content, 'Page').flatMap((root) =>
          root.children.filter((child): child is Element => isTag(child) && localName(child) === 'Area'),
        );
        boxes.push(pageBox([...pageArea, ...documentArea]));
      }
    }
    return { pages, boxes };
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw inputError(budget.file, DAMAGED);
  }
}

/**
 * A page's left and right edges from the first of its areas (a page's own Area, then the document's PageArea) that gives
 * them: its ApplicationBox, the part shown and printed, or else its PhysicalBox ("x y width height", in millimetres).
 */
function pageBox(areas: readonly Element[]): PageBox | undefined {
  for (const area of areas) {
    const box = descendants(area.children, 'ApplicationBox')[0] ?? descendants(area.children, 'PhysicalBox')[0];
    const [left = 0, , width = 0] = numbers(box && textOf(box), 4);
    if (width > 0) return { left, right: left + width };
  }
  return undefined;
}

/**
 * The composite graphic units of resources (a document's PublicRes and DocumentRes, a page's PageRes) by their
 * ID: content drawn once and placed on pages by CompositeObject, as converters from PDF write a form (a header
 * block, a table) whose text is there and not on the page. A resource part missing holds none: the pages may not need it.
 */
async function compositeUnits(zip: JSZip, folder: string, resources: readonly Element[], budget: Budget): Promise<Map<string, Element>> {
  const units = new Map<string, Element>();
  for (const res of resources) {
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
  const objects = descendants(nodes, TEXT_OR_COMPOSITE).map((object): Drawn => {
    if (localName(object) === 'TextObject') return textRuns(object);
    const unit = units.get(object.attribs.ResourceID ?? '');
    const place = placement(object);
    if (!unit || !place || place.turned || depth >= MAX_COMPOSITE_DEPTH || ++drawn.composites > MAX_COMPOSITES_PER_PAGE) return { runs: [] };
    const runs = contentRuns(descendants(unit.children, 'Content'), units, drawn, depth + 1).map((run) => {
      const at = place.toPage(run.x, run.y);
      const column = run.column?.map((y) => place.toPage(run.x, y).y);
      return { ...run, x: at.x, y: at.y, right: place.toPage(run.right, run.y).x, size: run.size * place.scale, ...(column && { column }) };
    });
    return { runs };
  });
  return verticalColumns(withoutSeals(objects)).flatMap((object) => object.runs);
}

/** A drawn object's runs; a glyph turned by its CTM gives none but where it stands, its size and its angle. */
interface Drawn {
  runs: Run[];
  turned?: { x: number; y: number; size: number; angle: number };
}

/** Turned glyphs so many objects apart at most belong to one seal (the upright one at the top of its arc between). */
const SEAL_GAP = 3;
const MIN_SEAL_GLYPHS = 3;
/** A seal's glyphs turn as its arc goes, by this much at least from first to last (a watermark's all alike). */
const MIN_SEAL_TURN = Math.PI / 3;

/**
 * The objects without the seals drawn into the page (a round 公章 whose characters are glyphs set along an arc, an
 * object each turned by its CTM): each run of turned glyphs that turn as an arc does is a seal, and the upright
 * objects drawn among them or next to them (the glyph at the arc's top, its star, the code across its bottom) that
 * lie within its circle are part of it: read, they would join the signature's and date's lines or split a figure.
 */
function withoutSeals(objects: readonly Drawn[]): Drawn[] {
  const turnedAt = objects.flatMap((object, i) => (object.turned ? [i] : []));
  const dropped = new Set<number>();
  for (let start = 0, end = 0; start < turnedAt.length; start = end + 1) {
    for (end = start; end + 1 < turnedAt.length && turnedAt[end + 1]! - turnedAt[end]! <= SEAL_GAP; end++);
    const glyphs = turnedAt.slice(start, end + 1).map((i) => objects[i]!.turned!);
    if (glyphs.length < MIN_SEAL_GLYPHS || turnOf(glyphs.map((glyph) => glyph.angle)) < MIN_SEAL_TURN) continue;
    const circle = circleOf(glyphs);
    if (!circle) continue;
    const reach = Math.abs(circle.r) + Math.max(...glyphs.map((glyph) => glyph.size));
    const within = (object: Drawn) =>
      object.runs.length > 0 && object.runs.every((run) => run.x >= circle.x - reach && run.right <= circle.x + reach && Math.abs(run.y - circle.y) <= reach);
    const [first, last] = [turnedAt[start]!, turnedAt[end]!];
    for (let i = first; i <= last; i++) if (within(objects[i]!)) dropped.add(i);
    for (let i = first - 1; i >= 0 && within(objects[i]!); i--) dropped.add(i);
    for (let i = last + 1; i < objects.length && within(objects[i]!); i++) dropped.add(i);
  }
  return objects.filter((_, i) => !dropped.has(i));
}

/**
 * How far glyphs' angles turn from first to last, round the circle: the whole turn less the widest gap between them.
 * Across ±180° (an arc at a seal's foot, a watermark set upside down) their least and greatest angles lay a whole turn
 * apart, and glyphs turned alike were taken for a seal's.
 */
function turnOf(angles: readonly number[]): number {
  const sorted = [...angles].sort((p, q) => p - q);
  let widest = 2 * Math.PI - (sorted.at(-1)! - sorted[0]!);
  for (let k = 1; k < sorted.length; k++) widest = Math.max(widest, sorted[k]! - sorted[k - 1]!);
  return 2 * Math.PI - widest;
}

/**
 * The circle a seal's glyphs stand on: each turned as far as it stands round the centre, at (x + r sin θ, y − r cos θ),
 * fitted by least squares (r below zero where the glyphs' feet face outwards). Its star and code lie within it, wherever
 * the arc runs: taken to be at the circle's top, a seal whose arc ran round its foot kept them among the signature's lines.
 */
function circleOf(glyphs: ReadonlyArray<{ x: number; y: number; angle: number }>): { x: number; y: number; r: number } | undefined {
  const n = glyphs.length;
  const mean = (of: (glyph: (typeof glyphs)[number]) => number) => glyphs.reduce((sum, glyph) => sum + of(glyph), 0) / n;
  const [x, y, sin, cos] = [mean((g) => g.x), mean((g) => g.y), mean((g) => Math.sin(g.angle)), mean((g) => Math.cos(g.angle))];
  const spread = 1 - sin * sin - cos * cos;
  if (spread < 1e-6) return undefined;
  const r = (mean((g) => Math.sin(g.angle) * g.x - Math.cos(g.angle) * g.y) - x * sin + y * cos) / spread;
  return { x: x - r * sin, y: y + r * cos, r };
}

/** So many Chinese glyphs an object each, one under another, make a vertical line. */
const MIN_COLUMN_GLYPHS = 3;
/** A vertical line's glyphs stand so far apart at most, in font sizes, from baseline to baseline. */
const MAX_COLUMN_PITCH = 2;

/**
 * Vertical text set a glyph an object (a 竖排 title, a cover's vertical line): Chinese glyphs drawn one after
 * another, one under the next at one X, become one run read top to bottom, standing where its first glyph does;
 * pageLines sets it apart as a line of its own, or leaves it out when its glyphs stand on the baselines of lines
 * beside it (a table's merged cell, a margin's note), as a single object set top to bottom (see isStacked).
 */
function verticalColumns(objects: readonly Drawn[]): Drawn[] {
  const glyph = (object: Drawn | undefined) => {
    const run = object?.runs.length === 1 ? object.runs[0]! : undefined;
    return run && !run.column && [...run.text].length === 1 && run.text.codePointAt(0)! >= 0x2e80 ? run : undefined;
  };
  const out: Drawn[] = [];
  for (let i = 0; i < objects.length;) {
    const column = [glyph(objects[i])].filter((run) => run !== undefined);
    for (let next = glyph(objects[i + column.length]); column.length > 0 && next; next = glyph(objects[i + column.length])) {
      const [first, previous] = [column[0]!, column.at(-1)!];
      const pitch = next.y - previous.y;
      if (Math.abs(next.x - first.x) > first.size / 2 || Math.abs(next.size - first.size) > first.size / 10) break;
      if (pitch < first.size * 0.9 || pitch > first.size * MAX_COLUMN_PITCH) break;
      column.push(next);
    }
    if (column.length < MIN_COLUMN_GLYPHS) {
      out.push(objects[i++]!);
      continue;
    }
    const [first] = column;
    out.push({ runs: [{ ...first!, text: column.map((run) => run.text).join(''), column: column.map((run) => run.y) }] });
    i += column.length;
  }
  return out;
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
  /** a vertical line's glyphs' baselines, top to bottom (see verticalColumns) */
  column?: number[];
}

/**
 * Where a graphic object's own space lies on its page (or in the unit that holds it): moved by its CTM, then by
 * its Boundary's origin; turned when its CTM turns it (a watermark drawn across the page, a seal's glyph).
 */
function placement(object: Element): { scale: number; turned: boolean; angle: number; toPage: (x: number, y: number) => { x: number; y: number } } {
  const [left = 0, top = 0] = numbers(object.attribs.Boundary, 4);
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = object.attribs.CTM ? numbers(object.attribs.CTM, 6) : [];
  const scale = Math.sqrt(Math.abs(a * d - b * c)) || 1;
  const turned = Math.abs(b) + Math.abs(c) > 0.05 * scale;
  return { scale, turned, angle: Math.atan2(b, a), toPage: (x, y) => ({ x: left + a * x + c * y + e, y: top + b * x + d * y + f }) };
}

/** A character's advance when no DeltaX gives it: full width for CJK, half for the rest. */
const advance = (ch: string, size: number) => (ch.codePointAt(0)! >= 0x2e80 ? size : size / 2);

/**
 * The runs of one text object: each text code's characters placed from its X and Y (the previous
 * code's when missing) by DeltaX and DeltaY (or their advance), split where the baseline moves,
 * then mapped onto the page by the CTM and the Boundary's origin. Turned text (a watermark drawn
 * across the page) and text set top to bottom are no line of the report and give none.
 */
function textRuns(object: Element): Drawn {
  const place = placement(object);
  const { scale, toPage } = place;
  if (place.turned) return { runs: [], ...turnedGlyph(object, place) };
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
  return { runs: isStacked(runs) ? [] : runs };
}

/** A turned object of a glyph or two: where its first text code stands on the page (a seal's glyph, see withoutSeals). */
function turnedGlyph(object: Element, place: ReturnType<typeof placement>): Pick<Drawn, 'turned'> {
  const codes = descendants(object.children, 'TextCode');
  const glyphs = [...codes.map(textOf).join('').trim()].length;
  if (codes.length === 0 || glyphs === 0 || glyphs > 2) return {};
  const at = place.toPage(Number(codes[0]!.attribs.X) || 0, Number(codes[0]!.attribs.Y) || 0);
  return { turned: { ...at, size: (Number(object.attribs.Size) || 1) * place.scale, angle: place.angle } };
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

/** A vertical line's glyphs this many times as large as a line's at least are a title's, not a note's or a cell's beside it. */
const VERTICAL_TITLE_SIZE = 1.25;

/**
 * A page's text runs as visual lines: grouped by baseline, top to bottom, each line left to right. A vertical line
 * stands where its first glyph's top does; beside lines of its size or larger, its glyphs on their baselines, it is a
 * margin's note or a table's merged cell and is left out, but a title set larger than the lines beside it stays
 * (a cover's vertical title beside the body's first lines was lost).
 */
function pageLines(placed: readonly Run[]): PageLine[] {
  const lines = placed.filter((run) => !run.column);
  const beside = (column: Run) =>
    column.column!.some((y) => lines.some((run) => Math.abs(run.y - y) <= Math.min(run.size, column.size) / 2 && column.size < run.size * VERTICAL_TITLE_SIZE));
  const top = (run: Run) => (run.column ? run.y - run.size : run.y);
  const runs = placed.filter((run) => !run.column || !beside(run)).sort((p, q) => top(p) - top(q));
  const rows: Run[][] = [];
  for (const run of runs) {
    const row = rows.at(-1);
    if (row && !run.column && !row[0]!.column && Math.abs(run.y - row[0]!.y) <= Math.min(run.size, row[0]!.size) / 2) row.push(run);
    else rows.push([run]);
  }
  return rows.map((row) => {
    const [{ column: _column, ...first }, ...rest] = row.sort((p, q) => p.x - q.x) as [Run, ...Run[]];
    // PDF lines' y grows upwards
    const line: PageLine = { ...first, y: -first.y };
    const spacing = glyphSpacing(row);
    if (spacing !== undefined) line.letterGap = spacing;
    for (const run of rest) appendRun(line, run);
    return line;
  });
}
