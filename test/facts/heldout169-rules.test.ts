/**
 * The general rules added after the blind measurement of test/fixtures/heldout169 (each province's reform vocabulary), on
 * texts of our own: a 市 citing another named city's 通报 (据某州市司法局通报,全市(含各县、市、区)…,我市占…) is a 县级市, the
 * 通报 going from a superior to those under it, though the counties it names are that city's (rules/reporters.yaml
 * informed_by; one citing its province's or its own bureau's 通报 stays a city); a street's 党工委 called 工委 alone meets
 * on 法治 as a town's 党委 does (街道工委会议专题研究…; not its 书记's visits nor a congress's 法制工委: rules/facts.yaml
 * committee_rule_of_law_meetings); a legality review rate of the items a standing meeting considers is the meeting's
 * (legality_review_rate), under a chapter naming 规范性文件 too (normative_doc_review_rate rivals); a cue inside a bracket
 * after a count (终端410台(不含执法记录仪)) says what it leaves out or takes in, not what it counts
 * (src/facts/passes/number-first.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

/** A 市's report of 2022 with one sentence of its work in its first chapter and a second chapter's sentence. */
const city = (sentence: string, second = '全年受理行政复议案件40件，审结38件。', heading = '二、行政复议') => `蓼汀市2022年法治政府建设情况报告
2022年，蓼汀市坚持依法行政，推进法治政府建设。现将有关情况报告如下。
一、加强组织领导
${sentence}
${heading}
${second}
蓼汀市人民政府
2023年1月16日
`;

describe('a 市 citing a body’s 通报 of figures', () => {
  it('is a 县级市 when the body is another named city’s, though that city’s counties are named', async () => {
    const text = city('市政府常务会议会前学法8次。据蒿州市司法局通报，全市（含各县、市、区）行政应诉案件612件，我市占7%。');
    expect((await read(text, 'liaoting.txt')).doc.level).toBe('county');
  });

  it('but stays a city when the 通报 is its province’s or its own bureau’s', async () => {
    for (const sentence of [
      '市政府常务会议会前学法8次。据省司法厅通报，全省（含各市、县、区）行政应诉案件6120件，我市占7%。',
      '市政府常务会议会前学法8次。据市司法局通报，全市（含各县、区）行政应诉案件612件，较上年下降4%。',
    ]) {
      expect((await read(city(sentence), 'liaoting.txt')).doc.level).toBe('city');
    }
  });
});

/** A street's report of 2022 with one sentence of its work. */
const street = (sentence: string) => `荇塘区蓼岸街道2022年法治建设工作情况报告
2022年，蓼岸街道坚持依法行政，推进法治政府建设。现将有关情况报告如下。
一、主要工作
${sentence}
荇塘区蓼岸街道办事处
2023年1月12日
`;

describe('a street’s 党工委 called 工委 alone', () => {
  it('meets on 法治 as a Party committee: its meetings are counted', async () => {
    const { facts } = await read(street('街道工委会议全年专题研究法治政府建设工作3次，听取司法所汇报1次。'), 'liaoan.md');
    expect(statusesWithId(facts, 'committee_rule_of_law_meetings')).toEqual(['committee_rule_of_law_meetings=3:achieved']);
  });

  it('but its 书记’s visits and a congress’s 法制工委 are no such meetings', async () => {
    for (const sentence of ['街道工委书记全年带队专题调研法治建设工作3次。', '区人大法制工委会议专题研究法治建设有关立法调研工作2次。']) {
      const { facts } = await read(street(sentence), 'liaoan.md');
      expect(statusesWithId(facts, 'committee_rule_of_law_meetings')).toEqual([]);
    }
  });
});

describe('a legality review rate under a chapter on decisions and 规范性文件', () => {
  const heading = '二、依法决策和规范性文件管理';

  it('is the standing meeting’s when its subject is the items the meeting considers', async () => {
    const text = city('市政府常务会议会前学法8次。', '市政府常务会议审议事项合法性审查率100%，出具合法性审查意见96件。', heading);
    const { facts } = await read(text, 'liaoting.txt');
    expect(statusesWithId(facts, 'legality_review_rate')).toEqual(['legality_review_rate=100:achieved']);
    expect(statusesWithId(facts, 'normative_doc_review_rate')).toEqual([]);
  });

  it('but the documents’ when its subject is 规范性文件', async () => {
    const text = city('市政府常务会议会前学法8次。', '市政府制发的规范性文件合法性审查率100%，出具合法性审查意见96件。', heading);
    const { facts } = await read(text, 'liaoting.txt');
    expect(statusesWithId(facts, 'normative_doc_review_rate')).toEqual(['normative_doc_review_rate=100:achieved']);
    expect(statusesWithId(facts, 'legality_review_rate')).toEqual([]);
  });
});

describe('a cue in a bracket after a count', () => {
  it('says what the count leaves out or takes in: no count of that cue', async () => {
    for (const bracket of ['（不含执法记录仪）', '（含执法记录仪）']) {
      const { facts } = await read(city(`为各执法中队配发移动执法终端410台${bracket}。`), 'liaoting.txt');
      expect(statusesWithId(facts, 'body_cameras')).toEqual([]);
    }
  });

  it('but a cue after a bracket closed before it, or with none, is what the count counts', async () => {
    for (const sentence of ['为各执法中队配发410台（套）执法记录仪。', '为各执法中队配发410台执法记录仪。']) {
      const { facts } = await read(city(sentence), 'liaoting.txt');
      expect(statusesWithId(facts, 'body_cameras')).toEqual(['body_cameras=410:achieved']);
    }
  });
});
