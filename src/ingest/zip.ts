import { isUtf8 } from 'node:buffer';
import { inflateRawSync } from 'node:zlib';
import type JSZip from 'jszip';
import type { Budget } from './budget.js';
import { decodeText } from './decode.js';
import { inflateCounting } from './inflate.js';
import { inputError } from './limits.js';

/** What the guard needs to know of a ZIP-based format. */
export interface ZipFormat {
  /** the message for an archive that cannot be read */
  damaged: string;
  /** the counter its XML parts spend from, which its reader parses */
  xmlParts: 'docxXmlBytes' | 'ofdXmlBytes' | 'odtXmlBytes';
}

/**
 * Checks a ZIP archive (a .docx, an .ofd) against the budget before any library unpacks it: every
 * entry is inflated here, counting bytes, and refused as soon as the entries together pass the
 * unpacked-bytes limit or one entry passes the ratio limit. The sizes the archive declares are
 * not trusted. Entries are found as JSZip (which mammoth uses) finds them: from the central
 * directory, shifted when bytes precede the archive. Gives the XML parts (the ones a reader
 * reads) inflated whole, by the offset of their entry, for ZipFiles not to inflate them again;
 * every other entry's bytes are dropped.
 */
export async function checkZipBudget(bytes: Uint8Array, budget: Budget, format: ZipFormat): Promise<InflatedParts> {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const corrupt = () => inputError(budget.file, format.damaged);
  const inflated = new Map<number, Buffer>();
  for (const entry of centralDirectory(data, budget, corrupt)) {
    budget.checkTime();
    const start = dataStart(data, entry, corrupt);
    const compressed = data.subarray(start, start + entry.compressedSize);
    const xml = XML_PART.test(entry.name) ? format.xmlParts : undefined;
    if (entry.method === STORED) spend(budget, compressed.length, xml);
    else if (entry.method === DEFLATED) {
      const whole = await inflateWithin(compressed, entry.name, xml, budget);
      if (whole && xml) inflated.set(entry.offset, whole);
    }
    // other methods: JSZip cannot unpack them either, so nothing is unpacked
  }
  return inflated;
}

/** Entries' bytes as inflated whole, by the offset of the entry's local header. */
export type InflatedParts = ReadonlyMap<number, Buffer>;

const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const END_SIGNATURE = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;
/** The end record sits in the last 22 bytes plus a comment of at most 64 KiB. */
const END_SEARCH = 22 + 0xffff;

interface Entry {
  name: string;
  /** the name's bytes, as the archive holds them */
  nameBytes: Buffer;
  method: number;
  compressedSize: number;
  offset: number;
  /** general purpose flags: bit 0 says encrypted */
  flags: number;
  /** the system that made the entry (high byte of "version made by"): 3 is Unix */
  madeBy: number;
  externalAttributes: number;
}

