/**
 * The general rules added after the blind measurement of test/fixtures/heldout143 (chronologies, timelines and dated
 * entries), on texts of our own: a line opening with a date set apart (2023-03-02 …, 9月12日 …, 往年动态:2022-12-30 …) or a
 * month and a comma (3月,…) opens an entry of its own, and a bracketed aside closed after its sentence's end ends there; a
 * sentence opening with a date of a year other than the report's, or standing under a line holding such a date alone
 * (【2022年12月】), tells of that year; a count dated to a cut-off or the first part of the year (截至9月底, 上半年) is a part
 * of the whole year's the paper gives in another sentence; a chronicle (大事记) or a portal's news lines (工作动态) standing
 * alone is kind other, with its year, place and level read from its title.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, readQuoted, statusesOf, statusesWithId, statusesWithIds } from './helpers.js';

const lexicon = await loadLexicon();

/** The numeric facts (as statusesOf) of a text read whole. */
const factsOf = (text: string): string[] => statusesOf(readQuoted(lexicon, text).facts.filter((f) => typeof f.value === 'number'));

/** 澜川区's 2023 report whose review is the timeline `lines`, then its plans. */
const timeline = (...lines: string[]): string =>
  [
    '澜川区人民政府关于2023年度法治政府建设情况的报告',
    '2023年，区政府按照区委部署，逐月推进法治政府建设各项任务。现将有关情况报告如下。',
    '一、2023年工作回顾',
    ...lines.map((l) => `\u3000\u3000${l}`),
    '二、存在的不足',
    '个别街道法制审核力量仍较薄弱。',
    '',
  ].join('\n');

describe('a line opening with a date set apart', () => {
  it('opens an entry of its own, though the line before has no end mark', () => {
    const text = [
      '2023年澜川区法治政府建设工作动态',
      '2023-03-02　区完成行政执法证件年审，全区持证行政执法人员764名',
      '2023-05-11　区委依法治区办计划于6月召开年度会议',
      '2023-09-20　区政府承办的人大代表建议和政协提案133件已全部办复',
      '9月28日　区组织领导干部旁听庭审，参加旁听的干部共58人',
      '',
    ].join('\n');
    const { doc, facts } = readQuoted(lexicon, text);
    expect(doc.sentences.filter((s) => /^(?:2023-|9月28日)/.test(s.plain.trim()))).toHaveLength(4);
    expect(statusesWithIds(statusesOf(facts), 'enforcement_officers', 'proposals_handled', 'court_hearing_observers')).toEqual([
      'enforcement_officers=764:achieved',
      'proposals_handled=133:achieved',
      'court_hearing_observers=58:achieved',
    ]);
  });

  it('and so does a month with a comma after it', () => {
    const { doc } = readQuoted(
      lexicon,
      timeline('区政府全年推进依法行政，逐项落实年度任务', '2月，区政府第2次常务会议会前学法；', '3月，区完成执法证件年审。'),
    );
    expect(doc.sentences.map((s) => s.plain.trim())).toContain('2月,区政府第2次常务会议会前学法;');
  });

  it('and a bracketed aside ends after its own end mark', () => {
    const { doc } = readQuoted(lexicon, timeline('（上年情况详见去年报告，此处从略。）', '区政府常务会议全年会前学法12次。'));
    expect(doc.sentences.map((s) => s.plain.trim())).toContain('(上年情况详见去年报告,此处从略。)');
  });

  it('but a wrapped line whose date has no blank after it goes on', () => {
    const { doc } = readQuoted(lexicon, timeline('全区行政执法人员年度轮训工作按照区政府的统一部署于', '9月15日前全部完成，参训执法人员共计1,120人次。'));
    expect(doc.sentences.some((s) => s.plain.includes('部署于') && s.plain.includes('1,120人次'))).toBe(true);
  });
});

