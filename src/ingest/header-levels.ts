/**
 * A text table's header written in two lines aligned by blanks, as a typist centres a heading over the
 * columns it spans (执法人员培训 over 期数 | 人数, 行政复议 over 收案(件) | 办结(件) | 纠错率). A web
 * page's and a Word table's spanning headers are read by their spans (./table-cells.ts); a text's by
 * where its cells stand on the line.
 */
import { MEASURE_HEADER, SPACED_LABEL, underHeader } from './table-cells.js';
import { asCell, tableWording } from './table-wording.js';

/** A cell of a line and where it stands, in display columns [from, to). */
interface PlacedCell {
  text: string;
  from: number;
  to: number;
}

/** A character a monospaced font sets two columns wide: Chinese, full-width forms (（）, ：). */
const WIDE =
  /^(?:[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\ud840-\ud87f][\udc00-\udfff])$/u;
/** An upper header cell: a few words, perhaps with the counting word of the columns under it (行政复议（件）). */
const UPPER_CELL = /^[\u3400-\u9fff]{2,12}(?:[(\uFF08](?:[\u3400-\u9fff]{1,3}|[%\uFF05])[)\uFF09])?$/;
/** A lower header cell: a column's label, no figure, no sentence's punctuation. */
const LOWER_CELL = /^[^\d\uFF10-\uFF19,;:。、\uFF0C\uFF1B\uFF1A]{1,20}$/;

/** What no upper header line holds: a figure or a clause's punctuation. */
const FIGURE_OR_CLAUSE = /[\d\uFF10-\uFF19,;:。，；：、]/;
/** What a lower header line naming a counting word holds: a bracket (收案(件)) or a bare count (人数). */
const COUNTING_WORD_HINT = /[(\uFF08]|数/;

/**
 * The line's cells and where they stand, cells set apart by two blanks or more (a label spaced out
 * to fill its column, 单    位, is one); undefined for a line with a tab, whose columns stand nowhere.
 */
function placedCells(line: string): PlacedCell[] | undefined {
  if (line.includes('\t')) return undefined;
  // closed up in place, its blanks after it, so that every cell keeps its columns
  const closed = line.replace(SPACED_LABEL, (label) => label.replace(/[ \u3000]/g, '').padEnd(label.length, ' '));
  const cells: PlacedCell[] = [];
  let column = 0;
  let blanks = 0;
  let current: PlacedCell | undefined;
  for (const ch of closed) {
    const width = WIDE.test(ch) ? 2 : 1;
    if (ch === ' ' || ch === '\u3000') {
      blanks += width;
      if (current && blanks >= 2) current = undefined;
    } else {
      if (current) current.text += ' '.repeat(blanks);
      else cells.push((current = { text: '', from: column, to: column }));
      current.text += ch;
      current.to = column + width;
      blanks = 0;
    }
    column += width;
  }
  return cells;
}

/** A bare header cell with its counting word written after it as a column's is (人数 → 人数(人)): rules/tables.yaml count_header. */
export function withCountingWord(cell: string): string {
  // every count_header ends in 数: a cheap test first, since every row's cells come here
  const word = !cell.endsWith('数') || MEASURE_HEADER.test(cell) ? undefined : tableWording().count_header.exec(asCell(cell))?.[1];
  return word === undefined ? cell : `${cell}(${word})`;
}

/**
 * The lower line of a two-line header with each column's label led by the upper cell nearest it
 * (执法人员培训期数(期), 行政复议纠错率), or undefined when the two lines are no such header: the upper
 * holds two cells or more of a few words, the lower one more cells than it, all labels, one naming a
 * counting word (收案(件), 人数), the first (the rows' labels) left of every upper cell.
 */
function joinedHeader(upperLine: string, lowerLine: string): string | undefined {
  // cheap word tests first: an upper line holds no figure, a lower one names a counting word
  if (FIGURE_OR_CLAUSE.test(upperLine) || !COUNTING_WORD_HINT.test(lowerLine)) return undefined;
  const upper = placedCells(upperLine);
  const lower = placedCells(lowerLine);
  if (!upper || !lower || upper.length < 2 || lower.length <= upper.length) return undefined;
  if (!upper.every((cell) => UPPER_CELL.test(cell.text)) || !lower.every((cell) => LOWER_CELL.test(cell.text))) return undefined;
  const counted = lower.map((cell) => withCountingWord(cell.text));
  if (!counted.some((cell) => MEASURE_HEADER.test(cell)) || lower[0]!.to > upper[0]!.from) return undefined;
  const centre = (cell: PlacedCell): number => (cell.from + cell.to) / 2;
  const nearest = lower.map((cell, k) =>
    k === 0 ? -1 : upper.reduce((best, over, u) => (Math.abs(centre(over) - centre(cell)) < Math.abs(centre(upper[best]!) - centre(cell)) ? u : best), 0),
  );
  // every upper cell spans a column at least, or the lines are not one header
  if (upper.some((_, u) => !nearest.includes(u))) return undefined;
  const indent = /^\s*/.exec(lowerLine)![0];
  return indent + counted.map((cell, k) => (k === 0 ? cell.replace(/\s+/g, '') : underHeader(upper[nearest[k]!]!.text, cell))).join('    ');
}

/**
 * The text with each two-line header of a table aligned by blanks written as one line (行政复议 over 收案(件)
 * → 行政复议收案(件)): read alone, the lower line's labels named the acts and not their subject, and the upper
 * line was a heading. The upper line is dropped.
 */
export function withHeaderLevelsJoined(text: string): string {
  if (!text.includes('  ')) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let k = 0; k < lines.length; k++) {
    const joined = k + 1 < lines.length && lines[k]!.includes('  ') ? joinedHeader(lines[k]!, lines[k + 1]!) : undefined;
    out.push(joined ?? lines[k]!);
    if (joined !== undefined) k += 1;
  }
  return out.join('\n');
}
