/**
 * The document stage: normalised text → sections (with kinds), sentences and metadata.
 * Pure and synchronous; every pass is linear in the text length.
 */
import type { SourceText } from '../ingest/types.js';
import {
  captionedAppendices,
  classifySections,
  isDataBoxCaption,
  isRetellingCaption,
  isFinding,
  nextYearOpener,
  paragraphSwitches,
  titleCue,
  unnumberedHeadings,
  type Region,
} from './classify.js';
import { applyCorrections, bracketedExampleFigures, defaultZeros, findCorrections, findRevisions, findUnstated, withoutSpans } from './corrections.js';
import { gatheredParts } from './gathered.js';
import {
  dateOf,
  findHeadLines,
  findOpening,
  findTitleLines,
  inferKind,
  inferYear,
  isReply,
  isSample,
  paragraphStart,
  saidAfter,
  type MetaInput,
} from './meta.js';
import {
  caseStories,
  editorNotes,
  findAppendix,
  findClosing,
  findHeadings,
  findItems,
  findRelated,
  headingsBefore,
  ITEM_DEPTH,
  lastBodyHeading,
  relatedBlocks,
  runInItemNumbers,
} from './outline.js';
import { bureauOf, inferPlace } from './places/index.js';
import { loadGazetteer } from './places/gazetteer.js';
import { readSentence, runningLines, softBreaks, splitSentences } from './sentences.js';
import { undoneTasks } from './task-rows.js';
import { maskTitles, splitLines, type Line } from './text.js';
import type { Document, Section, SectionKind, Sentence, Span } from './types.js';
import { documentWording, loadDocumentWording, type DocumentWording, type SectionWording } from './wording.js';

export type { Document, DocumentMeta, Section, Sentence, Span } from './types.js';

/**
 * Loads what the synchronous document stage reads (the gazetteer, the wording of rules/), from the
 * disk cache: called before a report is read, alongside ingest.
 */
export async function loadDocumentStage(): Promise<void> {
  await Promise.all([loadGazetteer(), loadDocumentWording()]);
}

/**
 * The document a source text is; `wording` is the package's own (rules/) unless its examples are being tried.
 * `checkTime` is called between the steps and every few sentences, and throws once the document's time is up:
 * each step is linear, but a text at the limits (a hundred thousand short lines or headings) takes seconds.
 */
