/**
 * Rich Text Format (.rtf, as Word, WPS and WordPad save it): groups of text and control words.
 * The body is written out as a web page of its paragraphs and table rows, and read whole as one is
 * (./html.ts). Text comes as \uN escapes (Unicode) or as bytes, written \'hh or as they are, in the
 * code page of the text's font (its \fcharset) or of the document (\ansicpg: 936 is GBK).
 */
import iconv from 'iconv-lite';
import type { Budget } from './budget.js';
import { iconvName } from './decode.js';
import { documentHtmlToText, inMarkup } from './html.js';
import { inputError } from './limits.js';
import { PAGE_FIELD, PAGE_RESULT_END, PAGE_RESULT_START, withPageFieldsRead } from './page-fields.js';

/**
 * Said of an RTF whose groups are not all closed at its end: a download or a copy stopped part-way (Word closes every
 * group it opens), read as far as it goes; the user was told nothing, as of a text cut in a character's middle.
 */
const TRUNCATED = 'RTF 文档在中途结束(缺少结尾的"}"),已读取现有部分;文件可能没有下载或复制完整,请核对结尾是否缺少内容';

/** The text of an .rtf as Word shows it, and the code page its bytes were read in; a truncated one said so in `notices`. */
export function rtfToText(bytes: Uint8Array, budget: Budget, notices: string[]): { encoding: string; raw: string } {
  const reader = new RtfReader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), budget);
  const html = reader.read();
  const raw = documentHtmlToText(html, budget);
  if (raw.trim() === '' && reader.pictures > 0) {
    throw inputError(budget.file, 'RTF 文档中只有图片,没有文字,可能是扫描件,需要先做文字识别(OCR)再导入');
  }
  if (reader.unclosed) notices.push(TRUNCATED);
  return { encoding: reader.encoding, raw };
}

/** Code pages of the font character sets (\fcharsetN) that are not the document's own. */
const CHARSET_CODE_PAGES: ReadonlyMap<number, number> = new Map([
  [77, 10000],
  [128, 932],
  [129, 949],
  [130, 1361],
  [134, 936],
  [136, 950],
  [161, 1253],
  [162, 1254],
  [163, 1258],
  [177, 1255],
  [178, 1256],
  [186, 1257],
  [204, 1251],
  [222, 874],
  [238, 1250],
  [255, 437],
]);
/** Code pages of double-byte character sets: Japanese, Chinese (GBK, Big5), Korean (two). */
const DOUBLE_BYTE_CODE_PAGES: ReadonlySet<number> = new Set([932, 936, 949, 950, 1361]);
/** The document's code page when it names none but its character set (\ansi, \mac, \pc, \pca). */
const CHARACTER_SET_CODE_PAGES: ReadonlyMap<string, number> = new Map([
  ['ansi', 1252],
  ['mac', 10000],
  ['pc', 437],
  ['pca', 850],
]);

/** Groups whose text Word does not show in the body: tables of the document, pictures, headers and footers, comments, field codes. */
const SKIPPED_DESTINATIONS: ReadonlySet<string> = new Set([
  'colortbl',
  'stylesheet',
  'info',
  'pict',
  'nonshppict',
  'object',
  'objdata',
  'header',
  'headerl',
  'headerr',
  'headerf',
  'footer',
  'footerl',
  'footerr',
  'footerf',
  'annotation',
  'atnid',
  'atnauthor',
  'fldinst',
  'themedata',
  'colorschememapping',
  'datastore',
  'xmlnstbl',
  'listtable',
  'listoverridetable',
  'rsidtbl',
  'generator',
  'latentstyles',
  'revtbl',
  'filetbl',
  // a shape's property, and the copy of a shape's text box for readers without shapes (read in its \shptxt)
  'sp',
  'shprslt',
]);

/** The shape property holding WordArt's text (\\sn gtextUNICODE). */
const WORD_ART_TEXT = 'gtextUNICODE';

