import { readFileSync } from 'node:fs';
import type { TableCell } from 'docx';
import path from 'node:path';
import iconv from 'iconv-lite';
import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { foldCharacters, ingestBytes } from '../../src/ingest/index.js';
import { packageRoot } from '../../src/paths.js';
import {
  REPORT_LINES,
  REPORT_TEXT,
  TRADITIONAL_AS_SIMPLIFIED,
  TRADITIONAL_TEXT,
  docxFile,
  hasChromium,
  mhtmlArchive,
  pdfFromHtml,
  portalPage,
  printableHtml,
  sentences,
} from './fixtures.js';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const withBom = (bom: number[], body: Uint8Array) => new Uint8Array([...bom, ...body]);

describe('plain text in every encoding gives the same normalised text', async () => {
  const reference = await ingestBytes(utf8(REPORT_TEXT), 'report.txt');

  it('UTF-8: keeps the lines, folds full-width forms, keeps the original', () => {
    expect(reference.format).toBe('txt');
    expect(reference.encoding).toBe('utf-8');
    expect(reference.original).toBe(REPORT_TEXT);
    expect(reference.text).toContain('合法性审查率达到100%。');
    expect(reference.text).toContain('(一)健全依法决策机制');
    expect(reference.text.length).toBe(reference.original.length);
    expect(reference.traditional).toBe(false);
  });

  const cases: Array<[string, Uint8Array, string]> = [
    ['GBK', iconv.encode(REPORT_TEXT, 'gbk'), 'gb18030'],
    ['GB18030', iconv.encode(REPORT_TEXT, 'gb18030'), 'gb18030'],
    ['UTF-8 with BOM', withBom([0xef, 0xbb, 0xbf], utf8(REPORT_TEXT)), 'utf-8'],
    ['UTF-16LE with BOM', withBom([0xff, 0xfe], iconv.encode(REPORT_TEXT, 'utf-16le')), 'utf-16le'],
    ['UTF-16BE with BOM', withBom([0xfe, 0xff], iconv.encode(REPORT_TEXT, 'utf-16be')), 'utf-16be'],
    ['UTF-16LE without BOM', iconv.encode(REPORT_TEXT, 'utf-16le'), 'utf-16le'],
    ['UTF-16BE without BOM', iconv.encode(REPORT_TEXT, 'utf-16be'), 'utf-16be'],
    ['UTF-8 with CRLF line ends', utf8(REPORT_TEXT.replace(/\n/g, '\r\n')), 'utf-8'],
  ];
  it.each(cases)('%s', async (_name, bytes, encoding) => {
    const source = await ingestBytes(bytes, 'report.txt');
    expect(source.encoding).toBe(encoding);
    expect(source.text).toBe(reference.text);
    expect(source.original).toBe(reference.original);
  });

  it('Big5 traditional text is decoded and folded to simplified', async () => {
    const source = await ingestBytes(iconv.encode(TRADITIONAL_TEXT, 'big5'), 'report.txt');
    expect(source.encoding).toBe('big5');
    expect(source.original).toBe(TRADITIONAL_TEXT);
    expect(source.text).toBe(TRADITIONAL_AS_SIMPLIFIED);
    expect(source.traditional).toBe(true);
  });
});

describe('traditional characters', () => {
  it('are converted to simplified, offsets aligned with the original', async () => {
    const source = await ingestBytes(utf8(TRADITIONAL_TEXT), 'report.txt');
    expect(source.text).toBe(TRADITIONAL_AS_SIMPLIFIED);
    expect(source.original).toBe(TRADITIONAL_TEXT);
    expect(source.traditional).toBe(true);
    const start = source.text.indexOf('行政复议');
    expect(source.original.slice(start, start + 4)).toBe('行政復議');
  });

  it('simplified words that look traditional stay as they are', () => {
    expect(foldCharacters('成效显著,著作权保护,乾隆年间')).toBe('成效显著,著作权保护,乾隆年间');
  });
});