export function buildDocument(
  source: SourceText,
  { sections: wording, documents, places, years, layout }: DocumentWording = documentWording(),
  checkTime: () => void = () => {},
): Document {
  const { text } = source;
  const lines = splitLines(text);

  const announces = (title: string): boolean => titleCue(wording, title) !== null;
  let headings = findHeadings(text, lines, text.length, announces, layout.slide_label.pattern);
  const firstHeading = headings[0]?.span.start ?? text.length;
  const opening = findOpening(layout, text, lines, firstHeading);
  // notes under the signature (① 数据来源于…, 1.表中数据截至…) may read as headings: the body ends before them
  const lastHeading = lastBodyHeading(layout, places.signature, text, headings);
  const bodyEnd = Math.max(lastHeading?.headingSpan.end ?? 0, opening?.last ?? 0);
  // the links to other articles a news post prints after the report (往期推荐): the body ends before them
  const related = findRelated(layout, text, lines, bodyEnd);
  const closing = findClosing(layout, places.signature, text, lines, bodyEnd, related);
  // top-level headings without numbers, where none carries one
  const unnumbered = headings.some((h) => h.depth === 1) ? null : unnumberedHeadings(wording);
  if (unnumbered) headings = findHeadings(text, lines, closing, announces, layout.slide_label.pattern, unnumbered);
  else if (closing < text.length) headings = headingsBefore(text, headings, closing);
  // an appendix after the last top-level section ends the outline: its tables belong to no section
  const lastTop = headings.findLast((h) => h.depth === 1);
  const appendix = lastTop ? findAppendix(layout, text, lines, lastTop.headingSpan.end, closing) : closing;
  if (appendix < closing) headings = headingsBefore(text, headings, appendix);

  checkTime();
  const sections = mergeSections(headings, findItems(text, lines, headings, appendix));
  checkTime();
  const roots = sections.filter((s) => s.parent === null && s.depth < ITEM_DEPTH);

  const masked = maskTitles(text);
  const head = findHeadLines(text, lines);
  const meta: MetaInput = {
    masked,
    text,
    titles: findTitleLines(layout, text, lines, Math.min(firstHeading, opening ? paragraphStart(text, lines, opening) : text.length)),
    head,
    // a masthead may print its issuer and date on one line (某市委依法治市办 2023年8月18日): the body is the issuer
    issuers: head.flatMap((line) => {
      const l = line.replace(TRAILING_DATE, '');
      return places.signature.test(l) ? [l] : (places.byline.exec(l)?.slice(1, 2) ?? []);
    }),
    opening: opening ? masked.slice(opening.first, opening.last) : null,
    closing: lines.filter((l) => l.first >= closing && l.first < l.last).map((l) => text.slice(l.first, l.last)),
    site: source.site?.split('\n') ?? [],
    tops: roots.map((s) => ({ title: s.title, cue: titleCue(wording, s.title) })),
  };
  // a template or a model text is the report of no body: of kind other, and none of its sentences is read
  const sample = isSample(documents, meta);
  const kind = sample ? 'other' : inferKind(documents, years, meta);
  const year = inferYear(documents, years, meta, kind);
  const dated = dateOf(years, meta);
  // said after the year reported on (a briefing, a speech of the next spring): its 去年 is that year, its 今年 the plans'
  const spokenAfter = saidAfter(years, meta.titles, dated, year);
  // a reply to a deputy, a member or a citizen: the department answering may speak for its place (see inferPlace)
  const reply = kind === 'other' && isReply(documents, meta);
  const { level, place, code, parents, government, governmentKind } = inferPlace(places, { ...meta, reply });
  const governmentBureau = level === 'department' ? bureauOf(place) : undefined;

  checkTime();
  const body: Span = { start: opening?.first ?? 0, end: closing };
  // the text after the outline (an appendix, the signature and what follows it) belongs to no section
  const tail = captionedAppendices(wording, text, lines, Math.min(appendix, closing));
  const regions = [...classifySections(wording, years, sections, kind, year, body, spokenAfter), ...tail].sort((a, b) => a.start - b.start);
  const { kindAt, turnIn } = regionKinds(wording, text, lines, regions, year, new Set(sections.map((s) => s.headingSpan.start)));
  for (const s of sections) s.kind = kindAt(s.span.start, s.kind, isLooseItem(s));

  const headingEnds = new Map(sections.filter((s) => s.depth < ITEM_DEPTH).map((s) => [s.headingSpan.start, s.headingSpan.end]));
  const running = runningLines(text, lines);
  const soft = softBreaks(text, lines, headingEnds, body.start, closing, layout.box_title.pattern, running, related);
  // paragraphs read once already, an editor's note (the outlet's words, not the body's) and links to other articles
  // inside the body (延伸阅读 before the report goes on): no sentence of theirs is read
  const headingStarts = new Set(headings.map((h) => h.headingSpan.start));
  const unread = [
    ...repeatedParagraphs(text, lines),
    ...editorNotes(layout, text, lines),
    ...relatedBlocks(layout, text, lines, headingStarts, Math.min(related, closing)),
  ];
  // other places' papers and items gathered into the document (a 汇编's county reports, a street's report as an appendix),
  // and the place's own paper of another year appended
  const gathered = gatheredParts(layout, places, text, lines, body.start, place, year);
  checkTime();
  const assigned = assignSentences(text, sections, headingEnds, closing, kindAt, turnIn, soft, running, checkTime).filter(
    (sentence) =>
      sentence.span.start < related &&
      (unread.length === 0 || !unread.some((line) => sentence.span.end > line.first && sentence.span.end <= line.last)) &&
      (gathered.length === 0 || !gathered.some((part) => sentence.span.start >= part.start && sentence.span.start < part.end)),
  );
  checkTime();
  const corrections = findCorrections(layout.correction.pattern, text);
  let sentences = sample
    ? ([] as Sentence[])
    : corrections.length === 0
      ? assigned
      : applyCorrections(assigned, corrections, (span, like) => ({
          ...readSentence(text, span, running),
          span,
          heading: false,
          section: like.section,
          top: like.top,
          kind: like.kind,
        }));
  // words quoted or remarked on, not stated (the old words of a revision, 初稿“…40份”改为“46份”; 〔待核实:…〕), are read as
  // if they were not there
  // …and so are a table's cells of 0 when its note says unfilled cells show 0 (系统导出,未填栏目默认显示为0), and the
  // figures in 【】 when a note says they are examples (注:文中【】内数据为示例)
  let unstated = [
    ...findRevisions(layout.revision.pattern, text),
    ...findUnstated(layout.unstated.patterns, text),
    ...defaultZeros(layout.default_zero.pattern, text, lines),
    ...bracketedExampleFigures(text, lines),
  ];
  // (a correction's quote of the wrong words stays where the right ones, a figure alone, go on from it: 持证执法人员 of
  // “持证执法人员1,126名”应为“1,162名”)
  const leads = corrections.flatMap((c) => (c.lead ? [c.lead] : []));
  if (leads.length > 0) unstated = unstated.filter((cut) => !leads.some((lead) => cut.start <= lead.start && lead.end <= cut.end));
  if (unstated.length > 0) sentences = withoutSpans(sentences, unstated);
  // an item's number typed straight before its count (3.19件 after 2.…) is no part of the figure
  const itemNumbers = runInItemNumbers(layout, text, lines);
  if (itemNumbers.length > 0) sentences = withoutSpans(sentences, itemNumbers);
  // a case told in full (案例一:…): its figures are the case's
  const stories = caseStories(layout, text, lines, sections, headingStarts);
  if (stories.length > 0)
    sentences = sentences.map((s) => (stories.some((story) => s.span.end > story.start && s.span.end <= story.end) ? { ...s, story: true } : s));
  // a row of a ledger of the year's tasks that says its task is not done (未启动, ×, ○ under 图例:○未完成): no achievement
  const undone = undoneTasks(layout, text, lines, year);
  if (undone.length > 0)
    sentences = sentences.map((s) => {
      const rows = undone.filter((r) => r.start < s.span.end && s.span.start < r.end);
      if (rows.length === 0) return s;
      const at = (offset: number): number => Math.min(Math.max(offset, s.span.start), s.span.end) - s.span.start;
      return { ...s, tasks: rows.map((r) => ({ start: at(r.start), end: at(r.end), status: r.later ? ('plan' as const) : ('gap' as const) })) };
    });
  const aboutUnits = kind === 'other' && meta.titles.some((title) => documents.other.units_title.test(title));
  return {
    source,
    kind,
    level,
    place,
    code,
    parents,
    government,
    governmentKind,
    governmentBureau,
    year,
    spokenAfter,
    aboutUnits,
    ...(dated ? { dated } : {}),
    sections,
    sentences,
  };
}

