/**
 * The wording of the document stage: rules/sections.yaml (the cues of section kinds),
 * rules/documents.yaml (the cues of what a document is), rules/reporters.yaml (who reports) and
 * rules/years.yaml (the year reported on),
 * validated with zod; problems are reported at file:line:col. The document stage is synchronous,
 * so the wording is loaded before a report is read (loadDocumentWording, through the disk cache,
 * like the gazetteer) or, where nobody did, read on first use.
 */
import path from 'node:path';
import { z } from 'zod';
import { lazySchema } from '../util/lazy-schema.js';
import { examplesAt, originAt, readCheckedSync, type PathKey, type Problem, type YamlSource, valueOrFirstProblem } from '../catalogue/yaml-file.js';
import { rulesDir } from '../paths.js';
import { cachedOnce } from '../util/cache.js';
import { compiledPattern, LinearPattern } from '../util/pattern.js';
import { DATE_AFTER_LABEL } from './cues.js';
import { LEVELS, SECTION_KINDS, type Level, type SectionKind } from './types.js';

export const SECTIONS_FILE = 'sections.yaml';
export const DOCUMENTS_FILE = 'documents.yaml';
export const REPORTERS_FILE = 'reporters.yaml';
export const YEARS_FILE = 'years.yaml';
export const LAYOUT_FILE = 'layout.yaml';

const Pattern = lazySchema(() => compiledPattern());

const Text = lazySchema(() => z.string().min(1));
/** Wording of our own that must give the kind it is listed under (pass) or must not (fail). */
const Examples = lazySchema(() => z.object({ pass: z.array(Text).default([]), fail: z.array(Text).default([]) }).strict());

const KindCues = lazySchema(() => z.object({ kind: z.enum(SECTION_KINDS), cues: z.array(Pattern).min(1) }).strict());
export type KindCues = z.infer<typeof KindCues>;
const KindCuesEntry = lazySchema(() => KindCues.extend({ examples: Examples }));

/** A line alone that is a top-level heading without a number: no longer than max_chars, and one of the cues matches. */
const Unnumbered = lazySchema(() => z.object({ max_chars: z.number().int().positive(), cues: z.array(Pattern).min(1) }).strict());
/** A data box's caption, a short line alone: the lines under it state the year's figures, wherever the box stands. */
const DataBoxes = lazySchema(() => z.object({ cues: z.array(Pattern).min(1) }).strict());

/**
 * The cue tables of section kinds (with `entry` the cues of one kind), each tried in order: the
 * first kind with a matching cue wins; and what a heading without a number is.
 */
const sectionTables = <E extends z.ZodType, F extends z.ZodType, U extends z.ZodType, B extends z.ZodType>(
  entry: E,
  findings: F,
  unnumbered: U,
  dataBoxes: B,
) =>
  z
    .object({
      /** top-level section titles */
      titles: z.array(entry).min(1),
      /** sub-headings that override the kind of their section, when no longer than max_chars */
      subheadings: z.object({ max_chars: z.number().int().positive(), kinds: z.array(entry) }).strict(),
      /** the first words of a paragraph that switch the kind from there on */
      openers: z.array(entry),
      /** the opening of a paragraph on the year after the one reported on ({year} standing for it): plans from there on */
      next_year: Text.refine((source) => source.includes(YEAR_SLOT), { message: `须含 ${YEAR_SLOT}(年份所在处)` }),
      findings,
      unnumbered,
      data_boxes: dataBoxes,
      /** an infographic's caption alone (一图读懂): what follows it, up to the next heading, retells the year's work */
      retellings: dataBoxes,
    })
    .strict();
/** The first words of a paragraph stating what an inspection found: that paragraph alone is shortcomings. */
const Findings = lazySchema(() =>
  z
    .object({
      cues: z.array(Pattern).min(1),
      /** the opening of a clause on the year reported on ({year} standing for it) or on what was done about the finding: from there on, not a finding */
      own_year: Text.refine((source) => source.includes(YEAR_SLOT), { message: `须含 ${YEAR_SLOT}(年份所在处)` }),
    })
    .strict(),
);
export const SectionWording = lazySchema(() => sectionTables(KindCues, Findings, Unnumbered, DataBoxes));
export type SectionWording = z.infer<typeof SectionWording>;
const SectionsFile = lazySchema(() =>
  sectionTables(KindCuesEntry, Findings.extend({ examples: Examples }), Unnumbered.extend({ examples: Examples }), DataBoxes.extend({ examples: Examples })),
);

