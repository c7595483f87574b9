import { altHeading } from './alt-headings.js';
import { LINE_SEPARATOR, withLineBreaksInSentencesRead, withPageBreaksInFiguresJoined } from './line-breaks.js';

/**
 * A Markdown report read as a viewer shows it, beyond the markup of a line read for every text
 * (headings, quotations, inline links, strong emphasis, tables: ./normalise.ts): what a viewer
 * does not show (comments, link definitions, a note's mark, fences) was read with the report, an
 * address's figures as years and counts; a struck figure beside the figure that replaced it.
 */
const HTML_COMMENT = /<!--[^]*?-->/g;
/**
 * A comment never closed: a viewer hides all after a line it opens (CommonMark's HTML block runs to its end
 * tag), and shows one opened in a line's middle as text. Either way the report after it is shown: it is read to
 * the end of the paragraph the comment opens, and its mark goes from a line's middle (<!-- 待核实 stood as text).
 */
const UNCLOSED_COMMENT = /^[ \t]{0,3}<!--.*(?:\n(?![ \t]*$).*)*|<!--[ \t]*/gm;
/**
 * A tag in a line of Markdown (not an autolink, <https://…>): a viewer renders inline HTML as a browser
 * does (see withMarkupRead).
 */
const INLINE_TAG = /<\/?[a-z][a-z0-9-]{0,30}(?:[\s/][^<>]{0,2000})?>/i;
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
/** A footnote's definition on a line of its own ([^1]: 含…审结的28件。), its label and its text. */
const NOTE_DEFINITION = /^[ \t]{0,3}\[\^([^\]\n]{1,50})\]:[ \t]*(\S[^\n]{0,500})\n?/gm;
/**
 * A footnote's mark and the rest of its clause (31[^1]件, up to the comma), or of its table cell (a bar ends it: a note
 * read after the row's last bar stood as a cell of its own, the row no table's).
 */
const NOTE_MARK_IN_CLAUSE = /\[\^([^\]\n]{1,50})\]([^,，;；。!！?？\n[|]{0,200})/g;
const NOTE_MARK_ID = /\[\^([^\]\n]{1,50})\]/g;

/**
 * The text with each footnote read where its mark stands, in brackets at the end of its clause (办理行政复议案件31件[^1],…
 * reads 办理行政复议案件31件（数据截至…,含审结的28件。）,…): a reader follows the mark to the note, which speaks of what
 * the mark hangs on; read at the end, its figures lost their subject, and read after the sentence, the subject of the
 * sentence's last clause. (A Word document's note is read after its sentence, docx.ts: its notes are paragraphs, often
 * of sentences with subjects of their own, that a bracket in the middle of a clause lost.) A note whose mark is not in
 * the text stays where it was written; a second mark of the same note is left to be dropped.
 */
function notesAtMarks(text: string): string {
  if (!text.includes('[^')) return text;
  const notes = new Map<string, string>();
  for (const m of text.matchAll(NOTE_DEFINITION)) if (!notes.has(m[1]!)) notes.set(m[1]!, m[2]!.trim());
  if (notes.size === 0) return text;
  const marked = new Set([...text.replace(NOTE_DEFINITION, '').matchAll(NOTE_MARK_ID)].map((m) => m[1]!));
  const placed = new Set<string>();
  return text
    .replace(NOTE_DEFINITION, (whole: string, id: string) => (marked.has(id) ? '' : whole))
    .replace(NOTE_MARK_IN_CLAUSE, (whole: string, id: string, rest: string) => {
      const note = notes.get(id);
      if (note === undefined || placed.has(id)) return whole;
      placed.add(id);
      // before the blanks a cell's bar follows
      return `${rest.trimEnd()}（${note}）${rest.slice(rest.trimEnd().length)}`;
    });
}
/**
 * A note written where it stands (Pandoc's inline note, 12^[含部门文件3件。]件), its text holding brackets one deep at
 * most, and the rest of its clause. Left in place, its text parted the figure before it from its counting word (the
 * note's own figures read as the report's, 12 as no count); it is read as a footnote is, at the end of its clause.
 */
