import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintCatalogue, loadCatalogue } from '../../src/catalogue/index.js';
import { parseYaml } from '../../src/catalogue/yaml-file.js';
import { UserError } from '../../src/errors.js';
import { validCatalogue } from './fixture.js';

const YAML_ALPHABET = [...'abc:-[]{},&*!|>"\'#\n  \t0123456789.指标'];
const yamlish = fc.array(fc.constantFrom(...YAML_ALPHABET), { maxLength: 200 }).map((chars) => chars.join(''));

describe('catalogue loader under random input', () => {
  it('parses random YAML-ish text into problems or data, never throwing', () => {
    fc.assert(
      fc.property(fc.oneof(yamlish, fc.string({ maxLength: 200 })), (text) => {
        const { problems } = parseYaml(text, 'fuzz.yaml');
        for (const p of problems)
          expect(p).toMatchObject({ file: 'fuzz.yaml', line: expect.any(Number), column: expect.any(Number), message: expect.any(String) });
      }),
      { numRuns: 500 },
    );
  });

  it('lints mutated valid files into located problems; load throws only UserError', async () => {
    const root = validCatalogue();
    const file = path.join(root, '2021', '01.yaml');
    const original = readFileSync(file, 'utf8');
    const mutation = fc.record({
      at: fc.nat({ max: original.length }),
      cut: fc.nat({ max: 40 }),
      insert: fc.oneof(yamlish, fc.constantFrom('', '\n', ': ', '  - ', '[', '*a', '&a ', 'op: "~"', 'value: -1', 'group: "9"', 'points: 0')),
    });
    await fc.assert(
      fc.asyncProperty(mutation, async ({ at, cut, insert }) => {
        writeFileSync(file, original.slice(0, at) + insert + original.slice(at + cut));
        const problems = await lintCatalogue({
          edition: '2021',
          root,
          factIds: new Set(['head_appearance_rate', 'law_lectures', 'enforcement_three_systems']),
        });
        for (const p of problems) expect(p.line).toBeGreaterThanOrEqual(1);
        const loaded = await loadCatalogue({ edition: '2021', root }).then(
          () => 'ok',
          (error: unknown) => error,
        );
        if (loaded !== 'ok') expect(loaded).toBeInstanceOf(UserError);
      }),
      { numRuns: 150 },
    );
  });
});
