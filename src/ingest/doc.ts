// A Word 97–2003 document (.doc, and a .wps or .dot saved in that format): an OLE compound file whose WordDocument
// stream holds the text as pieces (UTF-16, or cp1252 bytes), read with word-extractor's modules (its OLE reader and
// its piece table, deleted text and table row ends marked); the stories, fields and tables are read here, as the
// .docx reader reads them (./docx.ts): the body, the footnotes inside the sentence that holds their mark, the text
// boxes after the paragraph they stand in, the endnotes at the end; never the headers, footers or comments.
import AllocationTable from 'word-extractor/lib/ole-allocation-table.js';
import OleCompoundDoc from 'word-extractor/lib/ole-compound-doc.js';
import WordOleExtractor from 'word-extractor/lib/word-ole-extractor.js';
import { UserError } from '../errors.js';
import type { Budget } from './budget.js';
import { inputError } from './limits.js';
import { LINE_SEPARATOR, withLineBreaksInSentencesRead, withPageBreaksInFiguresJoined } from './line-breaks.js';
import { CLAUSE_MARK, NOTE_CLOSE, NOTE_OPEN, notesAfterSentences } from './note-placing.js';
import { PAGE_FIELD, PAGE_NAMED_AFTER, PAGE_NAMED_BEFORE, PAGE_NUMBER_CODE, PAGE_WORDS } from './page-fields.js';
import { MAX_CELL_CHARS, nonSpaceLength } from './table-cells.js';

const DAMAGED = '文件已损坏或不完整,无法作为 Word 97-2003 文档(.doc)读取;请用 Word 或 WPS 打开后另存为 .docx 再试';
const ENCRYPTED = '文档设有打开密码,已加密,无法读取;请在 Word 或 WPS 中取消密码后另存为 .docx 再试';
const OLDER_WORD = '这是 Word 6.0/95 或更早版本的文档,无法直接读取;请用 Word 或 WPS 打开后另存为 .docx 再试';

/** The FIB's first fields: its mark (wIdent), its version (nFib) and its flags. */
const WORD_97_IDENT = 0xa5ec;
const WORD_6_IDENT = 0xa5dc;
/** Word 97 wrote nFib 193 (its betas 192); Word 6.0 and 95 wrote 101 to 104, in a FIB of another layout. */
const MIN_WORD_97_NFIB = 0xc0;
const F_ENCRYPTED = 0x0100;
const F_WHICH_TABLE = 0x0200;

/** Where the FIB gives each story's length in characters (ccpText, ccpFtn, …) and where its tables are (FibRgFcLcb97). */
const FIB = {
  ccpText: 0x4c,
  ccpFtn: 0x50,
  ccpHdd: 0x54,
  ccpMcr: 0x58,
  ccpAtn: 0x5c,
  ccpEdn: 0x60,
  plcffndRef: 0xaa,
  plcffndTxt: 0xb2,
  plcfendTxt: 0x212,
  plcSpaMom: 0x1da,
  plcftxbxTxt: 0x25a,
  clx: 0x1a2,
} as const;
/** The sizes of the data beside each CP: a footnote reference's FRD, a shape's FSPA, a text box's FTXBXS (its shape's id at 14). */
const FRD_BYTES = 2;
const FSPA_BYTES = 26;
const FTXBXS_BYTES = 22;
const FTXBXS_LID = 14;

/** The field a table of contents is: its lines are copies of the headings, left out as the .docx reader leaves them. */
const CONTENTS_FIELD = /^\s*TOC\b/i;
/** Where a page or column break stands in a paragraph until it is read (as in ./docx.ts): a form feed. */
const PAGE_BREAK = '\f';

/**
 * The text of a Word 97–2003 document: one paragraph per line, a table's row of figures on one line (审查合同(件) | 38,
 * as the .docx reader writes it), fields as their results, tracked deletions left out.
 */
export async function docToText(bytes: Uint8Array, budget: Budget): Promise<string> {
  const extractor = new WordOleExtractor();
  let word: Buffer;
  let table: Buffer;
  let all: string;
  try {
    const compound = await new OleCompoundDoc(new BytesReader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length))).read();
    word = await extractor.streamBuffer(compound.stream('WordDocument'));
    refuseOtherThanWord97(word, budget.file);
    table = await extractor.streamBuffer(compound.stream((word.readUInt16LE(0xa) & F_WHICH_TABLE) !== 0 ? '1Table' : '0Table'));
    if (!piecesFit(word, table)) throw inputError(budget.file, DAMAGED);
    await extractor.extractWordDocument(compound, word);
    all = extractor._pieces.map((piece) => piece.text).join('');
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw inputError(budget.file, DAMAGED);
  }
  budget.checkTime();
  return storiesText(all, word, table);
}

