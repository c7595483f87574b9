/**
 * Word's automatic numbering: headings numbered 一、 (一) 1. by a list format rather than typed.
 * The numbers are not in the document's text, and mammoth's raw text leaves them out, and with them
 * the outline the document stage reads. Before mammoth reads a .docx, each numbered paragraph gets
 * its number as text, as Word shows it: counted per list, in its list format (`word/numbering.xml`),
 * set directly on the paragraph or through its style (`word/styles.xml`).
 */
import JSZip from 'jszip';
import { formatNumber } from './list-numbers.js';

interface Level {
  start: number;
  format: string;
  text: string;
}

interface NumberedAs {
  numId: string;
  level: number;
}

const DOCUMENT = 'word/document.xml';
const NUMBERING = 'word/numbering.xml';

/** The .docx with its automatic numbers typed into the paragraphs; the same bytes when it has none. */
export async function typeNumbering(bytes: Uint8Array): Promise<Uint8Array> {
  // entry names stand uncompressed in the archive: without a numbering part, mammoth alone unzips it
  if (!Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(NUMBERING, 0, 'latin1')) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const numberingXml = await zip.file(NUMBERING)?.async('string');
  const documentXml = await zip.file(DOCUMENT)?.async('string');
  if (numberingXml === undefined || documentXml === undefined) return bytes;
  const lists = readLists(numberingXml);
  if (lists.size === 0) return bytes;
  const styles = readStyleNumbering((await zip.file('word/styles.xml')?.async('string')) ?? '');
  const counters = new Map<string, number[]>();
  let typed = 0;
  const numbered = documentXml.replace(/<w:pPr>([\s\S]*?)<\/w:pPr>/g, (whole, properties: string) => {
    const own = /<w:pPrChange\b/.test(properties) ? properties.replace(/<w:pPrChange\b[\s\S]*$/, '') : properties;
    const as = numberingOf(own) ?? styles.get(attribute(own, 'w:pStyle') ?? '');
    if (!as) return whole;
    const list = lists.get(as.numId);
    const level = list?.levels.get(as.level);
    if (!list || !level || level.format === 'bullet' || level.format === 'none') return whole;
    const counts = counters.get(list.abstractId) ?? [];
    counters.set(list.abstractId, counts);
    counts[as.level] = counts[as.level] === undefined ? level.start : counts[as.level]! + 1;
    counts.length = as.level + 1;
    let unknownLevel = false;
    const marker = level.text.replace(/%([1-9])/g, (_, n: string) => {
      const at = Number(n) - 1;
      const of = list.levels.get(at);
      if (!of) unknownLevel = true;
      return of ? formatNumber(counts[at] ?? of.start, of.format) : '';
    });
    if (marker === '' || unknownLevel) return whole;
    typed++;
    return `${whole}<w:r><w:t xml:space="preserve">${marker}</w:t></w:r>`;
  });
  if (typed === 0) return bytes;
  zip.file(DOCUMENT, numbered);
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

/** A count or level as written (a damaged file may write anything there), or the default. */
function whole(value: string | undefined, otherwise: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isInteger(n) && n >= 0 && n <= 1_000_000 ? n : otherwise;
}

/** The value of a tag's w:val in a piece of XML. */
function attribute(xml: string, tag: string): string | undefined {
  return new RegExp(`<${tag}\\b[^>]*?\\bw:val=(?:"([^"]*)"|'([^']*)')`)
    .exec(xml)
    ?.slice(1)
    .find((v) => v !== undefined);
}

function numberingOf(properties: string): NumberedAs | undefined {
  const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(properties)?.[1];
  const numId = numPr && attribute(numPr, 'w:numId');
  // numId 0 takes away the numbering a style gives
  if (numId === undefined || numId === '') return undefined;
  return { numId, level: whole(attribute(numPr!, 'w:ilvl'), 0) };
}

interface List {
  abstractId: string;
  levels: Map<number, Level>;
}

/** The lists of numbering.xml by numId: the levels of their abstract list, with start overrides. */
function readLists(xml: string): Map<string, List> {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const [, id, body] of xml.matchAll(/<w:abstractNum\b[^>]*?\bw:abstractNumId="([^"]*)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>();
    for (const [, ilvl, lvl] of body!.matchAll(/<w:lvl\b[^>]*?\bw:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      levels.set(Number(ilvl), {
        start: whole(attribute(lvl!, 'w:start'), 1),
        format: attribute(lvl!, 'w:numFmt') ?? 'decimal',
        text: attribute(lvl!, 'w:lvlText') ?? '',
      });
    }
    abstracts.set(id!, levels);
  }
  const lists = new Map<string, List>();
  for (const [, numId, body] of xml.matchAll(/<w:num\b[^>]*?\bw:numId="([^"]*)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const abstractId = attribute(body!, 'w:abstractNumId');
    const base = abstractId === undefined ? undefined : abstracts.get(abstractId);
    if (!base) continue;
    const levels = new Map(base);
    for (const [, ilvl, override] of body!.matchAll(/<w:lvlOverride\b[^>]*?\bw:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = attribute(override!, 'w:startOverride');
      const level = levels.get(Number(ilvl));
      if (start !== undefined && level) levels.set(Number(ilvl), { ...level, start: whole(start, level.start) });
    }
    // lists restarted by an override count on their own; the others continue their abstract list
    lists.set(numId!, { abstractId: /<w:startOverride\b/.test(body!) ? `num:${numId}` : abstractId!, levels });
  }
  return lists;
}

/** Paragraph styles that number their paragraphs (标题 1 linked to a list), their bases followed. */
function readStyleNumbering(xml: string): Map<string, NumberedAs> {
  const own = new Map<string, { numbering?: NumberedAs; basedOn?: string }>();
  for (const [, id, body] of xml.matchAll(/<w:style\b[^>]*?\bw:styleId="([^"]*)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    own.set(id!, { numbering: numberingOf(body!), basedOn: attribute(body!, 'w:basedOn') });
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
