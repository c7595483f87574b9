import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import {
  cidFontPdf,
  cidHex,
  docxOfParts,
  pdfTextAt,
  readText,
  refusal,
  WORD_MAIN as WORD,
  wordDocxBetween,
  wordField as field,
  wordParagraph as paragraph,
  wordRun as run,
  wordSimpleField as simpleField,
  odtOf,
  stored,
  zipFile,
} from './hostile.js';

const title = '某某县2025年度法治政府建设情况报告';
const closing = '二、存在的不足，基层执法力量仍需充实，执法人员培训有待加强。';
const figures = '全年审查规范性文件12件，办理行政复议案件46件，培训执法人员460人次。';

const odtParagraphs = (...paragraphs: string[]) => odtOf(paragraphs.map((p) => `<text:p>${p}</text:p>`).join(''));
/** Text as an RTF of code page 936 writes it: each character past ASCII as \uN (signed, as RTF has it) and a ? for readers without. */
const rtfEscaped = (text: string) =>
  [...text]
    .map((char) => {
      const code = char.charCodeAt(0);
      return code > 127 ? `\\u${code > 32767 ? code - 65536 : code}?` : char;
    })
    .join('');
const rtfOf = (body: string) => `{\\rtf1\\ansi\\ansicpg936\\uc1{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\\f0 ${body}}`;
const mail = (headers: string, body: string) => `From: a@example.cn\r\nTo: b@example.cn\r\nMIME-Version: 1.0\r\n${headers}\r\n\r\n${body}`;

describe('a page field saved with no number between 第 and 页', () => {
  // round 48 reads a page field's number between 第 and 页; a field saved empty left 详见附表（第页）
  it('drops the empty reference with its brackets and the count after it, in Word, RTF and OpenDocument', async () => {
    const docx = wordDocxBetween(title, closing, [
      paragraph(run('具体数据详见附表（第'), field('PAGEREF _Toc1234 \\h', ''), run('页）。')),
      paragraph(run('各乡镇情况另附（见第 '), simpleField('PAGEREF _Ref42 \\h', ''), run(' 页，共'), field('NUMPAGES', ''), run('页），全年审查文件12件。')),
      paragraph(run('第'), field('PAGE', ''), run('页 共'), field('NUMPAGES', ''), run('页')),
    ]);
    expect((await readText(docx, 'empty-page.docx')).split('\n')).toEqual([title, '具体数据详见附表。', '各乡镇情况另附，全年审查文件12件。', closing]);
    const rtf = rtfOf(
      `${rtfEscaped(title)}\\par ${rtfEscaped('执法数据见统计表（第')}{\\field{\\*\\fldinst PAGEREF _Ref7 \\\\h}{\\fldrslt }}${rtfEscaped('页），培训460人次。')}\\par ${rtfEscaped(closing)}\\par `,
    );
    expect((await readText(rtf, 'empty-page.rtf')).split('\n')).toEqual([title, '执法数据见统计表，培训460人次。', closing]);
    const odt = odtParagraphs(title, '复议情况（第<text:page-number text:select-page="current"></text:page-number>页）：办理案件46件。', closing);
    expect((await readText(odt, 'empty-page.odt')).split('\n')).toEqual([title, '复议情况：办理案件46件。', closing]);
  });

  it('keeps a page’s number, and words that only hold 共页 or 第页 characters', async () => {
    const text = `${title}\n详见附表（第5页），共12页。\n升级公共页面3个，开展页岩气开发项目审查2件。\n第3页岩层勘查报告审查1件。\n${closing}\n`;
    expect((await readText(text, 'pages.txt')).split('\n')).toEqual([
      title,
      '详见附表（第5页），共12页。',
      '升级公共页面3个，开展页岩气开发项目审查2件。',
      '第3页岩层勘查报告审查1件。',
      closing,
    ]);
  });
});

