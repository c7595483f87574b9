/**
 * A text that carries a web page's character references (&nbsp;&nbsp;全年…100&#37;, &ldquo;放管服&rdquo;),
 * as a site's "text" download or a copy of an editor's source field writes it: read as characters, as
 * the page shows them; the figure 100&#37; was no rate. Only the references a page's text uses are
 * known; an ampersand in words (R&D) stays.
 */
const NAMED: Readonly<Record<string, string>> = {
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '\u201c',
  rdquo: '\u201d',
  lsquo: '\u2018',
  rsquo: '\u2019',
  mdash: '\u2014',
  ndash: '\u2013',
  hellip: '\u2026',
  middot: '\u00b7',
  bull: '\u2022',
  times: '\u00d7',
  divide: '\u00f7',
  deg: '\u00b0',
  plusmn: '\u00b1',
  le: '\u2264',
  ge: '\u2265',
  permil: '\u2030',
  yen: '\u00a5',
};
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;
/** Fewer references than this, and a text's ampersands are its own. */
const MIN_REFERENCES = 3;
/** Code points a reference may stand for: no NUL, no surrogate, none past Unicode. */
const isCharacter = (point: number) => point > 0 && point <= 0x10ffff && (point < 0xd800 || point > 0xdfff);

/**
 * `text` with its references read. A Markdown text's are read however few (`markdown`): CommonMark reads every one, as a
 * page does (a Markdown report converted from a page kept its 17&nbsp;件 and 17&#20214;, no count).
 */
export function withReferencesRead(text: string, markdown = false): string {
  if (!text.includes('&')) return text;
  const wanted = markdown ? 1 : MIN_REFERENCES;
  let known = 0;
  for (const [, decimal, hex, name] of text.matchAll(REFERENCE)) {
    if ((name !== undefined && NAMED[name] !== undefined) || (name === undefined && isCharacter(Number.parseInt(decimal ?? hex!, decimal ? 10 : 16)))) {
      if (++known >= wanted) break;
    }
  }
  if (known < wanted) return text;
  return text.replace(REFERENCE, (reference, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name] ?? reference;
    const point = Number.parseInt(decimal ?? hex!, decimal ? 10 : 16);
    return isCharacter(point) ? String.fromCodePoint(point) : reference;
  });
}
