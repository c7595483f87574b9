/**
 * The general rules added after the blind measurement of test/fixtures/heldout51 (figures in tables
 * and annexes), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { pagesToText, type PageLine } from '../../src/ingest/page-lines.js';
import { readFileQuoted } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

describe('a statistics yearbook of one line of work', () => {
  it('is another kind of document than the year’s report, and a report on the year is not', async () => {
    const yearbook = `岚山县2023年度行政复议统计年报
县司法局汇总全县行政复议数据。全年受理行政复议申请88件,审结81件,依法行政水平提升,行政执法更加规范,法治政府建设有序推进,应诉工作得到加强。
`;
    expect((await read(yearbook, 'lanshan.md')).doc.kind).toBe('other');
    const report = `岚山县2023年度法治政府建设情况报告
全年受理行政复议申请88件,审结81件,依法行政水平提升,行政执法更加规范,法治政府建设有序推进,县政府向市政府报送统计年报。
`;
    expect((await read(report, 'lanshan2.md')).doc.kind).toBe('annual_report');
  });
});

describe('what a body means to do next', () => {
  it('reads 将围绕 / 将聚焦 as an intention, whatever year opens the sentence', async () => {
    const report = `青梧县司法局2022年依法行政工作情况报告
2022年,县司法局审核规范性文件6件,行政执法人员人均培训42学时,全县配备执法记录仪300台。
2023年,县司法局将围绕这些短板,推动执法人员人均培训不少于60学时,全县执法记录仪总数达到360台。
下一步,我局将聚焦执法规范化,全年组织执法人员培训4期。
`;
    const { facts } = await read(report, 'qingwu.txt');
    expect(facts).toEqual(expect.arrayContaining(['enforcement_training_hours=42:achieved', 'body_cameras=300:achieved', 'body_cameras=360:plan']));
    expect(facts).not.toContain('body_cameras=360:achieved');
    expect(facts).not.toContain('enforcement_training_hours=60:achieved');
  });

  it('leaves 拟签协议 / 拟签订合同 the drafts a reviewer checks, not a plan', async () => {
    const report = `青梧县人民政府2023年法治政府建设情况报告
县司法局对上会议题、拟签协议逐一审核,全年出具合法性审查意见210件,审查县政府合同57份。
县司法局对拟签订合同把关,全年审查合同33份。
`;
    const { facts } = await read(report, 'qingwu2.txt');
    expect(facts).toEqual(
      expect.arrayContaining(['legality_review_opinions=210:achieved', 'contracts_reviewed=57:achieved', 'contracts_reviewed=33:achieved']),
    );
    const plan = `青梧县人民政府2023年法治政府建设情况报告
县政府拟出台规范性文件3件,拟签协议逐件送审。
`;
    expect((await read(plan, 'qingwu3.txt')).facts.filter((f) => f.endsWith(':achieved') && f.startsWith('normative'))).toEqual([]);
  });
});

describe('legal advisers counted after who they are', () => {
  it('reads the count after the members’ description, and not a count of another post', async () => {
    const report = `青梧县人民政府2023年法治政府建设情况报告
县政府法律顾问室现有执业律师和高校法学教师6名,全县公职律师52名。
`;
    const { facts } = await read(report, 'qingwu4.txt');
    expect(facts).toEqual(expect.arrayContaining(['legal_advisers=6:achieved', 'public_lawyers=52:achieved']));
    const both = `青梧县人民政府2023年法治政府建设情况报告
县政府法律顾问和公职律师共58名。
`;
    expect((await read(both, 'qingwu5.txt')).facts.filter((f) => f.startsWith('legal_advisers'))).toEqual([]);
  });
});

describe('a rate shared by decisions and normative documents', () => {
  it('gives the decisions’ review rate to the item that names no topic, beside the documents’ own', async () => {
    const report = `青梧县人民政府2023年法治政府建设情况报告
县政府重大行政决策和行政规范性文件合法性审查率均达到100%。
`;
    const { facts } = await read(report, 'qingwu6.txt');
    expect(facts).toEqual(expect.arrayContaining(['legality_review_rate=100:achieved', 'normative_doc_review_rate=100:achieved']));
    const enforcement = `青梧县人民政府2023年法治政府建设情况报告
重大执法决定、行政规范性文件法制审核率均达到100%。
`;
    expect((await read(enforcement, 'qingwu7.txt')).facts.filter((f) => f.startsWith('legality_review_rate'))).toEqual([]);
  });
});

describe('page lines', () => {
  const body = (text: string, y: number): PageLine => ({ text, x: 50, right: 550, y, size: 10 });
  const prose = '全年办理行政复议案件四十二件,依法纠正违法或不当行政行为五件。';

  it('keeps the body’s name above the title of a two-page report and under its text as the signature', () => {
    const name = (y: number, size: number): PageLine => ({ text: '青梧县人民政府', x: 230, right: 340, y, size });
    const pages = [
      [
        name(780, 15),
        { text: '关于2024年度法治政府建设情况的报告', x: 170, right: 430, y: 755, size: 15 },
        ...[1, 2, 3].map((k) => body(`第${k}段。${prose}`, 720 - k * 20)),
      ],
      [
        ...[4, 5].map((k) => body(`第${k}段。${prose}`, 780 - k * 20)),
        { ...name(600, 10), x: 420, right: 520 },
        { text: '2025年2月1日', x: 420, right: 520, y: 580, size: 10 },
      ],
    ];
    const text = pagesToText(pages)!;
    expect(text).toMatch(/^青梧县人民政府\n关于2024年度/);
    expect(text).toMatch(/青梧县人民政府\n2025年2月1日$/);
  });

  it('still drops a header that repeats at the top of every page', () => {
    const header = (y: number): PageLine => ({ text: '青梧县人民政府文件', x: 50, right: 200, y, size: 9 });
    const pages = ['一', '二', '三'].map((page) => [
      header(800),
      ...['甲', '乙', '丙', '丁', '戊'].map((k, n) => body(`第${page}页${k}段。${prose}`, 760 - n * 20)),
    ]);
    const text = pagesToText(pages)!;
    expect(text).toContain('第三页戊段');
    expect(text).not.toContain('文件');
  });

  it('keeps apart the rows of a table whose figures stand apart by typed blanks, however near the edge they end', () => {
    const row = (text: string, y: number): PageLine => ({ text, x: 50, right: 548, y, size: 10 });
    const pages = [
      [
        body(`第1段。${prose}`, 760),
        row('行政复议纠错率(%)      12.4           10.9           +1.5个百分点', 740),
        row('一审行政诉讼案件(件)      516           488           +5.7%', 720),
      ],
    ];
    expect(pagesToText(pages)).toContain('+1.5个百分点\n一审行政诉讼案件');
  });
});

describe('a table typed with blanks', () => {
  const table = (rows: string) => `云泽市人民政府2024年法治政府建设情况报告
2024年,市政府坚持依法行政,推进法治政府建设,做好行政复议、行政应诉和普法工作。
附表 主要数据
指标名称        2024年      2023年      同比
${rows}
`;

  it('reads a row whose 同比 cell is a change in points', async () => {
    const { facts } = await read(table('行政复议纠错率(%)      12.6        10.9        +1.7个百分点'), 'yunze.txt');
    expect(facts).toContain('reconsideration_correction_rate=12.6:achieved');
    expect(facts).not.toContain('reconsideration_correction_rate=10.9:achieved');
  });

  it('joins a row wrapped after its label to its counting word and figures', async () => {
    const { facts } = await read(table('行政机关负责人出庭应诉率\n(%)      96.4        92.8        +3.6个百分点'), 'yunze2.txt');
    expect(facts).toContain('head_appearance_rate=96.4:achieved');
    expect(facts).not.toContain('head_appearance_rate=92.8:achieved');
  });
});

describe('the body’s own share of an earlier total', () => {
  it('counts what the total its verb names counts, not the one right before it', async () => {
    const report = `云泽市人民政府2024年法治政府建设情况报告
全市各级行政机关共受理政府信息公开申请265件,办结259件,其中市政府本级受理58件。
全市受理行政复议申请96件,审结93件,其中市政府本级纠错17件。
`;
    const { facts } = await read(report, 'yunze3.txt');
    expect(facts).toEqual(
      expect.arrayContaining(['disclosure_requests=265:achieved', 'disclosure_requests=58:achieved', 'disclosure_requests_closed=259:achieved']),
    );
    expect(facts).not.toContain('disclosure_requests_closed=58:achieved');
    expect(facts.filter((f) => f.includes('=17:'))).not.toContain('reconsideration_cases=17:achieved');
  });
});

describe('a table of units with the whole place’s total row', () => {
  it('reads the 全县合计 row as the body’s own figures, and no unit’s row', async () => {
    const report = `# 云泽县人民政府2024年法治政府建设情况报告

2024年,县政府坚持依法行政,推进法治政府建设,做好行政复议、行政应诉和普法工作。

附件 行政执法基本情况

| 单位 | 执法主体（个） | 持证执法人员（名） | 执法记录仪（台） |
| --- | --- | --- | --- |
| 县市场监督管理局 | 1 | 143 | 77 |
| 青石镇 | 1 | 36 | 12 |
| 全县合计 | 22 | 918 | 365 |
`;
    const { facts } = await read(report, 'yunze4.md');
    expect(facts).toEqual(expect.arrayContaining(['enforcement_subjects=22:achieved', 'enforcement_officers=918:achieved', 'body_cameras=365:achieved']));
    expect(facts.filter((f) => /=(143|77|36|12):/.test(f))).toEqual([]);
  });
});

describe('a target table whose done cell is a dash', () => {
  it('reads the target as a plan and nothing as achieved', async () => {
    const report = `# 云泽县人民政府2024年法治政府建设情况报告

2024年,县政府坚持依法行政,推进法治政府建设,做好行政复议、行政应诉和普法工作。

| 指标 | 目标值 | 完成值 |
| --- | --- | --- |
| 行政机关负责人出庭应诉率（%） | 95 | 97.2 |
| 领导干部法律知识考试合格率（%） | 100 | — |
`;
    const { facts } = await read(report, 'yunze5.md');
    expect(facts).toEqual(expect.arrayContaining(['head_appearance_rate=97.2:achieved', 'leader_law_exam_pass_rate=100:plan']));
    expect(facts).not.toContain('leader_law_exam_pass_rate=100:achieved');
  });
});
