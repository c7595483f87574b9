import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lintCatalogue, loadCatalogue, type Problem } from '../../src/catalogue/index.js';
import { readChecked, readCheckedSync, readYaml, RULES_MAX_BYTES, YAML_LIMITS } from '../../src/catalogue/yaml-file.js';
import { UserError } from '../../src/errors.js';
import { EDITION_2021, indicatorYaml, LECTURES_CHECK, validCatalogue } from './fixture.js';

const FACT_IDS = new Set(['head_appearance_rate', 'law_lectures', 'enforcement_three_systems']);
const lint = (root: string, extra: { tailoring?: string; edition?: string } = {}) =>
  lintCatalogue({ edition: '2021', root, factIds: FACT_IDS, today: '2025-01-01', ...extra });
const where = (problems: Problem[]) => problems.map((p) => `${path.basename(p.file)}:${p.line}:${p.column}`);

describe('loadCatalogue', () => {
  it('places every indicator in its area and group, in the order of the groups', async () => {
    const catalogue = await loadCatalogue({ edition: '2021', root: validCatalogue() });
    expect(catalogue.indicators.map((i) => [i.id, i.area, i.group, i.edition])).toEqual([
      ['enforcement.three-systems', '1', '1.1', '2021'],
      ['court.head-appearance', '6', '6.4', '2021'],
      ['study.lectures', '6', '6.5', '2021'],
    ]);
    expect(catalogue.areas[0]?.mapsTo).toEqual({ '2019': ['1'] });
    expect(catalogue.tailoring).toBeNull();
  });

  it('reuses an indicator of another edition in one of its own groups', async () => {
    const root = validCatalogue({
      '2019/edition.yaml': 'edition: "2019"\ntitle: 旧版体系\nareas:\n  - id: "7"\n    title: 能力提高\n    groups:\n      - { id: "7.1", title: 学法 }\n',
      '2019/01.yaml': `indicators:\n${indicatorYaml('old.exam', '7.1', LECTURES_CHECK)}`,
    });
    writeFileSync(path.join(root, '2021/edition.yaml'), `${EDITION_2021}reuse:\n  - { from: "2019", id: old.exam, group: "6.5" }\n`);
    const catalogue = await loadCatalogue({ edition: '2021', root });
    expect(catalogue.indicators.find((i) => i.id === 'old.exam')).toMatchObject({ group: '6.5', area: '6', edition: '2019' });
  });

  it('throws the first problem as a UserError at file:line:col', async () => {
    const root = validCatalogue({ '2021/03.yaml': 'indicators:\n  - id: Bad Id\n' });
    const error = await loadCatalogue({ edition: '2021', root }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).place).toMatchObject({ line: 2 });
  });
});

