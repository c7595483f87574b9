/**
 * The general rules added after the blind measurement of test/fixtures/heldout70 (one county's reports across
 * five years: a report written after its year ends, five-year totals in prose, a contrast with last year, a
 * part of the year's cases by kind), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { sectionStatuses, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const read = (year: number, body: string) => sectionStatuses(lexicon, `青原县${year}年法治政府建设情况报告`, body);

describe('a report written after its year, dating some figures in the next one', () => {
  const late = `全年受理行政复议申请73件,县政府常务会议会前学法11次。
截至本报告报送时(2024年2月下旬),今年以来全县已收到行政复议申请9件,县政府常务会议已学法2次,这些数据留待下一年度报告统计。`;

  it('reads the year’s figures and none of the later time’s', async () => {
    const facts = await read(2023, late);
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=73:achieved']);
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=11:achieved']);
  });

  it('reads 今年以来 as the year itself where no later date stands before it', async () => {
    const facts = await read(2023, '今年以来全县已收到行政复议申请9件,县政府常务会议已学法2次。');
    expect(facts).toEqual(expect.arrayContaining(['reconsideration_cases=9:achieved', 'exec_meeting_law_study=2:achieved']));
  });

  it('ends the later time’s run at a ";"', async () => {
    const facts = await read(2023, '截至2024年1月底,全县又新聘公职律师4名;全年审查政府合同88份。');
    expect(facts).toEqual(['contracts_reviewed=88:achieved']);
  });

  it('ends the later time’s run at a plan, which stays a plan', async () => {
    const facts = await read(2023, '截至2024年2月底,今年以来已受理复议申请9件,计划全年会前学法12次。');
    expect(facts).toEqual(['exec_meeting_law_study=12:plan']);
  });

  it('still reads a figure up to the end of the year itself', async () => {
    const facts = await read(2023, '截至2023年底,全县共有公职律师38名。');
    expect(facts).toEqual(['public_lawyers=38:achieved']);
  });
});

describe('a contrast that turns to the same time of an earlier year', () => {
  it('reads the year’s figure, not the earlier year’s after 而', async () => {
    const facts = await read(2020, '化解涉疫房屋租赁纠纷41件,而2019年同期此类纠纷仅有9件。');
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=41:achieved']);
  });

  it('and after 但 too', async () => {
    const facts = await read(2020, '全年审查政府合同66份,但2019年仅审查31份。');
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=66:achieved']);
  });
});

describe('the totals of a span of years written out in prose', () => {
  const span = `全年调解矛盾纠纷2,980件,培训行政执法人员720人次。
五年间,全县累计审核行政规范性文件59件,累计宣布失效63件;累计调解矛盾纠纷1.3万件;累计培训行政执法人员2900余人次。`;

  it('reads the year’s figures, none of the span’s totals over its semicolons', async () => {
    const facts = await read(2025, span);
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=2980:achieved']);
    expect(statusesWithId(facts, 'enforcement_training_participants')).toEqual(['enforcement_training_participants=720:achieved']);
    expect(statusesWithId(facts, 'normative_docs_reviewed')).toEqual([]);
  });

  it('reads a clause of the year after the span’s totals as the year’s', async () => {
    const facts = await read(2025, '五年间,全县累计调解矛盾纠纷1.3万件;本年度培训行政执法人员720人次。');
    expect(facts).toEqual(['enforcement_training_participants=720:achieved']);
  });
});

describe('a part of the year’s cases by kind, after the whole and 中', () => {
  it('reads the whole’s count, not the part’s', async () => {
    const facts = await read(2025, '全年受理行政复议案件128件,审结121件。行政复议案件中涉及市场主体的案件33件,占25.8%。');
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=128:achieved']);
  });

  it('but a part that is a fact of its own is read as that fact', async () => {
    const facts = await read(2025, '全年行政诉讼案件中一审败诉4件。');
    expect(statusesWithId(facts, 'litigation_lost_cases')).toEqual(['litigation_lost_cases=4:achieved']);
  });
});
