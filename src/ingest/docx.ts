// mammoth's own reader of a .docx, as its extractRawText uses it: the document's elements (the raw
// text mammoth writes puts each table cell on a line of its own, away from its row)
import { read as readDocxBody, type DocxElement, type DocxFile } from 'mammoth/lib/docx/docx-reader.js';
import type { Budget } from './budget.js';
import { NUMBER_RUN_MARK, typeNumbering } from './docx-numbering.js';
import { isFootnoteMark } from './footnote-marks.js';
import { inputError } from './limits.js';
import { LINE_SEPARATOR, withLineBreaksInSentencesRead, withPageBreaksInFiguresJoined } from './line-breaks.js';
import { PAGE_FIELD, PAGE_NAMED_AFTER, PAGE_NAMED_BEFORE, PAGE_WORDS } from './page-fields.js';
import { CLAUSE_MARK, NOTE_CLOSE, NOTE_OPEN, notesAfterSentences } from './note-placing.js';
import {
  MAX_CELL_CHARS,
  nonSpaceLength,
  withCellsMergedDown,
  withSpanningHeaders,
  type CellSpan,
  type MergedDown,
  type SpanningHeader,
} from './table-cells.js';
import { checkZipBudget, ZipFiles, type ZipFormat } from './zip.js';
import { decodeUriComponentOr } from './uri.js';

const DAMAGED = '文件已损坏或不完整,无法作为 Word(.docx)文档读取;请用 Word 或 WPS 打开后重新保存';
const DOCX_ZIP: ZipFormat = { damaged: DAMAGED, xmlParts: 'docxXmlBytes' };
/** Below this many characters beside its pictures, a document is a scan: no report is that short. */
const MIN_TEXT_CHARS = 100;

/**
 * The text of a .docx as it prints, one paragraph per line, automatic numbers typed in, a table's
 * row of figures on one line (./table-cells.ts), neither hidden text nor a table of contents, then
 * the parts it embeds whole, each as `readEmbedded` reads it; the archive is checked against the
 * budget before it is unpacked.
 */
export async function docxToText(
  bytes: Uint8Array,
  budget: Budget,
  readEmbedded: (part: Uint8Array, name: string) => Promise<string>,
  notices: string[],
): Promise<string> {
  const inflated = await checkZipBudget(bytes, budget, DOCX_ZIP);
  let body: DocxElement;
  let embedded: PlacedPart[];
  let pictures: boolean;
  let subDocuments: string[];
  const invisible = { chars: 0 };
  // charts and spreadsheets shown as pictures, and the codes of fields with no saved result
  const unread = { graphics: 0, fields: [] as string[] };
  try {
    const files = new ZipFiles(bytes, budget, inflated);
    await placeMainDocument(files);
    await giveWordPrefixes(files);
    await typeNumbering(files);
    const struckStyles = files.has(STYLES) ? withdrawingStyles((await files.read(STYLES)).toString('utf8')) : NO_STYLES;
    embedded = await embeddedParts(files);
    subDocuments = await linkedSubDocuments(files);
    ({ value: body } = await readDocxBody(docxFile(files, struckStyles, await diagramTexts(files), invisible, unread, embedded.length > 0)));
    pictures = files.hasIn('word/media/');
  } catch {
    throw inputError(budget.file, DAMAGED);
  }
  const text = textOf(withNotesPlaced(body));
  if (subDocuments.length > 0) {
    const named =
      subDocuments.slice(0, MAX_NAMED_SUBDOCUMENTS).join('、') + (subDocuments.length > MAX_NAMED_SUBDOCUMENTS ? ` 等 ${subDocuments.length} 个文件` : '');
    const advice = '请在 Word 中打开它,在"大纲"视图中展开子文档,再另存为一个 .docx 后再试';
    if (nonSpaceLength(text) < MIN_TEXT_CHARS) throw inputError(budget.file, `这是 Word 主控文档,本身几乎没有正文,正文在它链接的子文档 ${named} 中;${advice}`);
    notices.push(`Word 主控文档链接了子文档 ${named},其中的文字不在本文件中,未读取;${advice}`);
  }
  if (invisible.chars > 0) {
    notices.push(
      `Word 文档中有 ${invisible.chars} 字设为白色(底色也是白色)或 1 磅以下的字号,阅读时看不见,已忽略;若它们是报告正文,请改为正常的颜色和字号后再试`,
    );
  }
  if (unread.graphics > 0) {
    notices.push(
      `Word 文档中有 ${unread.graphics} 个图表或嵌入的 Excel 表格,其中的数字只以图形显示,未读取;若报告的数据在其中,请把数据写进正文或改为 Word 表格后再试`,
    );
  }
  if (unread.fields.length > 0) {
    const codes = unread.fields.slice(0, 2).map((code) => code.replace(/&quot;/g, '"').slice(0, MAX_SHOWN_CODE));
    notices.push(
      `Word 文档中有 ${unread.fields.length} 个域(如 ${codes.join('、')})没有保存结果,在 Word 中显示为空,其中的数字未能读出;请在 Word 中全选后按 F9 更新域、保存后再试`,
    );
  }
  // a scan put into Word page by page as pictures, under a title at most: read on, it was "empty" or "not a report"
  if (embedded.length === 0 && pictures && nonSpaceLength(text) < MIN_TEXT_CHARS) {
    throw inputError(budget.file, `Word 文档中几乎只有图片(文字不足 ${MIN_TEXT_CHARS} 字),可能是扫描件,需要先做文字识别(OCR)再导入`);
  }
  if (embedded.length === 0) return text;
  // a part embedded many times over, in documents embedded many times in turn, multiplies its text:
  // each part is read once, and its copies are counted against the text limit as they add up
  const texts = new Map<EmbeddedPart, { text: string; chars: number }>();
  const placed = new Map<number, string>();
  let chars = nonSpaceLength(text);
  for (const { part, at } of embedded) {
    let read = texts.get(part);
    if (read === undefined) {
      const partText = await readEmbedded(part.bytes, part.name);
      texts.set(part, (read = { text: partText, chars: nonSpaceLength(partText) }));
    }
    chars += read.chars;
    if (chars > budget.limits.textChars) throw budget.exceeded('textChars');
    placed.set(at, read.text);
  }
  // each part where its <w:altChunk> stands, as Word shows it; one whose mark the body lost, after it
  const unplaced = new Set(placed.keys());
  const inPlace = text.replace(ALT_CHUNK_LINE, (_, at: string) => {
    unplaced.delete(Number(at));
    const part = placed.get(Number(at));
    return part === undefined ? '' : `${part}\n`;
  });
  return [inPlace, ...[...unplaced].map((at) => placed.get(at)!)].join('\n');
}

interface EmbeddedPart {
  /** its path in the archive, whose extension hints at its format */
  name: string;
  bytes: Buffer;
}

/** A part placed by the document, and which of its <w:altChunk> elements (counted from 0) places it. */
interface PlacedPart {
  part: EmbeddedPart;
  at: number;
}

const ALT_CHUNK = /<w:altChunk\b[^>]{0,200}?\br:id="([^"]{1,100})"/g;
/** The text of a paragraph put before each <w:altChunk>, so its part is read in its place: private-use characters no report holds. */
const altChunkMark = (at: number): string => `\uE000altChunk${at}\uE001`;
const ALT_CHUNK_LINE = /^\uE000altChunk(\d{1,6})\uE001(?:\n|$)/gm;

/** The document with a marked paragraph before each <w:altChunk>, numbered as embeddedParts counts them. */
function withAltChunksMarked(xml: string): string {
  let at = 0;
  return xml.replace(ALT_CHUNK, (chunk) => `<w:p><w:r><w:t>${altChunkMark(at++)}</w:t></w:r></w:p>${chunk}`);
}

const DOCUMENT = 'word/document.xml';
const DOCUMENT_RELATIONS = 'word/_rels/document.xml.rels';

/**
 * Parts the document embeds whole with <w:altChunk> (a web page, mostly: exporters of office and
 * portal systems write the whole body so), which Word shows in place and mammoth skips: such a
 * document was "empty". In the order the document places them; a part placed twice is one object.
 */
async function embeddedParts(files: ZipFiles): Promise<PlacedPart[]> {
  const targets = await relationTargets(files, 'aFChunk');
  if (targets.size === 0) return [];
  const document = (await files.read(DOCUMENT)).toString('utf8');
  const parts = new Map<string, EmbeddedPart>();
  const placed: PlacedPart[] = [];
  let at = 0;
  for (const [, id] of document.matchAll(ALT_CHUNK)) {
    const target = targets.get(id!);
    at++;
    if (target === undefined || !files.has(target)) continue;
    let part = parts.get(target);
    if (part === undefined) parts.set(target, (part = { name: target, bytes: await files.read(target) }));
    placed.push({ part, at: at - 1 });
  }
  return placed;
}

/** A master document's link to a subdocument (Word's 主控文档): a file of its own, outside the package. */
const SUB_DOCUMENT = /<w:subDoc\b[^>]{0,200}?\b[\w.-]+:id="([^"]{1,100})"/g;
const MAX_NAMED_SUBDOCUMENTS = 3;

