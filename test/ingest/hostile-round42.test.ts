import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import { cidFontPdf, cidHex, readText, refusal } from './hostile.js';

const title = '某某县2025年度法治政府建设情况报告';
/** A short report's table of figures and the note under it, as the PDF and the text table should read. */
const tableLines = [
  '一、主要数据如下表。',
  '项目 | 2025年 | 2024年',
  '办理行政复议案件 | 41件 | 35件',
  '受理行政诉讼案件 | 23件 | 19件',
  '审查规范性文件 | 15件 | 12件',
  '注：数据截至年底',
];
const at = (x: number, y: number, text: string) => `BT /F1 12 Tf 1 0 0 1 ${x} ${y} Tm ${cidHex(text)} Tj ET`;
const pdfLines = async (content: readonly string[], file: string) => (await readText(cidFontPdf(content.join('\n')), file)).split('\n');

describe('a PDF text box set beside a paragraph', () => {
  // the paragraph's lines end at x ≈ 370, the box's start at 400: neither reached the page's right edge
  const paragraph = [
    '一、依法决策情况。全年审查规范',
    '性文件12件，合法性审查率达到',
    '100％，组织听证会2次，专家论',
    '证意见全部采纳，决策程序不断规',
    '范，群众满意度持续提高。',
  ];
  const box = ['【专栏】聘请法律顾问8', '名，出具法律意见书46', '份，参与重大决策论证', '11次。'];

  // each line stood alone, the box's 8 apart from its 名: facts read no count of legal advisers
  it('joins the paragraph’s lines and the box’s, each against its own edges, the box after the paragraph', async () => {
    const paragraphLine = (row: number) => at(56, 760 - 16 * row, paragraph[row]!);
    const boxLine = (row: number) => (box[row] === undefined ? '' : at(400, 760 - 16 * row, box[row]));
    // drawn block by block, and line by line across both (the paragraph's line, then the box's beside it)
    const blocks = [...paragraph.map((_, row) => paragraphLine(row)), ...box.map((_, row) => boxLine(row))];
    const across = paragraph.map((_, row) => `${paragraphLine(row)}\n${boxLine(row)}`);
    for (const [file, drawn] of [
      ['box.pdf', blocks],
      ['box-across.pdf', across],
    ] as const) {
      expect(await pdfLines([at(150, 800, title), ...drawn], file), file).toEqual([title, paragraph.join(''), box.join('')]);
    }
  });

  it('leaves a paragraph of the page’s width and a signature right under it as they stand', async () => {
    const wide = ['一、依法决策情况。全年审查规范性文件12件，合法性审查率达到', '100％，组织听证会2次，专家论证意见全部采纳。'];
    const drawn = [
      at(150, 800, title),
      ...wide.map((text, row) => at(56, 760 - 16 * row, text)),
      at(250, 700, '某某县人民政府'),
      at(250, 684, '2026年1月20日'),
    ];
    expect(await pdfLines(drawn, 'signed.pdf')).toEqual([title, wide.join(''), '某某县人民政府', '2026年1月20日']);
  });

  it('leaves a table drawn column by column, labels then figures, a row a line', async () => {
    const labels = ['办理行政复议案件', '受理行政诉讼案件', '审查规范性文件', '聘请法律顾问'];
    const figures = ['35件', '19件', '12件', '8名'];
    const drawn = [
      at(150, 800, title),
      ...labels.map((text, row) => at(56, 760 - 16 * row, text)),
      ...figures.map((text, row) => at(400, 760 - 16 * row, text)),
    ];
    const lines = await pdfLines(drawn, 'columns.pdf');
    for (const figure of figures) expect(lines).toContain(figure);
  });
});

describe('a PDF table whose row label wraps onto two lines', () => {
  const rule = (y: number) => `0.5 w 56 ${y} m 400 ${y} l S`;
  const rows: Array<[readonly string[], string, string]> = [
    [['项目'], '2024年', '2025年'],
    [['办理行政复议', '案件'], '35件', '41件'],
    [['受理行政', '诉讼案件'], '19件', '23件'],
    [['审查规范性文件'], '12件', '15件'],
  ];
  /** The table between ruling lines, its figures set at the middle of each row's band or at its top line, then a note. */
  const table = (align: 'middle' | 'top') => {
    const drawn = [at(150, 800, title), at(56, 770, '一、主要数据如下表。')];
    let top = 740;
    for (const [label, earlier, later] of rows) {
      drawn.push(rule(top));
      label.forEach((text, k) => drawn.push(at(60, top - 16 - 16 * k, text)));
      const y = align === 'middle' ? top - 16 - ((label.length - 1) * 16) / 2 : top - 16;
      drawn.push(at(240, y, earlier), at(320, y, later));
      top -= label.length * 16 + 8;
    }
    drawn.push(
      rule(top),
      at(56, top - 24, '注：数据截至年底'),
      at(56, top - 56, '二、存在的不足'),
      at(56, top - 80, '基层执法力量仍需充实，执法人员培训有待加强。'),
    );
    return drawn;
  };
  const expected = [title, ...tableLines, '二、存在的不足', '基层执法力量仍需充实，执法人员培训有待加强。'];

  // set in the middle, the figures stood on a line between the label's two halves (19件 | 23件 | 受理行政);
  // set at the top, the label's second half stood as a line of its own
  for (const align of ['middle', 'top'] as const) {
    it(`reads the label’s lines as one cell of its row, the figures set at the ${align}`, async () => {
      expect(await pdfLines(table(align), `table-${align}.pdf`)).toEqual(expected);
    });
  }
});

describe('a text table whose rows are a short report’s widest lines', () => {
  // its rows showed a width the text was wrapped at: the note under the table was joined to its last row
  it('keeps the note under the table on a line of its own', async () => {
    const text = [title, ...tableLines];
    expect((await readText(text.join('\n'), 'table.txt')).split('\n')).toEqual(text);
  });
});

describe('a frameset page that holds its report in <noframes>', () => {
  const body = [
    `<h1>${title}</h1>`,
    '<p>一、主要工作</p>',
    '<p>全年办理行政复议案件35件，审查规范性文件12件，合法性审查率达到100％，培训执法人员460人次。</p>',
    '<p>聘请法律顾问8名，出具法律意见书46份，参与重大决策论证11次，化解矛盾纠纷96起，群众满意度持续提高。</p>',
  ].join('');
  const page = (noFrames: string) =>
    `<html><head><title>${title}</title></head><frameset cols="20%,80%"><frame src="menu.html"><frame src="main.html"><noframes><body>${noFrames}</body></noframes></frameset></html>`;

  // refused as a frameset though what a browser without frames shows was the report
  it('reads the report a browser without frames shows', async () => {
    expect((await readText(page(body), 'noframes.html')).split('\n')).toEqual([
      title,
      '一、主要工作',
      '全年办理行政复议案件35件，审查规范性文件12件，合法性审查率达到100％，培训执法人员460人次。',
      '聘请法律顾问8名，出具法律意见书46份，参与重大决策论证11次，化解矛盾纠纷96起，群众满意度持续提高。',
    ]);
  });

  it('still refuses one whose <noframes> only says the browser shows no frames, naming the frames', async () => {
    const message = await refusal(ingestBytes(new Uint8Array(Buffer.from(page('<p>您的浏览器不支持框架，请升级浏览器。</p>'))), 'frames.html'), 'frames.html');
    expect(message).toContain('框架 menu.html、main.html 中');
  });
});
