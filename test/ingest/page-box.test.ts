/**
 * A page of short lines (an infographic's cards written one a line) read line by line where the file gives the
 * page's box: no line runs to the margin, so the lines' own right edge fell on the longer cards' ends and a card
 * ending near it was read as wrapped into the next. The page's box (an OFD's PhysicalBox, a PDF's MediaBox) less
 * the margin the text shows is the text block's edge then; a page of prose reads as before.
 */
import { describe, expect, it } from 'vitest';
import { pagesToText, type PageLine } from '../../src/ingest/page-lines.js';
import { HALF_WIDTH_ASCII, cidFontPdf, cidHex } from './hostile.js';
import { LEFT, NS, SIZE, advance, documentXml, line, ofdXml, packageOf, page, paragraph, read } from './ofd-builders.js';

/** Cards of an infographic, one a line, none running to the margin, none ending a sentence. */
const CARDS = [
  '枫屿县法治政府建设数说',
  '重大行政决策目录公布事项9项',
  '合法性审查意见共出具418件',
  '行政执法人员持证上岗率100%',
  '执法记录仪配备总数达到620台',
  '行政复议案件办结53件',
  '公共法律服务工作站覆盖全部村社区',
  '法治宣传进机关进乡村进校园活动142场',
  '村居法律顾问配备率100%',
];

/** Paragraphs of prose that wrap, each but the last line justified to the margin. */
const PROSE = [
  '2025年，枫屿县坚持把法治政府建设摆在全局工作的突出位置，健全重大行政决策程序，全年公布决策事项目录9项，出具合法性审查意见418件。',
  '全县行政执法人员持证上岗率达到100%，配备执法记录仪620台，开展案卷评查两次，抽查案卷210卷，发现并督促整改问题31个。',
  '下一步，枫屿县将继续加强基层法治队伍建设，推动公共法律服务向村社区延伸。',
];

/** The cards drawn a line each, indented by two characters as a one-line paragraph is. */
const ofdCards = (as: 'line' | 'glyphs') => CARDS.map((text, k) => line(text, LEFT + 2 * SIZE, 40 + 9 * k, { as })).join('');

/** An OFD of one page, its box given by the document's PageArea, by the page's own Area, or by neither. */
async function ofdOf(objects: string, box: 'document' | 'page' | 'none'): Promise<Uint8Array> {
  const documentWithoutArea = documentXml(1).replace(/<ofd:PageArea>.*?<\/ofd:PageArea>/, '');
  const area = '<ofd:Area><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:Area>';
  return packageOf({
    'OFD.xml': ofdXml(['Doc_0/Document.xml']),
    'Doc_0/Document.xml': box === 'document' ? documentXml(1) : documentWithoutArea,
    'Doc_0/Pages/Page_0/Content.xml': box === 'page' ? page(objects).replace(`<ofd:Page ${NS}>`, `<ofd:Page ${NS}>${area}`) : page(objects),
  });
}

describe('an OFD page of short lines, its box given', () => {
  it.each([
    ['one object a line, the box in the document', 'line', 'document'],
    ['one object a glyph, the box in the document', 'glyphs', 'document'],
    ["one object a line, the box in the page's own Area", 'line', 'page'],
  ] as const)('%s: each card a line of its own', async (_name, as, box) => {
    expect(await read(await ofdOf(ofdCards(as), box))).toBe(CARDS.join('\n'));
  });

  it('the page says nothing of its size: the lines show the edge as before, a card near it running on', async () => {
    const text = await read(await ofdOf(ofdCards('line'), 'none'));
    expect(text.split('\n').length).toBeLessThan(CARDS.length);
    expect(text.replaceAll('\n', '')).toBe(CARDS.join(''));
  });

  it('a page of wrapped prose reads as before, its box given or not', async () => {
    const objects = PROSE.map((text, k) => paragraph(text, 40 + 40 * k, { as: 'line', justified: true })).join('');
    const withBox = await read(await ofdOf(objects, 'document'));
    expect(withBox).toBe(PROSE.join('\n'));
    expect(await read(await ofdOf(objects, 'none'))).toBe(withBox);
  });
});

