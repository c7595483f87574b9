import { foldCharacters } from './fold.js';
import { MAX_BOILERPLATE_LINE_CHARS } from './limits.js';

/**
 * Web-page chrome that portals print around a report. Every rule matches a whole short
 * line (tested on the folded line: ASCII punctuation, simplified characters), so the
 * report's own sentences are never touched. All regexes are anchored and free of nested
 * quantifiers: linear time on any input.
 */
interface LineRule {
  pattern: RegExp;
  /** the rule only applies to lines up to this many characters */
  maxChars: number;
}

const LINE_RULES: readonly LineRule[] = [
  // breadcrumb trails: 当前位置:首页 > 政务公开 > …
  { pattern: /^(当前位置|您的位置|您现在的位置|您当前的位置|您所在的位置|当前的位置|所在位置)\s*:/, maxChars: 200 },
  { pattern: /^(网站)?首页\s*(>|»|›|→|\/)/, maxChars: 200 },
  // text size switchers: 字体:[大] [中] [小] / 字号:【默认 超大】
  { pattern: /^(字体|字号)\s*:?\s*[[【(]?\s*(大|中|小|默认|超大|特大|较大|标准|A)/, maxChars: 40 },
  // share bars, with or without the platform list
  { pattern: /^分享(到|至)?\s*:/, maxChars: 80 },
  // site footers
  { pattern: /^(版权所有|主办单位|承办单位|协办单位|技术支持|运维单位|网站维护|主办|承办)\s*:/, maxChars: 150 },
  { pattern: /(版权所有|ICP备|公网安备|网站标识码|Copyright|©)/i, maxChars: 150 },
  { pattern: /^(本网站|本站)?(违法和?不良信息)?(举报电话|联系电话|举报邮箱|联系邮箱|电子邮箱|联系我们|联系地址|网站地图)\s*:/, maxChars: 120 },
  // counters
  { pattern: /^(浏览次数|阅读次数|点击数|点击量|点击次数|访问量|访问次数|浏览量|阅读量|浏览)\s*:?\s*\d*\s*(次)?$/, maxChars: 30 },
  // a lone source line without a date (lines with a date stay: the document stage reads them)
  { pattern: /^(信息)?来源\s*:[^\d]*$/, maxChars: 40 },
  { pattern: /^(上一篇|下一篇|上一条|下一条)\s*:?/, maxChars: 150 },
  { pattern: /^(相关附件|附件下载)\s*:?$/, maxChars: 20 },
  { pattern: /^(扫一扫|扫码|扫描二维码|用手机扫描|手机扫描)/, maxChars: 40 },
  { pattern: /^(请输入(检索词|关键字|关键词|搜索内容|搜索关键词)|站内搜索|全站搜索|全文检索|高级检索)/, maxChars: 30 },
];

/** Words that, when a line is made only of them, make it site chrome (e.g. 【打印本页】【关闭窗口】). */
const CHROME_WORDS = new Set([
  '大',
  '中',
  '小',
  '默认',
  '超大',
  '特大',
  '较大',
  '标准',
  '字体',
  '字号',
  'A',
  'A+',
  'A-',
  '分享',
  '分享到',
  '分享至',
  '微信',
  '微博',
  '朋友圈',
  '微信朋友圈',
  'QQ',
  'QQ空间',
  'QQ好友',
  '新浪微博',
  '腾讯微博',
  '人人网',
  '豆瓣',
  '打印',
  '打印本页',
  '打印此页',
  '打印文章',
  '关闭',
  '关闭窗口',
  '关闭本页',
  '收藏',
  '加入收藏',
  '返回顶部',
  '顶部',
  '返回',
  '返回首页',
  '纠错',
  '我要纠错',
  '保存',
  '下载',
  '扫一扫',
  '展开',
  '收起',
  '展开全文',
  '全文',
  '相关附件',
  '搜索',
  '检索',
  '微信公众号',
  '政务微博',
  '官方微博',
  '手机版',
  '移动端',
  '移动版',
  '客户端',
  '无障碍',
  '无障碍浏览',
  '长者模式',
  '关怀版',
  '适老化',
  '简体',
  '繁体',
  '繁體',
  '简',
  '繁',
  'English',
  '登录',
  '注册',
  '上一篇',
  '下一篇',
  '视力保护色',
]);

/** Separators between chrome words: spaces, brackets, bars, colons, dots. */
const CHROME_SEPARATORS = /[\s|丨·•/、【】[\]()<>《》:;,]+/;

/** True when the trimmed line is site chrome rather than report text. */
export function isBoilerplateLine(trimmed: string): boolean {
  if (trimmed.length === 0 || trimmed.length > MAX_BOILERPLATE_LINE_CHARS) return false;
  const line = foldCharacters(trimmed);
  if (LINE_RULES.some((rule) => line.length <= rule.maxChars && rule.pattern.test(line))) return true;
  const words = line.split(CHROME_SEPARATORS).filter((word) => word.length > 0);
  // A lone one-character word (大, 中) is too weak a sign on its own.
  if (words.length === 1 && words[0]!.length < 2) return false;
  return words.length > 0 && words.every((word) => CHROME_WORDS.has(word));
}
