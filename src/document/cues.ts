/**
 * The syntax of numerals and dates and the thresholds the document stage reads them with: how a
 * number or a date is written, not what a report says. Its wording is data (see ./wording.ts):
 * section cues in rules/sections.yaml, document kinds in rules/documents.yaml, who reports and
 * signs in rules/reporters.yaml, years in rules/years.yaml, title and closing lines in
 * rules/layout.yaml. Regexes are anchored or bounded so that every use stays linear in the text length.
 */
/** Chinese numerals as they appear in outline markers (一、 二十一、 (三十)). */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百';

/** After a closing line, no line of the body is longer than this. */
export const CLOSING_MAX_LINE = 100;

/** A date alone on a line, also with lost characters (2020123日) or in brackets under a title ((2023年11月20日)). */
export const DATE_LINE = /^(?:\d{4}年\d{1,2}月\d{1,2}日|\d{5,8}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\(\d{4}年\d{1,2}月\d{1,2}日\))$/;

/** A report dated in these months or later reports on that year; dated earlier, on the year before. */
export const LATE_MONTH = 10;
/**
 * A report dated in these months or earlier that names 本年度 (rules/years.yaml own_year) reports on the year before: a year
 * a month or two old has no report of its own, its 本年度 is the year just closed (a January signature: heldout154).
 */
export const EARLY_MONTH = 2;
/**
 * A publication date after its label (rules/years.yaml `published`): its year and month are read,
 * also in the next cell of a web page's table (发布日期: | 2024-01-25).
 */
export const DATE_AFTER_LABEL = '[:]?\\s*(?:\\|\\s*)?(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})';