describe('a Markdown table with an escaped bar in a cell', () => {
  // \| was read as a bar, then as a border: 审查 | 备案 | 文件12件 put the figure under a third column
  it('keeps the bar in its cell, as a full-width bar, and the row’s cells as they are', async () => {
    const markdown =
      `# ${title}\n\n| 指标 | 完成情况 |\n| --- | --- |\n| 审查\\|备案 | 文件12件 |\n| 复议 | 案件46件 \\| 纠错率8.7% |\n| 培训 | 460人次 |\n\n` +
      `首页 \\| 政务公开\n\n${closing}\n`;
    expect((await readText(markdown, 'bars.md')).split('\n').filter((line) => line !== '')).toEqual([
      title,
      '指标 | 完成情况',
      '审查｜备案 | 文件12件',
      '复议 | 案件46件 ｜ 纠错率8.7%',
      '培训 | 460人次',
      '首页 ｜ 政务公开',
      closing,
    ]);
  });
});

describe('a PDF page of two lines, the first set in', () => {
  // with two lines, the right edge is the longer one's, which the title all but reached: it ran into the text
  it('keeps a title, a heading or an issuer set in over a line at the margin apart', async () => {
    const twoLines = cidFontPdf([pdfTextAt(100, 800, title), pdfTextAt(40, 770, '全年审查规范性文件12件，办理行政复议案件46件。')].join('\n'));
    expect((await readText(twoLines, 'two.pdf')).split('\n')).toEqual([title, '全年审查规范性文件12件，办理行政复议案件46件。']);
    const cover = cidFontPdf([pdfTextAt(150, 800, '某某县人民政府'), pdfTextAt(40, 760, '关于2025年度法治政府建设情况的报告')].join('\n'));
    expect((await readText(cover, 'cover.pdf')).split('\n')).toEqual(['某某县人民政府', '关于2025年度法治政府建设情况的报告']);
  });

  it('still joins a paragraph’s first line, indented by two characters, to the line under it', async () => {
    const wrapped = cidFontPdf(
      [pdfTextAt(100, 800, title), pdfTextAt(64, 770, '全年审查规范性文件12件，办理行政复议案件46件，培训执'), pdfTextAt(40, 750, '法人员460人次。')].join(
        '\n',
      ),
    );
    expect((await readText(wrapped, 'wrapped.pdf')).split('\n')).toEqual([title, figures]);
  });
});

describe('a sheet saved as tab-separated values, or with Excel’s sep= line', () => {
  // a .tsv was read as a text: its header row kept its tabs (指标⇥数值) while its rows were set as a table's
  it('reads a .tsv as a CSV of tabs, its header as its rows', async () => {
    const tsv = '指标\t数值\n审查规范性文件\t12\n培训执法人员\t460\n';
    expect((await readText(tsv, 'sheet.tsv')).split('\n')).toEqual(['指标 数值', '审查规范性文件 12', '培训执法人员 460']);
    const withUnits = '序号\t指标\t单位\t完成值\t\r\n1\t出具法律意见书\t份\t35\t\r\n2\t调解纠纷\t件\t120\t\r\n';
    expect((await readText(new Uint8Array(iconv.encode(withUnits, 'gbk')), 'units.tsv')).split('\n')).toEqual([
      '指标 | 单位 | 完成值',
      '出具法律意见书(份) | 35',
      '调解纠纷(件) | 120',
    ]);
    // a workbook given the name of one is refused, naming the file
    const workbook = new Uint8Array(zipFile([stored('[Content_Types].xml', '<Types/>'), stored('xl/workbook.xml', '<workbook/>')]));
    expect(await refusal(ingestBytes(workbook, 'sheet.tsv'), 'sheet.tsv')).toContain('Excel 表格(.xlsx)');
  });

  // sep=; (a line Excel writes to name the delimiter) stood as the report's first line, sep=
  it('reads the delimiter sep= names and leaves the line out', async () => {
    // (its header of the rows' label and a unit column is a table's since round 51)
    expect((await readText('sep=;\r\n指标;数值;单位\r\n审查规范性文件;12;件\r\n', 'sep.csv')).split('\n')).toEqual([
      '指标 | 数值 | 单位',
      '审查规范性文件(件) | 12',
    ]);
    expect((await readText('"sep=,"\r\n指标,完成值,单位\r\n出庭应诉案件,52,件\r\n', 'quoted-sep.csv')).split('\n')).toEqual([
      '指标 | 完成值 | 单位',
      '出庭应诉案件(件) | 52',
    ]);
    // a first cell that only begins so is a row
    expect((await readText('sep=年度,值\n2025,12\n', 'not-sep.csv')).split('\n')).toEqual(['sep=年度 值', '2025 12']);
  });
});