/** Control words that stand for a character. */
const CHARACTERS: ReadonlyMap<string, string> = new Map([
  ['tab', '\t'],
  ['emdash', '\u2014'],
  ['endash', '\u2013'],
  ['emspace', ' '],
  ['enspace', ' '],
  ['qmspace', ' '],
  ['bullet', '\u2022'],
  ['lquote', '\u2018'],
  ['rquote', '\u2019'],
  ['ldblquote', '\u201C'],
  ['rdblquote', '\u201D'],
]);
const SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['~', '\u00A0'],
  ['_', '-'],
  ['-', ''],
  ['\\', '\\'],
  ['{', '{'],
  ['}', '}'],
]);

/** Character properties that withdraw text: struck through (single or double), hidden, deleted as a tracked change. */
const WITHDRAWING = new Set(['strike', 'striked', 'v', 'deleted']);
/** A colour whose red, green and blue are all this or more is white: it does not show on white paper (as a .docx's F0F0F0 and up). */
const MIN_WHITE = 0xf0;
/** A font size (\fsN, in half-points) at or below which no one reads the text: 1 pt. */
const MAX_UNREAD_HALF_POINTS = 2;

interface Group {
  /** a destination whose text is not shown */
  skipped: boolean;
  fontTable: boolean;
  font: number;
  /** the class of the text's bytes (\loch, \hich, \dbch) its associated font (\afN) is set for */
  byteClass: 'loch' | 'hich' | 'dbch';
  /** the associated fonts of text above ASCII: of high bytes (\hich) and of double-byte characters (\dbch) */
  hichFont: number;
  dbchFont: number;
  /** characters that stand after a \uN for readers without Unicode, skipped */
  unicodeSkip: number;
  withdrawing: ReadonlySet<string>;
  inTable: boolean;
  colourTable: boolean;
  /** the text's colour (\cfN), an index into the colour table; 0 is automatic */
  colour: number;
  /** the text's own ground: a highlight (\highlightN) or a character shading (\cbN, \chcbpatN) */
  textGround: boolean;
  /** the paragraph's shading (\cbpatN), until \pard */
  paragraphGround: boolean;
  /** a note's group (\footnote, \ftnalt for an endnote), or a text box's (\shptxt), read as a footnote is */
  note?: 'footnote' | 'endnote';
  /** text raised or lowered (\super, \upN; \sub, \dnN): written in <sup> or <sub>, read as a page's */
  shifted?: 'sup' | 'sub';
  /** a field giving a page's number or the pages' count (\field of PAGE, NUMPAGES, PAGEREF…), and whether its result is being read */
  pageField?: boolean;
  pageResult?: boolean;
  /** a list item's number as Word writes it for readers without lists ({\listtext 1.\tab}, {\pntext （二）\tab}) */
  listLabel?: boolean;
}

interface Cell {
  html: string;
  /** the cell merged down over the rows below it (\clvmgf) or merged into the one above (\clvmrg) */
  merge?: 'first' | 'continued';
  /** the cell merged across the cells after it (\clmgf) or merged into the one before it (\clmrg) */
  across?: 'first' | 'continued';
}

/** Above this many groups open, a document is hostile: the deeper ones are read as the one they are in, and cost no memory. */
const MAX_GROUP_DEPTH = 1000;

/** The control words that raise or lower text (to a <sup> or a <sub>), or set it on its line again. */
const SHIFTS = new Map<string, 'sup' | 'sub' | undefined>([
  ['super', 'sup'],
  ['up', 'sup'],
  ['sub', 'sub'],
  ['dn', 'sub'],
  ['nosupersub', undefined],
]);

