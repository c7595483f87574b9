import { getDocumentProxy } from 'unpdf';
import { UserError } from '../errors.js';
import { log } from '../log.js';
import type { Budget } from './budget.js';
import { inputError } from './limits.js';
import { isFootnoteMark } from './footnote-marks.js';
import { closeLetterSpacing } from './normalise.js';
import { appendRun, pagesToText, type PageBox, type PageLine, type PlacedRun } from './page-lines.js';
import { withActualText, type MarkedItemLike, type PageMarks } from './pdf-actual-text.js';
import { annotationLines, withFieldsFilled, type AnnotationLike } from './pdf-fields.js';
import { checkPdfBudget, unmappedFontIn, type UnmappedFont } from './pdf-streams.js';
import { PARTED_DIGITS, withKernedFiguresClosed } from './pdf-kerning.js';
import { itemsCutAtRules, mayBeRuled, ruledApart, rulesReader, withRuledCells, type PageRules } from './pdf-rules.js';
import { glyphReader, seenText, type OperatorList } from './pdf-unseen.js';
import { withVerticalWritingTurned } from './pdf-vertical.js';
import { nonSpaceLength } from './table-cells.js';

/**
 * The text layer of a PDF with lines re-joined into paragraphs: Chinese wraps without
 * spaces, so wrapped lines join without one; page numbers and running headers/footers go.
 */
export async function pdfToText(bytes: Uint8Array, budget: Budget, notices: string[]): Promise<string> {
  const file = budget.file;
  const { mayHideText, packedUnmapped, marks } = await checkPdfBudget(bytes, budget);
  if (mayHideText) log.debug({ file }, 'the PDF may draw text unseen: its pages are read by their operators');
  const { pages, boxes, attachments, unseenChars, coveredChars, barredChars } = await readPages(bytes, budget, mayHideText, marks);
  if (unseenChars > 0) {
    notices.push(
      `PDF 中有 ${unseenChars} 字以看不见的方式绘制(不在图片上的隐藏文字,或不在图片、底色上的白色文字),阅读时看不见,已忽略;若它们是报告正文,请换用原始文件后再试`,
    );
  }
  if (coveredChars > 0) {
    notices.push(`PDF 中有 ${coveredChars} 字被白色色块盖住或被裁剪掉,阅读时看不见,已忽略;若它们是报告正文,请换用原始文件后再试`);
  }
  if (barredChars > 0) {
    notices.push(`PDF 中有 ${barredChars} 字被不透明的色块(如涂黑的遮盖条)盖住,阅读时看不见,已忽略;若它们是报告正文,请换用原始文件后再试`);
  }
  const text = pagesToText(pages, boxes);
  // a PDF portfolio, or a cover page with the report attached: read on, it was a "scan" or "not a report"
  if (attachments.length > 0 && (text === undefined || nonSpaceLength(text) < MAX_COVER_CHARS)) {
    const names = attachments.slice(0, 3).map((name) => name.replace(/\p{C}/gu, '').slice(0, 60));
    throw inputError(file, `PDF 本身几乎没有正文,报告可能在它所附的文件(${names.join('、')})中;请从 PDF 中取出附件后再试`);
  }
  if (text === undefined) throw inputError(file, '这个 PDF 是扫描件,没有文字层,需要先做文字识别(OCR)再导入');
  const unmapped = unmappedFontJunk(text, bytes, packedUnmapped);
  if (unmapped) throw inputError(file, UNMAPPED_FONT[unmapped]);
  // scanned pages under a typed title or stamp: read on, it was "not a report" with no word of why
  if (nonSpaceLength(text) < MIN_TEXT_CHARS && holdsImages(bytes)) {
    throw inputError(file, `PDF 中几乎只有图片(文字不足 ${MIN_TEXT_CHARS} 字),可能是扫描件,需要先做文字识别(OCR)再导入`);
  }
  return text;
}

/** Below this share of Chinese characters among its letters, a PDF's text is no Chinese report's. */
const MIN_HAN_SHARE = 0.1;

