/**
 * The general rules added after the blind measurement of test/fixtures/heldout94 (the government seen by the bodies that
 * watch it: a court, a procuratorate, a 人大常委会, a 政协), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted } from './helpers.js';

const lexicon = await loadLexicon();
const read = (text: string, file = 'qingyuan.txt') => readFileQuoted(lexicon, text, file);

describe('a paper a body that watches the government issues', () => {
  it("is other when the court's name opens its title, and the court's place is the place", async () => {
    const { doc } = await read(`澴溪县人民法院2023年度行政审判白皮书
2023年,本院会同县司法局组织领导干部旁听庭审,县政府坚持依法行政,推进法治政府建设,法律顾问参与合法性审查,做好行政复议和应诉工作。
一、收结案情况
全年新收行政案件88件。
澴溪县人民法院
2024年3月1日
`);
    expect([doc.kind, doc.level, doc.place, doc.year]).toEqual(['other', 'county', '澴溪县', 2023]);
  });

  it('is other when a procuratorate stands alone above its title, and signs it', async () => {
    const { doc } = await read(`澴溪县人民检察院
关于2023年度行政检察工作情况的报告
2023年,本院发出检察建议20件,促进依法行政,推进法治政府建设,法律顾问参与合法性审查,行政复议和应诉工作得到加强。现将有关情况报告如下。
一、主要工作
全年受理监督案件15件。
澴溪县人民检察院
2024年1月20日
`);
    expect([doc.kind, doc.level, doc.place, doc.year]).toEqual(['other', 'county', '澴溪县', 2023]);
  });

  it("is other for a 人大常委会's inspection group, dated by the meeting it was delivered at", async () => {
    const { doc } = await read(`澴溪区人大常委会执法检查组关于检查行政复议法实施情况的报告
——2024年12月18日在区第十八届人民代表大会常务委员会第二十次会议上
主任、各位副主任、各位委员:
根据常委会监督工作计划,检查组对全区依法行政、行政复议、应诉和普法工作进行了检查,法律顾问参与合法性审查。现将检查情况报告如下。
一、基本情况
区政府受理行政复议申请120件。
`);
    expect([doc.kind, doc.level, doc.place, doc.year]).toEqual(['other', 'district', '澴溪区', 2024]);
  });

  it("stays the year's report when the 人大 is its addressee or where it is delivered", async () => {
    const { doc } = await read(`澴溪区人民政府关于2024年法治政府建设情况的报告
——2025年4月20日在区第十八届人民代表大会常务委员会第二十四次会议上
澴溪区人民代表大会常务委员会:
2024年,区政府坚持依法行政,推进法治政府建设,法律顾问参与合法性审查,做好行政复议和普法工作。现将有关情况报告如下。
一、主要成效
区政府受理行政复议申请120件。
`);
    expect([doc.kind, doc.level, doc.place, doc.year]).toEqual(['annual_report', 'district', '澴溪区', 2024]);
  });
});

describe('a government answering the opinions on its report of the year before', () => {
  it('tells of the year it answers in, not the year of the report answered', async () => {
    const { doc } = await read(`澴溪县人民政府关于县人大常委会对2022年度法治政府建设情况报告审议意见办理情况的报告
——2023年12月22日在澴溪县第十七届人民代表大会常务委员会第十五次会议上
2023年6月,县人大常委会审议了县政府的报告,提出审议意见。县政府坚持依法行政,法律顾问参与合法性审查,做好行政复议、应诉和普法工作。
一、关于加强行政应诉工作的意见
全年办理行政应诉案件40件。
`);
    expect([doc.kind, doc.year]).toEqual(['other', 2023]);
  });
});

describe('a place name whose stem is a common word', () => {
  it('会同 as "together with" names no 会同县', async () => {
    const { doc } = await read(`2023年度行政审判情况通报
2023年,澴溪县人民法院会同县司法局推进依法行政,县政府坚持法治政府建设,法律顾问参与合法性审查,做好行政复议和应诉工作。
一、基本情况
本院会同县司法局组织旁听庭审3场。
`);
    expect(doc.place).not.toBe('会同县');
  });

  it('but 会同县 standing as a name is the place', async () => {
    const { doc } = await read(`会同县人民政府关于2023年法治政府建设情况的报告
2023年,会同县坚持依法行政,推进法治政府建设,法律顾问参与合法性审查,做好行政复议和普法工作。
一、主要成效
县政府受理行政复议申请30件。
`);
    expect([doc.place, doc.level]).toEqual(['会同县', 'county']);
  });
});

/** A county's 2024 paper whose body is `sentences`. */
const countyPaper = (sentences: string) => `澴溪县人民政府关于2024年法治政府建设情况的报告
2024年,县政府坚持依法行政,推进法治政府建设,法律顾问参与合法性审查,做好行政复议和普法工作。现将有关情况报告如下。
一、主要成效
${sentences}
`;
const factsOf = async (sentences: string) => (await read(countyPaper(sentences))).facts;
const valuesOf = async (sentences: string, id: string) => (await factsOf(sentences)).filter((f) => f.startsWith(`${id}=`));

