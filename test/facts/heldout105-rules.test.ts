/**
 * The general rules added after the blind measurement of test/fixtures/heldout105 (tables with merged cells and
 * headers of two levels: 同上 / 〃 and empty cells in Markdown and box-drawn tables, a text table's header in two
 * lines aligned by blanks, columns of bare counts such as 期数 | 参训人数, the certified officers as a course's
 * object), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { buildDocument } from '../../src/document/index.js';
import { extractFacts } from '../../src/facts/index.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { cleanupStructure } from '../../src/ingest/normalise.js';
import { withHeaderLevelsJoined } from '../../src/ingest/header-levels.js';
import { docxOfParts } from '../ingest/hostile.js';
import { quotedValuesOf, readFileQuoted, statusesOf, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();
const values = (text: string, id: string) => quotedValuesOf(lexicon, text, id);
const county = (body: string) => `溧湄县人民政府关于2024年法治政府建设情况的报告\n一、主要成效\n${body}\n二、2025年工作安排\n继续做好法治政府建设各项工作。\n`;
const read = async (body: string, id: string, name = 'limei.md') => statusesWithId((await readFileQuoted(lexicon, county(body), name)).facts, id);

describe('a merged cell a Markdown or box-drawn table writes once (〃, 同上, or left empty) holds what the cell above holds', () => {
  const md = [
    '| 类别 | 项目 | 2024年 | 2023年 |',
    '|---|---|---|---|',
    '| 行政复议 | 收案（件） | 83 | 70 |',
    '| 〃 | 纠错率（%） | 7.2 | 8.0 |',
    '| 行政应诉 | 应诉案件（件） | 41 | 45 |',
    '| | 败诉（件） | 2 | 1 |',
    '| 同上 | 负责人出庭应诉率（%） | 97.6 | 93.3 |',
  ].join('\n');

  it('a category cell written 〃 or 同上, or left empty, is the category above', async () => {
    expect(await read(md, 'reconsideration_correction_rate')).toEqual(['reconsideration_correction_rate=7.2:achieved']);
    expect(await read(md, 'litigation_lost_cases')).toEqual(['litigation_lost_cases=2:achieved']);
    expect(await read(md, 'head_appearance_rate')).toEqual(['head_appearance_rate=97.6:achieved']);
  });

  it('a figure cell written 同上 is the figure above', async () => {
    const rates = '| 指标 | 2024年 | 全省平均 |\n|---|---|---|\n| 规范性文件合法性审核率 | 100% | 97.1% |\n| 规范性文件报备及时率 | 同上 | 98.5% |';
    expect(await read(rates, 'normative_doc_filing_timely_rate')).toEqual(['normative_doc_filing_timely_rate=100:achieved']);
  });

  it('in a box-drawn text table too', async () => {
    const box = [
      '┌────────┬──────────┬──────┐',
      '│ 类  别 │ 项  目   │ 2024年│',
      '├────────┼──────────┼──────┤',
      '│ 行政复议│ 收案(件) │ 83   │',
      '│ 〃     │ 办结(件) │ 79   │',
      '└────────┴──────────┴──────┘',
    ].join('\n');
    expect(await read(box, 'reconsideration_closed', 'limei.txt')).toEqual(['reconsideration_closed=79:achieved']);
  });

  it('in a web page whose category cell spans rows (rowspan) beside a figure written 同上', async () => {
    const html = `<html><body><p>${county('').split('\n')[0]}</p><p>一、主要成效</p><table>
      <tr><th>类别</th><th>项目</th><th>2024年</th></tr>
      <tr><td rowspan="2">规范性文件</td><td>合法性审核率</td><td>100%</td></tr>
      <tr><td>报备率</td><td>同上</td></tr>
      </table><p>二、2025年工作安排</p><p>继续做好法治政府建设各项工作。</p></body></html>`;
    const facts = statusesWithId((await readFileQuoted(lexicon, html, 'limei.html')).facts, 'normative_doc_filing_rate');
    expect(facts).toEqual(['normative_doc_filing_rate=100:achieved']);
  });

  it('in a Word table whose category cell is merged down (w:vMerge) and whose next group is written 〃', async () => {
    const WORD = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
    const cell = (text: string, properties = '') => `<w:tc>${properties && `<w:tcPr>${properties}</w:tcPr>`}${paragraph(text)}</w:tc>`;
    const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
    const table = [
      row(cell('类别'), cell('项目'), cell('2024年')),
      row(cell('行政复议', '<w:vMerge w:val="restart"/>'), cell('收案（件）'), cell('83')),
      row(cell('', '<w:vMerge/>'), cell('办结（件）'), cell('79')),
      row(cell('〃'), cell('纠错率（%）'), cell('7.2')),
    ].join('');
    const body = [county('').split('\n')[0]!, '一、主要成效'].map(paragraph).join('');
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${WORD}"><w:body>${body}<w:tbl>${table}</w:tbl>${paragraph('二、2025年工作安排')}${paragraph('继续做好各项工作。')}</w:body></w:document>`;
    const doc = buildDocument(await ingestBytes(new Uint8Array(docxOfParts({ 'word/document.xml': xml })), 'limei.docx'));
    const facts = statusesOf(extractFacts(doc, lexicon).filter((f) => typeof f.value === 'number'));
    expect(facts).toEqual(
      expect.arrayContaining(['reconsideration_cases=83:achieved', 'reconsideration_closed=79:achieved', 'reconsideration_correction_rate=7.2:achieved']),
    );
  });

  it('but not a cell that only starts like a ditto, one with no row of figures above, nor a label cell with no label after it', () => {
    const cleaned = (rows: string) => cleanupStructure(rows).split('\n');
    expect(cleaned('| 项目 | 说明 |\n|---|---|\n| 同上年 | 12 |')).toContain('同上年 | 12');
    expect(cleaned('| 类别 | 项目 | 数量 |\n|---|---|---|\n| 〃 | 收案(件) | 83 |')).toContain('〃收案(件) | 83');
    expect(cleaned('| 类别 | 项目 | 数量 |\n|---|---|---|\n| 行政复议 | 收案(件) | 83 |\n| | | 79 |')).toContain(' |  | 79');
  });

  it('nor the empty first cell of a part under a 序号 header', () => {
    const rows = '| 序号 | 指标 | 单位 | 数量 |\n|---|---|---|---|\n| 1 | 行政复议审结 | 件 | |\n| | 其中：维持 | 件 | 35 |\n| | 合计 | 件 | 49 |';
    expect(cleanupStructure(rows)).toContain('行政复议审结合计');
    expect(cleanupStructure(rows)).not.toContain('行政复议审结其中');
  });
});

describe('a text table’s header in two lines aligned by blanks: the upper cell leads the labels of the columns under it', () => {
  const table = [
    '                      行政复议                      行政应诉',
    '    年  度      收案(件)  办结(件)  纠错率     案件数(件)  负责人出庭(件)  出庭率',
    '    2024年         52        49      8.2%         27            26         96.3%',
    '    2023年         47        44      9.1%         31            28         90.3%',
  ].join('\n');

  it('is written as one header line', () => {
    const joined = withHeaderLevelsJoined(table).split('\n');
    expect(joined).toHaveLength(3);
    expect(joined[0]).toContain('行政复议收案(件)');
    expect(joined[0]).toContain('行政复议纠错率');
    expect(joined[0]).toContain('行政应诉案件数(件)');
    expect(joined[0]).toContain('行政应诉出庭率');
  });

  it('and the year’s row reads every column under its subject', async () => {
    expect(await read(table, 'reconsideration_cases', 'limei.txt')).toEqual(['reconsideration_cases=52:achieved']);
    expect(await read(table, 'reconsideration_closed', 'limei.txt')).toEqual(['reconsideration_closed=49:achieved']);
    expect(await read(table, 'litigation_cases', 'limei.txt')).toEqual(['litigation_cases=27:achieved']);
  });

  it('a bare count under it (人数) takes its counting word, and a total row over units reads it', async () => {
    const units = [
      '                        执法人员培训           人民调解',
      '    单    位          期数      人数       受理(件)   调解成功(件)',
      '    城关镇              3        120          211        205',
      '    河口乡              2         64          — ',
      '    合    计              5        184          211        205',
    ].join('\n');
    expect(withHeaderLevelsJoined(units).split('\n')[0]).toContain('执法人员培训人数(人)');
    expect(await read(units, 'enforcement_training_participants', 'limei.txt')).toEqual(['enforcement_training_participants=184:achieved']);
  });

  it('but two lines of menu words, a line with a figure, or a line whose cells name no counting word are left alone', () => {
    const menu = '    首页        政务公开        互动交流\n    网站地图    联系我们    无障碍浏览    长者模式';
    expect(withHeaderLevelsJoined(menu)).toBe(menu);
    const years = '          2024年            2023年\n    项  目    收案(件)  办结(件)  收案(件)  办结(件)';
    expect(withHeaderLevelsJoined(years)).toBe(years);
    const bare = '              行政复议            行政应诉\n    年  度    收案    办结    应诉    败诉';
    expect(withHeaderLevelsJoined(bare)).toBe(bare);
  });
});

describe('columns of bare counts (期数 | 参训人数): each figure is read after its column’s words', () => {
  const table = '| 培训类别 | 期数 | 参训人数 |\n|---|---|---|\n| 领导干部法治专题讲座 | 5 | 230 |\n| 行政执法人员业务培训 | 〃 | 612 |';

  it('the lectures by their sessions, the enforcement course by its trainees', async () => {
    expect(await read(table, 'law_lectures')).toEqual(['law_lectures=5:achieved']);
    expect(await read(table, 'enforcement_training_participants')).toEqual(['enforcement_training_participants=612:achieved']);
  });

  it('each on a line of its own, the 〃 of the sessions filled from the row above', () => {
    expect(cleanupStructure(table).split('\n')).toEqual([
      '培训类别 | 期数 | 参训人数',
      '领导干部法治专题讲座期数(期) | 5',
      '领导干部法治专题讲座参训人数(人) | 230',
      '行政执法人员业务培训期数(期) | 5',
      '行政执法人员业务培训参训人数(人) | 612',
    ]);
  });

  it('nor columns that name a subject of their own (执法人员培训人数), which stay as the row they are', () => {
    const indicators = '| 单位 | 执法人员培训人数 | 调解成功件数 |\n|---|---|---|\n| 城关镇 | 120 | 205 |';
    expect(cleanupStructure(indicators)).toContain('城关镇 | 120 | 205');
  });
});

describe('the certified officers as a course’s object are those trained, not the officers', () => {
  it('轮训/集训持证执法人员N人', () => {
    expect(values('年内分两批轮训持证执法人员420人。', 'enforcement_training_participants')).toEqual([420]);
    expect(values('年内分两批轮训持证执法人员420人。', 'enforcement_officers')).toEqual([]);
    expect(values('全年集训持证执法队员一百二十名。', 'enforcement_training_participants')).toEqual([120]);
  });

  it('a plan of it is a plan of the training', async () => {
    const plan = statusesWithId(
      (
        await readFileQuoted(
          lexicon,
          '溧湄县人民政府关于2024年法治政府建设情况的报告\n一、主要成效\n全县持证执法人员860名。\n二、2025年工作安排\n年内轮训持证执法人员不少于450人。\n',
          'limei.txt',
        )
      ).facts,
      'enforcement_training_participants',
    );
    expect(plan).toEqual(['enforcement_training_participants=450:plan']);
  });

  it('but the officers counted in a clause of their own stay the officers', () => {
    expect(values('组织全县932名持证执法人员开展年度轮训。', 'enforcement_officers')).toEqual([932]);
    expect(values('全县持证执法人员860名,轮训工作由各部门分批组织。', 'enforcement_officers')).toEqual([860]);
    expect(values('全县持证执法人员860名,轮训工作由各部门分批组织。', 'enforcement_training_participants')).toEqual([]);
  });
});
