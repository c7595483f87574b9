import type { TextItemLike } from './pdf.js';
import { glyphsOfItems, type DrawnGlyphs } from './pdf-unseen.js';

/** A figure's digits with one blank between them, as pdf.js writes a gap it took for a space, or after its point or thousands comma. */
export const PARTED_DIGITS = /\d[.,]? \d/;

/**
 * A gap narrower than this share of the figure's glyph before it is kerning, not a space: a word space
 * is half a figure wide in a Latin font and as wide as one in a Chinese font's half-width set.
 */
const KERNING_SHARE = 0.5;

/**
 * The items with the blanks pdf.js wrote inside a figure, where a gap narrower than a space parted
 * two of its digits, or its point or comma from the digit after (4 60人次, 98. 5％, 1, 870件: a TJ array's
 * kerning, or the figure drawn as two runs a hair apart), taken out: pdf.js writes a space for any gap
 * past a tenth of the size, and the figure was read as two. A gap of a space or more (表1 2025年, 1, 2, 3)
 * stays. Where the items are not the drawn glyphs in order, they stay as they are.
 */
export function withKernedFiguresClosed(items: readonly TextItemLike[], drawn: DrawnGlyphs): readonly TextItemLike[] {
  const glyphs = glyphsOfItems(items, drawn);
  if (!glyphs) return items;
  return items.map((item, i) => {
    const str = item.str ?? '';
    if (!PARTED_DIGITS.test(str)) return item;
    const chars = [...str];
    const own = glyphs[i]!;
    const closed = chars.filter((char, k) => {
      if (char !== ' ' || !/\d/.test(chars[k + 1] ?? '')) return true;
      // the figure's last digit before the gap: the glyph a space is measured by
      const digit = /\d/.test(chars[k - 1] ?? '') ? k - 1 : /[.,]/.test(chars[k - 1] ?? '') && /\d/.test(chars[k - 2] ?? '') ? k - 2 : undefined;
      return digit === undefined || !isKerning(drawn, own[digit]!, own[k - 1]!, own[k + 1]!);
    });
    return closed.length === chars.length ? item : { ...item, str: closed.join('') };
  });
}

/** Whether the gap between two glyphs, along their baseline, is narrower than a space beside the figure's digit (see KERNING_SHARE). */
function isKerning(drawn: DrawnGlyphs, digit: number, before: number, after: number): boolean {
  const [[x0, y0], [x1, y1]] = [drawn.starts[digit]!, drawn.ends[digit]!];
  const width = Math.hypot(x1 - x0, y1 - y0);
  if (width === 0) return false;
  const [[x2, y2], [x3, y3]] = [drawn.ends[before]!, drawn.starts[after]!];
  const gap = ((x3 - x2) * (x1 - x0) + (y3 - y2) * (y1 - y0)) / width;
  return gap < KERNING_SHARE * width;
}