class RtfReader {
  /** the code page named last in the document's header */
  encoding = 'cp1252';
  pictures = 0;
  /** whether the data ended inside a group (a truncated file) */
  unclosed = false;
  private codePage = 1252;
  private readonly fonts = new Map<number, number>();
  private readonly out: string[] = [];
  private group: Group = {
    skipped: false,
    fontTable: false,
    font: -1,
    byteClass: 'loch',
    hichFont: -1,
    dbchFont: -1,
    unicodeSkip: 1,
    withdrawing: new Set(),
    inTable: false,
    colourTable: false,
    colour: 0,
    textGround: false,
    paragraphGround: false,
  };
  private readonly groups: Group[] = [];
  /** groups open beyond the depth limit, read as the one they are in */
  private deeper = 0;
  private pending: number[] = [];
  private paragraph = '';
  private cellParagraphs: string[] = [];
  private cells: Cell[] = [];
  /** the merges of the row's cells as \trowd defines them, in order */
  private merges: Array<Cell['merge']> = [];
  /** the merges across of the row's cells as \trowd defines them, in order */
  private acrossMerges: Array<Cell['across']> = [];
  private rows: Cell[][] = [];
  private fontTableFont = -1;
  /** the colour table's entries (\redN\greenN\blueN;), whether each is white; the one being read */
  private readonly whiteColours: boolean[] = [];
  private colourEntry = { red: 0, green: 0, blue: 0, given: false };
  /** a page coloured (\background), on which white text shows */
  private pageColoured = false;
  /**
   * Notes, read where Word prints them (as a .docx's are): a footnote after the paragraph or table
   * that refers to it, the endnotes at the end; their marks (\chftn) are left out.
   */
  private readonly footnotes: string[] = [];
  private readonly endnotes: string[] = [];
  /** the body's paragraph a note stands in, taken up again when the note ends */
  private interrupted = '';
  /** characters still to skip after a \uN */
  private toSkip = 0;
  /**
   * The name of the shape property being read ({\sn name}), and the depth of the group that names it (-1 when none):
   * the text of WordArt's property ({\sv …} of gtextUNICODE) is read, a shape's other properties are not.
   */
  private shapeProperty = '';
  private namingDepth = -1;
  private at = 0;

  constructor(
    private readonly data: Buffer,
    private readonly budget: Budget,
  ) {}

  read(): string {
    const { data } = this;
    while (this.at < data.length) {
      if ((this.at & 0xfffff) === 0) this.budget.checkTime();
      const byte = data[this.at]!;
      if (byte === 0x7b /* { */) {
        this.at++;
        this.open();
      } else if (byte === 0x7d /* } */) {
        this.at++;
        this.close();
      } else if (byte === 0x5c /* \ */) this.control();
      else {
        this.at++;
        // line ends in the file are no text
        if (byte !== 0x0d && byte !== 0x0a) this.byte(byte);
      }
    }
    this.unclosed = this.groups.length > 0 || this.deeper > 0;
    this.endParagraph();
    this.endTable();
    const html = [...this.out, ...this.endnotes].join('');
    return html.includes(PAGE_RESULT_START) ? withPageFieldsRead(html) : html;
  }

  private open(): void {
    if (this.groups.length >= MAX_GROUP_DEPTH) {
      this.deeper++;
      return;
    }
    this.groups.push(this.group);
    this.group = { ...this.group };
    // an ignorable destination ({\*\name …}) is skipped whole
    if (this.data[this.at] === 0x5c && this.data[this.at + 1] === 0x2a /* * */) this.group.skipped = true;
  }

  private close(): void {
    this.flush();
    this.toSkip = 0;
    if (this.deeper > 0) {
      this.deeper--;
      return;
    }
    if (this.namingDepth === this.groups.length) this.namingDepth = -1;
    const closed = this.group;
    this.group = this.groups.pop() ?? this.group;
    if (closed.pageResult && !this.group.pageResult) this.paragraph += PAGE_RESULT_END;
    // a note ends: its last paragraph is read, and the body's it stood in goes on
    if (closed.note && !this.group.note) {
      this.endNoteParagraph(closed.note);
      this.paragraph = this.interrupted;
    }
  }