describe('web pages', () => {
  it('keep the headline, the date line and the report body, and drop the site chrome', async () => {
    const source = await ingestBytes(utf8(portalPage()), 'report.html');
    expect(source.format).toBe('html');
    expect(source.text).toBe(foldCharacters(REPORT_TEXT));
    expect(source.text.length).toBe(source.original.length);
  });

  it('are recognised by their markup whatever the extension', async () => {
    const source = await ingestBytes(utf8(portalPage()), 'report.txt');
    expect(source.format).toBe('html');
    expect(source.text).toBe(foldCharacters(REPORT_TEXT));
  });

  it('in GBK are decoded by their declared charset', async () => {
    const page = portalPage().replace('charset="utf-8"', 'charset="gb2312"');
    const source = await ingestBytes(iconv.encode(page, 'gbk'), 'report.htm');
    expect(source.encoding).toBe('gb18030');
    expect(source.text).toBe(foldCharacters(REPORT_TEXT));
  });

  it('without a known container use the element with the most paragraph text', async () => {
    const page = portalPage().replace('id="zoom"', 'class="wrapper-x"').replace('class="article"', 'class="box-y"');
    const source = await ingestBytes(utf8(page), 'report.html');
    expect(sentences(source.text)).toEqual(sentences(foldCharacters(REPORT_TEXT)));
  });

  it('saved as MHTML (GBK, quoted-printable) give the same text', async () => {
    const source = await ingestBytes(mhtmlArchive(), 'report.mhtml');
    expect(source.format).toBe('html');
    expect(source.encoding).toBe('gb18030');
    expect(source.text).toBe(foldCharacters(REPORT_TEXT));
  });

  // only the longest paragraph was read: htmlparser2 puts no <body> around a fragment
  it('saved as a fragment, paragraphs with no <html> or <body> around them, give every paragraph', async () => {
    const fragment = REPORT_LINES.map((line) => `<p>${line}</p>`).join('\n');
    const source = await ingestBytes(utf8(fragment), 'fragment.html');
    expect(source.text).toBe(foldCharacters(REPORT_TEXT));
  });

  it('deeply nested markup does not overflow the stack', async () => {
    const depth = 20_000;
    const html = `<html><body>${'<div><span>'.repeat(depth)}全年办结案件12件。${'</span></div>'.repeat(depth)}</body></html>`;
    const source = await ingestBytes(utf8(html), 'deep.html');
    expect(source.text).toBe('全年办结案件12件。');
  });

  // a WeChat article as the browser saves it: every paragraph a <section> of <span>s, none a <p>,
  // so the longest paragraph alone was read as the body
  it('saved from WeChat give the whole article, without its links to other articles nor what follows it', async () => {
    const section = (inner: string) => `<section style="text-indent: 2em;">${inner}</section>`;
    const leaf = (text: string) => `<span leaf="">${text}</span>`;
    const figure = (digits: string) => `<strong><span leaf="" style="color: rgb(192, 0, 0);">${digits}</span></strong>`;
    const page = `<html><head><title>某区2025年法治政府建设情况报告</title></head><body><div id="js_article" class="rich_media"><div id="img-content">
      <h1 class="rich_media_title">某区2025年法治政府建设情况报告</h1>
      <div id="meta_content"><span>某区司法局</span> <em id="publish_time">2026年3月2日 09:15</em></div>
      <div class="rich_media_content" id="js_content">
        ${section(`<section>${leaf('<strong>一、主要举措和成效</strong>')}</section>`)}
        ${section(leaf('全区审查行政规范性文件') + figure('2&#8203;1') + leaf('件,公平竞&shy;争审查全覆盖。'))}
        ${section(leaf('全区持证行政执法人员') + figure('1​206') + leaf('名,配备执法记录仪') + figure('3&shy;40') + leaf('台。'))}
        ${section(leaf('往期推荐'))}
        ${section('<a href="https://mp.weixin.qq.com/s?__biz=x&amp;mid=1">' + leaf('数说2024|全区审查规范性文件18件') + '</a>')}
        ${section('<a href="https://mp.weixin.qq.com/s?__biz=x&amp;mid=2">' + leaf('邻市执法人员2,406名全部持证上岗') + '</a>')}
      </div>
      <div class="rich_media_tool"><a href="##">阅读原文</a> <span>阅读 1,024</span></div>
      <div class="discuss_container"><ul><li><strong>读者甲</strong><span>我们街道去年审查了30多件</span></li></ul></div>
    </div></div></body></html>`;
    const source = await ingestBytes(utf8(page), 'article.html');
    expect(source.text.split('\n')).toEqual([
      '某区2025年法治政府建设情况报告',
      '某区司法局 2026年3月2日 09:15',
      '一、主要举措和成效',
      '全区审查行政规范性文件21件,公平竞争审查全覆盖。',
      '全区持证行政执法人员1206名,配备执法记录仪340台。',
      '往期推荐',
    ]);
  });

  it('join source lines wrapped inside a Chinese paragraph without a space', async () => {
    const html =
      '<html><body><div id="zoom"><p>全年审查规范性文件\n      12件,合法性审查\n      率达到100%。</p><p>第二段<br>换行后的内容。</p></div></body></html>';
    const source = await ingestBytes(utf8(html), 'page.html');
    expect(source.text).toBe('全年审查规范性文件 12件,合法性审查率达到100%。\n第二段\n换行后的内容。');
  });
});

