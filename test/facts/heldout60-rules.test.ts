/**
 * The general rules added after the blind measurement of test/fixtures/heldout60 (行政复议 and 行政应诉 after the
 * 2023 revision of the 行政复议法), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { loadLexicon } from '../../src/facts/index.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { readFileQuoted } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

const kindOf = async (text: string, file: string): Promise<string> => buildDocument(await ingestBytes(Buffer.from(text, 'utf8'), file)).kind;

describe('a report on the year’s 行政复议 and 行政应诉 alone', () => {
  it('is no annual 法治政府建设 report', async () => {
    const report = `梧桐县司法局关于2023年度行政复议和行政应诉工作情况的报告
县人民政府:
2023年,我局作为县政府行政复议机构,依法办理行政复议案件,做好行政应诉工作,推进依法行政。现将有关情况报告如下。
一、行政复议工作情况
全年受理行政复议申请140件,审结131件。
二、行政应诉工作情况
全县行政机关负责人出庭应诉率100%。
梧桐县司法局
2024年1月12日
`;
    expect(await kindOf(report, 'wutong.txt')).toBe('other');
  });

  it('stays the year’s report when its title joins the two to 法治政府建设', async () => {
    const report = `梧桐县2023年法治政府建设暨行政复议应诉工作情况报告
2023年,县政府坚持依法行政,推进法治政府建设,做好行政复议和行政应诉工作,法律顾问参与合法性审查。现将有关情况报告如下。
一、主要工作
全年受理行政复议申请140件,审结131件。
`;
    expect(await kindOf(report, 'wutong.txt')).toBe('annual_report');
  });
});

describe('a sentence that names no subject after one of its paragraph that does', () => {
  it('goes on about it under a sub-heading that names only a part', async () => {
    const report = `梧桐县2024年法治政府建设情况报告
2024年,县政府坚持依法行政,推进法治政府建设,做好行政复议和行政应诉工作,法律顾问参与合法性审查。现将有关情况报告如下。
一、行政复议工作
(一)收案情况。县政府全年收到行政复议申请210件,比上年多出一半(上一年度收到140件)。经逐件审查,依法受理188件,不予受理15件。
`;
    const { facts } = await read(report, 'wutong.txt');
    expect(facts).toContain('reconsideration_cases=188:achieved');
  });

  it('does not when the sentence before it is about the suits', async () => {
    const report = `梧桐县2024年法治政府建设情况报告
2024年,县政府坚持依法行政,推进法治政府建设,做好行政复议和行政应诉工作,法律顾问参与合法性审查。现将有关情况报告如下。
一、主要工作
(一)案件情况。全县行政机关作为被告的行政诉讼案件76件。经法院审查,依法受理70件。
`;
    const { facts } = await read(report, 'wutong.txt');
    expect(facts.filter((f) => f.startsWith('reconsideration_cases='))).toEqual([]);
  });
});

describe('a figure of an earlier year set beside the year’s by 与…相比', () => {
  it('is that year’s, not the year reported on', async () => {
    const report = `梧桐县2024年法治政府建设情况报告
2024年,县政府坚持依法行政,推进法治政府建设,做好行政复议和行政应诉工作,法律顾问参与合法性审查。现将有关情况报告如下。
一、主要工作
全县行政机关一审败诉5件。与2023年全县一审败诉9件相比,败诉数量明显减少。
`;
    const { facts } = await read(report, 'wutong.txt');
    expect(facts).toContain('litigation_lost_cases=5:achieved');
    expect(facts.filter((f) => f.startsWith('litigation_lost_cases=9'))).toEqual([]);
  });

  it('leaves the year’s own figure after a bare comparison clause', async () => {
    const report = `梧桐县2024年法治政府建设情况报告
2024年,县政府坚持依法行政,推进法治政府建设,做好行政复议和行政应诉工作,法律顾问参与合法性审查。现将有关情况报告如下。
一、主要工作
与2023年相比,全县行政机关一审败诉案件减少到5件。
`;
    const { facts } = await read(report, 'wutong.txt');
    expect(facts).toContain('litigation_lost_cases=5:achieved');
  });
});

describe('a department’s report on its place’s 复议 and 应诉', () => {
  const report = (place: string, body: string): string => `${place}司法局关于2024年度行政复议和行政应诉工作情况的报告
${place}人民政府:
2024年,我局作为${place}政府行政复议机构,依法办理行政复议案件,做好行政应诉工作,推进依法行政。现将有关情况报告如下。
一、行政复议工作情况
${body}
${place}司法局
2025年1月15日
`;

  it('reads another place and the province as the superior’s, its own place as its own', async () => {
    const text = report(
      '柘林市',
      '全市全年受理行政复议申请260件,综合纠错率9.8%。同期枫州市全市行政复议纠错率为13.6%,全省县级复议机关平均受理案件205件,我市收案量居全市前列。',
    );
    const { facts } = await read(text, 'zhelin.txt');
    expect(facts).toEqual(expect.arrayContaining(['reconsideration_cases=260:achieved', 'reconsideration_correction_rate=9.8:achieved']));
    expect(facts.filter((f) => /^(reconsideration_correction_rate=13\.6|reconsideration_cases=205):/.test(f))).toEqual([]);
  });

  it('of a county reads 全市 as its superior', async () => {
    const text = report('柘林县', '全县全年受理行政复议申请140件。全市各级复议机关共受理行政复议申请2,300件。');
    const { facts } = await read(text, 'zhelin.txt');
    expect(facts).toContain('reconsideration_cases=140:achieved');
    expect(facts.filter((f) => f.startsWith('reconsideration_cases=2300'))).toEqual([]);
  });
});
