import path from 'node:path';
import { UserError } from '../errors.js';
import { log } from '../log.js';
import { nestsDeeperThan } from '../util/json-depth.js';
import { loadBoilerplate } from './boilerplate.js';
import { csvAsText, isSheetText } from './csv.js';
import { decodeText, iconvName, type Decoded } from './decode.js';
import { HTML_EXTENSIONS, MARKDOWN_EXTENSIONS, MHTML_EXTENSIONS, OLDER_DOCUMENT_EXTENSIONS, REPORT_EXTENSIONS, REPORT_FORMATS } from './extensions.js';
import { withoutFrontMatter } from './front-matter.js';
import { holdsMarkup, markdownAsText, type MarkupReader } from './markdown.js';
import { foldInContext, foldTracked, isTraditional, loadFoldTables } from './fold.js';
import { Budget, countLinesWithText, countTextPieces } from './budget.js';
import { inputError } from './limits.js';
import {
  appleMailMessage,
  extensionOf,
  forwardedBodyText,
  looksLikeMail,
  mailboxSubjects,
  ownBodyText,
  readMail,
  unflowed,
  withoutQuotedMail,
} from './mail.js';
import { extractHtmlPart, looksLikeMhtml } from './mhtml.js';
import { cleanupStructure } from './normalise.js';
import { misreadBeyondRepair } from './mojibake.js';
import { withoutPager } from './page-links.js';
import { tarEntryNames, zipEntryNames } from './zip.js';
import { readInput } from './read.js';
import { outlookPackage, READER_FORMATS, sniff } from './sniff.js';
import { withReferencesRead } from './text-entities.js';
import { loadTableWording } from './table-wording.js';
import { loadSpellings } from './spellings.js';
import { loadLookalikes, withSoundAlikesRead } from './lookalikes.js';
import type { InputFormat, SourceText } from './types.js';

export { foldCharacters } from './fold.js';
export { MAX_LINE_CHARS, MAX_BOILERPLATE_LINE_CHARS } from './limits.js';
export { Budget, LIMITS, Limits } from './budget.js';
export type { SourceText, InputFormat } from './types.js';

/**
 * Reads one report (a path, or '-' for standard input) as normalised text, within the
 * budget (by default a fresh one with the standard limits).
 */
export async function ingestFile(file: string, budget = new Budget(file)): Promise<SourceText> {
  const [bytes] = await Promise.all([readInput(file, budget), loadIngestStage()]);
  return ingestBytes(bytes, file, budget);
}

/** The tables ingestBytes reads (from the cache, else built from rules/ and OpenCC), loaded while the bytes are read. */
async function loadIngestStage(): Promise<void> {
  await Promise.all([loadFoldTables(), loadBoilerplate(), loadTableWording(), loadSpellings(), loadLookalikes()]);
}

/**
 * Normalises the bytes of one report. The format comes from the content (magic bytes,
 * markup) with the extension as a hint; bad input throws UserError naming `file`.
 */
export async function ingestBytes(bytes: Uint8Array, file: string, budget = new Budget(file)): Promise<SourceText> {
  try {
    const notices: string[] = [];
    const { format, encoding, raw, site } = await extract(bytes, file, budget, notices);
    budget.checkTime();
    if (raw.length > budget.limits.textChars && countLinesWithText(raw) > budget.limits.textChars) throw budget.exceeded('textChars');
    const cleaned = cleanupStructure(raw);
    if (cleaned.trim() === '') throw inputError(file, '文件是空的,没有可读的文字');
    if (cleaned.length > budget.limits.textChars) throw budget.exceeded('textChars');
    // typing slips are read once the text is known to be kept: on a text past the limit they cost time and memory for nothing
    const structured = withSoundAlikesRead(cleaned);
    if (isGarbled(structured)) throw inputError(file, `文字是乱码,无法读取:大部分字符既不是汉字也不是英文字母;${GARBLED_CAUSE[format]}`);
    const original = format === 'pdf' || format === 'ofd' ? withUnmappedGlyphsMarked(structured, format, notices) : structured;
    if (countTextPieces(original) > budget.limits.textPieces) throw budget.exceeded('textPieces');
    const { folded, converted } = foldTracked(original);
    const text = foldInContext(folded);
    const source: SourceText = {
      file,
      format,
      encoding,
      text,
      original,
      traditional: converted && isTraditional(original, folded),
      ...(site === undefined ? {} : { site: foldInContext(foldTracked(site).folded) }),
      ...(notices.length > 0 ? { notices } : {}),
    };
    log.debug({ file, format, encoding, chars: text.length, traditional: source.traditional }, 'ingested');
    return source;
  } catch (error) {
    if (error instanceof UserError) throw error;
    // Parsers can fail in unforeseen ways on hostile input; that is still the input's fault.
    log.warn({ file, err: error }, 'ingest failed inside a parser');
    throw inputError(file, '文件已损坏或不完整,无法读取');
  }
}

