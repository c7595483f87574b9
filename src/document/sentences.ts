/**
 * Sentence splitting: a sentence ends at 。!? outside quotes, 《…》 titles and brackets, and at
 * every line break except the soft ones (a line wrapped inside a sentence, see softBreaks).
 * ";" separates clauses and stays inside the sentence.
 */
import { COUNTING_AFTER } from '../ingest/fold.js';
import { BULLET_MARK, LABELLED_FIGURE, LEADING_BULLET } from '../ingest/line-breaks.js';
import { asCell, tableWording } from '../ingest/table-wording.js';
import { isBlankAt, unitClasses, type Line } from './text.js';
import type { OffsetMap, Span } from './types.js';

const MARKS = unitClasses('“‘《〈(【〔[「『{', '”’》〉)】〕]」』}', '。!?…');
const OPENER = 1;
const CLOSER = 2;
const TERMINATOR = 3;
const NEWLINE = 0x0a;
const ASCII_QUOTE = 0x22;
/**
 * An opener that is not closed within this many characters is taken as unbalanced, so that a
 * stray "(" cannot swallow a whole paragraph.
 */
const MAX_ENCLOSED = 300;

export function splitSentences(text: string, start = 0, end = text.length, soft: ReadonlySet<number> = new Set()): Span[] {
  const spans: Span[] = [];
  let open = -1;
  let nesting = 0;
  let asciiQuote = false;
  let enclosedSince = 0;
  for (let i = start; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === NEWLINE) {
      if (open >= 0 && !soft.has(i)) {
        pushSentence(spans, text, open, i);
        open = -1;
        nesting = 0;
        asciiQuote = false;
      }
      continue;
    }
    if (open < 0) {
      if (isBlankAt(text, i)) continue;
      open = i;
    }
    if (nesting > 0 || asciiQuote) {
      if (i - enclosedSince > MAX_ENCLOSED) {
        nesting = 0;
        asciiQuote = false;
      }
    }
    const mark = MARKS[ch];
    if (mark === OPENER) {
      if (nesting === 0 && !asciiQuote) enclosedSince = i;
      nesting++;
    } else if (mark === CLOSER) {
      if (nesting > 0) nesting--;
    } else if (ch === ASCII_QUOTE) {
      if (!asciiQuote && nesting === 0) enclosedSince = i;
      asciiQuote = !asciiQuote;
    } else if (mark === TERMINATOR && nesting === 0 && !asciiQuote) {
      let stop = i + 1;
      while (stop < end && MARKS[text.charCodeAt(stop)] === TERMINATOR) stop++;
      // dot leaders between a label and its figure (执法记录仪……1,360台) end nothing
      if (isDotLeader(text, i, stop)) {
        i = stop - 1;
        continue;
      }
      pushSentence(spans, text, open, stop);
      open = -1;
      nesting = 0;
      asciiQuote = false;
      i = stop - 1;
    }
  }
  if (open >= 0) pushSentence(spans, text, open, end);
  return spans;
}

/** A run of two or more ellipses with a figure right after it (blanks between): a label's leader. */
const isDotLeader = (text: string, from: number, stop: number): boolean => {
  if (stop - from < 2 || /[^…]/.test(text.slice(from, stop))) return false;
  let at = stop;
  while (at < text.length && text.charCodeAt(at) !== NEWLINE && isBlankAt(text, at)) at++;
  const code = text.charCodeAt(at);
  return code >= 0x30 && code <= 0x39;
};

/**
 * The longest sentence read as one, in characters and in clauses: a report's longest twice over (a
 * list of figures between commas runs to about 2,000 characters in 120 clauses). Past it a text has
 * lost its sentence ends (a PDF whose full stops are drawn as pictures, a converter that dropped
 * them) and runs on for pages; the facts passes weigh each figure of a sentence against its others,
 * so such a run took minutes.
 */
export const MAX_SENTENCE_CHARS = 4000;
export const MAX_SENTENCE_CLAUSES = 250;

/** The sentence [open, stop) without its trailing blanks, unless nothing else is left; a run-on one in pieces. */
function pushSentence(spans: Span[], text: string, open: number, stop: number): void {
  let e = stop;
  while (e > open && isBlankAt(text, e - 1)) e--;
  // a clause takes two characters at least: only a sentence that long is looked into
  while (e - open > 2 * MAX_SENTENCE_CLAUSES) {
    const cut = runOnCut(text, open, e);
    if (cut >= e) break;
    let pieceEnd = cut;
    while (pieceEnd > open && isBlankAt(text, pieceEnd - 1)) pieceEnd--;
    if (pieceEnd > open) spans.push({ start: open, end: pieceEnd });
    open = cut;
    while (open < e && isBlankAt(text, open)) open++;
  }
  if (e > open) spans.push({ start: open, end: e });
}

/**
 * Where a sentence [open, end) is cut when it runs past MAX_SENTENCE_CLAUSES or MAX_SENTENCE_CHARS
 * (`end` when it does not): after the clause end (, ; 、 but not a thousands separator) that reaches
 * the count; past the length, after the last clause end in its later half, else at its last line
 * break there, else at the length itself, moved back before a figure or word it would split.
 */
