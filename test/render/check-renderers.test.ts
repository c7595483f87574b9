import { describe, expect, it } from 'vitest';
import { Scorecard } from '../../src/engine/schema.js';
import { renderCheck, CHECK_FORMATS } from '../../src/render/index.js';
import { prettyJson, renderJsonChunks } from '../../src/render/json.js';
import { mdCell } from '../../src/render/markdown.js';
import { escapeHtml, jsonDataBlock } from '../../src/render/html-kit.js';
import { evidenceMarks } from '../../src/render/evidence.js';
import { fixtureScorecard, fixtureSource, FIXTURE_TEXT } from './fixtures.js';

const evaluated = () => ({ scorecard: fixtureScorecard(), source: fixtureSource() });

describe('check --format md', () => {
  it('has the header, the score, the area table, per-area tables, gaps and expired waivers', async () => {
    const md = await renderCheck('md', evaluated());
    for (const label of [
      '地区',
      '层级',
      '区级',
      '年度',
      '2024年',
      '文件',
      '指标体系版本',
      '2021年版',
      '剪裁',
      '总分',
      '得分率',
      '各一级指标得分',
      '差距清单',
      '已过期的豁免',
    ]) {
      expect(md).toContain(label);
    }
    expect(md).toContain('「合法性审查率达到95%」');
    expect(md).toMatch(/【未见佐证】3\.3 开展重大决策后评估:报告未见相关数据/);
    expect(md).toContain('capacity.old-waiver');
  });

  it('escapes pipes and newlines in table cells', () => {
    expect(mdCell('a|b\nc')).toBe('a\\|b c');
  });
});

describe('check --format json', () => {
  it('is the scorecard, 2-space indented, valid against the schema', async () => {
    const json = await renderCheck('json', evaluated());
    expect(json.split('\n')[1]).toMatch(/^ {2}"schemaVersion": 1,$/);
    expect(Scorecard.parse(JSON.parse(json))).toEqual(fixtureScorecard());
    expect([...renderJsonChunks(fixtureScorecard())].join('')).toBe(json);
  });

  it('is written in pieces that join to what JSON.stringify writes', () => {
    const long = Array.from({ length: 60 }, (_, i) => (i % 7 === 0 ? undefined : { i, s: ['x\ny', { deep: [i] }] }));
    const value = {
      a: [1, { b: 'x\ny', c: undefined, d: [] }, undefined, () => 1],
      long,
      e: {},
      f: { g: null, h: [[1, 2], []] },
      'k"y': NaN,
      at: new Date(0),
      u: undefined,
    };
    for (const whole of [value, {}, { only: undefined }, [1, [2]], 'text', new Date(0)]) {
      expect([...prettyJson(whole)].join('')).toBe(JSON.stringify(whole, null, 2));
    }
  });
});

describe('check --format html', () => {
  it('is self-contained, with a strict CSP and no network references', async () => {
    const html = await renderCheck('html', evaluated());
    expect(html).toContain('Content-Security-Policy');
    expect(html).toMatch(/script-src &#39;sha256-[A-Za-z0-9+/=]+&#39;/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).toContain('Microsoft YaHei');
    expect(html).toContain('<svg class="chart"');
  });

  it('shows report markup as text, never as markup', async () => {
    const html = await renderCheck('html', evaluated());
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<b>粗体</b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('marks every evidence span in the full text and links quotes to it', async () => {
    const html = await renderCheck('html', evaluated());
    const { marks } = evidenceMarks(fixtureScorecard(), FIXTURE_TEXT.length);
    for (const mark of marks) {
      expect(html).toContain(`<mark class="ev" id="${mark.id}">`);
      expect(html).toContain(`data-target="${mark.id}"`);
    }
  });

  it('merges overlapping evidence into one mark both quotes point to', () => {
    const scorecard = fixtureScorecard();
    const { marks, idOf } = evidenceMarks(scorecard, FIXTURE_TEXT.length);
    const starts = marks.map((m) => m.start);
    expect(new Set(starts).size).toBe(starts.length);
    for (let i = 1; i < marks.length; i++) expect(marks[i]!.start).toBeGreaterThanOrEqual(marks[i - 1]!.end);
    const mediation = scorecard.results.find((r) => r.indicator === 'dispute.mediation')!;
    const ids = mediation.evidence.map((ev) => idOf.get(ev));
    expect(ids[0]).toBeDefined();
    expect(ids[0]).toBe(ids[1]);
  });

  it('quotes the original text at the same offsets', async () => {
    const text = FIXTURE_TEXT;
    const original = text.replace('95%', '95%');
    const html = await renderCheck('html', { scorecard: fixtureScorecard(), source: { ...fixtureSource(), original } });
    expect(html).toContain('「合法性审查率达到95%」');
  });

  it('escapes once, in one function, including for script data', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(jsonDataBlock('d', { t: '</script><script>alert(1)</script>' })).not.toMatch(/<\/script><script>/);
  });

  it('offers every check format', () => {
    expect([...CHECK_FORMATS]).toEqual(['md', 'json', 'html']);
  });
});
