/**
 * The general rules added after the blind measurement of test/fixtures/heldout149 (spoken transcripts: subtitles, a
 * speech-recognition export, broadcasts, a 述法 meeting's recording typed out), on texts of our own: a subtitle file is
 * read as the speech its cues cut (cue numbers and timing lines no text, a figure cut across cues whole); a line whose
 * phrases are parted by blanks instead of punctuation is read as heard (the blanks its commas, a blank inside a figure
 * none); the turn of one who asks or comments (主持人, 记者, 听众来电, 评论员, 场外连线…) states nothing of the body's;
 * 今年…要把…增加到 is a plan; a 述法 meeting's record, or a meeting's recording typed out, is other and speaks from its date;
 * a programme's name in 《》 before a title's colon is no reporter; and a broadcast's 去年 is the year reported on.
 */
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import { loadLexicon } from '../../src/facts/index.js';
import { county2024Statuses, metaLine, readFileQuoted, readQuoted, statusesOf, statusesWithId, statusesWithIds } from './helpers.js';

const lexicon = await loadLexicon();

/** The facts of a 2024 report of 岚峪县 whose work is `done`. */
const county = (done: string): string[] => county2024Statuses(lexicon, '岚峪县', done);

const meta = (text: string): string => metaLine(lexicon, text);

/** What the text reader makes of a text given as a file. */
const read = async (text: string, file = 'talk.txt'): Promise<string> => (await ingestBytes(Buffer.from(text, 'utf8'), file)).original;

/** Subtitle cues: number, timing and text, from `start` seconds on, each four seconds long. */
const cues = (lines: readonly string[], start = 0): string =>
  lines
    .map((line, k) => {
      const at = (s: number) => `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')},000`;
      return `${k + 1}\n${at(start + 4 * k)} --> ${at(start + 4 * k + 4)}\n${line}\n`;
    })
    .join('\n');

describe('a subtitle file', () => {
  const srt = cues([
    '岚峪县2024年法治政府建设工作纪实（字幕）',
    '解说：二零二四年 岚峪县坚持依法行政 推进法治政府建设',
    '县司法局局长 林秋白：我们全年前置审核行政规范性文件',
    '十五件 办理行政复议案件两百',
    '零四件 纠错率百分之八点三',
    '解说：全县各级调解组织调解矛盾纠纷一千零六十件',
  ]);

  it('is the speech its cues cut: a sentence or a figure cut across cues is whole, cue numbers and timings are no figures', async () => {
    const { facts } = await readFileQuoted(lexicon, srt, 'langyu.srt.txt');
    expect(statusesWithIds(facts, 'normative_docs_reviewed', 'reconsideration_cases', 'reconsideration_correction_rate', 'disputes_mediated')).toEqual([
      'normative_docs_reviewed=15:achieved',
      'reconsideration_cases=204:achieved',
      'reconsideration_correction_rate=8.3:achieved',
      'disputes_mediated=1060:achieved',
    ]);
    const original = await read(srt);
    expect(original).not.toMatch(/-->|^\d+$/m);
    // a speaker's label opens a line of its own
    expect(original.split('\n').filter((line) => /^(?:解说|县司法局局长)/.test(line))).toHaveLength(3);
  });

  it('but a text quoting a timing line or two is no subtitle file', async () => {
    const quoted = '视频第1段\n00:00:03,000 --> 00:00:08,000\n全县调解矛盾纠纷1060件。\n';
    expect(await read(quoted)).toContain('00:00:03,000 --> 00:00:08,000');
  });
});

describe('a line whose phrases are parted by blanks instead of punctuation', () => {
  const asr = [
    '岚峪县2024年度法治政府建设情况新闻发布会.mp3',
    '',
    '发言人2 00:03:10',
    '好的 嗯 去年 全县持证执法人员七百二十多名 配备执法记录仪三百一十五台 那个 全年审查政府合同 审查了合同六十二份',
    '',
    '发言人2 00:05:40',
    '应诉这块 我们全县行政应诉案件二十九件 没有一件败诉 二十九件都是负责人出庭',
    '',
  ].join('\n');

  it('is read as heard: its blanks part clauses, and a figure is read whole after a pause in it', async () => {
    const { facts } = await readFileQuoted(lexicon, asr, 'langyu-asr.txt');
    expect(statusesWithIds(facts, 'enforcement_officers', 'body_cameras', 'contracts_reviewed', 'litigation_cases')).toEqual([
      'enforcement_officers=720:achieved',
      'body_cameras=315:achieved',
      'contracts_reviewed=62:achieved',
      'litigation_cases=29:achieved',
    ]);
    // 没有一件败诉, then 二十九件 those the heads appeared in: no 29 suits lost
    expect(statusesWithId(facts, 'litigation_lost_cases')).not.toContain('litigation_lost_cases=29:achieved');
    expect(await read('审查政府合同一百 二十三份 调解纠纷八十件 办理复议案件十二件\n')).toContain('审查政府合同一百二十三份，调解纠纷八十件');
    // rates named one after the other are a list; a rate's figure after a pause is its own
    expect(await read('备案审查这块 参考率 合格率都是百分之百 复议纠错率 百分之六点四\n')).toContain('参考率、合格率都是百分之百，复议纠错率百分之六点四');
  });

  it('but a slogan’s words, a list of names or a row of cells keeps its blanks', async () => {
    for (const line of ['尊法 学法 守法 用法 护法', '出席：钟远山 林秋白 宋立夏 韩东来', '28名 公职律师 | 6名 政府法律顾问 | 9件 规范性文件'])
      expect(await read(`岚峪县2024年法治政府建设情况报告\n${line}\n全县审查合同62份。\n`)).toContain(line);
  });
});