/** A cue with the weight of its evidence. */
const Weighted = lazySchema(() => z.object({ pattern: Pattern, weight: z.number().positive() }).strict());
/** Evidence for one kind of document: cues anywhere in the text, and what a title line of it names. */
const KindEvidence = lazySchema(() => z.object({ cues: z.array(Weighted).min(1), title: Weighted }).strict());
/** Words that show a text is about 法治政府 at all: at least min_hits of them, and min_per_thousand per 1000 characters. */
const Domain = lazySchema(() => z.object({ words: z.array(Text).min(1), min_hits: z.number().int().positive(), min_per_thousand: z.number().min(0) }).strict());

/**
 * A 法治政府 document that is neither the year's report nor a plan (a 述法, a 整改 report), by what its own title names;
 * `issuer`: a first line (with the line under it: an issuer may stand alone above its title) naming a body that watches the government as its issuer (a
 * court, a procuratorate, a 人大常委会, a 政协); `units_title`: one of them that tells of the units under a body, or of
 * several bodies (a 通报, an assessment); `retold`: a title line of an interview or a programme's transcript, other unless a
 * title line names the year (`retold_year`); `reply_title`: a title line naming a reply to a deputy, a member or a citizen
 * (…建议的答复), `exchange`: a line at the top or a part of the site's name showing a letter or a message with its reply
 * (【留言标题】, 回复单位, 某市长信箱); `compilation`: a compilation's title naming its place, not other when its first paper
 * (`compiled_paper`) is that place's own
 */
const OtherKind = lazySchema(() =>
  z
    .object({
      title: Pattern,
      issuer: Pattern,
      units_title: Pattern,
      retold: Pattern,
      retold_year: Pattern,
      reply_title: Pattern,
      exchange: Pattern,
      compilation: Pattern,
      compiled_paper: Pattern,
    })
    .strict(),
);

/**
 * A template or a model text, the report of no body (rules/documents.yaml sample): a title naming it one with words
 * saying its data are invented or placeholders for them, or placeholders for most of its figures.
 */
const SampleKind = lazySchema(() =>
  z
    .object({
      title: Pattern,
      fiction: Pattern,
      placeholder: Pattern,
      figure: Pattern,
      min_placeholders: z.number().int().positive(),
      placeholder_share: z.number().gt(0).max(1),
    })
    .strict(),
);

export const DocumentKindWording = lazySchema(() =>
  z.object({ domain: Domain, annual_report: KindEvidence, plan: KindEvidence, other: OtherKind, sample: SampleKind }).strict(),
);
export type DocumentKindWording = z.infer<typeof DocumentKindWording>;
const DocumentsFile = lazySchema(() =>
  z
    .object({
      domain: Domain.extend({ examples: Examples }),
      annual_report: KindEvidence.extend({ examples: Examples }),
      plan: KindEvidence.extend({ examples: Examples }),
      other: OtherKind.extend({ examples: Examples }),
      sample: SampleKind.extend({ examples: Examples }),
    })
    .strict(),
);

/** A pattern whose group the code reads: it must have exactly one. */
const oneGroup = (flags: '' | 'g' = '') =>
  compiledPattern(flags).refine((re) => new RegExp(`${re.source}|`).exec('')!.length === 2, { message: '须恰有一个捕获组(…),程序读取其中的文字' });

/** The most characters any unit's name may hold before its suffix (蒲湾国家高新技术产业 of a 开发区). */
export const MAX_UNIT_NAME = 16;

