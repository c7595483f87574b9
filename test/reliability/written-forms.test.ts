/**
 * The same report written another way reads the same: every real opening and seed, hard-wrapped
 * at a page's width (by columns or characters, with or without indents), with its years in Chinese
 * numerals, letter-spaced, with full stops typed as ".", with Markdown headings, or with its
 * paragraphs run together in one line (a web page that lost its line breaks), gives the facts (id, value, status)
 * and document fields it gives as published.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { realFiles, seedFiles } from '../helpers/seeds.js';
import {
  chineseYears,
  hardWrap,
  headedOtherwise,
  letterSpaced,
  markdownHeadings,
  OTHER_HEADINGS,
  readingOf,
  runTogether,
  typedFullStops,
} from '../helpers/written-forms.js';

describe('real reports written another way', () => {
  it.each([
    ['hard-wrapped at 56 columns', (text: string) => hardWrap(text, 56, 'columns')],
    ['hard-wrapped at 80 columns, paragraphs indented', (text: string) => hardWrap(text, 80, 'columns', true)],
    ['hard-wrapped at 37 characters', (text: string) => hardWrap(text, 37, 'characters')],
    ['with years in Chinese numerals', chineseYears],
    ['letter-spaced', letterSpaced],
    ['with full stops typed as "."', typedFullStops],
    ['with Markdown headings', markdownHeadings],
    ['with the paragraphs run together, indents between them', runTogether],
  ])('%s: the same facts, statuses and document fields', async (_form, rewrite) => {
    const files = [...realFiles(), ...seedFiles()];
    const differences: string[] = [];
    let rewritten = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const other = rewrite(text);
      if (other === text) continue;
      rewritten++;
      if ((await readingOf(other, file)) !== (await readingOf(text, file))) differences.push(path.basename(file));
    }
    expect(rewritten).toBeGreaterThan(files.length / 2);
    expect(differences).toEqual([]);
  });
});

describe('real reports with their shortcomings and plans headed in other words', () => {
  it.each(OTHER_HEADINGS)('%s / %s: the same facts, statuses and document fields', async (...headings) => {
    const rewrite = headedOtherwise(headings);
    const differences: string[] = [];
    let rewritten = 0;
    for (const file of seedFiles()) {
      const text = readFileSync(file, 'utf8');
      const other = rewrite(text);
      if (other === text) continue;
      rewritten++;
      if ((await readingOf(other, file)) !== (await readingOf(text, file))) differences.push(path.basename(file));
    }
    expect(rewritten).toBeGreaterThanOrEqual(4);
    expect(differences).toEqual([]);
  });
});
