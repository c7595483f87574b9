/**
 * The general rules added after the blind measurement of test/fixtures/heldout162 (the statutory annual reports next door)
 * and test/fixtures/heldout161 (the closing year of the 纲要), on texts of our own: 法制审核率 is a rate word of its own, so
 * one opening its clause after a count of enforcement decisions is theirs, no legality_review_rate (as a bare 审核率 there is
 * not), while after documents or meeting topics it is their rate; the suits over disclosure (因政府信息公开被提起行政诉讼,
 * 因信息公开引发行政诉讼, a 信息公开年报 table row) are the kind the disclosure rules count apart, no count of the body's suits,
 * in a cue's clause and in a frame's alike, while a suit told by another cause is still the body's; a list before 分别 whose
 * item names a cue word its conditions deny keeps its figure to that item (因信息公开引发的行政复议、行政诉讼分别为2件、暂无: no
 * suits); requests whose answer is put off (依法延期至次年答复) are not closed ones.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file = 'report.txt') => readFileQuoted(lexicon, text, file);

/** A county report's paragraph on one line of work, under a heading of the body part. */
const report = (heading: string, body: string) => `柘岘县2024年度法治政府建设情况报告
一、主要工作
（一）${heading}
${body}
柘岘县人民政府
2025年2月10日
`;

describe('法制审核率 opening its clause', () => {
  it('after a count of enforcement decisions rates them, no legality review', async () => {
    const { facts } = await read(report('严格规范执法', '全县各执法部门作出重大行政执法决定415件，均经法制审核，法制审核率100%。'));
    expect(statusesWithId(facts, 'legality_review_rate')).toEqual([]);
  });

  it('after a count of meeting topics rates their legality review', async () => {
    const { facts } = await read(report('依法决策', '提交县政府常务会议研究的议题26个，均经法制审核，法制审核率100%。'));
    expect(statusesWithId(facts, 'legality_review_rate')).toEqual(['legality_review_rate=100:achieved']);
  });

  it('after a count of normative documents rates their review', async () => {
    const { facts } = await read(report('规范性文件管理', '全年制发行政规范性文件11件，均经县司法局审核，法制审核率100%。'));
    expect(statusesWithId(facts, 'normative_doc_review_rate')).toEqual(['normative_doc_review_rate=100:achieved']);
  });
});

describe('the suits over disclosure', () => {
  it('are no count of the body’s suits, said in prose or as a table row', async () => {
    const prose = await read(report('政务公开', '全年县政府因政府信息公开答复被提起行政诉讼2件，均已审结。'));
    expect(statusesWithId(prose.facts, 'litigation_cases')).toEqual([]);
    const framed = await read(report('政务公开', '县政府因信息公开引发行政诉讼案件3件。'));
    expect(statusesWithId(framed.facts, 'litigation_cases')).toEqual([]);
    const row = await read(report('政务公开', '项目 | 2024年 | 2023年\n因政府信息公开被提起行政诉讼（件） | 6 | 4\n'));
    expect(statusesWithId(row.facts, 'litigation_cases')).toEqual([]);
  });

  it('but the body’s suits beside them are counted', async () => {
    const { facts } = await read(report('依法化解争议', '全年以县政府为被告的行政诉讼案件41件。其中县政府因政府信息公开被提起行政诉讼2件。'));
    expect(statusesWithId(facts, 'litigation_cases')).toEqual(['litigation_cases=41:achieved']);
  });

  it('nor is the 复议’s figure of a list before 分别 theirs', async () => {
    const { facts } = await read(report('政务公开', '因政府信息公开引发的行政复议、行政诉讼分别为3件、暂无。'));
    expect(statusesWithId(facts, 'litigation_cases')).toEqual([]);
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual([]);
  });

  it('but a suit told by another cause is the body’s count', async () => {
    const { facts } = await read(report('依法化解争议', '因土地征收补偿引发的以县政府为被告的行政诉讼案件1件，县长出庭应诉。'));
    expect(statusesWithId(facts, 'litigation_cases')).toEqual(['litigation_cases=1:achieved']);
  });
});

describe('requests put off', () => {
  it('are not closed: the count closed before them is', async () => {
    const { facts } = await read(report('政务公开', '全年收到政府信息公开申请64件，办结61件，另有3件依法延期至2025年答复。'));
    expect(statusesWithId(facts, 'disclosure_requests_closed')).toEqual(['disclosure_requests_closed=61:achieved']);
  });

  it('but those answered on time are closed', async () => {
    const { facts } = await read(report('政务公开', '全年收到政府信息公开申请64件，按期答复64件。'));
    expect(statusesWithId(facts, 'disclosure_requests_closed')).toEqual(['disclosure_requests_closed=64:achieved']);
  });
});
