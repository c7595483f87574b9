/**
 * The general rules added after the blind measurement of test/fixtures/heldout138 (reports as paginated portal pages),
 * on texts of our own: a web page's pager (共3页 当前第1页 [首页] [下一页], [上一页]() **1** [2]() [下一页]()) that cut a
 * sentence or a figure, with the page's top repeated under it, is read over as a page seam is, in a plain text (UTF-8 or
 * GBK), a Markdown page and an HTML page alike; the pager on the article's last page ends the article (nothing joins
 * over it); a 热点推荐 block of other places' headlines is no part of the report.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { isPageFurniture, isPager, namesLastPage } from '../../src/ingest/page-links.js';
import { expectQuoted, readFileQuoted, statusesOf, statusesWithIds } from './helpers.js';

const lexicon = await loadLexicon();

const TITLE = '棠溪县2024年法治政府建设工作报告';
const INFO = '发布日期：2025-02-11　　信息来源：棠溪县司法局　　阅读次数：402';

/** 棠溪县's report as a portal's pages saved together: `pages` the article's pieces, each page's top and pager around it. */
const portalText = (pages: readonly string[][], pager: (page: number, of: number) => string, after: readonly string[] = []) =>
  ['棠溪县人民政府　首页　政务公开　互动交流', ...pages.flatMap((lines, k) => [TITLE, INFO, ...lines, pager(k + 1, pages.length)]), ...after, ''].join('\n');

const PAGES = [
  ['　　2024年，棠溪县扎实推进法治政府建设，现将有关情况报告如下。', '　　一、主要成效', '　　（一）规范执法。全县持证行政执法人员'],
  ['　　925名，法制审核人员38名。全年办理行政复议案件5'],
  ['　　7件，审结55件。', '　　二、存在的不足', '　　个别乡镇执法力量薄弱。', '　　　　　　棠溪县人民政府', '　　　　　　2025年2月8日'],
];
const RELATED = ['热点推荐：', '　　邻县橡岭县执法记录仪配备达到610台', '　　全市调解矛盾纠纷2.1万件'];
const WANT = ['enforcement_officers=925:achieved', 'legal_review_staff=38:achieved', 'reconsideration_cases=57:achieved', 'reconsideration_closed=55:achieved'];
const IDS = ['enforcement_officers', 'legal_review_staff', 'reconsideration_cases', 'reconsideration_closed', 'body_cameras', 'disputes_mediated'];

async function gbkStatuses(text: string): Promise<string[]> {
  const doc = buildDocument(await ingestBytes(new Uint8Array(iconv.encode(text, 'gbk')), 'tangxi.txt'));
  const facts = extractFacts(doc, lexicon);
  expectQuoted(doc, facts);
  return statusesOf(facts.filter((f) => typeof f.value === 'number'));
}

