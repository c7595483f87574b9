/**
 * The general rules added after the blind measurement of test/fixtures/heldout68 (the 行政执法 chapter in depth:
 * its 三项制度, subjects, certificates, training and the bureau's oversight report), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, sectionStatuses, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);
const section = (body: string) => sectionStatuses(lexicon, '石桥区2024年法治政府建设情况报告', body);

describe('a bureau’s report on the year’s enforcement and its oversight alone', () => {
  const oversight = (title: string) => `${title}

区人民政府:

一年来,我局组织执法案卷评查两轮,督促各执法单位落实三项制度,推进依法行政,法律顾问参与合法性审查,复议纠错案件逐件通报。现将有关情况报告如下。
`;

  it('is a paper of kind other', async () => {
    const { doc } = await read(oversight('石桥区司法局关于2024年度全区行政执法监督工作情况的报告'), 'shiqiao.txt');
    expect(doc.kind).toBe('other');
  });

  it('so is a summary of the year’s enforcement work', async () => {
    const { doc } = await read(oversight('石桥区2024年行政执法工作总结'), 'shiqiao.txt');
    expect(doc.kind).toBe('other');
  });

  it('unlike the year’s report joined to it by 暨, or a bureau of enforcement reporting its year', async () => {
    const joined = await read(oversight('石桥区2024年度法治政府建设暨行政执法监督工作情况报告'), 'shiqiao.txt');
    expect(joined.doc.kind).toBe('annual_report');
    const bureau = await read(oversight('石桥区综合行政执法局关于2024年度工作情况的报告'), 'shiqiao.txt');
    expect(bureau.doc.kind).toBe('annual_report');
  });
});

describe('a bare rate after a count of something the rate excludes', () => {
  it('is not the government’s 合法性审查率 when the count before is of enforcement decisions', async () => {
    const facts = await section('各执法单位对重大执法决定开展法制审核230件,审核率100%,提出修改意见19条。');
    expect(statusesWithId(facts, 'legality_review_rate')).toEqual([]);
  });

  it('but is when the count before is of contracts', async () => {
    const facts = await section('司法局审查区政府签订的合同、协议84份,审查率100%。');
    expect(statusesWithId(facts, 'legality_review_rate')).toEqual(['legality_review_rate=100:achieved']);
  });

  it('and a rate naming its own subject after such a count is still read', async () => {
    const facts = await section('对重大执法决定开展法制审核230件,区政府重大行政决策合法性审查率100%。');
    expect(statusesWithId(facts, 'legality_review_rate')).toEqual(['legality_review_rate=100:achieved']);
  });
});

describe('enforcement subjects struck off the list', () => {
  it('are not the year’s subjects; those kept are', async () => {
    const facts = await section('逐一核对各单位执法依据,撤销不再具备执法资格的主体4个,清理后保留行政执法主体61个。');
    expect(statusesWithId(facts, 'enforcement_subjects')).toEqual(['enforcement_subjects=61:achieved']);
  });

  it('nor are those no longer holding the status, however counted', async () => {
    const facts = await section('经复核,不再具有行政执法资格的主体共3个。');
    expect(statusesWithId(facts, 'enforcement_subjects')).toEqual([]);
  });
});

describe('training hours of all the officers added up', () => {
  it('are no hours per person; the per-person figure beside them is', async () => {
    const facts = await section('全区参训执法人员860人,合计完成培训约5.1万学时,人均完成59学时。');
    expect(statusesWithId(facts, 'enforcement_training_hours')).toEqual(['enforcement_training_hours=59:achieved']);
  });

  it('nor is a total counted in 万 without a word for the sum', async () => {
    const facts = await section('全区执法人员完成网络培训3.4万学时。');
    expect(statusesWithId(facts, 'enforcement_training_hours')).toEqual([]);
  });
});

describe('a 专题报告 the government makes to a body', () => {
  it('is no lecture it held', async () => {
    const facts = await section('区政府主动接受监督,年内向区人大常委会专题报告法治政府建设和优化营商环境工作情况各1次。');
    expect(statusesWithId(facts, 'law_lectures')).toEqual([]);
  });

  it('unlike a lecture given to its officials', async () => {
    const facts = await section('邀请高校教授为区政府组成人员作法治政府建设专题报告1次。');
    expect(statusesWithId(facts, 'law_lectures')).toEqual(['law_lectures=1:achieved']);
  });
});

describe('the legal review staff a plan says the units are to be given', () => {
  it('is read after 配备, beside a target of training hours in the same sentence', async () => {
    const { facts } = await read(
      `石桥区2024年法治政府建设情况报告
一、主要工作
全区各执法单位配备法制审核人员47名。
二、2025年工作打算
加强执法队伍建设,执法人员每人每年培训不少于60学时,全区法制审核人员配备不少于60名。
`,
      'shiqiao.txt',
    );
    expect(statusesWithId(facts, 'legal_review_staff')).toEqual(['legal_review_staff=47:achieved', 'legal_review_staff=60:plan']);
    expect(statusesWithId(facts, 'enforcement_training_hours')).toEqual(['enforcement_training_hours=60:plan']);
  });
});

describe('the units’ inspection plans', () => {
  it('filed with the bureau give no filing rate of documents', async () => {
    const facts = await section('推行涉企检查计划统一备案,各执法单位检查计划备案率为93%。');
    expect(statusesWithId(facts, 'normative_doc_filing_rate')).toEqual([]);
  });

  it('named as a thing (检查计划) make nothing after them a plan', async () => {
    const facts = await section('各执法单位按照年初报送的检查计划开展执法,全年组织执法人员培训860人次。');
    expect(statusesWithId(facts, 'enforcement_training_participants')).toEqual(['enforcement_training_participants=860:achieved']);
  });
});
