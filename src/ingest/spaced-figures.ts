import { COUNTED_AFTER, LOOKALIKE_DIGITS } from './fold.js';

/**
 * Figures OCR read apart (1 2 3件, 1 0 0%, 1 3 . 6%, 2 1OO余人次, 8 O 6台), as a scanned report
 * copied through text recognition gives them: the number readers take only the last group (2 5名 read
 * as 5名). A report so read holds many of them; ordinary text (a letter-spaced date, a thousands group)
 * holds one or two, so the whole text decides, and a text with fewer is left as it is.
 */
const MIN_SPACED_FIGURES = 3;

/** A digit as OCR may give it: ASCII or full-width, or a letter or a Chinese zero it looks like. */
const DIGIT = '[0-9\\uFF10-\\uFF19OolI〇○]';
/**
 * A figure's first digit, with no letter, digit, decimal point or thousands separator before it (CO 2, 1,2 04, 索引号 l379 2…).
 * The digit is matched before what stands before it is looked behind: a pattern that opens with a
 * lookbehind is tried at every offset of the text.
 */
const FIRST = `${DIGIT}(?<![A-Za-z0-9\\uFF10-\\uFF19OolI〇○.,\\uFF0E]${DIGIT})`;
/** A counting word, a date's character or % after the figure, on its line or the next (a figure cut at a line end: 1 4⏎6件). */
const COUNTED = `(?: ?|[ \\t]*\\n[ \\t]*)[余多]?(?:${COUNTED_AFTER}|\\uFF05)`;

/** Groups of digits between single blanks, a decimal point among them, before what they count. */
const COUNTED_FIGURE = new RegExp(`${FIRST}${DIGIT}*(?:(?: | ?[.\\uFF0E] ?)${DIGIT}+)+(?![A-Za-z])(?=${COUNTED})`, 'g');
/**
 * Single digits between single blanks (1 6 5 1, 2 1 4.1) that end a table's cell (aligning blanks, a
 * tab or a bar after them) or a line: a figure in a column, or one the line's end cut (its rest opens
 * the next line). Groups of several digits there are two figures (two years' columns set apart by one
 * blank), and stay apart.
 */
const LETTER_SPACED_FIGURE = new RegExp(
  `${FIRST}(?: ${DIGIT})+(?: ?[.\\uFF0E] ?${DIGIT}(?: ${DIGIT})*)?(?![A-Za-z])(?=[ \\t]*(?:\\n|$|\\|)|[ \\t]{2,}|\\t)`,
  'g',
);

/** Look-alikes alone opening a line before what they count, after a line that ends in a digit: a figure the line's end cut (1⏎l件). */
const LOOKALIKES_AFTER_CUT = new RegExp(`[OolI〇○](?<=[0-9\\uFF10-\\uFF19][ \\t]*\\n[ \\t]*[OolI〇○])[OolI〇○]*(?![A-Za-z])(?=${COUNTED})`, 'g');

/** A digit beside a blank beside another: the cheap test that spares nearly every report the patterns above. */
const MAY_HOLD_SPACED = /[0-9\uFF10-\uFF19OolI〇○] [0-9\uFF10-\uFF19]|[0-9\uFF10-\uFF19] [OolI〇○]/;
const REAL_DIGIT = /[0-9\uFF10-\uFF19]/;
const LOOKALIKE = /[OolI〇○]/g;

const asDigits = (run: string): string => run.replace(LOOKALIKE, (ch) => LOOKALIKE_DIGITS[ch]!);

/** A figure read apart, closed up with its look-alikes read as digits; a run with no digit at all is no figure. */
function closedUp(run: string): string {
  if (!REAL_DIGIT.test(run)) return run;
  return asDigits(run.replace(/ /g, ''));
}

/** Whether the text holds enough figures read apart to show it was read by OCR. */
export function readByOcr(text: string): boolean {
  if (!MAY_HOLD_SPACED.test(text)) return false;
  let counted = 0;
  for (const m of text.matchAll(COUNTED_FIGURE)) if (REAL_DIGIT.test(m[0]) && ++counted >= MIN_SPACED_FIGURES) return true;
  return false;
}

/** The text with its figures read apart closed up, when it was read by OCR (`ocr`, readByOcr's judgement). */
export function closeSpacedFigures(text: string, ocr = readByOcr(text)): string {
  if (!ocr) return text;
  return text.replace(COUNTED_FIGURE, closedUp).replace(LETTER_SPACED_FIGURE, closedUp).replace(LOOKALIKES_AFTER_CUT, asDigits);
}

/**
 * Groups of digits set apart only by blanks inside one run of a styled document (4 60人次: a blank typed
 * into the figure, or spaces an editor inserted), before what they count: a viewer shows one figure with a
 * gap, which a reader takes for the figure. Across runs (two spans, two cells) the blank may part two
 * figures, and the caller does not join them.
 */
const FIGURE_IN_RUN = new RegExp(
  `[0-9\\uFF10-\\uFF19](?<![A-Za-z0-9\\uFF10-\\uFF19.,\\uFF0E][0-9\\uFF10-\\uFF19])[0-9\\uFF10-\\uFF19]*(?: +[0-9\\uFF10-\\uFF19]+)+(?= ?[余多]?(?:${COUNTED_AFTER}|\\uFF05))`,
  'g',
);

/** One run's text with the figures blanks set apart within it closed up. */
export function closeFiguresInRun(run: string): string {
  return MAY_HOLD_SPACED.test(run) ? run.replace(FIGURE_IN_RUN, (figure) => figure.replace(/ /g, '')) : run;
}
