import { describe, expect, it } from 'vitest';
import {
  cidFontPages,
  cidFontPdf,
  pdfFile,
  pdfParagraphLines,
  pdfTextAt,
  PLAIN,
  readText,
  refusal,
  unmappedFontPdf,
  wordDocxBetween,
  wordField as field,
  wordParagraph as paragraph,
  wordRun as run,
  wordSimpleField as simpleField,
} from './hostile.js';

const title = '某某县2025年度法治政府建设情况报告';
const closing = '二、存在的不足，基层执法力量仍需充实，执法人员培训有待加强。';

describe('a Word document with page fields inside its paragraphs', () => {
  const docx = (...paragraphs: string[]) => wordDocxBetween(title, closing, paragraphs);

  // a page's number, the pages' count or a cross-reference's page was read as text: after a figure it lengthened it (465件)
  it('reads no page number, page count or page reference, and keeps a figure a formula gave', async () => {
    const text = await readText(
      docx(
        paragraph(run('一、全年办理行政复议案件46'), field('PAGE \\* MERGEFORMAT', '5'), run('件，审查规范性文件12件。')),
        paragraph(run('二、培训执法人员460人次'), simpleField('NUMPAGES', '7'), run('，详见第'), field('PAGEREF _Ref1 \\h', '3'), run('页。')),
        paragraph(run('三、化解矛盾纠纷'), field('=SUM(ABOVE)', '128'), run('件，调解成功率'), simpleField('=98.5', '98.5'), run('％。')),
      ),
      'page-fields.docx',
    );
    expect(text.split('\n')).toEqual([
      title,
      '一、全年办理行政复议案件46件，审查规范性文件12件。',
      // between 第 and 页 a page's number is read since round 48
      '二、培训执法人员460人次，详见第3页。',
      '三、化解矛盾纠纷128件，调解成功率98.5％。',
      closing,
    ]);
  });
});

describe('a PDF whose footnotes stand at the foot of a page its paragraph runs over', () => {
  /** A paragraph's lines, 20 points apart from y down: the first indented two characters, each line as wide as the text block (40 characters). */
  const paragraph =
    '一、全年共办理行政复议案件46件①，纠错率为8.7％，同比下降1.2个百分点。严格规范性文件审查，全年审查县政府规范性文件12件，' +
    '合法性审查率达到100％，备案审查纠错率为零。组织执法人员专题培训，全年累计培训460人次②，考试合格率为98.5％。';
  const notes = [pdfTextAt(56, 100, '① 含上年结转案件3件，均已审结。', 9), pdfTextAt(56, 86, '② 数据截至2025年12月31日。', 9)];
  const rest = ['二、存在的不足，基层执法力量仍需充实，执法人员培训有待加强。', '三、下一步工作安排，持续完善考核办法，加强执法监督检查工作。'];
  const restDrawn = (y: number) => rest.map((line, k) => pdfTextAt(80, y - 20 * k, line));
  const pageNumber = (n: number) => pdfTextAt(280, 40, `— ${n} —`, 10);

  // the notes stood between 全年累 and 计培训460人次: the page break's halves of the sentence no longer joined
  it('reads the notes after the paragraph the page break cuts, its halves joined', async () => {
    const drawn = pdfParagraphLines(paragraph, 760);
    // three lines on the first page (ending 全年累), the rest on the second
    const pages = [
      [pdfTextAt(150, 800, title, 16), ...drawn.slice(0, 3), '0.5 w 56 112 m 200 112 l S', ...notes, pageNumber(1)],
      [...drawn.slice(3).map((line, k) => line.replace(/ \d+ Tm/, ` ${800 - 20 * k} Tm`)), ...restDrawn(760), pageNumber(2)],
    ];
    expect((await readText(cidFontPages(pages.map((page) => page.join('\n'))), 'notes.pdf')).split('\n')).toEqual([
      title,
      paragraph,
      '①含上年结转案件3件，均已审结。',
      '②数据截至2025年12月31日。',
      ...rest,
    ]);
  });

  it('keeps the notes after a page that ends its paragraph, and small lines with no note’s mark, where they stand', async () => {
    const drawn = pdfParagraphLines(paragraph, 760);
    const pages = [
      [pdfTextAt(150, 800, title, 16), ...drawn, '0.5 w 56 112 m 200 112 l S', ...notes, pageNumber(1)],
      [...restDrawn(800), pdfTextAt(56, 100, '制表单位：某某县司法局', 9), pageNumber(2)],
    ];
    expect((await readText(cidFontPages(pages.map((page) => page.join('\n'))), 'notes-kept.pdf')).split('\n')).toEqual([
      title,
      paragraph,
      '①含上年结转案件3件，均已审结。',
      '②数据截至2025年12月31日。',
      ...rest,
      '制表单位：某某县司法局',
    ]);
  });
});

