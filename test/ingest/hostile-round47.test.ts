import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import {
  cidFontPdf,
  cidHex,
  docxOfParts,
  pdfTextAt,
  readText,
  WORD_MAIN as WORD,
  wordDocxBetween,
  wordParagraph as paragraph,
  wordRun as run,
} from './hostile.js';

const title = '某某县2025年度法治政府建设情况报告';
const closing = '二、存在的不足，基层执法力量仍需充实，执法人员培训有待加强。';
const wordDocument = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD}"><w:body>${body}</w:body></w:document>`;

describe('a Word document whose lists count in legal or circled ideographs', () => {
  const level = (ilvl: number, format: string, text: string) =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  const numbering =
    `<?xml version="1.0"?><w:numbering xmlns:w="${WORD}"><w:abstractNum w:abstractNumId="0">` +
    level(0, 'chineseLegalSimplified', '%1、') +
    level(1, 'ideographEnclosedCircle', '%2') +
    level(2, 'ideographLegalTraditional', '（%3）') +
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';
  const numbered = (ilvl: number, text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(text)}</w:p>`;

  // 壹贰叁 read as 一二三, and ㊀㊁ fell to bare digits stuck to the item (1 审查…)
  it('types in each number as Word shows it, and reads the legal numbers as an outline’s', async () => {
    const body = [
      numbered(0, '主要举措和成效'),
      numbered(1, '审查规范性文件12件。'),
      numbered(1, '办理行政复议案件46件。'),
      numbered(2, '培训执法人员460人次。'),
      numbered(0, '存在的不足'),
      run('基层执法力量仍需充实。'),
    ];
    const docx = docxOfParts({
      'word/document.xml': wordDocument(paragraph(run(title)) + body.map((p) => (p.startsWith('<w:p>') ? p : paragraph(p))).join('')),
      'word/numbering.xml': numbering,
    });
    const source = await ingestBytes(new Uint8Array(docx), 'legal.docx');
    expect(source.original.split('\n')).toEqual([
      title,
      '壹、主要举措和成效',
      '㊀审查规范性文件12件。',
      '㊁办理行政复议案件46件。',
      '（壹）培训执法人员460人次。',
      '贰、存在的不足',
      '基层执法力量仍需充实。',
    ]);
    // the outline reads 壹、 and 贰、 as 一、 and 二、, a character for a character
    expect(source.text.split('\n')).toContain('二、存在的不足');
  });
});

describe('a Word document with a page break between a figure and a date', () => {
  // round 46 joins a figure a page break parts; 共46 then a page opening 2025年12月 was read 共462025年12月
  it('keeps a figure and the year after it apart, and still joins a year or a month the break parts', async () => {
    const broken = (before: string, after: string) => paragraph(`<w:r><w:t>${before}</w:t><w:br w:type="page"/><w:t>${after}</w:t></w:r>`);
    const docx = wordDocxBetween(title, closing, [
      broken('全年办理行政复议案件共46', '2025年12月，召开全县法治政府建设推进会。'),
      broken('全年审查合同40', '12月底前全部归档。'),
      broken('20', '25年培训执法人员460人次。'),
      broken('2025年1', '2月召开专题会议。'),
    ]);
    expect((await readText(docx, 'page-date.docx')).split('\n')).toEqual([
      title,
      '全年办理行政复议案件共46',
      '2025年12月，召开全县法治政府建设推进会。',
      '全年审查合同40',
      '12月底前全部归档。',
      '2025年培训执法人员460人次。',
      '2025年12月召开专题会议。',
      closing,
    ]);
  });
});

describe('a web page with a line break inside a figure and a blank before its unit', () => {
  // round 46 joins 1<br>2件; with a blank before the unit (1<br>2 件) the figure stayed parted
  it('reads the figure whole', async () => {
    const page = `<html><body><p>${title}</p><p>全年办理行政复议案件1<br>2 件，审查合同4<br>6 份，培训执法人员46<br> 人次。</p><p>共计46<br>2025年12月制定计划</p></body></html>`;
    expect((await readText(page, 'br-blank.html')).split('\n')).toEqual([
      title,
      '全年办理行政复议案件12 件，审查合同46 份，培训执法人员46 人次。',
      '共计46',
      '2025年12月制定计划',
    ]);
  });
});

describe('a Word document with symbols of text fonts', () => {
  // mammoth reads w:sym only in the symbol fonts it knows (Symbol, Wingdings): a ≥ or a digit inserted
  // from 宋体 or Times New Roman was dropped, 培训4(sym)60人次 read 培训60人次
  it('reads a symbol of any other font as the character its code is', async () => {
    const sym = (font: string, char: string) => `<w:r><w:sym w:font="${font}" w:char="${char}"/></w:r>`;
    const docx = wordDocxBetween(title, closing, [
      paragraph(run('合法性审查率'), sym('宋体', '2265'), run('95%，培训执法人员'), sym('Times New Roman', 'F034'), run('60人次。')),
      paragraph(sym('Symbol', 'F0B7'), run('纠错率'), sym('SimSun', '00B1'), run('1%，'), sym('Wingdings', 'F0FC'), run('已完成。')),
    ]);
    expect((await readText(docx, 'symbols.docx')).split('\n')).toEqual([title, '合法性审查率≥95%，培训执法人员460人次。', '•纠错率±1%，✓已完成。', closing]);
  });
});

describe('a Word document whose XML declares a Chinese encoding', () => {
  // a generator writing its parts in GBK, as its declaration says: read as UTF-8, every character was garbled
  it('reads each part in the encoding its declaration names', async () => {
    const body = `<w:document xmlns:w="${WORD}"><w:body>${paragraph(run(title))}${paragraph(run('全年审查规范性文件12件。'))}</w:body></w:document>`;
    for (const encoding of ['GBK', 'gb2312', 'GB18030']) {
      const docx = docxOfParts({ 'word/document.xml': iconv.encode(`<?xml version="1.0" encoding="${encoding}" standalone="yes"?>${body}`, 'gb18030') });
      expect((await readText(new Uint8Array(docx), 'gbk.docx')).split('\n')).toEqual([title, '全年审查规范性文件12件。']);
    }
  });
});

describe('a PDF whose footnote mark is raised by text rise at the text’s own size', () => {
  // raised 5 points by Ts, not set smaller: the mark joined the figure, 46 + 1 + 件 read 461件
  it('reads no such mark after a figure, and a power after a letter', async () => {
    const line = (y: number, ...parts: Array<string | [string]>) =>
      `BT /F1 12 Tf 1 0 0 1 40 ${y} Tm ${parts.map((part) => (Array.isArray(part) ? `4 Ts ${cidHex(part[0])} Tj 0 Ts` : `${cidHex(part)} Tj`)).join(' ')} ET`;
    const drawn = [
      pdfTextAt(100, 800, title),
      line(770, '全年办理行政复议案件46', ['1'], '件，审查合同40', ['[2]'], '份。'),
      line(750, '新建调解室面积120m', ['2'], '，覆盖全县各乡镇。'),
      pdfTextAt(40, 730, closing),
    ];
    expect((await readText(cidFontPdf(drawn.join('\n')), 'rise.pdf')).split('\n')).toEqual([
      title,
      '全年办理行政复议案件46件，审查合同40份。',
      '新建调解室面积120m2，覆盖全县各乡镇。',
      closing,
    ]);
  });
});

describe('a PDF with an OCR layer laid over the text it shows', () => {
  // a page of text run through OCR again: its invisible layer, read with a character or two wrong (46仵, 46O人次), was
  // read after the page's own text, each such line twice
  it('reads the page’s text once, and the OCR layer over a scan on it where no text is shown', async () => {
    const lines = ['一、全年办理行政复议案件46件，审查合同40件。', '二、培训执法人员460人次，开展执法检查120次。', closing];
    const shown = lines.map((line, i) => pdfTextAt(40, 770 - 30 * i, line));
    const misread = (line: string) => line.replace('46件', '46仵').replace('460', '46O').replace('120', 'l20');
    const ocr = lines.map((line, i) => `BT 3 Tr /F1 11.8 Tf 1 0 0 1 40.6 ${770 - 30 * i - 0.4} Tm ${cidHex(misread(line))} Tj ET`);
    // a scanned table pasted under the text, its OCR layer the only text there
    const scanned = ['三、调解矛盾纠纷300件，调解成功率98%。'];
    const scan = [
      'q 400 0 0 100 40 500 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI Q',
      ...scanned.map((line) => `BT 3 Tr /F1 12 Tf 1 0 0 1 40 550 Tm ${cidHex(line)} Tj ET`),
    ];
    const source = await ingestBytes(cidFontPdf([pdfTextAt(100, 800, title), ...shown, ...scan, ...ocr].join('\n')), 'ocr-again.pdf');
    expect(source.original.split('\n')).toEqual([title, ...lines, ...scanned]);
    expect(source.notices).toBeUndefined();
  });
});

// the brief's other shapes, probed and read right already: kept so they stay so
describe('content controls, fields and hidden markup, as round 47 probed them', () => {
  it('reads a Word content control’s text once, at any level, and a field’s result, not its code', async () => {
    const control = (content: string, properties = '') =>
      `<w:sdt><w:sdtPr><w:id w:val="1"/>${properties}</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
    const field = (code: string, result: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${code} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const docx = wordDocxBetween(title, closing, [
      paragraph(run('全年审查规范性文件'), control(run('12'), '<w:text/>'), run('件。')),
      control(control(paragraph(run('办理行政复议案件46件。')), '<w:repeatingSectionItem/>'), '<w:repeatingSection/>'),
      `<w:tbl><w:tr>${control(`<w:tc>${paragraph(run('培训人次'))}</w:tc>`)}<w:tc>${paragraph(run('460'))}</w:tc></w:tr></w:tbl>`,
      paragraph(run('表'), field('SEQ 表 \\* ARABIC', '1'), run(' 主要指标')),
    ]);
    expect((await readText(docx, 'controls.docx')).split('\n')).toEqual([
      title,
      '全年审查规范性文件12件。',
      '办理行政复议案件46件。',
      '培训人次 | 460',
      '表1 主要指标',
      closing,
    ]);
  });

  it('reads no hidden or template markup of a page, a table inside a paragraph as its rows, figures across soft hyphens and references', async () => {
    const opening =
      '2025年，我县坚持以习近平法治思想为指导，认真落实法治政府建设实施纲要，全面推进依法行政，各项工作取得明显成效。现将有关情况报告如下，请审阅。';
    const page =
      `<html><head><meta charset="utf-8"></head><body><div class="article"><h1>${title}</h1><p>${opening}</p>` +
      '<p>全年审查文件1<span style="display:none">9</span>2件，办理案件4<span hidden>0</span>6件，培训4&shy;6&#48;人次，调解&#49;&#x32;0件。</p>' +
      '<template><p>办理案件99件。</p></template><div hidden><p>培训999人次。</p></div><p style="visibility:hidden">调解88件。</p>' +
      '<p>主要指标：<table><tr><td>审查合同</td><td>40份</td></tr></table>以上数据截至年底。</p></div></body></html>';
    expect((await readText(page, 'hidden.html')).split('\n')).toEqual([
      title,
      opening,
      '全年审查文件12件，办理案件46件，培训460人次，调解120件。',
      '主要指标：',
      '审查合同 | 40份',
      '以上数据截至年底。',
    ]);
  });

  it('reads a Markdown report’s setext headings and no comment; a PDF figure drawn digit by digit backwards in order', async () => {
    const markdown = `${title}\n${'='.repeat(12)}\n\n全年审查规范性文件12件<!-- 原为15件 -->，办理案件46件。\n\n<!--\n培训999人次。\n-->\n\n二、存在不足\n------\n\n人员不足。\n`;
    expect((await readText(markdown, 'setext.md')).split('\n').filter((line) => line !== '')).toEqual([
      title,
      '全年审查规范性文件12件，办理案件46件。',
      '二、存在不足',
      '人员不足。',
    ]);
    const backwards = `BT /F1 12 Tf 1 0 0 1 40 770 Tm ${cidHex('全年办理行政复议案件')} Tj 1 0 0 1 172 770 Tm ${cidHex('6')} Tj 1 0 0 1 160 770 Tm ${cidHex('4')} Tj 1 0 0 1 184 770 Tm ${cidHex('件。')} Tj ET`;
    const drawn = [pdfTextAt(100, 800, title), backwards, pdfTextAt(40, 750, closing)];
    expect((await readText(cidFontPdf(drawn.join('\n')), 'backwards.pdf')).split('\n')).toEqual([title, '全年办理行政复议案件46件。', closing]);
  });
});
