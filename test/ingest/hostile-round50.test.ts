import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { conditionHolds } from '../../src/ingest/odf-conditions.js';
import { odtOf, readText, wordDocxBetween, wordParagraph as paragraph, wordRun as run } from './hostile.js';

const title = '某某县2025年度法治政府建设情况报告';
const closing = '二、存在的不足，基层执法力量仍需充实，执法人员培训有待加强。';
const figures = '全年审查规范性文件12件，办理行政复议案件46件，培训执法人员460人次。';

const page = (body: string, head = '') => `<html><head>${head}</head><body>${body}</body></html>`;
const mail = (headers: string, body: string) => `From: a@example.cn\r\nTo: b@example.cn\r\nMIME-Version: 1.0\r\n${headers}\r\n\r\n${body}`;
const lines = async (input: Uint8Array | string, file: string) => (await readText(input, file)).split('\n');

describe('a line break inside a figure in a Markdown paragraph', () => {
  // a paragraph's soft break (…文件1⏎2件) or hard break (backslash, two blanks) kept each half apart: 1, then 2件
  it('joins a figure a soft or a hard break parts, in a paragraph or a list item’s lazy line', async () => {
    const markdown = `# ${title}\n\n全年审查规范性文件1\n2件，培训执法人员4\\\n60人次，审查合同4  \n0份，纠错率8.\n7%。\n\n- 调解纠纷12\n0件\n\n${closing}\n`;
    expect((await lines(markdown, 'soft.md')).filter((line) => line !== '')).toEqual([
      title,
      '全年审查规范性文件12件，培训执法人员460人次，审查合同40份，纠错率8.7%。',
      '- 调解纠纷120件',
      closing,
    ]);
  });

  // a hard break's backslash stood in the text (…12件。\)
  it('keeps other breaks as lines without a hard break’s backslash, and leaves headings, rows, code and dates apart', async () => {
    const markdown =
      `# ${title}12\n3件\n\n全年审查规范性文件12件。\\\n培训执法人员460人次。\n\n| 指标 | 12 |\n| --- | --- |\n| 案件 | 3 |\n\n` +
      '```\n代码1\n2件\n```\n\n共计46\n2025年12月，开展执法检查\n1. 调解120件\n\n' +
      `${closing}\\\n`;
    expect((await lines(markdown, 'hard.md')).filter((line) => line !== '')).toEqual([
      `${title}12`,
      '3件',
      '全年审查规范性文件12件。',
      '培训执法人员460人次。',
      '指标 | 12',
      '案件 | 3',
      '代码1',
      '2件',
      '共计46',
      '2025年12月，开展执法检查',
      '1. 调解120件',
      `${closing}\\`,
    ]);
  });
});

describe('digits raised or lowered inside a figure', () => {
  // a raised digit between digits or after a point was taken for a note's mark and dropped: 13件, 40人次, 8.%
  it('reads them as the figure’s, in a page, a Word document and Markdown, and still drops a note’s mark after one', async () => {
    const html = page(
      `<h1>${title}</h1><p>全年审查规范性文件1<sup>2</sup>3件，培训4<sub>6</sub>0人次，纠错率8.<sup>7</sup>%，办理案件46<sup>①</sup>件，调解12<sup>1</sup>件，面积3km<sup>2</sup>，审查合同<b>4</b><span><sup>6</sup></span>0份。</p><p>${closing}</p>`,
    );
    expect(await lines(html, 'sup.html')).toEqual([
      title,
      '全年审查规范性文件123件，培训460人次，纠错率8.7%，办理案件46件，调解12件，面积3km2，审查合同460份。',
      closing,
    ]);
    const raised = (text: string) => `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>${text}</w:t></w:r>`;
    const docx = wordDocxBetween(title, closing, [
      paragraph(run('全年审查规范性文件1'), raised('2'), run('3件，纠错率8.'), raised('7'), run('%，调解12'), raised('1'), run('件。')),
    ]);
    expect(await lines(docx, 'sup.docx')).toEqual([title, '全年审查规范性文件123件，纠错率8.7%，调解12件。', closing]);
    expect(
      (await lines(`# ${title}\n\n全年审查规范性文件1<sup>2</sup>3件，调解12<sup>1</sup>件。\n\n${closing}\n`, 'sup.md')).filter((line) => line !== ''),
    ).toEqual([title, '全年审查规范性文件123件，调解12件。', closing]);
  });
});