describe('lintCatalogue', () => {
  it('is clean on a valid catalogue', async () => {
    expect(await lint(validCatalogue())).toEqual([]);
  });

  it('reports a YAML syntax error with its position', async () => {
    const problems = await lint(validCatalogue({ '2021/03.yaml': 'indicators:\n  - id: x\n    group: [1.1\n' }));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.message).toMatch(/YAML 语法错误/);
    expect(where(problems)[0]).toMatch(/^03\.yaml:\d+:\d+$/);
  });

  it('reports duplicate keys', async () => {
    const problems = await lint(validCatalogue({ '2021/03.yaml': 'indicators: []\nindicators: []\n' }));
    expect(where(problems)).toEqual(['03.yaml:2:1']);
    expect(problems[0]!.message).toMatch(/键重复/);
  });

  it('maps schema errors to the node: unknown keys, bad operators, missing fields, all at once', async () => {
    const text = `indicators:\n${indicatorYaml('a.one', '6.4', '{ type: threshold, fact: head_appearance_rate, op: "=>", value: 100 }')}${indicatorYaml('a.two', '6.4', LECTURES_CHECK).replace('    points: 1\n', '    points: 1\n    weight: 3\n')}`;
    const problems = await lint(validCatalogue({ '2021/03.yaml': text }));
    const lines = text.split('\n');
    const opLine = lines.findIndex((l) => l.includes('"=>"')) + 1;
    const weightLine = lines.findIndex((l) => l.includes('weight')) + 1;
    expect(problems.map((p) => [p.line, p.message])).toEqual(
      expect.arrayContaining([
        [opLine, expect.stringMatching(/op.*取值无效/)],
        [weightLine, expect.stringMatching(/未知字段 'weight'/)],
      ]),
    );
    expect(problems.find((p) => p.line === weightLine)!.column).toBe(5);
  });

  it('reports duplicate ids within and across files, unknown groups and unknown facts', async () => {
    const root = validCatalogue({
      '2021/03.yaml': `indicators:\n${indicatorYaml('study.lectures', '6.5', LECTURES_CHECK)}${indicatorYaml('x.nogroup', '9.9', LECTURES_CHECK)}${indicatorYaml('x.nofact', '6.5', '{ type: count, fact: no_such_fact, min: 1 }')}${indicatorYaml('x.nofact', '6.5', LECTURES_CHECK)}`,
    });
    const messages = (await lint(root)).map((p) => `${path.basename(p.file)}:${p.line}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^03\.yaml:2: .*'study\.lectures' 重复.*01\.yaml:\d+:\d+/),
        expect.stringMatching(/^03\.yaml:\d+: 未知的二级指标编号 '9\.9'/),
        expect.stringMatching(/^03\.yaml:\d+: 未知的事实编号 'no_such_fact'/),
        expect.stringMatching(/^03\.yaml:\d+: .*'x\.nofact' 重复/),
      ]),
    );
  });

  it('reports partial bands that make no sense', async () => {
    const root = validCatalogue({
      '2021/03.yaml': `indicators:\n${indicatorYaml('x.strict', '6.4', '{ type: threshold, fact: head_appearance_rate, op: ">=", value: 80, partial: { op: ">=", value: 90 } }')}${indicatorYaml('x.count', '6.4', '{ type: count, fact: law_lectures, min: 2, partialMin: 3 }')}${indicatorYaml('x.reversed', '6.4', '{ type: threshold, fact: head_appearance_rate, op: ">=", value: 80, partial: { op: "<=", value: 50 } }')}`,
    });
    const messages = (await lint(root)).map((p) => p.message);
    expect(messages).toEqual([expect.stringMatching(/不比达标条件.*宽松/), expect.stringMatching(/partialMin.*应小于/), expect.stringMatching(/方向相反/)]);
  });

  it('survives a billion-laughs alias bomb, deep nesting and a huge file', async () => {
    let bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n';
    for (let i = 0, prev = 'a'; i < 9; i++, prev = `b${i - 1}`) bomb += `b${i}: &b${i} [${Array(9).fill(`*${prev}`).join(',')}]\n`;
    const root = validCatalogue({
      '2021/bomb.yaml': bomb,
      '2021/deep.yaml': `indicators: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
      '2021/huge.yaml': `# ${'x'.repeat(2 << 20)}\nindicators: []\n`,
    });
    const problems = await lint(root);
    expect(problems.map((p) => [path.basename(p.file), p.message])).toEqual([
      ['bomb.yaml', expect.stringMatching(/别名/)],
      ['deep.yaml', expect.stringMatching(/嵌套过深/)],
      ['huge.yaml', expect.stringMatching(/文件过大/)],
    ]);
  });

  it("reads a rules file of ours past a user file's size limit, and refuses one past its own", async () => {
    const root = validCatalogue();
    const rulesFile = (name: string, bytes: number) => {
      const file = path.join(root, name);
      writeFileSync(file, `# ${'x'.repeat(bytes)}\nwords: [审查]\n`);
      return file;
    };
    const grown = rulesFile('grown.yaml', YAML_LIMITS.maxBytes + 1000);
    expect((await readYaml(grown, 'grown.yaml')).problems.map((p) => p.message)).toEqual([expect.stringMatching(/文件过大/)]);
    expect(await readChecked(grown, z.object({ words: z.array(z.string()) }))).toMatchObject({ data: { words: ['审查'] }, problems: [] });
    const huge = rulesFile('huge-rules.yaml', RULES_MAX_BYTES + 1000);
    expect(readCheckedSync(huge, z.object({ words: z.array(z.string()) })).problems.map((p) => p.message)).toEqual([expect.stringMatching(/文件过大/)]);
  });

  it('reports an unknown edition', async () => {
    const problems = await lint(validCatalogue(), { edition: '1999' });
    expect(problems[0]!.message).toMatch(/未知的指标体系版本 '1999'/);
  });
});