describe('Word documents', () => {
  it('give one paragraph per line, the same text as plain text', async () => {
    const source = await ingestBytes(await docxFile(), 'report.docx');
    expect(source.format).toBe('docx');
    expect(source.encoding).toBe('binary');
    expect(source.original).toBe(REPORT_TEXT);
  });

  it("write a table's row of figures on one line, as a web page's, the latest year's column first", async () => {
    const { Document, Packer, Paragraph, Table, TableCell, TableRow } = await import('docx');
    const row = (cells: string[]) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) });
    const long =
      '本表所列数据均为本单位年度统计口径,其中执法人员为持有行政执法证件的在编人员,不含协管人员和聘用人员;执法记录仪为在用设备,不含已报废和送修的设备;案件数以立案时间为准,不含移送其他机关的案件。';
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph('主要数据如下:'),
            new Table({ rows: [row(['项目', '2022年', '2023年']), row(['持证执法人员(名)', '38', '41'])] }),
            // a layout table: a cell that holds a paragraph of text keeps its row one cell per line
            new Table({ rows: [row(['说明', long])] }),
          ],
        },
      ],
    });
    const source = await ingestBytes(new Uint8Array(await Packer.toBuffer(document)), 'report.docx');
    expect(source.text.split('\n')).toEqual(['主要数据如下:', '项目 | 2023年 | 2022年', '持证执法人员(名) | 41 | 38', '说明', long]);
  });
});

