import { getResolvedPDFJS } from 'unpdf';
import { log } from '../log.js';
import { isWhite } from './page-styles.js';
import type { TextItemLike } from './pdf.js';
import { apply, IDENTITY, isMatrix, times, type Matrix } from './pdf-matrix.js';

/**
 * Text a PDF draws where no reader sees it: in render mode 3 (or 7), invisible, over nothing, or in
 * white on a page that paints nothing under it; an anti-copy trick's stray figure (12件 drawn with an
 * invisible 9 between, read 192件), or a keyword list for search engines. An OCR layer is drawn
 * invisible too, over the page's scan: invisible and white text over a picture the page draws stay
 * read. pdf.js's text content tells neither the render mode nor the colour, so the page's operators
 * are walked, glyph by glyph, and the glyphs matched to the text content's characters in order.
 */
export function seenText(items: readonly TextItemLike[], drawn: DrawnGlyphs): SeenText {
  if (!drawn.hidden.includes(true)) return { items: [...items], unseenChars: 0, coveredChars: 0, barredChars: 0 };
  return withoutUnseen(items, drawn);
}

/**
 * What reads the glyphs a page's operators draw (pdf.js's operator list), loaded when a page first needs
 * them: to tell the glyphs drawn unseen (see seenText), or to measure the gaps between them (./pdf-kerning.ts).
 */
export async function glyphReader(): Promise<(operators: OperatorList) => DrawnGlyphs> {
  supportTransferToFixedLength();
  const { OPS } = await getResolvedPDFJS();
  const ops = OPS as Readonly<Record<string, number>>;
  const pictures = new Set(PICTURE_OPS.map((name) => ops[name]));
  const fills = new Set(FILL_OPS.map((name) => ops[name]));
  return (operators) => drawnGlyphs(operators, ops, pictures, fills);
}

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

interface SeenText {
  items: TextItemLike[];
  /** non-space characters left out as drawn invisible or white */
  unseenChars: number;
  /** non-space characters left out as covered by a white box or clipped away */
  coveredChars: number;
  /** non-space characters left out as covered by a box of another colour (a redaction's black bar) */
  barredChars: number;
}

const PICTURE_OPS = [
  'paintImageXObject',
  'paintInlineImageXObject',
  'paintImageMaskXObject',
  'paintImageXObjectRepeat',
  'paintImageMaskXObjectGroup',
  'paintInlineImageXObjectGroup',
  'paintSolidColorImageMask',
  'paintImageMaskXObjectRepeat',
];
const FILL_OPS = ['fill', 'eoFill', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke'];
/** Render modes: 3 draws nothing, 7 only clips; 0 and 4 fill only (white fill is white text). */
const INVISIBLE_MODES = new Set([3, 7]);
const FILL_MODES = new Set([0, 4]);

export interface DrawnGlyphs {
  /** the non-space characters drawn, in order */
  chars: string[];
  /** for each, where its glyph starts and ends on the page, along its baseline */
  starts: Array<[number, number]>;
  ends: Array<[number, number]>;
  /** for each, whether no reader sees it */
  hidden: boolean[];
  /** for each, whether it is so because a box covers it or a clip leaves it out, and how */
  covered: Covered[];
}

/**
 * How a glyph is covered: not, by a white box or a clip, by a box of another colour, or by the page's shown text
 * (an invisible OCR layer's copy of it, see markOcrOverShownText).
 */
type Covered = 0 | 'white' | 'colour' | 'text';

/** A box on the page: [left, bottom, right, top]. */
type Box = [number, number, number, number];

const translated = (m: Matrix, tx: number, ty: number): Matrix => [m[0], m[1], m[2], m[3], tx * m[0] + ty * m[2] + m[4], tx * m[1] + ty * m[3] + m[5]];

/** A box of path coordinates [minX, minY, maxX, maxY] taken to the page by `m`. */
function boxOnPage(m: Matrix, path: ArrayLike<number>): Box {
  const [x0, y0, x1, y1] = [path[0]!, path[1]!, path[2]!, path[3]!];
  const corners = [apply(m, x0, y0), apply(m, x1, y0), apply(m, x0, y1), apply(m, x1, y1)];
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}
const holds = ([left, bottom, right, top]: Box, [x, y]: readonly [number, number]): boolean => x >= left && x <= right && y >= bottom && y <= top;
const intersect = (a: Box | null, b: Box): Box => (a === null ? b : [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])]);

