import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import {
  cidFontPages,
  cidFontPdf,
  cidHex,
  docxOfParts,
  pdfParagraphLines,
  pdfTextAt,
  readText,
  TWO_COLUMNS,
  WORD_MAIN as WORD,
  wordDocxBetween,
  wordField as field,
  wordParagraph as paragraph,
  wordRun as run,
  wordSimpleField as simpleField,
} from './hostile.js';

const title = '某某县2025年度法治政府建设情况报告';
const closing = '二、存在的不足，基层执法力量仍需充实，执法人员培训有待加强。';

describe('a Word document with a paragraph of page fields and their words only', () => {
  const docx = (...paragraphs: string[]) => wordDocxBetween(title, closing, paragraphs);

  // with the fields' results not read, （第页，共页）, 第  页 共  页 and -  - stood as lines between the report's
  it('reads nothing of them, and keeps a sentence that cites a page', async () => {
    const text = await readText(
      docx(
        paragraph(run('一、全年办理行政复议案件46件。')),
        paragraph(run('（第'), field('PAGE', '3'), run('页，共'), field('NUMPAGES \\* Arabic', '9'), run('页）')),
        paragraph(run('第 '), simpleField('PAGE', '4'), run(' 页 共 '), simpleField('SECTIONPAGES', '9'), run(' 页')),
        paragraph(run('- '), field('PAGE \\* MERGEFORMAT', '5'), run(' -')),
        paragraph(run('Page '), field('PAGE', '6'), run(' of '), field('NUMPAGES', '9')),
        paragraph(run('二、培训执法人员460人次，详见第'), field('PAGEREF _Ref1 \\h', '3'), run('页。')),
      ),
      'page-paragraphs.docx',
    );
    // the page a sentence cites between 第 and 页 is read since round 48
    expect(text.split('\n')).toEqual([title, '一、全年办理行政复议案件46件。', '二、培训执法人员460人次，详见第3页。', closing]);
  });
});

describe('a PDF line with Latin letters spaced apart among Chinese', () => {
  // each glyph 12 points wide; the letters 6 points apart, as a justified line stretches them: pdf.js wrote a space
  // in each gap (依托 O A 系统), and the letters of one word read as two
  it('reads the letters as one word, and keeps letters set a cell apart, apart', async () => {
    const drawn = [
      pdfTextAt(100, 800, title),
      pdfTextAt(40, 770, '依托'),
      pdfTextAt(70, 770, 'O'),
      pdfTextAt(88, 770, 'A'),
      pdfTextAt(106, 770, '系统，使用'),
      pdfTextAt(172, 770, 'A'),
      pdfTextAt(190, 770, 'P'),
      pdfTextAt(208, 770, 'P'),
      pdfTextAt(226, 770, '办理行政复议46件。'),
      pdfTextAt(40, 750, '考核等级'),
      pdfTextAt(106, 750, 'A'),
      pdfTextAt(136, 750, 'B'),
      pdfTextAt(40, 730, closing),
    ];
    expect((await readText(cidFontPdf(drawn.join('\n')), 'letters.pdf')).split('\n')).toEqual([
      title,
      '依托OA系统，使用APP办理行政复议46件。',
      '考核等级A B',
      closing,
    ]);
  });
});

