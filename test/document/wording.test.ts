/** The wording of the document stage as data (rules/sections.yaml, documents.yaml, reporters.yaml, years.yaml, layout.yaml, places.yaml): its checks and its examples. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rulesDir } from '../../src/paths.js';
import { runWordingExamples } from '../../src/document/wording-examples.js';
import {
  DOCUMENTS_FILE,
  LAYOUT_FILE,
  REPORTERS_FILE,
  SECTIONS_FILE,
  YEARS_FILE,
  lintDocumentWording,
  readDocumentWording,
} from '../../src/document/wording.js';
import { nonLinearReason } from '../../src/util/pattern.js';
import { PLACES_FILE, readPlacesFile, townStem } from '../../src/document/places/gazetteer.js';
import { findMentions } from '../../src/document/places/mentions.js';
import { buildDocument } from '../../src/document/index.js';
import { sourceOf } from './helpers.js';

const { wording, examples, problems } = lintDocumentWording();

const made: string[] = [];
const tempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duibiao-wording-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

const WORDING_FILES = [SECTIONS_FILE, DOCUMENTS_FILE, REPORTERS_FILE, YEARS_FILE, LAYOUT_FILE];

/** A copy of the document stage's rules, one of whose files is edited. */
function rulesWith(edit: (original: string) => string, edited = SECTIONS_FILE): string {
  const dir = tempDir();
  for (const name of WORDING_FILES) {
    const original = fs.readFileSync(path.join(rulesDir, name), 'utf8');
    fs.writeFileSync(path.join(dir, name), name === edited ? edit(original) : original);
  }
  return dir;
}

describe('rules/sections.yaml', () => {
  it('is valid, and every kind of every table has examples that must and must not give it', () => {
    expect(problems).toEqual([]);
    expect(wording).not.toBeNull();
    const tables = new Set(examples.map((e) => `${e.table}/${'kind' in e ? e.kind : e.table}/${e.expected}`));
    for (const [table, entries] of [
      ['titles', wording!.sections.titles],
      ['subheadings', wording!.sections.subheadings.kinds],
      ['openers', wording!.sections.openers],
    ] as const) {
      for (const { kind } of entries) {
        expect(tables).toContain(`${table}/${kind}/pass`);
        expect(tables).toContain(`${table}/${kind}/fail`);
      }
    }
    for (const table of ['domain', 'annual_report', 'plan', 'other']) {
      expect(tables).toContain(`${table}/${table}/pass`);
      expect(tables).toContain(`${table}/${table}/fail`);
    }
    expect(examples.filter((e) => e.table === 'reporters').length).toBeGreaterThan(2);
    expect(examples.filter((e) => e.table === 'years').length).toBeGreaterThan(4);
    expect(tables).toContain('unnumbered/unnumbered/pass');
    expect(tables).toContain('unnumbered/unnumbered/fail');
    for (const table of ['title_words', 'chrome', 'handover', 'appendix', 'closing']) {
      expect(tables).toContain(`${table}/${table}/pass`);
      expect(tables).toContain(`${table}/${table}/fail`);
    }
  });

  it('every example behaves as it says, read by the classifier of its table', () => {
    const outcomes = runWordingExamples(wording!, examples);
    expect(outcomes.length).toBeGreaterThan(40);
    expect(outcomes.filter((o) => !o.ok).map((o) => `${o.example.origin.line}: ${o.example.text} → ${o.got}`)).toEqual([]);
  });

  it('an example that does not give what it says fails', () => {
    const origin = { file: 'rules/sections.yaml', line: 1, column: 1 };
    const outcomes = runWordingExamples(wording!, [
      { table: 'titles', kind: 'plans', expected: 'pass', text: '主要举措和成效', origin },
      { table: 'titles', kind: 'achievements', expected: 'fail', text: '主要举措和成效', origin },
      { table: 'subheadings', kind: 'shortcomings', expected: 'pass', text: '存在的问题和不足以及产生这些问题的深层次原因分析', origin },
      { table: 'openers', kind: 'plans', expected: 'pass', text: '今年已完成下一步改革的准备工作。', origin },
      { table: 'domain', expected: 'pass', text: '全区新建学校3所。现将有关情况报告如下。', origin },
      { table: 'plan', expected: 'pass', text: '关于2024年法治政府建设情况的报告\n一年来全区坚持依法行政,做好行政复议、应诉和普法工作。特此报告。', origin },
      {
        table: 'annual_report',
        expected: 'fail',
        text: '关于2024年法治政府建设情况的报告\n一年来全区坚持依法行政,做好行政复议、应诉和普法工作。特此报告。',
        origin,
      },
      {
        table: 'reporters',
        expected: 'pass',
        level: 'city',
        place: null,
        text: '2023年,全县坚持依法行政,推进法治政府建设,做好行政复议、应诉和普法工作。',
        origin,
      },
      { table: 'years', expected: 'pass', year: 2022, text: '关于2024年法治政府建设情况的报告\n一年来全区坚持依法行政,做好行政复议、应诉和普法工作。', origin },
      { table: 'unnumbered', expected: 'pass', text: '严格规范公正文明执法', origin },
      { table: 'unnumbered', expected: 'fail', text: '存在的困难和短板', origin },
      { table: 'closing', expected: 'pass', text: '全区推进依法行政,特此报告。', origin },
      { table: 'title_words', expected: 'fail', text: '某某区法治政府建设情况', origin },
    ]);
    expect(outcomes.map((o) => o.ok)).toEqual(Array.from({ length: 13 }, () => false));
  });

  it('is what the document stage reads', () => {
    const text = '一、依法行政的主要举措和成效\n全区推进依法行政。\n二、几点体会\n全区推进依法行政。\n三、工作中存在的不足\n执法力量不足。\n';
    expect(buildDocument(sourceOf(text)).sections.map((s) => s.kind)).toEqual(['achievements', 'other', 'shortcomings']);
  });

  it('a cue added to the file is read', () => {
    const dir = rulesWith((t) => t.replace("      - '薄弱环节'\n", "      - '薄弱环节'\n      - '体会'\n"));
    const shortcomings = readDocumentWording(dir).sections.titles.find((t) => t.kind === 'shortcomings');
    expect(shortcomings!.cues.some((re) => re.test('几点体会'))).toBe(true);
  });
});

