/**
 * The breakdowns pass (rules/passes.yaml breakdowns): a part of a total stated in the same document is not a second
 * value of the fact — a sum by kind beside a larger total of its section, a count after 其中 or 分别为 that follows its
 * total, each kind's count after X类…各. On texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { paragraphStatuses, readFileQuoted, statusesWithId, zhechuanCounty as county } from './helpers.js';

const lexicon = await loadLexicon();
const statuses = paragraphStatuses(lexicon, '柘坪县2024年法治政府建设情况报告');
const of = (paragraph: string, id: string) => statusesWithId(statuses(paragraph), id);

/** The numeric facts of a 柘川县 report whose achievements are `lines`. */
const read = async (...lines: string[]): Promise<string[]> => (await readFileQuoted(lexicon, county(lines.join('\n')), 'zhechuan.txt')).facts;

describe('a sum by kind beside a larger total of its section', () => {
  it('is a breakdown of that total, not a second value of the fact', async () => {
    const facts = await read(
      '（三）行政应诉',
      '全年以县政府部门为被告的行政诉讼案件64件，行政机关负责人出庭应诉58件。',
      '县长出庭应诉2次，副县长出庭应诉9次。',
    );
    expect(statusesWithId(facts, 'head_appearance_cases')).toEqual(['head_appearance_cases=58:achieved']);
  });

  it('stays the fact when no larger total of its section stands beside it', async () => {
    const facts = await read('全年以县政府为被告的行政诉讼案件14件。', '县长出庭应诉2件，副县长出庭应诉9件。');
    expect(statusesWithId(facts, 'head_appearance_cases')).toEqual(['head_appearance_cases=11:achieved']);
  });

  it('nor when the larger figure stands in another top-level section, or tells a gap', async () => {
    const text = [
      '柘川县人民政府2024年法治政府建设情况报告',
      '一、行政应诉',
      '县长出庭应诉2件，副县长出庭应诉9件。',
      '二、乡镇法治建设',
      '全县各级行政机关负责人出庭应诉58件。',
      '三、存在的不足',
      '部分部门负责人出庭应诉仍不积极，应出庭未出庭的有40件。',
    ].join('\n');
    const facts = (await readFileQuoted(lexicon, text, 'zhechuan.txt')).facts;
    expect(statusesWithId(facts, 'head_appearance_cases')).toEqual(['head_appearance_cases=11:achieved', 'head_appearance_cases=58:achieved']);
  });
});

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

describe('各 after a count of kinds of one subject', () => {
  it('is each kind’s count, not the total', () => {
    expect(of('县政府公布年度重大行政决策事项目录,列入城建、农业类事项各3项,文旅类事项1项。', 'major_decision_items')).toEqual([]);
  });

  it('but 各类 totals the kinds', () => {
    expect(of('县政府全年审查各类合同协议46件。', 'contracts_reviewed')).toEqual(['contracts_reviewed=46:achieved']);
  });
});
