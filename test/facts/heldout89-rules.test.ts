/**
 * The general rules added after the blind measurement of test/fixtures/heldout89 (the same facts in other words:
 * synonyms, passives, plain and literary speech), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { quotedValuesOf, readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();
const values = (text: string, id: string) => quotedValuesOf(lexicon, text, id);

describe('the subjects in other words', () => {
  it('a panel of advisers named otherwise', () => {
    expect(values('区政府“律师顾问团”现有成员十人,来自4家律所。', 'legal_advisers')).toEqual([10]);
    expect(values('镇政府法律专家库目前入库成员8人。', 'legal_advisers')).toEqual([8]);
    expect(values('市政府的法律事务由5名律师组成的顾问团负责。', 'legal_advisers')).toEqual([5]);
    expect(values('街道聘了3位执业律师当“法律参谋”。', 'legal_advisers')).toEqual([3]);
  });

  it('but not a company’s panel', () => {
    expect(values('市交投公司律师顾问团现有成员6人。', 'legal_advisers')).toEqual([]);
  });

  it('the holders of a certificate, and a corps grown to a size', () => {
    expect(values('县直单位持有公职律师证的同志四十一名。', 'public_lawyers')).toEqual([41]);
    expect(values('全区公职律师队伍扩至一百二十人。', 'public_lawyers')).toEqual([120]);
    expect(values('镇综合执法队现有持证队员23名。', 'enforcement_officers')).toEqual([23]);
    expect(values('全区共有860名同志取得执法资格。', 'enforcement_officers')).toEqual([860]);
    expect(values('为各执法中队配备执法记录设备96台。', 'body_cameras')).toEqual([96]);
    expect(values('各部门专司法制审核者合计五十人。', 'legal_review_staff')).toEqual([50]);
    expect(values('被纳入全县执法主体清单的单位为41个。', 'enforcement_subjects')).toEqual([41]);
  });

  it('the suits said plainly or in the literary register', () => {
    expect(values('县政府当被告的官司共9件,其中输了1件。', 'litigation_cases')).toEqual([9]);
    expect(values('县政府当被告的官司共9件,其中输了1件。', 'litigation_lost_cases')).toEqual([1]);
    expect(values('全区行政机关的涉诉案件共有57件。', 'litigation_cases')).toEqual([57]);
    expect(values('以区政府为被告之案件十九件,败诉者二件。', 'litigation_lost_cases')).toEqual([2]);
    expect(values('乡政府当被告的官司只有1起,官司没有输。', 'litigation_lost_cases')).toEqual([0]);
  });

  it('but not a civil case lost', () => {
    expect(values('县城投公司在两起民事纠纷中输了1起。', 'litigation_lost_cases')).toEqual([]);
  });

  it('the head said plainly: 一把手, in the defendant’s seat', () => {
    const text = '应由单位一把手出庭的案件14件,一把手全部坐上了被告席。';
    expect(values(text, 'head_appearance_required')).toEqual([14]);
    expect(values(text, 'head_appearance_cases')).toEqual([14]);
  });

  it('the requests for information named by what they ask, and answered plainly', () => {
    const text = '群众申请查阅政府信息的申请书共收到21份,均在法定期限内作了答复。';
    expect(values(text, 'disclosure_requests')).toEqual([21]);
    expect(values(text, 'disclosure_requests_closed')).toEqual([21]);
    expect(values('街道全年收到信息公开申请7件,都按时答复了。', 'disclosure_requests_closed')).toEqual([7]);
  });

  it('a review of meeting topics in other words (合规性审查, 审查覆盖率)', () => {
    expect(values('提交县政府会议的议题一律先做合规性审查,上会议题审查覆盖率100%。', 'legality_review_rate')).toEqual([100]);
  });
});

describe('the verbs in other words', () => {
  it('a contract review called a check-up', () => {
    expect(values('县政府签的协议先送法律顾问“体检”,全年“体检”合同33份。', 'contracts_reviewed')).toEqual([33]);
  });

  it('cases closed by a decision, and the share corrected with no whole named', () => {
    expect(values('县政府收到复议申请40件,当年作出决定的为37件。', 'reconsideration_closed')).toEqual([37]);
    expect(values('全年审结复议案件30件,经复议被纠错的占10%。', 'reconsideration_correction_rate')).toEqual([10]);
  });

  it('those trained in the literary register, and certified officers trained per session', () => {
    expect(values('全县持证执法人员700人,接受轮训者达760人次。', 'enforcement_training_participants')).toEqual([760]);
    expect(values('全年分四批培训持证执法队员900人次。', 'enforcement_training_participants')).toEqual([900]);
  });

  it('a meeting that put the rule of law on its agenda', () => {
    expect(values('市委常委会会议先后2次把法治政府建设摆上议程。', 'committee_rule_of_law_meetings')).toEqual([2]);
  });

  it('the report made public, 的 between its year and its name', () => {
    expect(values('2023年度的法治政府建设报告已于3月通过镇政府网站向社会公开。', 'annual_report_published')).toEqual([true]);
  });
});

describe('a question answered by a figure alone', () => {
  const report = (lines: string) => `榆湾区人民政府2023年法治政府建设年度报告\n一、主要工作\n${lines}\n`;
  const statuses = async (lines: string, id: string) => statusesWithId((await readFileQuoted(lexicon, report(lines), 'yu.txt')).facts, id);

  it('gives the figure to what the question names', async () => {
    expect(await statuses('区政府这一年收了多少复议申请？64件，比上年多5件。', 'reconsideration_cases')).toEqual(['reconsideration_cases=64:achieved']);
    expect(await statuses('区政府开常务会先学法，全年学了几次？9次。', 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=9:achieved']);
    // the interrogative between the subject and the answer's figure
    expect(await statuses('区政府当被告的官司有几起？3起，都没有输。', 'litigation_cases')).toEqual(['litigation_cases=3:achieved']);
  });

  it('but not when the answer goes on in words before its figure, nor a question answered in words', async () => {
    // the answer's own sentence names nothing: the question lends it no subject (kept narrow)
    expect(await statuses('区政府这一年收了多少复议申请？全年一共64件。', 'reconsideration_cases')).toEqual([]);
    expect(await statuses('复议工作做得怎么样？总体平稳，收到复议申请64件。', 'reconsideration_cases')).toEqual(['reconsideration_cases=64:achieved']);
    expect(await statuses('问题出在哪里？在于基层复议力量不足。', 'reconsideration_cases')).toEqual([]);
  });
});

describe('the traps stay traps', () => {
  it('a witness in court is no head appearing for the body', () => {
    expect(values('区教育局一名干部在一起刑事案件中作为证人出庭作证1次。', 'head_appearance_cases')).toEqual([]);
    expect(values('街道一名干部在民事纠纷中以证人身份出庭2次。', 'head_appearance_cases')).toEqual([]);
  });

  it('a company’s own contracts are no government’s', () => {
    expect(values('律师对企业自身的采购合同进行法律审查50份。', 'contracts_reviewed')).toEqual([]);
    expect(values('律所为本地企业开展的合同审查达80份。', 'contracts_reviewed')).toEqual([]);
    expect(values('对县政府与企业签订的合作协议进行合法性审查19份。', 'contracts_reviewed')).toEqual([19]);
  });

  it('in a report: the witness and the companies’ contracts beside the year’s own figures', async () => {
    const text = [
      '槐坪县人民政府2024年法治政府建设情况报告',
      '一、主要成效',
      '全年审查县政府合同56份。县工商联组织律师对企业自身的购销合同进行法律审查70份。',
      '应出庭的行政诉讼案件12件,县长和部门负责人均出庭应诉。县农业农村局一名干部在一起刑事案件中作为证人出庭1次。',
      '',
    ].join('\n');
    const { facts } = await readFileQuoted(lexicon, text, 'huai.txt');
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=56:achieved']);
    expect(statusesWithId(facts, 'head_appearance_cases')).toEqual(['head_appearance_cases=12:achieved']);
  });
});
