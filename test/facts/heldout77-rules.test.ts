/**
 * The general rules added after the blind measurement of test/fixtures/heldout77 (several places in one document), on
 * texts of our own: a 汇编 of several places' reports, a 简报 issue and a bureau's report on its 司法所 are papers of
 * another kind; a paper gathered into a document under its own title (a county's report in a city's 汇编, a street's
 * report reprinted as an appendix) and an item headed by another place's name (梓湾区:…) are that place's, none of
 * their figures the document's; a masthead printing its issuer and date on one line names the issuer; a suit heard by an
 * audience and officers whose course was put off count nothing; the units together after the body's whole (全县乡镇…)
 * are still the units together, and how much of their matters was reviewed is the department's place's coverage.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

/** A city's 汇编: the city's own figures in the foreword, then two counties' reports, each under its own title. */
const compilation = (title: string) => `${title}
中共澄原市委全面依法治市委员会办公室编
前言
按照年度报告制度，各县政府每年向市里报告上一年度推进法治政府建设的情况。现将两个县的报告编印成册，供各地对照参考。
2024年，澄原市政府常务会议会前学法10次，市政府聘请法律顾问8名，全市行政机关负责人出庭应诉率为97.5%。
目录
一、柏岭县人民政府关于2024年度法治政府建设情况的报告
二、桐渚县人民政府关于2024年度法治政府建设情况的报告
一、柏岭县人民政府关于2024年度法治政府建设情况的报告
市委、市人民政府：
2024年，柏岭县坚持依法行政，法治政府建设稳步推进。现将有关情况报告如下。
（一）主要工作
县政府常务会议会前学法14次，县政府聘请法律顾问5名，审查政府合同77份。
全县行政机关负责人出庭应诉率为100%，办理行政复议案件63件。
（二）下一步打算
县政府常务会议会前学法不少于15次。
柏岭县人民政府
2025年1月20日
二、桐渚县人民政府关于2024年度法治政府建设情况的报告
市委、市人民政府：
一年来，桐渚县扎实推进依法行政。1.县政府常务会议会前学法12次。2.配备执法记录仪215台，审查政府合同58份。
桐渚县人民政府
2025年1月25日
`;

describe('a city’s 汇编 of its counties’ reports', () => {
  it('is a paper of another kind, the city’s', async () => {
    const { doc } = await read(compilation('澄原市2024年度县级法治政府建设情况报告汇编'), 'chengyuan.txt');
    expect(doc.kind).toBe('other');
    expect(doc.level).toBe('city');
    expect(doc.place).toBe('澄原市');
  });

  it('reads the foreword’s figures, none of a county’s report under its own title', async () => {
    const { facts } = await read(compilation('澄原市2024年度县级法治政府建设情况报告汇编'), 'chengyuan.txt');
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=10:achieved']);
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=8:achieved']);
    expect(statusesWithId(facts, 'head_appearance_rate')).toEqual(['head_appearance_rate=97.5:achieved']);
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual([]);
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual([]);
    expect(statusesWithId(facts, 'body_cameras')).toEqual([]);
  });
});

/** A district's report that reprints a street's report after its own signature. */
const withAppendix = (appendixTitle: string) => `沅湄区2024年法治政府建设情况报告
2024年，沅湄区坚持依法行政，推进法治政府建设。现将有关情况报告如下。
一、主要工作
区政府常务会议会前学法12次，区政府聘请法律顾问6名，审查政府合同120份。
二、存在的不足
执法队伍专业化水平还不高。
三、2025年工作安排
区政府常务会议会前学法不少于12次。
附件：${appendixTitle}
沅湄区人民政府
2025年1月22日
附件
${appendixTitle}
区委全面依法治区委员会办公室：
2024年，我们坚持依法履职，现将有关情况报告如下。
一、主要工作。街道聘请法律顾问2名，审查合同35份，配备执法记录仪19台。
二、2025年打算。执法记录仪增加到25台。
蕤汀街道办事处
2025年1月8日
`;

