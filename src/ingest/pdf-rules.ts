/**
 * A PDF table's rules: the thin boxes and straight strokes a page draws, as a table's borders. A ruled
 * table's cell is the text inside its rules, however many lines it takes: a cell whose text wraps stood
 * as lines of their own, the row's label cut in two (行政复议收案 | 117 | 96 over a line （件）), and cells
 * set a narrow blank apart ran together (行政复议收案（件）117 96).
 */
import { appendRun, cellsOf, type PageLine } from './page-lines.js';
import type { TextItemLike } from './pdf.js';
import { getResolvedPDFJS } from 'unpdf';
import { apply, IDENTITY, isMatrix, times, type Matrix } from './pdf-matrix.js';
import { isWhite } from './page-styles.js';
import { supportTransferToFixedLength, type OperatorList } from './pdf-unseen.js';
import { joiner } from './rewrap.js';

/** A rule of the page: horizontal (at y, from `from` to `to` along x) or vertical (at x, along y). */
interface Rule {
  at: number;
  from: number;
  to: number;
}

export interface PageRules {
  horizontal: Rule[];
  vertical: Rule[];
}

/** pdf.js's codes in a path's data (its DrawOPS): moveTo, lineTo, curveTo, quadraticCurveTo, closePath. */
const [DRAW_MOVE, DRAW_LINE, DRAW_CURVE, DRAW_QUADRATIC, DRAW_CLOSE] = [0, 1, 2, 3, 4];
/** A line of a page with a blank this wide between two of its runs (in font sizes) may be a ruled table's row. */
const RULED_GAP = 0.25;

/** Whether a page's lines may be a ruled table's rows: two of them with a blank between runs, as cells set a rule apart. */
export function mayBeRuled(lines: readonly PageLine[]): boolean {
  return lines.filter((line) => (line.joins ?? []).some((join) => join.gap > RULED_GAP * join.size)).length >= 2;
}

/** A filled box at most this thick (in points) is a rule: a table's border drawn as a thin rectangle. */
const MAX_RULE_WIDTH = 2.5;
/** A rule is at least this long (in points): shorter is a dot, a dash, a glyph's stroke. */
const MIN_RULE_LENGTH = 4;
/** Two rules this near (in points) along their length are one line, drawn in pieces (a border cell by cell). */
const RULE_SLACK = 1.5;
/** At most this many rules a page are read: more is a drawing, not a table's borders. */
const MAX_RULES = 4000;

