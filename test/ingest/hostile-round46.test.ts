import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import { docxOfParts, pdfTextAt, readText, twoFontPdf, WORD_MAIN as WORD, wordDocxBetween, wordParagraph as paragraph, wordRun as run } from './hostile.js';

const title = '某某县2025年度法治政府建设情况报告';
const closing = '二、存在的不足，基层执法力量仍需充实，执法人员培训有待加强。';

describe('a Word document with a page or column break inside a figure', () => {
  const docx = (...paragraphs: string[]) => wordDocxBetween(title, closing, paragraphs);

  // round 29 reads a break as a line end; inside a figure it parted 4 from 60人次 and 12 from 件
  it('reads the figure whole, and a break between a title and its date as a line end', async () => {
    const cut = paragraph(
      '<w:r><w:t>一、培训执法人员4</w:t><w:br w:type="page"/><w:t>60人次，办理行政复议案件12</w:t></w:r>',
      '<w:r><w:br w:type="column"/><w:t>件，纠错率8.</w:t><w:br w:type="page"/><w:t>7%。</w:t></w:r>',
    );
    const dated = paragraph('<w:r><w:t>（2026年1月15日印发）</w:t><w:br w:type="page"/><w:t>2025年主要工作如下。</w:t></w:r>');
    expect((await readText(docx(cut, dated), 'page-break.docx')).split('\n')).toEqual([
      title,
      '一、培训执法人员460人次，办理行政复议案件12件，纠错率8.7%。',
      '（2026年1月15日印发）',
      '2025年主要工作如下。',
      closing,
    ]);
  });
});

describe('a Word document with paragraphs moved or deleted whole with changes tracked', () => {
  const removed = (tag: 'moveFrom' | 'del', text: string) =>
    `<w:p><w:pPr><w:rPr><w:${tag} w:id="2" w:author="审核人"/></w:rPr></w:pPr><w:${tag} w:id="3" w:author="审核人"><w:r>${
      tag === 'del' ? `<w:delText>${text}</w:delText>` : `<w:t>${text}</w:t>`
    }</w:r></w:${tag}></w:p>`;
  const moved = '二、培训执法人员460人次。';

  // the moved or deleted paragraph's mark stood as a blank line where it was
  it('reads the moved text once where it went, and leaves no line where it was', async () => {
    const body = [
      '<w:moveFromRangeStart w:id="1" w:name="move1"/>',
      removed('moveFrom', moved),
      '<w:moveFromRangeEnd w:id="1"/>',
      paragraph(run('一、办理行政复议案件46件。')),
      removed('del', '三、审查合同40件。'),
      '<w:moveToRangeStart w:id="4" w:name="move1"/>',
      `<w:p><w:pPr><w:rPr><w:moveTo w:id="5" w:author="审核人"/></w:rPr></w:pPr><w:moveTo w:id="6" w:author="审核人">${run(moved)}</w:moveTo></w:p>`,
      '<w:moveToRangeEnd w:id="4"/>',
    ];
    expect((await readText(wordDocxBetween(title, closing, body), 'moved.docx')).split('\n')).toEqual([title, '一、办理行政复议案件46件。', moved, closing]);
  });
});

describe('a Word document whose list hides a level’s number or encloses it', () => {
  const level = (ilvl: number, format: string, text: string, start = 1, properties = '') =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${properties}</w:lvl>`;
  const numbering =
    `<?xml version="1.0"?><w:numbering xmlns:w="${WORD}"><w:abstractNum w:abstractNumId="0">` +
    level(0, 'chineseCounting', '%1、', 1, '<w:rPr><w:vanish/></w:rPr>') +
    level(1, 'decimalEnclosedParen', '%2') +
    level(2, 'decimalEnclosedFullstop', '%3', 3) +
    level(3, 'decimalEnclosedCircle', '%4') +
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';
  const numbered = (ilvl: number, text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(text)}</w:p>`;

  // a hidden level's number was typed in (一、主要举措), and ⑴ and ⒊ read as figures before the text: 1审查…, 3办理…
  it('types in no hidden number, and each enclosed number as Word shows it', async () => {
    const body = [numbered(0, '主要举措'), numbered(1, '审查规范性文件12件。'), numbered(2, '办理行政复议案件46件。'), numbered(3, '培训执法人员460人次。')];
    const docx = docxOfParts({
      'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD}"><w:body>${paragraph(run(title))}${body.join('')}</w:body></w:document>`,
      'word/numbering.xml': numbering,
    });
    expect((await readText(new Uint8Array(docx), 'enclosed.docx')).split('\n')).toEqual([
      title,
      '主要举措',
      '⑴审查规范性文件12件。',
      '⒊办理行政复议案件46件。',
      '①培训执法人员460人次。',
    ]);
  });
});

