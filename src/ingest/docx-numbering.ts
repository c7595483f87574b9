/**
 * Word's automatic numbering: headings numbered 一、 (一) 1. by a list format rather than typed.
 * The numbers are not in the document's text, and mammoth's raw text leaves them out, and with them
 * the outline the document stage reads. Before mammoth reads a .docx, each numbered paragraph gets
 * its number as text, as Word shows it: counted per list, in its list format (`word/numbering.xml`),
 * set directly on the paragraph or through its style (`word/styles.xml`).
 */
import { apartFromItem, formatNumber } from './list-numbers.js';
import type { ZipFiles } from './zip.js';

interface Level {
  start: number;
  format: string;
  text: string;
  /** the paragraph style the level numbers (w:lvl/w:pStyle) */
  style: string | undefined;
  /** whether the level's number is hidden (w:vanish in its run properties): counted, but Word shows none */
  hidden: boolean;
  /** whether Word sets a tab or a space after the number (w:suff), as it does unless told nothing */
  spaced: boolean;
}

interface NumberedAs {
  numId: string;
  level: number;
  /** whether the level is written (w:ilvl), not taken as 0 */
  levelGiven: boolean;
}

/**
 * What marks the run a number is typed into: a paragraph whose text is all withdrawn (hidden or
 * struck) goes whole, its number with it, not left as a line of 二、 alone (see docx.ts).
 */
export const NUMBER_RUN_MARK = 'duibiao-list-number="1"';

const DOCUMENT = 'word/document.xml';
const NUMBERING = 'word/numbering.xml';
const STYLES = 'word/styles.xml';

/** Types the automatic numbers into the paragraphs of the .docx's document; leaves a .docx without them as it is. */
export async function typeNumbering(files: ZipFiles): Promise<void> {
  if (!files.has(NUMBERING) || !files.has(DOCUMENT)) return;
  const lists = readLists(textOf(await files.read(NUMBERING)));
  if (lists.size === 0) return;
  const documentXml = textOf(await files.read(DOCUMENT));
  const styles = readStyleNumbering(files.has(STYLES) ? textOf(await files.read(STYLES)) : '');
  const markerFor = numberer(lists, styles);
  const pieces: string[] = [];
  let copied = 0;
  for (const { end, body: properties } of elements(documentXml, 'w:pPr')) {
    const marker = markerFor(properties);
    if (marker === null) continue;
    pieces.push(documentXml.slice(copied, end), `<w:r ${NUMBER_RUN_MARK}><w:t xml:space="preserve">${marker}</w:t></w:r>`);
    copied = end;
  }
  if (pieces.length > 0) files.replace(DOCUMENT, Buffer.from(pieces.join('') + documentXml.slice(copied), 'utf8'));
}

/** A part's text as JSZip decodes it (with Buffer's decoder, its byte order mark kept). */
const textOf = (bytes: Buffer): string => bytes.toString('utf8');

/**
 * Counts the numbered paragraphs in document order: gives the number Word shows before a paragraph
 * with the given properties, or null.
 */
function numberer(lists: Map<string, List>, styles: Map<string, NumberedAs>): (properties: string) => string | null {
  const counters = new Map<string, number[]>();
  /** the lists and levels whose start override has restarted their count (`numId level`) */
  const restarted = new Set<string>();
  return (properties) => {
    const own = /<w:pPrChange\b/.test(properties) ? properties.replace(/<w:pPrChange\b[\s\S]*$/, '') : properties;
    const style = attribute(own, 'w:pStyle') ?? '';
    const direct = numberingOf(own);
    const numbered = direct ?? styles.get(style);
    if (!numbered) return null;
    const list = lists.get(numbered.numId);
    // a style whose numbering writes no level is at the level that names the style: all headings of a
    // WPS document so linked read as the first level (二、健全依法决策机制 for （一）)
    const styleLevel = direct || numbered.levelGiven ? undefined : [...(list?.levels ?? [])].find(([, level]) => level.style === style)?.[0];
    const as = styleLevel === undefined ? numbered : { ...numbered, level: styleLevel };
    const level = list?.levels.get(as.level);
    if (!list || !level || level.format === 'bullet' || level.format === 'none') return null;
    const counts = counters.get(list.abstractId) ?? [];
    counters.set(list.abstractId, counts);
    const restart = list.restarts.has(as.level) && !restarted.has(`${as.numId} ${as.level}`);
    if (restart) restarted.add(`${as.numId} ${as.level}`);
    counts[as.level] = restart ? list.restarts.get(as.level)! : counts[as.level] === undefined ? level.start : counts[as.level]! + 1;
    counts.length = as.level + 1;
    if (level.hidden) return null;
    let unknownLevel = false;
    const marker = level.text.replace(/%([1-9])/g, (_, n: string) => {
      const at = Number(n) - 1;
      const of = list.levels.get(at);
      if (!of) unknownLevel = true;
      return of ? formatNumber(counts[at] ?? of.start, of.format) : '';
    });
    if (marker === '' || unknownLevel) return null;
    return level.spaced ? apartFromItem(marker) : marker;
  };
}

