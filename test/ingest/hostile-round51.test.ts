import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { docxOfParts, readText, utf16WithoutBom, wordDocxBetween, wordParagraph as paragraph, wordRun as run } from './hostile.js';
import { LEFT, line, onePage, paragraph as ofdParagraph, read, report, CLOSING, HEADING, OPENING, REPORT } from './ofd-builders.js';

const title = '某某县2025年度法治政府建设情况报告';
const closing = '二、存在的不足，基层执法力量仍需充实，执法人员培训有待加强。';
const figures = '全年审查规范性文件12件，办理行政复议案件46件，培训执法人员460人次。';

const lines = async (input: Uint8Array | string, file: string) => (await readText(input, file)).split('\n');
const filled = async (input: Uint8Array | string, file: string) => (await lines(input, file)).filter((text) => text !== '');
/** Text as an RTF of code page 936 writes it: each character past ASCII as \uN and a ? for readers without. */
const rtfEscaped = (text: string) =>
  [...text]
    .map((char) => {
      const code = char.charCodeAt(0);
      return code > 127 ? `\\u${code > 32767 ? code - 65536 : code}?` : char;
    })
    .join('');
const rtfOf = (body: string) => `{\\rtf1\\ansi\\ansicpg936\\uc1{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\\f0 ${body}}`;
const mail = (headers: string, body: string) => `From: a@example.cn\r\nTo: b@example.cn\r\nMIME-Version: 1.0\r\n${headers}\r\n\r\n${body}`;
const withBom = (text: string) => new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));

describe('a no-break space or a no-break hyphen inside a figure', () => {
  // RTF's \~ (Word's Ctrl+Shift+Space) parted a figure: 1 2件 read 2件, 8. 7% no rate
  it('reads a no-break space between a figure’s digits as none, in an RTF, a text and a page', async () => {
    const rtf = rtfOf(
      `${rtfEscaped(title)}\\par ${rtfEscaped('全年审查规范性文件1')}\\~${rtfEscaped('2件，纠错率8.')}\\~${rtfEscaped('7%，罚没款1')}\\~${rtfEscaped('200万元。')}\\par ${rtfEscaped(closing)}\\par `,
    );
    expect(await lines(rtf, 'nbsp.rtf')).toEqual([title, '全年审查规范性文件12件，纠错率8.7%，罚没款1200万元。', closing]);
    const text = `${title}\n办理行政复议案件4\u00a06件，罚没款1\u202f234\u202f567元，培训执法人员４\u00a060人次。\n${closing}\n`;
    expect(await lines(text, 'nbsp.txt')).toEqual([title, '办理行政复议案件46件，罚没款1234567元，培训执法人员４60人次。', closing]);
    const html = `<html><body><h1>${title}</h1><p>调解纠纷1&nbsp;20件，出具法律意见书3&#8239;5份。</p><p>${closing}</p></body></html>`;
    expect(await lines(html, 'nbsp.html')).toEqual([title, '调解纠纷120件，出具法律意见书35份。', closing]);
  });

  it('keeps apart years side by side, a list’s number before a figure, two blanks and a blank before a word', async () => {
    const text = `${title}\n两年对比2024\u00a02025，案件12\u00a0\u00a046件，共\u00a012\u00a0件。\n1.\u00a02025年审查文件12件。\n2.\u00a0100%完成审查。\n${closing}\n`;
    expect(await lines(text, 'apart.txt')).toEqual([
      title,
      '两年对比2024\u00a02025，案件12\u00a0\u00a046件，共\u00a012\u00a0件。',
      '1.\u00a02025年审查文件12件。',
      '2.\u00a0100%完成审查。',
      closing,
    ]);
  });

  // Word keeps a no-break hyphen as U+2011 (RTF's \_ gave a hyphen-minus): 3‑5件 was read as five, 2025‑12‑31 as no date
  it('reads a no-break hyphen and Unicode’s hyphen as the hyphen-minus, as an RTF’s \\_ is read', async () => {
    const docx = wordDocxBetween(title, closing, [
      paragraph(
        run('2025'),
        '<w:r><w:noBreakHyphen/></w:r>',
        run('12'),
        '<w:r><w:noBreakHyphen/></w:r>',
        run('31前审查规范性文件3'),
        '<w:r><w:noBreakHyphen/></w:r>',
        run('5件。'),
      ),
    ]);
    expect(await lines(docx, 'hyphen.docx')).toEqual([title, '2025-12-31前审查规范性文件3-5件。', closing]);
    const rtf = rtfOf(`${rtfEscaped(title)}\\par ${rtfEscaped('电话0871')}\\_${rtfEscaped('6543210，审查3')}\\_${rtfEscaped('5件。')}\\par `);
    expect(await lines(rtf, 'hyphen.rtf')).toEqual([title, '电话0871-6543210，审查3-5件。']);
    expect(await lines(`${title}\n审查3\u20105件，电话0871\u20116543210。\n`, 'hyphen.txt')).toEqual([title, '审查3-5件，电话0871-6543210。']);
  });
});

