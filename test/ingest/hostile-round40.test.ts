import { describe, expect, it } from 'vitest';
import { exampleSource } from '../../src/document/example.js';
import { buildDocument } from '../../src/document/index.js';
import { UserError } from '../../src/errors.js';
import { extractFacts, extractPresence, loadLexicon } from '../../src/facts/index.js';
import { Budget, LIMITS } from '../../src/ingest/budget.js';

const lexicon = await loadLexicon();
const title = '某某县2025年度法治政府建设情况报告';

describe('a report whose facts take past its time', () => {
  // sentences of our own, many enough that the facts passes would run long on a slow machine
  const text = [
    title,
    '一、主要工作',
    ...Array.from({ length: 400 }, (_, k) => `第${k + 1}批次共抽查行政执法案卷${(k % 60) + 20}卷,已建立案卷评查制度。`),
    '全年办理行政复议案件35件。',
  ].join('\n');
  const doc = buildDocument(exampleSource(`${text}\n`, 'slow.txt'));

  // a clock that moves a second at each look: the budget of 3 seconds is spent at the fourth
  const steppingBudget = () => {
    let clock = 0;
    let looks = 0;
    const budget = new Budget('slow.txt', { ...LIMITS, seconds: 3 }, () => clock);
    const checkTime = () => {
      looks++;
      clock += 1000;
      budget.checkTime();
    };
    return { checkTime, looks: () => looks };
  };

  for (const [stage, run] of [
    ['numbers', extractFacts],
    ['presence', extractPresence],
  ] as const) {
    it(`stops the ${stage} pass within a few sentences of the limit, with the budget's message naming the file`, () => {
      const { checkTime, looks } = steppingBudget();
      let error: unknown;
      try {
        run(doc, lexicon, checkTime);
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(UserError);
      expect(String(error)).toContain('slow.txt');
      expect(String(error)).toContain('处理时间超过 3 秒的上限');
      // stopped at the fourth look, long before the 400 sentences were read
      expect(looks()).toBe(4);
    });
  }

  it('reads every sentence, to the last, when the time is not up', () => {
    let looks = 0;
    const facts = extractFacts(doc, lexicon, () => looks++);
    expect(looks).toBeGreaterThanOrEqual(doc.sentences.length / 16);
    expect(facts.find((fact) => fact.id === 'reconsideration_cases')?.value).toBe(35);
  });
});