describe('an OpenDocument section hidden with a condition', () => {
  const section = (condition: string, text: string) =>
    `<text:section text:name="s${text.length}" text:display="condition" text:condition="${condition}"><text:p>${text}</text:p></text:section>`;
  // Format ▸ Sections ▸ Hide, With condition: the section LibreOffice hides was read, its old figures with it
  it('leaves out a section whose condition holds, by constants and user fields, and reads one it cannot tell', async () => {
    const odt = odtOf(
      '<text:user-field-decls><text:user-field-decl office:value-type="float" office:value="1" text:name="隐藏旧稿"/><text:user-field-decl office:value-type="string" office:string-value="送审" text:name="版本"/></text:user-field-decls>' +
        `<text:p>${title}</text:p>` +
        section('ooow:1', '全年审查规范性文件99件。') +
        section('ooow:FALSE', figures) +
        section('ooow:隐藏旧稿 == 1', '调解纠纷88件。') +
        section('ooow:版本 EQ &quot;定稿&quot;', '调解纠纷120件。') +
        section('ooow:数据库字段 == 1', '出具法律意见书35份。') +
        section('ooow:!(隐藏旧稿 AND 0) &amp;&amp; 2 &gt; 1', '旧稿审查合同77份。') +
        `<text:p>${closing}</text:p>`,
    );
    expect(await lines(odt, 'condition.odt')).toEqual([title, figures, '调解纠纷120件。', '出具法律意见书35份。', closing]);
  });

  it('evaluates conditions as LibreOffice does, and tells none it cannot read', () => {
    const fields = new Map<string, number | string>([
      ['期数', 3],
      ['状态', '定稿'],
    ]);
    expect(conditionHolds('ooow:期数 > 2 OR 0', fields)).toBe(true);
    expect(conditionHolds('ooow:NOT 期数 GEQ 3', fields)).toBe(false);
    expect(conditionHolds('ooow:状态 != "定稿"', fields)).toBe(false);
    expect(conditionHolds('ooow:(期数 - 1) * 2 == 4 XOR TRUE', fields)).toBe(false);
    expect(conditionHolds('ooow:未知 == 1', fields)).toBeUndefined();
    expect(conditionHolds('ooow:(期数', fields)).toBeUndefined();
    expect(conditionHolds('ooow:', fields)).toBeUndefined();
  });
});

describe('a text whose line ends are doubled, CR CR LF', () => {
  // a CR LF text written again in text mode: every line a paragraph of its own, a blank line between
  it('reads each as one line end, a blank line as one, and leaves a stray one as it was', async () => {
    const doubled = `${title}\r\r\n${figures}\r\r\n\r\r\n${closing}\r\r\n`;
    expect(await lines(doubled, 'doubled.txt')).toEqual([title, figures, '', closing]);
    expect(await lines(new Uint8Array(iconv.encode(doubled, 'gbk')), 'doubled-gbk.txt')).toEqual([title, figures, '', closing]);
    const stray = `${title}\r\n${figures}\r\r\n${closing}\r\n办理行政复议案件46件。\r\n调解纠纷120件。\r\n`;
    expect(await lines(stray, 'stray.txt')).toEqual([title, figures, '', closing, '办理行政复议案件46件。', '调解纠纷120件。']);
  });
});

describe('a text copied from a terminal, its colour codes kept', () => {
  // ESC [1;31m: the escape went as invisible, [1;31m stayed before the figure and [0m after it (文件[1;31m12[0m件)
  it('reads the text without them', async () => {
    const text = `${title}\n全年审查规范性文件\u001b[1;31m12\u001b[0m件，培训\u001b[32m460\u001b[m人次。\n${closing}\n`;
    expect(await lines(text, 'console.txt')).toEqual([title, '全年审查规范性文件12件，培训460人次。', closing]);
  });
});