/** An encrypted document, or one of Word 6.0/95 (another FIB), said so; a stream that is no FIB is damaged. */
function refuseOtherThanWord97(word: Buffer, file: string): void {
  if (word.length < 0x20) throw inputError(file, DAMAGED);
  const ident = word.readUInt16LE(0);
  if (ident === WORD_6_IDENT) throw inputError(file, OLDER_WORD);
  if (ident !== WORD_97_IDENT) throw inputError(file, DAMAGED);
  if (word.readUInt16LE(2) < MIN_WORD_97_NFIB) throw inputError(file, OLDER_WORD);
  if ((word.readUInt16LE(0xa) & F_ENCRYPTED) !== 0) throw inputError(file, ENCRYPTED);
}

/**
 * Whether the piece table's CPs rise and its text fits in the WordDocument stream: word-extractor copies each piece's
 * bytes, and pieces claiming the whole stream each, in a hostile file, would fill the memory before any limit is asked.
 */
function piecesFit(word: Buffer, table: Buffer): boolean {
  const at = u32(word, FIB.clx);
  if (at === undefined) return false;
  let pos = at;
  // the Prc entries (formatting the pieces share) before the piece table
  while (table[pos] === 1) pos += 3 + (u16(table, pos + 1) ?? table.length);
  if (table[pos] !== 2) return false;
  const size = u32(table, pos + 1);
  if (size === undefined || size < 4 || (size - 4) % 12 !== 0 || pos + 5 + size > table.length) return false;
  const pieces = (size - 4) / 12;
  let previous = 0;
  for (let i = 0; i <= pieces; i++) {
    const cp = table.readUInt32LE(pos + 5 + i * 4);
    if (cp < previous) return false;
    previous = cp;
  }
  return previous <= word.length;
}

/** The document's stories read as text: the body with its notes and text boxes, then the endnotes. */
function storiesText(all: string, word: Buffer, table: Buffer): string {
  const ccp = (offset: number) => u32(word, offset) ?? 0;
  const footnotesAt = ccp(FIB.ccpText);
  const headersAt = footnotesAt + ccp(FIB.ccpFtn);
  const endnotesAt = headersAt + ccp(FIB.ccpHdd) + ccp(FIB.ccpMcr) + ccp(FIB.ccpAtn);
  const textBoxesAt = endnotesAt + ccp(FIB.ccpEdn);
  const anchors: Anchors = { notes: new Map(), boxes: new Map() };
  const after: string[] = [];

  // each footnote at its reference, or with no references, all after the body
  const references = plc(word, table, FIB.plcffndRef, FRD_BYTES);
  const footnotes = plc(word, table, FIB.plcffndTxt, 0);
  if (references.cps.length > 1 && footnotes.cps.length >= references.cps.length) {
    for (let i = 0; i < references.cps.length - 1; i++) {
      anchors.notes.set(references.cps[i]!, noteOf(readStory(all, footnotesAt + footnotes.cps[i]!, footnotesAt + footnotes.cps[i + 1]!)));
    }
  } else if (headersAt > footnotesAt) after.push(...noteOf(readStory(all, footnotesAt, headersAt)).paragraphs);

  // each text box after the paragraph of the shape it is in, or with no shape found, after the body
  const shapes = plc(word, table, FIB.plcSpaMom, FSPA_BYTES);
  const shapeAt = new Map(shapes.data.map((fspa, i) => [fspa.readInt32LE(0), shapes.cps[i]!]));
  const boxes = plc(word, table, FIB.plcftxbxTxt, FTXBXS_BYTES);
  for (let i = 0; i < boxes.data.length; i++) {
    const lines = readStory(all, textBoxesAt + boxes.cps[i]!, textBoxesAt + boxes.cps[i + 1]!).filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    const cp = shapeAt.get(boxes.data[i]!.readInt32LE(FTXBXS_LID));
    if (cp === undefined) after.push(...lines);
    else anchors.boxes.set(cp, [...(anchors.boxes.get(cp) ?? []), ...lines]);
  }

  const lines = readStory(all, 0, footnotesAt, anchors);
  lines.push(...after);
  // the endnotes, each in its order, their marks left out
  const endnotes = plc(word, table, FIB.plcfendTxt, 0);
  if (endnotes.cps.length > 1) {
    for (let i = 0; i < endnotes.cps.length - 1; i++)
      lines.push(...noteOf(readStory(all, endnotesAt + endnotes.cps[i]!, endnotesAt + endnotes.cps[i + 1]!)).paragraphs);
  } else if (textBoxesAt > endnotesAt) lines.push(...noteOf(readStory(all, endnotesAt, textBoxesAt)).paragraphs);
  return lines.join('\n');
}

interface Note {
  /** the note as a sentence set where its mark stands (its paragraphs run together) */
  inline: string;
  /** the note's paragraphs, as lines after the paragraph or table that refers to it */
  paragraphs: string[];
}