describe('a Word document’s text set right to left character by character (w:bdo)', () => {
  // Word shows <w:bdo w:val="rtl">64</w:bdo> as 46, as a page's <bdo dir="rtl"> (round 50): 64 was read
  it('reads what Word shows, the characters of all its runs reversed; an embedding (w:dir) or a left-to-right one as written', async () => {
    const docx = wordDocxBetween(title, closing, [
      paragraph(
        run('办理案件'),
        `<w:bdo w:val="rtl">${run('64')}</w:bdo>`,
        run('件，培训执法人员'),
        `<w:bdo w:val="rtl">${run('0')}${run('6&amp;4')}</w:bdo>`,
        run('人次，审查'),
        `<w:dir w:val="rtl">${run('12')}</w:dir>`,
        run('件，调解'),
        `<w:bdo w:val="ltr">${run('120')}</w:bdo>`,
        run('件。'),
      ),
    ]);
    expect(await lines(docx, 'reversed.docx')).toEqual([title, '办理案件46件，培训执法人员4&60人次，审查12件，调解120件。', closing]);
  });
});

describe('a Markdown note written where it stands (Pandoc’s ^[…])', () => {
  // the note stood inside the sentence, ^[ and ] with it, parting a figure from its counting word (12^[含…3件。]件)
  it('reads it as a footnote is, at the end of its clause in brackets, a figure it stood in whole', async () => {
    const markdown =
      `# ${title}\n\n全年审查规范性文件12^[含部门文件3件，见[附表](t.html)。]件，培训执法人员460人次^[截至12月。]。\n\n` +
      `- 调解纠纷1^[含诉前调解。]20件\n\n办理案件46件^[另见[^1]。]\n\n${closing}\n\n[^1]: 撤回2件。\n`;
    expect(await filled(markdown, 'inline-note.md')).toEqual([
      title,
      '全年审查规范性文件12件（含部门文件3件，见附表。），培训执法人员460人次（截至12月。）。',
      '- 调解纠纷120件（含诉前调解。）',
      '办理案件46件（另见（撤回2件。）。）',
      closing,
    ]);
  });

  it('leaves a caret that opens no note as it is', async () => {
    expect(await filled(`# ${title}\n\n面积3^2平方公里，指数2^10。\n`, 'caret.md')).toEqual([title, '面积3^2平方公里，指数2^10。']);
  });
});

describe('a Word document Pandoc converted to Markdown', () => {
  // its fenced divs, bracketed spans ([12]{.underline}件), headings' and pictures' attributes stood in the lines as written
  it('reads it without Pandoc’s divs, spans and attributes, as Pandoc shows it', async () => {
    const markdown =
      `# ${title} {#title .unnumbered}\n\n::: {custom-style="正文"}\n全年审查规范性文件[12]{.underline}件，办理行政复议案件[46]{.mark}件，` +
      `培训执法人员[460人次]{custom-style="强调"}。\n:::\n\n## 一、主要举措 {-}\n\n![](media/image1.png){width="5.7in" height="3.2in"}\n\n` +
      `详见[附表](a.docx){.external}，出具法律意见书35份。\n\n::::: note\n调解纠纷120件。\n:::::\n\n${closing}\n`;
    expect(await filled(markdown, 'pandoc.md')).toEqual([title, figures, '一、主要举措', '详见附表，出具法律意见书35份。', '调解纠纷120件。', closing]);
  });

  it('leaves braces and colons that are no Pandoc markup as they are', async () => {
    expect(await filled(`# ${title}\n\n集合{1,2}与[注]{见下}：全年审查12件，比例为3:2。\n\n:: 不是分区\n`, 'braces.md')).toEqual([
      title,
      '集合{1,2}与[注]{见下}：全年审查12件，比例为3:2。',
      ':: 不是分区',
    ]);
  });
});

