import type { PageLine } from './page-lines.js';
import type { TextItemLike } from './pdf.js';

/** What pdf.js tells of an annotation. */
export interface AnnotationLike {
  subtype?: string;
  annotationFlags?: number;
  rect?: number[];
  contentsObj?: { str?: string };
  fieldType?: string;
  fieldValue?: unknown;
  defaultAppearanceData?: { fontSize?: number };
}

/** Annotation flags of one a viewer does not show: Hidden, NoView. */
const NOT_SHOWN = 0x2 | 0x20;

/** The size of an annotation's text when it sets none (a field's size 0 is "fit to the box"). */
const DEFAULT_FONT_SIZE = 12;

/**
 * The text an annotation shows on its page: a text box typed over it (FreeText) and a text field's value. A comment
 * (a note, shown only when opened) is no text of the page.
 */
function shownText(annotation: AnnotationLike): string | undefined {
  if (((annotation.annotationFlags ?? 0) & NOT_SHOWN) !== 0) return undefined;
  const text =
    annotation.subtype === 'FreeText'
      ? annotation.contentsObj?.str
      : annotation.subtype === 'Widget' && annotation.fieldType === 'Tx'
        ? annotation.fieldValue
        : undefined;
  return typeof text === 'string' ? text : undefined;
}

/** The lines of text the annotations of a page with no text of its own show on it, each line at its box's place. */
export function annotationLines(annotations: readonly AnnotationLike[]): PageLine[] {
  const lines: PageLine[] = [];
  for (const annotation of annotations) {
    const text = shownText(annotation);
    if (text === undefined) continue;
    const [left = 0, , right = left, top = 0] = annotation.rect ?? [];
    const size = annotation.defaultAppearanceData?.fontSize || DEFAULT_FONT_SIZE;
    text.split(/\r\n?|\n/).forEach((line, i) => {
      if (line.trim() !== '') lines.push({ text: line.trim(), x: left, right, y: top - (i + 1) * size, size });
    });
  }
  return lines;
}

/** A viewer sets a field's line of text this share of its size above the bottom of the text's height centred in the box. */
const DESCENT = 0.2;

/**
 * A page's text items with the text filled in its form fields standing among them: a field of one line after the item
 * it follows on its baseline (全年审查规范性文件 | the field's 17 | 件), or as a line of its own before the first item
 * below it; a field of several lines as lines of their own from its box's top. A form's values were read only on a
 * page with no text: beside the form's words, each field was a gap between two cells (全年审查规范性文件 | 件). A field
 * of one line spans its box, so that its empty end is no gap; a value the page draws itself inside the box (a form
 * flattened, its fields kept) is read once.
 */
export function withFieldsFilled(items: readonly TextItemLike[], annotations: readonly AnnotationLike[]): readonly TextItemLike[] {
  let filled = items;
  for (const annotation of annotations) {
    // a box typed over a page with text of its own is a reader's remark on it (此处数据待核实), no part of the report
    const text = annotation.subtype === 'Widget' ? shownText(annotation)?.trim() : undefined;
    const [left, bottom, right, top] = annotation.rect ?? [];
    if (!text || left === undefined || bottom === undefined || right === undefined || top === undefined) continue;
    const size = Math.min(annotation.defaultAppearanceData?.fontSize || DEFAULT_FONT_SIZE, top - bottom);
    if (!(size > 0)) continue;
    const inBox = (item: TextItemLike) => {
      const [x = 0, y = 0] = (item.transform ?? []).slice(4);
      return x < right && x + (item.width ?? 0) > left && y >= bottom - size / 2 && y <= top;
    };
    const drawn = (line: string) => filled.some((item) => inBox(item) && (item.str ?? '').includes(line));
    const lines = text
      .split(/\r\n?|\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
    if (lines.length > 1) {
      // a field of several lines (a text box of 主要举措, 存在问题) shows each under the last from its box's top, as
      // annotationLines reads it; its value was not read beside the page's words. A line is as wide as its characters
      // (those of ASCII half a glyph), so that one short of the box ends no wrapped paragraph.
      lines.forEach((line, i) => {
        if (drawn(line)) return;
        const width = Math.min(
          right - left,
          [...line].reduce((sum, char) => sum + (char <= '~' ? size / 2 : size), 0),
        );
        filled = withOwnLine(filled, { str: line, transform: [size, 0, 0, size, left, top - (i + 1) * size], width, height: size, hasEOL: true }, size);
      });
      continue;
    }
    if (drawn(text)) continue;
    const baseline = bottom + (top - bottom - size) / 2 + size * DESCENT;
    const field: TextItemLike = { str: text, transform: [size, 0, 0, size, left, baseline], width: right - left, height: size, hasEOL: true };
    const onLine = filled.findLastIndex((item) => {
      const [x = 0, y = 0] = (item.transform ?? []).slice(4);
      return (item.str ?? '').trim() !== '' && Math.abs(y - baseline) <= size / 2 && x <= left;
    });
    if (onLine >= 0) {
      const before = filled[onLine]!;
      filled = [...filled.slice(0, onLine), { ...before, hasEOL: false }, { ...field, hasEOL: before.hasEOL ?? false }, ...filled.slice(onLine + 1)];
      continue;
    }
    filled = withOwnLine(filled, field, size);
  }
  return filled;
}

/** The items with `field` as a line of its own, before the first item below its baseline. */
function withOwnLine(items: readonly TextItemLike[], field: TextItemLike, size: number): readonly TextItemLike[] {
  const baseline = (field.transform ?? [])[5] ?? 0;
  const below = items.findIndex((item) => ((item.transform ?? [])[5] ?? 0) < baseline - size / 2);
  const at = below < 0 ? items.length : below;
  return [...items.slice(0, at), field, ...items.slice(at)];
}