/** A picture is drawn in the unit square of its transformation. */
const UNIT_SQUARE = [0, 0, 1, 1];
/** At most this many pictures a page are told apart; a page of more (a scan in tiles) is taken as a picture all over. */
const MAX_PICTURE_BOXES = 200;
const EVERYWHERE: Box = [-Infinity, -Infinity, Infinity, Infinity];
/** At most this many boxes a page are tried over its glyphs: each is tried on every glyph drawn before it. */
const MAX_COVER_BOXES = 200;
/** A box covers a glyph when it holds its middle and is at least this high, in the glyph's sizes (no rule or underline does). */
const MIN_COVER_HEIGHT = 0.6;
/** Where a glyph's middle stands above its baseline, in font sizes (the ink of a Chinese character is centred near there). */
const GLYPH_MIDDLE = 0.35;

interface GraphicsState {
  /** the fill colour as pdf.js gives it (#rrggbb), or 'none' for a pattern or no colour */
  fill: string;
  /** the ExtGState's fill alpha (ca), blend mode (BM, as pdf.js names it) and whether a soft mask is set */
  fillAlpha: number;
  blend: string;
  softMask: boolean;
  mode: number;
  ctm: Matrix;
  /** the clip's box on the page, null for none */
  clip: Box | null;
  size: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  rise: number;
  leading: number;
}

/**
 * The glyphs a page's operators draw, each told seen or not (see unseenTextReader): besides the render
 * mode and the colour, each glyph's middle is placed on the page (text matrix and transformations
 * followed), and it is unseen where a clip leaves it out (re W n to a box of no size) or a white box filled
 * after it covers it (an editor's whiteout over the figure it replaced).
 */