describe('a text table whose header row names no years', () => {
  // 指标⇥数值 kept its tab over rows read between bars; 指标⇥单位⇥数值 left its rows as tabbed text, their units unread
  it('reads a header of words over the rows under it as the table’s, its 单位 and 序号 columns too', async () => {
    expect(await lines(`${title}\n指标\t数值\n审查规范性文件\t12\n培训执法人员\t460\n${closing}\n`, 'header.txt')).toEqual([
      title,
      '指标 | 数值',
      '审查规范性文件 | 12',
      '培训执法人员 | 460',
      closing,
    ]);
    const units = `${title}\n序号\t指标\t单位\t数值\t备注\n1\t出具法律意见书\t份\t35\t\n2\t调解纠纷\t件\t120\t含诉前\n${closing}\n`;
    expect(await lines(new Uint8Array(iconv.encode(units, 'gbk')), 'units.txt')).toEqual([
      title,
      '指标 | 单位 | 数值 | 备注',
      '出具法律意见书(份) | 35',
      '调解纠纷(件) | 120 | 含诉前',
      closing,
    ]);
    const spaced = `${title}\n项目          单位    完成数\n行政应诉案件    件    15\n执法人员培训    人次    820\n`;
    expect(await lines(spaced, 'spaced.txt')).toEqual([title, '项目 | 单位 | 完成数', '行政应诉案件(件) | 15', '执法人员培训(人次) | 820']);
  });

  it('leaves the prose under such a line as it is, and a line of two words with its tab', async () => {
    // a header naming a 备注 column is a header row even alone (heldout128's isHeaderRow); the prose under it stays prose
    const prose = `${title}\n指标\t数值\t备注\n审查规范性文件12件。\n工作内容\t完成情况\n全年审查规范性文件\t12件。\n${closing}\n`;
    expect(await lines(prose, 'prose.txt')).toEqual([
      title,
      '指标 | 数值 | 备注',
      '审查规范性文件12件。',
      '工作内容\t完成情况',
      '全年审查规范性文件\t12件。',
      closing,
    ]);
  });
});

describe('a total row whose 合计 stands in the 序号 column', () => {
  // 合计 across 序号 and 指标: the row took the label of the row above, 合计(件)办理行政复议案件 | 58
  it('reads 合计 as the row’s label, from a CSV with a BOM, a tabbed text and a Markdown table', async () => {
    const expected = ['指标 | 单位 | 完成值', '审查规范性文件(件) | 12', '办理行政复议案件(件) | 46', '合计(件) | 58'];
    const csv = withBom('序号,指标,单位,完成值,备注\r\n1,审查规范性文件,件,12,\r\n2,办理行政复议案件,件,46,\r\n合计,,件,58,\r\n');
    expect(await lines(csv, 'total.csv')).toEqual(['指标 | 单位 | 完成值 | 备注', ...expected.slice(1)]);
    const tabbed = `${title}\n序号\t指标\t单位\t完成值\n1\t审查规范性文件\t件\t12\n2\t办理行政复议案件\t件\t46\n合计\t\t件\t58\n`;
    expect(await lines(tabbed, 'total.txt')).toEqual([title, ...expected]);
    const markdown = `# ${title}\n\n| 序号 | 指标 | 单位 | 完成值 |\n| --- | --- | --- | --- |\n| 1 | 审查规范性文件 | 件 | 12 |\n| 2 | 办理行政复议案件 | 件 | 46 |\n| 全县合计 | | 件 | 58 |\n`;
    expect(await filled(markdown, 'total.md')).toEqual([title, ...expected.slice(0, 3), '全县合计(件) | 58']);
  });

  it('still reads a numbered row’s parts and their total under it, and a 小计 in the 序号 column as its label', async () => {
    const parts = '序号,指标,单位,完成值\r\n1,行政复议审结,件,\r\n,其中：维持,件,35\r\n,合计,件,49\r\n小计,,件,49\r\n';
    expect(await lines(parts, 'parts.csv')).toEqual([
      '指标 | 单位 | 完成值',
      '行政复议审结(件)',
      '其中：维持(件) | 35',
      '行政复议审结合计(件) | 49',
      '小计(件) | 49',
    ]);
  });
});

