/** The passes of the extraction: their order, their word tables (rules/passes.yaml) and their examples. */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacts, lintLexicon, loadLexicon, type Lexicon } from '../../src/facts/index.js';
import { runFactExamples } from '../../src/facts/examples.js';
import { PASSES, SENTENCE_PASSES } from '../../src/facts/passes/index.js';
import { rulesDir } from '../../src/paths.js';
import { docOf } from './helpers.js';

const lexicon = await loadLexicon();
const outcomes = runFactExamples(lexicon).filter((o) => o.example.pass !== undefined);

async function rulesWithPasses(edit: (original: string) => string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duibiao-passes-'));
  for (const name of (await fs.readdir(rulesDir)).filter((f) => f.endsWith('.yaml'))) {
    const text = await fs.readFile(path.join(rulesDir, name), 'utf8');
    await fs.writeFile(path.join(dir, name), name === 'passes.yaml' ? edit(text) : text);
  }
  return dir;
}

describe('the passes', () => {
  it('run in their declared order, each named and saying what wording it covers', () => {
    const orders = SENTENCE_PASSES.map((p) => p.meta.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(new Set(PASSES.map((p) => p.name)).size).toBe(PASSES.length);
    for (const meta of PASSES) expect(meta.covers.length).toBeGreaterThan(10);
  });

  it('every section of rules/passes.yaml has pass and must-not-fire examples, and they all behave', () => {
    const sections = new Set(outcomes.map((o) => o.example.pass));
    // every pass has its section, but those whose examples live with the facts (frames, presence
    // mentions), bound-facts, which only turns the bindings of the others into facts, and heading-presence,
    // whose examples differ only in a status (test/facts/leftovers-s40.test.ts), and met-requirement, which reads only
    // plans (test/facts/leftovers-s44.test.ts; its words in the continuation section), and dated-entries, whose examples need
    // the report's year, which an example has none of (test/facts/heldout143-rules.test.ts), and english, whose examples need
    // the year too, and a Chinese text beside the English (test/facts/heldout153-rules.test.ts)
    const elsewhere = new Set(['bound-facts', 'frames', 'presence', 'respectively-frames', 'heading-presence', 'met-requirement', 'dated-entries', 'english']);
    const named = PASSES.map((p) => p.name).filter((name) => !elsewhere.has(name));
    expect([...sections].sort()).toEqual(named.map((name) => name.replaceAll('-', '_')).sort());
    for (const section of sections) {
      const own = outcomes.filter((o) => o.example.pass === section);
      expect(own.some((o) => o.example.expected === 'pass')).toBe(true);
      expect(own.some((o) => o.example.expected === 'fail')).toBe(true);
    }
    expect(outcomes.filter((o) => !o.ok).map((o) => `${o.example.origin.line}: ${o.example.text}`)).toEqual([]);
  });

  it('a fail example with a value fails only on that value; a level reads the sentence as that body', () => {
    const origin = { file: 'rules/passes.yaml', line: 1, column: 1 };
    const text = '区政府法律顾问12名,本街道公职律师3名。';
    const run = (examples: Parameters<typeof runFactExamples>[0]['examples']) => runFactExamples({ ...lexicon, examples }).map((o) => o.ok);
    expect(
      run([
        { fact: 'legal_advisers', frame: null, pass: 'superior_level', expected: 'fail', text, value: 12, origin },
        { fact: 'legal_advisers', frame: null, pass: 'superior_level', expected: 'fail', text, value: 5, origin },
        { fact: 'legal_advisers', frame: null, pass: 'superior_level', expected: 'fail', text, level: 'street', origin },
        { fact: 'public_lawyers', frame: null, pass: 'superior_level', expected: 'pass', text, level: 'street', value: 3, origin },
      ]),
    ).toEqual([false, true, true, true]);
  });
});

describe('continuation', () => {
  it('carries a subject over to a clause that repeats the verb, never to one with an object of its own', () => {
    const text = [
      '县政府常务会议研究部署法治政府建设工作4次,研究部署安全生产工作6次,专题研究2次。',
      '县委常委会会议听取法治建设工作汇报3次,听取经济运行情况汇报5次。',
      '对现行规范性文件开展清理,共清理40件,其中废止6件。',
      '对现行规范性文件开展清理,保留三十件,废止七件、修改三件。',
    ].join('');
    const values = (id: string) =>
      extractFacts(docOf(text), lexicon)
        .filter((f) => f.id === id)
        .map((f) => f.value);
    expect(values('committee_rule_of_law_meetings')).toEqual([4, 2, 3]);
    expect(values('normative_docs_cleaned')).toEqual([40, 6, 7]);
  });
});

describe('rules/passes.yaml', () => {
  it('is checked like the other rule files: every problem at file:line:col', async () => {
    const dir = await rulesWithPasses((t) =>
      t.replace('  words: [分别, 依次]', '  words: []\n  colour: red').replace('fact: legal_advisers, value: 5', 'fact: no_such_fact, value: 5'),
    );
    const { lexicon: none, problems } = await lintLexicon(dir);
    expect(none).toBeNull();
    const file = path.join(dir, 'passes.yaml');
    expect(problems.map((p) => p.message).join('\n')).toMatch(/colour/);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/words/);
    for (const p of problems) expect(p).toMatchObject({ file, line: expect.any(Number), column: expect.any(Number) });
  });

  it('refuses an example of a fact no file defines', async () => {
    const dir = await rulesWithPasses((t) => t.replace('fact: legal_advisers, value: 5', 'fact: no_such_fact, value: 5'));
    const { problems } = await lintLexicon(dir);
    expect(problems).toEqual([expect.objectContaining({ message: expect.stringMatching(/no_such_fact/), line: expect.any(Number) })]);
  });

  it('keeps the words: a new change verb is read without touching the code', async () => {
    const text = '法治建设在综合考核中的权重由5%跃升到9%。';
    const values = (lex: Lexicon) =>
      extractFacts(docOf(text), lex)
        .filter((f) => f.id === 'rule_of_law_performance_weight')
        .map((f) => f.value);
    expect(values(lexicon)).toEqual([]);
    const dir = await rulesWithPasses((t) => t.replace('verbs: [提高,', 'verbs: [跃升, 提高,'));
    expect(values(await loadLexicon(dir))).toEqual([9]);
  });
});
