/**
 * The general rules added after the blind measurement of test/fixtures/heldout57 (facts said in words, zeros and
 * comparisons), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { parseQuantities } from '../../src/facts/quantity.js';
import { readFileQuoted } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

describe('the amount of a change against another period', () => {
  it('is no figure of the year, where a frame or a cue would read it', async () => {
    const report = `青枫县人民政府2023年法治政府建设工作报告
一、主要成效
县政府常务会议会前学法的次数比去年多3次。
面向领导干部的法治专题讲座同比增加2期。
经法律顾问审查的政府合同数量较2022年增长26件。
镇长办公会议学法较上年度减少1次。
`;
    const { facts } = await read(report, 'qingfeng.txt');
    expect(facts.filter((f) => /^(exec_meeting_law_study|law_lectures|contracts_reviewed)=/.test(f))).toEqual([]);
  });

  it('leaves the year’s own figure said after it to be read', async () => {
    const report = `青枫县人民政府2023年法治政府建设工作报告
一、主要成效
县政府常务会议会前学法较上年增加4次,全年达到13次。
全县持证执法人员比上年增加41名,总数为1,206名。
全年审查政府合同96件,同比增长15%。
`;
    const { facts } = await read(report, 'qingfeng.txt');
    expect(facts).toEqual(
      expect.arrayContaining(['exec_meeting_law_study=13:achieved', 'enforcement_officers=1206:achieved', 'contracts_reviewed=96:achieved']),
    );
    expect(facts).not.toContain('exec_meeting_law_study=4:achieved');
    expect(facts).not.toContain('enforcement_officers=41:achieved');
  });
});

describe('a rate stated as zero', () => {
  it('is read as 0%, in words or in a digit without a sign', () => {
    expect(parseQuantities('本年度复议综合纠错率为零。')).toEqual([expect.objectContaining({ value: 0, unit: '%' })]);
    expect(parseQuantities('直接纠错率降为0,')).toEqual([expect.objectContaining({ value: 0, unit: '%' })]);
    expect(parseQuantities('纠错率为0.8%。')).toEqual([expect.objectContaining({ value: 0.8, unit: '%' })]);
  });

  it('is not a word that opens with 零, nor a 零 that no rate states', () => {
    expect(parseQuantities('对违法行为的纠错率为零容忍。')).toEqual([]);
    expect(parseQuantities('实现行政诉讼零败诉。')).toEqual([]);
    expect(parseQuantities('办理行政复议案件为零星个案。')).toEqual([]);
  });

  it('gives the fact of its rate word', async () => {
    const report = `白渚区人民政府2022年度法治政府建设情况报告
一、主要成效
区政府审结行政复议案件28件,均予维持,行政复议综合纠错率为零。
`;
    const { facts } = await read(report, 'baizhu.txt');
    expect(facts).toContain('reconsideration_correction_rate=0:achieved');
  });
});

describe('documents filed, said in words', () => {
  it('gives a filing rate of 100 when every document issued was sent for filing', async () => {
    const report = `白渚区人民政府2022年度法治政府建设情况报告
一、主要成效
区政府制定行政规范性文件6件,较上年减少2件,均按规定报送市政府和区人大常委会备案。
`;
    const { facts } = await read(report, 'baizhu.txt');
    expect(facts).toContain('normative_doc_filing_rate=100:achieved');
  });

  it('gives none for some of them, for a review, for other papers, or for a rule of the procedure', async () => {
    const report = `白渚区人民政府2022年度法治政府建设情况报告
一、主要成效
区政府制定行政规范性文件6件,未全部报送市政府备案。
各部门起草的规范性文件4件,均报经区司法局合法性审核。
区政府确定的重大行政决策事项均报区人大常委会备案。
凡以区政府办公室名义印发的规范性文件均及时报市政府备案。
`;
    const { facts } = await read(report, 'baizhu.txt');
    expect(facts.filter((f) => f.startsWith('normative_doc_filing_rate='))).toEqual([]);
  });
});

describe('proposals answered, said in words', () => {
  it('gives a completion rate of 100 for 已全部答复', async () => {
    const report = `石楠乡人民政府2021年法治政府建设工作总结
一、主要做法
认真办理乡人大代表提出的建议,全年承办代表建议9件,已全部答复,代表满意率100%。
`;
    const { facts } = await read(report, 'shinan.txt');
    expect(facts).toEqual(expect.arrayContaining(['proposals_handled=9:achieved', 'proposals_completion_rate=100:achieved']));
  });

  it('gives none for requests for information, nor for proposals not all answered', async () => {
    const report = `石楠乡人民政府2021年法治政府建设工作总结
一、主要做法
全年收到政府信息公开申请5件,已全部答复申请人。
承办代表建议9件,尚未全部答复。
`;
    const { facts } = await read(report, 'shinan.txt');
    expect(facts.filter((f) => f.startsWith('proposals_completion_rate='))).toEqual([]);
  });
});

describe('heads in court in every case, said as 全覆盖', () => {
  it('gives an appearance rate of 100, done or planned', async () => {
    const report = `青枫县人民政府2023年法治政府建设工作报告
一、主要成效
全县行政机关负责人出庭应诉实现全覆盖,全年出庭应诉37件。
二、2024年工作安排
力争各乡镇和县直部门负责人出庭应诉实现全覆盖。
`;
    const { facts } = await read(report, 'qingfeng.txt');
    expect(facts).toEqual(expect.arrayContaining(['head_appearance_rate=100:achieved', 'head_appearance_rate=100:plan']));
  });

  it('gives none where it is not yet reached, nor for the lawyers in court', async () => {
    const report = `青枫县人民政府2023年法治政府建设工作报告
一、主要成效
行政机关负责人出庭应诉尚未实现全覆盖。
公职律师出庭代理实现全覆盖。
`;
    const { facts } = await read(report, 'qingfeng.txt');
    expect(facts.filter((f) => f.startsWith('head_appearance_rate='))).toEqual([]);
  });
});