describe('a page’s fallback content and quotations', () => {
  // a <canvas>'s or a <video>'s fallback (您的浏览器不支持…) is shown by no browser, and was read as the report's
  it('leaves out what a browser shows only where it cannot draw a canvas, a video or a sound', async () => {
    const html = page(
      `<h1>${title}</h1><p>${figures}</p><canvas width="300" height="100">您的浏览器不支持画布，全年审查文件99件。</canvas><video src="a.mp4">您的浏览器不支持视频播放。</video><audio src="a.mp3"><p>请升级浏览器收听。</p></audio><p>${closing}</p>`,
    );
    expect(await lines(html, 'canvas.html')).toEqual([title, figures, closing]);
  });

  // <q> is shown between quotation marks: 深化<q>放管服</q>改革 read 深化放管服改革
  it('sets a <q> between quotation marks as a browser does, single ones inside', async () => {
    const html = page(
      `<h1>${title}</h1><p>深化<q>放管服</q>改革，开展<q>八五<q>普法</q></q>宣传。</p><ol><li><q>谁执法谁普法</q>责任制落实。</li></ol><p>${closing}</p>`,
    );
    expect(await lines(html, 'q.html')).toEqual([title, '深化“放管服”改革，开展“八五‘普法’”宣传。', '1. “谁执法谁普法”责任制落实。', closing]);
  });
});

describe('a page’s text set right to left character by character', () => {
  // an anti-copy trick: <bdo dir="rtl">64</bdo> or unicode-bidi: bidi-override with direction: rtl shows 46, and 64 was read
  it('reads what a browser shows, the characters reversed, once however deep the overrides', async () => {
    const html = page(
      `<h1>${title}</h1><p>办理行政复议案件<bdo dir="rtl">64</bdo>件，培训执法人员<span class="r">0<b>64</b></span>人次，调解纠纷<span style="unicode-bidi:bidi-override;direction:rtl">件<bdo dir="rtl">021</bdo></span>，审查文件<span dir="rtl">12</span>件。</p><p>${closing}</p>`,
      '<style>.r{direction:rtl;unicode-bidi:bidi-override}</style>',
    );
    expect(await lines(html, 'reversed.html')).toEqual([title, '办理行政复议案件46件，培训执法人员460人次，调解纠纷120件，审查文件12件。', closing]);
  });
});

