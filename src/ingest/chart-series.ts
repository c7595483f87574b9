/**
 * A chart's figures written out as a line of text under its caption (图2 2021—2024年行政复议案件数（件）,
 * then 图2数据：2021年 96；…；2024年 131), as a page or a document gives a chart's data for those who
 * cannot see it. The chart is a table the report drew: its data line is written as the table rows the
 * later stages read, its caption the label. A series over years is a row of year columns, written
 * latest year first as a table's (./year-columns.ts): the year reported on is the figure, the earlier
 * years stand after it. A series over kinds (婚姻家庭 612；…；合计 2,050) is a column of rows: its
 * total is the caption's quantity; with a total the other kinds are the parts summed into it (the
 * units above a table's 合计 row), written without the caption's counting word so that none reads as
 * the whole, as are the kinds of a title naming them as a whole's parts (…类型构成) that states no total; without
 * either each kind is a kind of the caption's quantity and keeps its counting word.
 * A caption may write its data after a colon on its own line (a web page's figcaption: 图2 …构成（共26,480件）：
 * 婚姻家庭8,210件；…), and its title may state the total the kinds are the parts of (共26,480件).
 * The wording (caption, data line, total) is rules/tables.yaml's.
 */
import { MEASURE_HEADER } from './table-cells.js';
import { asCell, asLine, tableWording, type LinesRead } from './table-wording.js';
import { columnOrderOf, inColumnOrder } from './year-columns.js';

/** What parts a data line's items: semicolons, enumeration commas, a comma not inside a figure (2,050). */
const ITEM_SEPARATOR = /[;、]|,(?!\d{3}(?!\d))/;
/** An item: a label, then its figure (2023年 16, 调解成功率 97.5%), its counting word after it or not (婚姻家庭8,210件); read folded. */
const ITEM = /^(\S.{0,30}?) ?([+-]?\d[\d,]*(?:\.\d+)?%?)([\u4e00-\u9fff]{1,2})?$/;
/** What may close a data line. */
const LINE_END = /[。.]$/;
/** What closes a sentence, which a caption with its data is not. */
const SENTENCE_END = /[。!?]$/;

interface Item {
  label: string;
  figure: string;
  /** the counting word written after the figure, if any */
  word: string;
}

/**
 * The lines with each chart's data line written as table rows under the chart's caption (the nearest
 * caption above it of the same number); a data line without a caption, or whose items are not each
 * a label and a figure, stays as it is. `from` gives, for each line out, the index of the line read
 * it is (-1 for a chart's row).
 */
export function withChartRows(read: LinesRead): { lines: string[]; from: number[] } {
  const { chart_caption, chart_caption_data, chart_data } = tableWording();
  const captions = new Map<string, string>();
  const lines: string[] = [];
  const from: number[] = [];
  for (let k = 0; k < read.written.length; k++) {
    const trimmed = read.trimmed[k]!;
    const folded = read.folded[k]!;
    const data = chart_data.exec(folded);
    const title = data ? captions.get(data[1]!) : undefined;
    const items = data && title !== undefined ? itemsOf(trimmed.slice(data[0].length), folded.slice(data[0].length)) : undefined;
    if (items) {
      for (const row of rowsOf(title!, items)) {
        lines.push(row);
        from.push(-1);
      }
      continue;
    }
    const caption = chart_caption.exec(folded);
    if (caption) captions.set(caption[1]!, trimmed.slice(caption.index + caption[0].length - caption[2]!.length));
    // a caption with its data after a colon: the caption as a line of its own, then the data's rows; a line closed as a
    // sentence (图5 全县调解情况:全年化解…件,成功率98%。) is prose after a colon, no chart's data
    const inline = caption || SENTENCE_END.test(folded) ? null : chart_caption_data.exec(folded);
    const inlineItems = inline ? itemsOf(trimmed.slice(inline[0].length), folded.slice(inline[0].length)) : undefined;
    if (inline && inlineItems) {
      const titleEnd = inline[0].search(/ ?: ?$/);
      const titled = trimmed.slice(titleEnd - inline[2]!.length, titleEnd);
      lines.push(trimmed.slice(0, titleEnd));
      from.push(-1);
      for (const row of rowsOf(titled, inlineItems)) {
        lines.push(row);
        from.push(-1);
      }
      continue;
    }
    lines.push(read.written[k]!);
    from.push(k);
  }
  return { lines, from };
}

/** The items of a data line as written (`original`), read on its fold; undefined unless every item is a label and a figure. */
function itemsOf(original: string, folded: string): Item[] | undefined {
  const end = LINE_END.test(folded) ? folded.length - 1 : folded.length;
  const items: Item[] = [];
  let start = 0;
  for (const piece of folded.slice(0, end).split(ITEM_SEPARATOR)) {
    const item = ITEM.exec(piece.trim());
    if (!item) return undefined;
    const at = start + piece.indexOf(item[0]);
    const end = at + item[0].length - (item[3]?.length ?? 0);
    items.push({
      label: original.slice(at, at + item[1]!.length),
      figure: original.slice(end - item[2]!.length, end),
      word: original.slice(end, at + item[0].length),
    });
    start += piece.length + 1;
  }
  return items.length >= 2 ? items : undefined;
}

/** The table rows a chart captioned `title` states with its `items` (see the module's comment). */
function rowsOf(title: string, items: readonly Item[]): string[] {
  const { total_label, caption_total, caption_parts } = tableWording();
  const labels = items.map(({ label }) => label);
  const columns = columnOrderOf(['', ...labels]);
  if (columns) return [inColumnOrder([title, ...items.map(({ figure }) => figure)], columns).join(' | ')];
  // the title may state the whole the items are the parts of (…构成（共26,480件）), or name them as its parts without it
  // (…类型构成): either way no kind counts the whole
  const hasTotal = labels.some((label) => total_label.test(asCell(label))) || caption_total.test(asLine(title)) || caption_parts.test(asLine(title));
  const measure = MEASURE_HEADER.exec(title)?.[0] ?? '';
  return items.map(({ label, figure, word }) => {
    if (total_label.test(asCell(label))) return `${label}${title} | ${figure}`;
    if (hasTotal) return `${label} | ${figure}`;
    // a kind's own counting word (8,210件) is written as the caption's is, after its label
    return `${label}${word === '' ? measure : `(${word})`} | ${figure}`;
  });
}
