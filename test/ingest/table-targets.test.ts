/** A table's column of the year's targets (目标值, 年度目标): each row's target is read as a plan, what was done as the year's figure. */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { statusesOf } from '../facts/helpers.js';

const lexicon = await loadLexicon();
const read = async (text: string, file: string) => {
  const source = await ingestBytes(Buffer.from(text, 'utf8'), file);
  return statusesOf(extractFacts(buildDocument(source), lexicon).filter((f) => typeof f.value === 'number'));
};
const OPENING = ['桐岭县人民政府关于2023年度法治政府建设情况的报告', '2023年,县政府坚持依法行政。现将有关情况报告如下:', '一、主要工作'];
const CLOSING = ['二、下一步打算', '继续推进严格规范公正文明执法。'];

/** A county's page: the opening, a paragraph, the table of `rows` and the closing. */
const webPage = (paragraph: string, rows: readonly string[][]): string => `<html><body><h1>${OPENING[0]}</h1><p>${OPENING[1]}</p><p>${OPENING[2]}</p>
<p>${paragraph}</p>
<table>${rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')}</table>
<p>${CLOSING[0]}</p><p>${CLOSING[1]}</p></body></html>`;

describe("a table's target column", () => {
  it('in a text table reads each target as a plan and what was done as achieved; a bound (≥4) is a plan, never what was done', async () => {
    const table = [
      '项目\t年度目标\t完成值\t说明',
      '法治专题讲座（期）\t≥4\t3\t未完成',
      '持证执法人员（名）\t420\t436\t已完成',
      '执法记录仪（台）\t—\t118\t新增9台',
    ];
    const facts = await read([...OPENING, '主要指标完成情况如下。', ...table, ...CLOSING].join('\n'), 'targets.txt');
    expect(facts).toEqual(
      expect.arrayContaining([
        'law_lectures=3:achieved',
        'law_lectures=4:plan',
        'enforcement_officers=420:plan',
        'enforcement_officers=436:achieved',
        'body_cameras=118:achieved',
      ]),
    );
    expect(facts).not.toContain('law_lectures=4:achieved');
    expect(facts).not.toContain('enforcement_officers=420:achieved');
  });

  it("in a web page's table, whose target column stands first, reads each target as a plan", async () => {
    const rows = [
      ['指标', '目标值', '实际值'],
      ['行政诉讼败诉案件（件）', '1', '2'],
      ['政府合同合法性审查（件）', '60', '74'],
    ];
    const facts = await read(
      webPage('县政府严格落实合法性审查制度,法律顾问全程参与重大行政决策和政府合同的审查,行政应诉工作进一步规范,主要指标见下表。', rows),
      'targets.html',
    );
    expect(facts).toEqual(
      expect.arrayContaining([
        'litigation_lost_cases=1:plan',
        'litigation_lost_cases=2:achieved',
        'contracts_reviewed=60:plan',
        'contracts_reviewed=74:achieved',
      ]),
    );
    expect(facts).not.toContain('contracts_reviewed=60:achieved');
  });

  it('reads a target written as a bound (≥, ≤, >) as a plan of its figure, in a tab table without remarks and in a web page', async () => {
    const tabbed = ['指标\t目标值\t完成值', '国家工作人员旁听庭审（人）\t≥150\t163', '行政诉讼败诉案件（件）\t≤1\t2', '法制审核人员（名）\t>30\t34'];
    const rows = [
      ['类别', '指标', '计划数', '实际完成'],
      ['复议应诉', '行政机关负责人出庭应诉率（%）', '≥95%', '97.5%'],
      ['规范性文件', '清理规范性文件（件）', '≥ 10', '12'],
    ];
    const text = await read([...OPENING, '主要指标完成情况如下。', ...tabbed, ...CLOSING].join('\n'), 'bounds.txt');
    expect(text).toEqual(
      expect.arrayContaining([
        'court_hearing_observers=150:plan',
        'court_hearing_observers=163:achieved',
        'litigation_lost_cases=1:plan',
        'litigation_lost_cases=2:achieved',
        'legal_review_staff=30:plan',
        'legal_review_staff=34:achieved',
      ]),
    );
    for (const bound of ['court_hearing_observers=150:achieved', 'litigation_lost_cases=1:achieved', 'legal_review_staff=30:achieved']) {
      expect(text).not.toContain(bound);
    }
    const page = await read(webPage('县政府严格落实行政机关负责人出庭应诉制度,按年度计划清理规范性文件,主要指标见下表。', rows), 'bounds.html');
    expect(page).toEqual(
      expect.arrayContaining([
        'head_appearance_rate=95:plan',
        'head_appearance_rate=97.5:achieved',
        'normative_docs_cleaned=10:plan',
        'normative_docs_cleaned=12:achieved',
      ]),
    );
    expect(page).not.toContain('head_appearance_rate=95:achieved');
  });
});