function runOnCut(text: string, open: number, end: number): number {
  const limit = Math.min(end, open + MAX_SENTENCE_CHARS);
  const half = open + MAX_SENTENCE_CHARS / 2;
  let clauseEnds = 0;
  let lastClauseEnd = -1;
  let lineBreak = -1;
  for (let i = open; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3b || c === 0x3001 || (c === COMMA && !(isDigitAt(text, i - 1) && isDigitAt(text, i + 1)))) {
      if (++clauseEnds >= MAX_SENTENCE_CLAUSES) return i + 1;
      lastClauseEnd = i + 1;
    } else if (c === NEWLINE) lineBreak = i;
  }
  if (limit === end) return end;
  if (lastClauseEnd > half) return lastClauseEnd;
  if (lineBreak > half) return lineBreak;
  let cut = limit;
  while (cut > half && isWordAt(text, cut - 1) && isWordAt(text, cut)) cut--;
  return cut > half ? cut : limit;
}

/** Whether the unit at `i` is part of a figure or a Latin word: a digit, a letter, a decimal point or a percent sign. */
function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x2e || c === 0x25;
}

/** A line that ends like this stops mid-sentence: a comma or an opener, whatever its length. */
const BROKEN = /[,、“‘《(]$/;
/**
 * …or a character, a digit or a closing quote, title mark or bracket (举办"法治大讲堂" | 专题讲座4期),
 * in a line long enough to be a wrapped one rather than a short label.
 */
const CONTINUES = /[\p{Script=Han}\dA-Za-z%\u201D\u2019\u300B\u300D\u300F)]$/u;
const MIN_WRAPPED = 10;
/** A line ending with a sentence's end inside a closing bracket: the aside is whole. */
const CLOSED_ASIDE = /[。!?]\)$/;
/**
 * A line that ends with a label's figure (行政复议案件受理:143件, as 附表 and 主要数据 list them, or
 * with dot leaders as a table of contents: 执法记录仪……1,360台) ends there.
 */
const LABELLED_LINE = /(?::|…{2,})\s*[+\-−]?\d[\d,.]*(?:万|亿)?[^\d\s,;:。]{0,2}$/;
/**
 * …or a row of a 附表 flattened to a short label, its figure and unit (调处矛盾纠纷 268 件, blanks or
 * none) before another such row: no punctuation, so no wrapped prose.
 */
const FLATTENED_ROW = /^[\p{Script=Han}()（）]{2,24}\s*[+\-−]?\d[\d,.]*(?:万|亿)?\s*(?:%|\p{Script=Han}{1,2})$/u;
/**
 * …or a line of label：value fragments that ends with a counted figure (依申请公开:受理29件,办结28件) before another line
 * that opens with a label, its colon and a figure (人大建议:52件): two lines of a data box, neither wrapped prose.
 */
const LABEL_FRAGMENTS = /^[^\d\s,;:。]{1,16}:[^。;]*\d(?:%|\p{Script=Han}{1,2})$/u;
const LABEL_OPENING = /^[^\d\s,;:。]{1,16}:\s*[+\-−]?\d/u;
/** Cells of a table row: "|" between them, or "/" after a counted value twice (86件/79件/+8.9%; not a date). */
const SLASHED_CELL = /[^\d\s/]\s*\/\s*[+\-−]?\d/g;
/**
 * A short line of a label, its colon and a figure, after a bullet or none (- 满意率:97.5%, 办复率：100%): a cell of a data box
 * or list set on a line of its own.
 */
const LABEL_LINE = /^[^\p{Script=Han}\d]{0,3}[^\d\s,;:。!?]{1,12}:\s*[+\-−]?\d[^,;。!?]{0,16}$/u;
export const isLabelLine = (line: string): boolean => LABEL_LINE.test(line);
/**
 * A card's or a data box's line of a label, a blank and its counted figure (纳入目录事项  7项, 审查合同、协议 163件): it goes on
 * from the line right above it, a short line of the same box (2025年度重大行政决策事项目录 √ 已向社会公布), whose words name its
 * topic.
 */
const SPACED_DATA_LINE = new RegExp(`^\\p{Script=Han}[^\\d\\s,;:。!?]{1,15}\\s+\\d[\\d,]*(?:\\.\\d+)?\\s?(?:%|${COUNTING_AFTER})`, 'u');
/** …and that short line: no sentence's end in it. */
const BOX_LINE = /^[^。;!?]{2,40}$/;
export const isSpacedDataLine = (line: string): boolean => SPACED_DATA_LINE.test(line);
export const isBoxLine = (line: string): boolean => BOX_LINE.test(line);
export const isTableRow = (line: string): boolean => line.includes('|') || (line.includes('/') && (line.match(SLASHED_CELL)?.length ?? 0) >= 2);
/**
 * A table flattened to one cell per line: a label that ends with its unit in brackets
 * (持证执法人员(名)) and, on the next line, its value alone (5,274).
 */
const UNIT_LABEL = /\([^()\d]{1,3}\)$/;
const BARE_VALUE = /^[+\-−]?\d[\d,]*(?:\.\d+)?%?$/;
/** A counted figure alone on its line, after a bullet or none (🔹 12次, 100%, 1580名; not a date nor a page). */
const FIGURE_ALONE = /^[^\p{Script=Han}\d]{0,4}[+\-−]?\d[\d,.]*\s?(?:%|(?![年月日号页])\p{Script=Han}{1,2})$/u;
const BULLETED = /^[^\p{Script=Han}\d\s+\-−]/u;
/**
 * A line that ends in digits after words, maybe with a decimal point (出庭应诉率95.), and a line that
 * opens with the digits and counting word they lack (not a date's: 2024年), or with the percent sign
 * alone after a whole number (办复率100 | %).
 */
