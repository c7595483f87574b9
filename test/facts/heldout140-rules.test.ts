/**
 * The general rules added after the blind measurement of test/fixtures/heldout140 (interviews and explainers about the
 * year's report), on texts of our own: the exact figure a speaker gives right after rounding it (大概两百来件,准确地说是
 * 214件) is the count; a question about what someone heard (网友:听说…有300多件,是真的吗?) states nothing; 接下来,我们要…
 * plans; a figure said with 已经有…了 is the stock held; a 市 reporting its papers to another city's government is a 县级市;
 * an interview or a programme's transcript whose titles name no year, and a 解读 named first, are other, an interview's
 * 去年 is the year reported on, and a paper about the year's report that names no year of its own takes the report's; a
 * sentence that opens viewing another place by its name (放在整个某市看,全市…) tells that place's figures; and the body
 * learning from a neighbour (学习邻区…的经验,把…提到100%) acts itself.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { county2024Statuses, metaLine, readQuoted, statusesOf, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

/** The facts of a 2024 report of 蓟川县 whose work is `done`. */
const county = (done: string): string[] => county2024Statuses(lexicon, '蓟川县', done);

const meta = (text: string): string => metaLine(lexicon, text);

describe('the exact figure a speaker gives right after rounding it', () => {
  it('is the count, whatever words say it is exact', () => {
    expect(statusesWithId(county('县司法局:全年审核政府合同差不多两百份,准确地讲是214份。'), 'contracts_reviewed')).toContain(
      'contracts_reviewed=214:achieved',
    );
    expect(statusesWithId(county('全县调解矛盾纠纷2600件左右,确切数字是2587件。'), 'disputes_mediated')).toContain('disputes_mediated=2587:achieved');
  });

  it('but a figure after other words is no restatement of it', () => {
    expect(statusesWithId(county('全县调解矛盾纠纷2600件左右,准确率达到98%。'), 'disputes_mediated')).toEqual(['disputes_mediated=2600:achieved']);
  });
});

describe('a question about what someone heard', () => {
  it('states no figure, whoever asks it', () => {
    expect(
      statusesWithId(county('网友提问:听说县里行政复议案件有300多件,是真的吗?局长:没有那么多,全年受理行政复议案件64件。'), 'reconsideration_cases'),
    ).toEqual(['reconsideration_cases=64:achieved']);
    expect(statusesWithId(county('有市民留言说,县里一年的行政应诉案件超过了90件?答:全年行政应诉案件41件。'), 'litigation_cases')).toEqual([
      'litigation_cases=41:achieved',
    ]);
  });

  it('but what was heard and acted on, with no question, still counts', () => {
    expect(statusesWithId(county('听说群众反映执法扰民后,县里立即开展专项整治,全年审核政府合同57份。'), 'contracts_reviewed')).toEqual([
      'contracts_reviewed=57:achieved',
    ]);
  });
});

describe('接下来 in a speaker’s answer', () => {
  it('plans what follows it', () => {
    expect(statusesWithId(county('局长:接下来,我们要把公职律师增加到60名。'), 'public_lawyers')).toEqual(['public_lawyers=60:plan']);
  });

  it('but not the next item of the talk', () => {
    expect(statusesWithId(county('接下来我给大家介绍一下全年的情况,全县公职律师现有52名。'), 'public_lawyers')).toEqual(['public_lawyers=52:achieved']);
  });
});

describe('a stock said with 已经', () => {
  it('is the count held', () => {
    expect(statusesWithId(county('对,全县执法记录仪已经有265台了。'), 'body_cameras')).toEqual(['body_cameras=265:achieved']);
    expect(statusesWithId(county('全县公职律师已经达到37名。'), 'public_lawyers')).toEqual(['public_lawyers=37:achieved']);
  });

  it('but not an increase', () => {
    expect(statusesWithId(county('全县执法记录仪已经增加了40台。'), 'body_cameras')).toEqual([]);
  });
});

