/**
 * The general rules added after the blind measurement of test/fixtures/heldout126 (telegraphic writing), on texts of
 * our own: a label：value line whose label alone names the unit in brackets (执法记录仪（台）：275) counts in that unit, as
 * a table row so labelled does; labels joined by slashes with as many figures joined by slashes after one colon
 * (法律顾问/公职律师：8名/37名) pair in order, a bracketed counting word in the labels the unit of the figures that name
 * none; a line of fragments set apart by bars, each with its words and figure (复议：收案45件｜办结43件), is clauses, no
 * table row; a line of label：value fragments ending with a figure does not run on into the next such line; and a line
 * labelled 【目标】 or a target labelled with its year in brackets (目标（2025年）：…) states plans, also among the shortcomings;
 * a heading that names its table's unit in brackets ((二)复议与应诉（数量单位：件）) lends it to the rows' bare figures; in a
 * city's report the suits its counties answer and the proposals they handle together are theirs (own acts, as their
 * lectures are); a court's pre-suit mediation is none of the body's disputes settled; and a data box under its caption
 * (数据速览) after the shortcomings states what was done.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { cleanupStructure } from '../../src/ingest/normalise.js';
import { readFileQuoted } from './helpers.js';

const lexicon = await loadLexicon();

/** The numeric facts (id=value:status) of a 2024 county report whose achievements end with the lines `lines`. */
const county = async (lines: string): Promise<string[]> =>
  (
    await readFileQuoted(
      lexicon,
      [
        '濛川县人民政府2024年法治政府建设情况报告',
        '2024年，濛川县人民政府深入学习贯彻习近平法治思想，全面推进依法行政，现将有关情况报告如下。',
        '一、主要举措和成效',
        '2024年，县政府常务会议会前学法9次。',
        lines,
        '二、存在的不足',
        '法治宣传的针对性有待加强。',
        '',
      ].join('\n'),
      'mengchuan.txt',
    )
  ).facts;

/** The numeric facts of a 2022 city report whose achievements are the paragraph `paragraph`. */
const city = async (paragraph: string): Promise<string[]> =>
  (
    await readFileQuoted(
      lexicon,
      ['澧安市2022年法治政府建设年度报告', '一、主要工作及成效', paragraph, '二、存在的不足', '基层执法队伍专业化水平仍需提升。', ''].join('\n'),
      'lian.txt',
    )
  ).facts;

const withId = (facts: string[], id: string): string[] => facts.filter((f) => f.startsWith(`${id}=`));

