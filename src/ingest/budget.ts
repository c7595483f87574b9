import { z } from 'zod';
import { lazySchema } from '../util/lazy-schema.js';
import type { UserError } from '../errors.js';
import { inputError } from './limits.js';

const MiB = 1024 * 1024;

/**
 * How much work one input may cause. Each limit is enforced while the input is read or
 * unpacked, never after: a hostile file (a compression bomb, endless nesting, an endless
 * device) is refused at the limit with exit code 2, having cost at most that much time and
 * memory. Real reports stay far below every limit.
 */
export const Limits = lazySchema(() =>
  z.object({
    /** bytes read from the file, a device or standard input */
    inputBytes: z.number().int().positive(),
    /** bytes that the entries of a .docx, an .odt or an .ofd (ZIP archives) unpack to, all entries together */
    unpackedBytes: z.number().int().positive(),
    /** unpacked bytes per compressed byte of one entry, once it has unpacked more than `ratioFloorBytes` */
    unpackRatio: z.number().positive(),
    ratioFloorBytes: z.number().int().positive(),
    /**
     * bytes the XML parts of a .docx (text, styles, numbering, notes) unpack to, together: the
     * Word reader needs about 1.5 s and 90 MB of memory per MiB of them
     */
    docxXmlBytes: z.number().int().positive(),
    /**
     * bytes the XML parts of an .ofd (pages, one object per character from some converters: 150 to
     * 250 bytes a character) unpack to, together: the OFD reader needs about 0.1 s per MiB of them,
     * and 10 MB of memory per MiB of its largest page
     */
    ofdXmlBytes: z.number().int().positive(),
    /**
     * bytes the XML parts of an .odt (body, styles) unpack to, together: its body is read as a web
     * page of as many elements, which `htmlElements` bounds in turn
     */
    odtXmlBytes: z.number().int().positive(),
    /** entries of a .docx, an .odt or an .ofd */
    zipEntries: z.number().int().positive(),
    /** pages of a PDF */
    pdfPages: z.number().int().positive(),
    /** bytes the streams of a PDF that text extraction decodes (contents, fonts, forms) unpack to, together */
    pdfStreamBytes: z.number().int().positive(),
    /** elements open inside one another in a web page; deeper elements are flattened into their ancestor */
    htmlDepth: z.number().int().positive(),
    /**
     * elements of a web page: reading one costs about 20 µs and 0.6 KB (20 MB of empty tags, 2.8
     * million: a minute and 1.7 GB); a portal page has a few thousand, a Word page of a long report
     * some tens of thousands
     */
    htmlElements: z.number().int().positive(),
    /**
     * characters of text a document gives: the later stages need about 40 s per million on a
     * busy machine, and run without a pause in which the time limit could be checked
     */
    textChars: z.number().int().positive(),
    /**
     * lines and sentences a document gives: each costs the later stages about 1 KB of memory, and a
     * million characters of any report give about 30,000; a text of nothing but one-character lines
     * or sentences would give half a million
     */
    textPieces: z.number().int().positive(),
    /** wall-clock time for one document */
    seconds: z.number().positive(),
  }),
);
export type Limits = z.infer<typeof Limits>;

// a typed constant, not parsed at start-up (its schema is checked by test/ingest/budget.test.ts)
export const LIMITS: Limits = {
  inputBytes: 20 * MiB,
  unpackedBytes: 100 * MiB,
  unpackRatio: 200,
  ratioFloorBytes: 1 * MiB,
  docxXmlBytes: 10 * MiB,
  ofdXmlBytes: 50 * MiB,
  odtXmlBytes: 20 * MiB,
  zipEntries: 10_000,
  pdfPages: 2000,
  pdfStreamBytes: 200 * MiB,
  htmlDepth: 500,
  htmlElements: 200_000,
  textChars: 1_000_000,
  textPieces: 100_000,
  seconds: 90,
};