/**
 * The file names of the subdocuments a master document links (<w:subDoc>), in its order: their text is in those files,
 * which Word shows in the master collapsed as links, and no reader of the package sees. A master of a title and its
 * subdocuments was read as a report of a line.
 */
async function linkedSubDocuments(files: ZipFiles): Promise<string[]> {
  const targets = await relationTargets(files, 'subDocument');
  if (targets.size === 0) return [];
  const document = (await files.read(DOCUMENT)).toString('utf8');
  const names = [...document.matchAll(SUB_DOCUMENT)].map(([, id]) => targets.get(id!)).filter((target) => target !== undefined);
  return [...new Set(names.map((target) => decodeUriComponentOr(target.split(/[/\\]/).pop() ?? target)))];
}

const PACKAGE_RELATIONS = '_rels/.rels';
/** The package's relationship to its main document part, and the part's path. */
const MAIN_DOCUMENT_RELATION = /(<Relationship\b[^>]{0,2000}?\bTarget=")\/?(word\/[^"/]{1,200}\.xml)("[^>]{0,2000}>)/g;

/**
 * The main document part as word/document.xml, where it is read by its markup here, when the
 * package names another part of the word folder (Word on the web saves word/document2.xml): its
 * hidden and struck text, equations, text boxes and numbers were read as mammoth reads them, unseen.
 */
async function placeMainDocument(files: ZipFiles): Promise<void> {
  if (!files.has(PACKAGE_RELATIONS)) return;
  const relations = (await files.read(PACKAGE_RELATIONS)).toString('utf8');
  for (const [relation, , target] of relations.matchAll(MAIN_DOCUMENT_RELATION)) {
    if (!relation.includes('/officeDocument"') || target === DOCUMENT || !files.has(target!)) continue;
    files.replace(DOCUMENT, await files.read(target!));
    const targetRelations = `word/_rels/${target!.slice('word/'.length)}.rels`;
    if (files.has(targetRelations)) files.replace(DOCUMENT_RELATIONS, await files.read(targetRelations));
    files.replace(PACKAGE_RELATIONS, Buffer.from(relations.replace(relation, relation.replace(MAIN_DOCUMENT_RELATION, `$1${DOCUMENT}$3`)), 'utf8'));
    return;
  }
}

const STYLES = 'word/styles.xml';
/** The parts the document's relationships of a type (its last segment: aFChunk, diagramData) point to, by relationship id. */
async function relationTargets(files: ZipFiles, type: string): Promise<Map<string, string>> {
  const targets = new Map<string, string>();
  if (!files.has(DOCUMENT_RELATIONS)) return targets;
  const relations = (await files.read(DOCUMENT_RELATIONS)).toString('utf8');
  if (!relations.includes(`/${type}"`)) return targets;
  for (const [relation] of relations.matchAll(/<Relationship\b[^>]{0,2000}>/g)) {
    const attribute = (name: string) => new RegExp(`\\b${name}="([^"]{1,500})"`).exec(relation)?.[1];
    const [id, relationType, target] = [attribute('Id'), attribute('Type'), attribute('Target')];
    if (id && target && relationType?.endsWith(`/${type}`)) targets.set(id, target.startsWith('/') ? target.slice(1) : `word/${target}`);
  }
  return targets;
}

/** A SmartArt diagram's place in the document: its data part's relationship, whatever prefix the diagram namespace has. */
const DIAGRAM_REFERENCE = /<(?:[\w.-]+:)?relIds\b[^>]{0,2000}?\br:dm="([^"]{1,100})"/g;
/** A point of a diagram's data: its attributes and content. */
const DIAGRAM_POINT = /<(?:[\w.-]+:)?pt\b([^>]{0,2000}?)(?:\/>|>((?:(?!<\/(?:[\w.-]+:)?pt>)[^]){0,100000})<\/(?:[\w.-]+:)?pt>)/g;
/** Points that hold no text of the diagram's own: connections between its shapes, and its layout's. */
const NOT_A_SHAPE = /\btype="(?:parTrans|sibTrans|pres)"/;
const DRAWING_PARAGRAPH = /<(?:[\w.-]+:)?p\b[^>]{0,2000}?>((?:(?!<\/(?:[\w.-]+:)?p>)[^]){0,100000})<\/(?:[\w.-]+:)?p>/g;
const DRAWING_TEXT = /<(?:[\w.-]+:)?t\b[^>]{0,200}>([^<]*)<\/(?:[\w.-]+:)?t>/g;

/**
 * The text of each SmartArt diagram (an organisation chart, a process drawn as boxes) by its data
 * part's relationship id, as a text box's content: a paragraph for each of its shapes' lines, in the
 * order its data lists them. Word shows the text in the drawing; mammoth skips drawings.
 */
async function diagramTexts(files: ZipFiles): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const [id, target] of await relationTargets(files, 'diagramData')) {
    if (!files.has(target)) continue;
    const data = (await files.read(target)).toString('utf8');
    const paragraphs: string[] = [];
    for (const [, attributes, content = ''] of data.matchAll(DIAGRAM_POINT)) {
      if (NOT_A_SHAPE.test(attributes!)) continue;
      for (const [, paragraph] of content.matchAll(DRAWING_PARAGRAPH)) {
        const text = [...paragraph!.matchAll(DRAWING_TEXT)].map(([, run]) => run).join('');
        if (text.trim() !== '') paragraphs.push(`<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`);
      }
    }
    if (paragraphs.length > 0) texts.set(id, `<w:txbxContent>${paragraphs.join('')}</w:txbxContent>`);
  }
  return texts;
}

/**
 * The document with each diagram's text in a run of its own after the drawing's (outside any
 * alternative content it is a choice of), as a VML text box mammoth reads after its paragraph.
 */
function withDiagramsShown(xml: string, diagrams: ReadonlyMap<string, string>): string {
  if (diagrams.size === 0) return xml;
  const edits: Array<{ at: number; end: number; text: string }> = [];
  for (const match of xml.matchAll(DIAGRAM_REFERENCE)) {
    const box = diagrams.get(match[1]!);
    const runEnd = xml.indexOf('</w:r>', match.index);
    if (box === undefined || runEnd < 0) continue;
    const at = runEnd + '</w:r>'.length;
    edits.push({ at, end: at, text: `<w:r><w:pict><v:textbox ${VML_NAMESPACE}>${box}</v:textbox></w:pict></w:r>` });
  }
  return applyEdits(xml, edits);
}

/** The parts read by their markup here (the document, its lists and styles), before mammoth reads them. */
const MARKUP_PARTS = [DOCUMENT, 'word/numbering.xml', STYLES];

/** The namespaces the markup is read by, each by the prefix Word binds it to (transitional and strict). */
const WORD_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'w'],
  ['http://purl.oclc.org/ooxml/wordprocessingml/main', 'w'],
  ['http://schemas.openxmlformats.org/officeDocument/2006/math', 'm'],
  ['http://purl.oclc.org/ooxml/officeDocument/math', 'm'],
  ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'r'],
  ['http://purl.oclc.org/ooxml/officeDocument/relationships', 'r'],
  ['http://schemas.openxmlformats.org/markup-compatibility/2006', 'mc'],
  ['http://schemas.microsoft.com/office/word/2010/wordprocessingShape', 'wps'],
  ['urn:schemas-microsoft-com:vml', 'v'],
]);
/** A prefix's declaration (xmlns:x=), or the default namespace's (xmlns=, its prefix ''). */
const PREFIX_DECLARATION = /\sxmlns(?::([\w.-]{1,40}))?\s*=\s*["']([^"'<>]{1,200})["']/g;
/** In a tag, an element's name without a prefix, or the default namespace's declaration. */
const UNPREFIXED = /^(<\/?)(?=[A-Za-z_][\w.-]*(?:[\s/>]|$))|\sxmlns(?=\s*=)/g;
const TAG = /<[^<>]{1,4000}>/g;

/**
 * The markup parts with Word's namespaces under Word's prefixes. A namespace goes by its name, not
 * its prefix, and mammoth reads it so; the markup read here by its tags (hidden runs, equations,
 * numbers, text boxes) was read under w: and m: only: a document binding them to prefixes of its
 * own lost its equations and kept its hidden text; one writing Word's as its default namespace (no
 * prefix at all) kept its struck figures and lost its line breaks. A prefix Word's is bound to
 * another namespace somewhere is left as it is.
 */
