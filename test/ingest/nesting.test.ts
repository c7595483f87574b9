import { describe, expect, it } from 'vitest';
import { Budget } from '../../src/ingest/budget.js';
import { htmlToText } from '../../src/ingest/html.js';
import { flattenDeepNesting } from '../../src/ingest/nesting.js';

const nested = (tag: string, levels: number, inner: string) => `<${tag}>`.repeat(levels) + inner + `</${tag}>`.repeat(levels);

describe('nesting beyond the depth limit is flattened', () => {
  it('keeps the outer levels and the text, and leaves out the matching end tags, a line break for each run of block tags', () => {
    expect(flattenDeepNesting(nested('div', 5, '全年办结案件12件。'), 3)).toEqual({
      html: '<div><div><div><br>全年办结案件12件。<br></div></div></div>',
      dropped: 2,
      elements: 5,
    });
    // inline elements leave no line break
    expect(flattenDeepNesting(nested('span', 5, '全年办结案件12件。'), 3).html).toBe('<span><span><span>全年办结案件12件。</span></span></span>');
  });

  it('gives a page that is within the limit', () => {
    const flat = flattenDeepNesting(nested('div', 3000, '<p>正文</p>') + '<p>后记</p>', 100);
    expect(flat.dropped).toBe(2901);
    expect(flattenDeepNesting(flat.html, 100).dropped).toBe(0);
    // the <p> would be level 101: it goes too, a line break standing for it and the levels around it
    expect(flat.html.endsWith('><br>正文<br>' + '</div>'.repeat(100) + '<p>后记</p>')).toBe(true);
  });

  it('a million levels are read in one pass, the text kept', () => {
    const html = `<html><body>${nested('div', 1_000_000, '<p>行政复议案件30件。</p>')}</body></html>`;
    expect(htmlToText(html, new Budget('deep.html'))).toBe('行政复议案件30件。');
  });
});

// 5 MB of <i></i> after a report took 13 s and 520 MB; 20 MB would take a minute and 1.7 GB
describe('a page of more elements than the limit is refused before it is parsed', () => {
  it('counts the elements built, void ones included, flattened ones as the line breaks they leave', () => {
    expect(flattenDeepNesting(`<body>${'<br><i></i>'.repeat(10)}</body>`, 10).elements).toBe(21);
    expect(flattenDeepNesting(nested('div', 5, '文字'), 3).elements).toBe(5);
    expect(flattenDeepNesting(nested('i', 5, '文字'), 3).elements).toBe(3);
  });

  it('a report followed by 200,001 empty elements', () => {
    const html = `<html><body><p>全年办理行政复议案件30件。</p>${'<i></i>'.repeat(200_001)}</body></html>`;
    expect(() => htmlToText(html, new Budget('many.html'))).toThrow('网页有 200004 个元素(标签),超过 20 万个的上限,远超任何报告;请只提供报告正文');
  });
});

describe('pages within the limit come back unchanged', () => {
  const unchanged = (html: string, depth: number) => expect(flattenDeepNesting(html, depth)).toMatchObject({ html, dropped: 0 });

  it('siblings, void elements and elements closed by the next start tag do not count as depth', () => {
    unchanged(`<body>${'<p>一段文字'.repeat(2000)}<ul>${'<li>一项'.repeat(2000)}</ul>${'<br><img src=a.png>'.repeat(2000)}</body>`, 10);
    unchanged(`<table>${'<tr><td>甲<td>乙'.repeat(2000)}</table>`, 10);
  });

  it('markup inside comments, scripts, styles and quoted attributes is not markup', () => {
    const fake = '<div>'.repeat(1000);
    unchanged(`<div><!-- ${fake} --><script>var s = "${fake}";</script><style>/* ${fake} */</style><a title="${fake}>">链接</a></div>`, 5);
  });

  it('end tags of elements that are not open change nothing', () => {
    unchanged(`<div>${'</span></div>'.repeat(1000)}<div><div>文字</div></div>`, 3);
  });
});
