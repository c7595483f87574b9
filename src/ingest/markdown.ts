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
 * a footnote's mark raised after a figure no digit of it; a phrase element's tags nothing of themselves,
 * a picture no text (<img src="…/2023/fig12.png" width="35"> was read as written, its figures with it).
 * An element hidden so holds no markup here (what does stands as written).
 */
const ATTRIBUTE = String.raw`\s+[\w:-]{1,40}(?:\s*=\s*(?:"[^"<>]{0,300}"|'[^'<>]{0,300}'|[^\s"'<>]{1,300}))?`;
const HIDDEN_ELEMENT = new RegExp(
  String.raw`<([a-z][a-z0-9]{0,15})(?:${ATTRIBUTE}){0,20}?\s+hidden(?:\s*=\s*(?:"[^"<>]{0,40}"|'[^'<>]{0,40}'|[\w-]{1,40}))?(?:${ATTRIBUTE}){0,20}\s*>[^<]{0,2000}</\1\s*>`,
  'gi',
);
const RAISED = /<(sup|sub)>([^<]{1,20})<\/\1>/gi;
const PHRASE_TAG =
  /<\/?(?:span|font|b|i|u|em|strong|mark|small|big|a|abbr|cite|q|kbd|code|var|samp|dfn|time|data|bdi|bdo|ins|sup|sub|img|picture|source)(?:\s[^<>]{0,500})?>/gi;
/** A code block's fence: its lines are shown, the fence is not. */
const FENCE_MARK = /^[ \t]{0,3}(`{3,}|~{3,})/;
const FENCE = new RegExp(`${FENCE_MARK.source}[^\\n]*$`, 'gm');
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

/**
 * The elements whose tag opening a line starts an HTML block (CommonMark 4.6, its start conditions 1
 * and 6): a viewer renders the block as a browser renders markup.
 */
const BLOCK_NAMES =
  'address|article|aside|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|' +
  'h[1-6]|header|hr|html|legend|li|main|menu|nav|ol|p|pre|script|search|section|style|summary|table|tbody|td|textarea|tfoot|th|thead|tr|ul';
const HTML_BLOCK_START = new RegExp(String.raw`^ {0,3}<\/?(?:${BLOCK_NAMES})(?=[\s/>]|$)`, 'im');
const BLOCK_TAG = new RegExp(String.raw`<(\/?)(${BLOCK_NAMES})(?=[\s/>])[^<>]{0,2000}?(\/?)>`, 'gi');
/** Elements with no end tag. */
const VOID_BLOCKS = new Set(['hr', 'col']);
/** A line of a chunk of markup: a tag, a comment or a declaration opens it. */
const MARKUP_LINE = /^ {0,3}<[a-z/!?]/i;

/** Whether a Markdown text holds an HTML block (see markdownAsText). */
export const holdsHtmlBlock = (text: string): boolean => HTML_BLOCK_START.test(text);

/**
 * A Markdown text as a viewer shows it. With `readHtml` (the page reader's, for a text that holds an
 * HTML block), its HTML blocks are read as that reader reads markup (see withHtmlBlocksRead).
 */
export function markdownAsText(text: string, readHtml?: (html: string) => string): string {
  const uncommented = text.replace(HTML_COMMENT, '');
  return (readHtml ? withHtmlBlocksRead(uncommented, readHtml) : uncommented)
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

/**
 * A Markdown text with its HTML blocks (<div>, <p align="center">, <table>, <details>) read as a browser
 * shows them: their tags were read as text, and what they hid (<div hidden><p>…</p></div>, a closed
 * <details>'s body) as shown. A block runs, as CommonMark has it, to a blank line, and on to the end
 * tag of an element it opens, so that the Markdown paragraphs an element wraps (a <details>'s, set apart
 * by blank lines) are read inside it, each line a paragraph of its own, as its lines stand in the text.
 */
function withHtmlBlocksRead(text: string, readHtml: (html: string) => string): string {
  const lines = text.split('\n');
  const fenced = fencedLines(lines);
  const closedAt = closingLines(lines, fenced);
  const out: string[] = [];
  for (let start = 0; start < lines.length; start++) {
    if (fenced[start] || !HTML_BLOCK_START.test(lines[start]!)) {
      out.push(lines[start]!);
      continue;
    }
    let end = start;
    for (let line = start; line <= end || (line < lines.length && lines[line]!.trim() !== ''); line++) end = Math.max(end, line, closedAt.get(line) ?? line);
    const markup: string[] = [];
    let chunkIsMarkup = true;
    for (let line = start; line <= end; line++) {
      const written = lines[line]!;
      if (written.trim() === '') continue;
      if (line === start || lines[line - 1]!.trim() === '') chunkIsMarkup = MARKUP_LINE.test(written);
      markup.push(chunkIsMarkup ? written : `<p>${written}</p>`);
    }
    if (out.length > 0 && out.at(-1)!.trim() !== '') out.push('');
    out.push(readHtml(markup.join('\n')));
    start = end;
  }
  return out.join('\n');
}

/** Which lines stand in a fenced code block (its fences too), shown as written. */
function fencedLines(lines: readonly string[]): boolean[] {
  let fence: string | undefined;
  return lines.map((line) => {
    const mark = FENCE_MARK.exec(line)?.[1];
    if (fence === undefined) {
      fence = mark;
      return mark !== undefined;
    }
    if (mark !== undefined && mark[0] === fence[0] && mark.length >= fence.length) fence = undefined;
    return true;
  });
}

/**
 * For each line that opens a block element, the last line on which one it opens ends (an element
 * never ended is left out): one pass over the tags, their names kept on a stack.
 */
function closingLines(lines: readonly string[], fenced: readonly boolean[]): Map<number, number> {
  const closedAt = new Map<number, number>();
  const open: Array<{ name: string; line: number }> = [];
  const openCount = new Map<string, number>();
  lines.forEach((text, line) => {
    if (fenced[line] || !text.includes('<')) return;
    for (const [, closing, tagName, selfClosing] of text.matchAll(BLOCK_TAG)) {
      const name = tagName!.toLowerCase();
      if (!closing) {
        if (selfClosing || VOID_BLOCKS.has(name)) continue;
        open.push({ name, line });
        openCount.set(name, (openCount.get(name) ?? 0) + 1);
        continue;
      }
      if (!openCount.get(name)) continue;
      // an end tag ends the elements opened inside its own and left open, as a browser ends them
      for (let element = open.pop(); element !== undefined; element = open.pop()) {
        openCount.set(element.name, openCount.get(element.name)! - 1);
        closedAt.set(element.line, Math.max(closedAt.get(element.line) ?? line, line));
        if (element.name === name) break;
      }
    }
  });
  return closedAt;
}