const FILL_OPS = ['fill', 'eoFill'];
const STROKE_OPS = ['stroke', 'closeStroke', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke'];

/** What reads a page's rules from its operators (pdf.js's operator list), loaded when a page first needs it. */
export async function rulesReader(): Promise<(operators: OperatorList) => PageRules> {
  supportTransferToFixedLength();
  const ops = (await getResolvedPDFJS()).OPS as Readonly<Record<string, number>>;
  const fills = new Set(FILL_OPS.map((name) => ops[name]));
  const strokes = new Set(STROKE_OPS.map((name) => ops[name]));
  return (operators) => pageRules(operators, ops, fills, strokes);
}

function pageRules(
  operators: OperatorList,
  ops: Readonly<Record<string, number>>,
  fills: ReadonlySet<number | undefined>,
  strokes: ReadonlySet<number | undefined>,
): PageRules {
  const horizontal: Rule[] = [];
  const vertical: Rule[] = [];
  let ctm: Matrix = IDENTITY;
  const saved: Matrix[] = [];
  let white = false;
  const savedWhite: boolean[] = [];
  const add = ([x0, y0]: [number, number], [x1, y1]: [number, number]) => {
    if (horizontal.length + vertical.length >= MAX_RULES) return;
    const [width, height] = [Math.abs(x1 - x0), Math.abs(y1 - y0)];
    if (Math.max(width, height) < MIN_RULE_LENGTH || Math.min(width, height) > MAX_RULE_WIDTH) return;
    if (width >= height) horizontal.push({ at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) });
    else vertical.push({ at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) });
  };
  const { fnArray, argsArray } = operators;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save || fn === ops.paintFormXObjectBegin) {
      saved.push(ctm);
      savedWhite.push(white);
      if (fn === ops.paintFormXObjectBegin && isMatrix(args?.[0])) ctm = times(Array.from(args[0]) as Matrix, ctm);
    } else if (fn === ops.restore || fn === ops.paintFormXObjectEnd) {
      ctm = saved.pop() ?? ctm;
      white = savedWhite.pop() ?? white;
    } else if (fn === ops.transform && args?.length === 6) ctm = times(args.map(Number) as Matrix, ctm);
    else if (fn === ops.setFillRGBColor && typeof args?.[0] === 'string') white = isWhite(args[0]);
    else if (fn === ops.constructPath) {
      const paint = args?.[0] as number | undefined;
      const filled = fills.has(paint) && !white;
      const stroked = strokes.has(paint);
      if (!filled && !stroked) continue;
      const data = Array.isArray(args?.[1]) ? (args[1] as unknown[])[0] : undefined;
      if (!data || typeof (data as ArrayLike<number>).length !== 'number') continue;
      for (const subpath of subpaths(data as ArrayLike<number>)) {
        const points = subpath.map(([x, y]) => apply(ctm, x, y));
        if (stroked) points.forEach((point, k) => k > 0 && add(points[k - 1]!, point));
        else if (filled && points.length >= 2) {
          const xs = points.map(([x]) => x);
          const ys = points.map(([, y]) => y);
          add([Math.min(...xs), Math.min(...ys)], [Math.max(...xs), Math.max(...ys)]);
        }
      }
    }
  }
  return { horizontal: merged(horizontal), vertical: merged(vertical) };
}

/** The straight subpaths of a path's data, each its points (closed: its first again at its end); one with a curve is none. */
function subpaths(data: ArrayLike<number>): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = [];
  let points: Array<[number, number]> = [];
  let curved = false;
  const close = () => {
    if (points.length >= 2 && !curved) out.push(points);
    points = [];
    curved = false;
  };
  for (let k = 0; k < data.length;) {
    const code = data[k]!;
    if (code === DRAW_MOVE) {
      close();
      points.push([data[k + 1]!, data[k + 2]!]);
      k += 3;
    } else if (code === DRAW_LINE) {
      points.push([data[k + 1]!, data[k + 2]!]);
      k += 3;
    } else if (code === DRAW_CURVE) {
      curved = true;
      k += 7;
    } else if (code === DRAW_QUADRATIC) {
      curved = true;
      k += 5;
    } else if (code === DRAW_CLOSE) {
      if (points.length > 0) points.push(points[0]!);
      close();
      k += 1;
    } else break;
  }
  close();
  return out;
}

/** Rules on one line (at one place, within the slack) that touch or overlap, as one. */
function merged(rules: Rule[]): Rule[] {
  const sorted = [...rules].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Rule[] = [];
  for (const rule of sorted) {
    const same = out.findLast((other) => Math.abs(other.at - rule.at) <= RULE_SLACK && rule.from <= other.to + RULE_SLACK);
    if (same) {
      same.to = Math.max(same.to, rule.to);
      same.from = Math.min(same.from, rule.from);
    } else out.push({ ...rule });
  }
  return out;
}

/** Characters set full width (Chinese, full-width forms); others take about half as much. */
const FULL_WIDTH = /[\p{Script=Han}\u3000-\u303F\uFF01-\uFF60\u2014\u2026\u201C\u201D\u2018\u2019]/u;

/**
 * Text runs cut where a vertical rule crosses them: pdf.js gives the text of cells set a hair apart as one
 * run (负责人出庭应诉（件）61, 2024年2023年), and a run is cut between the characters nearest the rule,
 * their widths taken as full or half of the run's width shared out.
 */
