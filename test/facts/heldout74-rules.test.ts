/**
 * The general rules added after the blind measurement of test/fixtures/heldout74 (papers of the 人大 and the 政协 on the
 * government's work), on texts of our own: what such a paper is, whom it is about, and where a web page names its place
 * only in the page's chrome; and the figures of the year it is written in, which such a paper adds after the year's.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

describe('a 人大常委会’s 审议意见 on the government’s report', () => {
  const paper = (title: string) => `澄溪县人民代表大会常务委员会
${title}

县人民政府:
县人大常委会听取了县政府所作的报告。常委会认为,一年来县政府坚持依法行政,推进法治政府建设,县政府常务会议会前学法9次,全县办理行政复议案件36件,法律顾问参与合法性审查。

一、存在的问题
全县仍有部分乡镇未配备法制审核人员,普法宣传针对性不强。

二、意见和建议
建议县政府加强行政复议和应诉工作,落实行政执法三项制度。

澄溪县人大常委会
2024年6月12日
`;

  it('is another kind of paper, about the county whose standing committee writes it (no department of the government)', async () => {
    const { doc } = await read(paper('关于县人民政府2023年度法治政府建设情况报告的审议意见'), 'chengxi.txt');
    expect([doc.kind, doc.level, doc.place, doc.year]).toEqual(['other', 'county', '澄溪县', 2023]);
  });

  it('so is the government’s answer to it', async () => {
    const { doc } = await read(paper('县人民政府关于县人大常委会审议意见研究处理情况的报告'), 'chengxi.txt');
    expect(doc.kind).toBe('other');
  });

  it('unlike the year’s own report joined to that answer by 暨', async () => {
    const { doc } = await read(paper('澄溪县2023年度法治政府建设情况暨审议意见落实情况的报告'), 'chengxi.txt');
    expect(doc.kind).toBe('annual_report');
  });
});

describe('a 政协’s 视察报告 published on its site', () => {
  const page = (pageTitle: string) => `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${pageTitle}</title></head>
<body>
<div class="nav">首页 | 履职动态 | 民主监督</div>
<div class="article">
<h1>市政协关于全市行政执法工作情况的视察报告</h1>
<p>根据年度工作安排,市政协组织委员对全市行政执法和依法行政工作开展视察。现将视察情况报告如下。</p>
<h3>一、基本情况</h3>
<p>视察组认为,全市坚持依法行政,推进法治政府建设。市政府常务会议会前学法8次,全市办理行政复议案件215件,法律顾问参与合法性审查。</p>
<h3>二、意见建议</h3>
<p>建议市政府进一步规范行政执法,加强行政复议和普法工作,推动全市法治政府建设再上新台阶。</p>
</div>
<div class="footer">版权所有 网站地图 联系我们</div>
</body></html>
`;

  it('is another kind of paper, on the city its site’s name gives (the text says only 市 and 全市)', async () => {
    const { doc } = await read(page('市政协关于全市行政执法工作情况的视察报告_澜沧湾市政协'), 'lancang.html');
    expect([doc.kind, doc.level, doc.place]).toEqual(['other', 'city', '澜沧湾市']);
  });

  it('reads no place from a title that opens with the level’s body (市政协关于全市…), nor from a site with none', async () => {
    const { doc } = await read(page('市政协关于全市行政执法工作情况的视察报告_履职动态'), 'lancang.html');
    expect([doc.level, doc.place]).toEqual(['city', null]);
  });

  it('nor a place of another level than the text speaks of itself at', async () => {
    const { doc } = await read(page('市政协关于全市行政执法工作情况的视察报告_澜沧湾县政协'), 'lancang.html');
    expect(doc.place).toBeNull();
  });
});

describe('a part of the current year in a paper dated after the year reported on', () => {
  const paper = (title: string, part: string, date: string) => `${title}

县人民政府:
常委会认为,县政府坚持依法行政,推进法治政府建设。据报告介绍,2023年县政府审查重大合同41份,全县办理行政复议案件33件。${part},县政府又审查各类合同12份,办理行政复议案件9件,工作保持了良好势头。

一、存在的问题
部分乡镇法治力量薄弱,普法宣传针对性不强。

二、意见和建议
建议县政府加强行政复议和普法工作,落实行政执法三项制度。

澄溪县人大常委会
${date}
`;
  const deliberation = '澄溪县人大常委会关于县人民政府2023年度法治政府建设情况报告的审议意见';

  it('tells of the year it is dated in when that part was over by the date (今年1至4月 in June)', async () => {
    for (const part of ['今年1至4月', '今年前四个月']) {
      const { doc, facts } = await read(paper(deliberation, part, '2024年6月12日'), 'chengxi.txt');
      expect(doc.year).toBe(2023);
      expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=41:achieved']);
      expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=33:achieved']);
    }
  });

  it('but not a part still running at the date (今年1至11月 in a report signed that January: drafted before the year ended)', async () => {
    const { facts } = await read(paper(deliberation, '今年1至11月', '2024年1月8日'), 'chengxi.txt');
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=41:achieved', 'contracts_reviewed=12:achieved']);
  });

  it('nor in a paper dated in the year reported on', async () => {
    const { facts } = await read(paper('澄溪县2024年法治政府建设情况报告', '今年1至4月', '2024年12月20日'), 'chengxi.txt');
    expect(statusesWithId(facts, 'contracts_reviewed')).toContain('contracts_reviewed=12:achieved');
  });
});
