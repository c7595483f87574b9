/**
 * The general rules added after the blind measurement of test/fixtures/heldout145 (presentation decks written out), on
 * texts of our own: a slide's number before its title (幻灯片3/9 二、…) is furniture, the heading after it a heading; a
 * deck's chapters numbered 01 / 02 / 03 are top-level headings, and a line that holds the next number after a blank is a
 * contents line, no heading; a byline's month closing a title line (汇报单位：… 2025年1月) dates the deck, it names no year
 * reported on; a big number alone over its counting word and label (6,215 / 名持证行政执法人员), and a bulleted label over
 * its figure (■ 持证执法人员 / 1,037名), are one card; a bullet's fragments set apart by a spaced middle dot or by blanks
 * after their counts are clauses; a count before 无败诉 counts the suits; a chart's axis ticks set in inline elements of
 * their own are no figure run together; 2024年度报告 按时公开 with a blank is the report made public.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, readQuoted, statusesOf, statusesWithId, statusesWithIds } from './helpers.js';

const lexicon = await loadLexicon();

/** A deck of 蓼塘区 on its year 2021 (made in 2022), its lines `lines`: the document and its facts (id=value:status). */
const deck = (...lines: string[]): { year: number | null; facts: string[] } => {
  const { doc, facts } = readQuoted(lexicon, ['蓼塘区2021年度法治政府建设工作汇报', ...lines, ''].join('\n'));
  return { year: doc.year, facts: statusesOf(facts) };
};

describe('a slide’s number before its title', () => {
  const slides = deck(
    '幻灯片1/4 一、主要成效',
    '▪ 区政府常务会议会前学法 9次 ▪ 审查政府合同 64件',
    '幻灯片2/4 二、短板不足',
    '▪ 2个街道执法记录仪 仅有 12台',
    '幻灯片3/4 三、2022年工作目标',
    '▪ 会前学法 ≥ 12次',
  );

  it('is furniture: the heading after it opens its section', () => {
    expect(statusesWithIds(slides.facts, 'exec_meeting_law_study', 'contracts_reviewed')).toEqual([
      'exec_meeting_law_study=9:achieved',
      'exec_meeting_law_study=12:plan',
      'contracts_reviewed=64:achieved',
    ]);
    expect(statusesWithId(slides.facts, 'body_cameras')).toEqual(['body_cameras=12:gap']);
  });

  it('but a count of slides is no such label', () => {
    const facts = deck('一、主要成效', '幻灯片制作培训3期，区政府常务会议会前学法 9次。').facts;
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=9:achieved']);
  });
});