const CUT_FIGURE = /\p{Script=Han}\d+(\.)?$/u;
const FIGURE_REST = /^\d+(?:\.\d+)?(?:%|(?![年月日号])\p{Script=Han})/u;
const cutsFigure = (line: string, next: string): boolean => {
  const cut = CUT_FIGURE.exec(line);
  return cut !== null && (FIGURE_REST.test(next) || (cut[1] === undefined && next.startsWith('%')));
};
const HAN_START = /^\p{Script=Han}/u;
/**
 * A line that starts like this opens something new: a heading number, an enumeration, a bracket
 * note, a year set apart by a comma or a blank (2025年,全县… opens a paragraph after a title line, 2026年 ▲ 目标 a card),
 * or a date set apart by a blank, as an entry of a chronicle or a news list opens (2024-03-14 区委常委会…, 3月15日 开展…;
 * after a short label: 往年动态:2023-12-29 …), or a month or day set apart by a comma, as a timeline's entry (1月,县政府…),
 * or a date alone on its line, as a chronicle heads its months (【2022年1月】 with its brackets lost in a copy).
 */
const OPENING =
  /^(?:[一二三四五六七八九十]{1,3}[、.是]|\(|第[一二三四五六七八九十]+|\d{1,2}[、.](?![\d%])|[【[]|\d{4}年度?(?:,|\s)|(?:[^\d\s,;:。!?]{1,8}:\s*)?(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}(?!\d)|(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[-—–~至]\d{1,2}日)?\s)|\d{1,2}月(?:\d{1,2}日)?,|\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?$)/;
/** …or a bullet leads it (● 组织领导干部旁听庭审:1场): an item of a list, never the wrapped end of the line before. */
const opens = (line: string): boolean => OPENING.test(line) || LEADING_BULLET.test(line);

/** The shortest line taken for a running header when repeated. */
const RUNNING_MIN = 6;
/** How often a line must recur to be taken for a running header. */
const RUNNING_REPEATS = 2;

/**
 * Lines the document repeats as lines of their own (a page's running header, 某县人民政府文件, that
 * a PDF copy repeats inside the text), trimmed.
 */
export function runningLines(text: string, lines: readonly Line[]): Set<string> {
  const seen = new Map<string, number>();
  for (const l of lines) {
    const c = text.slice(l.first, l.last);
    if (c.length >= RUNNING_MIN) seen.set(c, (seen.get(c) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n >= RUNNING_REPEATS).map(([c]) => c));
}

/**
 * An infographic written out as text (一图读懂 as a screen reader or copy-paste gives it) sets a card's figure and its label
 * on lines of their own, in either order (3次 | 县委常委会会议专题研究法治建设, 合法性审查意见 | 463件), with the unit on a line
 * of its own too (纠错率 | 9.8 | %). The shapes, read on a line without its list marker (- / · / •) and the pictographs
 * after one (- 📹 执法记录仪):
 * a card's figure: a number and its counting word, alone or with more after a blank (463件  同比↑12.5%, 17件  审核率 100%);
 */
const CARD_FIGURE = new RegExp(`^\\d[\\d,]*(?:\\.\\d+)?\\s?(?:%|${COUNTING_AFTER}\\p{Script=Han}?)(\\s+[^\\s。;,][^。;,]{0,40})?$`, 'u');
/** …a number alone, whose unit stands on the next line (4 | 次, 9.8 | %), and that unit; */
const CARD_NUMBER = /^\d[\d,]*(?:\.\d+)?$/;
const CARD_UNIT = new RegExp(`^(?:%|${COUNTING_AFTER}\\p{Script=Han}?)$`, 'u');
/** …or that unit with the card's label after it on the next line (6,215 | 名持证行政执法人员, as a big-number slide sets it); */
const UNIT_AND_LABEL = new RegExp(`^${COUNTING_AFTER}\\p{Script=Han}[^\\d\\s。;,:!?]{1,23}$`, 'u');
/**
 * …a card's label: words without a figure or a clause mark, alone or with more after a blank that opens with no figure
 * (党政主要负责人述法  全覆盖, 人大代表建议和政协提案  办复率100%).
 */
const CARD_LABEL = /^\p{Script=Han}[^\d\s。;,:!?]{1,23}(\s+[^\d\s。;,][^。;,]{0,40})?$/u;
/**
 * A card's row that names a bare act or rate before its figure (办结 65件, 纠错率 11.4%: rules/tables.yaml card_label) goes
 * on from the row above it, which names what it counts (行政复议案件 68件 | 办结 65件) or is the card's title alone (行政复议 |
 * 收案 438件): the rows were cells of one card, set apart by a wide gap.
 */
const ACT_ROW = /^(\p{Script=Han}{2,6})\s*\d/u;
/** What a card's row that an act's row goes on from ends with: a counted figure, maybe with a change after it. */
const COUNTED_END = new RegExp(`\\d\\s?(?:%|${COUNTING_AFTER}\\p{Script=Han}?)(?:\\s*[(\\uFF08]?[^\\s。;,]{0,12})?$`, 'u');
/** A row of a card or a data box: a few words and a counted figure (行政应诉 236件, 办结 65件; not 列入2024年度…). */
const COUNTED_ROW = new RegExp(`^\\p{Script=Han}{2,8}\\s*\\d[\\d,.]*\\s?(?:%|${COUNTING_AFTER})`, 'u');
/** A line's end of a label, a blank and its counted figure (纠错率 10.7%, 审结 412件): no wrapped prose sets a figure apart so. */
const SPACED_COUNT_END = new RegExp(`\\p{Script=Han}[ \\u3000]+\\d[\\d,]*(?:\\.\\d+)?\\s?(?:%|${COUNTING_AFTER}\\p{Script=Han}?)$`, 'u');
/** …unless the next line opens with the mark of a clause that goes on (全年受理 86 件 | ,办结79件). */
const CLAUSE_GOES_ON = /^[,;、,;]/;
/** A card's title alone: a few words. */
const CARD_TITLE = /^\p{Script=Han}{2,8}$/u;
const isAct = (label: string): boolean => tableWording().card_label.test(asCell(label));

/** A figure card read from its lines: [at, end), its label's line and its figure's (the first of two with its unit). */
interface CardPair {
  at: number;
  end: number;
  label: number;
  figure: number;
  figureFirst: boolean;
}
/** The most lines a run of cards opens with before its first card: a title, a line above it. */
const MAX_TITLE_LINES = 3;
/** A mark that makes its line a title or a highlight (★ 依法决策, ☆ 全省考评第二名): no card's label, so the cards stop there. */
const TITLE_MARK = '[\\u2605\\u2606]';
/**
 * A list item's marker (- / · / ■, a title's star not: TITLE_MARK) and the pictographs after it, set aside when the shapes
 * are read.
 */
const CARD_MARKER = new RegExp(`^(?:[-*+]|(?!${TITLE_MARK})${BULLET_MARK})\\s*(?:\\p{Extended_Pictographic}\\uFE0F?\\s*)*`, 'u');

/**
 * The breaks of such cards (see CARD_FIGURE): `join` the lines whose break goes inside a card, `stand` those whose break
 * ends one (or comes before one). Read from the top, a figure alone pairs with a label on the next line, else a label
 * alone with a figure on the next line; one label a figure, a label only next to its figure (not across a heading nor a
 * line marked as a title: ★ 依法决策, 📌 数据看点), and never a line that a wrapped line before it runs on into
 * (2022年度重大行政决策事项目录 | 已向社会公布 | 9项 | 重大行政决策事项).
 */
function cardBreaks(text: string, lines: readonly Line[], headings: ReadonlyMap<number, number>, to: number): { join: Set<number>; stand: Set<number> } {
  const join = new Set<number>();
  const stand = new Set<number>();
  const content = (k: number): string | null => {
    const l = lines[k];
    if (!l || l.first >= l.last || l.first >= to || headings.has(l.first)) return null;
    return text.slice(l.first, l.last).trim();
  };
  const bare = (c: string): string => c.replace(CARD_MARKER, '');
  /** The figure at line k: how many lines it takes (2 with its unit on the next) and whether it stands alone. */
  const figureAt = (k: number): { lines: number; alone: boolean } | null => {
    const c = content(k);
    if (c === null) return null;
    const b = bare(c);
    if (CARD_NUMBER.test(b)) {
      const unit = content(k + 1);
      if (unit !== null && CARD_UNIT.test(unit)) return { lines: 2, alone: true };
      return unit !== null && UNIT_AND_LABEL.test(unit) ? { lines: 1, alone: true } : null;
    }
    const m = CARD_FIGURE.exec(b);
    return m ? { lines: 1, alone: m[1] === undefined } : null;
  };
  /** The label at line k, and whether it stands alone; none after a line that runs on into it. */
  const labelAt = (k: number): { alone: boolean } | null => {
    const c = content(k);
    if (c === null || CARD_UNIT.test(c)) return null;
    const m = CARD_LABEL.exec(bare(c));
    if (!m) return null;
    const before = content(k - 1);
    if (
      before !== null &&
      runsOn(before) &&
      // an item or a title behind its mark runs on into no card's label
      !LEADING_BULLET.test(before) &&
      bare(before) === before &&
      !CARD_LABEL.test(bare(before)) &&
      !CARD_UNIT.test(before) &&
      figureAt(k - 1) === null
    )
      return null;
    return { alone: m[1] === undefined };
  };
  /**
   * Whether line k is an act's row or label (see ACT_ROW) that goes on from the line above it: a counted figure, a card's
   * title, or the unit of a number alone on its line (行政复议 | 97 | 件 | 办结 91件).
   */
  const goesOn = (k: number, label: string): boolean => {
    const above = content(k - 1);
    return above !== null && isAct(label) && (COUNTED_END.test(above) || CARD_TITLE.test(above) || isUnit(k - 1));
  };
  /** Whether line k is the unit of a number alone on the line above it (4 | 次). */
  const isUnit = (k: number): boolean => {
    const c = content(k);
    const above = content(k - 1);
    return c !== null && above !== null && CARD_UNIT.test(c) && CARD_NUMBER.test(bare(above));
  };
  const inRun = (k: number): boolean => figureAt(k) !== null || labelAt(k) !== null || isUnit(k);
  /** The cards read from the top of the run [start, end), its first `skip` lines left alone. */
  const parse = (start: number, end: number, skip: number): CardPair[] => {
    const pairs: CardPair[] = [];
    for (let k = start + skip; k < end;) {
      const figure = figureAt(k);
      if (figure) {
        const label = k + figure.lines < end ? labelAt(k + figure.lines) : null;
        if (figure.alone && label) pairs.push({ at: k, end: k + figure.lines + 1, label: k + figure.lines, figure: k, figureFirst: true });
        k += figure.lines + (figure.alone && label ? 1 : 0);
        continue;
      }
      const next = labelAt(k)?.alone && k + 1 < end ? figureAt(k + 1) : null;
      if (next) {
        pairs.push({ at: k, end: k + next.lines + 1, label: k, figure: k + 1, figureFirst: false });
        k += next.lines + 1;
        continue;
      }
      k++;
    }
    return pairs;
  };
  /** Pairs less the pairs of a rate and a count (纳入目录事项 | 100%, 审核率 | 1532件), twice: a reading that makes them is off by a line. */
  const score = (pairs: readonly CardPair[]): number =>
    pairs.length - 2 * pairs.filter((p) => tableWording().card_rate_label.test(labelHead(p.label)) !== isRateFigure(p.figure)).length;
  /** A label's words before its first blank: what follows is more of the card (人大代表建议和政协提案 | 办复率100%), no label. */
  const labelHead = (k: number): string => bare(content(k)!).split(/\s/, 1)[0]!;
  /** Whether the run's last line (before `end`) is left out of every card of `pairs`. */
  const leavesLast = (pairs: readonly CardPair[], end: number): boolean => pairs.length > 0 && pairs[pairs.length - 1]!.end < end;
  const isRateFigure = (k: number): boolean => /^[\d,.]+\s?%/.test(bare(content(k)!)) || (isUnit(k + 1) && content(k + 1) === '%');
  for (let k = 0; k < lines.length;) {
    if (!inRun(k)) {
      k++;
      continue;
    }
    let end = k + 1;
    while (end < lines.length && inRun(end)) end++;
    // a run that opens with labels may open with its group's title (年度关键数字 | 12次 | 市政府常务会议会前学法 | …): the
    // reading from each of its first labels, the best kept (the first of the best)
    // (on a tie, the reading that takes the run's last line into a card: a title stands above the cards, never below
    // them, so a reading that pairs the title and leaves the last label alone, 阳光政府 | 356件 | 政府信息公开申请 | 537件 |
    // 人大代表建议和政协提案  办复率100%, is off by a line)
    let best = parse(k, end, 0);
    for (let skip = 1; skip <= MAX_TITLE_LINES && k + skip < end && labelAt(k + skip - 1) !== null; skip++) {
      const after = parse(k, end, skip);
      const gain = score(after) - score(best);
      if (gain > 0 || (gain === 0 && leavesLast(best, end) && !leavesLast(after, end))) best = after;
    }
    for (const p of best) {
      for (let j = p.at; j < p.end - 1; j++) join.add(j);
      if (!p.figureFirst && goesOn(p.at, bare(content(p.at)!))) join.add(p.at - 1);
      else stand.add(p.at - 1);
      stand.add(p.end - 1);
    }
    // a number alone and its unit on the next line are one figure, on a card or not
    for (let j = k; j < end; j++) if (isUnit(j)) join.add(j - 1);
    k = end;
  }
  // the rows of a card after its first (办结 65件 after 行政复议案件 68件)
  for (let k = 1; k < lines.length; k++) {
    const c = content(k);
    const act = c === null ? null : ACT_ROW.exec(c);
    if (act && goesOn(k, act[1]!)) join.add(k - 1);
  }
  return { join, stand };
}

/** Whether a line runs on into the next as a wrapped line does (see softBreaks). */
const runsOn = (line: string): boolean => BROKEN.test(line) || (CONTINUES.test(line) && line.replace(/\s/g, '').length >= MIN_WRAPPED);

/**
 * Line breaks inside a sentence (text pasted from a PDF or a web page wraps lines): inside the
 * body [from, to), between two non-blank lines, where the first line stops mid-sentence (after a
 * comma, or after a character in a line of MIN_WRAPPED or more), is not a heading alone (a run-in
 * heading's paragraph, (一)强化组织领导。县委常委会…, wraps like any other), is no box's or case's
 * title (`boxTitle`, read without blanks: 专栏2 …, 典型案例一:…案), and the next line does not open a
 * heading or an enumeration. `headings` maps a heading line's start to the heading's end. A figure card's lines (see
 * cardBreaks) are joined up to `cardsTo`, past the body's end (an annex after the signature). Offsets of the '\n'.
 */
export function softBreaks(
  text: string,
  lines: readonly Line[],
  headings: ReadonlyMap<number, number>,
  from: number,
  to: number,
  boxTitle: RegExp,
  running: ReadonlySet<string> = runningLines(text, lines),
  cardsTo = to,
): Set<number> {
  const soft = new Set<number>();
  // an infographic alone has no opening paragraph: its cards stand before what is taken for one; and an infographic
  // annexed after the signature (附:图解…) sets its cards after the body's end, up to `cardsTo`
  const cards = cardBreaks(text, lines, headings, cardsTo);
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (line.first >= line.last || next.first >= next.last) continue;
    if (cards.join.has(i)) {
      soft.add(line.end);
      continue;
    }
    if (line.first < from || next.first >= to) continue;
    if (cards.stand.has(i)) continue;
    if (headings.has(next.first)) continue;
    const content = text.slice(line.first, line.last);
    const nextContent = text.slice(next.first, next.last);
    // a figure the line's end cut (持证执法人员17 | 26名): its rest and counting word open the next line, whatever
    // the line's length, also after an item's number that took the cut line for its title (4.调处纠纷19 | 26件)
    if (cutsFigure(content, nextContent)) {
      soft.add(line.end);
      continue;
    }
    if ((headings.get(line.first) ?? -1) + 1 >= line.last) continue;
    // a repeated header between two halves of a wrapped sentence does not end it
    if (i > 0 && soft.has(lines[i - 1]!.end) && running.has(content)) {
      if (!opens(nextContent)) soft.add(line.end);
      continue;
    }
    // a row of a flattened table ("行政复议案件 | 86件 | 办结79件", "行政复议案件 86件/79件/+8.9%")
    // is a line of its own
    if (isTableRow(content) || isTableRow(nextContent)) continue;
    // …and a label's value alone on the line after it belongs to it
    if (UNIT_LABEL.test(content) && BARE_VALUE.test(nextContent)) {
      soft.add(line.end);
      continue;
    }
    // …as an infographic's figure (🔹 12次) belongs to what it counts on the next line, when it
    // opens its paragraph or a bullet leads it (a figure alone inside a paragraph is a wrapped line's end)
    const opensParagraph = i === 0 || lines[i - 1]!.first >= lines[i - 1]!.last;
    if (FIGURE_ALONE.test(content) && (BULLETED.test(content) || opensParagraph) && HAN_START.test(nextContent) && !opens(nextContent)) {
      soft.add(line.end);
      continue;
    }
    if (LABELLED_LINE.test(content) || (FLATTENED_ROW.test(content) && FLATTENED_ROW.test(nextContent))) continue;
    // …or with a counted figure set apart from its label by a blank (纠错率 10.7%, 云东县 69件), as a card's row ends
    if (SPACED_COUNT_END.test(content) && !CLAUSE_GOES_ON.test(nextContent)) continue;
    if (LABEL_FRAGMENTS.test(content) && LABEL_OPENING.test(nextContent)) continue;
    if (!BROKEN.test(content) && !(CONTINUES.test(content) && content.replace(/\s/g, '').length >= MIN_WRAPPED)) continue;
    // a bracket closed right after a sentence's end (…,此处不再赘述。)) closes an aside of its own
    if (CLOSED_ASIDE.test(content)) continue;
    if (boxTitle.test(content.replace(/\s+/g, ''))) continue;
    // a figure behind a bullet opens an item of its own, as an enumeration does
    if (opens(nextContent) || (BULLETED.test(nextContent) && FIGURE_ALONE.test(nextContent))) continue;
    soft.add(line.end);
  }
  return soft;
}

/**
 * Text copied from a PDF wraps lines wherever the page ends them: inside a word (行政复\n议案件),
 * even inside a number (10\n0%), and repeats the page's running header (XX县人民政府文件) as a
 * line of its own. Inside one sentence, a line break between two characters of running text is
 * taken out (with the blanks around it), and so is a running line between two lines of the
 * sentence (never its first or last). `map` takes every offset of the result back to the
 * sentence as written (one more entry for the end), so evidence is quoted as the document has it.
 */
const WRAPPED = /[\u4e00-\u9fa5\d%.、“”《》()]/;
/**
 * A heading's line that opens a sentence (one the outline left out, numbered out of turn: (九) after (四)):
 * a heading number, then a short title with no punctuation, shorter than the line under it (the first line
 * of a wrapped numbered paragraph is as long as the next). Its title is a clause of its own, so that its
 * words (依法化解行政争议) are no distractors of the figures under it; they still give the sentence its topic.
 */
const HEADING_LINE = /^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))[^,;:。!?、“”《》()]{2,20}$/;
const HEADING_SHORTER = 1.5;
const endsHeading = (line: string, next: string): boolean => HEADING_LINE.test(line.trim()) && next.trim().length >= line.trim().length * HEADING_SHORTER;
/** What stands for a heading's line break in the unwrapped text: a clause's end. */
const HEADING_END = ',';