/** The most reports a refusal names among an archive's files. */
const MAX_NAMED_REPORTS = 3;

/**
 * The reports among an archive's files, as a refusal names them ((其中有「2025年报告.docx」)), by their extensions; none
 * named when it holds none or is damaged. The user was told to unpack it, not which of its files to give.
 */
function reportsAmong(names: readonly string[]): string {
  const reports = names
    .filter((name) => !name.endsWith('/') && !/(?:^|\/)(?:__MACOSX\/|\.)/.test(name))
    .filter((name) => REPORT_EXTENSIONS.has(path.extname(name).toLowerCase()) || OLDER_DOCUMENT_EXTENSIONS.has(path.extname(name).toLowerCase()));
  if (reports.length === 0) return '';
  const named = reports
    .slice(0, MAX_NAMED_REPORTS)
    .map((name) => `「${name}」`)
    .join('、');
  return `(其中有${named}${reports.length > MAX_NAMED_REPORTS ? ` 等 ${reports.length} 个文件` : ''})`;
}

interface Extracted {
  format: InputFormat;
  encoding: string;
  raw: string;
  /** a web page's site, as its page title names it (see SourceText.site) */
  site?: string;
}

/** `extension` hints at the format; the content decides. What the user should know of the reading goes to `notices`. */
async function extract(bytes: Uint8Array, file: string, budget: Budget, notices: string[], extension = path.extname(file).toLowerCase()): Promise<Extracted> {
  if (bytes.length === 0) throw inputError(file, '文件是空的,没有可读的文字');
  const sniffed = sniff(bytes, extension);
  switch (sniffed.kind) {
    case 'pdf':
      return { format: 'pdf', encoding: 'binary', raw: await pdfText(bytes, budget, notices) };
    case 'docx':
      return { format: 'docx', encoding: 'binary', raw: await docxText(bytes, file, budget, notices) };
    case 'ofd':
      return { format: 'ofd', encoding: 'binary', raw: await ofdText(bytes, budget) };
    case 'odt':
      return { format: 'odt', encoding: 'binary', raw: await odtText(bytes, budget) };
    case 'rtf':
      return { format: 'rtf', ...(await rtfText(bytes, budget, notices)) };
    case 'doc':
      return { format: 'doc', encoding: 'binary', raw: await docText(bytes, budget) };
    case 'zip':
      if (extension === '.docx') return { format: 'docx', encoding: 'binary', raw: await docxText(bytes, file, budget, notices) };
      if (extension === '.ofd') return { format: 'ofd', encoding: 'binary', raw: await ofdText(bytes, budget) };
      if (extension === '.odt') return { format: 'odt', encoding: 'binary', raw: await odtText(bytes, budget) };
      throw inputError(file, `不是文本文件,看起来是 ZIP 压缩包${reportsAmong(zipEntryNames(bytes, budget))};请解压后给出其中的报告文件`);
    case 'tar':
      throw inputError(file, `不是文本文件,看起来是 tar 归档包${reportsAmong(tarEntryNames(bytes))};请解包后给出其中的报告文件`);
    case 'encrypted-office':
      throw inputError(file, '文档设有打开密码,已加密,无法读取;请在 Word 或 WPS 中取消密码后另存为 .docx 再试');
    case 'truncated-compound':
      throw inputError(file, '文件已损坏或不完整:旧版 Office 或 WPS 文档(.doc、.xls、.wps)在中途截断,找不到其中的内容;请重新下载或换用原始文件');
    case 'binary':
      throw inputError(file, `不是文本文件,看起来是${sniffed.what}`);
    case 'unknown':
      break;
  }
  if (extension === '.docx' || extension === '.pdf' || extension === '.ofd' || extension === '.odt') {
    const format = extension.slice(1).toUpperCase();
    // a page a site gave instead of the document (not found, log in) was "damaged"
    const start = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').replace(UTF8_BOM_AS_LATIN1, '');
    if (looksLikeHtml(start)) {
      throw inputError(file, `内容是网页(HTML),不是 ${format} 文件;可能下载时网站给出的是网页,请重新下载;若它就是报告网页,请把扩展名改为 .html`);
    }
    // a report's text given a document's name (saved as "报告.pdf" from a text editor) was "damaged"
    if (looksLikePlainText(bytes.subarray(0, PLAIN_TEXT_HEAD))) {
      throw inputError(file, `内容是纯文本,不是 ${format} 文件;若它就是报告的文字,请把扩展名改为 .txt 后再试`);
    }
    throw inputError(file, `文件已损坏或不完整,内容不是 ${format} 格式`);
  }
  // a .doc of plain text is no Word document; one of a web page (Word's "save as web page" kept the name) is read as one
  if (extension === '.doc' && looksLikePlainText(bytes.subarray(0, PLAIN_TEXT_HEAD))) {
    const start = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').replace(UTF8_BOM_AS_LATIN1, '');
    if (!looksLikeHtml(start) && !looksLikeMhtml(bytes) && !looksLikeMail(bytes)) {
      throw inputError(file, '内容是纯文本,不是 Word 文档(.doc);若它就是报告的文字,请把扩展名改为 .txt 后再试');
    }
  }
  if (extension === '.eml' || looksLikeMail(bytes)) {
    const subjects = mailboxSubjects(bytes);
    if (subjects) {
      const named = subjects
        .slice(0, MAX_NAMED_REPORTS)
        .map((subject) => `「${subject || '无主题'}」`)
        .join('、');
      throw inputError(
        file,
        `这是一个邮箱文件(mbox),其中有 ${subjects.length} 封邮件(${named}${subjects.length > MAX_NAMED_REPORTS ? ' 等' : ''}),无法确定哪封是报告;请在邮件程序中把附有报告的那封邮件另存为 .eml 再试`,
      );
    }
    return mailText(bytes, file, budget, notices);
  }
  const appleMail = appleMailMessage(bytes);
  if (appleMail) return mailText(appleMail, file, budget, notices);
  if (MHTML_EXTENSIONS.has(extension) || looksLikeMhtml(bytes)) {
    const part = extractHtmlPart(bytes);
    if (!part) throw inputError(file, '文件已损坏或不完整,网页存档(MHTML)中找不到网页正文');
    const decoded = decodeChecked(part.bytes, file, part.charset ?? declaredCharset(part.bytes), notices);
    return { format: 'html', encoding: decoded.encoding, ...(await htmlText(decoded.text, budget, notices)) };
  }
  const decoded = decodeChecked(bytes, file, declaredCharset(bytes), notices);
  const generated = generatedBy(decoded.text);
  if (generated) throw inputError(file, generated);
  // each pattern after the test of a word its every match holds: a report's text has neither
  const odtHead = decoded.text.slice(0, FLAT_ODT_HEAD);
  if (odtHead.includes(':mimetype') && FLAT_ODT.test(odtHead)) {
    return { format: 'odt', encoding: decoded.encoding, raw: await flatOdtText(decoded.text, budget) };
  }
  const xmlHead = decoded.text.slice(0, 4096);
  if (xmlHead.includes('<') && WORD_XML.test(xmlHead)) {
    throw inputError(file, '这是 Word XML 格式的文档(.xml),不能直接读取;请用 Word 或 WPS 打开后另存为 .docx 再试');
  }
  const markdown = MARKDOWN_EXTENSIONS.has(extension);
  // a Markdown report may open with an HTML block (<p align="center">标题</p>): it is Markdown still, its
  // lines and headings its own (read as a page, they ran into one paragraph); a whole page saved so is a page
  if (HTML_EXTENSIONS.has(extension) || (markdown ? looksLikeWholePage(decoded.text) : looksLikeHtml(decoded.text))) {
    return { format: 'html', encoding: decoded.encoding, ...(await htmlText(decoded.text, budget, notices)) };
  }
  // a sheet saved as tab-separated values (.tsv) is a CSV of tabs: read as a text, its header row kept its tabs
  if (extension === '.csv' || extension === '.tsv') return { format: 'txt', encoding: decoded.encoding, raw: csvAsText(decoded.text) };
  const text = withReferencesRead(withoutFrontMatter(decoded.text), markdown);
  if (!markdown) return { format: 'txt', encoding: decoded.encoding, raw: isSheetText(text) ? csvAsText(text) : text };
  // its markup read as the page reader reads it, which loads only for a report that has some
  const read = holdsMarkup(text) ? await markupReader(budget) : undefined;
  return { format: 'txt', encoding: decoded.encoding, raw: markdownAsText(text, read) };
}

