/**
 * A Markdown report read as a viewer shows it, beyond the markup of a line read for every text
 * (headings, quotations, inline links, strong emphasis, tables: ./normalise.ts): what a viewer
 * does not show (comments, link definitions, a note's mark, fences) was read with the report, an
 * address's figures as years and counts; a struck figure beside the figure that replaced it.
 */
const HTML_COMMENT = /<!--[^]*?-->/g;
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
