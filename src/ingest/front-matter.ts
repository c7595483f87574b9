/**
 * The front matter a static site generator or a note tool writes above a Markdown text: a YAML
 * block between --- lines (closed by --- or ...), or a TOML one between +++ lines. Its keys were
 * read as the report's lines (a tag's 2021年 as a year); its title may be the only place the report
 * is named.
 */
const FRONT_MATTER = /^(?:\uFEFF)?[ \t]*(---|\+\+\+)[ \t]*\r?\n((?:.*\r?\n){0,200}?)[ \t]*(---|\.\.\.|\+\+\+)[ \t]*(?:\r?\n|$)/;
/** A line of a block of front matter: a key and its value, a list item or a value continued (indented), or a comment. */
const FRONT_MATTER_LINE = /^(?:[A-Za-z_][\w.-]{0,60}[ \t]*[:=](?:[ \t].*)?|[ \t]+\S.*|-[ \t].*|#.*|\[[\w.-]{1,60}\]|[ \t]*)$/;
const TITLE = /^title[ \t]*[:=][ \t]*(.*)$/i;
const QUOTED = /^(["'])(.*)\1$/;

/**
 * The text with its front matter taken off, its title (if it has one) as the first line unless the
 * text goes on with it (as a heading, # 标题). A text opening with a rule over prose has none.
 */
export function withoutFrontMatter(text: string): string {
  const found = frontMatterOf(text);
  if (!found) return text;
  const { block, lines } = found;
  const body = text.slice(block.length);
  const titleLine = lines.map((line) => TITLE.exec(line)?.[1]?.trim()).find((value) => value !== undefined && value !== '');
  const title = titleLine?.replace(QUOTED, '$2').trim();
  if (!title || body.replace(/^\s*(?:#{1,6}[ \t]+)?/, '').startsWith(title)) return body.replace(/^\s*\n/, '');
  return `${title}\n${body}`;
}

/** The block of front matter the text opens with, and its lines. */
function frontMatterOf(text: string): { block: string; lines: string[] } | undefined {
  const isFrontMatter = (lines: readonly string[]) => lines.some((line) => /^[A-Za-z_]/.test(line)) && lines.every((line) => FRONT_MATTER_LINE.test(line));
  const match = FRONT_MATTER.exec(text);
  if (match) {
    const [block, opening, content = '', closing] = match;
    const lines = content.split(/\r?\n/).slice(0, -1);
    if ((opening === '+++') === (closing === '+++') && isFrontMatter(lines)) return { block, lines };
  }
  // a block never closed, its keys up to the first blank line (an AI draft's, a hand-written one's): read
  // as the report's lines, its title: … stood as the report's title
  const unclosed = UNCLOSED_FRONT_MATTER.exec(text);
  if (!unclosed) return undefined;
  const lines = unclosed[1]!.split(/\r?\n/).slice(0, -1);
  return /^[A-Za-z_][\w.-]{0,60}[ \t]*:/.test(lines[0]!) && isFrontMatter(lines) ? { block: unclosed[0], lines } : undefined;
}

/** A YAML block that is never closed: --- then lines up to the first blank one. */
const UNCLOSED_FRONT_MATTER = /^(?:\uFEFF)?[ \t]*---[ \t]*\r?\n((?:[^\r\n]*\S[^\r\n]*\r?\n){1,200}?)[ \t]*(?:\r?\n|$)/;