describe('a mail whose text is sent format=flowed', () => {
  // a line ending in a space goes on in the next (RFC 3676): 办理案件4 ⏎6件 was read as 4 and 6件
  it('joins the soft breaks, dropping their spaces where delsp=yes, and keeps the hard ones', async () => {
    const body = `${title}\r\n全年审查规范性文件12件，办理行政复议案件4 \r\n6件，培训执法人员460人次。\r\n${closing}\r\n`;
    const flowed = mail('Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\r\nContent-Transfer-Encoding: 8bit', body);
    expect((await readText(flowed, 'flowed.eml')).split('\n')).toEqual([title, figures, closing]);
    const spaced = mail('Content-Type: text/plain; charset="utf-8"; format="flowed"', `${title}\r\nThe county held 12 \r\nmeetings.\r\n ${closing}\r\n`);
    // without delsp the space is the text's own; a line's leading space is the sender's stuffing
    expect((await readText(spaced, 'spaced.eml')).split('\n')).toEqual([title, 'The county held 12 meetings.', closing]);
    // a mail not flowed keeps its lines as they are
    const fixed = mail('Content-Type: text/plain; charset=utf-8', `${title}\r\n全年办理行政复议案件4 \r\n6件。\r\n`);
    expect((await readText(fixed, 'fixed.eml')).split('\n')).toEqual([title, '全年办理行政复议案件4', '6件。']);
  });
});

describe('a mail whose attachment’s long name is split in pieces', () => {
  const report = Buffer.from(iconv.encode(`${title}\r\n${figures}\r\n${closing}\r\n`, 'gbk')).toString('base64');
  // only filename*0* was read, a name with no extension: the attachment was no report and the note 请查收 was read
  it('joins the pieces of an RFC 2231 name, encoded or not, and reads the report attached', async () => {
    const encoded = encodeURIComponent('某某县2025年度法治政府建设情况报告（送审稿）.txt');
    const cut = encoded.indexOf('%', Math.floor(encoded.length / 2));
    const message = mail(
      'Content-Type: multipart/mixed; boundary="part"',
      `--part\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n请查收。\r\n--part\r\nContent-Type: application/octet-stream\r\n` +
        `Content-Disposition: attachment;\r\n filename*0*=UTF-8''${encoded.slice(0, cut)};\r\n filename*1*=${encoded.slice(cut, -4)};\r\n filename*2=".txt"\r\n` +
        `Content-Transfer-Encoding: base64\r\n\r\n${report}\r\n--part--\r\n`,
    );
    const source = await ingestBytes(new Uint8Array(Buffer.from(message)), 'split-name.eml');
    expect(source.original.split('\n')).toEqual([title, figures, closing]);
    expect(source.notices).toEqual(['这是一封电子邮件,已读取其附件「某某县2025年度法治政府建设情况报告（送审稿）.txt」']);
  });

  // a name written unencoded, in UTF-8 or GBK, was read byte by byte: 已读取其附件「æ¥å.txt」
  it('reads a name written in the header unencoded, in UTF-8 or in GBK', async () => {
    for (const [charset, name] of [
      ['utf-8', Buffer.from('法治报告.txt').toString('latin1')],
      ['gbk', Buffer.from(iconv.encode('法治报告.txt', 'gbk')).toString('latin1')],
    ] as const) {
      const message = mail(
        'Content-Type: multipart/mixed; boundary="part"',
        `--part\r\nContent-Type: text/plain; name="${name}"\r\nContent-Disposition: attachment; filename="${name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${report}\r\n--part--\r\n`,
      );
      const source = await ingestBytes(new Uint8Array(Buffer.from(message, 'latin1')), 'raw-name.eml');
      expect(source.original.split('\n'), charset).toEqual([title, figures, closing]);
      expect(source.notices, charset).toEqual(['这是一封电子邮件,已读取其附件「法治报告.txt」']);
    }
  });
});

