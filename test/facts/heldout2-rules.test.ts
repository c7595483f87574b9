/**
 * The general rules added after the blind measurement of test/fixtures/heldout2: flattened
 * tables, 分别 over a list whose items are not all ours, clauses that only state what a value
 * reached, lists of predicates (废止7件、修改3件), and a few vocabulary gaps.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { sourceOf } from '../document/helpers.js';
import { docOf } from './helpers.js';

const lexicon = await loadLexicon();
const facts = (text: string, status = 'achieved') =>
  extractFacts(docOf(text), lexicon)
    .filter((f) => f.status === status)
    .map((f) => `${f.id}=${String(f.value)}`)
    .sort();

describe('flattened tables', () => {
  it('binds a label to the value in the next cell, and a note cell on its own', () => {
    expect(facts('行政应诉案件 | 124件 | 败诉6件')).toEqual(['litigation_cases=124', 'litigation_lost_cases=6']);
    expect(facts('行政复议案件 | 86件 | 办结79件')).toEqual(['reconsideration_cases=86', 'reconsideration_closed=79']);
    expect(facts('持证行政执法人员 | 1,037人')).toEqual(['enforcement_officers=1037']);
  });

  it('keeps every row a sentence of its own (rows are not wrapped lines)', () => {
    const text =
      '某县2022年法治政府建设年度报告\n\n一、2022年主要工作\n\n项目 | 数量 | 备注\n行政复议案件 | 86件 | 办结79件\n政府信息公开申请 | 203件 | 按期答复率100%\n';
    const doc = buildDocument(sourceOf(text));
    const found = extractFacts(doc, lexicon).map((f) => `${f.id}=${String(f.value)}`);
    expect(found).toContain('reconsideration_closed=79');
    expect(found).toContain('disclosure_requests=203');
    expect(found).not.toContain('disclosure_requests_closed=79');
  });
});

describe('分别 over a list with items of no fact', () => {
  it('pairs the numbers with the items in order and leaves the others unbound', () => {
    expect(facts('组织国家工作人员参加学法用法考试,参考率、合格率分别为百分之九十九点六和百分之百。')).toEqual(['leader_law_exam_pass_rate=100']);
    expect(facts('组织国家工作人员参加考试,参考率、合格率分别为98%、96%。')).toEqual(['leader_law_exam_pass_rate=96']);
  });
});

describe('a clause that only says what the value reached', () => {
  it('continues the subject of the clause before it; a change in percentage points is no value', () => {
    expect(facts('法治建设在绩效考核中的权重提高三个百分点,达到百分之十五。')).toEqual(['rule_of_law_performance_weight=15']);
  });
  it('does not continue across a clause with a subject of its own', () => {
    expect(facts('法治建设在绩效考核中的权重提高三个百分点,群众满意度达到96%。')).toEqual([]);
  });
});

describe('a list of predicates after the subject', () => {
  it('reads the first predicate with the verb of its entry, not the others', () => {
    expect(facts('开展规范性文件集中清理,废止七件、修改三件。')).toEqual(['normative_docs_cleaned=7']);
    expect(facts('开展规范性文件全面清理,废止23件、宣布失效4件。')).toEqual(['normative_docs_cleaned=23', 'normative_docs_cleaned=4']);
  });
});

describe('vocabulary', () => {
  it('事项 put into the decision catalogue', () => {
    expect(facts('公布2024年度重大行政决策事项目录,纳入事项3项。')).toContain('major_decision_items=3');
    expect(facts('将12个部门的事项纳入监管,纳入事项120项。')).toEqual([]);
  });
  it('人均完成N学时 is training hours done', () => {
    expect(facts('组织执法人员专题培训,累计培训3400余人次,人均完成40学时。')).toContain('enforcement_training_hours=40');
  });
  it('cases closed by mediation are a part of the closed cases', () => {
    expect(facts('区政府审结行政复议案件371件,通过调解、和解方式结案106件。')).toEqual(['reconsideration_closed=371']);
  });
  it('出庭N件 in a note on appearances; 应出庭 is not it', () => {
    expect(facts('负责人出庭应诉率 | 96.8% | 出庭120件')).toEqual(['head_appearance_cases=120', 'head_appearance_rate=96.8']);
  });
  it('plan wording between subject and number still binds (as a plan)', () => {
    expect(facts('持证执法人员力争达到1350名。')).toEqual([]);
    expect(facts('持证执法人员力争达到1350名。', 'plan')).toEqual(['enforcement_officers=1350']);
    expect(facts('计划于2023年6月底前将执法记录仪配备总数增加至500台。', 'plan')).toEqual(['body_cameras=500']);
  });
  it('审核意见N条 counts points raised, not opinions', () => {
    expect(facts('提出审核意见80余条均被采纳。')).toEqual([]);
  });
});
