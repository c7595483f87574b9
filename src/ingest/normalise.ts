import { isBoilerplateLine } from './boilerplate.js';
import { altHeading } from './alt-headings.js';
import { COUNTING_AFTER } from './fold.js';
import { MAX_LINE_CHARS } from './limits.js';
import { LEADING_BULLET, OUTLINE_START, SENTENCE_END, withLineBreaksInSentencesRead } from './line-breaks.js';
import { pageSeamLines, rejoinHardWraps, type TextLine } from './rewrap.js';
import { withChartRows } from './chart-series.js';
import { withoutCellNoteMark } from './footnote-marks.js';
import { withLookalikesRead } from './lookalikes.js';
import { closeSpacedFigures, readByOcr } from './spaced-figures.js';
import { withSpokenPhrasesParted, withoutSubtitleCues } from './transcripts.js';
import { withCountingWord, withHeaderLevelsJoined } from './header-levels.js';
import { MEASURE_HEADER, SPACED_LABEL } from './table-cells.js';
import { asCell, readLines, tableWording } from './table-wording.js';
import { BRACKETED_FIGURE, bracketedExamples } from './bracketed-examples.js';
import { inColumnOrder, columnOrderOf, type ColumnOrder } from './year-columns.js';

/**
 * Invisible characters and control codes that carry no text (tab and newline stay). Bidirectional
 * controls (U+202E and kin) went on into evidence quotes, where they reversed the words shown after them.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;
/**
 * A figure under a right-to-left override (U+202E, up to its end U+202C or the paragraph's): a viewer shows its
 * characters in reverse, an anti-copy trick's figure as the page means it (71 shown 17). The controls alone were
 * dropped, the figure read as written (17件 read 71件), as the page reader's <bdo dir="rtl"> was before it was read as
 * shown. Words under one would show garbled (件案议复): a control pasted along, read as written.
 */
const RIGHT_TO_LEFT_OVERRIDE = /\u202e([\d\uFF10-\uFF19.,%\uFF0E\uFF0C\uFF05]*)(?:\u202c|(?=[\u202a-\u202e\u2066-\u2069\n])|$)/g;
const asShownRightToLeft = (_: string, characters: string): string => [...characters].reverse().join('');
/** The text with its figures under overrides as shown; looked for first, as the pattern's scan of a long text is slow. */
const withOverriddenFiguresShown = (text: string): string => (text.includes('\u202e') ? text.replace(RIGHT_TO_LEFT_OVERRIDE, asShownRightToLeft) : text);
/**
 * Private-use characters between digits: a font's own glyphs, which no text is written in (an anti-copy
 * mark, a symbol font's placeholder). They parted a figure, and only its last digits were read
 * (1 U+E000 2件 was 2件); dropped, the figure reads as it was typed around them.
 */
const PRIVATE_USE_IN_FIGURE = /(?<=[0-9\uFF10-\uFF19])\p{Co}+(?=[0-9\uFF10-\uFF19])/gu;
/**
 * Decimal digits of other scripts: Arabic-Indic (٠–٩) and Persian (۰–۹) ones a right-to-left layout or input method
 * leaves, Tibetan (༠–༩), Mongolian (᠐–᠙) and Devanagari ones of a bilingual text, the mathematical bold and
 * double-struck ones (𝟏𝟕) a styled text or a formula's font pastes as. They show the figure, but no figure was read
 * (全年办理案件𝟓𝟐件 had no 52). Read as the ASCII digits they stand for; full-width digits stay, as the fold reads them.
 */
const OTHER_DIGIT = /(?![0-9\uFF10-\uFF19])\p{Nd}/gu;
const DIGIT = /^\p{Nd}$/u;
const otherDigits = new Map<string, string>();
/**
 * The code units an OTHER_DIGIT may start with: the blocks of the Basic Multilingual Plane that hold such digits (none
 * of them Chinese), and the high surrogates of the planes' before the Chinese characters' (𝟏 is U+1D7CF). The cheap
 * test that spares nearly every report the search of its digits (a Unicode property, several times as slow).
 */
const MAY_HOLD_OTHER_DIGIT = /[\u0660-\u1c59\ua620-\uabf9\ud801-\ud83f]/;
const withAsciiDigits = (text: string): string => (MAY_HOLD_OTHER_DIGIT.test(text) ? text.replace(OTHER_DIGIT, asAsciiDigit) : text);
/** An OTHER_DIGIT's value: Unicode sets every script's decimal digits out in runs from 0 to 9, one run after another. */
function asAsciiDigit(digit: string): string {
  let value = otherDigits.get(digit);
  if (value === undefined) {
    const point = digit.codePointAt(0)!;
    let zero = point;
    while (DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
    value = String((point - zero) % 10);
    otherDigits.set(digit, value);
  }
  return value;
}
/**
 * A no-break space inside a figure (Word's Ctrl+Shift+Space, an RTF's \~, a narrow, figure, thin or hair space setting
 * 1 200's thousands apart, as SI style and typesetting do): it holds the digits on one line, as one figure. Read as a
 * blank, the figure fell in two (1 2件 was read 2件, 8. 7% no rate at all). Groups of three digits at most on either side, after a decimal point too; years
 * side by side (2024 2025) and a list's number before a figure (1. 2025年) stay apart.
 */
const NO_BREAK_SPACE_IN_FIGURE =
  /[\u00a0\u2007\u2009\u200a\u202f](?<=(?:(?:^|[^\d\uFF10-\uFF19.\uFF0E])[\d\uFF10-\uFF19]{1,3}|[^\s\d\uFF10-\uFF19][\d\uFF10-\uFF19]{1,3}[.\uFF0E]).)(?=[\d\uFF10-\uFF19]{1,3}(?![\d\uFF10-\uFF19]))/g;
/**
 * A hyphen written as Unicode's own (U+2010) or a no-break one (Word's Ctrl+Shift+-, which .docx keeps as U+2011 and an
 * RTF writes \_): the hyphen-minus it shows. Left as it was, a range or a date so joined (3‑5件, 2025‑12‑31) read as no
 * hyphen's, 3‑5件 as five.
 */
const UNICODE_HYPHEN = /[\u2010\u2011]/g;
/**
 * A page's number left empty between 第 and 页 (a page field saved with no result in Word, WPS, an RTF or an OpenDocument
 * text, a template's 第  页 共  页): it names no page, and 详见附表（第页）, 第页，共页 stood in the report's sentences. The
 * reference goes whole, with its brackets and the pages' count after it; 共页 alone stays (公共页面).
 */
const EMPTY_PAGE_NUMBER =
  /[(\uFF08][ \u3000]*(?:详?见)?[ \u3000]*第[ \u3000]*页(?:[ \u3000]*[,\uFF0C\u3001]?[ \u3000]*共[ \u3000]*页)?[ \u3000]*[)\uFF09]|第[ \u3000]*页(?![岩面])(?:[ \u3000]*[,\uFF0C\u3001]?[ \u3000]*共[ \u3000]*页(?![岩面]))?/g;
/**
 * Marks that carry nothing on a Chinese character or a figure: variation selectors (the standard
 * ones, and the ideographic ones a font picks a glyph by) and combining marks (emphasis dots and
 * underlines drawn under each character, accents of a bad conversion): they parted the words and
 * figures they stood in (依法 U+FE00 行政; 128件 with U+0332 under each digit). On a letter they stay
 * (pinyin), and so does a keycap's (1 U+FE0F U+20E3, a list's number).
 */
// eslint-disable-next-line no-misleading-character-class -- the marks alone are what this matches
const MARKS = /(?:[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20dc\ufe00-\ufe0f\ufe20-\ufe2f]|\udb40[\udd00-\uddef])+(?!\u20e3)/g;
/** A character no mark means anything on: a Chinese character (extension B and later as surrogate pairs) or a digit. */
const BEARS_NO_MARK = /^(?:[\d\u3400-\u9fff\uf900-\ufaff\uff10-\uff19]|[\ud840-\ud87f][\udc00-\udfff])$/;

/** A unit that may open MARKS: the cheap test that spares nearly every report that pattern's alternation. */
// eslint-disable-next-line no-misleading-character-class -- the marks alone are what this finds
const MAY_HOLD_MARK = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20dc\ufe00-\ufe0f\ufe20-\ufe2f\udb40]/;

function withoutMarksOnHan(text: string): string {
  if (!MAY_HOLD_MARK.test(text)) return text;
  return text.replace(MARKS, (marks: string, at: number) => (BEARS_NO_MARK.test(characterBefore(text, at)) ? '' : marks));
}

/** The character that ends before `at`, a surrogate pair whole. */
function characterBefore(text: string, at: number): string {
  const last = text.charCodeAt(at - 1);
  return text.slice(last >= 0xdc00 && last <= 0xdfff ? at - 2 : at - 1, at);
}

/**
 * Two blank lines or more, which read as one: collapsed before the text is split into lines, where
 * twenty million of them took six seconds and 400 MB.
 */
const BLANK_LINES = /\n(?:[ \t\u3000]*\n){2,}/g;
/** A long line is split after one of these. */
const SPLIT_AFTER = new Set(['。', '\uFF01', '\uFF1F', '\uFF1B', '!', '?', ';']);
/** A Markdown heading's marker (## 一、主要举措), from a report converted to Markdown. */
const MARKDOWN_HEADING = /^#{1,6}[ \t]+/;
/** A Markdown quotation's markers (> 全年…, > > …); not a bound before a figure (>95%, >= 12). */
const MARKDOWN_QUOTE = /^(?:>[ \t]?)+(?=[^\s\d\uFF10-\uFF19=])/;
/**
 * A Markdown link ([text](url "title")), read as its text, and a picture (![alt](url)), read as
 * nothing, as a Markdown viewer shows them: the address's figures (/2021/03/art_123.html) were read
 * as the report's years and counts. An address holds no Chinese and no blanks, unless in angle brackets
 * (<附件 1.docx>, as CommonMark writes a file's name): such a link, or one titled in single quotes, stood whole.
 */
