import { describe, expect, it } from 'vitest';
import { countLinesWithText } from '../../src/ingest/budget.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { cleanupStructure } from '../../src/ingest/normalise.js';
import { refusal } from './hostile.js';

const refusalOf = (bytes: Uint8Array, file: string) => refusal(ingestBytes(bytes, file), file);

describe('texts of millions of lines', () => {
  it('counts the lines that hold more than blanks', () => {
    expect(countLinesWithText('')).toBe(0);
    expect(countLinesWithText('一\n\n \t\u3000\r\n二\r\n三')).toBe(3);
    expect(countLinesWithText('一\n二\n')).toBe(2);
  });

  // ten million one-digit lines took 20 s and 1.8 GB before they were refused
  it('are refused before their lines are read one by one', async () => {
    const lines = new Uint8Array(Buffer.from('1\n'.repeat(5_000_000)));
    expect(await refusalOf(lines, 'lines.txt')).toContain('文字过长,超过 100 万字的上限');
  }, 15_000);

  it('read a run of blank lines as one', () => {
    expect(cleanupStructure(`第一段。${'\n \u3000\t'.repeat(100_000)}\n第二段。`)).toBe('第一段。\n\n第二段。');
  });
});

describe('other formats in a ZIP archive', () => {
  /** An EPUB's first entry is its type, stored uncompressed. */
  const epub = new Uint8Array(Buffer.from('PK\x03\x04\x0a\x00\x00\x00\x00\x00mimetypeapplication/epub+zipPK\x03\x04META-INF/container.xml', 'latin1'));

  it.each(['book.epub', 'book.docx', 'book.txt'])('names an e-book (%s) as one', async (file) => {
    expect(await refusalOf(epub, file)).toContain('电子书(EPUB)');
  });
});

describe("a text layer in a font's own codes", () => {
  const codes = new Map<string, string>();
  const inPrivateUse = (text: string) =>
    text.replace(/[\u4e00-\u9fff，。]/g, (ch) => codes.get(ch) ?? codes.set(ch, String.fromCharCode(0xe000 + codes.size)).get(ch)!);

  // read on, it was "no report", with no word of why
  it('is told as garbled text', async () => {
    const report = '2024年法治政府建设情况报告\n\n2024年，全区共办理行政复议案件52件，行政机关负责人出庭应诉率100%。'.repeat(8);
    expect(await refusalOf(new Uint8Array(Buffer.from(inPrivateUse(report))), 'layer.txt')).toContain('文字是乱码');
  });
});
