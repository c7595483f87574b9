import type { AreaScore, Result, Scorecard } from '../engine/schema.js';
import type { Document, Section, Sentence, Span } from '../document/types.js';
import type { Catalogue } from '../catalogue/index.js';
import { ADMITTED_MARK } from '../engine/display.js';
import { lostPoints } from './labels.js';
import { fill, pick, type DraftPhrases } from './draft-phrases.js';

/**
 * The 不足 section and its mirrored 下一年度 section, drafted from the report's own voice:
 *   (a) the shortcomings the report itself lists, restated and tied to the indicators they concern;
 *   (b) indicators the report shows unmet: a stated value below the threshold, or a denial;
 *   (c) apart from the draft, 建议补充佐证: indicators the report is silent on, never called failures.
 * An indicator with achieved evidence is never named as a shortcoming. Every number comes from
 * the results or the report; every sentence pattern comes from rules/draft.yaml.
 */

export interface IndicatorWording {
  /** how the 不足 draft names the gap */
  gap?: string;
  /** how the 下一年度 plan names the remedy */
  remedy?: string;
}
export type WordingLookup = (indicatorId: string) => IndicatorWording | undefined;

/** Gap and remedy wording are written per indicator in the catalogue; look them up by id. */
export function wordingFromCatalogue(catalogue: Pick<Catalogue, 'indicators'>): WordingLookup {
  const byId = new Map(catalogue.indicators.map((indicator) => [indicator.id, { gap: indicator.gap, remedy: indicator.remedy }]));
  return (id) => byId.get(id);
}

export type DraftItemSource = 'admitted' | 'value';

export interface DraftItem {
  /** the first sentence, with its ordinal: （一）学法培训不够深入。 */
  lead: string;
  body: string;
  /** where the item comes from: the report's own 不足 list, or values below a threshold */
  source: DraftItemSource;
  /** the indicators it names (none with achieved evidence) */
  indicators: string[];
}

export interface EvidenceAdvice {
  heading: string;
  note: string;
  /** one line per 一级 area: silent indicators, then those mentioned without a figure */
  lines: string[];
  /** the areas of those indicators, most first */
  areas: string[];
  indicators: string[];
}

export interface Draft {
  title: string;
  editorNote: string;
  shortcomings: { heading: string; opening: string; items: DraftItem[]; causes: string };
  plans: { heading: string; opening: string; items: DraftItem[] };
  evidence: EvidenceAdvice;
}

export interface DraftInput {
  scorecard: Scorecard;
  /** the report: its 不足 section gives the first items, its outline the heading numbers */
  document?: Pick<Document, 'sections' | 'sentences'>;
  wording?: WordingLookup;
  phrases: DraftPhrases;
}

const MAX_VALUE_ITEMS = 4;
const MAX_CLAUSES = 3;
const MAX_TIES = 2;
/** an indicator is tied to an item when they share this many words and this share of the indicator's */
const TIE_MIN_SHARED = 3;
const TIE_MIN_RATIO = 0.3;
const MAX_CAUSES = 4;
const DETAIL_CHARS = 150;
const TITLE_CHARS = 24;
const TOPIC_CHARS = 16;

/** One shortcoming the report lists itself. */
interface Admitted {
  title: string;
  detail: string;
  span: Span;
}

interface Planned {
  item: DraftItem;
  topic: string;
  /** the topic is a 一级 area's title, not something the report names itself */
  topicIsArea: boolean;
  text: string;
  remedies: string[];
}