/** A count or level as written (a damaged file may write anything there), or the default. */
function whole(value: string | undefined, otherwise: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isInteger(n) && n >= 0 && n <= 1_000_000 ? n : otherwise;
}

/**
 * The elements <tag …>body</tag> of a piece of XML, outermost first, in one pass over its tags of
 * that name. An element may hold one of the same name: a tracked change keeps a paragraph's old
 * <w:pPr> inside its new one. A lazy regex <tag>([\\s\\S]*?)</tag> ended such an element at the
 * inner closing tag, and scanned to the end of the text from every opening tag without a closing
 * one: 80,000 unclosed <w:pPr> (half a megabyte) took 21 s.
 */
function* elements(xml: string, tag: string): Generator<{ open: string; body: string; end: number }> {
  // an opening tag stops at the next < as well: attribute values hold no raw <
  const tags = new RegExp(`<${tag}(?:\\s[^<>]*)?(?<!/)>|</${tag}>`, 'g');
  let depth = 0;
  let outer = { open: '', from: 0 };
  for (const m of xml.matchAll(tags)) {
    if (!m[0].startsWith('</')) {
      if (depth++ === 0) outer = { open: m[0], from: m.index + m[0].length };
    } else if (depth > 0 && --depth === 0) {
      yield { open: outer.open, body: xml.slice(outer.from, m.index), end: m.index + m[0].length };
    }
  }
}

/** An attribute of an element's own opening tag. */
function ownAttribute(open: string, name: string): string | undefined {
  return quotedAfter(open, `\\s${name}`);
}

/** The value of a tag's w:val in a piece of XML. */
function attribute(xml: string, tag: string): string | undefined {
  return quotedAfter(xml, `<${tag}\\b[^<>]*?\\bw:val`);
}

/** The quoted value (either quotes) after the first match of `name=`. */
function quotedAfter(xml: string, name: string): string | undefined {
  return new RegExp(`${name}=(?:"([^"]*)"|'([^']*)')`)
    .exec(xml)
    ?.slice(1)
    .find((v) => v !== undefined);
}

/** The list and level of the first <w:numPr> in a paragraph's or style's properties. */
function numberingOf(properties: string): NumberedAs | undefined {
  for (const { body: numPr } of elements(properties, 'w:numPr')) {
    const numId = attribute(numPr, 'w:numId');
    // numId 0 takes away the numbering a style gives
    if (numId === undefined || numId === '') return undefined;
    const ilvl = attribute(numPr, 'w:ilvl');
    return { numId, level: whole(ilvl, 0), levelGiven: ilvl !== undefined };
  }
  return undefined;
}

interface List {
  /** whose count the list goes on with: its abstract list's, or its own */
  abstractId: string;
  levels: Map<number, Level>;
  /** the levels a start override (alone) restarts, at its first paragraph, with the start */
  restarts: Map<number, number>;
}

/**
 * The lists of numbering.xml by numId: the levels of their abstract list, with start overrides. An
 * abstract list that only names a list style (w:numStyleLink, as Word writes a multilevel list kept
 * as a style) is the abstract list that defines that style (w:styleLink): read as one without levels,
 * its headings lost their 一、 and （一）.
 */
