import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import { docxOfParts, readText, refusal, WORD_MAIN, wordParagraph as paragraph, wordRun as run } from './hostile.js';

const title = '岚溪县2025年度法治政府建设情况报告';
const closing = '三、存在的不足，乡镇执法力量仍较薄弱，执法人员培训有待加强。';
const figures = '全年审查规范性文件17件，办理行政复议案件52件，培训执法人员380人次。';
/** A report of some length, as a mail carries one. */
const REPORT = [
  title,
  '一、主要举措',
  figures,
  '出具法律意见书41份，调解纠纷136件，行政机关负责人出庭应诉率达100%。',
  '二、法治宣传',
  '开展法治宣传活动31场，发放资料6200份，覆盖全县各乡镇和社区。',
  closing,
];

const lines = async (input: Uint8Array | string, file: string) => (await readText(input, file)).split('\n');
const filled = async (input: Uint8Array | string, file: string) => (await lines(input, file)).filter((text) => text !== '');
const mail = (headers: string, body: string) => `From: a@example.cn\r\nTo: b@example.cn\r\nMIME-Version: 1.0\r\n${headers}\r\n\r\n${body}`;
const htmlMail = (body: string) => mail('Subject: =?utf-8?B?5oql5ZGK?=\r\nContent-Type: text/html; charset=utf-8', body);
const withAttachment = (note: string, type: string, name: string, bytes: Buffer) =>
  mail(
    'Subject: report\r\nContent-Type: multipart/mixed; boundary="b1"',
    `--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${note}\r\n--b1\r\nContent-Type: ${type}; name="${name}"\r\n` +
      `Content-Disposition: attachment; filename="${name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${bytes.toString('base64')}\r\n--b1--\r\n`,
  );

/** The head of an Outlook message saved as a file: a compound file whose directory names its property streams. */
const outlookMessage = (): Buffer => {
  const bytes = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
  Buffer.from('Root Entry', 'utf16le').copy(bytes, 1024);
  Buffer.from('__substg1.0_0037001F', 'utf16le').copy(bytes, 1152);
  Buffer.from('__properties_version1.0', 'utf16le').copy(bytes, 1280);
  return bytes;
};
/** Outlook's winmail.dat: TNEF's signature, then its attributes. */
const winmail = (): Buffer =>
  Buffer.concat([
    Buffer.from([0x78, 0x9f, 0x3e, 0x22, 0x01, 0x00, 0x01, 0x06, 0x90, 0x08, 0x00]),
    Buffer.from('IPM.Microsoft Mail.Note\0'),
    Buffer.alloc(120, 0x41),
  ]);

describe('an Outlook message, or Outlook’s package of a mail’s attachments', () => {
  // a .msg was told an older Office document to save as .docx (Word cannot), winmail.dat "binary data", a mail carrying
  // either a mail whose attachment is of no report's format
  it('refuses a .msg and a winmail.dat, naming them as Outlook’s, and a mail that carries one, naming the attachment', async () => {
    expect(await refusal(ingestBytes(new Uint8Array(outlookMessage()), '报告.msg'), '报告.msg')).toBe(
      '不是文本文件,看起来是Outlook 邮件(.msg),不能直接读取;请在 Outlook 中打开邮件,把报告附件另存出来(报告在正文中的,复制正文另存为 .txt)再试',
    );
    expect(await refusal(ingestBytes(new Uint8Array(winmail()), 'winmail.dat'), 'winmail.dat')).toContain(
      '看起来是Outlook 打包的邮件附件(winmail.dat,TNEF 格式),报告附件在其中,无法直接读取',
    );
    const tnef = withAttachment('请查收附件。', 'application/ms-tnef', 'winmail.dat', winmail());
    expect(await refusal(ingestBytes(new Uint8Array(Buffer.from(tnef)), 'tnef.eml'), 'tnef.eml')).toMatch(
      /^这是一封电子邮件,正文只有几句话,不是报告;附件「winmail\.dat」是Outlook 打包的邮件附件/,
    );
    const forwarded = withAttachment('转发报告，请查阅。', 'application/vnd.ms-outlook', '年度报告.msg', outlookMessage());
    expect(await refusal(ingestBytes(new Uint8Array(Buffer.from(forwarded)), 'fwd.eml'), 'fwd.eml')).toContain('附件「年度报告.msg」是Outlook 邮件(.msg)');
  });

  // doc56: a compound file with a WordDocument stream is read; this one's name stands in no directory entry
  it('still tells an older Office file of no Word document as such, and reads a mail’s report beside a winmail.dat', async () => {
    const oldWord = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(oldWord);
    Buffer.from('WordDocument', 'utf16le').copy(oldWord, 1152);
    expect(await refusal(ingestBytes(new Uint8Array(oldWord), '报告.doc'), '报告.doc')).toContain('旧版 Office 或 WPS 格式的文件');
    const both = mail(
      'Subject: report\r\nContent-Type: multipart/mixed; boundary="b1"',
      `--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${REPORT.join('\r\n')}\r\n--b1\r\nContent-Type: application/ms-tnef; name="winmail.dat"\r\n` +
        `Content-Transfer-Encoding: base64\r\n\r\n${winmail().toString('base64')}\r\n--b1--\r\n`,
    );
    expect(await filled(both, 'both.eml')).toEqual(REPORT);
  });
});

