/**
 * The general rules added after the blind measurement of test/fixtures/heldout90 (rates and proportions said many
 * ways, rates a reader computes from parts), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { quotedValuesOf, readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();
const values = (text: string, id: string) => quotedValuesOf(lexicon, text, id);
/** A district's report whose achievements are `body`, and what it gives for fact `id`. */
const statusesOf = async (body: string, id: string, file = 'mu.txt') =>
  statusesWithId((await readFileQuoted(lexicon, `沐川区人民政府2024年法治政府建设情况报告\n一、主要成效\n${body}\n`, file)).facts, id);

describe('a share 强 or 弱 (a little above or below the one written) states no figure', () => {
  it('reads no rate from 十分之一强 or 三成弱', () => {
    expect(values('全年审结行政复议案件80件,被纠错的约占十分之一强。', 'reconsideration_correction_rate')).toEqual([]);
    expect(values('全年审结行政复议案件80件,纠错率为三成弱。', 'reconsideration_correction_rate')).toEqual([]);
  });

  it('but the share itself, or one followed by a word opening with 强, still is one', () => {
    expect(values('全年审结行政复议案件80件,纠错率约为五分之一。', 'reconsideration_correction_rate')).toEqual([20]);
    expect(values('行政机关负责人出庭率达到九成,强化了出庭应诉工作。', 'head_appearance_rate')).toEqual([90]);
    expect(values('行政机关负责人出庭率达到九成强化示范。', 'head_appearance_rate')).toEqual([90]);
  });
});

describe('a rate from a whole and its part written as one phrase (N件中有M件…)', () => {
  it('names the rate by the part’s act, after the part or before it', async () => {
    expect(await statusesOf('全年审结行政复议案件60件,60件中有9件被依法撤销。', 'reconsideration_correction_rate')).toEqual([
      'reconsideration_correction_rate=15:achieved',
    ]);
    expect(await statusesOf('区直部门负责人参加年度法律知识考试,64人中有63人合格。', 'leader_law_exam_pass_rate')).toEqual([
      'leader_law_exam_pass_rate=98.44:achieved',
    ]);
    expect(await statusesOf('承办区人大代表建议24件,24件中按期办复23件。', 'proposals_completion_rate')).toEqual(['proposals_completion_rate=95.83:achieved']);
  });

  it('not for a part denied, another fact’s topic, a part larger than its whole, or a rate the report states', async () => {
    expect(await statusesOf('区直部门负责人参加年度法律知识考试,64人中有3人不合格。', 'leader_law_exam_pass_rate')).toEqual([]);
    expect(await statusesOf('全区行政执法人员参加执法资格考试,64人中有63人合格。', 'leader_law_exam_pass_rate')).toEqual([]);
    expect(await statusesOf('承办区人大代表建议24件,24件中按期办复25件。', 'proposals_completion_rate')).toEqual([]);
    expect(await statusesOf('全年审结行政复议案件60件,60件中有9件被依法撤销,综合纠错率16.7%。', 'reconsideration_correction_rate')).toEqual([
      'reconsideration_correction_rate=16.7:achieved',
    ]);
  });

  it('nor for a share of what the acts do not name (败诉 of the suits)', async () => {
    expect(await statusesOf('全区行政诉讼案件30件,30件中败诉2件。', 'reconsideration_correction_rate')).toEqual([]);
  });
});

describe('the proposers’ satisfaction said as 满意…的占比', () => {
  it('reads the share as the rate', () => {
    expect(values('办理政协委员提案33件,委员满意和基本满意的占比98.1%。', 'proposals_satisfaction_rate')).toEqual([98.1]);
  });

  it('but not the share of another thing in the same sentence', () => {
    expect(values('办理政协委员提案33件,当面沟通的占比60%。', 'proposals_satisfaction_rate')).toEqual([]);
  });
});

describe('a 述法 pilot is no 述法 coverage', () => {
  it('gives no coverage for 述法试点', () => {
    expect(values('全区过半数的街道开展了党政主要负责人述法试点。', 'shufa_coverage')).toEqual([]);
  });

  it('while 述法 itself still does', () => {
    expect(values('各街道党政主要负责人在年终述职中同步述法。', 'shufa_coverage')).toEqual([true]);
  });
});

describe('a count after a verb alone takes a subject only its exclusions do not rule out', () => {
  it('no contract count from a list that takes in topics and minutes', async () => {
    expect(await statusesOf('区政府常务会议议题、会议纪要和区政府合同共146件,审查146件,审查率100%。', 'contracts_reviewed')).toEqual([]);
  });

  it('but the contracts signed, then reviewed by someone named (经…审查), are those reviewed', async () => {
    expect(await statusesOf('全年签订合同协议27份,经区政府法律顾问审查27份。', 'contracts_reviewed')).toEqual(['contracts_reviewed=27:achieved']);
    expect(await statusesOf('全年签订合同协议27份,审查27份。', 'contracts_reviewed')).toEqual(['contracts_reviewed=27:achieved']);
  });

  it('and the one who reviewed counts nothing of their own', async () => {
    expect(await statusesOf('全年签订合同协议27份,经区政府法律顾问审查27份。', 'legal_advisers')).toEqual([]);
  });
});

describe('a table’s 比率 column beside its 应 and 实 counts', () => {
  const table = (header: string, rows: string[]) => ['指标 | 应（件/人） | 实（件/人） | ' + header, ...rows].join('\n');

  it('gives each row’s rate as its label’s rate', async () => {
    const body = table('比率', [
      '行政机关负责人出庭应诉 | 30 | 28 | 93.33%',
      '领导干部法律知识考试合格 | 150 | 147 | 98%',
      '乡镇和部门配备法律顾问 | 25 | 25 | 100%',
    ]);
    expect(await statusesOf(body, 'head_appearance_rate')).toEqual(['head_appearance_rate=93.33:achieved']);
    expect(await statusesOf(body, 'leader_law_exam_pass_rate')).toEqual(['leader_law_exam_pass_rate=98:achieved']);
    expect(await statusesOf(body, 'legal_adviser_coverage_rate')).toEqual(['legal_adviser_coverage_rate=100:achieved']);
  });

  it('and no count from the columns (their unit is no one’s)', async () => {
    const body = table('比率', ['行政机关负责人出庭应诉 | 30 | 28 | 93.33%']);
    expect(await statusesOf(body, 'head_appearance_cases')).toEqual([]);
  });

  it('a column of another name (完成值) is no rate column', async () => {
    const body = ['指标 | 目标值 | 完成值', '行政机关负责人出庭应诉率 | 100% | 93.33%'].join('\n');
    expect(await statusesOf(body, 'head_appearance_rate')).toContain('head_appearance_rate=93.33:achieved');
  });
});