export function unwrap(raw: string, running: ReadonlySet<string> = new Set()): { text: string; map: OffsetMap } {
  // most sentences are one line: read as written, offsets unchanged
  if (!raw.includes('\n')) return { text: raw, map: identityMap(raw.length + 1) };
  const lines: Array<{ line: string; start: number }> = [];
  let at = 0;
  const all = raw.split('\n');
  all.forEach((line, k) => {
    if (!(k > 0 && k < all.length - 1 && running.has(line.trim()))) lines.push({ line, start: at });
    at += line.length + 1;
  });
  const map = new Uint32Array(raw.length + 1);
  const parts: string[] = [];
  let length = 0;
  let joinedBefore = false;
  lines.forEach(({ line, start }, k) => {
    const next = lines[k + 1];
    const tail = line.trimEnd();
    const head = next?.line.trimStart() ?? '';
    const heading = k === 0 && next !== undefined && endsHeading(line, next.line);
    // a card's rows (行政复议案件 68件 | 办结 65件, see ACT_ROW; 行政复议 | 97 | 件 | 办结 91件, its unit on a line of its own):
    // two clauses
    const counted = COUNTED_END.test(tail) || (k > 0 && CARD_UNIT.test(tail.trim()) && CARD_NUMBER.test(lines[k - 1]!.line.trim()));
    const cardRows = next !== undefined && counted && COUNTED_ROW.test(head);
    const join = !heading && next !== undefined && tail.length > 0 && head.length > 0 && WRAPPED.test(tail.at(-1)!) && WRAPPED.test(head[0]!) && !cardRows;
    let from = 0;
    let to = line.length;
    if (joinedBefore) while (from < to && /\s/.test(line[from]!)) from++;
    if (join) to = tail.length;
    for (let i = from; i < to; i++) map[length++] = start + i;
    parts.push(line.slice(from, to));
    if (next && !join) {
      map[length++] = start + line.length;
      parts.push(heading || cardRows ? HEADING_END : '\n');
    }
    joinedBefore = join;
  });
  map[length] = raw.length;
  return { text: parts.join(''), map: map.subarray(0, length + 1) };
}