/** A file as uuencode writes it: begin, lines of 45 bytes at most, a line of no bytes, end. */
const uuencoded = (name: string, data: Buffer): string => {
  const out = [`begin 644 ${name}`];
  for (let at = 0; at < data.length; at += 45) {
    const chunk = data.subarray(at, at + 45);
    let line = String.fromCharCode(32 + chunk.length);
    for (let k = 0; k < chunk.length; k += 3) {
      const [a = 0, b = 0, c = 0] = [chunk[k], chunk[k + 1], chunk[k + 2]];
      for (const value of [a >> 2, ((a & 3) << 4) | (b >> 4), ((b & 15) << 2) | (c >> 6), c & 63]) line += String.fromCharCode(value === 0 ? 96 : 32 + value);
    }
    out.push(line);
  }
  return [...out, '`', 'end'].join('\r\n');
};

describe('a file uuencoded in a mail', () => {
  // older mail programs and OA systems attach a file inside the text body: the note was read with lines of garble
  it('reads the report uuencoded in the body as the mail’s attachment, and a part sent x-uuencode', async () => {
    const text = Buffer.from(`${REPORT.join('\r\n')}\r\n`);
    const inBody = mail('Subject: report\r\nContent-Type: text/plain; charset=utf-8', `请查收附件。\r\n\r\n${uuencoded('report.txt', text)}\r\n\r\n王五\r\n`);
    expect(await filled(inBody, 'uu.eml')).toEqual(REPORT);
    const gbk = iconv.encode(`${REPORT.join('\r\n')}\r\n`, 'gbk');
    const part = mail(
      'Subject: report\r\nContent-Type: multipart/mixed; boundary="b1"',
      `--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n请查收。\r\n--b1\r\nContent-Type: application/octet-stream; name="report.txt"\r\n` +
        `Content-Transfer-Encoding: x-uuencode\r\n\r\n${uuencoded('report.txt', gbk)}\r\n--b1--\r\n`,
    );
    expect(await filled(part, 'uu-part.eml')).toEqual(REPORT);
  });

  it('leaves a body’s line that only opens like one, with no data under it', async () => {
    const body = [title, 'begin 644 的说明如下', figures, 'end', closing];
    expect(await filled(mail('Subject: x\r\nContent-Type: text/plain; charset=utf-8', body.join('\r\n')), 'begin.eml')).toEqual(body);
  });
});

