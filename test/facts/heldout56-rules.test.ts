/**
 * The general rules added after the blind measurement of test/fixtures/heldout56 (the year's report retold: 图解, 解读,
 * a meeting's news, a press conference, a WeChat post), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

describe('what a retelling of the year is', () => {
  it('a 解读 of the published report is other, and speaks for the place its title cites', async () => {
    const report = `《榆岗县2023年度法治政府建设情况报告》政策解读
发布日期:2024年3月2日 信息来源:榆岗县司法局
近日,县政府公开了年度报告。现将有关内容解读如下。
问:复议工作怎么样?
答:县政府全年受理行政复议申请75件,审结70件,持续推进依法行政和法治政府建设,法律顾问参与合法性审查,做好应诉和普法工作。
`;
    const { doc, facts } = await read(report, 'yugang.txt');
    expect(doc.kind).toBe('other');
    expect(doc.place).toBe('榆岗县');
    expect(doc.year).toBe(2023);
    expect(facts).toEqual(expect.arrayContaining(['reconsideration_cases=75:achieved']));
  });

  it('the news of a meeting is other, and names its place by the titles of its own documents', async () => {
    const report = `市政府召开第八次常务会议
听取2023年度法治政府建设情况汇报
来源:桤川日报 作者:记者 某某 通讯员 某某
2月3日,市长主持召开市政府第八次常务会议。会议听取了市司法局关于《桤川市2023年度法治政府建设情况报告》的说明。
会议认为,全市坚持依法行政,推进法治政府建设,法律顾问参与合法性审查,全年受理行政复议案件410件,做好应诉和普法工作。
会议还审议了《桤川市2024年城市更新工作方案》。
`;
    const { doc } = await read(report, 'qichuan.txt');
    expect(doc.kind).toBe('other');
    expect(doc.place).toBe('桤川市');
    expect(doc.level).toBe('city');
  });

  it('a press conference on the year stays the year’s report, its place read from a title that says 实录', async () => {
    const report = `榆岗县2024年依法行政工作新闻发布会实录
主持人:
各位记者,上午好。请县司法局局长介绍全县情况。
县司法局局长:
2024年,县政府坚持依法行政,推进法治政府建设,法律顾问参与合法性审查,全年受理行政复议申请81件,做好应诉和普法工作。
`;
    const { doc, facts } = await read(report, 'yugang-briefing.txt');
    expect(doc.kind).toBe('annual_report');
    expect(doc.place).toBe('榆岗县');
    expect(facts).toEqual(expect.arrayContaining(['reconsideration_cases=81:achieved']));
  });
});

describe('what a retelling says of the next year', () => {
  it('a later year standing as a clause opens plans over the semicolons', async () => {
    const report = `枫桥县2024年法治政府建设情况报告
一、主要成效
全年县政府常务会议会前学法11次。会议强调,2025年,要压实法治建设责任;要抓好学法用法,全年安排会前学法不少于12次。
`;
    const { facts } = await read(report, 'fengqiao.txt');
    expect(facts).toEqual(expect.arrayContaining(['exec_meeting_law_study=11:achieved', 'exec_meeting_law_study=12:plan']));
    expect(facts).not.toContain('exec_meeting_law_study=12:achieved');
  });

  it('a card headline for the next year after rows of cells heads the plans', async () => {
    const report = `一图读懂|枫桥区2023年法治政府建设年度报告
数说2023
法律服务
区政府法律顾问 | 7名
公职律师 | 30名
2024年 这样干
目标
公职律师 | 达到45名
`;
    const { facts } = await read(report, 'fengqiao-cards.txt');
    expect(facts).toEqual(expect.arrayContaining(['public_lawyers=30:achieved', 'public_lawyers=45:plan']));
    expect(facts).not.toContain('public_lawyers=45:achieved');
  });
});

describe('another body’s figures in a retelling', () => {
  it('the superior named with a year before its levels, or by its bare name before its whole, is not the body', async () => {
    const report = `桦溪县2023年法治政府建设情况报告
一、主要成效
全县行政机关负责人出庭应诉率88%。从全市看,岚州市2023年各级行政机关负责人出庭应诉率为94.6%,我县仍有差距。
据岚州市司法局消息,岚州全市行政复议纠错率为11.8%。全县行政复议纠错率为7.5%。
`;
    const { facts } = await read(report, 'huaxi.txt');
    expect(facts).toEqual(expect.arrayContaining(['head_appearance_rate=88:achieved', 'reconsideration_correction_rate=7.5:achieved']));
    expect(facts.filter((f) => /=(94\.6|11\.8):/.test(f))).toEqual([]);
  });

  it('a neighbour a clause opens with is another body, and the body’s own clause after it is its own', async () => {
    const report = `桦溪县2023年法治政府建设情况报告
一、主要成效
记者提到邻县石泉县去年行政复议纠错率超过16%,本县行政复议纠错率为9.2%。县司法局与邻县司法局联合培训执法人员310人。
`;
    const { facts } = await read(report, 'huaxi-neighbour.txt');
    expect(facts).toEqual(expect.arrayContaining(['reconsideration_correction_rate=9.2:achieved', 'enforcement_training_participants=310:achieved']));
    expect(facts).not.toContain('reconsideration_correction_rate=16:achieved');
  });
});

describe('the year’s figures retold in other words', () => {
  it('a correction rate said as a share of the cases concluded, and a count after a reform', async () => {
    const report = `桦溪县2023年法治政府建设情况报告
一、主要成效
全年审结行政复议案件64件,经复议纠错的案件占审结案件的10.9%。机构改革后,全县行政执法主体调整为41个。
`;
    const { facts } = await read(report, 'huaxi-share.txt');
    expect(facts).toEqual(expect.arrayContaining(['reconsideration_correction_rate=10.9:achieved', 'enforcement_subjects=41:achieved']));
  });

  it('the duty to publish the report is no publication of it', async () => {
    const report = `桦溪县2023年法治政府建设情况报告
一、主要成效
按照规定,县级政府每年一季度要向县委报告上一年度法治政府建设情况,并通过门户网站向社会公开。全县行政复议纠错率为7.5%。
`;
    const { doc } = await read(report, 'huaxi-duty.txt');
    expect(extractFacts(doc, lexicon).map((f) => f.id)).not.toContain('annual_report_published');
  });
});

describe('figure cards whose subject is the card’s title', () => {
  it('lend the title to rows of bare acts and rates, not to rows that name their own subject', async () => {
    const report = `一图读懂|枫桥区2023年法治政府建设年度报告
行政复议
收案 | 157件
审结 | 149件
纠错率 | 8.7%
法律服务
公职律师 | 33名
`;
    const { facts } = await read(report, 'fengqiao-cards2.txt');
    expect(facts).toEqual(
      expect.arrayContaining([
        'reconsideration_cases=157:achieved',
        'reconsideration_closed=149:achieved',
        'reconsideration_correction_rate=8.7:achieved',
        'public_lawyers=33:achieved',
      ]),
    );
  });
});
