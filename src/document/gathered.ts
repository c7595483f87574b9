/**
 * Other places' papers gathered into a document: a city's 汇编 of its counties' reports, each under its own title; a
 * district's report reprinting its streets' reports as appendices; a 简报 whose items are headed by the places they come
 * from (梓湾区:…); once the document's own paper has ended, the papers of other bodies of its place after it (a county
 * government's 汇编 going on with its bureaus' reports, a bureau's report with its 执法大队's appended). Their figures are
 * those places' and bodies' work, never the document's own, so their sentences are not read. The wording of the lines
 * that open them is rules/layout.yaml (gathered_title, gathered_issuer, gathered_item). So too the place's own paper of
 * another year appended to the year's (附件:某市人民政府关于2022年度…的报告 after the 2023 report): that year's work, its
 * plans that year's too.
 */
import { DATE_LINE } from './cues.js';
import { namedPlaceOf } from './places/index.js';
import type { Line } from './text.js';
import type { Span } from './types.js';
import type { LayoutWording, PlaceWording } from './wording.js';

/** A line shaped as a heading (an item's title, 工作提示): short, with no clause or sentence mark; it ends an item. */
const YEAR_NAMED = /(?<!\d)((?:19|20)\d{2})年/g;
const HEADING_SHAPED = /^[^,;。!?]{1,40}$/;

/**
 * The spans of the text after `from` that belong to a place other than `place` (the document's own): from a line that
 * titles another place's paper to the date that signs it, or from a line heading an item by another place's name to the
 * next line shaped as a heading; either also ends where the next such line opens. After a date that signs the document's
 * own paper (outside any other paper), a title naming a body of the own place other than the document's own body opens
 * that body's paper too; a title of the own place's or body's paper (after a 目录 that lists others) reopens the own.
 * None when the own place is unknown.
 */
export function gatheredParts(
  layout: LayoutWording,
  places: PlaceWording,
  text: string,
  lines: readonly Line[],
  from: number,
  place: string | null,
  year: number | null = null,
): Span[] {
  if (place === null) return [];
  const own = (named: string): boolean => place.includes(named) || named.includes(place);
  // a paper that names years, none of them the document's (关于2022年度…的报告 appended to the 2023 report)
  const otherYear = (title: string): boolean => {
    if (year === null) return false;
    const named = [...title.matchAll(YEAR_NAMED)].map((m) => Number(m[1]));
    return named.length > 0 && !named.includes(year);
  };
  // the body a title names is the document's own: its place or government (某县 of 某县人民政府), or its own name
  const ownBody = (issuer: string): boolean => place.endsWith(issuer) || issuer.endsWith(place);
  const parts: Span[] = [];
  let open: { start: number; item: boolean } | null = null;
  // the document's own paper has ended: the date that signs it stood outside any other paper
  let ownEnded = false;
  const close = (end: number): void => {
    if (open && end > open.start) parts.push({ start: open.start, end });
    open = null;
  };
  for (const line of lines) {
    if (line.first < from || line.first >= line.last) continue;
    const content = text.slice(line.first, line.last).replace(/\s+/g, '');
    const opener = otherPlaceLine(layout, places, text, content, own, otherYear, ownBody, ownEnded);
    if (opener === 'own') {
      close(line.first);
      ownEnded = false;
      continue;
    }
    if (opener !== null) {
      close(line.first);
      open = { start: line.first, item: opener === 'item' };
      continue;
    }
    if (!open) {
      if (DATE_LINE.test(content)) ownEnded = true;
      continue;
    }
    const current: { start: number; item: boolean } = open;
    if (current.item && HEADING_SHAPED.test(content)) close(line.first);
    else if (!current.item && DATE_LINE.test(content)) close(line.last);
  }
  close(text.length);
  return parts;
}

/**
 * Whether a line (without blanks) opens another place's or body's paper ('title') or item ('item'), or titles the
 * document's own paper ('own'), else null; as an appendix's caption (rules/layout.yaml appendix), a paper of another year
 * (`otherYear`) is another paper whoever wrote it ('title').
 */
function otherPlaceLine(
  layout: LayoutWording,
  places: PlaceWording,
  text: string,
  content: string,
  own: (named: string) => boolean,
  otherYear: (title: string) => boolean,
  ownBody: (issuer: string) => boolean,
  ownEnded: boolean,
): 'title' | 'item' | 'own' | null {
  const title = layout.gathered_title.pattern.exec(content)?.[1];
  if (title !== undefined) {
    const named = namedPlaceOf(places, title, text);
    if (named !== undefined && !own(named)) return 'title';
    if (layout.appendix.pattern.test(content) && otherYear(title)) return 'title';
    const issuer = layout.gathered_issuer.pattern.exec(title)?.[1];
    if (issuer === undefined || ownBody(issuer)) {
      if (named !== undefined) return 'own';
    } else if (ownEnded && namedPlaceOf(places, issuer, text) !== undefined) return 'title';
  }
  const label = layout.gathered_item.pattern.exec(content)?.[1];
  if (label !== undefined) {
    // the label is the place's name alone (梓湾区), not a phrase that begins with one (梓湾区经验)
    const named = namedPlaceOf(places, label, text);
    if (named === label && !own(named)) return 'item';
  }
  return null;
}
