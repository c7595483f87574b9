/**
 * The general rules added after the blind measurement of test/fixtures/heldout124 (reports reposted on public accounts
 * and news sites), on pages of our own: a heading drawn as a banner, a picture whose alt text is all the page has of the
 * heading, stands as that heading in a web page (<img alt="二、存在的不足">) and in Markdown (![三、…](…), ![…][ref]),
 * so that the gaps and plans under it are read as such; a picture's other alt text (a caption, a logo, a QR code, a
 * sentence with figures) is read as nothing still.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { altHeading } from '../../src/ingest/alt-headings.js';
import { foldCharacters, ingestBytes } from '../../src/ingest/index.js';
import { readFileQuoted, statusesWithIds } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);
const textOf = async (text: string, file: string): Promise<string[]> => (await ingestBytes(Buffer.from(text, 'utf8'), file)).text.split('\n');

const IDS = ['exec_meeting_law_study', 'public_lawyers', 'enforcement_training_hours', 'reconsideration_cases'];

/** A 公众号 post of 棠溪区's report of 2023, its headings the banners `banners` (an <img> each, or the markup given). */
const tangxiPage = (banners: readonly [string, string, string]): string => `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>棠溪区2023年法治政府建设年度报告</title></head><body>
<div id="js_content">
<h1>棠溪区2023年法治政府建设年度报告</h1>
<p><img src="logo.png" alt="棠溪发布"></p>
<p>2023年，棠溪区深入推进法治政府建设，现将有关情况报告如下。</p>
${banners[0]}
<p>◆ 区政府常务会议会前学法<strong>10</strong>次，全区公职律师<strong>27</strong>名。</p>
<p>◆ 全年受理行政复议案件<strong>52</strong>件。</p>
<p><img src="photo.jpg" alt="图为区司法局在社区开展普法宣传，发放资料3000份"></p>
${banners[1]}
<p>部分执法人员年度培训不足30学时，少数部门执法程序仍不规范。</p>
${banners[2]}
<p>🔸 区政府常务会议会前学法不少于12次；</p>
<p>🔸 公职律师增至35名。</p>
<p><img src="qr.jpg" alt="长按识别二维码 关注棠溪发布"></p>
</div></body></html>
`;
const img = (alt: string): string => `<p><img src="banner.png" alt="${alt}"></p>`;

const READ_AS_SECTIONS = [
  'exec_meeting_law_study=10:achieved',
  'exec_meeting_law_study=12:plan',
  'public_lawyers=27:achieved',
  'public_lawyers=35:plan',
  'enforcement_training_hours=30:gap',
  'reconsideration_cases=52:achieved',
];

describe('a heading drawn as a banner in a web page, its alt text all the page has of it', () => {
  it('opens its section: the gap and the plans under the banners are read as such', async () => {
    const page = tangxiPage([img('一、2023年工作成效'), img('二、存在的不足'), img('三、2024年工作打算')]);
    const { facts } = await read(page, 'tangxi.html');
    expect(statusesWithIds(facts, ...IDS)).toEqual(READ_AS_SECTIONS);
  });

  it.each([
    ['（一）主要成效', '（二） 问题与不足', '（三）下一步工作计划'],
    ['第一部分 工作成效', '第二部分　存在问题', '第三部分 2024年工作安排'],
  ])('so with other numbers (%s …), a blank after the number, the picture in a paragraph of its own or bare', async (first, second, third) => {
    const page = tangxiPage([`<img src="b1.png" alt="${first}">`, `<section><img src="b2.png" alt="${second}" width="100%"></section>`, img(third)]);
    const { facts } = await read(page, 'tangxi2.html');
    expect(statusesWithIds(facts, ...IDS)).toEqual(READ_AS_SECTIONS);
    expect(await textOf(page, 'tangxi2.html')).toEqual(
      expect.arrayContaining([first, second, third].map((heading) => foldCharacters(heading).replace('\u3000', ' '))),
    );
  });

  it('reads no other alt text: a logo, a caption, a QR code, a sentence with figures, an unnumbered banner', async () => {
    const page = tangxiPage([img('工作成效'), img('全区受理行政复议案件61件，办结58件'), img('二是执法人员培训不足')]);
    const lines = await textOf(page, 'tangxi3.html');
    for (const alt of ['棠溪发布', '工作成效', '61件', '二是执法', '图为', '长按识别']) expect(lines.filter((line) => line.includes(alt))).toEqual([]);
    const { facts } = await read(page, 'tangxi3.html');
    expect(statusesWithIds(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=52:achieved']);
  });
});

/** 棠溪区's report as a 头条 page in Markdown, its headings the lines `banners`. */
const tangxiMarkdown = (banners: readonly [string, string, string], after = ''): string => `# 棠溪区2023年法治政府建设年度报告

![棠溪发布](https://img.example.cn/logo.png)

2023年，棠溪区深入推进法治政府建设，现将有关情况报告如下。

${banners[0]}

- 区政府常务会议会前学法**10**次，全区公职律师**27**名。
- 全年受理行政复议案件**52**件。

![图为区司法局在社区开展普法宣传，发放资料3000份](https://img.example.cn/p1.jpg)

${banners[1]}

部分执法人员年度培训不足30学时，少数部门执法程序仍不规范。

${banners[2]}

- 区政府常务会议会前学法不少于12次；
- 公职律师增至35名。
${after}`;

describe('a heading drawn as a banner in Markdown', () => {
  it('opens its section when the picture stands alone on its line, by address or by reference', async () => {
    const text = tangxiMarkdown(
      [
        '![一、2023年工作成效](https://img.example.cn/b1.png)',
        '![二、存在的不足](https://img.example.cn/b2.png "二、存在的不足")',
        '![三、2024年工作打算][b3]',
      ],
      '\n[b3]: https://img.example.cn/b3.png\n',
    );
    const { facts } = await read(text, 'tangxi.md');
    expect(statusesWithIds(facts, ...IDS)).toEqual(READ_AS_SECTIONS);
  });

  it('reads a picture inside a line, and any other alt text, as nothing', async () => {
    const text = tangxiMarkdown([
      '## 一、2023年工作成效',
      '## 二、存在的不足 ![二、存在的不足](https://img.example.cn/b2.png)',
      '![全区受理行政复议案件61件](https://img.example.cn/b3.png)',
    ]);
    const lines = await textOf(text, 'tangxi2.md');
    expect(lines.filter((line) => line.includes('存在的不足')).map((line) => line.trim())).toEqual(['二、存在的不足']);
    for (const alt of ['棠溪发布', '61件', '图为']) expect(lines.filter((line) => line.includes(alt))).toEqual([]);
  });
});

describe('the shape of a heading in alt text', () => {
  it('is a heading number before a few words with no sentence punctuation', () => {
    expect(['一、工作成效', '（二）存在问题', '(三) 下步打算', '第四部分　2025年工作安排', '5、其他事项', '2. 主要不足'].map(altHeading)).toEqual([
      '一、工作成效',
      '（二）存在问题',
      '(三) 下步打算',
      '第四部分 2025年工作安排',
      '5、其他事项',
      '2. 主要不足',
    ]);
    for (const alt of [
      '',
      '法治棠溪',
      '图为执法人员走访企业',
      '1.2万份普法资料',
      '一是培训不足',
      '二、培训不足，程序不规范',
      '三、全年办结案件58件。',
      '①工作成效',
    ])
      expect(altHeading(alt)).toBeUndefined();
  });
});
