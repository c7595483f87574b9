/**
 * The verdicts an inspector would sign: each failure issue 10 found on the seeds, as a short report
 * of our own words run through the whole pipeline (ingest → document → facts → engine → renderers),
 * and, over the five seeds, that no indicator is met by a heading alone.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sentenceAt } from '../../src/document/index.js';
import { Checker, type Evaluated } from '../../src/pipeline.js';
import { renderHtml } from '../../src/render/html.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { seedsDir } from '../helpers/cli.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duibiao-verdicts-'));
let byYear: Checker;
beforeAll(async () => {
  byYear = await Checker.create({});
});

/** Writes a report of our own words and scores it by the year it states. */
async function check(name: string, lines: string[], checker?: Checker): Promise<Evaluated> {
  const file = path.join(dir, `${name}.txt`);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return (checker ?? byYear).check(file);
}

/** A district's annual report of the given year: title, opening, achievements, then what follows. */
const report = (year: number, achievements: string[], rest: string[] = []): string[] => [
  `白川区人民政府关于${year}年度法治政府建设情况的报告`,
  `${year}年,白川区坚持依法行政,扎实推进法治政府建设,现将有关情况报告如下。`,
  `一、${year}年推进法治政府建设的主要举措和成效`,
  ...achievements,
  ...rest,
];
const result = (e: Evaluated, id: string) => {
  const r = e.scorecard.results.find((x) => x.indicator === id);
  if (!r) throw new Error(`no result for ${id}`);
  return r;
};

/** A 2023 county report: headings that name the work, running text that does other work. */
const HEADINGS_ONLY = [
  '青禾县人民政府关于2023年度法治政府建设情况的报告',
  '2023年,青禾县在县委领导下推进法治政府建设,现将有关情况报告如下。',
  '一、2023年主要工作和成效',
  '(一)重大突发事件依法预防处置',
  '全县新建应急避难场所6处,储备防汛物资一批。',
  '(二)加强行政执法监督',
  '组织行政执法人员参加业务轮训,参训人员逐年增加。',
  '二、党政主要负责人履行推进法治建设第一责任人职责情况',
  '县政府领导班子带头学习宪法,推动全县形成尊法学法氛围。',
  '三、存在的不足和原因',
  '部分乡镇执法力量仍然薄弱。',
  '四、2024年工作安排',
  '推动应急处置措施依法适度,持续压实法治建设第一责任人职责清单。',
];

describe('verdicts: evidence that counts', () => {
  it('a heading alone never meets an indicator (应急处置措施依法适度, 第一责任人, 执法监督)', async () => {
    const e = await check('headings', HEADINGS_ONLY);
    for (const id of ['emergency.lawful-measures', 'leadership.first-responsibility', 'oversight.enforcement-supervision']) {
      expect(result(e, id).status, id).not.toBe('met');
    }
    // …and the plans section mentioning them is quoted as a plan, not counted
    const first = result(e, 'leadership.first-responsibility');
    expect(first.evidence.length).toBeGreaterThan(0);
    expect(first.evidence.every((ev) => ev.status === 'plan' && ev.tag === '计划')).toBe(true);
  });

  it('a sentence on a 免罚清单 beside 普法责任制 does not meet the 普法责任清单 indicator; one that names the list does', async () => {
    const lines = ['在市场监管领域推行轻微违法免罚清单,坚持处罚与教育相结合,落实“谁执法谁普法”普法责任制。'];
    expect(result(await check('no-penalty', report(2023, lines)), 'capacity.publicity-responsibility').status).not.toBe('met');
    const listed = report(2023, [...lines, '公布区级部门普法责任清单,年底组织普法履职评议。']);
    expect(result(await check('duty-list', listed), 'capacity.publicity-responsibility').status).toBe('met');
  });

  it('出庭应诉率100% meets 负责人实际出庭 with that evidence; a planned rate does not', async () => {
    const e = await check(
      'appearance',
      report(2022, ['全年办理行政应诉案件18件,行政机关负责人出庭应诉率达到100%。'], ['二、下一步工作打算', '继续保持负责人出庭应诉率100%。']),
    );
    const cases = result(e, 'litigation.head-appearance-cases');
    expect(cases).toMatchObject({ status: 'met', found: '100%' });
    expect(cases.why).toMatch(/更强的表述/);
    expect(cases.evidence.some((ev) => ev.factId === 'head_appearance_rate' && ev.tag === '成效')).toBe(true);
    const planned = await check('appearance-plan', report(2022, ['全年办理行政应诉案件18件。'], ['二、下一步工作打算', '力争负责人出庭应诉率达到100%。']));
    expect(result(planned, 'litigation.head-appearance-cases').status).not.toBe('met');
  });

  it('提到但未给出数值 quotes the mention; 未提及 when the report is silent', async () => {
    const e = await check('mentioned', report(2023, ['坚持区政府常务会议会前集体学法,领导干部带头讲法。']));
    const study = result(e, 'capacity.exec-meeting-law-study');
    expect(study.status).toBe('no_evidence');
    expect(study.why).toMatch(/^提到但未给出数值:“[^”]*常务会议会前集体学法/);
    const lectures = result(e, 'capacity.law-lectures');
    expect(lectures.why).toMatch(/^未提及/);
  });

  it('evidence of a met indicator is tagged 成效 / 计划 / 不足 in json, md and html, and only 成效 meets', async () => {
    const rest = ['二、存在的不足', '“双随机、一公开”抽查结果公示还不够及时。', '三、2024年工作安排', '扩大“双随机、一公开”部门联合抽查范围。'];
    const e = await check('tags', report(2023, ['全面推行“双随机、一公开”监管,全年抽查市场主体1200户。'], rest));
    const r = result(e, 'function.double-random-inspection');
    expect(r.status).toBe('met');
    expect(r.evidence.map((ev) => ev.tag)).toEqual(['成效', '不足', '计划']);
    const md = renderMarkdown(e.scorecard, e.source);
    for (const tag of ['〔成效〕', '〔不足〕', '〔计划〕']) expect(md).toContain(tag);
    const html = renderHtml(e.scorecard, e.source);
    for (const cls of ['tag-achieved', 'tag-gap', 'tag-plan']) expect(html).toContain(`class="tag ${cls}"`);
    // the same sentences without the achievement: a gap and a plan never meet
    const noAchievement = await check('tags-no-achievement', report(2023, ['区政府常务会议听取了年度法治工作汇报。'], rest));
    expect(result(noAchievement, 'function.double-random-inspection').status).toBe('unmet');
  });
});

