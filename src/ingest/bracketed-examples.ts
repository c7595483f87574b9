import { tableWording } from './table-wording.js';

/**
 * Lenticular brackets around a figure (审查率【100%】, 【不少于12次】, 法律顾问【15】名): emphasis, which carries nothing, unless
 * the report declares the figures it so brackets examples (bracketedExamples). Full-width digits too: the text is not
 * folded yet when the brackets are dropped.
 */
export const BRACKETED_FIGURE = /\u3010([^\u3010\u3011\n]{0,12}[\d\uFF10-\uFF19][^\u3010\u3011\n]{0,12})\u3011/g;

/** The characters a line is read without when its note is looked for (注:文中【 】内数据为示例). */
const BLANKS = /\s+/g;

/**
 * Whether a text's lines (folded) hold a note declaring the figures in lenticular brackets examples, as a chat
 * assistant's draft closes (注:文中【】内数据为示例,请根据实际情况替换; rules/tables.yaml example_note): those figures were
 * never filled in, and the whole text's brackets then stay for the document to read them as unstated; its plain figures
 * are the report's own.
 */
export function bracketedExamples(lines: readonly string[]): boolean {
  const note = tableWording().example_note;
  return lines.some((line) => line.includes('\u3010') && note.test(line.replace(BLANKS, '')));
}
