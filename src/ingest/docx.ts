// mammoth's own reader of a .docx, as its extractRawText uses it: the document's elements (the raw
// text mammoth writes puts each table cell on a line of its own, away from its row)
import { read as readDocxBody, type DocxElement, type DocxFile } from 'mammoth/lib/docx/docx-reader.js';
import type { Budget } from './budget.js';
import { typeNumbering } from './docx-numbering.js';
import { inputError } from './limits.js';
import { MAX_CELL_CHARS, nonSpaceLength } from './table-cells.js';
import { checkZipBudget, ZipFiles, type ZipFormat } from './zip.js';

const DAMAGED = '文件已损坏或不完整,无法作为 Word(.docx)文档读取;请用 Word 或 WPS 打开后重新保存';
const DOCX_ZIP: ZipFormat = { damaged: DAMAGED, xmlParts: 'docxXmlBytes' };

/**
 * The text of a .docx, one paragraph per line, automatic numbers typed in, a table's row of
 * figures on one line (./table-cells.ts); the archive is checked against the budget before it is
 * unpacked.
 */
export async function docxToText(bytes: Uint8Array, budget: Budget): Promise<string> {
  await checkZipBudget(bytes, budget, DOCX_ZIP);
  let body: DocxElement;
  try {
    const files = new ZipFiles(bytes, budget);
    await typeNumbering(files);
    ({ value: body } = await readDocxBody(docxFile(files)));
  } catch {
    throw inputError(budget.file, DAMAGED);
  }
  return textOf(body);
}

/** The archive as mammoth's own unzipping gives it to its reader: a part as bytes, or decoded as mammoth decodes it. */
function docxFile(files: ZipFiles): DocxFile {
  return {
    exists: (name) => files.has(name),
    read: async (name, encoding) => {
      const bytes = await files.read(name);
      if (encoding === undefined) return bytes;
      return encoding === 'base64' ? bytes.toString('base64') : new TextDecoder(encoding).decode(bytes);
    },
  };
}

/** The element's text as mammoth's raw text has it, a paragraph per line, but a row of figures on one. */
function textOf(element: DocxElement): string {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab') return '\t';
  if (element.type === 'tableRow') {
    const row = figureRow(element);
    if (row !== undefined) return row + '\n';
  }
  let text = '';
  for (const child of element.children ?? []) text += textOf(child);
  return element.type === 'paragraph' ? text + '\n' : text;
}

/**
 * A row of figures written as a web page's is (审查政府合同(件) | 238), or undefined for a row of
 * page layout (one cell, or a cell holding a table or paragraphs of text).
 */
function figureRow(row: DocxElement): string | undefined {
  const cells: string[] = [];
  for (const cell of row.children ?? []) {
    if (cell.type !== 'tableCell') continue;
    if (holdsTable(cell)) return undefined;
    const text = textOf(cell).replace(/\s+/g, ' ').trim();
    if (nonSpaceLength(text) > MAX_CELL_CHARS) return undefined;
    cells.push(text);
  }
  return cells.length >= 2 ? cells.join(' | ') : undefined;
}

function holdsTable(element: DocxElement): boolean {
  for (const child of element.children ?? []) if (child.type === 'table' || holdsTable(child)) return true;
  return false;
}
