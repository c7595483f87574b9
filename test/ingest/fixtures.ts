import fs from 'node:fs';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import iconv from 'iconv-lite';

/** A short report written for these tests, with full-width punctuation as officials type it. */
export const REPORT_LINES = [
  '某某县人民政府关于2022年度法治政府建设情况的报告',
  '日期：2023-03-01',
  '2022年，我县以提升依法行政能力为主线，扎实推进各项工作。现将情况报告如下：',
  '一、主要举措和成效',
  '（一）健全依法决策机制。全年审查县政府规范性文件12件，合法性审查率达到100％。重大行政决策事项目录向社会公布，听证会召开2次，专家论证意见全部采纳或说明理由。',
  '（二）规范行政执法行为。组织执法人员参加专题培训3期，累计培训460人次。全县行政执法案卷评查覆盖全部执法部门，发现并督促整改问题17个，整改完成率为94.1％。',
  '二、存在的不足',
  '部分乡镇对法治建设重视程度不够，执法队伍专业化水平有待提高。',
  '三、下一步工作安排',
  '一是持续完善考核办法；二是加强执法监督检查。',
];
export const REPORT_TEXT = REPORT_LINES.join('\n');

/** The same report in traditional characters, written by hand, with its simplified reading. */
export const TRADITIONAL_TEXT = [
  '某某縣人民政府關於2022年度法治政府建設情況的報告',
  '2022年，本縣堅持依法行政，認真開展執法監督。全年審查規範性文件12件，行政復議案件辦結率達到100％。',
  '二、存在的問題',
  '執法隊伍專業化水平有待進一步提高，線上服務還不夠完善。',
].join('\n');
export const TRADITIONAL_AS_SIMPLIFIED = [
  '某某县人民政府关于2022年度法治政府建设情况的报告',
  '2022年,本县坚持依法行政,认真开展执法监督。全年审查规范性文件12件,行政复议案件办结率达到100%。',
  '二、存在的问题',
  '执法队伍专业化水平有待进一步提高,线上服务还不够完善。',
].join('\n');

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A portal page: navigation, scripts, styles, breadcrumb, meta line, the report in #zoom, share bar, footer. */
export function portalPage(lines: readonly string[] = REPORT_LINES): string {
  const [title, date, ...body] = lines;
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${title}_某某县人民政府网</title>
<style>.nav { color: red } p { text-indent: 2em }</style>
<script>var pageConfig = { "某某县人民政府": 1 }; document.write('<p>脚本里的文字</p>');</script></head>
<body>
<header><div class="logo">某某县人民政府</div></header>
<nav><ul><li><a href="/">首页</a></li><li><a href="/gk">政务公开</a></li><li><a href="/hd">互动交流</a></li></ul></nav>
<div class="search">请输入检索词 <button>搜索</button></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/gk">政务公开</a> &gt; 法治政府建设年度报告</div>
<div class="main">
  <div class="sidebar"><h3>热点专题</h3><ul><li>营商环境专栏</li><li>乡村振兴专栏</li></ul></div>
  <div class="article">
    <h1 class="title">${title}</h1>
    <div class="info"><div>${date}</div><div>来源：县司法局</div><div>字体：<a>大</a> <a>中</a> <a>小</a></div></div>
    <div id="zoom">
${body.map((line) => `      <p>&nbsp;&nbsp;${escapeHtml(line)}</p>`).join('\n')}
    </div>
    <div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
    <div class="tools">【打印本页】 【关闭窗口】</div>
  </div>
</div>
<footer><p>主办单位：某某县人民政府办公室 版权所有：某某县人民政府</p><p>某ICP备12345678号 网站标识码：1234000001</p></footer>
</body></html>`;
}

/** RFC 2045 quoted-printable, for building MHTML fixtures. */
export function quotedPrintable(bytes: Uint8Array): string {
  let out = '';
  let lineLength = 0;
  for (const byte of bytes) {
    const piece =
      byte === 0x0a
        ? '\r\n'
        : byte >= 0x21 && byte <= 0x7e && byte !== 0x3d
          ? String.fromCharCode(byte)
          : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    if (piece === '\r\n') lineLength = 0;
    else if (lineLength + piece.length > 73) {
      out += '=\r\n';
      lineLength = 0;
    }
    out += piece;
    if (piece !== '\r\n') lineLength += piece.length;
  }
  return out;
}

/** A page saved by a browser as .mhtml, its HTML part in GBK and quoted-printable. */
export function mhtmlArchive(html = portalPage()): Uint8Array {
  const htmlBytes = iconv.encode(html.replace('charset="utf-8"', 'charset="gbk"'), 'gbk');
  const message = [
    'From: <Saved by Blink>',
    'Snapshot-Content-Location: https://www.example.gov.cn/art/2023/3/1/art_1.html',
    'Subject: =?utf-8?Q?report?=',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    '\tboundary="----MultipartBoundary--abc123----"',
    '',
    '',
    '------MultipartBoundary--abc123----',
    'Content-Type: text/html; charset=gbk',
    'Content-ID: <frame-1@mhtml.blink>',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: https://www.example.gov.cn/art/2023/3/1/art_1.html',
    '',
    quotedPrintable(htmlBytes),
    '',
    '------MultipartBoundary--abc123----',
    'Content-Type: text/css',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from('p { margin: 0 }').toString('base64'),
    '',
    '------MultipartBoundary--abc123------',
    '',
  ].join('\r\n');
  return new Uint8Array(Buffer.from(message, 'latin1'));
}

export async function docxFile(lines: readonly string[] = REPORT_LINES): Promise<Uint8Array> {
  const document = new Document({
    sections: [{ children: lines.map((line) => new Paragraph({ children: [new TextRun(line)] })) }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);

/**
 * Prints HTML to PDF with Chromium; wqy-zenhei gives the Chinese text a real text layer.
 * A running header and a page-number footer are added on every page.
 */
export async function pdfFromHtml(html: string): Promise<Uint8Array> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    const pdf = await page.pdf({
      format: 'A5',
      displayHeaderFooter: true,
      headerTemplate: '<div style="font-size:9px;width:100%;text-align:center">某某县人民政府文件</div>',
      footerTemplate: '<div style="font-size:9px;width:100%;text-align:center">- <span class="pageNumber"></span> -</div>',
      margin: { top: '50px', bottom: '50px', left: '40px', right: '40px' },
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}

/** A plain printable document: the report as paragraphs, large enough to run over several pages. */
export function printableHtml(lines: readonly string[] = REPORT_LINES): string {
  return `<html><body style="font-family:'WenQuanYi Zen Hei';font-size:20px">${lines
    .map((line, i) => (i === 0 ? `<h2 style="text-align:center">${line}</h2>` : `<p style="text-indent:2em;margin:0">${line}</p>`))
    .join('')}</body></html>`;
}

/** The real documents in ../shared, read at run time (never copied into the project). */

/** Splits text into sentences and lines, for comparing formats whose line breaks differ. */
export function sentences(text: string): string[] {
  return text
    .split(/\n|(?<=[。;!?])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
