/**
 * The general rules added after the blind measurement of test/fixtures/heldout147 (legal advisers' and public lawyers'
 * papers), on texts of our own: the advisers' or the public lawyers' own work report is no yearly report; the advisers'
 * contract period (自…签约以来, 聘期内, 服务期内) and the term before the present one (上届) are other periods; the suits and
 * appeals an agent took on (代理…) are the agent's share, the body named as the party or not; the few public lawyers sent to a
 * course or rated are a part of them; the opinions issued to the villages and the lectures of a sentence on the villages'
 * advisers serving the people are the villages'; and a number before a post (N名律师担任…的法律顾问) counts its holders over
 * a count of the places they serve.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readQuoted, statusesOf, statusesWithId, zhewanDistrict } from './helpers.js';

const lexicon = await loadLexicon();

/** The facts (as statusesOf) of 柘湾区's 2024 report whose achievements are `lines`. */
const district = (...lines: string[]): string[] => statusesOf(readQuoted(lexicon, zhewanDistrict(lines)).facts);

/** The kind of a paper titled `title` whose body is a few words of the advisers' work. */
const kindOf = (title: string): string =>
  readQuoted(
    lexicon,
    `${title}\n2024年，法律顾问为区政府审查合同协议，列席常务会议，坚持依法行政，参与合法性审查，做好行政复议和应诉衔接。现将有关情况报告如下。\n`,
  ).doc.kind;

describe('the work report of the government’s legal advisers or public lawyers', () => {
  it('is no yearly report, by the team, the firm or the bureau', () => {
    expect(kindOf('槐岭区人民政府法律顾问团2024年度工作报告')).toBe('other');
    expect(kindOf('明德律师事务所关于担任槐岭区人民政府常年法律顾问2024年度的服务报告')).toBe('other');
    expect(kindOf('槐岭区司法局2024年公职律师履职情况总结')).toBe('other');
  });

  it('but one joined to the year’s 法治政府建设 report stays the year’s', () => {
    expect(kindOf('槐岭区2024年法治政府建设暨法律顾问工作情况报告')).toBe('annual_report');
    expect(kindOf('槐岭区人民政府关于2024年度法治政府建设情况的报告')).toBe('annual_report');
  });
});

describe('the advisers’ contract period and the term before', () => {
  it('are other periods: the totals since the contract began, in it or of the last term', () => {
    const facts = district(
      '区政府法律顾问全年审查合同协议58份。自2023年9月受聘以来，法律顾问累计审查区政府合同121份。',
      '聘期内，顾问团共出具法律意见书230份。',
      '上一届法律顾问在2021年3月至2023年2月聘期内审查合同176份。',
    );
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=58:achieved']);
    expect(statusesWithId(facts, 'legality_review_opinions')).toEqual([]);
  });

  it('and what the firm did for another client in its service period', () => {
    const facts = district('服务期限内，本所还接受邻近苕溪县政府委托，审查合同45份、出具法律意见书19份。全年为区政府出具法律意见书77份。');
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual([]);
    expect(statusesWithId(facts, 'legality_review_opinions')).toEqual(['legality_review_opinions=77:achieved']);
  });

  it('but the year’s own figures and a month of the year the report starts from stay the year’s', () => {
    expect(statusesWithId(district('2023年12月以来，区政府审查合同协议66份。'), 'contracts_reviewed')).toEqual(['contracts_reviewed=66:achieved']);
    expect(statusesWithId(district('本届法律顾问全年审查区政府合同49份。'), 'contracts_reviewed')).toEqual(['contracts_reviewed=49:achieved']);
  });
});

describe('the suits and appeals an agent took on', () => {
  it('are a lawyer’s, an adviser’s or a firm’s share, the body named as the party or not', () => {
    const facts = district('区政府法律顾问代理区政府行政应诉案件7件。本所律师代理以区政府为被告的案件3件。公职律师代理行政复议案件5件。');
    expect(statusesWithId(facts, 'litigation_cases')).toEqual([]);
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual([]);
  });

  it('while the body’s own count of suits and appeals stands, and its legal office’s 代理 of them', () => {
    const facts = district('全年以区政府为被告的行政诉讼案件共34件，区政府受理行政复议申请62件。');
    expect(statusesWithId(facts, 'litigation_cases')).toEqual(['litigation_cases=34:achieved']);
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=62:achieved']);
    expect(statusesWithId(district('区司法局代理区政府行政应诉案件41件。'), 'litigation_cases')).toEqual(['litigation_cases=41:achieved']);
  });
});

describe('the public lawyers sent to a course or rated', () => {
  it('are a part of them, no count of all', () => {
    const facts = district('全区公职律师达到76名。区司法局选派6名公职律师参加省级轮训，年度考核评为优秀的公职律师11名。');
    expect(statusesWithId(facts, 'public_lawyers')).toEqual(['public_lawyers=76:achieved']);
  });
});

describe('the villages’ opinions and lectures', () => {
  it('are theirs: opinions issued to them, lectures of a sentence on their advisers serving the people', () => {
    const facts = district(
      '区政府法律顾问出具法律意见书38份，村（社区）法律顾问为各村出具法律意见书140份。',
      '全区村（居）法律顾问覆盖率100%，全年开展民法典讲座920场，向居民提供咨询5千余人次。',
    );
    expect(statusesWithId(facts, 'legality_review_opinions')).toEqual(['legality_review_opinions=38:achieved']);
    expect(statusesWithId(facts, 'law_lectures')).toEqual([]);
  });

  it('but the body’s own lectures beside the villages’ coverage stay', () => {
    const facts = district('全区村（社区）法律顾问覆盖率100%，区政府为领导干部举办法治专题讲座5期。');
    expect(statusesWithId(facts, 'law_lectures')).toEqual(['law_lectures=5:achieved']);
  });
});

describe('a number before a post', () => {
  it('counts its holders over a count of the places they serve', () => {
    const facts = district('全区47名律师和法律工作者担任156个村（社区）的法律顾问。');
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=47:achieved']);
  });

  it('but not over a figure of another kind', () => {
    const facts = district('全区47名律师为156个村（社区）法律顾问授课。');
    expect(statusesWithId(facts, 'legal_advisers')).toEqual([]);
  });
});
