/** What ingest hands to the next stage: one report as normalised text. */
export const INPUT_FORMATS = ['txt', 'html', 'docx', 'doc', 'odt', 'rtf', 'pdf', 'ofd'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

export interface SourceText {
  /** the path as the user gave it ('-' for standard input) */
  file: string;
  format: InputFormat;
  /** detected character encoding of the bytes (utf-8, gb18030, utf-16le, …; an RTF's code page, as gbk; 'binary' for docx/doc/odt/pdf/ofd) */
  encoding: string;
  /**
   * The normalised text every offset refers to: full-width ASCII forms folded, traditional
   * characters converted to simplified, line breaks unified, web-page boilerplate removed.
   */
  text: string;
  /**
   * The same text before character folding, with exactly the same length as `text`, so that
   * evidence found at [start, end) in `text` can be quoted from `original` as the report wrote it.
   */
  original: string;
  /**
   * The site a web page was published on, as its page title names it beside the article's title (报告标题_某市政协:
   * 某市政协), folded as `text` is; not part of the text, which leaves the page's chrome out. Read for who reports
   * when the text names no body.
   */
  site?: string;
  /** true when the report was written in traditional characters */
  traditional: boolean;
  /** what the user is told about how the file was read (Chinese), when anything: two encodings in one file, say */
  notices?: readonly string[];
}