/** A byte count as users read it: whole megabytes. */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / MiB)} MB`;
}

/** The counters a document spends from. */
type Counter = 'unpackedBytes' | 'docxXmlBytes' | 'ofdXmlBytes' | 'odtXmlBytes' | 'pdfStreamBytes';

const BOMB = '可能是压缩炸弹,已停止读取';

/**
 * The budget of one document: the limits, the time it started and what it has spent.
 * Stages call `checkTime()` between steps and `spend()` as they unpack.
 */
export class Budget {
  private readonly spent: Record<Counter, number> = { unpackedBytes: 0, docxXmlBytes: 0, ofdXmlBytes: 0, odtXmlBytes: 0, pdfStreamBytes: 0 };
  private readonly deadline: number;

  constructor(
    readonly file: string,
    readonly limits: Limits = LIMITS,
    private readonly now: () => number = Date.now,
  ) {
    this.deadline = now() + limits.seconds * 1000;
  }

  /** Bytes still allowed on a counter. */
  remaining(counter: Counter): number {
    return this.limits[counter] - this.spent[counter];
  }

  /** Records unpacked bytes; throws once the counter passes its limit. */
  spend(counter: Counter, bytes: number): void {
    this.spent[counter] += bytes;
    if (this.spent[counter] > this.limits[counter]) throw this.exceeded(counter);
  }

  /** Throws once the document's time is up. */
  checkTime(): void {
    if (this.now() > this.deadline) throw this.exceeded('seconds');
  }

  /** Milliseconds left before the deadline (0 when it has passed). */
  msLeft(): number {
    return Math.max(0, this.deadline - this.now());
  }

  /** The Chinese message for a limit passed, naming the limit; `detail` adds what was found. */
  exceeded(limit: Exclude<keyof Limits, 'ratioFloorBytes' | 'htmlDepth'>, detail = ''): UserError {
    const l = this.limits;
    const messages: Record<typeof limit, string> = {
      inputBytes: `文件太大,超过 ${megabytes(l.inputBytes)} 的上限;请只提供报告正文`,
      unpackedBytes: `文档解压后的内容超过 ${megabytes(l.unpackedBytes)} 的上限,${BOMB}`,
      docxXmlBytes: `Word 文档的正文等 XML 部件解压后超过 ${megabytes(l.docxXmlBytes)} 的上限,远超任何报告,已停止读取;请只提供报告正文`,
      ofdXmlBytes: `OFD 文档的页面等 XML 部件解压后超过 ${megabytes(l.ofdXmlBytes)} 的上限,远超任何报告,已停止读取;请只提供报告正文`,
      odtXmlBytes: `OpenDocument 文本(.odt)的正文等 XML 部件解压后超过 ${megabytes(l.odtXmlBytes)} 的上限,远超任何报告,已停止读取;请只提供报告正文`,
      unpackRatio: `文档中的 ${detail} 压缩比超过 ${l.unpackRatio} 倍的上限,${BOMB}`,
      zipEntries: `文档包含的部件超过 ${l.zipEntries} 个的上限,无法读取`,
      pdfPages: `PDF 有 ${detail} 页,超过 ${l.pdfPages} 页的上限;请只提供报告正文`,
      htmlElements: `网页有 ${detail} 个元素(标签),超过 ${l.htmlElements / 10_000} 万个的上限,远超任何报告;请只提供报告正文`,
      pdfStreamBytes: `PDF 的内容解压后超过 ${megabytes(l.pdfStreamBytes)} 的上限,${BOMB}`,
      textChars: `文字过长,超过 ${l.textChars / 10_000} 万字的上限,远超任何报告;请只提供报告正文`,
      textPieces: `文字分成的行和句子超过 ${l.textPieces / 10_000} 万个的上限,远超任何报告;请只提供报告正文`,
      seconds: `处理时间超过 ${l.seconds} 秒的上限,已停止;文件可能过大或结构异常`,
    };
    return inputError(this.file, messages[limit]);
  }
}

/** Sentences of a text as the document stage splits them: at sentence ends and at line breaks, what `textPieces` limits. */
export function countTextPieces(text: string): number {
  let pieces = 1;
  let ended = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // 。 ! ? ! ? end a sentence; a line break ends one unless one just ended
    const end = unit === 0x3002 || unit === 0x21 || unit === 0x3f || unit === 0xff01 || unit === 0xff1f;
    if (end || (unit === 0x0a && !ended)) pieces++;
    ended = end || (ended && unit === 0x0a);
  }
  return pieces;
}

/**
 * Lines of a text that hold more than blanks. Each gives the cleaned text one character at least
 * (unless it is web-page chrome or a table's rule), so more of them than `textChars` allows make
 * a text over that limit: told before the lines are read one by one, which cost 20 s and 1.8 GB
 * for ten million one-digit lines.
 */
export function countLinesWithText(text: string): number {
  let lines = 0;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x0a) {
      if (!blank) lines++;
      blank = true;
    } else if (blank && unit !== 0x20 && unit !== 0x09 && unit !== 0x0d && unit !== 0x3000) {
      blank = false;
    }
  }
  return blank ? lines : lines + 1;
}
