/**
 * Report paragraphs written in the style of other provinces (wording unlike the seeds), with the
 * facts a careful reader finds in them.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { docOf } from './helpers.js';

const lexicon = await loadLexicon();
const found = (text: string) =>
  extractFacts(docOf(text), lexicon)
    .filter((f) => f.status === 'achieved')
    .map((f) => `${f.id}=${String(f.value)}`);

describe('paragraphs in other wordings', () => {
  it('enforcement, city style', () => {
    const text =
      '全市共有行政执法单位48个,行政执法主体256个,持有执法证件人员3450名。为一线执法人员配发执法记录仪1120台。' +
      '全年组织行政执法人员培训班15期,累计培训执法人员2600余人次,人均培训学时达62学时。法制审核机构配备专职法制审核人员96名。';
    expect(found(text).sort()).toEqual(
      [
        'enforcement_subjects=256',
        'enforcement_officers=3450',
        'body_cameras=1120',
        'enforcement_training_hours=62',
        'enforcement_training_participants=2600', // 培训执法人员2600余人次: trainees counted per session
        'legal_review_staff=96',
      ].sort(),
    );
  });

  it('reconsideration and litigation, with a derived rate', () => {
    const text =
      '全年共收到行政复议申请1,024件,受理926件,审结884件,综合纠错率18.6%。' +
      '全市法院审结以市县两级政府及其部门为被告的一审行政诉讼案件412件,行政机关败诉27件,负责人应出庭应诉412件,实际出庭应诉396件。' +
      '人民调解组织共排查化解矛盾纠纷3.2万件,调解成功率达98.7%。';
    const facts = found(text);
    expect(facts).toEqual(
      expect.arrayContaining([
        'reconsideration_cases=926',
        'reconsideration_closed=884',
        'reconsideration_correction_rate=18.6',
        'litigation_cases=412',
        'litigation_lost_cases=27',
        'head_appearance_required=412',
        'head_appearance_cases=396',
        'head_appearance_rate=96.12',
        'disputes_mediated=32000',
      ]),
    );
    // the 1,024 received give way to the 926 accepted (gross-figures)
    expect(facts).toHaveLength(9);
  });

  it("leaders' study, meetings, proposals and disclosure", () => {
    const text =
      '市政府常务会议全年开展会前学法12次,市委理论学习中心组专题学习法律法规4次。举办领导干部法治专题培训班3期、法治讲座6场。' +
      '组织全市1.2万名国家工作人员参加学法考试,参考率100%,合格率99.8%。市委常委会会议先后4次专题听取法治政府建设工作汇报。' +
      '全年共受理政府信息公开申请1836件。办理市人大代表建议285件、市政协提案341件,按期办结率、代表委员满意率分别达100%、98%。';
    expect(found(text).sort()).toEqual(
      [
        'exec_meeting_law_study=12',
        'law_lectures=3',
        'law_lectures=6',
        'leader_law_exam_pass_rate=99.8',
        'committee_rule_of_law_meetings=4',
        'disclosure_requests=1836',
        'proposals_handled=285',
        'proposals_handled=341',
        'proposals_completion_rate=100',
        'proposals_satisfaction_rate=98',
      ].sort(),
    );
  });
});
