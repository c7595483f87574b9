/**
 * The general rules added after the blind measurement of test/fixtures/heldout146 (parallel texts in minority scripts), on
 * texts of our own: a 市 working under its prefecture's bodies named by their generic words (州委、州人民政府, 盟委、行署) is a
 * 县级市, a county, whose 全州 figures are its superior's; an autonomous superior's government named by its generic name
 * (自治州政府, 自治区人民政府, a township's 自治县政府) opening a clause tells that superior's figures; and a bilingual table's
 * row label, its translation in another script after the Chinese label and its bracketed unit (Arabic, Mongolian with its
 * variation selectors, Latin, Yi), still gives the row's figure, once.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, readQuoted, statusesOf, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

/** A yearly report of 2024 under `title`, opening with `opening`, its work `done`. */
const report = (title: string, opening: string, done: string): string =>
  [title, opening, '一、主要工作', done, '二、存在的不足', '基层法制审核力量仍显薄弱。', '三、2025年工作安排', '继续推进法治政府建设。', ''].join('\n');

const read = (title: string, opening: string, done: string): { level: string; facts: string[] } => {
  const { doc, facts } = readQuoted(lexicon, report(title, opening, done));
  return { level: doc.level, facts: statusesOf(facts) };
};

describe('a 市 working under its prefecture’s bodies named by their generic words', () => {
  it('is a county-level city, under a 州 or a 盟 and its 行署 or 地委, or guided by a 州 department', () => {
    const title = '澜沧河市人民政府2024年法治政府建设情况报告';
    expect(read(title, '2024年，市政府在州委、州人民政府的坚强领导下，全市坚持依法行政。', '全市公职律师16名。').level).toBe('county');
    expect(read('芨岭市2024年度法治政府建设工作报告', '一年来，在盟委、行署的正确领导下，全市坚持依法行政。', '全市公职律师16名。').level).toBe('county');
    expect(read('蒿坪市2024年法治政府建设情况报告', '2024年，在地委、行署和市委的领导下，全市推进依法行政。', '全市公职律师16名。').level).toBe('county');
    expect(read(title, '2024年，市政府在州司法局的业务指导下，全市推进依法行政。', '全市公职律师16名。').level).toBe('county');
  });

  it('whose 全州 figures are its superior’s, its own 全市 its own', () => {
    const { facts } = read(
      '澜沧河市人民政府2024年法治政府建设情况报告',
      '2024年，市政府在州委、州人民政府的领导下，全市坚持依法行政。',
      '全市持证行政执法人员812名；全州持证执法人员共7400余名。',
    );
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=812:achieved']);
  });

  it('but a city under its own committee and its province, naming a 州 as a partner, stays a city', () => {
    const opening = '2024年，在蘅州市委、市政府和省委的坚强领导下，全市坚持依法行政，与邻近州县开展执法协作。';
    expect(read('蘅州市2024年法治政府建设情况报告', opening, '指导各区县推进法治政府建设，全市公职律师260名。').level).toBe('city');
  });
});

describe('an autonomous superior’s government named by its generic name opening a clause', () => {
  const county = (done: string) =>
    statusesOf(readQuoted(lexicon, report('苴那县人民政府2024年法治政府建设情况报告', '2024年，县政府在州委、州政府领导下推进依法行政。', done)).facts);

  it('tells the superior’s figures, the body’s own before and after', () => {
    const facts = county('县政府聘请法律顾问5名。同期，自治州人民政府法律顾问团现有成员28名，县政府常务会议会前学法9次。');
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=5:achieved']);
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=9:achieved']);
    expect(statusesWithId(county('此外，自治区政府全年审查政府合同530件。县政府审查合同61件。'), 'contracts_reviewed')).toEqual([
      'contracts_reviewed=61:achieved',
    ]);
  });

  it('a township’s 自治县政府 too', () => {
    const town = readQuoted(
      lexicon,
      report(
        '嘎木乡人民政府2024年法治政府建设情况报告',
        '2024年，嘎木乡在县委、县政府领导下推进依法行政。',
        '全乡调解矛盾纠纷47件。同年，自治县政府调解矛盾纠纷860件。',
      ),
    );
    expect(statusesWithId(statusesOf(town.facts), 'disputes_mediated')).toEqual(['disputes_mediated=47:achieved']);
  });

  it('but the body’s own autonomous name is its own', () => {
    const { facts } = readQuoted(
      lexicon,
      report('苴那彝族自治县人民政府2024年法治政府建设情况报告', '2024年，县政府在州委、州政府领导下推进依法行政。', '苴那彝族自治县人民政府聘请法律顾问6名。'),
    );
    expect(statusesWithId(statusesOf(facts), 'legal_advisers')).toEqual(['legal_advisers=6:achieved']);
  });
});