const markupReader = async (budget: Budget): Promise<MarkupReader> => {
  const { shownFragmentText, shownLinesText } = await import('./html.js');
  return { fragment: (html) => shownFragmentText(html, budget), lines: (lines) => shownLinesText(lines, budget) };
};

/**
 * An e-mail saved as a file: the report attached to it, read as the attachment's format, or with no
 * attachment of a report's format, its body (the report pasted in). Several attachments of a
 * report's format are told, as no one of them is surely the report.
 */
async function mailText(bytes: Uint8Array, file: string, budget: Budget, notices: string[]): Promise<Extracted> {
  const mail = readMail(bytes);
  const reports = mail.attachments.filter(
    (attachment) => REPORT_EXTENSIONS.has(extensionOf(attachment)) || OLDER_DOCUMENT_EXTENSIONS.has(extensionOf(attachment)),
  );
  if (reports.length > 1) {
    const names = reports.map((attachment) => `「${attachment.name}」`).join('、');
    throw inputError(file, `这是一封电子邮件,附有 ${reports.length} 个文件(${names}),无法确定哪个是报告;请把报告附件另存出来再试`);
  }
  const [report] = reports;
  if (report !== undefined) {
    notices.push(`这是一封电子邮件,已读取其附件「${report.name}」`);
    return extract(report.bytes, file, budget, notices, extensionOf(report));
  }
  // Outlook's package of the attachments (winmail.dat), or a message of its own attached (.msg), holds the report unread
  const packaged = mail.attachments.find((attachment) => outlookPackage(attachment.bytes) !== undefined);
  const packageTold = () => `附件「${packaged!.name || '未命名'}」是${outlookPackage(packaged!.bytes)!}`;
  if (mail.body === undefined) {
    throw inputError(file, packaged ? `这是一封电子邮件,没有正文;${packageTold()}` : '这是一封电子邮件,其中既没有正文,也没有报告附件');
  }
  const decoded = decodeChecked(mail.body.bytes, file, mail.body.charset, notices);
  // a note over an attachment of another format (请查收附件 over a .zip or a workbook) was read as the report, a line long
  if (mail.attachments.length > 0 && lettersIn(mail.body.html ? withoutTags(decoded.text) : decoded.text) < MIN_MAIL_REPORT_CHARS) {
    if (packaged) throw inputError(file, `这是一封电子邮件,正文只有几句话,不是报告;${packageTold()}`);
    const names = mail.attachments.map((attachment) => `「${attachment.name || '未命名'}」`).join('、');
    throw inputError(
      file,
      `这是一封电子邮件,正文只有几句话,不是报告;附件${names}不是能读取的报告格式(${REPORT_FORMATS});若报告在压缩包中,请解压后给出报告文件`,
    );
  }
  if (mail.body.html) {
    const page = await htmlText(await withoutQuotedMail(decoded.text), budget, notices);
    return { format: 'html', encoding: decoded.encoding, ...page, raw: forwardedBodyText(page.raw) };
  }
  const body = mail.body.flowed ? unflowed(decoded.text, mail.body.flowed) : decoded.text;
  // a signature over a mail forwarded inline ends the note, not the body
  return { format: 'txt', encoding: decoded.encoding, raw: ownBodyText(forwardedBodyText(body)) };
}