const UNMAPPED_FONT: Record<UnmappedFont, string> = {
  type3: 'PDF 的文字用 Type3 字体(每个字按图形绘制)写成,字体缺少文字映射,读出的只是一串字母和符号,无法读取;请换用 Word 等原始文件,或先做文字识别(OCR)再导入',
  glyphIds:
    'PDF 的字体缺少文字映射(ToUnicode),只记下了字形编号,读出的只是一串与原文无关的字母、数字和符号,无法读取;请换用 Word 等原始文件,或先做文字识别(OCR)再导入',
};

/**
 * The kind of font with no Unicode map the text was read from, when it is what pdf.js makes of one:
 * each glyph's code given as a character. A Type3 font's codes are ASCII letters and signs; a
 * subset font's glyph ids, numbered from 1 in the order the text first uses its characters, are
 * ASCII too for the first hundred or so (!"#$%&…0123456 for 某某县人民政府…), read on as "not a
 * report". Looked for only in a text with almost no Chinese, so a report pays nothing; one whose
 * letters are mostly of other scripts (ids past ASCII) ingest tells garbled with the same cause. A
 * font dictionary kept in a compressed object stream (`packed`) was found as the budget check decoded it.
 */
function unmappedFontJunk(text: string, bytes: Uint8Array, packed: UnmappedFont | undefined): UnmappedFont | undefined {
  const letters = nonSpaceLength(text);
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han >= letters * MIN_HAN_SHARE) return undefined;
  const font = packed ?? unmappedFontIn(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1'));
  if (font !== 'glyphIds') return font;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  const otherLetters = (text.match(/\p{L}/gu)?.length ?? 0) - latin - han;
  return latin >= otherLetters ? font : undefined;
}

/** Below this many characters beside its pictures, a document is a scan: no report is that short. */
const MIN_TEXT_CHARS = 100;
/** Below this many characters beside files attached to it, a PDF is their cover (a portfolio's, mostly). */
const MAX_COVER_CHARS = 300;
const IMAGE_SUBTYPE = /\/Subtype\s*\/Image\b/;

/** Whether the file has an image: an image is a stream, and no object stream holds a stream, so its dictionary stands as written. */
function holdsImages(bytes: Uint8Array): boolean {
  return IMAGE_SUBTYPE.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1'));
}

/**
 * The lines of each page and its box (see pageBox), the names of the files attached to the PDF (their streams were counted
 * against the budget), and how many characters were left out as drawn unseen (with `mayHideText`,
 * see ./pdf-unseen.ts).
 */
