/**
 * What tells a row of figures from page layout in a table, shared by web pages' and Word
 * documents' tables: a row of figures is written on one line, its cells between "|", as a flattened
 * table is in plain text (审查政府合同(件) | 238).
 */

/** A cell of a table of figures holds a label or a value, never a paragraph of the report. */
export const MAX_CELL_CHARS = 80;

export function nonSpaceLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}
