/**
 * What the bytes are, from magic numbers. Document formats we read win over the file
 * extension (a PDF renamed to .txt is still read as PDF); other binary formats are named
 * so the user learns what they gave us.
 */
export type Sniffed =
  | { kind: 'pdf' }
  | { kind: 'docx' }
  | { kind: 'ofd' }
  | { kind: 'odt' }
  | { kind: 'rtf' }
  | { kind: 'doc' }
  | { kind: 'truncated-compound' }
  | { kind: 'zip' }
  | { kind: 'tar' }
  | { kind: 'encrypted-office' }
  | { kind: 'binary'; what: string }
  | { kind: 'unknown' };

interface Magic {
  bytes: readonly number[];
  offset?: number;
  what: string;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/** An OLE compound file: old Office documents, and the envelope Office puts a password-protected .docx in. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream holding an encrypted .docx/.xlsx, named (in UTF-16) in the compound file's directory. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');
/** A property stream of an Outlook message (.msg), named (in UTF-16) in the compound file's directory as no Office document's is. */
const OUTLOOK_PROPERTY = Buffer.from('__substg1.0_', 'utf16le');
/** Outlook's package of a mail's attachments and formatting (TNEF, sent as winmail.dat): its signature, little-endian 0x223E9F78. */
const TNEF = [0x78, 0x9f, 0x3e, 0x22];

/**
 * What an Outlook message saved as a file (.msg) or Outlook's package of a mail's attachments (winmail.dat) is, as the
 * user is told it: both compound, the report inside them unread. A .msg was told an older Office document to be saved
 * as .docx, which Word cannot do; winmail.dat was "binary data".
 */
export function outlookPackage(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, TNEF)) {
    return 'Outlook 打包的邮件附件(winmail.dat,TNEF 格式),报告附件在其中,无法直接读取;请发件人在 Outlook 中改用 HTML 或纯文本格式重新发送,或在 Outlook 中打开邮件把报告附件另存出来再试';
  }
  if (startsWith(bytes, COMPOUND_FILE) && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(OUTLOOK_PROPERTY)) {
    return 'Outlook 邮件(.msg),不能直接读取;请在 Outlook 中打开邮件,把报告附件另存出来(报告在正文中的,复制正文另存为 .txt)再试';
  }
  return undefined;
}

/**
 * Whether a compound file's directory holds a stream of that name: an entry (128 bytes, at a multiple of 128 in the
 * file, as the directory's sectors are) that starts with the name in UTF-16, gives its length with the NUL, and is a
 * stream. The name found anywhere else (in a document's text) is no entry.
 */
function hasCompoundStream(bytes: Uint8Array, name: string): boolean {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const wanted = Buffer.from(name, 'utf16le');
  for (let at = data.indexOf(wanted, 512); at >= 0; at = data.indexOf(wanted, at + 1)) {
    if (at % 128 === 0 && at + 128 <= data.length && data.readUInt16LE(at + 64) === wanted.length + 2 && data[at + 66] === 2) return true;
  }
  return false;
}

/** Whether a compound file's directory starts past its end, as in a file cut short: its streams cannot be named. */
function directoryPastEnd(bytes: Uint8Array): boolean {
  if (bytes.length < 512) return true;
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const shift = data.readUInt16LE(30);
  // a header of no known sector size says nothing of where its directory is
  if (shift !== 9 && shift !== 12) return false;
  const sectorBytes = 2 ** shift;
  return (data.readInt32LE(48) + 1) * sectorBytes >= bytes.length;
}

/** The stream of a Word 97–2003 document's text and properties (.doc, or a .wps or .dot saved in that format). */
const WORD_DOCUMENT = 'WordDocument';
/** Older Office files other than Word's, by their main stream. */
const OTHER_COMPOUND_FILES: ReadonlyArray<{ stream: string; what: string }> = [
  { stream: 'Workbook', what: 'Excel 表格(.xls),不是报告文本' },
  { stream: 'Book', what: 'Excel 表格(.xls),不是报告文本' },
  { stream: 'PowerPoint Document', what: 'PowerPoint 演示文稿(.ppt),不是报告文本' },
];
/** A compound file with no Word document in it: WPS's own .wps, another program's file, or a damaged .doc. */
const OTHER_COMPOUND =
  '旧版 Office 或 WPS 格式的文件,但其中没有 Word 文档的正文(可能是 WPS 文字自有格式的 .wps、其他程序的文件,或已损坏);请在 WPS 或 Word 中打开后另存为 .docx 再试';

/**
 * WPS's own sheet and presentation, whose files are Excel's and PowerPoint's formats (or a compound file of WPS's):
 * named as their user knows them. An .et was told an Excel sheet (.xls), one of no Excel stream a Word file to save as .docx.
 */
const WPS_OWN: ReadonlyMap<string, string> = new Map([
  ['.et', 'WPS 表格(.et),不是报告文本'],
  ['.ett', 'WPS 表格模板(.ett),不是报告文本'],
  ['.dps', 'WPS 演示文稿(.dps),不是报告文本'],
  ['.dpt', 'WPS 演示模板(.dpt),不是报告文本'],
]);

/** Binary formats that are certainly not a report we can read. */
const BINARY_MAGIC: readonly Magic[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'PNG 图片' },
  { bytes: [0xff, 0xd8, 0xff], what: 'JPEG 图片' },
  { bytes: ascii('GIF8'), what: 'GIF 图片' },
  { bytes: ascii('WEBP'), offset: 8, what: 'WebP 图片' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], what: 'TIFF 图片' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], what: 'TIFF 图片' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: '可执行程序(ELF)' },
  { bytes: ascii('MZ'), what: '可执行程序(EXE)' },
  { bytes: ascii('ftypheic'), offset: 4, what: 'HEIC 图片(手机照片)' },
  { bytes: ascii('ftypmif1'), offset: 4, what: 'HEIC 图片(手机照片)' },
  { bytes: ascii('Rar!'), what: 'RAR 压缩包' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: '7z 压缩包' },
  { bytes: [0x1f, 0x8b], what: 'gzip 压缩包' },
];