describe('a paged article saved whole', () => {
  const pages = [
    ['一、主要举措', '全年审查规范性文件17件，办理行政复议案件52件，培训执法'],
    ['人员380人次，出具法律意见书41份。', '二、法治宣传', '开展法治宣传活动31场，发放资料6200份。'],
    ['三、存在的不足', '乡镇执法力量仍较薄弱，执法人员培训有待加强。'],
  ];
  const ARTICLE = [
    title,
    '发布时间：2026-01-20 来源：岚溪县司法局',
    '一、主要举措',
    '全年审查规范性文件17件，办理行政复议案件52件，培训执法人员380人次，出具法律意见书41份。',
    '二、法治宣传',
    '开展法治宣传活动31场，发放资料6200份。',
    '三、存在的不足',
    '乡镇执法力量仍较薄弱，执法人员培训有待加强。',
  ];
  const pager = (n: number) =>
    `<div class="pages">共3页 ${n > 1 ? '<a>上一页</a> ' : ''}${[1, 2, 3].map((k) => (k === n ? `<span>${k}</span>` : `<a href="a_${k}.html">${k}</a>`)).join(' ')}${n < 3 ? ' <a>下一页</a>' : ''}</div>`;
  const block = (n: number) =>
    `<div class="detail"><h1>${title}</h1><div class="info">发布时间：2026-01-20 来源：岚溪县司法局</div>` +
    `<div class="content">${pages[n - 1]!.map((line) => `<p>${line}</p>`).join('')}</div>${pager(n)}</div>`;
  const page = (blocks: string) => `<html><head><meta charset="utf-8"><title>${title}_岚溪县人民政府</title></head><body>${blocks}</body></html>`;
  const mhtml = (html: string) =>
    'From: <Saved by Blink>\r\nSnapshot-Content-Location: http://www.example.gov.cn/a.html\r\nSubject: x\r\nMIME-Version: 1.0\r\n' +
    'Content-Type: multipart/related; type="text/html"; boundary="----B"\r\n\r\n------B\r\nContent-Type: text/html\r\n' +
    `Content-Transfer-Encoding: binary\r\nContent-Location: http://www.example.gov.cn/a.html\r\n\r\n${html}\r\n------B--\r\n`;

  // only the page of the most text was read (and those before it, its headline's), the last cut off as what follows an
  // article, its title and 发布时间 repeated in the text, 培训执法 | 人员380人次 broken apart, the user told to give the rest
  it('reads every page once, without the pagers and the repeats, the sentence a page break parted joined, in a page and an archive', async () => {
    const whole = page([1, 2, 3].map(block).join(''));
    for (const [input, file] of [
      [whole, 'whole.html'],
      [mhtml(whole), 'whole.mhtml'],
    ] as const) {
      const source = await ingestBytes(new Uint8Array(Buffer.from(input)), file);
      expect([source.original.split('\n').filter((line) => line !== ''), source.notices]).toEqual([ARTICLE, undefined]);
    }
    // the pages in one container, a pager of 第N页 each, a rule between them
    const zoom = [1, 2, 3]
      .map(
        (n) =>
          `<h2>${title}</h2><p>发布时间：2026-01-20 来源：岚溪县司法局</p>${pages[n - 1]!.map((line) => `<p>${line}</p>`).join('')}<p>第${n}页 共3页 <a>上一页</a> <a>下一页</a></p>`,
      )
      .join('<hr>');
    const source = await ingestBytes(new Uint8Array(Buffer.from(page(`<div id="zoom">${zoom}</div>`))), 'zoom.html');
    expect([source.original.split('\n').filter((line) => line !== ''), source.notices]).toEqual([ARTICLE, undefined]);
  });

  it('drops a foot each page repeats, keeps a heading that ended a page, and pagers alike on every page', async () => {
    const same = (n: number) =>
      `<div class="detail"><h1>${title}</h1><div class="info">发布时间：2026-01-20</div><div class="content">${[
        ['一、主要举措', figures, '二、法治宣传'],
        ['开展法治宣传活动31场，发放资料6200份。'],
        [closing],
      ]
        [n - 1]!.map((line) => `<p>${line}</p>`)
        .join(
          '',
        )}</div><div class="pages">共3页 <a>首页</a> <a>上一页</a> <a>1</a> <a>2</a> <a>3</a> <a>下一页</a> <a>尾页</a></div><div class="foot">责任编辑：赵六</div></div>`;
    expect(await filled(page([1, 2, 3].map(same).join('')), 'same.html')).toEqual([
      title,
      '发布时间：2026-01-20',
      '一、主要举措',
      figures,
      '二、法治宣传',
      '开展法治宣传活动31场，发放资料6200份。',
      closing,
    ]);
  });

  it('still reads one page of them as given and says there are more: pagers above and below it, two pages of three, the last alone', async () => {
    const notice = ['网页正文分为 3 页(正文末尾有"下一页"等翻页链接),只读取了给出的这一页;请把各页正文合并成一个文件后再试,否则核查结果不完整'];
    const one = page(
      `<div class="detail"><h1>${title}</h1>${pager(1)}<div class="content">${[...pages[0]!, ...pages[1]!].map((line) => `<p>${line}</p>`).join('')}</div>${pager(1)}</div>`,
    );
    const source = await ingestBytes(new Uint8Array(Buffer.from(one)), 'one.html');
    expect([source.original.split('\n').filter((line) => line !== ''), source.notices]).toEqual([[title, ...pages[0]!, ...pages[1]!], notice]);
    expect((await ingestBytes(new Uint8Array(Buffer.from(page([1, 2].map(block).join('')))), 'two.html')).notices).toEqual(notice);
    // the last page's pager links back only: it stood in the text, and no one was told of the pages before
    const last = page(
      `<div id="zoom"><h1>${title}</h1>${[...pages[2]!, figures, closing].map((line) => `<p>${line}</p>`).join('')}<p>共3页 <a>上一页</a> <a>1</a> <a>2</a> 3</p></div>`,
    );
    const lastSource = await ingestBytes(new Uint8Array(Buffer.from(last)), 'last.html');
    expect([lastSource.original.split('\n').filter((line) => line !== ''), lastSource.notices]).toEqual([[title, ...pages[2]!, figures, closing], notice]);
  });

  it('reads no list of other articles beside the article as a page of it, though it is a block alike with a pager', async () => {
    const box = (content: string, count: number) =>
      `<div class="box">${content}<div class="pages">共${count}页 <span>1</span> <a>2</a> <a>下一页</a></div></div>`;
    const side = page(
      box(
        `<h1>${title}</h1><div class="content">${REPORT.slice(1)
          .map((line) => `<p>${line}</p>`)
          .join('')}</div>`,
        2,
      ) + box('<ul><li><a href="n1.html">岚溪县召开依法行政工作会议</a></li><li><a href="n2.html">岚溪县开展行政执法培训</a></li></ul>', 5),
    );
    expect(await filled(side, 'side.html')).toEqual(REPORT);
  });
});

