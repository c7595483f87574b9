/**
 * The general rules added after the blind measurement of test/fixtures/heldout46, on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { paragraphStatuses, readFileQuoted } from './helpers.js';

const lexicon = await loadLexicon();
const in2019 = paragraphStatuses(lexicon, '某县2019年度法治政府建设情况报告');

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

describe("a superior's notice about its units", () => {
  const notice = `中共碧原省委全面依法治省委员会办公室关于2024年度市县法治政府建设考核结果的通报

各设区市委全面依法治市委员会办公室:
现将2024年度考核结果通报如下。
一、考核结果
青梧市、石塘市、临泽市考核等次为优秀。
青梧市考核得分连续两年居全省首位,市政府常务会议会前学法15次,行政机关负责人出庭应诉率100%。
石塘市以市政府名义制发的规范性文件全部经过合法性审核,全年受理行政复议案件1,960件。
二、全省总体情况
全省各级行政复议机关共受理行政复议案件2.1万件,全省持证行政执法人员12.4万名。
`;

  it("reads a sentence that opens with a unit's name as that unit's, and the province's own sentences as its own", async () => {
    const { doc, facts } = await read(notice, 'tongbao.txt');
    expect(doc.kind).toBe('other');
    expect(doc.level).toBe('province');
    expect(facts).toEqual(expect.arrayContaining(['reconsideration_cases=21000:achieved', 'enforcement_officers=124000:achieved']));
    for (const theirs of ['exec_meeting_law_study=15', 'head_appearance_rate=100', 'normative_doc_review_rate=100', 'reconsideration_cases=1960']) {
      expect(facts.some((f) => f.startsWith(`${theirs}:`))).toBe(false);
    }
  });

  it("keeps an annual report's sentence that opens with a verb and 全市 (no unit's name) its own", async () => {
    const report = `青梧市人民政府关于2024年度法治政府建设情况的报告
一、主要举措和成效
组织全市行政执法人员开展公共法律知识培训,全年培训4,300人次。
目前全市持证行政执法人员6,120名。
`;
    const { facts } = await read(report, 'report.txt');
    expect(facts).toEqual(expect.arrayContaining(['enforcement_training_participants=4300:achieved', 'enforcement_officers=6120:achieved']));
  });
});

describe("a table's column of the standard each row is measured against", () => {
  const selfAssessment = (table: string) => `桐岭县人民政府2024年度法治政府建设考核自评报告
一、考核指标完成情况
${table}
二、2025年工作打算
县政府常务会议会前学法不少于15次。
`;

  it('in a Markdown table is read as neither done nor planned; the column of what was done is', async () => {
    const table = `| 序号 | 考核指标 | 分值 | 考核标准 | 完成情况 | 自评分 |
|---|---|---|---|---|---|
| 1 | 政府常务会议学法 | 4 | 每年不少于12次 | 全年会前学法14次 | 4 |
| 2 | 执法人员培训 | 3 | 人均不少于60学时 | 参训执法人员820人，人均培训66学时 | 3 |
| 3 | 领导干部旁听庭审 | 3 | 不少于100人次 | 组织领导干部116名旁听庭审 | 3 |`;
    const { facts } = await read(selfAssessment(table), 'ziping.md');
    expect(facts).toEqual(
      expect.arrayContaining([
        'exec_meeting_law_study=14:achieved',
        'enforcement_training_hours=66:achieved',
        'court_hearing_observers=116:achieved',
        'exec_meeting_law_study=15:plan',
      ]),
    );
    for (const standard of ['exec_meeting_law_study=12', 'enforcement_training_hours=60', 'court_hearing_observers=100']) {
      expect(facts.some((f) => f.startsWith(`${standard}:`))).toBe(false);
    }
  });

  it("is read without the columns of points, so that a row's label reaches what was done", async () => {
    const table = `| 序号 | 考核指标 | 分值 | 考核标准 | 完成情况 | 自评分 |
|---|---|---|---|---|---|
| 1 | 政府信息公开申请办理 | 3 | 按期答复率100% | 收到申请44件，均已按期答复 | 3 |
| 2 | 行政复议 | 6 | 依法办理 | 受理案件57件，审结52件 | 6 |`;
    const { facts } = await read(selfAssessment(table), 'ziping.md');
    expect(facts).toEqual(expect.arrayContaining(['disclosure_requests=44:achieved', 'reconsideration_cases=57:achieved']));
    expect(facts.some((f) => f.endsWith('=3:achieved') || f.endsWith('=6:achieved'))).toBe(false);
  });

  it("in a web page's table too", async () => {
    const rows = [
      ['考核指标', '评分标准', '完成情况'],
      ['规范性文件备案', '报备及时率100%', '报备及时率87.5%'],
      ['行政机关负责人出庭应诉', '出庭应诉率100%', '出庭应诉率96.3%'],
    ];
    const page = `<html><body><h1>桐岭县人民政府2024年度法治政府建设考核自评报告</h1><p>一、考核指标完成情况</p>
<table>${rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')}</table>
<p>二、2025年工作打算</p><p>县政府常务会议会前学法不少于15次。</p></body></html>`;
    const { facts } = await read(page, 'ziping.html');
    expect(facts).toEqual(expect.arrayContaining(['normative_doc_filing_timely_rate=87.5:achieved', 'head_appearance_rate=96.3:achieved']));
    expect(facts.some((f) => f.startsWith('normative_doc_filing_timely_rate=100:') || f.startsWith('head_appearance_rate=100:'))).toBe(false);
  });
});

describe('since a plan of several years came out', () => {
  it('reads the totals so far as another period, and the clauses of the year after a semicolon as its own', () => {
    const facts = in2019('中期评估表明,纲要实施以来,县政府常务会议累计学法33次,累计审核规范性文件49件;2019年县政府常务会议学法9次。');
    expect(facts).toContain('exec_meeting_law_study=9:achieved');
    expect(facts.some((f) => f.startsWith('exec_meeting_law_study=33') || f.startsWith('normative_docs_reviewed=49'))).toBe(false);
  });

  it('so too for a 规划 named with its years in brackets, but not for a plan of the year', () => {
    const since = in2019('《法治政府建设规划(2016—2020年)》实施以来,全县办理行政复议案件210件。');
    expect(since.filter((f) => f.startsWith('reconsideration_cases'))).toEqual([]);
    expect(in2019('依照年度普法规划,全县全年组织旁听庭审的干部共180人。')).toContain('court_hearing_observers=180:achieved');
  });
});

describe("a law's name in the study an opening clause's meeting did", () => {
  it('names the law, not who studied: the meeting named before is the subject', () => {
    const facts = in2019('坚持县政府常务会议会前学法制度,全年集体学习《行政复议法》《行政诉讼法》等法律法规10次。');
    expect(facts).toContain('exec_meeting_law_study=10:achieved');
  });

  it("leaves another body's study its own", () => {
    const facts = in2019('县政府常务会议坚持会前学法,各部门集体学习《行政复议法》等法律法规120余次。');
    expect(facts.filter((f) => f.startsWith('exec_meeting_law_study=120'))).toEqual([]);
  });
});

describe("the year's work reported to the superiors and put on a website", () => {
  it('is the report published, with 报告 as a verb', () => {
    const facts = in2019('县政府将2018年度法治政府建设工作情况按期报告县委和市政府,并在县政府门户网站向社会公开。');
    expect(facts).toContain('annual_report_published=true:achieved');
  });
});
