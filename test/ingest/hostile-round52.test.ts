import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import { odtOf, readText, refusal, stored, wordDocxBetween, wordParagraph as paragraph, wordRun as run, zipFile } from './hostile.js';

const title = '青枫县2025年度法治政府建设情况报告';
const closing = '二、存在的不足，基层执法力量仍需充实，执法人员培训有待加强。';
const figures = '全年审查规范性文件12件，办理行政复议案件46件，培训执法人员460人次。';
/** A report of some length, as a mail forwards one: longer than the notes and headers around it. */
const REPORT = [
  title,
  '一、主要举措',
  figures,
  '出具法律意见书35份，调解纠纷120件，行政机关负责人出庭应诉率达100%。',
  '二、法治宣传',
  '开展法治宣传活动26场，发放资料5000份，覆盖全县各乡镇和街道。',
  closing,
];

const lines = async (input: Uint8Array | string, file: string) => (await readText(input, file)).split('\n');
const filled = async (input: Uint8Array | string, file: string) => (await lines(input, file)).filter((text) => text !== '');
const mail = (headers: string, body: string) => `From: a@example.cn\r\nTo: b@example.cn\r\nMIME-Version: 1.0\r\n${headers}\r\n\r\n${body}`;
const textMail = (body: string) => mail('Subject: =?utf-8?B?5oql5ZGK?=\r\nContent-Type: text/plain; charset=utf-8', body);
const htmlMail = (body: string) => mail('Subject: =?utf-8?B?5oql5ZGK?=\r\nContent-Type: text/html; charset=utf-8', body);
const crlf = (...parts: string[]) => `${parts.join('\r\n')}\r\n`;

describe('a mail forwarded inline, its headers quoted in the body', () => {
  // 发件人:/收件人:/主题: of the forwarded mail were lines of the report, its 主题 line read before the title, the note first
  it('reads the forwarded mail without its headers, as Outlook, Gmail and Foxmail forward one, in Chinese and English', async () => {
    const outlook = crlf(
      '各位：',
      '转发县司法局报告，请查阅。',
      '-- ',
      '王五',
      '县政府办公室',
      '',
      '-----原始邮件-----',
      '发件人: 张三 <a@example.cn>',
      '发送时间: 2026年3月3日 10:00',
      '收件人: 李四 <b@example.cn>',
      `主题: ${title}`,
      '',
      ...REPORT,
    );
    expect(await filled(textMail(outlook), 'outlook.eml')).toEqual(REPORT);
    const gmail = crlf(
      'FYI',
      '',
      '---------- Forwarded message ---------',
      'From: Zhang San <a@example.cn>',
      'Date: Mon, Mar 3, 2026 at 10:00 AM',
      `Subject: ${title}`,
      'To: <b@example.cn>',
      '',
      ...REPORT,
    );
    expect(await filled(textMail(gmail), 'gmail.eml')).toEqual(REPORT);
    const english = crlf(
      'Please see below.',
      '',
      '_'.repeat(32),
      'From: Zhang San',
      'Sent: Monday, March 3, 2026 10:00 AM',
      'To: Li Si',
      'Cc: Wang Wu',
      `Subject: ${title}`,
      '',
      ...REPORT,
    );
    expect(await filled(textMail(english), 'english.eml')).toEqual(REPORT);
  });

  it('reads a reply over the request it forwards back, and a report forwarded in a quote, without the other mail', async () => {
    const reply = crlf(
      ...REPORT,
      '',
      '------------------ 原始邮件 ------------------',
      '发件人: "张三"<a@example.cn>;',
      '发送时间: 2026年1月6日(星期二) 上午9:30',
      '收件人: "李四"<b@example.cn>;',
      '主题: 请报送年度法治政府建设情况报告',
      '',
      '请于1月底前报送，上年全县办理行政复议案件30件。',
    );
    expect(await filled(textMail(reply), 'reply.eml')).toEqual(REPORT);
    const quoted = crlf('请查收。', '', '> 发件人：张三', '> 发送日期：2026-03-03', `> 主题：${title}`, '>', ...REPORT.map((line) => `> ${line}`));
    expect(await filled(textMail(quoted), 'quoted.eml')).toEqual(REPORT);
  });

  it('reads an HTML body’s forwarded headers so too, Outlook’s and QQ Mail’s', async () => {
    const body = REPORT.map((line) => `<p>${line}</p>`).join('');
    const outlook =
      `<html><body><div>请查阅。</div><div><br></div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">` +
      `<p class=MsoNormal><b>发件人:</b> 张三 &lt;a@example.cn&gt;<br><b>发送时间:</b> 2026年3月3日 10:00<br><b>收件人:</b> 李四<br><b>主题:</b> ${title}</p></div>${body}</body></html>`;
    expect(await filled(htmlMail(outlook), 'outlook-html.eml')).toEqual(REPORT);
    const qq =
      `<div>${REPORT.join('<br>')}</div><div><br></div><div style="font-size:12px">------------------&nbsp;原始邮件&nbsp;------------------</div>` +
      `<div style="font-size:12px;background:#efefef;padding:8px"><div><b>发件人:</b>&nbsp;"张三"&lt;a@example.cn&gt;;</div><div><b>发送时间:</b>&nbsp;2026年1月6日</div>` +
      `<div><b>主题:</b>&nbsp;请报送报告</div></div><div>请于1月底前报送，上年全县办理行政复议案件30件。</div>`;
    expect(await filled(htmlMail(qq), 'qq.eml')).toEqual(REPORT);
  });

  it('leaves a body’s lines that only look like headers: no sender among them, or one alone', async () => {
    const report = crlf(title, '日期：2026年3月3日', '主题：依法行政', figures, '发件人：县司法局', closing);
    expect(await filled(textMail(report), 'dated.eml')).toEqual([title, '日期：2026年3月3日', '主题：依法行政', figures, '发件人：县司法局', closing]);
  });
});