describe('the turn of one who asks or comments', () => {
  it('states nothing of the body: a host’s question, a reporter’s figures of the superior or a neighbour, a county on the line', () => {
    const facts = county(
      [
        '主持人:省里要求执法人员每人每年培训四十个学时,咱们县是不是都达到了?',
        '局长:全县执法人员人均培训六十二个学时。',
        '[00:12:40] 场外连线(柘塘县司法局副局长 宋某):我们柘塘县今年调解矛盾纠纷三百件,出庭应诉率百分之百。',
        '我是市报的记者,隔壁县去年复议案件有九十件,全市的出庭率已经达到98%了,县里呢?',
        '局长:全县全年受理行政复议案件三十八件,出庭应诉率百分之九十五。',
      ].join('\n'),
    );
    expect(statusesWithIds(facts, 'enforcement_training_hours', 'disputes_mediated', 'reconsideration_cases', 'head_appearance_rate')).toEqual([
      'enforcement_training_hours=62:achieved',
      'reconsideration_cases=38:achieved',
      'head_appearance_rate=95:achieved',
    ]);
  });

  it('also under a heading that names him, as a Markdown transcript has it', () => {
    const facts = county(
      ['听众来电(尾号2231) [00:20:15]', '', '我听朋友说省里执法人员有三千多名,咱们县有多少?', '', '局长 [00:20:40]', '', '全县持证执法人员六百一十名。'].join(
        '\n',
      ),
    );
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=610:achieved']);
  });

  it('but the body’s own speaker, narrator or a figure said after 据主持人介绍 still count', () => {
    expect(statusesWithId(county('解说:全县调解矛盾纠纷两千一百件。'), 'disputes_mediated')).toEqual(['disputes_mediated=2100:achieved']);
    expect(statusesWithId(county('据主持人介绍,全县审查政府合同120份。'), 'contracts_reviewed')).toEqual(['contracts_reviewed=120:achieved']);
  });
});

describe('今年…要把…增加到', () => {
  it('plans the figure, said where it is', () => {
    expect(statusesWithIds(county('今年我们要把政府法律顾问增加到八名,法治专题讲座不少于三期。'), 'legal_advisers', 'law_lectures')).toEqual([
      'legal_advisers=8:plan',
      'law_lectures=3:plan',
    ]);
  });

  it('but not what was raised, nor 需要把', () => {
    expect(statusesWithId(county('今年把政府法律顾问增加到八名。'), 'legal_advisers')).toEqual(['legal_advisers=8:achieved']);
    expect(statusesWithId(county('对需要把关的合同,全年审查政府合同46份。'), 'contracts_reviewed')).toEqual(['contracts_reviewed=46:achieved']);
  });
});

describe('a meeting’s record', () => {
  const body = '县长:去年县政府常务会议会前学法十二次,坚持依法行政,法律顾问参与合法性审查,做好行政复议、应诉和普法工作。今年我们要把法律顾问增加到九名。';

  it('of a 述法 meeting, or typed from a recording, is other; its 今年 is the year after the one reviewed', () => {
    expect(meta(`岚溪县2024年度领导干部述法评议会议记录\n会议时间:2025年1月20日\n${body}\n`)).toMatch(/^other county 岚溪县 2024$/);
    expect(meta(`岚溪县政府第十次常务会议录音整理稿\n${body}\n`)).toMatch(/^other /);
  });

  it('but a briefing’s transcript naming the year stays the year’s report', () => {
    expect(meta(`岚溪县2024年法治政府建设新闻发布会实录\n${body}\n`)).toMatch(/^annual_report county 岚溪县 2024$/);
  });
});

describe('a broadcast’s transcript', () => {
  const text = [
    '《政务广播·局长在线》:岚溪市自然资源局2024年度法治政府建设情况',
    '播出时间:2025年1月15日',
    '主持人:请您说说去年局里的法治建设。',
    '局长:去年局里坚持依法行政,推进法治政府建设,法律顾问参与合法性审查,做好行政复议和普法工作,全年审查合同三十六份。',
  ].join('\n');

  it('is the body’s after a programme’s name in 《》, and its 去年 is the year reported on', () => {
    expect(meta(text)).toBe('annual_report department 岚溪市自然资源局 2024');
    expect(statusesWithId(statusesOf(readQuoted(lexicon, text).facts), 'contracts_reviewed')).toEqual(['contracts_reviewed=36:achieved']);
  });

  it('but a 广播电视局’s own report is no broadcast', () => {
    expect(
      meta('岚溪市广播电视局2024年法治政府建设情况报告\n2024年,局里坚持依法行政,推进法治政府建设,法律顾问参与合法性审查,做好行政复议和普法工作。\n'),
    ).toMatch(/^annual_report department 岚溪市广播电视局 2024$/);
  });
});
