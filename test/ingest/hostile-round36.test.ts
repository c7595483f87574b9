import { describe, expect, it } from 'vitest';
import { REPORT_LINES } from './fixtures.js';
import { AFTER_FIGURE, BEFORE_FIGURE, docxOfParts, FIGURES_LINE, PLAIN, readText } from './hostile.js';

const paragraphs = (lines: readonly string[]) => lines.map((line) => `<p>${line}</p>`).join('');
/** The report's lines, its figure 12件 written as `written`. */
const withFigure = (written: string) => REPORT_LINES.map((line) => (line === FIGURES_LINE ? `${BEFORE_FIGURE}${written}${AFTER_FIGURE}` : line));
const page = (style: string, body: string) => `<html><head><meta charset="utf-8"><style>${style}</style></head><body>${body}</body></html>`;

const WORD = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const docx = (body: string, parts: Record<string, string> = {}) =>
  new Uint8Array(
    docxOfParts({
      'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD}"><w:body>${body}</w:body></w:document>`,
      ...parts,
    }),
  );

describe('a Word document whose list starts again in another format', () => {
  const level = (start: number, format: string, text: string) =>
    `<w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  const numbering = (...nums: string[]) =>
    `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${WORD}"><w:abstractNum w:abstractNumId="7">${level(1, 'decimal', '%1.')}</w:abstractNum>` +
    nums.map((body, i) => `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="7"/>${body}</w:num>`).join('') +
    '</w:numbering>';
  const item = (list: number, text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${list}"/></w:numPr></w:pPr>${run(text)}</w:p>`;

  // a w:lvlOverride holding a whole <w:lvl> replaces the level for its list (ECMA-376 17.9.9): Word shows
  // （一）（二） there; its format was ignored and the list went on 3. 4.
  it('numbers the list in the format its override gives, from that level’s start, or the start override’s', async () => {
    const lists = numbering(
      '',
      `<w:lvlOverride w:ilvl="0">${level(1, 'chineseCounting', '（%1）')}</w:lvlOverride>`,
      `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/>${level(1, 'chineseCounting', '%1、')}</w:lvlOverride>`,
    );
    const body = [
      item(1, '修订议事规则'),
      item(1, '清理规范性文件'),
      `<w:p>${run('执法监督方面：')}</w:p>`,
      item(2, '开展案卷评查'),
      item(2, '组织旁听庭审'),
      item(3, '通报典型案例'),
      item(1, '完善考核办法'),
    ];
    expect(await readText(docx(body.join(''), { 'word/numbering.xml': lists }), 'reformatted.docx')).toBe(
      ['1.修订议事规则', '2.清理规范性文件', '执法监督方面：', '（一）开展案卷评查', '（二）组织旁听庭审', '三、通报典型案例', '3.完善考核办法'].join('\n'),
    );
  });
});

describe('a web page with a footnote mark or a power inside an inline element of its own', () => {
  // a guard: a mark set inside an element the figure does not open was already not read (nothing before it)
  it('reads no footnote mark nested deeper than the figure', async () => {
    expect(await readText(page('', paragraphs(withFigure('<span>12<span><sup>1</sup></span></span>件'))), 'nested-note.html')).toBe(PLAIN);
  });

  // km<span><sup>2</sup></span> lost its 2 (3km, CO減少): only the sibling just before the mark was looked at
  it('reads a power or an index after a letter that stands outside the mark’s element', async () => {
    const line = '新增绿地面积3<span>km<span><b><sup>2</sup></b></span></span>，<span>CO</span><span><sub>2</sub></span>排放减少。';
    expect((await readText(page('', paragraphs([...REPORT_LINES, line])), 'nested-power.html')).split('\n').at(-1)).toBe('新增绿地面积3km2，CO2排放减少。');
  });
});

describe('a web page numbering its parts in heavenly stems and earthly branches', () => {
  // counter(n, cjk-heavenly-stem) was written in figures: 1、总体情况 where a reader sees 甲、总体情况
  it('writes each counter in its style, as a list of that style is numbered', async () => {
    const style =
      'body { counter-reset: part } h2 { counter-increment: part; counter-reset: sub } h2::before { content: counter(part, cjk-heavenly-stem) "、" } ' +
      'h3 { counter-increment: sub } h3::before { content: counter(sub, cjk-earthly-branch) "、" } h4 { counter-increment: sub } h4::before { content: counter(sub, upper-roman) ". " }';
    const body = '<h2>总体情况</h2><h3>决策</h3><h3>执法</h3><h2>存在问题</h2><h3>队伍</h3><h4>培训</h4>';
    expect((await readText(page(style, paragraphs(REPORT_LINES) + body), 'stems.html')).split('\n').slice(REPORT_LINES.length)).toEqual([
      '甲、总体情况',
      '子、决策',
      '丑、执法',
      '乙、存在问题',
      '子、队伍',
      'II. 培训',
    ]);
  });
});

describe('a web page with parts hidden until found', () => {
  // hidden="until-found" shows nothing until find-in-page lands in it (a browser without it hides it
  // outright), as a closed <details> does: 1<span hidden="until-found">9</span>2件 was read 192件
  it('reads nothing hidden until found, and a page kept whole so as the hidden page it is', async () => {
    expect(await readText(page('', paragraphs(withFigure('1<span hidden="until-found">9</span>2件'))), 'until-found.html')).toBe(PLAIN);
    // a guard: an article all of it hidden so (an accordion closed) is read, as any page hidden whole
    expect(await readText(page('', `<div hidden="until-found">${paragraphs(REPORT_LINES)}</div>`), 'accordion.html')).toBe(PLAIN);
  });
});
