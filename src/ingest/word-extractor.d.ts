// The modules of word-extractor that its WordExtractor reads a Word 97–2003 document with, used one by one so that the
// document's own streams and piece table can be read beside it (word-extractor declares no types).
declare module 'word-extractor/lib/buffer-reader.js' {
  export default class BufferReader {
    constructor(buffer: Buffer);
  }
}
declare module 'word-extractor/lib/ole-compound-doc.js' {
  import type { Readable } from 'node:stream';
  /** An OLE compound file: its streams by name, read as Node streams. */
  export default class OleCompoundDoc {
    constructor(reader: {
      open(): Promise<void>;
      close(): Promise<void>;
      read(buffer: Buffer, offset: number, length: number, position: number): Promise<Buffer>;
    });
    read(): Promise<OleCompoundDoc>;
    stream(name: string): Readable;
  }
}
declare module 'word-extractor/lib/ole-allocation-table.js' {
  /** A sector allocation table: the chain of sectors a stream is stored in. */
  export default class AllocationTable {
    _table: number[];
    getSecIdChain(start: number): number[];
  }
}
declare module 'word-extractor/lib/word-ole-extractor.js' {
  import type { Readable } from 'node:stream';
  import type OleCompoundDoc from 'word-extractor/lib/ole-compound-doc.js';
  /** A piece of the document's text (its piece table), deleted text set to NULs and a table row's end mark to a line feed. */
  export interface WordPiece {
    text: string;
  }
  export default class WordOleExtractor {
    _pieces: WordPiece[];
    streamBuffer(stream: Readable): Promise<Buffer>;
    extractWordDocument(document: OleCompoundDoc, wordDocument: Buffer): Promise<unknown>;
  }
}
