/**
 * A report as an OFD file (GB/T 33190), laid out as a converter lays out a printed page: lines
 * wrapped at the page's width (paragraphs indented by position, not by blanks), a running header
 * in a template or in each page, a page number at the foot of each page, text placed either one
 * object per character (in no particular order) or one object per line with DeltaX. A text hard-wrapped
 * at a width is set as its paragraphs (see asTheTextReads), not its lines: each line of text is a paragraph here.
 */
import path from 'node:path';
import JSZip from 'jszip';
import { ingestBytes } from '../../src/ingest/index.js';
import { joiner } from '../../src/ingest/rewrap.js';

export interface OfdLayout {
  /** one text object per character, written in shuffled order; or one per line, spaced by DeltaX */
  objects: 'character' | 'line';
  /** full-width characters on a full line */
  lineChars: number;
  linesPerPage: number;
  /** where the running header stands: in a template page, or in each page's own content */
  header: 'template' | 'page';
  /** the namespace prefix of the elements */
  prefix: 'ofd:' | '';
  /**
   * line objects placed in points from the page's corner, which their CTM scales to millimetres
   * and moves back by the Boundary's origin, as converters from PDF write them
   */
  inPoints?: boolean;
  /** a watermark turned across each page, drawn in its content */
  watermark?: boolean;
}

export const OFD_LAYOUTS: readonly OfdLayout[] = [
  { objects: 'character', lineChars: 28, linesPerPage: 22, header: 'template', prefix: 'ofd:' },
  { objects: 'line', lineChars: 26, linesPerPage: 20, header: 'page', prefix: 'ofd:' },
  { objects: 'line', lineChars: 33, linesPerPage: 30, header: 'template', prefix: '', inPoints: true },
  { objects: 'character', lineChars: 24, linesPerPage: 18, header: 'page', prefix: '', watermark: true },
];

/**
 * Page geometry in millimetres: A4, the text block 156 wide from 40 to 260 down (GB/T 9704); the
 * type is as large as `lineChars` full-width characters in the block's width, the title's 1.4 times.
 */
const PAGE = { width: 210, height: 297, left: 27, measure: 156, top: 40, bottom: 260, furnitureSize: 4 };
const bodySize = (layout: OfdLayout) => PAGE.measure / layout.lineChars;
const TITLE_SCALE = 1.4;
const MM_PER_POINT = 25.4 / 72;
const ascent = (size: number) => 0.88 * size;
const HEADER = '某某县人民政府办公室';
export const WATERMARK = '内部测试文本';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const advance = (ch: string, size: number) => (ch.codePointAt(0)! >= 0x2000 ? size : size / 2);
const mm = (n: number) => String(Math.round(n * 1000) / 1000);

/** DeltaX as converters write it: runs of the same step as "g count step". */
function deltaX(steps: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < steps.length;) {
    let n = 1;
    while (i + n < steps.length && steps[i + n] === steps[i]) n++;
    out.push(n > 1 ? `g ${n} ${mm(steps[i]!)}` : mm(steps[i]!));
    i += n;
  }
  return out.join(' ');
}

/** A deterministic shuffle, so that a failing file fails again. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface Glyph {
  ch: string;
  x: number;
}

interface PlacedLine {
  glyphs: Glyph[];
  baseline: number;
  size: number;
}

interface SetLine {
  glyphs: Glyph[];
  size: number;
}

/** Latin words and numbers are not broken; closing punctuation does not start a line (避头尾). */
const UNITS = /[A-Za-z0-9.%]+|[\s\S]/gu;
const NO_LINE_START = /^[,。、;:!?)”》,;:.%]/;

/**
 * A paragraph set as a word processor sets it: the title centred in larger type, every other
 * paragraph indented by two characters, lines broken between units and justified to the right
 * margin but the last.
 */
function setParagraph(paragraph: string, title: boolean, layout: OfdLayout): SetLine[] {
  const measure = PAGE.measure;
  const size = bodySize(layout) * (title ? TITLE_SCALE : 1);
  const width = (characters: readonly string[]) => characters.reduce((sum, ch) => sum + advance(ch, size), 0);
  const lines: string[][] = [[]];
  let used = title ? 0 : 2 * size;
  for (const unit of paragraph.trim().match(UNITS) ?? []) {
    if (used + width([...unit]) > measure && lines.at(-1)!.length > 0 && !NO_LINE_START.test(unit)) {
      lines.push([]);
      used = 0;
    }
    lines.at(-1)!.push(...unit);
    used += width([...unit]);
  }
  return lines.map((characters, index) => {
    const indent = title ? (measure - width(characters)) / 2 : index === 0 ? 2 * size : 0;
    const last = index === lines.length - 1;
    const spare = title || last || characters.length < 2 ? 0 : (measure - indent - width(characters)) / (characters.length - 1);
    let x = PAGE.left + indent;
    const glyphs = characters.map((ch) => {
      const glyph = { ch, x };
      x += advance(ch, size) + spare;
      return glyph;
    });
    return { glyphs, size };
  });
}