describe('verdicts: edition by year, plans as plans', () => {
  const yearly = (year: number) => report(year, ['全面推行“双随机、一公开”监管。']);

  it('a report on 2020 or earlier is scored on the 2019 edition, later ones on 2021, unless --edition says otherwise; every output says which and why', async () => {
    const old = await check('y2019', yearly(2019));
    expect(old.scorecard).toMatchObject({ edition: '2019', editionNote: '按报告年度2019年选用' });
    expect((await check('y2020', yearly(2020))).scorecard.edition).toBe('2019');
    expect((await check('y2021', yearly(2021))).scorecard.edition).toBe('2021');
    const forced = await check('y2019-forced', yearly(2019), await Checker.create({ edition: '2021' }));
    expect(forced.scorecard).toMatchObject({ edition: '2021', editionNote: '按 --edition 指定' });
    expect(renderMarkdown(old.scorecard, old.source)).toContain('2019年版(按报告年度2019年选用)');
    expect(renderHtml(old.scorecard, old.source)).toContain('2019年版(按报告年度2019年选用)');
  });

  it('an implementation plan says so first and gets coverage, never a 0 achievement score', async () => {
    const e = await check('plan', [
      '白川区法治政府建设实施方案(2021—2025年)',
      '一、总体要求',
      '到2025年,基本建成职能科学、权责法定的法治政府。',
      '二、主要任务',
      '(一)全面推行“双随机、一公开”监管,推进跨部门联合抽查。',
      '(二)严格落实重大行政决策程序,开展决策风险评估。',
    ]);
    expect(e.document.kind).toBe('plan');
    expect(e.scorecard.total.score).toBeNull();
    expect(e.scorecard.plan?.applicable).toBeGreaterThan(100);
    expect(e.scorecard.plan!.addressed).toBeGreaterThanOrEqual(2);
    expect(result(e, 'function.double-random-inspection').why).toMatch(/方案部署了这项工作/);
    const md = renderMarkdown(e.scorecard, e.source);
    const notice = md.indexOf('本文件是实施方案或工作要点');
    expect(notice).toBeGreaterThan(0);
    expect(notice).toBeLessThan(md.indexOf('总分'));
  });
});

describe('verdicts over the seeds', () => {
  const seeds = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt'));

  it('finds the five seeds', () => {
    expect(seeds).toHaveLength(5);
  });

  it('no indicator of any seed is met by a heading alone', async () => {
    for (const name of seeds) {
      const e = await byYear.check(path.join(seedsDir, name));
      for (const r of e.scorecard.results.filter((x) => x.status === 'met' || x.status === 'partial')) {
        const counted = r.evidence.filter((ev) => ev.status === 'achieved' && sentenceAt(e.document, ev.start)?.heading !== true);
        expect(counted.length, `${name} ${r.indicator}`).toBeGreaterThan(0);
      }
    }
  });
});
