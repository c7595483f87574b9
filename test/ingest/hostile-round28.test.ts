import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import { REPORT_LINES } from './fixtures.js';
import { docxOfParts } from './hostile.js';

const bytesOf = (input: Uint8Array | string) => (typeof input === 'string' ? new Uint8Array(Buffer.from(input)) : input);
const readText = async (input: Uint8Array | string, file: string) => (await ingestBytes(bytesOf(input), file)).original;

/** The sample report's line of figures, its 12件 written by `figure`. */
const FIGURES_LINE = REPORT_LINES[4]!;
const PLAIN = REPORT_LINES.join('\n');

describe('a Word document as its author left it', () => {
  const WORD = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const MATH = 'http://schemas.openxmlformats.org/officeDocument/2006/math';
  const document = (paragraphs: readonly string[], namespaces = `xmlns:w="${WORD}" xmlns:m="${MATH}"`) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${namespaces}><w:body>${paragraphs.join('')}</w:body></w:document>`;
  const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const docx = (paragraphs: readonly string[], namespaces?: string) => new Uint8Array(docxOfParts({ 'word/document.xml': document(paragraphs, namespaces) }));
  /** The figures line with its 12件 in the runs `figure` gives, the rest of it in plain runs. */
  const figureParagraph = (figure: string) => {
    const [before, after] = FIGURES_LINE.split('12件');
    return `<w:p><w:r><w:t>${before}</w:t></w:r>${figure}<w:r><w:t>${after}</w:t></w:r></w:p>`;
  };
  const withFigureParagraph = (figure: string) => REPORT_LINES.map((line) => (line === FIGURES_LINE ? figureParagraph(figure) : paragraph(line)));

  // a figure corrected in place, the old one struck through, was read as both: 15件12件
  it('drops struck text, single or double, as withdrawn; reads text whose strike is set off', async () => {
    for (const strike of ['<w:strike/>', '<w:dstrike/>', '<w:strike w:val="true"/>', '<w:dstrike w:val="1"/>']) {
      const struck = `<w:r><w:rPr><w:color w:val="FF0000"/>${strike}</w:rPr><w:t>15件</w:t></w:r><w:r><w:t>12件</w:t></w:r>`;
      expect(await readText(docx(withFigureParagraph(struck)), 'struck.docx')).toBe(PLAIN);
    }
    for (const off of ['<w:strike w:val="0"/>', '<w:strike w:val="false"/>', '<w:dstrike w:val="off"/>']) {
      const notStruck = `<w:r><w:rPr>${off}</w:rPr><w:t>12件</w:t></w:r>`;
      expect(await readText(docx(withFigureParagraph(notStruck)), 'unstruck.docx')).toBe(PLAIN);
    }
  });

  // with changes tracked, the deleted figure stands beside the inserted one
  it('reads a tracked insertion as the text and drops a tracked deletion', async () => {
    const change = (tag: string, run: string) => `<w:${tag} w:id="1" w:author="审核人" w:date="2023-02-01T00:00:00Z">${run}</w:${tag}>`;
    const tracked = change('del', '<w:r><w:delText>15件</w:delText></w:r>') + change('ins', '<w:r><w:t>12件</w:t></w:r>');
    expect(await readText(docx(withFigureParagraph(tracked)), 'tracked.docx')).toBe(PLAIN);
  });

  // namespaces go by their names: a document binding Word's or Office Math's to other prefixes read "empty" or lost its figure
  it('reads equations and struck runs under prefixes of its own choosing', async () => {
    const equation = '<o:oMath><o:r><o:t>12</o:t></o:r></o:oMath><x:r><x:rPr><x:strike/></x:rPr><x:t>15</x:t></x:r><x:r><x:t>件</x:t></x:r>';
    const lines = REPORT_LINES.map((line) => (line === FIGURES_LINE ? figureParagraph(equation) : paragraph(line))).map((xml) =>
      xml.replace(/(<\/?)w:/g, '$1x:'),
    );
    const rebound = `<x:document xmlns:x="${WORD}" xmlns:o="${MATH}"><x:body>${lines.join('')}</x:body></x:document>`;
    expect(await readText(new Uint8Array(docxOfParts({ 'word/document.xml': rebound })), 'prefixes.docx')).toBe(PLAIN);
  });
});
