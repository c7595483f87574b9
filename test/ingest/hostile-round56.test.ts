import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cidFontPdf, cidHex, pdfTextAt, readText } from './hostile.js';

const title = '溱澜县2025年度法治政府建设情况报告';
const figures = '全年审查规范性文件17件，办理行政复议案件52件，培训执法人员380人次。';
const closing = '三、存在的不足，乡镇执法力量仍较薄弱，执法人员培训有待加强。';

const filled = async (input: Uint8Array | string, file: string) => (await readText(input, file)).split('\n').filter((text) => text !== '');

describe('a WebVTT file’s header, blocks and cue markup, and an SRT file’s styling', () => {
  // a video's captions saved as WebVTT: WEBVTT stood as the report's first line, its comments and style sheet as
  // text, a cue's identifier as words, and its tags (<v 主持人>, <c.yellow>, karaoke times) inside the words
  it('reads a WebVTT file’s cues as speech, its voices as speakers’ labels where the speaker changes', async () => {
    const vtt = [
      'WEBVTT - 新闻发布会',
      'Kind: captions',
      '',
      'NOTE 字幕由澄川台制作',
      '校对：某某',
      '',
      'STYLE',
      '::cue { color: yellow }',
      '',
      'intro',
      '00:00:01.000 --> 00:00:04.000 align:start position:10%',
      `<v 主持人>${title}</v>`,
      '',
      'c2',
      '00:00:04.000 --> 00:00:08.000 line:90%',
      '<v.loud 区司法局局长>全年审查规范性文件17件，办理行政复议案件52件，</v>',
      '',
      '00:00:08.000 --> 00:00:12.000',
      '<v 区司法局局长>培训执法人员<00:00:09.500>380人次。</v>',
      '',
      'NOTE 下一段',
      '',
      '00:00:12.000 --> 00:00:15.000',
      `<v 主持人><c.yellow><i>${closing}</i></c>`,
      '',
    ].join('\n');
    expect(await filled(vtt, '发布会.vtt')).toEqual([`主持人：${title}。`, `区司法局局长：${figures.replace('，培训', '， 培训')}`, `主持人：${closing}`]);
  });

  it('reads an SRT file’s cues without their <font> and <i> tags and an override’s {\\an8}', async () => {
    const srt = [
      '1',
      '00:00:01,000 --> 00:00:04,000',
      '<i>解说：全年审查规范性文件17件，</i>',
      '',
      '2',
      '00:00:04,000 --> 00:00:08,000',
      '<font color="#ffff00">办理行政复议案件52件，</font>',
      '',
      '3',
      '00:00:08,000 --> 00:00:12,000',
      '{\\an8}培训执法人员380人次&amp;调解纠纷136件。',
      '',
    ].join('\r\n');
    expect(await filled(srt, '字幕.srt')).toEqual(['解说：全年审查规范性文件17件， 办理行政复议案件52件， 培训执法人员380人次&调解纠纷136件。']);
  });

  it('leaves a text quoting a tag or a timing line as written', async () => {
    const text = [title, '系统日志显示00:00:01.000 --> 00:00:04.000之间的<i>标记</i>保持原样。', closing];
    expect(await filled(text.join('\n'), 'log.txt')).toEqual(text);
  });
});

describe('a CSV cell’s line breaks', () => {
  // a sheet's label wrapped in its cell (Alt+Enter): the label and its unit were read on two lines, the unit beside the figure
  it('reads a cell’s line breaks in a row of several cells as blanks', async () => {
    const csv = iconv.encode('项目,数量\r\n"审查规范性文件\r\n（件）",17\r\n行政复议案件,52\r\n', 'gbk');
    expect(await filled(new Uint8Array(csv), '表.csv')).toEqual(['项目 数量', '审查规范性文件 （件） 17', '行政复议案件 52']);
  });

  it('keeps the paragraphs of a row of one cell apart', async () => {
    const csv = `"${title}"\r\n"一、工作情况\r\n全年审查规范性文件17件。"\r\n`;
    expect(await filled(csv, '段落.csv')).toEqual([title, '一、工作情况', '全年审查规范性文件17件。']);
  });
});

