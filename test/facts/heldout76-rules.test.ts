/**
 * The general rules added after the blind measurement of test/fixtures/heldout76 (the newest wording, 2025 work
 * written in 2026), on texts of our own: a sentence that counts a span of years goes on counting it, a repeal told
 * after its fronted object, a part a count takes in named in brackets, the rate at which a body's acts were
 * corrected, and the nation's figures.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, sectionStatuses, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const COUNTY = '梧溪县2025年法治政府建设情况报告';
// the year's own opening first, with words enough of 法治 for a report on it (a text that opens reviewing five years is a
// paper about them: rules/documents.yaml)
const OPENING = '2025年,县政府深入推进法治政府建设,坚持依法行政,法治政府建设各项工作取得新进展。';
const read = (body: string) => sectionStatuses(lexicon, COUNTY, `${OPENING}\n${body}`);

describe('a sentence whose first figure counts a span of years', () => {
  it('goes on counting the span over its commas', async () => {
    const facts = await read('五年累计审查政府合同820份,出具合法性审查意见1,960件,办理行政应诉案件310件。全年审查政府合同170份。');
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=170:achieved']);
    expect(statusesWithId(facts, 'legality_review_opinions')).toEqual([]);
    expect(statusesWithId(facts, 'litigation_cases')).toEqual([]);
  });

  it('also when the span is a named plan period after which the clause names its subject', async () => {
    const facts = await read('“十四五”期间全县新配执法记录仪380台,培训执法人员累计4,700余人次,审查政府合同900余份。');
    expect(statusesWithId(facts, 'body_cameras')).toEqual([]);
    expect(statusesWithId(facts, 'enforcement_training_participants')).toEqual([]);
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual([]);
  });

  it('until a clause turns back to the year with its own words', async () => {
    const facts = await read('“十四五”期间全县累计组织旁听庭审4,100人次,全年组织旁听庭审920人次。');
    expect(statusesWithId(facts, 'court_hearing_observers')).toEqual(['court_hearing_observers=920:achieved']);
  });

  it('or breaks the span’s total down by its years, which the year columns read', async () => {
    const facts = await read('三年共审核行政规范性文件41件,其中2023年12件、2024年13件、2025年16件,审核率100%。');
    expect(statusesWithId(facts, 'normative_docs_reviewed')).toEqual(['normative_docs_reviewed=16:achieved']);
    expect(statusesWithId(facts, 'normative_doc_review_rate')).toEqual(['normative_doc_review_rate=100:achieved']);
  });

  it('but not a span after the year’s first figure, nor in a paper about the period, whose totals are its own', async () => {
    const year = await read('全年审查政府合同170份,近五年累计审查820份,出具法律意见书42份。');
    expect(statusesWithId(year, 'contracts_reviewed')).toEqual(['contracts_reviewed=170:achieved']);
    const { facts } = await readFileQuoted(
      lexicon,
      '梧溪县“十四五”时期法治政府建设工作总结\n一、主要成效\n五年间审核行政规范性文件60件,审核率100%。\n',
      'wuxi.txt',
    );
    expect(statusesWithId(facts, 'normative_doc_review_rate')).toEqual(['normative_doc_review_rate=100:achieved']);
  });
});

describe('a repeal told after its fronted object', () => {
  it('reads 对…的文件废止N件 with the subject the paragraph named before', async () => {
    const facts = await read('前置审核行政规范性文件19件,审核率100%。对照公平竞争审查要求开展专项清理,对设置本地企业优先条款的文件废止5件、修改2件。');
    expect(statusesWithId(facts, 'normative_docs_cleaned')).toEqual(['normative_docs_cleaned=5:achieved']);
  });

  it('but not a fronted object that names something else, nor a verb of another act', async () => {
    const rules = await read('前置审核行政规范性文件19件。开展专项清理,对设置本地企业优先条款的规章废止5件。');
    expect(statusesWithId(rules, 'normative_docs_cleaned')).toEqual([]);
    const amended = await read('前置审核行政规范性文件19件。开展专项清理,对设置本地企业优先条款的文件修改2件。');
    expect(statusesWithId(amended, 'normative_docs_cleaned')).toEqual([]);
  });
});

describe('a part a count takes in, named in brackets after it', () => {
  it('is no distractor of the count', async () => {
    const facts = await read('镇综合执法中队现有持证执法人员21名(含县直部门下沉人员及派驻人员7名),配备执法记录仪12台。');
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=21:achieved']);
  });

  it('unlike a distractor before the count', async () => {
    const facts = await read('县直部门派驻各乡镇的持证执法人员共48名(含执法中队长9名)。');
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual([]);
  });
});

describe('the rate at which a body’s acts were corrected', () => {
  it('is no correction rate of the 复议机关', async () => {
    const facts = await read('县直各执法部门作出的行政处罚决定被行政复议纠错率为2.2%。县政府审结行政复议案件96件,综合纠错率11.5%。');
    expect(statusesWithId(facts, 'reconsideration_correction_rate')).toEqual(['reconsideration_correction_rate=11.5:achieved']);
  });
});

describe('the nation as a clause’s subject', () => {
  it('tells no figure of the body, at any level', async () => {
    const district = await readFileQuoted(
      lexicon,
      '梧溪区2025年法治政府建设情况报告\n一、主要工作\n据公开数据,全国行政机关负责人出庭应诉率已超过九成半,区政府负责人出庭应诉率为100%。\n',
      'wuxi.txt',
    );
    expect(statusesWithId(district.facts, 'head_appearance_rate')).toEqual(['head_appearance_rate=100:achieved']);
    const county = await read('全国各级行政复议机关新收案件连续两年增长,全县受理行政复议申请133件。');
    expect(statusesWithId(county, 'reconsideration_cases')).toEqual(['reconsideration_cases=133:achieved']);
  });
});
