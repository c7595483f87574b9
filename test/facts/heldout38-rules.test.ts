/**
 * The general rules added after the blind measurement of test/fixtures/heldout38, on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { paragraphStatuses, readQuoted, statusesOf } from './helpers.js';

const lexicon = await loadLexicon();
const read = (text: string) => readQuoted(lexicon, text);

const REPORT = `青溪县人民政府关于2023年度法治政府建设情况的报告
2023年,县政府坚持依法行政,推进法治政府建设,做好行政复议和应诉工作。现将有关情况报告如下。
一、主要举措和成效
县政府法律顾问共审核政府合同58份,出具法律意见96条。县政府办理行政复议案件43件,审结40件。全县持证行政执法人员1,204名,配备执法记录仪210台。
二、下一步工作打算
全县执法记录仪总数达到260台。
青溪县人民政府
2024年2月1日
关于青溪县2023年度法治政府建设情况报告的更正说明
因工作疏忽,报告中有两处数据有误,现更正如下:
1.第1页“共审核政府合同58份”应为“共审核政府合同85份”。
2.第1页“办理行政复议案件43件”应更正为“办理行政复议案件34件”。
特此说明。
`;

describe('a correction notice published with the report', () => {
  it('replaces the figures it corrects and keeps the rest of their sentences', () => {
    const { facts } = read(REPORT);
    const achieved = statusesOf(facts.filter((f) => typeof f.value === 'number' && f.status === 'achieved'));
    expect(achieved).toContain('contracts_reviewed=85:achieved');
    expect(achieved).toContain('reconsideration_cases=34:achieved');
    expect(achieved).toContain('reconsideration_closed=40:achieved');
    expect(achieved).toContain('enforcement_officers=1204:achieved');
    expect(achieved).not.toContain('contracts_reviewed=58:achieved');
    expect(achieved).not.toContain('reconsideration_cases=43:achieved');
    // the corrected figure is quoted where the notice states it
    const contracts = facts.find((f) => f.id === 'contracts_reviewed')!;
    expect(contracts.evidence.start).toBeGreaterThan(REPORT.indexOf('更正说明'));
  });

  it('corrects nothing when its wrong words stand nowhere, or twice, in the report', () => {
    const nowhere = REPORT.replace('“共审核政府合同58份”', '“共审查合同58份”');
    expect(statusesOf(read(nowhere).facts)).toContain('contracts_reviewed=58:achieved');
    const twice = REPORT.replace('全县执法记录仪总数达到260台。', '全县执法记录仪总数达到260台,办理行政复议案件43件。');
    expect(statusesOf(read(twice).facts)).toContain('reconsideration_cases=43:achieved');
  });
});

describe('documents that are not the year report', () => {
  it('a speech at a meeting is other, and its byline names the body though it leaves out the name', () => {
    const { doc } = read(`在全市依法行政工作会议上的讲话
云岭市人民政府市长
(2024年3月2日)
同志们:
一、过去一年的工作
2023年,全市坚持依法行政,推进法治政府建设,做好行政复议、应诉和普法工作,法律顾问参与合法性审查。
二、今年的任务
今年要抓好行政执法和普法工作。
`);
    expect(doc.kind).toBe('other');
    expect(doc.place).toBe('云岭市');
  });

  it('a notice of assessment results is other, and its 工作要求 section holds plans', () => {
    const { doc, facts } = read(`关于2023年度各乡镇法治建设考评结果的通报
各乡镇人民政府:
一、基本情况
2023年,县政府坚持依法行政,推进法治政府建设,县政府常务会议学法9次,做好行政复议、应诉和普法工作,法律顾问参与合法性审查。
二、工作要求
县政府常务会议学法不少于12次,县政府法律顾问增加到6名。
`);
    expect(doc.kind).toBe('other');
    expect(statusesOf(facts.filter((f) => typeof f.value === 'number'))).toEqual([
      'exec_meeting_law_study=9:achieved',
      'exec_meeting_law_study=12:plan',
      'legal_advisers=6:plan',
    ]);
  });
});

describe("a sentence that opens with a leader's clause", () => {
  const statuses = paragraphStatuses(lexicon, '青溪县2023年度法治政府建设情况报告');

  it('lends its later clauses the subject of the first clause that names one', () => {
    expect(statuses('县长认真履行第一责任人职责,县政府常务会议专题研究法治政府建设4次,全年集体学法11次。')).toEqual([
      'committee_rule_of_law_meetings=4:achieved',
      'exec_meeting_law_study=11:achieved',
    ]);
    expect(statuses('县长带头,县政府常务会议审议议题52个,全年学法9次。')).toEqual(['exec_meeting_law_study=9:achieved']);
  });

  it('but another body named first keeps the count its own', () => {
    expect(statuses('县长带头,各部门开展学法活动40次,全年学法12次。')).toEqual([]);
  });
});

describe('a number right before 中', () => {
  const statuses = paragraphStatuses(lexicon, '青溪县2023年度法治政府建设情况报告');

  it('is the whole a part is drawn from, no count of the noun after it', () => {
    expect(statuses('全县行政应诉案件21件,法院已判决的12件中无败诉案件。')).toEqual(['litigation_cases=21:achieved', 'litigation_lost_cases=0:achieved']);
    expect(statuses('法院已判决的12件中有1件败诉案件。')).not.toContain('litigation_lost_cases=12:achieved');
  });
});
