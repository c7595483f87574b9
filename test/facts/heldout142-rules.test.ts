/**
 * The general rules added after the blind measurement of test/fixtures/heldout142 (citations of laws, articles, decrees
 * and document numbers among the figures), on texts of our own: a part of a total (其中 + the subject and its count) whose
 * total holds the fact's verb and names none of its subjects counts what that verb did (出具审查意见…,其中政府合同N件);
 * a title summing up the year's legality review alone (合法性审查工作总结, 备案审查工作情况的报告) is no yearly report; a
 * duty a cited text lays down, quoted or not and named 的规定, governs no clause after it; a table's column of the law
 * each row cites (主要依据) is read around; and a citation in brackets between a subject and its figure (法律顾问(…〔2024〕
 * 21号)12名) stands aside as a gloss does.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, readQuoted, statusesOf, statusesWithId, statusesWithIds, zhewanDistrict } from './helpers.js';

const lexicon = await loadLexicon();

/** The facts (as statusesOf) of 柘湾区's 2024 report whose achievements are `lines`. */
const district = (...lines: string[]): string[] => statusesOf(readQuoted(lexicon, zhewanDistrict(lines)).facts);

describe('a part of a total that holds the fact’s verb', () => {
  it('counts what that verb did, the part named alone or after 涉及', () => {
    expect(statusesWithId(district('区司法局全年出具合法性审核意见305份，其中区政府合同86份。'), 'contracts_reviewed')).toEqual([
      'contracts_reviewed=86:achieved',
    ]);
    expect(statusesWithId(district('法律顾问全年审查各类事项142件，其中涉及合同协议38件，均出具书面意见。'), 'contracts_reviewed')).toEqual([
      'contracts_reviewed=38:achieved',
    ]);
  });

  it('but not when the total does no such act, or names a distractor, or the subject itself', () => {
    expect(statusesWithId(district('全区签订各类协议共计212件，其中政府合同57件。'), 'contracts_reviewed')).toEqual([]);
    expect(statusesWithId(district('司法所为村集体出具审查意见96份，其中合同协议41份。'), 'contracts_reviewed')).toEqual([]);
    // the total counts the contracts themselves: the part is one kind of them (the total is the fact)
    expect(statusesWithId(district('全年审查政府合同173件，其中涉外合同6件。'), 'contracts_reviewed')).toEqual(['contracts_reviewed=173:achieved']);
  });
});

/** The kind of a paper titled `title` whose body is a few words of legality review. */
const kindOf = (title: string): string =>
  readQuoted(lexicon, `${title}\n2024年，本局为区政府审查会议议题和合同协议，坚持依法行政，法律顾问参与合法性审查，做好行政复议衔接。现将有关情况总结如下。\n`)
    .doc.kind;

describe('a title summing up the legality review alone', () => {
  it('is no yearly report of the rule of law', () => {
    expect(kindOf('柘湾区司法局2024年合法性审核工作情况总结')).toBe('other');
    expect(kindOf('柘湾区2023年度规范性文件备案审查工作报告')).toBe('other');
  });

  it('but one that names the rule of law first stays the year’s report', () => {
    expect(kindOf('柘湾区2024年度法治政府建设暨合法性审查工作情况报告')).toBe('annual_report');
  });
});

describe('a duty a cited text lays down, named 的规定', () => {
  it('governs no clause after it, quoted or not', () => {
    const quoted = district('依据《柘湾区执法人员学习培训办法》第九条“执法人员每人每年培训不少于60学时”的规定，全区执法人员人均培训71学时。');
    expect(statusesWithId(quoted, 'enforcement_training_hours')).toContain('enforcement_training_hours=71:achieved');
    const unquoted = district('根据《区政府学法制度》第四条每季度至少学法一次的规定，区政府常务会议会前学法6次。');
    expect(statusesWithId(unquoted, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=6:achieved']);
  });

  it('while the duty’s own bound is never what was done', () => {
    const facts = district('依据《柘湾区执法人员学习培训办法》第九条“执法人员每人每年培训不少于60学时”的规定，全区执法人员人均培训71学时。');
    expect(statusesWithId(facts, 'enforcement_training_hours')).not.toContain('enforcement_training_hours=60:achieved');
    const next = district('全区执法人员人均培训71学时。明年力争每人每年培训不少于80学时。');
    expect(statusesWithId(next, 'enforcement_training_hours')).toEqual(['enforcement_training_hours=71:achieved', 'enforcement_training_hours=80:plan']);
  });
});

/** A 柘湾区 report in Markdown whose achievements are a table of `rows` under `header`. */
const table = (header: string, rows: string[]): string =>
  [
    '# 柘湾区人民政府2024年法治政府建设情况报告',
    '',
    '2024年，区政府在市委、市政府领导下推进依法行政，各项工作取得新进展。',
    '',
    '## 一、主要成效',
    '',
    header,
    `|${' --- |'.repeat(header.split('|').length - 2)}`,
    ...rows,
    '',
  ].join('\n');

describe('a table’s column of the law each row cites', () => {
  it('is read around: the row’s label binds to its figure', async () => {
    const { facts } = await readFileQuoted(
      lexicon,
      table('| 指标 | 法律依据 | 2024年 |', ['| 执法记录仪（台） | 《行政处罚法》第四十七条 | 385 |', '| 公职律师（名） | 中办发〔2016〕30号 | 27 |']),
      'zhewan.md',
    );
    expect(statusesWithIds(facts, 'body_cameras', 'public_lawyers')).toEqual(['body_cameras=385:achieved', 'public_lawyers=27:achieved']);
  });

  it('but a column of something else between them still stands in the way', async () => {
    const { facts } = await readFileQuoted(lexicon, table('| 指标 | 责任单位 | 2024年 |', ['| 执法记录仪（台） | 区城管局 | 385 |']), 'zhewan.md');
    expect(statusesWithId(facts, 'body_cameras')).toEqual([]);
  });
});

describe('a citation in brackets between a subject and its figure', () => {
  it('stands aside: the subject binds to the figure after it', () => {
    const facts = district(
      '区政府法律顾问（柘政办发〔2024〕8号）14名，公职律师（依据中办发〔2016〕30号第五条）33名。',
      '纳入目录的重大行政决策事项（国务院令第713号第三条）6项，全区行政执法主体（详见附件4）52个。',
    );
    expect(statusesWithIds(facts, 'legal_advisers', 'public_lawyers', 'major_decision_items', 'enforcement_subjects')).toEqual([
      'legal_advisers=14:achieved',
      'public_lawyers=33:achieved',
      'major_decision_items=6:achieved',
      'enforcement_subjects=52:achieved',
    ]);
  });

  it('and none of its numbers is a figure', () => {
    const facts = district('区政府按要求配备公职律师（中办发〔2016〕30号），认真办理人大代表建议（《代表建议办理办法》第十五条）。');
    expect(statusesWithIds(facts, 'public_lawyers', 'proposals_handled')).toEqual([]);
  });

  it('but a bracket with a count of its own is no citation', () => {
    expect(statusesWithId(district('全区行政执法主体（含派出机构9个）52个。'), 'enforcement_subjects')).not.toContain('enforcement_subjects=9:achieved');
  });
});