describe('a mail whose note is over an attachment of no report format', () => {
  const attached = (name: string, type: string, body: string) =>
    `--X\r\nContent-Type: ${type}; name="${name}"\r\nContent-Disposition: attachment; filename="${name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(body).toString('base64')}\r\n`;
  const note = (text: string) => `--X\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${text}\r\n`;
  // 请查收附件。 was read as the report, a line long, and scored
  it('refuses it, naming the mail and its attachments, and reads a report pasted beside a picture', async () => {
    const zipped = mail(
      'Content-Type: multipart/mixed; boundary="X"',
      `${note('请查收附件。')}${attached('报告.zip', 'application/zip', 'PK\x03\x04')}--X--\r\n`,
    );
    const message = await refusal(ingestBytes(new Uint8Array(Buffer.from(zipped)), 'note.eml'), 'note.eml');
    expect(message).toContain('正文只有几句话,不是报告');
    expect(message).toContain('附件「报告.zip」不是能读取的报告格式');
    const pasted = mail(
      'Content-Type: multipart/mixed; boundary="X"',
      `${note(`${title}\r\n2025年，我县坚持以习近平法治思想为指导，认真落实法治政府建设实施纲要，全面推进依法行政。\r\n${figures}\r\n${closing}`)}${attached('logo.png', 'image/png', '\x89PNG')}--X--\r\n`,
    );
    expect((await readText(pasted, 'pasted.eml')).split('\n')).toEqual([
      title,
      '2025年，我县坚持以习近平法治思想为指导，认真落实法治政府建设实施纲要，全面推进依法行政。',
      figures,
      closing,
    ]);
  });
});

describe('an OpenDocument text with a hidden section or a hidden paragraph', () => {
  // an old draft kept in a hidden section (Format ▸ Sections ▸ Hide) was read, its 99件 with it
  it('leaves out what LibreOffice hides, and reads a section shown', async () => {
    const odt = odtOf(
      `<text:p>${title}</text:p><text:section text:name="旧稿" text:display="none"><text:p>全年审查规范性文件99件。</text:p></text:section>` +
        `<text:section text:name="正文"><text:p>${figures}</text:p></text:section>` +
        '<text:p><text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true"/>备注：调解数据待核实88件。</text:p>' +
        '<text:p><text:hidden-paragraph text:condition="ooow:0" text:is-hidden="false"/>调解纠纷120件。</text:p>' +
        `<text:p>${closing}</text:p>`,
    );
    expect((await readText(odt, 'hidden.odt')).split('\n')).toEqual([title, figures, '调解纠纷120件。', closing]);
  });
});

