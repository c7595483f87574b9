import { describe, expect, it } from 'vitest';
import { cidFontPdf, cidHex, readText } from './hostile.js';

const title = '某某县2025年度法治政府建设情况报告';
const closing = '二、存在的不足，基层执法力量仍需充实，执法人员培训有待加强。';
/** A line at size 12 in cidFontPdf's font, every glyph (a figure's too) 12 points wide. */
const at = (x: number, y: number, text: string) => `BT /F1 12 Tf 1 0 0 1 ${x} ${y} Tm ${cidHex(text)} Tj ET`;
/** A line shown by one TJ array: texts, and numbers that move the next text left (negative: right) by thousandths of the size. */
const shown = (x: number, y: number, parts: ReadonlyArray<string | number>) =>
  `BT /F1 12 Tf 1 0 0 1 ${x} ${y} Tm [${parts.map((part) => (typeof part === 'number' ? String(part) : cidHex(part))).join(' ')}] TJ ET`;
const pdfLines = async (content: readonly string[], file: string) => (await readText(cidFontPdf(content.join('\n')), file)).split('\n');

describe('a PDF figure whose digits a gap narrower than a space parts', () => {
  // pdf.js writes a space for any gap past a tenth of the size: read 4 60人次, 1, 870件, 98. 5％ and 1 2件, two figures where one stood
  it('reads the figure whole, kerned apart in a TJ array or drawn as two runs', async () => {
    const drawn = [
      at(150, 800, title),
      shown(56, 760, ['一、全年培训执法人员4', -300, '60人次，化解纠纷1,', -300, '870件，调解成功率98.', -200, '5％。']),
      // 审查规范性文件1 is 8 glyphs wide; 2件 starts 2.4 points (a fifth of the size) after it
      at(56, 740, '审查规范性文件1'),
      at(56 + 12 * 8 + 2.4, 740, '2件，合法性审查率达到100％。'),
      at(56, 720, closing),
    ];
    expect(await pdfLines(drawn, 'kerned.pdf')).toEqual([
      title,
      '一、全年培训执法人员460人次，化解纠纷1,870件，调解成功率98.5％。',
      '审查规范性文件12件，合法性审查率达到100％。',
      closing,
    ]);
  });

  it('keeps apart two figures set a space or more apart', async () => {
    const drawn = [
      at(150, 800, title),
      // a caption's number and its year, parted by a space glyph (as wide as a figure in this font) or a gap of more than half of one
      at(56, 760, '表1 2025年主要数据'),
      shown(56, 740, ['表2', -550, '2024年主要数据']),
      // figures listed after commas, each a space (more than half a figure) after the comma
      shown(56, 720, ['三类案件分别为1,', -550, '2,', -550, '3件。']),
      at(56, 700, closing),
    ];
    expect(await pdfLines(drawn, 'apart.pdf')).toEqual([title, '表1 2025年主要数据', '表2 2024年主要数据', '三类案件分别为1, 2, 3件。', closing]);
  });
});