describe('a web page’s tools around the article', () => {
  it('reads a print view without its 字号, 打印本页, 关闭窗口 and 分享到 lines (a guard)', async () => {
    const print =
      `<html><head><meta charset="utf-8"><title>${title}</title></head><body><div class="print"><div class="tools">字号：<a>大</a> <a>中</a> <a>小</a>\u3000` +
      `<a href="javascript:window.print()">打印本页</a>\u3000<a href="javascript:window.close()">关闭窗口</a></div><h1>${title}</h1>` +
      `<div class="content">${REPORT.slice(1)
        .map((line) => `<p>${line}</p>`)
        .join('')}</div><div class="share">分享到：<a>微信</a> <a>微博</a></div>` +
      `<div class="bottom">【<a>打印本页</a>】【<a>关闭窗口</a>】</div></div></body></html>`;
    expect(await filled(print, 'print.html')).toEqual(REPORT);
    const table =
      `<html><head><meta charset="utf-8"></head><body><table><tr><td>【字体：<a>大</a> <a>中</a> <a>小</a>】</td><td><a>打印本页</a> | <a>关闭窗口</a></td></tr></table>` +
      `${REPORT.map((line) => `<p>${line}</p>`).join('')}<p>[ 打印本页 ] [ 关闭窗口 ] [ 返回顶部 ]</p></body></html>`;
    expect(await filled(table, 'print-table.html')).toEqual(REPORT);
  });

  // a page that shows the report as a PDF in itself was read as a report of its title; a viewer's frame named the viewer
  it('refuses a page whose report is a document it shows inside itself, naming the document', async () => {
    const head = `<html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>发布时间：2026-01-20</p>`;
    for (const [element, shown] of [
      ['<embed src="/u/2026/lanxi-report.pdf" type="application/pdf" width="100%" height="800">', '/u/2026/lanxi-report.pdf'],
      ['<object data="/download?id=2048" type="application/pdf"><a href="/download?id=2048">下载</a></object>', '/download?id=2048'],
      ['<iframe src="/pdfjs/web/viewer.html?file=%2Fu%2F2026%2Fbaogao.pdf" width="100%"></iframe>', '/u/2026/baogao.pdf'],
      ['<iframe src="/ofdview/index.html?file=/u/2026/baogao.ofd"></iframe>', '/u/2026/baogao.ofd'],
    ] as const) {
      expect(await refusal(ingestBytes(new Uint8Array(Buffer.from(`${head}${element}</body></html>`)), 'shown.html'), 'shown.html')).toBe(
        `网页本身没有正文,报告是网页中内嵌显示的文件 ${shown};请下载该文件,直接给出它再试`,
      );
    }
  });

  it('reads a page with an article beside its attachment shown as a PDF, and names a frame of another page as before', async () => {
    const article = `<html><head><meta charset="utf-8"></head><body><h1>${title}</h1>${REPORT.slice(1)
      .map((line) => `<p>${line}</p>`)
      .join('')}<embed src="/u/fujian.pdf" type="application/pdf"></body></html>`;
    expect(await filled(article, 'article.html')).toEqual(REPORT);
    const framed = `<html><head><meta charset="utf-8"></head><body><h1>${title}</h1><iframe src="/content/8812.html"></iframe></body></html>`;
    expect(await refusal(ingestBytes(new Uint8Array(Buffer.from(framed)), 'framed.html'), 'framed.html')).toBe(
      '网页本身没有正文,内容在内嵌的网页(iframe)/content/8812.html 中,请给出那个网页',
    );
  });

  it('reads a page Word saved with its smart tags around figures and dates (a guard)', async () => {
    const word =
      `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"></head><body><div class=WordSection1>` +
      `<p class=MsoNormal>${title}</p><?xml:namespace prefix = st1 ns = "urn:schemas-microsoft-com:office:smarttags" />` +
      `<p class=MsoNormal>全年审查规范性文件<st1:chmetcnv UnitName="件" SourceValue="17" HasSpace="False" Negative="False" NumberType="1" TCSC="0" w:st="on">17件</st1:chmetcnv>，` +
      `<st1:chsdate Year="2025" Month="3" Day="1" IsLunarDate="False" IsROCDate="False" w:st="on">2025年3月1日</st1:chsdate>起施行。<o:p></o:p></p>` +
      `<p class=MsoNormal>${closing}<o:p></o:p></p></div></body></html>`;
    expect(await filled(word, 'word.htm')).toEqual([title, '全年审查规范性文件17件，2025年3月1日起施行。', closing]);
  });
});

