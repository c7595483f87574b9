/**
 * The general rules added after the blind measurement of test/fixtures/heldout99 (figures written with magnitudes,
 * approximations and bounds): 过 before a round word and 过半 of a rate say "more than"; a bound written as a sign (≥95%)
 * is read as the word is, but not where it opens a table's cell; a count bounded from above (不足5件) states no count.
 * On texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { parseQuantities } from '../../src/facts/quantity.js';
import { paragraphStatuses, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();
const statuses = paragraphStatuses(lexicon, '榆岭市人民政府关于2024年度法治政府建设情况的报告');
const of = (paragraph: string, id: string) => statusesWithId(statuses(paragraph), id);
const read = (text: string) => parseQuantities(text).map((q) => ({ value: q.value, unit: q.unit, qualifier: q.qualifier, text: text.slice(q.start, q.end) }));

describe('过 before a round word: more than it', () => {
  it('reads 过百, 过千, 过万 with their counting word, 过 included', () => {
    expect(read('全市法律顾问过百名')).toEqual([{ value: 100, unit: '名', qualifier: 'more_than', text: '过百名' }]);
    expect(read('受训人员过万人次')).toEqual([{ value: 10000, unit: '人次', qualifier: 'more_than', text: '过万人次' }]);
    expect(read('调解纠纷过千余件')).toEqual([{ value: 1000, unit: '件', qualifier: 'at_least', text: '过千余件' }]);
  });

  it('but not the 过 of a verb (通过, 经过), nor 不过, and 超过 stays the word it is', () => {
    expect(read('审议通过百余件')).toEqual([{ value: 100, unit: '件', qualifier: 'at_least', text: '百余件' }]);
    expect(read('先后经过千名群众评议')).toEqual([]);
    expect(read('参训人员不过百人')).toEqual([]);
    expect(read('参训人员超过百人')).toEqual([{ value: 100, unit: '人', qualifier: 'more_than', text: '超过百人' }]);
  });

  it('gives the count of the fact', () => {
    expect(of('全市党政机关公职律师过百名,实现应设尽设。', 'public_lawyers')).toEqual(['public_lawyers=100:achieved']);
  });
});

describe('过半 of a rate: more than 50%', () => {
  it('right after the rate, with a word of being or 超过 and 数', () => {
    expect(read('负责人出庭率过半')).toEqual([{ value: 50, unit: '%', qualifier: 'more_than', text: '过半' }]);
    expect(read('出庭应诉率已超过半数')).toEqual([{ value: 50, unit: '%', qualifier: 'more_than', text: '超过半数' }]);
  });

  it('not a share of a count, nor half a year', () => {
    expect(read('受理纠纷1200件,过半在村级化解')).toEqual([{ value: 1200, unit: '件', qualifier: 'exact', text: '1200件' }]);
    expect(read('审结率已过半年度目标')).toEqual([]);
  });

  it('gives the rate of the fact', () => {
    expect(of('全年应诉案件48件,负责人出庭应诉率过半。', 'head_appearance_rate')).toEqual(['head_appearance_rate=50:achieved']);
  });
});

describe('a bound written as a sign', () => {
  it('is read with its figure as the word would be', () => {
    expect(read('报备及时率≥98%')).toEqual([{ value: 98, unit: '%', qualifier: 'at_least', text: '≥98%' }]);
    expect(read('审结率>90%')).toEqual([{ value: 90, unit: '%', qualifier: 'more_than', text: '>90%' }]);
    expect(of('市政府规范性文件报备率100%,报备及时率≥98%。', 'normative_doc_filing_timely_rate')).toEqual(['normative_doc_filing_timely_rate=98:achieved']);
  });

  it('but opening a table cell it is the row’s standard: not read with the figure, nor bound to the label', () => {
    expect(read('负责人出庭应诉率     ≥90%     96.5%')).toEqual([
      { value: 90, unit: '%', qualifier: 'exact', text: '90%' },
      { value: 96.5, unit: '%', qualifier: 'exact', text: '96.5%' },
    ]);
    // a row of text whose cells ingest did not set apart: the standard is no figure the body reached
    expect(of('1     负责人出庭应诉率          ≥90%      96.5%', 'head_appearance_rate')).toEqual([]);
  });
});

describe('a count bounded from above states no count', () => {
  it('不足, 不到, 低于 or a sign before a count of things: no value', () => {
    expect(of('全年办理行政应诉案件46件,败诉案件不足3件。', 'litigation_lost_cases')).toEqual([]);
    expect(of('各乡镇法制审核人员不到2名。', 'legal_review_staff')).toEqual([]);
    expect(of('全年被撤销的复议决定<2件。', 'reconsideration_cases')).toEqual([]);
  });

  it('but the counts beside it are read, and a rounded count (近, 接近) bounds nothing', () => {
    expect(of('全年办理行政应诉案件46件,败诉案件不足3件。', 'litigation_cases')).toEqual(['litigation_cases=46:achieved']);
    expect(of('全市配备执法记录仪近千台。', 'body_cameras')).toEqual(['body_cameras=1000:achieved']);
  });

  it('a measure or a share so bounded keeps its figure, against which a threshold can be weighed', () => {
    expect(of('执法人员人均培训不足40学时。', 'enforcement_training_hours')).toEqual(['enforcement_training_hours=40:achieved']);
    expect(of('全年行政机关负责人出庭应诉率低于80%。', 'head_appearance_rate')).toEqual(['head_appearance_rate=80:achieved']);
  });
});