describe('a PDF table whose row label wraps, under its last row or with the figures on its last line', () => {
  const rule = (y: number) => `0.5 w 56 ${y} m 400 ${y} l S`;
  const header = [at(60, 724, '项目'), at(240, 724, '2024年'), at(320, 724, '2025年'), rule(716)];
  /** Rows 24 points apart between ruling lines, then a note under the table and a section after it. */
  const table = (rows: readonly string[], below: number) => [
    at(150, 800, title),
    at(56, 770, '一、主要数据如下表。'),
    rule(740),
    ...header,
    ...rows,
    at(56, below - 24, '注：数据截至年底'),
    at(56, below - 56, closing),
  ];
  const lines = (...rows: string[]) => [title, '一、主要数据如下表。', '项目 | 2025年 | 2024年', ...rows, '注：数据截至年底', closing];

  // the label's second line stood as a line of its own (案件) under the row it completes
  it('reads the last row’s label set at its top, its second line under the row', async () => {
    const rows = [
      ...[at(60, 700, '办理行政复议案件'), at(240, 700, '35件'), at(320, 700, '41件'), rule(692)],
      ...[at(60, 676, '受理行政诉讼'), at(240, 676, '19件'), at(320, 676, '23件'), at(60, 660, '案件'), rule(652)],
    ];
    expect(await pdfLines(table(rows, 652), 'last-row.pdf')).toEqual(lines('办理行政复议案件 | 41件 | 35件', '受理行政诉讼案件 | 23件 | 19件'));
  });

  // the label's first line stood as a line of its own (办理行政复议) over the row its figures were on
  it('reads a label set at its row’s foot, the figures beside its last line', async () => {
    const rows = [
      ...[at(60, 700, '办理行政复议'), at(60, 684, '案件'), at(240, 684, '35件'), at(320, 684, '41件'), rule(676)],
      ...[at(60, 660, '审查规范性文件'), at(240, 660, '12件'), at(320, 660, '15件'), rule(652)],
    ];
    expect(await pdfLines(table(rows, 652), 'foot-set.pdf')).toEqual(lines('办理行政复议案件 | 41件 | 35件', '审查规范性文件 | 15件 | 12件'));
  });

  it('keeps a note set close under the last row, and a caption over the header, lines of their own', async () => {
    const rows = [...[at(60, 700, '办理行政复议案件'), at(240, 700, '35件'), at(320, 700, '41件'), rule(692)]];
    const drawn = [
      at(150, 800, title),
      at(56, 770, '一、主要数据如下表。'),
      at(60, 740, '表1'),
      ...header,
      ...rows,
      at(60, 676, '注：数据截至年底'),
      at(56, 644, closing),
    ];
    expect(await pdfLines(drawn, 'close-note.pdf')).toEqual([
      title,
      '一、主要数据如下表。',
      '表1',
      '项目 | 2025年 | 2024年',
      '办理行政复议案件 | 41件 | 35件',
      '注：数据截至年底',
      closing,
    ]);
  });
});

describe('a PDF line of Latin letters spaced wide, each drawn as a run of its own', () => {
  /** The text's glyphs 12 points wide, `letter` points apart, a word's space `word` points more (a space glyph and the spacing after it). */
  const spaced = (y: number, text: string, letter: number, word: number) => {
    let x = 56;
    return [...text].map((char) => {
      if (char === ' ') return void (x += word);
      const glyph = at(x, y, char);
      x += 12 + letter;
      return glyph;
    });
  };
  const body = '全年办理行政复议案件35件，审查规范性文件12件，合法性审查率达到100％。';

  // read A n n u a l R e p o r t 2 0 2 5, or its words set apart as a table's cells (A n n u a l | R e p o r t)
  it('reads the words, a space between them', async () => {
    for (const [letter, word] of [
      [8, 20],
      [14, 34],
    ] as const) {
      const drawn = [...spaced(800, 'Annual Report 2025', letter, word), at(150, 780, title), at(56, 760, body)];
      expect(await pdfLines(drawn.filter(Boolean) as string[], 'spaced.pdf'), `${letter}`).toEqual(['Annual Report 2025', title, body]);
    }
  });

  it('keeps figures set apart in a row, and a grade set apart after its label, apart', async () => {
    const drawn = [
      at(150, 800, title),
      at(56, 760, '合计'),
      at(56 + 24 + 18, 760, '3'),
      at(56 + 24 + 18 + 12 + 18, 760, '5'),
      at(56, 740, '考核等级'),
      at(56 + 48 + 18, 740, 'A'),
      at(56 + 48 + 18 + 12 + 18, 740, 'B'),
      at(56, 720, body),
    ];
    expect(await pdfLines(drawn, 'apart.pdf')).toEqual([title, '合计3 5', '考核等级A B', body]);
  });
});