describe('a Word master document', () => {
  const master = (body: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD_MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}</w:body></w:document>`;
  const relations =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/subDocument" Target="file:///C:/%E6%8A%A5%E5%91%8A/%E4%B8%80.docx" TargetMode="External"/>' +
    '<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/subDocument" Target="part2.docx" TargetMode="External"/></Relationships>';
  const docx = (body: string) => new Uint8Array(docxOfParts({ 'word/document.xml': master(body), 'word/_rels/document.xml.rels': relations }));

  // its text is in the subdocuments it links: it was read as a report of its title
  it('refuses a master of a title and its subdocuments, naming them; tells of them under a text of its own', async () => {
    const links = '<w:subDoc r:id="rId5"/><w:subDoc r:id="rId6"/>';
    expect(await refusal(ingestBytes(docx(`${paragraph(run(title))}${links}`), 'master.docx'), 'master.docx')).toBe(
      '这是 Word 主控文档,本身几乎没有正文,正文在它链接的子文档 一.docx、part2.docx 中;请在 Word 中打开它,在"大纲"视图中展开子文档,再另存为一个 .docx 后再试',
    );
    const source = await ingestBytes(docx(`${REPORT.map((line) => paragraph(run(line))).join('')}${links}`), 'with-text.docx');
    expect(source.original.split('\n').filter((line) => line !== '')).toEqual(REPORT);
    expect(source.notices).toEqual([
      'Word 主控文档链接了子文档 一.docx、part2.docx,其中的文字不在本文件中,未读取;请在 Word 中打开它,在"大纲"视图中展开子文档,再另存为一个 .docx 后再试',
    ]);
  });

  it('reads a document’s glossary of building blocks as none of its text (a guard)', async () => {
    const glossary = `<?xml version="1.0" encoding="UTF-8"?><w:glossaryDocument xmlns:w="${WORD_MAIN}"><w:docParts><w:docPart><w:docPartBody>${paragraph(run('模板：本年度审查规范性文件99件。'))}</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>`;
    const body = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD_MAIN}"><w:body>${REPORT.map((line) => paragraph(run(line))).join('')}</w:body></w:document>`;
    expect(await filled(new Uint8Array(docxOfParts({ 'word/document.xml': body, 'word/glossary/document.xml': glossary })), 'glossary.docx')).toEqual(REPORT);
  });
});