describe('an HTML reply over the mail it answers', () => {
  // a text body's quoted lines were left out (ownBodyText); an HTML body's blockquote was read, its request's 30件 the report's
  it('reads the reply without the quoted mail and its attribution, as 163, Gmail and Apple Mail quote one', async () => {
    const body = REPORT.map((line) => `<p>${line}</p>`).join('');
    const request = '<p>请于1月底前报送年度报告，上年全县办理行政复议案件30件，审查规范性文件9件。</p>';
    const netease = `<html><body>${body}<div>在 2026-01-06 09:30:00，"张三" &lt;a@163.com&gt; 写道：</div><blockquote id="isReplyContent" style="padding-left:1ex">${request}</blockquote></body></html>`;
    expect(await filled(htmlMail(netease), 'netease.eml')).toEqual(REPORT);
    const gmail = `<div dir="ltr">${body}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, Jan 6, 2026 at 9:30 AM 张三 &lt;a@example.cn&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex">${request}</blockquote></div>`;
    expect(await filled(htmlMail(gmail), 'gmail-reply.eml')).toEqual(REPORT);
  });

  it('keeps a quote that outweighs the reply: a report forwarded in Apple Mail’s cite under a note', async () => {
    const apple =
      `<html><body><div>见下。</div><div><br><blockquote type="cite"><div>Begin forwarded message:</div><br><div><b>From: </b>张三 &lt;a@example.cn&gt;</div>` +
      `<div><b>Subject: </b>${title}</div><div><b>Date: </b>2026年3月3日 10:00</div><div><b>To: </b>李四</div><br>${REPORT.map((line) => `<div>${line}</div>`).join('')}</blockquote></div></body></html>`;
    expect(await filled(htmlMail(apple), 'apple.eml')).toEqual(REPORT);
    // a page's own blockquote, no mail's quote, stays
    const cited = `<html><body>${REPORT.map((line) => `<p>${line}</p>`).join('')}<blockquote><p>依法行政是政府工作的基本准则。</p></blockquote></body></html>`;
    expect(await filled(htmlMail(cited), 'cited.eml')).toEqual([...REPORT, '依法行政是政府工作的基本准则。']);
  });
});

