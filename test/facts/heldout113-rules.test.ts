/**
 * The general rules added after the blind measurement of test/fixtures/heldout113 (leaders' 述法 and 述职 reports in the
 * first person), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { quotedValuesOf, readQuoted } from './helpers.js';

const lexicon = await loadLexicon();
const values = (text: string, id: string) => quotedValuesOf(lexicon, text, id);
const kindOf = (text: string) => readQuoted(lexicon, text).doc.kind;

const BODY = `一年来，本人坚持依法行政，推进法治政府建设，督促法律顾问参与合法性审查，支持行政复议和行政应诉工作，抓好普法宣传。
一、学法用法情况
全年参加政府常务会议会前学法9次，行政执法人员培训覆盖率100%。
二、存在的不足
依法行政能力还不够强。`;

describe('a leader’s paper on his own duties is another kind than the year’s report', () => {
  it('a deputy head’s report on the fields in his charge, however its title words them', () => {
    expect(kindOf(`澄溪区人民政府副区长2024年度分管领域法治建设工作情况报告\n${BODY}\n`)).toBe('other');
    expect(kindOf(`关于履行分管工作法治建设职责情况的报告\n${BODY}\n`)).toBe('other');
    expect(kindOf(`岚港市副市长2023年分管部门法治建设情况报告\n${BODY}\n`)).toBe('other');
  });

  it('a head’s duties without the word 第一责任人, and a 述职述廉报告', () => {
    expect(kindOf(`枫亭县县长2025年度履行法治建设职责情况报告\n${BODY}\n`)).toBe('other');
    expect(kindOf(`澄溪区应急管理局局长2024年度述职述廉报告\n${BODY}\n`)).toBe('other');
  });

  it('but not the year’s report that names the fields in charge in its text, or joins them by 暨', () => {
    const report = `澄溪区2024年度法治政府建设情况报告
2024年，区政府坚持依法行政，推进法治政府建设，各副区长督促分管领域法治建设，区长开展年度述职。
一、主要成效
法律顾问参与合法性审查，做好行政复议和普法工作，全年政府常务会议会前学法9次。
二、存在的不足
个别街道法制审核力量不足。
`;
    expect(kindOf(report)).toBe('annual_report');
    expect(kindOf(report.replace('情况报告', '情况暨分管领域法治建设情况报告'))).toBe('annual_report');
  });
});

describe('a head in court in a paper of his own', () => {
  it('本人 or 我 in the body’s single suit is the head appearing in it', () => {
    expect(values('以县政府为被告的一审行政诉讼案件1起，本人亲自出庭应诉，案件已审结。', 'head_appearance_cases')).toEqual([1]);
    expect(values('全年本乡被诉行政案件一件，我出庭应诉并作陈述。', 'head_appearance_cases')).toEqual([1]);
  });

  it('not in eleven suits, nor the body’s lawyer', () => {
    expect(values('以区政府为被告的行政诉讼案件11件，本人出庭应诉。', 'head_appearance_cases')).toEqual([]);
    expect(values('全年行政诉讼案件1件，我局委托律师出庭应诉。', 'head_appearance_cases')).toEqual([]);
  });
});

describe('a 述法 paper’s own lines say no 述法 was done', () => {
  const paper = (extra: string) => `澜石县石埠乡乡长2023年度述法报告
（2024年1月16日在全县乡镇党政主要负责人述法会议上）
根据县委依法治县办关于做好2023年度领导干部述法工作的通知，现将本人履行推进法治建设第一责任人职责情况报告如下。
一、个人学法用法情况
本人坚持依法行政，推进法治政府建设，主持乡党政联席会议会前学法6次，法律顾问参与合法性审查，做好行政复议和普法工作。${extra}
二、存在的问题
学法的系统性还不够。
述法人：澜石县石埠乡乡长\u3000钟远山
`;

  it('its title, the meeting it is read at, the notice it answers and its signature', () => {
    expect(values(paper(''), 'shufa_coverage')).toEqual([]);
  });

  it('but a 述法 the paper tells of is read, and one said at such a meeting', () => {
    expect(values(paper('全乡11个村党组织书记全部向乡党委述法。'), 'shufa_coverage')).toEqual([true]);
    expect(values('各街道党工委书记在全区述法评议会上现场述法。', 'shufa_coverage')).toEqual([true]);
    expect(values('按照市委关于开展述法工作的通知要求，全区15个部门主要负责人均在年终述职中同步述法。', 'shufa_coverage')).toEqual([true]);
  });
});

describe('a department’s people at its government’s lectures', () => {
  const bureau = (line: string) => `枫亭县市场监督管理局局长2024年度述职述廉述法报告
一年来，本人带领全局坚持依法行政，推进法治政府建设，法律顾问参与合法性审查，做好行政复议和普法工作。
一、述法
${line}
二、存在的不足
执法人员法律素养有待提高。
`;

  it('are not the department’s: a lecture the county government or committee held, a course of its party school', () => {
    expect(values(bureau('本人和局班子成员参加县委组织的法治专题讲座3期，学法考试成绩92分。'), 'law_lectures')).toEqual([]);
    expect(values(bureau('全局中层干部参加县委党校依法行政专题轮训班2期。'), 'law_lectures')).toEqual([]);
  });

  it('but its own lectures are, whoever taught them', () => {
    expect(values(bureau('局党组邀请县法院法官举办法治专题讲座4期，干部职工260人次参加。'), 'law_lectures')).toEqual([4]);
  });

  it('and a legal office holds such lectures for its government', () => {
    const office = `枫亭县司法局2024年度法治政府建设工作报告
2024年，我局坚持依法行政，推进法治政府建设，法律顾问参与合法性审查，做好行政复议和普法工作。
一、主要成效
组织县直部门负责人参加县政府举办的法治专题讲座5期。
二、存在的不足
个别部门学法不够深入。
`;
    expect(values(office, 'law_lectures')).toEqual([5]);
  });
});