/** The wording of who reports (rules/reporters.yaml): place-name suffixes, self-references, superiors. */
export const PlaceWording = lazySchema(() =>
  z
    .object({
      /**
       * unit suffixes, tried longest first (a name that ends 自治县 is no 县); `longest`: the most characters a name holds before it;
       * `stem`: what the name before the suffix must be, for a suffix that ends other words too (团 of a numbered 一八六团, not of 集团)
       */
      units: z
        .array(
          z.object({ suffix: Text, level: z.enum(LEVELS), longest: z.number().int().min(1).max(MAX_UNIT_NAME).default(8), stem: Pattern.optional() }).strict(),
        )
        .min(1)
        .transform((units) => [...units].sort((a, b) => b.suffix.length - a.suffix.length)),
      /** a web site named by a place's bare name and its body (苒溪人大网): the group is the bare name */
      site_stem: oneGroup(),
      /** a body outside the government tree (a company, a college, a hospital) opening a title or signature: the group is its name */
      organization: oneGroup(),
      parent_suffixes: z.array(Text),
      municipalities: z.array(Text),
      place_committee: Pattern,
      /** an office of a place's party committee or of its commissions, read from the committee on (委全面依法治市委员会办公室): a department */
      committee_office: Pattern,
      generic_name_start: Pattern,
      not_in_name: Pattern,
      /** words opening with a unit's suffix (市场 after 某县): no second suffix of the name */
      suffix_words: Pattern,
      superior_clause: compiledPattern('g'),
      /** a line naming whom the report goes to: the group is the body named */
      addressee: oneGroup('g'),
      /** a clause naming whom the body reports its papers to: the group is the bodies named */
      reported_to: oneGroup('g'),
      /** a clause citing a body's 通报: the group is the body, a superior */
      informed_by: oneGroup('g'),
      /** a member of a list of superiors opening with a prefecture's generic word (州委, 盟委, 行署): a 市 under it is a 县级市 */
      prefecture_superior: Pattern,
      self_references: z.array(z.object({ level: z.enum(LEVELS), pattern: compiledPattern('g') }).strict()).min(1),
      city_subordinates: Pattern,
      county_subordinates: Pattern,
      county_level_city: Pattern,
      /** a county-level city named as made so (设立县级某市): the group is its name, the place's when it is a county */
      county_level_city_named: oneGroup('g'),
      /** a city's body called the superior by the generic word (上级市司法局): a 市 under it is a 县级市 */
      superior_city: Pattern,
      /** a title naming its place by its stem alone (某某年鉴): the group is the stem */
      stem_title: oneGroup(),
      /** a department's title about its whole place (关于…全区…): the group is the place's unit */
      whole_place: oneGroup(),
      /** the department's own stations across its place (全县司法所), right after whole_place's group: no whole place */
      own_stations: Pattern,
      /** a title's words on a place's work as a whole (法治政府建设): a department signing it only drafts it */
      whole_work: Pattern,
      /** a place's government office (人民政府办公室), which issues notices in the government's name */
      government_office: Pattern,
      /** a title of a notice (关于…的通报): issued by the government office, it speaks for the place */
      office_notice: Pattern,
      /** a title forwarding a paper (关于转发《…》的通知): the group is the paper's title, the place's own when it opens with its name */
      forwarded_own: oneGroup(),
      /** a body's name alone on a line (a signature, an issuer), and what may stand before or after it */
      signature: Pattern,
      /** a speaker's line under a speech's title: the group is the body the speaker heads */
      byline: oneGroup(),
      signature_lead: Pattern,
      title_lead: Pattern,
      opening_lead: Pattern,
      reporting_verb: Pattern,
      after_body_name: Pattern,
      party_prefix: Text,
      /** a pilot zone's full name before the area that reports (中国(广东)自由贸易试验区 of its 某某片区) */
      parent_zone: Pattern,
      /** a national administration's name before its local office (国家税务总局某县税务局): the office reports */
      national_parent: Pattern,
      own_document_title: oneGroup('g'),
      government: Text,
      /** a department of a place, also after a generic place word standing for the place (区市场监督管理局, 自治区林业和草原局) */
      department: Pattern,
      /** a bureau's branch named after its area right after the bureau (某市生态环境局蕰屏分局): it serves a place one level below */
      branch: Pattern,
      generic_places: z.array(Text).min(1),
      not_a_department: Pattern,
      /** units by their suffix, and the names of the bodies that govern them (no department of the unit) */
      governments: z.array(z.object({ suffixes: z.array(Text), names: z.array(Text) }).strict()),
      /** an opening saying its body carries out a level's government functions: the group is that level's place word */
      governs_as: oneGroup(),
      /** the level of each place word governs_as reads */
      governs_as_levels: z.record(z.string(), z.enum(LEVELS)),
    })
    .strict(),
);
export type PlaceWording = z.infer<typeof PlaceWording>;
/** A short document of our own and the reporting body it must give. */
const ReporterExample = lazySchema(() => z.object({ text: Text, level: z.enum(LEVELS), place: Text.nullable() }).strict());
const ReportersFile = lazySchema(() => PlaceWording.extend({ examples: z.array(ReporterExample).min(1) }));

