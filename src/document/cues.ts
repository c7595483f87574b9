/**
 * Cue tables of the document stage that are still code (the cues of section kinds are in
 * rules/sections.yaml, those of what a document is in rules/documents.yaml, the wording of place
 * names in rules/reporters.yaml, that of years in rules/years.yaml; see ./wording.ts). Regexes are anchored or bounded so that every
 * use stays linear in the text length.
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

/** Lines that are web-page chrome or the closing of a report, not its body. */
export const CLOSING_LINE = [
  /^特此(?:报告|汇报)/,
  /^(?:主办|承办|协办)单位/,
  /^版权所有/,
  /ICP备|公网安备|网站标识码/,
  /^(?:相关)?附件[:]?$/,
  /^(?:来源|信息来源|责任编辑|编辑|审核)[:]/,
];
/** After a closing line, no line of the body is longer than this. */
export const CLOSING_MAX_LINE = 100;

/** A date alone on a line, also with lost characters (2020123日). */
export const DATE_LINE = /^(?:\d{4}年\d{1,2}月\d{1,2}日|\d{5,8}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$/;

/** Web-page chrome at the top of a page: never a title. */
export const CHROME_LINE = /当前位置|>|^(?:字体|分享|日期|发布|打印|关闭|来源|浏览|阅读|请输入|索引号|发文)/;
/** A document title names what the document is. */
export const TITLE_WORDS = /报告|汇报|总结|方案|要点|规划|计划|情况/;
/** A report dated in these months or later reports on that year; dated earlier, on the year before. */
export const LATE_MONTH = 10;
/** Where a publication date is stated (日期:2020-02-18, 发布时间:2024年3月1日). */
export const PUBLICATION_DATE = /(?:日期|发布时间|发布日期|成文日期|时间)[:]?\s*(\d{4})\s*[-/.年]\s*(\d{1,2})/;
