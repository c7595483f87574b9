/**
 * A justified PDF line whose characters a TJ array sets apart by a gap close to pdf.js's threshold for
 * a space: pdf.js spaces part of the run (全 年 受 理行政复议申请48 件 , …纠 错 率 8 . 3 %), a figure's
 * characters with it.
 */
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import { pdfFile } from './hostile.js';

/** A stream object: its dictionary and data. */
const stream = (data: string): string => `<< /Length ${Buffer.byteLength(data, 'latin1')} >>\nstream\n${data}\nendstream`;

/** Every character a CID of its own code point, mapped back to it by the ToUnicode map. */
const IDENTITY_UNICODE = [
  '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Identity-UCS def /CMapType 2 def',
  '1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0000> <FFFF> <0000> endbfrange',
  'endcmap CMapName currentdict /CMap defineresource pop end end',
].join('\n');

/** A one-page PDF showing `line` in a TJ array with `kerning` (thousandths of the size) after every character. */
function kernedLinePdf(line: string, kerning: number): Buffer {
  const chars = [...line];
  const hex = (ch: string) => `<${ch.codePointAt(0)!.toString(16).padStart(4, '0')}>`;
  const shown = chars.map((ch, i) => (i < chars.length - 1 ? `${hex(ch)} ${kerning}` : hex(ch))).join(' ');
  const halfWidths = Array.from({ length: 0x5f }, (_, i) => `${0x20 + i} [500]`).join(' ');
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream(`BT /F1 15.6 Tf 1 0 0 1 72 700 Tm [${shown}] TJ ET`),
    '<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 8 0 R >>',
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 1000 /W [${halfWidths}] >>`,
    '<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
    stream(IDENTITY_UNICODE),
  ]);
}

describe('a justified PDF line spaced in part by pdf.js', () => {
  const line = '全年受理行政复议申请48件，综合纠错率8.3%，审结45件。';

  it.each([-102, -103, -160])('keeps its figures whole (kerning %i)', async (kerning) => {
    const { text } = await ingestBytes(new Uint8Array(kernedLinePdf(line, kerning)), 'kerned.pdf');
    expect(text).toBe('全年受理行政复议申请48件,综合纠错率8.3%,审结45件。');
  });
});