export function itemsCutAtRules(items: readonly TextItemLike[], rules: PageRules): TextItemLike[] {
  return items.flatMap((item) => {
    const [a = 1, b = 0, c = 0, d = 1, x = 0, y = 0] = item.transform ?? [];
    const width = item.width ?? 0;
    const chars = [...(item.str ?? '')];
    if (b !== 0 || c !== 0 || a <= 0 || d <= 0 || chars.length < 2 || width <= 0) return [item];
    const size = Math.abs(item.height || d);
    const middle = y + INK_MIDDLE * size;
    const cuts = rules.vertical
      .filter((rule) => rule.at > x + RULE_SLACK && rule.at < x + width - RULE_SLACK && rule.from <= middle && rule.to >= middle)
      .map((rule) => rule.at);
    if (cuts.length === 0) return [item];
    const weights = chars.map((ch) => (FULL_WIDTH.test(ch) ? 1 : 0.5));
    const unit = width / weights.reduce((sum, w) => sum + w, 0);
    const ends: number[] = [];
    weights.reduce((sum, w) => (ends.push(x + (sum + w) * unit), sum + w), 0);
    // each cut between the characters nearest its rule, the pieces meeting at the rule
    const nearest = (cut: number) => ends.slice(0, -1).reduce((best, end, k) => (Math.abs(end - cut) < Math.abs(ends[best]! - cut) ? k : best), 0) + 1;
    const at = new Map<number, number>();
    for (const cut of cuts) at.set(nearest(cut), cut);
    const starts = [0, ...[...at.keys()].sort((p, q) => p - q)];
    return starts.map((start, k) => {
      const stop = k + 1 < starts.length ? starts[k + 1]! : chars.length;
      const left = start === 0 ? x : at.get(start)!;
      const right = stop === chars.length ? x + width : at.get(stop)!;
      return {
        ...item,
        str: chars.slice(start, stop).join(''),
        transform: [a, b, c, d, left, y],
        width: right - left,
        hasEOL: stop === chars.length ? item.hasEOL : false,
      };
    });
  });
}

/** Where a glyph's ink stands over its baseline and under it, in font sizes: a rule through them runs through the text. */
const INK_TOP = 0.8;
const INK_FOOT = 0.1;
/** Where a glyph's middle stands over its baseline, in font sizes. */
const INK_MIDDLE = 0.35;
/** A cell of more lines than this is no row's wrapped text: a page's columns between rules, say. */
const MAX_CELL_LINES = 8;
/** A cell that is a figure alone (85, 12.5%, 40件): a cell holds one, so a column of two holds two rows. */
const FIGURE_CELL = /^[-+]?\d[\d,.]*\s*(?:%|\p{Script=Han}{1,2})?$/u;

/** Whether a vertical rule stands between two runs of a line on baseline `y`, across the line's text: a cell border. */
export function ruledApart(rules: PageRules, left: number, right: number, y: number, size: number): boolean {
  const middle = y + INK_MIDDLE * size;
  return rules.vertical.some((rule) => rule.at > left - RULE_SLACK && rule.at < right + RULE_SLACK && rule.from <= middle && rule.to >= middle);
}

/** A table's row band: the rules over and under a line, and the vertical rules across it, left to right. */
interface Band {
  top: number;
  bottom: number;
  borders: number[];
}

/** A cell's text in a band's column, and where it stands. */
interface Piece {
  text: string;
  x: number;
  right: number;
}

/**
 * A ruled table's rows read one line each: the lines between the same two horizontal rules, parted by vertical
 * ones across both in at least two columns with text, are one row, each cell's lines joined top down (a label
 * wrapped onto a second line, its figures beside its first or set in the middle). Lines that are rows each (two
 * or more with text in every column, or a column of two figures alone) are a table ruled by its columns only,
 * and a column of many lines is no cell: both left as they are.
 */
