import type { Document } from '../../document/types.js';
import type { Fact } from '../schema.js';
import type { CompiledLexicon } from '../text.js';
import { escape } from '../text.js';
import { matchesOf, withFlags } from '../../util/matches.js';
import type { Found, PassMeta } from './context.js';
import type { CompiledTables } from './tables.js';

export const meta: PassMeta = {
  name: 'english',
  covers:
    '双语版本里只用英文写的段落(Note for investors: the legal office had 4 legal review staff):中文本处处不载的计数按英文读(数字紧接事实的英文说法);中文本已载的事实、或带计量单位的同一数字(译文取整、笔误)不另读,多数数字中文本都有的段落是译文;讲计划、别的机构或地方、别的年份的句子不读',
  order: 95,
};

/** A Chinese character: an English sentence has none. */
const CHINESE = /[\u3400-\u9fff]/;
/** A run of Latin letters: a sentence with none is no English. */
const LATIN = /[A-Za-z]{3,}/;
/** A figure as a passage writes it, with its thousands' commas and a decimal part. */
const FIGURE = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.,])\d+(?:\.\d+)?/g;
/** What a figure may carry after it that makes it no count: an ordinal (5th) or a date's day. */
const NOT_A_COUNT = /^(?:st|nd|rd|th)\b/i;
const MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+$/i;

/**
 * Adds the counts a bilingual edition states in English alone (rules/passes.yaml english): for each English sentence of a
 * passage most of whose figures the Chinese text does not hold, a figure right before a count's words, where the sentence
 * names only the report's year and no plan nor another's, and the Chinese text states neither the fact nor that figure
 * with one of the fact's counting words. The Chinese text governs: one count per fact, and none the Chinese text holds.
 */
export function run(doc: Document, found: Found[], lexicon: CompiledLexicon, tables: CompiledTables): void {
  const { english } = tables;
  if (english.counts.length === 0 || doc.year === null) return;
  const englishAt: number[] = [];
  doc.sentences.forEach((s, i) => {
    if (!s.heading && s.story !== true && s.tasks === undefined && !CHINESE.test(s.text) && LATIN.test(s.text) && /\d/.test(s.text)) englishAt.push(i);
  });
  if (englishAt.length === 0) return;
  const chinese = doc.sentences
    .filter((s) => CHINESE.test(s.text))
    .map((s) => s.text)
    .join('\n')
    .replace(/(?<=\d),(?=\d{3}(?!\d))/g, '');
  const held = chineseFigures(chinese);
  const stated = new Set(found.map((f) => f.fact.id));
  const added: Found[] = [];
  for (const index of englishAt) {
    const sentence = doc.sentences[index]!;
    if (translated(passageOf(doc, index), held, doc.year)) continue;
    for (const [start, part] of partsOf(sentence.text, english.sentenceEnd)) {
      if (english.plan.test(part) || english.other.test(part) || !ofYear(part, english.year, doc.year)) continue;
      for (const m of part.matchAll(english.figure)) {
        const written = m.groups?.['n'];
        if (written === undefined) continue;
        const value = Number(written.replaceAll(',', ''));
        const after = part.slice(m.index + m[0].length);
        for (const count of english.counts) {
          if (stated.has(count.id) || !count.words.test(after) || (count.near !== undefined && !count.near.test(part))) continue;
          const entry = lexicon.byId.get(count.id)?.entry;
          if (entry === undefined || heldWith(chinese, value, entry.units)) continue;
          stated.add(count.id);
          const from = sentence.span.start + start + m.index;
          const words = count.words.exec(after)!;
          const to = from + m[0].length + words[0].length;
          const qualifier = english.qualifiers.get((m.groups?.['q'] ?? '').toLowerCase().replace(/\s+/g, ' '));
          const top = sentence.top === null ? undefined : doc.sections[sentence.top];
          const fact: Fact = {
            id: count.id,
            value,
            unit: entry.unit,
            status: 'achieved',
            section: top?.heading ?? null,
            evidence: { text: doc.source.text.slice(from, to), start: from, end: to },
            derived: false,
            ...(qualifier === undefined ? {} : { qualifier }),
          };
          added.push({ fact, sentence: index, top: sentence.top, breakdown: false });
          break;
        }
      }
    }
  }
  // in sentence order, as the passes after it expect
  for (const f of added) {
    const at = found.findIndex((o) => o.sentence > f.sentence);
    found.splice(at < 0 ? found.length : at, 0, f);
  }
}

/** The figures of the Chinese text, without the years and days of its dates (2024年, 12月31日). */
function chineseFigures(chinese: string): Set<number> {
  const out = new Set<number>();
  for (const m of chinese.matchAll(/(?<![\d.])\d+(?:\.\d+)?(?![\d.]|\s*[年月日号])/g)) out.add(Number(m[0]));
  return out;
}

/** Whether the Chinese text holds `value` with one of the fact's counting words after it (4,512名). */
function heldWith(chinese: string, value: number, units: readonly string[]): boolean {
  if (units.length === 0) return false;
  return new RegExp(`(?<![\\d.])${escape(String(value))}(?![\\d.])\\s*(?:余|多)?(?:${units.map(escape).join('|')})`).test(chinese);
}

/** The source line the sentence stands in: its paragraph. */
function passageOf(doc: Document, index: number): string {
  const { span } = doc.sentences[index]!;
  const text = doc.source.text;
  const from = text.lastIndexOf('\n', span.start - 1) + 1;
  const to = text.indexOf('\n', span.end);
  return text.slice(from, to < 0 ? text.length : to);
}

/**
 * Whether a passage translates the Chinese text: at least half of its figures (no year, date's day or ordinal) stand there.
 * A passage with no such figure is read as its sentences' own.
 */
function translated(passage: string, held: ReadonlySet<number>, year: number): boolean {
  let all = 0;
  let there = 0;
  for (const m of passage.matchAll(FIGURE)) {
    const value = Number(m[0].replaceAll(',', ''));
    const after = passage.slice(m.index + m[0].length);
    if (NOT_A_COUNT.test(after) || MONTH.test(passage.slice(0, m.index)) || (value >= year - 10 && value <= year + 10 && Number.isInteger(value))) continue;
    all++;
    if (held.has(value)) there++;
  }
  return all > 0 && there * 2 >= all;
}

/** The English sentences of a sentence as the document split it, each with its offset. */
function partsOf(text: string, end: RegExp): [number, string][] {
  const out: [number, string][] = [];
  let start = 0;
  for (const m of matchesOf(withFlags(end, 'g'), text)) {
    out.push([start, text.slice(start, m.index)]);
    start = m.index + m[0].length;
  }
  out.push([start, text.slice(start)]);
  return out;
}

/** Whether every year a sentence names is the report's (FY2025, as of December 31, 2025). */
function ofYear(part: string, year: RegExp, reported: number): boolean {
  for (const m of part.matchAll(year)) if (Number(m[1]) !== reported) return false;
  return true;
}
