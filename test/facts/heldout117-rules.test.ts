/**
 * The general rules added after the blind measurement of test/fixtures/heldout117 (hard-wrapped text), on texts of our
 * own: a table copied as text at a fixed width (its columns set apart by single ideographic spaces where a cell fills
 * its column, a page break between its header and its rows, a row's label wrapped onto the next line, before or over a
 * page break) keeps its header's year columns, so that the column of the report's year is read and the earlier year's
 * set aside; a page break's running header the text gives once is part of the seam; the page seams left between
 * paragraphs are no evidence against the width a text was wrapped at.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { cleanupStructure } from '../../src/ingest/normalise.js';
import { hardWrap } from '../helpers/written-forms.js';
import { readFileQuoted, statusesWithIds } from './helpers.js';

const lexicon = await loadLexicon();

/** 榴岙县's 2024 report as a text file: an opening sentence, then `lines` as written. */
const liuaoCounty = (lines: readonly string[]): string =>
  ['　　　　榴岙县人民政府关于2024年度法治政府建设情况的报告', '', '　　2024年，榴岙县扎实推进法治政府建设，现将有关情况报告如下。', ...lines, ''].join('\n');

const TABLE_IDS = ['reconsideration_cases', 'litigation_cases', 'head_appearance_rate', 'disputes_mediated', 'disclosure_requests'] as const;

const factsOf = async (text: string): Promise<string[]> => statusesWithIds((await readFileQuoted(lexicon, text, 'liuao.txt')).facts, ...TABLE_IDS);

describe('a table copied as hard-wrapped text', () => {
  const want = [
    'reconsideration_cases=57:achieved',
    'litigation_cases=33:achieved',
    'head_appearance_rate=96.9:achieved',
    'disputes_mediated=1408:achieved',
    'disclosure_requests=27:achieved',
  ];

  it('reads the report year’s column, the years in either order, its columns set apart by single ideographic spaces', async () => {
    const earlierFirst = [
      '　　附表：主要数据',
      '项目　　　　　　2023年　2024年',
      '行政复议（件）　　41　　57',
      '行政应诉（件）　　29　　33',
      '出庭应诉率（%）　91.2　96.9',
      '调解纠纷（件）　　1377　1408',
      '政府信息公开申请（件）　19　27',
    ];
    expect(await factsOf(liuaoCounty(earlierFirst))).toEqual(want);
    const latestFirst = [
      '　　附表：主要数据',
      '项目　　　　　　2024年　2023年',
      '行政复议（件）　　57　　41',
      '行政应诉（件）　　33　　29',
      '出庭应诉率（%）　96.9　91.2',
      '调解纠纷（件）　　1408　1377',
      '政府信息公开申请（件）　27　19',
    ];
    expect(await factsOf(liuaoCounty(latestFirst))).toEqual(want);
  });

  it('keeps its header over a page break, with a running header repeated or given once, and a label wrapped over the break', async () => {
    const furniture = (page: number, header: string) => ['', `— ${page} —`, `第 ${page} 页 共 3 页`, header, ''];
    const table = (header2: string, header3: string) => [
      '　　附表：主要数据',
      '项目　　　　　　2023年　2024年',
      ...furniture(1, header2),
      '行政复议（件）　　41　　57',
      '行政应诉（件）　　29　　33',
      '出庭应诉率（%）　91.2　96.9',
      '调解纠纷（件）　　1377　1408',
      '政府信息公开申请',
      ...furniture(2, header3),
      '（件）　　　　　　19　　27',
      '　　二、存在的问题',
      '　　基层执法力量仍然不足。',
    ];
    // the running header on each page, and once only (a report of two pages)
    expect(await factsOf(liuaoCounty(table('榴岙县人民政府办公室', '榴岙县人民政府办公室')))).toEqual(want);
    expect(await factsOf(liuaoCounty(table('榴岙县人民政府办公室', '')))).toEqual(want);
  });

  it('leaves prose alone: wrapped sentences with two figures each, lines of words apart by ideographic spaces', async () => {
    const prose = [
      '　　全县2023年受理行政复议申请41件，2024年受理行政复',
      '议申请57件；行政应诉案件2023年29件，2024年33件。',
      '　　其中　行政复议　行政应诉',
      '　　榴岙县人民政府　2025年1月15日',
    ];
    const text = liuaoCounty(prose);
    expect(await factsOf(text)).toEqual(['reconsideration_cases=57:achieved', 'litigation_cases=33:achieved']);
    expect(cleanupStructure(text)).not.toContain(' | ');
  });
});

describe('a page break in hard-wrapped text', () => {
  it('takes a running header the text gives once into the seam between two halves of a sentence', () => {
    const text = ['　　2024年，榴岙县市场监管局受理行政复议申请39件，较2023年同期受理的', '', '- 1 -', '', '榴岙县市场监督管理局', '', '31件有所增加。'].join(
      '\n',
    );
    expect(cleanupStructure(text)).toBe('2024年，榴岙县市场监管局受理行政复议申请39件，较2023年同期受理的31件有所增加。');
  });

  it('keeps a line after a page number that a sentence’s or a clause’s end stands before, or that no blank line follows', () => {
    const ended = ['　　全年办结复议案件39件。', '', '- 1 -', '', '存在的问题和不足', '', '　　基层执法力量仍然不足。'].join('\n');
    expect(cleanupStructure(ended)).toContain('存在的问题和不足');
    const clause = ['　　二是清理规范性文件12件；', '', '- 1 -', '', '下一步工作打算', '', '　　持续加强执法监督。'].join('\n');
    expect(cleanupStructure(clause)).toContain('下一步工作打算');
    const noBlank = ['　　全年审结行政复议案件', '', '- 1 -', '', '榴岙县市场监督管理局', '39件。'].join('\n');
    expect(cleanupStructure(noBlank)).toContain('榴岙县市场监督管理局');
  });

  it('is no evidence against the width a text was wrapped at', () => {
    // paragraphs of two lines and a bit, each on a page of its own (a page's number and running header after it)
    const paragraph = (n: number) => `全区${n}个部门清理规范性文件，废止行政规范性文件${n + 9}件，修改后重新公布的文件另行统计；培训${n * 40}人次。`;
    const items = ['一、主要工作', ...[13, 14, 15, 16, 17].map(paragraph), '二、存在的问题', paragraph(18)];
    const wrapped = hardWrap(items.join('\n'), 24, 'characters').split('\n');
    expect(wrapped.length).toBe(20);
    let page = 0;
    const paged = wrapped.flatMap((line) => (line.endsWith('。') ? [line, '', `— ${++page} —`, '榴岙区人民政府文件', ''] : [line]));
    // the seams that stand between paragraphs stay, as lines of their own
    const read = cleanupStructure(paged.join('\n')).split('\n');
    expect(read.filter((line) => line !== '' && !line.startsWith('—') && line !== '榴岙区人民政府文件')).toEqual(items);
  });
});