async function giveWordPrefixes(files: ZipFiles): Promise<void> {
  for (const name of MARKUP_PARTS) {
    if (!files.has(name)) continue;
    const xml = (await files.read(name)).toString('utf8');
    const bound = new Map<string, Set<string>>();
    for (const [, prefix = '', uri] of xml.matchAll(PREFIX_DECLARATION)) bound.set(prefix, (bound.get(prefix) ?? new Set()).add(uri!));
    const renamed = new Map<string, string>();
    for (const [prefix, uris] of bound) {
      const wanted = uris.size === 1 ? WORD_PREFIXES.get([...uris][0]!) : undefined;
      if (wanted === undefined || wanted === prefix) continue;
      const taken = bound.get(wanted);
      if (taken && [...taken].some((uri) => WORD_PREFIXES.get(uri) !== wanted)) continue;
      renamed.set(prefix, wanted);
    }
    if (renamed.size === 0) continue;
    const forDefault = renamed.get('');
    renamed.delete('');
    const prefixes = [...renamed.keys()].map((prefix) => prefix.replace(/\./g, '\\.')).join('|');
    // a qualified name (<x:t, x:val=) or a declaration (xmlns:x=); an unprefixed name x stays
    const qualified = new RegExp(`(<\\/?|\\s)(${prefixes})(?=:)|(\\sxmlns:)(${prefixes})(?=\\s*=)`, 'g');
    const rename = (_: string, before: string | undefined, prefix: string | undefined, declaring: string | undefined, declared: string | undefined) =>
      before !== undefined ? before + renamed.get(prefix!)! : declaring! + renamed.get(declared!)!;
    // an element without a prefix is in the default namespace (an attribute without one in none); the
    // default's declaration declares the prefix too, unless the document does (twice on one element is no XML)
    const declaring = forDefault !== undefined && !bound.has(forDefault);
    const prefixed = (tag: string) =>
      forDefault === undefined
        ? tag
        : tag.replace(UNPREFIXED, (whole: string, opening: string | undefined) =>
            opening !== undefined ? `${opening}${forDefault}:` : declaring ? `${whole}:${forDefault}` : whole,
          );
    const rewritten = xml.replace(TAG, (tag) => (renamed.size > 0 ? prefixed(tag).replace(qualified, rename) : prefixed(tag)));
    files.replace(name, Buffer.from(rewritten, 'utf8'));
  }
}

/**
 * The archive as mammoth's own unzipping gives it to its reader: a part as bytes, or decoded as
 * mammoth decodes it, the document's hidden text taken out (mammoth reads it as any other).
 */
function docxFile(
  files: ZipFiles,
  struckStyles: WithdrawingStyles,
  diagrams: ReadonlyMap<string, string>,
  invisible: { chars: number },
  unread: { graphics: number; fields: string[] },
  placesParts: boolean,
): DocxFile {
  return {
    exists: (name) => files.has(name),
    read: async (name, encoding) => {
      const bytes = await files.read(name);
      if (encoding === undefined) return bytes;
      if (encoding === 'base64') return bytes.toString('base64');
      const decoded = new TextDecoder(encoding).decode(bytes);
      const xml = placesParts && name === DOCUMENT ? withAltChunksMarked(decoded) : decoded;
      if (name === DOCUMENT) {
        unread.graphics = unreadGraphics(xml);
        unread.fields = unsavedFields(xml);
      }
      return name === DOCUMENT
        ? withDiagramsShown(
            withTextBoxesShown(
              withWordArtShown(
                withRunsUnwrapped(
                  withMathAsRuns(
                    withoutFieldCodeText(
                      withoutPageNumberParagraphs(
                        withoutEmptiedParagraphs(
                          withoutWithdrawnText(
                            withoutInvisibleText(
                              withoutFootnoteMarks(
                                withoutPlaceholders(
                                  withMovedMarksDeleted(withTextFontSymbols(xml.includes('PrChange') ? xml.replace(FORMAT_CHANGE, '') : xml)),
                                ),
                                struckStyles.raising,
                              ),
                              struckStyles.looks,
                              invisible,
                            ),
                            struckStyles,
                          ),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
            ),
            diagrams,
          ).replace(CARRIAGE_RETURN, '<w:br/>')
        : xml;
    },
  };
}

/**
 * A chart (c:chart, cx:chart) or a spreadsheet embedded as an object (o:OLEObject of Excel or WPS
 * 表格), by its relationship: the page shows its figures as a picture, drawn from data mammoth does
 * not read and a reader cannot check against the text. A chart in a choice and its fallback counts once.
 */
const GRAPHIC =
  /<(?:\w{1,20}:)?(?:chart\b[^>]{0,500}?\bid="([^"]{1,100})"|OLEObject\b(?=[^>]{0,1000}?\bProgID="(?:Excel|Ket|Et)\.)[^>]{0,1000}?\bid="([^"]{1,100})")/gi;

/** How many charts and spreadsheets the document shows as pictures (see GRAPHIC). */
function unreadGraphics(xml: string): number {
  if (!/chart|OLEObject/i.test(xml)) return 0;
  return new Set([...xml.matchAll(GRAPHIC)].map(([, chart, sheet]) => chart ?? sheet)).size;
}

/**
 * A tracked change of formatting (w:rPrChange, w:pPrChange, …): the properties the text had before
 * it, which it no longer has. Read as its own, a figure whose strike was taken off with changes
 * tracked was withdrawn.
 */
const FORMAT_CHANGE = /<w:(\w{1,20}Pr)Change\b[^>]{0,2000}?(?:\/>|>(?:(?!<\/w:\1Change>)[^]){0,20000}<\/w:\1Change>)/g;

/** A paragraph's mark moved away with changes tracked (w:moveFrom in its run properties; the moved runs are wrapped, not marked so). */
const MOVED_MARK = /<w:moveFrom\b([^>]{0,500})\/>/g;

/**
 * The document with each paragraph mark moved away read as deleted, as mammoth reads a deleted one: its
 * paragraph joins the next. Left, a paragraph whose text was moved whole stood as a blank line where it was.
 */
const withMovedMarksDeleted = (xml: string): string => (xml.includes('<w:moveFrom') ? xml.replace(MOVED_MARK, '<w:del$1/>') : xml);

/** A carriage return in a run (w:cr), which ends a line as a line break does and mammoth reads as nothing. */
const CARRIAGE_RETURN = /<w:cr\b[^>]{0,200}\/>/g;

/** A run with its own properties and what follows them up to its end (or a run nested in it, in a text box). */
const RUN_WITH_PROPERTIES = /(<w:r(?:\s[^>]*)?>\s*<w:rPr>(?:(?!<\/w:rPr>)[^]){0,4000}?<\/w:rPr>)((?:(?!<\/w:r>)[^])*)/g;
/**
 * Properties that hide a run (w:vanish, w:specVanish) or strike it through (w:strike, w:dstrike),
 * unless set off by w:val="0"/"false".
 */
const WITHDRAWN = /<w:(?:(?:spec)?[vV]anish|d?strike)(?:\s+w:val="(?:1|true|on)")?\s*\/>/;
/** The same properties set off, as a run does over its style's. */
const NOT_WITHDRAWN = /<w:(?:(?:spec)?[vV]anish|d?strike)\s+w:val="(?:0|false|off)"\s*\/>/;
/** A run's character style. */
const RUN_STYLE = /<w:rStyle\s+w:val="([^"]{1,200})"/;
/** What a run shows: its text, tabs, breaks and symbols (its field codes and marks stay for mammoth to pair). */
const SHOWN = /<w:t\b[^>]*\/>|<w:t\b[^>]*>[^<]*<\/w:t>|<w:(?:tab|br|cr|sym|softHyphen|noBreakHyphen)\b[^>]*\/>/g;

/**
 * The document without the runs Word hides (hidden text: a drafter's notes, figures struck
 * for the final copy) and those it strikes through (a figure corrected in place, as <del> in a
 * web page): what the report states is read, not 15件12件. A run is withdrawn by its own
 * properties, by its character style, or by its paragraph's style unless it sets them off.
 */
function withoutWithdrawnText(xml: string, styles: WithdrawingStyles): string {
  if (!xml.includes('anish') && !xml.includes('strike') && styles.character.size === 0 && styles.paragraph.size === 0) return xml;
  const setOff = (properties: string) => NOT_WITHDRAWN.test(properties) || styles.restoring.has(RUN_STYLE.exec(properties)?.[1] ?? '');
  const withdrawn = (properties: string) => WITHDRAWN.test(properties) || (styles.character.has(RUN_STYLE.exec(properties)?.[1] ?? '') && !setOff(properties));
  const byRun = (part: string) =>
    part.replace(RUN_WITH_PROPERTIES, (run, properties: string, content: string) =>
      withdrawn(properties) ? properties + content.replace(SHOWN, WITHDRAWN_MARK) : run,
    );
  if (styles.paragraph.size === 0) return byRun(xml);
  return inParagraphsOf(xml, styles.paragraph, byRun, (part) =>
    part.replace(RUN_START, (run, properties: string | undefined, content: string) =>
      setOff(properties ?? '') ? run : run.slice(0, run.length - content.length) + content.replace(SHOWN, WITHDRAWN_MARK),
    ),
  );
}

/** A run's or a style's vertical alignment: raised or lowered unless baseline. */
const VERTICAL_ALIGNMENT = /<w:vertAlign\s+w:val="(\w{1,20})"/;

/** Whether a run is set above or below the line, by its own properties or, unless they set it back, its character style. */
function isRaised(properties: string, raising: ReadonlySet<string>): boolean {
  const own = VERTICAL_ALIGNMENT.exec(properties)?.[1];
  return own === undefined ? raising.has(RUN_STYLE.exec(properties)?.[1] ?? '') : own !== 'baseline';
}