/** Where {year} stands in a pattern of rules/years.yaml: a year of four digits, captured for the code to read. */
const YEAR_SLOT = '{year}';
const YEAR_DIGITS = '((?:19|20)\\d{2})';
/** A pattern of rules/years.yaml that holds {year}; 'g' for one whose every match is read. */
const yearPattern = (flags: '' | 'g' = '') =>
  Text.refine((source) => source.includes(YEAR_SLOT), { message: `须含 ${YEAR_SLOT}(年份所在处)` })
    .transform((source) => source.replaceAll(YEAR_SLOT, YEAR_DIGITS))
    .pipe(compiledPattern(flags));

/** How a report states the year it reports on (rules/years.yaml). */
export const YearWording = lazySchema(() =>
  z
    .object({
      named: yearPattern('g'),
      span: yearPattern(),
      planned_after: Pattern,
      answered_after: Pattern,
      opening_start: yearPattern(),
      opening: z.array(yearPattern()).min(1),
      handed_over: yearPattern(),
      assessed: yearPattern(),
      /** a year's report a paper about it names as published near its top */
      retold_report: yearPattern(),
      /** the labels of a publication date, followed by the date the code reads */
      published: LinearPattern.transform((labels) => new RegExp(`(?:${labels})${DATE_AFTER_LABEL}`)),
      /** what stands before the date of a line saying when and where a report was delivered, the date the code reads */
      delivered: Pattern,
      /** what stands before the date of a line giving the issuing body and its date (某县…办公室 2023年11月28日), the date the code reads */
      issued: Pattern,
      current_year: Pattern,
      /** the year of the report itself (本年度): current_year's, unless dated in the next year's first months */
      own_year: Pattern,
      spoken_after: Pattern,
      /** a speech's title: dated after the year reported on, it speaks from that later year, as spoken_after does */
      spoken: Pattern,
      /** what in a heading of a text said after the year reported on names the year it was said in (今年) */
      spoken_year: Pattern,
      /** words right after a title's year that make it the year of the meeting the paper was said at */
      meeting_after: Pattern,
      /** a yearbook's edition closing its title (某某年鉴(2025)): the year printed, the year before recorded */
      edition: yearPattern(),
    })
    .strict(),
);
export type YearWording = z.infer<typeof YearWording>;
/** A short document of our own and the year it must give. */
const YearExample = lazySchema(() => z.object({ text: Text, year: z.number().int().nullable() }).strict());
const YearsFile = lazySchema(() => YearWording.extend({ examples: z.array(YearExample).min(1) }));

/** A correction a notice states: the wrong words quoted, then the right ones, each in a group of its own. */
const CorrectionPattern = lazySchema(() =>
  compiledPattern().refine((re) => new RegExp(`${re.source}|`).exec('')!.length === 3, {
    message: '须恰有两个捕获组(…):先是原文有误的文字,后是更正后的文字',
  }),
);

/**
 * Where a report's parts stand (rules/layout.yaml): title lines, page chrome, the hand-over, appendices, closing lines,
 * links to other articles, an editor's note, a box's or a case's title and a case told in full, notes after the signature,
 * corrections, revisions a note on a draft states, words not stated, a table's zeros shown by default, other places' papers and items gathered into a document.
 */
const layoutTables = <P extends z.ZodType, L extends z.ZodType, C extends z.ZodType>(pattern: P, patterns: L, correction: C) =>
  z
    .object({
      title_words: pattern,
      chrome: pattern,
      handover: pattern,
      appendix: pattern,
      appendix_marker: pattern,
      closing: patterns,
      related: pattern,
      editor_note: pattern,
      editor_note_end: pattern,
      box_title: pattern,
      case_story: pattern,
      case_story_sequel: pattern,
      case_section: pattern,
      footnote: patterns,
      numbered_note: patterns,
      run_in_item: pattern,
      slide_label: pattern,
      correction,
      revision: correction,
      unstated: patterns,
      default_zero: pattern,
      gathered_title: pattern,
      gathered_item: pattern,
      gathered_issuer: pattern,
      task_undone: pattern,
      task_mark: pattern,
      task_legend: pattern,
      task_deadline: pattern,
    })
    .strict();