describe('an RTF table’s cells merged across', () => {
  const unicode = (text: string) => [...text].map((char) => (char.charCodeAt(0) < 0x80 ? char : `\\u${char.charCodeAt(0)}?`)).join('');
  const row = (merges: readonly string[], cells: readonly string[]) =>
    `\\trowd${merges.map((merge, k) => `${merge}\\cellx${2000 * (k + 1)}`).join('')} ${cells.map((cell) => `${unicode(cell)}\\cell `).join('')}\\row `;
  const rtf = (...rows: string[]) => `{\\rtf1\\ansi\\uc1 ${unicode(title)}\\par ${rows.join('')}\\pard ${unicode(closing)}\\par }`;
  // a header cell merged over two columns (\clmgf, \clmrg): the cell merged into it stood as an empty cell, the header
  // wider than its table
  it('reads a cell merged into the one before it as that cell’s span, as a page’s colspan', async () => {
    const merged = rtf(row(['\\clmgf', '\\clmrg', ''], ['项目', '', '2025年']), row(['', '', ''], ['审查规范性文件', '（件）', '17']));
    const page = `<h1>${title}</h1><table><tr><td colspan="2">项目</td><td>2025年</td></tr><tr><td>审查规范性文件</td><td>（件）</td><td>17</td></tr></table><p>${closing}</p>`;
    expect(await filled(merged, '合并.rtf')).toEqual(await filled(page, '合并.html'));
    expect(await filled(merged, '合并.rtf')).not.toContain('项目 |  | 2025年');
  });

  it('reads a row of no merges and one merged down as before', async () => {
    const down = rtf(row(['', ''], ['项目', '数量']), row(['\\clvmgf', ''], ['审查规范性文件', '17']), row(['\\clvmrg', ''], ['', '5']));
    expect(await filled(down, '纵向.rtf')).toEqual([title, '项目 | 数量', '审查规范性文件 | 17', '审查规范性文件 | 5', closing]);
  });
});

describe('a Markdown table cell’s footnote', () => {
  // a note's mark in a cell: the note was set after the row's last bar, a cell of its own, and the row read with an
  // empty first cell
  it('reads a note marked in a cell at the end of that cell, by reference or inline', async () => {
    const table = (cell: string, notes = '') =>
      `# ${title}\n\n| 项目 | 数量 |\n|:---|---:|\n| 审查规范性文件 | ${cell} |\n| 行政复议案件 | 52件 |\n\n${closing}\n${notes}`;
    const wanted = [title, '项目 | 数量', '审查规范性文件 | 17件（含部门文件3件。）', '行政复议案件 | 52件', closing];
    expect(await filled(table('17件[^1]', '\n[^1]: 含部门文件3件。\n'), '注.md')).toEqual(wanted);
    expect(await filled(table('17件^[含部门文件3件。]'), '内注.md')).toEqual(wanted);
  });

  it('reads a note in prose at its clause’s end, as before', async () => {
    const md = `# ${title}\n\n全年审查规范性文件17[^a]件，办理行政复议案件52件。\n\n${closing}\n\n[^a]: 含部门文件3件\n`;
    expect(await filled(md, '正文注.md')).toEqual([title, '全年审查规范性文件17件（含部门文件3件），办理行政复议案件52件。', closing]);
  });
});

describe('what a page shows in place of a plug-in, an inline frame, and a description list', () => {
  it('reads a plug-in object’s fallback content where it stands, not its <param>s', async () => {
    const page = (object: string) => `<h1>${title}</h1><p>全年审查规范性文件17件，</p>${object}<p>${closing}</p>`;
    const flash =
      '<object data="chart.swf" type="application/x-shockwave-flash"><param name="movie" value="chart.swf"><p>办理行政复议案件52件，培训执法人员380人次。</p></object>';
    const activeX =
      '<object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000"><param name="quality" value="high"><p>办理行政复议案件52件，培训执法人员380人次。</p></object>';
    const wanted = [title, '全年审查规范性文件17件，', '办理行政复议案件52件，培训执法人员380人次。', closing];
    expect(await filled(page(flash), 'flash.html')).toEqual(wanted);
    expect(await filled(page(activeX), 'activex.html')).toEqual(wanted);
  });

  it('leaves the fallback of an object showing a picture unread', async () => {
    const page = `<h1>${title}</h1><p>${figures}</p><object data="chart.png" type="image/png"><p>您的浏览器无法显示图片。</p></object><p>${closing}</p>`;
    expect(await filled(page, 'picture.html')).toEqual([title, figures, closing]);
  });

  it('reads a short inline frame’s page where it stands inside a page of its own text', async () => {
    const page = `<h1>${title}</h1><p>全年审查规范性文件17件，</p><iframe srcdoc="&lt;p&gt;办理行政复议案件52件，培训执法人员380人次。&lt;/p&gt;"></iframe><p>${closing}</p>`;
    expect(await filled(page, 'srcdoc.html')).toEqual([title, '全年审查规范性文件17件，', '办理行政复议案件52件，培训执法人员380人次。', closing]);
  });

  it('reads a description list’s short term and description as one line, a long or a shared one as before', async () => {
    const page = `<h1>${title}</h1><p>${figures}</p><dl><dt>审查规范性文件</dt><dd>17件</dd><dt>办理行政复议案件：</dt><dd>52件</dd><dt>说明</dt><dd><p>数据来源于各部门报送。</p></dd><dt>培训</dt><dd>380人次</dd><dd>其中新任职干部41人次</dd></dl><p>${closing}</p>`;
    expect(await filled(page, 'dl.html')).toEqual([
      title,
      figures,
      '审查规范性文件：17件',
      '办理行政复议案件：52件',
      '说明',
      '数据来源于各部门报送。',
      '培训',
      '380人次',
      '其中新任职干部41人次',
      closing,
    ]);
  });
});

