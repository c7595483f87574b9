import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { singleSpaced } from '../../src/ingest/rewrap.js';
import { docxFile, hasChromium, pdfFromHtml } from './fixtures.js';

const lexicon = await loadLexicon();

/** A short report of an invented county with a table of its cases, the table given as rows of cells. */
const OPENING = ['澄岙县2024年法治政府建设情况报告', '2024年，澄岙县坚持依法行政，全面推进法治政府建设。', '一、主要工作'];
const CLOSING = ['二、存在的问题', '基层执法力量仍然偏弱。', '三、下一步安排', '继续推进行政复议体制改革。'];
const ROWS = [
  ['项目', '2024年', '2023年'],
  ['行政复议案件收案数量（件）', '85', '77'],
  ['行政应诉案件数量（件）', '42', '39'],
  ['行政机关负责人出庭应诉（件）', '40', '35'],
];

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** The report as a page Chromium prints: its paragraphs, and the table in `tableStyle` with cells in `cellStyle`. */
function page(rows: readonly string[][], tableStyle: string, cellStyle: (column: number) => string, after = ''): string {
  const paragraphs = (lines: readonly string[]) => lines.map((line) => `<p style="margin:0">${escape(line)}</p>`).join('');
  const table = rows.map((row) => `<tr>${row.map((cell, k) => `<td style="${cellStyle(k)}">${escape(cell)}</td>`).join('')}</tr>`).join('');
  return `<html><head><meta charset="utf-8"></head><body style="font-family:'WenQuanYi Zen Hei';font-size:20px">${paragraphs(OPENING)}<table style="${tableStyle}">${table}</table>${after}${paragraphs(CLOSING)}</body></html>`;
}

const factsOf = async (data: Uint8Array, file: string) =>
  extractFacts(buildDocument(await ingestBytes(data, file)), lexicon)
    .map((fact) => `${fact.id}=${JSON.stringify(fact.value)}:${fact.status}`)
    .sort();
const readPdf = async (html: string) => (await ingestBytes(await pdfFromHtml(html), '澄岙.pdf')).original;
const asText = (rows: readonly string[][]) => [...OPENING, ...rows.map((row) => row.join(' | ')), ...CLOSING].join('\n');

const RULED = 'border-collapse:collapse';
const border = 'border:1px solid #000';

describe.skipIf(!hasChromium)('a PDF table ruled cell by cell reads as its text does', () => {
  // before: each wrapped line of a label stood as a line of its own (行政复议案件收案 | 85 | 77 over 数量（件）, or the
  // figures alone between the label's two lines), and the row lost its label and its facts
  it('a cell whose text wraps onto more lines, its figures set in the middle or at the top', async () => {
    const text = await factsOf(new Uint8Array(Buffer.from(asText(ROWS))), '澄岙.txt');
    expect(text).toEqual(expect.arrayContaining(['reconsideration_cases=85:achieved', 'litigation_cases=42:achieved']));
    for (const align of ['middle', 'top']) {
      const html = page(ROWS, RULED, (k) => `${border};vertical-align:${align};width:${k === 0 ? 7 : 4}em`);
      const read = await readPdf(html);
      expect(read).toContain('行政复议案件收案数量（件） | 85 | 77');
      expect(await factsOf(new Uint8Array(Buffer.from(read)), '澄岙.txt')).toEqual(text);
    }
  });

  // before: pdf.js gave cells a hair apart as one run (行政机关负责人出庭应诉（件） 40, 2024年 2023年): no cell border
  it('cells set a hair apart, their rules between them', async () => {
    const read = await readPdf(page(ROWS, RULED, () => `${border};padding:0`));
    for (const row of ROWS) expect(read).toContain(row.join(' | '));
  });

  it('leaves a ruled box of paragraphs and a table ruled by its columns only as they were', async () => {
    const box = `<div style="${border};width:12em"><p style="margin:0">专栏：全年培训执法人员300人次。</p><p style="margin:0">组织旁听庭审2次。</p></div>`;
    const columnsOnly = page(
      ROWS,
      'border-collapse:collapse;border-top:1px solid #000;border-bottom:1px solid #000',
      (k) => `border-left:1px solid #000;border-right:1px solid #000;width:${k === 0 ? 7 : 4}em`,
      box,
    );
    const read = await readPdf(columnsOnly);
    // each row's figures on a line of their own, the box's two paragraphs two
    for (const [, year, last] of ROWS.slice(1)) expect(read).toMatch(new RegExp(`^[^\\n]*${year} \\| ${last}$`, 'm'));
    expect(read).toMatch(/人次。\n组织旁听庭审2次。/);
  });
});

/** A county's report wrapped at a width of 24 characters, a figure's digits cut by the wrap in a line with no comma or stop. */
const WRAPPED = [
  '岚峪县2024年法治政府建设情况报告',
  '2024年，岚峪县围绕法治政府建设目标，扎实推进依法',
  '行政，全年审查县政府规范性文件18件，备案审查率达',
  '到100%。县政府常务会议全年会前学法11次，全县持',
  '有行政执法证件和执法资格的行政执法人员总数达1',
  '236名，全年举办执法培训班7期，培训执法人员540人',
  '次。',
  '二、存在的问题',
  '乡镇执法力量仍然不足。',
  '三、下一步安排',
  '继续组织领导干部旁听庭审。',
];