export const LayoutWording = lazySchema(() =>
  layoutTables(
    z.object({ pattern: Pattern }).strict(),
    z.object({ patterns: z.array(Pattern).min(1) }).strict(),
    z.object({ pattern: CorrectionPattern }).strict(),
  ),
);
export type LayoutWording = z.infer<typeof LayoutWording>;
const LayoutFile = lazySchema(() =>
  layoutTables(
    z.object({ pattern: Pattern, examples: Examples }).strict(),
    z.object({ patterns: z.array(Pattern).min(1), examples: Examples }).strict(),
    z.object({ pattern: CorrectionPattern, examples: Examples }).strict(),
  ),
);
/** Tables of rules/layout.yaml, whose examples are single lines. */
export type LayoutTable = keyof LayoutWording;

export interface DocumentWording {
  sections: SectionWording;
  documents: DocumentKindWording;
  places: PlaceWording;
  years: YearWording;
  layout: LayoutWording;
}

/** Tables of rules/sections.yaml, whose examples are read by a section classifier (src/document/wording-examples.ts). */
export type SectionTable = 'titles' | 'subheadings' | 'openers';
/** Sections of rules/documents.yaml, whose examples are short documents read by the whole document stage. */
export type DocumentTable = keyof DocumentKindWording;

/** One example, where it is written: a section example names its kind, a document example's table is its kind. */
export type WordingExample = { expected: 'pass' | 'fail'; text: string; origin: { file: string; line: number; column: number } } & (
  | { table: SectionTable; kind: SectionKind }
  | { table: 'unnumbered' | 'findings' | 'data_boxes' | 'retellings' | LayoutTable }
  | { table: DocumentTable }
  | { table: 'reporters'; level: Level; place: string | null }
  | { table: 'years'; year: number | null }
);

const cachedDocumentWording = cachedOnce(
  {
    slot: 'document-wording',
    inputs: [SECTIONS_FILE, DOCUMENTS_FILE, REPORTERS_FILE, YEARS_FILE, LAYOUT_FILE].map((name) => path.join(rulesDir, name)),
    code: [import.meta.dirname],
  },
  () => readDocumentWording(),
);

/** The wording, read on first use when nobody loaded it before (tests, the examples of rules). */
export const documentWording = cachedDocumentWording.get;

/** The wording from the disk cache (src/util/cache.ts), read and validated on a miss; called before a report is read. */
export const loadDocumentWording = cachedDocumentWording.load;

/** The wording in `dir`; its first problem, if any, as a UserError at file:line:col. */
export function readDocumentWording(dir: string = rulesDir): DocumentWording {
  const { wording, problems } = lintDocumentWording(dir);
  return valueOrFirstProblem('文档识别词表有误', wording, problems, dir, true);
}

