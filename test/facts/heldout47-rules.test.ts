/**
 * The general rules added after the blind measurement of test/fixtures/heldout47, on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

describe('the papers of a place applying for the demonstration title', () => {
  it('takes a 自评表 for another kind of paper than the year’s report, and its title names who fills it in', async () => {
    const form = `青原县申报市级法治政府建设示范县自评表
（2024年度）
填报单位：青原县人民政府
| 指标序号 | 三级指标 | 完成情况 | 自评分 |
|---|---|---|---|
| 1.2.1 | 政府常务会议学法 | 县政府常务会议会前学法9次 | 10 |
| 2.1.2 | 规范性文件备案 | 向市政府报备规范性文件7件，报备率100% | 10 |
| 2.3.1 | 法律顾问 | 县政府聘请法律顾问3名，行政复议和普法工作有序推进 | 8 |
`;
    const { doc, facts } = await read(form, 'zipingbiao.md');
    expect(doc.kind).toBe('other');
    expect(doc.place).toBe('青原县');
    expect(doc.level).toBe('county');
    expect(facts).toEqual(expect.arrayContaining(['exec_meeting_law_study=9:achieved', 'legal_advisers=3:achieved']));
  });

  it('takes a third-party assessment of a city for another kind of paper, and a county’s own report for the year’s report', async () => {
    const assessment = `云岭市2023年度法治政府建设第三方评估报告
青江大学评估课题组\u30002024年4月
一、评估概况
受云岭市委依法治市办委托，课题组对该市2023年度依法行政情况开展第三方评估，采取书面审查和实地核验的方式进行。
二、主要成效
该市市政府常务会议会前学法11次，聘请法律顾问9名，全面推行行政执法三项制度，行政复议和普法工作稳步推进。
`;
    expect((await read(assessment, 'pinggu.txt')).doc.kind).toBe('other');
    const report = `石塘县2023年法治政府建设情况报告
2023年，县政府坚持依法行政，委托高校开展法治政府建设第三方评估，评估报告认为我县行政复议和普法工作成效明显。现将有关情况报告如下。
`;
    expect((await read(report, 'baogao.txt')).doc.kind).toBe('annual_report');
  });
});

describe('a count before a number of batches, and a unit picked out of a whole of units', () => {
  const report = (body: string) => `石塘县2024年法治政府建设情况报告
一、主要工作和成效
${body}
`;

  it('reads the count before 分N批 / 分两期 as what the words after it count', async () => {
    const { facts } = await read(report('组织全县65名科级干部分5批到市中级人民法院旁听行政诉讼案件庭审。县政府法律顾问配备4名，均为执业律师。'), 'baogao.txt');
    expect(facts).toEqual(expect.arrayContaining(['court_hearing_observers=65:achieved', 'legal_advisers=4:achieved']));
    expect(facts.some((f) => f.startsWith('court_hearing_observers=5:'))).toBe(false);
  });

  it('reads a figure of a unit named after a whole of units (…抽查的4个乡镇中) as that unit’s, and the body’s own after it', async () => {
    const county = report('县委依法治县办抽查的4个乡镇中，白沙镇全年会前学法仅3次。全年县政府常务会议会前学法14次。');
    const { facts } = await read(county, 'baogao.txt');
    expect(facts).toContain('exec_meeting_law_study=14:achieved');
    expect(facts.some((f) => f.startsWith('exec_meeting_law_study=3:'))).toBe(false);
  });
});
