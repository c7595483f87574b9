import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { sourceOf } from './helpers.js';

/** Pieces that exercise the markers, brackets and cue words, mixed with arbitrary text. */
const PIECES = [
  '一、',
  '二、',
  '(一)',
  '(二)',
  '1.',
  '2、',
  '(1)',
  '一是',
  '二是',
  '。',
  ';',
  ',',
  '!',
  '?',
  '\n',
  '\n\n',
  '  ',
  '“',
  '”',
  '《',
  '》',
  '(',
  ')',
  '"',
  '2019年',
  '20195月',
  '存在的问题',
  '下一步',
  '法治政府建设',
  '报告',
  '区',
  '市司法局',
  '特此报告。',
  '人民政府',
  '依法行政',
  '复议',
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

describe('buildDocument on arbitrary text', () => {
  it('never throws; sentence spans are ordered, disjoint and slice the text exactly', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const doc = buildDocument(sourceOf(raw));
        let previousEnd = 0;
        for (const s of doc.sentences) {
          expect(s.span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(s.span.end).toBeGreaterThan(s.span.start);
          expect(doc.source.text.slice(s.span.start, s.span.end)).toBe(s.text);
          expect(s.text).toBe(s.text.trim());
          previousEnd = s.span.end;
        }
        for (const s of doc.sections) {
          expect(s.span.end).toBeGreaterThanOrEqual(s.span.start);
          if (s.parent !== null) expect(s.parent).toBeLessThan(s.index);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('handles a large text in one linear pass', () => {
    const paragraph = '(一)推进依法行政。一是审查文件12件;二是办理复议1.2万件。“引号未闭合\n';
    const big = `一、主要举措和成效\n${paragraph.repeat(20_000)}${'(没有闭合的括号'.repeat(20_000)}`;
    const doc = buildDocument(sourceOf(big));
    expect(doc.sentences.length).toBeGreaterThan(40_000);
  });
});