/** Sentences read between two looks at the clock (a power of two). */
const SENTENCES_A_LOOK = 64;

/** A full date closing a head line (read without blanks), after the issuer's name. */
const TRAILING_DATE = /(?<=[^\d])\d{4}年\d{1,2}月\d{1,2}日$/;

/** A paragraph this long, written again word for word, is the same text pasted twice, no coincidence. */
const MIN_REPEATED_PARAGRAPH = 40;
/** What ends a sentence inside a paragraph. */
const SENTENCE_ENDS = new Set(['。', '!', '?']);

/**
 * The lines that repeat earlier text word for word, each of their sentences standing in an earlier paragraph
 * (a web page with a part standing twice, a draft with a section copied in again, a paragraph's first sentence
 * pasted again as a paragraph of its own): the sentences that end in them are not read again (a heading pasted
 * with the paragraph may run into its first sentence), so that each figure is read once. The text stays as written.
 */
function repeatedParagraphs(text: string, lines: readonly Line[]): Line[] {
  const seen = new Set<string>();
  const repeated: Line[] = [];
  for (const line of lines) {
    if (line.last - line.first < MIN_REPEATED_PARAGRAPH) continue;
    const sentences = sentencesOf(text.slice(line.first, line.last));
    if (sentences.every((sentence) => seen.has(sentence))) repeated.push(line);
    else for (const sentence of sentences) seen.add(sentence);
  }
  return repeated;
}