describe('a web page Word saved, its list numbers typed in', () => {
  const label = (text: string, blanks: string) =>
    `<![if !supportLists]><span style='mso-list:Ignore'>${text}<span style='font:7.0pt "Times New Roman"'>${blanks}</span></span><![endif]>`;
  // the blanks Word writes for the tab after a label stood in the line: 一、      主要举措和成效
  it('reads no blank between a list number and its item', async () => {
    const page =
      `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"></head><body><p class=MsoTitle>${title}</p>` +
      `<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'>${label('一、', '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; ')}主要举措和成效</p>` +
      `<p class=MsoListParagraph style='mso-list:l0 level2 lfo1'>${label('（一）', '&nbsp;&nbsp; ')}健全依法决策机制</p>` +
      `<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'>${label('1.', '&nbsp;&nbsp;&nbsp; ')}Review of 12 documents</p>` +
      `<p class=MsoNormal>全年审查规范性文件12件。</p></body></html>`;
    expect((await readText(page, 'word-list.htm')).split('\n')).toEqual([
      title,
      '一、主要举措和成效',
      '（一）健全依法决策机制',
      '1. Review of 12 documents',
      '全年审查规范性文件12件。',
    ]);
  });
});

describe('a web page with a line break inside a figure', () => {
  // a <br> an editor left inside 12件 parted it: 1 | 2件, and 46 | 件
  it('reads the figure whole, and keeps lines a <br> parts after a figure, before a date or a list number', async () => {
    const page =
      `<html><body><p>${title}</p><p>全年办理行政复议案件1<br>2件，审查合同46<br/>件，纠错率8.<br>7%，` +
      `培训执法人员12<sup>①</sup>人次。</p><p>审查规范性文件12<br>2025年12月制定计划<br>共计46<br>1. 开展专项培训</p></body></html>`;
    expect((await readText(page, 'br.html')).split('\n')).toEqual([
      title,
      '全年办理行政复议案件12件，审查合同46件，纠错率8.7%，培训执法人员12人次。',
      '审查规范性文件12',
      '2025年12月制定计划',
      '共计46',
      '1. 开展专项培训',
    ]);
  });
});

describe('a Word document whose footnote marks a character style raises', () => {
  const styles =
    `<?xml version="1.0"?><w:styles xmlns:w="${WORD}">` +
    '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
    '<w:style w:type="character" w:styleId="Raised"><w:name w:val="上标"/><w:basedOn w:val="FootnoteReference"/></w:style></w:styles>';
  const footnotes = `<?xml version="1.0"?><w:footnotes xmlns:w="${WORD}"><w:footnote w:id="1"><w:p>${run('含上年结转案件3件。')}</w:p></w:footnote></w:footnotes>`;
  const styled = (style: string, inner: string, own = '') => `<w:r><w:rPr><w:rStyle w:val="${style}"/>${own}</w:rPr>${inner}</w:r>`;

  // the note's own mark typed after its reference, and a ② set in a 上标 style, stood in the figures: 461件, 40②份
  it('reads no mark so raised after a figure, and a run the style raises that its own properties set back', async () => {
    const body = paragraph(
      run('全年办理行政复议案件46'),
      styled('FootnoteReference', '<w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t>1</w:t>'),
      run('件，审查合同40'),
      styled('Raised', '<w:t>②</w:t>'),
      run('份，培训执法人员1'),
      styled('Raised', '<w:t>2</w:t>', '<w:vertAlign w:val="baseline"/>'),
      run('0人次。'),
    );
    const docx = docxOfParts({
      'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD}"><w:body>${paragraph(run(title))}${body}</w:body></w:document>`,
      'word/styles.xml': styles,
      'word/footnotes.xml': footnotes,
    });
    expect((await readText(new Uint8Array(docx), 'styled-marks.docx')).split('\n')).toEqual([
      title,
      // (fix-w123) the note after the sentence its mark stands in
      '全年办理行政复议案件46件，审查合同40份，培训执法人员120人次。含上年结转案件3件。',
    ]);
  });
});

describe('a web page whose footnote marks a style raises', () => {
  // a mark raised by a class or its own style (vertical-align: super) rather than <sup> joined the figure: 461件
  it('reads no mark so raised after a figure, and a figure a style aligns otherwise', async () => {
    const page =
      '<html><head><style>.fn{vertical-align:super;font-size:60%}.mid{vertical-align:middle}</style></head><body>' +
      `<p>${title}</p><p>全年办理行政复议案件46<span class="fn">1</span>件，审查合同40<span style="vertical-align: super">[2]</span>份，` +
      '培训执法人员<span class="mid">120</span>人次。</p></body></html>';
    expect((await readText(page, 'styled-marks.html')).split('\n')).toEqual([title, '全年办理行政复议案件46件，审查合同40份，培训执法人员120人次。']);
  });
});