export function buildDraft({ scorecard, document, wording = () => undefined, phrases }: DraftInput): Draft {
  const doc = scorecard.document;
  const we = selfReference(doc.place, doc.level, phrases);
  const year = doc.year === null ? phrases.thisYear : `${doc.year}年`;
  const numbers = headingNumbers(document?.sections ?? []);
  const wordingOf = (r: Result): IndicatorWording => wording(r.indicator) ?? {};
  const areaTitle = new Map(scorecard.areas.map((a) => [a.id, a.title]));
  const inShortcomings = shortcomingSpans(document);

  // (a) the report's own shortcomings, each tied to indicators without achieved evidence
  const admitted = admittedItems(document, phrases.deficiencyMarkers);
  const named = new Set<string>();
  const planned: Planned[] = admitted.map((a, index) => {
    const tie = tieIndicators(a, scorecard.results, wordingOf, areaTitle, phrases);
    for (const r of tie.named) named.add(r.indicator);
    const tieSentence = tie.named.length
      ? fill(pick(phrases.indicatorTies, index), { indicators: tie.named.map((r) => r.title).join('”“') })
      : tie.area
        ? fill(pick(phrases.areaTies, index), { area: areaTitle.get(tie.area) ?? tie.area })
        : '';
    const area = tie.area ? areaTitle.get(tie.area) : undefined;
    const topic = topicOf(a.title, area, phrases);
    const text = `${a.title}${a.detail}`;
    const remedies = tie.named.map((r) => stripEnd(wordingOf(r).remedy ?? '')).filter(Boolean);
    return {
      item: { lead: `${a.title}。`, body: `${a.detail}${tieSentence}`, source: 'admitted', indicators: tie.named.map((r) => r.indicator) },
      topic,
      topicIsArea: topic === area,
      text,
      remedies: remedies.length ? remedies : [matched(phrases.remedies, text) ?? fill(phrases.defaultRemedy, { title: a.title })],
    };
  });

  // (b) values below the threshold and denials, grouped by area, most lost points first
  const shown = scorecard.results.filter((r) => !named.has(r.indicator) && (belowThreshold(r) || deniedElsewhere(r, inShortcomings) || judgedShort(r)));
  const areas = scorecard.areas
    .filter((area) => shown.some((r) => r.area === area.id))
    .sort((a, b) => lostPoints(b) - lostPoints(a) || (a.rate ?? 100) - (b.rate ?? 100))
    .slice(0, MAX_VALUE_ITEMS);
  const valueAreas: AreaScore[] = [];
  for (const [index, area] of areas.entries()) {
    const results = shown.filter((r) => r.area === area.id).slice(0, MAX_CLAUSES);
    const clauses = results.map((r, i) => valueClause(r, wordingOf(r), i, phrases));
    valueAreas.push(area);
    planned.push({
      item: {
        lead: fill(pick(phrases.valueLeads, index), { area: area.title }),
        body: `${enumerate(clauses)}。`,
        source: 'value',
        indicators: results.map((r) => r.indicator),
      },
      topic: area.title,
      topicIsArea: true,
      text: area.title,
      remedies: results.map((r) => stripEnd(wordingOf(r).remedy ?? r.title)),
    });
  }

  const items = planned.map((p, index) => ({ ...p.item, lead: `${ordinal(index)}${p.item.lead}` }));
  const topics = listOf(planned.filter((p) => p.item.source === 'admitted').map((p) => p.topic));
  const areaList = listOf(valueAreas.map((a) => a.title));
  const seed = doc.year ?? 0;
  const evidence = evidenceAdvice(scorecard, new Set(items.flatMap((i) => i.indicators)), phrases);
  const valueCount = countWord(items.filter((i) => i.source === 'value').reduce((n, i) => n + i.indicators.length, 0));
  const opening = admitted.length
    ? fill(pick(phrases.openings.admitted, seed), {
        year,
        we,
        topics,
        count: countWord(admitted.length),
        more: valueAreas.length ? fill(pick(phrases.openings.valuesToo, seed), { count: valueCount }) : '',
      })
    : items.length
      ? fill(pick(phrases.openings.values, seed), { year, we, areas: areaList, count: valueCount })
      : fill(pick(phrases.openings.none, seed), { year, we, areas: listOf(evidence.areas.slice(0, 3)) });

  const plans = planned.map((p, index): DraftItem => {
    const [focus, aim] = pick(p.topicIsArea ? phrases.planAreaLeads : phrases.planLeads, index);
    return {
      lead: `${ordinal(index)}${focus}${p.topic}，${aim}。`,
      body: `${enumerate(p.remedies.slice(0, MAX_CLAUSES))}。`,
      source: p.item.source,
      indicators: p.item.indicators,
    };
  });
  const planTopics = listOf(planned.map((p) => p.topic));

  const draft: Draft = {
    title: `${doc.place ?? ''}${doc.year === null ? '' : `${doc.year}年`}${phrases.titleSuffix}`,
    editorNote: phrases.editorNote,
    shortcomings: {
      heading: `${chineseNumber(numbers.shortcomings)}、${phrases.shortcomingsHeading}`,
      opening,
      items,
      causes: items.length ? causesParagraph(planned, areaList, seed, phrases) : '',
    },
    plans: {
      heading: `${chineseNumber(numbers.plans)}、${phrases.plansHeading}`,
      opening: items.length ? fill(pick(phrases.planOpenings, seed), { we, topics: planTopics }) : fill(phrases.planOpeningNone, { we }),
      items: plans,
    },
    evidence,
  };
  return fullWidthDraft(draft);
}