describe('the document of an interview or a transcript', () => {
  const body = '去年全区法治政府建设有哪些亮点?区政府坚持依法行政,推进法治政府建设,法律顾问参与合法性审查,做好行政复议和普法工作。';

  it('is other when its titles name no year, and takes the year of the report it says was published', () => {
    expect(meta(`以法治护航发展\n——专访蓟北区区长陈某\n【编者按】2025年3月,《蓟北区2024年度法治政府建设情况报告》向社会公布。\n记者:${body}\n`)).toBe(
      'other district 蓟北区 2024',
    );
    expect(meta(`蓟北区融媒体中心《百姓热线》直播文字实录\n主持人:${body}\n`)).toMatch(/^other district 蓟北区/);
  });

  it('is the year’s report retold when a title line names the year', () => {
    expect(meta(`蓟北区2024年法治政府建设工作情况——区司法局局长专访\n记者:${body}\n`)).toBe('annual_report district 蓟北区 2024');
  });

  it('is other when it opens as a 解读 of the report', () => {
    expect(meta(`政策解读|《蓟北区2024年度法治政府建设情况报告》\n${body}\n`)).toMatch(/^other district/);
  });
});

describe('a 市 that reports its papers to another city', () => {
  const report = (to: string): string =>
    meta(
      `苈塘市2023年法治政府建设情况报告\n2023年,全市坚持依法行政,推进法治政府建设,法律顾问参与合法性审查,做好行政复议和普法工作。规范性文件均按时向${to}报备。\n`,
    );

  it('is a county-level city', () => {
    expect(report('芩州市人民政府和市人大常委会')).toBe('annual_report county 苈塘市 2023');
  });

  it('but one that files them with its province is a city', () => {
    expect(report('省政府和市人大常委会')).toBe('annual_report city 苈塘市 2023');
  });
});

describe('a sentence that opens viewing another place by its name', () => {
  /** The facts of a 2023 report of 苈塘市, a 县级市 (its 全市 its own), whose work is `done`. */
  const countyCity = (done: string): string[] =>
    statusesOf(
      readQuoted(
        lexicon,
        [
          '苈塘市2023年法治政府建设情况报告',
          '2023年,苈塘市坚持依法行政,推进法治政府建设,做好行政复议、应诉和普法工作。苈塘市是芩州市代管的县级市,现将有关情况报告如下。',
          '一、主要工作',
          done,
          '',
        ].join('\n'),
      ).facts,
    );

  it('tells that place’s figures, its 全市 that place’s whole, up to the body’s own words', () => {
    expect(statusesWithId(countyCity('放在整个芩州市范围来看,全市行政机关负责人出庭应诉率是93.5%,我们算是靠前的。'), 'head_appearance_rate')).toEqual([]);
    expect(statusesWithId(countyCity('从芩州市来看,全市行政复议纠错率是14.2%,我市行政复议纠错率为9.6%。'), 'reconsideration_correction_rate')).toEqual([
      'reconsideration_correction_rate=9.6:achieved',
    ]);
  });

  it('but the body’s own 全市 without such a view is its own', () => {
    expect(statusesWithId(countyCity('全市行政机关负责人出庭应诉率是93.5%。'), 'head_appearance_rate')).toEqual(['head_appearance_rate=93.5:achieved']);
  });
});

describe('the body learning from a neighbour', () => {
  it('acts itself: its figures after it are its own', () => {
    expect(statusesWithId(county('下一步,要借鉴邻县石泉县的做法,把行政机关负责人出庭应诉率提到100%。'), 'head_appearance_rate')).toEqual([
      'head_appearance_rate=100:plan',
    ]);
  });

  it('but a neighbour’s figures it names stay the neighbour’s', () => {
    expect(statusesWithId(county('我们注意到邻县石泉县行政机关负责人出庭应诉率提到了100%。'), 'head_appearance_rate')).toEqual([]);
  });
});