function drawnGlyphs(
  operators: OperatorList,
  ops: Readonly<Record<string, number>>,
  pictures: ReadonlySet<number | undefined>,
  fills: ReadonlySet<number | undefined>,
): DrawnGlyphs {
  const chars: string[] = [];
  const invisible: boolean[] = [];
  const white: boolean[] = [];
  const clipped: boolean[] = [];
  const middles: Array<[number, number]> = [];
  const starts: Array<[number, number]> = [];
  const ends: Array<[number, number]> = [];
  /** each glyph's height on the page */
  const heights: number[] = [];
  /** opaque boxes filled, each with how many glyphs were drawn before it */
  const coverBoxes: Array<{ box: Box; after: number; white: boolean }> = [];
  /** how deep in an annotation's appearance (a highlight, a note's box): those are no part of the page's drawing */
  let annotation = 0;
  let state: GraphicsState = {
    fill: '#000000',
    fillAlpha: 1,
    blend: 'source-over',
    softMask: false,
    mode: 0,
    ctm: IDENTITY,
    clip: null,
    size: 0,
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    rise: 0,
    leading: 0,
  };
  const saved: GraphicsState[] = [];
  let lineMatrix: Matrix = IDENTITY;
  let textMatrix: Matrix = IDENTITY;
  let clipping = false;
  /** where the page's pictures lie: a scan its OCR layer lies over, or a ground for white text */
  const pictureBoxes: Box[] = [];
  let ground = false;
  const moveText = (tx: number, ty: number) => {
    lineMatrix = translated(lineMatrix, tx, ty);
    textMatrix = lineMatrix;
  };
  const { fnArray, argsArray } = operators;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) saved.push({ ...state });
    else if (fn === ops.restore || fn === ops.paintFormXObjectEnd) state = saved.pop() ?? state;
    else if (fn === ops.paintFormXObjectBegin) {
      saved.push({ ...state });
      if (isMatrix(args?.[0])) state.ctm = times(Array.from(args[0]) as Matrix, state.ctm);
    } else if (fn === ops.transform && args?.length === 6) state.ctm = times(args.map(Number) as Matrix, state.ctm);
    else if (fn === ops.setFillRGBColor && typeof args?.[0] === 'string') state.fill = args[0];
    else if (fn === ops.setFillColorN || fn === ops.setFillTransparent) state.fill = 'none';
    else if (fn === ops.setGState && Array.isArray(args?.[0])) setGraphicsState(state, args[0] as unknown[]);
    else if (fn === ops.beginAnnotation) annotation++;
    else if (fn === ops.endAnnotation) annotation = Math.max(0, annotation - 1);
    else if (fn === ops.setTextRenderingMode && typeof args?.[0] === 'number') state.mode = args[0];
    else if (fn === ops.setFont && typeof args?.[1] === 'number') state.size = args[1];
    else if (fn === ops.setCharSpacing && typeof args?.[0] === 'number') state.charSpacing = args[0];
    else if (fn === ops.setWordSpacing && typeof args?.[0] === 'number') state.wordSpacing = args[0];
    else if (fn === ops.setHScale && typeof args?.[0] === 'number') state.hScale = args[0] / 100;
    else if (fn === ops.setTextRise && typeof args?.[0] === 'number') state.rise = args[0];
    else if (fn === ops.setLeading && typeof args?.[0] === 'number') state.leading = args[0];
    else if (fn === ops.beginText) lineMatrix = textMatrix = IDENTITY;
    else if (fn === ops.setTextMatrix && isMatrix(args?.[0])) lineMatrix = textMatrix = Array.from(args[0]) as Matrix;
    else if (fn === ops.moveText) moveText(Number(args?.[0]), Number(args?.[1]));
    else if (fn === ops.setLeadingMoveText) {
      state.leading = -Number(args?.[1]);
      moveText(Number(args?.[0]), Number(args?.[1]));
    } else if (fn === ops.nextLine) moveText(0, -state.leading);
    else if (fn === ops.clip || fn === ops.eoClip) clipping = true;
    else if (pictures.has(fn)) {
      // a picture repeated or grouped by pdf.js is placed by transformations of its own: taken as all over the page
      const single =
        fn === ops.paintImageXObject || fn === ops.paintInlineImageXObject || fn === ops.paintImageMaskXObject || fn === ops.paintSolidColorImageMask;
      if (single && pictureBoxes.length < MAX_PICTURE_BOXES) pictureBoxes.push(boxOnPage(state.ctm, UNIT_SQUARE));
      else pictureBoxes.unshift(EVERYWHERE);
    } else if (fn === ops.constructPath) {
      const path = args?.[2];
      const box = path !== null && path !== undefined && (path as ArrayLike<number>).length === 4 ? boxOnPage(state.ctm, path as ArrayLike<number>) : null;
      if (clipping && box) state.clip = intersect(state.clip, box);
      clipping = false;
      if (fills.has(args?.[0] as number)) {
        // a ground of a colour: white text may stand on it
        const white = isWhite(state.fill);
        if (!white) ground = true;
        // an opaque box filled after text hides what it lies over: a whiteout, or a redaction's bar; a box of
        // another colour only as a lone rectangle (the bounds of a path of many shapes cover what none of them does)
        const covers = box && chars.length > 0 && annotation === 0 && isOpaque(state) && state.fill !== 'none';
        if (covers && coverBoxes.length < MAX_COVER_BOXES && (white || isLoneRectangle(args?.[1]))) coverBoxes.push({ box, after: chars.length, white });
      }
    } else if (fills.has(fn) || fn === ops.shadingFill) {
      if (!isWhite(state.fill)) ground = true;
    } else if (fn === ops.showText && Array.isArray(args?.[0])) {
      const isInvisible = INVISIBLE_MODES.has(state.mode);
      const isWhiteInk = FILL_MODES.has(state.mode) && isWhite(state.fill);
      const { size, hScale } = state;
      for (const glyph of args[0] as unknown[]) {
        if (typeof glyph === 'number') {
          // a TJ adjustment, in thousandths of the size
          textMatrix = translated(textMatrix, (-glyph / 1000) * size * hScale, 0);
          continue;
        }
        const { unicode, width, isSpace } = (glyph ?? {}) as { unicode?: unknown; width?: unknown; isSpace?: unknown };
        const advance = typeof width === 'number' ? (width / 1000) * size : 0;
        const onPage = times(textMatrix, state.ctm);
        const middle = apply(onPage, (advance * hScale) / 2, state.rise + GLYPH_MIDDLE * size);
        const [start, end] = [apply(onPage, 0, state.rise), apply(onPage, advance * hScale, state.rise)];
        const height = Math.hypot(onPage[2], onPage[3]) * size;
        textMatrix = translated(textMatrix, (advance + state.charSpacing + (isSpace === true ? state.wordSpacing : 0)) * hScale, 0);
        if (typeof unicode !== 'string') continue;
        for (const char of unicode) {
          if (/\s/.test(char)) continue;
          chars.push(char);
          invisible.push(isInvisible);
          white.push(isWhiteInk);
          clipped.push(state.clip !== null && !holds(state.clip, middle));
          middles.push(middle);
          starts.push(start);
          ends.push(end);
          heights.push(height);
        }
      }
    }
  }
  const covered = chars.map((_, k): Covered => {
    if (clipped[k]) return 'white';
    const cover = coverBoxes.find(({ box, after }) => k < after && holds(box, middles[k]!) && box[3] - box[1] >= MIN_COVER_HEIGHT * heights[k]!);
    return cover === undefined ? 0 : cover.white ? 'white' : 'colour';
  });
  markOcrOverShownText(invisible, covered, middles, starts, ends, heights);
  // a picture under the text is a scan its OCR layer lies over, or a ground for white text; only there: a page's
  // seal or emblem is no scan, and the invisible 9 of its 1(9)2件 elsewhere on the page was read (192件)
  const onPicture = (k: number): boolean => {
    const [x, y] = middles[k]!;
    const margin = heights[k]!;
    return pictureBoxes.some(([left, bottom, right, top]) => x >= left - margin && x <= right + margin && y >= bottom - margin && y <= top + margin);
  };
  const hidden = chars.map((_, k) => covered[k] !== 0 || ((invisible[k]! || (white[k]! && !ground)) && !onPicture(k)));
  return { chars, starts, ends, hidden, covered };
}

