/**
 * The general rules added after the blind measurement of test/fixtures/heldout110 (negation, zero and conditions), on
 * texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { quotedValuesOf, readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();
const values = (text: string, id: string) => quotedValuesOf(lexicon, text, id);

describe('a denial inside what an implied pattern skips', () => {
  it('denies the universal (尚未实现全覆盖, 还未实现全覆盖)', () => {
    expect(values('全县各乡镇党政主要负责人年终述法尚未实现全覆盖,已有18个乡镇开展。', 'shufa_coverage')).not.toContain(100);
    expect(values('村级法律顾问目前还未实现全覆盖。', 'legal_adviser_coverage_rate')).toEqual([]);
  });

  it('but the universal stated plainly stands', () => {
    expect(values('全县各乡镇党政主要负责人年终述法已实现全覆盖。', 'shufa_coverage')).toContain(100);
    expect(values('村级法律顾问今年实现全覆盖。', 'legal_adviser_coverage_rate')).toEqual([100]);
  });
});

describe('an exception limits the universal after it (除…外均…)', () => {
  it('gives no coverage of all the units', () => {
    expect(values('全镇11个村除新合并的1个村外均已聘请法律顾问。', 'legal_adviser_coverage_rate')).toEqual([]);
  });

  it('gives no completion rate of 100 beside the stated one', () => {
    expect(values('承办政协提案35件,除2件需跨部门协调外,其余均已办结,办复率94.3%。', 'proposals_completion_rate')).toEqual([94.3]);
  });

  it('gives no count of answered requests that is the whole (the whole less the exception: leftovers-s44)', () => {
    expect(values('收到政府信息公开申请26件,除1件申请人撤回外,都已按期答复。', 'disclosure_requests_closed')).toEqual([25]);
  });

  it('but 除…外,还… (besides) leaves the universal whole', () => {
    expect(values('全街道8个社区全部聘请了法律顾问,除此之外还组建了志愿律师团。', 'legal_adviser_coverage_rate')).toEqual([100]);
    expect(values('收到政府信息公开申请26件,全部按期答复,除答复外还主动公开了相关信息。', 'disclosure_requests_closed')).toEqual([26]);
  });
});

describe('not a single one (没有出现一份…, 未发生一起…)', () => {
  it('is no count of one', () => {
    expect(values('审查政府合同48份,没有出现一份合同未经审查即签订的情况。', 'contracts_reviewed')).toEqual([48]);
    expect(values('全年未发生一起行政诉讼败诉案件。', 'litigation_lost_cases')).toEqual([0]);
  });

  it('but one stated after the verb still counts', () => {
    expect(values('全年行政诉讼案件出现败诉一起。', 'litigation_lost_cases')).toEqual([1]);
  });
});

describe('a requirement stated as someone’s demand (省里要求…不少于…)', () => {
  const county = (body: string) => `柘岭县2024年度法治政府建设情况报告\n一、主要工作\n${body}\n二、存在的不足\n${'一是执法保障仍不均衡。'}\n`;
  const statuses = async (body: string, id: string) => statusesWithId((await readFileQuoted(lexicon, county(body), 'zl.txt')).facts, id);

  // (the superior's bound itself is a plan, the body's to meet: superior-level.ts, since leftovers-s44)
  it('is a plan of its own clause only: the achieved figure after it is the year’s', async () => {
    expect(await statuses('省里要求执法人员每人每年培训不少于60学时,全县执法人员人均培训52学时。', 'enforcement_training_hours')).toEqual([
      'enforcement_training_hours=60:plan',
      'enforcement_training_hours=52:achieved',
    ]);
  });

  it('with no per-period frame too', async () => {
    expect(await statuses('市里考核要求行政复议纠错率不低于15%,全县综合纠错率为18.2%。', 'reconsideration_correction_rate')).toEqual([
      'reconsideration_correction_rate=15:plan',
      'reconsideration_correction_rate=18.2:achieved',
    ]);
  });

  it('the body’s own demand of its units is a plan, as before', async () => {
    expect(await statuses('县政府要求各部门每年学法不少于4次。', 'exec_meeting_law_study')).toEqual([]);
    expect(await statuses('县政府常务会议要求全年会前学法不少于12次。', 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=12:plan']);
  });

  it('but a demand met (按要求完成不少于…) reports', async () => {
    expect(await statuses('全县执法人员均按要求完成培训不少于60学时。', 'enforcement_training_hours')).toEqual(['enforcement_training_hours=60:achieved']);
  });
});

describe('a duty not done (应当…而未…)', () => {
  const county = (body: string) => `柘岭县2024年度法治政府建设情况报告\n一、主要工作\n全年行政诉讼案件30件。\n二、存在的不足\n${body}\n`;

  it('states a failure, no intention: among the shortcomings it is a gap', async () => {
    const { facts } = await readFileQuoted(lexicon, county('个别部门应当报送合法性审查而未报送,有3份合同签订前未经审查。'), 'zl.txt');
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=3:gap']);
  });

  it('counts the failures, not the cases that required the head', () => {
    expect(values('应当由负责人出庭的案件20件,个别单位应当出庭而未出庭,共2件。', 'head_appearance_required')).toEqual([20]);
  });

  it('while a duty alone still names what is required', () => {
    expect(values('全年应当出庭的案件20件,负责人全部出庭。', 'head_appearance_required')).toEqual([20]);
  });
});

describe('a double negative means "all" (无一不…, 没有一件未经…, 无一缺席)', () => {
  it('无一不 over the units: full coverage', () => {
    expect(values('全县9个乡镇无一不聘请法律顾问。', 'legal_adviser_coverage_rate')).toEqual([100]);
  });

  it('没有一件未经…审核: every document reviewed', () => {
    expect(values('全年制定行政规范性文件7件,没有一件未经合法性审核即印发。', 'normative_doc_review_rate')).toEqual([100]);
  });

  it('the heads 无一缺席 in court: every required case', () => {
    expect(values('应当由负责人出庭的案件16件,负责人无一缺席。', 'head_appearance_cases')).toEqual([16]);
  });

  it('无一件逾期报备: every filing on time; 上述文件 names the documents of the sentence before', () => {
    const text = '区政府制定规范性文件5件。上述文件均在30日内报市政府备案,无一件逾期报备。';
    expect(values(text, 'normative_doc_filing_rate')).toEqual([100]);
    expect(values(text, 'normative_doc_filing_timely_rate')).toEqual([100]);
  });

  it('but a plain "none" is no "all", and 缺席 away from a court is no appearance', () => {
    expect(values('全县9个乡镇无一聘请法律顾问。', 'legal_adviser_coverage_rate')).toEqual([]);
    expect(values('全年制定行政规范性文件7件,有一件未经合法性审核即印发。', 'normative_doc_review_rate')).toEqual([]);
    expect(values('全年行政诉讼案件16件。县政府组织学法12次,各部门负责人无一缺席。', 'head_appearance_cases')).toEqual([]);
    expect(values('区政府制定规范性文件5件,有1件逾期报备。', 'normative_doc_filing_timely_rate')).toEqual([]);
  });
});