describe('a PDF page set in vertical writing (竖排)', () => {
  /** A column drawn glyph by glyph down from `top` at `x`, a glyph of `size` every `step` points. */
  const column = (x: number, top: number, text: string, size = 12, step = 14) =>
    [...text].map((char, k) => pdfTextAt(x, top - step * k, char, size)).join('\n');
  const paragraph = '全年审查规范性文件17件，办理行政复议案件52件，培训执法人员380人次，出具法律意见书41份，调解纠纷136件。';
  // the paragraph's columns as long as the closing's, the last one short
  const body = [paragraph.slice(0, 30), paragraph.slice(30), closing];
  // a cover, a preface or a report set in columns from the right, each glyph drawn where it stands: each glyph was read
  // as a line of its own
  it('reads each column as a line from its top, and the columns from the right', async () => {
    const page = [column(520, 760, title, 16, 18), ...body.map((text, k) => column(480 - 24 * k, 800, text))].join('\n');
    expect(await filled(cidFontPdf(page), '竖排.pdf')).toEqual([title, paragraph, closing]);
  });

  it('reads a figure’s digits set across inside a column (縦中横) in their place', async () => {
    const across = `BT /F1 6 Tf 1 0 0 1 480 ${800 - 14 * 9} Tm ${cidHex('17')} Tj ET`;
    const page = [
      column(520, 760, title, 16, 18),
      column(480, 800, '全年审查规范性文件'),
      across,
      column(480, 800 - 14 * 10, '件，办理行政复议案件52件。'),
      column(456, 800, closing),
    ];
    expect(await filled(cidFontPdf(page.join('\n')), '縦中横.pdf')).toEqual([title, '全年审查规范性文件17件，办理行政复议案件52件。', closing]);
  });

  it('reads a page drawn glyph by glyph along its lines, and a table’s column of single figures, as before', async () => {
    const row = (y: number, text: string) => [...text].map((char, k) => pdfTextAt(50 + 12 * k, y, char)).join('\n');
    expect(await filled(cidFontPdf([row(800, title), row(780, figures), row(760, closing)].join('\n')), '逐字.pdf')).toEqual([title, figures, closing]);
    const rows = [1, 2, 3, 4, 5].map((n, k) => `${pdfTextAt(50, 780 - 16 * k, String(n))}\n${pdfTextAt(80, 780 - 16 * k, `审查第${n}批规范性文件`)}`);
    expect(await filled(cidFontPdf([pdfTextAt(50, 800, title), ...rows, pdfTextAt(50, 690, closing)].join('\n')), '序号.pdf')).toEqual([
      title,
      ...[1, 2, 3, 4, 5].map((n) => `${n}审查第${n}批规范性文件`),
      closing,
    ]);
  });
});

describe('a Markdown definition list (Pandoc’s)', () => {
  // a term and its definition under it after a colon: the colon stood before the figure, the figure on a line apart
  it('reads a short term and its definition as one line, a long or a second definition as a line without its colon', async () => {
    const md = [
      `# ${title}`,
      '',
      '审查规范性文件',
      ': 17件',
      '',
      '办理行政复议案件：',
      '',
      '~ 52件',
      '',
      '培训执法人员',
      ': 380人次',
      ': 其中新任职干部41人次',
      '',
      '说明',
      `: ${'数据来源于各部门报送，'.repeat(8)}`,
      '',
      closing,
    ].join('\n');
    expect(await filled(md, '定义.md')).toEqual([
      title,
      '审查规范性文件：17件',
      '办理行政复议案件：52件',
      '培训执法人员：380人次',
      '其中新任职干部41人次',
      '说明',
      '数据来源于各部门报送，'.repeat(8),
      closing,
    ]);
  });

  it('leaves a colon opening a line under a heading, in a fence or after a blank paragraph as written', async () => {
    const md = [`# ${title}`, '', '## 数据', ': 17件为全年数', '', '```', '审查规范性文件', ': 17件', '```', '', closing].join('\n');
    expect(await filled(md, '冒号.md')).toEqual([title, '数据', ': 17件为全年数', '审查规范性文件', ': 17件', closing]);
  });
});