describe('a CSV as systems export it', () => {
  // ="0046" keeps a code's zeros in Excel, which shows the text: the figure stood after an equals sign in quotes
  it('reads a cell written as a formula giving its text as that text, and leaves other formulas', async () => {
    const csv = '序号,指标,单位,完成值\r\n="01",审查规范性文件,件,="12"\r\n="02","办理行政复议案件",件,"=""46"""\r\n说明,=SUM(D2:D3),,\r\n';
    expect(await lines(csv, 'formula.csv')).toEqual(['指标 | 单位 | 完成值', '审查规范性文件(件) | 12', '办理行政复议案件(件) | 46', '说明 | =SUM(D2:D3)']);
  });

  // a sheet of two columns (指标 | 数量（件）) was lines of words: 审查规范性文件 1,200, its counting word lost
  it('reads a header of the rows’ label and a column naming its counting word or what was done as a table’s', async () => {
    expect(await lines(withBom('"指标","数量（件）"\r\n"审查规范性文件","1,200"\r\n"合计","1,246"\r\n'), 'measure.csv')).toEqual([
      '指标 | 数量（件）',
      '审查规范性文件(件) | 1,200',
      '合计(件) | 1,246',
    ]);
    expect(await lines('项目,完成值\r\n出具法律意见书（份）,35\r\n', 'done.csv')).toEqual(['项目 | 完成值', '出具法律意见书（份） | 35']);
    // a report kept as a heading and its text side by side stays lines of text
    expect(await lines('项目,内容\r\n一、主要举措,全年审查规范性文件12件。\r\n', 'side.csv')).toEqual(['项目 内容', '一、主要举措 全年审查规范性文件12件。']);
  });

  it('reads Excel’s Unicode text (UTF-16 with tabs) saved as .csv, with a BOM or without', async () => {
    const sheet = '序号\t指标\t单位\t完成值\r\n1\t审查规范性文件\t件\t12\r\n2\t办理行政复议案件\t件\t46\r\n';
    const expected = ['指标 | 单位 | 完成值', '审查规范性文件(件) | 12', '办理行政复议案件(件) | 46'];
    expect(await lines(new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sheet, 'utf16le')])), 'unicode.csv')).toEqual(expected);
    expect(await lines(new Uint8Array(utf16WithoutBom(sheet, 'le')), 'unicode-nobom.csv')).toEqual(expected);
  });
});

describe('a mail forwarded as an attachment, twice', () => {
  // the first body found was the outer note's (请查收。): the report, the body of the mail forwarded within, was lost
  it('reads the body of the forwarded mail that shows the most text, under notes in text or HTML', async () => {
    const inner = mail(
      'Content-Type: text/plain; charset=gbk\r\nContent-Transfer-Encoding: base64',
      Buffer.from(iconv.encode(`${title}\r\n${figures}\r\n${closing}\r\n`, 'gbk')).toString('base64'),
    );
    const middle = mail(
      'Content-Type: multipart/mixed; boundary="M"',
      `--M\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n转发一下。\r\n--M\r\nContent-Type: message/rfc822\r\n\r\n${inner}\r\n--M--\r\n`,
    );
    const note = `<html><head><style>${'p{margin:0}'.repeat(60)}</style></head><body><p>请查收。</p></body></html>`;
    const outer = mail(
      'Content-Type: multipart/mixed; boundary="O"',
      `--O\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${note}\r\n--O\r\nContent-Type: message/rfc822\r\n\r\n${middle}\r\n--O--\r\n`,
    );
    expect(await lines(outer, 'twice.eml')).toEqual([title, figures, closing]);
  });

  it('reads the outer body when it is the report and the forwarded mail a short note', async () => {
    const request = mail('Content-Type: text/plain; charset=utf-8', '请于1月底前报送。\r\n');
    const outer = mail(
      'Content-Type: multipart/mixed; boundary="O"',
      `--O\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${title}\r\n${figures}\r\n${closing}\r\n--O\r\nContent-Type: message/rfc822\r\n\r\n${request}\r\n--O--\r\n`,
    );
    expect(await lines(outer, 'reply.eml')).toEqual([title, figures, closing]);
  });
});

/** A column of glyphs an object each, top to bottom from (x, y), `pitch` apart. */
const column = (text: string, x: number, y: number, size: number, pitch: number) =>
  [...text]
    .map(
      (ch, k) =>
        `<ofd:TextObject ID="5" Boundary="${x} ${y + k * pitch - size} ${size} ${size}" Size="${size}"><ofd:TextCode X="0" Y="${size}">${ch}</ofd:TextCode></ofd:TextObject>`,
    )
    .join('');
