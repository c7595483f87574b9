/**
 * The general rules added after the blind measurement of test/fixtures/heldout111 (vertical agencies' own yearly reports:
 * a 税务局, a 海关, a 气象局, a 烟草专卖局, a 公安分局), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { quotedValuesOf, readFileQuoted, sectionStatuses, statusesWithId, statusesWithIds } from './helpers.js';

const lexicon = await loadLexicon();
const values = (text: string, id: string) => quotedValuesOf(lexicon, text, id);
const meta = async (text: string) => {
  const { doc } = await readFileQuoted(lexicon, text, 'liaoping.txt');
  return [doc.level, doc.place];
};

describe('a vertically managed office as the reporting body', () => {
  it('a customs office named by its own stem is a department, its name its place', async () => {
    expect(await meta('蓼屏海关2023年度法治海关建设情况报告\n一、主要工作\n关务会会前学法8次。\n')).toEqual(['department', '蓼屏海关']);
  });

  it('a national administration’s name before its county office leaves the office reporting', async () => {
    expect(await meta('国家税务总局蓼屏县税务局2024年度法治税务建设情况报告\n一、主要工作\n局务会议会前学法9次。\n')).toEqual(['department', '蓼屏县税务局']);
  });

  it('so the county office reads its city system as its superior', async () => {
    const facts = await sectionStatuses(lexicon, '国家税务总局蓼屏县税务局2024年度法治税务建设情况报告', '局内现有公职律师4名;全市税务系统公职律师共59名。');
    expect(statusesWithId(facts, 'public_lawyers')).toEqual(['public_lawyers=4:achieved']);
  });
});

describe('the local government in a department’s own report', () => {
  const customs = (sentence: string) => sectionStatuses(lexicon, '蓼屏海关2024年度法治海关建设工作情况报告', sentence);

  it('a clause opening with the government tells the government’s figures', async () => {
    const facts = await customs('配合区里优化营商环境,区政府全年审查政府合同74份、审核行政规范性文件12件。');
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual([]);
    expect(statusesWithId(facts, 'normative_docs_reviewed')).toEqual([]);
  });

  it('up to the department speaking of itself again', async () => {
    const facts = await customs('县人民政府全年受理行政复议案件150件,我关审查对外合同9份。');
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual([]);
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=9:achieved']);
  });

  it('by the place’s name, and with its party committee', async () => {
    const tax = (sentence: string) => sectionStatuses(lexicon, '国家税务总局蓼屏县税务局2024年度法治税务建设情况报告', sentence);
    expect(statusesWithId(await tax('蓼屏县人民政府全年受理行政复议案件86件,我局审查合同12份。'), 'reconsideration_cases')).toEqual([]);
    expect(statusesWithId(await tax('县委、县政府全年召开常务会议学法12次。'), 'exec_meeting_law_study')).toEqual([]);
  });

  it('but not the department’s own act for the government', async () => {
    const facts = await customs('配合区人民政府开展联合检查,我关全年审查合同12份。');
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=12:achieved']);
  });

  it('a clause the department opens stays its own', async () => {
    const facts = await sectionStatuses(lexicon, '蓼屏县气象局2023年度法治建设工作情况报告', '局务会议会前学法7次,县政府组织的法治讲座我局均派员参加。');
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=7:achieved']);
  });

  it('a 司法局 reports its government’s work as its own', async () => {
    const facts = await sectionStatuses(lexicon, '蓼屏县司法局2024年度法治政府建设情况报告', '县政府全年收到行政复议申请88件,审结80件。');
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=88:achieved']);
  });

  it('and so does the government’s own report', async () => {
    const facts = await sectionStatuses(lexicon, '蓼屏县人民政府2024年度法治政府建设情况报告', '县政府全年审查政府合同63份。');
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=63:achieved']);
  });
});

describe('the superior bureau of a county office', () => {
  it('市局 and 省局 are its superiors', async () => {
    const facts = await sectionStatuses(
      lexicon,
      '国家税务总局蓼屏县税务局2024年度法治税务建设情况报告',
      '市局全年审核规范性文件23件,省局受理行政复议案件86件,县局审查合同12份。',
    );
    expect(statusesWithIds(facts, 'normative_docs_reviewed', 'reconsideration_cases', 'contracts_reviewed')).toEqual(['contracts_reviewed=12:achieved']);
  });

  it('and so is its own kind of bureau at a superior’s place word', async () => {
    const facts = await sectionStatuses(lexicon, '琮阳市公安局蓼屏分局2024年度法治公安建设工作报告', '市公安局全年受理行政复议案件210件,分局审查合同21份。');
    expect(statusesWithIds(facts, 'reconsideration_cases', 'contracts_reviewed')).toEqual(['contracts_reviewed=21:achieved']);
  });

  it('while a county’s own bureau in the county’s report is the county’s', async () => {
    const facts = await sectionStatuses(lexicon, '蓼屏县人民政府2024年度法治政府建设情况报告', '县司法局全年审查政府合同46份。');
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=46:achieved']);
  });
});

describe('the whole staff before the certified officers', () => {
  it('a title about 执法资格 lends no count of all the staff, the certified part is the count', async () => {
    const facts = await sectionStatuses(
      lexicon,
      '蓼屏县税务局2024年度法治税务建设情况报告',
      '一是严把执法资格关。全局在岗干部132人,其中取得税务执法资格的120人。',
    );
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=120:achieved']);
  });

  it('the lowest grade and above is every holder, one higher grade a part', () => {
    expect(values('全局民警五百名,其中取得基本级以上执法资格的四百七十名。', 'enforcement_officers')).toEqual([470]);
    expect(values('持证民警中,取得高级执法资格的23名。', 'enforcement_officers')).toEqual([]);
  });

  it('while the officers counted after a whole body stay', () => {
    expect(values('全局持证执法人员56名,全部持证上岗。', 'enforcement_officers')).toEqual([56]);
  });
});

describe('a report named by its own line of work, made public', () => {
  it('法治税务建设情况报告 published on a website is the annual report published', () => {
    expect(values('上年度法治税务建设情况报告按时报送市局,并在县局网站向社会公开。', 'annual_report_published')).toEqual([true]);
  });

  it('but not the report opened or only reviewed', () => {
    expect(values('现将2024年度法治公安建设情况报告如下。', 'annual_report_published')).toEqual([]);
    expect(values('局党组会议审议了2024年度法治气象建设工作报告。', 'annual_report_published')).toEqual([]);
  });
});

describe('the one suit whose claims the court dismissed', () => {
  it('is won: none lost', () => {
    expect(values('以县局为被告的行政诉讼案件1件,局长出庭应诉,法院判决驳回原告诉讼请求。', 'litigation_lost_cases')).toEqual([0]);
  });

  it('but not when only a part of the claims was dismissed', () => {
    expect(values('以县局为被告的行政诉讼案件1件,法院判决驳回原告部分诉讼请求。', 'litigation_lost_cases')).toEqual([]);
  });
});