const INLINE_NOTE = /\^\[((?:[^[\]\n]|\[[^[\]\n]*\]){1,500})\]([^,，;；。!！?？\n[^|]{0,200})/g;
const inlineNotesAtClauseEnds = (text: string): string =>
  text.includes('^[')
    ? text.replace(INLINE_NOTE, (_, note: string, rest: string) => `${rest.trimEnd()}（${note.trim()}）${rest.slice(rest.trimEnd().length)}`)
    : text;
/**
 * Pandoc's markup beyond CommonMark, as it writes a Word document converted to Markdown: a fenced div's lines (::: and
 * its attributes, a custom-style's paragraph), a bracketed span's brackets and attributes ([12]{.underline}件, an
 * underline or a highlight in Word), a heading's attributes (# 一、主要举措 {#sec-1}) and a picture's or a link's
 * ({width="5in"}), attributes opening with an identifier, a class or a key=. None is shown: read as written, they stood
 * in the report's lines, a figure in brackets no count.
 */
const FENCED_DIV = /^[ \t]{0,3}:{3,}(?:[ \t]*\{[^{}\n]{0,300}\}|[ \t]*[\w-]{1,50})?[ \t]*:*[ \t]*(?:\n|$)/gm;
const BRACKETED_SPAN = /(?<![!\]\\])\[((?:[^[\]\n]|\[[^[\]\n]*\]){1,500})\]\{[ \t]*(?:[.#]|[\w-]{1,50}=)[^{}\n]{0,300}\}/g;
const HEADING_ATTRIBUTES = /^([ \t]{0,3}#{1,6}[ \t].*?)[ \t]+\{(?:[#.][^{}\n]{0,300}|-)\}[ \t]*$/gm;
const PICTURE_OR_LINK_ATTRIBUTES = /(\]\([^()\n]{0,2000}\))\{[ \t]*(?:[.#]|[\w-]{1,50}=)[^{}\n]{0,300}\}/g;
const withoutPandocAttributes = (text: string): string =>
  text.includes(':::') || text.includes(']{') || text.includes('{#') || text.includes('{.') || text.includes('{-}')
    ? text.replace(FENCED_DIV, '').replace(HEADING_ATTRIBUTES, '$1').replace(PICTURE_OR_LINK_ATTRIBUTES, '$1').replace(BRACKETED_SPAN, '$1')
    : text;

/** A link by reference ([text][1], [text][]), read as its text; a picture so (![alt][1]) as nothing. */
const REFERENCE_LINK = /(!?)\[([^\]\n]{0,500})\]\[[^\]\n]{0,200}\]/g;
/**
 * A picture by reference shows nothing, unless it stands alone on its line for a heading drawn as a banner
 * (./alt-headings.ts): its alt text is the heading, as a picture's by address (./normalise.ts).
 */
function referencePictureText(picture: string, alt: string, at: number, text: string): string {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at + picture.length);
  const alone = text.slice(lineStart, at).trim() === '' && text.slice(at + picture.length, lineEnd < 0 ? text.length : lineEnd).trim() === '';
  return alone ? (altHeading(alt) ?? '') : '';
}
/**
 * Code (`17`件, ``a`b``): its text, as a viewer shows it in its font, without the backticks around it, and a blank either
 * side of it taken as the backticks' padding (CommonMark 6.1). The backticks stood in the sentence, between a figure and
 * its unit (`17`件 had no 17件).
 */
const CODE_SPAN = /(?<![`\\])(`{1,3})(?!`)([^`\n]|[^\n]*?[^`\n])\1(?!`)/g;
const asCode = (_: string, __: string, code: string): string =>
  code.length > 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '' ? code.slice(1, -1) : code;
/**
 * An autolink (<https://…>, <mailto:…>, <fzb@….gov.cn>): a viewer shows its address as a link, without the angle
 * brackets, which stood in the sentence (详见<https://…>). One in code (`<https://…>`) is shown as written.
 */
const AUTOLINK =
  /(?<!`)<((?:[a-z][a-z0-9+.-]{1,31}:[^\s<>`]*)|[\w.!#$%&'*+/=?^{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*)>(?!`)/gi;
/**
 * A wiki link (Obsidian's, Logseq's: [[附件一]], [[附件一|统计表]]), shown as its label or else its target; an embed
 * (![[图1.png]]) as nothing. The brackets stood in the sentence, the bar read as a table's border.
 */
const WIKI_LINK = /(!?)\[\[([^[\]|\n]{1,200})(?:\|([^[\]\n]{1,200}))?\]\]/g;
const asWikiLink = (_: string, embed: string, target: string, label: string | undefined): string => (embed ? '' : (label ?? target));
/**
 * A task list's item (- [x] 已完成, 1. [ ] 待办): a viewer shows a box, ticked or not, and no bullet; written as ☑ and
 * ☐, which a checklist's reading takes for a task done or not (rules/layout.yaml's task_mark). The brackets stood in
 * the line, an item not ticked (- [ ] 办理行政复议案件52件) read as one done.
 */
const TASK_ITEM = /^([ \t]{0,12})(?:[-*+]|(\d{1,9}[.)]))[ \t]+\[([ xX])\](?=[ \t])/gm;
const asTaskItem = (_: string, indent: string, number: string | undefined, box: string): string =>
  `${indent}${number === undefined ? '' : `${number} `}${box === ' ' ? '\u2610' : '\u2611'}`;
/**
 * A callout's or an alert's mark opening a quotation (GitHub's > [!NOTE], Obsidian's > [!tip]- 说明): a viewer shows a
 * box of that kind under the title given after the mark, if any, and not the mark, which stood as a line ([!NOTE]).
 */
const CALLOUT = /^( {0,3}(?:>[ \t]?)+)\[![a-z][\w-]{0,30}\][-+]?[ \t]*/gim;
/** Struck text (~~15件~~12件), withdrawn as struck text is in a Word document or a web page. */
const STRUCK = /~~(?=\S)[^~\n]{1,200}?~~/g;
/** Emphasis by one asterisk or two underscores, not a product of figures (3*4). */
const EMPHASIS = /(?<![\d*\\])\*(?=[^\s*])([^*\n]{1,200}?)(?<=[^\s*\\])\*(?![\d*])|(?<!\w)__(?=\S)([^_\n]{1,200}?)(?<=\S)__(?!\w)/g;
/**
 * Text marked by two equals signs (==380==): a highlight, as Typora, Obsidian and markdown-it's mark plugin show it, the
 * marks not shown. Left in, they stood between a figure and its unit (培训执法人员==380==人次: no 380 人次 read).
 */
const HIGHLIGHT = /(?<![=\\])==(?=[^\s=])([^=\n]{1,200}?)(?<=[^\s=\\])==(?!=)/g;
/**
 * A character escaped to be read as itself: CommonMark's any ASCII punctuation (\*, \_, \#, and \% \, \$ as Pandoc
 * and Typora write them). The backslash stood in the figure (1\,360件, 99.5\%) when only Markdown's own marks were read so.
 */
const ESCAPED = /\\([!-/:-@[-`{-~])/g;
/**
 * A bar escaped inside a table's cell (审查\|备案) is the cell's text, no border: written as a full-width bar, which the
 * reading of tables takes for a border only between a label and figures. As a bar, it split the cell in two.
 */
const asEscaped = (_: string, char: string): string => (char === '|' ? FULL_WIDTH_BAR : char);
const FULL_WIDTH_BAR = '\uFF5C';

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

/** Whether a Markdown text holds markup, a block of it or a tag in a line (see markdownAsText). */
export const holdsMarkup = (text: string): boolean => HTML_BLOCK_START.test(text) || INLINE_TAG.test(text);

/** The page reader's, for a Markdown text (see withMarkupRead): the text a fragment shows, and that each of several lines shows. */
export interface MarkupReader {
  fragment(html: string): string;
  lines(lines: readonly string[]): string[];
}

/**
 * A Markdown text as a viewer shows it. With `read` (the page reader's, for a text that holds markup),
 * its markup is read as that reader reads it (see withMarkupRead).
 */
export function markdownAsText(text: string, read?: MarkupReader): string {
  const uncommented = withDefinitionsRead(
    withBreaksInFiguresJoined(
      withQuotationsRead(
        withoutPandocAttributes(text.replace(HTML_COMMENT, '').replace(UNCLOSED_COMMENT, '').replace(CALLOUT, '$1').replace(TASK_ITEM, asTaskItem)),
      ),
    ),
  );
  return notesAtMarks(inlineNotesAtClauseEnds(read ? withMarkupRead(uncommented, read) : uncommented))
    .replace(FENCE, '')
    .replace(LINK_DEFINITION, '')
    .replace(NOTE_LABEL, '')
    .replace(NOTE_MARK, '')
    .replace(REFERENCE_LINK, (link: string, picture: string, linkText: string, at: number, all: string) =>
      picture ? referencePictureText(link, linkText, at, all) : linkText,
    )
    .replace(AUTOLINK, '$1')
    .replace(WIKI_LINK, asWikiLink)
    .replace(CODE_SPAN, asCode)
    .replace(STRUCK, '')
    .replace(HIGHLIGHT, '$1')
    .replace(EMPHASIS, (_, starred: string | undefined, underscored: string | undefined) => starred ?? underscored ?? '')
    .replace(ESCAPED, asEscaped);
}

/** A definition's line of a Pandoc definition list (: 17件, ~ 17件), its marker up to two blanks in. */
const DEFINITION_MARK = /^ {0,2}[:~][ \t]+(?=\S)/;
/** A line a Markdown block opens (a heading, a quotation, a list item, a row, a tag): no term of a definition list. */
const OPENS_BLOCK = /^[ \t]*(?:#|>|[-*+][ \t]|\d{1,3}[.)][ \t]|\||<)/;
/** A term read with its definition on one line: a label's length at most, and a value's. */
const MAX_TERM_CHARS = 30;
const MAX_DEFINITION_CHARS = 80;

/**
 * A Pandoc definition list (a term's line, then its definition's under it after a colon: 审查规范性文件⏎: 17件) as a
 * viewer shows it: without the colon that marks the definition (it stood before the figure), a short term and its one
 * short definition as one line (审查规范性文件：17件), as a page's <dl> is read; a longer or a second definition a line of
 * its own. A line opening with a colon under no term, or in a fence, is left as written.
 */
function withDefinitionsRead(text: string): string {
  if (!/^ {0,2}[:~][ \t]/m.test(text)) return text;
  const lines = text.split('\n');
  const fenced = fencedLines(lines);
  const out: string[] = [];
  // the lines of out that are definitions, joined to their term or of their own
  const definitions = new Set<number>();
  for (const [k, line] of lines.entries()) {
    const mark = fenced[k] ? null : DEFINITION_MARK.exec(line);
    // the line above, a blank line between them at most
    let above = out.length - 1;
    if (above >= 0 && out[above]!.trim() === '') above--;
    const term = above >= 0 ? out[above]! : '';
    if (!mark || term.trim() === '' || (!definitions.has(above) && OPENS_BLOCK.test(term))) {
      out.push(line);
      continue;
    }
    const definition = line.slice(mark[0].length).trim();
    if (!definitions.has(above) && [...term.trim()].length <= MAX_TERM_CHARS && [...definition].length <= MAX_DEFINITION_CHARS) {
      out.length = above + 1;
      out[above] = `${term.trim()}${/[:：]$/.test(term.trim()) ? '' : '：'}${definition}`;
      definitions.add(above);
    } else {
      out.push(definition);
      definitions.add(out.length - 1);
    }
  }
  return out.join('\n');
}

/**
 * A line break inside a paragraph: soft (a line end), or hard (after a backslash or two blanks), shown as a break.
 * Where it parts a figure or a figure and its unit (办理案件1⏎2件, 培训4\\⏎60人次, 纠错率8.⏎7%) it is the author's wrap
 * and the figure is read whole, as a page's <br> or a Word document's page break there is (each half was read apart:
 * 1, then 2件); where it parts a label in running prose from the figure it counts (全年审查规范性文件⏎17件，办理…) the
 * halves are read as one line, as a page's <br> there is (the figure stood on a line of its own without its label);
 * elsewhere the line keeps its end, and a hard break's backslash, which a viewer does not show, goes.
 */
function withBreaksInFiguresJoined(text: string): string {
  if (!HARD_BREAK.test(text) && !FIGURE_AT_END.test(text) && !LABEL_AT_END.test(text)) return text;
  const lines = text.split('\n');
  const fenced = fencedLines(lines);
  const out: string[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const above = out.length - 1;
    if (k === 0 || !goesOnParagraph(lines, fenced, k)) {
      out.push(line);
      continue;
    }
    const before = out[above]!;
    const written = before.replace(HARD_BREAK, '');
    const joined = withPageBreaksInFiguresJoined(`${written}\f${line.trimStart()}`);
    if (!joined.includes('\f', written.length)) {
      out[above] = joined;
      continue;
    }
    const labelled = withLineBreaksInSentencesRead(`${written}${LINE_SEPARATOR}${line.trimStart()}`);
    if (!labelled.includes(LINE_SEPARATOR)) out[above] = labelled;
    else {
      if (HARD_BREAK.test(before)) out[above] = before.replace(BACKSLASH_BREAK, '');
      out.push(line);
    }
  }
  return out.join('\n');
}

/** A quotation's markers opening a line (> , > > ), and one before a line's words rather than a bound's figure (>95%). */
const QUOTE_MARKERS = /^ {0,3}(?:>[ \t]?)+/;
const QUOTED_WORDS = /^ {0,3}(?:>[ \t]?)+(?=[^\s\d\uFF10-\uFF19=])/m;

/**
 * A quotation's lines without their markers, when one of its lines quotes words: a viewer shows none, and a line of the
 * quotation opening with a figure (> 17件，…, a paragraph's second line) kept its marker, read as a bound (>17件), where
 * a line's marker alone is taken off as a quotation's (./normalise.ts). A quotation's lines (a run of lines each opening
 * with a marker) are then its paragraph's, a label over its figure among them read as one line.
 */
function withQuotationsRead(text: string): string {
  if (!QUOTED_WORDS.test(text)) return text;
  const lines = text.split('\n');
  const fenced = fencedLines(lines);
  for (let start = 0; start < lines.length; start++) {
    if (fenced[start] || !QUOTE_MARKERS.test(lines[start]!)) continue;
    let end = start;
    while (end + 1 < lines.length && !fenced[end + 1] && QUOTE_MARKERS.test(lines[end + 1]!)) end++;
    const run = lines.slice(start, end + 1);
    if (run.some((line) => QUOTED_WORDS.test(line))) for (let k = start; k <= end; k++) lines[k] = lines[k]!.replace(QUOTE_MARKERS, '');
    start = end;
  }
  return lines.join('\n');
}

/** A hard break's mark at a line's end: a backslash (not one escaped), or two blanks or more. */
const HARD_BREAK = /(?:(?<!\\)\\| {2,})$/m;
const BACKSLASH_BREAK = /(?<!\\)\\$/;
/** A line ending in a figure, or in a label over a line opening with one: the cheap tests that spare most Markdown texts the walk. */
const FIGURE_AT_END = /\d[.\uFF0E]?$/m;
const LABEL_AT_END = /\p{Script=Han}\n[ \t]*\d/u;

/** Whether line `k` goes on the paragraph of the line above it: neither blank, fenced, a heading, a row or an HTML block. */
const goesOnParagraph = (lines: readonly string[], fenced: readonly boolean[], k: number): boolean =>
  isParagraphLine(lines, fenced, k) &&
  !fenced[k - 1] &&
  lines[k - 1]!.trim() !== '' &&
  !ATX_HEADING.test(lines[k - 1]!) &&
  !TABLE_ROW.test(lines[k - 1]!) &&
  !HTML_BLOCK_START.test(lines[k - 1]!);
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;

/**
 * A Markdown text with its markup read as a browser shows it. A line's inline HTML is read as a paragraph
 * of a page: an element hidden (1<span hidden><b>9</b></span>2件 was read 192件), a footnote's mark raised
 * after a figure, a picture, a phrase element's tags show nothing; <br> breaks the line. Its HTML blocks (<div>, <p align="center">, <table>, <details>) read as a browser
 * shows them: their tags were read as text, and what they hid (<div hidden><p>…</p></div>, a closed
 * <details>'s body) as shown. A block runs, as CommonMark has it, to a blank line, and on to the end
 * tag of an element it opens, so that the Markdown paragraphs an element wraps (a <details>'s, set apart
 * by blank lines) are read inside it, each line a paragraph of its own, as its lines stand in the text.
 */
function withMarkupRead(text: string, read: MarkupReader): string {
  const lines = text.split('\n');
  const fenced = fencedLines(lines);
  const closedAt = closingLines(lines, fenced);
  const out: string[] = [];
  // where each line with inline markup stands in `out`: all are read at once
  const tagged: Array<{ at: number; written: string }> = [];
  // a table's rows with inline markup, each cell read apart (see TABLE_ROW)
  const rows: Array<{ at: number; cells: string[] }> = [];
  for (let start = 0; start < lines.length; start++) {
    const written = lines[start]!;
    if (fenced[start] || !HTML_BLOCK_START.test(written)) {
      if (fenced[start] || !INLINE_TAG.test(written)) {
        out.push(written);
        continue;
      }
      if (TABLE_ROW.test(written)) {
        const cells = written.split(CELL_BORDER);
        for (const cell of cells) if (INLINE_TAG.test(cell)) tagged.push({ at: -1, written: cell });
        rows.push({ at: out.length, cells });
        out.push(written);
        continue;
      }
      // an element the line leaves open goes on over the paragraph's next lines, to its end tag or the paragraph's end
      let end = start;
      for (let open = elementsLeftOpen(written); open > 0 && isParagraphLine(lines, fenced, end + 1);) open += elementsLeftOpen(lines[++end]!);
      const paragraph = lines.slice(start, end + 1).join('\n');
      tagged.push({ at: out.length, written: paragraph });
      out.push(paragraph);
      start = end;
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
    out.push(read.fragment(markup.join('\n')));
    start = end;
  }
  const shown = read.lines(tagged.map(({ written }) => written));
  // its indentation kept: a nested list's item stays nested
  tagged.forEach(({ at, written }, i) => {
    if (at >= 0) out[at] = /^[ \t]*/.exec(written)![0] + shown[i]!;
  });
  // a cell's lines (4<br>60) go on in its row, a blank between them where the reading did not join them
  let cell = tagged.findIndex(({ at }) => at < 0);
  for (const { at, cells } of rows) {
    out[at] = cells
      .map((written) => {
        if (!INLINE_TAG.test(written)) return written;
        while (tagged[cell]!.at >= 0) cell++;
        return ` ${shown[cell++]!.trim().replace(/[ \t]*\n[ \t]*/g, ' ')} `;
      })
      .join('|');
  }
  return out.join('\n');
}

/**
 * A table's row: its cells are read each as a line of a page, as a viewer shows them inside the table; read as one
 * line, a <br> in a cell (4<br>60) broke the row in two, its cells cut off from the table's.
 */
const TABLE_ROW = /^ {0,3}\|.*\|[ \t]*$/;
/** The border between a row's cells: a bar not escaped (\| stands for a bar in a cell's text). */
const CELL_BORDER = /(?<!\\)\|/;

/** A line that opens a block of its own after a paragraph: a list's item, a heading, a quotation, a table's row. */
const BLOCK_OPENING = /^ {0,3}(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#{1,6}(?:[ \t]|$)|>|\|)/;
/** A line that goes on a paragraph: not blank, fenced, nor the start of a block. */
const isParagraphLine = (lines: readonly string[], fenced: readonly boolean[], line: number): boolean =>
  line < lines.length && !fenced[line] && lines[line]!.trim() !== '' && !HTML_BLOCK_START.test(lines[line]!) && !BLOCK_OPENING.test(lines[line]!);

/** Elements with no end tag, among those a line may hold. */
const VOID_ELEMENTS = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const INLINE_TAGS = new RegExp(INLINE_TAG.source, 'gi');

/** How many more elements a line's tags open than they close (an element with no end tag opens none). */
function elementsLeftOpen(line: string): number {
  let open = 0;
  for (const [tag] of line.matchAll(INLINE_TAGS)) {
    if (tag.startsWith('</')) open--;
    else if (!tag.endsWith('/>') && !VOID_ELEMENTS.has(/^<([a-z][a-z0-9-]*)/i.exec(tag)![1]!.toLowerCase())) open++;
  }
  return open;
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