  private control(): void {
    const { data } = this;
    const next = data[this.at + 1];
    if (next === undefined) {
      this.at++;
      return;
    }
    // \'hh: a byte of text in the code page
    if (next === 0x27) {
      const hex = data.toString('latin1', this.at + 2, this.at + 4);
      this.at += 4;
      if (/^[0-9a-f]{2}$/i.test(hex)) this.byte(Number.parseInt(hex, 16));
      return;
    }
    if (!isLetter(next)) {
      this.at += 2;
      const symbol = String.fromCharCode(next);
      if (next === 0x0d || next === 0x0a) this.word('par', undefined);
      // an escaped character stands for one a \uN is followed by
      else if (SYMBOLS.has(symbol) && !this.skipAfterUnicode()) this.text(SYMBOLS.get(symbol)!);
      return;
    }
    let end = this.at + 1;
    while (end < data.length && end - this.at <= 32 && isLetter(data[end]!)) end++;
    const name = data.toString('latin1', this.at + 1, end);
    let numberEnd = end;
    if (data[numberEnd] === 0x2d /* - */) numberEnd++;
    while (numberEnd < data.length && numberEnd - end <= 10 && isDigit(data[numberEnd]!)) numberEnd++;
    const parameter = numberEnd > end && !(numberEnd === end + 1 && data[end] === 0x2d) ? Number(data.toString('latin1', end, numberEnd)) : undefined;
    if (parameter === undefined) numberEnd = end;
    // a control word running to the data's end may be cut (a truncated file's last \u2637 of \u26377?): nothing is read of it
    if (numberEnd >= data.length) {
      this.at = data.length;
      return;
    }
    // a space ends a control word and is part of it
    this.at = data[numberEnd] === 0x20 ? numberEnd + 1 : numberEnd;
    this.word(name, parameter);
  }