/**
 * The document without the footnote marks typed in superscript after a figure (12 then a raised 1, then 件: read
 * 121件; see isFootnoteMark), raised by the run or its character style (a note's own mark after its reference, a 上标 style).
 */
function withoutFootnoteMarks(xml: string, raising: ReadonlySet<string>): string {
  if (!xml.includes('vertAlign') && raising.size === 0) return xml;
  return xml.replace(RUN_WITH_PROPERTIES, (run, properties: string, content: string, offset: number) => {
    if (!isRaised(properties, raising)) return run;
    const mark = [...content.matchAll(TEXT_CONTENT)].map(([, text]) => text).join('');
    // the text just before: the end of the last w:t before the run
    const textEnd = xml.lastIndexOf('</w:t>', offset);
    // and just after: the start of the next w:t in the paragraph
    const after = TEXT_AFTER.exec(xml.slice(offset + run.length, offset + run.length + 1000))?.[1] ?? '';
    return isFootnoteMark(mark, textEnd < 0 ? '' : xml.slice(Math.max(0, textEnd - 8), textEnd), after) ? properties + content.replace(SHOWN, '') : run;
  });
}

/** The first characters of the next text in a paragraph (not past its end). */
const TEXT_AFTER = /^(?:(?!<\/w:p>)[^])*?<w:t(?:\s[^>]*)?>([^<]{0,2})/;

/** A content control showing its placeholder (w:showingPlcHdr), with no content control inside it: its properties, then its content. */
const SHOWING_PLACEHOLDER =
  /(<w:sdt(?:\s[^>]*)?>\s*<w:sdtPr>(?:(?!<\/w:sdtPr>)[^]){0,4000}?<w:showingPlcHdr(?:\s+w:val="(?:1|true|on)")?\s*\/>(?:(?!<\/w:sdtPr>)[^]){0,4000}?<\/w:sdtPr>)((?:(?!<w:sdt[\s>]|<\/w:sdt>)[^])*)/g;

/**
 * The document without the placeholder text of the content controls a template left unfilled
 * (单击或点击此处输入文字。, 请输入日期): a prompt to the author, not what the report states; a
 * paragraph of nothing else goes with it.
 */
function withoutPlaceholders(xml: string): string {
  if (!xml.includes('showingPlcHdr')) return xml;
  return xml.replace(SHOWING_PLACEHOLDER, (_, properties: string, content: string) => properties + content.replace(SHOWN, WITHDRAWN_MARK));
}

/**
 * Where a run's own properties say how it is drawn, and the places that give it a ground other than
 * the page's: a table (its cells shaded, also by a table style), a text box (its shape filled), a
 * paragraph's shading.
 */
const DRAWN_IN =
  /<(\/?)w:(tbl|txbxContent)\b[^>]{0,2000}>|<w:p(?:\s[^>]*)?>|<w:pPr>((?:(?!<\/w:pPr>)[^]){0,4000})<\/w:pPr>|(<w:r(?:\s[^>]*)?>(?:\s*<w:rPr>((?:(?!<\/w:rPr>)[^]){0,4000}?)<\/w:rPr>)?)((?:(?!<\/w:r>|<w:(?:r|p|tbl|txbxContent)[\s>])[^])*)/g;
/** A colour so light it does not show on white paper. */
const WHITE = /^(?:F[0-9A-F]){3}$/i;
/** A run's or style's colour: RRGGBB, or auto (black on a light ground), which sets a style's white off. */
const COLOR = /<w:color\s+w:val="([0-9A-Fa-f]{6}|auto)"/;
const SIZE = /<w:sz\s+w:val="(\d{1,4})"/;
/** A shading's fill or a highlight other than none, white or automatic: a ground white text shows on. */
const GROUND = /<w:shd\b[^>]{0,500}?\bw:fill="(?!auto"|(?:F[0-9A-F]){3}")[0-9A-Fa-f]{6}"|<w:highlight\s+w:val="(?!none"|white")/i;
/** Below this size (in half-points: 1 pt) no one reads text. */
const MAX_INVISIBLE_HALF_POINTS = 2;
const TEXT_CONTENT = /<w:t\b[^>]*>([^<]*)<\/w:t>/g;

const PARAGRAPH_STYLE = /<w:pStyle\s+w:val="([^"]{1,200})"/;

/**
 * The document without the runs a reader cannot see: set white on the white page (no shading of
 * the run or its paragraph, not in a table or a text box, the page not coloured) or in a size of
 * 1 pt or less, by the run's own properties or else its character style's, else its paragraph
 * style's. Text no one sees is no statement of the report: a template's instructions kept out
 * of sight, or words put there for a machine to find (a hidden trick). Their characters are counted
 * into `invisible`, for the user to be told.
 */
function withoutInvisibleText(xml: string, looks: StyleLooks, invisible: { chars: number }): string {
  const white = (looks.white || /<w:color\s+w:val="(?:F[0-9A-F]){3}"/i.test(xml)) && !/<w:background\b[^>]{0,500}?\bw:color="(?!(?:F[0-9A-F]){3}")/i.test(xml);
  if (!white && !looks.tiny && !/<w:sz\s+w:val="[0-2]"/.test(xml)) return xml;
  // tables and text boxes open, paragraph shaded, the paragraph's style
  let grounds = 0;
  let shaded = false;
  let paragraphLook: Look | undefined;
  return xml.replace(
    DRAWN_IN,
    (
      tag,
      closing: string | undefined,
      place: string | undefined,
      paragraph: string | undefined,
      start: string | undefined,
      properties: string | undefined,
      content: string | undefined,
    ) => {
      if (place !== undefined) grounds = Math.max(0, grounds + (closing ? -1 : 1));
      else if (paragraph !== undefined) {
        paragraphLook = looks.paragraph.get(PARAGRAPH_STYLE.exec(paragraph)?.[1] ?? '');
        shaded = GROUND.test(paragraph) || paragraphLook?.ground === true;
      } else if (start === undefined) {
        shaded = false;
        paragraphLook = undefined;
      } else {
        const own = properties ?? '';
        const characterLook = looks.character.get(RUN_STYLE.exec(own)?.[1] ?? '');
        const size = Number(SIZE.exec(own)?.[1] ?? characterLook?.size ?? paragraphLook?.size ?? Infinity);
        const colour = COLOR.exec(own)?.[1] ?? characterLook?.colour ?? paragraphLook?.colour ?? '';
        const unseen =
          size <= MAX_INVISIBLE_HALF_POINTS || (white && grounds === 0 && !shaded && WHITE.test(colour) && !GROUND.test(own) && characterLook?.ground !== true);
        const chars = unseen ? [...content!.matchAll(TEXT_CONTENT)].reduce((sum, [, text]) => sum + nonSpaceLength(text!), 0) : 0;
        // a blank run so set keeps its place between words and figures
        if (chars > 0) {
          invisible.chars += chars;
          return start + content!.replace(SHOWN, WITHDRAWN_MARK);
        }
      }
      return tag;
    },
  );
}

/** Where withdrawn text stood, until its paragraph is looked at: an XML comment, which no reader shows. */
const WITHDRAWN_MARK = '<!--withdrawn-->';
/** A paragraph with no paragraph inside it (a text box's), not one written empty (<w:p/>). */
const INNERMOST_PARAGRAPH = /<w:p(?:\s[^>]*)?(?<!\/)>(?:(?!<w:p[\s>/]|<\/w:p>)[^])*<\/w:p>/g;
/** The run its list's number is typed into (docx-numbering), which shows nothing of the paragraph's own. */
const NUMBER_RUN = new RegExp(`<w:r ${NUMBER_RUN_MARK}>(?:(?!</w:r>)[^])*</w:r>`);
/** What a paragraph shows, or places where it is read (a note, a diagram), besides withdrawn text. */
const STILL_SHOWN = new RegExp(`${SHOWN.source}|<w:(?:footnote|endnote)Reference\\b|:relIds\\b`);

/**
 * The document without the paragraphs all of whose text was withdrawn: each stood as a blank line
 * where it was, though Word shows none there (a hidden paragraph) or the text as withdrawn; an empty
 * paragraph, the author's blank line, stays.
 */
function withoutEmptiedParagraphs(xml: string): string {
  if (!xml.includes(WITHDRAWN_MARK)) return xml;
  const emptied = xml.replace(INNERMOST_PARAGRAPH, (paragraph) =>
    paragraph.includes(WITHDRAWN_MARK) && !STILL_SHOWN.test(paragraph.replace(NUMBER_RUN, '')) ? '' : paragraph,
  );
  return emptied.replaceAll(WITHDRAWN_MARK, '');
}

/** A run's start, its properties if it has them, and what follows up to its end or the next run's start. */
const RUN_START = /<w:r(?:\s[^>]*)?>(\s*<w:rPr>(?:(?!<\/w:rPr>)[^]){0,4000}?<\/w:rPr>)?((?:(?!<\/w:r>|<w:r[\s>])[^])*)/g;
/** A paragraph's start and end tags, and its style. */
const PARAGRAPH_TAG = /<w:p(?:\s[^>]*)?>|<\/w:p>|<w:pStyle\s+w:val="([^"]{1,200})"/g;