/** An OpenDocument text's type (…text, …text-template, …text-master): what its mimetype entry holds. */
const ODT_TYPE = 'application/vnd.oasis.opendocument.text';

/** ZIP-based office formats other than .docx and .odt, by a marker in the archive (ODF and EPUB name their type first). */
const OTHER_OFFICE_ZIPS: ReadonlyArray<{ marker: string; what: string }> = [
  { marker: 'opendocument.spreadsheet', what: 'OpenDocument 表格(.ods),不是报告文本' },
  { marker: 'opendocument.presentation', what: 'OpenDocument 演示文稿(.odp),不是报告文本' },
  { marker: 'xl/', what: 'Excel 表格(.xlsx),不是报告文本' },
  { marker: 'ppt/', what: 'PowerPoint 演示文稿(.pptx),不是报告文本' },
  { marker: 'application/epub+zip', what: '电子书(EPUB),请另存为 .docx 或网页后再试' },
];

function startsWith(bytes: Uint8Array, magic: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + magic.length) return false;
  return magic.every((b, i) => bytes[offset + i] === b);
}

/** Finds an ASCII marker in the first `window` bytes. */
function contains(bytes: Uint8Array, marker: string, window: number): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, window)).includes(marker, 0, 'latin1');
}

/** An entry of exactly that name at the archive's root: its name right after a local file header that gives its length. */
function hasRootEntry(bytes: Uint8Array, name: string): boolean {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  for (let at = data.indexOf(name, 30, 'latin1'); at >= 0; at = data.indexOf(name, at + 1, 'latin1')) {
    if (data.readUInt32LE(at - 30) === 0x04034b50 && data.readUInt16LE(at - 4) === name.length) return true;
  }
  return false;
}

/**
 * Layout formats of Chinese readers, which no library here reads, by their extensions: as binary data they were told
 * "图片、压缩包或程序". Founder's CEB is what many portals and archives publish gazettes and documents in.
 */
export const READER_FORMATS: ReadonlyMap<string, string> = new Map([
  ['.ceb', '方正 CEB 版式文档(.ceb),不能直接读取;请用方正 Apabi Reader 打开后打印或另存为 PDF 再试'],
  ['.caj', '知网 CAJ 文档(.caj),不能直接读取;请用 CAJViewer 打开后打印为 PDF 再试'],
]);

/** A tar archive (Linux's and Kylin's, unpacked from a .tar.gz or made so): its header's "ustar" mark, before its first file's data. */
const TAR_MARK = { bytes: ascii('ustar'), offset: 257 };

/** What the bytes are; `extension` (the file's, lower case) names only a container several programs share. */
export function sniff(bytes: Uint8Array, extension = ''): Sniffed {
  const wps = WPS_OWN.get(extension);
  // a tar holds its files' bytes as they are: a PDF in it was read as the report, a text with its headers' names and modes
  if (startsWith(bytes, TAR_MARK.bytes, TAR_MARK.offset)) return { kind: 'tar' };
  // pdf.js accepts a header anywhere in the first kilobyte, as Acrobat does.
  if (contains(bytes, '%PDF-', 1024)) return { kind: 'pdf' };
  if (startsWith(bytes, ascii('PK\x03\x04')) || startsWith(bytes, ascii('PK\x05\x06'))) {
    if (hasRootEntry(bytes, 'OFD.xml')) return { kind: 'ofd' };
    // an OpenDocument package names its type first (its mimetype entry), before any of its parts
    if (hasRootEntry(bytes, 'mimetype') && contains(bytes, ODT_TYPE, 1024)) return { kind: 'odt' };
    // a folder's slash written as Windows writes it (word\document.xml), which Word reads
    if (contains(bytes, 'word/', bytes.length) || contains(bytes, 'word\\', bytes.length)) return { kind: 'docx' };
    const office = OTHER_OFFICE_ZIPS.find(({ marker }) => contains(bytes, marker, bytes.length));
    return office ? { kind: 'binary', what: wps ?? office.what } : { kind: 'zip' };
  }
  if (startsWith(bytes, ascii('{\\rtf'))) return { kind: 'rtf' };
  if (startsWith(bytes, COMPOUND_FILE) && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(ENCRYPTED_PACKAGE)) {
    return { kind: 'encrypted-office' };
  }
  const outlook = outlookPackage(bytes);
  if (outlook !== undefined) return { kind: 'binary', what: outlook };
  if (startsWith(bytes, COMPOUND_FILE)) {
    if (hasCompoundStream(bytes, WORD_DOCUMENT)) return { kind: 'doc' };
    if (directoryPastEnd(bytes)) return { kind: 'truncated-compound' };
    return { kind: 'binary', what: wps ?? OTHER_COMPOUND_FILES.find(({ stream }) => hasCompoundStream(bytes, stream))?.what ?? OTHER_COMPOUND };
  }
  for (const magic of BINARY_MAGIC) {
    if (startsWith(bytes, magic.bytes, magic.offset)) {
      // Two-byte magics ('MZ', gzip) are plausible text starts; only call them binary with a NUL nearby.
      if (magic.bytes.length < 3 && !contains(bytes, '\0', 512)) continue;
      return { kind: 'binary', what: magic.what };
    }
  }
  return { kind: 'unknown' };
}
