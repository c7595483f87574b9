/**
 * Section kinds: top-level sections by their title, sub-sections by inheritance (unless a
 * sub-heading plainly announces shortcomings or plans), and unheaded shortcomings/plans
 * paragraphs by the words that open them.
 */
import { yearsIn } from './meta.js';
import type { KindCues, SectionWording, YearWording } from './wording.js';
import type { Line } from './text.js';
import type { DocumentKind, Section, SectionKind, Span } from './types.js';

function firstMatch(table: readonly KindCues[], s: string): SectionKind | null {
  for (const { kind, cues } of table) if (cues.some((re) => re.test(s))) return kind;
  return null;
}

/** A phrase a title quotes: a name (关于“执法装备不足”的问题 heads the rectifying of a problem so named, 补齐“短板”). */
const QUOTED = /“[^“”\n]{1,40}”|"[^"\n]{1,40}"|「[^「」\n]{1,40}」/g;

/** A title without the phrases it quotes, whose words announce nothing of the section's own. */
const unquoted = (title: string): string => (title.includes('“') || title.includes('"') || title.includes('「') ? title.replace(QUOTED, '“”') : title);

/** The kind a top-level title announces, or null when it announces none. */
export function titleCue(wording: SectionWording, title: string): SectionKind | null {
  return firstMatch(wording.titles, unquoted(title));
}

/** A line that holds a clause or sentence mark is text, not a heading. */
const CLAUSE_MARK = /[。;!?,:]/;

/** Whether a line standing alone is worded as a heading: short, no clause marks, ending as a section title ends. */
export function headingShaped(wording: SectionWording, line: string): boolean {
  const { max_chars: maxChars, cues } = wording.unnumbered;
  return line.length <= maxChars && !CLAUSE_MARK.test(line) && cues.some((re) => re.test(line));
}

/**
 * Takes lines standing alone, in text order, for top-level headings without a number: those worded
 * as headings that announce a kind (存在的困难和短板), and before any that announces shortcomings or
 * plans also those that announce none (加强党对法治政府建设领导情况), as numbered headings there
 * count as achievements. After them, such a line is more likely a point of the shortcomings.
 */
export function unnumberedHeadings(wording: SectionWording): (line: string) => boolean {
  let later = false;
  return (line) => {
    if (!headingShaped(wording, line)) return false;
    const cue = titleCue(wording, line);
    later ||= cue === 'shortcomings' || cue === 'plans';
    return cue !== null || !later;
  };
}

/** "存在的不足及下一步打算": a shortcomings title that also announces plans. */
function announcesPlansToo(wording: SectionWording, title: string): boolean {
  const plans = wording.titles.find(({ kind }) => kind === 'plans')?.cues ?? [];
  return plans.some((re) => re.test(title));
}

function yearsAfter(years: YearWording, title: string, year: number | null): boolean {
  return year !== null && yearsIn(years, title).some((named) => named.year > year);
}

/** The kind a sub-heading announces over the one of its section, or null when it announces none. */
export function subheadingOverride(wording: SectionWording, years: YearWording, title: string, year: number | null): SectionKind | null {
  if (title.length > wording.subheadings.max_chars) return null;
  const kind = firstMatch(wording.subheadings.kinds, unquoted(title));
  // "2019年工作计划完成情况" in a 2019 report is not a plan
  if (kind === 'plans' && yearsIn(years, title).length > 0 && !yearsAfter(years, title, year)) return null;
  return kind;
}

/** A stretch of text whose kind may change at paragraphs that open shortcomings or plans. */
export interface Region extends Span {
  initial: SectionKind;
}

/** Paragraph openers are tested on this many characters at most: the cues are bounded well within it. */
const OPENING_CHARS = 160;

const KIND_ORDER: readonly SectionKind[] = ['achievements', 'responsibility', 'shortcomings', 'plans'];

/**
 * Sets `kind` on every section. Returns the regions where paragraph openers decide the kind:
 * the whole body of a report without headings, the unheaded body before a first heading that
 * opens the shortcomings, a "不足及打算" section, and the last section of achievements of an
 * annual report whose shortcomings have no heading of their own. `spokenAfter`: the text was said after the year reported
 * on (a speech of the next spring), its 今年 the year of its plans.
 */
