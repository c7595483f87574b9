/**
 * The general rules added after the blind measurement of test/fixtures/heldout98 (totals and their breakdowns): the
 * parts of a total by kind, unit or post are no facts of the body; the figures of a list of its departments are
 * theirs. On texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { paragraphStatuses, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();
const statuses = paragraphStatuses(lexicon, '柘坪县2024年法治政府建设情况报告');
const of = (paragraph: string, id: string) => statusesWithId(statuses(paragraph), id);

describe('a total broken down after 其中 or 分别为', () => {
  it('keeps the total and none of its parts by kind', () => {
    expect(of('县政府常务会议全年会前学法14次,其中学习民法典3次、安全生产法2次、其他法规9次。', 'exec_meeting_law_study')).toEqual([
      'exec_meeting_law_study=14:achieved',
    ]);
  });

  it('nor its parts by unit after 分别为', () => {
    expect(of('全县持证执法人员合计1,480名,分别为县直部门执法人员1,020名、乡镇综合执法队460名。', 'enforcement_officers')).toEqual([
      'enforcement_officers=1480:achieved',
    ]);
  });

  it('nor its parts by post in the next sentence, opened by 其中', () => {
    expect(of('全年行政机关负责人出庭应诉42件。其中,县长出庭2次,部门负责人出庭36次。', 'head_appearance_cases')).toEqual(['head_appearance_cases=42:achieved']);
  });

  it('nor a level’s share of all levels’ total', () => {
    expect(of('全县各级人民调解组织调解矛盾纠纷5,600余件,其中县级行业调解组织调解700余件。', 'disputes_mediated')).toEqual(['disputes_mediated=5600:achieved']);
  });

  it('but keeps the body’s own share and a narrower count by act or papers', () => {
    expect(of('全县收到行政复议申请96件,其中县政府本级受理行政复议案件58件。', 'reconsideration_cases')).toEqual([
      'reconsideration_cases=96:achieved',
      'reconsideration_cases=58:achieved',
    ]);
    expect(of('县综合执法大队现有执法人员16名,其中持有行政执法证件的14名。', 'enforcement_officers')).toEqual([
      'enforcement_officers=16:achieved',
      'enforcement_officers=14:achieved',
    ]);
  });

  it('and a smaller count of the same fact after a total with no part word between', () => {
    expect(of('全县持证执法人员1,480名;县直部门法制审核人员共42名,乡镇执法人员460名。', 'enforcement_officers')).toEqual([
      'enforcement_officers=1480:achieved',
      'enforcement_officers=460:achieved',
    ]);
  });
});

describe('分别 after a list of the body’s departments', () => {
  it('gives none of the departments’ figures to the body', () => {
    expect(of('县公安局、县交通运输局、县应急管理局三家单位持证执法人员分别为186名、73名、41名。', 'enforcement_officers')).toEqual([]);
  });

  it('but a list of what was counted still pairs each figure with its item', () => {
    expect(of('全县行政执法主体、持证执法人员分别有38个、1,126名。', 'enforcement_officers')).toEqual(['enforcement_officers=1126:achieved']);
  });
});

describe('the body’s own share of its superior’s total, after 其中', () => {
  it('counts what the total’s subject names', () => {
    expect(of('全市共聘请政府法律顾问246名,其中我县29名。', 'legal_advisers')).toEqual(['legal_advisers=29:achieved']);
  });

  it('but another place’s share is not the body’s', () => {
    expect(of('全市共聘请政府法律顾问246名,其中榆川县29名。', 'legal_advisers')).toEqual([]);
  });
});

describe('各 after a count of kinds of one subject', () => {
  it('is each kind’s count, not the total', () => {
    expect(of('县政府公布年度重大行政决策事项目录,列入城建、农业类事项各3项,文旅类事项1项。', 'major_decision_items')).toEqual([]);
  });

  it('but 各类 totals the kinds', () => {
    expect(of('县政府全年审查各类合同协议46件。', 'contracts_reviewed')).toEqual(['contracts_reviewed=46:achieved']);
  });
});

describe('经清理 before the repeal, after the stock gone over', () => {
  it('counts the documents repealed, not those gone over or amended', () => {
    expect(of('对县政府行政规范性文件开展全面梳理,梳理文件75件,经清理废止9件、修改5件。', 'normative_docs_cleaned')).toEqual([
      'normative_docs_cleaned=9:achieved',
    ]);
  });

  it('but a cleanup that only went over the stock counts none', () => {
    expect(of('对县政府行政规范性文件开展全面梳理,梳理文件75件,经清理全部继续有效。', 'normative_docs_cleaned')).toEqual([]);
  });
});
