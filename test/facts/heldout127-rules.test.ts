/**
 * The general rules added after the blind measurement of test/fixtures/heldout127 (township and street reports), on texts
 * of our own: the police's and the courts' own mediation (派出所调解治安纠纷…, 人民法庭调解…) is none of the body's disputes
 * mediated, also in a clause after the one naming them that names no one else; a list's bullet before a year (- 2022年…,
 * · 2025年:…) is typography, so a bullet item led by an earlier year tells that year, and one led by the next year among
 * the shortcomings and plans states plans; and the town or street stated to have had no 复议 or suit as the respondent or
 * defendant it names (未发生以镇政府为被告的…, 未发生行政复议、行政诉讼案件) has a zero of each. Then, probing the family: a
 * town's 党政联席会议 is its executive meeting, whose study is the executive's law study.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId, statusesWithIds } from './helpers.js';

const lexicon = await loadLexicon();

/** The numeric facts of a 2024 town's .txt report whose achievements are `lines`, its plans for 2025 `plans`. */
const town = async (lines: string, plans = '镇党政联席会议会前学法不少于12次。'): Promise<string[]> =>
  (
    await readFileQuoted(
      lexicon,
      [
        '蓼溪镇人民政府2024年法治政府建设情况报告',
        '2024年，蓼溪镇在县委、县政府的领导下，深入推进法治政府建设，现将有关情况报告如下。',
        '一、主要工作和成效',
        '镇党政联席会议会前学法10次。',
        lines,
        '二、存在的不足和下一步打算',
        '部分村干部法治意识不强。',
        plans,
        '',
      ].join('\n'),
      'liaoxi.txt',
    )
  ).facts;

/** The numeric facts of a 2023 street's Markdown paper: bullets `done` under its achievements, `next` under 不足和下一步打算. */
const street = async (done: readonly string[], next: readonly string[] = ['- 不足：个别社区法律顾问驻点时间不足。']): Promise<string[]> =>
  (
    await readFileQuoted(
      lexicon,
      [
        '# 芦汀街道2023年法治建设工作情况',
        '',
        '2023年，芦汀街道党工委、办事处围绕法治街道建设开展工作，主要情况如下。',
        '',
        '## 一、主要工作',
        '',
        '- 街道主任办公会议会前学法6次。',
        ...done,
        '',
        '## 二、不足和下一步打算',
        '',
        ...next,
        '',
      ].join('\n'),
      'luting.md',
    )
  ).facts;

describe('the police’s or a court’s own mediation in a town’s report', () => {
  it('is none of the town’s disputes mediated', async () => {
    expect(statusesWithId(await town('枫湾派出所全年调解治安纠纷85起。'), 'disputes_mediated')).toEqual([]);
    expect(statusesWithId(await town('县人民法院蓼塘法庭全年调解婚姻家庭纠纷63件。'), 'disputes_mediated')).toEqual([]);
    expect(statusesWithId(await town('驻村民警全年化解邻里纠纷27起。'), 'disputes_mediated')).toEqual([]);
  });

  it('also in a clause after the one naming the police that names no one else', async () => {
    expect(statusesWithId(await town('石濑派出所全年出警2,046起，现场调处各类纠纷118起。'), 'disputes_mediated')).toEqual([]);
  });

  it('but the town’s own mediators, beside the police or after them, still count', async () => {
    const facts = await town('镇人民调解委员会全年调解矛盾纠纷156件，调解成功率98.1%。石濑派出所全年调解治安纠纷40起。');
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=156:achieved']);
    expect(statusesWithId(await town('蓼塘派出所联合镇调委会调处邻里纠纷41起。'), 'disputes_mediated')).toEqual(['disputes_mediated=41:achieved']);
    expect(statusesWithId(await town('派出所全年接警2,310起；全镇调解矛盾纠纷187件。'), 'disputes_mediated')).toEqual(['disputes_mediated=187:achieved']);
    expect(statusesWithId(await town('镇司法所协助各村调委会调解土地纠纷33起。'), 'disputes_mediated')).toEqual(['disputes_mediated=33:achieved']);
  });
});

describe('a list’s bullet before a year', () => {
  it('leaves a bullet led by an earlier year telling that year', async () => {
    const facts = await street(['- 街道调解矛盾纠纷512件。', '- 2022年街道调解矛盾纠纷466件。', '* 2021年，街道聘请法律顾问2名。']);
    expect(statusesWithIds(facts, 'disputes_mediated', 'legal_advisers')).toEqual(['disputes_mediated=512:achieved']);
  });

  it('but one led by the year itself tells the year', async () => {
    const facts = await street(['- 2023年街道调解矛盾纠纷512件。']);
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=512:achieved']);
  });

  it('makes a bullet led by the next year among the shortcomings and plans state plans, over its semicolons', async () => {
    const facts = await street([], ['- 不足：执法记录仪配备不足。', '- 2024年：执法记录仪增至18台；街道主任办公会议会前学法不少于8次。']);
    expect(statusesWithIds(facts, 'body_cameras', 'exec_meeting_law_study')).toEqual([
      'body_cameras=18:plan',
      'exec_meeting_law_study=6:achieved',
      'exec_meeting_law_study=8:plan',
    ]);
    const dotted = await town('镇综合行政执法办公室持证执法人员16名。', '· 2025年：持证执法人员增至20名；镇党政联席会议会前学法不少于12次。');
    expect(statusesWithId(dotted, 'enforcement_officers')).toEqual(['enforcement_officers=16:achieved', 'enforcement_officers=20:plan']);
  });

  it('while a bullet led by the year reported on among the shortcomings states what falls short', async () => {
    const facts = await street([], ['- 2023年：执法记录仪仅配备9台，不能满足执法需要。']);
    expect(statusesWithId(facts, 'body_cameras')).toEqual(['body_cameras=9:gap']);
  });
});

describe('no 复议 or suit against the town or street', () => {
  it('is a stated zero, with the respondent or defendant named or both in one breath', async () => {
    const named = await town('全年未发生以镇政府为被申请人的行政复议案件，也未发生以镇政府为被告的行政诉讼案件。');
    expect(statusesWithIds(named, 'reconsideration_cases', 'litigation_cases')).toEqual(['reconsideration_cases=0:achieved', 'litigation_cases=0:achieved']);
    const joined = await town('全年镇政府没有发生行政复议和行政诉讼案件。');
    expect(statusesWithIds(joined, 'reconsideration_cases', 'litigation_cases')).toEqual(['reconsideration_cases=0:achieved', 'litigation_cases=0:achieved']);
  });

  it('but no suit lost is no zero of the suits', async () => {
    expect(statusesWithIds(await town('全年未发生以镇政府为被告的行政诉讼败诉案件。'), 'reconsideration_cases', 'litigation_cases')).toEqual([]);
  });
});

describe('a town’s 党政联席会议', () => {
  it('studies the law as the executive meeting, with or without 会前', async () => {
    const facts = await town('乡党政联席会议全年集体学法8次。', '');
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=10:achieved', 'exec_meeting_law_study=8:achieved']);
    const studied = await town('街道党政联席会议专题学习《民法典》3次。', '');
    expect(statusesWithId(studied, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=10:achieved', 'exec_meeting_law_study=3:achieved']);
  });

  it('but its other business, and the committee’s own meeting, are no law study', async () => {
    const facts = await town('镇党政联席会议全年研究重大事项26次，镇党委会议学法4次。', '');
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=10:achieved']);
  });
});
