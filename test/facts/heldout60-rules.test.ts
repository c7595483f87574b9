/**
 * The general rules added after the blind measurement of test/fixtures/heldout60 (行政复议 and 行政应诉 after the
 * 2023 revision of the 行政复议法), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { ingestBytes } from '../../src/ingest/index.js';

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