  private word(name: string, parameter: number | undefined): void {
    const group = this.group;
    if (name === 'bin') {
      // binary data of that many bytes follows
      this.at += Math.max(0, parameter ?? 0);
      return;
    }
    if (name === 'u') {
      // a signed 16-bit unit; a character beyond them comes as two (a surrogate pair)
      if (parameter !== undefined && parameter >= -0x8000 && parameter <= 0xffff)
        this.text(String.fromCharCode(parameter < 0 ? parameter + 0x10000 : parameter));
      this.toSkip = group.unicodeSkip;
      return;
    }
    if (name === 'pict') this.pictures++;
    if (name === 'listtext' || name === 'pntext') group.listLabel = true;
    // the tab after a list item's number, as a .docx's and a page's: none after a Chinese label, a blank after a Latin one
    // (（二）\tab 办理… read （二） 办理…)
    if (name === 'tab' && group.listLabel) {
      this.flush();
      if (/[\x21-\x7E]$/.test(this.paragraph)) this.text(' ');
      return;
    }
    if (name === 'field') group.pageField = PAGE_FIELD.test(fieldCode(this.data, this.at));
    if (name === 'fldrslt' && group.pageField && !group.pageResult && !this.hidden()) {
      this.flush();
      this.paragraph += PAGE_RESULT_START;
      group.pageResult = true;
    }
    // a shape's instructions are an ignorable destination ({\*\shpinst}) that holds its text box: read as the group around it
    if (name === 'shpinst') group.skipped = this.groups[this.groups.length - 1]?.skipped ?? false;
    if (name === 'sn') {
      this.shapeProperty = '';
      this.namingDepth = this.groups.length;
      return;
    }
    // WordArt's text ({\sp{\sn gtextUNICODE}{\sv …}}, a red-headed document's organ or title Word drew so) is read as a text
    // box's: the shape's property was skipped with the others, and the organ or the whole title was lost
    if (name === 'sv' && this.shapeProperty === WORD_ART_TEXT && !group.note) group.skipped = false;
    // a text box is read after the paragraph it is anchored in, as a .docx's is
    if ((name === 'footnote' || name === 'shptxt' || (name === 'sv' && !group.skipped)) && !group.note) {
      this.flush();
      this.interrupted = this.paragraph;
      this.paragraph = '';
      group.note = 'footnote';
      group.inTable = false;
      return;
    }
    if (name === 'ftnalt' && group.note) group.note = 'endnote';
    if (name === 'fonttbl') group.fontTable = true;
    if (name === 'colortbl') group.colourTable = true;
    if (name === 'background') this.pageColoured = true;
    if (group.colourTable) {
      if ((name === 'red' || name === 'green' || name === 'blue') && parameter !== undefined) {
        this.colourEntry[name] = parameter;
        this.colourEntry.given = true;
      }
      return;
    }
    if (SKIPPED_DESTINATIONS.has(name)) group.skipped = true;
    if (group.fontTable) {
      if (name === 'f' && parameter !== undefined) this.fontTableFont = parameter;
      else if (name === 'fcharset' && parameter !== undefined) {
        const codePage = CHARSET_CODE_PAGES.get(parameter);
        if (codePage !== undefined) this.fonts.set(this.fontTableFont, codePage);
      } else if (name === 'cpg' && parameter !== undefined) this.fonts.set(this.fontTableFont, parameter);
      return;
    }
    if (name === 'ansicpg' && parameter !== undefined) this.setCodePage(parameter);
    else if (CHARACTER_SET_CODE_PAGES.has(name)) this.setCodePage(CHARACTER_SET_CODE_PAGES.get(name)!);
    else if (name === 'uc' && parameter !== undefined) group.unicodeSkip = Math.max(0, Math.min(parameter, 10));
    // the font text is in until one is named (\deff, in the header)
    else if ((name === 'f' || name === 'deff') && parameter !== undefined) {
      this.flush();
      group.font = parameter;
    } else if (name === 'loch' || name === 'hich' || name === 'dbch') group.byteClass = name;
    else if (name === 'af' && parameter !== undefined) {
      this.flush();
      if (group.byteClass === 'hich') group.hichFont = parameter;
      else if (group.byteClass === 'dbch') group.dbchFont = parameter;
    } else if (WITHDRAWING.has(name)) {
      this.flush();
      const withdrawing = new Set(group.withdrawing);
      if (parameter === 0) withdrawing.delete(name);
      else withdrawing.add(name);
      group.withdrawing = withdrawing;
    } else if (name === 'fs') {
      // text at 1 pt or less no one reads (a hidden trick, as in a Word document or a web page)
      this.flush();
      const withdrawing = new Set(group.withdrawing);
      if (parameter !== undefined && parameter <= MAX_UNREAD_HALF_POINTS) withdrawing.add(name);
      else withdrawing.delete(name);
      group.withdrawing = withdrawing;
    } else if (name === 'cf') {
      this.flush();
      group.colour = parameter ?? 0;
    } else if (name === 'highlight' || name === 'cb' || name === 'chcbpat') {
      this.flush();
      group.textGround = (parameter ?? 0) > 0 && this.whiteColours[parameter!] !== true;
    } else if (name === 'cbpat') group.paragraphGround = (parameter ?? 0) > 0 && this.whiteColours[parameter!] !== true;
    else if (name === 'plain') {
      this.flush();
      group.withdrawing = new Set();
      group.colour = 0;
      group.textGround = false;
      group.shifted = undefined;
    } else if (SHIFTS.has(name)) {
      this.flush();
      const shift = SHIFTS.get(name)!;
      // \up and \dn raise and lower by half-points, 6 unless told; \up0 sets the text on its line again
      group.shifted = shift !== undefined && (name === 'super' || name === 'sub' || parameter !== 0) ? shift : undefined;
    } else if (name === 'pard') {
      group.inTable = false;
      group.paragraphGround = false;
    } else if (name === 'intbl') group.inTable = true;
    else if (name === 'page' || name === 'column') this.breakPage();
    else if (name === 'par' || name === 'sect') this.endParagraph();
    else if (name === 'line') this.text('\n');
    else if (name === 'cell' || name === 'nestcell') this.endCell();
    else if (name === 'row' || name === 'nestrow') this.endRow();
    else if (name === 'trowd') [this.merges, this.acrossMerges] = [[], []];
    else if (name === 'clvmgf') this.merges[this.merges.length] = 'first';
    else if (name === 'clvmrg') this.merges[this.merges.length] = 'continued';
    else if (name === 'clmgf') this.acrossMerges[this.merges.length] = 'first';
    else if (name === 'clmrg') this.acrossMerges[this.merges.length] = 'continued';
    else if (name === 'cellx') this.merges.length++;
    else if (CHARACTERS.has(name)) this.text(CHARACTERS.get(name)!);
  }

