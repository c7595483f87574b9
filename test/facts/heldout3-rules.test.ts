/**
 * The general rules added after the blind measurement of test/fixtures/heldout3: text copied from
 * a PDF (lines wrapped inside words and numbers, a running header, letter-spaced digits), a street
 * report that cites its district's figures, 分别 after a list of bodies, exclusions in run-on
 * sentences, 负责人全部出庭, and unnumbered plan headings.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { unwrap } from '../../src/document/sentences.js';
import { parseQuantities } from '../../src/facts/quantity.js';
import type { Level } from '../../src/document/types.js';
import { sourceOf } from '../document/helpers.js';
import { docOf, statusesOf } from './helpers.js';

const lexicon = await loadLexicon();
const facts = (text: string, status = 'achieved', level: Level = 'city') => {
  const doc = docOf(text);
  doc.level = level;
  return extractFacts(doc, lexicon)
    .filter((f) => f.status === status)
    .map((f) => `${f.id}=${String(f.value)}`)
    .sort();
};
const docFacts = (text: string) => {
  const doc = buildDocument(sourceOf(text));
  return statusesOf(extractFacts(doc, lexicon));
};

describe('text copied from a PDF', () => {
  it('takes out line breaks inside words and numbers, and repeated header lines inside a sentence', () => {
    expect(unwrap('县政府全年新收行政复\n议案件 67 件').text).toBe('县政府全年新收行政复议案件 67 件');
    expect(unwrap('办复率 10\n0%').text).toBe('办复率 100%');
    expect(unwrap('全年审查合同\n某县人民政府文件\n协议12件', new Set(['某县人民政府文件'])).text).toBe('全年审查合同协议12件');
    const { text, map } = unwrap('行政复\n  议案件');
    expect(text).toBe('行政复议案件');
    expect(map[3]).toBe(6);
  });

  it('keeps a line break after punctuation, and a line that is not repeated', () => {
    expect(unwrap('开展培训,\n二是').text).toBe('开展培训,\n二是');
    expect(unwrap('全年审查合同\n某县人民政府文件\n协议12件').text).toBe('全年审查合同某县人民政府文件协议12件');
  });

  it('reads facts across wrapped lines and quotes the evidence as the document has it', () => {
    const text =
      '某县2023年度法治政府建设情况报告\n\n一、主要工作\n\n　　县政府全年新收行政复\n议案件 67 件，审结 61 件。全年办理县人大代\n表建议 142 件，办复率 10\n0%。\n';
    const doc = buildDocument(sourceOf(text));
    const found = extractFacts(doc, lexicon);
    const ids = found.map((f) => `${f.id}=${String(f.value)}`);
    expect(ids).toEqual(expect.arrayContaining(['reconsideration_cases=67', 'proposals_handled=142', 'proposals_completion_rate=100']));
    for (const f of found) expect(doc.source.text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
  });

  it('drops a page header that the document repeats, even only once more, from inside a sentence', () => {
    const text =
      '某县人民政府文件\n某县2023年度法治政府建设情况报告\n\n一、主要工作\n\n' +
      '　　县政府坚持重大行政决策合法性审查制度，全年审查县政府合\n某县人民政府文件\n' +
      '同协议 58 件，出具合法性审查意见 73 件，有效防范法律风险。\n';
    expect(docFacts(text)).toContain('contracts_reviewed=58:achieved');
  });

  it('reads three or more letter-spaced digits as one number, and not two', () => {
    expect(parseQuantities('审查合同协议 1 2 0 件').map((q) => q.value)).toEqual([120]);
    expect(parseQuantities('第1 2件').map((q) => q.value)).toEqual([2]);
    expect(parseQuantities('2 0 2 3 年共3件').map((q) => q.value)).toEqual([3]);
  });
});

describe('a street report citing its district', () => {
  const text = '年内区政府召开常务会议专题研究法治政府建设6次,街道党工委会议专题研究法治建设工作4次。';
  it('does not take the district clauses as the street’s facts', () => {
    expect(facts(text, 'achieved', 'street')).toEqual(['committee_rule_of_law_meetings=4']);
    expect(facts('区级共有行政执法人员1800余名,街道持证执法人员23名。', 'achieved', 'street')).toEqual(['enforcement_officers=23']);
    expect(facts('全区行政机关负责人出庭应诉率达到100%。', 'achieved', 'township')).toEqual([]);
  });
  it('keeps them in a district report (not the streets’ own meetings), and keeps a street clause that only mentions the district', () => {
    expect(facts(text, 'achieved', 'district')).toEqual(['committee_rule_of_law_meetings=6']);
    expect(facts('组织干部参加区里统一组织的网上学法考试,考试合格率100%。', 'achieved', 'street')).toEqual(['leader_law_exam_pass_rate=100']);
  });
});

describe('分别 after a list of bodies', () => {
  it('gives every number the one cue after 分别', () => {
    expect(facts('市委常委会会议、市政府常务会议分别专题研究法治政府建设工作3次和5次。')).toEqual([
      'committee_rule_of_law_meetings=3',
      'committee_rule_of_law_meetings=5',
    ]);
  });
  it('still pairs a list of cues with its numbers in order', () => {
    expect(facts('报备率、报备及时率分别为100%、98.5%。')).toEqual(['normative_doc_filing_rate=100', 'normative_doc_filing_timely_rate=98.5']);
  });
});

describe('sentence exclusions in run-on sentences', () => {
  it('look only near the cue when a sentence strings many clauses', () => {
    const runOn =
      '旗政府自觉接受监督,全年承办建议56件,全部按期办复,旗政府全年共收到行政复议申请19件,依法受理17件,审结15件,其中撤销2件,一审行政诉讼案件24件,无败诉案件,全年受理政府信息公开申请8件,全部按时答复,未发生因政府信息公开引发的行政复议。';
    expect(facts(runOn)).toEqual(expect.arrayContaining(['reconsideration_cases=17', 'reconsideration_closed=15']));
  });
  it('still apply to the whole of a short sentence', () => {
    expect(facts('受理因政府信息公开引发的行政复议申请3件。')).toEqual([]);
  });
});

describe('负责人全部出庭', () => {
  it('gives a rate of 100 and as many appearances as required cases', () => {
    expect(facts('一审行政诉讼案件24件,应出庭21件,旗政府及部门负责人全部出庭应诉。')).toEqual([
      'head_appearance_cases=21',
      'head_appearance_rate=100',
      'head_appearance_required=21',
      'litigation_cases=24',
    ]);
  });
  it('gives nothing when the count of required cases is missing, or when negated', () => {
    expect(facts('行政机关负责人全部出庭应诉。')).toEqual(['head_appearance_rate=100']);
    expect(facts('应出庭21件,负责人未全部出庭应诉。')).toEqual(['head_appearance_required=21']);
  });
});

describe('vocabulary', () => {
  it('counts meetings on 依法行政 and disputes 成功化解', () => {
    expect(facts('区政府常务会议全年专题研究依法行政工作4次。')).toEqual(['committee_rule_of_law_meetings=4']);
    expect(facts('共调解矛盾纠纷412件,成功化解406件。')).toContain('disputes_mediated=406');
    expect(facts('常务会议会前学习依法行政知识4次。')).toEqual([]);
  });
});

describe('unnumbered plan headings', () => {
  it('opens the plans at a bare line such as 2020年主要工作安排', () => {
    const text =
      '某旗人民政府2019年法治政府建设情况报告\n\n现将有关情况报告如下。\n\n存在的不足\n\n一是执法力量薄弱。\n\n2020年主要工作安排\n\n力争全旗公职律师达到10名。\n';
    expect(docFacts(text)).toContain('public_lawyers=10:plan');
  });
  it('does not open them at a sentence that only mentions an arrangement', () => {
    const text = '某旗人民政府2019年法治政府建设情况报告\n\n现将有关情况报告如下。\n\n一、主要工作\n\n按照全年工作安排,旗政府聘请法律顾问3名。\n';
    expect(docFacts(text)).toContain('legal_advisers=3:achieved');
  });
});

describe('counts of kinds that together are one subject', () => {
  it('adds 2名执业律师和1名教师 who all 担任法律顾问', () => {
    expect(facts('旗政府聘请2名执业律师和1名高校法学教师担任政府法律顾问。')).toContain('legal_advisers=3');
    expect(facts('聘请3名律师、2名专家担任法律顾问。')).toContain('legal_advisers=5');
  });
  it('does not add counts whose kinds are subjects of their own, or approximate ones', () => {
    expect(facts('审核12件合同和5件行政规范性文件。')).not.toContain('normative_docs_reviewed=17');
    expect(facts('聘请20余名律师和1名教师担任法律顾问。')).not.toContain('legal_advisers=21');
  });
  it('reads the sum alone, quoted from its first part to its last and its kind', () => {
    const advisers = (text: string) =>
      extractFacts(docOf(text), lexicon)
        .filter((f) => f.id === 'legal_advisers')
        .map((f) => `${String(f.value)} ${f.evidence.text}`);
    expect(advisers('区政府法律顾问团由4名律师与3名法学教授组成。')).toEqual(['7 政府法律顾问团由4名律师与3名法学教授']);
    expect(advisers('法律顾问团由2名律师和2名教授组成。')).toEqual(['4 法律顾问团由2名律师和2名教授']);
    expect(advisers('县政府聘请律师2名与法制办3名工作人员组成法律顾问室。')).toEqual(['5 2名与法制办3名工作人员组成法律顾问']);
    expect(advisers('由5名律师和1名教授组成的法律顾问团列席常务会议。')).toEqual(['6 5名律师和1名教授组成的法律顾问']);
    expect(advisers('镇政府选聘4名执业律师和2名退休法官担任法律顾问。')).toEqual(['6 4名执业律师和2名退休法官担任法律顾问']);
  });
});