export function classifySections(
  wording: SectionWording,
  years: YearWording,
  sections: Section[],
  docKind: DocumentKind,
  year: number | null,
  body: Span,
  spokenAfter = false,
): Region[] {
  const roots = sections.filter((s) => s.parent === null && s.depth < 5);
  const cues = roots.map((s) => titleCue(wording, s.title));
  const firstLater = cues.findIndex((c) => c === 'shortcomings' || c === 'plans');
  const fallback: SectionKind = docKind === 'annual_report' ? 'achievements' : docKind === 'plan' ? 'plans' : 'other';
  const regions: Region[] = [];
  roots.forEach((root, i) => {
    const cue = cues[i] ?? null;
    if (docKind === 'plan') root.kind = cue === 'shortcomings' ? cue : 'plans';
    else if (cue) root.kind = cue;
    else if (yearsAfter(years, root.title, year)) root.kind = 'plans';
    // in a text said after the year reported on, a part on the year it was said in (二、准确把握今年的目标任务) plans
    else if (spokenAfter && years.spoken_year.test(root.title)) root.kind = 'plans';
    else if (docKind === 'annual_report' && (firstLater < 0 || i < firstLater)) root.kind = 'achievements';
    // a part that announces nothing right after the next year's plans goes on with them (二、2025年工作安排 /
    // 三、全面加强政府自身建设 of a 政府工作报告: tasks too), unless its title names a year not after the one reported on
    else if (roots[i - 1]?.kind === 'plans' && yearsIn(years, root.title).length === 0) root.kind = 'plans';
    else root.kind = 'other';
    if (root.kind === 'shortcomings' && announcesPlansToo(wording, root.title)) {
      regions.push({ start: root.span.start, end: root.span.end, initial: 'shortcomings' });
    }
  });
  // achievements written before a first heading that already opens the shortcomings or plans
  const first = roots[0];
  if (docKind === 'annual_report' && first && firstLater === 0 && first.span.start > body.start) {
    regions.push({ start: body.start, end: first.span.start, initial: 'achievements' });
  }
  // unheaded shortcomings (and plans) at the end of the last section of achievements: the last
  // section, or the one before a first heading on plans when no heading names the shortcomings
  const last = firstLater < 0 ? roots[roots.length - 1] : cues.includes('shortcomings') ? undefined : roots[firstLater - 1];
  if (docKind === 'annual_report' && last && last.kind === 'achievements') {
    regions.push({ start: last.span.start, end: last.span.end, initial: 'achievements' });
  }
  if (roots.length === 0 && body.end > body.start) regions.push({ ...body, initial: fallback });

  for (const s of sections) {
    if (s.parent === null) {
      if (s.depth === 5) s.kind = 'other';
      continue;
    }
    const parent = sections[s.parent]!;
    s.kind = (s.depth < 5 ? subheadingOverride(wording, years, s.title, year) : null) ?? parent.kind;
  }
  return regions;
}

/**
 * The appendices after the outline (from `from` on, the signature and date included) whose caption
 * announces shortcomings or plans (问题清单, 2025年工作计划表): a short line without clause marks.
 * Each is a region of that kind up to the next such caption: its rows are gaps or plans, however
 * they were flattened.
 */
export function captionedAppendices(wording: SectionWording, text: string, lines: readonly Line[], from: number): Region[] {
  const regions: Region[] = [];
  for (const line of lines) {
    if (line.first < from || line.last - line.first > wording.unnumbered.max_chars) continue;
    const caption = text.slice(line.first, line.last).trim();
    if (caption === '' || CLAUSE_MARK.test(caption)) continue;
    const kind = titleCue(wording, caption);
    if (kind !== 'shortcomings' && kind !== 'plans') continue;
    const previous = regions[regions.length - 1];
    if (previous) previous.end = line.first;
    regions.push({ start: line.first, end: text.length, initial: kind });
  }
  return regions;
}

/** Offsets where the kind changes inside a region, with the new kind. Kinds only move forward. */
export function paragraphSwitches(
  wording: SectionWording,
  text: string,
  lines: readonly Line[],
  region: Region,
  nextYear: RegExp | null = null,
): Array<{ at: number; kind: SectionKind }> {
  const switches: Array<{ at: number; kind: SectionKind }> = [{ at: region.start, kind: region.initial }];
  let current = KIND_ORDER.indexOf(region.initial);
  for (const line of lines) {
    if (line.first < region.start || line.first >= line.last) continue;
    if (line.first >= region.end) break;
    const paragraph = text.slice(line.first, line.last);
    // a paragraph that opens on the year after the one reported on (2026年,… in a report on 2025) is its plan
    const kind = openerKind(wording, paragraph) ?? (nextYear?.test(paragraph.slice(0, OPENING_CHARS)) ? 'plans' : null);
    if (kind === null) continue;
    const order = KIND_ORDER.indexOf(kind);
    if (order <= current) continue;
    current = order;
    switches.push({ at: line.first, kind });
  }
  return switches;
}

/** The pattern of a paragraph's opening on the year after `year` (rules/sections.yaml next_year), or null without a year. */
export function nextYearOpener(wording: SectionWording, year: number | null): RegExp | null {
  return year === null ? null : new RegExp(wording.next_year.replaceAll('{year}', String(year + 1)));
}

/** Whether a paragraph states what an inspection found (督察指出:…); only its first characters are read. */
export function isFinding(wording: SectionWording, paragraph: string): boolean {
  const opening = paragraph.slice(0, OPENING_CHARS);
  return wording.findings.cues.some((cue) => cue.test(opening));
}

/** The longest line read as a data box's caption. */
const DATA_BOX_CAPTION_CHARS = 30;

/** Whether a line alone is a data box's caption (rules/sections.yaml data_boxes: 数据速览), read without blanks. */
export function isDataBoxCaption(wording: SectionWording, line: string): boolean {
  const caption = line.replace(/\s+/g, '');
  return caption.length > 0 && caption.length <= DATA_BOX_CAPTION_CHARS && wording.data_boxes.cues.some((cue) => cue.test(caption));
}

/** Whether a line alone is an infographic's caption (rules/sections.yaml retellings: 一图读懂), read without blanks. */
export function isRetellingCaption(wording: SectionWording, line: string): boolean {
  const caption = line.replace(/\s+/g, '');
  return caption.length > 0 && caption.length <= DATA_BOX_CAPTION_CHARS && wording.retellings.cues.some((cue) => cue.test(caption));
}

/** The kind a paragraph's opening words switch to, or null; only its first characters are read. */
export function openerKind(wording: SectionWording, paragraph: string): SectionKind | null {
  return firstMatch(wording.openers, paragraph.slice(0, OPENING_CHARS));
}
