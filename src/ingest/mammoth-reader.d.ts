// The module of mammoth that its extractRawText reads a .docx with (mammoth declares types for its
// public functions only).
declare module 'mammoth/lib/docx/docx-reader.js' {
  /** The archive as mammoth's reader asks for its parts (what mammoth's unzip module opens). */
  export interface DocxFile {
    exists(name: string): boolean;
    read(name: string, encoding?: string): Promise<Uint8Array | string>;
  }
  /** An element of mammoth's document model, as far as its text goes. */
  export interface DocxElement {
    type: string;
    value?: string;
    children?: DocxElement[];
    /** a table cell's columns (w:gridSpan) and rows (w:vMerge; mammoth drops the cells merged into it) */
    colSpan?: number;
    rowSpan?: number;
    /** a paragraph's style (w:pStyle) and the name styles.xml gives it (Word's built-in names are English: toc 1) */
    styleId?: string | null;
    styleName?: string | null;
    /** a hyperlink's bookmark inside the document (w:anchor, or a HYPERLINK field's \\l) */
    anchor?: string;
    /** a note reference's kind ('footnote', 'endnote'); the document's notes, which resolve a reference to its note */
    noteType?: string;
    notes?: { resolve(reference: DocxElement): { body: DocxElement[] } | null };
    /** a break's kind: 'line', 'page' or 'column' */
    breakType?: string;
  }
  export function read(docxFile: DocxFile): Promise<{ value: DocxElement }>;
}
