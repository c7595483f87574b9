import mammoth from 'mammoth';
import type { Budget } from './budget.js';
import { typeNumbering } from './docx-numbering.js';
import { inputError } from './limits.js';
import { checkZipBudget, type ZipFormat } from './zip.js';

const DAMAGED = '文件已损坏或不完整,无法作为 Word(.docx)文档读取;请用 Word 或 WPS 打开后重新保存';
const DOCX_ZIP: ZipFormat = { damaged: DAMAGED, xmlParts: 'docxXmlBytes' };

/**
 * The text of a .docx, one paragraph per line, automatic numbers typed in; the archive is checked
 * against the budget before it is unpacked.
 */
export async function docxToText(bytes: Uint8Array, budget: Budget): Promise<string> {
  await checkZipBudget(bytes, budget, DOCX_ZIP);
  let value: string;
  try {
    const numbered = await typeNumbering(bytes);
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(numbered.buffer, numbered.byteOffset, numbered.length) }));
  } catch {
    throw inputError(budget.file, DAMAGED);
  }
  // mammoth ends every paragraph with a blank line; one paragraph per line is what plain text has.
  return value.replace(/\n\n/g, '\n');
}
