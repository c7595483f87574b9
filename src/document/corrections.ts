/**
 * A correction notice published with a report (更正说明: 第2页“共审查合同216件”应为“共审查合同261件”)
 * replaces words of the body: the body's sentence is read without the figures the correction changes
 * (its subject and its other clauses stay), and the right words are read in the body sentence's
 * section, quoted where the notice states them.
 */
import { BRACKETED_FIGURE, bracketedExamples } from '../ingest/bracketed-examples.js';
import { matchesOf, matchSpans, withFlags } from '../util/matches.js';
import { leadMatches } from '../util/lead-search.js';
import { clauses } from './sentences.js';
import type { Line } from './text.js';
import type { Sentence, Span } from './types.js';

export interface Correction {
  /** what the correction changes in the body: from its first to its last changed character, whole figures */
  wrong: Span;
  /** the words the notice puts in their place */
  right: Span;
  /** a remark in brackets right after them, read as a sentence of its own in the same section */
  remark?: Span;
  /** the words of the notice's quote of the wrong ones that the right ones go on from, when those are a figure alone */
  lead?: Span;
}

/**
 * The corrections `pattern` (two groups: the wrong words, then the right ones) finds, each
 * whose wrong words stand exactly once before it: a quote found twice or nowhere corrects nothing
 * we can place.
 */
export function findCorrections(pattern: RegExp, text: string): Correction[] {
  const found: Correction[] = [];
  for (const m of matchesOf(withFlags(pattern, 'g'), text)) {
    const [whole, wrong, right] = m;
    if (!wrong || !right) continue;
    // the next occurrence after the body's is the quote in the notice itself
    const at = text.indexOf(wrong);
    if (at < 0 || at + wrong.length > m.index || text.indexOf(wrong, at + 1) < m.index) continue;
    // the right words are the second group, so they stand after the first one in the match
    const quoted = m.index + whole.indexOf(wrong);
    const rightAt = m.index + whole.indexOf(right, whole.indexOf(wrong) + wrong.length);
    const kept = replacedFrom(wrong, right);
    // a remark in brackets right after the right words says what they rest on (“…96.5%”应为“98.2%”(应出庭案件为57件)): read with them
    const remark = REMARK.exec(text.slice(rightAt + right.length + 1, rightAt + right.length + 1 + MAX_REMARK));
    found.push({
      wrong: changed(text, at + kept, wrong.slice(kept), right),
      right: { start: rightAt, end: rightAt + right.length },
      ...(remark ? { remark: { start: rightAt + right.length + 1, end: rightAt + right.length + 1 + remark[0].length } } : {}),
      // a figure alone in the right words (“持证执法人员1,126名”应为“1,162名”) is read with the quoted words before it
      ...(kept > 0 ? { lead: { start: quoted, end: quoted + kept } } : {}),
    });
  }
  return found;
}

/** A rule's pattern searched globally with its groups' indices (one copy per pattern: see withFlags). */
const withIndices = (pattern: RegExp): RegExp => withFlags(pattern, `${pattern.flags.replace(/[gd]/g, '')}gd`);

/** A remark in brackets after a correction's closing quote, and how far it may run. */
const REMARK = /^[(（][^()（）“”\n]{1,80}[)）]/;
const MAX_REMARK = 82;

/**
 * The words a revision replaces: each revision `pattern` finds (two groups: the old words, then the new ones, as
 * 初稿“审查合同40份”改为“46份”) cuts from where the new words take over in the old ones up to the new ones, so that
 * the sentence reads the old words' subject with the new figure (审查合同46份), and a whole rewording reads the new
 * words alone.
 */
export function findRevisions(pattern: RegExp, text: string): Span[] {
  const found: Span[] = [];
  for (const m of matchesOf(withIndices(pattern), text)) {
    const [old, next] = [m[1], m[2]];
    const [oldAt] = m.indices?.[1] ?? [];
    const [nextAt] = m.indices?.[2] ?? [];
    if (!old || !next || oldAt === undefined || nextAt === undefined) continue;
    // a whole figure replaced goes with the word that brings it in (执法人员由“8,960名”调整为“9,214名”: 执法人员9,214名)
    const kept = replacedFrom(old, next);
    found.push({ start: kept > 0 ? oldAt + kept : m.index, end: nextAt });
  }
  return found;
}

/** A figure with its separators and decimals: one word when two wordings are lined up. */
const FIGURE_WORD = /\d+(?:[.,]\d+)*|[^\d]/g;

/**
 * Where in `old` the words `next` stands for begin: `next`, read with its figures as any figure, is the end of
 * `old` (“前置审核规范性文件12件” → “15件”, “2026年公职律师增至600名” → “增至650名”): at the first of those words;
 * 0 when `next` says it all (the same words, or others).
 */
export function replacedFrom(old: string, next: string): number {
  const words = (s: string) => [...s.matchAll(FIGURE_WORD)].map((w) => ({ word: /^\d/.test(w[0]) ? '#' : w[0], at: w.index }));
  const a = words(old);
  const b = words(next);
  if (b.length === 0 || b.length >= a.length) return 0;
  for (let i = 1; i <= b.length; i++) if (a[a.length - i]!.word !== b[b.length - i]!.word) return 0;
  return a[a.length - b.length]!.at;
}

/**
 * The sentences with the corrections applied: each body sentence read without the figures changed, and
 * the sentence of the notice that states a correction replaced by its right words, read as part of
 * the corrected sentence's section. `read` reads a span as a sentence.
 */
