import { getDocumentProxy } from 'unpdf';
import { UserError } from '../errors.js';
import type { Budget } from './budget.js';
import { foldCharacters } from './fold.js';
import { inputError } from './limits.js';
import { OUTLINE_START, SENTENCE_END } from './line-breaks.js';
import { checkPdfBudget } from './pdf-streams.js';

/** A visual line of one page, in PDF user-space units (y grows upwards). */
interface PdfLine {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

/** Fewer letters and digits than this in the whole text layer: a scan, not a text PDF. */
const MIN_TEXT_CHARS = 20;
/** How many lines at the top and bottom of a page can be running headers, footers or page numbers. */
const EDGE_LINES = 2;
/** A line repeated at the page edge of this share of pages is a running header or footer. */
const RUNNING_SHARE = 0.6;

// The patterns below are tested on folded text (ASCII punctuation and digits, simplified characters).

/** Page numbers: "- 3 -", "—3—", "第3页", "第 3 页 共 12 页", "3/12", "Page 3 of 12", a lone number. */
const PAGE_NUMBER =
  /^(?:[-\u2014\u2013~\s]{0,6}\d{1,4}[-\u2014\u2013~\s]{0,6}|第\s*[\d一二三四五六七八九十百]{1,5}\s*页(?:\s*[,/]?\s*共\s*\d{1,5}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;

/**
 * The text layer of a PDF with lines re-joined into paragraphs: Chinese wraps without
 * spaces, so wrapped lines join without one; page numbers and running headers/footers go.
 */
export async function pdfToText(bytes: Uint8Array, budget: Budget): Promise<string> {
  const file = budget.file;
  await checkPdfBudget(bytes, budget);
  const pages = await readPages(bytes, budget);
  const joined = joinPages(dropPageFurniture(pages));
  if (countTextChars(joined) < MIN_TEXT_CHARS) {
    throw inputError(file, '这个 PDF 是扫描件,没有文字层,需要先做文字识别(OCR)再导入');
  }
  return joined;
}

async function readPages(bytes: Uint8Array, budget: Budget): Promise<PdfLine[][]> {
  const file = budget.file;
  try {
    // pdf.js takes ownership of the buffer it is given; hand it a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, stopAtErrors: false });
    if (pdf.numPages > budget.limits.pdfPages) throw budget.exceeded('pdfPages', String(pdf.numPages));
    const pages: PdfLine[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      budget.checkTime();
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      // Marked-content entries carry no text.
      pages.push(groupLines(content.items.filter((item): item is TextItemLike & typeof item => 'str' in item)));
      page.cleanup();
    }
    await pdf.destroy();
    return pages;
  } catch (error) {
    if (error instanceof UserError) throw error;
    if ((error as Error | undefined)?.name === 'PasswordException') {
      throw inputError(file, 'PDF 有密码保护,无法读取;请先解除密码');
    }
    throw inputError(file, '文件已损坏或不完整,无法作为 PDF 读取;请重新导出或下载完整的文件');
  }
}

interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  hasEOL?: boolean;
}

/** pdf.js gives text runs in content order; a run on a different baseline or after an EOL starts a line. */
function groupLines(items: readonly TextItemLike[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | undefined;
  let ended = true;
  for (const item of items) {
    const str = item.str ?? '';
    const [, , , scaleY = 0, x = 0, y = 0] = item.transform ?? [];
    const size = Math.abs(item.height || scaleY) || 1;
    if (str.trim() !== '') {
      if (!current || ended || Math.abs(y - current.y) > size / 2) {
        current = { text: '', x, right: x, y, size };
        lines.push(current);
      }
      const gap = x - current.right;
      if (gap > size / 3 && /[A-Za-z0-9]$/.test(current.text) && /^[A-Za-z0-9]/.test(str)) current.text += ' ';
      current.text += str;
      current.right = Math.max(current.right, x + (item.width ?? 0));
      current.size = Math.max(current.size, size);
      ended = false;
    }
    if (item.hasEOL) ended = true;
  }
  for (const line of lines) line.text = line.text.trim();
  return lines.filter((line) => line.text !== '');
}

/** Lines at the top and bottom of a page, where headers, footers and page numbers live. */
function edgeLines(page: readonly PdfLine[]): Set<PdfLine> {
  const byHeight = [...page].sort((a, b) => b.y - a.y);
  return new Set([...byHeight.slice(0, EDGE_LINES), ...byHeight.slice(-EDGE_LINES)]);
}

const runningKey = (line: PdfLine) => line.text.replace(/\d+/g, '#').replace(/\s+/g, '');

function dropPageFurniture(pages: readonly PdfLine[][]): PdfLine[][] {
  const edges = pages.map(edgeLines);
  const pagesWithKey = new Map<string, number>();
  for (const edge of edges) {
    for (const key of new Set([...edge].map(runningKey))) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  }
  const minRepeats = Math.max(2, Math.ceil(pages.length * RUNNING_SHARE));
  return pages.map((page, index) =>
    page.filter((line) => {
      if (!edges[index]!.has(line)) return true;
      if (PAGE_NUMBER.test(foldCharacters(line.text))) return false;
      return (pagesWithKey.get(runningKey(line)) ?? 0) < minRepeats;
    }),
  );
}

/** The value at the given share of the sorted numbers. */
function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}

interface PlacedLine extends PdfLine {
  /** the text block's left and right edges on this line's page */
  blockLeft: number;
  blockRight: number;
}

/**
 * Joins all lines of all pages (a sentence may run over a page break). A line break stays
 * when the line ends a sentence, the next line starts an outline heading, the font size
 * changes, the line stops
 * well short of the text block's right edge (a paragraph's last line, a heading, a centred
 * title), or the next line is indented after a line at the margin (a paragraph's first
 * line); otherwise the lines join.
 */
function joinPages(pages: readonly PdfLine[][]): string {
  const lines: PlacedLine[] = pages.flatMap((page) => {
    const blockLeft = percentile(
      page.map((line) => line.x),
      0.2,
    );
    const blockRight = percentile(
      page.map((line) => line.right),
      0.8,
    );
    return page.map((line) => ({ ...line, blockLeft, blockRight }));
  });
  let out = '';
  let previous: (PlacedLine & { folded: string }) | undefined;
  for (const line of lines) {
    const current = { ...line, folded: foldCharacters(line.text) };
    if (previous) {
      const breaks =
        SENTENCE_END.test(previous.folded) ||
        OUTLINE_START.test(current.folded) ||
        Math.abs(previous.size - current.size) > 0.2 * current.size ||
        previous.right < previous.blockRight - 3 * previous.size ||
        // an indent after a line flush with the margin; a centred title's second line is no indent
        (current.x > current.blockLeft + 1.5 * current.size &&
          previous.x < previous.blockLeft + previous.size / 2 &&
          !(isCentred(previous) && isCentred(current)));
      out += breaks ? '\n' : joiner(previous.folded, current.folded);
    }
    out += line.text;
    previous = current;
  }
  return out;
}

function isCentred(line: PlacedLine): boolean {
  return Math.abs((line.x + line.right) / 2 - (line.blockLeft + line.blockRight) / 2) < line.size;
}

/** Latin words and numbers wrapped across lines keep a space between them; Chinese does not. */
function joiner(previous: string, next: string): string {
  return /[A-Za-z0-9]$/.test(previous) && /^[A-Za-z0-9]/.test(next) ? ' ' : '';
}

function countTextChars(text: string): number {
  let count = 0;
  for (const ch of text) if (/[\p{L}\p{N}]/u.test(ch)) count++;
  return count;
}
