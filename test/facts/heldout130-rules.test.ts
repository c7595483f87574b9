/**
 * The general rules added after the blind measurement of test/fixtures/heldout130 (self-assessments against the
 * demonstration index), on texts of our own: a table's column of what the index asks (标准要求, 创建标准) is the index's
 * bar, read without it, so that the row's label stands next to what was done; a row's label is no distractor of the cue
 * its cell names (出庭应诉 | 一审应诉案件57件), nor of the bare rate after it; a clause opening with a demand that a figure
 * be reached (第52项要求出庭应诉率达到100%) states the demand; a creation period's totals (创建期间累计…) are none of the
 * year's; a number whose noun is said not to have been done (1项决策事项…未随议题提交) counts the failures; a self-assessment
 * put up for notice (自评情况公示) is no annual report; and a lead naming the year it assesses (对2024年度工作逐项自评)
 * gives the year a title leaves out.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

/** Of facts as statusesOf gives them, those of one id read as done in the year. */
const done = (facts: readonly string[], id: string): string[] => statusesWithId(facts, id).filter((f) => f.endsWith(':achieved'));

/** The document and numeric facts of a 2025 county self-assessment whose first part is `body` (a .md file when `md`). */
const assessment = async (body: string, md = false): Promise<{ kind: string; year: number | null; facts: string[] }> => {
  const { doc, facts } = await readFileQuoted(
    lexicon,
    [
      md ? '# 岑溪县创建省级法治政府建设示范县自评报告' : '岑溪县创建省级法治政府建设示范县自评报告',
      '',
      '岑溪县人民政府　2026年1月12日',
      '',
      '县政府对照示范指标体系，对2025年度工作逐项自评，坚持依法行政，做好行政复议、应诉和普法工作。',
      '',
      md ? '## 一、主要指标完成情况' : '一、主要指标完成情况',
      '',
      body,
      '',
      md ? '## 二、下一步工作' : '二、下一步工作',
      '',
      '2026年，县政府常务会议会前学法不少于12次。',
      '',
    ].join('\n'),
    md ? 'cenxi.md' : 'cenxi.txt',
  );
  return { kind: doc.kind, year: doc.year, facts };
};

describe("a table's column of what the index asks", () => {
  const table = [
    '| 序号 | 三级指标 | 创建标准 | 2025年完成情况 | 自评分 |',
    '|---|---|---|---|---|',
    '| 1 | 会前学法 | 每年不少于6次 | 县政府常务会议会前学法9次 | 3 |',
    '| 2 | 出庭应诉 | 负责人出庭应诉率100% | 应出庭的35件中负责人出庭31件，出庭应诉率88.6% | 4 |',
  ].join('\n');

  it('is the index’s bar: the row reads what was done', async () => {
    const { facts } = await assessment(table, true);
    expect(done(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=9:achieved']);
    expect(done(facts, 'head_appearance_rate')).toEqual(['head_appearance_rate=88.6:achieved']);
  });

  it('but a column of what was done is read', async () => {
    const { facts } = await assessment(table.replace('创建标准', '完成数'), true);
    expect(done(facts, 'head_appearance_rate')).toContain('head_appearance_rate=88.6:achieved');
  });
});

describe("a table row's label", () => {
  it('is no distractor of the cue its cell names, nor of the bare rate after it', async () => {
    const { facts } = await assessment(
      [
        '| 指标 | 完成情况 |',
        '|---|---|',
        '| 负责人出庭应诉 | 以县政府为被告的一审应诉案件57件，败诉3件 |',
        '| 规范性文件制定备案 | 审核县政府规范性文件15件，审核率100% |',
      ].join('\n'),
      true,
    );
    expect(done(facts, 'litigation_cases')).toEqual(['litigation_cases=57:achieved']);
    expect(done(facts, 'normative_docs_reviewed')).toEqual(['normative_docs_reviewed=15:achieved']);
    expect(done(facts, 'normative_doc_review_rate')).toEqual(['normative_doc_review_rate=100:achieved']);
  });

  it('keeps its distractors for a cue of its own', async () => {
    const { facts } = await assessment(['| 指标 | 完成情况 |', '|---|---|', '| 负责人出庭应诉案件 | 全年31件 |'].join('\n'), true);
    expect(done(facts, 'litigation_cases')).toEqual([]);
  });
});

describe('a clause opening with a demand that a figure be reached', () => {
  it('states the demand, not what was done', async () => {
    const { facts } = await assessment('全年负责人出庭应诉率91.2%。第52项要求出庭应诉率达到100%，该项满分6分，自评5分。');
    expect(statusesWithId(facts, 'head_appearance_rate')).toEqual(['head_appearance_rate=91.2:achieved', 'head_appearance_rate=100:plan']);
  });

  it('but a figure reached as the demand asked is what was done', async () => {
    const { facts } = await assessment('按照指标要求，全县负责人出庭应诉率达到100%，符合要求。');
    expect(done(facts, 'head_appearance_rate')).toEqual(['head_appearance_rate=100:achieved']);
  });
});

describe("a creation period's totals", () => {
  it('are none of the year’s; the year’s part is', async () => {
    const { facts } = await assessment('创建期间累计审核县政府规范性文件156件，其中2025年审核71件。');
    expect(done(facts, 'normative_docs_reviewed')).toEqual(['normative_docs_reviewed=71:achieved']);
  });

  it('but the year’s own count in the creation work is', async () => {
    const { facts } = await assessment('示范创建工作中，全年审核县政府规范性文件64件。');
    expect(done(facts, 'normative_docs_reviewed')).toEqual(['normative_docs_reviewed=64:achieved']);
  });
});

describe('a number whose noun is said not to have been done', () => {
  it('counts the failures, no count of the year', async () => {
    const { facts } = await assessment('全年公布重大行政决策事项目录，纳入决策事项7项；扣分原因：2项决策事项风险评估报告未随议题提交。');
    expect(done(facts, 'major_decision_items')).toEqual(['major_decision_items=7:achieved']);
  });

  it('but one all of which were spared something stands', async () => {
    const { facts } = await assessment('全年受理的93件政府信息公开申请均未超过法定答复期限。');
    expect(done(facts, 'disclosure_requests')).toEqual(['disclosure_requests=93:achieved']);
  });
});

describe('a self-assessment', () => {
  it('put up for notice is no annual report', async () => {
    const { doc } = await readFileQuoted(
      lexicon,
      '柘川市创建全国法治政府建设示范市自评情况公示\n市委依法治市办对照示范指标体系，对我市2023年度法治政府建设情况逐项自评，市政府坚持依法行政，法律顾问参与合法性审查，做好行政复议和普法工作。\n',
      'zhechuan.txt',
    );
    expect(doc.kind).toBe('other');
  });

  it('takes the year its lead names as assessed when the title names none', async () => {
    const { year } = await assessment('全年审核县政府规范性文件64件。');
    expect(year).toBe(2025);
  });

  it('but a report of an earlier year it answers gives none: the date does', async () => {
    const { doc } = await readFileQuoted(
      lexicon,
      '某县创建省级法治政府建设示范县自评报告\n某县人民政府\n2026年1月12日\n县政府对2024年度法治政府建设情况报告的审议意见逐项落实，坚持依法行政，做好行政复议、应诉和普法工作。\n',
      'mouxian.txt',
    );
    expect(doc.year).toBe(2025);
  });
});
