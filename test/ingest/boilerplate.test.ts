/** The portal-chrome rules as data (rules/boilerplate.yaml): their checks and their examples. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { foldCharacters } from '../../src/ingest/index.js';
import { BOILERPLATE_FILE, lintBoilerplate, readBoilerplate, runBoilerplateExamples } from '../../src/ingest/boilerplate.js';
import { rulesDir } from '../../src/paths.js';

const { rules, examples, problems } = lintBoilerplate();

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** A folder holding an edited copy of rules/boilerplate.yaml. */
function rulesWith(edit: (original: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duibiao-boilerplate-'));
  made.push(dir);
  fs.writeFileSync(path.join(dir, BOILERPLATE_FILE), edit(fs.readFileSync(path.join(rulesDir, BOILERPLATE_FILE), 'utf8')));
  return dir;
}

describe('rules/boilerplate.yaml', () => {
  it('is valid, and every example is taken for chrome or kept as it says', () => {
    expect(problems).toEqual([]);
    expect(examples.some((e) => e.expected === 'fail')).toBe(true);
    const outcomes = runBoilerplateExamples(rules!, examples);
    expect(outcomes.filter((o) => !o.ok).map((o) => `${o.example.origin.line}: ${o.example.text}`)).toEqual([]);
  });

  it('every line rule takes at least one pass example', () => {
    const passes = examples.filter((e) => e.expected === 'pass').map((e) => foldCharacters(e.text));
    const idle = rules!.lines.filter((rule) => !passes.some((line) => line.length <= rule.maxChars && rule.pattern.test(line)));
    expect(idle.map((rule) => rule.pattern.source)).toEqual([]);
  });

  it('an example that is not taken as it says fails', () => {
    const origin = { file: 'rules/boilerplate.yaml', line: 1, column: 1 };
    const outcomes = runBoilerplateExamples(rules!, [
      { expected: 'pass', text: '一、主要举措和成效', origin },
      { expected: 'fail', text: '【打印本页】【关闭窗口】', origin },
    ]);
    expect(outcomes.map((o) => o.ok)).toEqual([false, false]);
  });

  it('a problem is reported where it is written, in Chinese', () => {
    const text = fs.readFileSync(path.join(rulesDir, BOILERPLATE_FILE), 'utf8');
    const lineOf = (needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    const broken = lintBoilerplate(rulesWith((t) => t.replace("'^分享(到|至)?\\s*:'", "'^分享(到|至)+.*:'").replace('max_chars: 30 }', 'max_chars: 0 }')));
    expect(broken.rules).toBeNull();
    expect(broken.problems.map((p) => [p.line, p.message])).toEqual([
      [lineOf("'^分享(到|至)?"), expect.stringMatching(/可能超线性匹配/)],
      [lineOf('max_chars: 30 }'), expect.stringMatching(/max_chars/)],
    ]);
    const dir = rulesWith((t) => t.replace(/^separators: .*$/m, 'separators: 12'));
    expect(() => readBoilerplate(dir)).toThrow(
      expect.objectContaining({
        name: 'UserError',
        message: expect.stringMatching(/^网页框架规则有误:'separators' 类型应为 字符串/),
        place: expect.objectContaining({ file: path.join(dir, BOILERPLATE_FILE), line: lineOf('separators:') }),
      }),
    );
  });
});