async function readPages(
  bytes: Uint8Array,
  budget: Budget,
  mayHideText: boolean,
  marks: PageMarks | undefined,
): Promise<{ pages: PageLine[][]; boxes: PageBox[]; attachments: string[]; unseenChars: number; coveredChars: number; barredChars: number }> {
  const file = budget.file;
  try {
    // pdf.js takes ownership of the buffer it is given; hand it a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, stopAtErrors: false });
    if (pdf.numPages > budget.limits.pdfPages) throw budget.exceeded('pdfPages', String(pdf.numPages));
    const pages: PageLine[][] = [];
    const boxes: PageBox[] = [];
    let readGlyphs: Awaited<ReturnType<typeof glyphReader>> | undefined;
    let readRules: Awaited<ReturnType<typeof rulesReader>> | undefined;
    let unseenChars = 0;
    let coveredChars = 0;
    let barredChars = 0;
    // a page's annotations are read beside its text only in a document with a form: reading them costs a round trip a page
    const hasFields = (await pdf.getFieldObjects()) !== null;
    for (let number = 1; number <= pdf.numPages; number++) {
      budget.checkTime();
      const page = await pdf.getPage(number);
      // a page's marked sequences are read where the PDF gives replacement text for some (./pdf-actual-text.ts)
      const content = await page.getTextContent(marks ? { includeMarkedContent: true } : undefined);
      const marked = marks ? withActualText(content.items as MarkedItemLike[], marks.of(page.ref?.num ?? -1)) : content.items;
      // Marked-content entries carry no text.
      let items: readonly TextItemLike[] = marked.filter((item): item is TextItemLike & typeof item => 'str' in item);
      // the page's glyphs are read only when its text may be drawn unseen or a figure may be kerned apart: it costs a second pass
      const kerned = items.some((item) => PARTED_DIGITS.test(item.str ?? ''));
      let operators: OperatorList | undefined;
      const operatorList = async () => (operators ??= await page.getOperatorList());
      if (mayHideText || kerned) {
        readGlyphs ??= await glyphReader();
        const drawn = readGlyphs(await operatorList());
        if (kerned) items = withKernedFiguresClosed(items, drawn);
        if (mayHideText) {
          const seen = seenText(items, drawn);
          unseenChars += seen.unseenChars;
          coveredChars += seen.coveredChars;
          barredChars += seen.barredChars;
          items = seen.items;
        }
      }
      // a page set in vertical writing, glyph by glyph, is read a column a line
      items = withVerticalWritingTurned(items);
      // a form's words are the page's text, what was filled in its fields is not
      const annotations = hasFields && items.length > 0 && pageTurn(items) === 0 ? ((await page.getAnnotations()) as AnnotationLike[]) : undefined;
      if (annotations !== undefined && annotations.length > 0) items = withFieldsFilled(items, annotations);
      let lines = groupLines(items);
      // a page whose lines have blanks between runs may draw a table's rules: its cells are the text inside them
      if (pageTurn(items) === 0 && mayBeRuled(lines)) {
        readRules ??= await rulesReader();
        const rules = readRules(await operatorList());
        if (rules.vertical.length > 0 && rules.horizontal.length >= 2) lines = withRuledCells(groupLines(itemsCutAtRules(items, rules), rules), rules);
      }
      // a page whose text is typed in boxes or form fields over it, none in its text layer, was a "scan"
      pages.push(lines.length > 0 ? lines : annotationLines(annotations ?? ((await page.getAnnotations()) as AnnotationLike[])));
      boxes.push(pageBox(page.view, pageTurn(items)));
      page.cleanup();
    }
    const attachments = Object.keys(((await pdf.getAttachments()) as Record<string, unknown> | null) ?? {});
    await pdf.destroy();
    return { pages, boxes, attachments, unseenChars, coveredChars, barredChars };
  } catch (error) {
    if (error instanceof UserError) throw error;
    if ((error as Error | undefined)?.name === 'PasswordException') {
      throw inputError(file, 'PDF 有密码保护,无法读取;请先解除密码');
    }
    throw inputError(file, '文件已损坏或不完整,无法作为 PDF 读取;请重新导出或下载完整的文件');
  }
}

export interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  hasEOL?: boolean;
}

/**
 * A space pdf.js writes where a justified line stretched the gap beside a Chinese character (学 法 不
 * 少 于 10 次 ；): Chinese sets no spaces between its words, and the stretched words were no cue.
 * A run letter-spaced throughout (学 法 1 2 次) is closed up first, its digits with it.
 */
const JUSTIFYING_SPACE = /(?<=[\p{Script=Han}\uFF01-\uFF5E\u3001\u3002]) (?=[\p{Script=Han}\d\uFF01-\uFF5E\u3001\u3002])|(?<=\d) (?=\p{Script=Han})/gu;

/**
 * A figure's characters pdf.js set apart in a run it spaced beside Chinese (纠错率 8 . 3 %, 应诉率 1 0 0 %):
 * a gap stretched just past its threshold, not a space between two numbers.
 */
const SPACED_FIGURE = /(?<=[\d.,%]) (?=[\d.,%\uFF01-\uFF5E\u3001\u3002])/g;

/**
 * Single Latin letters pdf.js set apart between Chinese characters where a justified line stretched
 * them (依托 O A 系统, 使用 A P P 办理): one word's letters, read as two or three.
 */