/** Fewer letters and digits than this in a mail's body are a note, no report (as a web page's article has at least as many). */
const MIN_MAIL_REPORT_CHARS = 100;
const lettersIn = (text: string): number => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
/** A page's markup left out, its style and script with it, as far as counting its letters needs. */
const withoutTags = (html: string): string => html.replace(/<(style|script)\b[^]*?<\/\1\s*>|<[^>]*>/gi, ' ');

// Each format's parser (and its library) loads only when a file of that format comes.
const pdfText = async (bytes: Uint8Array, budget: Budget, notices: string[]) => (await import('./pdf.js')).pdfToText(bytes, budget, notices);
// a part a .docx embeds whole (a web page, mostly) is read as a file of its own would be
const docxText = async (bytes: Uint8Array, file: string, budget: Budget, notices: string[]) =>
  (await import('./docx.js')).docxToText(
    bytes,
    budget,
    async (part, name) => (await extract(part, file, budget, notices, path.extname(name).toLowerCase())).raw,
    notices,
  );
const ofdText = async (bytes: Uint8Array, budget: Budget) => (await import('./ofd.js')).ofdToText(bytes, budget);
const odtText = async (bytes: Uint8Array, budget: Budget) => (await import('./odt.js')).odtToText(bytes, budget);
const flatOdtText = async (xml: string, budget: Budget) => (await import('./odt.js')).flatOdtToText(xml, budget);
const rtfText = async (bytes: Uint8Array, budget: Budget, notices: string[]) => (await import('./rtf.js')).rtfToText(bytes, budget, notices);
const docText = async (bytes: Uint8Array, budget: Budget) => (await import('./doc.js')).docToText(bytes, budget);
/** A page whose article goes on over other pages is read as it is, and the user told to give them all. */
async function htmlText(html: string, budget: Budget, notices: string[]): Promise<{ raw: string; site?: string }> {
  const { htmlToText, pageSite } = await import('./html.js');
  const { text, pages } = withoutPager(htmlToText(html, budget));
  if (pages !== undefined) {
    notices.push(`网页正文分为 ${pages} 页(正文末尾有"下一页"等翻页链接),只读取了给出的这一页;请把各页正文合并成一个文件后再试,否则核查结果不完整`);
  }
  const site = pageSite(html);
  return site === undefined ? { raw: text } : { raw: text, site };
}

