/**
 * The general rules added after the blind measurement of test/fixtures/heldout114 (papers that look back over several
 * years: a plan period's summary, a plan's final evaluation, a bureau's review of five years), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { paragraphStatuses, readQuoted, statusesOf, statusesWithIds } from './helpers.js';

const lexicon = await loadLexicon();
/** A paragraph of the achievements of 桐岙区's report on 2024. */
const of2024 = paragraphStatuses(lexicon, '桐岙区2024年法治政府建设情况报告\n2024年,区政府坚持依法行政,做好行政复议、应诉和普法工作。');
const numeric = (facts: readonly string[]): string[] => facts.filter((f) => !f.includes('=true:'));

describe('years listed before 分别 with 年 written after the last alone', () => {
  it('pair the figures in order: the year reported on keeps its own, the earlier years’ count nothing', () => {
    expect(numeric(of2024('区政府常务会议专题研究法治政府建设2022、2023、2024年分别为2次、3次、4次。'))).toEqual(['committee_rule_of_law_meetings=4:achieved']);
    expect(numeric(of2024('2023、2024年区司法局分别审查政府合同88份、104份。'))).toEqual(['contracts_reviewed=104:achieved']);
  });

  it('…also with the act after 分别 (2022、2023、2024年分别受理…)', () => {
    expect(numeric(of2024('2022、2023、2024年分别办理行政应诉案件41件、37件、29件,败诉率逐年下降。'))).toEqual(['litigation_cases=29:achieved']);
  });

  it('but numbers that are no years before 分别 are no list of years', () => {
    expect(numeric(of2024('区政府常务会议会前学法、法治专题讲座分别为11次、4期。'))).toEqual(['exec_meeting_law_study=11:achieved', 'law_lectures=4:achieved']);
  });
});

describe('a list of earlier years’ figures beside the year’s', () => {
  it('counts nothing, in brackets or not, whatever words stand before the years', () => {
    expect(numeric(of2024('全年审查政府合同52份(2022年、2023年分别为38份、45份)。'))).toEqual(['contracts_reviewed=52:achieved']);
    expect(numeric(of2024('全区清理行政规范性文件2021年、2023年分别为16件、9件。'))).toEqual([]);
  });

  it('but a list that ends with the year reported on still gives its figure', () => {
    expect(numeric(of2024('全区清理行政规范性文件2023年、2024年分别为9件、13件。'))).toEqual(['normative_docs_cleaned=13:achieved']);
  });
});

describe('a mean over years (年均, 平均每年)', () => {
  it('is no count of the year', () => {
    expect(numeric(of2024('近三年来年均调解矛盾纠纷2900余件,全年调解矛盾纠纷3150件。'))).toEqual(['disputes_mediated=3150:achieved']);
    expect(numeric(of2024('全区平均每年办理行政复议案件70件。'))).toEqual([]);
  });

  it('but 上年 or 两年 before 均 (上年均有, 两年均保持) is no mean', () => {
    expect(numeric(of2024('全区行政机关负责人出庭应诉率两年均保持100%。'))).toEqual(['head_appearance_rate=100:achieved']);
    expect(numeric(of2024('各项指标较上年均有提升,全年审查政府合同61份。'))).toEqual(['contracts_reviewed=61:achieved']);
  });
});

describe('the first part of the next year, added to a review written in it', () => {
  it('(2025年上半年) tells of that later time: none of its figures is the year’s', () => {
    expect(numeric(of2024('2025年上半年,区司法局审查政府合同27份,新增执法记录仪40台。'))).toEqual([]);
    expect(numeric(of2024('2025年上半年全区办理行政应诉案件19件。'))).toEqual([]);
  });

  it('but what it plans stays a plan, and the year’s own 上半年 is a part of it', () => {
    expect(numeric(of2024('2025年上半年,全区执法记录仪将增至420台。'))).toEqual(['body_cameras=420:plan']);
    expect(numeric(of2024('2024年上半年,全区新增执法记录仪40台,全年共配备执法记录仪310台。'))).toContain('body_cameras=310:achieved');
  });
});