describe('problems of rules/sections.yaml', () => {
  it('a schema problem is a Chinese UserError at file:line:col', () => {
    const dir = rulesWith((t) => t.replace('kind: responsibility', 'kind: duty'));
    const line = fs.readFileSync(path.join(rulesDir, SECTIONS_FILE), 'utf8').split('\n').indexOf('  - kind: responsibility') + 1;
    expect(() => readDocumentWording(dir)).toThrow(
      expect.objectContaining({
        name: 'UserError',
        message: expect.stringMatching(/^文档识别词表有误:.*kind.*取值无效/),
        place: expect.objectContaining({ file: path.join(dir, SECTIONS_FILE), line }),
      }),
    );
  });

  it('lists a bad regex, a super-linear one, an unknown field and a syntax error where they are', () => {
    const { wording: none, problems: found } = lintDocumentWording(
      rulesWith((t) => t.replace("      - '不足'\n", "      - '不足('\n      - '(?:不足)+'\n").replace('  max_chars: 20', '  max_chars: 20\n  colour: red')),
    );
    expect(none).toBeNull();
    expect(found.map((p) => p.message)).toEqual([
      expect.stringMatching(/正则表达式无效/),
      expect.stringMatching(/可能超线性匹配/),
      expect.stringMatching(/未知字段 'colour'/),
    ]);
    expect(new Set(found.map((p) => p.line)).size).toBe(3);
    const syntax = lintDocumentWording(rulesWith((t) => `${t}\nopeners: [unclosed\n`));
    expect(syntax.problems[0]).toMatchObject({ message: expect.stringMatching(/YAML/), line: expect.any(Number) });
    const missing = lintDocumentWording(tempDir());
    expect(missing.problems.map((p) => [WORDING_FILES.some((name) => p.file.endsWith(name)), p.message])).toEqual(
      WORDING_FILES.map(() => [true, '文件不存在']),
    );
  });

  it('rules/documents.yaml: a weight must be a positive number, a cue linear-time, both where they are written', () => {
    const { problems: found } = lintDocumentWording(
      rulesWith((t) => t.replace('weight: 4 }', 'weight: -4 }').replace("'现将.{0,40}", "'现将.*"), DOCUMENTS_FILE),
    );
    expect(found.map((p) => p.message)).toEqual([expect.stringMatching(/可能超线性匹配/), expect.stringMatching(/weight/)]);
    expect(found.every((p) => p.file.endsWith(DOCUMENTS_FILE) && p.line === found[0]!.line)).toBe(true);
  });

  it('rules/reporters.yaml: unit suffixes are tried longest first, whatever their order; a bad level is reported where it is', () => {
    const last = '  - { suffix: 乡, level: township }\n';
    const moved = (t: string): string =>
      t.replace('  - { suffix: 自治县, level: county }\n', '').replace(last, `${last}  - { suffix: 自治县, level: county }\n`);
    const original = fs.readFileSync(path.join(rulesDir, REPORTERS_FILE), 'utf8');
    expect(moved(original)).not.toBe(original);
    const { units } = readDocumentWording(rulesWith(moved, REPORTERS_FILE)).places;
    const lengths = units.map((u) => u.suffix.length);
    expect(lengths).toEqual([...lengths].sort((x, y) => y - x));
    expect(units.findIndex((u) => u.suffix === '自治县')).toBeLessThan(units.findIndex((u) => u.suffix === '县'));
    const { problems: found } = lintDocumentWording(
      rulesWith((t) => t.replace('{ suffix: 苏木, level: township }', '{ suffix: 苏木, level: town }'), REPORTERS_FILE),
    );
    const line =
      fs
        .readFileSync(path.join(rulesDir, REPORTERS_FILE), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('苏木')) + 1;
    expect(found).toEqual([expect.objectContaining({ line, message: expect.stringMatching(/level.*取值无效/) })]);
  });

  it('rules/years.yaml: a pattern the code reads a year from must hold {year}, and stay linear-time once it is filled in', () => {
    const line = (needle: string): number =>
      fs
        .readFileSync(path.join(rulesDir, YEARS_FILE), 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith(needle)) + 1;
    const { problems: found } = lintDocumentWording(
      rulesWith(
        (t) =>
          t.replace("handed_over: '现将[^。]{0,24}?{year}", "handed_over: '现将[^。]{0,24}?2024").replace("named: '(?<!\\d){year}年'", "named: '{year}.*年'"),
        YEARS_FILE,
      ),
    );
    expect(found).toEqual([
      expect.objectContaining({ line: line('named:'), message: expect.stringMatching(/可能超线性匹配/) }),
      expect.objectContaining({ line: line('handed_over:'), message: expect.stringMatching(/须含 \{year\}/) }),
    ]);
    const { years } = readDocumentWording();
    expect([...'2021—2023年,2024年'.matchAll(years.named)].map((m) => m[1])).toEqual(['2023', '2024']);
    expect(years.handed_over.exec('现将本县2023年度法治政府建设情况报告如下')?.[1]).toBe('2023');
  });

  it('a cue must stay linear-time: bounded, no repeated group, no back-reference', () => {
    for (const ok of ['^.{0,12}存在的?(?:主要|突出)?问题', '^\\s*(?:\\d{4}年度?)?(?:安排|计划)\\s*$', '[^。;,]{0,40}?下', '\\d{4}年.{0,20}']) {
      expect(nonLinearReason(ok), ok).toBeNull();
    }
    expect(nonLinearReason('a{'), 'a literal brace').toBeNull();
    for (const bad of ['存在.*问题', '.+不足', '(?:不足|问题)+', '(问题)*', '(问题)\\1', '(?:a|b){2,}']) expect(nonLinearReason(bad), bad).not.toBeNull();
  });
});