describe('Word documents as they print', () => {
  /** A .docx whose body is the given WordprocessingML paragraphs. */
  const docxWithBody = async (body: string): Promise<Uint8Array> => {
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(await docxFile([]));
    const document = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', document.replace('<w:body>', `<w:body>${body}`));
    return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
  };
  const run = (text: string, properties = '') => `<w:r>${properties && `<w:rPr>${properties}</w:rPr>`}<w:t xml:space="preserve">${text}</w:t></w:r>`;
  const paragraph = (content: string, style?: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${content}</w:p>`;
  const fieldChar = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
  /** A line of a table of contents as Word writes it: a link to the heading's bookmark, a tab and the page number. */
  const contentsLine = (heading: string, page: number, bookmark: string) =>
    `<w:hyperlink w:anchor="${bookmark}">${run(heading)}<w:r><w:tab/></w:r>${run(String(page))}</w:hyperlink>`;

  it('leave out a table of contents: in a content control, styled toc N or a line linked to a heading', async () => {
    const contents =
      '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>' +
      paragraph(run('目录'), 'TOCHeading') +
      paragraph(
        `${fieldChar('begin')}<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h </w:instrText></w:r>${fieldChar('separate')}${contentsLine('一、主要举措和成效', 1, '_Toc101')}`,
        'TOC1',
      ) +
      // a line its writer styled by hand
      paragraph(contentsLine('二、存在的不足', 3, '_Toc102') + fieldChar('end')) +
      '</w:sdtContent></w:sdt>';
    const body = [
      paragraph(run('一、主要举措和成效')),
      paragraph(run('全年审查合同40件。')),
      paragraph(run('二、存在的不足')),
      paragraph(run('执法力量不足。')),
    ];
    const source = await ingestBytes(await docxWithBody(contents + body.join('')), 'report.docx');
    expect(source.text.split('\n')).toEqual(['一、主要举措和成效', '全年审查合同40件。', '二、存在的不足', '执法力量不足。']);
  });

  it('leave out hidden text (w:vanish, w:specVanish), but not text whose hiding is switched off', async () => {
    const body =
      paragraph(run('全年审查合同') + run('(初稿为45件)', '<w:vanish/>') + run('40件。')) +
      paragraph(run('培训执法人员') + run('1,500人次', '<w:b/><w:specVanish/>') + run('1,200人次。', '<w:vanish w:val="0"/>'));
    const source = await ingestBytes(await docxWithBody(body), 'report.docx');
    expect(source.text.split('\n')).toEqual(['全年审查合同40件。', '培训执法人员1,200人次。']);
  });

  // mammoth skips these elements with their text: the figure was lost, 审查合同件
  it('read the result of a simple field, text set in a direction and the base of a ruby, not its pronunciation', async () => {
    const ruby = (base: string, pronunciation: string) =>
      `<w:r><w:rPr><w:b/></w:rPr><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/></w:rubyPr><w:rt>${run(pronunciation)}</w:rt><w:rubyBase>${run(base)}</w:rubyBase></w:ruby></w:r>`;
    const body =
      paragraph(
        run('全年审查合同') + `<w:fldSimple w:instr=" =SUM(ABOVE) "><w:r><w:t>40</w:t></w:r></w:fldSimple>` + run('件。') + '<w:fldSimple w:instr="PAGE"/>',
      ) +
      paragraph(run('培训执法人员') + `<w:dir w:val="ltr">${run('1,200')}</w:dir><w:bdo w:val="ltr">${run('人次')}</w:bdo>` + run('。')) +
      paragraph(ruby('审查', 'shěn chá') + run('规范性文件') + ruby('12', 'shí èr') + run('件。'));
    const source = await ingestBytes(await docxWithBody(body), 'report.docx');
    expect(source.text.split('\n')).toEqual(['全年审查合同40件。', '培训执法人员1,200人次。', '审查规范性文件12件。']);
  });

  describe('read the text of a text box after its paragraph, once', () => {
    const lines = ['全年审查合同40件。', '培训执法人员1,200人次。'];
    const box = lines.map((line) => paragraph(run(line))).join('');
    const drawing = `<w:drawing><wp:anchor><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>${box}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
    const choice = `<mc:Choice Requires="wps">${drawing}</mc:Choice>`;
    const fallback = `<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${box}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>`;
    // mammoth reads only the VML fallback: WPS writes none, and a generator may write the drawing alone; the report was lost
    it.each([
      ['as Word writes it, a drawing with a VML fallback', `<mc:AlternateContent>${choice}${fallback}</mc:AlternateContent>`],
      ['as WPS writes it, a drawing with no fallback', `<mc:AlternateContent>${choice}</mc:AlternateContent>`],
      ['a drawing alone', drawing],
    ])('%s', async (_name, shape) => {
      const source = await ingestBytes(await docxWithBody(paragraph(run('主要数据如下:') + `<w:r>${shape}</w:r>`)), 'report.docx');
      expect(source.text.split('\n')).toEqual(['主要数据如下:', ...lines]);
    });
  });
});

describe('Word documents with notes', () => {
  // mammoth's raw text leaves notes out: a figure a report gave only in a footnote was lost
  // (fix-w123) a paragraph's footnote is read after the sentence its mark stands in, in that paragraph: read after the
  // paragraph, its figures took the subject of the paragraph's last sentence
  it('read a footnote after the sentence or table that refers to it, and the endnotes at the end, without their marks', async () => {
    const { Document, EndnoteReferenceRun, FootnoteReferenceRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } = await import('docx');
    const cell = (children: Array<InstanceType<typeof TextRun>>) => new TableCell({ children: [new Paragraph({ children })] });
    const document = new Document({
      footnotes: {
        1: { children: [new Paragraph('其中审查合同40件,出具审查意见96件。')] },
        2: { children: [new Paragraph('含新聘公职律师5名。')] },
      },
      endnotes: { 1: { children: [new Paragraph('2020年化解纠纷1,870件。')] } },
      sections: [
        {
          children: [
            new Paragraph({
              children: [new TextRun('全面实行合法性审查'), new FootnoteReferenceRun(1), new TextRun(',审查率100%。'), new EndnoteReferenceRun(1)],
            }),
            new Table({ rows: [new TableRow({ children: [cell([new TextRun('公职律师(名)'), new FootnoteReferenceRun(2)]), cell([new TextRun('21')])] })] }),
            new Paragraph('二、存在的问题'),
          ],
        },
      ],
    });
    const source = await ingestBytes(new Uint8Array(await Packer.toBuffer(document)), 'report.docx');
    expect(source.text.split('\n')).toEqual([
      '全面实行合法性审查,审查率100%。其中审查合同40件,出具审查意见96件。',
      '公职律师(名) | 21',
      '含新聘公职律师5名。',
      '二、存在的问题',
      '2020年化解纠纷1,870件。',
    ]);
  });
});

