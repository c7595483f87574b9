/**
 * The general rules added after the blind measurement of test/fixtures/heldout7: a web page's table
 * of figures that sets two years side by side, and a step of a procedure (印发前完成) that is no
 * deadline.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { docOf, statusesOf } from './helpers.js';

const lexicon = await loadLexicon();
const statuses = (text: string) => statusesOf(extractFacts(docOf(text), lexicon));

const page = (table: string) =>
  new TextEncoder().encode(
    [
      '<html><head><meta charset="utf-8"><title>某区2024年法治政府建设情况报告</title></head><body>',
      '<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>',
      '<div class="TRS_Editor"><p>某区2024年法治政府建设情况报告</p>',
      '<p>一、主要工作</p><p>2024年,全区持续推进依法行政,各项工作有序开展,主要数据见下表。</p>',
      table,
      '<p>二、下一步打算</p><p>继续抓好各项工作。</p></div></body></html>',
    ].join('\n'),
  );
const factsOf = async (html: Uint8Array) =>
  extractFacts(buildDocument(await ingestBytes(html, 'report.html')), lexicon).map((f) => `${f.id}=${String(f.value)}`);

describe('a table of figures on a web page', () => {
  const rows = (header: string[], ...body: string[][]) =>
    `<table>${[header, ...body].map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;

  it('is written a row per line, its cells between "|", and read in its label\'s unit', async () => {
    const html = page(rows(['项目', '数量'], ['审查政府合同(件)', '64'], ['执法记录仪(台)', '230']));
    const source = await ingestBytes(html, 'report.html');
    expect(source.text).toContain('审查政府合同(件) | 64\n执法记录仪(台) | 230');
    expect(await factsOf(html)).toEqual(['contracts_reviewed=64', 'body_cameras=230']);
  });

  it('gives the latest year of columns set side by side, wherever that column stands', async () => {
    const older = rows(
      ['项目', '2023年', '2024年'],
      ['审查政府合同(件)', '51', '64'],
      ['行政应诉案件(件)', '19', '23'],
      ['负责人出庭应诉率(%)', '94.7', '100'],
    );
    const newer = rows(
      ['项目', '2024年度', '2023年度'],
      ['审查政府合同(件)', '64', '51'],
      ['行政应诉案件(件)', '23', '19'],
      ['负责人出庭应诉率(%)', '100', '94.7'],
    );
    const want = ['contracts_reviewed=64', 'litigation_cases=23', 'head_appearance_rate=100'];
    expect(await factsOf(page(older))).toEqual(want);
    expect(await factsOf(page(newer))).toEqual(want);
  });

  it('keeps a column of targets where it stands', async () => {
    const source = await ingestBytes(page(rows(['项目', '2024年', '2025年目标'], ['执法记录仪(台)', '230', '300'])), 'report.html');
    expect(source.text).toContain('执法记录仪(台) | 230 | 300');
  });

  it("keeps a page's publication date in the cell after its label readable", async () => {
    const meta = rows(['发文机关:', '某县人民政府'], ['发布日期:', '2024-01-25']);
    const text = '<p>一年来,全县坚持依法行政,审查政府合同64件,配备执法记录仪230台,行政机关负责人出庭应诉率达到100%,各项工作取得新进展。</p>';
    const html = new TextEncoder().encode(`<html><body><div class="content">${meta}<p>法治政府建设情况报告</p>${text}${text}</div></body></html>`);
    const doc = buildDocument(await ingestBytes(html, 'report.html'));
    expect(doc.source.text).toContain('发布日期: | 2024-01-25');
    // published in January: the report is on the year before
    expect(doc.year).toBe(2023);
  });

  it('leaves a layout table whose cell holds the report as paragraphs', async () => {
    const html = new TextEncoder().encode(
      '<html><body><table><tr><td>栏目导航</td><td><p>某县2024年法治政府建设情况报告</p><p>一、主要工作</p><p>全县审查政府合同64件,配备执法记录仪230台,行政机关负责人出庭应诉率达到100%,严格落实各项制度。</p></td></tr></table></body></html>',
    );
    const source = await ingestBytes(html, 'report.html');
    expect(source.text).not.toContain('|');
    expect(await factsOf(html)).toEqual(['contracts_reviewed=64', 'body_cameras=230', 'head_appearance_rate=100']);
  });
});

describe('a step of a procedure', () => {
  it('is no deadline: what was reviewed before it was issued is achieved', () => {
    expect(statuses('审核行政规范性文件9件,均在印发前完成合法性审核,报备率、报备及时率均为100%。')).toEqual([
      'normative_docs_reviewed=9:achieved',
      'normative_doc_review_rate=100:achieved',
      'normative_doc_filing_rate=100:achieved',
      'normative_doc_filing_timely_rate=100:achieved',
    ]);
  });

  it('leaves a deadline a plan', () => {
    expect(statuses('力争年底前完成行政规范性文件清理,废止文件达到10件。').every((s) => s.endsWith(':plan'))).toBe(true);
    expect(statuses('全县各乡镇6月底前完成法律顾问聘请,覆盖率达到100%。')).toEqual(['legal_adviser_coverage_rate=100:plan']);
  });
});

describe('a web page whose report title stands only in its <title>', () => {
  const body = '<p>一年来,全县坚持依法行政,审查政府合同64件,配备执法记录仪230台,行政机关负责人出庭应诉率达到100%。</p>';
  const saved = (title: string) =>
    new TextEncoder().encode(
      `<html><head><meta charset="utf-8"><title>${title}</title></head><body><table><tr><td class="nr">${body}${body}</td></tr></table></body></html>`,
    );

  it.each(['泾川县2021年度法治政府建设情况报告_泾川县人民政府', '泾川县2021年度法治政府建设情况报告 -- 泾川县人民政府网'])(
    'gives its title, year and place: %s',
    async (title) => {
      const doc = buildDocument(await ingestBytes(saved(title), 'report.html'));
      expect(doc.source.text.split('\n')[0]).toBe('泾川县2021年度法治政府建设情况报告');
      expect([doc.year, doc.place]).toEqual([2021, '泾川县']);
    },
  );
});
