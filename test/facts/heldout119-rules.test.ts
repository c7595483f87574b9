/**
 * The general rules added after the blind measurement of test/fixtures/heldout119 (inspection, 巡察 and audit
 * rectification reports), on texts of our own: what such a report is and which year it tells of, the state after the
 * rectification in a finding's paragraph, the required appearances all made, and the officers whose certificates were
 * renewed.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file = 'report.txt') => readFileQuoted(lexicon, text, file);

describe('a report on rectifying what a 巡察, an inspection or an audit found', () => {
  it('is other, also where its title says how far the rectification has come (整改进展情况)', async () => {
    const { doc } = await read(`中共栎原县市场监管局党组关于县委第一巡察组反馈意见整改进展情况的报告

县委巡察办:
针对巡察指出的执法监督不到位等问题,我局逐项整改。2024年,局机关坚持依法行政,法律顾问参与合法性审查,做好行政复议和普法工作。

中共栎原县市场监管局党组
2024年11月20日
`);
    expect(doc.kind).toBe('other');
    expect(doc.year).toBe(2024);
  });

  it('but the year’s report that tells of an inspection and its rectification stays the year’s report', async () => {
    const { doc } = await read(`苕岭市2023年法治政府建设情况报告

2023年,市政府坚持依法行政。2023年8月,省督察组对我市开展实地督察,督察指出的问题已整改到位,整改进展情况良好。法律顾问参与合法性审查,做好行政复议和普法工作。

苕岭市人民政府
2024年2月2日
`);
    expect(doc.kind).toBe('annual_report');
    expect(doc.year).toBe(2023);
  });

  it('tells of the year it was rectified in, not the audited year its title and hand-over name', async () => {
    const { doc } = await read(`苕岭市人民政府关于2024年度市本级预算执行和其他财政收支审计查出问题整改情况的报告
——2025年11月18日在苕岭市第九届人民代表大会常务委员会第二十七次会议上

市人大常委会:
受市人民政府委托,现将2024年度市本级预算执行审计查出问题的整改情况报告如下。2025年,市政府坚持依法行政,审查合同317份。
`);
    expect(doc.kind).toBe('other');
    expect(doc.year).toBe(2025);
  });

  it('while a report whose title names its own year keeps it', async () => {
    const { doc } = await read(`苕岭市人民政府关于2024年度法治政府建设情况的报告

市人大常委会:
现将2024年度法治政府建设情况报告如下。全年市政府坚持依法行政,审查合同317份。

苕岭市人民政府
2025年3月6日
`);
    expect(doc.kind).toBe('annual_report');
    expect(doc.year).toBe(2024);
  });

  it('opening on the month the inspection came (2023年9月,…) tells of the year it is signed in', async () => {
    const { doc } = await read(`栎原县关于法治政府建设督察反馈问题整改落实情况的报告

2023年9月,市委依法治市办督察组对我县开展督察,反馈问题6个。截至目前,已整改到位5个。县政府坚持依法行政,审查合同96份。

栎原县人民政府
2024年12月2日
`);
    expect(doc.kind).toBe('other');
    expect(doc.year).toBe(2024);
  });

  it('but an opening on the year’s span of months (2024年1—10月,…) is the year’s', async () => {
    const { doc } = await read(`栎原县法治政府建设情况报告

2024年1—10月,县政府坚持依法行政,审查合同96份,办理行政复议案件41件。

栎原县人民政府
2025年1月6日
`);
    expect(doc.year).toBe(2024);
  });
});

describe('a finding’s paragraph that turns to the state after the rectification', () => {
  const report = (line: string) => `栎原县司法局关于法治督察反馈问题整改情况的报告

县委依法治县办:
现将整改情况报告如下。

一、关于合法性审查的问题
${line}

栎原县司法局
2024年12月5日
`;

  it('reads the figures after 整改后, 经整改 or 目前…已 as achieved', async () => {
    const after = await read(report('督察指出:2023年有3件规范性文件未经审核即印发。整改后,县政府规范性文件备案审查做到有件必备,报备率达到100%。'));
    expect(statusesWithId(after.facts, 'normative_doc_filing_rate')).toEqual(['normative_doc_filing_rate=100:achieved']);
    const now = await read(report('督察反馈:全县11个乡镇中有4个未聘请法律顾问。目前11个乡镇均已聘请法律顾问,全县公职律师37名。'));
    expect(statusesWithId(now.facts, 'public_lawyers')).toEqual(['public_lawyers=37:achieved']);
    const fixed = await read(report('审计发现:部分执法单位执法记录仪长期闲置。经整改,全县配备执法记录仪186台并全部投入使用。'));
    expect(statusesWithId(fixed.facts, 'body_cameras')).toEqual(['body_cameras=186:achieved']);
  });

  it('but a clause on the state the inspectors found (目前仍有…) stays the finding', async () => {
    const still = await read(report('督察反馈:全县法律顾问作用发挥不充分。目前全县仍仅有公职律师37名,尚未实现乡镇全覆盖。'));
    expect(statusesWithId(still.facts, 'public_lawyers')).toEqual(['public_lawyers=37:gap']);
  });
});

describe('the required appearances all made (应出庭的N件均已出庭)', () => {
  it('count the heads’ appearances', async () => {
    const { facts } = await read(`栎原县2024年法治政府建设情况报告

2024年,县政府行政应诉案件73件,县政府负责人应出庭的8件均已出庭。
`);
    expect(statusesWithId(facts, 'head_appearance_cases')).toEqual(['head_appearance_cases=8:achieved']);
  });

  it('but not where they were all left to a lawyer or not made', async () => {
    const lawyer = await read(`栎原县2024年法治政府建设情况报告

2024年,县政府行政应诉案件73件,应出庭的8件均已委托律师出庭。
`);
    expect(statusesWithId(lawyer.facts, 'head_appearance_cases')).toEqual([]);
  });
});

describe('the officers whose certificates were renewed', () => {
  it('are no count of the officers', async () => {
    const { facts } = await read(`栎原县2024年法治政府建设情况报告

2024年,县司法局完成742名执法人员的行政执法证件换发,全县持证执法人员1,315名。
`);
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=1315:achieved']);
  });
});
