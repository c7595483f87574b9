/**
 * An e-mail saved as a file (.eml, as Outlook, Foxmail and webmail save it): a report comes
 * attached to one, or pasted into its body. Read as a text, it was its headers and the attachment's
 * base64, and "not a report".
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type Iconv from 'iconv-lite';
import { iconvName } from './decode.js';
import { decodeTransfer, parsePart, type MimePart } from './mhtml.js';

const require = createRequire(import.meta.url);
const iconvLite = () => require('iconv-lite') as typeof Iconv;

export interface MailAttachment {
  /** its file name as the sender gave it */
  name: string;
  bytes: Uint8Array;
}

export interface Mail {
  attachments: MailAttachment[];
  /** the body a reader sees: its HTML part if it has one, else its text */
  body?: { bytes: Uint8Array; charset?: string; html: boolean; flowed?: Flowed };
}

/** A plain-text body sent as format=flowed (RFC 3676), and whether its soft breaks' spaces are to go (delsp=yes). */
export interface Flowed {
  deleteSpace: boolean;
}

/** Headers only a message has, not a saved web page; two of them open a mail. */
const MAIL_HEADER = /^(?:From|To|Cc|Subject|Date|Message-ID|Received|Return-Path|X-Mailer|Reply-To)[ \t]*:/gim;
/** The first line of a message is a header (or mbox's From line). */
const FIRST_HEADER = /^(?:From [^\r\n]*\r?\n)?[\w-]{1,60}[ \t]*:/;

/** Whether the bytes are an e-mail message: a header block of a mail's own headers, with a MIME type. */
export function looksLikeMail(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 8192)).toString('latin1');
  const end = /\r?\n\r?\n/.exec(head)?.index ?? head.length;
  const headers = head.slice(0, end);
  return FIRST_HEADER.test(headers) && (headers.match(MAIL_HEADER)?.length ?? 0) >= 2 && /^(?:MIME-Version|Content-Type)[ \t]*:/im.test(headers);
}

/** Apple Mail's message file (.emlx): the message's length in bytes on a line of its own, then the message. */
const APPLE_MAIL_LENGTH = /^(\d{1,10})[ \t]*\r?\n/;

/**
 * The message an Apple Mail file (.emlx) holds: after it stands a property list of Mail's own (its flags, in XML),
 * which was read with the headers as the report's text.
 */
export function appleMailMessage(bytes: Uint8Array): Uint8Array | undefined {
  const length = APPLE_MAIL_LENGTH.exec(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 16)).toString('latin1'));
  if (!length) return undefined;
  const message = bytes.subarray(length[0].length, length[0].length + Number(length[1]));
  return looksLikeMail(message) ? message : undefined;
}

/** A mailbox file's (mbox's) From line opening a message after the first: a blank line before it, a header after it. */
const MBOX_SEPARATOR = /\r?\n\r?\nFrom [^\r\n]*\r?\n(?=[\w-]{1,60}[ \t]*:)/g;
const SUBJECT = /^Subject[ \t]*:[ \t]*(.*(?:\r?\n[ \t].*)*)/im;

/**
 * The subjects of the messages of a mailbox file (an mbox, as Thunderbird keeps and exports a folder) when it holds
 * more than one: read as one mail, the first message's body ran on with the others' From lines and headers.
 */
export function mailboxSubjects(bytes: Uint8Array): string[] | undefined {
  // most mails are single messages: the first bytes say so before the whole file is decoded
  if (Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 5)).toString('latin1') !== 'From ') return undefined;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  const messages = text.split(MBOX_SEPARATOR);
  if (messages.length < 2) return undefined;
  return messages.map((message) => {
    const header = message.slice(0, /\r?\n\r?\n/.exec(message)?.index ?? message.length);
    const subject = SUBJECT.exec(header)?.[1] ?? '';
    return decodedWords(asWritten(subject.replace(/\r?\n[ \t]+/g, ' ').trim()));
  });
}