/** Markdown for editors: the two sections, ready to paste, then the 建议补充佐证 list. */
export function renderDraftMarkdown(draft: Draft): string {
  const block = (heading: string, opening: string, items: DraftItem[], closing = '') => [
    `## ${heading}`,
    '',
    opening,
    '',
    ...items.flatMap((item) => [`**${item.lead}**${item.body}`, '']),
    ...(closing ? [closing, ''] : []),
  ];
  const advice = draft.evidence.lines.length
    ? [`## ${draft.evidence.heading}`, '', `> ${draft.evidence.note}`, '', ...draft.evidence.lines.map((line) => `- ${line}`), '']
    : [];
  return [
    `# ${draft.title}`,
    '',
    `> ${draft.editorNote}`,
    '',
    ...block(draft.shortcomings.heading, draft.shortcomings.opening, draft.shortcomings.items, draft.shortcomings.causes),
    ...block(draft.plans.heading, draft.plans.opening, draft.plans.items),
    ...advice,
  ].join('\n');
}

// ── (a) the report's own shortcomings ────────────────────────────────

/** Spans of the report's 不足 sections. */
function shortcomingSpans(document: DraftInput['document']): Span[] {
  return (document?.sections ?? []).filter((s) => s.kind === 'shortcomings' && s.depth === 1).map((s) => s.span);
}

const INLINE_ORDINAL = /(?:^|(?<=[。；;：:，,]))\s*(?:[一二三四五六七八九十]{1,2}是|第[一二三四五六七八九十]{1,2}[，,、])/g;
const LEADING_ORDINAL =
  /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．]|[一二三四五六七八九十]{1,2}是|第[一二三四五六七八九十]{1,2}[，,、])\s*/;

/**
 * The items of the report's 不足 section: its (一)(二) subsections, else its 一是/二是 items,
 * else its sentences after the introductory one. Subsections about causes (原因) are left out.
 */
function admittedItems(document: DraftInput['document'], markers: readonly string[]): Admitted[] {
  if (!document) return [];
  const tops = document.sections.filter((s) => s.kind === 'shortcomings' && s.depth === 1);
  if (tops.length === 0) return [];
  const topIds = new Set(tops.map((s) => s.index));
  const body = (span: Span) =>
    document.sentences.filter((s) => !s.heading && s.span.start >= span.start && s.span.end <= span.end && s.kind === 'shortcomings');
  const subsections = document.sections.filter((s) => s.parent !== null && topIds.has(s.parent) && !/原因/.test(s.title));
  if (subsections.length > 0) {
    return subsections.map((s) => {
      const title = clean(s.title);
      // an inline 一是… item is its own first sentence: the detail is what follows it
      const detail = body(s.span)
        .map((sentence) => clean(textOf(sentence)))
        .filter((text) => !title.startsWith(stripEnd(text)) && !text.startsWith(title));
      return withShortTitle(title, detail, s.span, markers);
    });
  }
  const sentences = tops.flatMap((t) => body(t.span));
  const inline = inlineItems(sentences, markers);
  if (inline.length > 0) return inline;
  // no markers: every sentence after the introduction (the one ending in ：) is an item
  const intro = sentences.findIndex((s) => /[：:]\s*$/.test(textOf(s)));
  return sentences
    .slice(intro + 1)
    .filter((s) => !/原因/.test(textOf(s)))
    .slice(0, 5)
    .map((s) => withShortTitle(clean(textOf(s)), [], s.span, markers));
}

