import { getResolvedPDFJS } from 'unpdf';
import { log } from '../log.js';
import { isWhite } from './page-styles.js';
import type { TextItemLike } from './pdf.js';

/**
 * Text a PDF draws where no reader sees it: in render mode 3 (or 7), invisible, over nothing, or in
 * white on a page that paints nothing under it; an anti-copy trick's stray figure (12件 drawn with an
 * invisible 9 between, read 192件), or a keyword list for search engines. An OCR layer is drawn
 * invisible too, over the page's scan: on a page that draws a picture, invisible and white text stay
 * read. pdf.js's text content tells neither the render mode nor the colour, so the page's operators
 * are walked, glyph by glyph, and the glyphs matched to the text content's characters in order.
 */
export async function unseenTextReader(): Promise<(items: readonly TextItemLike[], operators: OperatorList) => SeenText> {
  supportTransferToFixedLength();
  const { OPS } = await getResolvedPDFJS();
  const ops = OPS as Readonly<Record<string, number>>;
  const pictures = new Set(PICTURE_OPS.map((name) => ops[name]));
  const fills = new Set(FILL_OPS.map((name) => ops[name]));
  return (items, operators) => {
    const drawn = drawnGlyphs(operators, ops, pictures, fills);
    if (!drawn.hidden.includes(true)) return { items: [...items], unseenChars: 0 };
    return withoutUnseen(items, drawn);
  };
}

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

interface SeenText {
  items: TextItemLike[];
  /** non-space characters left out */
  unseenChars: number;
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

interface DrawnGlyphs {
  /** the non-space characters drawn, in order */
  chars: string[];
  /** for each, whether no reader sees it */
  hidden: boolean[];
}

/** The glyphs a page's operators draw, each told seen or not (see unseenTextReader). */
function drawnGlyphs(
  operators: OperatorList,
  ops: Readonly<Record<string, number>>,
  pictures: ReadonlySet<number | undefined>,
  fills: ReadonlySet<number | undefined>,
): DrawnGlyphs {
  const chars: string[] = [];
  const invisible: boolean[] = [];
  const white: boolean[] = [];
  let state = { fill: '#000000', mode: 0 };
  const saved: Array<typeof state> = [];
  let picture = false;
  let ground = false;
  const { fnArray, argsArray } = operators;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save || fn === ops.paintFormXObjectBegin) saved.push({ ...state });
    else if (fn === ops.restore || fn === ops.paintFormXObjectEnd) state = saved.pop() ?? state;
    else if (fn === ops.setFillRGBColor && typeof args?.[0] === 'string') state.fill = args[0];
    else if (fn === ops.setTextRenderingMode && typeof args?.[0] === 'number') state.mode = args[0];
    else if (pictures.has(fn)) picture = true;
    else if (fills.has(fn) || fn === ops.shadingFill || (fn === ops.constructPath && fills.has(args?.[0] as number))) {
      // a ground of a colour: white text may stand on it
      if (!isWhite(state.fill)) ground = true;
    } else if (fn === ops.showText && Array.isArray(args?.[0])) {
      const isInvisible = INVISIBLE_MODES.has(state.mode);
      const isWhiteInk = FILL_MODES.has(state.mode) && isWhite(state.fill);
      for (const glyph of args[0] as unknown[]) {
        const unicode = (glyph as { unicode?: unknown } | null)?.unicode;
        if (typeof unicode !== 'string') continue;
        for (const char of unicode) {
          if (/\s/.test(char)) continue;
          chars.push(char);
          invisible.push(isInvisible);
          white.push(isWhiteInk);
        }
      }
    }
  }
  // a picture under the text is a scan its OCR layer lies over, or a ground for white text
  const hidden = chars.map((_, k) => !picture && (invisible[k]! || (white[k]! && !ground)));
  return { chars, hidden };
}

/**
 * The text content's items without the characters drawn unseen. The items' non-space characters are
 * the drawn glyphs' in order; where they are not (pdf.js wrote a ligature apart, reordered a
 * right-to-left run), the page is read whole, as before.
 */
function withoutUnseen(items: readonly TextItemLike[], drawn: DrawnGlyphs): SeenText {
  let at = 0;
  let unseenChars = 0;
  const kept: TextItemLike[] = [];
  for (const item of items) {
    let str = '';
    for (const char of item.str ?? '') {
      if (/\s/.test(char)) {
        str += char;
        continue;
      }
      if (drawn.chars[at] !== char) {
        log.debug({ at, char, drawn: drawn.chars[at] }, 'pdf text content and drawn glyphs differ: page read whole');
        return { items: [...items], unseenChars: 0 };
      }
      if (drawn.hidden[at]) unseenChars++;
      else str += char;
      at++;
    }
    kept.push(str === item.str ? item : { ...item, str });
  }
  return { items: kept, unseenChars };
}

/**
 * pdf.js cuts the buffers it sends a page's fonts in by ArrayBuffer.prototype.transferToFixedLength,
 * which Node.js has from version 21: on Node 20 getOperatorList stopped at a page's first text.
 * A copy does what the transfer does for pdf.js, which never reads the buffer it transferred again.
 */
function supportTransferToFixedLength(): void {
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
