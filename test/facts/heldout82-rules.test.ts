/**
 * The general rules added after the blind measurement of test/fixtures/heldout82 (provinces and 副省级 cities), on
 * texts of our own: a province's report reads the cities it names acting as theirs (as a city's report reads its
 * districts), a place named ahead of its peers (在全省率先实现…) is that place acting, a city with districts alone is a
 * city, a 常务会议 that studies laws named bare in a list, and the share of units that have a legal adviser.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { loadLexicon } from '../../src/facts/index.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { sectionStatuses, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const PROVINCE = '岚川省人民政府关于2023年度法治政府建设情况的报告';
const CITY = '榕屿市人民政府关于2023年度法治政府建设情况的报告';
const province = (body: string) => sectionStatuses(lexicon, PROVINCE, `2023年,全省上下扎实推进依法行政,法治政府建设取得新成效。\n${body}`);
const city = (body: string) => sectionStatuses(lexicon, CITY, `2023年,全市上下扎实推进依法行政,法治政府建设取得新成效。\n${body}`);

describe('a province’s report naming its cities', () => {
  it('reads the figures of a city opening a clause as the city’s, the province’s own around them', async () => {
    const facts = await province(
      '全省各级复议机关受理行政复议案件2.4万件,综合纠错率12.6%。从各设区市看,梧溪市受理3,120件、纠错率14.2%,桐岭市受理2,840件、纠错率10.5%。全省持证执法人员11.2万名。',
    );
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=24000:achieved']);
    expect(statusesWithId(facts, 'reconsideration_correction_rate')).toEqual(['reconsideration_correction_rate=12.6:achieved']);
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=112000:achieved']);
  });

  it('reads a city named with its year, and the clauses after it, as the city’s', async () => {
    const facts = await province(
      '省里推荐梧溪市参加全国示范创建评估。梧溪市2023年行政机关负责人出庭应诉率达到95%,市政府常务会议学法11次;桐岭市行政复议纠错率为16.1%。省政府常务会议会前学法9次。',
    );
    expect(statusesWithId(facts, 'head_appearance_rate')).toEqual([]);
    expect(statusesWithId(facts, 'reconsideration_correction_rate')).toEqual([]);
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=9:achieved']);
  });

  it('still reads the province’s own body (省本级, 全省) and the nation’s comparison apart', async () => {
    const facts = await province('省本级受理行政复议案件520件,审结498件。全省行政机关负责人出庭应诉率98.6%,高于全国平均水平3.1个百分点。');
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=520:achieved']);
    expect(statusesWithId(facts, 'head_appearance_rate')).toEqual(['head_appearance_rate=98.6:achieved']);
  });
});

describe('a place named ahead of its peers', () => {
  it('is that place acting: a district’s coverage in a city’s report is the district’s', async () => {
    const facts = await city('市政府法律顾问团有法律顾问12名。松湾区在全省率先实现村(社区)法律顾问全覆盖。桥北区实现社区法律顾问全覆盖。');
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=12:achieved']);
    expect(statusesWithId(facts, 'legal_adviser_coverage_rate')).toEqual([]);
  });

  it('but the body itself so named is the body', async () => {
    const facts = await city('榕屿市在全省率先实现村(社区)法律顾问全覆盖。');
    expect(statusesWithId(facts, 'legal_adviser_coverage_rate')).toEqual(['legal_adviser_coverage_rate=100:achieved']);
  });
});

describe('a city with districts alone', () => {
  const levelOf = async (text: string) => buildDocument(await ingestBytes(Buffer.from(text, 'utf8'), 'report.txt')).level;
  const opening = `${CITY}\n2023年,全市坚持依法行政,综合执法力量向镇街下沉`;

  it('is a city when it counts its districts’ governments or says it is a 计划单列市', async () => {
    expect(await levelOf(`${opening},5个区政府共受理行政复议案件760件。\n`)).toBe('city');
    expect(await levelOf(`${opening},各区政府规范性文件全部报市政府备案。\n`)).toBe('city');
    expect(await levelOf(`${opening},法治建设服务计划单列市发展大局。\n`)).toBe('city');
  });

  it('is a county-level city when it names only its towns and streets', async () => {
    expect(await levelOf(`${opening},各镇街共调解矛盾纠纷960件。\n`)).toBe('county');
  });
});

describe('a 常务会议 studying laws named bare in a list', () => {
  it('counts its sessions, the meeting named by the system in the opening clause', async () => {
    const facts = await province('建立省政府常务会议会前学法制度,全年学习公司法、安全生产法修正案等7次。');
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=7:achieved']);
  });

  it('but not practices or methods ending in 法', async () => {
    const facts = await province('省政府常务会议学习兄弟省份先进做法、工作方法等4次。');
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual([]);
  });
});

describe('the share of units that have a legal adviser (…的X占比)', () => {
  it('is the adviser coverage rate', async () => {
    const facts = await province('配备法律顾问和公职律师的省直部门占比达到100%,全省公职律师4,180名。');
    expect(statusesWithId(facts, 'legal_adviser_coverage_rate')).toEqual(['legal_adviser_coverage_rate=100:achieved']);
  });

  it('but not the companies’ share, nor a change of the share', async () => {
    const facts = await province('聘请法律顾问的规模以上企业占比达到63%。配备公职律师的单位占比较上年提高9%。');
    expect(statusesWithId(facts, 'legal_adviser_coverage_rate')).toEqual([]);
  });
});
