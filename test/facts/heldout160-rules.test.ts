/**
 * The general rules added after the blind measurement of test/fixtures/heldout160 (compilations and bundles of several
 * papers), on texts of our own: once the document's own paper has ended (the date that signs it), a paper titled by
 * another body of its place (a county's 汇编 going on with its bureaus' reports, a bureau's report with its 执法大队's
 * appended) is that body's, none of its figures the document's; a paper titled by a year's work ending in 情况
 * (某街道2023年法治建设工作情况) is another place's paper as one ending in 报告 is; a 目录 that lists the other papers
 * before the own one does not hide the own paper; an appendix of the document's own (its table of the year's figures,
 * titled by no body or by its place alone) stays its own; a note in brackets naming another place ((某州市全市…共计…名)) is
 * that place's, as the same clause without brackets is; a compilation (…汇编) whose first paper is the year's report of
 * the place its title names is that place's annual report, one opening with another body's paper a paper of another kind.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

/** A county's 汇编: a 目录, the county government's own report, then a bureau's report under its own title. */
const bundle = (bureauTitle: string, bureauSigned: boolean) => `苎岚县2023年度法治政府建设工作材料汇编
目录
一、苎岚县人民政府2023年度法治政府建设情况报告
二、${bureauTitle}
一、苎岚县人民政府2023年度法治政府建设情况报告
2023年，县政府坚持依法行政，推进法治政府建设。现将有关情况报告如下。
（一）主要工作。县政府聘请法律顾问9名，审查政府合同75份，全县持证行政执法人员864名。
（二）存在的不足。执法队伍专业化水平还不高。
（三）2024年工作安排。县政府常务会议会前学法不少于6次。
苎岚县人民政府
2024年2月6日
二、${bureauTitle}
今年以来，我局配备执法记录仪57台，聘请法律顾问3名，组织执法人员培训216人次。
${bureauSigned ? '苎岚县交通运输局\n2024年1月30日\n' : ''}`;

describe('a bureau’s paper after the county government’s own in a 汇编', () => {
  it('is the bureau’s: none of its figures is the county’s, signed or not', async () => {
    for (const signed of [true, false]) {
      const { facts } = await read(bundle('苎岚县交通运输局2023年度法治政府建设工作总结', signed), 'zhulan.txt');
      expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=9:achieved']);
      expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=75:achieved']);
      expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=864:achieved']);
      expect(statusesWithId(facts, 'body_cameras')).toEqual([]);
      expect(statusesWithId(facts, 'enforcement_training_participants')).toEqual([]);
    }
  });

  it('makes the 汇编 the county’s annual report, its own report opening it', async () => {
    const { doc } = await read(bundle('苎岚县交通运输局2023年度法治政府建设工作总结', true), 'zhulan.txt');
    expect([doc.kind, doc.level, doc.place, doc.year]).toEqual(['annual_report', 'county', '苎岚县', 2023]);
  });

  it('but a 汇编 opening with a bureau’s paper, or with another place’s, stays a paper of another kind', async () => {
    const byBureau = bundle('苎岚县交通运输局2023年度法治政府建设工作总结', true).replace(
      '目录\n一、苎岚县人民政府',
      '目录\n一、苎岚县交通运输局2023年度法治政府建设工作总结\n二、苎岚县人民政府',
    );
    expect((await read(byBureau, 'zhulan.txt')).doc.kind).toBe('other');
    const byCounties = bundle('芷桥县人民政府2023年度法治政府建设情况报告', true).replace(
      '苎岚县2023年度法治政府建设工作材料汇编',
      '蘅川市2023年度法治政府建设工作材料汇编',
    );
    expect((await read(byCounties, 'hengchuan.txt')).doc.kind).toBe('other');
  });

  it('but a paper titled by the county alone after the signature stays the county’s', async () => {
    const { facts } = await read(bundle('苎岚县2023年度法治政府建设主要数据情况', false), 'zhulan.txt');
    expect(statusesWithId(facts, 'body_cameras')).toEqual(['body_cameras=57:achieved']);
  });
});

