/** A chart's data line read as the table it draws (src/ingest/chart-series.ts, the wording in rules/tables.yaml). */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { statusesOf } from '../facts/helpers.js';

const lexicon = await loadLexicon();
const read = async (text: string, file = 'chart.txt') => {
  const source = await ingestBytes(Buffer.from(text, 'utf8'), file);
  return { source, facts: extractFacts(buildDocument(source), lexicon) };
};
const report = (...body: string[]) =>
  [
    '柳岸县人民政府关于2023年度法治政府建设情况的报告',
    '2023年,县政府持续推进依法行政。现将有关情况报告如下:',
    '一、主要工作',
    ...body,
    '二、下一步打算',
    '继续推进严格规范公正文明执法。',
  ].join('\n');

describe("a chart's data line", () => {
  it('over years reads the latest year as the figure, under the caption that names the quantity', async () => {
    const { facts } = await read(
      report('图3　2020—2023年全县持证执法人员数（名）', '图3数据：2020年 612；2021年 640；2022年 655；2023年 702。', '如图3所示,执法队伍逐年壮大。'),
    );
    const read_ = statusesOf(facts.filter((f) => f.id === 'enforcement_officers'));
    expect(read_).toEqual(['enforcement_officers=702:achieved']);
  });

  it('over years in a web page reads its figcaption, whatever order the years are written in', async () => {
    const page = `<html><body><h1>柳岸县2023年法治政府建设情况报告</h1><p>一、主要工作</p>
<figure><img src="c2.png" alt="图2 柱状图"><figcaption>图2 2021—2023年县政府审查合同数量（件）</figcaption></figure>
<p>图2数据：2023年 87；2022年 64；2021年 59</p><p>如图2所示,县政府法律顾问全程参与政府合同的起草、谈判和审查,合同管理逐步规范,全年未发生因合同引起的行政争议。</p>
<p>二、下一步打算</p><p>继续做好合同审查,完善合同管理制度,提高合同审查的质量和效率。</p></body></html>`;
    const { facts } = await read(page, 'chart.html');
    expect(statusesOf(facts.filter((f) => f.id === 'contracts_reviewed'))).toEqual(['contracts_reviewed=87:achieved']);
  });

  it('over kinds with a total reads the total, and no kind as the whole', async () => {
    const { facts, source } = await read(report('图6 2023年各类纠纷人民调解数量（件）', '图6数据：土地权属纠纷 214，家庭婚姻纠纷 356，合同纠纷 98，合计 668'));
    expect(statusesOf(facts.filter((f) => f.id === 'disputes_mediated'))).toEqual(['disputes_mediated=668:achieved']);
    expect(source.original).toContain('合同纠纷 | 98');
  });

  it('over kinds without a total gives each kind the counting word of the caption', async () => {
    const { facts } = await read(report('图4　2023年行政应诉案件结案方式（件）', '图4数据：判决维持 21；撤诉 6；判决败诉 2。'));
    expect(statusesOf(facts.filter((f) => f.id === 'litigation_lost_cases'))).toEqual(['litigation_lost_cases=2:achieved']);
  });

  it('stays as written without a caption of its number above it, or when an item holds no figure', async () => {
    const alone = report('图5数据：2022年 40；2023年 52。');
    expect((await read(alone)).source.original).toContain('图5数据：2022年 40；2023年 52。');
    const worded = report('图5 2022—2023年执法记录仪配备数（台）', '图5数据：2022年 较少；2023年 52。');
    expect((await read(worded)).source.original).toContain('图5数据：2022年 较少；2023年 52。');
  });
});