  private setCodePage(codePage: number): void {
    if (!iconvName(`cp${codePage}`)) return;
    this.codePage = codePage;
    this.encoding = codePage === 936 ? 'gbk' : `cp${codePage}`;
  }

  /** A byte of text, decoded with those around it once they end (a GBK character is two); one a \uN is followed by is skipped. */
  private byte(byte: number): void {
    if (this.group.colourTable) {
      // an entry ends at its semicolon; the first, empty, is the automatic colour
      if (byte === 0x3b /* ; */) {
        const { red, green, blue, given } = this.colourEntry;
        this.whiteColours.push(given && Math.min(red, green, blue) >= MIN_WHITE);
        this.colourEntry = { red: 0, green: 0, blue: 0, given: false };
      }
      return;
    }
    if (this.namingDepth === this.groups.length) {
      this.shapeProperty += String.fromCharCode(byte);
      return;
    }
    if (this.skipAfterUnicode()) return;
    if (this.hidden()) return;
    this.pending.push(byte);
  }

  private text(text: string): void {
    if (this.hidden()) return;
    this.flush();
    this.write(text === '\n' ? '<br>' : inMarkup(text));
  }

  /**
   * Markup written on the paragraph, in <sup> or <sub> when the text is raised or lowered: a footnote's mark typed
   * so after a figure ({\super 1}) was read as its digit (17, a raised 1, 件 was 171件); the page's reading tells a mark.
   */
  private write(html: string): void {
    const shifted = this.group.shifted;
    if (shifted === undefined) this.paragraph += html;
    else {
      const [open, close] = [`<${shifted}>`, `</${shifted}>`];
      this.paragraph = this.paragraph.endsWith(close) ? `${this.paragraph.slice(0, -close.length)}${html}${close}` : `${this.paragraph}${open}${html}${close}`;
    }
  }

  private skipAfterUnicode(): boolean {
    if (this.toSkip === 0) return false;
    this.toSkip--;
    return true;
  }

  private hidden(): boolean {
    return this.group.skipped || this.group.fontTable || this.group.withdrawing.size > 0 || this.whiteOnWhite();
  }

  /**
   * Text set white (\cfN of a white entry) on the white page: no highlight or shading of its own or
   * its paragraph's, not in a table (its cells may be shaded), the page not coloured. No one reads
   * it, as in a Word document: a template's instructions, or words put there for a machine.
   */
  private whiteOnWhite(): boolean {
    const { colour, textGround, paragraphGround, inTable } = this.group;
    return colour > 0 && this.whiteColours[colour] === true && !textGround && !paragraphGround && !inTable && !this.pageColoured;
  }

  /**
   * The code page of the pending bytes: their font's, or the document's; when that is single-byte,
   * that of the associated font set for double-byte or high bytes if it is double-byte. Word reads
   * bytes above ASCII in the associated font: a document in a Western code page whose Chinese runs
   * name SimSun only as \dbch\afN was read as Latin-1, "garbled".
   */
  private codePageOfBytes(): number {
    const own = this.fonts.get(this.group.font) ?? this.codePage;
    if (DOUBLE_BYTE_CODE_PAGES.has(own)) return own;
    const associated = [this.group.dbchFont, this.group.hichFont]
      .map((font) => this.fonts.get(font))
      .find((page) => page !== undefined && DOUBLE_BYTE_CODE_PAGES.has(page));
    return associated ?? own;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const name = iconvName(`cp${this.codePageOfBytes()}`) ?? 'cp1252';
    this.write(inMarkup(iconv.decode(Buffer.from(this.pending), name)));
    this.pending = [];
  }

  /**
   * A page or column break: after a figure it is a line's break, which the page's reading joins where it parts a
   * figure or its unit (培训4\page 60人次 was read as two paragraphs, 4 and 60人次), as a Word document's; else
   * it ends the paragraph, as before.
   */
  private breakPage(): void {
    this.flush();
    if (!this.group.note && /\d$/.test(this.paragraph)) this.text('\n');
    else this.endParagraph();
  }