const MAX_NESTING = 8;

/** A message's body: its HTML part if it has one, else its text. */
interface MessageBody {
  html?: Mail['body'];
  plain?: Mail['body'];
}

/**
 * The message's attachments and its body, each part decoded from its transfer encoding. A mail forwarded as an
 * attachment (message/rfc822, in turn forwarded again) has a body of its own: the body the most text is shown in is
 * the mail's, the forwarded report's under a note (请查收), which alone was read as the report.
 */
export function readMail(bytes: Uint8Array): Mail {
  // latin1 maps every byte to one character, so part bodies convert back to the same bytes
  const mail: Mail = { attachments: [] };
  const messages: MessageBody[] = [{}];
  const walk = (part: MimePart, depth: number, message: MessageBody) => {
    const type = part.headers.get('content-type') ?? 'text/plain';
    const boundary = /boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/i.exec(type);
    const marker = boundary?.[1] ?? boundary?.[2];
    if (/^\s*multipart\//i.test(type)) {
      if (!marker || depth > MAX_NESTING) return;
      for (const chunk of part.body.split(`--${marker}`).slice(1)) {
        if (chunk.startsWith('--')) break;
        walk(parsePart(chunk.replace(/^\r?\n/, '')), depth + 1, message);
      }
      return;
    }
    const transfer = part.headers.get('content-transfer-encoding') ?? '';
    // a part sent uuencoded (x-uuencode) holds one such file
    const decoded = UU_TRANSFER.test(transfer) ? (withoutUuencodedFiles(part.body).files[0]?.bytes ?? new Uint8Array()) : decodeTransfer(part.body, transfer);
    // a mail forwarded as an attachment holds the report in turn
    if (/^\s*message\/rfc822/i.test(type) && depth <= MAX_NESTING) {
      const forwarded: MessageBody = {};
      messages.push(forwarded);
      walk(parsePart(Buffer.from(decoded).toString('latin1')), depth + 1, forwarded);
      return;
    }
    const name = fileNameOf(part);
    const disposition = part.headers.get('content-disposition') ?? '';
    if (name !== undefined || /^\s*attachment\b/i.test(disposition)) {
      mail.attachments.push({ name: name ?? '', bytes: decoded });
      return;
    }
    const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(type)?.[1];
    if (/^\s*text\/html/i.test(type)) message.html ??= { bytes: decoded, charset, html: true };
    else if (/^\s*text\/plain/i.test(type)) {
      const { text, files } = withoutUuencodedFiles(Buffer.from(decoded).toString('latin1'));
      mail.attachments.push(...files);
      message.plain ??= { bytes: files.length > 0 ? new Uint8Array(Buffer.from(text, 'latin1')) : decoded, charset, html: false, ...flowedOf(type) };
    }
  };
  walk(parsePart(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1')), 0, messages[0]!);
  for (const message of messages) {
    const body = message.html ?? message.plain;
    if (body && (mail.body === undefined || shownWeight(body) > shownWeight(mail.body))) mail.body = body;
  }
  return mail;
}

/** The line a uuencoded file opens with (begin 644 报告.docx): its mode in octal, its name. */
const UU_BEGIN = /^begin [0-7]{3,4} ([^\r\n]+?)\r?$/;
const UU_END = /^end\r?$/;
/** The transfer encodings a part sent uuencoded names. */
const UU_TRANSFER = /^\s*(?:x-)?uu(?:encode|e)?\s*$/i;
/** A line of uuencoded data: its length's character, then characters from the space to the backquote. */
const UU_LINE = /^[\x20-\x60]+$/;

/**
 * A text body's uuencoded files (begin 644 报告.docx … end), as older mail programs and OA systems attach one inside
 * the body rather than as a part of its own: each is an attachment, and the body goes on without it. Read as the
 * body, the report attached was lines of garble under the note (请查收附件). A block whose lines are not all such data
 * is left as text.
 */
function withoutUuencodedFiles(text: string): { text: string; files: MailAttachment[] } {
  if (!text.includes('begin ')) return { text, files: [] };
  const lines = text.split('\n');
  const files: MailAttachment[] = [];
  const kept: string[] = [];
  for (let k = 0; k < lines.length; k++) {
    const begin = UU_BEGIN.exec(lines[k]!);
    const end = begin ? lines.findIndex((line, j) => j > k && UU_END.test(line)) : -1;
    const bytes = end > k ? uudecoded(lines.slice(k + 1, end)) : undefined;
    if (!bytes) {
      kept.push(lines[k]!);
      continue;
    }
    files.push({ name: asWritten(begin![1]!.trim()), bytes });
    k = end;
  }
  return { text: kept.join('\n'), files };
}

/** Uuencoded lines' bytes, or undefined when a line is no uuencoded data. */
function uudecoded(lines: readonly string[]): Uint8Array | undefined {
  const out: number[] = [];
  const value = (char: number) => (char - 0x20) & 0x3f;
  for (const written of lines) {
    const line = written.replace(/\r$/, '');
    if (line === '') continue;
    if (!UU_LINE.test(line)) return undefined;
    const length = value(line.charCodeAt(0));
    // an encoder may drop the blanks a line ends with: the missing characters are zeros
    const data = line.slice(1).padEnd(Math.ceil(length / 3) * 4, '`');
    if (data.length > Math.ceil(length / 3) * 4 + 1) return undefined;
    const start = out.length;
    for (let i = 0; i + 3 < data.length; i += 4) {
      const [a, b, c, d] = [0, 1, 2, 3].map((j) => value(data.charCodeAt(i + j)));
      out.push((a! << 2) | (b! >> 4), ((b! & 0xf) << 4) | (c! >> 2), ((c! & 0x3) << 6) | d!);
    }
    out.length = start + length;
  }
  return out.length > 0 ? new Uint8Array(out) : undefined;
}

/** How much text a body shows, as near as its bytes tell: its characters but blanks, an HTML body's markup, style and script left out. */
function shownWeight(body: NonNullable<Mail['body']>): number {
  const text = Buffer.from(body.bytes.buffer, body.bytes.byteOffset, body.bytes.length).toString('latin1');
  const shown = body.html ? text.replace(/<(style|script)\b[^]*?<\/\1\s*>|<[^>]*>|&nbsp;/gi, ' ') : text;
  return shown.replace(/\s+/g, '').length;
}

/** A plain-text part's format=flowed and delsp parameters, if it is flowed. */
function flowedOf(type: string): { flowed?: Flowed } {
  if (!/;\s*format\s*=\s*"?flowed\b/i.test(type)) return {};
  return { flowed: { deleteSpace: /;\s*delsp\s*=\s*"?yes\b/i.test(type) } };
}

/** A flowed line's quotation marks (its depth) and its text after them. */
const FLOWED_LINE = /^(>*)(.*)$/;

/**
 * A format=flowed body with its soft line breaks undone (RFC 3676): a line ending in a space goes on in the next
 * line of the same quotation depth, the space dropped where delsp=yes (a mail program that wraps text with no
 * spaces, Chinese, breaks it anywhere and adds one), and a line's stuffed space after its marks dropped. Read as
 * lines, a sentence the mail program wrapped broke apart, inside a figure too (办理案件4 ⏎6件 was read 4 and 6件).
 */
export function unflowed(text: string, { deleteSpace }: Flowed): string {
  const out: string[] = [];
  let open: { depth: number } | undefined;
  for (const line of text.split(/\r?\n/)) {
    const [, marks, rest] = FLOWED_LINE.exec(line)!;
    const content = rest!.startsWith(' ') ? rest!.slice(1) : rest!;
    if (open && open.depth === marks!.length) out[out.length - 1] += content;
    else out.push(marks! === '' ? content : `${marks} ${content}`);
    const soft = content.endsWith(' ') && line !== SIGNATURE_SEPARATOR;
    if (soft && deleteSpace) out[out.length - 1] = out[out.length - 1]!.slice(0, -1);
    open = soft ? { depth: marks!.length } : undefined;
  }
  return out.join('\n');
}

/** A line of the mail a reply quotes (RFC 3676: '>' before each line, '> >' for a quote within it). */
const QUOTED_LINE = /^[ \t]*>/;
/** The attribution line over a quoted mail ends with a colon (在 2024年1月6日 …写道：, On … wrote:). */
const ATTRIBUTION_END = /[:\uFF1A][ \t]*$/;
/** The signature separator (RFC 3676 §4.3): the sender's name, phone and address follow it. */
const SIGNATURE_SEPARATOR = '-- ';

/**
 * A plain-text body without the mail it answers (its quoted lines and the attribution line over them)
 * and without the sender's signature: the quoted mail is another body's (a request to report, last
 * year's figures, the district's rate), and its figures were read as the report's. A body whose own
 * lines are fewer than its quoted ones (a short note over the report quoted back) is kept whole.
 */
export function ownBodyText(text: string): string {
  const lines = text.split(/\r?\n/);
  const signature = lines.lastIndexOf(SIGNATURE_SEPARATOR);
  const body = signature >= 0 ? lines.slice(0, signature) : lines;
  const weight = (quoted: boolean) =>
    body.filter((line) => QUOTED_LINE.test(line) === quoted).reduce((sum, line) => sum + line.replace(/[\s>]+/g, '').length, 0);
  const quotedWeight = weight(true);
  if (quotedWeight === 0 || weight(false) < quotedWeight) return body.join('\n');
  const kept: string[] = [];
  for (const line of body) {
    if (!QUOTED_LINE.test(line)) {
      kept.push(line);
      continue;
    }
    // the attribution over the quote, blank lines between them aside
    let last = kept.length - 1;
    while (last >= 0 && kept[last]!.trim() === '') last -= 1;
    if (last >= 0 && ATTRIBUTION_END.test(kept[last]!) && !QUOTED_LINE.test(kept[last]!)) kept.splice(last, 1);
  }
  return kept.join('\n');
}

/** The mail an HTML reply quotes, as mail programs mark it: Apple Mail's and Thunderbird's cite, Gmail's, NetEase's. */
const QUOTED_MAIL = 'blockquote[type="cite" i], blockquote.gmail_quote, blockquote#isReplyContent';

/**
 * An HTML body without the mail it answers (the blockquotes mail programs quote it in, and the attribution over
 * each: 在 …写道：, On … wrote:), as ownBodyText leaves a text body's quoted lines: the quoted request's figures
 * (上年办理案件30件) were read as the report's. A body whose own text is less than its quoted text (a note over a
 * report forwarded in a quote) is kept whole.
 */
export async function withoutQuotedMail(html: string): Promise<string> {
  if (!/<blockquote\b/i.test(html)) return html;
  const cheerio = await import('cheerio/slim');
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
  const quotes = $(QUOTED_MAIL).filter((_, quote) => $(quote).parents(QUOTED_MAIL).length === 0);
  if (quotes.length === 0) return html;
  $('style, script').remove();
  const weight = (text: string) => text.replace(/\s+/g, '').length;
  const quoted = quotes.toArray().reduce((sum, quote) => sum + weight($(quote).text()), 0);
  if (weight($.root().text()) - quoted < quoted) return html;
  quotes.each((_, quote) => {
    // the attribution: the text just before the quote, line breaks aside, ending with a colon
    let before = quote.prev;
    while (before && ((before.type === 'text' && before.data.trim() === '') || (before.type === 'tag' && before.name === 'br'))) before = before.prev;
    const attribution = before ? $(before).text().trim() : '';
    if (before && attribution.length <= MAX_ATTRIBUTION_CHARS && ATTRIBUTION_END.test(attribution)) $(before).remove();
    $(quote).remove();
  });
  return $.html();
}

/** An attribution line is this long at most. */
const MAX_ATTRIBUTION_CHARS = 200;

/**
 * A line of the header block a mail program writes over a mail forwarded inline (Outlook's, Foxmail's, Gmail's,
 * Thunderbird's, in English or Chinese): a header's name, a colon, its value, an HTML body's bold names read as text.
 */
const FORWARDED_HEADER =
  /^[ \t*]*(?:From|Sent|Date|To|Cc|Subject|Reply-To|发件人|发信人|发送时间|发送日期|发件时间|日期|时间|收件人|抄送|主题|标题)[ \t*]*[:\uFF1A]/i;
/** The sender's line, which every such block has. */
const FORWARDED_SENDER = /^[ \t*]*(?:From|发件人|发信人)[ \t*]*[:\uFF1A]/i;
/** The line over the block: -----Original Message-----, ---------- Forwarded message ---------, ---- 原始邮件 ----, a rule of underscores. */
const FORWARD_SEPARATOR =
  /^\s*(?:[-_=—─]{2,}\s*(?:(?:original|forwarded)\s+message|原始邮件|转发邮件(?:信息)?|邮件原文)?\s*[-_=—─]*|begin forwarded message\s*:?|(?:original|forwarded)\s+message\s*:?|转发的邮件\s*[:\uFF1A]?)\s*$/i;
/** The marks of a quoted line (> >), before a forwarded mail's headers when a reply quotes it. */
const QUOTE_MARKS = /^(?:[ \t]*>)+/;
const unquoted = (line: string): string => line.replace(QUOTE_MARKS, '');

/**
 * A body with a mail forwarded inline (its headers 发件人:, 收件人:, 主题: quoted in the text under a note, or a
 * reply's over the mail it answers): the part of it that shows the most text, without the header block, as
 * readMail keeps the body of a mail forwarded as an attachment that shows the most. Read whole, the forwarded
 * headers were lines of the report and its subject line read as the report's title, the note (请查阅) as its first line.
 */
export function forwardedBodyText(text: string): string {
  const lines = text.split(/\r?\n/);
  const parts: string[][] = [[]];
  for (let k = 0; k < lines.length; k++) {
    const end = headerBlockEnd(lines, k);
    if (end === undefined) {
      parts[parts.length - 1]!.push(lines[k]!);
      continue;
    }
    // the separator over the block, blank lines between them aside, is the block's
    const before = parts[parts.length - 1]!;
    let last = before.length - 1;
    while (last >= 0 && unquoted(before[last]!).trim() === '') last -= 1;
    if (last >= 0 && FORWARD_SEPARATOR.test(unquoted(before[last]!))) before.splice(last);
    parts.push([]);
    k = end - 1;
  }
  if (parts.length === 1) return text;
  const weight = (part: readonly string[]) => part.reduce((sum, line) => sum + unquoted(line).replace(/\s+/g, '').length, 0);
  const shown = parts.reduce((best, part) => (weight(part) > weight(best) ? part : best));
  // the blank lines (quoted or not) between the headers and the text
  const first = shown.findIndex((line) => unquoted(line).trim() !== '');
  return first < 0 ? '' : shown.slice(first).join('\n');
}

/** Where the header block of a forwarded mail opening at line `from` ends: two header lines or more, the sender's among them. */
function headerBlockEnd(lines: readonly string[], from: number): number | undefined {
  let end = from;
  let sender = false;
  for (; end < lines.length && FORWARDED_HEADER.test(unquoted(lines[end]!)); end++) if (FORWARDED_SENDER.test(unquoted(lines[end]!))) sender = true;
  return end - from >= 2 && sender ? end : undefined;
}

/**
 * A part's file name: RFC 2231's filename*= (charset''percent-encoded), its pieces joined where a long name is
 * split (filename*0*=UTF-8''…; filename*1*=…, as Outlook and Thunderbird write a Chinese name), or filename= or
 * name=, its encoded words decoded. Only a split name's first piece was read, a name without its extension,
 * and the report attached was no report: the mail's note (请查收) was read instead.
 */
function fileNameOf(part: MimePart): string | undefined {
  const headers = `${part.headers.get('content-disposition') ?? ''};${part.headers.get('content-type') ?? ''}`;
  const extended = extendedName(headers);
  if (extended !== undefined) return extended;
  const plain = /\b(?:file)?name\s*=\s*(?:"([^"]*)"|([^\s;]+))/i.exec(headers);
  const value = plain?.[1] ?? plain?.[2];
  return value === undefined ? undefined : decodedWords(asWritten(value));
}

/**
 * A header's value with its bytes past ASCII read as the sender wrote them: UTF-8 (RFC 6532), or else GBK, as mail
 * programs in China write a name unencoded. Read byte by byte, 报告.zip was named æ¥å.zip.
 */
function asWritten(value: string): string {
  if (!/[\x80-\xff]/.test(value)) return value;
  const bytes = Buffer.from(value, 'latin1');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return inCharset(bytes, 'gb18030');
  }
}

/** An RFC 2231 parameter of a name: filename*=, or a piece of a split one (filename*0*=, filename*1=), its value. */
const NAME_PIECE = /(?:^|;)\s*((?:file)?name)\*(?:(\d{1,3})(\*?))?\s*=\s*(?:"([^"]*)"|([^\s;]+))/gi;
/** The charset and language an encoded name's first piece opens with. */
const CHARSET_PREFIX = /^([\w.:-]*)'[\w-]*'/;

/** The RFC 2231 name of the headers (the first parameter's: filename before name), its pieces in order, decoded. */
function extendedName(headers: string): string | undefined {
  const pieces = [...headers.matchAll(NAME_PIECE)].map(([, key, index, star, quoted, bare]) => ({
    key: key!.toLowerCase(),
    index: index === undefined ? 0 : Number(index),
    encoded: index === undefined || star === '*',
    value: quoted ?? bare ?? '',
  }));
  if (pieces.length === 0) return undefined;
  const ofName = pieces.filter((piece) => piece.key === pieces[0]!.key).sort((a, b) => a.index - b.index);
  let charset = 'utf-8';
  const bytes = ofName.map((piece, k) => {
    let value = piece.value;
    const prefix = k === 0 && piece.encoded ? CHARSET_PREFIX.exec(value) : null;
    if (prefix) {
      charset = prefix[1] || charset;
      value = value.slice(prefix[0].length);
    }
    return piece.encoded ? decodeURIComponentBytes(value) : Buffer.from(value, 'latin1');
  });
  return inCharset(Buffer.concat(bytes), charset);
}

/** RFC 2047 encoded words (=?UTF-8?B?…?=, =?GBK?Q?…?=) decoded; the blanks between two of them go. */
export function decodedWords(value: string): string {
  return value
    .replace(/(\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([\w.:-]+)(?:\*[\w-]+)?\?([BbQq])\?([^?]*)\?=/g, (_, charset: string, encoding: string, text: string) => {
      const bytes =
        encoding.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64')
          : Buffer.from(
              text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))),
              'latin1',
            );
      return inCharset(bytes, charset);
    });
}

const inCharset = (bytes: Buffer, charset: string): string => {
  const name = iconvName(charset) ?? 'utf-8';
  return name === 'utf-8' ? bytes.toString('utf8') : iconvLite().decode(bytes, name);
};

function decodeURIComponentBytes(text: string): Buffer {
  return Buffer.from(
    text.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  );
}

/** An attachment's extension, lower-cased, for the format it hints at. */
export const extensionOf = (attachment: MailAttachment): string => path.extname(attachment.name).toLowerCase();
