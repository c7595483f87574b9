/**
 * The rows of a ledger or a checklist of the year's tasks that say their task is not done (rules/layout.yaml task_undone,
 * task_mark, task_legend, task_deadline): a table row whose status cell says so (未启动, 推进中, 未完成) beside the cell of
 * its deadline (完成时限), or whose cell is a mark the document's legend, or the default marks, read as not done (○ under
 * 图例:●已完成 ○未完成; ×), and a checklist line that opens with such a mark (□ 4.…(市司法局;2022年12月)). What such a row
 * states is no achievement of the year: a plan when its deadline falls in a later year, else what is still lacking.
 */
import type { LayoutWording } from './wording.js';
import type { Line } from './text.js';
import type { Span } from './types.js';
import { matchesOf, withFlags } from '../util/matches.js';

/** A task row not done: its line, and whether its deadline falls in a year after the one reported on. */
export interface UndoneTask extends Span {
  later: boolean;
}

type TaskWording = Pick<LayoutWording, 'task_undone' | 'task_mark' | 'task_legend' | 'task_deadline'>;

/** A table's cells: a text table's tab stops or the ' | ' a converted table is written with. */
const CELL_BREAK = /\t+| \| /;
/** A cell longer than this is running words, no status, mark or deadline. */
const MAX_CELL = 12;
/** A checklist line's opening mark, then blanks. */
const LEADING_MARK = /^(\S)\s*/u;
/** A checklist line's closing bracket (…(市司法局;2022年12月)): the responsible body and the deadline. */
const CLOSING_BRACKET = /\(([^()]{2,40})\)$/;
/** What parts a closing bracket. */
const BRACKET_PARTS = /[;,、]/;
/** What joins two statuses in a legend's words (□表示未完成或正在推进): the first is the mark's. */
const STATUS_JOIN = /[或和及、/]/;
const YEAR = /(\d{4})年/;

export function undoneTasks(wording: TaskWording, text: string, lines: readonly Line[], year: number | null): UndoneTask[] {
  const undoneMark = legendMarks(wording, text, lines);
  const isUndoneMark = (cell: string): boolean => undoneMark.get(cell) ?? wording.task_mark.pattern.test(cell);
  const later = (deadline: string | undefined): boolean => {
    const y = deadline === undefined ? null : YEAR.exec(deadline);
    return y !== null && year !== null && Number(y[1]) > year;
  };
  const rows: UndoneTask[] = [];
  for (const line of lines) {
    if (line.first >= line.last) continue;
    const content = text.slice(line.first, line.last);
    const cells = content.includes('\t') || content.includes(' | ') ? content.split(CELL_BREAK).map((cell) => cell.replace(/\s+/g, '')) : [];
    if (cells.length >= 3) {
      const short = cells.filter((cell) => cell.length > 0 && cell.length <= MAX_CELL);
      const deadline = short.find((cell) => wording.task_deadline.pattern.test(cell));
      // a status said in words needs its deadline beside it (a table of figures judges a row 未完成 against its target,
      // its figures still the year's); a mark is a checklist's
      const undone = short.some((cell) => (deadline !== undefined && wording.task_undone.pattern.test(cell)) || isUndoneMark(cell));
      if (undone) rows.push({ start: line.first, end: line.last, later: later(deadline) });
      continue;
    }
    const mark = LEADING_MARK.exec(content);
    if (mark === null || !isUndoneMark(mark[1]!) || mark[0].length === content.length) continue;
    const bracket = CLOSING_BRACKET.exec(content.replace(/[\s。]+$/, ''));
    const deadline = bracket?.[1]!
      .split(BRACKET_PARTS)
      .map((part) => part.replace(/\s+/g, ''))
      .find((part) => wording.task_deadline.pattern.test(part));
    rows.push({ start: line.first, end: line.last, later: later(deadline) });
  }
  return rows;
}

/** The marks a legend of the document reads (图例:●已完成 ○未完成 ◐推进中): true for those it says are not done. */
function legendMarks(wording: TaskWording, text: string, lines: readonly Line[]): Map<string, boolean> {
  const marks = new Map<string, boolean>();
  // one global copy for every document (withFlags): a copy made per document was compiled again for each
  const pairs = withFlags(wording.task_legend.pattern, `${wording.task_legend.pattern.flags.replace('g', '')}g`);
  for (const line of lines) {
    if (line.first >= line.last) continue;
    const content = text.slice(line.first, line.last).replace(/\s+/g, '');
    // most lines are no legend: one test says so
    if (!wording.task_legend.pattern.test(content)) continue;
    for (const pair of matchesOf(pairs, content)) {
      const [, mark, words] = pair;
      if (mark === undefined || words === undefined || marks.has(mark)) continue;
      marks.set(mark, wording.task_undone.pattern.test(words.split(STATUS_JOIN)[0]!));
    }
  }
  return marks;
}
