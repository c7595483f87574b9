/**
 * The general rules added after the blind measurement of test/fixtures/heldout44, on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { sourceOf } from '../document/helpers.js';
import { expectQuoted, paragraphStatuses, statusesOf } from './helpers.js';

const lexicon = await loadLexicon();
const in2025 = paragraphStatuses(lexicon, '某县2025年度法治政府建设情况报告');
const in2022 = paragraphStatuses(lexicon, '某县2022年度法治政府建设情况报告');

describe('a bracket after a target states the target', () => {
  it('reads its figure as a plan, whatever is said of the target, and the figure before it as done', () => {
    expect(in2025('县政府常务会议会前学法13次,超过年度目标(会前学法10次)。')).toEqual(['exec_meeting_law_study=13:achieved', 'exec_meeting_law_study=10:plan']);
    expect(in2025('全县配备执法记录仪420台,完成年度目标值(执法记录仪400台)。')).toEqual(['body_cameras=420:achieved', 'body_cameras=400:plan']);
  });
});

describe('an earlier year named by its number opening a sentence', () => {
  it("holds the clauses after it when it states the sentence's first figure", () => {
    const facts = in2025('注:2023年县政府受理复议申请88件,一审行政诉讼57件;全年受理复议申请102件。');
    expect(facts).toContain('reconsideration_cases=102:achieved');
    expect(facts.some((f) => f.includes('=88:') || f.includes('=57:'))).toBe(false);
  });

  it('does so after an item number too, and a span of years is another period', () => {
    expect(in2022('说明:1.2021年全县持证执法人员为702名;2.本年持证执法人员为736名。')).toEqual(['enforcement_officers=736:achieved']);
    expect(in2022('2019年至2022年,全县累计发生行政应诉案件96件。').filter((f) => f.startsWith('litigation_cases'))).toEqual([]);
  });

  it('leaves the clauses after an aside of last year, told from the speaker, to the year', () => {
    const facts = in2025('去年提出的“执法人员培训全覆盖”今年已实现,全年培训执法人员3,400人次。');
    expect(facts).toContain('enforcement_training_participants=3400:achieved');
  });
});

describe('an appendix of what was done of the year', () => {
  it('reports its figures as achieved, after the plans and the signature', () => {
    const doc = buildDocument(
      sourceOf(`某区2025年度法治政府建设情况报告
一、主要成效
全区持证执法人员1,880名。
二、2026年工作打算
持证执法人员达到2,000名。
某区人民政府
2026年1月10日
附件
某区2025年度法治政府建设重点任务完成情况
1.行政执法
配备执法记录仪640台,全年培训执法人员1,900人次。
`),
    );
    const facts = extractFacts(doc, lexicon);
    expectQuoted(doc, facts);
    expect(statusesOf(facts)).toEqual(
      expect.arrayContaining(['enforcement_officers=2000:plan', 'body_cameras=640:achieved', 'enforcement_training_participants=1900:achieved']),
    );
  });
});