// the other shapes round 50 probed, read right already: kept so they stay so
describe('separators, readings and notes, as round 50 probed them', () => {
  it('reads Unicode line separators, zero-width characters inside figures and rubies’ bases without their readings', async () => {
    expect(await lines(`${title}\u2028${figures}\u2029${closing}\u0085`, 'separators.txt')).toEqual([title, figures, closing]);
    expect(
      await lines(`${title}\n全年审查规范性文件1\u200b2件，办理行政复议案件4\u200d6件，培训执法人员46\u20600人次。\n${closing}\n`, 'zero-width.txt'),
    ).toEqual([title, figures, closing]);
    const reading = '全年审查规范性文件12件。';
    const html = page(
      `<h1>${title}</h1><p>全年审查<ruby>规范<rt>guīfàn</rt></ruby>性文件1<ruby>2<rp>(</rp><rt>十二</rt><rp>)</rp></ruby>件。</p><p>${closing}</p>`,
    );
    expect(await lines(html, 'ruby.html')).toEqual([title, reading, closing]);
    const odt = odtOf(
      `<text:p>${title}</text:p><text:p>全年审查<text:ruby><text:ruby-base>规范</text:ruby-base><text:ruby-text>guīfàn</text:ruby-text></text:ruby>性文件12件。</text:p><text:p>${closing}</text:p>`,
    );
    expect(await lines(odt, 'ruby.odt')).toEqual([title, reading, closing]);
    const ruby = '<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>guīfàn</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>规范</w:t></w:r></w:rubyBase></w:ruby></w:r>';
    const combined = '<w:r><w:rPr><w:eastAsianLayout w:id="1" w:combine="1"/></w:rPr><w:t>12</w:t></w:r>';
    const docx = wordDocxBetween(title, closing, [paragraph(run('全年审查'), ruby, run('性文件'), combined, run('件。'))]);
    expect(await lines(docx, 'ruby.docx')).toEqual([title, reading, closing]);
  });

  it('reads comments, line and page breaks of an OpenDocument text and a Word comment’s range inside figures', async () => {
    const odt = odtOf(
      `<text:p>${title}</text:p><text:p>办理案件4<office:annotation><dc:creator>审核</dc:creator><text:p>数字待核实99</text:p></office:annotation>6件，审查文件1<text:line-break/>2件，调解1<text:soft-page-break/>20件。</text:p><text:p>${closing}</text:p>`,
    );
    expect(await lines(odt, 'notes.odt')).toEqual([title, '办理案件46件，审查文件12件，调解120件。', closing]);
    const docx = wordDocxBetween(title, closing, [
      paragraph(
        run('办理案件4'),
        '<w:commentRangeStart w:id="0"/>',
        run('6'),
        '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>',
        run('件。'),
      ),
    ]);
    expect(await lines(docx, 'comment.docx')).toEqual([title, '办理案件46件。', closing]);
  });

  it('reads encodings declared late, wrongly or not at all, in pages, mails and texts', async () => {
    const body = `<h1>${title}</h1><p>${figures}</p><p>${closing}</p>`;
    const late = iconv.encode(`<html><head><style>${'.a{color:red}'.repeat(300)}</style><meta charset="gbk"></head><body>${body}</body></html>`, 'gbk');
    expect(await lines(new Uint8Array(late), 'late.html')).toEqual([title, figures, closing]);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page(body, '<meta charset="gb2312">'))]);
    expect(await lines(new Uint8Array(bom), 'bom.html')).toEqual([title, figures, closing]);
    const beyond = `聘请法律顾问，办理堃镕案件46件。`;
    const gb2312 = mail(
      'Content-Type: text/plain; charset=gb2312\r\nContent-Transfer-Encoding: base64',
      Buffer.from(iconv.encode(`${title}\r\n${beyond}\r\n${closing}\r\n`, 'gbk')).toString('base64'),
    );
    expect(await lines(gb2312, 'gb2312.eml')).toEqual([title, beyond, closing]);
    const quoted = [...Buffer.from(`${title}\r\n${figures}\r\n${closing}\r\n`)]
      .map((byte) => (byte > 127 || byte === 61 ? `=${byte.toString(16).toUpperCase()}` : String.fromCharCode(byte)))
      .join('')
      .replace(/(.{73})/g, '$1=\r\n');
    expect(await lines(mail('Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable', quoted), 'quoted.eml')).toEqual([
      title,
      figures,
      closing,
    ]);
    const alternative = mail(
      'Content-Type: multipart/alternative; boundary="A"',
      `--A\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n请使用支持HTML的客户端查看。\r\n--A\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${page(body)}\r\n--A--\r\n`,
    );
    expect(await lines(alternative, 'alternative.eml')).toEqual([title, figures, closing]);
    const mixed = Buffer.concat([
      iconv.encode(`${title}\r\n${figures}\r\n`, 'gbk'),
      Buffer.from('调解纠纷120件，出具法律意见书35份。\r\n'),
      iconv.encode(`${closing}\r\n`, 'gbk'),
    ]);
    expect(await lines(new Uint8Array(mixed), 'mixed.txt')).toEqual([title, figures, '调解纠纷120件，出具法律意见书35份。', closing]);
    expect(await lines(new Uint8Array(iconv.encode(`${title}\r\n审查䶮𠀀文件12件。\r\n${closing}\r\n`, 'gb18030')), 'four-byte.txt')).toEqual([
      title,
      '审查䶮𠀀文件12件。',
      closing,
    ]);
  });
});