const BODY = ofdParagraph(OPENING, 60, { as: 'line' }) + ofdParagraph(HEADING, 100, { as: 'line' }) + ofdParagraph(CLOSING, 110, { as: 'line' });
const VERTICAL_TITLE = '岚梧县法治政府建设年度报告';

describe('an OFD whose vertical title stands beside the body, its glyphs on the body’s baselines', () => {
  // taken for a margin's note, the title was left out
  it('reads a title set larger than the lines beside it first, drawn before the body or after it', async () => {
    const expected = [VERTICAL_TITLE, OPENING, HEADING, CLOSING].join('\n');
    expect(await read(await onePage(column(VERTICAL_TITLE, 188, 60, 10, 9) + BODY))).toBe(expected);
    expect(await read(await onePage(BODY + column(VERTICAL_TITLE, 188, 62, 10, 9)))).toBe(expected);
  });

  it('still leaves out a note in the margin no larger than the lines beside it', async () => {
    expect(await read(await onePage(BODY + column('法治政府建设', 8, 60, 7, 9)))).toBe([OPENING, HEADING, CLOSING].join('\n'));
  });
});

/** A seal's characters an object each along an arc from `from` to `to` degrees (0° at the top), each turned as the arc goes, a star and a code within it. */
function seal(arc: string, cx: number, cy: number, from: number, to: number, r = 16, size = 4): string {
  const glyphs = [...arc];
  const objects = glyphs.map((ch, k) => {
    const angle = ((from + ((to - from) * k) / (glyphs.length - 1)) * Math.PI) / 180;
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)].map((n) => Math.round(n * 1e4) / 1e4) as [number, number];
    return `<ofd:TextObject ID="7" Boundary="${cx + r * sin} ${cy - r * cos} ${size} ${size}" CTM="${cos} ${sin} ${-sin} ${cos} 0 0" Size="${size}"><ofd:TextCode X="0" Y="0">${ch}</ofd:TextCode></ofd:TextObject>`;
  });
  return objects.join('') + line('★', cx - 4, cy + 3, { as: 'line', size: 8 }) + line('5301020004', cx - 7, cy + 10, { as: 'line', size: 2.8 });
}
const SIGNATURE = line('岚梧县人民政府', 126, 150, { as: 'line' }) + line('2025年3月18日', 128, 159, { as: 'line' });

describe('an OFD seal whose arc runs across ±180°', () => {
  // a seal's circle was taken to lie under its arc: one whose arc ran round its foot left its star and code in the signature
  it.each([
    ['round its foot', 120, 240, '合同专用章'],
    ['from the right round the foot to the left', 60, 300, '岚梧县人民政府办公室'],
    ['from its top round its foot', -240, 0, '岚梧县人民政府办公室'],
    ['round its top, as most are', -120, 120, '岚梧县人民政府办公室'],
  ])('its characters, star and code join no line of the signature (%s)', async (_name, from, to, arc) => {
    const text = await read(await onePage(report({ as: 'line' }) + SIGNATURE + seal(arc, 150, 152, from, to)));
    expect(text).toBe(`${REPORT}\n岚梧县人民政府\n2025年3月18日`);
  });

  // glyphs turned a little either side of 180° lay a whole turn apart by their angles: a seal, and the line beside them went
  it('takes glyphs set upside down, turned a little either way, for no seal: the line drawn among them stays', async () => {
    const mark = [...'内部资料仅供参考'].map((ch, k) => {
      const angle = Math.PI + (k % 2 ? 0.07 : -0.07);
      const [cos, sin] = [Math.cos(angle), Math.sin(angle)].map((n) => Math.round(n * 1e4) / 1e4) as [number, number];
      return `<ofd:TextObject ID="8" Boundary="${170 - 12 * k} 200 12 12" CTM="${cos} ${sin} ${-sin} ${cos} 0 0" Size="12"><ofd:TextCode X="0" Y="12">${ch}</ofd:TextCode></ofd:TextObject>`;
    });
    const objects = report({ as: 'line' }) + mark.slice(0, 4).join('') + line('此页无正文', 110, 195, { as: 'line' }) + mark.slice(4).join('');
    expect(await read(await onePage(objects + line('以上报告，请审阅。', LEFT, 280, { as: 'line' })))).toBe(`${REPORT}\n此页无正文\n以上报告，请审阅。`);
  });
});