/** 一是…二是… items, however the report wraps them into sentences. */
function inlineItems(sentences: readonly Sentence[], markers: readonly string[]): Admitted[] {
  const pieces: Array<{ text: string; span: Span; starts: boolean }> = [];
  for (const sentence of sentences) {
    const text = textOf(sentence);
    const starts = [...text.matchAll(INLINE_ORDINAL)].map((m) => m.index);
    if (starts.length === 0) {
      pieces.push({ text, span: sentence.span, starts: false });
      continue;
    }
    if (starts[0]! > 0) pieces.push({ text: text.slice(0, starts[0]), span: sentence.span, starts: false });
    starts.forEach((start, i) => pieces.push({ text: text.slice(start, starts[i + 1] ?? text.length), span: sentence.span, starts: true }));
  }
  const items: Array<{ texts: string[]; span: Span }> = [];
  for (const piece of pieces) {
    if (piece.starts) items.push({ texts: [piece.text], span: { ...piece.span } });
    else if (items.length > 0 && !/原因/.test(piece.text)) {
      const last = items[items.length - 1]!;
      last.texts.push(piece.text);
      last.span.end = piece.span.end;
    }
  }
  return items.map(({ texts, span }) => {
    const [first = '', ...rest] = texts.map(clean);
    return withShortTitle(first, rest, span, markers);
  });
}

/**
 * A long first sentence gives its first clause that names a deficiency (不够, 有待…) as the
 * title; its other clauses open the detail.
 */
function withShortTitle(text: string, detail: readonly string[], span: Span, markers: readonly string[]): Admitted {
  const whole = stripEnd(text);
  if (whole.length <= TITLE_CHARS) return { title: whole, detail: detailOf(detail), span };
  const clauses = whole.split(/[，,；;。]/).filter(Boolean);
  const at = Math.max(
    0,
    clauses.findIndex((c) => markers.some((m) => c.includes(m))),
  );
  const rest = clauses.filter((_, i) => i !== at).join('，');
  return { title: clauses[at] ?? whole, detail: detailOf([rest, ...detail]), span };
}

/** Whole sentences of the detail, up to about DETAIL_CHARS, each ending in 。 */
function detailOf(texts: readonly string[]): string {
  let out = '';
  for (const raw of texts) {
    const text = stripEnd(clean(raw));
    if (!text) continue;
    if (out && out.length + text.length > DETAIL_CHARS) break;
    out += `${text}。`;
  }
  return out;
}

/**
 * What an item is about: its title before the first word of deficiency (学法培训不够深入 → 学法培训);
 * for a title about who (少数干部…), the area it belongs to; else its first clause.
 */
function topicOf(title: string, area: string | undefined, phrases: DraftPhrases): string {
  const cut = Math.min(...phrases.deficiencyMarkers.map((m) => title.indexOf(m)).filter((i) => i > 0));
  let topic = Number.isFinite(cut) ? title.slice(0, cut) : title;
  for (let changed = true; changed;) {
    changed = false;
    for (const trailer of phrases.topicTrailers) {
      if (topic.endsWith(trailer) && topic.length > trailer.length) {
        topic = topic.slice(0, -trailer.length);
        changed = true;
      }
    }
  }
  const vague = phrases.vagueSubjects.some((w) => title.startsWith(w));
  if (!vague && topic.length >= 2 && topic.length <= TOPIC_CHARS) return topic;
  if (area) return area;
  const clause = title.split(/[，,；;]/)[0] ?? title;
  return clause.length <= TOPIC_CHARS ? clause : topic.slice(0, TOPIC_CHARS);
}

// ── tying to indicators ─────────────────────────────────────────────

