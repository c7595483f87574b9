/** Whatever the text, extraction never throws, quotes its evidence exactly (never empty) and uses the three statuses. */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { FACT_STATUSES } from '../../src/facts/schema.js';
import { buildDocument } from '../../src/document/index.js';
import { ingestFile } from '../../src/ingest/index.js';
import { realFiles } from '../helpers/seeds.js';
import { docOf, expectQuoted, seedNames, seedsDir } from './helpers.js';

const lexicon = await loadLexicon();
const seedSentences = seedNames()
  .flatMap((f) => fs.readFileSync(path.join(seedsDir, f), 'utf8').split(/(?<=[。\n])/))
  .filter((s) => /\d|[一二两三四五六七八九十]/.test(s) && s.length > 8);

function checkInvariants(raw: string): void {
  const doc = docOf(raw);
  const facts = extractFacts(doc, lexicon);
  expectQuoted(doc, facts);
  for (const f of facts) {
    expect(FACT_STATUSES).toContain(f.status);
    for (const b of f.basis ?? []) expect(doc.source.text.slice(b.start, b.end)).toBe(b.text);
  }
}

/** Damage as published text has it: inserted spaces, swapped digits, cut strings, lost characters. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('space' as const), at: fc.nat(), what: fc.constantFrom(' ', '  ', '\n', '\u3000') }),
  fc.record({ kind: fc.constant('digit' as const), at: fc.nat(), what: fc.constantFrom(...'0123456789%件名') }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), what: fc.constant('') }),
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat(), what: fc.constant('') }),
);

function mutate(s: string, m: { kind: 'space' | 'digit' | 'cut' | 'drop'; at: number; what: string }): string {
  const at = s.length === 0 ? 0 : m.at % s.length;
  switch (m.kind) {
    case 'space':
      return s.slice(0, at) + m.what + s.slice(at);
    case 'digit':
      return s.slice(0, at) + m.what + s.slice(at + 1);
    case 'cut':
      return s.slice(0, at);
    case 'drop':
      return s.slice(0, at) + s.slice(at + 1);
  }
}

describe('extractFacts on arbitrary and damaged text', () => {
  it('holds its invariants on arbitrary strings', () => {
    const alphabet = fc.constantFrom(...'0123456789.,;。、%余多近约以上件名人次率达为共出庭应诉法律顾问行政复议两三十百千万第是年月日\n ');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 80 }).map((cs) => cs.join('')),
        (s) => checkInvariants(s),
      ),
      { numRuns: 300 },
    );
  });

  it('holds its invariants on mutated seed sentences', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seedSentences), fc.array(mutation, { minLength: 1, maxLength: 4 }), (sentence, ms) =>
        checkInvariants(ms.reduce(mutate, sentence)),
      ),
      { numRuns: 300 },
    );
  });
});

describe('extractFacts on the real report openings', () => {
  it('quotes every fact it reads from them', async () => {
    for (const file of realFiles()) {
      const doc = buildDocument(await ingestFile(file));
      expectQuoted(doc, extractFacts(doc, lexicon));
    }
  });
});
