/**
 * Leftovers of session 29 (p29, fix-w51 … fix-w55), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, zhechuanCounty as county } from './helpers.js';

const lexicon = await loadLexicon();
const read = async (text: string, file = 'zhechuan.txt'): Promise<string[]> => (await readFileQuoted(lexicon, text, file)).facts;

describe('a table caption lends its subject and unit to rows that name neither', () => {
  it('reads 受理 | 86 under 表2 行政复议案件办理情况（单位：件） as the reconsideration cases', async () => {
    const facts = await read(
      county('（一）化解行政争议。县政府依法办理复议案件，情况见下表。\n表2 行政复议案件办理情况（单位：件）\n项目 | 数量\n受理 | 86\n审结 | 80'),
    );
    expect(facts).toEqual(expect.arrayContaining(['reconsideration_cases=86:achieved', 'reconsideration_closed=80:achieved']));
  });

  it('takes the unit from a 单位：件 line under a caption that names the place and year', async () => {
    const table = '表3柘川县2024年政府信息公开申请办理情况\n单位：件\n项目 | 数量\n本年新收申请 | 97\n上年结转申请 | 6\n本年办结 | 99\n结转下年度继续办理 | 4';
    const facts = await read(county(`（二）政务公开。县政府依申请公开工作平稳运行。\n${table}`));
    expect(facts).toEqual(expect.arrayContaining(['disclosure_requests=97:achieved', 'disclosure_requests_closed=99:achieved']));
    expect(facts.filter((f) => /=(6|4):/.test(f))).toEqual([]);
  });

  it('lends nothing under a caption of many subjects (…主要数据), nor past the prose after the table', async () => {
    const facts = await read(
      county(
        '表1 柘川县2024年度法治政府建设主要数据\n项目 | 数量\n受理 | 86\n（三）其他工作。县政府推进各项改革。\n表4 行政复议案件办理情况（单位：件）\n全县开展行政复议宣传，群众知晓率明显提高。\n受理 | 31',
      ),
    );
    expect(facts.filter((f) => /=(86|31):/.test(f))).toEqual([]);
  });
});

describe('a header cell spanning columns heads each column under it', () => {
  it('reads the total row of an annex table under 政府信息公开申请（件） over 收到 | 办结', async () => {
    const html = `<html><body><h1>柘川县人民政府2024年法治政府建设情况报告</h1>
<p>2024年，县政府在市委、市政府领导下推进依法行政，各项工作取得新进展。</p>
<p>一、主要成效</p><p>县政府各项工作统计数据见附件。</p>
<p>附件 柘川县2024年度依申请公开情况统计表</p>
<table>
<tr><th rowspan="2">单位</th><th colspan="2">政府信息公开申请（件）</th><th rowspan="2">执法记录仪（台）</th></tr>
<tr><th>收到</th><th>办结</th></tr>
<tr><td>县自然资源局</td><td>14</td><td>13</td><td>35</td></tr>
<tr><td>县住房和城乡建设局</td><td>9</td><td>9</td><td>28</td></tr>
<tr><td>全县合计</td><td>23</td><td>22</td><td>63</td></tr>
</table></body></html>`;
    const facts = await read(html, 'zhechuan.html');
    expect(facts).toEqual(expect.arrayContaining(['disclosure_requests=23:achieved', 'disclosure_requests_closed=22:achieved', 'body_cameras=63:achieved']));
  });
});

describe('a bracket after a figure opening with its target names a plan', () => {
  it('reads 196人（年度计划180人）, 98%（目标95%）and 12件（计划10件）as done and planned', async () => {
    const facts = await read(
      county(
        '全年组织领导干部旁听庭审196人（年度计划180人）。\n行政机关负责人出庭应诉率98%（目标95%），审核行政规范性文件12件（计划10件）。\n旁听庭审人数 | 210人（全年目标为200人）',
      ),
    );
    expect(facts).toEqual(
      expect.arrayContaining([
        'court_hearing_observers=196:achieved',
        'court_hearing_observers=180:plan',
        'head_appearance_rate=98:achieved',
        'head_appearance_rate=95:plan',
        'normative_docs_reviewed=12:achieved',
        'normative_docs_reviewed=10:plan',
        'court_hearing_observers=210:achieved',
        'court_hearing_observers=200:plan',
      ]),
    );
    expect(facts.filter((f) => /=(180|95|10|200):achieved/.test(f))).toEqual([]);
  });

  it('leaves a bracket of last year or of a part alone (上年同期, 其中)', async () => {
    const facts = await read(county('受理行政复议申请176件（上年同期152件），审核行政规范性文件12件（其中计划外2件）。'));
    expect(facts).toEqual(expect.arrayContaining(['reconsideration_cases=176:achieved', 'normative_docs_reviewed=12:achieved']));
    expect(facts.filter((f) => /=(152|2):plan/.test(f))).toEqual([]);
  });
});

describe('the numeral of a set phrase counts nothing', () => {
  it('reads no 1次 in 一次性听取 or 一件事一次办, and no 1件 in 一件事', async () => {
    const facts = await read(
      county(
        '县委常委会一次性听取法治建设工作汇报。\n县政府常务会议推行“一件事一次办”学法机制。\n县政府推进“一件事”改革，领导干部旁听庭审实现最多跑一次，全年组织旁听庭审150人次。',
      ),
    );
    expect(facts).toEqual(['court_hearing_observers=150:achieved']);
  });

  it('keeps the count beside the applications made good after failing the conditions (含不符合条件后补正的)', async () => {
    const facts = await read(county('县政府全年受理行政复议申请47件（含不符合条件经一次性告知补正后受理的3件），审结44件。'));
    expect(facts).toEqual(expect.arrayContaining(['reconsideration_cases=47:achieved', 'reconsideration_closed=44:achieved']));
    expect(facts.filter((f) => /=(3|1):/.test(f))).toEqual([]);
  });
});
