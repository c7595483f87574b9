import { describe, expect, it } from 'vitest';
import { compiledNow, matchesOf, withFlags } from '../../src/util/matches.js';

describe('withFlags', () => {
  it('makes one copy for each regex and flags, with those flags', () => {
    const rule = /审查(\d+)份/u;
    const global = withFlags(rule, 'g');
    expect(global.flags).toBe('g');
    expect(global.source).toBe(rule.source);
    expect(withFlags(rule, 'g')).toBe(global);
    expect(withFlags(rule, 'dg')).not.toBe(global);
    expect(withFlags(/审查(\d+)份/u, 'g')).not.toBe(global);
  });

  it('finds what a new copy finds, each time it is searched', () => {
    const rule = /(\d+)(件|份)/;
    const texts = ['巴陵县办理复议案件47件,审查合同126份。', '', '云溪镇调解纠纷8件。'];
    for (const text of [...texts, ...texts]) {
      const fresh = matchesOf(new RegExp(rule.source, 'gd'), text).map((m) => [m[0], m.indices?.[1]]);
      expect(matchesOf(withFlags(rule, 'gd'), text).map((m) => [m[0], m.indices?.[1]])).toEqual(fresh);
    }
  });
});

describe('compiledNow', () => {
  it('returns the regex itself, from its start, finding what a new one finds', () => {
    const sources = ['(?<![未不])审查(\\d+)份', '^\\s*(?:上一?年度?|前年)(?!报告)', '。'];
    const texts = ['县政府审查合同126份。', '上年度,全县受理复议案件47件', '', '未审查合同3份'];
    for (const source of sources) {
      for (const flags of ['', 'g', 'y', 'gd']) {
        const re = new RegExp(source, flags);
        expect(compiledNow(re)).toBe(re);
        expect(re.lastIndex).toBe(0);
        for (const text of texts) {
          const fresh = new RegExp(source, flags);
          expect([re.exec(text)?.[0], re.lastIndex]).toEqual([fresh.exec(text)?.[0], fresh.lastIndex]);
          re.lastIndex = 0;
        }
      }
    }
  });
});
