/**
 * A Markdown report read as a viewer shows it, beyond the markup of a line read for every text
 * (headings, quotations, inline links, strong emphasis, tables: ./normalise.ts): what a viewer
 * does not show (comments, link definitions, a note's mark, fences) was read with the report, an
 * address's figures as years and counts; a struck figure beside the figure that replaced it.
 */
import { isFootnoteMark } from './footnote-marks.js';

const HTML_COMMENT = /<!--[^]*?-->/g;
/**
 * Inline HTML, which a viewer renders as a browser does (see html.ts): an element with the hidden
 * attribute shows nothing, hidden="until-found" too (1<span hidden>9</span>2件 was read with its tags, 2件);
 * a footnote's mark raised after a figure no digit of it; a phrase element's tags nothing of themselves.
 * An element hidden so holds no markup here (what does stands as written).
 */
const ATTRIBUTE = String.raw`\s+[\w:-]{1,40}(?:\s*=\s*(?:"[^"<>]{0,300}"|'[^'<>]{0,300}'|[^\s"'<>]{1,300}))?`;
const HIDDEN_ELEMENT = new RegExp(
  String.raw`<([a-z][a-z0-9]{0,15})(?:${ATTRIBUTE}){0,20}?\s+hidden(?:\s*=\s*(?:"[^"<>]{0,40}"|'[^'<>]{0,40}'|[\w-]{1,40}))?(?:${ATTRIBUTE}){0,20}\s*>[^<]{0,2000}</\1\s*>`,
  'gi',
);
const RAISED = /<(sup|sub)>([^<]{1,20})<\/\1>/gi;
const PHRASE_TAG = /<\/?(?:span|font|b|i|u|em|strong|mark|small|big|a|abbr|cite|q|kbd|code|var|samp|dfn|time|data|bdi|bdo|ins|sup|sub)(?:\s[^<>]{0,500})?>/gi;
/** A code block's fence: its lines are shown, the fence is not. */
const FENCE = /^[ \t]{0,3}(?:`{3,}|~{3,})[^\n]*$/gm;
/**
 * A link's definition ([1]: https://… "title"), shown nowhere: its address and its title may each
 * stand on a line of their own, as CommonMark allows. An address holds no Chinese: [注]: 数据来源于… is
 * a note a viewer shows, no definition.
 */
const LINK_DEFINITION =
  /^[ \t]{0,3}\[(?!\^)[^\]\n]{1,200}\]:[ \t]*\n?[ \t]*(?:<[^<>\n]*>|[^\s<\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+)(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$/gm;
/** A footnote's label before its text ([^1]: 含…), and its mark in the text: a note's number beside a figure joined it. */
const NOTE_LABEL = /^[ \t]{0,3}\[\^[^\]\n]{1,50}\]:[ \t]*/gm;
const NOTE_MARK = /\[\^[^\]\n]{1,50}\]/g;
/** A link by reference ([text][1], [text][]), read as its text; a picture so (![alt][1]) as nothing. */
const REFERENCE_LINK = /(!?)\[([^\]\n]{0,500})\]\[[^\]\n]{0,200}\]/g;
const LINE_BREAK_TAG = /<br\s*\/?>/gi;
/** Struck text (~~15件~~12件), withdrawn as struck text is in a Word document or a web page. */
const STRUCK = /~~(?=\S)[^~\n]{1,200}?~~/g;
/** Emphasis by one asterisk or two underscores, not a product of figures (3*4). */
const EMPHASIS = /(?<![\d*\\])\*(?=[^\s*])([^*\n]{1,200}?)(?<=[^\s*\\])\*(?![\d*])|(?<!\w)__(?=\S)([^_\n]{1,200}?)(?<=\S)__(?!\w)/g;
/** A character escaped to be read as itself (\*, \_, \#). */
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!|>~])/g;

export function markdownAsText(text: string): string {
  return text
    .replace(HTML_COMMENT, '')
    .replace(HIDDEN_ELEMENT, '')
    .replace(RAISED, (_, _tag: string, mark: string, at: number, whole: string) => (isFootnoteMark(mark, textBefore(whole, at)) ? '' : mark))
    .replace(PHRASE_TAG, '')
    .replace(FENCE, '')
    .replace(LINK_DEFINITION, '')
    .replace(NOTE_LABEL, '')
    .replace(NOTE_MARK, '')
    .replace(REFERENCE_LINK, (_, picture: string, linkText: string) => (picture ? '' : linkText))
    .replace(LINE_BREAK_TAG, '\n')
    .replace(STRUCK, '')
    .replace(EMPHASIS, (_, starred: string | undefined, underscored: string | undefined) => starred ?? underscored ?? '')
    .replace(ESCAPED, '$1');
}

/** The text just before `at`, its tags left out (km</b><sup>2</sup> is a power after a letter). */
const textBefore = (text: string, at: number): string => text.slice(Math.max(0, at - 60), at).replace(/<[^<>]*>/g, '');
