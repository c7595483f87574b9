/**
 * The general rules added after the blind measurement of test/fixtures/heldout45 (departments' own reports), on
 * texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { paragraphStatuses, readQuoted, statusesOf } from './helpers.js';

const lexicon = await loadLexicon();
const bureau = paragraphStatuses(lexicon, '某县交通运输局2024年度法治政府建设工作情况报告');

/** The facts of a bureau's report with one section under `heading`. */
const underHeading = (heading: string, paragraph: string): string[] =>
  statusesOf(readQuoted(lexicon, `某县水利局2024年度法治政府建设工作情况报告\n一、主要工作\n${heading}\n${paragraph}\n`).facts);

describe('officers trained, named as the object of the verb', () => {
  it('counts them with who they are between the verb and the figure', () => {
    expect(bureau('开办路政执法业务培训班2期,培训县局和各站所路政执法人员148人。')).toContain('enforcement_training_participants=148:achieved');
    expect(bureau('利用冬训时间轮训全县一线执法队员三百二十人次。')).toContain('enforcement_training_participants=320:achieved');
  });

  it('does not count the officers who missed a course', () => {
    expect(bureau('年度路政执法培训中,未参加的执法人员7人已安排补训。').some((f) => f.startsWith('enforcement_training_participants'))).toBe(false);
    expect(bureau('年度路政执法培训中,未参加培训的执法人员7人已安排补训。').some((f) => f.startsWith('enforcement_training_participants'))).toBe(false);
  });
});

describe('normative documents reviewed, told by who reviewed them', () => {
  it('reads the documents issued when the next clause sends them all to a reviewer before issue', () => {
    const facts = bureau('全年以本局名义出台行政规范性文件5件,出台前均送县司法局和公职律师作合法性审核,审核率100%。');
    expect(facts).toContain('normative_docs_reviewed=5:achieved');
    expect(facts).toContain('normative_doc_review_rate=100:achieved');
  });

  it('reads a document named by title when the next clause says it passed a review', () => {
    expect(bureau('出台《农村公路养护资金管理细则》1件规范性文件,经县司法局合法性审查后对外公布。')).toContain('normative_docs_reviewed=1:achieved');
  });

  it('does not read the documents when only some were sent', () => {
    const facts = bureau('全年出台行政规范性文件5件,其中2件报送县司法局合法性审核。');
    expect(facts.some((f) => f.startsWith('normative_docs_reviewed=5'))).toBe(false);
  });
});

describe('documents repealed after a decision, beyond the stock a cleanup went through', () => {
  it('reads what was decided, not the stock in force', () => {
    const facts = bureau('开展交通领域规范性文件清理,对本局现行有效的33件规范性文件逐条核对,决定废止4件、修订3件。');
    expect(facts).toContain('normative_docs_cleaned=4:achieved');
    expect(facts.some((f) => f.startsWith('normative_docs_cleaned=33'))).toBe(false);
  });
});

describe('decision items named in quotes', () => {
  it('counts the items whatever words their names hold', () => {
    const facts = bureau('公布本局年度重大行政决策事项目录,将“客运站点布局调整”“公交线路整合”3个事项列入目录管理。');
    expect(facts).toContain('major_decision_items=3:achieved');
  });
});

describe('a part of a sentence between semicolons that names neither a rival nor the topic', () => {
  const heading = '(五)依法应对行政复议和行政诉讼';

  it('goes on about the suits when they were named last before it, the topic in the heading only', () => {
    const facts = underHeading(heading, '以本局为被告的行政诉讼案件37件,其中二审9件;已审结30件,败诉1件。');
    expect(facts).toContain('litigation_cases=37:achieved');
    expect(facts.some((f) => f.startsWith('reconsideration_closed'))).toBe(false);
  });

  it('goes on about 复议 when that was named last before it', () => {
    const facts = underHeading(heading, '以本局为被申请人的行政复议案件15件;已审结13件,维持11件。');
    expect(facts).toContain('reconsideration_closed=13:achieved');
  });
});

describe("a total whose next clause gives the reporting body's share of it", () => {
  it("is a wider whole than the body's", () => {
    const facts = bureau('全县各级行政机关全年行政诉讼案件共209件,涉本局案件占比达41%。');
    expect(facts.some((f) => f.startsWith('litigation_cases'))).toBe(false);
  });

  it("leaves the body's own count, its share of the whole after it, to the body", () => {
    expect(bureau('以本局为被告的行政诉讼案件18件,占全县总数的9%。')).toContain('litigation_cases=18:achieved');
  });
});

describe('law lessons given at schools', () => {
  it('are no lectures for officials', () => {
    const facts = bureau('交通安全法治副校长全年到校讲授法治课57场次,覆盖师生1.2万人次。');
    expect(facts.some((f) => f.startsWith('law_lectures'))).toBe(false);
  });

  it('while a lecture for the bureau’s staff still counts', () => {
    expect(bureau('邀请法学教授为局机关干部举办《行政处罚法》专题讲座2场。')).toContain('law_lectures=2:achieved');
  });
});
