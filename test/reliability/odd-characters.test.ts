/**
 * A report whose characters came out of a PDF's text layer or OCR in look-alike code points reads as
 * written: radicals for the characters they look like (⼈民, ⻓效), variation selectors and combining
 * marks after its characters and figures, half-width ideographic punctuation. Every real opening
 * and seed so rewritten gives the facts (id, value, status) and document fields it gives as published.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldCharacters } from '../../src/ingest/index.js';
import { cleanupStructure } from '../../src/ingest/normalise.js';
import { realFiles, seedFiles } from '../helpers/seeds.js';
import { readingOf } from '../helpers/written-forms.js';

/** Each character written as the Kangxi radical that NFKC folds to it (人 → ⼈, 行 → ⾏). */
const KANGXI: ReadonlyMap<string, string> = new Map(
  Array.from({ length: 0x2fd6 - 0x2f00 }, (_, i) => {
    const radical = String.fromCharCode(0x2f00 + i);
    return [radical.normalize('NFKC'), radical] as const;
  }),
);
const SUPPLEMENT: ReadonlyMap<string, string> = new Map(
  [...'长⻓门⻔见⻅车⻋民⺠马⻢页⻚风⻛齐⻬龙⻰'.matchAll(/(.)(.)/gu)].map(([, ch, radical]) => [ch!, radical!]),
);

const inRadicals = (radicals: ReadonlyMap<string, string>) => (text: string) => [...text].map((ch) => radicals.get(ch) ?? ch).join('');
/** After every third Chinese character, what `mark` gives for its position. */
const marked = (mark: (at: number) => string) => (text: string) => text.replace(/[\u4e00-\u9fff]/g, (ch, at: number) => (at % 3 === 0 ? ch + mark(at) : ch));

describe('real reports written in look-alike code points', () => {
  it.each([
    ['Kangxi radicals', inRadicals(KANGXI)],
    ['radicals of the supplement', inRadicals(SUPPLEMENT)],
    ['standard variation selectors', marked((at) => String.fromCharCode(0xfe00 + (at % 16)))],
    ['ideographic variation selectors', marked(() => '\udb40\udd01')],
    ['emphasis dots under characters', marked(() => '\u0323')],
    ['underlined figures', (text: string) => text.replace(/\d/g, '$&\u0332')],
  ])('%s: the same facts, statuses and document fields', async (_form, rewrite) => {
    const files = [...realFiles(), ...seedFiles()];
    const differences: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if ((await readingOf(rewrite(text), file)) !== (await readingOf(text, file))) differences.push(path.basename(file));
    }
    expect(differences).toEqual([]);
  });
});

describe('look-alike code points', () => {
  it('fold radicals and half-width ideographic punctuation one for one, traditional forms on to simplified', () => {
    expect(foldCharacters('⼈⺠政府⻓效机制，⾨户')).toBe('人民政府长效机制,门户');
    expect(foldCharacters('｢办结｣｡审结､')).toBe('「办结」。审结、');
    expect(foldCharacters('⿖⦅⦆')).toBe('⿖⦅⦆');
  });

  it('lose their marks on characters and figures, not on letters or a keycap', () => {
    expect(cleanupStructure('依法\ufe00行政\udb40\udd00，办结1\u03322\u03328\u0332件')).toBe('依法行政，办结128件');
    expect(cleanupStructure('Li\u030c Hua\u0301，☎\ufe0f 1\ufe0f\u20e3')).toBe('Li\u030c Hua\u0301，☎\ufe0f 1\ufe0f\u20e3');
  });
});
