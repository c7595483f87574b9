import { describe, expect, it } from 'vitest';
import { REPORT_LINES } from './fixtures.js';
import { AFTER_FIGURE, BEFORE_FIGURE, docxOfParts, FIGURES_LINE, readText } from './hostile.js';

/** The report's lines, its figure 12件 written as `written`. */
const withFigure = (written: string) => REPORT_LINES.map((line) => (line === FIGURES_LINE ? `${BEFORE_FIGURE}${written}${AFTER_FIGURE}` : line));
/** Markdown paragraphs, one a line. */
const markdown = (lines: readonly string[]) => lines.join('\n\n');

describe('a Markdown report with HTML blocks', () => {
  // a viewer renders an HTML block as a browser renders markup: the tags of <div>, <p>, <table> were read as
  // text, and what <div hidden> or a closed <details> keeps out of sight as shown (旧稿 19件, 99件 in a note)
  it('reads its HTML blocks as shown: no tag, no hidden element, a closed details’ summary only', async () => {
    const [title, date, opening, heading, ...rest] = withFigure('<b>12</b>件') as [string, string, string, string, ...string[]];
    const text = [
      `<p align="center"><strong>${title}</strong></p>`,
      date,
      opening,
      `## ${heading}`,
      `<div class="para">\n${rest[0]}\n</div>`,
      '<table>\n<tr><th>项目</th><th>数量</th></tr>\n<tr><td>行政复议案件</td><td>35件</td></tr>\n</table>',
      '<div hidden>\n<p>原稿：全年审查规范性文件19件。</p>\n</div>',
      '<details>\n<summary>附：统计口径说明</summary>',
      '说明中列举的备案文件共99件，不计入上述数量。',
      '</details>',
      ...rest.slice(1),
    ];
    expect(await readText(markdown(text), '报告.md')).toBe(
      markdown([...REPORT_LINES.slice(0, 5), '项目 | 数量\n行政复议案件 | 35件', '附：统计口径说明', ...REPORT_LINES.slice(5)]),
    );
  });

  // a Markdown text that opens with a comment (a template's note) or an HTML block was read as a web page:
  // its headings and paragraphs, set apart by blank lines, ran into one line
  it('reads a Markdown text that opens with a comment or a block of markup as Markdown', async () => {
    for (const opening of ['<!-- 本模板由办公室统一下发 -->', '<div align="right">（公开属性：主动公开）</div>']) {
      const text = await readText(markdown([opening, ...REPORT_LINES.map((line, i) => (i === 3 ? `## ${line}` : line))]), 'opened.md');
      expect(
        text.split('\n').filter((line) => line !== '' && !line.includes('公开属性')),
        opening,
      ).toEqual(REPORT_LINES);
    }
  });

  // a picture shows no text: <img> in a line, or on a line of its own, was read as written, the figures of its
  // address and its size with it (12 of fig12.png, width 600)
  it('reads no picture’s tag', async () => {
    const pictured = withFigure('12<img src="img/2023/fig12.png" width="35" alt="图一">件');
    const text = [...pictured.slice(0, 5), '<img src="img/2023/chart-600.png" width="600" height="28" />', ...pictured.slice(5)];
    expect((await readText(markdown(text), 'pictured.md')).split('\n').filter((line) => line !== '')).toEqual(REPORT_LINES);
  });

  // a block element hiding Markdown paragraphs set apart by blank lines hides them all (a browser places
  // them inside it); markup in a fenced code block is shown as written
  it('hides the Markdown paragraphs a hidden element wraps, and leaves markup in a code block as it is', async () => {
    const text = [
      ...REPORT_LINES.slice(0, 5),
      '<section style="display:none">',
      '全年审查规范性文件**19**件，此段为旧稿。',
      '- 旧稿第二项',
      '</section>',
      '```html\n<div class="note">示例</div>\n```',
      ...REPORT_LINES.slice(5),
    ];
    expect(await readText(markdown(text), 'draft.md')).toBe(markdown([...REPORT_LINES.slice(0, 5), '<div class="note">示例</div>', ...REPORT_LINES.slice(5)]));
  });
});

describe('a web page whose lists a style sheet numbers, or resets', () => {
  const page = (style: string, body: string) => `<html><head><meta charset="utf-8"><style>${style}</style></head><body>${body}</body></html>`;
  const paragraphs = (lines: readonly string[]) => lines.map((line) => `<p>${line}</p>`).join('');
  const around = (lists: string) => paragraphs(REPORT_LINES.slice(0, 4)) + lists + paragraphs(REPORT_LINES.slice(4));

  // list-style-type was read from an element's style attribute only: a list a sheet numbers in Roman figures or
  // Chinese numerals read 1. 2., and one a sheet resets (ol { list-style: none }, as most sites' sheets do) read
  // numbers a reader never sees
  it('numbers each list as its sheet has it: a class’s type, an item’s own, a reset with no numbers at all', async () => {
    const style =
      'ol, ul { list-style: none; margin: 0 } ol.parts { list-style-type: upper-roman } .steps { list-style: cjk-ideographic inside } ' +
      'ul.numbered { list-style-type: decimal } li.lettered { list-style: lower-alpha }';
    const lists =
      '<ol class="parts"><li>完善决策程序</li><li>严格执法监督</li></ol>' +
      '<ol class="steps" start="3"><li>推行清单管理</li><li class="lettered">开展案卷评查</li></ol>' +
      '<ol type="a"><li>健全复议体制</li></ol><ul class="numbered"><li>加强普法宣传</li></ul>';
    const lines = (await readText(page(style, around(lists)), 'sheet-lists.html')).split('\n');
    expect(lines.slice(4, 10)).toEqual(['I. 完善决策程序', 'II. 严格执法监督', '三、推行清单管理', 'd. 开展案卷评查', '健全复议体制', '1. 加强普法宣传']);
  });
});

describe('a Word document whose list is restarted, then goes on in its first numbering', () => {
  const WORD = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
  const item = (list: number, text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${list}"/></w:numPr></w:pPr>${run(text)}</w:p>`;
  const numbering =
    `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${WORD}"><w:abstractNum w:abstractNumId="9"><w:lvl w:ilvl="0"><w:start w:val="1"/>` +
    '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%1）"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="9"/></w:num>' +
    '<w:num w:numId="2"><w:abstractNumId w:val="9"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num></w:numbering>';

  // Word keeps one count for the lists of one definition (ECMA-376 17.9; office-open-xml-viewer#590 and
  // anydoc#129 found so on Word's own files): a list restarted by a start override restarts it, and the first
  // list's next item goes on from there. It went on from its own last item: （四） where Word shows （三）
  it('numbers the first list’s next item on from the restarted count', async () => {
    const body = [
      item(1, '修订议事规则。'),
      item(1, '清理规范性文件。'),
      item(1, '公开决策目录。'),
      `<w:p>${run('执法方面：')}</w:p>`,
      item(2, '开展案卷评查。'),
      item(2, '组织旁听庭审。'),
      item(1, '通报典型案例。'),
      item(2, '完善考核办法。'),
    ].join('');
    const document = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD}"><w:body>${body}</w:body></w:document>`;
    const docx = new Uint8Array(docxOfParts({ 'word/document.xml': document, 'word/numbering.xml': numbering }));
    expect((await readText(docx, 'resumed.docx')).split('\n')).toEqual([
      '（一）修订议事规则。',
      '（二）清理规范性文件。',
      '（三）公开决策目录。',
      '执法方面：',
      '（一）开展案卷评查。',
      '（二）组织旁听庭审。',
      '（三）通报典型案例。',
      '（四）完善考核办法。',
    ]);
  });
});
