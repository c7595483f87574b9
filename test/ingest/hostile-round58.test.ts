import { describe, expect, it } from 'vitest';
import { docxOfParts, odtOf, readText, WORD_MAIN, wordParagraph, wordRun } from './hostile.js';

const title = '溱澜县2025年度法治政府建设情况报告';
const figures = '全年审查规范性文件17件，办理行政复议案件52件。';
const closing = '三、存在的不足，乡镇执法力量仍较薄弱，执法人员培训有待加强。';

const filled = async (input: Uint8Array | string, file: string) => (await readText(input, file)).split('\n').filter((text) => text !== '');
const markdown = (body: string) => `# ${title}\n\n${body}\n\n${closing}\n`;
const page = (body: string) => `<html><head><title>${title}</title></head><body><h1>${title}</h1>${body}<p>${closing}</p></body></html>`;
/** A text as an RTF writes it: each character beyond ASCII a \uN escape. */
const unicode = (text: string) =>
  [...text].map((char) => (char.charCodeAt(0) < 0x80 ? char : `\\u${char.charCodeAt(0) - (char.charCodeAt(0) > 0x7fff ? 0x10000 : 0)}?`)).join('');
const rtf = (body: string) => `{\\rtf1\\ansi\\uc1 ${unicode(title)}\\par ${body}\\pard ${unicode(closing)}\\par }`;
/** An RTF field: its instruction and its result as Word writes them, the instruction in a group of its formatting. */
const rtfField = (code: string, result: string) => `{\\field{\\*\\fldinst {\\rtlch\\fcs1 \\insrsid1  ${code} }}{\\fldrslt {\\insrsid1 ${result}}}}`;

describe('a Markdown paragraph’s line break between a label and its figure', () => {
  // a report typed or converted to Markdown wraps its paragraphs anywhere: a viewer shows the paragraph whole, and
  // 17件 stood on a line of its own without its label (the break was read only inside a figure)
  it('reads a soft break there as no line end, and a card’s label over its figure as two lines', async () => {
    const body = '全年审查规范性文件\n17件，办理行政复议案件52件。\n\n行政复议\n97件';
    expect(await filled(markdown(body), '软换行.md')).toEqual([title, figures, '行政复议', '97件', closing]);
  });

  it('reads a hard break (a backslash, two blanks) there so too, as a page’s <br>', async () => {
    const body = '全年审查规范性文件\\\n17件，办理行政复议案件  \n52件。';
    expect(await filled(markdown(body), '硬换行.md')).toEqual([title, figures, closing]);
  });

  it('reads a list item’s second line so, and a date under a signature as its own line', async () => {
    const body = '- 全年审查规范性文件\n  17件；\n- 办理行政复议案件52件。\n\n溱澜县司法局\n2025年12月30日';
    expect(await filled(markdown(body), '列表.md')).toEqual([
      title,
      '- 全年审查规范性文件17件；',
      '- 办理行政复议案件52件。',
      '溱澜县司法局',
      '2025年12月30日',
      closing,
    ]);
  });
});

describe('a Markdown quotation whose line opens with a figure', () => {
  // a quoted paragraph's second line (> 17件，…) kept its marker, taken for a bound (>17件) as a line's >95% is
  it('reads the quotation’s lines without their markers, its label and figure as one line', async () => {
    const body = '> 全年审查规范性文件\n> 17件，办理行政复议案件52件。\n>\n> 2025年12月30日';
    expect(await filled(markdown(body), '引用.md')).toEqual([title, figures, '2025年12月30日', closing]);
  });

  it('keeps a bound written alone as before', async () => {
    expect(await filled(markdown('群众满意度\n\n>95%'), '界限.md')).toEqual([title, '群众满意度', '>95%', closing]);
  });
});

describe('character references in a Markdown report', () => {
  // a page converted to Markdown keeps its &nbsp; and &#20214;: CommonMark reads every one, and a viewer shows the
  // characters; read only when a text had three or more, 17&#20214; was no count
  it('reads even one or two as the characters a viewer shows, an ampersand in words as itself', async () => {
    const body = '全年审查规范性文件17&#20214;，R&D中心办理行政复议案件52&nbsp;件。';
    expect(await filled(markdown(body), '实体.md')).toEqual([title, '全年审查规范性文件17件，R&D中心办理行政复议案件52\u00a0件。', closing]);
  });

  it('leaves one or two in a plain text as written', async () => {
    expect(await filled(`${title}\n全年审查规范性文件17&#20214;。\n${closing}`, '实体.txt')).toEqual([title, '全年审查规范性文件17&#20214;。', closing]);
  });
});