describe('a label：value line whose label names the unit in brackets', () => {
  it('counts in that unit', async () => {
    const facts = await county('——持证行政执法人员（名）：1,086；执法记录仪（台）：275\n【应诉】一审应诉案件（件）：38');
    expect(withId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=1086:achieved']);
    expect(withId(facts, 'body_cameras')).toEqual(['body_cameras=275:achieved']);
    expect(withId(facts, 'litigation_cases')).toEqual(['litigation_cases=38:achieved']);
  });

  it('but a bracket that is no counting word gives the figure no unit', async () => {
    expect(withId(await county('——持证行政执法人员（含辅助）：1,086'), 'enforcement_officers')).toEqual([]);
  });
});

describe('labels and figures joined by slashes', () => {
  it('pair in order', async () => {
    const facts = await county('——县政府法律顾问/全县公职律师：8名/37名\n【执法】执法主体/执法人员/记录仪：41个/1,216名/330台');
    expect(withId(facts, 'legal_advisers')).toEqual(['legal_advisers=8:achieved']);
    expect(withId(facts, 'public_lawyers')).toEqual(['public_lawyers=37:achieved']);
    expect(withId(facts, 'enforcement_subjects')).toEqual(['enforcement_subjects=41:achieved']);
    expect(withId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=1216:achieved']);
    expect(withId(facts, 'body_cameras')).toEqual(['body_cameras=330:achieved']);
  });

  it('take a counting word bracketed in the labels as the unit of figures that name none', async () => {
    const facts = await county('【公开】政府信息公开申请（件）收到/办结：64/61');
    expect(withId(facts, 'disclosure_requests')).toEqual(['disclosure_requests=64:achieved']);
    expect(withId(facts, 'disclosure_requests_closed')).toEqual(['disclosure_requests_closed=61:achieved']);
    expect(cleanupStructure('人大建议/政协提案/办复率：31/45/100%')).toBe('人大建议：31；政协提案：45；办复率：100%');
  });

  it('stay as they are when the labels and figures do not match in number, or a label is a year', () => {
    for (const line of ['执法人员/记录仪：1216名', '法律顾问/公职律师：8名/37名/5名', '纠错率6.5%（上年：31件/4.2%）', '2023/2024年：41个/52个'])
      expect(cleanupStructure(line)).toBe(line);
  });
});

describe('telegraphic lines of fragments', () => {
  it('set apart by bars are clauses, each figure with its own words', async () => {
    for (const bar of ['｜', '|']) {
      const facts = await county(`复议：收案58件${bar}办结55件${bar}纠错率7.3%\n应诉：27件${bar}负责人出庭26件`);
      expect(withId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=58:achieved']);
      expect(withId(facts, 'reconsideration_closed')).toEqual(['reconsideration_closed=55:achieved']);
      expect(withId(facts, 'litigation_cases')).toEqual(['litigation_cases=27:achieved']);
      expect(withId(facts, 'head_appearance_cases')).toEqual(['head_appearance_cases=26:achieved']);
    }
  });

  it('but a row whose first cell labels bare figures is still a table row', () => {
    expect(cleanupStructure('行政复议收案 | 58 | 上年49')).not.toContain('；');
    expect(cleanupStructure('应诉：27件｜负责人出庭')).toBe('应诉：27件｜负责人出庭');
  });

  it('end at their last figure when the next line opens with a label and a figure', async () => {
    const facts = await county('依申请公开：收到41件，办结39件\n人大建议：18件；政协提案：25件');
    expect(withId(facts, 'disclosure_requests_closed')).toEqual(['disclosure_requests_closed=39:achieved']);
    expect(withId(facts, 'proposals_handled')).toEqual(['proposals_handled=18:achieved', 'proposals_handled=25:achieved']);
  });
});

describe('a line labelled as targets', () => {
  it('states plans, 【目标】 or 目标 with its year in brackets', async () => {
    const facts = await county('【目标】2025年：公职律师45名；执法记录仪400台\n目标（2025年）：持证执法人员：1,300名');
    expect(withId(facts, 'public_lawyers')).toEqual(['public_lawyers=45:plan']);
    expect(withId(facts, 'body_cameras')).toEqual(['body_cameras=400:plan']);
    expect(withId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=1300:plan']);
  });

  it('states plans among the shortcomings too', async () => {
    const facts = await county('二、存在的不足\n个别乡镇执法力量薄弱。\n目标（2025年）：执法记录仪：420台；复议纠错率：控制在9%以内');
    expect(withId(facts, 'body_cameras')).toEqual(['body_cameras=420:plan']);
    expect(withId(facts, 'reconsideration_correction_rate')).toEqual(['reconsideration_correction_rate=9:plan']);
  });

  it('but a line labelled otherwise reports what was done', async () => {
    const facts = await county('【队伍】公职律师45名；执法记录仪400台');
    expect(withId(facts, 'public_lawyers')).toEqual(['public_lawyers=45:achieved']);
    expect(withId(facts, 'body_cameras')).toEqual(['body_cameras=400:achieved']);
  });
});

describe('a heading that names its table’s unit', () => {
  it('lends it to the labels of the bare figures under it', async () => {
    const facts = await county('（三）复议与应诉（数量单位：件）\n\n指标 | 2024年 | 说明\n行政复议收案 | 61 | 上年52\n行政应诉 | 23 | \n败诉 | 2 | ');
    expect(withId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=61:achieved']);
    expect(withId(facts, 'litigation_cases')).toEqual(['litigation_cases=23:achieved']);
    expect(withId(facts, 'litigation_lost_cases')).toEqual(['litigation_lost_cases=2:achieved']);
  });

  it('but a heading without one leaves bare figures uncounted', async () => {
    const facts = await county('（三）复议与应诉\n\n指标 | 2024年 | 说明\n行政复议收案 | 61 | 上年52');
    expect(withId(facts, 'reconsideration_cases')).toEqual([]);
  });
});

describe('the counties of a city together', () => {
  it('answer their own suits and handle their own proposals', async () => {
    const facts = await city(
      '2022年，市政府作为被告的行政应诉案件46件，各县（市、区）政府作为被告的行政应诉案件512件；市政府办理建议提案318件，各县（市、区）共办理建议提案1,420件。',
    );
    expect(withId(facts, 'litigation_cases')).toEqual(['litigation_cases=46:achieved']);
    expect(withId(facts, 'proposals_handled')).toEqual(['proposals_handled=318:achieved']);
  });

  it('but their disputes settled are still the city’s whole', async () => {
    expect(withId(await city('2022年，各县（市、区）人民调解组织共调解矛盾纠纷15,230件。'), 'disputes_mediated')).toEqual(['disputes_mediated=15230:achieved']);
  });
});

describe('a court’s pre-suit mediation', () => {
  it('is none of the body’s disputes settled', async () => {
    const facts = await city('2022年，全市人民调解组织调解矛盾纠纷9,870件，市中级人民法院诉前调解案件2,140件，基层法院开展诉前化解1,260件。');
    expect(withId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=9870:achieved']);
  });
});

describe('a data box after the shortcomings', () => {
  const report = (caption: string): string =>
    [
      '澧安市2022年法治政府建设年度报告',
      '一、主要工作及成效',
      '2022年，市政府常务会议会前学法11次。',
      '二、存在的不足',
      '一是基层执法队伍专业化水平仍需提升；二是行政复议纠错率仍然偏高。',
      caption,
      '负责人出庭（件）：38　败诉：2件',
      '执法记录仪（台）：1,240',
      '',
    ].join('\n');

  it('under its caption states what was done', async () => {
    const facts = (await readFileQuoted(lexicon, report('数据速览'), 'lian.txt')).facts;
    expect(withId(facts, 'head_appearance_cases')).toEqual(['head_appearance_cases=38:achieved']);
    expect(withId(facts, 'litigation_lost_cases')).toEqual(['litigation_lost_cases=2:achieved']);
    expect(withId(facts, 'body_cameras')).toEqual(['body_cameras=1240:achieved']);
  });

  it('but lines without such a caption stay among the shortcomings', async () => {
    const facts = (await readFileQuoted(lexicon, report('三是执法装备仍不足。'), 'lian.txt')).facts;
    expect(withId(facts, 'body_cameras')).toEqual(['body_cameras=1240:gap']);
  });
});
