import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeText } from '../../src/ingest/decode.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { REPORT_LINES } from './fixtures.js';
import { docxOfParts, FIGURES_LINE, pdfFile, readText, refusal } from './hostile.js';

/** The sample report, its line of figures' 12件 written by `figure`. */
const withFigure = (figure: string) => REPORT_LINES.map((line) => (line === FIGURES_LINE ? line.replace('12件', figure) : line));

describe('what a browser does not show of a page', () => {
  const page = (lines: readonly string[], after = '', style = '') =>
    `<html><head><meta charset="utf-8"></head><body><div id="zoom"${style}>${lines.map((line) => `<p>${line}</p>`).join('')}${after}</div></body></html>`;

  // an anti-copy trick: read as shown, it was 192件
  it('drops a hidden character inside a figure', async () => {
    const text = await readText(page(withFigure('1<span style="DISPLAY: none">9</span>2件')), 'a.html');
    expect(text).toContain(FIGURES_LINE);
  });

  it('drops hidden paragraphs, by style or attribute', async () => {
    const hidden = '<p style="color:red; display:none !important">全年审查规范性文件99件。</p><div hidden><p>合法性审查率达到60%。</p></div>';
    const text = await readText(page(REPORT_LINES, hidden), 'a.html');
    expect(text).toContain(FIGURES_LINE);
    expect(text).not.toMatch(/99件|60%/);
  });

  it('reads an article a script shows, hidden until then', async () => {
    const text = await readText(page(REPORT_LINES, '', ' style="display:none"'), 'a.html');
    expect(text).toContain(FIGURES_LINE);
  });

  it('reads ruby text without its pronunciation', async () => {
    const ruby = '<ruby>12<rp>(</rp><rt>shí èr</rt><rp>)</rp></ruby>件';
    const text = await readText(page(withFigure(ruby).map((line) => line.replace('审查', '<ruby>审<rt>shěn</rt>查<rt>chá</rt></ruby>'))), 'a.html');
    expect(text).toContain(FIGURES_LINE);
  });
});

describe('a Word document that embeds a part many times over (<w:altChunk>)', () => {
  const NAMESPACES =
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const embedding = (part: string, content: string | Buffer, times: number) =>
    docxOfParts({
      'word/document.xml': `<w:document ${NAMESPACES}><w:body>${'<w:altChunk r:id="part"/>'.repeat(times)}</w:body></w:document>`,
      'word/_rels/document.xml.rels':
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="part" ' +
        `Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="${part}"/></Relationships>`,
      [`word/${part}`]: content,
    });

  // a 110 KB file, a document embedded 2,000 times that embeds a page 2,000 times: 52 s of CPU before a limit stopped it
  it('is refused as soon as its text passes the limit, each part read once', async () => {
    const page = `<html><body>${REPORT_LINES.map((line) => `<p>${line}</p>`).join('')}</body></html>`;
    const nested = embedding('inner.docx', embedding('page.html', page, 2000), 2000);
    const started = performance.now();
    expect(await refusal(ingestBytes(new Uint8Array(nested), 'nested.docx'), 'nested.docx')).toContain('超过 100 万字的上限');
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});

describe('a text with NULs scattered through it', () => {
  // a NUL after each sentence, from a bad copy: refused as "binary data (a picture, an archive or a program)"
  it('is read without them, and the user is told', async () => {
    const plain = REPORT_LINES.join('\n');
    const source = await ingestBytes(new Uint8Array(Buffer.from(plain.replace(/。(?!$)/g, '。\u0000'))), 'nuls.txt');
    expect(source.original).toBe(await readText(plain, 'plain.txt'));
    expect(source.notices).toEqual(['文件中夹杂 8 个空字节(NUL),已忽略;文件可能已损坏,请核对']);
  });
});

describe('a text in HZ (RFC 1843), GB2312 in seven bits', () => {
  /** Each run of Chinese between ~{ and ~}, its GB2312 bytes less 0x80. */
  const hz = (text: string) =>
    text.replace(/[\u0080-\uffff]+/g, (chinese) => `~{${Buffer.from(iconv.encode(chinese, 'gb2312').map((byte) => byte & 0x7f)).toString('latin1')}~}`);

  // read as ASCII it was ~{D3D3OXHK~}…, "not a report" with no word of why
  it('is read as the same text in Chinese', async () => {
    const plain = REPORT_LINES.join('\n');
    const source = await ingestBytes(new Uint8Array(Buffer.from(hz(plain), 'latin1')), 'hz.txt');
    expect(source.encoding).toBe('hz-gb-2312');
    expect(source.original).toBe(await readText(plain, 'plain.txt'));
  });

  it('keeps a tilde, joins a line ended by one, and leaves ASCII with a stray ~{ as it is', async () => {
    expect(decodeText(Buffer.from(hz('约~~3000人次,覆盖~\n全县执法部门。'), 'latin1')).text).toBe('约~3000人次,覆盖全县执法部门。');
    expect(decodeText(Buffer.from('a ~{ b ~} c, typed as braces')).encoding).toBe('utf-8');
  });
});

describe('a PDF whose runs are drawn twice, a hair apart (bold faked)', () => {
  const lines = ['Heading: results of the year', 'The county reviewed 12 normative documents.', '12', 'Officers trained: 460.'];
  const pdf = (drawings: ReadonlyArray<[number, number]>) => {
    const content = lines.flatMap((line, i) => drawings.map(([dx, dy]) => `BT /F1 12 Tf ${72 + dx} ${720 - i * 20 + dy} Td (${line}) Tj ET`)).join('\n');
    return pdfFile([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ]);
  };

  // read twice, a line was said twice, and a figure in a run of its own, 12, read 1212
  it('reads each run once', async () => {
    const once = await readText(new Uint8Array(pdf([[0, 0]])), 'once.pdf');
    expect(
      await readText(
        new Uint8Array(
          pdf([
            [0, 0],
            [0.4, 0.2],
          ]),
        ),
        'twice.pdf',
      ),
    ).toBe(once);
    expect(once).toContain('12');
  });
});

describe('a PDF that holds its report as an attached file (a portfolio)', () => {
  const portfolio = (cover: string) => {
    const content = `BT /F1 12 Tf 72 720 Td (${cover}) Tj ET`;
    const attached = 'the report itself';
    return pdfFile([
      '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(report.docx) 6 0 R] >> >> /Collection << /View /D >> >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      '<< /Type /Filespec /F (report.docx) /UF (report.docx) /EF << /F 7 0 R >> >>',
      `<< /Type /EmbeddedFile /Length ${attached.length} >>\nstream\n${attached}\nendstream`,
    ]);
  };

  // read on, its cover page was told as a scan, or as no report
  it('is told to have its report taken out of it', async () => {
    const message = await refusal(
      ingestBytes(new Uint8Array(portfolio('Open this portfolio in a PDF reader to see its files.')), 'portfolio.pdf'),
      'portfolio.pdf',
    );
    expect(message).toContain('报告可能在它所附的文件(report.docx)中');
  });
});
