/** The mainland spellings of traditional copies as data (rules/spellings.yaml): their checks, examples and fold. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { foldCharacters } from '../../src/ingest/index.js';
import { runSpellingExamples } from '../../src/ingest/fold.js';
import { SPELLINGS_FILE, lintSpellings, readSpellings } from '../../src/ingest/spellings.js';
import { rulesDir } from '../../src/paths.js';

const { spellings, examples, problems } = lintSpellings();

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** A folder holding an edited copy of rules/spellings.yaml. */
function rulesWith(edit: (original: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duibiao-spellings-'));
  made.push(dir);
  fs.writeFileSync(path.join(dir, SPELLINGS_FILE), edit(fs.readFileSync(path.join(rulesDir, SPELLINGS_FILE), 'utf8')));
  return dir;
}

describe('rules/spellings.yaml', () => {
  it('is valid, and the fold makes of every example what it says', () => {
    expect(problems).toEqual([]);
    const outcomes = runSpellingExamples(spellings!, examples);
    expect(outcomes.filter((o) => !o.ok).map((o) => `${o.example.origin.line}: ${o.got}`)).toEqual([]);
  });

  it('an example the fold makes otherwise fails', () => {
    const origin = { file: 'x.yaml', line: 1, column: 1 };
    const outcomes = runSpellingExamples(spellings!, [{ text: '受理行政覆議申請9件', folded: '受理行政覆议申请9件', origin }]);
    expect(outcomes.map((o) => [o.ok, o.got])).toEqual([[false, '受理行政复议申请9件']]);
  });

  it('is read in a report in traditional characters, one character for one; simplified lines keep theirs', () => {
    const line = '區政府辦理行政覆議案件12宗,覆蓋全區。';
    expect(foldCharacters(line)).toBe('区政府办理行政复议案件12宗,覆盖全区。');
    expect(foldCharacters('申请覆核3件')).toBe('申请覆核3件');
  });

  it('a problem is reported where it is written, in Chinese', () => {
    const text = fs.readFileSync(path.join(rulesDir, SPELLINGS_FILE), 'utf8');
    const lineOf = (needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;
    const broken = lintSpellings(rulesWith((t) => t.replace('mainland: 复核}', 'mainland: 复核决定}').replace('written: 覆审', 'written: F审')));
    expect(broken.spellings).toBeNull();
    expect(broken.problems.map((p) => [p.line, p.message])).toEqual([
      [lineOf('written: 覆核'), expect.stringMatching(/字数须相同/)],
      [lineOf('written: 覆审'), expect.stringMatching(/两个以上汉字/)],
    ]);
    const dir = rulesWith((t) => t.replace(/^spellings:/m, 'spelling:'));
    expect(() => readSpellings(dir)).toThrow(expect.objectContaining({ name: 'UserError', message: expect.stringMatching(/^繁体写法规则有误:/) }));
  });
});
