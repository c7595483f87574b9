// Page fields, as the Word readers (./docx.ts, ./doc.ts) leave them out: a page's number or the pages' count inside a
// paragraph read as part of its text (…办理案件46, then page 5, then 件: 465件).

/** A field giving a page's number or the pages' count, or a cross-reference's page: its code. */
export const PAGE_FIELD = /^\s*(?:PAGE|PAGEREF|NUMPAGES|SECTIONPAGES)\b/i;
/** A field giving a page's number or the pages' count (a footer's), not a cross-reference's: its code. */
export const PAGE_NUMBER_CODE = /^\s*(?:PAGE|NUMPAGES|SECTIONPAGES)\b/i;
/** The words a page's number and count stand among (第 3 页，共 9 页; - 3 -; Page 3 of 9), and blanks and punctuation. */
export const PAGE_WORDS = /第|页|共|\bpage\b|\bof\b|[\s\p{P}\p{S}\d]/giu;
/** The words before and after a page's number in a sentence: 第 5 页, 共 9 页. */
export const PAGE_NAMED_BEFORE = /[第共]\s*$/;
export const PAGE_NAMED_AFTER = /^\s*页/;
