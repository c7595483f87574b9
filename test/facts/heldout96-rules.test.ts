/**
 * The general rules added after the blind measurement of test/fixtures/heldout96 (figures given as changes and
 * comparisons): last year's count and the year's change in the next clause give the year's count; an increase
 * beside the total it was added to is no count. On texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { sourceOf } from '../document/helpers.js';
import { paragraphStatuses, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();
const TITLE = '柘坪县2024年法治政府建设情况报告';
const statuses = paragraphStatuses(lexicon, TITLE);
const of = (paragraph: string, id: string) => statusesWithId(statuses(paragraph), id);

describe('last year’s count, then the year’s change against it in the next clause', () => {
  it('gives the year’s count, derived from both, quoting both', () => {
    const doc = buildDocument(sourceOf(`${TITLE}\n一、主要工作\n2023年全县调解矛盾纠纷412件,2024年比上年增加38件。\n`));
    const [fact, ...more] = extractFacts(doc, lexicon).filter((f) => f.id === 'disputes_mediated');
    expect(more).toEqual([]);
    expect(fact).toMatchObject({ value: 450, status: 'achieved', derived: true, evidence: { text: '矛盾纠纷412件,2024年比上年增加38件' } });
    expect(fact!.basis!.map((b) => b.text)).toEqual(['矛盾纠纷412件', '2024年比上年增加38件']);
  });

  it('against the base just given (在此基础上), or last year by its number, after 又', () => {
    expect(of('2023年县政府法律顾问出具合法性审查意见96件,2024年在此基础上增加14件。', 'legality_review_opinions')).toEqual([
      'legality_review_opinions=110:achieved',
    ]);
    expect(of('2023年全县清理废止规范性文件31件,2024年又比2023年增加9件。', 'normative_docs_cleaned')).toEqual(['normative_docs_cleaned=40:achieved']);
  });

  it('a decrease makes it smaller', () => {
    expect(of('2023年县政府行政应诉案件67件,2024年比上年减少9件。', 'litigation_cases')).toEqual(['litigation_cases=58:achieved']);
  });

  it('the years in words (上年 … 今年) too', () => {
    expect(of('上年全县持证执法人员1,120名,今年同比增加35名。', 'enforcement_officers')).toEqual(['enforcement_officers=1155:achieved']);
  });

  it('but not a plan’s change for the next year, in its plans', () => {
    const text = `${TITLE}\n一、主要工作\n全年调解矛盾纠纷450件。\n二、2025年工作打算\n2024年全县调解矛盾纠纷450件,2025年力争比上年增加50件。\n`;
    const values = extractFacts(buildDocument(sourceOf(text)), lexicon)
      .filter((f) => f.id === 'disputes_mediated')
      .map((f) => f.value);
    expect(values).not.toContain(500);
    expect(values).not.toContain(50);
  });
});

describe('…but not where the two do not make one count', () => {
  it('a change alone, or one clause for both years', () => {
    expect(of('全县调解矛盾纠纷比上年增加38件。', 'disputes_mediated')).toEqual([]);
    expect(of('2024年全县调解矛盾纠纷比2023年增加38件。', 'disputes_mediated')).toEqual([]);
  });

  it('a change in another unit (a growth rate) than the base', () => {
    expect(of('2023年全县调解矛盾纠纷412件,2024年比上年增长9.2%。', 'disputes_mediated')).toEqual([]);
  });

  it('a base of two years before, or a comparison with another year than the base', () => {
    expect(of('2022年全县调解矛盾纠纷412件,2024年比上年增加38件。', 'disputes_mediated')).toEqual([]);
    expect(of('2023年全县调解矛盾纠纷412件,2024年比2022年增加38件。', 'disputes_mediated')).toEqual([]);
  });

  it('the change of another subject', () => {
    expect(of('2023年全县调解矛盾纠纷412件,2024年行政复议案件比上年增加38件。', 'disputes_mediated')).toEqual([]);
  });

  it('a base clause with two figures in the change’s unit', () => {
    expect(of('2023年全县调解矛盾纠纷412件、信访事项120件,2024年比上年增加38件。', 'disputes_mediated')).toEqual([]);
  });

  it('a change whose clause says the year’s figure outright after it: that one is read, once', () => {
    expect(of('2023年全县调解矛盾纠纷412件,2024年比上年增加38件,全年调解450件。', 'disputes_mediated')).toEqual(['disputes_mediated=450:achieved']);
  });

  it('a later year’s change in a report of the year: a plan of the next, no count', () => {
    expect(of('2024年全县调解矛盾纠纷450件,2025年比上年增加50件。', 'disputes_mediated')).toEqual(['disputes_mediated=450:achieved']);
  });
});

describe('an increase beside the total it was added to', () => {
  it('the total is the count, the increase none', () => {
    expect(of('全年新增执法记录仪75台,全县执法记录仪总数达到520台。', 'body_cameras')).toEqual(['body_cameras=520:achieved']);
    expect(of('新增法制审核人员4名,全县法制审核人员累计达到41名。', 'legal_review_staff')).toEqual(['legal_review_staff=41:achieved']);
  });

  it('the total carried over from the clause before (总数达到…) too', () => {
    expect(of('全年新增执法记录仪75台,总数达到520台。', 'body_cameras')).toEqual(['body_cameras=520:achieved']);
  });

  it('an increase alone is still read', () => {
    expect(of('全年新增执法记录仪75台,实现一线执法人员全覆盖。', 'body_cameras')).toEqual(['body_cameras=75:achieved']);
  });

  // what was fitted out or bought (新配备) is a part of the total after it too (session 43, leftovers-s43.test.ts)
  it('so is what was fitted out or bought (新配备), beside its total', () => {
    expect(of('全年新配备执法记录仪75台,全县执法记录仪总数达到520台。', 'body_cameras')).toEqual(['body_cameras=520:achieved']);
  });

  it('and an increase beside a smaller part of it', () => {
    expect(of('全年新增执法记录仪75台,其中乡镇执法队达到30台。', 'body_cameras')).toContain('body_cameras=75:achieved');
  });
});