/** Below this share of Chinese characters and (full- or half-width) ASCII letters among its letters, a text is garbled ... */
const MIN_READABLE_SHARE = 0.5;
/** ... once it has this many letters at all. */
const MIN_LETTERS = 20;
const LETTER = /\p{L}/u;
const READABLE_LETTER = /[\p{Script=Han}A-Za-z\uFF21-\uFF3A\uFF41-\uFF5A]/u;
/**
 * A bilingual page (see isBilingual) has at least this share of Chinese characters among its letters: a word of
 * Uyghur or Tibetan spells in three or four letters what Chinese writes in one character.
 */
const MIN_HAN_SHARE_BESIDE_ANOTHER_SCRIPT = 0.1;
const HAN_LETTERS = /\p{Script=Han}/gu;
/** Letters with their combining marks (vowel signs, subjoined letters), as a word of any script runs. */
const LETTER_RUNS = /[\p{L}\p{M}]+/gu;
const MARKS = /\p{M}/gu;
/** A word longer than this (in UTF-16 units) is no word of a language but a run of garble. */
const MAX_WORD_UNITS = 40;
/** A word all of one script a minority or a neighbour of China writes in (marks aside). */
const ONE_SCRIPT_WORD =
  /^(?:[\p{Script=Hangul}\p{M}]+|[\p{Script=Arabic}\p{M}]+|[\p{Script=Tibetan}\p{M}]+|[\p{Script=Mongolian}\p{M}]+|[\p{Script=Yi}\p{M}]+|[\p{Script=Tai_Le}\p{M}]+|[\p{Script=New_Tai_Lue}\p{M}]+)$/u;
const NOT_LETTER = 1;
const READABLE = 2;
const OTHER_LETTER = 3;
/** Per UTF-16 unit, its kind as the regexes tell it on first sight (0: not seen yet): a report repeats a few thousand characters. */
const unitKinds = new Uint8Array(0x10000);
/** A font's own codes for its glyphs, which no text is written in. */
const PRIVATE_USE = /\p{Co}/u;
const kindOf = (char: string): number =>
  PRIVATE_USE.test(char) ? OTHER_LETTER : !LETTER.test(char) ? NOT_LETTER : READABLE_LETTER.test(char) ? READABLE : OTHER_LETTER;

/**
 * A text layer that maps its glyphs to no characters (a PDF or OFD font without a Unicode map),
 * or bytes read in the wrong encoding, gives letters of scripts no report is written in alone:
 * Arabic, Devanagari, Hangul, accented Latin; or the font's own codes, of the private use area,
 * counted as such letters. Read on, it was "no report", with no word of why. A page in Chinese
 * and another language is no garble (see isBilingual). Letters
 * are counted in UTF-16 units, character by character (two regex replaces over the text cost
 * 0.6 ms a report).
 */
function isGarbled(text: string): boolean {
  let letters = 0;
  let readable = 0;
  for (let i = 0; i < text.length; i++) {
    const point = text.codePointAt(i)!;
    let kind: number;
    if (point > 0xffff) {
      kind = kindOf(String.fromCodePoint(point));
      i++;
    } else {
      kind = unitKinds[point] || (unitKinds[point] = kindOf(String.fromCharCode(point)));
    }
    if (kind === NOT_LETTER) continue;
    const units = point > 0xffff ? 2 : 1;
    letters += units;
    if (kind === READABLE) readable += units;
  }
  return letters >= MIN_LETTERS && readable < letters * MIN_READABLE_SHARE && !isBilingual(text, letters, readable);
}

/**
 * A page with every paragraph in Chinese and again in a language of a minority or a neighbour
 * (Korean, Uyghur, Tibetan, Mongolian, Yi, Dai) is no garble, though most of its letters are
 * neither Chinese nor Latin: its other letters make words, each of one script and set off by
 * spaces, punctuation or figures (법치정부를, 19건), beside a fair share of Chinese. A wrong
 * reading or an unmapped font mixes scripts within a word (ĚĈΔж, 가漢나) or gives no Chinese
 * at all (GBK read as KOI8-R). Counted only when the first count found the text garbled.
 */
function isBilingual(text: string, letters: number, readable: number): boolean {
  const han = text.match(HAN_LETTERS)?.length ?? 0;
  if (han < MIN_LETTERS || han < letters * MIN_HAN_SHARE_BESIDE_ANOTHER_SCRIPT) return false;
  let words = 0;
  for (const [word] of text.matchAll(LETTER_RUNS)) {
    if (word.length <= MAX_WORD_UNITS && ONE_SCRIPT_WORD.test(word)) words += word.replace(MARKS, '').length;
  }
  return readable + words >= letters * MIN_READABLE_SHARE;
}