/**
 * The document with `ofStyled` applied to the own content of each paragraph whose style is one of
 * `styled` (not to a text box's paragraphs inside it, which have styles of their own), `other` to the rest.
 */
function inParagraphsOf(xml: string, styled: ReadonlySet<string>, other: (part: string) => string, ofStyled: (part: string) => string): string {
  const open: boolean[] = [];
  let out = '';
  let from = 0;
  const flush = (to: number) => {
    const part = xml.slice(from, to);
    out += open[open.length - 1] ? ofStyled(part) : other(part);
    from = to;
  };
  for (const match of xml.matchAll(PARAGRAPH_TAG)) {
    const [tag, style] = match;
    if (style !== undefined) {
      if (styled.has(style) && open.length > 0 && !open[open.length - 1]) {
        flush(match.index);
        open[open.length - 1] = true;
      }
    } else if (tag.startsWith('</')) {
      flush(match.index + tag.length);
      open.pop();
    } else {
      flush(match.index);
      open.push(false);
    }
  }
  flush(xml.length);
  return out;
}

const STYLE_ELEMENT = /<w:style\b([^>]{0,2000})>((?:(?!<\/w:style>)[^]){0,20000})<\/w:style>/g;
const STYLE_ID = /\bw:styleId="([^"]{1,200})"/;
const STYLE_TYPE = /\bw:type="(character|paragraph)"/;
const BASED_ON = /<w:basedOn\s+w:val="([^"]{1,200})"/;
const RUN_PROPERTIES = /<w:rPr>((?:(?!<\/w:rPr>)[^]){0,4000})<\/w:rPr>/;
/** Styles followed up their basedOn chain at most: one based on itself ends there. */
const MAX_STYLE_DEPTH = 20;

interface WithdrawingStyles {
  /** character styles that strike their runs through or hide them */
  character: ReadonlySet<string>;
  /** character styles that set striking and hiding off, over a paragraph style's */
  restoring: ReadonlySet<string>;
  /** paragraph styles that strike or hide the runs of their paragraphs */
  paragraph: ReadonlySet<string>;
  /** how the styles that set a colour, a size or a ground draw their text */
  looks: StyleLooks;
  /** character styles that set their runs above or below the line (superscript, subscript) */
  raising: ReadonlySet<string>;
}

/** How a style draws its text, by itself or the style it is based on: a colour (RRGGBB), a size (half-points), a ground it shows on. */
interface Look {
  colour?: string;
  size?: number;
  ground: boolean;
}

interface StyleLooks {
  character: ReadonlyMap<string, Look>;
  paragraph: ReadonlyMap<string, Look>;
  /** some style sets its text white */
  white: boolean;
  /** some style sets its text at 1 pt or less */
  tiny: boolean;
}

const NO_LOOKS: StyleLooks = { character: new Map(), paragraph: new Map(), white: false, tiny: false };
const NO_STYLES: WithdrawingStyles = { character: new Set(), restoring: new Set(), paragraph: new Set(), looks: NO_LOOKS, raising: new Set() };

/**
 * The styles (styles.xml) that strike their runs through or hide them, of their own or by the
 * style they are based on: a correction marked with a character style (删除线, an editor's 修订
 * style) rather than a run's own properties was read beside the figure that replaced it; a
 * paragraph set in a hidden or struck paragraph style (a drafter's note, a withdrawn passage) was read.
 */
function withdrawingStyles(xml: string): WithdrawingStyles {
  const styles = { character: new Map<string, StyleNode>(), paragraph: new Map<string, StyleNode>() };
  for (const [, attributes, body] of xml.matchAll(STYLE_ELEMENT)) {
    const id = STYLE_ID.exec(attributes!)?.[1];
    const type = STYLE_TYPE.exec(attributes!)?.[1] as 'character' | 'paragraph' | undefined;
    if (id === undefined || type === undefined) continue;
    const properties = RUN_PROPERTIES.exec(body!)?.[1] ?? '';
    const withdrawn = WITHDRAWN.test(properties) ? true : NOT_WITHDRAWN.test(properties) ? false : undefined;
    const size = SIZE.exec(properties)?.[1];
    const alignment = VERTICAL_ALIGNMENT.exec(properties)?.[1];
    styles[type].set(id, {
      basedOn: BASED_ON.exec(body!)?.[1],
      withdrawn,
      colour: COLOR.exec(properties)?.[1],
      size: size === undefined ? undefined : Number(size),
      ground: GROUND.test(body!) ? true : undefined,
      raised: alignment === undefined ? undefined : alignment !== 'baseline',
    });
  }
  const withdrawingOf = (family: ReadonlyMap<string, StyleNode>, value: boolean) =>
    new Set([...family.keys()].filter((id) => resolved(family, id, 'withdrawn') === value));
  return {
    character: withdrawingOf(styles.character, true),
    restoring: withdrawingOf(styles.character, false),
    paragraph: withdrawingOf(styles.paragraph, true),
    looks: styleLooks(styles),
    raising: new Set([...styles.character.keys()].filter((id) => resolved(styles.character, id, 'raised') === true)),
  };
}

/** The looks of the styles that set a colour, a size or a ground, followed up their basedOn chain. */
function styleLooks(styles: Record<'character' | 'paragraph', ReadonlyMap<string, StyleNode>>): StyleLooks {
  let white = false;
  let tiny = false;
  const looksOf = (family: ReadonlyMap<string, StyleNode>) => {
    const looks = new Map<string, Look>();
    for (const id of family.keys()) {
      const look = { colour: resolved(family, id, 'colour'), size: resolved(family, id, 'size'), ground: resolved(family, id, 'ground') === true };
      if (look.colour === undefined && look.size === undefined && !look.ground) continue;
      white ||= WHITE.test(look.colour ?? '');
      tiny ||= (look.size ?? Infinity) <= MAX_INVISIBLE_HALF_POINTS;
      looks.set(id, look);
    }
    return looks;
  };
  const character = looksOf(styles.character);
  const paragraph = looksOf(styles.paragraph);
  return { character, paragraph, white, tiny };
}

interface StyleNode {
  basedOn?: string;
  withdrawn?: boolean;
  colour?: string;
  size?: number;
  ground?: boolean;
  raised?: boolean;
}

/** A style's property, set by itself or the first style up its basedOn chain that sets it. */
function resolved<K extends 'withdrawn' | 'colour' | 'size' | 'ground' | 'raised'>(
  family: ReadonlyMap<string, StyleNode>,
  id: string,
  property: K,
): StyleNode[K] {
  let style = family.get(id);
  for (let depth = 0; style && style[property] === undefined && depth < MAX_STYLE_DEPTH; depth++) style = style.basedOn ? family.get(style.basedOn) : undefined;
  return style?.[property];
}

/** A field's begin, separate and end characters, and the text runs show. */
const FIELD_CHARACTER_OR_TEXT =
  /<w:fldChar\b[^>]{0,2000}?\bw:fldCharType="(begin|separate|end)"[^>]{0,2000}>|<w:instrText\b[^>]*>([^<]*)<\/w:instrText>|<w:t\b[^>]*\/>|<w:t\b[^>]*>[^<]*<\/w:t>/g;
/** A field whose result is a value the text needs: a formula, a mail merge's, a reference, a number in a sequence, a property. */
const VALUE_FIELD = /^\s*(?:=|(?:MERGEFIELD|REF|SEQ|DOCPROPERTY|DOCVARIABLE|QUOTE|FORMTEXT)\b)/i;
/** A simple field, its code and its result. */
const SIMPLE_FIELD = /<w:fldSimple\b[^>]{0,2000}?\bw:instr="([^"]{0,2000})"[^>]{0,2000}?(?:\/>|>([^]*?)<\/w:fldSimple>)/g;
/** A run's text that shows something. */
const SHOWN_TEXT = /<w:t\b[^>]*>[^<]*\S[^<]*<\/w:t>/;
/** Characters of a field's code a notice quotes. */
const MAX_SHOWN_CODE = 40;

/**
 * The codes of the value fields (see VALUE_FIELD) whose result is not saved: a field inserted and
 * never updated (=SUM(ABOVE) typed with Ctrl+F9), or one whose result a tool stripped. Word shows
 * nothing there until the fields are updated, and the figure is not in the file.
 */
function unsavedFields(xml: string): string[] {
  if (!xml.includes('fldChar') && !xml.includes('fldSimple')) return [];
  const unsaved: string[] = [];
  const fields: Array<{ code: string; inResult: boolean; shown: boolean }> = [];
  for (const [tag, character, code] of xml.matchAll(FIELD_CHARACTER_OR_TEXT)) {
    const field = fields[fields.length - 1];
    if (character === 'begin') fields.push({ code: '', inResult: false, shown: false });
    else if (character === 'separate' && field) field.inResult = true;
    else if (character === 'end' && field) {
      fields.pop();
      if (!field.shown && VALUE_FIELD.test(field.code)) unsaved.push(field.code.trim());
      // a nested field's result is its outer field's
      const outer = fields[fields.length - 1];
      if (outer?.inResult && field.shown) outer.shown = true;
    } else if (code !== undefined) {
      if (field && !field.inResult) field.code += code;
    } else if (field?.inResult && SHOWN_TEXT.test(tag)) field.shown = true;
  }
  for (const [, code, result] of xml.matchAll(SIMPLE_FIELD)) {
    if (!SHOWN_TEXT.test(result ?? '') && VALUE_FIELD.test(code!)) unsaved.push(code!.trim());
  }
  return unsaved;
}

