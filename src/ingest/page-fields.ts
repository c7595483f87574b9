// Page fields, as the Word readers (./docx.ts, ./doc.ts) leave them out: a page's number or the pages' count inside a
// paragraph read as part of its text (…办理案件46, then page 5, then 件: 465件). The readers that write a document as a web
// page's markup (./rtf.ts, ./odt.ts) mark each field's result there, and read them all at once (withPageFieldsRead).

/** A field giving a page's number or the pages' count, or a cross-reference's page: its code. */
export const PAGE_FIELD = /^\s*(?:PAGE|PAGEREF|NUMPAGES|SECTIONPAGES)\b/i;
/** A field giving a page's number or the pages' count (a footer's), not a cross-reference's: its code. */
export const PAGE_NUMBER_CODE = /^\s*(?:PAGE|NUMPAGES|SECTIONPAGES)\b/i;
/** The words a page's number and count stand among (第 3 页，共 9 页; - 3 -; Page 3 of 9), and blanks and punctuation. */
export const PAGE_WORDS = /第|页|共|\bpage\b|\bof\b|[\s\p{P}\p{S}\d]/giu;
/** The words before and after a page's number in a sentence: 第 5 页, 共 9 页. */
export const PAGE_NAMED_BEFORE = /[第共]\s*$/;
export const PAGE_NAMED_AFTER = /^\s*页/;

/** Where a page field's result starts and ends in a paragraph's markup, until the paragraph is read whole (withPageFieldsRead). */
export const PAGE_RESULT_START = '\uE000';
export const PAGE_RESULT_END = '\uE001';
const PAGE_RESULT = /\uE000([^\uE000\uE001]*)\uE001/g;
const TAGS = /<[^<>]*>/g;

/**
 * The page fields' results in a document's markup read as a Word document's are: left out, but between 第 and 页 (详见第5页),
 * and a paragraph of page fields and 第/页/共 alone (a footer typed into the body) not read. Read as text, a page's number
 * inside a paragraph joined the figure beside it (审查规范性文件1, page 3, 7件 read 137件).
 */
export function withPageFieldsRead(html: string): string {
  const paragraphs = html.replace(/<p>([^]*?)<\/p>/g, (whole: string, paragraph: string) => {
    if (!paragraph.includes(PAGE_RESULT_START)) return whole;
    if (paragraph.replace(PAGE_RESULT, '').replace(TAGS, '').replace(PAGE_WORDS, '') === '') return '';
    const shown = paragraph.replace(PAGE_RESULT, (field: string, result: string, at: number) =>
      PAGE_NAMED_BEFORE.test(paragraph.slice(0, at).replace(TAGS, '')) && PAGE_NAMED_AFTER.test(paragraph.slice(at + field.length).replace(TAGS, ''))
        ? result
        : '',
    );
    return `<p>${shown}</p>`;
  });
  return paragraphs.replace(/[\uE000\uE001]/g, '');
}