/**
 * For the many sentences read as written, one shared identity array, at least `length` long: no
 * map of their own, not even a view (a typed array view cost more than the sentence's text).
 */
let identity = new Uint32Array(0);
function identityMap(length: number): OffsetMap {
  if (identity.length < length) {
    identity = new Uint32Array(Math.max(length, identity.length * 2, 4096));
    for (let i = 0; i < identity.length; i++) identity[i] = i;
  }
  return identity;
}

/**
 * A clause ends at , ; : 。 ! ? (full-width forms are already folded to ASCII), but not at the
 * thousands separator of a number (1,300余名), nor at a colon that joins a label to its figure
 * (持证执法人员:986名, as statistics are listed; 一是:1.… numbers items instead). In a row of a
 * flattened table ("行政应诉案件 | 124件 | 败诉6件") the first cell separator joins the label to its
 * value (it stands between a cue and its number like 为), and so does the next after a code cell
 * (cellAfterCode); every later one ends a clause. An arrow between a figure and words ends one too
 * (ARROW_ENDING), and so does a blank between a counted figure and the next cell (GAP_ENDING).
 * Read unit by unit: a regex iterator cost a match object per break, on every sentence.
 */
const CELL = 0x7c;
const COMMA = 0x2c;
const COLON = 0x3a;