/** A bureau's report with its 下属单位's papers appended under headings of their own (Markdown). */
const bureau = (appendix: string) => `# 枫浔区交通运输局2024年度法治政府建设情况报告

2024年，我局坚持依法行政，推进法治政府建设，现将有关情况报告如下。

## 一、主要工作

局聘请法律顾问2名，审查合同26份，全局持证行政执法人员73名，配备执法记录仪40台。

## 二、下一步打算

执法记录仪增加到60台。

枫浔区交通运输局

2025年1月9日

${appendix}
`;

describe('a bureau’s report with its units’ papers appended', () => {
  it('reads none of the units’ figures, under a title ending in 情况 or 报告', async () => {
    for (const unit of ['### 枫浔区交通运输综合执法大队2024年度法治建设情况', '### 枫浔区公路养护中心2024年法治工作报告']) {
      const { facts } = await read(bureau(`## 附件：下属单位材料\n\n${unit}\n\n大队现有执法人员51名，执法记录仪35台，审查合同8份。`), 'fengxun.md');
      expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=73:achieved']);
      expect(statusesWithId(facts, 'body_cameras')).toEqual(['body_cameras=40:achieved', 'body_cameras=60:plan']);
      expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=26:achieved']);
    }
  });

  it('but its own table appended after the signature, titled by no body, stays its own', async () => {
    const table = '## 附件1：2024年度法治政府建设主要指标完成情况\n\n| 指标 | 数值 |\n| --- | --- |\n| 公职律师（名） | 3 |';
    const { facts } = await read(bureau(table), 'fengxun.md');
    expect(statusesWithId(facts, 'public_lawyers')).toEqual(['public_lawyers=3:achieved']);
  });
});

/** A district's report with a street's paper as 附件, titled by its year's work ending in 情况. */
const district = `蓼汀区2024年法治政府建设情况报告
2024年，区政府坚持依法行政，推进法治政府建设。现将有关情况报告如下。
一、主要工作
区政府聘请法律顾问7名，全区调解矛盾纠纷1836件。
二、2025年工作安排
推进村（社区）法律顾问全覆盖。
蓼汀区人民政府
2025年2月11日
附件2
蓼汀区枫桥街道2024年法治建设工作情况
街道全年调解矛盾纠纷264件，聘请法律顾问2名，法律顾问实现村（社区）全覆盖。
`;

describe('a street’s paper appended under a title ending in 情况', () => {
  it('is the street’s', async () => {
    const { facts } = await read(district, 'liaoting.txt');
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=7:achieved']);
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=1836:achieved']);
    // the district's plan, not the street's coverage achieved
    expect(statusesWithId(facts, 'legal_adviser_coverage_rate')).toEqual(['legal_adviser_coverage_rate=100:plan']);
  });

  it('but a heading of the report’s own naming a year’s work stays its own', async () => {
    const own = district.replace('一、主要工作\n', '一、2024年法治政府建设推进情况\n');
    const { facts } = await read(own, 'liaoting.txt');
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=7:achieved']);
  });
});

/** A county's report with a note in brackets after its figures. */
const noted = (note: string) => `蒿溪县人民政府2024年法治政府建设情况报告
蒿州市人民政府：
2024年，县政府坚持依法行政，推进法治政府建设。现将有关情况报告如下。
一、主要工作
全县配备公职律师26名，审查政府合同58份。${note}
二、2025年工作安排
推进党政机关法律顾问全覆盖。
蒿溪县人民政府
2025年1月16日
`;

describe('a note in brackets naming another place', () => {
  it('states that place’s figure, the subject after the bracket', async () => {
    for (const note of ['（蒿州市全市公职律师共计412名，供参考。）', '\n（蒿州市全市共有公职律师412名，仅供对照。）'])
      expect(statusesWithId((await read(noted(note), 'haoxi.txt')).facts, 'public_lawyers')).toEqual(['public_lawyers=26:achieved']);
  });

  it('but a note in brackets of the county’s own states its own', async () => {
    const { facts } = await read(noted('（全县法律顾问共计31名，均已签订聘用合同。）'), 'haoxi.txt');
    expect(statusesWithId(facts, 'public_lawyers')).toEqual(['public_lawyers=26:achieved']);
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=31:achieved']);
  });
});
