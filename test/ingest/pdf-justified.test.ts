/**
 * A justified PDF line whose characters a TJ array sets apart by a gap close to pdf.js's threshold for
 * a space: pdf.js spaces part of the run (全 年 受 理行政复议申请48 件 , …纠 错 率 8 . 3 %), a figure's
 * characters with it.
 */
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import { HALF_WIDTH_ASCII, cidFontPdf, cidHex } from './hostile.js';

/** A one-page PDF showing `line` in a TJ array with `kerning` (thousandths of the size) after every character. */
function kernedLinePdf(line: string, kerning: number): Uint8Array {
  const chars = [...line];
  const shown = chars.map((ch, i) => (i < chars.length - 1 ? `${cidHex(ch)} ${kerning}` : cidHex(ch))).join(' ');
  return cidFontPdf(`BT /F1 15.6 Tf 1 0 0 1 72 700 Tm [${shown}] TJ ET`, [], '', HALF_WIDTH_ASCII);
}

describe('a justified PDF line spaced in part by pdf.js', () => {
  const line = '全年受理行政复议申请48件，综合纠错率8.3%，审结45件。';

  it.each([-102, -103, -160])('keeps its figures whole (kerning %i)', async (kerning) => {
    const { text } = await ingestBytes(kernedLinePdf(line, kerning), 'kerned.pdf');
    expect(text).toBe('全年受理行政复议申请48件,综合纠错率8.3%,审结45件。');
  });
});
