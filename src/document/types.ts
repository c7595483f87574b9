import type { SourceText } from '../ingest/types.js';

export const SECTION_KINDS = ['achievements', 'responsibility', 'shortcomings', 'plans', 'other'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export const DOCUMENT_KINDS = ['annual_report', 'plan', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const LEVELS = ['province', 'city', 'county', 'district', 'street', 'township', 'department', 'unknown'] as const;
export type Level = (typeof LEVELS)[number];

/** Offsets (UTF-16 code units) into SourceText.text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Offset in a sentence as read → offset in the sentence as written, one entry per UTF-16 unit plus
 * one for the end; typed, so a long report does not hold a boxed number per character.
 */
export type OffsetMap = Uint32Array;

export interface Section {
  index: number;
  /** the heading line without its outline number, e.g. 2019年推进法治政府建设的主要举措和成效 */
  title: string;
  /** the heading as written, with its number, e.g. 一、2019年推进法治政府建设的主要举措和成效 */
  heading: string;
  headingSpan: Span;
  /** from the heading to the end of the section's last sentence */
  span: Span;
  /** 1 = 一、  2 = (一)  3 = 1.  4 = (1)  5 = inline 一是/二是 */
  depth: number;
  parent: number | null;
  /** the kind of the top-level section this one belongs to */
  kind: SectionKind;
}

export interface Sentence {
  span: Span;
  text: string;
  /**
   * innermost section containing the sentence; null before the first heading and in the closing
   * matter after the body (特此报告, signature, date, site footer)
   */
  section: number | null;
  /**
   * top-level section containing the sentence: the outermost heading, depth 1 (一、) normally, or
   * (一) in a report without a 一、 level; null where `section` is null or outside any heading
   */
  top: number | null;
  /**
   * kind inherited from the top-level section ('other' before the first heading and in the closing
   * matter); in a report without headings, decided by the paragraphs that open the shortcomings/plans
   */
  kind: SectionKind;
  /**
   * where a sentence of a paragraph stating what an inspection found (督察指出:2020年…仅为38%)
   * turns to the year reported on (,2021年…达到86%): the offset in `text` of that clause and the
   * kind read from there on, the kind of the text around the paragraph
   */
  turn?: { at: number; kind: SectionKind };
  /**
   * the sentence as it is read: line breaks of wrapped lines and running header lines taken out
   * (see unwrap); built once here, so that every later stage reads the same text
   */
  plain: string;
  /** offset in `plain` → offset in `text`, up to the end (`plain.length`); a sentence read as written shares a longer identity map */
  map: OffsetMap;
  /** the clauses of `plain` */
  clauses: Span[];
  /** the sentence is an outline heading line (一、… (二)… 1.…), not running text */
  heading: boolean;
  /**
   * the sentence tells one case (a paragraph under a case's label: 案例一:…, rules/layout.yaml case_story): its parties,
   * dates, sums and counts are the case's, no figure of the year; what it says is in place still is
   */
  story?: true;
  /**
   * the parts of the sentence (offsets in `text`) that stand in a row of a ledger or a checklist of the year's tasks that
   * says its task is not done (task-rows.ts): 'plan' when the row's deadline falls in a later year, else 'gap' (what it
   * states was not achieved)
   */
  tasks?: ReadonlyArray<Span & { status: 'plan' | 'gap' }>;
}

export interface DocumentMeta {
  kind: DocumentKind;
  level: Level;
  /** as written, e.g. 和平区; null when not stated */
  place: string | null;
  /** GB/T 2260 code of the place (of the department's place), e.g. 120101; null when not known */
  code: string | null;
  /** the province and city above the place (a department: its place's, and that place itself) */
  parents: { province: string | null; city: string | null };
  /** the year reported on (not the publication year); null when unknown */
  year: number | null;
}

export interface Document extends DocumentMeta {
  /** a department's: the level of the place it belongs to (a 县级市's 司法局: county), as its name, the gazetteer or the text tell it */
  government?: Level;
  /**
   * a department's: the kind of place its name writes for its government (县 of 鹿岭县司法局, 市 of 市司法局), the word its
   * government calls its own place by (全县, 全市); undefined for a bureau's branch, named after its area alone (某市生态环境局蕰屏分局)
   */
  governmentKind?: string;
  /** a department's: the kind of bureau its name gives after its place (公安局 of 琮阳市公安局璟河分局); see `bureauOf` */
  governmentBureau?: string;
  /** what the text says was said after the year reported on (a briefing's transcript): its 去年 is that year */
  spokenAfter?: boolean;
  /** when it was dated (its signature, a date line at the top, a page's publication date); undefined when not */
  dated?: { year: number; month: number | null };
  /**
   * an other document whose title names a paper about the units under a body or about several bodies (a 考核 or 督察
   * 通报, a third party's 评估报告): a clause there that opens with a unit's name, or with a count of units, tells theirs
   */
  aboutUnits?: boolean;
  source: SourceText;
  sections: Section[];
  sentences: Sentence[];
}
