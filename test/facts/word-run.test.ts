/**
 * The word runs of the lexicon (what may stand between a cue and its number, what may join list
 * items) are tested in linear time: a backtracking regex took minutes on a long run of
 * overlapping context words that fails at its end.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { blanksAnd } from '../../src/document/text.js';
import { wholeOf } from '../../src/facts/text.js';
import { docOf } from './helpers.js';

const lexicon = await loadLexicon();

/** The plain definition: some word (or blank) starts the text, and the rest is a run again. */
function isRun(text: string, words: readonly string[], blank: RegExp): boolean {
  if (text === '') return true;
  if (blank.test(text[0]!) && isRun(text.slice(1), words, blank)) return true;
  return words.some((w) => w !== '' && text.startsWith(w) && isRun(text.slice(w.length), words, blank));
}

describe('word runs', () => {
  it('accept exactly the strings made of the words and blanks', () => {
    const words = ['共', '共计', '计', '计为', '为', '达到', '到', '分别为', '的'];
    const letters = fc.constantFrom('共', '计', '为', '达', '到', '分', '别', '的', '乙', ' ', '|');
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 14 }), (chars) => {
        const text = chars.join('');
        expect(wholeOf(words, '|').test(text)).toBe(isRun(text, words, /[\s|]/));
      }),
      { numRuns: 3000 },
    );
  });

  it('test a part of a text in place as they test that part alone', () => {
    const words = ['共', '共计', '计', '计为', '为', '达到', '到', '分别为', '的'];
    const letters = fc.constantFrom('共', '计', '为', '达', '到', '分', '别', '的', '乙', ' ', '|');
    const run = wholeOf(words, '|');
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 6 }), fc.array(letters, { maxLength: 10 }), fc.array(letters, { maxLength: 6 }), (before, part, after) => {
        const text = [...before, ...part, ...after].join('');
        expect(run.test(text, before.length, before.length + part.length)).toBe(isRun(part.join(''), words, /[\s|]/));
      }),
      { numRuns: 3000 },
    );
  });

  it('answer alike whether one run tests many texts in turn or each text has a run of its own', () => {
    const words = ['共', '共计', '计', '计为', '为', '达到', '到', '分别为', '的'];
    const letters = fc.constantFrom('共', '计', '为', '达', '到', '的', '乙', ' ');
    const shared = wholeOf(words);
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 150 }), (chars) => {
        const text = chars.join('');
        expect(shared.test(text)).toBe(wholeOf(words).test(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('take an aside where it opens, as a blank, and only one that ends inside the part', () => {
    // an aside: a bracket and the letters up to its close
    const aside = (text: string, at: number, end: number): number => {
      if (text[at] !== '(') return -1;
      const close = text.indexOf(')', at);
      return close >= 0 && close < end ? close + 1 : -1;
    };
    const run = wholeOf(['为', '共计'], '', aside);
    expect(run.test('(不含乡镇)为')).toBe(true);
    expect(run.test('共计(含转岗)(专职)为')).toBe(true);
    expect(run.test('(不含乡镇)乙')).toBe(false);
    expect(run.test('x(含)为', 1, 5)).toBe(true);
    expect(run.test('(不含乡镇)为', 0, 3)).toBe(false);
    expect(wholeOf(['为']).test('(不含乡镇)为')).toBe(false);
  });

  it('take as a blank every code unit /\\s/ matches and the characters given, and no other', () => {
    for (const more of ['', '|:']) {
      const blanks = blanksAnd(more);
      const blank = new RegExp(`^[\\s${more}]$`);
      const differ: number[] = [];
      for (let unit = 0; unit <= 0xffff; unit++) if ((blanks[unit] === 1) !== blank.test(String.fromCharCode(unit))) differ.push(unit);
      expect(differ).toEqual([]);
    }
  });

  it('take a run of the lexicon’s own context words, and fail one that ends in another word at once', () => {
    const gap = wholeOf(lexicon.context, '|');
    expect(gap.test('共计'.repeat(5000))).toBe(true);
    expect(gap.test(`${'共计'.repeat(5000)}乙`)).toBe(false);
  });

  it('keep extraction linear on a hostile gap between a cue and its number', () => {
    const facts = extractFacts(docOf(`全区聘请法律顾问${'共计'.repeat(60)}乙5名。聘请法律顾问共计12名。`), lexicon);
    expect(facts.filter((f) => f.id === 'legal_advisers').map((f) => f.value)).toEqual([12]);
  });
});
