import { describe, expect, it } from 'vitest';
import { docxOfParts, readText } from './hostile.js';

const WORD = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const title = '某某县2025年度法治政府建设情况报告';
const closing = '二、存在的不足，基层执法力量仍需充实，执法人员培训有待加强。';

describe('a Word document with page fields inside its paragraphs', () => {
  const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
  const paragraph = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
  /** A field written as Word writes one: its code between begin and separate, its saved result before end. */
  const field = (code: string, result: string) =>
    `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${code} </w:instrText></w:r>` +
    `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
  const simpleField = (code: string, result: string) => `<w:fldSimple w:instr=" ${code} ">${run(result)}</w:fldSimple>`;
  const docx = (...paragraphs: string[]) =>
    new Uint8Array(
      docxOfParts({
        'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD}"><w:body>${[
          paragraph(run(title)),
          ...paragraphs,
          paragraph(run(closing)),
        ].join('')}</w:body></w:document>`,
      }),
    );

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
      '二、培训执法人员460人次，详见第页。',
      '三、化解矛盾纠纷128件，调解成功率98.5％。',
      closing,
    ]);
  });
});
