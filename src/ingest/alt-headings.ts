import { HEADING_NUMBER } from './line-breaks.js';

/**
 * A heading set as a picture: a post on a public account (公众号) or a portal draws a report's headings as
 * banners (二、存在的不足 on a coloured strip), and the picture's alt text is all a reader without it, or a
 * reader of the page's text, has of the heading. Alt text in the shape of an outline heading, a heading's number
 * before a few words and no sentence, is read as a heading's line of its own: read as nothing, the sections it
 * opens were none, and a gap and the next year's plans were read as the year's work done. Any other alt text
 * (a logo's 法治某某, a caption's 图为…, a QR code's 长按识别, a sentence with figures) is read as nothing, as a
 * picture is.
 */
/** A heading's words: a few, no sentence's punctuation (a clause's comma, a sentence's end, a label's colon), ending in none. */
const ALT_HEADING = new RegExp(`^${HEADING_NUMBER}[ \\t\\u3000]*[^\\s,;:!?\\u3002\\uFF0C\\uFF1B\\uFF1A\\uFF01\\uFF1F]{2,30}$`);

/** The heading a picture's alt text stands for, or undefined when the alt text is no heading's. */
export function altHeading(alt: string): string | undefined {
  const text = alt.replace(/[\s\u3000]+/g, ' ').trim();
  return ALT_HEADING.test(text) ? text : undefined;
}
