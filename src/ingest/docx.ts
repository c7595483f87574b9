import mammoth from 'mammoth';
import { inputError } from './limits.js';

/** The text of a .docx, one paragraph per line. */
export async function docxToText(bytes: Uint8Array, file: string): Promise<string> {
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) }));
  } catch {
    throw inputError(file, '文件已损坏或不完整,无法作为 Word(.docx)文档读取;请用 Word 或 WPS 打开后重新保存');
  }
  // mammoth ends every paragraph with a blank line; one paragraph per line is what plain text has.
  return value.replace(/\n\n/g, '\n');
}