describe('a sentence dated in another year than the report’s', () => {
  it('tells of that year, by its opening date, after a bracket or a short label too', () => {
    const facts = factsOf(
      timeline(
        '（2022年12月，区政府召开常务会议，当年全区办理行政复议案件77件，此处不再赘述。）',
        '4月，全区办理行政复议案件已过半。',
        '往年动态：2022-12-30　区政府全年审查政府合同41件',
        '2024-01-05　区司法局新增公职律师9名。',
        '全年全区办理行政复议案件102件，审查政府合同66件，公职律师达到35名。',
      ),
    );
    expect(statusesWithIds(facts, 'reconsideration_cases', 'contracts_reviewed', 'public_lawyers')).toEqual([
      'reconsideration_cases=102:achieved',
      'contracts_reviewed=66:achieved',
      'public_lawyers=35:achieved',
    ]);
  });

  it('or by a line holding such a date alone above it, up to the next', () => {
    const text = [
      '澜川市2023年度法治政府建设大事记',
      '【2022年12月】',
      '12月20日　市政府听取行政复议工作汇报，全年受理行政复议申请288件。',
      '【2023年3月】',
      '3月9日　市政府聘请法律顾问9名。',
      '【2024年1月】',
      '1月12日　市政府新聘法律顾问12名。',
      '',
    ].join('\n');
    expect(factsOf(text)).toEqual(['legal_advisers=9:achieved']);
  });

  it('also where a copy lost the brackets and blank lines around a line of a date alone', () => {
    const text = [
      '澜川市2023年度法治政府建设大事记',
      '2022年12月',
      '12月20日市政府听取行政复议工作汇报，全年受理行政复议申请288件。（详见上年大事记，此处存目）',
      '2023年3月',
      '3月9日市政府聘请法律顾问9名。',
      '2023年4月',
      '4月2日市政府公布行政执法主体清单，全市行政执法主体61个。',
      '',
    ].join('\n');
    expect(factsOf(text)).toEqual(['legal_advisers=9:achieved', 'enforcement_subjects=61:achieved']);
  });

  it('but a date of the year itself, or a month the year starts from (2022年12月以来), dates nothing else', () => {
    const facts = factsOf(timeline('2023年5月，区政府聘请法律顾问7名。', '2022年12月以来，全区调解矛盾纠纷1,204件。'));
    expect(statusesWithIds(facts, 'legal_advisers', 'disputes_mediated')).toEqual(['legal_advisers=7:achieved', 'disputes_mediated=1204:achieved']);
  });

  it('and what an entry of a later year plans stays a plan', () => {
    const facts = factsOf(timeline('全区执法记录仪320台。', '2024-01-15　区政府计划将全区执法记录仪增配至400台'));
    expect(statusesWithId(facts, 'body_cameras')).toEqual(['body_cameras=320:achieved', 'body_cameras=400:plan']);
  });
});

describe('a count dated to a cut-off or the first part of the year', () => {
  it('is a part of the whole year’s another sentence gives', () => {
    const facts = factsOf(
      timeline(
        '9月，截至9月底，全区受理行政复议申请58件。',
        '7月，上半年区政府常务会议会前学法5次。',
        '12月，全年全区受理行政复议申请83件，区政府常务会议全年会前学法10次。',
      ),
    );
    expect(statusesWithIds(facts, 'reconsideration_cases', 'exec_meeting_law_study')).toEqual([
      'reconsideration_cases=83:achieved',
      'exec_meeting_law_study=10:achieved',
    ]);
  });

  it('but stays the year’s figure with no whole year’s after a word of the whole year, or a smaller one', () => {
    const alone = factsOf(timeline('截至11月底，全区受理行政复议申请58件。', '区政府常务会议会前学法10次。'));
    expect(statusesWithId(alone, 'reconsideration_cases')).toEqual(['reconsideration_cases=58:achieved']);
    const undated = factsOf(timeline('上半年区政府常务会议会前学法5次。', '区政府常务会议会前学法10次。'));
    expect(statusesWithId(undated, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=5:achieved', 'exec_meeting_law_study=10:achieved']);
    const smaller = factsOf(timeline('截至11月底，全区受理行政复议申请58件。', '全年区政府本级受理行政复议申请36件。'));
    expect(statusesWithId(smaller, 'reconsideration_cases')).toContain('reconsideration_cases=58:achieved');
  });
});

/** The document of a paper titled `title` whose body is `body`. */
const docOf = (title: string, body: string): ReturnType<typeof readQuoted>['doc'] => readQuoted(lexicon, `${title}\n${body}\n`).doc;
const BODY = '3月9日　县政府常务会议会前学法，推进法治政府建设，法律顾问参与合法性审查，办理行政复议案件，开展普法宣传活动。';

describe('a chronicle or a portal’s news lines standing alone', () => {
  it('is kind other, its year, place and level read from its title', () => {
    const chronicle = docOf('澜溪县2021年度法治政府建设大事记', BODY);
    expect([chronicle.kind, chronicle.year, chronicle.level, chronicle.place]).toEqual(['other', 2021, 'county', '澜溪县']);
    const bureau = docOf('澜溪县司法局2022年度法治建设大事记', BODY);
    expect([bureau.kind, bureau.year, bureau.level]).toEqual(['other', 2022, 'department']);
    const news = docOf('2025年澜溪县法治政府建设工作动态', BODY);
    expect([news.kind, news.year, news.place]).toEqual(['other', 2025, '澜溪县']);
  });

  it('but the year’s report with a chronicle appended stays the report', async () => {
    const text = [
      '# 澜溪县人民政府关于2024年度法治政府建设情况的报告',
      '',
      '2024年，县政府坚持依法行政，推进法治政府建设。现将有关情况报告如下。',
      '',
      '## 一、主要成效',
      '',
      '全年受理行政复议申请64件，法律顾问参与合法性审查，开展普法宣传。',
      '',
      '### 附件：澜溪县2024年度法治政府建设大事记',
      '',
      '- **3月9日** 县政府常务会议会前学法。',
      '- **6月30日** 截至6月底，县政府受理行政复议申请29件。',
      '',
    ].join('\n');
    const { doc, facts } = await readFileQuoted(lexicon, text, 'lanxi.md');
    expect(doc.kind).toBe('annual_report');
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=64:achieved']);
  });
});