/** The texts to set in the body: a note at its reference's CP; the lines of text boxes at the CP of their shape. */
interface Anchors {
  notes: Map<number, Note>;
  boxes: Map<number, string[]>;
}

/** A note read from its story, its own mark left out (an automatic number: a control character no text holds). */
function noteOf(lines: string[]): Note {
  const paragraphs = lines.map((line) => line.trim()).filter((line) => line !== '');
  return { inline: paragraphs.join('').trim(), paragraphs };
}

/**
 * A story's paragraphs, CPs [from, to) of the document's text. Word ends a paragraph with \r, a table cell with \x07,
 * a table row with its own mark (which word-extractor sets to \n); a field is \x13 code \x14 result \x15. A table row
 * whose cells all hold a short text is one line, its cells joined as the .docx reader joins them; a row of a cell of
 * prose, a line for each of its paragraphs. The paragraphs of a table's first cell before its last one are read as
 * lines before the table: nothing in the text tells a cell's first paragraphs from those before the table.
 */
function readStory(all: string, from: number, to: number, anchors?: Anchors): string[] {
  const lines: string[] = [];
  let text = '';
  let notes: Note[] = [];
  let boxes: string[] = [];
  let cells: string[][] = [];
  let cellParagraphs: string[] = [];
  /** after a table's row, until a paragraph outside it: the notes and text boxes of its cells, read after the table */
  let tableAfter: string[] | undefined;
  const fields: Array<{ code: string; result: boolean; hidden: boolean }> = [];
  /** whether the paragraph holds a page's number or the pages' count (a footer typed into the body) */
  let pageNumbered = false;

  /** The paragraph's text, and the lines read after it: its notes (in a table cell, or a paragraph of no clause) and text boxes. */
  const endParagraph = (inCell: boolean): { read: string | undefined; rest: string[] } => {
    const own = text.replace(NOTE_SPANS, '');
    const inline = !inCell && notes.length > 0 && CLAUSE_MARK.test(own);
    const raw = inline ? notesAfterSentences(text) : own;
    const read = withLineBreaksInSentencesRead(raw.includes(PAGE_BREAK) ? withPageBreaksInFiguresJoined(raw).replaceAll(PAGE_BREAK, '\n') : raw);
    const rest = [...(inline ? [] : notes.flatMap((note) => note.paragraphs)), ...boxes];
    // a paragraph of page fields and the words around them alone ((第页，共页), -  -) is no line, as in a .docx
    const pageFooter = pageNumbered && read.replace(PAGE_WORDS, '') === '';
    text = '';
    notes = [];
    boxes = [];
    pageNumbered = false;
    return { read: pageFooter ? undefined : read, rest };
  };
  const endTable = () => {
    if (tableAfter === undefined) return;
    lines.push(...tableAfter);
    tableAfter = undefined;
  };

  for (let cp = from; cp < to && cp < all.length; cp++) {
    const ch = all[cp]!;
    if (ch === '\x13') {
      fields.push({ code: '', result: false, hidden: false });
      continue;
    }
    const field = fields.at(-1);
    if (ch === '\x14' && field) {
      field.result = true;
      pageNumbered ||= PAGE_NUMBER_CODE.test(field.code);
      field.hidden = CONTENTS_FIELD.test(field.code) || (PAGE_FIELD.test(field.code) && !namesPage(all, text, cp));
      continue;
    }
    if (ch === '\x15' && field) {
      fields.pop();
      continue;
    }
    if (fields.some((open) => !open.result || open.hidden)) {
      if (field && !field.result) field.code += ch;
      continue;
    }
    const note = anchors?.notes.get(cp);
    if (note) {
      if (note.inline !== '') text += NOTE_OPEN + note.inline + NOTE_CLOSE;
      notes.push(note);
      continue;
    }
    const box = anchors?.boxes.get(cp);
    if (box) boxes.push(...box);
    if (ch === '\r' || ch === '\x07') {
      const inCell = ch === '\x07' || cells.length > 0;
      const { read, rest } = endParagraph(inCell);
      if (inCell) {
        cellParagraphs.push(read ?? '');
        tableAfter = [...(tableAfter ?? []), ...rest];
        if (ch === '\x07') {
          cells.push(cellParagraphs);
          cellParagraphs = [];
        }
      } else {
        endTable();
        lines.push(...(read === undefined ? [] : [read]), ...rest);
      }
      continue;
    }
    if (ch === '\n') {
      // a table row's end
      if (cells.length > 0 || cellParagraphs.length > 0) {
        if (cellParagraphs.length > 0) cells.push(cellParagraphs);
        lines.push(...rowLines(cells));
        tableAfter ??= [];
      }
      cells = [];
      cellParagraphs = [];
      continue;
    }
    text += shown(ch);
  }
  endTable();
  if (text !== '' || notes.length > 0 || boxes.length > 0) {
    const { read, rest } = endParagraph(false);
    lines.push(...(read === undefined ? [] : [read]), ...rest);
  }
  return lines;
}