export function clauses(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  // a row of cards each written figure first (32名 公职律师 | 7名 法律顾问): every separator ends a clause, no blank does
  const cardRow = text.includes('|') && FIGURE_FIRST_ROW.test(text);
  const first = cardRow ? -1 : text.indexOf('|');
  const joining = first < 0 ? -1 : cellAfterCode(text, first);
  const arrows = mayHoldArrow(text);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const arrow = arrows ? markEndingClauseAt(text, i, ARROW_ENDING) : 0;
    // only at a blank's first character
    const gap = c === SPACE && !cardRow && i > 0 && text.charCodeAt(i - 1) !== SPACE ? markEndingClauseAt(text, i, GAP_ENDING) : 0;
    if (gap > 0) {
      spans.push({ start, end: i });
      start = i + gap;
      i = start - 1;
      continue;
    }
    const ends =
      arrow > 0 ||
      (c === AFTER && afterCountBeforeTotal(text, i)) ||
      (c === COMMA
        ? !isThousands(text, i)
        : c === COLON
          ? !labelsFigure(text, i)
          : c === 0x3b || c === 0x3002 || c === 0x21 || c === 0x3f || (c === CELL && i !== first && i !== joining));
    if (!ends) continue;
    spans.push({ start, end: i });
    start = i + Math.max(arrow, 1);
    i = start - 1;
  }
  spans.push({ start, end: text.length });
  return spans;
}

