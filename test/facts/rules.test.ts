/** General rules found with the held-out reports, on made-up sentences unlike the fixtures. */
import { describe, expect, it } from 'vitest';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { docOf, statusesOf } from './helpers.js';

const lexicon = await loadLexicon();
const facts = (text: string) => statusesOf(extractFacts(docOf(text), lexicon));

describe('general extraction rules', () => {
  it('拟提拔/拟任/拟提任, 拟…的, 拟发文件 and 对拟… are noun modifiers, not plans', () => {
    expect(facts('对56名拟提任的处级干部开展任前法律知识考试,考试合格率100%。')).toContain('leader_law_exam_pass_rate=100:achieved');
    expect(facts('组织拟任用干部参加任前考法,合格率98%。')).toContain('leader_law_exam_pass_rate=98:achieved');
    expect(facts('对拟提交市政府常务会议审议的议题和拟签订的合同开展合法性审查,审查合同51份。')).toContain('contracts_reviewed=51:achieved');
    expect(facts('拟以市政府名义印发的规范性文件都经过前置审核,全年审核13件。')).toContain('normative_docs_reviewed=13:achieved');
    expect(facts('拟于明年举办法治专题讲座3期。')).toContain('law_lectures=3:plan');
    expect(facts('明年拟对全部行政协议开展合法性审查,审查合同不少于60份。')).toContain('contracts_reviewed=60:plan');
  });

  it('a clause without a subject continues the previous one only for a verb or a total', () => {
    expect(facts('组织对市政府规范性文件开展清理,共清理62件。')).toContain('normative_docs_cleaned=62:achieved');
    // (what was bought is a part of the total after it: rules/passes.yaml increment)
    expect(facts('新购置执法记录仪40台,累计配备210台。')).toEqual(['body_cameras=210:achieved']);
    // a part, a list that ends in 等, a number followed by a new subject
    expect(facts('审结复议案件90件,其中纠错12件。')).not.toContain('reconsideration_closed=12:achieved');
    expect(facts('对议题、文件和合同等事项进行合法性审查,共审查300件。')).toEqual([]);
    expect(facts('坚持旁听庭审制度,全年共有40名新任干部参加考试。')).toEqual([]);
  });

  it('reads the value after a change and ignores list mates and 无一', () => {
    expect(facts('将法治建设纳入绩效考核,分值权重由6%提升至9%。')).toEqual(['rule_of_law_performance_weight=9:achieved']);
    expect(facts('规范性文件前置审核率、报备率均为100%。')).toEqual(
      expect.arrayContaining(['normative_doc_review_rate=100:achieved', 'normative_doc_filing_rate=100:achieved']),
    );
    expect(facts('全年无一起行政诉讼败诉。')).toEqual(['litigation_lost_cases=0:achieved']);
  });

  it('counts decision items only in a clause about decisions, and closed cases named after the verb', () => {
    expect(facts('围绕重大决策部署,梳理政务服务事项860项。')).toEqual([]);
    expect(facts('全年作出重大行政决策4项。')).toContain('major_decision_items=4:achieved');
    expect(facts('审结行政复议案件77件。')).toContain('reconsideration_closed=77:achieved');
  });

  it('counts trainees in 人次 and reviews of signed contracts', () => {
    expect(facts('举办执法业务培训,参训执法人员860人次。')).toContain('enforcement_training_participants=860:achieved');
    expect(facts('审查以区政府名义签订的各类协议41份。')).toContain('contracts_reviewed=41:achieved');
    expect(facts('印发规范性文件9件,全部经过合法性审核。')).toContain('normative_docs_reviewed=9:achieved');
  });
});