/** The wording in `dir`, its examples and every problem of its files at once (file:line:col), like a linter. */
export function lintDocumentWording(dir: string = rulesDir): { wording: DocumentWording | null; examples: WordingExample[]; problems: Problem[] } {
  const read = <T extends z.ZodType>(name: string, schema: T) => readCheckedSync(path.join(dir, name), schema);
  const sections = read(SECTIONS_FILE, SectionsFile);
  const documents = read(DOCUMENTS_FILE, DocumentsFile);
  const reporters = read(REPORTERS_FILE, ReportersFile);
  const years = read(YEARS_FILE, YearsFile);
  const layout = read(LAYOUT_FILE, LayoutFile);
  const problems = [...sections.problems, ...documents.problems, ...reporters.problems, ...years.problems, ...layout.problems];
  if (
    !sections.data ||
    !sections.source ||
    !documents.data ||
    !documents.source ||
    !reporters.data ||
    !reporters.source ||
    !years.data ||
    !years.source ||
    !layout.data ||
    !layout.source
  ) {
    return { wording: null, examples: [], problems };
  }
  const { titles, subheadings, openers, next_year, findings, unnumbered, data_boxes, retellings } = sections.data;
  const examples: WordingExample[] = [
    ...sectionExamples(sections.source, 'titles', titles, ['titles']),
    ...sectionExamples(sections.source, 'subheadings', subheadings.kinds, ['subheadings', 'kinds']),
    ...sectionExamples(sections.source, 'openers', openers, ['openers']),
    ...examplesAt(sections.source, findings.examples, ['findings']).map((e) => ({ ...e, table: 'findings' as const })),
    ...examplesAt(sections.source, unnumbered.examples, ['unnumbered']).map((e) => ({ ...e, table: 'unnumbered' as const })),
    ...examplesAt(sections.source, data_boxes.examples, ['data_boxes']).map((e) => ({ ...e, table: 'data_boxes' as const })),
    ...examplesAt(sections.source, retellings.examples, ['retellings']).map((e) => ({ ...e, table: 'retellings' as const })),
  ];
  for (const table of ['domain', 'annual_report', 'plan', 'other', 'sample'] as const) {
    examples.push(...examplesAt(documents.source, documents.data[table].examples, [table]).map((e) => ({ ...e, table })));
  }
  const reportersSource = reporters.source;
  reporters.data.examples.forEach(({ text, level, place }, k) => {
    examples.push({ table: 'reporters', expected: 'pass', text, level, place, origin: originAt(reportersSource, ['examples', k]) });
  });
  const yearsSource = years.source;
  years.data.examples.forEach(({ text, year }, k) => {
    examples.push({ table: 'years', expected: 'pass', text, year, origin: originAt(yearsSource, ['examples', k]) });
  });
  for (const table of Object.keys(LayoutFile.shape) as LayoutTable[]) {
    examples.push(...examplesAt(layout.source, layout.data[table].examples, [table]).map((e) => ({ ...e, table })));
  }
  const { domain, annual_report, plan, other, sample } = documents.data;
  const wording: DocumentWording = {
    sections: {
      titles: titles.map(withoutExamples),
      subheadings: { max_chars: subheadings.max_chars, kinds: subheadings.kinds.map(withoutExamples) },
      openers: openers.map(withoutExamples),
      next_year,
      findings: withoutExamples(findings),
      unnumbered: withoutExamples(unnumbered),
      data_boxes: withoutExamples(data_boxes),
      retellings: withoutExamples(retellings),
    },
    documents: {
      domain: withoutExamples(domain),
      annual_report: withoutExamples(annual_report),
      plan: withoutExamples(plan),
      other: withoutExamples(other),
      sample: withoutExamples(sample),
    },
    places: withoutExamples(reporters.data),
    years: withoutExamples(years.data),
    layout: {
      title_words: withoutExamples(layout.data.title_words),
      chrome: withoutExamples(layout.data.chrome),
      handover: withoutExamples(layout.data.handover),
      appendix: withoutExamples(layout.data.appendix),
      appendix_marker: withoutExamples(layout.data.appendix_marker),
      closing: withoutExamples(layout.data.closing),
      related: withoutExamples(layout.data.related),
      editor_note: withoutExamples(layout.data.editor_note),
      editor_note_end: withoutExamples(layout.data.editor_note_end),
      box_title: withoutExamples(layout.data.box_title),
      case_story: withoutExamples(layout.data.case_story),
      case_story_sequel: withoutExamples(layout.data.case_story_sequel),
      case_section: withoutExamples(layout.data.case_section),
      footnote: withoutExamples(layout.data.footnote),
      numbered_note: withoutExamples(layout.data.numbered_note),
      run_in_item: withoutExamples(layout.data.run_in_item),
      slide_label: withoutExamples(layout.data.slide_label),
      correction: withoutExamples(layout.data.correction),
      revision: withoutExamples(layout.data.revision),
      unstated: withoutExamples(layout.data.unstated),
      default_zero: withoutExamples(layout.data.default_zero),
      gathered_title: withoutExamples(layout.data.gathered_title),
      gathered_item: withoutExamples(layout.data.gathered_item),
      gathered_issuer: withoutExamples(layout.data.gathered_issuer),
      task_undone: withoutExamples(layout.data.task_undone),
      task_mark: withoutExamples(layout.data.task_mark),
      task_legend: withoutExamples(layout.data.task_legend),
      task_deadline: withoutExamples(layout.data.task_deadline),
    },
  };
  return { wording, examples, problems };
}

/** What the document stage keeps of an entry: the examples are for `facts test` and the tests only. */
function withoutExamples<T extends { examples: unknown }>({ examples: _examples, ...rest }: T): Omit<T, 'examples'> {
  return rest;
}

function sectionExamples(source: YamlSource, table: SectionTable, entries: ReadonlyArray<z.infer<typeof KindCuesEntry>>, base: PathKey[]): WordingExample[] {
  return entries.flatMap(({ kind, examples }, i) => examplesAt(source, examples, [...base, i]).map((e) => ({ ...e, table, kind })));
}