/**
 * An arrow after a figure and before words (应诉986件 → 败诉41件, 受理1,204件→办结1,167件, as slides join one act's
 * count to the next's) ends a clause as a comma would; an arrow before a figure leads to it (89.7%→96.3%, 公职律师 →
 * 1.3K名: the change and the target are read in rules/passes.yaml change.arrows and the cues' context).
 */
const ARROW = /→|⇒|⟶|➔|->|=>/y;
const ARROW_HINT = /[→⇒⟶➔>]/;
const mayHoldArrow = (text: string): boolean => ARROW_HINT.test(text);
const FIGURE_BEFORE_ARROW = /[\d%][^\d\s]{0,2}\s*$/;
const WORDS_AFTER_ARROW = /\s*\p{Script=Han}/uy;

const ARROW_ENDING: ClauseMark = { mark: ARROW, after: WORDS_AFTER_ARROW, before: FIGURE_BEFORE_ARROW, lookBack: 6 };

/**
 * A mark that ends a clause only between a figure and what follows it: the mark (sticky), what must follow it (sticky)
 * and what the `lookBack` characters before it must end with.
 */
interface ClauseMark {
  readonly mark: RegExp;
  readonly after: RegExp;
  readonly before: RegExp;
  readonly lookBack: number;
}

/** The length of the mark at `i` when it ends a clause there, else 0. */
function markEndingClauseAt(text: string, i: number, { mark, after, before, lookBack }: ClauseMark): number {
  mark.lastIndex = i;
  const found = mark.exec(text)?.[0];
  if (found === undefined) return 0;
  after.lastIndex = i + found.length;
  if (!after.test(text) || !before.test(text.slice(Math.max(0, i - lookBack), i))) return 0;
  return found.length;
}