/** PDF points: A4, margins of 79 on either side, type of 16 (28 characters a line). */
const PDF = { width: 595, height: 842, margin: 79, size: 16 };

/** A one-page A4 PDF of lines of text at their places (x and the baseline, points from the page's bottom left). */
function pdfOf(lines: ReadonlyArray<{ text: string; x: number; y: number }>): Uint8Array {
  const shown = lines.map(({ text, x, y }) => `BT /F1 ${PDF.size} Tf 1 0 0 1 ${x} ${y} Tm ${cidHex(text)} Tj ET`).join('\n');
  return cidFontPdf(shown, [], '', HALF_WIDTH_ASCII);
}

/** A paragraph's lines as a word processor breaks them: the first indented by two characters, each broken at the margin. */
function setProse(text: string): string[] {
  const lines = [''];
  let x = PDF.margin + 2 * PDF.size;
  for (const ch of text) {
    if (x + advance(ch, PDF.size) > PDF.width - PDF.margin) {
      lines.push('');
      x = PDF.margin;
    }
    lines[lines.length - 1] += ch;
    x += advance(ch, PDF.size);
  }
  return lines;
}

const readPdf = async (bytes: Uint8Array) => (await read(bytes, 'report.pdf')).trim();

describe('a PDF page of short lines, its MediaBox given', () => {
  it('each card a line of its own', async () => {
    const lines = CARDS.map((text, k) => ({ text, x: PDF.margin + 2 * PDF.size, y: 760 - 28 * k }));
    expect(await readPdf(pdfOf(lines))).toBe(CARDS.join('\n'));
  });

  it('a page of wrapped prose reads as before', async () => {
    // each paragraph's first line indented by two characters, its others at the margin
    const lines: Array<{ text: string; x: number; y: number }> = [];
    let y = 760;
    for (const text of PROSE) {
      setProse(text).forEach((set, k) => {
        lines.push({ text: set, x: k === 0 ? PDF.margin + 2 * PDF.size : PDF.margin, y });
        y -= 28;
      });
    }
    expect(await readPdf(pdfOf(lines))).toBe(PROSE.join('\n'));
  });
});

describe('pagesToText with the pages’ boxes', () => {
  const cards: PageLine[] = CARDS.map((text, k) => {
    const x = LEFT + 2 * SIZE;
    return { text, x, right: x + [...text].reduce((sum, ch) => sum + advance(ch, SIZE), 0), y: -40 - 9 * k, size: SIZE };
  });

  it('reads a card near the lines’ own edge apart from the next where the box shows the margin, and joins it without', () => {
    expect(pagesToText([cards], [{ left: 0, right: 210 }])).toBe(CARDS.join('\n'));
    expect(pagesToText([cards])!.split('\n').length).toBeLessThan(CARDS.length);
  });

  it('keeps the lines’ edge where the text ends at one edge inside the box (a wider right margin)', () => {
    // prose justified to 150, the box 210 wide, the text starting at 27: its lines show their edge
    const set = PROSE.flatMap((text) => {
      const glyphs = [...text];
      const rows: PageLine[] = [];
      for (let at = 0, k = 0; at < glyphs.length; k++) {
        const x = k === 0 ? LEFT + 2 * SIZE : LEFT;
        const count = Math.floor((150 - x) / SIZE);
        const piece = glyphs.slice(at, at + count).join('');
        at += count;
        rows.push({ text: piece, x, right: at < glyphs.length ? 150 : x + [...piece].reduce((sum, ch) => sum + advance(ch, SIZE), 0), y: 0, size: SIZE });
      }
      return rows;
    });
    const lines = set.map((row, k) => ({ ...row, y: -40 - 9 * k }));
    expect(pagesToText([lines], [{ left: 0, right: 210 }])).toBe(PROSE.join('\n'));
  });
});