/** Achieved evidence contradicts a shortcoming: such an indicator is never named in the draft. */
export function hasAchievedEvidence(result: Pick<Result, 'status' | 'evidence'>): boolean {
  return result.status === 'met' || result.evidence.some((q) => q.status === 'achieved');
}

function nameable(result: Result): boolean {
  return result.status !== 'not_applicable' && !hasAchievedEvidence(result);
}

function tieIndicators(
  item: Admitted,
  results: readonly Result[],
  wordingOf: (r: Result) => IndicatorWording,
  areaTitles: ReadonlyMap<string, string>,
  phrases: DraftPhrases,
): { named: Result[]; area: string | null } {
  const stop = new Set(phrases.tieStopWords);
  const itemWords = bigrams(`${item.title}${item.detail}`, stop);
  const applicable = results.filter((r) => r.status !== 'not_applicable');
  const direct = applicable.filter((r) => r.evidence.some((q) => q.status === 'gap' && q.start < item.span.end && q.end > item.span.start));
  const textOfResult = (r: Result) => `${r.title}${wordingOf(r).gap ?? ''}`;
  const scored = applicable
    .map((r) => {
      const words = bigrams(textOfResult(r), stop);
      const shared = [...words].filter((w) => itemWords.has(w)).length;
      return { r, shared, ratio: words.size ? shared / words.size : 0 };
    })
    .filter((s) => s.shared >= TIE_MIN_SHARED && s.ratio >= TIE_MIN_RATIO)
    .sort((a, b) => b.ratio - a.ratio || b.shared - a.shared);
  const candidates = [...direct, ...scored.map((s) => s.r)];
  const named = [...new Map(candidates.filter(nameable).map((r) => [r.indicator, r])).values()].slice(0, MAX_TIES);
  const area = named[0]?.area ?? hintedArea(item.title, areaTitles, phrases) ?? candidates[0]?.area ?? hintedArea(item.detail, areaTitles, phrases);
  return { named, area };
}

/** The 一级 area the data's hints give for a text (审批 → 政府职能…), if any. */
function hintedArea(text: string, areaTitles: ReadonlyMap<string, string>, phrases: DraftPhrases): string | null {
  for (const hint of phrases.areaHints) {
    if (!new RegExp(hint.when).test(text)) continue;
    const area = [...areaTitles].find(([, title]) => title.includes(hint.area));
    if (area) return area[0];
  }
  return null;
}

/** Two-character pieces of the Chinese text, common words of the field left out. */
function bigrams(text: string, stop: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(/[\u4e00-\u9fff]+/g) ?? []) {
    for (let i = 0; i + 2 <= run.length; i++) {
      const word = run.slice(i, i + 2);
      if (!stop.has(word)) out.add(word);
    }
  }
  return out;
}

// ── (b) values below the threshold ──────────────────────────────────

/** An achieved value the report states that misses the threshold (no value meets it). */
function belowThreshold(r: Result): boolean {
  return (r.status === 'unmet' || r.status === 'partial') && r.threshold !== null && r.found !== null && /\d/.test(r.found) && !r.found.includes(ADMITTED_MARK);
}

/** A denial outside the 不足 section (尚未建立…) with nothing achieved against it. */
function deniedElsewhere(r: Result, shortcomings: readonly Span[]): boolean {
  const inside = (q: Span) => shortcomings.some((s) => q.start >= s.start && q.end <= s.end);
  return r.status === 'unmet' && !hasAchievedEvidence(r) && r.evidence.some((q) => q.status === 'gap' && !inside(q));
}

/** An inspector's verdict (人工认定) that the indicator is not, or only partly, met. */
function judgedShort(r: Result): boolean {
  return r.override !== undefined && (r.status === 'unmet' || r.status === 'partial');
}

function valueClause(r: Result, wording: IndicatorWording, index: number, phrases: DraftPhrases): string {
  const gap = stripEnd(wording.gap ?? r.title);
  if (r.override && judgedShort(r)) return fill(phrases.manualClause, { gap, note: stripEnd(r.override.note) });
  if (!belowThreshold(r)) return fill(phrases.deniedClause, { gap });
  return fill(pick(phrases.valueClauses, index), { gap, value: r.found!, requirement: requirementProse(r.threshold!, phrases, r.found) });
}

