/**
 * The general rules added after the blind measurement of test/fixtures/heldout165 (portal pages whose article a script
 * writes), on texts of our own; the pages themselves are read by the ingest mechanism tested in
 * test/ingest/script-articles.test.ts. Once read, three wordings: the year's 重大行政决策事项 gathered and then settled
 * (公开征集并确定…4项) are the items settled, as 确定…4项 is, where proposals gathered alone (征集…建议15个) stay none; a
 * body's share of a wider whole whose figure is bracketed after 占 (我局执法人员约占全县行政执法人员总数(1,230名)的11.9%) gives
 * the whole's count, none of the body's, as share_of_whole's whole before the share does, where a share whose part is no
 * body's own (持证人员占全县…总数(N名)) keeps the place's own count; a sentence opening with the public legal education
 * carried out (深入开展“七五”普法,…,举办各类法治讲座150余场) counts the people's lectures, no law_lectures for officials,
 * unless it names the officials they were for.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

const report = (body: string) => `芩垭区2024年法治政府建设情况报告
2024年，区政府坚持依法行政，推进法治政府建设。现将有关情况报告如下。
一、主要工作
${body}
二、2025年工作安排
持续推进法治政府建设。
芩垭区人民政府
2025年2月14日
`;

const bureauReport = (body: string) => `芩垭区市场监督管理局2024年度法治政府建设工作报告
2024年，我局坚持依法行政，推进法治政府建设。现将有关情况报告如下。
一、主要工作
${body}
二、2025年工作思路
持续推进依法行政。
芩垭区市场监督管理局
2025年1月20日
`;

describe('decision items gathered, then settled', () => {
  it('counts the items settled after gathering them', async () => {
    const { facts } = await read(report('面向社会公开征集并确定年度重大行政决策事项5项，编制目录在区政府网站公布。'), 'qinya.txt');
    expect(statusesWithId(facts, 'major_decision_items')).toEqual(['major_decision_items=5:achieved']);
  });

  it('but proposals gathered alone are no items', async () => {
    const { facts } = await read(report('面向社会公开征集重大行政决策事项建议17条，编制目录在区政府网站公布。'), 'qinya.txt');
    expect(statusesWithId(facts, 'major_decision_items')).toEqual([]);
  });
});

describe('a body’s share of a whole bracketed after 占', () => {
  it('gives the whole’s count, none of the body’s', async () => {
    const { facts } = await read(bureauReport('我局现有持证执法人员96名。我局执法人员约占全区行政执法人员总数（1,280名）的7.5%。'), 'qinya-scj.txt');
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=96:achieved']);
  });

  it('but a share whose part is no body’s own keeps the place’s count', async () => {
    const { facts } = await read(report('持有法律职业资格的执法人员占全区行政执法人员总数（1,280名）的6.4%。'), 'qinya.txt');
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=1280:achieved']);
  });
});

describe('lectures in a sentence opening with the public legal education', () => {
  it('are the people’s, no law lectures for officials', async () => {
    const { facts } = await read(report('深入开展“八五”普法，组织宪法宣传周、法律进社区活动，举办各类法治讲座90余场。'), 'qinya.txt');
    expect(statusesWithId(facts, 'law_lectures')).toEqual([]);
  });

  it('but lectures the sentence names the officials for stay theirs', async () => {
    const { facts } = await read(report('深入开展“八五”普法，为区管领导干部举办法治专题讲座3期。'), 'qinya.txt');
    expect(statusesWithId(facts, 'law_lectures')).toEqual(['law_lectures=3:achieved']);
  });
});