describe('a PDF line with Latin letters spaced apart in a font of their own', () => {
  // the letters, set in a Latin font between Chinese in SimSun, were a run of their own: 依托O A系统
  it('reads the letters as one word, and letters a cell apart, apart', async () => {
    const latin = (x: number, y: number, text: string, spacing = 0) => `BT /F2 12 Tf ${spacing} Tc 1 0 0 1 ${x} ${y} Tm (${text}) Tj 0 Tc ET`;
    const drawn = [
      pdfTextAt(100, 800, title),
      pdfTextAt(40, 770, '依托'),
      latin(66, 770, 'OA', 4),
      pdfTextAt(90, 770, '系统办理行政复议案件46件，使用'),
      latin(286, 770, 'APP', 4),
      pdfTextAt(320, 770, '办理。'),
      pdfTextAt(40, 750, '考核等级'),
      latin(140, 750, 'A B', 0),
      pdfTextAt(40, 730, closing),
    ];
    expect((await readText(twoFontPdf(drawn.join('\n')), 'latin-font.pdf')).split('\n')).toEqual([
      title,
      '依托OA系统办理行政复议案件46件，使用APP办理。',
      '考核等级 | A B',
      closing,
    ]);
  });
});

describe('a PDF whose digits are drawn in a font with no Unicode map for them', () => {
  // glyphs named g19, g20… by a subset font and no ToUnicode map: pdf.js gave their codes, control characters,
  // and the figures were dropped without a word (办理行政复议案件件)
  it('marks each glyph it cannot read, and says how many', async () => {
    const differences = '/Differences [1 /g19 /g20 /g21 /g22 /g23 /g24 /g25 /g26 /g27 /g28]';
    const font = `<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+TimesNewRomanPSMT /FirstChar 1 /LastChar 10 /Widths [${'500 '.repeat(10)}] /Encoding << /Type /Encoding ${differences} >> >>`;
    const digits = (x: number, y: number, codes: string) => `BT /F2 12 Tf 1 0 0 1 ${x} ${y} Tm <${codes}> Tj ET`;
    const drawn = [
      pdfTextAt(100, 800, title),
      pdfTextAt(40, 770, '全年办理行政复议案件'),
      digits(160, 770, '0507'),
      pdfTextAt(172, 770, '件，审查合同'),
      digits(244, 770, '0501'),
      pdfTextAt(256, 770, '件。'),
      pdfTextAt(40, 750, closing),
    ];
    const source = await ingestBytes(twoFontPdf(drawn.join('\n'), font), 'no-map.pdf');
    expect(source.original.split('\n')).toEqual([title, '全年办理行政复议案件\uFFFD\uFFFD件，审查合同\uFFFD\uFFFD件。', closing]);
    expect(source.notices).toEqual([
      'PDF 中有 4 个字的字体缺少文字映射,无法识别,已替换为"\uFFFD"(该处的文字或数字缺失);请换用原始文件,或先做文字识别(OCR)再导入',
    ]);
  });
});

describe('a UTF-8 text with a few GBK words pasted into a long line', () => {
  const sentence = '全年审查县政府规范性文件12件，办理行政复议案件46件，审查合同40件，开展行政执法检查120次，培训执法人员460人次。';
  // too few bytes of the line were no UTF-8 for it to count as GBK, too many for damaged UTF-8: the report was refused
  it('reads the words in GBK and the rest in UTF-8, and says so', async () => {
    const bytes = Buffer.concat([Buffer.from(`${title}\n${sentence}`), iconv.encode('调解纠纷', 'gbk'), Buffer.from(`${sentence}\n${closing}`)]);
    const source = await ingestBytes(new Uint8Array(bytes), 'few-gbk.txt');
    expect(source.original.split('\n')).toEqual([title, `${sentence}调解纠纷${sentence}`, closing]);
    expect(source.notices).toEqual(['文件混用了 UTF-8 和 GBK 两种编码(1 行为 GBK),已逐行按各自的编码读取;请核对结果,并把文件另存为统一的 UTF-8 编码']);
    // a character cut to its first two bytes (调 as E8 B0) is damaged UTF-8, as before
    const cut = Buffer.concat([Buffer.from(`${title}\n${sentence}`), Buffer.from('调').subarray(0, 2), Buffer.from(`${sentence}\n${closing}`)]);
    expect((await readText(new Uint8Array(cut), 'cut.txt')).split('\n')).toEqual([title, `${sentence}\uFFFD${sentence}`, closing]);
  });
});

describe('a Markdown report whose front matter is never closed', () => {
  // the keys were read as the report's lines, title: … as its title
  it('reads the block of keys up to the first blank line as its front matter', async () => {
    const text = ['---', `title: ${title}`, 'date: 2026-01-15', 'tags: [法治政府, 2025年]', '', '## 一、主要举措', '全年审查规范性文件12件。'].join('\n');
    expect((await readText(text, 'unclosed.md')).split('\n')).toEqual([title, '一、主要举措', '全年审查规范性文件12件。']);
    const rule = ['---', '', '某某县2025年度法治政府建设情况报告', '全年审查规范性文件12件。'].join('\n');
    expect((await readText(rule, 'rule.md')).split('\n')).toEqual([title, '全年审查规范性文件12件。']);
  });
});
