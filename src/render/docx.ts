import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun, type IRunOptions } from 'docx';
import type { Draft, DraftItem } from './draft.js';

/**
 * The draft as a 公文-style .docx (GB/T 9704): A4, margins 37/35/28/26 mm, body 3号 仿宋,
 * title 2号 小标宋, 一、 headings 黑体, (一) headings 楷体, fixed 28 pt lines, page numbers
 * in the footer. Fonts are named, not embedded: 仿宋 ships with Windows and WPS, whereas
 * 仿宋_GB2312 is missing on recent Windows; 方正小标宋简体 is the customary title font and
 * Word and WPS substitute a 宋体 when it is absent.
 */
const FONTS = { title: '方正小标宋简体', body: '仿宋', heading1: '黑体', heading2: '楷体', footer: '宋体' } as const;
const PT = 2; // docx sizes are half-points
const SIZE_3HAO = 16 * PT;
const SIZE_2HAO = 22 * PT;
const SIZE_4HAO = 14 * PT;
const LINE = { line: 28 * 20, lineRule: LineRuleType.EXACT }; // 28 pt in twips
const FIRST_LINE_INDENT = 2 * 16 * 20; // two characters of 16 pt
const A4 = { width: 11906, height: 16838 }; // twips
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);

function run(text: string, font: string, size = SIZE_3HAO, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text, size, font: { ascii: font, eastAsia: font, hAnsi: font }, ...extra });
}

function bodyParagraph(children: TextRun[]): Paragraph {
  return new Paragraph({ children, spacing: LINE, indent: { firstLine: FIRST_LINE_INDENT }, alignment: AlignmentType.JUSTIFIED });
}

function item(it: DraftItem): Paragraph {
  return bodyParagraph([run(it.lead, FONTS.heading2), run(it.body, FONTS.body)]);
}

export async function renderDraftDocx(draft: Draft): Promise<Uint8Array> {
  const children: Paragraph[] = [
    new Paragraph({
      children: [run(draft.title, FONTS.title, SIZE_2HAO)],
      alignment: AlignmentType.CENTER,
      spacing: { line: 35 * 20, lineRule: LineRuleType.EXACT, after: 28 * 20 },
    }),
    bodyParagraph([run(draft.shortcomings.heading, FONTS.heading1)]),
    bodyParagraph([run(draft.shortcomings.opening, FONTS.body)]),
    ...draft.shortcomings.items.map(item),
    ...(draft.shortcomings.causes ? [bodyParagraph([run(draft.shortcomings.causes, FONTS.body)])] : []),
    bodyParagraph([run(draft.plans.heading, FONTS.heading1)]),
    bodyParagraph([run(draft.plans.opening, FONTS.body)]),
    ...draft.plans.items.map(item),
    ...(draft.evidence.lines.length
      ? [
          bodyParagraph([run(draft.evidence.heading, FONTS.heading1)]),
          bodyParagraph([run(draft.evidence.note, FONTS.body)]),
          ...draft.evidence.lines.map((line) => bodyParagraph([run(line, FONTS.body)])),
        ]
      : []),
  ];
  const document = new Document({
    creator: 'duibiao',
    title: draft.title,
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: {
              top: mm(37),
              bottom: mm(35),
              left: mm(28),
              right: mm(26),
              footer: mm(28),
            },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['— ', PageNumber.CURRENT, ' —'],
                    size: SIZE_4HAO,
                    font: { ascii: FONTS.footer, eastAsia: FONTS.footer, hAnsi: FONTS.footer },
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
