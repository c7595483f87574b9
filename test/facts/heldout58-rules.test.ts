/**
 * The general rules added after the blind measurement of test/fixtures/heldout58 (papers around
 * inspections, assessments and rectification), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

describe('what a paper around an assessment is', () => {
  it('is a superior body’s review of one town’s year: that town’s, that year’s, no annual report of its own', async () => {
    const paper = `青原县委全面依法治县委员会办公室
关于槐溪镇2023年度法治政府建设工作的述评

2024年3月,县委依法治县办对各乡镇上一年度依法行政工作进行了考评。现将对槐溪镇的述评意见印发如下。
一、主要成效
全年镇政府常务会议学法7次,镇村调解组织调解矛盾纠纷188件。
二、存在的主要问题
镇里没有专职法制审核人员。

青原县委全面依法治县委员会办公室
2024年3月18日
`;
    const { doc, facts } = await read(paper, 'huaixi.txt');
    expect(doc.kind).toBe('other');
    expect(doc.level).toBe('township');
    expect(doc.place).toContain('槐溪镇');
    expect(doc.year).toBe(2023);
    expect(facts).toEqual(expect.arrayContaining(['exec_meeting_law_study=7:achieved', 'disputes_mediated=188:achieved']));
  });

  it('is a report on how an assessment’s targets were met, no annual report', async () => {
    const paper = `青原县人民政府关于2023年度依法行政目标责任考核完成情况的报告
市委依法治市办:
对照考核细则,我县逐项开展了自评,全年法治政府建设各项指标基本完成,现将完成情况报告如下。
一、主要做法
全年受理行政复议申请64件,县政府常务会议学法6次,法律顾问参与合法性审查,行政执法三项制度全面落实,普法工作有序开展。
青原县人民政府
2024年1月16日
`;
    const { doc } = await read(paper, 'qingyuan.txt');
    expect(doc.kind).toBe('other');
    expect(doc.year).toBe(2023);
  });

  it('takes its year from a date in brackets under a title that names none', async () => {
    const paper = `云岭市桂岭区创建法治政府建设示范区自查评估报告
桂岭区人民政府
(2024年11月8日)
根据上级通知要求,区政府对照指标体系逐项开展了自查评估。现将自查情况报告如下。
一、分项自评情况
区行政复议局受理行政复议申请97件,办结90件。
`;
    const { doc, facts } = await read(paper, 'guiling.txt');
    expect(doc.kind).toBe('other');
    expect(doc.year).toBe(2024);
    expect(facts).toEqual(expect.arrayContaining(['reconsideration_cases=97:achieved']));
  });
});

describe('a report on rectifying what an inspection found', () => {
  const report = `青原县人民政府关于法治督察反馈问题整改情况的报告
市委依法治市办:
现将我县整改情况报告如下。
一、关于执法监督存在短板的问题
问题1:督察组指出,县政府2023年常务会议学法仅2次,法律顾问仅2名,有5件规范性文件未按期清理。
整改措施:制定年度学法计划,充实法律顾问队伍。
整改成效:2024年县政府常务会议学法8次;清理废止行政规范性文件11件;县政府法律顾问已调整充实为6名。
二、关于工作中存在的问题
部分乡镇执法人员不足。
青原县人民政府
2024年12月10日
`;

  it('reads what was done under an item headed by the problem it answers, however the problem is worded', async () => {
    const { facts } = await read(report, 'qingyuan.txt');
    expect(facts).toEqual(expect.arrayContaining(['exec_meeting_law_study=8:achieved', 'normative_docs_cleaned=11:achieved', 'legal_advisers=6:achieved']));
  });

  it('takes the problem quoted after 督察指出, with a comma, for what was found, not for the year’s work', async () => {
    const { facts } = await read(report.replace('执法监督存在短板', '学法制度落实不到位'), 'qingyuan.txt');
    expect(facts).toEqual(expect.arrayContaining(['exec_meeting_law_study=8:achieved', 'normative_docs_cleaned=11:achieved']));
    expect(facts.filter((f) => /=(2|5):achieved$/.test(f))).toEqual([]);
  });
});

describe('figures that are not the body’s own in papers around an assessment', () => {
  it('leaves an inspecting team’s counts in the paragraph that opens with its visit to the team', async () => {
    const report = `青原县人民政府关于法治督察反馈问题整改情况的报告
2024年5月,市委依法治市办督察组对我县法治政府建设情况开展了实地督察。督察组查阅行政规范性文件27件、合同审查记录1本,共反馈问题9个。
一、整改成效
2024年县司法局审查县政府合同协议74件,前置审核行政规范性文件18件。
青原县人民政府
2024年12月2日
`;
    const { facts } = await read(report, 'qingyuan.txt');
    expect(facts).toEqual(expect.arrayContaining(['contracts_reviewed=74:achieved', 'normative_docs_reviewed=18:achieved']));
    expect(facts.filter((f) => /=(27|9):achieved$/.test(f))).toEqual([]);
  });

  it('reads the points an assessment report says it lost as shortfalls', async () => {
    const report = `青原县人民政府关于2023年度法治政府建设目标责任考核完成情况的报告
一、主要做法
全年受理行政复议申请64件,审结60件。
二、扣分情况说明
指标5扣0.5分:4件复议案件延期审结。
青原县人民政府
2024年1月16日
`;
    const { facts } = await read(report, 'qingyuan.txt');
    expect(facts).toContain('reconsideration_closed=60:achieved');
    expect(facts).not.toContain('reconsideration_closed=4:achieved');
  });

  it('leaves a peer town named beside the town’s own figures to that town', async () => {
    const paper = `青原县委全面依法治县委员会办公室
关于槐溪镇2023年度法治政府建设工作的述评
一、主要成效
镇村调解组织全年调解矛盾纠纷188件。相比之下,桃溪镇调解矛盾纠纷305件。镇司法所出具合法性审核意见22件,对比看,柳湾乡全年出具审核意见47件。
青原县委全面依法治县委员会办公室
2024年3月18日
`;
    const { facts } = await read(paper, 'huaixi.txt');
    expect(facts).toEqual(expect.arrayContaining(['disputes_mediated=188:achieved', 'legality_review_opinions=22:achieved']));
    expect(facts.filter((f) => /=(305|47):achieved$/.test(f))).toEqual([]);
  });
});
