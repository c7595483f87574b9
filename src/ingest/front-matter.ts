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
  const match = FRONT_MATTER.exec(text);
  if (!match) return text;
  const [block, opening, content = '', closing] = match;
  if ((opening === '+++') !== (closing === '+++')) return text;
  const lines = content.split(/\r?\n/).slice(0, -1);
  if (!lines.some((line) => /^[A-Za-z_]/.test(line)) || !lines.every((line) => FRONT_MATTER_LINE.test(line))) return text;
  const body = text.slice(block.length);
  const titleLine = lines.map((line) => TITLE.exec(line)?.[1]?.trim()).find((value) => value !== undefined && value !== '');
  const title = titleLine?.replace(QUOTED, '$2').trim();
  if (!title || body.replace(/^\s*(?:#{1,6}[ \t]+)?/, '').startsWith(title)) return body.replace(/^\s*\n/, '');
  return `${title}\n${body}`;
}