describe('a page Word saved filtered, its list labels without mso-list:Ignore', () => {
  // Word's filtered web page (and a list numbered by hand) keeps a label's tab only as a run of blanks at 7 pt:
  // 1.      全年… and （二）      办理… kept the blanks standing for the tab
  const item = (label: string, text: string) =>
    `<p class=MsoListParagraph style='margin-left:21.0pt;text-indent:-21.0pt'><span lang=EN-US>${label}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>${text}</p>`;
  it('reads a Latin label a blank from its item and a Chinese one against it', async () => {
    const body = item('1.', '全年审查规范性文件17件。') + item('（二）', '办理行政复议案件52件。');
    expect(await filled(page(body), '筛选网页.htm')).toEqual([title, '1. 全年审查规范性文件17件。', '（二）办理行政复议案件52件。', closing]);
  });

  it('leaves blanks at 7 pt inside a paragraph as they are', async () => {
    const body = `<p class=MsoNormal>培训执法人员<span style='font:7.0pt "Times New Roman"'>&nbsp; </span>380人次。</p>`;
    expect(await filled(page(body), '小字空格.htm')).toEqual([title, '培训执法人员\u00a0 380人次。', closing]);
  });
});

describe('page fields in an RTF and an OpenDocument text', () => {
  // a page's number field inside a paragraph was read as text, as a .doc's was before round 57: beside a figure it made
  // the figure another (17 read 137), a footer typed into the body stood as a line (（第3页，共9页）)
  it('reads no page number inside an RTF’s sentence nor a paragraph of page fields alone, a cross-reference’s page between 第 and 页', async () => {
    const body = [
      `${unicode('全年审查规范性文件1')}${rtfField('PAGE', '3')}${unicode('7件，详见第')}${rtfField('PAGEREF _Toc1 \\\\h', '5')}${unicode('页。')}\\par `,
      `${unicode('（第')}${rtfField('PAGE', '3')}${unicode('页，共')}${rtfField('NUMPAGES', '9')}${unicode('页）')}\\par `,
      `${unicode('审核人员')}${rtfField('HYPERLINK "http://a.gov.cn/"', unicode('19名'))}${unicode('。')}\\par `,
    ].join('');
    expect(await filled(rtf(body), '页码.rtf')).toEqual([title, '全年审查规范性文件17件，详见第5页。', '审核人员19名。', closing]);
  });

  it('reads an OpenDocument text’s page number and count so', async () => {
    const odt = odtOf(
      [
        title,
        '全年审查规范性文件1<text:page-number text:select-page="current">3</text:page-number>7件，详见第<text:page-number>5</text:page-number>页。',
        '（第<text:page-number>3</text:page-number>页，共<text:page-count>9</text:page-count>页）',
        closing,
      ]
        .map((text) => `<text:p>${text}</text:p>`)
        .join(''),
    );
    expect(await filled(odt, '页码.odt')).toEqual([title, '全年审查规范性文件17件，详见第5页。', closing]);
  });

  it('reads a .docx’s simple page field as before', async () => {
    const paragraph = wordParagraph(wordRun('全年审查规范性文件1'), '<w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple>', wordRun('7件。'));
    const docx = docxOfParts({
      'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD_MAIN}"><w:body>${[wordParagraph(wordRun(title)), paragraph, wordParagraph(wordRun(closing))].join('')}</w:body></w:document>`,
    });
    expect(await filled(new Uint8Array(docx), '页码.docx')).toEqual([title, '全年审查规范性文件17件。', closing]);
  });
});

describe('an RTF’s list numbers written for readers without lists', () => {
  // Word writes each item's number in {\listtext 1.\tab} (and older writers in {\pntext}): the tab read as a blank
  // after a Chinese label (（二） 办理…), where a .docx and a page read none
  it('reads a Chinese label against its item and a Latin one a blank from it, a tab in a line as before', async () => {
    const body = [
      `{\\listtext\\pard\\plain 1.\\tab}\\pard\\ls1 ${unicode('全年审查规范性文件17件。')}\\par `,
      `{\\pntext\\pard\\plain ${unicode('（二）')}\\tab}{\\*\\pn\\pnlvlbody}${unicode('办理行政复议案件52件。')}\\par `,
    ].join('');
    expect(await filled(rtf(body), '列表.rtf')).toEqual([title, '1. 全年审查规范性文件17件。', '（二）办理行政复议案件52件。', closing]);
  });
});
