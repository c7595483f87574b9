/**
 * The general rules added after the blind measurement of test/fixtures/heldout85 (figures in lists and tables with
 * placeholders and gaps), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { paragraphStatuses, quotedValuesOf, readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();
const values = (text: string, id: string) => quotedValuesOf(lexicon, text, id);
const county = paragraphStatuses(lexicon, '桦溪县人民政府关于2024年度法治政府建设情况的报告');

describe('a member of a 分别 list that gives no figure still holds its place', () => {
  it('a dash last: the figures pair with the first items', () => {
    const text = '区政府规范性文件报备率、报备及时率、备案规范率分别为100%、98%、—。';
    expect(values(text, 'normative_doc_filing_rate')).toEqual([100]);
    expect(values(text, 'normative_doc_filing_timely_rate')).toEqual([98]);
    expect(values(text, 'normative_doc_filing_standard_rate')).toEqual([]);
  });

  it('a dash in the middle, of any length', () => {
    const text = '全年对区政府规范性文件、政府合同、其他涉法事务开展合法性审查依次为12件、——、40件。';
    expect(values(text, 'normative_docs_reviewed')).toEqual([12]);
    expect(values(text, 'contracts_reviewed')).toEqual([]);
  });

  it('a placeholder first (a slash), then the figure of the second item', () => {
    expect(values('全镇排查、调解矛盾纠纷分别为/、318件,调解成功率97%。', 'disputes_mediated')).toEqual([318]);
  });

  it('暂无 or 未统计 in place of a rate: the rate before it is the first item’s', () => {
    const text = '代表建议和政协提案的办复率、满意率分别为100%、暂无,满意度回访仍在进行。';
    expect(values(text, 'proposals_completion_rate')).toEqual([100]);
    expect(values(text, 'proposals_satisfaction_rate')).toEqual([]);
    expect(values('干部学法考试的参考率、合格率依次为99%、未统计。', 'leader_law_exam_pass_rate')).toEqual([]);
  });

  it('a range as a member (30—35名) holds a place and is no figure', () => {
    const text = '全区行政执法主体、持证执法人员、法制审核人员依次为51个、约1,200名、30—35名。';
    expect(values(text, 'enforcement_subjects')).toEqual([51]);
    expect(values(text, 'enforcement_officers')).toEqual([1200]);
    expect(values(text, 'legal_review_staff')).toEqual([]);
  });

  it('the figure of an item whose fact is named only by the words of the list goes to the frames or the clause before', () => {
    expect(values('全区举办领导干部法治专题讲座、法治培训班依次为5期、——。', 'law_lectures')).toEqual([5]);
    expect(values('对现行有效的规范性文件进行全面清理,废止、修改、宣布失效分别为7件、2件、—。', 'normative_docs_cleaned')).toContain(7);
  });

  it('a placeholder in a plan: the target before it is the first item’s', async () => {
    const text =
      '桦溪县人民政府2024年法治政府建设情况报告\n一、主要成效\n全年受理行政复议申请90件。\n二、2025年工作打算\n行政复议综合纠错率、败诉率分别控制在12%、—以内。\n';
    const { facts } = await readFileQuoted(lexicon, text, 'hx.txt');
    expect(statusesWithId(facts, 'reconsideration_correction_rate')).toEqual(['reconsideration_correction_rate=12:plan']);
  });

  it('but a placeholder word after a clause break is no member (,无一超期), and lists without one pair as before', () => {
    expect(values('代表建议、政协提案分别为56件、71件,无一超期。', 'proposals_handled')).toEqual([56, 71]);
    expect(values('行政复议收案、审结分别为186件、158件。', 'reconsideration_closed')).toEqual([158]);
  });
});

describe('a list item is not cut inside a cue (报备及时率 holds 及)', () => {
  it('pairs three rates with three items', () => {
    const text = '县政府规范性文件报备率、报备及时率、备案规范率分别为100%、96%、95%。';
    expect(values(text, 'normative_doc_filing_rate')).toEqual([100]);
    expect(values(text, 'normative_doc_filing_timely_rate')).toEqual([96]);
    expect(values(text, 'normative_doc_filing_standard_rate')).toEqual([95]);
  });
});

describe('a list of who, its last item going on past a verb to what they did', () => {
  it('gives each its figure, a dash none', () => {
    const facts = county('县委常委会会议、县政府常务会议专题研究法治政府建设工作分别为3次、—。');
    expect(statusesWithId(facts, 'committee_rule_of_law_meetings')).toEqual(['committee_rule_of_law_meetings=3:achieved']);
  });

  it('but a list of rates whose last item is no verb’s object shares nothing', () => {
    expect(values('全县干部学法考试的参考率、合格率分别为98.6%、—。', 'leader_law_exam_pass_rate')).toEqual([]);
  });
});

describe('the body itself beside a count of its units (县政府本级和12个乡镇)', () => {
  it('gives the body its own number only', async () => {
    const text = '桦溪县人民政府2024年法治政府建设情况报告\n一、主要成效\n县政府本级和14个乡镇分别聘请法律顾问5名、16名。\n';
    const { facts } = await readFileQuoted(lexicon, text, 'hx.txt');
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=5:achieved']);
  });

  it('whatever the units are called (8个街道(镇))', async () => {
    const text = '柘塘区人民政府2024年法治政府建设情况报告\n一、主要成效\n区政府本级和8个街道(镇)分别聘请法律顾问7名、18名。\n';
    const { facts } = await readFileQuoted(lexicon, text, 'zt.txt');
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=7:achieved']);
  });
});

describe('a review rate of 重大事项 or 涉法事项 is no rate of documents', () => {
  it('after a count of documents reviewed', () => {
    const text = '全年审查县政府规范性文件15件,县政府重大事项合法性审查率100%。';
    expect(values(text, 'legality_review_rate')).toEqual([100]);
    expect(values(text, 'normative_doc_review_rate')).toEqual([]);
  });

  it('but documents still have their own rate', () => {
    expect(values('全年审查县政府规范性文件15件,合法性审查率100%。', 'normative_doc_review_rate')).toEqual([100]);
  });
});

describe('none to report (暂无, 无纳入…的事项)', () => {
  it('no published catalogue when none was put in it', () => {
    expect(county('本年度镇政府无纳入重大行政决策事项目录的事项。')).not.toContain('major_decision_catalogue_published=true:achieved');
    expect(county('制定并公布年度重大行政决策事项目录,纳入事项5项。')).toContain('major_decision_catalogue_published=true:achieved');
  });
});

describe('people put forward to apply for a post are none holding it', () => {
  it('推荐…参加公职律师申报', () => {
    expect(values('县交通运输局已推荐2名干部参加公职律师申报。', 'public_lawyers')).toEqual([]);
    expect(values('县交通运输局配备公职律师2名。', 'public_lawyers')).toEqual([2]);
  });
});