/** A paragraph's sentences, each with its end mark; what follows the last mark is one more. */
function sentencesOf(paragraph: string): string[] {
  const sentences: string[] = [];
  let from = 0;
  for (let i = 0; i < paragraph.length; i++) {
    if (!SENTENCE_ENDS.has(paragraph[i]!)) continue;
    sentences.push(paragraph.slice(from, i + 1));
    from = i + 1;
  }
  if (from < paragraph.length) sentences.push(paragraph.slice(from));
  return sentences;
}

/** What the outputs say about the document (the `document` object of ../shared/spec/facts.md). */
export function documentInfo(doc: Document) {
  const { kind, level, place, code, parents, year } = doc;
  return { file: doc.source.file, kind, level, place, code, parents, year };
}

/** Headings and inline items in text order (both lists are sorted), with parent indices renumbered. */
function mergeSections(headings: readonly Section[], items: readonly Omit<Section, 'index'>[]): Section[] {
  const merged: Section[] = [];
  const renumber = new Map<number, number>();
  let h = 0;
  let i = 0;
  while (h < headings.length || i < items.length) {
    const heading = headings[h];
    const item = items[i];
    if (heading && (!item || heading.span.start <= item.span.start)) {
      renumber.set(heading.index, merged.length);
      merged.push(placed(heading, merged.length));
      h++;
    } else if (item) {
      merged.push(placed(item, merged.length));
      i++;
    }
  }
  for (const s of merged) s.parent = s.parent === null ? null : (renumber.get(s.parent) ?? null);
  return merged;
}

/** A section at `index`; fields listed, not spread: a spread into a literal takes V8's slow path, once a section. */
function placed(s: Omit<Section, 'index'>, index: number): Section {
  return { index, title: s.title, heading: s.heading, headingSpan: s.headingSpan, span: s.span, depth: s.depth, parent: s.parent, kind: s.kind };
}

type KindAt = (offset: number, base: SectionKind, unsectioned: boolean) => SectionKind;

/**
 * Kind lookup that applies the paragraph switches of the regions. A switch overrides only the
 * kind the region started with, so a sub-heading's own override stands. A paragraph stating what
 * an inspection found is shortcomings wherever it stands, but among plans, up to a clause (not its
 * first) that opens with the year reported on; `turnIn` gives, for a sentence, where in it that
 * clause opens and the kind from there on. Offsets are looked up in any order, so this searches by
 * bisection.
 */