describe('a PDF with a table and its note set at the text’s size at the foot of a page its paragraph runs over', () => {
  /** A paragraph's lines, 20 points apart from y down: the first indented two characters, each line as wide as the text block (40 characters). */
  const paragraph =
    '一、全年共办理行政复议案件46件，纠错率为8.7％，同比下降1.2个百分点，严格规范性文件审查，全年审查县政府规范性文件12件，' +
    '合法性审查率达到100％，备案审查纠错率为零。组织执法人员专题培训，全年累计培训460人次，考试合格率为98.5％。';
  const drawn = pdfParagraphLines(paragraph, 760);
  /** The paragraph's first three lines on page one (the third ending 98), over `foot`; the rest on page two. */
  const pages = (foot: readonly string[]) =>
    cidFontPages(
      [
        [pdfTextAt(150, 800, title, 16), ...drawn.slice(0, 3), ...foot, pdfTextAt(280, 40, '— 1 —', 10)],
        [...drawn.slice(3).map((line, k) => line.replace(/ \d+ Tm/, ` ${800 - 20 * k} Tm`)), pdfTextAt(80, 760, closing), pdfTextAt(280, 40, '— 2 —', 10)],
      ].map((page) => page.join('\n')),
    );

  // the block joined the sentence the page break cut: 考试合格率为98注：表中数据…, then .5％ on a line of its own
  it('reads the table and its note after the paragraph, its halves joined', async () => {
    const note = [pdfTextAt(56, 120, '注：表中数据由县司法局统计。'), pdfTextAt(56, 100, '数据来源：县统计局2025年统计年报。')];
    const table = [
      pdfTextAt(200, 220, '表1  主要指标完成情况'),
      pdfTextAt(56, 190, '行政复议案件'),
      pdfTextAt(300, 190, '46件'),
      pdfTextAt(56, 170, '规范性文件审查'),
      pdfTextAt(300, 170, '12件'),
    ];
    expect((await readText(pages(note), 'foot-note.pdf')).split('\n')).toEqual([title, paragraph, ...note.map(textOf), closing]);
    expect((await readText(pages([...table, ...note]), 'foot-table.pdf')).split('\n')).toEqual([
      title,
      paragraph,
      '表1主要指标完成情况',
      '行政复议案件 | 46件',
      '规范性文件审查 | 12件',
      ...note.map(textOf),
      closing,
    ]);
  });

  it('leaves a note at the foot of a page whose paragraph ends there where it stands', async () => {
    const ended = cidFontPages(
      [
        [pdfTextAt(150, 800, title, 16), ...drawn, pdfTextAt(56, 120, '注：表中数据由县司法局统计。'), pdfTextAt(280, 40, '— 1 —', 10)],
        [pdfTextAt(80, 800, closing), pdfTextAt(280, 40, '— 2 —', 10)],
      ].map((page) => page.join('\n')),
    );
    expect((await readText(ended, 'ended.pdf')).split('\n')).toEqual([title, paragraph, '注：表中数据由县司法局统计。', closing]);
  });
});

/** The text a cidHex string of `pdfTextAt` draws. */
function textOf(drawn: string): string {
  const hex = /<([0-9a-f]+)>/.exec(drawn)![1]!;
  return String.fromCodePoint(...hex.match(/.{4}/g)!.map((code) => parseInt(code, 16)));
}

describe('a UTF-8 text with GBK words pasted inside a line', () => {
  const lines = [title, '一、主要工作', '全年审查规范性文件12件，办理行政复议案件46件，审查合同40件。', closing];
  // a line GBK only in part was no GBK line and no UTF-8 line: the whole report was refused as undecodable
  it('reads each stretch in its encoding, and says so', async () => {
    const [head, tail] = ['全年审查规范性文件12件，', '办理行政复议案件46件，审查合同40件。'];
    const bytes = Buffer.concat([Buffer.from(`${lines.slice(0, 2).join('\n')}\n${head}`), iconv.encode(tail, 'gbk'), Buffer.from(`\n${closing}`)]);
    const source = await ingestBytes(new Uint8Array(bytes), 'pasted.txt');
    expect(source.original.split('\n')).toEqual(lines);
    expect(source.notices).toEqual(['文件混用了 UTF-8 和 GBK 两种编码(1 行为 GBK),已逐行按各自的编码读取;请核对结果,并把文件另存为统一的 UTF-8 编码']);
  });
});

describe('a Word document whose headings a multilevel list kept as a list style numbers', () => {
  const numbered = (level: number, text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="7"/></w:numPr></w:pPr>${run(text)}</w:p>`;
  const level = (ilvl: number, format: string, text: string) =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  // Word writes the list as an abstract list that only names the style, and another that defines it
  const numbering =
    `<?xml version="1.0"?><w:numbering xmlns:w="${WORD}">` +
    '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="ReportList"/></w:abstractNum>' +
    `<w:abstractNum w:abstractNumId="2"><w:styleLink w:val="ReportList"/>${level(0, 'chineseCounting', '%1、')}${level(1, 'chineseCounting', '（%2）')}</w:abstractNum>` +
    '<w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num><w:num w:numId="7"><w:abstractNumId w:val="1"/></w:num></w:numbering>';
  const styles =
    `<?xml version="1.0"?><w:styles xmlns:w="${WORD}"><w:style w:type="numbering" w:styleId="ReportList"><w:name w:val="ReportList"/>` +
    '<w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style></w:styles>';

  // the abstract list that names the style has no levels: 主要举措和成效 and 健全依法决策机制 read without 一、 and （一）
  it('numbers them by the list that defines the style', async () => {
    const body = [
      `<w:p>${run(title)}</w:p>`,
      numbered(0, '主要举措和成效'),
      numbered(1, '健全依法决策机制'),
      `<w:p>${run('全年审查规范性文件12件。')}</w:p>`,
      numbered(1, '规范行政执法'),
      numbered(0, '存在的不足'),
    ].join('');
    const docx = docxOfParts({
      'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD}"><w:body>${body}</w:body></w:document>`,
      'word/numbering.xml': numbering,
      'word/styles.xml': styles,
    });
    expect((await readText(new Uint8Array(docx), 'list-style.docx')).split('\n')).toEqual([
      title,
      '一、主要举措和成效',
      '（一）健全依法决策机制',
      '全年审查规范性文件12件。',
      '（二）规范行政执法',
      '二、存在的不足',
    ]);
  });
});

