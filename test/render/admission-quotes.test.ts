import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import { tempDir } from '../helpers/cli.js';

/** A report of our own words that admits it organised no court hearings for its officials. */
const REPORT = `某某县人民政府关于2023年度法治政府建设情况的报告
一、主要举措和成效
全年受理行政复议申请18件,全部依法审结。行政机关负责人出庭应诉率达到100%。
二、存在的不足
一是今年未组织领导干部旁听庭审,二是执法案卷评查覆盖面不广。
三、下一步工作打算
继续深入推进依法行政。
`;

describe('an admission read by two facts', () => {
  it('is quoted once in the gap report, by the longer quote', async () => {
    const file = path.join(tempDir('duibiao-admission-'), '某某县.txt');
    writeFileSync(file, REPORT);
    const { Checker } = await import('../../src/pipeline.js');
    const { scorecard, source } = await (await Checker.create({})).check(file);
    const result = scorecard.results.find((r) => r.indicator === 'capacity.court-observation')!;
    // the presence fact's admission and the stated zero of the count within it are one statement
    expect(result).toMatchObject({ status: 'unmet', found: '0(不足部分所述)' });
    expect(result.evidence.map((q) => [q.text, q.status])).toEqual([['一是今年未组织领导干部旁听庭审', 'gap']]);
    const row = renderMarkdown(scorecard, source)
      .split('\n')
      .find((line) => line.includes('组织领导干部旁听庭审 |'))!;
    expect(row.match(/〔不足〕/g)).toHaveLength(1);
  });
});