function regionKinds(
  wording: SectionWording,
  text: string,
  lines: readonly Line[],
  regions: readonly Region[],
  year: number | null,
  headingStarts: ReadonlySet<number>,
): { kindAt: KindAt; turnIn: TurnIn } {
  const nextYear = nextYearOpener(wording, year);
  const switched = regions.map((r) => ({ region: r, switches: paragraphSwitches(wording, text, lines, r, nextYear) }));
  const ownYear = new RegExp(`[,;。!?]\\s*${wording.findings.own_year.replaceAll('{year}', year === null ? '(?!)' : String(year))}`, 'g');
  const findings = lines.flatMap((line) => {
    if (line.first >= line.last || !isFinding(wording, text.slice(line.first, line.last))) return [];
    ownYear.lastIndex = line.first;
    const turn = ownYear.exec(text);
    return [{ first: line.first, last: turn && turn.index < line.last ? turn.index + 1 : line.last }];
  });
  const switchedKind = (offset: number, base: SectionKind, unsectioned: boolean): SectionKind => {
    const found = bisect(switched, (s) => s.region.start <= offset);
    if (!found || offset >= found.region.end) return base;
    if (base !== found.region.initial && !unsectioned) return base;
    return bisect(found.switches, (s) => s.at <= offset)?.kind ?? base;
  };
  const findingAt = (offset: number) => {
    const finding = findings.length === 0 ? undefined : bisect(findings, (line) => line.first <= offset);
    return finding && offset < finding.last ? finding : undefined;
  };
  const boxes = dataBoxes(wording, text, lines, headingStarts);
  // an infographic retelling the year after the report's text (一图读懂): its own kinds, whatever section it ends up in
  const retold = retellings(wording, text, lines, headingStarts).map((region) => ({
    region,
    switches: paragraphSwitches(wording, text, lines, region, nextYear),
  }));
  const kindAt: KindAt = (offset, base, unsectioned) => {
    const retelling = retold.find(({ region }) => region.start <= offset && offset < region.end);
    if (retelling) return bisect(retelling.switches, (s) => s.at <= offset)?.kind ?? retelling.region.initial;
    const kind = switchedKind(offset, base, unsectioned);
    if (kind !== 'plans' && findingAt(offset)) return 'shortcomings';
    // a box of the year's figures at a glance after the shortcomings (数据速览 / 复议纠错率→15.4%) states what was done
    return kind === 'shortcomings' && boxes.some((box) => box.first <= offset && offset < box.last) ? 'achievements' : kind;
  };
  const turnIn: TurnIn = (span, base, unsectioned) => {
    const finding = findingAt(span.start);
    if (!finding || finding.last >= span.end) return undefined;
    const kind = switchedKind(finding.last, base, unsectioned);
    return kind === 'shortcomings' || kind === 'plans' ? undefined : { at: finding.last - span.start, kind };
  };
  return { kindAt, turnIn };
}
/**
 * The data boxes of the text (rules/sections.yaml data_boxes): from a caption line alone (数据速览) over the lines under it,
 * up to a blank line or a heading.
 */
function dataBoxes(wording: SectionWording, text: string, lines: readonly Line[], headingStarts: ReadonlySet<number>): Array<{ first: number; last: number }> {
  const boxes: Array<{ first: number; last: number }> = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.first >= line.last || !isDataBoxCaption(wording, text.slice(line.first, line.last))) continue;
    let end = k + 1;
    while (end < lines.length && lines[end]!.first < lines[end]!.last && !headingStarts.has(lines[end]!.first)) end++;
    boxes.push({ first: line.first, last: end < lines.length ? lines[end]!.first : text.length });
    k = end - 1;
  }
  return boxes;
}

/**
 * The infographics of the text (rules/sections.yaml retellings): from a caption line alone (一图读懂) up to the next heading
 * or the end, a region of achievements that a card of the next year's work turns to plans.
 */
function retellings(wording: SectionWording, text: string, lines: readonly Line[], headingStarts: ReadonlySet<number>): Region[] {
  const regions: Region[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.first >= line.last || !isRetellingCaption(wording, text.slice(line.first, line.last))) continue;
    let end = k + 1;
    while (end < lines.length && !headingStarts.has(lines[end]!.first)) end++;
    regions.push({ start: line.first, end: end < lines.length ? lines[end]!.first : text.length, initial: 'achievements' });
    k = end - 1;
  }
  return regions;
}

/** Where a sentence of a finding turns to the year reported on, and the kind it turns to. */
type TurnIn = (span: Span, base: SectionKind, unsectioned: boolean) => Sentence['turn'];

/** The last element for which `before` holds, in an array sorted so that it holds for a prefix. */
function bisect<T>(items: readonly T[], before: (item: T) => boolean): T | undefined {
  const i = lastBefore(items, before);
  return i >= 0 ? items[i] : undefined;
}