/**
 * The text with each glyph its font maps to no character marked U+FFFD, as an undecodable byte is,
 * and the user told. pdf.js gives such a glyph its number in the font: a letter of Latin Extended,
 * Greek, Cyrillic… among Chinese (规范性文件ĚĈ件, the figure's digits unmapped), read as no figure
 * and with no word. A run of such letters counts where it stands between Chinese characters,
 * figures or Chinese punctuation (or a line's end), not where it stands by Latin letters (Café).
 */
function withUnmappedGlyphsMarked(text: string, format: 'pdf' | 'ofd', notices: string[]): string {
  // and those its reader marked already (./pdf.ts: glyphs pdf.js gave as control characters)
  let glyphs = text.includes('\uFFFD') ? text.split('\uFFFD').length - 1 : 0;
  const marked = text.replace(FOREIGN_LETTERS, (run: string, at: number) => {
    const [before, after] = [text[at - 1] ?? '\n', text[at + run.length] ?? '\n'];
    const amongChinese = CHINESE_CONTEXT.test(before) || CHINESE_CONTEXT.test(after);
    if (!amongChinese || !(CHINESE_CONTEXT.test(before) || before === '\n') || !(CHINESE_CONTEXT.test(after) || after === '\n')) return run;
    glyphs += [...run].length;
    return '\uFFFD'.repeat(run.length);
  });
  if (glyphs > 0) {
    const name = format.toUpperCase();
    notices.push(`${name} 中有 ${glyphs} 个字的字体缺少文字映射,无法识别,已替换为"\uFFFD"(该处的文字或数字缺失);请换用原始文件,或先做文字识别(OCR)再导入`);
  }
  return marked;
}

/** Letters of scripts no report is written in (see isGarbled): neither Chinese nor Latin letters, accented ones of Latin-1 (é) kept. */
const FOREIGN_LETTERS = /(?:(?![\p{Script=Han}A-Za-z\uFF21-\uFF3A\uFF41-\uFF5A\u00C0-\u00FF])\p{L})+/gu;
/** A Chinese character, Chinese punctuation, or a figure and its signs (2023-03-01, 94.1%). */
const CHINESE_CONTEXT = /[\p{Script=Han}\u3001-\u3011\uFF01-\uFF200-9.,:/%-]/u;

const GARBLED_CAUSE: Record<InputFormat, string> = {
  pdf: 'PDF 的字体缺少文字映射,请换用原始文件,或先做文字识别(OCR)再导入',
  ofd: 'OFD 的字体缺少文字映射,请换用原始文件,或先做文字识别(OCR)再导入',
  docx: '请用 Word 或 WPS 打开,确认文字可读后重新保存',
  doc: '请用 Word 或 WPS 打开,确认文字可读后另存为 .docx',
  odt: '请用 WPS 或 LibreOffice 打开,确认文字可读后重新保存',
  rtf: '文档的代码页无法识别,请用 Word 或 WPS 打开,确认文字可读后另存为 .docx',
  html: '网页的编码无法识别,请在浏览器中另存为 UTF-8 编码的文本后再试',
  txt: '文件的编码无法识别,请另存为 UTF-8 或 GBK 编码后再试',
};

/** Above this share of control characters other than NUL, the bytes are not text ... */
const MAX_CONTROL_SHARE = 0.01;
/** ... nor above this share of NULs, which a bad copy or conversion scatters through a text (one a sentence) ... */
const MAX_NUL_SHARE = 0.2;
/** ... and above this share of undecodable ones, they are in no encoding we know, or several. */
const MAX_UNDECODABLE_SHARE = 0.02;
// eslint-disable-next-line no-control-regex -- control characters are what this counts
const CONTROL = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f\u007f]/g;
// eslint-disable-next-line no-control-regex -- the NULs among them
const NUL = /\u0000/g;

// eslint-disable-next-line no-control-regex -- the control character is what this finds
const END_OF_FILE_MARKS = /\u001a[\u001a\s]*$/;
/**
 * The text without the end-of-file marks (Ctrl-Z) a DOS editor, or a tool that keeps its ways, writes after it (a run
 * of them padding the last record): a short text ending in two was binary data.
 */
const withoutEndOfFileMarks = (decoded: Decoded): Decoded =>
  decoded.text.includes('\u001a') ? { ...decoded, text: decoded.text.replace(END_OF_FILE_MARKS, '') } : decoded;

/**
 * A stray NUL or control character (an editor's padding, a bad copy) is dropped later, as every
 * invisible character is; many of them make binary data. Undecodable characters are told apart:
 * text that is half UTF-8 and half GBK is no picture or program.
 */
