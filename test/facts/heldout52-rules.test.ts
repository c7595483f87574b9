/**
 * The general rules added after the blind measurement of test/fixtures/heldout52, on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

describe('a comparison with the superior’s figure', () => {
  it('leaves the province its average after 低于/高于, and keeps the city’s rate and the clauses after it', async () => {
    const report = `蒲陵市人民政府2024年法治政府建设情况报告
2024年，全市各级行政复议机关受理行政复议申请930件，审结884件。
全市行政复议综合纠错率6.8%，低于全省平均纠错率9.4%，审结率95.1%。
全市行政机关负责人出庭应诉率为97.3%，高于同期全省平均水平2.1个百分点。
`;
    const { doc, facts } = await read(report, 'puling.txt');
    expect(doc.level).toBe('city');
    expect(facts).toEqual(
      expect.arrayContaining([
        'reconsideration_cases=930:achieved',
        'reconsideration_closed=884:achieved',
        'reconsideration_correction_rate=6.8:achieved',
        'head_appearance_rate=97.3:achieved',
      ]),
    );
    expect(facts).not.toContain('reconsideration_correction_rate=9.4:achieved');
    expect(facts.filter((f) => /=2\.1:/.test(f))).toEqual([]);
  });

  it('leaves a county the city’s and the nation’s figures compared with, in the same clause as its own', async () => {
    const report = `石岑县人民政府关于2025年度法治政府建设工作情况的报告
全县行政机关负责人出庭应诉率95%略低于全市平均出庭应诉率98.2%。
县政府行政复议纠错率10.5%，优于全国平均纠错率13%。
`;
    const { doc, facts } = await read(report, 'shicen.md');
    expect(doc.level).toBe('county');
    expect(facts).toEqual(expect.arrayContaining(['head_appearance_rate=95:achieved', 'reconsideration_correction_rate=10.5:achieved']));
    expect(facts).not.toContain('head_appearance_rate=98.2:achieved');
    expect(facts).not.toContain('reconsideration_correction_rate=13:achieved');
  });

  it('leaves the province its average named after 与…相比, and keeps a joint act with the superior’s organ', async () => {
    const report = `蒲陵市人民政府2024年法治政府建设情况报告
与全省平均纠错率11.2%相比，全市行政复议纠错率仍然偏低。
市政府与省司法厅联合举办领导干部法治专题讲座2期。
`;
    const { facts } = await read(report, 'puling2.txt');
    expect(facts).not.toContain('reconsideration_correction_rate=11.2:achieved');
    expect(facts).toContain('law_lectures=2:achieved');
  });
});

describe('a campaign of several years', () => {
  it('reads the totals of 三年行动期间 / …行动计划实施以来 as the campaign’s, and the year’s figures beside them', async () => {
    const report = `檀溪县人民政府2025年度法治政府建设情况报告
2025年是行政执法规范化三年行动的最后一年。全年培训执法人员1,420人次，评查行政执法案卷360卷。
三年行动期间，累计培训执法人员4,100余人次，审核规范性文件48件；今年审核规范性文件15件。
《行政执法规范化三年行动计划（2023—2025年）》实施以来，全县组织旁听庭审的干部共计650人次。
全年组织领导干部旁听庭审210人次。
`;
    const { facts } = await read(report, 'tanxi.txt');
    expect(facts).toEqual(
      expect.arrayContaining([
        'enforcement_training_participants=1420:achieved',
        'normative_docs_reviewed=15:achieved',
        'court_hearing_observers=210:achieved',
      ]),
    );
    expect(facts.filter((f) => /=(4100|48|650):/.test(f))).toEqual([]);
  });

  it('reads the totals since something began some years ago (成立三年来, 推行五年来) as that span’s', async () => {
    const report = `檀溪县人民政府2025年度法治政府建设情况报告
县行政复议服务中心挂牌四年来，累计受理行政复议申请720件；全年受理行政复议申请205件。
县人民调解中心运行两年间，共调解矛盾纠纷3,300件。
`;
    const { facts } = await read(report, 'tanxi3.txt');
    expect(facts).toContain('reconsideration_cases=205:achieved');
    expect(facts.filter((f) => /=(720|3300):/.test(f))).toEqual([]);
  });

  it('reads the figures of a campaign of the year alone (专项行动期间) as the year’s', async () => {
    const report = `檀溪县人民政府2025年度法治政府建设情况报告
执法质量提升专项行动期间，全县培训执法人员530人次。
`;
    expect((await read(report, 'tanxi2.txt')).facts).toContain('enforcement_training_participants=530:achieved');
  });
});
