/**
 * The general rules added after the blind measurement of test/fixtures/heldout61 (the softer chapters: 学法, 普法,
 * 法律顾问, 建议提案, 政务公开), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { appendRun, pagesToText, type PageLine, type PlacedRun } from '../../src/ingest/page-lines.js';
import { readFileQuoted } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

describe('a special report on one line of work', () => {
  it('is another kind of paper than the year’s report', async () => {
    const report = `槐川市人民政府关于2023年度政务公开工作情况的专项报告
市人大常委会:
市政府坚持依法行政,推进法治政府建设,全年主动公开政府信息3200条,法律顾问参与合法性审查,行政复议和普法工作有序开展。现将有关情况报告如下,请予审议。
`;
    expect((await read(report, 'huaichuan.txt')).doc.kind).toBe('other');
  });

  it('on 法治政府建设 as a whole stays the year’s report', async () => {
    const report = `槐川市人民政府关于2023年度法治政府建设情况的专项报告
市人大常委会:
2023年,市政府坚持依法行政,推进法治政府建设,法律顾问参与合法性审查,行政复议和普法工作有序开展。现将有关情况报告如下,请予审议。
`;
    expect((await read(report, 'huaichuan.txt')).doc.kind).toBe('annual_report');
  });
});

describe('lectures that are not the leaders’', () => {
  it('leaves out a campaign taking lectures to offices and the villages’ advisers’ lectures, and keeps the leaders’ class', async () => {
    const report = `柘溪县2023年法治政府建设情况报告
一、主要工作
县委党校为县管干部举办依法行政专题培训班2期。
在县直单位开展“法治讲座进机关”活动36场,面向全体工作人员。
全县村(社区)法律顾问深入网格开展法治讲座420余场。
`;
    const { facts } = await read(report, 'zhexi.txt');
    expect(facts).toContain('law_lectures=2:achieved');
    expect(facts.filter((f) => /^law_lectures=(36|420):/.test(f))).toEqual([]);
  });
});

describe('a unit named right after 此外 or 另外', () => {
  it('tells the unit’s own figures beside the body’s', async () => {
    const report = `梧岗区2022年法治政府建设情况报告
一、主要工作
区政府组织区直部门负责人旁听行政案件庭审76人。此外,柳塘街道自行组织网格员旁听庭审31人。
另外,石渠镇单独聘请法律顾问3名。区政府聘请法律顾问6名。
`;
    const { facts } = await read(report, 'wugang.txt');
    expect(facts).toEqual(expect.arrayContaining(['court_hearing_observers=76:achieved', 'legal_advisers=6:achieved']));
    expect(facts).not.toContain('court_hearing_observers=31:achieved');
    expect(facts).not.toContain('legal_advisers=3:achieved');
  });
});

describe('a list of whose before 分别, the rate they share after 的', () => {
  it('gives each number to that rate', async () => {
    const report = `柘溪县2023年法治政府建设情况报告
一、主要工作
全年办理县人大代表建议64件、县政协提案91件,人大代表、政协委员对办理情况的满意率分别为97.8%和98.6%。
`;
    const { facts } = await read(report, 'zhexi.txt');
    expect(facts).toEqual(expect.arrayContaining(['proposals_satisfaction_rate=97.8:achieved', 'proposals_satisfaction_rate=98.6:achieved']));
  });
});

describe('a heading line the outline leaves out (numbered out of turn)', () => {
  it('is a clause of its own: its words are no distractors of the figures under it', async () => {
    const report = `柘溪县2023年法治政府建设情况报告
一、主要工作
(一)加强领导干部学法
县政府常务会议会前学法10次,邀请专家解读新修订的行政复议法。
(二)健全法律顾问制度
县政府聘请法律顾问4名,全年出具法律意见书38份。
(六)依法化解行政争议
县政府收到行政复议申请58件,审结52件,纠错率11.5%。
`;
    const { facts } = await read(report, 'zhexi.txt');
    expect(facts).toEqual(expect.arrayContaining(['reconsideration_cases=58:achieved', 'exec_meeting_law_study=10:achieved']));
  });
});

describe('a PDF table set in narrow columns', () => {
  const SIZE = 11;
  /** A line of runs placed at the given x, each run as wide as its text at one em a character (digits half). */
  const line = (y: number, runs: ReadonlyArray<readonly [string, number]>): PageLine => {
    const width = (text: string) => [...text].reduce((w, c) => w + (/[\d.%]/.test(c) ? SIZE / 2 : SIZE), 0);
    const placed: PlacedRun[] = runs.map(([text, x]) => ({ text, x, right: x + width(text), size: SIZE }));
    const built: PageLine = { text: '', x: placed[0]!.x, right: placed[0]!.x, y, size: SIZE };
    for (const run of placed) appendRun(built, run);
    return built;
  };
  const prose = '县政府坚持依法行政,推进法治政府建设,认真办理人大代表建议和政协提案,做好政务公开工作,全年各项工作有序开展。';

  it('opens a cell where the other rows of the table open one, though the blank before it is narrow', async () => {
    // columns at 200 and 245: the header's years and the long label's first figure stand closer than a border's blank
    const page = [
      line(800, [[`柘溪县2024年法治政府建设情况报告`, 60]]),
      line(780, [[prose, 40]]),
      line(760, [
        ['项目', 90],
        ['2023年', 200],
        ['2024年', 245],
      ]),
      line(740, [
        ['办理县人大代表建议(件)', 40],
        ['57', 200],
        ['63', 245],
      ]),
      line(720, [
        ['办理政协提案(件)', 40],
        ['81', 200],
        ['88', 245],
      ]),
      line(700, [[`${prose}特此报告。`, 40]]),
    ];
    const text = pagesToText([page])!;
    expect(text).toContain('项目 | 2023年 | 2024年');
    expect(text).toContain('办理县人大代表建议(件) | 57 | 63');
    const { facts } = await read(text, 'zhexi.txt');
    expect(facts).toEqual(expect.arrayContaining(['proposals_handled=63:achieved', 'proposals_handled=88:achieved']));
    expect(facts.filter((f) => /^proposals_handled=(57|81):/.test(f))).toEqual([]);
  });

  it('opens none where no other row has a cell, nor in prose', () => {
    const page = [
      line(780, [[prose, 40]]),
      line(760, [
        ['项目', 90],
        ['2023年', 200],
        ['2024年', 245],
      ]),
      // a figure standing apart but not under any cell of the other row
      line(740, [
        ['办理县人大代表建议(件)', 40],
        ['57', 192],
        ['63', 300],
      ]),
      line(720, [
        ['全年学法', 40],
        ['12次', 100],
      ]),
    ];
    const text = pagesToText([page])!;
    expect(text).toMatch(/办理县人大代表建议\(件\) ?57 \| 63/);
    expect(text).toContain('项目 | 2023年2024年');
    expect(text).toContain('全年学法12次');
  });
});