function readLists(xml: string): Map<string, List> {
  const abstracts = new Map<string, Map<number, Level>>();
  const definingStyle = new Map<string, string>();
  const namingStyle = new Map<string, string>();
  for (const { open, body } of elements(xml, 'w:abstractNum')) {
    const id = ownAttribute(open, 'w:abstractNumId');
    if (id === undefined) continue;
    const levels = new Map<number, Level>();
    for (const lvl of elements(body, 'w:lvl')) {
      const ilvl = ownAttribute(lvl.open, 'w:ilvl');
      if (ilvl !== undefined && /^\d+$/.test(ilvl)) levels.set(Number(ilvl), levelOf(lvl.body));
    }
    abstracts.set(id, levels);
    const defines = attribute(body, 'w:styleLink');
    if (defines !== undefined) definingStyle.set(defines, id);
    const names = attribute(body, 'w:numStyleLink');
    if (names !== undefined) namingStyle.set(id, names);
  }
  const definitionOf = (id: string) => definingStyle.get(namingStyle.get(id) ?? '') ?? id;
  const lists = new Map<string, List>();
  for (const { open, body } of elements(xml, 'w:num')) {
    const numId = ownAttribute(open, 'w:numId');
    if (numId === undefined) continue;
    const named = attribute(body, 'w:abstractNumId');
    const abstractId = named === undefined ? undefined : definitionOf(named);
    const base = abstractId === undefined ? undefined : abstracts.get(abstractId);
    if (!base) continue;
    const levels = new Map(base);
    const restarts = new Map<number, number>();
    let ownLevels = false;
    for (const override of elements(body, 'w:lvlOverride')) {
      const ilvl = ownAttribute(override.open, 'w:ilvl');
      if (ilvl === undefined || !/^\d+$/.test(ilvl)) continue;
      // a whole level in the override replaces the abstract one (Word writes it when a list is restarted in
      // another format, 1. 2. then （一）（二）); a start override wins over either level's start (ECMA-376 17.9.27)
      let replaced: Level | undefined;
      for (const lvl of elements(override.body, 'w:lvl')) {
        replaced = levelOf(lvl.body);
        break;
      }
      const level = replaced ?? levels.get(Number(ilvl));
      const start = attribute(override.body, 'w:startOverride');
      if (!level || (replaced === undefined && start === undefined)) continue;
      levels.set(Number(ilvl), start === undefined ? level : { ...level, start: whole(start, level.start) });
      if (replaced !== undefined) ownLevels = true;
      else restarts.set(Number(ilvl), whole(start, level.start));
    }
    // a list given levels of its own counts on its own. One restarted by a start override alone restarts the
    // count its abstract list keeps, which every list of that definition goes on with, as Word numbers them
    // (1. 2. 3., restarted 1. 2., then the first list's next item is 3., not 4.)
    lists.set(numId, { abstractId: ownLevels ? `num:${numId}` : abstractId!, levels, restarts });
  }
  return lists;
}

/** A level's numbering as its <w:lvl> defines it, in an abstract list or in an override. */
const levelOf = (body: string): Level => ({
  start: whole(attribute(body, 'w:start'), 1),
  format: attribute(body, 'w:numFmt') ?? 'decimal',
  text: attribute(body, 'w:lvlText') ?? '',
  style: attribute(body, 'w:pStyle'),
  hidden: HIDDEN_NUMBER.test(body),
  spaced: attribute(body, 'w:suff') !== 'nothing',
});

/** A level's run properties hiding its number: w:vanish not set off. */
const HIDDEN_NUMBER = /<w:vanish\b(?![^>]{0,100}w:val="(?:0|false|off)")/;

/** Paragraph styles that number their paragraphs (标题 1 linked to a list), their bases followed. */
function readStyleNumbering(xml: string): Map<string, NumberedAs> {
  const own = new Map<string, { numbering?: NumberedAs; basedOn?: string }>();
  for (const { open, body } of elements(xml, 'w:style')) {
    const id = ownAttribute(open, 'w:styleId');
    if (id !== undefined) own.set(id, { numbering: numberingOf(body), basedOn: attribute(body, 'w:basedOn') });
  }
  const resolved = new Map<string, NumberedAs>();
  for (const id of own.keys()) {
    let style = own.get(id);
    for (let depth = 0; style && depth < 10; depth++) {
      if (style.numbering) {
        resolved.set(id, style.numbering);
        break;
      }
      style = style.basedOn === undefined ? undefined : own.get(style.basedOn);
    }
  }
  return resolved;
}
