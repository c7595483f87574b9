import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintCatalogue, loadCatalogue } from '../../src/catalogue/index.js';
import { indicatorYaml, LECTURES_CHECK, validCatalogue } from './fixture.js';

function tailored(files: Record<string, string>): { root: string; file: (name: string) => string } {
  const root = validCatalogue(Object.fromEntries(Object.entries(files).map(([name, text]) => [`tailor/${name}`, text])));
  return { root, file: (name) => path.join(root, 'tailor', name) };
}
const load = (root: string, tailoring: string, today = '2025-06-01') => loadCatalogue({ edition: '2021', root, tailoring, today });
const lint = (root: string, tailoring: string) =>
  lintCatalogue({
    edition: '2021',
    root,
    tailoring,
    today: '2025-06-01',
    factIds: new Set(['head_appearance_rate', 'law_lectures', 'enforcement_three_systems']),
  });

describe('tailoring', () => {
  it('adds an indicator into an existing group', async () => {
    const { root, file } = tailored({ 't.yaml': `extends: "2021"\nadd:\n${indicatorYaml('local.extra', '6.5', LECTURES_CHECK)}` });
    const catalogue = await load(root, file('t.yaml'));
    expect(catalogue.indicators.map((i) => i.id)).toContain('local.extra');
    expect(catalogue.tailoring).toBe(file('t.yaml'));
  });

  it('overrides points, threshold, partial band and appliesTo', async () => {
    const { root, file } = tailored({
      't.yaml':
        'extends: "2021"\nmodify:\n  - { id: court.head-appearance, points: 3, value: 95, partial: { op: ">=", value: 60 }, appliesTo: [street] }\n  - { id: study.lectures, min: 4, partialMin: null }\n',
    });
    const catalogue = await load(root, file('t.yaml'));
    const head = catalogue.indicators.find((i) => i.id === 'court.head-appearance')!;
    expect(head).toMatchObject({ points: 3, appliesTo: ['street'], check: { op: '>=', value: 95, partial: { op: '>=', value: 60 } } });
    expect(catalogue.indicators.find((i) => i.id === 'study.lectures')!.check).toEqual({ type: 'count', fact: 'law_lectures', min: 4 });
  });

  it('deselects an indicator', async () => {
    const { root, file } = tailored({ 't.yaml': 'extends: "2021"\ndeselect: [study.lectures]\n' });
    expect((await load(root, file('t.yaml'))).indicators.map((i) => i.id)).not.toContain('study.lectures');
  });

  it('waives an indicator until its expiry day, then lists the waiver as expired', async () => {
    const { root, file } = tailored({
      't.yaml':
        'extends: "2021"\nwaivers:\n  - { id: study.lectures, reason: 本区无此职能, expires: "2025-06-30", places: [和平区] }\n  - { id: court.head-appearance, reason: 试点期间, expires: "2024-12-31" }\n',
    });
    const before = await load(root, file('t.yaml'), '2025-06-30');
    expect(before.waivers.map((w) => w.id)).toEqual(['study.lectures']);
    expect(before.expiredWaivers).toEqual([{ id: 'court.head-appearance', reason: '试点期间', expires: '2024-12-31' }]);
    const after = await load(root, file('t.yaml'), '2025-07-01');
    expect(after.waivers).toEqual([]);
    expect(after.expiredWaivers.map((w) => w.id)).toEqual(['study.lectures', 'court.head-appearance']);
  });

  it('follows an extends chain from the edition to the leaf, later files winning', async () => {
    const { root, file } = tailored({
      'province.yaml': 'extends: "2021"\nmodify:\n  - { id: study.lectures, points: 5 }\n',
      'city.yaml': 'extends: ./province.yaml\nmodify:\n  - { id: study.lectures, min: 3 }\ndeselect: [enforcement.three-systems]\n',
    });
    const catalogue = await load(root, file('city.yaml'));
    expect(catalogue.indicators.find((i) => i.id === 'study.lectures')).toMatchObject({ points: 5, check: { min: 3 } });
    expect(catalogue.indicators.map((i) => i.id)).not.toContain('enforcement.three-systems');
  });

  it('reports a cycle in extends at the extends line', async () => {
    const { root, file } = tailored({ 'a.yaml': 'extends: ./b.yaml\n', 'b.yaml': 'title: 乙\nextends: ./a.yaml\n' });
    const problems = await lint(root, file('a.yaml'));
    expect(problems).toEqual([expect.objectContaining({ line: 2, column: 10, message: expect.stringMatching(/循环.*a\.yaml.*b\.yaml.*a\.yaml/) })]);
  });

  it('reports unknown ids, misplaced fields, bad dates and bands at the tailoring file line:col', async () => {
    const { root, file } = tailored({
      't.yaml': [
        'extends: "2021"',
        'modify:',
        '  - { id: no.such, points: 2 }',
        '  - { id: study.lectures, value: 3 }',
        '  - { id: court.head-appearance, partial: { op: ">=", value: 100 } }',
        'deselect: [also.missing]',
        'waivers:',
        '  - { id: study.lectures, reason: 理由充分, expires: "2025-02-30" }',
        '  - { id: study.lectures, reason: 理由充分, expires: "2025/01/01" }',
        '  - { id: study.lectures, expires: "2025-01-01" }',
        'add:',
        indicatorYaml('local.bad', '7.7', LECTURES_CHECK),
      ].join('\n'),
    });
    const problems = (await lint(root, file('t.yaml'))).map((p) => `${p.line}:${p.column} ${p.message}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^3:11 未知的指标编号 'no\.such'/),
        expect.stringMatching(/^4:27 字段 'value' 不适用于 count/),
        expect.stringMatching(/^5:\d+ 调整后:.*不比达标条件/),
        expect.stringMatching(/^6:12 未知的指标编号 'also\.missing'/),
        expect.stringMatching(/^8:\d+ 日期 '2025-02-30' 不存在/),
        expect.stringMatching(/^9:\d+ .*日期格式应为 YYYY-MM-DD/),
        expect.stringMatching(/^10:\d+ 缺少必填字段 'waivers\.2\.reason'/),
      ]),
    );
    writeFileSync(file('t.yaml'), `extends: "2021"\nadd:\n${indicatorYaml('local.bad', '7.7', LECTURES_CHECK)}`);
    expect((await lint(root, file('t.yaml'))).map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      expect.stringMatching(/^4:12 未知的二级指标编号 '7\.7'/),
    ]);
  });

  it('refuses a rate threshold above 100 or below 0, at its line:col, in lint and in use', async () => {
    const { root, file } = tailored({
      't.yaml': [
        'extends: "2021"',
        'modify:',
        '  - { id: court.head-appearance, value: 150 }',
        '  - { id: court.head-appearance, partial: { op: ">=", value: -5 } }',
        'add:',
        indicatorYaml('local.rate', '6.5', '{ type: threshold, fact: head_appearance_rate, op: ">=", value: 120 }'),
      ].join('\n'),
    });
    const problems = (await lint(root, file('t.yaml'))).map((p) => `${p.line}:${p.column} ${p.message}`);
    expect(problems).toEqual([
      expect.stringMatching(/^3:41 head_appearance_rate 是比率.*0 到 100.*150/),
      expect.stringMatching(/^4:62 .*门槛应在 0 到/),
      expect.stringMatching(/^12:76 head_appearance_rate 是比率.*120/),
    ]);
    await expect(load(root, file('t.yaml'))).rejects.toThrow(/head_appearance_rate 是比率/);
    // a count is no rate: 150 lectures is a bound like any other
    writeFileSync(file('t.yaml'), 'extends: "2021"\nmodify:\n  - { id: study.lectures, min: 150 }\n');
    expect(await lint(root, file('t.yaml'))).toEqual([]);
  });

  // a number to YAML: refused as "类型应为 字符串"
  it('reads an edition written unquoted, extends: 2021', async () => {
    const { root, file } = tailored({ 't.yaml': 'extends: 2021\ndeselect: [study.lectures]\n' });
    expect(await lint(root, file('t.yaml'))).toEqual([]);
    expect((await load(root, file('t.yaml'))).indicators.map((i) => i.id)).not.toContain('study.lectures');
  });

  it('reports an unknown base edition', async () => {
    const { root, file } = tailored({ 't.yaml': 'extends: "1999"\n' });
    expect(await lint(root, file('t.yaml'))).toEqual([expect.objectContaining({ line: 1, column: 10, message: expect.stringMatching(/1999/) })]);
  });
});
