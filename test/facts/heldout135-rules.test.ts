/**
 * The general rules added after the blind measurement of test/fixtures/heldout135 (leaders' speeches at rule-of-law work
 * meetings), on texts of our own: a speech (…会议上的讲话, …学法时的讲话) is no annual report; one dated in the year after
 * the year it reviews speaks from that later year, as a briefing does (its 去年 is the year reported on, its 今年 the plans'
 * year, in a heading or a clause), while one of December reviews its own year; the year a speech's title gives its meeting
 * (在2025年…工作会议上的讲话) dates it and is no year reported on; a party secretary's byline (中共某县委书记) names the place;
 * a sentence recounting what the speakers before reported (刚才,…通报了…) is theirs; a session said to be the year's Nth
 * (今天的学法是今年…第9次学法) counts N; the items of a published list of decisions said to be decided by the procedure
 * (…目录,4个事项全部按法定程序作出) count them.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

/** A county secretary's speech at a rule-of-law meeting, dated `date`, its chapters `review` and `tasks` (headed). */
const speech = async (
  date: string,
  review: string,
  tasks: string,
  { title = '在全县法治建设工作会议上的讲话', opening = '同志们：今天召开全县法治建设工作会议。', taskHeading = '二、扎实做好今年的重点工作' } = {},
) =>
  readFileQuoted(
    lexicon,
    [
      title,
      '中共岚溪县委书记  某某某',
      `（${date}）`,
      '',
      opening,
      '一、过去一年的工作',
      `\u3000\u3000${review}`,
      taskHeading,
      `\u3000\u3000${tasks}`,
      '　　同志们，让我们共同努力！',
    ].join('\n'),
    'lanxi.txt',
  );

describe('a speech given in the spring after the year it reviews', () => {
  const review = '去年，全县审查政府合同140份，办理行政复议案件33件。';
  const tasks = '县政府常务会议会前学法不少于10次，执法人员每人每年参加培训不少于50学时。';

  it('is a speech of the year it reviews, of the place its secretary’s byline names', async () => {
    const { doc } = await speech('2025年3月6日', review, tasks);
    expect([doc.kind, doc.year, doc.place, doc.spokenAfter]).toEqual(['other', 2024, '岚溪县', true]);
  });

  it('reads its 去年 as the year reported on and the part on 今年 as plans', async () => {
    const { facts } = await speech('2025年3月6日', review, tasks);
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=140:achieved']);
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=33:achieved']);
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=10:plan']);
  });

  it('plans a clause on 今年 with its bound, under a heading that names no year', async () => {
    const { facts } = await speech('2025年3月6日', review, '今年，全县执法人员每人参加培训不少于50学时。', { taskHeading: '二、几项重点工作' });
    expect(statusesWithId(facts, 'enforcement_training_hours')).toEqual(['enforcement_training_hours=50:plan']);
  });

  it('but a speech of December reviews its own year: its 去年 is another year, its 今年 the year reported on', async () => {
    const { doc, facts } = await speech(
      '2024年12月20日',
      '今年，全县审查政府合同140份；去年，全县办理行政复议案件33件。',
      '明年，县政府常务会议会前学法不少于10次。',
      { taskHeading: '二、明年的重点工作' },
    );
    expect([doc.year, doc.spokenAfter]).toEqual([2024, false]);
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=140:achieved']);
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual([]);
  });

  it('and an annual report dated in the next spring keeps the year’s voice: its 去年 is the year before', async () => {
    const { doc, facts } = await readFileQuoted(
      lexicon,
      [
        '岚溪县人民政府关于2024年度法治政府建设情况的报告',
        '',
        '2024年，县政府坚持依法行政，推进法治政府建设，做好行政复议、应诉和普法工作，全年审查政府合同140份。去年，全县办理行政复议案件33件。',
        '',
        '岚溪县人民政府',
        '2025年2月10日',
      ].join('\n'),
      'report.txt',
    );
    expect([doc.kind, doc.year, doc.spokenAfter]).toEqual(['annual_report', 2024, false]);
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual([]);
  });
});

describe('the year a speech’s title gives its meeting', () => {
  it('dates the speech: given early in it, the speech reviews the year before', async () => {
    const { doc } = await speech('2025年2月20日', '一年来，全县审查政府合同140份。', '会前学法不少于10次。', {
      title: '在2025年全县依法行政工作会议上的讲话',
      taskHeading: '二、2025年重点工作',
    });
    expect(doc.year).toBe(2024);
  });

  it('but given in its December, the speech reviews that year', async () => {
    const { doc } = await speech('2024年12月26日', '今年，全县审查政府合同140份。', '明年会前学法不少于10次。', {
      title: '在2024年全县依法行政工作会议上的讲话',
      taskHeading: '二、明年重点工作',
    });
    expect(doc.year).toBe(2024);
  });
});

describe('a sentence recounting what the speakers before reported', () => {
  it('is theirs: the court’s and a township’s figures are not the county’s', async () => {
    const { facts } = await speech('2025年3月6日', '去年，全县审查政府合同140份。', '会前学法不少于10次。', {
      opening: '同志们：刚才，县法院副院长通报了全县行政审判情况，去年审结一审行政案件52件；南岗镇作了交流发言，全年调解矛盾纠纷615件。下面，我讲两点意见。',
    });
    expect(statusesWithId(facts, 'litigation_cases')).toEqual([]);
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual([]);
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=140:achieved']);
  });

  it('but the speaker’s own sentence after one that mentions no report is read', async () => {
    const { facts } = await speech('2025年3月6日', '去年，全县调解矛盾纠纷615件。', '会前学法不少于10次。', {
      opening: '同志们：刚才大家观看了警示教育片。下面，我讲两点意见。',
    });
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=615:achieved']);
  });
});

describe('a session said to be the year’s Nth as it is held', () => {
  const december = (sentence: string) =>
    readFileQuoted(
      lexicon,
      ['在区政府第三十次常务会议学法时的讲话', '区长  某某某', '（2024年12月18日）', '', `同志们：${sentence}区政府还审查政府合同86份。`].join('\n'),
      'study.txt',
    );

  it('counts the year’s sessions so far, in a speech of the year that is no annual report', async () => {
    const { doc, facts } = await december('今天的学法是今年区政府常务会议第10次学法。');
    expect([doc.kind, doc.year]).toEqual(['other', 2024]);
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=10:achieved']);
  });

  it('but a meeting’s own number counts nothing', async () => {
    const { facts } = await december('今天召开区政府第三十次常务会议，会前开展学法。');
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual([]);
  });
});
