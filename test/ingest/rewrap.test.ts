/**
 * Text hard-wrapped at a page's width (copied from a PDF, saved at a fixed width): paragraphs,
 * titles and numbers rejoined, nothing else touched. test/reliability/written-forms.test.ts reads
 * the real reports wrapped.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanupStructure } from '../../src/ingest/normalise.js';
import { MAX_LINE_CHARS } from '../../src/ingest/limits.js';
import { rejoinHardWraps } from '../../src/ingest/rewrap.js';
import { realFiles, seedFiles } from '../helpers/seeds.js';
import { hardWrap } from '../helpers/written-forms.js';

const paragraph =
  '本年度全区共办理行政复议案件126件,依法纠错率为18.5%,行政机关负责人出庭应诉率达到100%,' +
  '全区各级行政执法机关共开展执法人员培训42场次,人均培训学时达到64学时。全面落实重大行政决策程序规定,' +
  '重大行政决策事项目录向社会公开,合法性审核率达到100%。';

describe('rejoinHardWraps', () => {
  const lines = (text: string) => text.split('\n').map((line) => ({ text: line.trim(), indent: /^\s*/.exec(line)![0] }));

  it('rejoins paragraphs wrapped at one width, by columns or by characters, numbers included', () => {
    const written = `一、主要举措和成效\n${paragraph}\n二、存在的不足\n${paragraph}`;
    for (const [width, measure] of [
      [40, 'columns'],
      [58, 'columns'],
      [23, 'characters'],
    ] as const) {
      const wrapped = hardWrap(written, width, measure);
      expect(wrapped.split('\n').length).toBeGreaterThan(10);
      expect(rejoinHardWraps(lines(wrapped))).toEqual(written.split('\n'));
    }
  });

  it('joins a wrapped title to its short second line, but not a title that fills the width to the paragraph after it', () => {
    const title = '某某市某某区人民政府关于二〇二四年度法治政府建设情况的报告';
    const wrapped = hardWrap(`${title}\n${paragraph}`, 44, 'columns');
    expect(wrapped.split('\n')[1]).toBe('建设情况的报告');
    expect(rejoinHardWraps(lines(wrapped))).toEqual([title, paragraph]);
    // a title exactly as wide as the paragraph lines below it
    const fullTitle = '某某区人民政府关于二〇二四年度法治政府建设情况';
    const wide = hardWrap(`${fullTitle}\n${paragraph}`, 2 * fullTitle.length, 'columns');
    expect(wide.split('\n')[0]).toBe(fullTitle);
    expect(rejoinHardWraps(lines(wide))).toEqual([fullTitle, paragraph]);
  });

  it('keeps headings, indented paragraph starts and sentence ends as line starts', () => {
    const written = ['(一)完善依法行政制度体系', paragraph, '1.推进行政执法规范化', paragraph].join('\n');
    const wrapped = hardWrap(written, 36, 'columns', true);
    expect(rejoinHardWraps(lines(wrapped))).toEqual(written.split('\n'));
  });

  it('takes out a page seam between two halves of a sentence (page number, running header), not one between paragraphs', () => {
    const header = '某某县2021年度法治政府建设情况报告';
    const wrapped = hardWrap(paragraph, 40, 'columns').split('\n');
    const seamed = [...wrapped.slice(0, 3), '- 1 -', header, ...wrapped.slice(3), '- 2 -', header, paragraph].join('\n');
    expect(rejoinHardWraps(lines(seamed))).toEqual([paragraph, '- 2 -', header, paragraph]);
  });

  it('takes out a seam whose page number ends the page’s last line, and joins the halves in a text of whole paragraphs; a seam between paragraphs stays, its number on a line of its own', () => {
    const footer = '某某县人民政府办公室';
    const page = ['全年清理规范性文件31件,其中废止5— 1 —', footer, '件,修改7件。', paragraph, `${paragraph}— 2 —`, footer, '二、存在的不足', paragraph];
    expect(rejoinHardWraps(lines(page.join('\n')))).toEqual([
      '全年清理规范性文件31件,其中废止5件,修改7件。',
      paragraph,
      paragraph,
      '— 2 —',
      footer,
      '二、存在的不足',
      paragraph,
    ]);
  });

  it('takes out a web page’s pager with the page’s top and foot it repeats, between paragraphs and at the end; a printed page’s number there stays', () => {
    const title = '柘川县2025年法治政府建设情况报告';
    const info = '发布时间：2026-02-03　来源：柘川县司法局';
    const foot = '责任编辑：钱七';
    const pages = [
      ['一、重点工作', '全县办理行政复议案件64件，审结60件。'],
      ['全年培训行政执法人员930人次。', '二、存在问题', '个别部门执法案卷质量不高。'],
    ];
    for (const pager of [
      (n: number) => `共2页\u3000当前第${n}页\u3000[首页] [上一页] [下一页] [末页]`,
      (n: number) => `${n === 1 ? '1 [2]' : '[1] 2'} 下一页 尾页`,
    ]) {
      const text = pages.flatMap((page, k) => [title, info, ...page, foot, pager(k + 1)]).join('\n');
      expect(rejoinHardWraps(lines(text)), pager(1)).toEqual([title, info, ...pages.flat()]);
    }
    // a PDF's page number and running header between paragraphs are no web page's furniture
    const printed = pages.flatMap((page, k) => [title, ...page, `- ${k + 1} -`]);
    expect(rejoinHardWraps(lines(printed.join('\n')))).toEqual(printed);
  });

  it("joins a label's colon to the figure wrapped after it, but not to an item number", () => {
    const stats = '主要数据:行政执法主体:34个;持证执法人员:986名;法制审核人员:41名;执法记录仪:302台;执法人员培训:1,150人次。';
    const written = `${paragraph}\n${stats}\n${paragraph}`;
    // the widths that wrap the statistics line right after a colon
    const widths = Array.from({ length: 31 }, (_, k) => 30 + k).filter((width) => /:\n\d/.test(hardWrap(written, width, 'columns')));
    expect(widths.length).toBeGreaterThan(0);
    for (const width of widths) expect(rejoinHardWraps(lines(hardWrap(written, width, 'columns'))).join('\n')).not.toMatch(/:\n\d/);
    const items = hardWrap(`${paragraph}\n主要做法包括以下三个方面,分述如下:\n1.推进行政执法规范化。\n${paragraph}`, 40, 'columns');
    expect(rejoinHardWraps(lines(items))).toContain('1.推进行政执法规范化。');
  });

  it('joins a line that fills the width at a semicolon to the clause after it, but keeps items ending in one apart', () => {
    const clauses = '全年制定行政规范性文件9件,报备率100%;组织开展专项清理,宣布失效3件、废止6件;规范性文件合法性审核率保持100%。';
    const written = `${paragraph}\n${clauses}\n${paragraph}`;
    // the widths that wrap the clauses right after a semicolon
    const widths = Array.from({ length: 31 }, (_, k) => 30 + k).filter((width) => /;\n/.test(hardWrap(written, width, 'columns')));
    expect(widths.length).toBeGreaterThan(0);
    for (const width of widths) expect(rejoinHardWraps(lines(hardWrap(written, width, 'columns')))).toEqual(written.split('\n'));
    const items = ['下一步工作安排如下:', '(一)完善重大行政决策程序;', '(二)深化行政执法体制改革;', paragraph].join('\n');
    expect(rejoinHardWraps(lines(hardWrap(items, 40, 'columns')))).toEqual(items.split('\n'));
  });

  it('keeps a space between Latin words and none inside a number', () => {
    // lines of about 28 columns, wrapped between two Latin words and inside a number
    const page = [
      '全区执法信息平台,同省级Open',
      'Data平台对接共享的执法目录10',
      '24条执法全过程记录信息归集率',
      '达到百分之百执法公示信息全部',
      '上网公开群众可在线查询执法结',
      '果信息实现执法全流程网上办理',
      '和网上监督。',
    ];
    expect(rejoinHardWraps(lines(page.join('\n')))).toEqual([
      '全区执法信息平台,同省级Open Data平台对接共享的执法目录1024条执法全过程记录信息归集率达到百分之百执法公示信息全部上网公开群众可在线查询执法结果信息实现执法全流程网上办理和网上监督。',
    ]);
  });

  it('joins no line past the bound on line length of the cleanup', () => {
    const page = Array.from({ length: 600 }, () => '各项工作有序推进,执法质量稳步提升和群众满意度');
    const joined = rejoinHardWraps(lines(page.join('\n')));
    expect(joined.length).toBeGreaterThan(1);
    expect(joined.length).toBeLessThan(10);
    for (const line of joined) expect(line.length).toBeLessThan(MAX_LINE_CHARS);
    expect(joined.join('')).toBe(page.join(''));
  });

  it('leaves text that shows no width as it is: every real opening and seed as published', () => {
    for (const file of [...realFiles(), ...seedFiles()]) {
      const written = lines(readFileSync(file, 'utf8'));
      expect(rejoinHardWraps(written), file).toEqual(written.map((line) => line.text));
    }
  });

  it('is part of the cleanup every input goes through', () => {
    expect(cleanupStructure(hardWrap(`标题\n${paragraph}\n${paragraph}`, 40, 'columns'))).toBe(`标题\n${paragraph}\n${paragraph}`);
  });
});
