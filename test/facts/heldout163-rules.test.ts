/**
 * The general rules added after the blind measurement of test/fixtures/heldout163 (typing slips), on texts of our own:
 * a character a pinyin input method typed for another of its sound (会前学发, 行政复义, 执法记录以) is read as that one where
 * it makes a word of the lexicon of four characters or more in a clause with a count, not at the word's first character,
 * not where it makes a word of the lexicon with its neighbour as written (法制讲座), and at the word's end only before its
 * figure (rules/lookalikes.yaml sounds, src/ingest/lookalikes.ts); an ideographic full stop between a rate's whole part
 * and its decimals is its point (99。2%); a 、 slipped between a count and the counting word that ends its clause is a
 * blank (134、份。); a character typed twice before a count is typed once (法律顾问问12名) (src/ingest/fold.ts); a body's
 * 班子 studying as one (全年班子集体学法6次) is its executive meeting's study, as its 班子会议 is (rules/facts.yaml).
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { foldInContext } from '../../src/ingest/fold.js';
import { withSoundAlikesRead } from '../../src/ingest/lookalikes.js';
import { readFileQuoted, statusesWithIds } from './helpers.js';

const lexicon = await loadLexicon();

/** 蔺川县's 2024 report with `lines` in its achievements. */
const county = (lines: readonly string[]): string =>
  [
    '蔺川县2024年法治政府建设情况报告',
    '2024年，县政府全面推进依法行政，现将有关情况报告如下。',
    '一、主要工作',
    ...lines,
    '二、存在的不足',
    '基层执法力量仍较薄弱。',
    '蔺川县人民政府',
    '2025年1月22日',
    '',
  ].join('\n');

const read = async (lines: readonly string[], ...ids: string[]) =>
  statusesWithIds((await readFileQuoted(lexicon, county(lines), 'linchuan.txt')).facts, ...ids);

describe('a character typed for another of its sound', () => {
  it('is read as the word of the lexicon it makes in a clause with a count', async () => {
    expect(
      await read(
        ['县政府常务会议会前学发9次，审核行政规范姓文件14件。全年收到行政复义申请37件，全县公职律诗58名，配备执法记录以310台，持证执法人原1204名。'],
        'exec_meeting_law_study',
        'normative_docs_reviewed',
        'reconsideration_cases',
        'public_lawyers',
        'body_cameras',
        'enforcement_officers',
      ),
    ).toEqual([
      'exec_meeting_law_study=9:achieved',
      'normative_docs_reviewed=14:achieved',
      'reconsideration_cases=37:achieved',
      'public_lawyers=58:achieved',
      'body_cameras=310:achieved',
      'enforcement_officers=1204:achieved',
    ]);
  });

  it('stays where it is no slip: no count in its clause, a word’s first character, a word of its own, a word’s end before no figure', () => {
    for (const text of [
      '坚持会前学发制度,加强学发用法。',
      '仍有2个村法律顾问服务不到位。',
      '开展会前法制讲座2次。',
      '重大执法决定法制审核这三项制度落实12次。',
      '对32个部门开展实地督察,形成问题清单。',
    ])
      expect(withSoundAlikesRead(text)).toBe(text);
    expect(withSoundAlikesRead('全年县政府常务会议会前学发11次。')).toBe('全年县政府常务会议会前学法11次。');
  });
});

describe('slips at a figure', () => {
  it('reads them as typed once', async () => {
    expect(
      await read(
        ['审查县政府合同、协议86、份。县政府聘请法律顾问问9名。政协委员提案办理满意率98。6%。'],
        'contracts_reviewed',
        'legal_advisers',
        'proposals_satisfaction_rate',
      ),
    ).toEqual(['contracts_reviewed=86:achieved', 'legal_advisers=9:achieved', 'proposals_satisfaction_rate=98.6:achieved']);
  });

  it('leaves a sentence’s end, an outline’s number, a word after the 、 and a doubled word before a year as written', () => {
    for (const text of ['审结案件12件。5%的案件', '1、人员配备', '共有12、份额3项', '请他讲讲2025年工作', '收到申请12件。3、5月份'])
      expect(foldInContext(text)).toBe(text);
  });
});

describe('the team studying as one', () => {
  it('is the executive meeting’s study, a year’s count and a plan, not another team’s', async () => {
    const street = [
      '蕖塘街道2024年法治建设工作情况报告',
      '一、主要工作',
      '坚持领导班子集体学法制度，全年班子集体学法7次。各村级班子集体学法30余次。',
      '二、2025年工作打算',
      '班子集体学法不少于9次。',
      '',
    ].join('\n');
    const { facts } = await readFileQuoted(lexicon, street, 'qutang.txt');
    expect(statusesWithIds(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=7:achieved', 'exec_meeting_law_study=9:plan']);
  });
});