export function withRuledCells(lines: readonly PageLine[], rules: PageRules): PageLine[] {
  if (rules.vertical.length === 0 || rules.horizontal.length < 2) return [...lines];
  const bands = new Map<string, { band: Band; lines: PageLine[] }>();
  for (const line of lines) {
    const band = bandOf(line, rules);
    if (!band) continue;
    const key = `${band.top}:${band.bottom}:${band.borders.join(',')}`;
    const known = bands.get(key);
    if (known) known.lines.push(line);
    else bands.set(key, { band, lines: [line] });
  }
  const replaced = new Map<PageLine, PageLine | null>();
  for (const { band, lines: inBand } of bands.values()) {
    if (inBand.length < 2) continue;
    const columns: Piece[][] = Array.from({ length: band.borders.length + 1 }, () => []);
    const ordered = [...inBand].sort((a, b) => b.y - a.y || a.x - b.x);
    const filled = ordered.map((line) => {
      const own = new Set<number>();
      for (const cell of cellsOf(line)) {
        const text = cell.text.trim();
        if (text === '') continue;
        const column = band.borders.filter((border) => border < (cell.x + cell.right) / 2).length;
        columns[column]!.push({ text, x: cell.x, right: cell.right });
        own.add(column);
      }
      return own;
    });
    const used = columns.flatMap((pieces, k) => (pieces.length > 0 ? [k] : []));
    const full = filled.filter((own) => used.every((k) => own.has(k))).length;
    const rowsApart = columns.some((pieces) => pieces.length > MAX_CELL_LINES || pieces.filter((piece) => FIGURE_CELL.test(piece.text)).length >= 2);
    if (used.length < 2 || full >= 2 || rowsApart) continue;
    const first = ordered[0]!;
    const size = Math.max(...ordered.map((line) => line.size));
    let row: PageLine | undefined;
    for (const k of used) {
      const pieces = columns[k]!;
      const text = pieces.map((piece) => piece.text).reduce((joined, next) => joined + joiner(joined, next) + next);
      const run = { text, x: Math.min(...pieces.map((piece) => piece.x)), right: Math.max(...pieces.map((piece) => piece.right)), size };
      if (!row) row = { text: '', x: run.x, right: run.x, y: first.y, size, tableRow: true };
      appendRun(row, run, row.text !== '');
    }
    replaced.set(first, row!);
    for (const line of ordered.slice(1)) replaced.set(line, null);
  }
  if (replaced.size === 0) return [...lines];
  return lines.flatMap((line) => {
    const row = replaced.get(line);
    return row === undefined ? [line] : row === null ? [] : [row];
  });
}

/** The band a line stands in: the nearest horizontal rules over and under its text, and the vertical ones across both. */
function bandOf(line: PageLine, rules: PageRules): Band | undefined {
  const middle = (line.x + line.right) / 2;
  const spans = (rule: Rule) => rule.from - RULE_SLACK <= middle && rule.to + RULE_SLACK >= middle;
  let top = Infinity;
  let bottom = -Infinity;
  for (const rule of rules.horizontal) {
    if (!spans(rule)) continue;
    if (rule.at >= line.y + INK_TOP * line.size && rule.at < top) top = rule.at;
    if (rule.at <= line.y - INK_FOOT * line.size && rule.at > bottom) bottom = rule.at;
  }
  if (top === Infinity || bottom === -Infinity) return undefined;
  const across = rules.vertical.filter((rule) => rule.from <= bottom + RULE_SLACK && rule.to >= top - RULE_SLACK).map((rule) => rule.at);
  // a line inside the table's cells: between two of its borders (its cells' borders, all the rules across the band)
  if (!across.some((at) => at <= line.x + RULE_SLACK) || !across.some((at) => at >= line.right - RULE_SLACK)) return undefined;
  const borders = across.sort((a, b) => a - b);
  return { top, bottom, borders: borders.filter((at, k) => k === 0 || at - borders[k - 1]! > RULE_SLACK) };
}