/** ≥100% (80%起部分得分) → 不低于100%; ≥2 with 1期 found → 不少于2期. The partial band is left out. */
export function requirementProse(threshold: string, phrases: Pick<DraftPhrases, 'requirementWords'>, found?: string | null): string {
  const bare = threshold.replace(/\s*[（(][^()（）]*[）)]\s*$/, '').trim();
  const unit = /^[\d.]+\s*(%|学时|[件项名人次期台个份场])/.exec(found ?? '')?.[1];
  const core = unit && /\d$/.test(bare) ? `${bare}${unit}` : bare;
  const match = /^(≥|>=|>|≤|<=|<|==|=)\s*(.+)$/.exec(core);
  if (!match) return core;
  const op = ({ '≥': '>=', '≤': '<=', '=': '==' } as Record<string, string>)[match[1]!] ?? match[1]!;
  const rest = match[2]!;
  const words = phrases.requirementWords[op as keyof DraftPhrases['requirementWords']];
  return words ? `${rest.includes('%') ? words.rate : words.count}${rest}` : core;
}

// ── causes, advice ──────────────────────────────────────────────────

/** Causes matched to what the items are about, each naming the problems it explains. */
function causesParagraph(planned: readonly Planned[], areaList: string, seed: number, phrases: DraftPhrases): string {
  const own = planned.filter((p) => p.item.source === 'admitted');
  const causes: string[] = [];
  const explained = new Set<Planned>();
  for (const cause of phrases.causes) {
    const pattern = new RegExp(cause.when);
    const about = own.filter((p) => !explained.has(p) && pattern.test(p.text));
    if (about.length === 0) continue;
    about.forEach((p) => explained.add(p));
    causes.push(`${cause.text}，${fill(phrases.causeLink, { topics: listOf(about.map((p) => p.topic)) })}`);
  }
  const rest = own.filter((p) => !explained.has(p));
  if (rest.length > 0) causes.push(fill(phrases.defaultCause, { topics: listOf(rest.map((p) => p.topic)) }));
  const shown = causes.slice(0, MAX_CAUSES - (areaList ? 1 : 0));
  if (areaList) shown.push(fill(phrases.valueCause, { areas: areaList }));
  return `${pick(phrases.causeOpeners, seed)}${enumerate(shown)}。`;
}

function matched(rules: DraftPhrases['remedies'], text: string): string | undefined {
  return rules.find((rule) => new RegExp(rule.when).test(text))?.text;
}

/** Indicators the report is silent on, or mentions without a figure: advice, not failures. */
function evidenceAdvice(scorecard: Scorecard, drafted: ReadonlySet<string>, phrases: DraftPhrases): EvidenceAdvice {
  const open = scorecard.results.filter((r) => !drafted.has(r.indicator) && !belowThreshold(r) && !r.override);
  const silent = open.filter((r) => r.status === 'no_evidence');
  const mentioned = open.filter((r) => (r.status === 'partial' || r.status === 'unmet') && r.evidence.some((q) => q.status === 'achieved'));
  const lines = scorecard.areas.flatMap((area) => {
    const parts = [
      [phrases.evidence.silent, silent],
      [phrases.evidence.mentioned, mentioned],
    ] as const;
    const text = parts
      .map(([label, list]) => [label, list.filter((r) => r.area === area.id).map((r) => `${r.group} ${r.title}`)] as const)
      .filter(([, titles]) => titles.length > 0)
      .map(([label, titles]) => `${label}${titles.join('；')}`)
      .join('；');
    return text ? [`${area.id} ${area.title}：${text}`] : [];
  });
  const listed = [...silent, ...mentioned];
  const count = (areaId: string) => listed.filter((r) => r.area === areaId).length;
  const areas = scorecard.areas
    .filter((a) => count(a.id) > 0)
    .sort((a, b) => count(b.id) - count(a.id))
    .map((a) => a.title);
  return { heading: phrases.evidence.heading, note: phrases.evidence.note, lines, areas, indicators: listed.map((r) => r.indicator) };
}