describe('a PDF page in two columns whose baselines do not line up, drawn across the page', () => {
  // each column's lines 16 characters wide at 10 points a character, a gutter of 2 characters between them
  const { left, right } = TWO_COLUMNS;
  const small = (x: number, y: number, text: string) => `BT /F1 10 Tf 1 0 0 1 ${x} ${y} Tm ${cidHex(text)} Tj ET`;
  const expected = [title, left.slice(0, 4).join(''), left.slice(4).join(''), right.slice(0, 3).join(''), right.slice(3).join('')];

  // the right column set lower by a heading's spacing: 7 points, half a line, its lines read between the left's
  // (…全年审查县政府 | 三、复议应诉情况…规范性文件12件…); 9 points, its first line stood with the left's second and
  // the left's first line alone
  it('reads the left column, then the right, each paragraph whole', async () => {
    for (const lower of [7, 9]) {
      const rows = left.map((line, row) => [small(56, 760 - 14 * row, line), right[row] ? small(236, 760 - lower - 14 * row, right[row]) : ''].join('\n'));
      const lines = (await readText(cidFontPdf([small(150, 800, title), ...rows].join('\n')), 'columns.pdf')).split('\n');
      expect(lines, `${lower}`).toEqual(expected);
    }
  });
});

describe('a Word document whose heading styles a list numbers by the levels that name them', () => {
  const styled = (style: string, text: string) => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${run(text)}</w:p>`;
  const level = (ilvl: number, style: string, text: string) =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="${style}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  const numbering = `<?xml version="1.0"?><w:numbering xmlns:w="${WORD}"><w:abstractNum w:abstractNumId="0">${level(0, 'H1', '%1、')}${level(1, 'H2', '（%2）')}</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  const headingStyle = (id: string, numPr: string) =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="heading ${id.slice(1)}"/><w:pPr><w:numPr>${numPr}</w:numPr></w:pPr></w:style>`;
  const docx = (styles: string) =>
    new Uint8Array(
      docxOfParts({
        'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD}"><w:body>${[
          `<w:p>${run(title)}</w:p>`,
          styled('H1', '主要举措和成效'),
          styled('H2', '健全依法决策机制'),
          `<w:p>${run('全年审查规范性文件12件。')}</w:p>`,
          styled('H2', '规范行政执法'),
          styled('H1', '存在的不足'),
        ].join('')}</w:body></w:document>`,
        'word/numbering.xml': numbering,
        'word/styles.xml': `<?xml version="1.0"?><w:styles xmlns:w="${WORD}">${styles}</w:styles>`,
      }),
    );
  const expected = [title, '一、主要举措和成效', '（一）健全依法决策机制', '全年审查规范性文件12件。', '（二）规范行政执法', '二、存在的不足'];

  // the styles write the list but no level: every heading read as the first level (二、健全依法决策机制, 四、存在的不足)
  it('numbers each style at the level that names it, and at the level a style writes', async () => {
    const unlevelled = headingStyle('H1', '<w:numId w:val="3"/>') + headingStyle('H2', '<w:numId w:val="3"/>');
    expect((await readText(docx(unlevelled), 'style-levels.docx')).split('\n')).toEqual(expected);
    const levelled = headingStyle('H1', '<w:ilvl w:val="0"/><w:numId w:val="3"/>') + headingStyle('H2', '<w:ilvl w:val="1"/><w:numId w:val="3"/>');
    expect((await readText(docx(levelled), 'style-levels-given.docx')).split('\n')).toEqual(expected);
  });
});