/** Rows of shown glyphs are looked up by their baselines in bands this many points high. */
const ROW_BAND = 4;

/**
 * Marks the invisible glyphs that lie on glyphs the page shows as a copy of them: a page of text run through OCR
 * again, its invisible layer laid over the text it recognised. Read as the OCR layer over a scan is, each line of it
 * was read again after the page's text (twice, where OCR misread a character: 46仵), and on a page of no picture
 * told as text drawn unseen. Each such glyph's middle stands inside a shown glyph's box; invisible text over the
 * page's picture only is still read.
 */
function markOcrOverShownText(
  invisible: readonly boolean[],
  covered: Covered[],
  middles: ReadonlyArray<readonly [number, number]>,
  starts: ReadonlyArray<readonly [number, number]>,
  ends: ReadonlyArray<readonly [number, number]>,
  heights: readonly number[],
): void {
  if (!invisible.includes(true) || !invisible.includes(false)) return;
  const rows = new Map<number, number[]>();
  let tallest = 0;
  invisible.forEach((hidden, k) => {
    if (hidden || covered[k] !== 0) return;
    const band = Math.floor(starts[k]![1] / ROW_BAND);
    const row = rows.get(band);
    if (row) row.push(k);
    else rows.set(band, [k]);
    tallest = Math.max(tallest, heights[k]!);
  });
  const onShownGlyph = ([x, y]: readonly [number, number]): boolean => {
    for (let band = Math.floor((y - tallest) / ROW_BAND); band <= Math.floor(y / ROW_BAND); band++) {
      for (const k of rows.get(band) ?? []) {
        const [left, right] = [Math.min(starts[k]![0], ends[k]![0]), Math.max(starts[k]![0], ends[k]![0])];
        if (x >= left && x <= right && y >= starts[k]![1] && y <= starts[k]![1] + heights[k]!) return true;
      }
    }
    return false;
  };
  invisible.forEach((hidden, k) => {
    if (hidden && covered[k] === 0 && onShownGlyph(middles[k]!)) covered[k] = 'text';
  });
}