describe('a text ended as DOS ends one', () => {
  // a short text with two end-of-file marks (Ctrl-Z) after it was "binary data"
  it('reads a text without the Ctrl-Z marks after it, in UTF-8 and GBK', async () => {
    const text = REPORT.slice(0, 3).join('\r\n');
    for (const [bytes, file] of [
      [Buffer.concat([Buffer.from(text), Buffer.from([0x1a, 0x1a])]), 'utf8.txt'],
      [Buffer.concat([iconv.encode(`${text}\r\n`, 'gbk'), Buffer.from([0x1a, 0x0d, 0x0a, 0x1a, 0x1a])]), 'gbk.txt'],
    ] as const) {
      expect(await filled(new Uint8Array(bytes), file)).toEqual(REPORT.slice(0, 3));
    }
  });

  it('reads a UTF-8 text with a byte order mark and a GBK tail line by line, and says so (a guard)', async () => {
    const tail = '四、下一步安排，持续加强执法监督，培训执法人员500人次。';
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${REPORT.join('\r\n')}\r\n`), iconv.encode(`${tail}\r\n`, 'gbk')]);
    const source = await ingestBytes(new Uint8Array(bytes), 'tail.txt');
    expect([source.original.split('\n').filter((line) => line !== ''), source.notices]).toEqual([
      [...REPORT, tail],
      ['文件混用了 UTF-8 和 GBK 两种编码(1 行为 GBK),已逐行按各自的编码读取;请核对结果,并把文件另存为统一的 UTF-8 编码'],
    ]);
  });

  it('still refuses bytes with control characters throughout', async () => {
    const noisy = Buffer.from([...REPORT.slice(0, 3).join('\n')].map((char, k) => (k % 6 === 0 ? `${char}\u001a` : char)).join(''));
    expect(await refusal(ingestBytes(new Uint8Array(noisy), 'noisy.txt'), 'noisy.txt')).toContain('内容像是二进制数据');
  });
});

describe('mails and sheets of other shapes (guards)', () => {
  it('reads a short report Gmail forwards in HTML, its forwarded headers left out', async () => {
    const body = REPORT.map((line) => `<div>${line}</div>`).join('');
    const gmail =
      `<div dir="ltr">请查阅<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>` +
      `发件人： <strong class="gmail_sendername" dir="auto">张三</strong> <span dir="auto">&lt;<a href="mailto:a@example.cn">a@example.cn</a>&gt;</span><br>` +
      `Date: 2026年3月3日周二 10:00<br>Subject: ${title}<br>To: &lt;<a href="mailto:b@example.cn">b@example.cn</a>&gt;<br></div><br><br>${body}</div></div>`;
    expect(await filled(htmlMail(gmail), 'gmail.eml')).toEqual(REPORT);
  });

  it('reads a mail’s text in the charsets mail programs name GBK by', async () => {
    for (const charset of ['x-gbk', 'gb_2312-80', 'x-euc-cn', 'cp936', 'csGB2312']) {
      const body = iconv.encode(`${REPORT.join('\r\n')}\r\n`, 'gbk').toString('base64');
      expect(
        await filled(mail(`Subject: x\r\nContent-Type: text/plain; charset="${charset}"\r\nContent-Transfer-Encoding: base64`, body), `${charset}.eml`),
      ).toEqual(REPORT);
    }
  });

  it('reads a sheet Excel saved as Unicode text (UTF-16, tabs) named .txt as a table', async () => {
    const table = ['指标\t2025年\t2024年', '审查规范性文件(件)\t17\t12', '行政复议案件(件)\t52\t40'].join('\r\n');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(`${title}\r\n${table}\r\n${closing}\r\n`, 'utf16le')]);
    expect(await filled(new Uint8Array(bytes), 'unicode.txt')).toEqual([
      title,
      '指标 | 2025年 | 2024年',
      '审查规范性文件(件) | 17 | 12',
      '行政复议案件(件) | 52 | 40',
      closing,
    ]);
  });
});