const SPACED_LETTERS = /(?<=[\p{Script=Han}\u3001\u3002\uFF01-\uFF5E]) ?([A-Za-z](?: [A-Za-z])+) ?(?=[\p{Script=Han}\u3001\u3002\uFF01-\uFF5E])/gu;

/** A run's text without the spaces justification stretched into it. */
function withoutJustifyingSpaces(str: string): string {
  const closed = closeLetterSpacing(str).replace(SPACED_LETTERS, (_, letters: string) => letters.replaceAll(' ', ''));
  const unjustified = closed.replace(JUSTIFYING_SPACE, '');
  return unjustified.length < closed.length ? unjustified.replace(SPACED_FIGURE, '') : unjustified;
}

/** A run or a glyph drawn again less than this share of its height (or of its width, if less) away ... */
const OVERPRINT_OFFSET = 0.3;
/** ... from one of the runs just before it, with the same text, is bold faked by drawing twice. */
const OVERPRINT_WINDOW = 8;

interface PlacedText {
  str: string;
  x: number;
  y: number;
}

/**
 * pdf.js gives text runs in content order; a run on a different baseline or after an EOL starts a
 * line. Bold faked by drawing twice a hair away is read once: a run drawn again whole (read twice, its
 * line was said twice and a figure drawn so in a run of its own, 12, read 1212), or each glyph drawn
 * again before the next (pdf.js starts a run at each step back, and each run began with the glyph the
 * run before it ended with: 12 read 1122).
 */
function groupLines(items: readonly TextItemLike[], rules?: PageRules): PageLine[] {
  const lines: PageLine[] = [];
  const recent: PlacedText[] = [];
  /** the last glyph placed: where it starts */
  let lastGlyph: PlacedText | undefined;
  /** the runs of the line being read, and its baseline */
  let runs: PlacedRun[] = [];
  let lineY = 0;
  let ended = true;
  /** whether the last run was raised or lowered in the line (see isRaisedInLine) */
  let afterRaised = false;
  const turn = pageTurn(items);
  // a page's rules are where its text stands unturned
  const ruled = turn === 0 ? rules : undefined;
  for (const [index, item] of items.entries()) {
    let str = (item.str ?? '').replace(UNMAPPED_CODE, '\uFFFD');
    const { x: itemX, y, scaleY } = turnedBack(item.transform ?? [], turn);
    let x = itemX;
    let width = item.width ?? 0;
    const size = Math.abs(item.height || scaleY) || 1;
    const reach = OVERPRINT_OFFSET * Math.min(size, width || size);
    const overprint = recent.some((run) => run.str === str && Math.abs(run.x - x) < reach && Math.abs(run.y - y) < reach);
    const glyphs = [...str];
    const glyphWidth = width / Math.max(glyphs.length, 1);
    if (
      !overprint &&
      lastGlyph &&
      glyphs.length > 1 &&
      glyphs[0] === lastGlyph.str &&
      Math.abs(lastGlyph.x - x) < OVERPRINT_OFFSET * Math.min(size, glyphWidth) &&
      Math.abs(lastGlyph.y - y) < reach
    ) {
      str = str.slice(glyphs[0].length);
      x += glyphWidth;
      width -= glyphWidth;
    }
    if (str.trim() !== '' && !overprint) {
      recent.push({ str, x, y });
      if (recent.length > OVERPRINT_WINDOW) recent.shift();
      lastGlyph = { str: glyphs[glyphs.length - 1]!, x: x + width - glyphWidth, y };
      const run = { text: withoutJustifyingSpaces(str), x, right: x + width, size };
      const raised = isRaisedInLine(run, y, runs, lineY);
      // the line goes on after a raised mark, back on its baseline, though pdf.js ended a line at the mark
      const backOnLine = afterRaised && Math.abs(y - lineY) <= size / 2;
      afterRaised = raised;
      const lineText = runs.map((placed) => placed.text).join('');
      if (raised) {
        // a mark left out still takes its place: the text after it stands no cell's gap away ([2] at the text's size)
        if (!isFootnoteMark(run.text, lineText)) runs.push(run);
        else runs[runs.length - 1] = { ...runs[runs.length - 1]!, right: Math.max(runs[runs.length - 1]!.right, run.right) };
        continue;
      }
      if (opensLineRaised(run, y, items, index, turn) && isFootnoteMark(run.text, lineText)) continue;
      if (runs.length === 0 || (ended && !backOnLine) || Math.abs(y - lineY) > size / 2) {
        if (runs.length > 0) lines.push(lineOf(runs, lineY, ruled));
        runs = [];
        lineY = y;
      }
      runs.push(run);
      ended = false;
    }
    if (item.hasEOL) ended = true;
  }
  if (runs.length > 0) lines.push(lineOf(runs, lineY, ruled));
  return lines;
}

