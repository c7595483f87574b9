/**
 * The general rules added after the blind measurement of test/fixtures/heldout171 (papers that give figures for many places
 * at once), on texts of our own: another place's department opening a clause (a county bureau in a city bureau's report,
 * 某县交通运输局执法人员…) is that place's body, as its people are; the rest of the units after some named one by one
 * (其余4个乡镇共…) and units whose figure the sentence gives as a share of the body's whole (8个乡镇合计…,占全县总数的…) are
 * the units', not the body's; right after a whole of units (全市14个镇(街道)中,) a clause opening with a count of them alone
 * (有9个实现…) tells a part of them; in a paper about its units (an assessment 通报) a clause opening with one of the body's
 * departments by name (区市场监督管理局执法人员…) tells that department's figures, its legal office's review staying the body's.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

/** A city bureau's report whose second part quotes the county bureaus' figures after the bureau's own. */
const cityBureau = (countyLine: string) => `# 蓼湾市交通运输局2024年度法治政府建设情况报告

2024年，我局坚持依法行政，推进法治政府部门建设，现将有关情况报告如下。

## 一、主要工作

本局持证行政执法人员286名，配备执法记录仪120台，全年组织执法人员培训，人均完成培训66学时。

## 二、各县（区）交通运输部门情况

- ${countyLine}

蓼湾市交通运输局

2025年1月15日
`;

describe('another place’s department opening a clause in a department’s report', () => {
  it('is that place’s body: a county bureau’s people and hours are not the city bureau’s', async () => {
    for (const line of ['荇川县交通运输局执法人员174名，人均58学时；', '苕溪市（县级市）交通运输局执法人员203名，人均63学时；']) {
      const { facts } = await read(cityBureau(line), 'liaowan.md');
      expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=286:achieved']);
      expect(statusesWithId(facts, 'enforcement_training_hours')).toEqual(['enforcement_training_hours=66:achieved']);
    }
  });

  it('but the bureau’s own place named before its own kind of bureau stays the bureau’s', async () => {
    const { facts } = await read(cityBureau('蓼湾市交通运输局法制审核人员8名；'), 'liaowan.md');
    expect(statusesWithId(facts, 'legal_review_staff')).toEqual(['legal_review_staff=8:achieved']);
  });
});

/** A county's report with its towns' figures after its own. */
const county = (towns: string) => `荇川县2021年法治政府建设情况报告
一、主要工作和成效
全县各级调解组织调解矛盾纠纷1980件，调解成功率97.6%。
二、各乡镇主要数据
芦溪镇：调解矛盾纠纷325件。
${towns}
荇川县人民政府
2022年2月10日
`;

describe('units counted as a part of the body’s', () => {
  it('are the units’: the rest after some named, and a count told as a share of the whole', async () => {
    for (const towns of ['其余6个乡镇共调解矛盾纠纷548件。', '7个乡镇合计调解1420件，占全县总数的71.7%。']) {
      const { facts } = await read(county(towns), 'xingchuan.txt');
      expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=1980:achieved']);
    }
  });

  it('but a count of all the units with no share said stays the body’s', async () => {
    const text = county('').replace('全县各级调解组织调解矛盾纠纷1980件', '11个乡镇共聘请法律顾问11名');
    const { facts } = await read(text, 'xingchuan.txt');
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=11:achieved']);
  });
});

/** A county-level city's report with its towns' 应诉 after its own. */
const countyCity = (after: string) => `苕溪市2019年法治政府建设情况报告
一、主要工作
全市行政应诉案件48件，行政机关负责人出庭应诉40件，出庭应诉率83.3%。全市12个镇（街道）中，${after}
苕溪市人民政府
2020年1月20日
`;

describe('a count of units right after a whole of them', () => {
  it('tells a part of them: their rate is not the body’s', async () => {
    const { facts } = await read(countyCity('有8个实现负责人出庭应诉率100%。'), 'tiaoxi.txt');
    expect(statusesWithId(facts, 'head_appearance_rate')).toEqual(['head_appearance_rate=83.3:achieved']);
  });

  it('but a count of something else there is no count of units', async () => {
    const { facts } = await read(countyCity('有3件行政诉讼案件败诉。'), 'tiaoxi.txt');
    expect(statusesWithId(facts, 'litigation_lost_cases')).toEqual(['litigation_lost_cases=3:achieved']);
  });
});

/** A district's assessment 通报 to its streets and departments. */
const notice = (departments: string) => `关于2023年度全区法治政府建设考核结果的通报
荇北政办〔2024〕5号
各街道办事处，区政府各部门：
根据《荇北区法治政府建设考核办法》，区委依法治区办对全区5个街道和20个区直部门2023年度法治政府建设情况进行了考核，现将考核结果通报如下。
一、全区总体情况
区司法局前置审核行政规范性文件9件，审核率100%。全区持证行政执法人员1320名。
二、区直部门考核结果
${departments}
荇北区人民政府办公室
2024年2月20日
`;

describe('one of the body’s departments named in a paper about its units', () => {
  it('tells that department’s figures, not the district’s', async () => {
    const { doc, facts } = await read(notice('区应急管理局执法人员96名，人均培训学时65学时；区城市管理局配备执法记录仪120台。'), 'xingbei.txt');
    expect(doc.kind).toBe('other');
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=1320:achieved']);
    expect(statusesWithId(facts, 'enforcement_training_hours')).toEqual([]);
    expect(statusesWithId(facts, 'body_cameras')).toEqual([]);
  });

  it('but the legal office’s review for the government stays the body’s', async () => {
    const { facts } = await read(notice('区城市管理局配备执法记录仪120台。'), 'xingbei.txt');
    expect(statusesWithId(facts, 'normative_docs_reviewed')).toEqual(['normative_docs_reviewed=9:achieved']);
  });
});