describe('a bilingual table’s row label, translated in another script after the Chinese label and its unit', () => {
  const table = (rows: readonly string[]) =>
    report('巴嘎县人民政府2024年法治政府建设情况报告', '2024年，县政府推进依法行政。', ['| 指标 | 2024年 |', '|---|---|', ...rows].join('\n'));
  const facts = async (rows: readonly string[], id: string) => statusesWithId((await readFileQuoted(lexicon, table(rows), 'baga.md')).facts, id);

  it('gives the row’s figure in Arabic, Mongolian (variation selectors, narrow space), Latin, Yi script', async () => {
    expect(await facts(['| 执法记录仪（台）ئۈسكۈنە سانى | 276 |'], 'body_cameras')).toEqual(['body_cameras=276:achieved']);
    expect(await facts(['| 公职律师（名）ᠠᠯᠪᠠᠨ\u180b ᠬᠠᠤᠯᠢᠴᠢ\u202fᠶᠢᠨ | 22 |'], 'public_lawyers')).toEqual(['public_lawyers=22:achieved']);
    expect(await facts(['| 行政应诉案件（件） Gij anqgienh | 38 |'], 'litigation_cases')).toEqual(['litigation_cases=38:achieved']);
    expect(await facts(['| 持证行政执法人员（名）ꌐꃀ ꊿ | 1,045 |'], 'enforcement_officers')).toEqual(['enforcement_officers=1045:achieved']);
  });

  it('in a label line too, the translation after a slash or before the colon', async () => {
    const lines = (line: string) => report('巴嘎县人民政府2024年法治政府建设情况报告', '2024年，县政府推进依法行政。', line);
    const read = async (line: string, id: string) => statusesWithId((await readFileQuoted(lexicon, lines(line), 'baga.txt')).facts, id);
    expect(await read('行政复议申请（件）/ Anqgienh: 66', 'reconsideration_cases')).toEqual(['reconsideration_cases=66:achieved']);
  });

  it('but a Chinese label naming another thing before the translation gives nothing of the cue', async () => {
    expect(await facts(['| 执法记录仪使用培训（期）ئۈسكۈنە | 5 |'], 'body_cameras')).toEqual([]);
  });

  it('gives a figure written in Tibetan or Mongolian digits alone in its cell, read as the digits they stand for', async () => {
    expect(await facts(['| 行政应诉案件（件） | ༢༩ |'], 'litigation_cases')).toEqual(['litigation_cases=29:achieved']);
    expect(await facts(['| 公职律师（名）ᠠᠯᠪᠠᠨ ᠬᠠᠤᠯᠢᠴᠢ | ᠑᠗ |'], 'public_lawyers')).toEqual(['public_lawyers=17:achieved']);
  });

  it('and the translation’s own rounded figure, in its own digits, is no second value', async () => {
    const rows = ['| 调解矛盾纠纷（件）ᠵᠠᠭᠠᠷᠴᠢ | 1,186 |', '| ᠵᠠᠭᠠᠷᠴᠢ ᠱᠠᠬᠤ ᠑᠒᠐᠐ | |'];
    expect(await facts(rows, 'disputes_mediated')).toEqual(['disputes_mediated=1186:achieved']);
  });
});
