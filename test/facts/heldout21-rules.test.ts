/**
 * The general rules added after the blind measurement of test/fixtures/heldout21, on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { loadLexicon } from '../../src/facts/index.js';
import { sourceOf } from '../document/helpers.js';
import { paragraphStatuses } from './helpers.js';

const lexicon = await loadLexicon();
/** The facts of one paragraph of achievements in a whole report. */
const statuses = paragraphStatuses(lexicon, '某县2020年法治政府建设情况报告');

describe('a state forest farm, farm or ranch (国有林场, 农场, 牧场)', () => {
  const reporter = (text: string): { level: string; place: string | null } => {
    const { level, place } = buildDocument(sourceOf(text));
    return { level, place };
  };

  it('reports as a department does, named in its title', () => {
    expect(reporter('松岙国有林场2023年度法治建设工作报告\n一、学法用法\n场务会议会前学法4次,全县林业系统共同推进。\n')).toEqual({
      level: 'department',
      place: '松岙国有林场',
    });
  });

  it('or in its signature', () => {
    expect(reporter('2023年法治建设工作总结\n一年来,我们坚持依法治场,做好合同审查和纠纷调处。\n青湖农场\n2024年1月5日\n')).toEqual({
      level: 'department',
      place: '青湖农场',
    });
  });
});

describe('a fraction (五分之一, 四分之三)', () => {
  it('is a rate, its value in percent', () => {
    expect(statuses('全年审结行政复议案件40件,纠错率为八分之一。')).toEqual([
      'reconsideration_closed=40:achieved',
      'reconsideration_correction_rate=12.5:achieved',
    ]);
    expect(statuses('行政诉讼案件20件,负责人出庭比例达到五分之四。')).toEqual(['litigation_cases=20:achieved', 'head_appearance_rate=80:achieved']);
  });

  it('but a whole number and a fraction (一又二分之一) is no share', () => {
    expect(statuses('全年审结行政复议案件40件,办案周期缩短为一又二分之一个月。')).toEqual(['reconsideration_closed=40:achieved']);
  });
});

describe('约为 between a cue and its figure', () => {
  it('stands as 为 does', () => {
    expect(statuses('全年审结行政复议案件40件,综合纠错率约为12.5%。')).toEqual([
      'reconsideration_closed=40:achieved',
      'reconsideration_correction_rate=12.5:achieved',
    ]);
  });
});

describe('a part of a total governed by its verb (其中…宣布废止的13件)', () => {
  it('counts what the total counts, 的 after the verb or a longer verb', () => {
    expect(statuses('县政府清理规范性文件84件,其中保留的70件、废止的14件。')).toEqual([
      'normative_docs_cleaned=84:achieved',
      'normative_docs_cleaned=14:achieved',
    ]);
    expect(statuses('县政府清理规范性文件84件,其中宣布废止6件。')).toEqual(['normative_docs_cleaned=84:achieved', 'normative_docs_cleaned=6:achieved']);
  });

  it('but a part kept is no count of what was cleaned', () => {
    expect(statuses('县政府清理规范性文件84件,其中继续有效的70件。')).toEqual(['normative_docs_cleaned=84:achieved']);
  });
});

describe('a part of a sentence between two ";" that names a rival and not the topic', () => {
  it('is about the rival: the suits’ part closes suits, not 复议 cases', () => {
    expect(statuses('全县受理行政复议申请30件,审结28件;全县行政诉讼案件45件,已审结39件,败诉2件。')).toEqual([
      'reconsideration_cases=30:achieved',
      'reconsideration_closed=28:achieved',
      'litigation_cases=45:achieved',
      'litigation_lost_cases=2:achieved',
    ]);
  });

  it('and a rate in the decisions’ part is theirs, not the documents’', () => {
    expect(statuses('制定行政规范性文件5件;重大决策事项均经合法性审查,审查率100%。')).toContain('legality_review_rate=100:achieved');
    expect(statuses('制定行政规范性文件5件;重大决策事项均经合法性审查,审查率100%。')).not.toContain('normative_doc_review_rate=100:achieved');
  });
});

describe('the heads’ cases in court as a share of all (占…的85%, 占三分之二)', () => {
  it('is the rate of appearance', () => {
    expect(statuses('负责人出庭应诉的案件占全部应诉案件的80%。')).toEqual(['head_appearance_rate=80:achieved']);
    expect(statuses('全年应诉案件30件,负责人出庭的占五分之四。')).toEqual(['litigation_cases=30:achieved', 'head_appearance_rate=80:achieved']);
  });

  it('but not the lawyers’ share, nor the deputies’ among the heads', () => {
    expect(statuses('全年应诉案件30件,由律师代理出庭的占五分之一。')).toEqual(['litigation_cases=30:achieved']);
    expect(statuses('负责人出庭应诉的案件中,副职出庭的占70%。')).toEqual([]);
  });
});
