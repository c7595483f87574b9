// The two modules of mammoth that its extractRawText reads a .docx with (mammoth declares types
// for its public functions only).
declare module 'mammoth/lib/unzip.js' {
  export function openZip(input: { buffer: Buffer }): Promise<unknown>;
}
declare module 'mammoth/lib/docx/docx-reader.js' {
  /** An element of mammoth's document model, as far as its text goes. */
  export interface DocxElement {
    type: string;
    value?: string;
    children?: DocxElement[];
  }
  export function read(zip: unknown): Promise<{ value: DocxElement }>;
}
