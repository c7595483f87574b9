/**
 * What the facts stage reads once for later stages to reuse: the presence pass's entries and a sentence's clause states
 * (status.ts), kept when the facts stage read a copy of the document with a pair of sentences joined
 * (continued-sentences.ts), and the test of a kind's count (breakdowns' per_kind) that reads only the words around the
 * count. Texts of our own words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { withContinuedSentences } from '../../src/facts/continued-sentences.js';
import { extractFacts, extractPresence, loadLexicon } from '../../src/facts/index.js';
import { classifyStatus } from '../../src/facts/status.js';
import { compileTables } from '../../src/facts/passes/tables.js';
import { ingestBytes } from '../../src/ingest/index.js';

const lexicon = await loadLexicon();
const tables = compileTables(lexicon);

const TEXT = [
  '某县2024年法治政府建设情况报告',
  '一、主要工作',
  '县政府推行“双随机、一公开”监管,政务服务事项实现“一网通办”。',
  '县政府常务会议坚持会前学习法律制度。全年共计九次。',
  '县司法局开展公平竞争审查,清理变相许可事项。此类事项共十一项。',
].join('\n');

const documentOf = async (text: string) => buildDocument(await ingestBytes(Buffer.from(text, 'utf8'), 'shared.txt'));

describe('the presence pass after the facts stage', () => {
  it('reads the same facts when the facts stage read a copy with sentences joined', async () => {
    const alone = await documentOf(TEXT);
    const afterFacts = await documentOf(TEXT);
    expect(withContinuedSentences(afterFacts, tables)).not.toBe(afterFacts);
    extractFacts(afterFacts, lexicon);
    const presence = extractPresence(afterFacts, lexicon);
    expect(presence.length).toBeGreaterThan(0);
    expect(presence).toEqual(extractPresence(alone, lexicon));
  });
});

describe('the clause states of a sentence', () => {
  const PLANNED = ['某县2025年法治政府建设情况报告', '一、主要工作', '县司法局到2026年底培训行政执法人员120人次。'].join('\n');
  const statuses = async (years: readonly number[]) => {
    const doc = await documentOf(PLANNED);
    const sentence = doc.sentences.find((s) => s.plain.includes('培训'))!;
    return years.map((year) => classifyStatus({ ...doc, year }, sentence, lexicon));
  };

  it('are read for the year of the document asking, whichever asked first', async () => {
    // 到2026年底 is a plan in a report of 2025, the year's own end in a report of 2026
    expect(await statuses([2025, 2026])).toEqual(['plan', 'achieved']);
    expect(await statuses([2026, 2025])).toEqual(['achieved', 'plan']);
  });

  it('are the same for the presence pass after the facts stage read a copy with sentences joined', async () => {
    const alone = await documentOf(TEXT);
    const afterFacts = await documentOf(TEXT);
    extractFacts(afterFacts, lexicon);
    const read = (doc: typeof alone) => doc.sentences.map((sentence) => classifyStatus(doc, sentence, lexicon));
    expect(read(afterFacts)).toEqual(read(alone));
  });
});

describe("breakdowns' per_kind", () => {
  it('matches no span without 各, so the span is tested for 各 first', () => {
    const words = fc.constantFrom('教育', '交通', '类', '各', '等', '事项', '2', '十', '项', ',', '。', ' ');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }), (parts) => {
        const span = parts.join('');
        if (tables.breakdown.perKind.test(span)) expect(span).toContain('各');
      }),
      { numRuns: 2000 },
    );
    // read from two characters before the count's evidence (事项各2项 in 水利类事项各2项)
    expect(tables.breakdown.perKind.test('利类事项各2项')).toBe(true);
  });
});