/** The index of that element, -1 when there is none. */
function lastBefore<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** `headingAt` maps the start of a heading (not an inline item) to its end. */
function assignSentences(
  text: string,
  sections: readonly Section[],
  headingAt: ReadonlyMap<number, number>,
  closing: number,
  kindAt: KindAt,
  turnIn: TurnIn,
  soft: ReadonlySet<number>,
  running: ReadonlySet<string>,
  checkTime: () => void,
): Sentence[] {
  // pushed, not mapped: map's arrays differ in elements kind between the builtin and optimised code,
  // and storing into the other kind threw away this function's optimised code
  const tops: Array<number | null> = [];
  for (let k = 0; k < sections.length; k++) tops.push(null);
  for (const s of sections) {
    tops[s.index] = s.parent === null ? (s.depth < ITEM_DEPTH ? s.index : null) : (tops[s.parent] ?? null);
  }
  // fields listed, not spread: a spread into a literal with more fields takes V8's slow path, twice a sentence
  const sentenceOf = (span: Span, section: number | null, top: number | null, kind: SectionKind): Sentence => {
    const headingEnd = headingAt.get(span.start);
    // a heading's title stops before its 。, the sentence after it
    const heading = headingEnd !== undefined && (span.end <= headingEnd || /^[。!?]*$/.test(text.slice(headingEnd, span.end)));
    const { text: written, plain, map, clauses } = readSentence(text, span, running);
    return { span, text: written, plain, map, clauses, heading, section, top, kind };
  };
  const sentences: Sentence[] = [];
  const open: Section[] = [];
  let next = 0;
  for (const span of splitSentences(text, 0, text.length, soft)) {
    if ((sentences.length & (SENTENCES_A_LOOK - 1)) === 0) checkTime();
    if (span.start >= closing) {
      sentences.push(sentenceOf(span, null, null, kindAt(span.start, 'other', true)));
      continue;
    }
    while (next < sections.length && sections[next]!.span.start <= span.start) open.push(sections[next++]!);
    const innermost = innermostOpen(open, span.start);
    const section = innermost?.index ?? null;
    const top = section === null ? null : (tops[section] ?? null);
    const base = innermost?.kind ?? 'other';
    const unsectioned = innermost === undefined || isLooseItem(innermost);
    const sentence = sentenceOf(span, section, top, kindAt(span.start, base, unsectioned));
    if (sentence.kind === 'shortcomings') {
      const turn = turnIn(span, base, unsectioned);
      if (turn) sentence.turn = turn;
    }
    sentences.push(sentence);
  }
  return sentences;
}

/** An inline item outside any heading (a report without headings): its kind is its region's. */
function isLooseItem(s: Section): boolean {
  return s.parent === null && s.depth === ITEM_DEPTH;
}

/** Drops closed sections from the top of the stack and returns the innermost open one. */
function innermostOpen(open: Section[], offset: number): Section | undefined {
  // sections nest, so once the top of the stack is open it is the innermost
  while (open.length > 0 && open[open.length - 1]!.span.end <= offset) open.pop();
  return open[open.length - 1];
}

/** The sentence that contains `offset`, or undefined between sentences. */
export function sentenceAt(doc: Document, offset: number): Sentence | undefined {
  const s = doc.sentences[sentenceIndexAt(doc, offset)];
  return s && offset < s.span.end ? s : undefined;
}

/** The index of the last sentence that starts at or before `offset`, -1 when none does. */
export function sentenceIndexAt(doc: Document, offset: number): number {
  return lastBefore(doc.sentences, (x) => x.span.start <= offset);
}

/** The headings from the top-level section down to `section`, e.g. for quoting where a fact is. */
export function sectionPath(doc: Document, section: number | null): Section[] {
  const path: Section[] = [];
  for (let i = section; i !== null;) {
    const s = doc.sections[i];
    if (!s) break;
    path.unshift(s);
    i = s.parent;
  }
  return path;
}