describe('a PDF whose font picks glyphs by their ids in a subset, with no Unicode map', () => {
  /**
   * The sample report drawn in an Identity-H font with no ToUnicode map whose glyph ids, as a subsetting
   * tool numbers them, start at 3 and follow the order the text first uses its characters.
   */
  function subsetIdsPdf(): Uint8Array {
    const ids = new Map<string, number>();
    const glyphs = (line: string) => [...line].map((char) => (ids.get(char) ?? ids.set(char, ids.size + 3).get(char)!).toString(16).padStart(4, '0')).join('');
    const lines = PLAIN.split('\n').map((line, i) => `1 0 0 1 40 ${800 - 14 * i} Tm <${glyphs(line.slice(0, 45))}> Tj`);
    const content = `BT /F1 10 Tf ${lines.join('\n')} ET`;
    return new Uint8Array(
      pdfFile([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
        `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
        '<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+SimSun /Encoding /Identity-H /DescendantFonts [6 0 R] >>',
        '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 1000 >>',
        '<< /Type /FontDescriptor /FontName /ABCDEF+SimSun /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
      ]),
    );
  }

  // its ids, ASCII codes for a report's first hundred characters, were read as text (!"#$%&'()*+,-./0123456…): "not a report", no word of why
  it('refuses it in Chinese, naming the file and the missing map', async () => {
    expect(await refusal(readText(subsetIdsPdf(), 'subset.pdf'), 'subset.pdf')).toContain('字体缺少文字映射(ToUnicode)');
  });

  // a guard: ids past ASCII (Latin Extended, Arabic…) were told garbled so already
  it('tells ids past ASCII garbled, as before', async () => {
    expect(await refusal(readText(unmappedFontPdf(), 'ids.pdf'), 'ids.pdf')).toContain(
      '文字是乱码,无法读取:大部分字符既不是汉字也不是英文字母;PDF 的字体缺少文字映射',
    );
  });
});

describe('a PDF line with a footnote’s mark raised after a figure', () => {
  /** A line at y: `before` at size 12, `raised` at size 7 right after it, `dy` off the baseline, then `after` right after that. */
  const withRaised = (y: number, before: string, raised: string, after: string, dy = 6) => {
    const x = 56 + 12 * [...before].length;
    return [pdfTextAt(56, y, before), pdfTextAt(x, y + dy, raised, 7), pdfTextAt(x + 7 * [...raised].length, y, after)].join('\n');
  };

  // the mark left its line's baseline: the line read as two, 46 | 件 (a figure parted from its unit), the mark dropped as a page number
  it('reads the line whole without the mark, and keeps a power or an index after a letter', async () => {
    const drawn = [
      pdfTextAt(150, 800, title),
      withRaised(760, '一、全年办理行政复议案件46', '1', '件，审查规范性文件12件。'),
      withRaised(740, '二、培训执法人员460人次', '[2]', '，考试合格率为98.5％。'),
      withRaised(720, '三、化解矛盾纠纷128', '①', '件，调解成功率95％。'),
      withRaised(700, '四、新增公共法律服务场地300m', '2', '，PM2.5浓度下降。'),
      withRaised(680, '五、空气中PM', '2.5', '年均浓度下降8％。', -3),
      pdfTextAt(56, 660, closing),
    ];
    expect((await readText(cidFontPdf(drawn.join('\n')), 'raised.pdf')).split('\n')).toEqual([
      title,
      '一、全年办理行政复议案件46件，审查规范性文件12件。',
      '二、培训执法人员460人次，考试合格率为98.5％。',
      '三、化解矛盾纠纷128件，调解成功率95％。',
      '四、新增公共法律服务场地300m2，PM2.5浓度下降。',
      '五、空气中PM2.5年均浓度下降8％。',
      closing,
    ]);
  });

  // the mark wrapped to the next line's start stood as a line of its own (①), between the halves of its sentence
  it('reads a paragraph whole whose line opens with a raised mark', async () => {
    const first = '一、县政府依法办理行政复议案件，全年收到复议申请66件，受理58件';
    const second = '，审结55件，综合纠错率10.9％，复议后起诉率较上年下降5.2个百';
    const drawn = [
      pdfTextAt(150, 800, title),
      pdfTextAt(80, 760, first),
      pdfTextAt(56, 746, '①', 7),
      pdfTextAt(63, 740, second),
      pdfTextAt(56, 720, '分点。'),
      pdfTextAt(56, 700, closing),
    ];
    expect((await readText(cidFontPdf(drawn.join('\n')), 'wrapped-mark.pdf')).split('\n')).toEqual([title, `${first}${second}分点。`, closing]);
  });
});
