/** The wording of tables and charts as data (rules/tables.yaml): its checks and its examples. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintTableWording, readTableWording, runTableWordingExamples, TABLES_FILE } from '../../src/ingest/table-wording.js';
import { rulesDir } from '../../src/paths.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** A folder holding an edited copy of rules/tables.yaml. */
function rulesWith(edit: (original: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duibiao-tables-'));
  made.push(dir);
  fs.writeFileSync(path.join(dir, TABLES_FILE), edit(fs.readFileSync(path.join(rulesDir, TABLES_FILE), 'utf8')));
  return dir;
}

describe('rules/tables.yaml', () => {
  const { wording, examples, problems } = lintTableWording();

  it('is valid, and every example is matched or not as it says', () => {
    expect(problems).toEqual([]);
    const outcomes = runTableWordingExamples(wording!, examples);
    expect(outcomes.filter((o) => !o.ok).map((o) => `${o.example.origin.line}: ${o.example.text}`)).toEqual([]);
    for (const table of Object.keys(wording!)) {
      expect(examples.filter((e) => e.table === table).map((e) => e.expected)).toEqual(expect.arrayContaining(['pass', 'fail']));
    }
  });

  it('an example that is not matched as it says fails', () => {
    const origin = { file: 'rules/tables.yaml', line: 1, column: 1 };
    const outcomes = runTableWordingExamples(wording!, [
      { table: 'year_header', expected: 'pass', text: '指标名称', origin },
      { table: 'total_label', expected: 'fail', text: '合 计', origin },
    ]);
    expect(outcomes.map((o) => o.ok)).toEqual([false, false]);
  });

  it('a pattern without the groups the mechanism reads is reported where it is written, in Chinese', () => {
    const text = fs.readFileSync(path.join(rulesDir, TABLES_FILE), 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes("'^(\\d{4})年度?$'")) + 1;
    const broken = lintTableWording(rulesWith((t) => t.replace("'^(\\d{4})年度?$'", () => "'^\\d{4}年度?$'")));
    expect(broken.wording).toBeNull();
    expect(broken.problems.map((p) => [p.line, p.message])).toEqual([[line, expect.stringMatching(/须恰有 1 个捕获组/)]]);
    expect(() => readTableWording(rulesWith((t) => t.replace('total_label:', 'total_labels:')))).toThrow(
      expect.objectContaining({ name: 'UserError', message: expect.stringMatching(/^表格和图表词表有误/) }),
    );
  });
});