/**
 * A control character in a run: pdf.js gives a glyph's code so when a simple font names the glyph only by
 * its number (/g19, a subset's) and has no ToUnicode map. Dropped later as invisible, figures so drawn went
 * without a word (办理复议件); marked unreadable, as ingest marks other unmapped glyphs, and told.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this marks
const UNMAPPED_CODE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

/** A run set this much smaller than its line's text may be raised or lowered in it: a footnote's mark, a power. */
const RAISED_SIZE = 0.8;
/** ... standing off the line's baseline by at most this share of the line's size, ... */
const RAISED_OFFSET = 0.6;
/** ... and of at most this many characters. */
const MAX_RAISED_CHARS = 4;

/**
 * Whether a run is raised or lowered in the line being read, right after its last run: a footnote's
 * mark (46, a raised 1, then 件) or a power (km²). Off the baseline, it started a line of its own and
 * the line's rest another, a figure parted from its unit (46 | 件); its page-edge line was dropped as a page number.
 */
function isRaisedInLine(run: PlacedRun, y: number, runs: readonly PlacedRun[], lineY: number): boolean {
  const last = runs[runs.length - 1];
  if (!last || [...run.text].length > MAX_RAISED_CHARS || Math.abs(run.x - last.right) > last.size) return false;
  const offset = Math.abs(y - lineY);
  // raised by text rise at the line's own size after a figure (46, 1 raised, 件): it stays on the line, the mark with it
  if (run.size >= last.size * RAISED_SIZE) return offset >= run.size * RISEN_OFFSET && offset <= run.size / 2 && FIGURE_END.test(last.text);
  return offset > run.size / 2 && offset <= last.size * RAISED_OFFSET;
}

/** A run at its line's size raised or lowered at least this share of it is set off the line on purpose, not a baseline's jitter ... */
const RISEN_OFFSET = 0.25;
/** ... after a figure's end. */
const FIGURE_END = /[\d%\uFF05]$/;

/**
 * Whether a run opens a line raised or lowered before the line's next run, the mark wrapped to the line
 * after its figure (…受理58件 | a raised ① | ，审结55件): it stood as a line of its own.
 */
function opensLineRaised(run: PlacedRun, y: number, items: readonly TextItemLike[], index: number, turn: number): boolean {
  if ([...run.text].length > MAX_RAISED_CHARS) return false;
  const next = items.slice(index + 1, index + 3).find((item) => (item.str ?? '').trim() !== '');
  if (!next) return false;
  const placed = turnedBack(next.transform ?? [], turn);
  const nextSize = Math.abs(next.height || placed.scaleY) || 1;
  const offset = Math.abs(y - placed.y);
  return run.size < nextSize * RAISED_SIZE && offset > run.size / 2 && offset <= nextSize * RAISED_OFFSET && Math.abs(placed.x - run.right) <= nextSize;
}

/**
 * A line of runs on baseline `y`. A line drawn from its end back to its start (each glyph placed left
 * of the one before, by a producer or to hinder copying) reads in its runs' order on the page, as a
 * viewer shows it: read in drawing order, 35件 read 件53.
 */