// the brief's other shapes, probed and read right already: kept so they stay so
describe('content controls, fields, notes and symbols in Word, as round 49 probed them', () => {
  const control = (properties: string, content: string) => `<w:sdt><w:sdtPr>${properties}</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;

  it('reads date pickers, combo boxes, nested fields, smart tags, symbols and soft hyphens inside figures', async () => {
    const nested =
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF </w:instrText></w:r>' +
      field('MERGEFIELD 期数', '1') +
      '<w:r><w:instrText> = 1 "是" "否" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      run('12') +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const docx = wordDocxBetween(title, closing, [
      paragraph(run('报告日期：'), control('<w:date w:fullDate="2026-01-15T00:00:00Z"><w:dateFormat w:val="yyyy年M月d日"/></w:date>', run('2026年1月15日'))),
      paragraph(
        run('所属年度：'),
        control('<w:comboBox><w:listItem w:displayText="2024" w:value="2024"/><w:listItem w:displayText="2025" w:value="2025"/></w:comboBox>', run('2025')),
        run('年。'),
      ),
      control('<w:alias w:val="正文"/>', paragraph(run('审查规范性文件1'), control('<w:text/>', run('2')), run('件。'))),
      paragraph(run('办理案件'), field('= 40+6', '46'), run('件，'), simpleField('MERGEFIELD 人数', '460'), run('人次，培训'), nested, run('期。')),
      paragraph(
        run('审查合同4'),
        `<w:smartTag w:element="chmetcnv"><w:smartTagPr><w:attr w:name="UnitName" w:val="份"/></w:smartTagPr>${run('0')}</w:smartTag>`,
        run('份，纠错率8'),
        '<w:r><w:sym w:font="Symbol" w:char="F025"/></w:r>',
        run('，调解1'),
        '<w:r><w:softHyphen/></w:r>',
        run('20件。'),
      ),
    ]);
    expect((await readText(docx, 'controls.docx')).split('\n')).toEqual([
      title,
      '报告日期：2026年1月15日',
      '所属年度：2025年。',
      '审查规范性文件12件。',
      '办理案件46件，460人次，培训12期。',
      '审查合同40份，纠错率8%，调解120件。',
      closing,
    ]);
  });

  // (fix-w123) after the sentence its mark stands in, in its paragraph
  it('reads a footnote referred to inside a figure after its sentence, its mark no digit of the figure', async () => {
    const body = [
      paragraph(run(title)),
      paragraph(
        run('全年审查文件12'),
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>',
        run('件，培训4'),
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>',
        run('60人次。'),
      ),
      paragraph(run(closing)),
    ];
    const docx = docxOfParts({
      'word/document.xml': `<?xml version="1.0"?><w:document xmlns:w="${WORD}"><w:body>${body.join('')}</w:body></w:document>`,
      'word/footnotes.xml': `<?xml version="1.0"?><w:footnotes xmlns:w="${WORD}"><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>${run('含线上培训。')}</w:p></w:footnote></w:footnotes>`,
    });
    expect((await readText(new Uint8Array(docx), 'notes.docx')).split('\n')).toEqual([title, '全年审查文件12件，培训460人次。含线上培训。', closing]);
  });
});

describe('pages, PDFs, archives and mails, as round 49 probed them', () => {
  const page = (body: string, head = '') => `<html><head>${head}</head><body>${body}</body></html>`;

  it('reads a layout of tables in tables, a page in gb2312 declared by http-equiv, and the body before related links', async () => {
    const nested = page(
      `<table><tr><td>首页</td><td><table><tr><td><h1>${title}</h1><p>${figures}</p><table border="1"><tr><td>指标</td><td>数值</td></tr><tr><td>调解纠纷</td><td>120</td></tr></table><p>${closing}</p></td></tr></table></td></tr></table>`,
    );
    expect((await readText(nested, 'layout.html')).split('\n')).toEqual([title, figures, '指标 | 数值', '调解纠纷 | 120', closing]);
    const gb2312 = iconv.encode(
      page(`<h1>${title}</h1><p>${figures}</p><p>${closing}</p>`, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'),
      'gbk',
    );
    expect((await readText(new Uint8Array(gb2312), 'gb2312.html')).split('\n')).toEqual([title, figures, closing]);
    const related = page(
      `<div>首页 政务公开</div><article><h1>${title}</h1><p>2025年，我县坚持以习近平法治思想为指导，全面推进依法行政。</p><p>${figures}</p><p>${closing}</p></article>` +
        '<article><h2>相关链接</h2><ul><li><a href="a">某某县2024年度法治政府建设情况报告</a></li><li><a href="b">某某县2023年度法治政府建设情况报告</a></li></ul></article>',
    );
    expect((await readText(related, 'related.html')).split('\n')).toEqual([
      title,
      '2025年，我县坚持以习近平法治思想为指导，全面推进依法行政。',
      figures,
      closing,
    ]);
  });

  it('reads a PDF figure drawn glyph by glyph backwards or out of order', async () => {
    const glyphs = (order: (places: Array<{ char: string; x: number }>) => Array<{ char: string; x: number }>) =>
      order([...figures].map((char, i) => ({ char, x: 40 + 12 * i })))
        .map(({ char, x }) => `BT /F1 12 Tf 1 0 0 1 ${x} 770 Tm ${cidHex(char)} Tj ET`)
        .join('\n');
    for (const order of [
      (places: Array<{ char: string; x: number }>) => [...places].reverse(),
      (places: Array<{ char: string; x: number }>) => [...places.filter((_, i) => i % 2 === 0), ...places.filter((_, i) => i % 2 === 1)],
    ]) {
      const pdf = cidFontPdf([pdfTextAt(100, 800, title), glyphs(order), pdfTextAt(40, 750, closing)].join('\n'));
      expect((await readText(pdf, 'glyphs.pdf')).split('\n')).toEqual([title, figures, closing]);
    }
  });

  it('reads a web archive in quoted-printable GBK, a mail’s GBK attachment in base64, and an OpenDocument text’s tracked changes', async () => {
    const html = page(`<h1>${title}</h1><p>${figures}</p><p>${closing}</p>`, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">');
    const quoted = [...iconv.encode(html, 'gbk')]
      .map((byte) => (byte > 127 || byte === 61 ? `=${byte.toString(16).toUpperCase()}` : String.fromCharCode(byte)))
      .join('')
      .replace(/(.{72})/g, '$1=\r\n');
    const archive = `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B1"; type="text/html"\r\n\r\n--B1\r\nContent-Type: text/html; charset="gb2312"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${quoted}\r\n--B1--\r\n`;
    expect((await readText(archive, 'page.mht')).split('\n')).toEqual([title, figures, closing]);
    const attached = Buffer.from(iconv.encode(`${title}\r\n${figures}\r\n${closing}\r\n`, 'gbk')).toString('base64');
    const name = `=?GBK?B?${Buffer.from(iconv.encode('报告.txt', 'gbk')).toString('base64')}?=`;
    const message = mail(
      'Content-Type: multipart/mixed; boundary="X"',
      `--X\r\nContent-Type: text/plain; charset=GBK\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(iconv.encode('请查收附件。', 'gbk')).toString('base64')}\r\n` +
        `--X\r\nContent-Type: text/plain; name="${name}"\r\nContent-Disposition: attachment; filename="${name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${attached}\r\n--X--\r\n`,
    );
    expect((await readText(message, 'gbk.eml')).split('\n')).toEqual([title, figures, closing]);
    const changes =
      '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info><dc:creator>审核人</dc:creator></office:change-info><text:p>5</text:p></text:deletion></text:changed-region>' +
      '<text:changed-region text:id="c2"><text:insertion><office:change-info><dc:creator>审核人</dc:creator></office:change-info></text:insertion></text:changed-region></text:tracked-changes>';
    const odt = odtOf(
      `${changes}<text:p>${title}</text:p><text:p>办理行政复议案件4<text:change text:change-id="c1"/><text:change-start text:change-id="c2"/>6<text:change-end text:change-id="c2"/>件。</text:p><text:p>${closing}</text:p>`,
    );
    expect((await readText(odt, 'tracked.odt')).split('\n')).toEqual([title, '办理行政复议案件46件。', closing]);
  });
});
