/**
 * Fact extraction, driven by the lexicon and run as named passes (src/facts/passes/): in each
 * sentence the cues are found here, then every pass reads what it covers (numbers bound to the
 * nearest cue, lists, 分别, changes, totals, the superior level's clauses, frames, implied values,
 * mentions), in their declared order; a last pass derives rates over the whole document.
 */
import type { Document, Sentence, Span } from '../document/types.js';
import type { Lexicon } from './lexicon.js';
import { parseQuantities } from './quantity.js';
import type { Fact } from './schema.js';
import { clauseAt, compile, type CompiledEntry, type CompiledLexicon } from './text.js';
import { applies, fitsClause, type Cue, type SentenceState, type SentenceView } from './passes/context.js';
import type { Found } from './passes/derivation.js';
import { DOCUMENT_PASS, SENTENCE_PASSES } from './passes/index.js';
import { listMates } from './passes/list-sharing.js';
import { compileTables, type CompiledTables } from './passes/tables.js';

export function extractFacts(doc: Document, lexicon: Lexicon): Fact[] {
  const compiled = compile(lexicon);
  const tables = compileTables(lexicon);
  const found: Found[] = [];
  doc.sentences.forEach((sentence, index) => {
    const state = stateOf(viewOf(doc, sentence, index), lexicon, compiled, tables);
    for (const pass of SENTENCE_PASSES) pass.run(state);
    for (const fact of state.facts) found.push({ fact, sentence: index, top: sentence.top });
  });
  found.push(...DOCUMENT_PASS.run(doc, found, compiled));
  return found.map((f) => f.fact).sort((a, b) => a.evidence.start - b.evidence.start || a.evidence.end - b.evidence.end);
}

function stateOf(view: SentenceView, lexicon: Lexicon, compiled: CompiledLexicon, tables: CompiledTables): SentenceState {
  const { all, fitting } = cuesIn(view, compiled, tables);
  const hits = compiled.scanner.scan(view.text);
  return {
    view,
    lexicon,
    compiled,
    tables,
    all,
    cues: fitting,
    hits,
    // a sentence with no cue and no frame word has no number to read
    quantities: fitting.length === 0 && hits.length === 0 ? [] : parseQuantities(view.text),
    foreign: new Set(),
    changes: new Map(),
    nearest: new Map(),
    bound: new Map(),
    after: new Set(),
    sums: new Map(),
    items: new Map(),
    facts: [],
    taken: new Set(),
  };
}

function viewOf(doc: Document, sentence: Sentence, index: number): SentenceView {
  const { plain: text, map, clauses } = sentence;
  const inner = sentence.section === null ? undefined : doc.sections[sentence.section];
  const top = sentence.top === null ? undefined : doc.sections[sentence.top];
  return {
    doc,
    sentence,
    index,
    text,
    map,
    clauses,
    topicText: `${text}\n${inner?.title ?? ''}`,
    section: top?.heading ?? null,
  };
}

/** The clause right after `clause` vouches for the entry (…15件,均经合法性审核). */
function confirmedAfter(view: SentenceView, compiled: CompiledEntry, clause: Span): boolean {
  if (compiled.confirmedBy.length === 0) return false;
  const next = view.clauses.find((c) => c.start > clause.end);
  if (!next) return false;
  const part = view.text.slice(next.start, next.end).replace(/^\s+/, '');
  return compiled.confirmedBy.some((re) => re.test(part));
}

/**
 * Cue occurrences; a cue inside a longer one (出庭案件 in 应出庭案件) is not read on its own.
 * `all` are every occurrence, `fitting` those whose conditions hold.
 */
function cuesIn(view: SentenceView, lexicon: CompiledLexicon, tables: CompiledTables): { all: Cue[]; fitting: Cue[] } {
  const all: (Cue & { order: number })[] = [];
  for (const { term, start, end } of lexicon.cues.scan(view.text)) {
    for (const { compiled, order } of lexicon.cues.owners.get(term) ?? []) all.push({ start, end, compiled, order });
  }
  // as the lexicon lists entries and cues: on ties, the earlier entry wins
  all.sort((a, b) => a.order - b.order || a.start - b.start);
  // 不予受理, 尚未审查: a denied verb is no subject of ours (its longer forms are not cues either)
  // (and so is a cue right after a denied one: 不受理行政复议申请, 未受理的复议案件)
  const denied = all.filter((c) => lexicon.negated(view.text, c.start));
  for (let grew = true; grew;) {
    grew = false;
    for (const c of all) {
      if (denied.includes(c)) continue;
      if (denied.some((d) => d.end === c.start || (d.end + 1 === c.start && view.text[d.end] === '的'))) {
        denied.push(c);
        grew = true;
      }
    }
  }
  const longest = all.filter(
    (c) =>
      !all.some((o) => o.start <= c.start && c.end <= o.end && o.end - o.start > c.end - c.start) && !denied.some((d) => d.start <= c.start && c.end <= d.end),
  );
  const fitting = longest.filter((c) => {
    if (!applies(view, c.compiled, c.start)) return false;
    const clause = clauseAt(view.clauses, c.start);
    return fitsClause(view, c.compiled, clause, listMates(view.text, c, longest, tables)) || confirmedAfter(view, c.compiled, clause);
  });
  return { all: longest, fitting };
}