export function applyCorrections(
  sentences: readonly Sentence[],
  corrections: readonly Correction[],
  read: (span: Span, like: Sentence) => Sentence,
): Sentence[] {
  const out = [...sentences];
  const rightIn = new Map<number, Sentence[]>();
  for (const { wrong, right, lead, remark } of corrections) {
    const body = out.findIndex((s) => s.span.start <= wrong.start && wrong.end <= s.span.end);
    const notice = out.findIndex((s) => s.span.start <= right.start && right.end <= s.span.end);
    if (body < 0 || notice < 0 || body === notice) continue;
    const corrected = without(out[body]!, wrong);
    out[body] = corrected;
    const reads = rightIn.get(notice) ?? [];
    reads.push(lead ? without(read({ start: lead.start, end: right.end }, corrected), { start: lead.end, end: right.start }) : read(right, corrected));
    if (remark) reads.push(read(remark, corrected));
    rightIn.set(notice, reads);
  }
  return out.flatMap((s, i) => rightIn.get(i)?.sort((a, b) => a.span.start - b.span.start) ?? [s]);
}

/**
 * Where the words `patterns` find stand: what a text quotes or remarks on without stating it (the old wording a
 * note on a revision replaces, a drafter's remark in brackets). A pattern's first group, when it has one, is the
 * words; else its whole match.
 */
export function findUnstated(patterns: readonly RegExp[], text: string): Span[] {
  const found: Span[] = [];
  for (const pattern of patterns) {
    // a pattern that opens with a run before its words (the clause up to a placeholder) is tried only where they stand
    for (const m of leadMatches(withIndices(pattern), text)) {
      const [start, end] = m.indices?.[1] ?? m.indices![0]!;
      if (end > start) found.push({ start, end });
    }
  }
  return found;
}

/** A table's cell that holds 0 alone, after the cell before it (行政复议申请(件) | 0). */
const ZERO_CELL = /\|\s*(0(?:\.0+)?)\s*(?=\||$)/dg;

/**
 * The cells of 0 in a table whose note says its unfilled cells show 0 (rules/layout.yaml default_zero): the table is
 * the lines around the note up to a blank line on each side. A form's default, no figure the body states.
 */
export function defaultZeros(note: RegExp, text: string, lines: readonly Line[]): Span[] {
  const found: Span[] = [];
  const blank = (k: number): boolean => lines[k]!.first >= lines[k]!.last;
  for (let i = 0; i < lines.length; i++) {
    if (blank(i) || !note.test(text.slice(lines[i]!.first, lines[i]!.last).replace(/\s+/g, ''))) continue;
    let from = i;
    while (from > 0 && !blank(from - 1)) from--;
    let to = i;
    while (to + 1 < lines.length && !blank(to + 1)) to++;
    for (let k = from; k <= to; k++) {
      const { first, last } = lines[k]!;
      for (const m of matchesOf(ZERO_CELL, text.slice(first, last))) {
        const [start, end] = m.indices![1]!;
        found.push({ start: first + start, end: first + end });
      }
    }
    i = to;
  }
  return found;
}

/**
 * The figures in lenticular brackets (法律顾问【15】名) of a text whose note declares them examples (注:文中【】内数据为示例,
 * ../ingest/bracketed-examples.ts): never filled in, they state nothing; the text's plain figures stand.
 */
export function bracketedExampleFigures(text: string, lines: readonly Line[]): Span[] {
  if (!text.includes('\u3010') || !bracketedExamples(lines.map((line) => text.slice(line.first, line.last)))) return [];
  return matchSpans(BRACKETED_FIGURE, text);
}

/** The sentences read without the words of `cuts` (offsets in the source): a sentence no cut touches stays as it is. */
export function withoutSpans(sentences: readonly Sentence[], cuts: readonly Span[]): Sentence[] {
  return sentences.map((sentence) =>
    cuts.reduce((read, cut) => (cut.start < sentence.span.end && sentence.span.start < cut.end ? without(read, cut) : read), sentence),
  );
}

/** `sentence` read without the words of `cut` (offsets in the source). */
function without(sentence: Sentence, cut: Span): Sentence {
  const from = cut.start - sentence.span.start;
  const to = cut.end - sentence.span.start;
  let plain = '';
  const map: number[] = [];
  for (let i = 0; i < sentence.plain.length; i++) {
    const at = sentence.map[i]!;
    if (at >= from && at < to) continue;
    plain += sentence.plain[i];
    map.push(at);
  }
  map.push(sentence.map[sentence.plain.length]!);
  return { ...sentence, plain, map: Uint32Array.from(map), clauses: clauses(plain) };
}

const FIGURE_PART = /[\d.%]/;

/**
 * Where `wrong` (standing at `at` in `text`) differs from `right`: past their common beginning and
 * end, widened to whole figures (95.2% → 92.5% changes 95.2%, not 5.2), thousands separators too.
 */
function changed(text: string, at: number, wrong: string, right: string): Span {
  let head = 0;
  while (head < wrong.length && head < right.length && wrong[head] === right[head]) head++;
  let tail = 0;
  while (tail < wrong.length - head && tail < right.length - head && wrong[wrong.length - 1 - tail] === right[right.length - 1 - tail]) tail++;
  const inFigure = (i: number): boolean => FIGURE_PART.test(text[i] ?? '') || (text[i] === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
  let start = at + head;
  let end = at + wrong.length - tail;
  while (start > at && inFigure(start - 1)) start--;
  while (end < at + wrong.length && inFigure(end)) end++;
  return { start, end };
}
