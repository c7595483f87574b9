import { describe, expect, it } from 'vitest';
import { leadMatches, leadOf } from '../../src/util/lead-search.js';
import { matchesOf } from '../../src/util/matches.js';

const spans = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0], m.indices?.[1] ?? null]);

// patterns of the shapes rules/layout.yaml holds, written for these tests
const LEADS = [
  /[^,;。\n]{0,12}(?:○○|YY|(?<![A-Za-z])Y(?=[次件])|〖待填[^〗]{0,4}〗|-{2,}|\[\s*\](?=[次件]))[^,;。\n]{0,6}/dg,
  /(?<=^|[,;。\n])[^,;。()\n]{1,15}(?=\((?:样例|虚构)(?:数据)?\))/dg,
  /(?<=^|\n|[。?]\s*)[^,;。?\n]{0,4}?(?:据传|(?:有|许多)(?:人|读者)[^,;。?\n]{0,3}?(?:说|讲))[^。?\n]{0,30}?\?/dg,
  /.{2,5}(?:件)/g,
  /\s{0,3}(?:(审查)|复核)\d+件/dg,
  /(?<=[:]\s{0,2})(?:如|例如)[:]\s{0,2}[^,;。\n]{0,10}/dg,
  /(?<=^|\n)我是[^,;。\n]{0,6}?(?:记者|听众)[^\n]*/dg,
  /[^,。]{0,3}件/g,
  /(?<=^|[。?]|[:]\s*)\s*(?:刚才|刚刚)[,]?[^。?\n]{0,12}?(?:通报|介绍)[^。?\n]{0,20}[。?]?/dg,
  /[^,。\n]{2,}(?:件)/g,
];

/** Texts of our own with the words the patterns are written for, near each other, at the ends, and none. */
const TEXTS = [
  '',
  '全年审查合同46份。',
  '柘塘镇调解纠纷○○件,芦湾街道YY件;培训Y次,〖待填数字〗名。',
  '○○○○○○件',
  'YYYYY次,XY件,aY次,Y件',
  '审查--项,----件,[ ]件[  ]次[]件,[]',
  '全年审查合同73份(样例数据),复议案件12件(虚构),纠纷8件(示范)。',
  '听众:有人说县里复议案件有两百件,是真的吗?许多读者来信讲,纠纷超过五百件?据传如此?',
  '\n有人说\n据传?\n',
  '  审查12件 复核3件   审查4件审查',
  '填报:如:审查12件,例如:复核3件。\n意见:  例如:8件;如:\n例如:',
  '我是县台记者,听说有人说?\n我是听众\n 我是记者\n我是本地的一名读者,我是记者',
  '同志们:  刚才,县局通报了情况。\n  刚刚介绍的是去年的。刚才大家看了片子。 刚刚,某镇介绍了经验?',
  '甲'.repeat(30) + '○○' + '乙'.repeat(30) + '〖待填〗件。' + '丙'.repeat(40) + '(虚构数据)',
];

describe('leadOf', () => {
  it('reads the run and the words after it', () => {
    const lead = leadOf(LEADS[0]!)!;
    expect([lead.min, lead.max, lead.words.source.startsWith('(?:○○|YY')]).toEqual([0, 12, true]);
    expect(leadOf(LEADS[1]!)).toMatchObject({ min: 1, max: 15 });
    expect(leadOf(LEADS[2]!)).toMatchObject({ min: 0, max: 4 });
    expect(leadOf(LEADS[5]!)).toMatchObject({ min: 0, max: 0, words: /(?:如|例如)/g });
    expect(leadOf(LEADS[6]!)).toMatchObject({ min: 0, max: 0, words: /我是/g });
    expect(leadOf(LEADS[7]!)).toMatchObject({ min: 0, max: 3, words: /件/g });
    expect(leadOf(LEADS[8]!)).toMatchObject({ min: 0, max: Infinity, run: /\s/y });
    expect(leadOf(LEADS[9]!)).toMatchObject({ min: 2, max: Infinity });
  });

  it('reads no lead in another pattern', () => {
    for (const re of [
      /审查(\d+)件/g,
      /[^,]{0,3}(?:件)|份/g,
      /[^,]{0,3}\d(?:件)/g,
      /[^,]{0,3}(?:件)/gu,
      /(?:件)[^,]{0,3}/g,
      /[^,]{0,3}(?:件)?份/g,
      /[^,]{0,3}件?份/g,
      /(?<=:)审?查/g,
      /我是记者/g,
    ])
      expect(leadOf(re)).toBeNull();
  });
});

describe('leadMatches', () => {
  it('finds what a search of the whole pattern finds', () => {
    for (const re of LEADS) for (const text of TEXTS) expect(spans(leadMatches(re, text))).toEqual(spans(matchesOf(re, text)));
  });

  it('finds it in texts of the words at random', () => {
    const pieces = [
      '○',
      '○○',
      'Y',
      'YY',
      'a',
      '次',
      '件',
      ',',
      '。',
      '\n',
      '[',
      ']',
      ' ',
      '-',
      '〖待填',
      '〗',
      '(',
      ')',
      '样例',
      '虚构',
      '有人',
      '说',
      '?',
      '据传',
      '审查',
      '12',
      '复核',
      ':',
      '如',
      '例如',
      '我是',
      '记者',
      '听众',
      '刚才',
      '通报',
      '  ',
    ];
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let k = 0; k < 400; k++) {
      const text = Array.from({ length: next(60) }, () => pieces[next(pieces.length)]).join('');
      for (const re of LEADS) expect(spans(leadMatches(re, text))).toEqual(spans(matchesOf(re, text)));
    }
  });
});