const MARKDOWN_LINK = /(!?)\[([^\]\n]{0,500})\]\((?:<[^<>\n]{0,2000}>|[^()\s\u3400-\u9fff]{1,2000})(?:\s+(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'))?\)/g;
/** A picture shows nothing, unless it stands alone on its line for a heading drawn as a banner (./alt-headings.ts): its alt text is the heading. */
const pictureText = (picture: string, alt: string, line: string): string => (picture === line.trim() ? (altHeading(alt) ?? '') : '');
/**
 * Markdown's strong emphasis around words or figures (办结**401件**): the asterisks carry nothing, nor
 * do the blanks a writer sets around them in Chinese so that the markup is read (研究 **2次**, 全市
 * **1,126名** 领导干部).
 */
const MARKDOWN_STRONG = /(?:(?<=[\u3400-\u9fff]) )?\*\*(?=\S)([^*\n]{1,200}?)(?<=\S)\*\*(?: (?=[\u3400-\u9fff]))?/g;
/** A table's rule line, drawn in box-drawing characters or Markdown (|---|:---:|, ├──┼──┤, +----+). */
const TABLE_RULE = /^[|+:\-=\s\u2500-\u257f]*[-=\u2500-\u257f]{3}[|+:\-=\s\u2500-\u257f]*$/;
/** A table's cell borders drawn as box-drawing verticals (│ ┃ ║), read as the '|' of a text table. */
const BOX_VERTICAL = /[\u2502\u2503\u2551]/g;
/** The bars that open and close a table row (| 执法记录仪(台) | 931 |), its cells stay apart by the inner ones. */
const OUTER_BARS = /^\|\s*(.*?)\s*\|$/;
/** What sets a table's columns apart: a tab (a table as Word saves it as 纯文本), or blanks aligning them (审结(件)      987      1296). */
const ALIGNING_BLANKS = /\s*\t\s*|[ \u3000]{2,}/;
/** A cell of figures or a year's column header: 1,296 / 98.7 / +5 / 98.7% / 1.2万 / 2025年 (full-width digits too). */
const FIGURE_CELL = /^[+\-\u2212]?[\d\uFF10-\uFF19][\d\uFF10-\uFF19,\uFF0C]*(?:[.\uFF0E][\d\uFF10-\uFF19]+)?(?:[%\uFF05万]|年度?)?$/;
const YEAR_CELL = /年度?$/;
/** The longest cell a 同比 column's change (rules/tables.yaml change_cell) or a row's judgement (status_cell) is read in. */
const MAX_WORDED_CELL = 12;
/** A change beside the years' figures, as a 同比 column writes it: +1.5个百分点, +4名, 减少2件 (rules/tables.yaml change_cell). */
const isChangeCell = (cell: string): boolean => cell.length <= MAX_WORDED_CELL && tableWording().change_cell.test(asCell(cell));
/** A judgement of the row against its target, as a 完成情况 column writes it: 完成, 超额完成 (rules/tables.yaml status_cell). */
const isStatusCell = (cell: string): boolean => cell.length <= MAX_WORDED_CELL && HAN.test(cell) && tableWording().status_cell.test(asCell(cell));
/** A target written as a bound (≥12, ≤2, >95%); its group is the bound's figure. */
const BOUND_CELL = /^[≥≤><]=?\s*([\d\uFF10-\uFF19][\d\uFF10-\uFF19,.]*%?)$/;
/** A dash in a row of figures for a figure not given (—, －, /). */
const DASH_CELL = /^[\u2014\u2013\u2015\uFF0D\-/\uFF0F]{1,2}$/;
/** A cell in a row of figures that holds none: a target written as a bound or a dash for no figure. */
const isNoFigureCell = (cell: string): boolean => BOUND_CELL.test(cell) || DASH_CELL.test(cell);
/** A cell of figures in Chinese numerals, plain or financial (一百零八, 壹佰零捌), or a year's column header so written (二〇二一年). */
const CHINESE_FIGURE_CELL = /^(?:[〇零一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]+|[〇○零一二三四五六七八九]{4}年度?)$/;
const isFigureCell = (cell: string): boolean => FIGURE_CELL.test(cell) || CHINESE_FIGURE_CELL.test(cell);
/** A full-width bar, as an editor may draw a table's cell borders (指标｜2023年｜2024年). */
const FULL_WIDTH_BAR = '\uFF5C';
/** A header cell beside the years' (两年合计, 增减, 同比): a few characters, no figure. */
const LABEL_CELL = /^[\u3400-\u9fff]{1,6}$/;
/** Whether two cells or more name a year alone: a header row over the years' columns (指标  2023年  2024年). */
const namesYears = (cells: readonly string[]): boolean => cells.filter((cell) => FIGURE_CELL.test(cell) && YEAR_CELL.test(cell)).length >= 2;
const HAN = /[\u3400-\u9fff]/;
/** What asCell takes out of a cell. */
const BLANK = /\s/;
/**
 * Blanks inside a line, worth four columns or more: a paragraph's indent, when its line break was lost.
 * The first blank is matched before what stands before it is looked behind: a pattern that opens with
 * a lookbehind is tried at every offset of the text, five times as slow.
 */
const INNER_INDENT = /[ \u00a0\u3000](?<=\S[ \u00a0\u3000])[ \u00a0\u3000]+(?=\S)/g;
/** Any blank inside a line: in a whole text run into one line, a single blank may be all a lost break left. */
const INNER_BLANK = /[ \u00a0\u3000](?<=\S[ \u00a0\u3000])[ \u00a0\u3000]*(?=\S)/g;
/** What a line may start with after a heading: words (not a table cell's number)… */
const AFTER_HEADING = /^\p{L}/u;
/** …and in a whole text on one line, also a year (the opening 2024年,… after the title; the date after the signature). */
const AFTER_HEADING_IN_WHOLE_TEXT = /^(?:\p{L}|\d{4}年)/u;
/** A line holding this share of the text is the whole text run together (a page copied without its line breaks). */
const RUN_TOGETHER_SHARE = 0.8;
/** A heading of its own is this long (a label spaced out, 文  号, is no heading) and has no punctuation inside. */
const MIN_HEADING_CHARS = 4;
const MAX_HEADING_CHARS = 40;
const PUNCTUATED = /[,;:!?\u3001\u3002\uFF0C\uFF1B\uFF1A\uFF01\uFF1F]/;
/** A letter-spaced line has at least this many gaps, and this share of its neighbours apart. */
const MIN_LETTER_GAPS = 4;
const LETTER_GAP_SHARE = 0.8;

/**
 * A terminal's colour and cursor codes (ESC [ 1;31m …), in a text copied from a console or saved with a tool's coloured
 * output: the escape character went as invisible but its [1;31m stayed, inside the figure it coloured (文件[1;31m12[0m件).
 */
// eslint-disable-next-line no-control-regex -- the escape character is what this reads
const TERMINAL_CONTROL = /\u001b\[[0-?]{0,32}[ -/]{0,8}[@-~]/g;

/**
 * A text whose every line end is written CR CR LF: a CR LF text written again by a tool that turned each LF into CR LF
 * (a Windows program writing in text mode). Each is one line end; read as two, a blank line stood between all lines, every
 * line a paragraph, and a sentence or figure the text wraps was read in pieces (案件4 / 6件).
 */
function withLineEndsUndoubled(raw: string): string {
  if (!raw.includes('\r\r\n')) return raw;
  const doubled = raw.split('\r\r\n').length - 1;
  const lineEnds = raw.split('\n').length - 1;
  return doubled >= lineEnds * DOUBLED_SHARE ? raw.replaceAll('\r\r\n', '\n') : raw;
}
/** The share of line ends that must be doubled: a stray one is left as it is. */
const DOUBLED_SHARE = 0.9;

/**
 * Structural cleanup, the step before folding: unified line breaks, invisible characters
 * dropped, paragraphs run together restored to lines (see splitRunTogether), every line trimmed,
 * Markdown and text-table markup dropped (see withoutMarkup), letter-spaced lines closed up, absurdly long lines split,
 * web-page boilerplate lines removed, runs of blank lines collapsed to one, no blank lines at
 * either end, lines hard-wrapped at a page's width joined (see rejoinHardWraps).
 */
export function cleanupStructure(raw: string): string {
  const visible = withoutMarksOnHan(
    withOverriddenFiguresShown(
      withAsciiDigits(withLineEndsUndoubled(withLineBreaksInSentencesRead(raw)))
        .replace(TERMINAL_CONTROL, '')
        // a form feed (a page's end, as pdftotext and printing to a file write it) with the line ends beside it is
        // one line end: as a blank line it ended the paragraph a page break cut; a vertical tab ends a line too
        // eslint-disable-next-line no-control-regex -- form feeds and vertical tabs are what this reads
        .replace(/(?:\r\n?|\n)?\f(?:\r\n?|\n)?|\r\n?|[\u000b\u0085\u2028\u2029]/g, '\n'),
    )
      .replace(INVISIBLE, '')
      .replace(PRIVATE_USE_IN_FIGURE, '')
      .replace(NO_BREAK_SPACE_IN_FIGURE, '')
      .replace(UNICODE_HYPHEN, '-')
      .replace(EMPTY_PAGE_NUMBER, ''),
  );
  // talk written down as heard: a subtitle file's cues as the speech they cut, a transcript's blanks as its punctuation
  const spoken = withSpokenPhrasesParted(withoutSubtitleCues(visible));
  const runs = withPercentSignsRead(splitRunTogether(withHeaderLevelsJoined(spoken)).replace(BLANK_LINES, '\n\n'));
  // a text read by OCR from a scanned paper: its figures read apart are closed up, its look-alike characters read as meant
  const ocr = readByOcr(runs);
  const unified = closeSpacedFigures(runs, ocr);
  const lines: TextLine[] = [];
  let table: TableHeader = NO_HEADER;
  let indicators: IndicatorColumns | null = null;
  // the lines since the last row or prose line that may be the pieces of a table's header, a cell a line
  const headerPieces: string[] = [];
  let caption: Caption | undefined;
  // the line above, when it was no row: a caption its 单位 line may follow (see captionOf)
  let lineAbove: string | undefined;
  // the label of the numbered row whose parts the un-numbered rows under it are (see withPartsTotal)
  let partsOf: string | undefined;
  // the last row of figures of the table the line is in, its merged cells filled (see withMergedCellsFilled)
  let rowAbove: string[] | undefined;
  // whether the line above was a header row (cells, no figures): a short line under it may be its last cell's end
  let headerRowAbove = false;
  const read = readLines(withWrappedLabelsJoined(unified.split('\n')));
  // a note declaring the figures in lenticular brackets examples: the brackets stay around them, no emphasis
  const examplesBracketed = unified.includes('\u3010') && bracketedExamples(read.folded);
  const { lines: written, from } = withChartRows(read);
  const trimmedAt = (k: number): string => (from[k]! >= 0 ? read.trimmed[from[k]!]! : written[k]!.trim());
  // the lines of page seams (a page number, the running header, blank lines) copied with the text from a PDF
  const seams = pageSeamLines(written.map((_, k) => trimmedAt(k)));
  const emit = (line: string, rawLine: string, plain: string, asRead: number): void => {
    for (const row of line.split('\n')) {
      const pieces = splitLongLine(closeLetterSpacing(row));
      for (const [index, piece] of pieces.entries()) {
        if (isBoilerplateLine(piece, asRead >= 0 && piece === plain ? read.characters[asRead] : undefined)) continue;
        if (piece === '' && (lines.length === 0 || lines[lines.length - 1]!.text === '')) continue;
        lines.push({ text: closeStrayBlanks(piece), indent: index === 0 && piece !== '' ? /^\s*/.exec(rawLine)![0] : '' });
      }
    }
  };
  for (let k = 0; k < written.length; k++) {
    const rawLine = written[k]!;
    const readAt = from[k]!;
    const trimmed = trimmedAt(k);
    const plain = withoutMarkup(undoubled(trimmed), examplesBracketed);
    // a table's rule line is no line of text, and the table goes on under it
    if (plain === null) continue;
    // the line's folds, read with all the others, hold while the line is as it was read
    const asRead = readAt >= 0 && plain === trimmed ? readAt : -1;
    // a page break inside a table (— 2 —, 第 2 页 共 3 页, the running header) leaves the rows after it the table's
    if (seams.has(k) && table !== NO_HEADER) {
      emit(plain, rawLine, plain, asRead);
      continue;
    }
    const cellsOrLine = tableCells(plain, table);
    // (a header of indicators, or of bare words under a caption naming units, is read as the rows' own, see indicatorsOf)
    const inTable =
      Array.isArray(cellsOrLine) || caption?.units
        ? cellsOrLine
        : (headerOverRow(plain, table, k + 1 < written.length ? trimmedAt(k + 1) : undefined) ?? cellsOrLine);
    const split = Array.isArray(inTable) ? withMergedCellsFilled(inTable, rowAbove, table) : inTable;
    rowAbove = Array.isArray(split) && split.some(isValueCell) ? split : undefined;
    const captionAbove = caption;
    caption = captionOf(plain, split, caption, asRead >= 0 ? read.folded[asRead] : undefined, lineAbove);
    lineAbove = Array.isArray(split) ? undefined : plain;
    const lent = Array.isArray(split) && caption && !caption.units ? withCaptionLent(split, caption) : split;
    // a header's last cell wrapped onto a line of its own (指标  2023年  2024年  两年 / 合计) leaves the rows under it the header's
    const headerEnd = !Array.isArray(lent) && headerRowAbove && TABLE_FRAGMENT.test(plain);
    table = Array.isArray(lent) ? headerOf(lent, table) : headerEnd ? table : NO_HEADER;
    headerRowAbove = Array.isArray(lent) && rowAbove === undefined && table !== NO_HEADER;
    const parted = Array.isArray(lent) ? withPartsTotal(lent, table, partsOf) : undefined;
    partsOf = parted?.partsOf;
    const cells = parted?.cells ?? lent;
    const header =
      indicatorsOf(Array.isArray(cells) ? cells : alignedCells(plain)) ??
      (captionAbove?.units ? captionedIndicators(Array.isArray(cells) ? cells : alignedCells(plain), captionAbove) : undefined);
    const fragment = !Array.isArray(cells) && TABLE_FRAGMENT.test(plain);
    if (Array.isArray(cells)) {
      indicators = indicatorsOfPieces(headerPieces) ?? indicators;
      headerPieces.length = 0;
    } else if (!fragment) headerPieces.length = 0;
    // a header has a few dozen pieces at most: a text of short lines keeps only its last ones
    else if (headerPieces.push(plain) > MAX_HEADER_PIECES) headerPieces.shift();
    const own = indicators && Array.isArray(cells) ? ownRow(cells, indicators, table) : undefined;
    if (header) indicators = header;
    // a fragment of a row a PDF broke into lines (各乡镇人民政府 / (12个)) is still the table's
    else if (!Array.isArray(cells) && !fragment) indicators = null;
    const line = own ?? (Array.isArray(cells) ? rowText(cells, table) : withSlashListsPaired(withFragmentsJoined(cells)));
    const at = lines.length;
    emit(line, rawLine, plain, asRead);
    if (own === undefined || !indicators || !Array.isArray(cells)) continue;
    // an earlier year's row written out before the latest year's: it stands again as it was written
    const { latest } = indicators;
    const count = lines.length - at;
    if (latest) lines.splice(latest.at, latest.count, ...latest.written);
    const shift = latest ? latest.count - latest.written.length : 0;
    indicators.latest = tableWording().year_header.test(asCell(cells[0]!))
      ? { at: at - shift, count, written: [{ text: tableRow(cells, table), indent: '' }] }
      : undefined;
  }
  while (lines.length > 0 && lines[lines.length - 1]!.text === '') lines.pop();
  const text = rejoinHardWraps(lines).join('\n');
  return ocr ? withLookalikesRead(text) : text;
}

/**
 * A percent sign as OCR reads it from print (1 0 0 °/o, 8.9°/o, 96.5º/o): a degree sign, a slash and a letter o (or
 * a zero) after a figure. Read as % before the figures are closed up, which a counting word or % must follow.
 */
const PERCENT_AS_READ = /[°º˚](?<=[0-9\uFF10-\uFF19OolI〇○] ?[°º˚]) ?\/ ?[oO0](?![A-Za-z0-9])/g;

/** The text with the percent signs OCR read as °/o written %. */
const withPercentSignsRead = (text: string): string => (/[°º˚] ?\//.test(text) ? text.replace(PERCENT_AS_READ, '%') : text);

/**
 * A row's cells with the merged cells a Markdown or a text table writes once filled from the row of figures above
 * (`above`, of as many cells): a cell saying it holds what the cell above holds (〃, 同上: rules/tables.yaml
 * ditto_cell) holds it, label or figure; a label cell left empty before the row's first figure, with a label of
 * the row's own after it, holds the label above (行政复议 | 受理(件) | 64, then  | 办结(件) | 60). Read as written,
 * the rows under the first lost their category, and a figure written 同上 was none. Under a 序号 header an empty
 * first cell is a part's (see withPartsTotal), and stays.
 */
function withMergedCellsFilled(cells: string[], above: readonly string[] | undefined, { serial }: TableHeader): string[] {
  if (!above || above.length !== cells.length) return cells;
  const { ditto_cell } = tableWording();
  const filled = cells.map((cell, k) => (cell !== '' && above[k] !== '' && ditto_cell.test(asCell(cell)) ? above[k]! : cell));
  const first = filled.findIndex(isValueCell);
  for (let k = serial ? 1 : 0; k < first; k++) {
    const label = above[k]!;
    const ownLabelAfter = filled.slice(k + 1, first).some((cell) => HAN.test(cell));
    if (filled[k] === '' && ownLabelAfter && HAN.test(label) && !isValueCell(label)) filled[k] = label;
  }
  return filled;
}

/**
 * Under a 序号 header, a numbered row with a label and no figure (18 | 行政复议审结 | 件 | | | 按审结结果分列)
 * is written out by the un-numbered rows under it, its parts (其中：维持 | 件 | 35); their total row
 * (| 合计 | 件 | 49) is its figure and takes its label (行政复议审结合计), which alone said what was
 * totalled. The cells as they are (a total row with its label), and the label whose parts the rows
 * below are: a numbered row or a total ends them.
 */
function withPartsTotal(cells: string[], { serial, unit, note }: TableHeader, partsOf: string | undefined): { cells: string[]; partsOf: string | undefined } {
  if (!serial || cells.length < 3 || !isSerialCell(cells[0]!)) return { cells, partsOf: undefined };
  const label = cells[1]!;
  if (cells[0] !== '') {
    const figureless = HAN.test(label) && cells.every((cell, k) => k < 2 || k === unit || k === note || cell === '');
    return { cells, partsOf: figureless ? label.replace(/\s+/g, '') : undefined };
  }
  if (partsOf === undefined || !tableWording().total_label.test(asCell(label))) return { cells, partsOf };
  return { cells: cells.map((cell, k) => (k === 1 ? `${partsOf}${cell}` : cell)), partsOf: undefined };
}

/** What a table's caption says of its rows (rules/tables.yaml table_caption): the subject they count, the unit of their figures. */
interface Caption {
  subject: string;
  unit: string | undefined;
  /** a figure card's title (rules/tables.yaml card_title): it lends its subject only to labels of bare acts (card_label) */
  card?: boolean;
  /** a caption naming the units its rows are (rules/tables.yaml units_caption): it lends its subject and unit only to a header of bare words */
  units?: boolean;
  /** a heading naming its table's unit alone (rules/tables.yaml caption_unit): it lends the unit to the labels of bare figures */
  unitOnly?: boolean;
}
/** A row's label names a subject of its own when it holds the caption's subject's first characters (行政复议 of 行政复议案件). */
const SUBJECT_HEAD = 4;

/**
 * The caption the rows from this line on stand under: a caption line sets it, a unit line under it
 * (单位：件) adds its unit, rows and a table's fragments keep it, any other line ends it.
 */
function captionOf(
  line: string,
  cells: readonly string[] | string,
  current: Caption | undefined,
  folded: string | undefined,
  above: string | undefined,
): Caption | undefined {
  if (Array.isArray(cells)) return current;
  // a heading's unit holds over the blank line between it and its table
  const { table_caption, unit_line, units_caption } = tableWording();
  if (current?.unitOnly && line.trim() === '') return current;
  // …and so does a numbered caption's or its unit line's, right above (a Markdown table stands a blank line under its caption)
  if (current && line.trim() === '' && above !== undefined && (table_caption.test(asCell(above)) || unit_line.test(asCell(above)))) return current;
  // a line without blanks is its own cell: its asLine, when the line was folded already (`folded`)
  const cell = folded !== undefined && !BLANK.test(line) ? folded : asCell(line);
  const named = table_caption.exec(cell);
  if (named) return { subject: named[1]!, unit: named[2] };
  const card = tableWording().card_title.exec(cell);
  if (card) return { subject: card[1]!, unit: undefined, card: true };
  const unit = unit_line.exec(cell);
  // a caption naming the units its rows are is one only with a 单位 line under it (各县（市、区）…收案情况 / 单位：件);
  // a figure card's title above it (附表) gives way to it
  const units = unit && !(current && !current.card) && above !== undefined ? units_caption.exec(asCell(above)) : null;
  if (units) return { subject: units[1]!, unit: unit![1], units: true };
  if (unit) return current && { ...current, unit: unit[1] };
  const headed = tableWording().caption_unit.exec(cell);
  if (headed) return { subject: '', unit: headed[1], unitOnly: true };
  return TABLE_FRAGMENT.test(line) ? current : undefined;
}

/**
 * A two-column row under a caption whose label names no subject of its own (受理 | 86) as the
 * caption's subject's, with the caption's unit unless the label names one (行政复议案件受理(件) | 86):
 * without them the figure is a bare verb's.
 */
function withCaptionLent(cells: string[], { subject, unit, card, unitOnly }: Caption): string[] {
  // 行政复议收案 | 33 under (二)复议与应诉(数量单位:件): the label before the first figure counts in the heading's unit
  if (unitOnly) return [...withMeasure(cells, unit!)];
  const [label, figure] = cells;
  if (card) {
    // 收案 | 203件 under 行政复议: a card's figure carries its counting word
    if (cells.length !== 2 || !CARD_FIGURE.test(figure!) || !tableWording().card_label.test(asCell(label!))) return cells;
    return [`${subject}${label!.replace(/\s+/g, '')}`, figure!];
  }
  // 出具合法性审查意见 | 297 | 265 | +12.1% under 表1 合法性审查情况（单位：件）: the caption's unit counts the row's bare figures
  if (cells.length !== 2) return unit === undefined ? cells : [...withBareMeasure(cells, unit)];
  if (!isValueCell(figure!) || label === '' || asCell(label!).includes(subject.slice(0, SUBJECT_HEAD))) return cells;
  const counted = unit === undefined || MEASURE_HEADER.test(label!) ? '' : `(${unit})`;
  return [`${subject}${label!.replace(/\s+/g, '')}${counted}`, figure!];
}

/**
 * The row with a counting word after the label its first figure follows, when that figure is bare (no %, no 万): a rate
 * counts in none. A serial number before the label (1 | 出具合法性审查意见 | 297) is no figure of the row's.
 */
function withBareMeasure(cells: readonly string[], measure: string): readonly string[] {
  const numbered = cells.length > 2 && (cells[0] === '' || SERIAL_CELL.test(cells[0]!)) && HAN.test(cells[1]!);
  const row = numbered ? cells.slice(1) : cells;
  const first = row.find(isValueCell);
  if (first === undefined || !/[\d\uFF10-\uFF19]$/.test(first)) return cells;
  return numbered ? [cells[0]!, ...withMeasure(row, measure)] : withMeasure(row, measure);
}

/** A card's figure: a number with its counting word or a percent sign (203件, 9.6%). */
const CARD_FIGURE = /^[\d.,]+(?:%|[\u4e00-\u9fff]{1,2})$/;

/** A label cell between a row's figures: a few words, no figure or year of its own. */
const PAIR_LABEL = /^[\u3400-\u9fff][^\d\uFF10-\uFF19|]{0,19}$/;
/** The fewest label–figure pairs after a row's label that make it a row of pairs. */
const MIN_PAIRS = 2;

/**
 * A row whose cells after its label alternate label and figure (文件清理 | 废止 | 6件 | 修改 | 3件) as one
 * row per pair, each with the row's label (文件清理 | 修改 | 3件): read whole, only the first pair's
 * figure stood next to the row's label. Undefined for any other row.
 */
function labelFigurePairs(cells: readonly string[]): string[][] | undefined {
  const [label, ...rest] = cells;
  if (rest.length < 2 * MIN_PAIRS || rest.length % 2 !== 0 || !PAIR_LABEL.test(label!)) return undefined;
  const pairs: string[][] = [];
  for (let k = 0; k < rest.length; k += 2) {
    const [name, figure] = [rest[k]!, rest[k + 1]!];
    if (!PAIR_LABEL.test(name) || !(isValueCell(figure) || CARD_FIGURE.test(figure))) return undefined;
    pairs.push([label!, name, figure]);
  }
  return pairs;
}

/** A cell that states a figure of its own: words, then the figure and its counting word or percent sign (办结43件, 纠错率11.1%). */
const FRAGMENT_CELL = /^[^\d\uFF10-\uFF19|]*[\u3400-\u9fff][^\d\uFF10-\uFF19|]*[\d\uFF10-\uFF19][\d\uFF10-\uFF19,.\uFF0E]*(?:[%\uFF05]|[\u3400-\u9fff]{1,2})$/;

/**
 * A line of telegraphic fragments set apart by bars, each with its words and its figure (复议：收案45件｜办结43件｜纠错率11.1%):
 * no table's row, whose first cell labels the figures after it, but clauses, written as such (…；办结43件；…).
 */
const isFragmentRow = (cells: readonly string[]): boolean => cells.length >= 2 && cells.every((cell) => FRAGMENT_CELL.test(cell.trim()));
/** A row of fragments as clauses, ended as the row was: no line before or after goes on in it. */
const fragmentsText = (cells: readonly string[], end = '\u3002'): string => `${cells.map((cell) => cell.trim()).join('\uFF1B')}${end}`;

/**
 * A middle dot with blanks on both sides, as a slide sets a bullet's fragments apart (审核 14件 · 清理 22件); a dot
 * between words without blanks lists them (报备率·报备及时率均为100%).
 */
const SPACED_MIDDLE_DOT = /[ \t\u3000]+[\u00b7\u2027\u30fb][ \t\u3000]+/;
/** Blanks after a counted figure and before words, as a slide's bullet runs its fragments on (■ 收案73件 办结70件 纠错率 11.0%). */
const BLANK_AFTER_COUNT = new RegExp(`(?<=[\\d\\uFF10-\\uFF19](?:[%\\uFF05]|${COUNTING_AFTER}[\\u3400-\\u9fff]?))[ \\t\\u3000]+(?=[\\u3400-\\u9fff])`);

/**
 * A line that full-width bars, spaced middle dots or (after a bullet) blanks after its counts set apart into fragments, each
 * its words and its figure (应诉：31件｜负责人出庭31件, 学法 10次 · 讲座 3期, ■ 应诉 52件 无败诉 出庭率 100%), as clauses; any
 * other line as it is.
 */
function withFragmentsJoined(line: string): string {
  if (line.includes(FULL_WIDTH_BAR)) {
    const cells = line.split(FULL_WIDTH_BAR);
    if (isFragmentRow(cells)) return fragmentsText(cells);
  }
  // parted by blanks, the line ends as it did: a line may have run on into it; blanks after counts only in a bulleted item
  // (■ 行政复议 收案73件 办结70件), as a slide's bullet runs its fragments on
  const bulleted = LEADING_BULLET.test(line.trimStart());
  for (const separator of bulleted ? [SPACED_MIDDLE_DOT, BLANK_AFTER_COUNT] : [SPACED_MIDDLE_DOT]) {
    const cells = separator.test(line) ? line.split(separator) : [];
    if (isFragmentRow(cells)) return `${line.match(/^\s*/)![0]}${fragmentsText(cells, '')}`;
  }
  return line;
}

/** A row as tableRow writes it, a row of label–figure pairs as a row per pair, a row of fragments as clauses. */
function rowText(cells: readonly string[], table: TableHeader): string {
  if (isFragmentRow(cells)) return fragmentsText(cells);
  const pairs = labelFigurePairs(cells);
  // the header's columns are those of the whole row: only its counting word holds for each pair
  return pairs ? pairs.map((pair) => tableRow(pair, { ...NO_HEADER, measure: table.measure })).join('\n') : tableRow(cells, table);
}

/** A label of a slash list: words, perhaps a counting word in brackets, no figure and no mark that ends a fragment. */
const SLASH_LABEL = '[\\u3400-\\u9fff][^\\d\\uFF10-\\uFF19/\\uFF0F:\\uFF1A;\\uFF1B,\\uFF0C\\u3001\\u3002|\\uFF5C\\s\\u3010\\u3011\\u2014]{0,19}';
/** A figure of a slash list: digits (thousands grouped), then a percent sign or a counting word, or nothing. */
const SLASH_FIGURE = '[\\d\\uFF10-\\uFF19]+(?:[,\\uFF0C][\\d\\uFF10-\\uFF19]{3})*(?:[.\\uFF0E][\\d\\uFF10-\\uFF19]+)?(?:[%\\uFF05]|[\\u3400-\\u9fff]{1,2})?';
const SLASH = '\\s*[/\\uFF0F]\\s*';
/** Labels joined by slashes, a colon, as many figures joined by slashes (复议/应诉/出庭率：214/57/100%). */
const SLASH_LIST = new RegExp(
  `(${SLASH_LABEL}(?:${SLASH}${SLASH_LABEL})+)\\s*([:\\uFF1A])\\s*(${SLASH_FIGURE}(?:${SLASH}${SLASH_FIGURE})+)(?![\\d\\uFF10-\\uFF19/\\uFF0F.\\uFF0E])`,
  'g',
);
/** A counting word in brackets in a slash list's labels (依申请公开（件）受理/办结): the unit of its figures that name none. */
const BRACKETED_UNIT = /[(\uFF08]([\u3400-\u9fff]{1,3})[)\uFF09]/;
/** A figure that names no unit of its own. */
const BARE_FIGURE = /[\d\uFF10-\uFF19]$/;

/**
 * A telegraphic line's labels joined by slashes and their figures joined by slashes after one colon
 * (人大代表建议/政协提案/办复率：46/88/100%, 执法人员/记录仪/培训：1127名/406台/1350人) as one label–figure pair
 * after another (人大代表建议：46；政协提案：88；办复率：100%), paired in order: read whole, each figure stood
 * next to the last label only. A counting word bracketed in the labels (依申请公开（件）受理/办结：73/70) is the
 * unit of the figures that name none. Lists of unequal length stay as they are.
 */
function withSlashListsPaired(line: string): string {
  if (!line.includes('/') && !line.includes('\uFF0F')) return line;
  return line.replace(SLASH_LIST, (whole, labelPart: string, colon: string, figurePart: string) => {
    const labels = labelPart.split(/\s*[/\uFF0F]\s*/);
    const figures = figurePart.split(/\s*[/\uFF0F]\s*/);
    if (labels.length !== figures.length) return whole;
    const unit = BRACKETED_UNIT.exec(labelPart)?.[1] ?? '';
    const separator = colon === ':' ? ';' : '\uFF1B';
    return labels.map((label, k) => `${label}${colon}${figures[k]}${BARE_FIGURE.test(figures[k]!) ? unit : ''}`).join(separator);
  });
}

/** A row's label alone on its line: words, no punctuation that would end or break up prose. */
const LABEL_LINE = /^[\u3400-\u9fff]{2,30}$/;
/** What a row wrapped after its label goes on with: the label's counting word in brackets, then aligned figures. */
const UNIT_THEN_FIGURES = /^[(\uFF08][\u3400-\u9fff%\uFF05]{1,3}[)\uFF09](?:\s*\t\s*|[ \u3000]{2,})[+\-\d\uFF10-\uFF19]/;

/**
 * A table's row typed too wide for its line wraps after its label (行政机关负责人出庭应诉率 / (%)   97.3   93.6):
 * the two lines are one row again.
 */
function withWrappedLabelsJoined(lines: readonly string[]): string[] {
  const out: string[] = [];
  // the line each line of out was read from; the lines of page seams (found only once a row's rest is met): a row
  // wraps over one as over a line break (政府信息公开申请 / — 2 — / 某市人民政府文件 / （件）  58  64)
  const from: number[] = [];
  let seams: ReadonlySet<number> | undefined;
  for (const [k, line] of lines.entries()) {
    const rest = UNIT_THEN_FIGURES.test(line.trim());
    let label = out.length - 1;
    if (rest) {
      seams ??= pageSeamLines(lines.map((text) => text.trim()));
      while (label >= 0 && seams.has(from[label]!)) label--;
    }
    if (rest && label >= 0 && LABEL_LINE.test(out[label]!.trim())) out[label] = out[label]!.trimEnd() + line.trim();
    else {
      out.push(line);
      from.push(k);
    }
  }
  return out;
}

/** A doubled line has this many characters at least, and this many different ones. */
const MIN_DOUBLED_CHARS = 6;
const MIN_DOUBLED_KINDS = 3;

/**
 * A line each of whose characters is written twice in a row (一一、、主主要要举举措措), as a PDF's bold
 * faked by drawing each glyph twice comes out of a tool blind to the overlap (pdftotext, a viewer's
 * copy), read once: its figures were read doubled (446600人人次次 for 460人次) and its headings were
 * none. No line of prose or a table's rule doubles every one of three kinds of character and more.
 */
function undoubled(line: string): string {
  if (line.length < 2 * MIN_DOUBLED_CHARS || line.length % 2 !== 0 || line[0] !== line[1]) return line;
  let once = '';
  for (let at = 0; at < line.length; at += 2) {
    if (line[at] !== line[at + 1]) return line;
    once += line[at];
  }
  return new Set(once).size >= MIN_DOUBLED_KINDS && HAN.test(once) ? once : line;
}

/**
 * A line as written without the markup of a report converted to Markdown or drawn as a text table:
 * heading and quotation markers, links' addresses, pictures, strong emphasis and emphasis brackets around a figure dropped
 * (审查率【100%】: kept when `examplesBracketed`, see ./bracketed-examples.ts), its cell borders as '|' between the cells only
 * (行政执法主体(个) | 38); null for a table's rule line.
 */
function withoutMarkup(line: string, examplesBracketed = false): string | null {
  const unquoted = line.replace(MARKDOWN_HEADING, '').replace(MARKDOWN_QUOTE, '');
  const plain = unquoted.includes('](')
    ? unquoted.replace(MARKDOWN_LINK, (link: string, picture: string, text: string) => (picture ? pictureText(link, text, unquoted) : text))
    : unquoted;
  if (TABLE_RULE.test(plain)) return null;
  const cells = plain.replace(BOX_VERTICAL, '|');
  const row = OUTER_BARS.exec(cells)?.[1] ?? cells;
  const unmarked = row.includes('**') ? row.replace(MARKDOWN_STRONG, '$1') : row;
  return !examplesBracketed && unmarked.includes('\u3010') ? unmarked.replace(BRACKETED_FIGURE, '$1') : unmarked;
}

/** What a table's header rows say of the rows under them: the order of its year columns, its unit column, its serial numbers, the counting word of its figures. */
interface TableHeader {
  columns: ColumnOrder | undefined;
  unit: number;
  /** the column of remarks (备注), whose cells hold words beside the row's figures */
  note: number;
  /**
   * the columns, as the rows are written in column order, of the standard each row is measured against (考核标准)
   * and of the points it scored (分值, 自评分), or of the law each row cites (主要依据), or of the base year's figures
   * (2020年基数), or of a part of the period
   * beside the period so far (第三季度 beside 1—9月累计): left out
   */
  asides: readonly number[];
  serial: boolean;
  measure: string | undefined;
  /** the column of the year's targets (目标值) as the rows are written, and its header's words */
  target: { column: number; header: string } | undefined;
  /** the column of each row's rate (比率) as the rows are written, beside the counts it is computed from; -1 for none */
  rate: number;
  /** the words of each column that counts the row's kind in its own counting word (期数(期), 参训人数(人)), by column; the first is the label's */
  counts: readonly string[] | undefined;
  /** whether a column after the label's holds what was done (完成情况): a bound ending the label (不少于2次) is then the standard */
  done: boolean;
}
const NO_HEADER: TableHeader = {
  columns: undefined,
  unit: -1,
  note: -1,
  asides: [],
  serial: false,
  measure: undefined,
  target: undefined,
  rate: -1,
  counts: undefined,
  done: false,
};
/**
 * A header row of indicators, each with its counting word in brackets (年度 | 持证执法人员（名） | 法制审核人员（名）),
 * over rows labelled by years or units: the labels, and the latest year's row written out so far.
 */
interface IndicatorColumns {
  labels: readonly string[];
  latest: { at: number; count: number; written: TextLine[] } | undefined;
}
const INDICATOR_CELL = /^[^\d,;:。]{2,20}$/;

/** The header row of indicators the cells are, with two counting words or more in brackets; undefined for any other row. */
function indicatorsOf(cells: readonly string[]): IndicatorColumns | undefined {
  if (cells.length < 3 || !cells.every((cell) => INDICATOR_CELL.test(cell) && HAN.test(cell))) return undefined;
  return cells.filter((cell) => MEASURE_HEADER.test(cell)).length >= 2 ? { labels: cells, latest: undefined } : undefined;
}

/**
 * The header of bare words (单位 | 收到申请 | 审结 | 纠错) under a caption naming the units its rows are and its 单位 line
 * (rules/tables.yaml units_caption), each column after the first with the caption's subject and unit (行政复议收到申请(件)):
 * the rows' figures then count what the caption names. Undefined for a row of figures or of fewer than three cells.
 */
function captionedIndicators(cells: readonly string[], { subject, unit }: Caption): IndicatorColumns | undefined {
  if (unit === undefined || cells.length < 3 || !cells.every((cell) => INDICATOR_CELL.test(cell) && HAN.test(cell))) return undefined;
  const head = subject.slice(0, SUBJECT_HEAD);
  const labels = cells.map((cell, k) => {
    const word = cell.replace(/\s+/g, '');
    return k === 0 ? word : `${word.includes(head) ? '' : subject}${word}${MEASURE_HEADER.test(word) ? '' : `(${unit})`}`;
  });
  return { labels, latest: undefined };
}

/** A line a PDF gives of a table's header cell or a row's label, wrapped in its cell: a few characters, no sentence's punctuation. */
const TABLE_FRAGMENT = /^[^,;:。!?、\uFF0C\uFF1B\uFF1A\uFF01\uFF1F]{1,20}$/;
/** How many lines a header a PDF gave a cell a line may take (ten cells, each its label in two lines and its counting word). */
const MAX_HEADER_PIECES = 30;
/** A header cell's counting word on a line of its own, under its label (执法记录仪 / （台）). */
const MEASURE_ALONE = /^[(\uFF08](?:[\u3400-\u9fff]{1,3}|[%\uFF05])[)\uFF09]$/;

/**
 * The header of indicators that lines a PDF gave one cell apiece (序 / 号 / 执法单位 / 执法记录仪 / （台） …) make
 * before the table's first row: the cells with a counting word, two or more, each with the word under it joined
 * on; the others (序号, 执法单位) label the rows, whose total row then has a figure for each indicator.
 */
function indicatorsOfPieces(pieces: readonly string[]): IndicatorColumns | undefined {
  const cells: string[] = [];
  for (const piece of pieces) {
    if (MEASURE_ALONE.test(piece) && cells.length > 0) cells[cells.length - 1] += piece;
    else cells.push(piece);
  }
  const labels = cells.filter((cell) => MEASURE_HEADER.test(cell) && INDICATOR_CELL.test(cell) && HAN.test(cell));
  return labels.length >= 2 ? { labels, latest: undefined } : undefined;
}

/**
 * A row under a header of indicators that speaks for the reporting body (its total, or a year later than the rows
 * above), written as a row per indicator (合计法制审核人员（名） | 38, 2022年持证执法人员（名） | 9,608); undefined for
 * any other row (a unit's, an earlier year's), which states none of the body's figures. Under a 序号 header (`serial`)
 * the row's first cell is its serial column's, and its label the next.
 */
function ownRow(row: readonly string[], { labels, latest }: IndicatorColumns, { serial }: TableHeader): string | undefined {
  // under a 序号 header the row's serial cell (empty in a total row, its label merged across 序号 and 执法单位) is no label
  const cells = serial && row.length > 1 && isSerialCell(row[0]!) ? row.slice(1) : row;
  const [label, ...figures] = cells;
  // a row's label naming a year alone, the total of the units above it, or the body's own share among them (rules/tables.yaml)
  const { year_header, total_label, own_label } = tableWording();
  const year = year_header.exec(asCell(label!));
  if (!year && !total_label.test(asCell(label!)) && !own_label.test(asCell(label!))) return undefined;
  if (year && latest && Number.parseInt(latest.written[0]!.text, 10) > Number(year[1])) return undefined;
  // a label merged across the header's first cells that are no indicators (序号 | 执法单位 over 合计): the figures are the last columns'
  const merged = labels.length - figures.length;
  const columns = merged <= 1 || labels.slice(0, merged).every((cell) => !MEASURE_HEADER.test(cell)) ? labels.slice(Math.max(merged, 0)) : [];
  // a dash is a figure the row does not give (区政府本级 | — | 41): the row's other figures are still its own
  if (columns.length !== figures.length || !figures.some((cell) => FIGURE_CELL.test(cell))) return undefined;
  if (!figures.every((cell) => FIGURE_CELL.test(cell) || DASH_CELL.test(cell))) return undefined;
  const given = columns.flatMap((column, k) => (FIGURE_CELL.test(figures[k]!) ? [`${label!.replace(/\s+/g, '')}${column} | ${figures[k]!}`] : []));
  return given.join('\n');
}

/** A row's serial number, under a header cell over them (rules/tables.yaml serial_header). */
const SERIAL_CELL = /^[\d\uFF10-\uFF19]{1,3}[.\uFF0E]?$/;
/**
 * The first cell of a row under a 序号 header that is its serial column's: the header, a number, or
 * none for a row that is part of the numbered one above it (其中：维持 under 18 | 行政复议审结), whose
 * label then stands in the next cell as the others' do.
 */
const isSerialCell = (cell: string): boolean => cell === '' || SERIAL_CELL.test(cell) || isHeader('serial_header', cell);

/**
 * The header a row sets for the rows under it (a row naming years, 单位 or 序号, or a row of labels
 * one of which names the figures' counting word), else the one it is under. A header row under
 * another keeps the counting word the one above named (类别 | 项目 | 数量（件）, then 2023年 | 2022年).
 */
function headerOf(cells: readonly string[], current: TableHeader): TableHeader {
  const columns = columnOrderOf(cells);
  const unit = cells.findIndex((cell) => isHeader('unit_header', cell));
  const note = cells.findIndex((cell) => isHeader('note_header', cell));
  const serial = isHeader('serial_header', cells[0]!);
  const measure = measureOf(cells);
  const ordered = inColumnOrder(cells, columns);
  const target = targetColumn(ordered);
  // beside a column of the period so far (1—9月累计), a part of it (第三季度) is the part's share, no figure of the period
  const toDate = ordered.some((cell, k) => k > 0 && isHeader('to_date_header', cell));
  // beside a column of the year reported on named as this year (本年度), one naming a year alone (2023年) is another year's
  const thisYear = ordered.some((cell, k) => k > 0 && isHeader('current_header', cell));
  const { year_header } = tableWording();
  // a column over the sum of others (合计, 全年, 两局合计: rules/tables.yaml total_header) makes them its parts, left out: each
  // part of the period (第一季度, 上半年, 1—11月) wherever it stands, and the columns before it when they are all parts or plain
  // words (县住建局 | 县城管局), two at least; not years (2023年 | 2024年 | 合计), figures, nor the header's own (单位, 备注)
  const total = ordered.findIndex((cell, k) => k > 0 && isHeader('total_header', cell));
  const isPart = (cell: string): boolean => isHeader('part_header', cell) || (total > 0 && isHeader('to_date_header', cell) && !isHeader('total_header', cell));
  const summed =
    total > 2 &&
    ordered
      .slice(1, total)
      .every(
        (cell, k) =>
          isPart(cell) || (k + 1 !== unit && k + 1 !== note && !year_header.test(asCell(cell)) && !/\d/.test(cell) && !isHeader('current_header', cell)),
      );
  const asides = ordered.flatMap((cell, k) =>
    k > 0 &&
    (isHeader('standard_header', cell) ||
      isHeader('score_header', cell) ||
      isHeader('basis_header', cell) ||
      isHeader('base_header', cell) ||
      ((toDate || total > 0) && isPart(cell)) ||
      (thisYear && year_header.test(asCell(cell))) ||
      (summed && k < total))
      ? [k]
      : [],
  );
  const rate = ordered.findIndex((cell, k) => k > 0 && isHeader('rate_header', cell));
  const counts = columns || serial ? undefined : countColumns(cells);
  // (a row's judgement 完成 is no header of a column)
  const done = cells.some((cell, k) => k > 0 && isHeader('done_header', cell) && !isStatusCell(cell));
  if (!columns && unit <= 0 && note <= 0 && asides.length === 0 && !serial && measure === undefined && !target && rate <= 0 && !counts && !done) return current;
  return { columns, unit, note, asides, serial, measure: measure ?? current.measure, target, rate, counts, done };
}

/** The fewest columns of bare counts (期数 | 参训人数) that make a header's rows be written a line per column. */
const MIN_COUNT_COLUMNS = 2;

/**
 * A header row whose cells after the first are all bare counts (培训类别 | 期数 | 参训人数: rules/tables.yaml
 * count_header), each with its counting word (期数(期)); undefined for any other row.
 */
function countColumns(cells: readonly string[]): string[] | undefined {
  const words = cells.map(withCountingWord);
  const counted = words.slice(1).filter((word, k) => word !== cells[k + 1]);
  if (counted.length >= MIN_COUNT_COLUMNS && counted.length === cells.length - 1) return words;
  return actColumns(cells);
}

/** A header cell over a column of acts counted in its own word (收到（件）, 办结（件）): words, a counting word in brackets (no sum: 经费（万元）). */
const ACT_HEADER = /^[\u3400-\u9fff]{1,6}[(\uFF08](?:件|人次|人|名|次|个|项|台|家|份|场|期|条|起|宗)[)\uFF09]$/;
/** A header cell over a column of rates (办复率, 满意率): a few words ending in 率. */
const RATE_WORD = /^[\u3400-\u9fff]{1,6}率$/;

/**
 * A header over the rows' kinds (类别 | 收到（件） | 办结（件） | 办复率 | 备注: rules/tables.yaml label_header) whose other cells,
 * but for the remarks, each name an act with its counting word (two or more) or a rate: each column a figure of the row's own
 * kind, written a line per column as count_header's are (人大代表建议办结（件） | 58); undefined for any other row.
 */
function actColumns(cells: readonly string[]): string[] | undefined {
  if (cells.length < 3 || !tableWording().label_header.test(asCell(cells[0]!))) return undefined;
  const words = cells.map((cell) => cell.replace(/\s+/g, ''));
  const columns = words.slice(1).filter((word) => !isHeader('note_header', word));
  const acts = columns.filter((word) => ACT_HEADER.test(word)).length;
  return acts >= MIN_COUNT_COLUMNS && columns.every((word) => ACT_HEADER.test(word) || RATE_WORD.test(word)) ? words : undefined;
}

/**
 * A row under a header of bare counts as a line per figure, the row's label before its column's words (领导干部法治
 * 专题讲座期数(期) | 3, then …参训人数(人) | 186): read whole, the label bound its first figure alone, with no counting
 * word. Undefined for a row wider than the header (a narrower one lacks its last cells, its remarks) or without a label.
 */
function countRows(cells: readonly string[], counts: readonly string[]): string | undefined {
  const label = cells[0]!.replace(/\s+/g, '');
  if (cells.length > counts.length || !HAN.test(label)) return undefined;
  const lines = cells.flatMap((cell, k) => (k > 0 && isValueCell(cell) ? [`${label}${counts[k]} | ${cell}`] : []));
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/** Whether a cell is the header rules/tables.yaml names (单位, 备注, 序号…), read without its blanks. */
const isHeader = (
  key:
    | 'unit_header'
    | 'note_header'
    | 'standard_header'
    | 'score_header'
    | 'basis_header'
    | 'base_header'
    | 'current_header'
    | 'part_header'
    | 'to_date_header'
    | 'total_header'
    | 'serial_header'
    | 'rate_header'
    | 'done_header',
  cell: string,
): boolean => tableWording()[key].test(asCell(cell));

/** The column of the year's targets among a header row's cells as they are written (rules/tables.yaml target_header), with its words. */
function targetColumn(cells: readonly string[]): TableHeader['target'] {
  const { target_header } = tableWording();
  const column = cells.findIndex((cell) => target_header.test(asCell(cell)));
  return column > 0 ? { column, header: cells[column]!.replace(/\s+/g, '') } : undefined;
}

/** The one counting word a row of labels names in brackets; undefined for a row with a figure or with several words. */
function measureOf(cells: readonly string[]): string | undefined {
  const words = new Set<string>();
  for (const cell of cells) {
    if (isFigureCell(cell)) return undefined;
    const word = MEASURE_HEADER.exec(cell)?.[1];
    if (word !== undefined) words.add(word);
  }
  return words.size === 1 ? [...words][0] : undefined;
}

/**
 * A row as the text table the later stages read: cells between ' | ', its year columns latest
 * first, its serial number left out (the label is the cell after it), a unit in a column of its
 * own written after the row's label in brackets (执法记录仪(台) | 4,315), as is the counting word a
 * header names (行政复议 | 审结(件) | 60 under 数量（件）).
 */
function tableRow(cells: readonly string[], header: TableHeader): string {
  const counted = header.counts && countRows(cells, header.counts);
  if (counted) return counted;
  const { columns, unit, serial, measure, target } = header;
  const inOrder = inColumnOrder(cells, columns);
  const numbered = serial && isSerialCell(inOrder[0]!);
  // the row's rate (比率 | 95.83%) is written on a line of its own, as its label's rate
  const rate = header.rate > 0 && PERCENT_CELL.test(inOrder[header.rate] ?? '') ? inOrder[header.rate] : undefined;
  const asides = rate === undefined ? header.asides : [...header.asides, header.rate];
  // a standard's cell (不少于12次), the points scored or the base year's figure state no figure of the row's: the row goes on without them
  const kept = asides.length === 0 ? inOrder : inOrder.filter((_, k) => !asides.includes(k));
  const listed = numbered ? kept.slice(1) : kept;
  // a label that ends with the standard it is checked against (每年专题研究法治建设不少于2次 | 是,全年3次 under 完成情况):
  // the superior's bar, neither what was done nor a plan (rules/tables.yaml label_standard); the label goes on without it
  const ordered = header.done && listed.length > 1 ? [withoutStandard(listed[0]!), ...listed.slice(1)] : listed;
  const unitAt = (numbered ? unit - 1 : unit) - asides.filter((k) => k < unit).length;
  const row =
    unitAt <= 0 || unitAt >= ordered.length || isHeader('unit_header', ordered[unitAt]!) || ordered[unitAt] === ''
      ? withOneLabel(measure === undefined ? ordered : withMeasure(ordered, measure))
      : withOneLabel([`${ordered[0]}(${ordered[unitAt]})`, ...ordered.slice(1).filter((_, k) => k + 1 !== unitAt)]);
  const goal = target ? inOrder[target.column] : undefined;
  // the row's target figure on a line of its own that its header's words name, as a target so stated in
  // prose is (年度目标:…), a plan: the row's label binds to what was done alone; a bound (≥200, ≤2) sets
  // its figure as the target there only, since a bound elsewhere in a row is no figure of the row's
  // a target in words (每年不少于10次, 40名以上) sets its figure as a bound does (rules/tables.yaml target_cell)
  const figure =
    goal === undefined || row[0] === goal
      ? undefined
      : isValueCell(goal)
        ? goal
        : (BOUND_CELL.exec(goal)?.[1] ?? tableWording().target_cell.exec(asCell(goal))?.[1]);
  const lines = figure === undefined ? [row.join(' | ')] : [row.join(' | '), `${target!.header}：${row[0]} | ${figure}`];
  if (rate !== undefined) lines.push(`${ratedLabel(row[0]!)} | ${rate}`);
  const noted = noteTarget(inOrder, header);
  return (noted === undefined ? lines : [...lines, `${TARGET_LEAD}：${row[0]} | ${noted}`]).join('\n');
}

/** A label cell without the standard that ends it (rules/tables.yaml label_standard), unless nothing else is left. */
function withoutStandard(label: string): string {
  const standard = tableWording().label_standard.exec(label);
  return standard && standard.index > 0 ? label.slice(0, standard.index).trimEnd() : label;
}

/** A rate cell: a figure with its percent sign. */
const PERCENT_CELL = /^\d+(?:\.\d+)?\s*[%\uFF05]$/;

/** A row's label as the name of its rate (负责人出庭应诉 → 负责人出庭应诉率), unless it names one already. */
const ratedLabel = (label: string): string => (label.endsWith('率') ? label : `${label}率`);

/**
 * How a target from the remarks is written: the word rules/status.yaml reads a target by (目标:). The
 * remark's own words may open a section (下年度计划:, 明年目标:), whose plans every row after it became.
 */
const TARGET_LEAD = '目标';

/**
 * The figure of a target the row's remark states (2025年目标25名 under 备注; rules/tables.yaml note_target),
 * to be written on a line of its own as a target column's is: read in the row, the figure was no one's,
 * and the plan was lost.
 */
function noteTarget(inOrder: readonly string[], { columns, note }: TableHeader): string | undefined {
  if (note <= 0) return undefined;
  const cell = inOrder[columns ? columns.order.indexOf(note) : note];
  const stated = cell ? tableWording().note_target.exec(asCell(cell)) : null;
  return stated ? tableWording().target_cell.exec(stated[1]!)?.[1] : undefined;
}

/**
 * The row with the labels before its first figure as one (行政复议 | 审结 | 60 → 行政复议审结 | 60): a
 * category and its item, which later stages read together as the figure's label.
 */
function withOneLabel(cells: readonly string[]): readonly string[] {
  const first = cells.findIndex(isValueCell);
  // a dash is a figure not given (完成值 —), no label: the row's figures after it stay in their columns
  if (first < 2 || cells.slice(0, first).some((cell) => cell === '' || isNoFigureCell(cell))) return cells;
  return [cells.slice(0, first).join(''), ...cells.slice(first)];
}

/** A cell holding a figure, not a year's column header. */
const isValueCell = (cell: string): boolean => FIGURE_CELL.test(cell) && !YEAR_CELL.test(cell);

/** The row with the counting word after the label its first figure follows, unless that label names one of its own. */
function withMeasure(cells: readonly string[], measure: string): readonly string[] {
  const first = cells.findIndex(isValueCell);
  const label = cells[first - 1];
  if (first < 1 || label === undefined || label === '' || MEASURE_HEADER.test(label)) return cells;
  return cells.map((cell, k) => (k === first - 1 ? `${cell}(${measure})` : cell));
}

/**
 * A table row's cells, or the line itself when it is no table row: cells between '|' (a web page's,
 * a Markdown or a box-drawn table), or set apart by tabs or blanks when every cell after the label
 * holds a figure or a year (a table aligned by spaces, as pdftotext -layout writes one), but for the
 * serial number and the unit of a header that has those columns, or when they name years beside
 * other short headers (a header row). A heading and its page number (一、主要举措和成效  1) is a line
 * of a table of contents, as the outline reads it, no row.
 */
function tableCells(line: string, header: TableHeader): string[] | string {
  if (line.includes('|')) return withTotalInSerialColumn(cellsInPlace(line.split('|')), header);
  // full-width bars between a label and figures only: in prose they set a title's parts apart (一图读懂｜…)
  if (line.includes(FULL_WIDTH_BAR)) {
    const cells = cellsInPlace(line.split(FULL_WIDTH_BAR));
    return cells.slice(1).every(isFigureCell) ? cells : line;
  }
  const aligned = ALIGNING_BLANKS.test(line);
  const cells = aligned ? withTotalInSerialColumn(alignedCells(line), header) : [];
  if (aligned && isAlignedRow(cells, header)) return narrowerByOneSpace(line, cells, header) ?? cells;
  // a text table typed at a fixed width sets its columns apart by one ideographic space where a cell fills its column
  // (出庭应诉率（%）U+3000 88.5 U+3000 95.7; 指标, blanks, 2021年 U+3000 2022年): two figures or years at least, so no prose is a row
  if (!line.includes('\u3000')) return line;
  const wide = ideographicCells(line);
  return wide.length > Math.max(cells.length, MIN_IDEOGRAPHIC_CELLS - 1) && isAlignedRow(wide, header) ? wide : line;
}

/**
 * A row's cells with a single ideographic space set apart too, when its aligned cells are fewer than its header's columns and
 * those cells are no more (重大行政决策事项（项）U+3000 5 U+3000 U+3000 4 under 项目  2025年  2024年: the label filled its
 * column, and one space parted it from its figure); undefined when the row is as wide as its header or no header orders it.
 */
function narrowerByOneSpace(line: string, cells: readonly string[], { columns }: TableHeader): string[] | undefined {
  if (!columns || cells.length >= columns.width || !cells[0]!.includes('\u3000')) return undefined;
  const wide = ideographicCells(line);
  return wide.length > cells.length && wide.length <= columns.width && isAlignedRow(wide, NO_HEADER) ? wide : undefined;
}

/**
 * Under a 序号 header, a row's label written in the serial column over an empty label cell (合计 or 小计 across 序号
 * and 指标, merged as a sheet merges them): the row's label, its serial cell empty. Read as a serial number, it was no
 * label, and the row took the label of the row above it (合计(件)办理行政复议案件 | 58). A total's label may have
 * no empty cell after it, as a text table's tabs and blanks leave none.
 */
function withTotalInSerialColumn(cells: string[], { serial }: TableHeader): string[] {
  if (!serial || cells.length < 2 || isSerialCell(cells[0]!)) return cells;
  if (cells[1] === '' && HAN.test(cells[0]!)) return ['', cells[0]!, ...cells.slice(2)];
  return tableWording().total_label.test(asCell(cells[0]!)) ? ['', ...cells] : cells;
}

/** A header cell naming a column: words, a counting word in brackets after them at most (指标, 完成值, 数量（件）). */
const COLUMN_LABEL = /^[\u3400-\u9fff][\u3400-\u9fff()\uFF08\uFF09%\uFF05]{0,15}$/;

/** A header row set apart by tabs or aligning blanks over the row `under` it (see isHeaderRow): its cells, else undefined. */
function headerOverRow(line: string, above: TableHeader, under: string | undefined): string[] | undefined {
  if (under === undefined || !ALIGNING_BLANKS.test(line)) return undefined;
  const cells = alignedCells(line);
  return isHeaderRow(cells, { above, under }) ? cells : undefined;
}

/** The fewest cells a row set apart by single ideographic spaces has: its label and two figures or years. */
const MIN_IDEOGRAPHIC_CELLS = 3;
/** Between a text table's cells: the aligning blanks, or one ideographic space, as wide as two blanks. */
const IDEOGRAPHIC_GAP = /\s*\t\s*|[ \u3000]{2,}|\u3000/;
/** A line's cells set apart by aligning blanks or by single ideographic spaces, a label spaced out to fill its column one cell. */
const ideographicCells = (line: string): string[] =>
  cellsInPlace(line.replace(SPACED_LABEL, (label) => label.replace(/[ \u3000]/g, '')).split(IDEOGRAPHIC_GAP));

/** Whether a line's aligned cells are a table's row of figures or a header row over its columns (see tableCells). */
function isAlignedRow(cells: readonly string[], header: TableHeader): boolean {
  if (cells.length < 2 || (cells.length === 2 && OUTLINE_START.test(cells[0]!) && PAGE_NUMBER.test(cells[1]!))) return false;
  const after = cells.slice(1);
  // a change beside the figures (同比 +1.5个百分点, +4名) is a cell of the row too, and so are a dash for a figure not given
  // and, last, the row's judgement against its target (完成, 超额完成)
  const rowCell = (cell: string, k: number): boolean =>
    FIGURE_CELL.test(cell) || DASH_CELL.test(cell) || isChangeCell(cell) || (k === after.length - 1 && isStatusCell(cell));
  if ((after.every(rowCell) && after.some((cell) => FIGURE_CELL.test(cell))) || figuresUnder(cells, header)) return true;
  // a header row naming years beside other columns (指标  2023年  2024年  两年合计), or a target beside what was done (指标  目标值  实际值  备注)
  const ordersColumns = namesYears(after) || columnOrderOf(cells) !== undefined;
  return (ordersColumns && after.every((cell) => FIGURE_CELL.test(cell) || isHeaderWordCell(cell))) || isHeaderRow(cells);
}

/** A header cell of a few words: bare (同比), with its counting word in brackets (收到（件）), or over the year's targets (2025年目标). */
const isHeaderWordCell = (cell: string): boolean =>
  LABEL_CELL.test(cell) ||
  (cell.length <= MAX_WORDED_CELL && HAN.test(cell) && MEASURE_HEADER.test(cell) && !/[\d\uFF10-\uFF19]/.test(cell)) ||
  tableWording().target_header.test(asCell(cell));

/**
 * Whether a text table's aligned cells, every one a few words, are its header row. A header that heads the rows' labels
 * (项目, 类别: rules/tables.yaml label_header) and names what orders or sets apart its columns (上年, 备注, 收到（件）,
 * 2026年目标: see headerOf) is one alone: 项目  本年  上年  增减 and 类别  收到（件）  办结（件）  办复率  备注 head rows, as
 * 指标  2023年  2024年 does. Words that name no such column (指标⇥数值, 序号⇥指标⇥单位⇥数值) are one only over a row of their
 * columns, the line `under` them read under them (under the header `above`, if any): alone they may be a line of prose set
 * with a tab; over its rows, such a header stood with its tabs beside rows written between bars, and its 单位 or 序号
 * column was not known to them.
 */
function isHeaderRow(cells: readonly string[], over?: { above: TableHeader; under: string }): boolean {
  if (cells.length < 2) return false;
  const namesColumns =
    cells.length >= 3 &&
    tableWording().label_header.test(asCell(cells[0]!)) &&
    cells.slice(1).every(isHeaderWordCell) &&
    headerOf(cells, NO_HEADER) !== NO_HEADER;
  if (namesColumns || over === undefined) return namesColumns;
  if (!cells.every((cell) => COLUMN_LABEL.test(cell)) || indicatorsOf(cells)) return false;
  const under = withoutMarkup(undoubled(over.under));
  const row = under === null ? undefined : tableCells(under, headerOf(cells, over.above));
  return Array.isArray(row) && row.length >= 2 && row.length <= cells.length && row.some(isValueCell);
}

/** A line's cells set apart by tabs or blanks, a label spaced out to fill its column (单    位) one cell. */
const alignedCells = (line: string): string[] => cellsInPlace(line.replace(SPACED_LABEL, (label) => label.replace(/[ \u3000]/g, '')).split(ALIGNING_BLANKS));

/**
 * The cells trimmed and without a note's mark at their end (行政复议收案（件）① | 63: footnote-marks.ts), where they
 * are. Every row's cells are then an array of split's kind: map's arrays have another elements kind in optimised code
 * than in the builtin, and the readers of the cells (cleanupStructure and the header checks inlined in it) had their
 * optimised code thrown away for it.
 */
function cellsInPlace(cells: string[]): string[] {
  for (let k = 0; k < cells.length; k++) cells[k] = withoutCellNoteMark(cells[k]!.trim());
  return cells;
}

/** A page number in a table of contents. */
const PAGE_NUMBER = /^\d{1,3}$/;
/** A unit in a header's 单位 column: 件, 人次, %. */
const UNIT_CELL = /^(?:[\u3400-\u9fff]{1,3}|[%\uFF05])$/;

/**
 * Whether the cells are a label and its figures once the serial number, the unit and the remarks its
 * header has columns for are left out (15  出具合法性审查意见  件  52  41; 学法(次)  12  10  未完成), a
 * target written as a bound or a dash for none among them (执法记录仪(台)  —  14), as under a header
 * naming a target column (旁听庭审（人）  ≥150  163).
 */
function figuresUnder(cells: readonly string[], { serial, unit, note, target }: TableHeader): boolean {
  if (!serial && unit <= 0 && note <= 0 && !target) return false;
  // (an empty serial cell is a total's, see withTotalInSerialColumn)
  const rest = cells.filter(
    (cell, k) => !(k === 0 && serial && (SERIAL_CELL.test(cell) || cell === '')) && !(k === unit && UNIT_CELL.test(cell)) && k !== note,
  );
  const figures = rest.slice(1);
  // the row's judgement against its target (完成情况: 超额完成) closes it, no figure of its own
  const judged = figures.length > 1 && isStatusCell(figures[figures.length - 1]!) ? figures.slice(0, -1) : figures;
  return judged.some((cell) => FIGURE_CELL.test(cell)) && judged.every((cell) => FIGURE_CELL.test(cell) || isNoFigureCell(cell));
}

/**
 * Paragraphs run together in one line with only their indents left between them (a web page whose
 * line breaks were lost: "…取得积极成效。  一、主要举措"): an indent of four columns or more
 * inside a line starts a line again after a sentence end, before an outline heading, or after a
 * heading (a short phrase without punctuation, or an outline heading) when words follow, not a
 * number or a bracket. In a line that holds nearly the whole text (one without its line breaks)
 * a single blank does so too.
 */
export function splitRunTogether(text: string): string {
  const split = splitAtBlanks(text, INNER_INDENT, 4, AFTER_HEADING);
  const longest = longestLine(split);
  if (longest < split.length * RUN_TOGETHER_SHARE) return split;
  return split
    .split('\n')
    .map((line) => (line.length === longest ? splitAtBlanks(line, INNER_BLANK, 1, AFTER_HEADING_IN_WHOLE_TEXT) : line))
    .join('\n');
}

function longestLine(text: string): number {
  let longest = 0;
  for (let start = 0; start <= text.length;) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    longest = Math.max(longest, stop - start);
    start = stop + 1;
  }
  return longest;
}

/**
 * Starts a line again at the blanks `pattern` finds that are worth `minColumns` columns or more
 * (see splitRunTogether), after a heading only where what follows matches `afterHeading`.
 */
function splitAtBlanks(text: string, pattern: RegExp, minColumns: number, afterHeading: RegExp): string {
  let segmentStart = 0;
  // where the line of the current match starts, found by walking forward once: a text of one
  // long line with many indents must not be scanned back from every one of them
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  return text.replace(pattern, (blanks: string, at: number) => {
    const columns = blanks.length + (blanks.match(/\u3000/g)?.length ?? 0);
    if (columns < minColumns) return blanks;
    while (nextBreak !== -1 && nextBreak < at) {
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineStart);
    }
    const from = Math.max(segmentStart, lineStart);
    const next = at + blanks.length;
    // a blank between Latin words is the gap every word stands apart by: a paragraph in English ran
    // together was read as a heading a word or two long after another
    if (columns === 1 && isLatinWordGap(text.slice(Math.max(from, at - 2), at), text.slice(next, next + 1))) return blanks;
    const splits =
      SENTENCE_END.test(text.slice(Math.max(from, at - 2), at)) ||
      OUTLINE_START.test(text.slice(next, next + 12)) ||
      (at - from <= MAX_HEADING_CHARS &&
        isHeading(text.slice(from, at)) &&
        afterHeading.test(text.slice(next, next + 5)) &&
        !isRowRest(text, next, nextBreak === -1 ? text.length : nextBreak) &&
        !isHeaderRow(
          text
            .slice(from, nextBreak === -1 ? text.length : nextBreak)
            .trim()
            .split(ALIGNING_BLANKS),
        ));
    if (!splits) return blanks;
    segmentStart = next;
    return `\n${blanks}`;
  });
}

/** A Latin word's or number's end, its punctuation after it. */
const LATIN_WORD_END = /[A-Za-z0-9][,.;:!?)'"\u2019\u201D%]?$/;

/** Whether a blank stands between Latin words, or a word and a number (Article 1, reviewed 12), by the text before it and the character after it. */
const isLatinWordGap = (before: string, after: string): boolean =>
  (/^[A-Za-z]/.test(after) && LATIN_WORD_END.test(before)) || (/^\d/.test(after) && /[A-Za-z]$/.test(before));

/** A table row's rest is this long at most: a few short cells. */
const MAX_ROW_REST_CHARS = 120;

/**
 * Whether the line's rest [from, to) is a table row's cells set apart by aligning blanks up to a figure
 * (次   2   2; 法制审核人员   名   26   22; 单位   2021年   2020年), as pdftotext -layout writes a table:
 * what stands before it is the row's label or serial number, no heading.
 */
function isRowRest(text: string, from: number, to: number): boolean {
  if (to - from > MAX_ROW_REST_CHARS) return false;
  const cells = text.slice(from, to).trim().split(ALIGNING_BLANKS);
  // …or a header row's labels, one of them naming its column's counting word (单    位   执法人员培训人数(人)   调解成功(件))
  return cells.length >= 2 && (FIGURE_CELL.test(cells[cells.length - 1]!) || cells.some((cell) => MEASURE_HEADER.test(cell)));
}

function isHeading(phrase: string): boolean {
  if (phrase.length < MIN_HEADING_CHARS || phrase.length > MAX_HEADING_CHARS || phrase.includes('\u3002')) return false;
  // a table's header row over the years' columns is no heading, whatever column follows it (…2024年  两年合计)
  // …nor one of indicators with their counting words (年份  执法人员（名）  复议收案（件）), nor one that
  // names its serial numbers, units or targets (序号  指标  单位  目标值  完成值)
  const cells = phrase.trim().split(ALIGNING_BLANKS);
  if (namesYears(cells) || cells.some((cell) => MEASURE_HEADER.test(cell)) || headerOf(cells, NO_HEADER) !== NO_HEADER) return false;
  // …nor one whose first cell heads the rows' labels, the units they count (单位  收到申请  审结)
  if (cells.length >= 2 && isHeader('unit_header', cells[0]!)) return false;
  return !PUNCTUATED.test(phrase) || OUTLINE_START.test(phrase);
}

/**
 * A line whose characters are set apart by one blank each (法 治 政 府 建 设, 2 0 2 3 年), as
 * some PDFs' text layers and some typesetting give them, closed up; a wider gap stays as one
 * space. Chinese never spaces most of its characters, so a line where most neighbours stand
 * apart is letter-spaced, and so is one where most Chinese neighbours do (its numbers may stand
 * whole among them: 纠 纷 2816 件 , 调 解 成 功 率 98.4%).
 */
export function closeLetterSpacing(line: string): string {
  if (!HAN.test(line) || !/[ \u3000]/.test(line)) return line;
  let apart = 0;
  let together = 0;
  let hanApart = 0;
  let hanTogether = 0;
  for (let i = 1; i < line.length; i++) {
    const ch = line[i]!;
    if (isGap(ch)) continue;
    const before = line[i - 1]!;
    if (!isGap(before)) {
      together++;
      if (HAN.test(ch) && HAN.test(before)) hanTogether++;
    } else if (i >= 2 && !isGap(line[i - 2]!)) {
      apart++;
      if (HAN.test(ch) && HAN.test(line[i - 2]!)) hanApart++;
    }
  }
  if (!isLetterSpaced(apart, together) && !isLetterSpaced(hanApart, hanTogether)) return line;
  return line.replace(/(?<=\S)[ \u3000](?=\S)/g, '').replace(/[ \u3000]{2,}/g, ' ');
}

/** A line of prose: it holds a sentence's or a clause's end. */
const PROSE = /[\u3002\uFF0C\uFF1B]|[\u3400-\u9fff][,;]/;
/** One blank between two Chinese characters, none beside it. */
const STRAY_BLANK = /(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/g;
/** What a blank parting two items stands after: a figure and its counting word (主体51个 持证执法人员). */
const AFTER_ITEM = /\d[\u3400-\u9fff]{1,2}$/;
/** …or the line's heading, a number and a phrase (4、行政执法方面 全区…). */
const AFTER_HEADING_PHRASE = /^[^\s,;:\u3002\uFF0C\uFF1B\uFF1A]{2,20}$/;

/**
 * A line of prose with a blank here and there between two Chinese characters (举办法 治 专 题 讲 座3期,
 * 行政执 法人员, as OCR and some copies give them) closed up: Chinese prose sets no word apart, and a
 * blank inside a title or a quote (《…营商环境 培育…》) parts phrases that read the same without it.
 * A blank that parts items stays: after a figure and its counting word, or after the line's heading.
 * A line of labels or menus (索引号 发布机构, 首页 政务公开) has no clause's end and stays.
 */
function closeStrayBlanks(line: string): string {
  if (!line.includes(' ') || !PROSE.test(line)) return line;
  return line.replace(STRAY_BLANK, (blank: string, at: number) => {
    const before = line.slice(0, at);
    return AFTER_ITEM.test(before) || (OUTLINE_START.test(before) && AFTER_HEADING_PHRASE.test(before)) ? blank : '';
  });
}

const isLetterSpaced = (apart: number, together: number): boolean => apart >= MIN_LETTER_GAPS && apart >= (apart + together) * LETTER_GAP_SHARE;

const isGap = (ch: string): boolean => ch === ' ' || ch === '\u3000';

/**
 * Splits a line longer than MAX_LINE_CHARS after the last sentence end in each window, or
 * at the window's end when the window has none (never inside a surrogate pair).
 */
export function splitLongLine(line: string): string[] {
  if (line.length <= MAX_LINE_CHARS) return [line];
  const pieces: string[] = [];
  let start = 0;
  while (line.length - start > MAX_LINE_CHARS) {
    const limit = start + MAX_LINE_CHARS;
    let cut = limit;
    for (let i = limit - 1; i > start + MAX_LINE_CHARS / 2; i--) {
      if (SPLIT_AFTER.has(line[i]!)) {
        cut = i + 1;
        break;
      }
    }
    if (cut === limit && /[\ud800-\udbff]/.test(line[cut - 1]!)) cut--;
    pieces.push(line.slice(start, cut).trim());
    start = cut;
  }
  pieces.push(line.slice(start).trim());
  return pieces.filter((piece) => piece.length > 0);
}
