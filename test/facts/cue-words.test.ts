/**
 * Which cue words a sentence's cues are read from: a word inside a longer cue word or a denied one is
 * not read on its own, and a word right after a negator is denied. Both are read in one pass over the
 * scan's words and by an index of the negators' endings; here they are held to their plain definitions.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { cuesIn } from '../../src/facts/cues.js';
import { loadLexicon, type Lexicon } from '../../src/facts/index.js';
import type { SentenceView } from '../../src/facts/passes/context.js';
import { compileTables } from '../../src/facts/passes/tables.js';
import { compile } from '../../src/facts/text.js';
import { sourceOf } from '../document/helpers.js';

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = await loadLexicon();
});

/** The negators as the lexicon compiles them: each alone, and each before an act of making. */
const negatorsOf = (lex: Lexicon): string[] => [...lex.negators, ...lex.negators.flatMap((n) => lex.deniedActs.map((act) => n + act))];

/** The plain definition: a negator ends at `at` (startsWith reads a place before 0 as 0, as the compiled check does). */
const plainNegated = (negators: readonly string[], text: string, at: number): boolean => negators.some((w) => text.startsWith(w, at - w.length));

/** Texts of negators, acts of making, cue words and other characters, in any order. */
function piecesText(pieces: readonly string[]): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 10 }).map((parts) => parts.join(''));
}

describe('negated', () => {
  it('reads our own sentences', () => {
    const { negated } = compile(lexicon);
    const at = (text: string, word: string): number => text.indexOf(word);
    let text = '街道尚未出台规范性文件';
    expect(negated(text, at(text, '规范性文件'))).toBe(true);
    text = '全年不予受理复议申请2件';
    expect(negated(text, at(text, '受理'))).toBe(true);
    text = '共审查规范性文件12件';
    expect(negated(text, at(text, '规范性文件'))).toBe(false);
    text = '印发规范性文件3件';
    expect(negated(text, at(text, '规范性文件'))).toBe(false);
  });

  it('is true exactly where a negator ends, near the start too', () => {
    const { negated } = compile(lexicon);
    const negators = negatorsOf(lexicon);
    const pieces = [...negators, ...lexicon.deniedActs, '规范性文件', '受理', '的', '已', '发', '有', '2件'];
    fc.assert(
      fc.property(piecesText(pieces), (text) => {
        for (let at = 0; at < text.length; at++) expect([at, negated(text, at)]).toEqual([at, plainNegated(negators, text, at)]);
      }),
      { numRuns: 2000 },
    );
  });
});

/** A sentence's view, as the facts stage builds it for a sentence of its own. */
function viewOf(text: string): SentenceView {
  const doc = buildDocument(sourceOf(text));
  const sentence = doc.sentences[0]!;
  return {
    doc,
    sentence,
    index: 0,
    text: sentence.plain,
    map: sentence.map,
    clauses: sentence.clauses,
    topicText: `${sentence.plain}\n`,
    section: null,
    parts: [],
    stated: new Set(),
  };
}

/**
 * The plain definition of the cue words read: every cue word the scan finds but one inside a longer cue word
 * or inside a denied one (a cue word right after a negator, or right after a denied one or after it and a link).
 */
function plainCueSpans(text: string, lex: Lexicon): string[] {
  const compiled = compile(lex);
  const { scanner } = compiled;
  const count = scanner.scan(text);
  const words: { start: number; end: number }[] = [];
  for (let k = 0; k < count; k++) {
    const id = scanner.found[3 * k]!;
    if (id < compiled.terms.cue.length && compiled.terms.cue[id] === 1) words.push({ start: scanner.found[3 * k + 1]!, end: scanner.found[3 * k + 2]! });
  }
  const negators = negatorsOf(lex);
  const denied = words.map((w) => plainNegated(negators, text, w.start));
  for (let grew = true; grew;) {
    grew = false;
    words.forEach((w, i) => {
      if (denied[i]) return;
      const follows = words.some(
        (d, k) => denied[k] && (d.end === w.start || lex.negationLinks.some((link) => d.end + link.length === w.start && text.startsWith(link, d.end))),
      );
      if (follows) denied[i] = grew = true;
    });
  }
  const inside = (w: { start: number; end: number }, o: { start: number; end: number }): boolean => o.start <= w.start && w.end <= o.end;
  const kept = words.filter(
    (w, i) => !words.some((o) => inside(w, o) && o.end - o.start > w.end - w.start) && !words.some((o, k) => denied[k] && inside(w, o)) && !denied[i],
  );
  return [...new Set(kept.map((w) => `${w.start}-${w.end}`))].sort();
}

/** The cue words cuesIn reads in the sentence `text` makes, and those the plain definition reads there. */
function bothReadings(text: string): { read: string[]; plain: string[] } {
  const compiled = compile(lexicon);
  const view = viewOf(text);
  const count = compiled.scanner.scan(view.text);
  const { all } = cuesIn(view, compiled, compileTables(lexicon), compiled.scanner.found, count);
  return { read: [...new Set(all.map((c) => `${c.start}-${c.end}`))].sort(), plain: plainCueSpans(view.text, lexicon) };
}

describe('cue words read', () => {
  it('leaves out those inside longer and denied ones in our own sentences', () => {
    // 出庭 inside 应出庭 and 出庭应诉; 受理 after 不予, and the cue right after it, denied
    for (const text of ['区政府负责人应出庭应诉案件出庭率100%', '不予受理行政复议申请3件,受理行政复议申请41件', '未受理的复议案件2件,审结复议案件40件']) {
      const { read, plain } = bothReadings(text);
      expect(read.length).toBeGreaterThan(0);
      expect(read).toEqual(plain);
    }
  });

  it('reads as the plain definition does, in texts of cue words and negators', () => {
    const compiled = compile(lexicon);
    const cueWords = compiled.scanner.words.filter((_, id) => compiled.terms.cue[id] === 1);
    // nested cue words (one inside another) and the words around them
    const nested = cueWords.filter((w) => cueWords.some((o) => o !== w && o.includes(w))).slice(0, 60);
    const pieces = [...nested, ...cueWords.slice(0, 40), ...lexicon.negators, ...lexicon.negationLinks, ...lexicon.deniedActs, '3件', ',', '和'];
    fc.assert(
      fc.property(piecesText(pieces), (text) => {
        const { read, plain } = bothReadings(text);
        expect(read).toEqual(plain);
      }),
      { numRuns: 500 },
    );
  });
});