function lineOf(runs: readonly PlacedRun[], y: number, rules?: PageRules): PageLine {
  const ordered = drawnBackwards(runs) ? [...runs].sort((a, b) => a.x - b.x) : runs;
  const line: PageLine = { text: '', x: ordered[0]!.x, right: ordered[0]!.x, y, size: ordered[0]!.size };
  ordered.forEach((run, i) =>
    appendRun(
      line,
      isSpreadWord(ordered, i) ? { ...run, text: run.text.replaceAll(' ', '') } : run,
      rules !== undefined && i > 0 && ruledApart(rules, line.right, run.x, y, run.size),
    ),
  );
  return line;
}

/** A run of single Latin letters between single spaces (O A, A P P) ... */
const SPACED_LETTERS_RUN = /^[A-Za-z](?: [A-Za-z])+$/;
const CHINESE_END = /[\p{Script=Han}\u3001\u3002\uFF01-\uFF5E]$/u;
const CHINESE_START = /^[\p{Script=Han}\u3001\u3002\uFF01-\uFF5E]/u;

/**
 * Whether the run at `i` is a word a justified line spread, in a font of its own between Chinese (依托 | O A |
 * 系统, the letters in Times New Roman): SPACED_LETTERS closes such letters inside a run, not in one of their
 * own. Each side within the size of a glyph, as a line's words stand; letters a table's cell apart stay apart.
 */
function isSpreadWord(runs: readonly PlacedRun[], i: number): boolean {
  const [before, run, after] = [runs[i - 1], runs[i]!, runs[i + 1]];
  if (!before || !after || !SPACED_LETTERS_RUN.test(run.text)) return false;
  return CHINESE_END.test(before.text) && CHINESE_START.test(after.text) && run.x - before.right < run.size && after.x - run.right < run.size;
}

/** Whether a run of the line starts left of the one drawn before it, by more than half its size (a glyph drawn twice steps back a hair). */
function drawnBackwards(runs: readonly PlacedRun[]): boolean {
  for (let i = 1; i < runs.length; i++) if (runs[i]!.x < runs[i - 1]!.x - runs[i]!.size / 2) return true;
  return false;
}

/** The quarter turns (0 to 3, anticlockwise) a run is drawn at: its text matrix's direction. */
const quarterTurns = ([a = 1, b = 0]: readonly number[]): number => ((Math.round(Math.atan2(b, a) / (Math.PI / 2)) % 4) + 4) % 4;

/**
 * The quarter turn most of a page's text is drawn at: a landscape table set on a portrait page turned
 * by /Rotate, its text drawn running up the page. Read by their place on the page unturned, its runs
 * stood each on a line of its own, a word or a cell a line.
 */
function pageTurn(items: readonly TextItemLike[]): number {
  const characters = [0, 0, 0, 0];
  for (const item of items) characters[quarterTurns(item.transform ?? [])]! += item.str?.length ?? 0;
  return characters.indexOf(Math.max(...characters));
}

/**
 * A page's left and right edges as its lines are placed: its view (the CropBox within the MediaBox, [x1 y1 x2 y2] in
 * user space), turned back by `turn` quarter turns as its runs are (see turnedBack).
 */
function pageBox(view: readonly number[], turn: number): PageBox {
  const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = view;
  const [low, high] = turn === 0 ? [x1, x2] : turn === 1 ? [y1, y2] : turn === 2 ? [-x2, -x1] : [-y2, -y1];
  return { left: Math.min(low, high), right: Math.max(low, high) };
}

/** A run's place and height on the page turned back by `turn` quarter turns: its text reads left to right, its lines downwards. */
function turnedBack(transform: readonly number[], turn: number): { x: number; y: number; scaleY: number } {
  const [, , c = 0, d = 0, e = 0, f = 0] = transform;
  if (turn === 0) return { x: e, y: f, scaleY: d };
  const scaleY = Math.hypot(c, d);
  if (turn === 1) return { x: f, y: -e, scaleY };
  if (turn === 2) return { x: -e, y: -f, scaleY };
  return { x: -f, y: e, scaleY };
}