describe('a rate held since an earlier year (自2021年以来保持100%)', () => {
  it('holds in the year reported on too', () => {
    expect(numeric(of2024('区政府重大行政决策合法性审查率自2021年以来始终保持100%。'))).toEqual(['legality_review_rate=100:achieved']);
    expect(numeric(of2024('行政复议决定履行率从2022年起保持100%。'))).toEqual([]);
  });

  it('but one said only reached since then stops at the year', () => {
    expect(numeric(of2024('街道法律顾问覆盖率自2022年以来达到100%。'))).toEqual([]);
  });
});

describe('a bracket naming the earlier year a figure is of (败诉1件(2021年))', () => {
  it('dates that figure: it counts nothing of the year', () => {
    expect(numeric(of2024('全年行政应诉案件33件,败诉2件(2022年)。'))).toEqual(['litigation_cases=33:achieved']);
  });

  it('but one naming the year reported on leaves it the year’s', () => {
    expect(numeric(of2024('全年行政应诉案件33件,败诉2件(2024年)。'))).toEqual(['litigation_cases=33:achieved', 'litigation_lost_cases=2:achieved']);
  });
});

describe('a quoted target of a rate’s whole said done', () => {
  it('is the rate reached (a rate reaches 100% only by being it)', () => {
    expect(numeric(of2024('“规范性文件合法性审核率100%”的目标已经实现。'))).toEqual(['normative_doc_review_rate=100:achieved']);
  });

  it('but a bound below the whole stays the target', () => {
    expect(numeric(of2024('“出庭应诉率不低于95%”的目标已实现。'))).toEqual(['head_appearance_rate=95:plan']);
  });
});

describe('papers on several years', () => {
  it('a body’s review of a span over (2019—2023年…工作回顾) is no annual report; it reports on the span’s last year', () => {
    const { doc, facts } = readQuoted(
      lexicon,
      `岚川县交通运输局2019—2023年法治建设工作回顾
岚川县交通运输局 2024年6月3日
2019年以来,我局坚持依法行政,推进法治建设。现将五年来工作回顾如下。
一、主要工作
2023年局机关审查合同22份,聘请法律顾问3名。
二、下一步打算
到2025年,公职律师增至4名。
`,
    );
    expect(doc.kind).toBe('other');
    expect(doc.year).toBe(2023);
    expect(statusesWithIds(statusesOf(facts), 'contracts_reviewed', 'legal_advisers', 'public_lawyers')).toEqual([
      'contracts_reviewed=22:achieved',
      'legal_advisers=3:achieved',
      'public_lawyers=4:plan',
    ]);
  });

  it('but a review joined by 暨 to the year’s report is that report', () => {
    const { doc } = readQuoted(
      lexicon,
      `柏垣市2023—2024年法治政府建设工作回顾暨2024年度情况报告
2024年,市政府坚持依法行政,推进法治政府建设,做好行政复议、应诉和普法工作。现将有关情况报告如下。
`,
    );
    expect(doc.kind).toBe('annual_report');
    expect(doc.year).toBe(2024);
  });

  it('a summary of a plan period handed over as the years since its first reports on its last', () => {
    const { doc } = readQuoted(
      lexicon,
      `澜溪县人民政府关于“十三五”时期依法行政工作情况的总结
市依法治市办:
按照工作安排,现将我县2016年以来依法行政工作情况总结如下。
一、五年来总体情况
五年来,县政府坚持依法行政,做好行政复议、应诉和普法工作。
二、2020年主要工作
全年审查政府合同95份。
澜溪县人民政府
2020年12月18日
`,
    );
    expect(doc.kind).toBe('other');
    expect(doc.year).toBe(2020);
  });

  it('while a report handed over as the year’s (现将2023年度…) keeps that year', () => {
    const { doc } = readQuoted(
      lexicon,
      `法治政府建设情况报告
根据要求,现将我区2023年度法治政府建设工作情况报告如下。
一、主要工作
全年审查政府合同41份。
`,
    );
    expect(doc.year).toBe(2023);
  });
});