function decodeChecked(bytes: Uint8Array, file: string, declared: string | undefined, notices: string[]): Decoded {
  const decoded = withoutEndOfFileMarks(withOverstrikes(withoutNulPadding(decodeText(bytes, declared), file, notices)));
  if (decoded.text.trim() === '') throw inputError(file, '文件是空的,没有可读的文字');
  const controls = decoded.text.match(CONTROL)?.length ?? 0;
  const nuls = decoded.text.match(NUL)?.length ?? 0;
  if (controls - nuls > decoded.text.length * MAX_CONTROL_SHARE || nuls > decoded.text.length * MAX_NUL_SHARE) {
    const reader = READER_FORMATS.get(path.extname(file).toLowerCase());
    throw inputError(
      file,
      reader ? `不是文本文件,看起来是${reader}` : '不是文本文件,内容像是二进制数据(图片、压缩包或程序);请提供 .txt、.html、.docx、.pdf 或 .ofd 格式的报告',
    );
  }
  // read on, a NUL a sentence made the report "binary data"
  if (nuls > decoded.text.length * MAX_CONTROL_SHARE) notices.push(`文件中夹杂 ${nuls} 个空字节(NUL),已忽略;文件可能已损坏,请核对`);
  if (decoded.repaired) {
    const { misreadAs, meant } = decoded.repaired;
    notices.push(
      `文件是乱码:${meant} 编码的文字曾被当作 ${misreadAs} 编码读取后又保存(乱码形如"鍏充簬"或"æ³•"),已按原来的编码还原后读取;请核对结果,最好换用未经转存的原始文件`,
    );
  }
  // a text garbled and saved lost a character where the misreading met bytes it could not decode (a line's last, mostly): told below
  if (decoded.replaced > decoded.text.length * MAX_UNDECODABLE_SHARE && !decoded.repaired) {
    const misreadAs = decoded.encoding === 'utf-8' ? misreadBeyondRepair(decoded.text) : undefined;
    if (misreadAs) {
      throw inputError(
        file,
        `文件是乱码:UTF-8 编码的文字曾被当作 ${misreadAs} 编码读取后又保存,大部分字在那时丢失了字节(显示为"\uFFFD"),无法还原;请换用未经转存的原始文件`,
      );
    }
    throw inputError(
      file,
      `文字无法解码:有 ${decoded.replaced} 处字节不是 UTF-8、GBK 等任何一种编码的文字(文件可能混用了多种编码,或已损坏);请另存为 UTF-8 编码后再试`,
    );
  }
  if (decoded.bomContradicted) {
    notices.push(
      `文件开头标明是 ${encodingName(decoded.bomContradicted)} 编码(BOM),但内容是 ${encodingName(decoded.encoding)} 编码,已按内容的编码读取;请核对结果,并把文件另存为统一的 UTF-8 编码`,
    );
  }
  if (decoded.gbLines) {
    notices.push(`文件混用了 UTF-8 和 GBK 两种编码(${decoded.gbLines} 行为 GBK),已逐行按各自的编码读取;请核对结果,并把文件另存为统一的 UTF-8 编码`);
  }
  if (decoded.utf16From !== undefined) {
    notices.push(
      `文件混用了 UTF-8 和 UTF-16 两种编码(从第 ${decoded.utf16From + 1} 字节起为 UTF-16,可能是两个文件拼接而成),已分别按各自的编码读取;请核对结果,并把文件另存为统一的 UTF-8 编码`,
    );
  }
  if (decoded.cutAtEnd) notices.push('文件在一个字的中间结束(最后一个字只有前半部分,已略去);文件可能没有下载或复制完整,请核对结尾是否缺少内容');
  if (decoded.replaced > 0) {
    log.warn({ file, encoding: decoded.encoding, replaced: decoded.replaced }, 'undecodable bytes replaced with U+FFFD');
    // a byte the misreading lost leaves a character of many (64 for a UTF-8 one's last byte) no rule can choose among safely: told, not guessed
    notices.push(
      decoded.repaired
        ? `还原后仍有 ${decoded.replaced} 处文字缺失:这些字在当初被错误读取时丢失了一个字节,原字有几十种可能,无法可靠推断,已替换为"\uFFFD";请换用未经转存的原始文件`
        : `有 ${decoded.replaced} 处字节无法解码,已替换为"\uFFFD",该处文字缺失(文件可能已损坏)`,
    );
  }
  if (controls > 0) log.warn({ file, controls }, 'control characters dropped');
  return decoded;
}

/** Encodings as users know them by name, where it is not the upper-cased one. */
const ENCODING_NAMES: Readonly<Record<string, string>> = { gb18030: 'GBK', big5: 'Big5' };
const encodingName = (encoding: string) => ENCODING_NAMES[encoding] ?? encoding.toUpperCase();

/**
 * A file cut off while it was saved, or written into space reserved for it, is padded with NULs,
 * at its end mostly: a report with a few kilobytes of them was refused as binary data.
 */
