/**
 * A footnote's mark raised or lowered after a figure (12<sup>1</sup>件, 100%<sup>[2]</sup>, a Word run in
 * superscript): a reader sees a note's number beside the figure, no digit of it (12件 was read 121件).
 * A unit's power or a formula's index stands after a letter (km², PM₂.₅) and is read.
 */
const FOOTNOTE_MARK = /^\s*(?:[[(\uff08\u3010]\s*\d{1,3}\s*[\])\uff09\u3011]|\d{1,3}|[*\u2020\u2021\u203b]{1,3}|[\u2460-\u2473])\s*$/;
const AFTER_LETTER = /[A-Za-z]\s*$/;

/** Whether a raised or lowered `mark` after the text `before` is a footnote's mark. */
export const isFootnoteMark = (mark: string, before: string): boolean => FOOTNOTE_MARK.test(mark) && !AFTER_LETTER.test(before);
