/**
 * Leftovers of session 38 (p39), on texts of our own (the fictional 柘川县 of the facts helpers).
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId, zhechuanCounty as county } from './helpers.js';

const lexicon = await loadLexicon();

const read = async (...lines: string[]): Promise<string[]> => (await readFileQuoted(lexicon, county(lines.join('\n')), 'zhechuan.txt')).facts;

describe('a count closing a clause whose subject the clause before names', () => {
  it('reads what was done to the subject and how many (…,经审查的有N份)', async () => {
    const facts = await read('县政府各部门的规范性文件，事先经司法局合法性审核的有31件。', '县政府对外签订的各类协议，经法律顾问审查的有58份。');
    expect(statusesWithId(facts, 'normative_docs_reviewed')).toEqual(['normative_docs_reviewed=31:achieved']);
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=58:achieved']);
  });

  it('not when that clause denies or defers the act, counts a part, or names a distractor', async () => {
    const facts = await read(
      '县政府各部门的规范性文件，事先未经合法性审核的有2件。',
      '县政府对外签订的各类协议，尚待法律顾问审查的有4份。',
      '县政府各部门的规范性文件，其中审核的有9件。',
      '县政府各部门的规范性文件，报市政府备案审查的有7件。',
    );
    expect(statusesWithId(facts, 'normative_docs_reviewed')).toEqual([]);
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual([]);
  });
});

describe('the time of a review named by an act of making (出台之前), then a clause that only counts (计)', () => {
  it('reads the count of what was reviewed', async () => {
    const facts = await read('县政府规范性文件发布之前都经县司法局法制审核，计十九件。');
    expect(statusesWithId(facts, 'normative_docs_reviewed')).toEqual(['normative_docs_reviewed=19:achieved']);
  });

  it('still reads an act of making that is no time as a distractor, and 前 after other words as before', async () => {
    const facts = await read('县政府出台规范性文件之后报送备案，计十九件。', '在复议之前通过调解化解行政争议41件。');
    expect(statusesWithId(facts, 'normative_docs_reviewed')).toEqual([]);
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual([]);
  });

  it('reads 计 as a total only right before the count (not 计划, 统计)', async () => {
    const facts = await read('县政府规范性文件均经合法性审核，统计数据另行报送。');
    expect(statusesWithId(facts, 'normative_docs_reviewed')).toEqual([]);
  });
});

describe('a share opening its clause (占…的N%) after a clause naming what was corrected', () => {
  it('is the correction rate', async () => {
    const facts = await read('经县政府复议决定纠正的各类行政行为，占全年审结案件的12.5%。');
    expect(statusesWithId(facts, 'reconsideration_correction_rate')).toEqual(['reconsideration_correction_rate=12.5:achieved']);
  });

  it('not when the clause before counts, or names no correction', async () => {
    const facts = await read('经县政府复议决定维持的行政行为，占全年审结案件的70%。', '全年纠正违法行政行为8件，占全年审结案件的20%。');
    expect(statusesWithId(facts, 'reconsideration_correction_rate')).toEqual([]);
  });
});

describe('a whole and its part in Chinese numerals (四十七人中有四十五人)', () => {
  it('gives the rate as digits do', async () => {
    const facts = await read('组织县管领导干部参加年度法律知识考试，五十人中有四十九人合格。');
    expect(statusesWithId(facts, 'leader_law_exam_pass_rate')).toEqual(['leader_law_exam_pass_rate=98:achieved']);
  });

  it('not for a part denied', async () => {
    const facts = await read('组织县管领导干部参加年度法律知识考试，五十人中有一人不合格。');
    expect(statusesWithId(facts, 'leader_law_exam_pass_rate')).toEqual([]);
  });
});

describe('a distractor inside what a count leaves out (不含…)', () => {
  it('does not block the count before it', async () => {
    const facts = await read('全年共收到行政复议申请95件，依法受理83件（不含因不符合受理条件告知申请人向他机关提出的12件）。');
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=83:achieved']);
  });

  it('still blocks it when it stands outside the part left out', async () => {
    const facts = await read('全年受理行政复议申请后审结83件（不含中止审理的3件）。');
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual([]);
  });
});

describe('a table’s 比率 column with an empty cell', () => {
  it('computes no rate from the row’s 应 and 实 counts', async () => {
    const facts = await read('指标 | 应（件/人） | 实（件/人） | 比率', '行政机关负责人出庭应诉 | 26 | 24 | ', '乡镇和部门配备法律顾问 | 18 | 18 | ');
    expect(statusesWithId(facts, 'head_appearance_rate')).toEqual([]);
    expect(statusesWithId(facts, 'legal_adviser_coverage_rate')).toEqual([]);
  });
});

describe('a figure dated in a later year', () => {
  it('is no fact of the year reported on; the stock before it is', async () => {
    const facts = await read('全县配备执法记录仪412台，至2025年6月增至450台。');
    expect(statusesWithId(facts, 'body_cameras')).toEqual(['body_cameras=412:achieved']);
  });
});

describe('两度, 三度 as counts of times', () => {
  it('count the meetings', async () => {
    const facts = await read('县委常委会会议两度专题研究法治政府建设工作。');
    expect(statusesWithId(facts, 'committee_rule_of_law_meetings')).toEqual(['committee_rule_of_law_meetings=2:achieved']);
  });

  it('not 一度 (formerly), nor 年度', async () => {
    const facts = await read('县委常委会会议一度专题研究法治政府建设工作。', '2024年度县政府常务会议学法12次。');
    expect(statusesWithId(facts, 'committee_rule_of_law_meetings')).toEqual([]);
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=12:achieved']);
  });
});

describe('a target named at a clause’s end', () => {
  it('as the purpose of what follows (围绕…目标, 为实现…目标) opens no plan', async () => {
    const facts = await read(
      '围绕年度工作目标，全县新增公职律师9名。',
      '为实现上述目标，县政府聘请法律顾问7名。',
      '对照年度工作目标，县政府常务会议全年学法11次。',
    );
    expect(statusesWithId(facts, 'public_lawyers')).toEqual(['public_lawyers=9:achieved']);
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=7:achieved']);
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=11:achieved']);
  });

  it('as a target stated still does', async () => {
    const facts = await read('县政府明确年度目标，县政府常务会议全年学法12次。');
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=12:plan']);
  });
});

describe('a quoted target of an earlier year said done this year', () => {
  it('gives what it states in words as achieved', async () => {
    const facts = await read('去年报告提出的“乡镇党政主要负责人述法全覆盖”目标，今年已全面完成。');
    expect(statusesWithId(facts, 'shufa_coverage')).toEqual(['shufa_coverage=100:achieved']);
  });

  it('but as a target when nothing says it was done, and never its figures', async () => {
    const target = await read('县政府提出的“乡镇党政主要负责人述法全覆盖”目标。');
    expect(statusesWithId(target, 'shufa_coverage')).toEqual(['shufa_coverage=100:plan']);
    const figure = await read('去年提出的“负责人出庭应诉率不低于95%”目标，今年已经实现。');
    expect(statusesWithId(figure, 'head_appearance_rate')).not.toContain('head_appearance_rate=95:achieved');
  });
});

describe('a question answered by its figure, the act named in short (结了多少？)', () => {
  it('reads the cases closed', async () => {
    const facts = await read('县政府这一年接了多少复议案件？96件，比上年多11件。结了多少？90件，其余6件转入下一年办理。');
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=96:achieved']);
    expect(statusesWithId(facts, 'reconsideration_closed')).toEqual(['reconsideration_closed=90:achieved']);
  });

  it('not lessons drawn (总结了多少)', async () => {
    const facts = await read('县政府的行政复议工作总结了多少典型案例？5件。');
    expect(statusesWithId(facts, 'reconsideration_closed')).toEqual([]);
  });
});