describe('Word tables with merged cells', () => {
  it('write a cell merged down in each row it spans, and a cell merged across once', async () => {
    const { Paragraph, TableCell } = await import('docx');
    const cell = (text: string, span: { rowSpan?: number; columnSpan?: number } = {}) => new TableCell({ children: [new Paragraph(text)], ...span });
    const rows = [
      [cell('类别', { rowSpan: 2 }), cell('项目', { rowSpan: 2 }), cell('数量（件）', { columnSpan: 2 })],
      [cell('2023年'), cell('2022年')],
      [cell('行政复议', { rowSpan: 2 }), cell('收到申请'), cell('64'), cell('51')],
      [cell('审结'), cell('60'), cell('49')],
      [cell('负责人出庭应诉案件', { columnSpan: 2 }), cell('38'), cell('40')],
    ];
    expect(await linesOfDocxTable(rows)).toEqual([
      '类别 | 项目 | 数量(件)',
      '类别 | 项目 | 2023年 | 2022年',
      '行政复议收到申请(件) | 64 | 51',
      '行政复议审结(件) | 60 | 49',
      '负责人出庭应诉案件(件) | 38 | 40',
    ]);
  });
});

describe('a web page with a two-column body and a table printed to PDF by Chromium (heldout22)', () => {
  it('reads the stretched spaces of a justified line as none, and each table row as cells on a line of its own', async () => {
    const file = path.join(packageRoot, 'test', 'fixtures', 'heldout22', 'nanmei_district_2022_twocol.pdf');
    const { text } = await ingestBytes(new Uint8Array(readFileSync(file)), file);
    expect(text).toContain('区政府常务会议学法不少于10次;行政规范性文件合法性审核率保持');
    expect(text).toContain('\n指标名称 | 单位 | 2022年完成 | 2021年完成\n');
    expect(text).toContain('\n公职律师(名) | 31 | 24\n');
  });
});

describe('a letter-spaced web page printed to PDF by Chromium (heldout25)', () => {
  it('closes up the letter spacing of every line, its digits with it', async () => {
    const file = path.join(packageRoot, 'test', 'fixtures', 'heldout25', 'shilong_township_2017_spaced.pdf');
    const { text } = await ingestBytes(new Uint8Array(readFileSync(file)), file);
    // the title one run a character, the body one run a line
    expect(text).toMatch(/^石垅乡2017年依法行政工作情况报告\n/);
    expect(text).toContain('审查乡政府签订的合同协议12件,提出修改意见19条。');
    expect(text).toContain('出庭应诉率100%,无败诉案件。');
  });
});

describe('web page tables with merged cells', () => {
  it('write a cell merged down by rowspan in each row it spans, but not a cell of page layout', async () => {
    const long = '本栏说明:'.padEnd(120, '数据为本单位年度统计口径');
    const html =
      '<html><body><div class="article"><h1>某县2023年法治政府建设情况报告</h1><p>2023年,全县行政复议和行政应诉情况见下表。</p>' +
      '<table><tr><th rowspan="2">类别</th><th rowspan="2">项目</th><th colspan="2">数量（件）</th></tr><tr><th>2023年</th><th>2022年</th></tr>' +
      '<tr><td rowspan="2">行政复议</td><td>收到申请</td><td>64</td><td>51</td></tr><tr><td>审结</td><td>60</td><td>49</td></tr></table>' +
      `<table><tr><td rowspan="2">${long}</td><td>执法人员(名)</td><td>38</td></tr><tr><td>执法记录仪(台)</td><td>12</td></tr></table></div></body></html>`;
    const source = await ingestBytes(new TextEncoder().encode(html), 'report.html');
    expect(source.text.split('\n').slice(2)).toEqual([
      '类别 | 项目 | 数量(件)',
      '类别 | 项目 | 2023年 | 2022年',
      '行政复议收到申请(件) | 64 | 51',
      '行政复议审结(件) | 60 | 49',
      // a row with a cell of page layout is no row of figures, and its cell stands in no other row
      `${long} 执法人员(名) 38`,
      '执法记录仪(台) | 12',
    ]);
  });
});

