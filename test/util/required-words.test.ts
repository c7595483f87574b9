/**
 * The words a pattern requires screen the texts it is searched in: a text without any of them
 * must never hold a match, or a fact would be lost without a trace.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { compile } from '../../src/facts/text.js';
import { requiredGroups, requiredWordsOrEndings } from '../../src/util/required-words.js';

const groups = (source: string, flags = 'g'): string[][] => requiredGroups(new RegExp(source, flags));

/** Patterns over a few letters, built from what the reader understands and what it does not. */
const pattern: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('a', 'b', 'c', 'ab', 'ba', '.', '\\d', '[ab]', '[^a]', '[a-c]', '\\.', '^', '$', '\\b'),
    fc.tuple(tie('node'), tie('node')).map(([x, y]) => x + y),
    fc.tuple(tie('node'), tie('node')).map(([x, y]) => `(?:${x}|${y})`),
    fc.tuple(tie('node'), fc.constantFrom('?', '*', '+', '{2}', '{0,2}', '{1,3}?', '??')).map(([x, q]) => `(?:${x})${q}`),
    fc.tuple(fc.constantFrom('(?=', '(?!', '(?<=', '(?<!', '('), tie('node')).map(([open, x]) => `${open}${x})`),
  ),
})).node;

describe('required words', () => {
  it('spell out consecutive alternatives and optional parts', () => {
    expect(groups('(合法性|合法)(审查|审核)')).toEqual([['合法性审查', '合法性审核', '合法审查', '合法审核']]);
    expect(groups('[^,]{0,12}?全(面)?覆盖')).toEqual([['全覆盖', '全面覆盖']]);
    expect(groups('(?<![未不])(全部|均)胜诉')).toEqual([['全部胜诉', '均胜诉']]);
  });

  it('take the longer words, then the fewer, of each alternative', () => {
    expect(groups('规范性文件[^,]*均(已)?备案|甲')).toEqual([['规范性文件', '甲']]);
    expect(groups('(无|没有|未发生)[^,]{0,12}败诉|甲')).toEqual([['败诉', '甲']]);
  });

  it('take of an alternative the words the others need anyway, when it needs them too', () => {
    // 开展…两年来 needs 开展 (its better word alone) and 两年: the other alternative needs 两年, so 开展 is no word of the screen
    const years = '[两三四五六七八九十多]年(来|以来|间)';
    expect(groups(`[^,]{0,12}?(开展|推行)(以来)?${years}|${years}`)).toEqual([[...'两三四五六七八九十多'].map((n) => `${n}年`)]);
    // with no word of the others' in any of its lists, an alternative keeps its best
    expect(groups(`[^,]{0,12}?(开展|推行)(以来)?${years}|上年度`)).toEqual([['开展', '推行', '上年度']]);
  });

  it('of a whole text: an option anchored at its end needs what it ends with there, and a word the ending does not hold', () => {
    expect(requiredWordsOrEndings(/(?:执法|复议)[^,]{0,9}(?:情况)?的?报告$|调研报告|上半年/)).toEqual({
      words: ['调研报告', '上半年'],
      anchored: [{ endings: ['报告', '的报告', '情况报告', '情况的报告'], words: ['执法', '复议'] }],
    });
    // with the m flag, $ is any line's end: read as an option like any other
    expect(requiredWordsOrEndings(/通报$|简报/m)).toEqual({ words: ['通报', '简报'], anchored: [] });
    // an option that needs no word, and is not anchored, leaves no screen
    expect(requiredWordsOrEndings(/通报$|\d+/)).toBeNull();
    // an optional part of unknown strings before $: the option ends with no known string, and is read by its words
    expect(requiredWordsOrEndings(/讲话(?:\([^)]*\))?$/)).toEqual({ words: ['讲话'], anchored: [] });
  });

  it('require nothing of what they cannot read', () => {
    for (const source of ['.', '\\d+', '[^,]', '甲*', '(甲?)\\1', '[乙-甲]', '(甲|.)']) expect(groups(source)).toEqual([]);
    expect(groups('甲', 'gi')).toEqual([]);
    // with `u`, an astral character is one atom (its quantifier covers both halves) and \u{…} one character
    expect(groups('甲(?:乙|丙)', 'u')).toEqual([['甲乙', '甲丙']]);
    expect(groups('甲\\u{20BB7}?乙', 'u')).toEqual([]);
    expect(groups('甲𠮷?乙', 'u')).toEqual([]);
    expect(groups('(?<n>甲)乙')).toEqual([['甲乙']]);
  });

  it('come in groups, each of which every match holds a word of', () => {
    expect(groups('(合法性|合法)(审查|审核)[^,]{0,12}?全(面)?覆盖')).toEqual([
      ['合法性审查', '合法性审核', '合法审查', '合法审核'],
      ['全覆盖', '全面覆盖'],
    ]);
    expect(groups('(无|没有)[^,]{0,12}败诉')).toEqual([['无', '没有'], ['败诉']]);
    // a shorter word held inside a longer group's every word is no group of its own
    expect(groups('确保(达到|实现)')).toEqual([['确保达到', '确保实现']]);
    expect(groups('(?<=甲)乙(?!丙)')).toEqual([['乙']]);
  });

  it('are held by every match of a pattern', () => {
    fc.assert(
      fc.property(pattern, fc.stringMatching(/^[abcx.1 ]{0,12}$/), (source, text) => {
        const re = new RegExp(source, 'g');
        const all = requiredGroups(re);
        for (const m of text.matchAll(re)) {
          for (const group of all) expect(group.some((w) => m[0].includes(w))).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('are held by the matches of the lexicon’s implied patterns in their examples', async () => {
    const lexicon = await loadLexicon();
    const implied = compile(lexicon).entries.flatMap((c) => c.implied);
    // a pattern without a group would be searched in every sentence
    expect(implied.filter((i) => i.groups.length > 0).length).toBe(implied.length);
    const texts = lexicon.examples.map((x) => x.text);
    let matched = 0;
    for (const { re, groups: all } of implied) {
      for (const text of texts) {
        for (const m of text.matchAll(re)) {
          matched++;
          for (const group of all) expect(group.some((w) => m[0].includes(w))).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(0);
  });
});