/** A field giving a page's number or the pages' count. */
const PAGE_NUMBER_FIELD = /(?:w:instr="|<w:instrText\b[^>]*>)\s*(?:PAGE|NUMPAGES|SECTIONPAGES)\b/i;
const RUN_TEXT = /<w:t\b[^>]*>([^<]*)<\/w:t>/g;

/**
 * The document without the paragraphs that hold only page fields and the words around them (a page
 * footer typed into the body): their results not read, （第页，共页） and -  - stood as lines of the report.
 */
function withoutPageNumberParagraphs(xml: string): string {
  if (!PAGE_NUMBER_FIELD.test(xml)) return xml;
  return xml.replace(INNERMOST_PARAGRAPH, (paragraph) => {
    if (!PAGE_NUMBER_FIELD.test(paragraph)) return paragraph;
    const words = [...withoutFieldCodeText(paragraph).matchAll(RUN_TEXT)].map(([, text]) => text).join('');
    return words.replace(PAGE_WORDS, '') === '' ? '' : paragraph;
  });
}

/**
 * Fields whose result is not read: a table of contents (see isContentsLine), and a page's number, the
 * pages' count or a cross-reference's page, which inside a paragraph read as part of its text: a page
 * number after a figure lengthened it (…办理案件46, then page 5, then 件: 465件).
 */
const UNREAD_RESULT_FIELD = /^\s*(?:TOC|PAGE|PAGEREF|NUMPAGES|SECTIONPAGES)\b/i;

/**
 * The document without the text in a field's code, between its begin and its separate, nor the result
 * of a field of UNREAD_RESULT_FIELD: a field nested in another's code (a page count less one,
 * = {NUMPAGES} - 1) shows its result there, which mammoth read beside the outer field's own (共87页
 * for 共7页); Word shows only the outermost result. A table of contents is not read, also when its
 * lines link to no heading. A document whose fields do not all end is read as mammoth reads it: what
 * follows an unended field is not lost.
 */
function withoutFieldCodeText(xml: string): string {
  const simple = xml.includes('fldSimple')
    ? xml.replace(SIMPLE_FIELD, (field, code: string, _result: unknown, at: number) =>
        UNREAD_RESULT_FIELD.test(code) && !standsAsPageNumber(xml, code, at, at + field.length) ? '' : field,
      )
    : xml;
  if (!simple.includes('fldChar')) return simple;
  const named = fieldsNamingPages(simple);
  // the fields open, innermost last
  const fields: Array<{ inCode: boolean; code: string; named: boolean }> = [];
  let unread = 0;
  let begun = 0;
  const unreadResult = (field: { code: string; named: boolean }) => UNREAD_RESULT_FIELD.test(field.code) && !field.named;
  const read = simple.replace(FIELD_CHARACTER_OR_TEXT, (tag, character: string | undefined, code: string | undefined) => {
    const field = fields[fields.length - 1];
    if (character === 'begin') {
      fields.push({ inCode: true, code: '', named: named.has(begun++) });
      unread++;
    } else if (character === 'separate' && field?.inCode) {
      field.inCode = false;
      if (!unreadResult(field)) unread--;
    } else if (character === 'end' && field) {
      fields.pop();
      if (field.inCode || unreadResult(field)) unread--;
    } else if (code !== undefined) {
      if (field?.inCode) field.code += code;
    } else if (character === undefined && unread > 0) return '';
    return tag;
  });
  return fields.length === 0 ? read : simple;
}

/**
 * Whether a page field (`code`, from `from` to `to` in the document) stands between the words that name a page
 * (详见第{PAGEREF}页, 第{PAGE}页): its number is read, as no figure runs into it; without it 详见第页 was read.
 */
function standsAsPageNumber(xml: string, code: string, from: number, to: number): boolean {
  if (!PAGE_FIELD.test(code)) return false;
  const before = xml.slice(Math.max(0, from - 4000), from);
  const paragraphStart = Math.max(before.lastIndexOf('<w:p>'), before.lastIndexOf('<w:p '));
  const textsBefore = [...before.slice(paragraphStart + 1).matchAll(RUN_TEXT)].map(([, text]) => text!).filter((text) => text.trim() !== '');
  if (!PAGE_NAMED_BEFORE.test(textsBefore[textsBefore.length - 1] ?? '')) return false;
  const after = xml.slice(to, to + 4000);
  const paragraphEnd = after.indexOf('</w:p>');
  const textAfter = [...(paragraphEnd < 0 ? after : after.slice(0, paragraphEnd)).matchAll(RUN_TEXT)]
    .map(([, text]) => text!)
    .find((text) => text.trim() !== '');
  return PAGE_NAMED_AFTER.test(textAfter ?? '');
}

/** Which fields of the document, counted by their begin characters, are page fields standing as a page's number (see standsAsPageNumber). */
function fieldsNamingPages(xml: string): Set<number> {
  const named = new Set<number>();
  if (!PAGE_NUMBER_FIELD.test(xml) && !/PAGEREF/i.test(xml)) return named;
  const open: Array<{ index: number; from: number; code: string }> = [];
  let begun = 0;
  for (const match of xml.matchAll(FIELD_CHARACTER_OR_TEXT)) {
    const [tag, character, code] = match;
    if (character === 'begin') open.push({ index: begun++, from: match.index, code: '' });
    else if (code !== undefined && open.length > 0) open[open.length - 1]!.code += code;
    else if (character === 'end') {
      const field = open.pop();
      if (field && standsAsPageNumber(xml, field.code, field.from, match.index + tag.length)) named.add(field.index);
    }
  }
  return named;
}

/**
 * Elements that hold runs and that mammoth skips with all their text: a simple field, whose runs
 * are its result (w:fldSimple: a figure a formula or a mail merge gave), and text set in a
 * direction (w:dir, w:bdo). Their tags go, their runs stay.
 */
const RUN_WRAPPER_TAG = /<\/?w:(?:fldSimple|dir|bdo)\b[^<>]{0,2000}>/g;
const RUBY_BASE = /<w:rubyBase>([^]*)<\/w:rubyBase>/;

/** A symbol (w:sym) by its font and its character's code, in hex. */
const SYMBOL = /<w:sym\b(?=[^>]*\bw:font="([^"]*)")(?=[^>]*\bw:char="([0-9A-Fa-f]{1,6})")[^>]*\/>/g;
const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** The symbol fonts mammoth reads a w:sym of, by its table of their characters. */
const DINGBAT_FONT = /^(?:symbol|webdings|wingdings(?: [23])?)$/i;

/**
 * The document with the symbols of text fonts (宋体, Times New Roman: Insert Symbol's ≥, ±, a digit) as their
 * characters: mammoth reads a symbol only in the dingbat fonts it knows, and dropped these (培训4⏎60人次 read
 * 培训60人次). A code in F000–F0FF is a symbol font's convention for the byte after it, as mammoth reads it.
 */
function withTextFontSymbols(xml: string): string {
  if (!xml.includes('<w:sym')) return xml;
  return xml.replace(SYMBOL, (symbol: string, font: string, hex: string) => {
    if (DINGBAT_FONT.test(font)) return symbol;
    const code = Number.parseInt(hex, 16);
    if (code < 0x20 || code > 0x10ffff) return symbol;
    const char = String.fromCodePoint(code >= 0xf020 && code <= 0xf0ff ? code - 0xf000 : code);
    return `<w:t xml:space="preserve">${XML_ESCAPES[char] ?? char}</w:t>`;
  });
}

/** Text whose direction is overridden right to left (w:bdo w:val="rtl"): shown character by character from the right. */
const OVERRIDDEN_RIGHT_TO_LEFT = /<w:bdo\b[^<>]{0,2000}?\bw:val="rtl"[^<>]{0,2000}>([^]*?)<\/w:bdo>/g;
const RUN_TEXT_PARTS = /(<w:t\b[^<>]{0,2000}>)([^<]*)(<\/w:t>)/g;
const XML_ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([\da-f]{1,6}));/gi;
const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const fromXml = (text: string): string =>
  text.replace(XML_ENTITY, (_, name: string | undefined, decimal: string | undefined, hex: string | undefined) =>
    name ? NAMED_ENTITIES[name.toLowerCase()]! : String.fromCodePoint(decimal ? Number(decimal) : parseInt(hex!, 16)),
  );
const toXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A w:bdo's runs with their text as Word shows it, right to left: the characters of all its runs reversed, set in its
 * first run's text, the others' emptied (<w:bdo w:val="rtl">64</w:bdo> shows 46, an anti-copy trick, as a page's
 * <bdo dir="rtl"> is). Read in the order written, the figure was another.
 */
