/**
 * The general rules added after the blind measurement of test/fixtures/heldout178 (development zones, 管委会, 新区), on texts
 * of our own: a county's 工业园区 governed by its 管委会 reports as a zone does, at district level (heldout12, heldout79,
 * heldout97); the streets and towns a zone runs for its city, named after 托管的 and counted apart (另行统计), are their own
 * units, and the county's whole (全县…) in its park's paper is a superior's; in a city's paper a zone's governing body opening
 * a clause (经开区管委会被诉…, 高新区管委会承办的…), also right after a ";", tells the zone's figures, not the city's; a count
 * before a denied setting-up (两个开发区不单独设立执法主体) counts the zones, not the subjects; a part of a total (其中…) ends
 * at its ";" unless the clause after it names another unit; and 该局 pointing back to a bureau the zone's paper names right
 * after its own 管委会 (由管委会综合执法局…实施。该局…) is the zone's own bureau, whose officers and cameras are the zone's.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

/** A county's park reporting to the county (Markdown-free plain text), with the body's own lines in `body`. */
const park = (name: string, body: string) => `${name}2023年度法治政府建设工作报告

芍川县人民政府：
2023年，园区党工委、管委会坚持依法行政，推进法治园区建设，现将有关情况报告如下。
${body}

${name}
2024年1月12日
`;

describe('a county’s 工业园区 under its 管委会', () => {
  it('reports at district level, as other zones do', async () => {
    const { doc } = await read(park('芍川县工业园区管理委员会', '园区管委会聘请法律顾问2名。'), 'shaochuan_park.txt');
    expect([doc.kind, doc.level]).toEqual(['annual_report', 'district']);
    expect(doc.place).toContain('工业园区');
  });

  it('but a county body named 管理委员会 without a zone stays a department', async () => {
    const { doc } = await read(park('芍川县园林绿化管理委员会', '我委聘请法律顾问2名。'), 'shaochuan_garden.txt');
    expect(doc.level).toBe('department');
  });
});

describe('a zone’s 托管 units and its county’s whole', () => {
  it('reads neither the town counted apart nor the county’s whole', async () => {
    const body =
      '园区人民调解委员会全年调解纠纷76件。托管的桐溪镇调解委员会另行统计，全年调解各类纠纷305件。以管委会为被告的行政诉讼案件3件。同期，全县行政诉讼案件94件。';
    const { facts } = await read(park('芍川县工业园区管理委员会', body), 'shaochuan_park.txt');
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=76:achieved']);
    expect(statusesWithId(facts, 'litigation_cases')).toEqual(['litigation_cases=3:achieved']);
  });

  it('but the zone with its 托管 streets together is its own area', async () => {
    const body = '新区及托管街道全年调解矛盾纠纷1,840件，调解成功率98%。';
    const { facts } = await read(park('芍川县工业园区管理委员会', body), 'shaochuan_park.txt');
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=1840:achieved']);
  });
});

describe('a zone’s own bureau pointed back to', () => {
  it('gives the zone’s officers and cameras after 管委会…局', async () => {
    const body = '处罚事项由管委会综合执法局以县直部门名义实施。该局持有执法证件的执法人员15名，配备执法记录仪8台。';
    const { facts } = await read(park('芍川县工业园区管理委员会', body), 'shaochuan_park.txt');
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=15:achieved']);
    expect(statusesWithId(facts, 'body_cameras')).toEqual(['body_cameras=8:achieved']);
  });

  it('but not a district’s department, nor a zone’s bureau in a city’s paper', async () => {
    const district = `芍川区2023年法治政府建设情况报告
区市场监管局是全区执法任务最重的部门。该局持证执法人员96名，配备执法记录仪41台。全区持证执法人员620名。
芍川区人民政府
2024年1月12日
`;
    const { facts } = await read(district, 'shaochuan_district.txt');
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=620:achieved']);
    expect(statusesWithId(facts, 'body_cameras')).toEqual([]);
  });
});

/** A city's report counting its zones beside its counties. */
const city = (body: string) => `蘅峪市人民政府2023年度法治政府建设情况报告

省人民政府：
2023年，蘅峪市统筹推进全市4个县、1个区和两个开发区的法治政府建设。现将有关情况报告如下。
${body}

蘅峪市人民政府
2024年2月1日
`;

describe('a zone in its city’s paper', () => {
  it('tells the zone’s figures where its 管委会 opens a clause, also after a ";"', async () => {
    const body =
      '全市行政机关负责人出庭应诉率96.8%；经开区管委会被诉17件，负责人出庭应诉率100%。市政府承办人大代表建议和政协提案318件。高新区管委会承办的建议提案9件由其自行办理答复。';
    const { facts } = await read(city(body), 'hengyu.txt');
    expect(statusesWithId(facts, 'head_appearance_rate')).toEqual(['head_appearance_rate=96.8:achieved']);
    expect(statusesWithId(facts, 'proposals_handled')).toEqual(['proposals_handled=318:achieved']);
  });

  it('reads no count of subjects where the zones set none up, but the city’s subjects set up', async () => {
    const { facts } = await read(city('两个开发区不单独设立执法主体，由市直部门委托执法。'), 'hengyu.txt');
    expect(statusesWithId(facts, 'enforcement_subjects')).toEqual([]);
    const own = await read(city('全市共设立行政执法主体296个。'), 'hengyu.txt');
    expect(statusesWithId(own.facts, 'enforcement_subjects')).toEqual(['enforcement_subjects=296:achieved']);
  });
});

describe('a part of a total', () => {
  it('ends at its ";": the clause after it is the whole’s again', async () => {
    const body = '全市持证执法人员共3,120名，其中高新区综合执法队84名；配备执法记录仪1,460台。';
    const { facts } = await read(city(body), 'hengyu.txt');
    expect(statusesWithId(facts, 'body_cameras')).toEqual(['body_cameras=1460:achieved']);
  });

  it('but goes on where the clause after the ";" names another unit', async () => {
    const body = '4个县中，复议案件下降的有3个，其中桐岭县下降12%；芷溪县政府常务会议学法7次，在各县中最少。市政府常务会议会前学法12次。';
    const { facts } = await read(city(body), 'hengyu.txt');
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=12:achieved']);
  });
});
