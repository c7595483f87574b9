/**
 * The general rules added after the blind measurement of test/fixtures/heldout81 (the Greater Bay Area's shapes), on
 * texts of our own: a pilot zone's 片区 and a cooperation zone's 执行委员会 report for their zone; a city names its towns
 * (其中某镇…, 镇街层面,…, 某镇另聘请…) and counts them (32个镇街共审查…); the villages' contracts and the lectures held among
 * companies or by the villages' advisers are no body's; a document reviewed before it went out; a named superior's
 * dated document; a panel enlarged to a count.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readQuoted, sectionStatuses, statusesOf, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const OPENING = '2023年,管委会坚持依法行政,推进法治政府建设,各项工作取得新进展。';

describe('a pilot zone’s 片区 and its 管理委员会', () => {
  it('report for the 片区 at district level, the zone’s full name before it left aside', () => {
    const { doc } = readQuoted(lexicon, `中国(岭南)自由贸易试验区芦湾片区管理委员会关于2023年度法治政府建设工作的报告\n${OPENING}\n`);
    expect([doc.level, doc.place]).toEqual(['district', '芦湾片区']);
    const short = readQuoted(lexicon, `芦湾片区管委会2023年度法治政府建设工作报告\n${OPENING}\n`).doc;
    expect([short.level, short.place]).toEqual(['district', '芦湾片区']);
  });

  it('so that the city the 管委会 works for is another place: its figures are not the 片区’s', () => {
    const body = '一、主要工作\n片区法制办全年出具合法性审查意见88件。榆州市全年行政复议案件960件,其中以片区管委会为被申请人的3件。\n';
    const { facts } = readQuoted(lexicon, `中国(岭南)自由贸易试验区芦湾片区管理委员会2023年度法治政府建设报告\n${OPENING}\n${body}`);
    expect(statusesOf(facts).filter((f) => f.startsWith('reconsideration_cases='))).not.toContain('reconsideration_cases=960:achieved');
    expect(statusesOf(facts)).toContain('legality_review_opinions=88:achieved');
  });

  it('while a 片区 of a town’s plan, with no zone’s government after it, names no body', () => {
    const { doc } = readQuoted(lexicon, `青石镇2023年法治政府建设工作总结\n2023年,全镇推进东部片区改造,坚持依法行政。\n`);
    expect([doc.level, doc.place]).toEqual(['township', '青石镇']);
  });
});

describe('a cooperation zone governed by an 执行委员会', () => {
  it('reports for the zone at district level, as one governed by a 管理委员会 does', () => {
    const { doc } = readQuoted(lexicon, `芦湾两地合作区执行委员会2025年度法治政府建设情况报告\n2025年,执委会坚持依法行政,推进法治政府建设。\n`);
    expect([doc.level, doc.place]).toEqual(['district', '芦湾两地合作区']);
  });

  it('but an 执行委员会 of anything else stays a department', () => {
    const { doc } = readQuoted(lexicon, `芦湾区体育赛事执行委员会2025年度工作总结\n2025年,我委坚持依法办事,做好赛事组织工作。\n`);
    expect(doc.level).toBe('department');
  });
});

/** A city without districts, its towns straight under it. */
const CITY = '榆州市人民政府2024年法治政府建设年度报告';
const CITY_OPENING = '榆州市不设市辖区,市直接管理22个镇和3个街道。2024年,市政府推进依法行政,各项工作取得新进展。';
const city = (body: string) => sectionStatuses(lexicon, CITY, `${CITY_OPENING}\n${body}`);

describe('a city’s towns named in its report', () => {
  it('tell their own figures after 其中, after their level named as the topic, and before 另', async () => {
    const facts = await city(
      [
        '市委常委会会议专题研究法治建设工作3次。镇街层面,青石镇党委会议专题研究法治建设7次,白沙镇组织干部旁听庭审51人。',
        '市司法局审查市政府合同96份;镇街一级,各镇街共审查合同1,480份,其中青石镇审查合同120份。',
        '市政府聘请法律顾问8名。白沙镇另聘请法律顾问2名,服务镇属企业。',
      ].join('\n'),
    );
    expect(statusesWithId(facts, 'committee_rule_of_law_meetings')).toEqual(['committee_rule_of_law_meetings=3:achieved']);
    expect(statusesWithId(facts, 'court_hearing_observers')).toEqual([]);
    expect(statusesWithId(facts, 'contracts_reviewed')).not.toContain('contracts_reviewed=120:achieved');
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=8:achieved']);
  });

  it('while a count of the towns before their act counts the towns, no contracts', async () => {
    const facts = await city('全市22个镇街共审查合同协议1,310份。');
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=1310:achieved']);
  });
});

/** A town straight under its city. */
const TOWN = '青石镇人民政府2023年法治政府建设工作报告';
const TOWN_OPENING = '青石镇由榆州市直接管理。2023年,镇政府推进依法行政,各项工作取得新进展。';
const town = (body: string) => sectionStatuses(lexicon, TOWN, `${TOWN_OPENING}\n${body}`);

describe('what a town’s report tells of others', () => {
  it('leaves out the villages’ contracts it helps review and the lectures of the villages’ advisers', async () => {
    const facts = await town(
      [
        '镇司法所审查镇政府合同45份。另外,协助各村(社区)审查集体经济合同160份。',
        '推行一村(社区)一法律顾问制度,由7名律师分片服务,全年开展法律讲座64场。镇政府举办领导干部法治讲座2期。',
      ].join('\n'),
    );
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=45:achieved']);
    expect(statusesWithId(facts, 'law_lectures')).toEqual(['law_lectures=2:achieved']);
  });

  it('leaves out its named city’s dated catalogue', async () => {
    const facts = await town('公布镇2023年度重大行政决策事项目录,列入事项3项。榆州市政府2023年度重大行政决策事项目录共列入事项15项。');
    expect(statusesWithId(facts, 'major_decision_items')).toEqual(['major_decision_items=3:achieved']);
  });

  it('reads a document reviewed by the city before it went out', async () => {
    const facts = await town('以镇政府名义制发的行政规范性文件2件,经市司法局审核后印发。');
    expect(statusesWithId(facts, 'normative_docs_reviewed')).toEqual(['normative_docs_reviewed=2:achieved']);
  });
});

describe('lectures held among companies', () => {
  it('serve the companies’ staff, not the body’s officials, though quote marks part the campaign’s words', async () => {
    const facts = await city('面向企业开展“榆州法治讲堂”进园区活动58场。市政府举办领导干部法治专题讲座4期。');
    expect(statusesWithId(facts, 'law_lectures')).toEqual(['law_lectures=4:achieved']);
  });
});

describe('a panel enlarged to a count', () => {
  it('gives the count, a plan in the plans', async () => {
    const facts = await city('二、2025年工作安排\n一是市政府法律顾问团扩充至14名。');
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=14:plan']);
  });
});