function withTextReversed(element: string): string {
  const texts = [...element.matchAll(RUN_TEXT_PARTS)].map((m) => fromXml(m[2]!));
  if (texts.length === 0) return element;
  const reversed = toXml([...texts.join('')].reverse().join(''));
  let first = true;
  return element.replace(RUN_TEXT_PARTS, (_, open: string, _text: string, close: string) => {
    const text = first ? reversed : '';
    first = false;
    return `${open}${text}${close}`;
  });
}

/**
 * The document with the runs of field results, directed text and rubies (拼音 over characters) as
 * runs of their paragraph. A ruby stands inside a run, its base as runs of their own: the run is
 * closed before them and opened again after them, for its end tag; the pronunciation goes, which
 * set inline would split words and figures.
 */
function withRunsUnwrapped(xml: string): string {
  const unwrapped = withProcessedContentUnwrapped(xml.includes('<w:bdo') ? xml.replace(OVERRIDDEN_RIGHT_TO_LEFT, withTextReversed) : xml).replace(
    RUN_WRAPPER_TAG,
    '',
  );
  let out = '';
  let from = 0;
  for (let start = unwrapped.indexOf('<w:ruby>'); start >= 0; start = unwrapped.indexOf('<w:ruby>', from)) {
    const end = unwrapped.indexOf('</w:ruby>', start);
    if (end < 0) break;
    const base = RUBY_BASE.exec(unwrapped.slice(start, end))?.[1];
    out += unwrapped.slice(from, start) + (base === undefined ? '' : `</w:r>${base}<w:r>`);
    from = end + '</w:ruby>'.length;
  }
  return from === 0 ? unwrapped : out + unwrapped.slice(from);
}

/** Markup compatibility's lists: the prefixes of namespaces a reader may ignore, and the elements whose content it reads. */
const IGNORABLE = /\smc:Ignorable\s*=\s*["']([^"'<>]{1,2000})["']/g;
const PROCESS_CONTENT = /\smc:ProcessContent\s*=\s*["']([^"'<>]{1,2000})["']/g;
const QUALIFIED_NAME = /^([A-Za-z_][\w.-]{0,40}):([A-Za-z_][\w.-]{0,80}|\*)$/;
const escaped = (name: string) => name.replace(/\./g, '\\.');

/**
 * The document with the elements its mc:ProcessContent names (prefix:name, or prefix:* for all of a namespace's) as
 * their content: a generator's own wrappers, in a namespace mc:Ignorable declares, around runs or paragraphs. A reader
 * that does not know them reads what they hold (ECMA-376 part 3); mammoth skipped them with it, and a figure or a
 * paragraph was lost. An ignorable element not so named goes with its content, as the standard says.
 */
function withProcessedContentUnwrapped(xml: string): string {
  if (!xml.includes('ProcessContent')) return xml;
  const ignorable = new Set([...xml.matchAll(IGNORABLE)].flatMap(([, list]) => list!.trim().split(/\s+/)));
  const names: string[] = [];
  for (const [, list] of xml.matchAll(PROCESS_CONTENT)) {
    for (const name of list!.trim().split(/\s+/)) {
      const [, prefix, local] = QUALIFIED_NAME.exec(name) ?? [];
      if (prefix === undefined || !ignorable.has(prefix) || prefix === 'w' || prefix === 'mc') continue;
      names.push(`${escaped(prefix)}:${local === '*' ? '[\\w.-]+' : escaped(local!)}`);
    }
  }
  return names.length === 0 ? xml : xml.replace(new RegExp(`<\\/?(?:${names.join('|')})(?=[\\s/>])[^<>]{0,2000}>`, 'g'), '');
}

/** An equation (Office Math), and the tags inside it that its text is read by. */
const EQUATION = /<m:oMath(?:\s[^>]*)?>([^]*?)<\/m:oMath>/g;
/** A paragraph of equations: mammoth skips it with all it holds. */
const EQUATION_PARAGRAPH_TAG = /<\/?m:oMathPara(?:\s[^>]*)?>/g;
const MATH_TAG = /<m:t\b[^>]*>([^<]*)<\/m:t>|<(\/?)m:(num|den|d|begChr|endChr)\b([^>]*?)\/?>/g;
const MATH_VALUE = /\bm:val="([^"]{1,8})"/;

/**
 * The document with each equation (m:oMath, Office Math) as a run of its text, as it reads in a
 * line: a fraction's parts either side of a slash, a bracketed part in its brackets (round unless
 * it says which). mammoth skips math with its text: a figure typed as an equation was lost, its
 * sentence read without it.
 */