describe('a double-spaced text whose wrap cuts a figure between its digits', () => {
  // before: the line over the cut has no comma or stop, and its blank line stayed: 总数达1 | | 236名 read as two paragraphs
  it('reads the figure whole in plain text and Markdown, as its Word document does', async () => {
    const word = await factsOf(await docxFile(WRAPPED), '岚峪.docx');
    expect(word).toEqual(expect.arrayContaining(['enforcement_officers=1236:achieved', 'exec_meeting_law_study=11:achieved']));
    const doubled = WRAPPED.join('\n\n');
    expect(await factsOf(new Uint8Array(Buffer.from(doubled)), '岚峪.txt')).toEqual(word);
    expect(await factsOf(new Uint8Array(Buffer.from(doubled)), '岚峪.md')).toEqual(word);
  });

  it('keeps the blank line between short lines of figures, and under a line no wider', () => {
    const lines = ['鹤汀镇2023年法治建设情况', '', '行政复议收案17', '', '2023年结案15', '', ...WRAPPED.slice(1, 6).flatMap((text) => [text, ''])];
    const read = singleSpaced(lines.map((text) => ({ text, indent: '' }))).map((line) => line.text);
    expect(read.join('\n')).toContain('行政复议收案17\n\n2023年结案15');
    expect(read.join('\n')).toContain('总数达1\n236名');
  });
});

describe('a table of units whose total row merges its serial and name cells', () => {
  const report = (rows: readonly string[]) => new Uint8Array(Buffer.from([...OPENING, '表1 各执法单位情况', ...rows, ...CLOSING].join('\n')));
  // before: a ruled PDF table read as its rows (合计 spanning 序号 and 执法单位) left one figure short of the header's cells,
  // and its total was no figure of the county's
  it("reads the total row's figures under the header's last columns", async () => {
    const facts = await factsOf(
      report([
        '序号 | 执法单位 | 持证执法人员（名） | 执法记录仪（台） | 行政处罚案件（件）',
        '1 | 县水利局 | 21 | 6 | 40',
        '2 | 县林业局 | 17 | 4 | 35',
        '合计 | 38 | 10 | 75',
      ]),
      '澄岙.txt',
    );
    expect(facts).toEqual(expect.arrayContaining(['enforcement_officers=38:achieved', 'body_cameras=10:achieved']));
  });

  it('reads no total when a header cell left over counts something', async () => {
    const facts = await factsOf(report(['序号 | 法制审核人员（名） | 持证执法人员（名） | 执法记录仪（台）', '1 | 3 | 21 | 6', '合计 | 38 | 10']), '澄岙.txt');
    expect(facts.filter((fact) => fact.startsWith('enforcement_officers=') || fact.startsWith('body_cameras='))).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('a ruled PDF table of units under a 序号 header, its total row merged across 序号 and the name', () => {
  const UNITS = [
    ['序号', '执法单位', '持证执法人员（名）', '法制审核人员（名）', '执法记录仪（台）'],
    ['1', '县水务局', '26', '2', '9'],
    ['2', '县林草局', '19', '1', '7'],
    ['3', '各镇人民政府（6个）', '58', '3', '14'],
  ];
  const TOTAL = ['合计', '103', '6', '30'];
  const table = [...UNITS.map((row) => row.join(' | ')), TOTAL.join(' | ')];
  // before: the PDF's rows kept the serial column, the total row's empty serial cell stood as its label and the row
  // was no total: its figures were no facts, while the same table in text (序号 dropped) read them
  it("reads the total row's figures as the county's, as the table in text does", async () => {
    const text = await factsOf(new Uint8Array(Buffer.from([...OPENING, '附表 各执法单位情况', ...table, ...CLOSING].join('\n'))), '澄岙.txt');
    expect(text).toEqual(expect.arrayContaining(['enforcement_officers=103:achieved', 'body_cameras=30:achieved']));
    const cell = (k: number) => `${border};width:${k === 1 ? 8 : 5}em`;
    const rows = UNITS.map((row) => `<tr>${row.map((text, k) => `<td style="${cell(k)}">${escape(text)}</td>`).join('')}</tr>`);
    const total = `<tr><td colspan="2" style="${cell(1)}">${TOTAL[0]}</td>${TOTAL.slice(1)
      .map((text) => `<td style="${cell(2)}">${text}</td>`)
      .join('')}</tr>`;
    const html = page([], RULED, () => '').replace(
      '<table style="border-collapse:collapse"></table>',
      `<p style="margin:0">附表 各执法单位情况</p><table style="${RULED}">${rows.join('')}${total}</table>`,
    );
    const pdf = await pdfFromHtml(html);
    expect((await ingestBytes(pdf, '澄岙.pdf')).original).toContain('合计执法记录仪（台） | 30');
    expect(await factsOf(pdf, '澄岙.pdf')).toEqual(expect.arrayContaining(['enforcement_officers=103:achieved', 'body_cameras=30:achieved']));
  });

  it('reads no total from a numbered unit row, nor from a total row short of a counting column', async () => {
    const unit = [...OPENING, ...table.slice(0, 2), '4 | 合计 | 12 | 1', ...CLOSING].join('\n');
    const facts = await factsOf(new Uint8Array(Buffer.from(unit)), '澄岙.txt');
    expect(facts.filter((fact) => /^(enforcement_officers|body_cameras)=(12|1):/.test(fact))).toEqual([]);
  });
});