/**
 * Whether the page field whose result begins after `separator` stands between the words that name a page (详见第{PAGEREF}页,
 * 第{PAGE}页, after the paragraph's `textBefore`): its number is read there, as the .docx reader reads it; elsewhere its
 * result ran into a figure beside it (办理案件46{PAGE 5}件 read 465件).
 */
function namesPage(all: string, textBefore: string, separator: number): boolean {
  if (!PAGE_NAMED_BEFORE.test(textBefore)) return false;
  let depth = 1;
  let cp = separator + 1;
  for (; cp < all.length && depth > 0; cp++) {
    if (all[cp] === '\x13') depth++;
    else if (all[cp] === '\x15') depth--;
  }
  return PAGE_NAMED_AFTER.test(all.slice(cp, cp + 8));
}

/** A note set at its mark, which the paragraph's own text leaves out. */
const NOTE_SPANS = new RegExp(`${NOTE_OPEN}[^${NOTE_CLOSE}]*${NOTE_CLOSE}`, 'g');

/** A table row's lines: its cells joined on one line when each holds a short text (./docx.ts figureRowCells), else each of their paragraphs. */
function rowLines(cells: readonly string[][]): string[] {
  const texts = cells.map((paragraphs) => paragraphs.join(' ').replace(/\s+/g, ' ').trim());
  if (texts.length >= 2 && texts.every((cell) => nonSpaceLength(cell) <= MAX_CELL_CHARS)) return [texts.join(' | ')];
  return cells.flat();
}

/** A character of the text as it shows: a line break, a page break, a hyphen; the marks of pictures, notes, deletions and comments left out. */
function shown(ch: string): string {
  if (ch >= ' ' || ch === '\t') return ch;
  if (ch === '\x0b') return LINE_SEPARATOR;
  if (ch === '\x0c' || ch === '\x0e') return PAGE_BREAK;
  // a non-breaking hyphen
  if (ch === '\x1e') return '-';
  return '';
}

/** A PLC of the table stream, as the FIB places it: its CPs and the data beside each; none when it is out of bounds. */
function plc(word: Buffer, table: Buffer, fibOffset: number, dataBytes: number): { cps: number[]; data: Buffer[] } {
  const fc = u32(word, fibOffset);
  const lcb = u32(word, fibOffset + 4);
  if (fc === undefined || lcb === undefined || lcb < 4 || fc + lcb > table.length || (lcb - 4) % (4 + dataBytes) !== 0) return { cps: [], data: [] };
  const count = (lcb - 4) / (4 + dataBytes);
  const cps: number[] = [];
  for (let i = 0; i <= count; i++) cps.push(table.readUInt32LE(fc + i * 4));
  const data: Buffer[] = [];
  if (dataBytes > 0)
    for (let i = 0; i < count; i++) data.push(table.subarray(fc + (count + 1) * 4 + i * dataBytes, fc + (count + 1) * 4 + (i + 1) * dataBytes));
  return { cps, data };
}

const u32 = (bytes: Buffer, at: number): number | undefined => (at >= 0 && at + 4 <= bytes.length ? bytes.readUInt32LE(at) : undefined);
const u16 = (bytes: Buffer, at: number): number | undefined => (at >= 0 && at + 2 <= bytes.length ? bytes.readUInt16LE(at) : undefined);

/**
 * The bytes as word-extractor's OLE reader asks for them. A sector past the end is a truncated file (its reader
 * read zeros); a sector chain that loops is a damaged one (its reader followed it for ever).
 */
class BytesReader {
  constructor(private readonly bytes: Buffer) {}
  open(): Promise<void> {
    return Promise.resolve();
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
  read(buffer: Buffer, offset: number, length: number, position: number): Promise<Buffer> {
    if (position < 0 || position >= this.bytes.length) return Promise.reject(new Error('a sector past the end of the file'));
    this.bytes.copy(buffer, offset, position, position + length);
    return Promise.resolve(buffer);
  }
}

// word-extractor loads with this module, which loads only when a .doc comes (./index.ts); imported here, not in a
// dynamic import, which the bundle run from V8's code cache cannot do
AllocationTable.prototype.getSecIdChain = chainWithoutLoops;

/** A stream's chain of sectors, as word-extractor follows it, but a chain that comes back to a sector is an error. */
function chainWithoutLoops(this: AllocationTable, start: number): number[] {
  const chain: number[] = [];
  const seen = new Set<number>();
  for (let id = start; id > -1;) {
    if (seen.has(id)) throw new Error('a sector chain that loops');
    seen.add(id);
    chain.push(id);
    id = this._table[id] ?? -2;
  }
  return chain;
}