/** The text set into pages of lines; a blank line keeps its place. */
function paginate(text: string, layout: OfdLayout): PlacedLine[][] {
  const pages: PlacedLine[][] = [];
  const set = text
    .split('\n')
    .flatMap((paragraph, index) => (paragraph.trim() === '' ? [{ glyphs: [], size: bodySize(layout) }] : setParagraph(paragraph, index === 0, layout)));
  set.forEach((line, index) => {
    const row = index % layout.linesPerPage;
    if (row === 0) pages.push([]);
    const leading = (PAGE.bottom - PAGE.top) / (layout.linesPerPage - 1);
    pages.at(-1)!.push({ ...line, baseline: PAGE.top + row * leading });
  });
  return pages;
}

/** A running header or page number, centred on the page in small type. */
const centred = (text: string, baseline: number): PlacedLine => {
  const size = PAGE.furnitureSize;
  let x = (PAGE.width - [...text].reduce((sum, ch) => sum + advance(ch, size), 0)) / 2;
  return { glyphs: [...text].map((ch) => ({ ch, x: (x += advance(ch, size)) - advance(ch, size) })), baseline, size };
};

function textObjects(lines: readonly PlacedLine[], layout: OfdLayout, p: string, nextId: () => number, seed: number): string[] {
  const code = (text: string, x: number, y: number, delta = '') =>
    `<${p}TextCode X="${mm(x)}" Y="${mm(y)}"${delta ? ` DeltaX="${delta}"` : ''}>${escapeXml(text)}</${p}TextCode>`;
  if (layout.objects === 'character') {
    const objects = lines.flatMap(({ glyphs, baseline, size }) =>
      glyphs
        .filter(({ ch }) => ch.trim() !== '')
        .map(({ ch, x }) => {
          const box = `${mm(x)} ${mm(baseline - ascent(size))} ${mm(advance(ch, size))} ${mm(size)}`;
          return `<${p}TextObject ID="${nextId()}" Boundary="${box}" Font="3" Size="${size}">${code(ch, 0, ascent(size))}</${p}TextObject>`;
        }),
    );
    return shuffled(objects, seed);
  }
  return lines
    .filter(({ glyphs }) => glyphs.length > 0)
    .map(({ glyphs, baseline, size }) => {
      const left = glyphs[0]!.x;
      const last = glyphs.at(-1)!;
      const top = baseline - ascent(size);
      const box = `${mm(left)} ${mm(top)} ${mm(last.x + advance(last.ch, size) - left)} ${mm(size * 1.2)}`;
      const characters = glyphs.map(({ ch }) => ch).join('');
      const steps = glyphs.slice(1).map((glyph, i) => glyph.x - glyphs[i]!.x);
      if (layout.inPoints) {
        const text = code(characters, left / MM_PER_POINT, baseline / MM_PER_POINT, deltaX(steps.map((step) => step / MM_PER_POINT)));
        const ctm = `${MM_PER_POINT} 0 0 ${MM_PER_POINT} ${mm(-left)} ${mm(-top)}`;
        return `<${p}TextObject ID="${nextId()}" CTM="${ctm}" Boundary="${box}" Font="3" Size="${mm(size / MM_PER_POINT)}">${text}</${p}TextObject>`;
      }
      return `<${p}TextObject ID="${nextId()}" Boundary="${box}" Font="3" Size="${size}">${code(characters, 0, ascent(size), deltaX(steps))}</${p}TextObject>`;
    });
}

/** Large pale text turned 45 degrees across the middle of the page. */
const watermark = (p: string, id: number) =>
  `<${p}TextObject ID="${id}" Boundary="40 120 150 60" CTM="0.7071 -0.7071 0.7071 0.7071 0 40" Size="16" Alpha="40">` +
  `<${p}TextCode X="0" Y="14" DeltaX="g 6 18">${WATERMARK}</${p}TextCode></${p}TextObject>`;