/**
 * The text content's items without the characters drawn unseen. The items' non-space characters are
 * the drawn glyphs' in order; where they are not (pdf.js wrote a ligature apart, reordered a
 * right-to-left run), the page is read whole, as before.
 */
function withoutUnseen(items: readonly TextItemLike[], drawn: DrawnGlyphs): SeenText {
  const glyphs = glyphsOfItems(items, drawn);
  if (!glyphs) return { items: [...items], unseenChars: 0, coveredChars: 0, barredChars: 0 };
  let unseenChars = 0;
  let coveredChars = 0;
  let barredChars = 0;
  const kept = items.map((item, i): TextItemLike => {
    let str = '';
    [...(item.str ?? '')].forEach((char, k) => {
      const at = glyphs[i]![k]!;
      if (at < 0) str += char;
      else if (drawn.covered[at] === 'colour') barredChars++;
      else if (drawn.covered[at] === 'white') coveredChars++;
      else if (drawn.covered[at] === 'text') return;
      else if (drawn.hidden[at]) unseenChars++;
      else str += char;
    });
    return str === item.str ? item : { ...item, str };
  });
  return { items: kept, unseenChars, coveredChars, barredChars };
}

/**
 * For each item, the drawn glyph each of its characters is (-1 for a space, which pdf.js writes for a
 * gap): the items' non-space characters are the drawn glyphs' in order, or undefined where they are not.
 */
export function glyphsOfItems(items: readonly TextItemLike[], drawn: DrawnGlyphs): number[][] | undefined {
  let at = 0;
  const glyphs: number[][] = [];
  for (const item of items) {
    const own: number[] = [];
    for (const char of item.str ?? '') {
      if (/\s/.test(char)) own.push(-1);
      else if (drawn.chars[at] === char) own.push(at++);
      else {
        log.debug({ at, char, drawn: drawn.chars[at] }, 'pdf text content and drawn glyphs differ: page read whole');
        return undefined;
      }
    }
    glyphs.push(own);
  }
  return glyphs;
}

/** pdf.js's codes in a path's data (its DrawOPS). */
const [DRAW_MOVE, DRAW_LINE, DRAW_CLOSE] = [0, 1, 4];

/** Whether a path is one rectangle (re): pdf.js writes it moveTo, three lineTo and closePath, a closing fill one more closePath. */
function isLoneRectangle(paths: unknown): boolean {
  const data = Array.isArray(paths) ? (paths[0] as ArrayLike<number> | null | undefined) : undefined;
  if (!data || (data.length !== 13 && !(data.length === 14 && data[13] === DRAW_CLOSE))) return false;
  return data[0] === DRAW_MOVE && data[3] === DRAW_LINE && data[6] === DRAW_LINE && data[9] === DRAW_LINE && data[12] === DRAW_CLOSE;
}

/** The entries of an ExtGState (gs) that decide whether a fill hides what lies under it, as pdf.js gives them ([key, value] pairs). */
function setGraphicsState(state: GraphicsState, entries: readonly unknown[]): void {
  for (const entry of entries) {
    if (!Array.isArray(entry)) continue;
    const [key, value] = entry as [unknown, unknown];
    if (key === 'ca' && typeof value === 'number') state.fillAlpha = value;
    else if (key === 'BM' && typeof value === 'string') state.blend = value;
    else if (key === 'SMask') state.softMask = value !== false;
  }
}

/** A fill hides what lies under it unless it is see-through (alpha below 1), blended (a highlight multiplies) or masked. */
const isOpaque = (state: GraphicsState): boolean => state.fillAlpha >= 0.99 && state.blend === 'source-over' && !state.softMask;

/**
 * pdf.js cuts the buffers it sends a page's fonts in by ArrayBuffer.prototype.transferToFixedLength,
 * which Node.js has from version 21: on Node 20 getOperatorList stopped at a page's first text.
 * A copy does what the transfer does for pdf.js, which never reads the buffer it transferred again.
 */
export function supportTransferToFixedLength(): void {
  const prototype = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
  if (typeof prototype.transferToFixedLength === 'function') return;
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length = this.byteLength): ArrayBuffer {
      const copy = new ArrayBuffer(length);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return copy;
    },
  });
}