describe('tables with a last column merged down (备注)', () => {
  it('write it in each row it spans, in a web page also past the end of a row written short', async () => {
    const html =
      '<html><body><div class="article"><h1>某县2023年法治政府建设情况报告</h1><p>2023年,全县行政复议情况见下表。</p>' +
      '<table><tr><th>项目</th><th>数量（件）</th><th>备注</th></tr><tr><td>收到申请</td><td>64</td><td rowspan="3">含补正后受理</td></tr>' +
      '<tr><td>审结</td></tr><tr><td>纠错</td><td>5</td></tr></table></div></body></html>';
    const source = await ingestBytes(new TextEncoder().encode(html), 'report.html');
    expect(source.text.split('\n').slice(2)).toEqual([
      '项目 | 数量(件) | 备注',
      '收到申请(件) | 64 | 含补正后受理',
      '审结 | 含补正后受理',
      '纠错(件) | 5 | 含补正后受理',
    ]);
  });

  it('write it in each row it spans in a Word table (w:vMerge)', async () => {
    const { Paragraph, TableCell } = await import('docx');
    const cell = (text: string, rowSpan = 1) => new TableCell({ children: [new Paragraph(text)], rowSpan });
    const rows = [
      [cell('项目'), cell('数量（件）'), cell('备注')],
      [cell('收到申请'), cell('64'), cell('含补正后受理', 3)],
      [cell('审结'), cell('60')],
      [cell('纠错'), cell('5')],
    ];
    expect(await linesOfDocxTable(rows)).toEqual([
      '项目 | 数量(件) | 备注',
      '收到申请(件) | 64 | 含补正后受理',
      '审结(件) | 60 | 含补正后受理',
      '纠错(件) | 5 | 含补正后受理',
    ]);
  });
});

describe('Word documents whose body is a web page embedded whole (<w:altChunk>)', () => {
  // as an office system's export writes them: Word shows the page in place; mammoth skipped it and the document was "empty"
  it('give the text of the embedded page, as the page read on its own gives it', async () => {
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(await docxFile([]));
    const document = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', document.replace('<w:body>', '<w:body><w:altChunk r:id="chunk1"/>'));
    const relations = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const chunk = '<Relationship Id="chunk1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="afchunk.mht"/>';
    zip.file('word/_rels/document.xml.rels', relations.replace('</Relationships>', `${chunk}</Relationships>`));
    zip.file('word/afchunk.mht', mhtmlArchive());
    const source = await ingestBytes(new Uint8Array(await zip.generateAsync({ type: 'uint8array' })), 'export.docx');
    expect(source.format).toBe('docx');
    expect(source.text).toBe((await ingestBytes(mhtmlArchive(), 'report.mhtml')).text);
  });
});

describe.skipIf(!hasChromium)('PDF with a text layer (needs /usr/bin/chromium)', () => {
  it('rejoins wrapped lines into the same sentences and drops running headers and page numbers', async () => {
    // Long enough to run over several A5 pages, so headers, footers and page breaks occur.
    const lines = [...REPORT_LINES.slice(0, 4), ...REPORT_LINES.slice(4, 6).flatMap((line) => [line, line, line]), ...REPORT_LINES.slice(6)];
    const pdf = await pdfFromHtml(printableHtml(lines));
    expect((await getDocumentProxy(new Uint8Array(pdf))).numPages).toBeGreaterThanOrEqual(2);
    const source = await ingestBytes(pdf, 'report.pdf');
    expect(source.format).toBe('pdf');
    expect(sentences(source.text)).toEqual(sentences(foldCharacters(lines.join('\n'))));
    expect(source.text).not.toContain('某某县人民政府文件');
  }, 60_000);
});

/** The lines a .docx holding one table of these rows is read as. */
async function linesOfDocxTable(rows: TableCell[][]): Promise<string[]> {
  const { Document, Packer, Table, TableRow } = await import('docx');
  const document = new Document({ sections: [{ children: [new Table({ rows: rows.map((children) => new TableRow({ children })) })] }] });
  const source = await ingestBytes(new Uint8Array(await Packer.toBuffer(document)), 'report.docx');
  return source.text.split('\n');
}
