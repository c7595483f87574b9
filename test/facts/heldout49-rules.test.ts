/**
 * The general rules added after the blind measurement of test/fixtures/heldout49, on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

describe('a notice of the place’s government office', () => {
  it('speaks for the place when the office issues it as a notice, its own figures the place’s', async () => {
    const notice = `青原市人民政府办公室
关于2022年度依法行政考核结果的通报

各县（市、区）人民政府，市政府各部门：
\u3000\u30002022年，全市坚持依法行政，市政府常务会议会前学法8次，全市规范性文件报备率达到100%。
\u3000\u3000二是应诉工作仍有短板。石塘县全年行政诉讼案件19件，负责人出庭仅5件，出庭应诉率26.3%。
`;
    const { doc, facts } = await read(notice, 'tongbao.txt');
    expect(doc.kind).toBe('other');
    expect(doc.level).toBe('city');
    expect(doc.place).toBe('青原市');
    expect(facts).toEqual(expect.arrayContaining(['exec_meeting_law_study=8:achieved', 'normative_doc_filing_rate=100:achieved']));
    // a county's figures in the city's notice are the county's
    expect(facts.some((f) => f.startsWith('litigation_cases=19:') || f.startsWith('head_appearance_rate=26.3:'))).toBe(false);
  });

  it('leaves the office a department where it reports on its own work', async () => {
    const report = `青原市人民政府办公室2022年度法治政府建设工作报告
2022年，市政府办公室坚持依法行政，全年审查以办公室名义签订的合同12份。
`;
    const { doc } = await read(report, 'baogao.txt');
    expect(doc.level).toBe('department');
    expect(doc.place).toBe('青原市人民政府办公室');
  });
});

describe('figures of another period', () => {
  const report = (body: string) => `石塘县2023年法治政府建设情况报告
一、主要工作和成效
${body}
`;

  it('takes a period a word only introduces (回顾…时期) for the clause’s opening, and the clauses after it as its own', async () => {
    const { facts } = await read(
      report('县政府常务会议全年会前学法9次。回顾“十三五”时期（2016—2020年），县政府常务会议共会前学法41次，举办领导干部法治讲座12期，为今后打下基础。'),
      'baogao.txt',
    );
    expect(facts).toContain('exec_meeting_law_study=9:achieved');
    expect(facts.some((f) => f.startsWith('exec_meeting_law_study=41:') || f.startsWith('law_lectures=12:'))).toBe(false);
  });

  it('reads a bracket that opens with an earlier year or the year before as an aside of that period', async () => {
    const { facts } = await read(
      report('全年受理行政复议申请41件（2021年受理33件），审结39件。全镇调解矛盾纠纷96件，调解成功率98.5%（上年调解纠纷81件）。'),
      'baogao.txt',
    );
    expect(facts).toEqual(expect.arrayContaining(['reconsideration_cases=41:achieved', 'reconsideration_closed=39:achieved', 'disputes_mediated=96:achieved']));
    expect(facts.some((f) => f.startsWith('reconsideration_cases=33:') || f.startsWith('disputes_mediated=81:'))).toBe(false);
  });
});

describe('a sentence that names neither 复议 nor the suits', () => {
  const report = (body: string) => `石塘县2023年法治政府建设情况报告
一、主要工作和成效
（一）行政复议和行政应诉工作
${body}
`;

  it('goes on about the suits its paragraph named last, under a heading about both', async () => {
    const { facts } = await read(report('全县行政机关作为被告的行政诉讼案件22件。负责人出庭应诉15件。已审结18件，败诉2件。'), 'baogao.txt');
    expect(facts).toEqual(expect.arrayContaining(['litigation_cases=22:achieved', 'litigation_lost_cases=2:achieved']));
    expect(facts.some((f) => f.startsWith('reconsideration_closed='))).toBe(false);
  });

  it('goes on about 复议 where its paragraph named that last, and not across a paragraph', async () => {
    const { facts } = await read(
      report('县政府受理行政复议申请30件，多数涉及征地补偿。已审结27件，纠错3件。\n全县行政诉讼案件14件，负责人出庭应诉9件。'),
      'baogao.txt',
    );
    expect(facts).toContain('reconsideration_closed=27:achieved');
  });
});

describe('township and village wording', () => {
  const report = (body: string) => `白沙镇2018年法治政府建设工作总结
一、主要工作
${body}
`;

  it('reads a clause that says what the one case was (系一起…纠纷) as no count of disputes', async () => {
    const { facts } = await read(report('镇政府全年作为被告的行政诉讼案件1件，系一起宅基地权属纠纷，镇长出庭应诉。全镇调解矛盾纠纷57件。'), 'zongjie.txt');
    expect(facts).toEqual(expect.arrayContaining(['litigation_cases=1:achieved', 'disputes_mediated=57:achieved']));
    expect(facts).not.toContain('disputes_mediated=1:achieved');
  });

  it('counts the advisers before a long account of who they are and the post they fill', async () => {
    const { facts } = await read(report('镇政府公开选聘3名执业律师和市委党校法学讲师担任镇政府常年法律顾问。'), 'zongjie.txt');
    expect(facts).toContain('legal_advisers=3:achieved');
  });

  it('reads 一村一法律顾问 and a 配备率 of village advisers as their coverage, not work toward it', async () => {
    expect((await read(report('全镇11个村均与律师签订法律服务合同，实现一村一法律顾问。'), 'zongjie.txt')).facts).toContain(
      'legal_adviser_coverage_rate=100:achieved',
    );
    expect((await read(report('全镇14个村（社区）法律顾问配备率达到100%。'), 'zongjie.txt')).facts).toContain('legal_adviser_coverage_rate=100:achieved');
    expect(
      (await read(report('镇里启动一村一法律顾问试点，已有4个村签约。'), 'zongjie.txt')).facts.some((f) => f.startsWith('legal_adviser_coverage_rate=')),
    ).toBe(false);
  });

  it('takes a 学法考试 for the officials’ law exam, whoever of the staff sit it', async () => {
    const { facts } = await read(report('镇机关工作人员参加全县网上学法考试，参考率100%、合格率98%。'), 'zongjie.txt');
    expect(facts).toContain('leader_law_exam_pass_rate=98:achieved');
  });
});
