/**
 * The general rules added after the blind measurement of test/fixtures/heldout141 (places renamed, merged or split in the
 * year), on texts of our own: a 县级市 the text says was made one (设立县级某市) is a county; a name after 原 is the place as
 * it was (the report's own after 撤县设区), and so is a name the text says the place had (某市更名为某市, 撤销某县,设立某区);
 * an earlier year right after the clause's subject (全区2024年…, 开发区管委会2021年…) dates that clause as at its start; a
 * clause saying its act was done in an earlier year (已于上年办结) counts nothing of the year; and companies joined with
 * villages or departments (园区企业和村(社区)法律顾问全覆盖) are no companies alone, whose coverage is none of the body's.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readQuoted, statusesOf, statusesWithId, statusesWithIds } from './helpers.js';

const lexicon = await loadLexicon();

/** The document and facts (as statusesOf) of a yearly report of `year` under `title`, its work `done`, its plans `plans`. */
const report = (title: string, year: number, done: string, plans = ''): { level: string; facts: string[] } => {
  const { doc, facts } = readQuoted(
    lexicon,
    [
      title,
      `${year}年，我们坚持依法行政，推进法治政府建设，现将有关情况报告如下。`,
      '一、主要工作',
      done,
      '二、存在的不足',
      '基层法制审核力量仍显薄弱。',
      `三、${year + 1}年工作安排`,
      plans || '继续推进法治政府建设。',
      '',
    ].join('\n'),
  );
  return { level: doc.level, facts: statusesOf(facts) };
};

describe('a county-level city the text says was made one', () => {
  it('is a county, however it names the change', () => {
    expect(report('蓼川市2025年法治政府建设情况报告', 2025, '2025年2月，撤销蓼川县，设立县级蓼川市。全市调解矛盾纠纷640件。').level).toBe('county');
    expect(report('苕溪市2024年法治政府建设情况报告', 2024, '年初苕溪县经批准改设为县级苕溪市，全市受理行政复议申请31件。').level).toBe('county');
  });

  it('but a city telling of another place made one stays a city', () => {
    const city = report('蓟原市2024年法治政府建设情况报告', 2024, '经国务院批准，撤销岷川县，设立县级岷川市。各区县政府共受理行政复议申请310件。');
    expect(city.level).toBe('city');
  });
});

describe('the place as it was, or by its former name', () => {
  it('is the body itself: its last report made public in the year is its own', () => {
    const district = report(
      '蘅水区2024年法治政府建设情况报告',
      2024,
      '1月，撤销蘅水县，设立蘅水区。原蘅水县2023年度法治政府建设情况报告已于2月底在政府网站向社会公开。',
    );
    expect(statusesWithId(district.facts, 'annual_report_published')).toEqual(['annual_report_published=true:achieved']);
    const renamed = report(
      '澄岭市2025年法治政府建设情况报告',
      2025,
      '3月，经国务院批准，梧岭市更名为澄岭市。梧岭市2024年度法治政府建设情况报告按时报送省政府并向社会公开。',
    );
    expect(statusesWithId(renamed.facts, 'annual_report_published')).toEqual(['annual_report_published=true:achieved']);
  });

  it('but a unit that gave only some of its parts is another body', () => {
    const district = report(
      '沣桥区2025年法治政府建设情况报告',
      2025,
      '经批准，以原汀北区的3个街道和原槐山区的2个镇设立沣桥区。原汀北区2024年度法治政府建设情况报告已向社会公开。',
    );
    expect(statusesWithId(district.facts, 'annual_report_published')).toEqual([]);
  });
});

describe('an earlier year right after the clause’s subject', () => {
  it('dates its clause: the area’s or a body’s figures of that year', () => {
    const { facts } = report(
      '泷溪区2025年法治政府建设情况报告',
      2025,
      '全区调解矛盾纠纷1,730件；并入前该街道2024年调解矛盾纠纷612件。划转前，园区管委会2023年受理行政复议申请8件。',
    );
    expect(statusesWithIds(facts, 'disputes_mediated', 'reconsideration_cases')).toEqual(['disputes_mediated=1730:achieved']);
  });

  it('but not where the clause goes on to the year itself, nor a month of that year, nor the year itself', () => {
    const { facts } = report('泷溪区2025年法治政府建设情况报告', 2025, '区司法局2024年审核规范性文件14件、2025年审核规范性文件19件。');
    expect(statusesWithId(facts, 'normative_docs_reviewed')).toEqual(['normative_docs_reviewed=19:achieved']);
    const own = report('泷溪区2025年法治政府建设情况报告', 2025, '全区2025年受理行政复议申请44件。');
    expect(statusesWithId(own.facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=44:achieved']);
  });
});

describe('a clause saying its act was done in an earlier year', () => {
  it('counts nothing of the year', () => {
    const { facts } = report(
      '栖霞镇2024年法治政府建设工作总结',
      2024,
      '全年受理行政复议申请12件；另有群众申请的9件复议案件均于2023年办结。办理人大代表建议和政协提案27件；另有政协提案5件已于去年办结。',
    );
    expect(statusesWithIds(facts, 'reconsideration_cases', 'proposals_handled')).toEqual([
      'reconsideration_cases=12:achieved',
      'proposals_handled=27:achieved',
    ]);
  });

  it('but a bracket glossing the year’s count leaves the count the year’s', () => {
    const { facts } = report('栖霞镇2024年法治政府建设工作总结', 2024, '全年办理行政复议案件21件(含已于上年受理、结转至本年的4件)。');
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=21:achieved']);
  });
});

describe('companies joined with villages or departments in a coverage of legal advisers', () => {
  it('is the units’ coverage too', () => {
    const { facts } = report('蒲岚县2023年法治政府建设情况报告', 2023, '全年受理行政复议申请16件。', '实现工业园区企业和各村(社区)法律顾问全覆盖。');
    expect(statusesWithId(facts, 'legal_adviser_coverage_rate')).toEqual(['legal_adviser_coverage_rate=100:plan']);
  });

  it('but companies alone are none of the body’s units', () => {
    const { facts } = report('蒲岚县2023年法治政府建设情况报告', 2023, '全年受理行政复议申请16件。', '推动园区企业法律顾问覆盖率达到85%。');
    expect(statusesWithId(facts, 'legal_adviser_coverage_rate')).toEqual([]);
  });
});
