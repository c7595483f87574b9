/**
 * Cue tables of the document stage that are still code (the cues of section kinds are in
 * rules/sections.yaml, those of what a document is in rules/documents.yaml, see ./wording.ts). Regexes are anchored or bounded so that every use stays
 * linear in the text length.
 */
import type { Level } from './types.js';

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

/** Administrative units by the suffix of their name, longest first. */
export const UNIT_SUFFIXES: ReadonlyArray<readonly [string, Level]> = [
  ['街道办事处', 'street'],
  ['特别行政区', 'province'],
  ['自治区', 'province'],
  ['自治州', 'city'],
  ['自治县', 'county'],
  ['自治旗', 'county'],
  ['民族乡', 'township'],
  ['开发区', 'district'],
  ['新区', 'district'],
  ['地区', 'city'],
  ['街道', 'street'],
  ['苏木', 'township'],
  ['省', 'province'],
  ['市', 'city'],
  ['州', 'city'],
  ['盟', 'city'],
  ['县', 'county'],
  ['旗', 'county'],
  ['区', 'district'],
  ['街', 'street'],
  ['镇', 'township'],
  ['乡', 'township'],
];
/** Units that can stand in front of a lower unit in a full name (重庆市荣昌区). */
export const PARENT_SUFFIXES = ['省', '自治区', '市', '自治州', '州', '地区', '盟', '县'];
/** Municipalities directly under the central government report as provinces. */
export const MUNICIPALITIES = ['北京市', '天津市', '上海市', '重庆市'];
/** Party committees of a place are the place itself, not a department (区委, 党工委). */
export const PLACE_COMMITTEE_SUFFIX = /(?:党工委|工委|党委|省委|市委|县委|区委|旗委|镇委|乡委)$/;
/** A name never starts with these (全区, 我区, 本县 are self-references, not names). */
export const GENERIC_NAME_START = /^[全我本该各此其每]/;
/** Characters no unit name holds (在县委领导下, 按照省里部署, 对区直部门): a name read by its suffix stops there. */
export const NOT_IN_NAME = /[在按据的对把]/;
/**
 * A clause that names the superiors a report works under (在市委、市政府的坚强领导下, 在省、市司法
 * 行政部门的有力指导下): places in it are not the reporting body.
 */
export const SUPERIOR_CLAUSE = /在[^。;,]{0,40}?(?:领导|指导|支持|监督|关心|帮助|关怀)下/g;

/**
 * Self-references that give the level when no place is named. Only 全X/我X/本X: "省政府" or
 * "市委" are as often a superior mentioned in passing.
 */
export const SELF_REFERENCES: ReadonlyArray<readonly [Level, RegExp]> = [
  ['province', /全省|我省|本省/g],
  ['city', /全市|我市|本市/g],
  ['county', /全县|我县|本县|全旗|我旗/g],
  ['district', /全区|我区|本区/g],
  ['street', /全街|我街|本街道|全街道/g],
  ['township', /全镇|我镇|本镇|全乡|我乡|本乡/g],
  ['department', /我局|本局|我委|本委|我厅|本厅|局党组|委党组|厅党组/g],
];

/**
 * A city report speaks of its districts and counties; a county-level city (义乌市) of its
 * towns and streets. Used to tell the two apart when the place ends with 市.
 */
export const CITY_SUBORDINATES = /县\(市、区\)|县\(市\)区|区\(市\)|区县|县区|各区市|市辖区|各县/;
export const COUNTY_SUBORDINATES = /镇街|镇\(街道\)|乡镇\(街道\)|乡\(镇\)|各镇|各乡镇|镇\(街\)/;

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

/** Plan words after a year in a title: "2021年工作计划" is not the reported year. */
export const PLAN_YEAR_FOLLOWER = /^(?:年)?(?:度)?(?:的)?(?:工作)?(?:推进法治政府建设)?(?:工作)?(?:计划|打算|安排|思路|要点|重点)/;

/** A signature line: the reporting body alone on a line, near the end. */
export const SIGNATURE_LINE = /^(?:中共)?[\u4e00-\u9fa5]{2,30}(?:人民政府|政府|办事处|局|委员会|委|厅|办公室|党工委)$/;
/** A date alone on a line, also with lost characters (2020123日). */
export const DATE_LINE = /^(?:\d{4}年\d{1,2}月\d{1,2}日|\d{5,8}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$/;

/** Web-page chrome at the top of a page: never a title. */
export const CHROME_LINE = /当前位置|>|^(?:字体|分享|日期|发布|打印|关闭|来源|浏览|阅读|请输入|索引号|发文)/;
/** A document title names what the document is. */
export const TITLE_WORDS = /报告|汇报|总结|方案|要点|规划|计划|情况/;
/** A sentence of the opening paragraph that starts with a year: "2022年,在市委…", "…保证。2022年,全县…". */
/** An opening paragraph that starts with the year it looks back on (a plan starts from its purpose: 为…). */
export const OPENING_YEAR_START = /^\s*(?:19|20)\d{2}年(?:度|以来)?[,,]/;
export const OPENING_YEAR_CLAUSE = /(?:^|[。;!])\s*((?:19|20)\d{2})年(?:度|以来)?[,,]/;
/** The report names its year where it hands itself over: 现将2025年度法治政府建设情况报告如下, 现将《2022年…工作总结》呈报. */
export const REPORTED_YEAR = /现将[^。]{0,24}?((?:19|20)\d{2})年度?[^。]{0,30}?(?:报告|汇报|总结)/;
/** The opening speaks of the current year: the report is dated in the year it reports on. */
export const CURRENT_YEAR = /今年以来|今年[,,]|本年度|本年以来/;
/** A report dated in these months or later reports on that year; dated earlier, on the year before. */
export const LATE_MONTH = 10;
/** Where a publication date is stated (日期:2020-02-18, 发布时间:2024年3月1日). */
export const PUBLICATION_DATE = /(?:日期|发布时间|发布日期|成文日期|时间)[:]?\s*(\d{4})\s*[-/.年]\s*(\d{1,2})/;