function centralDirectory(data: Buffer, budget: Budget, corrupt: () => Error): Entry[] {
  const end = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end < data.length - END_SEARCH || end + 22 > data.length) throw corrupt();
  if (data.readUInt32LE(end) !== END_SIGNATURE) throw corrupt();
  const count = data.readUInt16LE(end + 10);
  const size = data.readUInt32LE(end + 12);
  const declaredStart = data.readUInt32LE(end + 16);
  // ZIP64 markers: no document within the input limit needs them.
  if (count === 0xffff || declaredStart === 0xffffffff) throw budget.exceeded('zipEntries');
  if (count > budget.limits.zipEntries) throw budget.exceeded('zipEntries');
  // Bytes before the archive (as JSZip allows) shift every offset.
  const shift = end - (declaredStart + size) > 0 && data.readUInt32LE(declaredStart) !== CENTRAL_SIGNATURE ? end - (declaredStart + size) : 0;
  const entries: Entry[] = [];
  let at = declaredStart + shift;
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw corrupt();
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const offset = data.readUInt32LE(at + 42) + shift;
    const compressedSize = data.readUInt32LE(at + 20);
    if (offset + 30 > data.length || compressedSize === 0xffffffff) throw corrupt();
    entries.push({
      name: data.toString('utf8', at + 46, at + 46 + nameLength),
      nameBytes: data.subarray(at + 46, at + 46 + nameLength),
      method: data.readUInt16LE(at + 10),
      compressedSize,
      offset,
      flags: data.readUInt16LE(at + 8),
      madeBy: data.readUInt8(at + 5),
      externalAttributes: data.readUInt32LE(at + 38),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The names of an archive's files as its maker wrote them: UTF-8 when flagged so (bit 11) or valid, else in the
 * code page Windows' tools in China write them in (GBK), read as GB18030; none when the archive is damaged.
 */
export function zipEntryNames(bytes: Uint8Array, budget: Budget): string[] {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let entries: Entry[];
  try {
    entries = centralDirectory(data, budget, () => new Error('damaged'));
  } catch {
    return [];
  }
  return entries.map((entry) => ((entry.flags & 0x800) !== 0 || isUtf8(entry.nameBytes) ? entry.name : decodeText(entry.nameBytes, 'gb18030').text));
}

/** A tar archive's block: a file's header takes one, its data whole ones after it. */
const TAR_BLOCK = 512;
/** The most headers read for a refusal's names: an archive of more files is named by its first ones. */
const MAX_TAR_HEADERS = 1000;

/** The names of a tar archive's files (a ustar name's prefix joined to it), as far as its headers can be walked. */
export function tarEntryNames(bytes: Uint8Array): string[] {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const field = (at: number, length: number) => data.toString('latin1', at, at + length).replace(/\0.*$/s, '');
  const names: string[] = [];
  for (let at = 0; at + TAR_BLOCK <= data.length && names.length < MAX_TAR_HEADERS;) {
    const name = field(at, 100);
    const size = parseInt(field(at + 124, 12).trim() || '0', 8);
    if (name === '' || !Number.isFinite(size) || size < 0) break;
    const prefix = field(at + 257, 6).startsWith('ustar') ? field(at + 345, 155) : '';
    // tar writes a name given as ./x.pdf so: its ./ is no hidden file's dot
    const bytesOfName = Buffer.from((prefix === '' ? name : `${prefix}/${name}`).replace(/^(?:\.\/)+/, ''), 'latin1');
    names.push(isUtf8(bytesOfName) ? bytesOfName.toString('utf8') : decodeText(bytesOfName, 'gb18030').text);
    at += TAR_BLOCK + Math.ceil(size / TAR_BLOCK) * TAR_BLOCK;
  }
  return names;
}

/** Where an entry's stored data starts: after its local header, which must be there. */
function dataStart(data: Buffer, entry: Entry, corrupt: () => Error): number {
  const local = entry.offset;
  if (data.readUInt32LE(local) !== LOCAL_SIGNATURE) throw corrupt();
  return local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
}

type XmlCounter = ZipFormat['xmlParts'] | undefined;

/** Unpacked bytes count towards the total, and those of XML parts (which the reader parses) also towards their counter. */
function spend(budget: Budget, bytes: number, xml: XmlCounter): void {
  budget.spend('unpackedBytes', bytes);
  if (xml) budget.spend(xml, bytes);
}

/** Inflates one entry, counting its bytes against the budget, and stops at the first limit passed; its bytes when inflated whole in one call. */
async function inflateWithin(compressed: Buffer, name: string, xml: XmlCounter, budget: Budget): Promise<Buffer | undefined> {
  const ratioLimit = Math.max(budget.limits.ratioFloorBytes, compressed.length * budget.limits.unpackRatio);
  return inflateCounting(compressed, true, (bytes, total) => {
    spend(budget, bytes, xml);
    if (total > ratioLimit) throw budget.exceeded('unpackRatio', name);
  });
}

/**
 * The files of a ZIP archive (a .docx) as JSZip, which mammoth unzips with, reads them, but unpacked
 * synchronously by Node's zlib and only when read: JSZip inflates in JavaScript, 16 KiB a turn of
 * the event loop, and the archive was unpacked by it twice (numbering typed in, then mammoth),
 * a quarter of the time a .docx took. Check the archive against the budget first (checkZipBudget):
 * the parts it inflated whole are read as it gave them, not inflated again.
 */
export class ZipFiles {
  private readonly files = new Map<string, Buffer | { deflated: Buffer }>();
  private jszip: Promise<JSZip> | undefined;

  /** Throws where JSZip refuses the archive: an encrypted entry, an unknown method, an entry cut off. */
  constructor(
    private readonly bytes: Uint8Array,
    budget: Budget,
    inflated: InflatedParts = new Map(),
  ) {
    const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    const corrupt = () => new Error('not an archive JSZip reads');
    for (const entry of centralDirectory(data, budget, corrupt)) {
      if ((entry.flags & 1) !== 0 || (entry.method !== STORED && entry.method !== DEFLATED)) throw corrupt();
      const start = dataStart(data, entry, corrupt);
      if (start + entry.compressedSize > data.length) throw corrupt();
      // JSZip names an entry as its local header does; Word, as Windows' tools do, reads a backslash
      // in a name as a folder's slash (exporters on Windows write them so): such a .docx was "damaged"
      const name = data.toString('utf8', entry.offset + 30, entry.offset + 30 + data.readUInt16LE(entry.offset + 26)).replaceAll('\\', '/');
      const directory =
        (entry.externalAttributes & 0x10) !== 0 || (entry.madeBy === UNIX && ((entry.externalAttributes >>> 16) & 0x4000) !== 0) || name.endsWith('/');
      // JSZip files a folder under its name with a slash, where no file is looked for; of two files of one name the last counts
      if (directory) continue;
      const stored = data.subarray(start, start + entry.compressedSize);
      this.files.set(name, entry.method === STORED ? stored : (inflated.get(entry.offset) ?? { deflated: stored }));
    }
  }

  has(name: string): boolean {
    return this.files.has(name);
  }

  /** Whether any file lies in the folder (a name ending in '/'). */
  hasIn(folder: string): boolean {
    for (const name of this.files.keys()) if (name.startsWith(folder)) return true;
    return false;
  }

  /**
   * A file's bytes, an XML part's in UTF-8; broken deflate data is unpacked by JSZip itself, which
   * keeps what came before the break.
   */
  async read(name: string): Promise<Buffer> {
    const file = this.files.get(name);
    if (file === undefined) throw new Error(`no file ${name} in the archive`);
    const bytes = Buffer.isBuffer(file) ? file : await this.inflate(name, file.deflated);
    if (!XML_PART.test(name)) return bytes;
    const utf8 = inUtf8(bytes);
    // a part converted is kept converted; others are read as before (a deflated one inflated on each read)
    if (utf8 !== bytes) this.files.set(name, utf8);
    return utf8;
  }

  private async inflate(name: string, deflated: Buffer): Promise<Buffer> {
    try {
      return inflateRawSync(deflated);
    } catch {
      this.jszip ??= import('jszip').then(({ default: JSZip }) => JSZip.loadAsync(this.bytes));
      return Buffer.from(await (await this.jszip).file(name)!.async('uint8array'));
    }
  }

  /** Puts new content in place of a file (the document with its numbers typed in). */
  replace(name: string, content: Buffer): void {
    this.files.set(name, content);
  }
}

const UNIX = 3;

const XML_PART = /\.(?:xml|rels)$/i;
const UTF16_DECLARATION = /^(<\?xml[^>]{0,200}?\bencoding\s*=\s*["'])utf-16(?:le|be)?(?=["'])/i;

/** The encoding an XML declaration names. */
const DECLARED_ENCODING = /^(<\?xml[^>]{0,200}?\bencoding\s*=\s*["'])([^"']{1,40})(?=["'])/i;

/**
 * An XML part in UTF-8. A package's XML may be UTF-16 as well (ECMA-376 part 2), as Word reads it:
 * said by a byte order mark, or by the NUL beside the "<" it starts with. The parsers read UTF-8
 * only, and such a .docx was "damaged". A generator writing GBK says so in the declaration, and read as
 * UTF-8 every character of it was garbled: a part not in UTF-8 is read in the encoding it declares.
 */
function inUtf8(bytes: Buffer): Buffer {
  const [first, second] = bytes;
  const littleEndian = (first === 0xff && second === 0xfe) || (first === 0x3c && second === 0);
  if (!littleEndian && !((first === 0xfe && second === 0xff) || (first === 0 && second === 0x3c))) return inDeclaredEncoding(bytes);
  const units = Buffer.from(bytes.subarray(0, bytes.length & ~1));
  if (!littleEndian) units.swap16();
  const text = units.toString('utf16le').replace(/^\uFEFF/, '');
  return Buffer.from(text.replace(UTF16_DECLARATION, '$1UTF-8'), 'utf8');
}

function inDeclaredEncoding(bytes: Buffer): Buffer {
  const declared = DECLARED_ENCODING.exec(bytes.toString('latin1', 0, 256))?.[2];
  if (declared === undefined || /^utf-?(?:8|16)/i.test(declared) || isUtf8(bytes)) return bytes;
  return Buffer.from(decodeText(bytes, declared).text.replace(DECLARED_ENCODING, '$1UTF-8'), 'utf8');
}