// ── text helpers ────────────────────────────────────────────────────

function textOf(sentence: Sentence): string {
  return sentence.plain ?? sentence.text;
}

/** A piece of report text as a draft sentence: no outline number, no line breaks. */
function clean(text: string): string {
  return text.replace(/\s+/g, '').replace(LEADING_ORDINAL, '').trim();
}

function stripEnd(text: string): string {
  return text.trim().replace(/[。；;，,：:、]+$/, '');
}

function listOf(parts: readonly string[]): string {
  return [...new Set(parts)].slice(0, 4).join('、');
}

/** 一是…；二是… inside an item when it names several things. */
function enumerate(clauses: readonly string[]): string {
  const parts = clauses.map(stripEnd).filter(Boolean);
  return parts.length <= 1 ? (parts[0] ?? '') : parts.map((c, i) => `${chineseNumber(i + 1)}是${c}`).join('；');
}

/** A count before a measure word: 两个, not 二个. */
function countWord(n: number): string {
  return n === 2 ? '两' : chineseNumber(n);
}

function ordinal(index: number): string {
  return `（${chineseNumber(index + 1)}）`;
}

/**
 * The draft in the full-width punctuation of a 公文: , ; : ( ) become ，；：（）, except a comma
 * or colon between two digits (1,200; 9:30). Report text quoted in the draft is converted too.
 */
export function fullWidth(text: string): string {
  return text
    .replace(/(?<!\d),|,(?!\d)/g, '，')
    .replace(/(?<!\d):|:(?!\d)/g, '：')
    .replace(/;/g, '；')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

function fullWidthDraft(draft: Draft): Draft {
  const items = (list: DraftItem[]) => list.map((i) => ({ ...i, lead: fullWidth(i.lead), body: fullWidth(i.body) }));
  return {
    title: fullWidth(draft.title),
    editorNote: fullWidth(draft.editorNote),
    shortcomings: {
      heading: fullWidth(draft.shortcomings.heading),
      opening: fullWidth(draft.shortcomings.opening),
      items: items(draft.shortcomings.items),
      causes: fullWidth(draft.shortcomings.causes),
    },
    plans: { heading: fullWidth(draft.plans.heading), opening: fullWidth(draft.plans.opening), items: items(draft.plans.items) },
    evidence: {
      ...draft.evidence,
      heading: fullWidth(draft.evidence.heading),
      note: fullWidth(draft.evidence.note),
      lines: draft.evidence.lines.map(fullWidth),
      areas: draft.evidence.areas.map(fullWidth),
    },
  };
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (headings never go beyond 99). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${units ? DIGITS[units] : ''}`;
}

/**
 * Where the two sections go in this report: where it already has them, else right after the
 * achievements and responsibility sections (before any plans section).
 */
export function headingNumbers(sections: readonly Pick<Section, 'depth' | 'kind'>[]): { shortcomings: number; plans: number } {
  const top = sections.filter((s) => s.depth === 1);
  const shortcomings = top.findIndex((s) => s.kind === 'shortcomings');
  const plans = top.findIndex((s) => s.kind === 'plans');
  if (shortcomings >= 0) return { shortcomings: shortcomings + 1, plans: plans > shortcomings ? plans + 1 : shortcomings + 2 };
  if (plans >= 0) return { shortcomings: plans + 1, plans: plans + 2 };
  const before = top.filter((s) => s.kind === 'achievements' || s.kind === 'responsibility').length;
  const at = Math.max(before, 1) + 1;
  return { shortcomings: at, plans: at + 1 };
}

/** 我区 / 我县 / 我市…: how an office names its own place. */
function selfReference(place: string | null, level: Scorecard['document']['level'], phrases: DraftPhrases): string {
  const { prefix, suffixes, byLevel } = phrases.selfReference;
  const suffix = place ? suffixes.find((s) => place.endsWith(s)) : undefined;
  return suffix ? `${prefix}${suffix}` : byLevel[level];
}