describe('a deck’s chapters numbered in two digits', () => {
  it('are its top-level headings: the figures under 03 下步打算 are plans, those under 02 存在问题 gaps', () => {
    const { facts } = deck(
      '目录 01 工作成效 02 存在问题 03 下步打算',
      '01 工作成效｜依法决策',
      '▪ 规范性文件前置审核 17件',
      '▪ 行政执法主体 31个',
      '02 存在问题',
      '▪ 公职律师 仅 6名',
      '03 下步打算（2022年）',
      '▪ 公职律师 增至 10名',
    );
    expect(statusesWithIds(facts, 'normative_docs_reviewed', 'public_lawyers', 'enforcement_subjects')).toEqual([
      'normative_docs_reviewed=17:achieved',
      'public_lawyers=6:gap',
      'public_lawyers=10:plan',
      'enforcement_subjects=31:achieved',
    ]);
  });

  it('while a contents line holding the next number is no heading, whatever its numbers', () => {
    const toc = deck('一、主要成效 二、存在问题 三、2022年工作打算', '全年审查政府合同 64件。', '区政府常务会议会前学法 9次。');
    expect(toc.year).toBe(2021);
    expect(statusesWithIds(toc.facts, 'contracts_reviewed', 'exec_meeting_law_study')).toEqual([
      'contracts_reviewed=64:achieved',
      'exec_meeting_law_study=9:achieved',
    ]);
    const chapters = deck('01 工作成效　02 存在问题　03 下步打算', '01 工作成效', '全年审查政府合同 64件。');
    expect(statusesWithId(chapters.facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=64:achieved']);
  });

  it('but a paragraph run together, its next item after a sentence’s end, keeps its heading', () => {
    const { doc } = readQuoted(
      lexicon,
      ['蓼塘区2021年度法治政府建设工作汇报', '一、主要成效', '(一)依法决策。全年审查政府合同 64件。 (二)严格执法。执法主体 31个。', ''].join('\n'),
    );
    expect(doc.sections.map((s) => s.title)).toContain('依法决策');
  });

  it('and a year’s month or a number in prose opens none', () => {
    const { facts } = deck('一、主要成效', '全年审查政府合同 64件。', '2022.03 区司法局承办', '05 号文件要求会前学法 9次。');
    expect(statusesWithIds(facts, 'contracts_reviewed', 'exec_meeting_law_study')).toEqual([
      'contracts_reviewed=64:achieved',
      'exec_meeting_law_study=9:achieved',
    ]);
  });
});

describe('a byline’s month closing a title line', () => {
  it('dates the deck and names no year reported on', () => {
    const { doc } = readQuoted(
      lexicon,
      [
        '蓼塘区2021年度法治政府建设工作汇报',
        '汇报单位：蓼塘区人民政府  汇报对象：市委依法治市办督察组  2022年2月',
        '一、主要成效',
        '全年审查政府合同 64件。',
        '三、2022年工作目标',
        '会前学法 ≥ 12次',
        '',
      ].join('\n'),
    );
    expect(doc.year).toBe(2021);
  });

  it('while the year a title line names as reported on counts as before', () => {
    const { doc } = readQuoted(lexicon, ['蓼塘区2022年度法治政府建设工作汇报 2023年2月', '一、主要成效', '全年审查政府合同 64件。', ''].join('\n'));
    expect(doc.year).toBe(2022);
  });
});

describe('a card of a slide', () => {
  it('reads a big number over its counting word and its label as one fact', () => {
    const facts = deck('一、主要成效', '3,104', '名持证行政执法人员', '▪ 执法主体 58个').facts;
    expect(statusesWithIds(facts, 'enforcement_officers', 'enforcement_subjects')).toEqual([
      'enforcement_officers=3104:achieved',
      'enforcement_subjects=58:achieved',
    ]);
  });

  it('and a label behind a square bullet over its figure', () => {
    const facts = deck('一、主要成效', '■ 法律顾问', '17名', '■ 执法记录仪 96台').facts;
    expect(statusesWithIds(facts, 'legal_advisers', 'body_cameras')).toEqual(['legal_advisers=17:achieved', 'body_cameras=96:achieved']);
  });

  it('but a year alone over the words of a plan is none', () => {
    const facts = deck('一、主要成效', '全年审查政府合同 64件。', '2022', '年工作要点已印发').facts;
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=64:achieved']);
  });
});

/** The numeric facts of a Markdown deck of 蓼塘区 whose one slide of achievements holds `bullets`. */
const markdown = async (...bullets: string[]): Promise<string[]> =>
  (
    await readFileQuoted(
      lexicon,
      ['# 蓼塘区2021年度法治政府建设情况汇报', '', '## 01 工作成效', '', ...bullets.map((b) => `- ${b}`), ''].join('\n'),
      'liaotang.md',
    )
  ).facts;

describe('a bullet’s fragments', () => {
  it('set apart by a spaced middle dot are clauses, each its own figure', async () => {
    const facts = await markdown('规范性文件 备案 19件 · 清理 8件');
    expect(statusesWithIds(facts, 'normative_docs_filed', 'normative_docs_cleaned')).toEqual(expect.arrayContaining(['normative_docs_cleaned=8:achieved']));
    expect(facts).not.toContain('normative_docs_cleaned=19:achieved');
  });

  it('and so are those set apart by blanks after their counts', async () => {
    const facts = await markdown('行政复议 收案 64件 办结 60件 纠错率 9.4%');
    expect(statusesWithIds(facts, 'reconsideration_cases', 'reconsideration_closed', 'reconsideration_correction_rate')).toEqual([
      'reconsideration_cases=64:achieved',
      'reconsideration_closed=60:achieved',
      'reconsideration_correction_rate=9.4:achieved',
    ]);
  });

  it('while a middle dot between words without blanks lists them, and a line of prose stays one', async () => {
    const listed = await markdown('规范性文件报备率·报备及时率均为100%');
    expect(statusesWithIds(listed, 'normative_doc_filing_rate', 'normative_doc_filing_timely_rate')).toEqual([
      'normative_doc_filing_rate=100:achieved',
      'normative_doc_filing_timely_rate=100:achieved',
    ]);
    const prose = await markdown('全年审查政府合同 88件 均出具书面审查意见');
    expect(statusesWithId(prose, 'contracts_reviewed')).toEqual(['contracts_reviewed=88:achieved']);
  });
});

describe('a count before 无败诉', () => {
  it('counts the suits, none of them lost', async () => {
    const { facts } = await readFileQuoted(
      lexicon,
      '蓼塘区2021年度法治政府建设工作汇报\n一、主要成效\n▪ 行政诉讼案件 37件 无败诉 负责人出庭率 97.3%\n',
      'liaotang.txt',
    );
    expect(statusesWithIds(facts, 'litigation_cases', 'litigation_lost_cases', 'head_appearance_rate')).toEqual([
      'litigation_cases=37:achieved',
      'litigation_lost_cases=0:achieved',
      'head_appearance_rate=97.3:achieved',
    ]);
  });

  it('also in one clause with it', () => {
    const facts = deck('一、主要成效', '▪ 行政诉讼案件 23件 无败诉').facts;
    expect(statusesWithIds(facts, 'litigation_cases', 'litigation_lost_cases')).toEqual(['litigation_cases=23:achieved', 'litigation_lost_cases=0:achieved']);
  });

  it('while a count before 败诉 is of the suits lost', () => {
    const facts = deck('一、主要成效', '▪ 行政诉讼案件 37件，败诉 3件').facts;
    expect(statusesWithId(facts, 'litigation_lost_cases')).toEqual(['litigation_lost_cases=3:achieved']);
  });
});

/** The numeric facts of a portal page of 蓼塘区's deck whose slide of achievements holds `html`. */
const page = async (html: string): Promise<string[]> =>
  (
    await readFileQuoted(
      lexicon,
      `<html><head><meta charset="utf-8"><title>蓼塘区2021年度法治政府建设工作汇报</title></head><body><h1>蓼塘区2021年度法治政府建设工作汇报</h1><div class="slide"><h3>一、主要成效</h3>${html}</div></body></html>`,
      'liaotang.html',
    )
  ).facts;

describe('a chart’s axis ticks set in inline elements of their own', () => {
  it('are values apart, no figure run together with the caption', async () => {
    const facts = await page('<p>行政复议收案 77件</p><div class="chart">行政应诉（件）<span>0</span><span>20</span><span>40</span><span>60</span></div>');
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=77:achieved']);
    expect(statusesWithId(facts, 'litigation_cases')).toEqual([]);
  });

  it('while two such elements may part one figure', async () => {
    const facts = await page('<p>行政复议收案 <span>1</span><span>24</span>件</p>');
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=124:achieved']);
  });
});

describe('the year’s report with a blank before what became of it', () => {
  it('is made public', () => {
    const { facts } = readQuoted(lexicon, ['蓼塘区2021年度法治政府建设工作汇报', '一、主要成效', '▪ 2020年度报告 按时在区政府网站公开', ''].join('\n'));
    expect(facts.some((f) => f.id === 'annual_report_published' && f.value === true)).toBe(true);
  });

  it('but not the report on open government', () => {
    const { facts } = readQuoted(lexicon, ['蓼塘区2021年度法治政府建设工作汇报', '一、主要成效', '▪ 政府信息公开年度报告 按时在区政府网站公开', ''].join('\n'));
    expect(facts.some((f) => f.id === 'annual_report_published')).toBe(false);
  });
});