/** The report as the bytes of an .ofd file. */
export async function ofdFromText(text: string, layout: OfdLayout): Promise<Uint8Array> {
  const p = layout.prefix;
  const ns = `xmlns${p ? `:${p.slice(0, -1)}` : ''}="http://www.ofdspec.org/2016"`;
  const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
  let id = 10;
  const nextId = () => id++;
  const zip = new JSZip();
  // OFD.xml first, as converters write it
  zip.file(
    'OFD.xml',
    xml(
      `<${p}OFD ${ns} Version="1.0" DocType="OFD"><${p}DocBody><${p}DocInfo><${p}DocID>0C2D4F6A8B</${p}DocID><${p}Creator>duibiao tests</${p}Creator></${p}DocInfo>` +
        `<${p}DocRoot>Doc_0/Document.xml</${p}DocRoot></${p}DocBody></${p}OFD>`,
    ),
  );
  const pages = paginate(text, layout);
  pages.forEach((lines, index) => {
    const header = centred(HEADER, 25);
    const furniture = [centred(`- ${index + 1} -`, PAGE.height - 20), ...(layout.header === 'page' ? [header] : [])];
    const objects = [...textObjects([...lines, ...furniture], layout, p, nextId, index + 1), ...(layout.watermark ? [watermark(p, nextId())] : [])];
    const template = layout.header === 'template' ? `<${p}Template TemplateID="2" ZOrder="Background"/>` : '';
    zip.file(
      `Doc_0/Pages/Page_${index}/Content.xml`,
      xml(
        `<${p}Page ${ns}>${template}<${p}Content><${p}Layer ID="${nextId()}"><${p}PageBlock ID="${nextId()}">${objects.join('')}</${p}PageBlock></${p}Layer></${p}Content></${p}Page>`,
      ),
    );
  });
  const header = textObjects([centred(HEADER, 25)], layout, p, nextId, 0).join('');
  zip.file('Doc_0/Tpls/Tpl_0/Content.xml', xml(`<${p}Page ${ns}><${p}Content><${p}Layer ID="${nextId()}">${header}</${p}Layer></${p}Content></${p}Page>`));
  zip.file('Doc_0/PublicRes.xml', xml(`<${p}Res ${ns} BaseLoc="Res"><${p}Fonts><${p}Font ID="3" FontName="仿宋" FamilyName="仿宋"/></${p}Fonts></${p}Res>`));
  zip.file(
    'Doc_0/Document.xml',
    xml(
      `<${p}Document ${ns}><${p}CommonData><${p}MaxUnitID>${id}</${p}MaxUnitID><${p}PageArea><${p}PhysicalBox>0 0 ${PAGE.width} ${PAGE.height}</${p}PhysicalBox></${p}PageArea>` +
        `<${p}PublicRes>PublicRes.xml</${p}PublicRes><${p}TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml"/></${p}CommonData>` +
        `<${p}Pages>${pages.map((_, index) => `<${p}Page ID="${100_000 + index}" BaseLoc="Pages/Page_${index}/Content.xml"/>`).join('')}</${p}Pages></${p}Document>`,
    ),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * Blanks that align a table's cells: two half-width ones or more, or two full-width ones (U+3000) or more, half-width
 * ones among them; a single full-width blank sets words apart as a half-width one does (出席:钟远山 林秋白, 司法局 印).
 */
const ALIGNING = String.raw`(?: {2,}| ?\u3000[ \u3000]*\u3000[ \u3000]*)`;
/** Three cells at least, set apart by aligning blanks; a cell may hold single half-width blanks, as a figure OCR read apart does: 1 2 1. */
const ALIGNED_ROW = new RegExp(String.raw`\S${ALIGNING}\S(?:.*?\S)?${ALIGNING}\S`);

/** The lines of a table saved as text: cells between tabs, between aligning blanks or between Markdown's pipes. */
export function tableRows(text: string): string[] {
  return text.split('\n').filter((line) => line.includes('\t') || ALIGNED_ROW.test(line.trim()) || /^\|.*\|$/.test(line.trim()));
}

/** Full-width characters a table's row leaves before the right margin, where it is no line running on (page-lines' right edge). */
const ROW_SPARE = 3;

/** A line's width in half-width characters: a Chinese character is two of them. */
const halfWidths = (line: string) => [...line].reduce((sum, ch) => sum + (ch.codePointAt(0)! >= 0x2000 ? 2 : 1), 0);

/**
 * A file's own choice among layouts, from its folder's and its name's characters (FNV-1a), so that a
 * fixture added or renamed moves no other file's layout and a failing file fails again wherever it is checked.
 */
export function layoutIndex(file: string): number {
  let hash = 0x811c9dc5;
  for (const ch of `${path.basename(path.dirname(file))}/${path.basename(file)}`) hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return hash;
}

/**
 * The layouts a text can be set in. A table's cells are set one character an object, a tab is a blank no
 * object holds, and our generator draws no cells as a converter would — so a text with table rows takes a
 * layout that sets whole runs, with lines that hold its widest row (a converter draws a row in cells, it
 * never wraps one as our generator would; a paragraph's first line is indented by two full-width
 * characters), and end it three characters short of the right margin where a layout can: a run reaching
 * the margin reads as a line running on into the next, as prose does, where a converter's cells would
 * stand apart. A text with a row that no layout's line holds can be set in none.
 */
export function layoutsFor(text: string): readonly OfdLayout[] {
  const rows = tableRows(text);
  const runs = OFD_LAYOUTS.filter((l) => l.objects !== 'character');
  if (rows.length === 0) return SPACED_FULL_WIDTH_FIGURE.test(text) || SPACED_PHRASES.test(text) ? runs : OFD_LAYOUTS;
  const widestRow = Math.max(...rows.map((line) => halfWidths(line.trim())));
  const holding = (spare: number) => runs.filter((l) => 2 * (l.lineChars - 2 - spare) >= widestRow);
  return holding(ROW_SPARE).length > 0 ? holding(ROW_SPARE) : holding(0);
}

/**
 * A blank between two full-width digits (a figure OCR read apart: １ ５件, ３ ０ ０台): set one character an object, it is
 * a gap no object holds, which between full-width characters a justified line's spacing makes too, so a reader closes
 * it; a text holding one takes a layout that sets whole runs, the blank among their characters.
 */
const SPACED_FULL_WIDTH_FIGURE = /[\uFF10-\uFF19] [\uFF10-\uFF19]/;

/**
 * A blank between two Chinese characters twice in a line (a transcript's phrases parted by blanks, as subtitles and
 * speech-recognition exports write them: 五十八件 行政机关 出庭应诉率): set one character an object it is a gap that a justified line's spacing makes
 * too, so a reader closes it and the phrases run together; a text holding one takes a layout that sets whole runs.
 */
const SPACED_PHRASES = /\p{Script=Han} \p{Script=Han}[^\n]*\p{Script=Han} \p{Script=Han}/u;

/** The layout a file's text is set in by the tests, or none when no layout can represent it. */
export function layoutFor(file: string, text: string): OfdLayout | undefined {
  const layouts = layoutsFor(text);
  return layouts.length === 0 ? undefined : layouts[layoutIndex(file) % layouts.length];
}

/** A line compared with the text reader's by its characters alone: blanks, cell borders and format marks aside. */
const comparable = (line: string) => line.replace(/[\s|\p{Cf}]/gu, '');
/** A line this long is found again in the text reader's lines wherever it stands; a shorter one only where the last one ended. */
const FOUND_ANYWHERE_CHARS = 6;

/**
 * The text as the project's own text reader reads its paragraphs: the lines it joins (a text hard-wrapped at a
 * width, heshan's) are one line, as a paragraph is on a printed page whose converter made the OFD; every other
 * line stays as written (its tables, its markup, its blank lines), as the reader's other cleanups do not concern
 * the page. A line is followed through the reader's paragraphs by its characters; one the reader changed
 * (a table's row made cells, a dropped line) is found nowhere and joins nothing.
 */
export async function asTheTextReads(text: string, file: string): Promise<string> {
  const { original } = await ingestBytes(new Uint8Array(Buffer.from(text)), file.replace(/\.\w+$/, '.txt'));
  const read = original.split('\n').map(comparable).join('\n');
  const out: string[] = [];
  // where the last line found ended in the reader's text, and whether the line before it was found there
  let at = 0;
  let previousFound = false;
  for (const line of text.split('\n')) {
    const key = comparable(line);
    if (key !== '' && previousFound && read.startsWith(key, at)) {
      const previous = out.at(-1)!.trimEnd();
      out[out.length - 1] = previous + joiner(previous.trim(), line.trim()) + line.trim();
      at += key.length;
      continue;
    }
    out.push(line);
    const found = key === '' ? -1 : read.indexOf(key, at);
    previousFound = found >= 0 && (key.length >= FOUND_ANYWHERE_CHARS || !read.slice(at, found).replace(/\n/g, ''));
    if (previousFound) at = found + key.length;
  }
  return out.join('\n');
}
