/**
 * Builders of OFD packages for the OFD readers' tests (ofd-round45, ofd-round46): text drawn a line or a glyph an
 * object, justified or scaled, in pages, documents and packages, and the short report they lay out.
 */
import JSZip from 'jszip';
import { ingestBytes } from '../../src/ingest/index.js';

export const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';
/** Full width for Chinese characters and full-width forms, half for the rest. */
export const advance = (ch: string, size: number) => (ch.codePointAt(0)! >= 0x2000 ? size : size / 2);
export const LEFT = 27;
export const SIZE = 6;

export interface Drawn {
  /** one object for the line, its glyphs placed by DeltaX; one object a glyph; or one a glyph, drawn at size 1 and scaled by its CTM */
  as: 'line' | 'glyphs' | 'scaled';
  /** what justification adds between two glyphs, in millimetres */
  spare?: number;
  size?: number;
}

/** A line of text drawn at `x` on the baseline `y` (millimetres from the page's top left corner). */
export function line(text: string, x: number, y: number, { as, spare = 0, size = SIZE }: Drawn): string {
  const glyphs = [...text];
  if (as === 'line') {
    const steps = glyphs.slice(0, -1).map((ch) => String(advance(ch, size) + spare));
    return (
      `<ofd:TextObject ID="1" Boundary="${x} ${y - size} 180 ${size * 1.3}" Size="${size}" Font="3">` +
      `<ofd:TextCode X="0" Y="${size}" DeltaX="${steps.join(' ')}">${text}</ofd:TextCode></ofd:TextObject>`
    );
  }
  let at = x;
  return glyphs
    .map((ch) => {
      const box = `${at} ${y - size} ${size} ${size}`;
      at += advance(ch, size) + spare;
      // a blank is a step, drawn by no object
      if (ch === ' ') return '';
      return as === 'scaled'
        ? `<ofd:TextObject ID="1" Boundary="${box}" CTM="${size} 0 0 ${size} 0 0" Size="1" Font="3"><ofd:TextCode X="0" Y="1">${ch}</ofd:TextCode></ofd:TextObject>`
        : `<ofd:TextObject ID="1" Boundary="${box}" Size="${size}" Font="3"><ofd:TextCode X="0" Y="${size}">${ch}</ofd:TextCode></ofd:TextObject>`;
    })
    .join('');
}

export const RIGHT = LEFT + 26 * SIZE;

/**
 * A paragraph set in lines of 26 characters, its first indented by two unless it goes on from a page before;
 * justified, in lines a character short, every one but the last spread to the right margin (the last too when it
 * runs on to the next page).
 */
export function paragraph(text: string, top: number, drawn: Drawn & { justified?: boolean; goesOn?: boolean; runsOn?: boolean }): string {
  const glyphs = [...text];
  const chars = drawn.justified ? 25 : 26;
  const lines: string[] = [];
  for (let at = 0; at < glyphs.length;) {
    const width = lines.length === 0 && !drawn.goesOn ? chars - 2 : chars;
    lines.push(glyphs.slice(at, at + width).join(''));
    at += width;
  }
  return lines
    .map((text, k) => {
      const x = k === 0 && !drawn.goesOn ? LEFT + 2 * SIZE : LEFT;
      const width = [...text].reduce((sum, ch) => sum + advance(ch, SIZE), 0);
      const spare = drawn.justified && (k < lines.length - 1 || drawn.runsOn) ? (RIGHT - x - width) / ([...text].length - 1) : 0;
      return line(text, x, top + k * 9, { ...drawn, spare });
    })
    .join('');
}

export const page = (objects: string, template = '') =>
  `<ofd:Page ${NS}>${template}<ofd:Content><ofd:Layer ID="1">${objects}</ofd:Layer></ofd:Content></ofd:Page>`;
export const documentXml = (pages: number, extra = '') =>
  `<ofd:Document ${NS}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>` +
  `<ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml"/></ofd:CommonData>` +
  `<ofd:Pages>${Array.from({ length: pages }, (_, i) => `<ofd:Page ID="${100 + i}" BaseLoc="Pages/Page_${i}/Content.xml"/>`).join('')}</ofd:Pages>${extra}</ofd:Document>`;
export const ofdXml = (roots: readonly string[]) =>
  `<ofd:OFD ${NS} Version="1.0" DocType="OFD">${roots.map((root) => `<ofd:DocBody><ofd:DocInfo><ofd:DocID>${root.length}</ofd:DocID></ofd:DocInfo><ofd:DocRoot>${root}</ofd:DocRoot></ofd:DocBody>`).join('')}</ofd:OFD>`;

export async function packageOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, xml] of Object.entries(files)) zip.file(name, `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A one-page OFD of these objects. */
export const onePage = (objects: string, extra: Record<string, string> = {}) =>
  packageOf({ 'OFD.xml': ofdXml(['Doc_0/Document.xml']), 'Doc_0/Document.xml': documentXml(1), 'Doc_0/Pages/Page_0/Content.xml': page(objects), ...extra });

export const read = async (bytes: Uint8Array, file = 'report.ofd') => (await ingestBytes(bytes, file)).original;

export const TITLE = '岚梧县2024年度法治政府建设情况报告';
export const OPENING = '2024年，岚梧县认真落实法治政府建设各项部署，全年审查规范性文件9件，合法性审查率达到100%，办结行政复议案件27件，纠错率为11.1%。';
export const HEADING = '二、存在的不足';
export const CLOSING = '基层执法力量仍然偏弱，执法人员培训有待加强，乡镇合法性审查工作还不够规范。';
/** The short report, its title centred in larger type, each paragraph justified by `spare`. */
export const report = (drawn: Drawn & { justified?: boolean }) =>
  line(TITLE, 40, 40, { ...drawn, spare: 0, size: 8 }) + paragraph(OPENING, 60, drawn) + paragraph(HEADING, 100, drawn) + paragraph(CLOSING, 110, drawn);
export const REPORT = [TITLE, OPENING, HEADING, CLOSING].join('\n');