describe('an OpenDocument text’s tabs', () => {
  // text:tab was markup's whitespace, a blank: a table typed with tabs was lines of words, read as a .docx's or a text's is not
  it('reads a tab as a tab, as a .docx’s and a text’s: a table typed with tabs, a tab inside a figure left as it stands', async () => {
    const tab = '<text:tab/>';
    const odt = odtOf(
      `<text:p>${title}</text:p><text:p>序号${tab}指标${tab}单位${tab}数值</text:p><text:p>1${tab}出具法律意见书${tab}份${tab}35</text:p>` +
        `<text:p>2${tab}调解纠纷${tab}件${tab}120</text:p><text:p>全年审查规范性文件1${tab}2件，培训${tab}460人次。</text:p><text:p>${closing}</text:p>`,
    );
    const expected = [title, '指标 | 单位 | 数值', '出具法律意见书(份) | 35', '调解纠纷(件) | 120', '全年审查规范性文件1\t2件，培训\t460人次。', closing];
    expect(await lines(odt, 'tabs.odt')).toEqual(expected);
    const docx = wordDocxBetween(title, closing, [
      ...['序号⇥指标⇥单位⇥数值', '1⇥出具法律意见书⇥份⇥35', '2⇥调解纠纷⇥件⇥120', '全年审查规范性文件1⇥2件，培训⇥460人次。'].map((line) =>
        paragraph(...line.split('⇥').flatMap((text, k) => (k === 0 ? [run(text)] : ['<w:r><w:tab/></w:r>', run(text)]))),
      ),
    ]);
    expect(await lines(docx, 'tabs.docx')).toEqual(expected);
  });

  it('still reads a contents line’s tab and page number as none of the text, and tabs in a table’s cell', async () => {
    const odt = odtOf(
      `<text:table-of-content text:name="目录"><text:index-body><text:p>一、主要举措<text:tab/>1</text:p></text:index-body></text:table-of-content>` +
        `<text:p>${title}</text:p><table:table xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><table:table-row><table:table-cell><text:p>调解纠纷</text:p></table:table-cell>` +
        `<table:table-cell><text:p>120<text:tab/>件</text:p></table:table-cell></table:table-row></table:table><text:p>${closing}</text:p>`,
    );
    const read = await filled(odt, 'contents.odt');
    expect(read[0]).toBe(title);
    expect(read.at(-1)).toBe(closing);
    expect(read.join('\n')).not.toContain('一、主要举措');
    expect(read.join('\n')).toMatch(/调解纠纷.*120\s+件/);
  });
});

describe('a text table’s header row, one rule for a header alone and one over its rows', () => {
  it('reads a header naming what orders its columns alone, and one of bare words only over a row of its columns', async () => {
    // 项目  本年  上年  增减 names its columns' order: a header even with prose under it
    expect(await lines(`${title}\n项目\t本年\t上年\t增减\n本年度审查规范性文件较上年有所增加。\n`, 'alone.txt')).toEqual([
      title,
      '项目 | 本年 | 增减',
      '本年度审查规范性文件较上年有所增加。',
    ]);
    expect(await lines(`${title}\n类别\t件数\n行政复议\t46\n行政应诉\t15\n`, 'over.txt')).toEqual([title, '类别 | 件数', '行政复议 | 46', '行政应诉 | 15']);
    // bare words over prose, or over a row wider than the header, stay a line of words
    expect(await lines(`${title}\n类别\t件数\n全年办理行政复议案件46件。\n`, 'prose.txt')).toEqual([title, '类别\t件数', '全年办理行政复议案件46件。']);
    expect(await lines(`${title}\n类别\t件数\n行政复议\t46\t15\t8\n`, 'wider.txt')).toEqual([title, '类别\t件数', '行政复议 | 46 | 15 | 8']);
  });
});

/** A zip whose entries' names are written in GBK, as Windows' tools in China write them (no UTF-8 flag). */
function gbkNamedZip(names: readonly string[]): Uint8Array {
  const placeholders = names.map((name, k) => String.fromCharCode(65 + k).repeat(iconv.encode(name, 'gbk').length));
  const zip = zipFile(placeholders.map((placeholder) => stored(placeholder, '')));
  names.forEach((name, k) => {
    for (let at = zip.indexOf(placeholders[k]!); at >= 0; at = zip.indexOf(placeholders[k]!, at + 1)) iconv.encode(name, 'gbk').copy(zip, at);
  });
  return new Uint8Array(zip);
}