function withMathAsRuns(xml: string): string {
  if (!xml.includes('<m:oMath')) return xml;
  return xml.replace(EQUATION_PARAGRAPH_TAG, '').replace(EQUATION, (_, content: string) => {
    let text = '';
    // the closing bracket of each bracketed part open, innermost last
    const closings: string[] = [];
    for (const [tag, mathText, closing, name, attributes] of content.matchAll(MATH_TAG)) {
      if (mathText !== undefined) text += mathText;
      else if (name === 'den' && !closing) text += '/';
      else if (name === 'd' && !closing && !tag.endsWith('/>')) {
        text += '(';
        closings.push(')');
      } else if (name === 'd' && closing) text += closings.pop() ?? '';
      else if (name === 'begChr' && closings.length > 0) text = text.slice(0, -1) + (MATH_VALUE.exec(attributes!)?.[1] ?? '');
      else if (name === 'endChr' && closings.length > 0) closings[closings.length - 1] = MATH_VALUE.exec(attributes!)?.[1] ?? '';
    }
    return `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
  });
}

/**
 * WordArt as Word 97–2003 and WPS drew it, which a .doc converted to .docx keeps (a red-headed document's issuing organ,
 * 澄岭县人民政府文件, or its title): a VML shape whose v:textpath holds the text in its string attribute, which mammoth
 * does not read. The title or organ drawn so was lost. The text is given its shape as a text box of its own, a paragraph
 * a line (&#xA;), which mammoth reads after the shape's paragraph; a shape type's text path has no string and stays.
 */
const WORD_ART = /<v:textpath\b[^<>]{0,4000}?\sstring\s*=\s*(?:"([^"<>]{1,2000})"|'([^'<>]{1,2000})')[^<>]{0,4000}?(?:\/>|>\s*<\/v:textpath>)/g;
/** A line break inside an attribute's value, as a character reference or as written. */
const ATTRIBUTE_LINE_BREAK = /&#(?:x0*[aAdD]|0*1[03]);|[\r\n]/;
function withWordArtShown(xml: string): string {
  if (!xml.includes('<v:textpath')) return xml;
  return xml.replace(WORD_ART, (tag, doubleQuoted: string | undefined, singleQuoted: string | undefined) => {
    const lines = (doubleQuoted ?? singleQuoted!).split(ATTRIBUTE_LINE_BREAK).filter((line) => line.trim() !== '');
    const paragraphs = lines.map((line) => `<w:p><w:r><w:t xml:space="preserve">${line}</w:t></w:r></w:p>`).join('');
    return paragraphs === '' ? tag : `${tag}<v:textbox><w:txbxContent>${paragraphs}</w:txbxContent></v:textbox>`;
  });
}

/** The tags that place a text box: alternative content and its choices, drawings, a drawing's text box. */
const TEXT_BOX_TAG = /<(\/?)(mc:AlternateContent|mc:Choice|mc:Fallback|w:drawing|wps:txbx)\b[^<>]{0,2000}?(\/?)>/g;

/** Declared where it is used: a document with no VML of its own need not declare it. */
const VML_NAMESPACE = 'xmlns:v="urn:schemas-microsoft-com:vml"';

interface Alternatives {
  /** the first choice's start and end tags, as [start, end] offsets */
  choice?: [number, number];
  choiceEnd?: [number, number];
  fallback: boolean;
}

/**
 * The document with its text boxes where mammoth reads them. mammoth reads a text box only as
 * the VML fallback Word writes beside a drawing (w:pict, v:textbox) and skips the drawing: a text
 * box WPS writes as a choice with no fallback, or a generator as a bare drawing, was lost with
 * the report it held. A choice with no fallback is made the fallback; a drawing's text box outside
 * a choice is copied after the drawing as VML, where mammoth reads it after its paragraph.
 */
function withTextBoxesShown(xml: string): string {
  if (!xml.includes('<wps:txbx')) return xml;
  const edits: Array<{ at: number; end: number; text: string }> = [];
  const alternatives: Alternatives[] = [];
  for (const match of xml.matchAll(TEXT_BOX_TAG)) {
    const [tag, closing, name, selfClosing] = match;
    if (selfClosing) continue;
    const span: [number, number] = [match.index, match.index + tag.length];
    const top = alternatives[alternatives.length - 1];
    if (name === 'mc:AlternateContent' && !closing) alternatives.push({ fallback: false });
    else if (name === 'mc:Fallback' && top) top.fallback = true;
    else if (name === 'mc:Choice' && top) {
      if (!closing) top.choice ??= span;
      else if (top.choice && !top.choiceEnd) top.choiceEnd = span;
    } else if (name === 'mc:AlternateContent' && top) {
      alternatives.pop();
      if (!top.fallback && top.choice && top.choiceEnd) {
        edits.push({ at: top.choice[0], end: top.choice[1], text: '<mc:Fallback>' }, { at: top.choiceEnd[0], end: top.choiceEnd[1], text: '</mc:Fallback>' });
      }
    }
  }
  const shown = applyEdits(xml, edits);
  edits.length = 0;
  let choices = 0;
  let textBoxStart = -1;
  const drawings: string[][] = [];
  for (const match of shown.matchAll(TEXT_BOX_TAG)) {
    const [tag, closing, name, selfClosing] = match;
    if (selfClosing) continue;
    if (name === 'mc:Choice') choices += closing ? -1 : 1;
    else if (name === 'w:drawing' && !closing) drawings.push([]);
    else if (name === 'w:drawing') {
      const boxes = drawings.pop();
      const end = match.index + tag.length;
      if (boxes?.length) edits.push({ at: end, end, text: `<w:pict><v:textbox ${VML_NAMESPACE}>${boxes.join('')}</v:textbox></w:pict>` });
    } else if (name === 'wps:txbx' && !closing) {
      if (choices === 0 && textBoxStart < 0 && drawings.length > 0) textBoxStart = match.index + tag.length;
    } else if (name === 'wps:txbx' && textBoxStart >= 0) {
      drawings[drawings.length - 1]?.push(shown.slice(textBoxStart, match.index));
      textBoxStart = -1;
    }
  }
  return applyEdits(shown, edits);
}

/** The text with each span [at, end) replaced, the spans in order and apart. */
function applyEdits(text: string, edits: ReadonlyArray<{ at: number; end: number; text: string }>): string {
  if (edits.length === 0) return text;
  const sorted = [...edits].sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  for (const edit of sorted) {
    out += text.slice(from, edit.at) + edit.text;
    from = edit.end;
  }
  return out + text.slice(from);
}

/**
 * The document with its notes read where Word's reader finds them: mammoth's raw text leaves notes out, and a figure a
 * report puts in a note completes the sentence its mark stands in. A footnote whose mark stands in a paragraph of prose
 * is read right after that sentence, as sentences of its own (办理行政复议案件41件¹。…调解纠纷2316件。 then 注1:…已审结38件 reads
 * 办理行政复议案件41件。注1:…已审结38件。…调解纠纷2316件。): read after the paragraph, its figures took the subject of the
 * paragraph's last sentence, not the one the mark gave them. A footnote of a table or of a line with no clause mark (a
 * heading, a title) is read after it, and the endnotes after the last paragraph. Each note is read once; the marks are
 * not written (a note's number beside a figure would join it: 学法8次1).
 */
function withNotesPlaced(document: DocxElement): DocxElement {
  const { notes } = document;
  if (!notes) return document;
  const children: DocxElement[] = [];
  const endnotes: DocxElement[] = [];
  const placed = new Set<object>();
  for (const child of document.children ?? []) {
    const inClause = child.type === 'paragraph' && CLAUSE_MARK.test(textOf(child));
    const inline = new Map<DocxElement, string>();
    const after: DocxElement[] = [];
    for (const reference of noteReferences(child)) {
      const note = notes.resolve(reference);
      if (note === null || placed.has(note)) continue;
      placed.add(note);
      if (reference.noteType === 'endnote') endnotes.push(...note.body);
      else if (inClause)
        inline.set(
          reference,
          note.body
            .map(textOf)
            .join('')
            .replace(/\s*\n\s*/g, '')
            .trim(),
        );
      else after.push(...note.body);
    }
    children.push(inline.size === 0 ? child : withNotesInline(child, inline), ...after);
  }
  return placed.size === 0 ? document : { ...document, children: [...children, ...endnotes] };
}

/** The element with its note references set as the notes' texts, marked off for textOf. */
function withNotesInline(element: DocxElement, inline: ReadonlyMap<DocxElement, string>): DocxElement {
  const text = inline.get(element);
  if (text !== undefined) return { type: 'text', value: text === '' ? '' : `${NOTE_OPEN}${text}${NOTE_CLOSE}` };
  if (!element.children) return element;
  return { ...element, children: element.children.map((child) => withNotesInline(child, inline)) };
}

/** The note references inside an element, in the order they stand. */
function noteReferences(element: DocxElement): DocxElement[] {
  if (element.type === 'noteReference') return [element];
  return (element.children ?? []).flatMap(noteReferences);
}

/**
 * The element's text as mammoth's raw text has it, a paragraph per line, but a row of figures on
 * one and no table of contents.
 */
function textOf(element: DocxElement): string {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab') return '\t';
  // a line, page or column break inside a paragraph (w:br) ends a line as Word shows it: 报告<w:br/>日期 was 报告日期
  if (element.type === 'break') return element.breakType === 'page' || element.breakType === 'column' ? PAGE_BREAK : LINE_SEPARATOR;
  if (element.type === 'table') return tableText(element);
  let text = '';
  for (const child of element.children ?? []) text += textOf(child);
  if (element.type !== 'paragraph') return text;
  if (text.includes(NOTE_OPEN)) text = notesAfterSentences(text);
  if (text.includes(PAGE_BREAK)) text = withPageBreaksInFiguresJoined(text).replaceAll(PAGE_BREAK, '\n');
  text = withLineBreaksInSentencesRead(text);
  return isContentsLine(element, text) ? '' : text + '\n';
}

/** Where a page or column break stands in a paragraph's text until it is read: a form feed, which no XML text holds. */
const PAGE_BREAK = '\f';

/** Word's styles of a table of contents: its lines (toc 1 … toc 9) and its title (TOC Heading). */
const CONTENTS_STYLE = /^toc ?(?:\d|heading)$/i;
/** A line of a table of contents ends in its page number after a tab (the dot leader is the tab's). */
const PAGE_NUMBER_END = /\t\s*\d{1,4}\s*$/;
/** The bookmarks Word sets on the headings a table of contents links to. */
const HEADING_BOOKMARK = /^_Toc/;

/**
 * A line of the table of contents (a TOC field's result, whether in a content control or not):
 * no body text, and its copies of the headings would be taken for the report's sections.
 */
function isContentsLine(paragraph: DocxElement, text: string): boolean {
  if (CONTENTS_STYLE.test(paragraph.styleName ?? '') || CONTENTS_STYLE.test(paragraph.styleId ?? '')) return true;
  return PAGE_NUMBER_END.test(text) && linksToHeading(paragraph);
}

function linksToHeading(element: DocxElement): boolean {
  if (element.type === 'hyperlink' && HEADING_BOOKMARK.test(element.anchor ?? '')) return true;
  return (element.children ?? []).some(linksToHeading);
}

/**
 * A table's rows, each row of figures on a line, a cell merged down (w:vMerge) written again in
 * every row it spans, a header cell spanning columns (w:gridSpan) set before each header under it
 * (./table-cells.ts, as a web page's table is read).
 */
function tableText(table: DocxElement): string {
  let text = '';
  let above: ReadonlyArray<MergedDown<DocxElement>> = [];
  let spanningAbove: readonly SpanningHeader[] = [];
  for (const child of table.children ?? []) {
    if (child.type !== 'tableRow') {
      text += textOf(child);
      continue;
    }
    const own = (child.children ?? []).filter((cell) => cell.type === 'tableCell');
    const { cells, below } = withCellsMergedDown(own, above, spanOf);
    above = below;
    const texts = figureRowCells(cells);
    const headed = texts && withSpanningHeaders(cells, texts, own, spanningAbove, spanOf);
    spanningAbove = headed?.spanning ?? [];
    text += headed === undefined ? textOf(child) : headed.texts.join(' | ') + '\n';
  }
  return text;
}

/** A cell's span; only a label or a value stands again in the rows under it, not a cell of page layout. */
const spanOf = (cell: DocxElement): CellSpan => {
  const rows = cell.rowSpan ?? 1;
  return { columns: cell.colSpan ?? 1, rows: rows > 1 && !holdsTable(cell) && nonSpaceLength(textOf(cell)) <= MAX_CELL_CHARS ? rows : 1 };
};

/**
 * The texts of a row of figures, written as a web page's is (审查政府合同(件) | 238), or undefined for
 * a row of page layout (one cell, or a cell holding a table or paragraphs of text).
 */
function figureRowCells(row: readonly DocxElement[]): string[] | undefined {
  const cells: string[] = [];
  for (const cell of row) {
    if (holdsTable(cell)) return undefined;
    const text = textOf(cell).replace(/\s+/g, ' ').trim();
    if (nonSpaceLength(text) > MAX_CELL_CHARS) return undefined;
    cells.push(text);
  }
  return cells.length >= 2 ? cells : undefined;
}

function holdsTable(element: DocxElement): boolean {
  for (const child of element.children ?? []) if (child.type === 'table' || holdsTable(child)) return true;
  return false;
}
