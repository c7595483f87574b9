/**
 * A page set in vertical writing (竖排: a cover, a preface or a whole report set so), its glyphs drawn one by one down
 * each column and the columns from right to left, by a font of horizontal writing placed glyph by glyph. pdf.js gives
 * each glyph as a run of its own, and read by its place on the page each glyph stood on a line of its own (溱 / 澜 / 县).
 */
import type { TextItemLike } from './pdf.js';

/** A glyph of a column stands this far across from the one above it at most, as a share of its size. */
const MAX_ACROSS = 0.5;
/** A column's glyphs step down the page by about their size: so much at least and at most, as shares of it. */
const MIN_STEP = 0.8;
const MAX_STEP = 1.6;
/** A cell of a column is a glyph, or a few set across inside it (縦中横, a figure's digits side by side): no wider than this share of the size. */
const MAX_CELL_WIDTH = 1.2;
/** A column holds so many cells at least: fewer are a table's column of single figures. */
const MIN_COLUMN_CELLS = 3;
/** A page is set in vertical writing when so great a share of its characters stands in columns. */
const MIN_VERTICAL_SHARE = 0.6;

const sizeOf = (item: TextItemLike): number => Math.abs(item.height || item.transform?.[3] || 0) || 1;

/** Whether an item is a cell of a column of glyphs of `size`: a glyph, or a few no wider than one, drawn upright. */
function isCell(item: TextItemLike, size: number): boolean {
  const [a = 1, b = 0] = item.transform ?? [];
  const text = (item.str ?? '').trim();
  return text !== '' && b === 0 && a > 0 && (item.width ?? 0) <= MAX_CELL_WIDTH * size;
}

/** Whether `next` stands under `item` in a column of glyphs of `size`: across by a hair, down by about a glyph's size. */
function standsUnder(item: TextItemLike, next: TextItemLike, size: number): boolean {
  const [, , , , x = 0, y = 0] = item.transform ?? [];
  const [, , , , nextX = 0, nextY = 0] = next.transform ?? [];
  const centre = x + (item.width ?? 0) / 2;
  const nextCentre = nextX + (next.width ?? 0) / 2;
  const step = y - nextY;
  return Math.abs(centre - nextCentre) <= MAX_ACROSS * size && step >= MIN_STEP * size && step <= MAX_STEP * size;
}

/**
 * The page's items with its columns of vertical writing turned as a page turned a quarter is read (see pdf.ts's
 * pageTurn): each cell drawn running down the page, its place kept, as wide as its size, so that a column reads as a
 * line from its top and the columns as lines from the right. A page with too few of its characters in columns (a
 * table's column of figures, a seal's or a label's few words) is left as it is.
 */
export function withVerticalWritingTurned(items: readonly TextItemLike[]): readonly TextItemLike[] {
  // the items of text: pdf.js gives empty ones between, a line's end
  const shown = [...items.keys()].filter((k) => (items[k]!.str ?? '').trim() !== '');
  const columns: Array<[number, number]> = [];
  let inColumns = 0;
  let all = 0;
  for (let from = 0; from < shown.length;) {
    let to = from + 1;
    const size = sizeOf(items[shown[from]!]!);
    const cell = (n: number) => isCell(items[shown[n]!]!, size);
    if (cell(from)) while (to < shown.length && cell(to) && standsUnder(items[shown[to - 1]!]!, items[shown[to]!]!, size)) to++;
    if (to - from >= MIN_COLUMN_CELLS) {
      columns.push([shown[from]!, shown[to - 1]!]);
      for (let n = from; n < to; n++) inColumns += (items[shown[n]!]!.str ?? '').trim().length;
    }
    from = to;
  }
  for (const item of items) all += (item.str ?? '').trim().length;
  if (columns.length === 0 || inColumns < MIN_VERTICAL_SHARE * all) return items;
  const turned = [...items];
  for (const [first, last] of columns) {
    const size = sizeOf(items[first]!);
    for (let k = first; k <= last; k++) {
      const item = items[k]!;
      // an empty item between a column's cells ends no line
      if ((item.str ?? '').trim() === '') {
        turned[k] = { ...item, hasEOL: false };
        continue;
      }
      const [, , , , x = 0, y = 0] = item.transform ?? [];
      // running down the page, as a quarter turn clockwise draws it; its place the column's middle and its top
      turned[k] = { ...item, transform: [0, -size, size, 0, x + (item.width ?? 0) / 2, y + size], width: size, height: size, hasEOL: k === last };
    }
  }
  return turned;
}