/**
 * A blank after a counted figure and before a label with a figure of its own (行政复议57件 办结55件, 出庭应诉率 100%  败诉 1件,
 * 收案 438件 审结 412件, 废止 | 6件 修改 | 3件: a card's or a data line's cells set apart on one line; the ideographic space
 * is folded to a blank) ends a clause as a comma would: the next cell's act (办结, 审结) is no word of the figure's clause. A
 * blank before words that count nothing (16次 县委常委会会议专题研究法治建设: the figure's label) does not, nor one between
 * words (行政复议 收案 438件).
 */
const SPACE = 0x20;
const GAP = / +/y;
const COUNTED_BEFORE_GAP = new RegExp(`\\d\\s?(?:%|${COUNTING_AFTER}\\p{Script=Han}?)(?:\\([^()]{0,16}\\))?$`, 'u');
const CELL_AFTER_GAP = /\p{Script=Han}[^\d\s。;,:!?|()]{0,11}[ |]{0,3}\d/uy;

const GAP_ENDING: ClauseMark = { mark: GAP, after: CELL_AFTER_GAP, before: COUNTED_BEFORE_GAP, lookBack: 24 };

/**
 * A row of figure cards set on one line, each written figure first with its label after a blank (32名 公职律师 | 7名 区政府
 * 法律顾问, 12次 常务会议学法 | 3期 法治讲座): its first cell is a counted figure, a blank and words without a figure, and a
 * figure opens the next. Its separators are no label's joint to a value: each ends a clause, and a blank after a figure
 * is its label's, no clause end (a row whose first cell is a label, 收案 | 438件 审结 | 412件, is read as above).
 */
const FIGURE_FIRST_ROW = new RegExp(`^\\d[\\d,]*(?:\\.\\d+)?\\s?(?:%|${COUNTING_AFTER}\\p{Script=Han}?) +\\p{Script=Han}[^\\d|。;,:!?]{0,23}\\|\\s*\\d`, 'u');

/** 后 */
const AFTER = 0x540e;
const COUNT_BEFORE = /\d\s?\p{Script=Han}$/u;
const TOTAL_AFTER = /的?(?:总数|总量)/y;

/**
 * Whether the 后 at `i` stands between a count and the total it was added to (新配执法记录仪20台后总数达到178台): it ends a
 * clause as a comma would, so the total is read as the count's own clause would be (the count added, the increment pass's).
 */
function afterCountBeforeTotal(text: string, i: number): boolean {
  TOTAL_AFTER.lastIndex = i + 1;
  return TOTAL_AFTER.test(text) && COUNT_BEFORE.test(text.slice(Math.max(0, i - 3), i));
}

/**
 * A row's cell holding only a code beside its label (行政复议审结 | FY-02 | 83件: an indicator's, a form's number)
 * names the label and counts nothing: the separator after it joins the label to the value as the first one does
 * (rules/facts.yaml asides read the code as standing between them). The code: Latin letters, then digits, a hyphen
 * or underscore between them at most.
 */
const CODE_CELL = /\s*[A-Za-z]{1,6}[-_]?\d{1,6}\s*\|/y;
/** The separator after a code cell that follows the separator at `first`, or -1. */
function cellAfterCode(text: string, first: number): number {
  CODE_CELL.lastIndex = first + 1;
  return CODE_CELL.test(text) ? CODE_CELL.lastIndex - 1 : -1;
}

/** Whether the comma at `i` separates thousands: a digit before it, exactly three after it. */
function isThousands(text: string, i: number): boolean {
  return isDigitAt(text, i - 1) && isDigitAt(text, i + 1) && isDigitAt(text, i + 2) && isDigitAt(text, i + 3) && !isDigitAt(text, i + 4);
}

/** Whether the colon at `i` stands before a figure, not an item number or a date (see LABELLED_FIGURE). */
function labelsFigure(text: string, i: number): boolean {
  LABELLED_FIGURE.lastIndex = i + 1;
  return LABELLED_FIGURE.test(text);
}

function isDigitAt(text: string, i: number): boolean {
  // charCodeAt outside the text reads out of bounds, which threw away its callers' optimised code
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/** How a sentence [start, end) of `text` is read: its text as written, unwrapped, mapped back, in clauses. */
export function readSentence(
  text: string,
  span: Span,
  running: ReadonlySet<string> = new Set(),
): { text: string; plain: string; map: OffsetMap; clauses: Span[] } {
  const raw = text.slice(span.start, span.end);
  const { text: plain, map } = unwrap(raw, running);
  return { text: raw, plain, map, clauses: clauses(plain) };
}