describe('a pager that cut a sentence or a figure, the page’s top repeated under it', () => {
  const bracketed = (page: number, of: number) => `共${of}页\u3000当前第${page}页\u3000\u3000[首页] [上一页] [下一页] [末页]`;
  const numbered = (page: number, of: number) => `第${page}页  共${of}页  首页  上一页  下一页  尾页`;

  it('is read over in a plain text, in UTF-8 and in GBK, whatever the pager says', async () => {
    for (const pager of [bracketed, numbered]) {
      const text = portalText(PAGES, pager, RELATED);
      expect(statusesWithIds((await readFileQuoted(lexicon, text, 'tangxi.txt')).facts, ...IDS)).toEqual(WANT);
      expect(statusesWithIds(await gbkStatuses(text), ...IDS)).toEqual(WANT);
    }
  });

  it('is read over in a Markdown page a browser saved, its links without targets and its blank lines', async () => {
    const links = (page: number, of: number) =>
      ['[上一页]()', ...Array.from({ length: of }, (_, k) => (k + 1 === page ? `**${page}**` : `[${k + 1}]()`)), '[下一页]()'].join('　');
    const text = [
      '[首页](http://www.tangxi.gov.cn/) | [政务公开](http://www.tangxi.gov.cn/zwgk/)',
      '',
      ...PAGES.flatMap((lines, k) => [`# ${TITLE}`, '', INFO, '', ...lines.flatMap((line) => [line.trim(), '']), links(k + 1, PAGES.length), '']),
      '**热点推荐**',
      '',
      ...RELATED.slice(1).map((line) => `- [${line.trim()}](http://www.tangxi.gov.cn/xw/1.html)`),
      '',
    ].join('\n');
    expect(statusesWithIds((await readFileQuoted(lexicon, text, 'tangxi.md')).facts, ...IDS)).toEqual(WANT);
  });

  it('is read over in an HTML page that holds all its pages, and no page is said to be missing', async () => {
    const html = [
      '<html><head><meta charset="utf-8"><title>棠溪县人民政府</title></head><body><div class="article">',
      ...PAGES.map(
        (lines, k) =>
          `<div class="page"><h1>${TITLE}</h1><p class="info">${INFO}</p>${lines.map((line) => `<p>${line}</p>`).join('')}<div class="pager">${numbered(k + 1, PAGES.length)}</div></div>`,
      ),
      '</div></body></html>',
    ].join('\n');
    const source = await ingestBytes(Buffer.from(html, 'utf8'), 'tangxi.html');
    expect(source.notices ?? []).toEqual([]);
    const facts = extractFacts(buildDocument(source), lexicon);
    expect(statusesWithIds(statusesOf(facts.filter((f) => typeof f.value === 'number')), ...IDS)).toEqual(WANT);
  });

  it('joins nothing over the last page’s pager: the headlines after it are other articles’, and their figures no facts', async () => {
    // the body's last line does not end its sentence, and the 热点推荐 block follows the last pager
    const open = [...PAGES.slice(0, 2), ['　　7件，审结55件', '　　棠溪县人民政府']];
    const text = portalText(open, bracketed, RELATED);
    const statuses = (await readFileQuoted(lexicon, text, 'tangxi.txt')).facts;
    expect(statusesWithIds(statuses, 'body_cameras', 'disputes_mediated')).toEqual([]);
    // a page given alone, its pager linking to pages not given: nothing after it is joined to the article either
    const alone = portalText([PAGES[0]!], (page) => `共3页\u3000当前第${page}页\u3000[首页] [上一页] [下一页] [末页]`, RELATED);
    const read = await ingestBytes(Buffer.from(alone, 'utf8'), 'tangxi.txt');
    expect(read.original).toContain('持证行政执法人员\n');
    expect(read.original).not.toMatch(/下一页|当前第/);
  });
});

describe('page furniture', () => {
  it('is a line of page numbers and links only', () => {
    for (const line of [
      '共2页　当前第1页　　[首页] [上一页] [下一页] [末页]',
      '[上一页]()　**1**　[2]()　[下一页]()',
      '第1页 共3页',
      '« 上一页 1 2 3 下一页 »',
    ]) {
      expect(isPageFurniture(line.replaceAll('**', '')), line).toBe(true);
    }
    // an article's line that names pages is no furniture; a printed page's number alone is no web page's pager
    for (const line of ['详见附件第2页共3页所列清单', '第2页', '全年下一页面改版3次']) expect(isPager(line), line).toBe(false);
    expect(isPageFurniture('详见附件第2页共3页所列清单')).toBe(false);
  });

  it('names the last page where its number is the total', () => {
    expect(namesLastPage('共2页　当前第2页　[首页] [上一页] [下一页] [末页]')).toBe(true);
    expect(namesLastPage('第3页 共3页 首页 上一页 下一页 尾页')).toBe(true);
    expect(namesLastPage('第2页 共3页 首页 上一页 下一页 尾页')).toBe(false);
    expect(namesLastPage('[上一页]() [1]() 2 [下一页]()')).toBe(false);
  });
});
