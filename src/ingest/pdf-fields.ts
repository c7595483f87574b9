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
 * A page's text items with the text filled in its form fields, each of one line, standing
 * among them: after the item it follows on its baseline (全年审查规范性文件 | the field's 17 | 件), or as a line of its
 * own before the first item below it. A form's values were read only on a page with no text: beside the form's words,
 * each field was a gap between two cells (全年审查规范性文件 | 件). The field spans its box, so that its empty end is no
 * gap; a value the page draws itself inside the box (a form flattened, its fields kept) is read once.
 */
export function withFieldsFilled(items: readonly TextItemLike[], annotations: readonly AnnotationLike[]): readonly TextItemLike[] {
  let filled = items;
  for (const annotation of annotations) {
    // a box typed over a page with text of its own is a reader's remark on it (此处数据待核实), no part of the report
    const text = annotation.subtype === 'Widget' ? shownText(annotation)?.trim() : undefined;
    const [left, bottom, right, top] = annotation.rect ?? [];
    if (!text || /[\r\n]/.test(text) || left === undefined || bottom === undefined || right === undefined || top === undefined) continue;
    const size = Math.min(annotation.defaultAppearanceData?.fontSize || DEFAULT_FONT_SIZE, top - bottom);
    if (!(size > 0)) continue;
    const baseline = bottom + (top - bottom - size) / 2 + size * DESCENT;
    const inBox = (item: TextItemLike) => {
      const [x = 0, y = 0] = (item.transform ?? []).slice(4);
      return x < right && x + (item.width ?? 0) > left && y >= bottom - size / 2 && y <= top;
    };
    if (filled.some((item) => inBox(item) && (item.str ?? '').includes(text))) continue;
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
    const below = filled.findIndex((item) => ((item.transform ?? [])[5] ?? 0) < baseline - size / 2);
    const at = below < 0 ? filled.length : below;
    filled = [...filled.slice(0, at), field, ...filled.slice(at)];
  }
  return filled;
}
