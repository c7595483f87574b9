/**
 * The term scanner (cue, frame and mention words) finds every occurrence of every word, a word
 * inside a longer one too, longest first at each place: as a plain search would.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { termHits, wordScanner, type TermHit } from '../../src/facts/text.js';

/** The term hits of a text, read by one scanner of `words`: those of the words numbered in `among` (all by default). */
function termScanner(words: readonly string[], among?: readonly number[]): (text: string) => readonly TermHit[] {
  const scanner = wordScanner(words);
  const set = Uint8Array.from(scanner.words, (_, id) => (among === undefined || among.includes(id) ? 1 : 0));
  return (text) => termHits(scanner, scanner.scan(text), set);
}

/** The plain definition: at each place, every word that starts there, longest first. */
function occurrencesOf(text: string, words: readonly string[]): TermHit[] {
  const numbered = [...new Set(words)];
  const byLength = [...numbered].sort((a, b) => b.length - a.length);
  const hits: TermHit[] = [];
  for (let i = 0; i < text.length; i++)
    for (const term of byLength) if (text.startsWith(term, i)) hits.push({ term, id: numbered.indexOf(term), start: i, end: i + term.length });
  return hits;
}

describe('term scanner', () => {
  it('finds the words inside longer ones, longest first', () => {
    const scan = termScanner(['出庭', '应出庭', '出庭应诉', '应诉']);
    expect(scan('负责人应出庭应诉').map((h) => h.term)).toEqual(['应出庭', '出庭应诉', '出庭', '应诉']);
  });

  it('gives as term hits only the words of a set, in the same order', () => {
    const scan = termScanner(['出庭', '应诉', '应出庭', '出庭应诉'], [0, 2]);
    expect(scan('负责人应出庭应诉').map((h) => h.term)).toEqual(['应出庭', '出庭']);
  });

  it('finds every occurrence of a long text, however many', () => {
    const words = ['法治', '法治政府', '政府', '建设'];
    const text = '法治政府建设'.repeat(200);
    expect(termScanner(words)(text)).toEqual(occurrencesOf(text, words));
  });

  it('finds what a plain search finds, in a text with no character typed twice in a row', () => {
    const letters = fc.constantFrom('行', '政', '复', '议', '案', '件');
    const word = fc.array(letters, { minLength: 1, maxLength: 4 }).map((w) => w.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.array(letters, { maxLength: 20 }), (words, chars) => {
        const text = chars.filter((c, k) => c !== chars[k - 1]).join('');
        expect(termScanner(words)(text)).toEqual(occurrencesOf(text, words));
      }),
      { numRuns: 500 },
    );
  });

  it('reads a character typed twice inside a word once, the word spanning both', () => {
    const scan = termScanner(['法律顾问', '顾问']);
    expect(scan('聘请法律顾顾问8名')).toEqual([
      { term: '法律顾问', id: 0, start: 2, end: 7 },
      { term: '顾问', id: 1, start: 5, end: 7 },
    ]);
    expect(scan('聘请法律律顾问8名').map((h) => [h.term, h.start, h.end])).toEqual([
      ['法律顾问', 2, 7],
      ['顾问', 5, 7],
    ]);
  });

  it('but not its first character (the word read from the second), nor twice in a word, nor a letter or digit', () => {
    expect(termScanner(['顾问'])('顾顾问').map((h) => [h.term, h.start])).toEqual([['顾问', 1]]);
    expect(termScanner(['法律顾问'])('法律律顾顾问')).toEqual([]);
    expect(termScanner(['第1期'])('第11期')).toEqual([]);
  });

  it('and a character ending one word and opening the next (会议议题) gives the two words as written', () => {
    expect(termScanner(['会议', '议题'])('常务会议议题').map((h) => [h.term, h.start, h.end])).toEqual([
      ['会议', 2, 4],
      ['议题', 4, 6],
    ]);
  });
});
