import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { renderCheck } from '../../src/render/index.js';
import { diffScorecards, renderDiffHtml, renderDiffMarkdown } from '../../src/render/diff.js';
import type { Result } from '../../src/engine/schema.js';
import { UserError } from '../../src/errors.js';
import { fixtureResults, fixtureSource, scorecardFrom } from './fixtures.js';

function withStatus(results: Result[], changes: Record<string, Result['status']>): Result[] {
  return results.map((r) => {
    const status = changes[r.indicator];
    if (!status) return r;
    return { ...r, status, earned: status === 'met' ? r.points : status === 'partial' ? r.points / 2 : 0 };
  });
}

describe('diff of two years', () => {
  const before = scorecardFrom(fixtureResults(), { year: 2023 });
  const after = scorecardFrom(
    withStatus(fixtureResults(), { 'decision.legality-review': 'met', 'capacity.law-lectures': 'met', 'enforcement.three-systems': 'unmet' }),
    { year: 2024 },
  );

  it('lists newly met, newly lost and still open indicators', () => {
    const diff = diffScorecards(before, after);
    expect(diff.newlyMet.map((c) => c.id).sort()).toEqual(['capacity.law-lectures', 'decision.legality-review']);
    expect(diff.newlyLost.map((c) => c.id)).toEqual(['enforcement.three-systems']);
    expect(diff.stillOpen.map((c) => c.id).sort()).toEqual([
      'decision.post-evaluation',
      'dispute.head-appearance',
      'enforcement.body-cameras',
      'enforcement.training-hours',
    ]);
    expect(diff.warnings).toEqual([]);
    expect(diff.scoreDelta).toBeGreaterThan(0);
    const area3 = diff.areas.find((a) => a.id === '3')!;
    expect(area3.delta).toBeCloseTo((2 / 3 - 1.5 / 3) * 100);
  });

  it('warns when the places differ and when the order looks reversed', () => {
    const elsewhere = scorecardFrom(fixtureResults(), { place: '别的县', year: 2022 });
    const diff = diffScorecards(before, elsewhere);
    expect(diff.warnings.join()).toContain('地区不同');
    expect(diff.warnings.join()).toContain('不早于');
    expect(renderDiffMarkdown(diff)).toContain('> 注意:两份报告的地区不同');
  });

  it('matches places by their code: a former name is the place it merged into, two places of one name are not one', () => {
    const merged = diffScorecards(
      scorecardFrom(fixtureResults(), { place: '江干区', code: '330102', level: 'district', year: 2020 }),
      scorecardFrom(fixtureResults(), { place: '上城区', code: '330102', level: 'district', year: 2022 }),
    );
    expect(merged.warnings.join()).not.toContain('地区不同');
    const namesakes = diffScorecards(
      scorecardFrom(fixtureResults(), { place: '和平区', code: '120101', level: 'district', year: 2022 }),
      scorecardFrom(fixtureResults(), { place: '和平区', code: '210102', level: 'district', year: 2023 }),
    );
    expect(namesakes.warnings.join()).toContain('地区不同');
  });

  it('compares areas through the catalogue mapping across editions', () => {
    const old2019 = scorecardFrom(
      fixtureResults().map((r) => (r.area === '9' ? { ...r, area: '8' } : r)),
      { year: 2023 },
      { edition: '2019' },
    );
    const diff = diffScorecards(old2019, after, { areaMapping: new Map([['9', ['8']]]) });
    expect(diff.areas.find((a) => a.id === '9')!.comparedWith).toEqual(['8']);
    expect(diff.areas.find((a) => a.id === '9')!.rateBefore).not.toBeNull();
    // an area the mapping does not cover is new in this edition: nothing to compare, even if an old area has its id
    const unmapped = diff.areas.find((a) => a.id !== '9')!;
    expect(unmapped.comparedWith).toEqual([]);
    expect(unmapped.rateBefore).toBeNull();
    expect(diff.warnings.join()).toContain('版本不同');
  });

  it('renders Markdown and HTML', () => {
    const diff = diffScorecards(before, after);
    const md = renderDiffMarkdown(diff);
    expect(md).toContain('## 新达标(2 项)');
    expect(md).toContain('## 新失分(1 项)');
    const html = renderDiffHtml(diff);
    expect(html).toContain('id="newly-met"');
    expect(html).toContain('data-indicator="enforcement.three-systems"');
  });
});

describe('diff inputs', () => {
  it('reads JSON results as scorecards and refuses JSON that is not one', async () => {
    vi.doMock('../../src/pipeline.js', () => ({ Checker: {} }));
    const { loadScorecard } = await import('../../src/commands/diff.js');
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duibiao-diff-'));
    const good = path.join(dir, 'old.json');
    const bad = path.join(dir, 'bad.json');
    // the fixture's indicators are made up: held to no edition's, as a tailoring's own would be
    const tailored = { ...scorecardFrom(fixtureResults()), tailoring: '样例剪裁.yaml' };
    await fs.writeFile(good, await renderCheck('json', { scorecard: tailored, source: fixtureSource() }));
    await fs.writeFile(bad, JSON.stringify({ hello: 1 }));
    const noChecker = () => Promise.reject(new Error('a JSON result needs no checker'));
    expect((await loadScorecard(good, noChecker)).document.place).toBe('样例市样例区');
    // in Chinese, the field named (zod's own words were English)
    await expect(loadScorecard(bad, noChecker)).rejects.toThrow(/不是 duibiao 的评分结果\(check --format json 的输出\):'schemaVersion' 取值无效/);
    // a result cut short was read as a report: "not a report", with no word of the JSON
    const cut = path.join(dir, 'cut.json');
    await fs.writeFile(cut, (await fs.readFile(good, 'utf8')).slice(0, 300));
    const refused = await loadScorecard(cut, noChecker).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).message).toBe('这是 JSON 文件,但内容不完整或有语法错误;请重新生成 check --format json 的输出');
    expect((refused as UserError).place).toMatchObject({ file: cut, line: expect.any(Number), column: expect.any(Number) });
    // an edition no catalogue has: edited by hand, or written by a later version
    const unknown = path.join(dir, 'unknown-edition.json');
    await fs.writeFile(unknown, JSON.stringify({ ...JSON.parse(await fs.readFile(good, 'utf8')), edition: '2030' }));
    await expect(loadScorecard(unknown, noChecker)).rejects.toThrow(/指标体系版本“2030”未知\(可选:2019、2021\)/);
    await fs.rm(dir, { recursive: true, force: true });
  });
});