function withoutNulPadding(decoded: Decoded, file: string, notices: string[]): Decoded {
  const { text } = decoded;
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 0) start++;
  while (end > start && text.charCodeAt(end - 1) === 0) end--;
  if (end - start === text.length) return decoded;
  if (start === end) throw inputError(file, '文件内容全是空字节(NUL),没有文字;文件已损坏,请换用完好的文件');
  const where = start === 0 ? '末尾' : end === text.length ? '开头' : '开头和末尾';
  notices.push(`文件${where}有 ${text.length - (end - start)} 个空字节(NUL),已忽略;文件可能没有完整保存,请核对`);
  return { ...decoded, text: text.slice(start, end) };
}

/**
 * A character struck over by another after backspaces, as a line printer's text (man pages, nroff,
 * old systems' print files) bolds and underlines: 重⌫重 is a bold 重, _⌫重 or 重⌫_ an underlined one.
 * The backspaces made a report "binary data", or were dropped as invisible and left the character
 * twice (4⌫40件 read as 440件).
 */
// eslint-disable-next-line no-control-regex -- backspaces are what this reads
const OVERSTRIKE = /([^\u0000-\u001f])\u0008+([^\u0000-\u001f])/g;

/** The text with each struck-over character written once: the later one, or the other one of an underline. */
function withOverstrikes(decoded: Decoded): Decoded {
  if (!decoded.text.includes('\b')) return decoded;
  // a chain (_⌫_⌫重) loses a backspace a pass
  let text = decoded.text;
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(OVERSTRIKE, (_, struck: string, over: string) => (over === '_' ? struck : over));
  }
  return { ...decoded, text };
}

/** A charset declared in the first bytes of an HTML page (<meta charset> or http-equiv). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const label = /<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]{1,40})/i.exec(head)?.[1];
  return label && iconvName(label) ? label : undefined;
}

/**
 * Word's XML formats: Word XML 文档 as Word and WPS save it (one package of the .docx's parts) and
 * Word 2003 XML. Read as text they were the markup of the whole document on one line, with no place
 * or year found in it.
 */
const WORD_XML = /<\?mso-application\s+progid="Word\.Document"\s*\?>|<pkg:package\b|<w:wordDocument\b/;

/**
 * A flat OpenDocument text (.fodt): an office:document root naming a text's type (…text,
 * …text-template, …text-master), whatever prefix binds its namespace; LibreOffice writes some
 * forty namespace declarations before the type.
 */
const FLAT_ODT = /<(?:[\w.-]+:)?document\b[^>]{0,20000}?:mimetype\s*=\s*["']application\/vnd\.oasis\.opendocument\.text(?:-template|-master)?["']/;
const FLAT_ODT_HEAD = 24_000;

/** duibiao's own pages, also as a browser saves them again (attributes requoted). */
const OUR_PAGE = /<meta\s+name=["']?generator["']?\s+content=["']?duibiao["'\s/>]/i;

/**
 * Why a text is no report though it reads as one: duibiao's own result (its page or JSON quotes
 * the report's evidence, and scored higher than the report itself) or other JSON data.
 */
function generatedBy(text: string): string | undefined {
  const head = text.slice(0, 4096);
  if (OUR_PAGE.test(head)) return '这是 duibiao 生成的核查结果网页,不是报告原文;请给出报告本身';
  if (!/^\s*[[{]/.test(head)) return undefined;
  if (nestsDeeperThan(text)) return JSON_DATA;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const tool = (data as { tool?: { name?: unknown } } | null)?.tool;
  return tool?.name === 'duibiao' ? '这是 duibiao 的评分结果(JSON),不是报告原文;比较两个年度的结果请用 duibiao diff 旧 新' : JSON_DATA;
}

const JSON_DATA = '这是 JSON 数据文件,不是报告原文;请给出报告本身(.txt、.html、.docx、.pdf 或 .ofd)';

const UTF8_BOM_AS_LATIN1 = /^\u00EF\u00BB\u00BF/;

function looksLikeHtml(text: string): boolean {
  return /^\s*<(?:!doctype\s+html|html|head|body|meta|div|p|table|!--)[\s>]/i.test(text.slice(0, 1024));
}

/** The bytes a file is judged plain text by: enough for a few lines. */
const PLAIN_TEXT_HEAD = 4096;
/** Fewer Chinese characters than this in the head: no text of a report. */
const MIN_PLAIN_TEXT_HAN = 10;

/** Text in some encoding, with Chinese in it, and no control character or byte undecoded (a character cut at the head's end aside). */
function looksLikePlainText(head: Uint8Array): boolean {
  const { text, replaced } = decodeText(head);
  return replaced <= 1 && text.search(CONTROL) === -1 && (text.match(/\p{Script=Han}/gu)?.length ?? 0) >= MIN_PLAIN_TEXT_HAN;
}

/** A whole web page, not a fragment of markup (which a Markdown text may open with). */
function looksLikeWholePage(text: string): boolean {
  return /^\s*(?:<!--[^]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta)[\s>]/i.test(text.slice(0, 1024));
}
