/**
 * The general rules added after the blind measurement of test/fixtures/heldout112 (meeting minutes, a press conference's
 * transcript, a 政府工作报告), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { quotedValuesOf, readQuoted, statusesWithId, statusesWithIds } from './helpers.js';

const lexicon = await loadLexicon();
const values = (text: string, id: string) => quotedValuesOf(lexicon, text, id);
const statuses = (text: string) =>
  readQuoted(lexicon, text)
    .facts.filter((f) => typeof f.value === 'number')
    .map((f) => `${f.id}=${String(f.value)}:${f.status}`);

describe('the minutes of a meeting that heard the year’s report', () => {
  const minutes = `青原县人民政府常务会议纪要
青原县人民政府办公室 2025年2月10日
2025年2月8日,县长主持召开县人民政府第十二次常务会议。会议听取了县司法局关于2024年度法治政府建设情况的汇报。现纪要如下:
一、关于2024年度法治政府建设情况
会议认为,全县坚持依法行政,全年审查政府合同58份,县政府常务会议会前学法8次,办理行政复议案件37件。
会议指出,个别乡镇合法性审查力量不足。
会议要求:县政府常务会议会前学法不少于12次;年内实现村(社区)法律顾问覆盖率100%,执法记录仪增至260台。
会议同意县司法局起草的年度法治政府建设情况报告,并于3月底前向社会公开。
二、关于春季农业生产
会议听取了县农业农村局的汇报,会议要求各乡镇抓好春耕备耕工作。
`;

  it('are no annual report, of the county (not the office that issues them), on the year heard about', () => {
    const { doc } = readQuoted(lexicon, minutes);
    expect(doc.kind).toBe('other');
    expect(doc.level).toBe('county');
    expect(doc.place).toBe('青原县');
    expect(doc.year).toBe(2024);
  });

  it('read what the meeting heard and judged as the year’s, what it directs and agrees to as plans', () => {
    const facts = statuses(minutes);
    expect(statusesWithIds(facts, 'contracts_reviewed', 'reconsideration_cases')).toEqual([
      'contracts_reviewed=58:achieved',
      'reconsideration_cases=37:achieved',
    ]);
    expect(statusesWithIds(facts, 'exec_meeting_law_study', 'legal_adviser_coverage_rate', 'body_cameras')).toEqual([
      'exec_meeting_law_study=8:achieved',
      'exec_meeting_law_study=12:plan',
      'legal_adviser_coverage_rate=100:plan',
      'body_cameras=260:plan',
    ]);
    const published = readQuoted(lexicon, minutes).facts.filter((f) => f.id === 'annual_report_published');
    expect(published.map((f) => f.status)).toEqual(['plan']);
  });

  it('but a paragraph of what the meeting heard or judged (会议认为, 会议指出, 会议听取) reports', () => {
    expect(statuses('会议指出,全年县政府常务会议会前学法10次。')).toEqual(['exec_meeting_law_study=10:achieved']);
    expect(statuses('会议听取了县司法局的汇报,全年办理行政复议案件29件。')).toEqual(['reconsideration_cases=29:achieved']);
  });

  it('a 专题会议纪要 dated on the day it sat, early in the next year: the matters heard are of the year before', () => {
    const { doc, facts } = readQuoted(
      lexicon,
      `某区人民政府关于行政复议工作的专题会议纪要
发布日期:2025-01-22 来源:区政府办公室
2025年1月20日,副区长主持召开区政府专题会议,听取区司法局关于全区行政复议和行政应诉工作情况的汇报。
一、会议听取的情况
区政府全年受理行政复议申请88件,审结80件;区政府作为被告的行政诉讼案件33件,败诉1件。
二、议定事项
1. 区政府法律顾问增至9名。
2. 行政机关负责人出庭应诉率不低于95%。
`,
    );
    expect(doc.kind).toBe('other');
    expect(doc.year).toBe(2024);
    const read = facts.filter((f) => typeof f.value === 'number').map((f) => `${f.id}=${String(f.value)}:${f.status}`);
    expect(statusesWithIds(read, 'reconsideration_cases', 'litigation_cases', 'legal_advisers', 'head_appearance_rate')).toEqual([
      'reconsideration_cases=88:achieved',
      'litigation_cases=33:achieved',
      'legal_advisers=9:plan',
      'head_appearance_rate=95:plan',
    ]);
  });

  it('a report that only opens with a full date of its year still reports on it (the date names no other year)', () => {
    const { doc } = readQuoted(
      lexicon,
      `某县法治政府建设情况报告
2023年5月12日,县政府印发年度法治政府建设工作要点。全年县政府坚持依法行政,做好行政复议、应诉和普法工作,法律顾问参与合法性审查。
某县人民政府
2024年1月20日
`,
    );
    expect(doc.year).toBe(2023);
  });
});

describe('a 政府工作报告 whose title names no place', () => {
  const report = `政府工作报告
——2025年1月9日在青溪市第十八届人民代表大会第四次会议上
青溪市市长 某某某
各位代表:
一、2024年工作回顾
过去的一年,在云州市委、市政府和青溪市委的坚强领导下,全市地区生产总值增长5.6%。
(六)政府自身建设全面加强。办理人大代表建议120件、政协提案95件,办复率100%。市政府常务会议会前学法10次,全市14个镇(街道)全部配备法律顾问。
二、2025年工作安排
全市地区生产总值增长5.5%左右。
三、全面加强政府自身建设
市政府常务会议会前学法不少于12次,行政机关负责人出庭应诉率达到100%。
`;

  it('is the county-level city named in the speaker’s byline', () => {
    const { doc } = readQuoted(lexicon, report);
    expect(doc.kind).toBe('other');
    expect(doc.place).toBe('青溪市');
    expect(doc.level).toBe('county');
    expect(doc.year).toBe(2024);
  });

  it('reads the part right after the next year’s plans that announces nothing as plans too', () => {
    const facts = statuses(report);
    expect(statusesWithIds(facts, 'proposals_handled', 'exec_meeting_law_study', 'head_appearance_rate')).toEqual([
      'proposals_handled=120:achieved',
      'proposals_handled=95:achieved',
      'exec_meeting_law_study=10:achieved',
      'exec_meeting_law_study=12:plan',
      'head_appearance_rate=100:plan',
    ]);
  });

  it('but a part that names the year reported on after the plans stays what it was', () => {
    const facts = statuses(`某县2024年法治政府建设情况报告
一、2024年主要工作
全年县政府常务会议会前学法9次。
二、2025年工作安排
县政府常务会议会前学法不少于12次。
三、2024年度工作台账
全年办理行政复议案件30件。
`);
    expect(statusesWithIds(facts, 'exec_meeting_law_study', 'reconsideration_cases')).toEqual([
      'exec_meeting_law_study=9:achieved',
      'exec_meeting_law_study=12:plan',
      'reconsideration_cases=30:achieved',
    ]);
  });
});

describe('figures as a speaker gives them', () => {
  it('an approximation between the measure and its figure (大概是, 差不多是)', () => {
    expect(values('行政复议纠错率大概是百分之十三点五。', 'reconsideration_correction_rate')).toEqual([13.5]);
    expect(values('全区执法记录仪差不多是四百台。', 'body_cameras')).toEqual([400]);
  });

  it('a clause of only an approximation and its figure, after the clause naming what it counts', () => {
    expect(values('各级调解组织调处矛盾纠纷,差不多两千一百件,大多就地化解。', 'disputes_mediated')).toEqual([2100]);
    expect(values('街道调解委员会调解矛盾纠纷,大概九百件。', 'disputes_mediated')).toEqual([900]);
  });

  it('审了 as a speaker says 审查', () => {
    expect(values('政府合同一律先审后签,全年审了一百二十多份。', 'contracts_reviewed')).toEqual([120]);
  });

  it('今年 between a measure and its figure', () => {
    expect(values('行政机关负责人出庭应诉率今年达到98%。', 'head_appearance_rate')).toEqual([98]);
  });

  it('but no approximation makes a figure of another thing the measure’s', () => {
    expect(values('调处矛盾纠纷,差不多用了三个月。', 'disputes_mediated')).toEqual([]);
    expect(values('行政复议案件中,大概是二十件涉及征地拆迁。', 'reconsideration_correction_rate')).toEqual([]);
    expect(values('县政府审议了合同管理办法,审了两次。', 'contracts_reviewed')).toEqual([]);
  });
});

describe('two verbs of a cleaning done one after the other (清理后废止)', () => {
  it('govern its number as one verb', () => {
    expect(values('全年前置审核行政规范性文件20件,集中清理后废止5件。', 'normative_docs_cleaned')).toEqual([5]);
  });

  it('but a review before issuing counts no cleaning', () => {
    expect(values('全年审核行政规范性文件20件,审核后印发18件。', 'normative_docs_cleaned')).toEqual([]);
  });
});

describe('status of the sentences after 会议…', () => {
  it('only what the meeting directs or agrees to, not a meeting of the year that is reported on as done', () => {
    const facts = statuses('县政府召开常务会议专题研究法治政府建设工作3次,会议要求执法记录仪增至300台。');
    expect(statusesWithId(facts, 'committee_rule_of_law_meetings')).toEqual(['committee_rule_of_law_meetings=3:achieved']);
  });
});