describe("the government's figures among the watching body's", () => {
  it('指出 before an earlier year: what another body found in that year', async () => {
    expect(await valuesOf('县人大常委会提出审议意见,指出2023年我县行政机关负责人出庭应诉率仅为80.5%。', 'head_appearance_rate')).toEqual([]);
    // …but the year reported on after 指出 stays the year's
    expect(await valuesOf('会议指出,2024年全县行政机关负责人出庭应诉率达92.5%。', 'head_appearance_rate')).toEqual([
      expect.stringMatching(/^head_appearance_rate=92.5:/),
    ]);
  });

  it("a 政协's or 人大's count over its term is no count of the year", async () => {
    expect(await valuesOf('市政协在本届以来围绕依法行政提出提案45件。', 'proposals_handled')).toEqual([]);
    expect(await valuesOf('县政府全年承办县政协提案45件。', 'proposals_handled')).toEqual(['proposals_handled=45:achieved']);
  });

  it('key proposals singled out for a leader are a part, not the count handled', async () => {
    expect(await valuesOf('县政府承办县政协提案52件,其中重点提案3件由县领导领衔督办。', 'proposals_handled')).toEqual(['proposals_handled=52:achieved']);
  });

  it('suits brought after a 复议 are no 复议 cases', async () => {
    expect(await valuesOf('县政府受理行政复议申请86件;复议后又起诉到法院的案件9件。', 'reconsideration_cases')).toEqual(['reconsideration_cases=86:achieved']);
  });

  it('an executive meeting studying an administrative law named bare', async () => {
    expect(await valuesOf('县政府常务会议专题学习新行政复议法2次。', 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=2:achieved']);
    expect(await valuesOf('县政府常务会议专题学习招商引资工作方法2次。', 'exec_meeting_law_study')).toEqual([]);
  });

  it("observers named as the organs' staff", async () => {
    expect(await valuesOf('组织旁听庭审4场,参加旁听的行政机关工作人员150人次。', 'court_hearing_observers')).toEqual(['court_hearing_observers=150:achieved']);
    expect(await valuesOf('组织旁听庭审4场,参加旁听的群众和行政机关工作人员150人次。', 'court_hearing_observers')).toEqual([]);
  });

  it("suits whose defendant is the superior's organ (以市级机关为被告) are the superior's", async () => {
    expect(await valuesOf('以县政府及其部门为被告的案件62件;以市级机关为被告的案件15件。', 'litigation_cases')).toEqual(['litigation_cases=62:achieved']);
    expect(await valuesOf('以县政府及其部门为被告的案件62件。', 'litigation_cases')).toEqual(['litigation_cases=62:achieved']);
  });

  it("a part of a court's total, in the sentence after it, is the court's", async () => {
    expect(await valuesOf('全年本院新收各类行政案件130件,审结121件。其中一审行政诉讼案件104件。', 'litigation_cases')).toEqual([]);
    expect(await valuesOf('县法院全年新收行政案件130件。其中一审行政诉讼案件104件,非诉审查案件26件。', 'litigation_cases')).toEqual([]);
    // …unless the part names the body's role in the suits
    expect(await valuesOf('县法院全年新收行政案件130件。其中以县政府及其部门为被告的案件41件。', 'litigation_cases')).toEqual(['litigation_cases=41:achieved']);
    // …and a total of the body's own keeps its parts
    expect(await valuesOf('全县行政机关共发生行政诉讼案件60件。其中以县政府为被告的案件12件。', 'litigation_cases')).toEqual([
      'litigation_cases=60:achieved',
      'litigation_cases=12:achieved',
    ]);
  });
});
