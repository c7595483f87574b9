// What ends a paragraph line and what opens one, shared by the two places that rejoin wrapped
// lines (a PDF's text layer, and plain text copied from one). Tested on folded text (ASCII
// punctuation and digits, simplified characters).

/** A line ending here ends a paragraph line: sentence ends (also with a closing quote after one). */
export const SENTENCE_END = /[。;:!?][\u201D\u2019\u300D\u300F)]?$/;

/** Outline headings that always start a new line: 一、 (一) 1. (1) 一是 第一章 ①. */
export const OUTLINE_START =
  /^(?:第[一二三四五六七八九十百]+[章节条部分]|[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|\d{1,2}(?:、|\.(?!\d))|\(\d{1,2}\)|[一二三四五六七八九十]+是|[\u2460-\u2473])/;