describe('a report that reprints another place’s report as an appendix', () => {
  it('reads its own figures, none of the reprinted report’s', async () => {
    const { doc, facts } = await read(withAppendix('蕤汀街道2024年度法治政府建设工作情况报告'), 'yuanmei.txt');
    expect(doc.kind).toBe('annual_report');
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=6:achieved']);
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=120:achieved']);
    expect(statusesWithId(facts, 'body_cameras')).toEqual([]);
  });

  it('nor of its own place’s bureau’s report appended after its signature (its figures are the bureau’s: heldout160)', async () => {
    const { facts } = await read(withAppendix('沅湄区司法局2024年度法治政府建设工作情况报告'), 'yuanmei.txt');
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=6:achieved']);
    expect(statusesWithId(facts, 'body_cameras')).toEqual([]);
  });
});

/** A city's 简报 issue: its masthead prints the issuer and the date on one line; items headed by districts' names. */
const briefing = `《法治澄原》简报2023年第4期
中共澄原市委全面依法治市委员会办公室 2023年6月12日
【本期要目】
● 市政府常务会议集中学法
● 柏岭县：行政复议工作提质增效
市政府常务会议集中学法
今年以来，市政府常务会议会前学法5次，市政府聘请法律顾问8名。
柏岭县：行政复议工作提质增效
今年1至5月，柏岭县受理行政复议案件41件，县政府审查合同36份。
县政府常务会议会前学法4次。
桐渚县：执法装备更新
桐渚县新配执法记录仪120台。
工作提示
请各县于7月10日前报送上半年工作情况，坚持依法行政，推进法治政府建设，做好普法工作。
`;

describe('a 简报 issue with items headed by other places’ names', () => {
  it('is a paper of another kind, of the place whose office edits it, for the year of its issue', async () => {
    const { doc } = await read(briefing, 'chengyuan_jianbao.txt');
    expect(doc.kind).toBe('other');
    expect(doc.level).toBe('city');
    expect(doc.place).toBe('澄原市');
    expect(doc.year).toBe(2023);
  });

  it('reads the city’s own items, none of an item headed by a county’s name', async () => {
    const { facts } = await read(briefing, 'chengyuan_jianbao.txt');
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=5:achieved']);
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=8:achieved']);
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual([]);
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual([]);
    expect(statusesWithId(facts, 'body_cameras')).toEqual([]);
  });
});

describe('a county bureau’s report on its 司法所', () => {
  it('is a paper of another kind, the bureau’s', async () => {
    const text = `柏岭县司法局关于2023年度全县司法所工作情况的报告
市司法局：
现将我县司法所全年工作情况报告如下。
一、主要工作
各司法所坚持依法行政，为乡镇推进法治政府建设提供法律服务，法律顾问参与合法性审查，协助做好行政复议和普法工作，出具法律意见书420件。
`;
    const { doc } = await read(text, 'boling_sifasuo.txt');
    expect(doc.kind).toBe('other');
  });

  const roundUp = `桐渚县司法局关于2023年度全县司法所工作情况的报告
市司法局：
我局指导全县14个司法所开展工作，现将全年工作情况报告如下。
一、主要工作
2023年，各司法所为乡镇党委、政府出具法律意见书530件，乡镇重大行政决策和涉法事项的合法性审核率达到100%。
推动乡镇政府落实会前学法制度，全县乡镇全年共开展会前学法140次。
桐渚县司法局
2024年1月12日
`;

  it('reads how much of the townships’ matters its 所 reviewed as its own, not the townships’ summed sessions', async () => {
    const { doc, facts } = await read(roundUp, 'tongzhu_sifasuo.txt');
    expect(doc.level).toBe('department');
    expect(statusesWithId(facts, 'legality_review_opinions')).toEqual(['legality_review_opinions=530:achieved']);
    expect(statusesWithId(facts, 'legality_review_rate')).toEqual(['legality_review_rate=100:achieved']);
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual([]);
  });
});
