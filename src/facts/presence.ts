/**
 * Presence facts: a mechanism or a piece of work the report says is in place (推行“双随机、一公开”
 * 监管, 开展重大决策风险评估), read from groups of cue words in one sentence. The entries live in
 * rules/presence.yaml, one per indicator checked by presence (and tailorings may add their own);
 * every one found is a fact like any other, so `duibiao facts` shows what a score rests on.
 */
import { z } from 'zod';
import type { Document, Sentence } from '../document/types.js';
import type { Lexicon } from './lexicon.js';
import type { Evidence, Fact, FactStatus } from './schema.js';
import { classifyStatus, isNegated } from './status.js';
import { clauseAt } from './text.js';

/** Groups of terms that must all occur in one sentence; a term may offer alternatives 'a|b'. */
export const Mentions = z.array(z.array(z.string().min(1)).min(1)).min(1);

export const PresenceEntry = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'id 只能由小写字母、数字和下划线组成'),
  mentions: Mentions,
});
export type PresenceEntry = z.infer<typeof PresenceEntry>;

export const PresenceFile = z.strictObject({ facts: z.array(PresenceEntry).min(1) });

export const PRESENCE_FILE = 'presence.yaml';

export interface Mention {
  evidence: Evidence;
  status: FactStatus;
  negated: boolean;
}

/** The document's text of [start, end) of a sentence's plain text, with offsets into the document. */
export function evidenceIn(doc: Document, sentence: Sentence, start: number, end: number): Evidence {
  const offset = sentence.span.start;
  const from = offset + sentence.map[start]!;
  const to = offset + (end > start ? sentence.map[end - 1]! + 1 : sentence.map[start]!);
  return { text: doc.source.text.slice(from, to), start: from, end: to };
}

/**
 * The first cue group whose every term occurs in the sentence, quoted by the clause(s) that hold
 * the cues (the cue words alone do not show what was done). A heading line alone never mentions
 * anything: every report carries 党政主要负责人履行推进法治建设第一责任人职责情况 as a heading.
 */
/** A site's navigation trail (首页 > 政务公开 > 法治政府建设年度报告): names pages, states nothing. */
const BREADCRUMB = />[^>]*>/;

export function mentionIn(doc: Document, sentence: Sentence, groups: readonly (readonly string[])[], lexicon: Lexicon): Mention | null {
  if (sentence.heading) return null;
  const text = sentence.plain;
  if (BREADCRUMB.test(text)) return null;
  for (const group of groups) {
    let start = Infinity;
    let end = -1;
    for (const term of group) {
      let first = -1;
      let length = 0;
      for (const alt of term.split('|')) {
        const at = text.indexOf(alt);
        if (at >= 0 && (first < 0 || at < first)) [first, length] = [at, alt.length];
      }
      if (first < 0) {
        start = Infinity;
        break;
      }
      start = Math.min(start, first);
      end = Math.max(end, first + length);
    }
    if (start === Infinity) continue;
    const scope = { start: clauseAt(sentence.clauses, start).start, end: clauseAt(sentence.clauses, end).end };
    return {
      evidence: evidenceIn(doc, sentence, scope.start, scope.end),
      status: classifyStatus(doc, sentence, lexicon, sentence.map[start]!),
      negated: isNegated(text, scope.start, scope.end, lexicon),
    };
  }
  return null;
}

/** A presence fact from a mention: a denial where achievements are reported (尚未建立…) is a gap. */
export function presenceFact(id: string, mention: Mention, section: string | null): Fact {
  const status: FactStatus = mention.negated && mention.status === 'achieved' ? 'gap' : mention.status;
  return { id, value: true, unit: null, status, section, evidence: mention.evidence, derived: false };
}

/**
 * The presence facts of rules/presence.yaml (and a tailoring's) in a document, in text order:
 * each entry at most once per sentence, read from the sentence views the document stage built.
 */
export function extractPresence(doc: Document, lexicon: Lexicon): Fact[] {
  const facts: Fact[] = [];
  for (const sentence of doc.sentences) {
    const section = sentence.top === null ? null : (doc.sections[sentence.top]?.heading ?? null);
    for (const entry of lexicon.presence) {
      const mention = mentionIn(doc, sentence, entry.mentions, lexicon);
      if (mention) facts.push(presenceFact(entry.id, mention, section));
    }
  }
  return facts;
}

/** The lexicon with more presence entries (those a catalogue's own cue phrases ask for). */
export function withPresence(lexicon: Lexicon, extra: readonly PresenceEntry[]): Lexicon {
  return extra.length === 0 ? lexicon : { ...lexicon, presence: [...lexicon.presence, ...extra] };
}