// the other shapes round 51 probed, read right already: kept so they stay so
describe('shapes round 51 probed and found read right', () => {
  it('reads a page Word saved as a web page: <o:p>, a spacerun, a text box drawn in VML with its fallback once', async () => {
    const html =
      `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">` +
      `<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]--></head><body lang=ZH-CN><div class=WordSection1>` +
      `<p class=MsoTitle>${title}<o:p></o:p></p><p class=MsoNormal>全年审查规范性文件1<span lang=EN-US>2<o:p></o:p></span>件。<o:p>&nbsp;</o:p></p>` +
      `<!--[if gte vml 1]><v:shape id="t1" type="#_x0000_t202"><v:textbox><div><p class=MsoNormal>调解纠纷120件。<o:p></o:p></p></div></v:textbox></v:shape><![endif]-->` +
      `<![if !vml]><span style='mso-ignore:vglayout'><table><tr><td><div><p class=MsoNormal>调解纠纷120件。<o:p></o:p></p></div></td></tr></table></span><![endif]>` +
      `<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>${closing}<o:p></o:p></p></div></body></html>`;
    expect(await lines(html, 'word.htm')).toEqual([title, '全年审查规范性文件12件。', '调解纠纷120件。', closing]);
  });

  it('reads a form’s values, breaks and soft hyphens inside figures, and entities in Markdown', async () => {
    const form = `<html><body><h1>${title}</h1><p>审查文件<input type="text" value="12" readonly>件，意见：<textarea>培训执法人员460人次。</textarea>等级<select><option>优秀</option><option selected>良好</option></select>。</p><p>调解1<wbr>20件，复议4&shy;6件。</p></body></html>`;
    expect(await lines(form, 'form.html')).toEqual([title, '审查文件12件，意见：培训执法人员460人次。等级良好。', '调解120件，复议46件。']);
    expect(await filled(`# ${title}\n\n全年审查规范性文件&#49;&#50;件，培训&#x34;60人次。\n`, 'entities.md')).toEqual([
      title,
      '全年审查规范性文件12件，培训460人次。',
    ]);
  });

  it('reads an RTF’s optional hyphen, bookmarks and joiners inside figures, and a .docx’s embedded RTF and text parts', async () => {
    const rtf = rtfOf(
      `${rtfEscaped(title)}\\par ${rtfEscaped('审查文件1')}\\-${rtfEscaped('2件，培训4')}{\\*\\bkmkstart a}${rtfEscaped('6')}{\\*\\bkmkend a}${rtfEscaped('0人次，复议4')}\\zwj ${rtfEscaped('6件。')}\\par `,
    );
    expect(await lines(rtf, 'marks.rtf')).toEqual([title, '审查文件12件，培训460人次，复议46件。']);
    const word = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const chunk = (id: string, target: string) => `<Relationship Id="${id}" Type="${relationships}/aFChunk" Target="${target}"/>`;
    const docx = docxOfParts({
      'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${word}" xmlns:r="${relationships}"><w:body><w:p><w:r><w:t>${title}</w:t></w:r></w:p><w:altChunk r:id="a"/><w:altChunk r:id="b"/></w:body></w:document>`,
      'word/_rels/document.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${chunk('a', 'chunk.rtf')}${chunk('b', 'chunk.txt')}</Relationships>`,
      'word/chunk.rtf': rtfOf(`${rtfEscaped('全年审查规范性文件12件。')}\\par `),
      'word/chunk.txt': '办理行政复议案件46件。\r\n',
    });
    expect(await filled(new Uint8Array(docx), 'chunks.docx')).toEqual([title, '全年审查规范性文件12件。', '办理行政复议案件46件。']);
  });

  it('reads UTF-16 text without a byte order mark, either way round, its first line in ASCII too', async () => {
    const text = `${title}\r\n${figures}\r\n${closing}\r\n`;
    expect(await lines(new Uint8Array(utf16WithoutBom(text, 'le')), 'le.txt')).toEqual([title, figures, closing]);
    expect(await lines(new Uint8Array(utf16WithoutBom(text, 'be')), 'be.txt')).toEqual([title, figures, closing]);
    expect(await lines(new Uint8Array(utf16WithoutBom(`2025 report\r\n${text}`, 'le')), 'ascii.txt')).toEqual(['2025 report', title, figures, closing]);
  });
});