describe('a zip of reports given instead of a report', () => {
  // refused as a zip to unpack, it named none of the reports in it: the user was not told which file to give
  it('names the reports it holds, GBK names too, no more than three, leaving out folders and the Mac’s shadow files', async () => {
    const zip = gbkNamedZip(['材料/', '材料/2025年法治政府建设报告.docx', '__MACOSX/材料/._2025年法治政府建设报告.docx', '附件.xlsx', '说明.txt']);
    expect(await refusal(ingestBytes(zip, '报告.zip'), '报告.zip')).toBe(
      '不是文本文件,看起来是 ZIP 压缩包(其中有「材料/2025年法治政府建设报告.docx」、「说明.txt」);请解压后给出其中的报告文件',
    );
    const many = new Uint8Array(zipFile(['甲.pdf', '乙.pdf', '丙.ofd', '丁.html'].map((name) => stored(name, ''))));
    expect(await refusal(ingestBytes(many, '全部.zip'), '全部.zip')).toContain('(其中有「甲.pdf」、「乙.pdf」、「丙.ofd」 等 4 个文件)');
    // none of a report's formats in it, or no archive's directory, names none
    expect(await refusal(ingestBytes(new Uint8Array(zipFile([stored('照片.jpg', '')])), '照片.zip'), '照片.zip')).toBe(
      '不是文本文件,看起来是 ZIP 压缩包;请解压后给出其中的报告文件',
    );
  });
});

