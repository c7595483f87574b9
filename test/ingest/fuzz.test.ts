import fc from 'fast-check';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { OFD_LAYOUTS, ofdFromText } from '../helpers/ofd.js';
import { REPORT_TEXT, docxFile, mhtmlArchive, portalPage } from './fixtures.js';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const EXTENSIONS = ['report.txt', 'report.html', 'report.mhtml', 'report.docx', 'report.pdf', 'report.ofd', 'report', '-'];

/** Ingest either succeeds with aligned text or fails with a UserError; nothing else escapes. */
async function ingestsOrRefuses(bytes: Uint8Array, file: string): Promise<void> {
  try {
    const source = await ingestBytes(bytes, file);
    expect(source.text.length).toBe(source.original.length);
    expect(source.text.trim()).not.toBe('');
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    expect(error.place.file).toBeTruthy();
  }
}

/** A small PDF with a text layer (Latin text: pdf-lib's standard fonts have no CJK glyphs). */
async function latinPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([400, 400]);
  page.drawText('Annual report on building a law-based government, 2022.', { x: 20, y: 350, size: 10, font });
  page.drawText('Administrative review cases closed: 98.5 percent.', { x: 20, y: 330, size: 10, font });
  return pdf.save();
}

describe('fuzz: ingestBytes never throws anything but UserError', () => {
  it('on arbitrary bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom(...EXTENSIONS), ingestsOrRefuses), { numRuns: 200 });
  });

  it('on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 1000 }), fc.constantFrom(...EXTENSIONS), (text, file) =>
        ingestsOrRefuses(new Uint8Array(Buffer.from(text)), file),
      ),
      { numRuns: 200 },
    );
  });

  const valid: Array<[string, Uint8Array]> = [];
  beforeAll(async () => {
    valid.push(
      ['report.txt', iconv.encode(REPORT_TEXT, 'gbk')],
      ['report.html', new Uint8Array(Buffer.from(portalPage()))],
      ['report.mhtml', mhtmlArchive()],
      ['report.docx', await docxFile()],
      ['report.pdf', await latinPdf()],
      ['report.ofd', await ofdFromText(REPORT_TEXT, OFD_LAYOUTS[1]!)],
    );
  });

  it('on mutated valid files (flipped bytes, truncation, inserted junk)', async () => {
    const mutation = fc.record({
      which: fc.nat(),
      flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }),
      cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
      insert: fc.uint8Array({ maxLength: 64 }),
    });
    await fc.assert(
      fc.asyncProperty(mutation, async ({ which, flips, cut, insert }) => {
        const [file, original] = valid[which % valid.length]!;
        let bytes: Uint8Array = original.slice();
        for (const [at, value] of flips) bytes[at % bytes.length] = value;
        if (cut !== null) bytes = bytes.slice(0, Math.floor(bytes.length * cut));
        const middle = Math.floor(bytes.length / 2);
        bytes = new Uint8Array([...bytes.slice(0, middle), ...insert, ...bytes.slice(middle)]);
        await ingestsOrRefuses(bytes, file);
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