describe('rules/places.yaml: how the division table names its units', () => {
  it('every town example is indexed by the stem and level it lists', () => {
    const { towns, town_examples: examples } = readPlacesFile();
    expect(examples.length).toBeGreaterThan(4);
    for (const example of examples) {
      const want = example.stem === null ? null : { stem: example.stem, level: example.level };
      expect(townStem(example.name, towns), example.name).toEqual(want);
    }
    // longest first, whatever the order in the file
    const lengths = towns.map((t) => t.suffix.length);
    expect(lengths).toEqual([...lengths].sort((x, y) => y - x));
  });

  it('a name of one character and its unit counts only where a name can start', () => {
    const names = (text: string): string[] => findMentions(text).map((m) => m.name);
    expect(names('区政府和县委共同部署')).toEqual([]);
    expect(names('关于和县2023年法治政府建设情况的报告')).toEqual(['和县']);
    expect(names('和县坚持依法行政')).toEqual(['和县']);
  });

  it('a problem is a Chinese UserError at file:line', () => {
    const dir = tempDir();
    const original = fs.readFileSync(path.join(rulesDir, PLACES_FILE), 'utf8');
    fs.writeFileSync(path.join(dir, PLACES_FILE), original.replace('{ suffix: 苏木, level: township }', '{ suffix: 苏木, level: town }'));
    const line = original.split('\n').findIndex((l) => l.includes('suffix: 苏木')) + 1;
    expect(() => readPlacesFile(dir)).toThrow(
      expect.objectContaining({
        name: 'UserError',
        message: expect.stringMatching(/^地名表有误:.*level/),
        place: expect.objectContaining({ file: path.join(dir, PLACES_FILE), line }),
      }),
    );
  });
});