  private endParagraph(): void {
    this.flush();
    this.toSkip = 0;
    if (this.group.note) {
      this.endNoteParagraph(this.group.note);
      return;
    }
    if (this.group.inTable) {
      this.cellParagraphs.push(this.paragraph);
      this.paragraph = '';
      return;
    }
    this.endTable();
    if (this.paragraph.trim() !== '') this.out.push(`<p>${this.paragraph}</p>`);
    // also after an empty paragraph: Word anchors a text box in one of its own
    this.out.push(...this.footnotes.splice(0));
    this.paragraph = '';
  }

  private endNoteParagraph(note: 'footnote' | 'endnote'): void {
    this.flush();
    if (this.paragraph.trim() !== '') (note === 'endnote' ? this.endnotes : this.footnotes).push(`<p>${this.paragraph}</p>`);
    this.paragraph = '';
  }

  private endCell(): void {
    this.flush();
    this.cellParagraphs.push(this.paragraph);
    this.paragraph = '';
    this.cells.push({ html: this.cellParagraphs.map((paragraph) => `<p>${paragraph}</p>`).join('') });
    this.cellParagraphs = [];
  }

  private endRow(): void {
    this.flush();
    const [merges, across] = [this.merges, this.acrossMerges];
    this.rows.push(this.cells.map((cell, i) => ({ ...cell, ...(merges[i] && { merge: merges[i] }), ...(across[i] && { across: across[i] }) })));
    this.cells = [];
  }

  /**
   * The rows read so far as a table, a cell merged down spanning the rows it is merged over, and one merged across the
   * columns it is merged over (a header's 主要指标 over a row's label and its unit): a cell merged into the one before it
   * stood as an empty cell of its row, and the columns under it were read as one label (审查规范性文件件).
   */
  private endTable(): void {
    if (this.rows.length === 0) return;
    const spans = this.rows.map((row) => row.map(() => 1));
    for (let r = 0; r < this.rows.length; r++) {
      this.rows[r]!.forEach((cell, column) => {
        if (cell.merge !== 'continued') return;
        for (let above = r - 1; above >= 0; above--) {
          const first = this.rows[above]![column];
          if (first?.merge === 'first' && spans[above]![column]! > 0) {
            spans[above]![column]!++;
            break;
          }
          if (first?.merge !== 'continued') break;
        }
        spans[r]![column] = 0;
      });
    }
    const rows = this.rows.map((row, r) => {
      const columnSpans = row.map(() => 1);
      row.forEach((cell, column) => {
        if (cell.across !== 'continued') return;
        const first = row.slice(0, column).findLastIndex((before) => before.across !== 'continued');
        if (first < 0 || row[first]!.across !== 'first') return;
        columnSpans[first]!++;
        columnSpans[column] = 0;
      });
      return `<tr>${row
        .map((cell, column) => {
          const span = spans[r]![column]!;
          const across = columnSpans[column]!;
          return span === 0 || across === 0 ? '' : `<td${span > 1 ? ` rowspan="${span}"` : ''}${across > 1 ? ` colspan="${across}"` : ''}>${cell.html}</td>`;
        })
        .join('')}</tr>`;
    });
    this.out.push(`<table>${rows.join('')}</table>`, ...this.footnotes.splice(0));
    this.rows = [];
  }
}

/** A field's code, its instruction's first words ({\*\fldinst {\insrsid1  PAGE }}), read ahead of the field in the data. */
function fieldCode(data: Buffer, at: number): string {
  const head = data.toString('latin1', at, at + 400);
  const start = head.indexOf('\\fldinst');
  return start < 0 ? '' : head.slice(start + '\\fldinst'.length).replace(/\\[a-z]+-?\d* ?|[{}*]/gi, ' ');
}

const isLetter = (byte: number) => (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x41 && byte <= 0x5a);
const isDigit = (byte: number) => byte >= 0x30 && byte <= 0x39;
