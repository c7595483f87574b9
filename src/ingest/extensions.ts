/**
 * File extensions, as hints: ingest decides a file's format by its content, and batch looks in a
 * folder for the files of these extensions only.
 */
export const HTML_EXTENSIONS: ReadonlySet<string> = new Set(['.html', '.htm', '.shtml', '.xhtml', '.jsp', '.asp', '.aspx', '.php']);
export const MHTML_EXTENSIONS: ReadonlySet<string> = new Set(['.mht', '.mhtml']);
/** A report converted to Markdown is read as a text, its markup dropped. */
export const MARKDOWN_EXTENSIONS: ReadonlySet<string> = new Set(['.md', '.markdown']);
/** Every extension a report is read from: what batch scores in a folder. */
export const REPORT_EXTENSIONS: ReadonlySet<string> = new Set([
  '.txt',
  ...MARKDOWN_EXTENSIONS,
  '.docx',
  // Word 97–2003 (a .wps saved in that format is read too, as its content says: OLDER_DOCUMENT_EXTENSIONS)
  '.doc',
  '.odt',
  '.fodt',
  '.rtf',
  '.pdf',
  '.ofd',
  ...HTML_EXTENSIONS,
  ...MHTML_EXTENSIONS,
  // a mail saved with the report attached, or pasted in; Apple Mail's own message file
  '.eml',
  '.emlx',
]);
/** The formats as the user is told them. */
export const REPORT_FORMATS = 'txt、md、docx、doc、odt、fodt、rtf、pdf、ofd、html、htm、mht、eml 等';
/** WPS's format: read when it is a Word 97–2003 document, refused when it is WPS's own (batch skips it then). */
export const OLDER_DOCUMENT_EXTENSIONS: ReadonlySet<string> = new Set(['.wps']);