// the other shapes round 52 probed, read right already: kept so they stay so
describe('shapes round 52 probed and found read right', () => {
  it('reads a .docx’s tracked changes as Word shows them accepted: deleted and moved-away text unread, customXml’s text read', async () => {
    const deleted = (text: string) => `<w:del w:id="1" w:author="a"><w:r><w:delText>${text}</w:delText></w:r></w:del>`;
    const inserted = (text: string) => `<w:ins w:id="2" w:author="a">${run(text)}</w:ins>`;
    const docx = wordDocxBetween(title, closing, [
      paragraph(run('全年审查规范性文件1'), deleted('5'), inserted('2'), run('件，办理案件'), deleted('3'), inserted('4'), run('6件。')),
      paragraph(run('调解纠纷120件，'), `<w:moveFrom w:id="3" w:author="a">${run('培训执法人员460人次，')}</w:moveFrom>`, run('出具法律意见书35份。')),
      paragraph(`<w:moveTo w:id="4" w:author="a">${run('培训执法人员4')}</w:moveTo>`, `<w:customXml w:element="n">${run('60')}</w:customXml>`, run('人次。')),
    ]);
    expect(await lines(docx, 'tracked.docx')).toEqual([
      title,
      '全年审查规范性文件12件，办理案件46件。',
      '调解纠纷120件，出具法律意见书35份。',
      '培训执法人员460人次。',
      closing,
    ]);
  });

  it('reads an .odt’s and an RTF’s tracked deletions as none of the text', async () => {
    const changes =
      '<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>a</dc:creator></office:change-info>' +
      '<text:p>培训执法人员999人次，</text:p></text:deletion></text:changed-region></text:tracked-changes>';
    const odt = odtOf(`${changes}<text:p>${title}</text:p><text:p>全年审查规范性文件12件，<text:change text:change-id="ct1"/>培训执法人员460人次。</text:p>`);
    expect(await lines(odt, 'tracked.odt')).toEqual([title, '全年审查规范性文件12件，培训执法人员460人次。']);
    const escaped = (text: string) => [...text].map((char) => `\\u${char.charCodeAt(0) > 32767 ? char.charCodeAt(0) - 65536 : char.charCodeAt(0)}?`).join('');
    const rtf = `{\\rtf1\\ansi\\ansicpg936\\uc1{\\*\\revtbl{Unknown;}{a;}}${escaped(title)}\\par ${escaped('审查文件1')}{\\deleted\\revauthdel1 5}{\\revised\\revauth1 2}${escaped('件。')}\\par }`;
    expect(await lines(rtf, 'tracked.rtf')).toEqual([title, '审查文件12件。']);
  });

  it('reads a page’s text hidden from screen readers only, a line break inside a figure, a Markdown report’s HTML table', async () => {
    const html = `<html><body><h1>${title}</h1><p>审查文件1<span aria-hidden="true">2</span>件，复议<span role="presentation">46</span>件，调解1<br>20件。</p></body></html>`;
    expect(await lines(html, 'aria.html')).toEqual([title, '审查文件12件，复议46件，调解120件。']);
    const markdown = `# ${title}\n\n<table>\n<tr><th>指标</th><th>数值</th></tr>\n<tr><td>审查规范性文件</td><td>12</td></tr>\n</table>\n\n<div align="center">\n\n| 指标 | 数值 |\n| --- | --- |\n| 调解纠纷 | 120 |\n\n</div>\n`;
    expect(await filled(markdown, 'tables.md')).toEqual([title, '指标 | 数值', '审查规范性文件 | 12', '指标 | 数值', '调解纠纷 | 120']);
  });

  it('reads texts of mixed line ends, GB18030’s four-byte characters, UTF-32, a gb2312 mail holding GBK’s characters', async () => {
    expect(await lines(`${title}\r\n${figures}\r一、主要举措\n调解纠纷120件。\r\n`, 'mixed.txt')).toEqual([title, figures, '一、主要举措', '调解纠纷120件。']);
    const rare = `${title}\r\n䶮口乡审查规范性文件12件，𬌗溪镇调解纠纷120件。\r\n`;
    expect(await lines(new Uint8Array(iconv.encode(rare, 'gb18030')), 'rare.txt')).toEqual([title, '䶮口乡审查规范性文件12件，𬌗溪镇调解纠纷120件。']);
    const utf32 = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from(iconv.encode(`${title}\n${figures}\n`, 'utf32le'))]);
    expect(await lines(new Uint8Array(utf32), 'utf32.txt')).toEqual([title, figures]);
    const gbk = Buffer.from(iconv.encode(crlf(title, `镕溪街道${figures}`), 'gbk')).toString('base64');
    const base64 = mail('Subject: r\r\nContent-Type: text/plain; charset=gb2312\r\nContent-Transfer-Encoding: base64', gbk);
    expect(await filled(base64, 'gb2312.eml')).toEqual([title, `镕溪街道${figures}`]);
  });

  it('reads a CSV of semicolons and one with a title line over its header', async () => {
    expect(await lines('序号;指标;单位;数值\r\n1;审查规范性文件;件;12\r\n', 'semicolons.csv')).toEqual(['指标 | 单位 | 数值', '审查规范性文件(件) | 12']);
    expect(await lines('2025年主要指标完成情况,,,\r\n序号,指标,单位,完成值\r\n1,办理行政复议案件,件,46\r\n', 'titled.csv')).toEqual([
      '2025年主要指标完成情况',
      '指标 | 单位 | 完成值',
      '办理行政复议案件(件) | 46',
    ]);
  });

  it('refuses a zip of a report, an empty file and binary garbage with a Chinese error naming the file', async () => {
    const zip = new Uint8Array(zipFile([stored('readme', '说明'), stored('report.txt', `${title}\n${figures}\n`)]));
    for (const file of ['报告.zip', '报告.txt']) expect(await refusal(ingestBytes(zip, file), file)).toContain('ZIP 压缩包(其中有「report.txt」)');
    expect(await refusal(ingestBytes(new Uint8Array(0), '空.txt'), '空.txt')).toContain('文件是空的');
    const garbage = new Uint8Array(4096).map((_, k) => ((k * 2654435761) >>> 13) & 0xff);
    expect(await refusal(ingestBytes(garbage, '乱码.txt'), '乱码.txt')).toContain('不是文本文件');
    expect(await refusal(ingestBytes(garbage, '乱码.docx'), '乱码.docx')).toContain('不是 DOCX 格式');
  });
});
