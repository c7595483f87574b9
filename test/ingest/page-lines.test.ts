/** Page lines: page numbers and running headers at the page edges are dropped (in linear time), wrapped lines join. */
import { describe, expect, it } from 'vitest';
import { appendRun, pagesToText, type PageLine } from '../../src/ingest/page-lines.js';

const line = (text: string, y: number): PageLine => ({ text, x: 0, right: 500, y, size: 12 });
const body = '全年办理行政复议案件四十二件,依法纠正违法或不当行政行为五件。';

describe('page furniture', () => {
  it('drops a page number in its usual forms and keeps the body', () => {
    const pages = ['第 1 页', '- 2 -', '第3页,共3页'].map((number, page) => [
      ...[1, 2, 3, 4].map((k) => line(`第${page * 4 + k}段。${body}`, 100 + k * 20)),
      line(number, 800),
    ]);
    const text = pagesToText(pages)!;
    expect(text).toContain('依法纠正');
    expect(text).not.toMatch(/页|- 2 -/);
  });

  it('tests an edge line of page-number words and blanks without backtracking over the blanks', () => {
    // two blank runs side by side around an optional comma were tried against each other: quadratic
    const hostile = `第1页${'\t'.repeat(200_000)}一`;
    const text = pagesToText([[line(body, 100), line(hostile, 800)]]);
    expect(text).toContain('依法纠正');
  }, 20_000);

  it('keeps the title a running header repeats on the later pages, set far larger on its first page', () => {
    const header = (y: number): PageLine => ({ text: '某区2025年度法治政府建设情况报告', x: 40, right: 180, y, size: 8 });
    const pages = [1, 2, 3].map((page) => [
      header(820),
      ...(page === 1 ? [{ text: '某区2025年度法治政府建设情况报告', x: 130, right: 460, y: 760, size: 19 }] : []),
      ...[1, 2, 3].map((k) => line(`第${page}页第${k}段。${body}`, 700 - k * 20)),
    ]);
    const text = pagesToText(pages)!;
    expect(text).toMatch(/^某区2025年度法治政府建设情况报告\n第1页第1段。/);
    expect(text.match(/情况报告/g)).toHaveLength(1);
  });

  // paragraphs of other words on every line: digits alone would make them one running line
  const paragraphs = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛'].map((name) => `${name}街道${body}`);

  it('keeps the body’s name set large above the title when it stands again at the top of a short last page, as its signature', () => {
    const name = (y: number, size: number): PageLine => ({ text: '某市某区人民政府', x: 130, right: 130 + 8 * size, y, size });
    const pages = [
      [name(820, 17), line('关于2025年度法治政府建设情况的报告', 790), ...paragraphs.slice(0, 4).map((text, k) => line(text, 760 - k * 20))],
      paragraphs.slice(4).map((text, k) => line(text, 820 - k * 20)),
      [name(820, 12), line('2026年1月20日', 800)],
    ];
    const text = pagesToText(pages)!;
    expect(text).toMatch(/^某市某区人民政府\n关于2025年度/);
    expect(text).toContain(paragraphs.join('\n'));
  });

  it('drops the header of a report’s second page that repeats its title, set far larger on the first', () => {
    const title = (y: number, size: number): PageLine => ({ text: '某区2025年度法治政府建设情况报告', x: 40, right: 40 + 17 * size, y, size });
    const pages = [0, 4].map((from) => [title(820, from === 0 ? 19 : 8), ...paragraphs.slice(from, from + 4).map((text, k) => line(text, 760 - k * 20))]);
    expect(pagesToText(pages)).toBe(['某区2025年度法治政府建设情况报告', ...paragraphs].join('\n'));
  });
});

describe('joining lines', () => {
  it('keeps the breaks of a page of short lines: a table one cell a line has no right edge of its own', () => {
    const prose = (text: string, y: number): PageLine => ({ text, x: 0, right: 500, y, size: 12 });
    const cell = (text: string, y: number): PageLine => ({ text, x: 0, right: text.length * 12, y, size: 12 });
    const pages = [
      [1, 2, 3, 4].map((k) => prose(`第${k}段。全年办理行政复议案件四十二件,依法纠正违法行为五件。`, 300 - k * 20)),
      ['附件:主要指标完成情况', '行政复议申请(件)', '316', '224', '负责人出庭应诉率(%)', '97.7', '88.1', '某区司法局'].map((text, k) =>
        cell(text, 300 - k * 20),
      ),
    ];
    expect(pagesToText(pages)).toContain('行政复议申请(件)\n316\n224\n负责人出庭应诉率(%)\n97.7\n88.1');
  });

  it('sets the cells of a table row apart, and writes the row on a line of its own', () => {
    // a browser's table printed to PDF: each cell a run (text@x), wide gaps between them, the header as wide as the text block
    const row = (y: number, ...cells: string[]): PageLine => {
      const placed: PageLine = { text: '', x: 0, right: 0, y, size: 10 };
      for (const [text, x] of cells.map((cell) => cell.split('@'))) {
        appendRun(placed, { text: text!, x: Number(x), right: Number(x) + text!.length * 10, size: 10 });
      }
      return placed;
    };
    const page = [
      ...[1, 2, 3].map((k) => line(`第${k}段。${body}`, 700 - k * 20)),
      row(600, '序号@0', '指标名称@80', '单位@300', '2022年完成@380'),
      row(580, '7@0', '公职律师@80', '名@300', '31@380'),
      // runs of one sentence that abut, or stand a space apart, stay one text
      row(560, '全年办理案件@0', '42@62', '件。@80'),
    ];
    expect(pagesToText([page])).toContain('依法纠正违法或不当行政行为五件。\n序号 | 指标名称 | 单位 | 2022年完成\n7 | 公职律师 | 名 | 31\n全年办理案件42件。');
  });

  it('sets the narrower columns of a row apart too, and goes on with a row wrapped at the right edge', () => {
    // an OFD placing one object per character: blanks are not drawn, only the gaps they leave
    const placed = (y: number, text: string): PageLine => {
      let placedLine: PageLine | undefined;
      let x = 0;
      for (const char of text) {
        const run = { text: char, x, right: x + (/\d/.test(char) ? 6 : 12), size: 12 };
        if (char !== '\u3000') {
          if (placedLine) appendRun(placedLine, run);
          else placedLine = { ...run, y };
        }
        x = run.right;
      }
      return placedLine!;
    };
    const blanks = (n: number) => '\u3000'.repeat(n);
    const page = [
      ...[1, 2, 3].map((k) => line(`第${k}段。${body}`, 700 - k * 20)),
      placed(600, `${blanks(2)}指标${blanks(24)}2023年${blanks(2)}2024年${blanks(2)}两年合`),
      placed(580, '计'),
      placed(560, `${blanks(2)}受理（件）${blanks(20)}101${blanks(4)}134${blanks(4)}235`),
      // a paragraph after the table, at the margin, is no part of a row that ends at the right edge
      line(`第4段。${body}`, 540),
    ];
    expect(pagesToText([page])).toContain('五件。\n指标 | 2023年 | 2024年 | 两年合计\n受理（件） | 101 | 134 | 235\n第4段。');
  });

  it('closes up the digits of a line letter-spaced one character a run, but keeps a wider gap between numbers', () => {
    // Chromium prints CSS letter-spacing as one run per character, each set apart by the same gap
    const spaced = (y: number, text: string, gapAfter: Record<number, number> = {}): PageLine => {
      const placed: PageLine = { text: '', x: 0, right: 0, y, size: 10 };
      let x = 0;
      [...text].forEach((char, k) => {
        const width = /\d/.test(char) ? 6 : 10;
        appendRun(placed, { text: char, x, right: x + width, size: 10 });
        x += width + 8 + (gapAfter[k] ?? 0);
      });
      return placed;
    };
    expect(spaced(700, '石垅乡2017年依法行政工作情况报告').text).toBe('石垅乡2017年依法行政工作情况报告');
    expect(spaced(680, '收案件数1215', { 5: 8 }).text).toBe('收案件数12 15');
    // runs of words set apart by a gap are no letter spacing: their numbers stay apart
    const words: PageLine = { text: '', x: 0, right: 0, y: 660, size: 10 };
    for (const [text, x] of [
      ['收案', 0],
      ['件', 28],
      ['12', 46],
      ['15', 70],
    ] as const)
      appendRun(words, { text, x, right: x + text.length * 10, size: 10 });
    expect(words.text).toBe('收案件12 15');
  });

  it('reads a smaller box the text layer gives before the title where it stands, before the paragraph beside it', () => {
    // a side note floated at the right, drawn first; the paragraph beside it wraps short of the note
    const note = (text: string, y: number): PageLine => ({ text, x: 370, right: 530, y, size: 9.5 });
    const prose = (text: string, x: number, right: number, y: number): PageLine => ({ text, x, right, y, size: 13.5 });
    const page = [
      note('旁注:委员会全年召开全体会议2次;', 528),
      note('此处仅指政府常务会议。', 514),
      { text: '某区2025年度法治政府建设情况报告', x: 130, right: 460, y: 760, size: 19 },
      prose('全年围绕法治政府建设目标推进依法行政各项工作,现将情况报告如下。', 90, 535, 716),
      prose('一、主要做法和成效', 62, 190, 588),
      prose('区政府主要负责同志履行推进法治建设第一', 90, 347, 528),
      prose('责任人职责,全年专题研究法治政府建设5次。', 62, 347, 504),
      prose('区政府常务会议会前学法14次,举办法治讲座2期,组织旁听庭审。', 62, 535, 480),
    ];
    expect(pagesToText([page])).toMatch(
      /^某区2025年度法治政府建设情况报告\n.*报告如下。\n一、主要做法和成效\n旁注:委员会全年召开全体会议2次;\n此处仅指政府常务会议。\n区政府主要负责同志/,
    );
  });

  it('ends a paragraph at a short line set flush right, though the next page opens at the margin', () => {
    const pages = [
      [
        ...[1, 2, 3].map((k) => line(`第${k}段。${body}`, 700 - k * 20)),
        { text: '某区人民政府', x: 400, right: 500, y: 600, size: 12 },
        { text: '2026年1月16日', x: 396, right: 500, y: 580, size: 12 },
      ],
      [{ text: '附件', x: 0, right: 24, y: 760, size: 12 }, line('某区2025年度重点任务完成情况', 730)],
    ];
    expect(pagesToText(pages)).toContain('某区人民政府\n2026年1月16日\n附件\n');
  });

  it('breaks before an indented paragraph under a full line that ends without a full stop, which is no centred line', () => {
    const at = (text: string, x: number, right: number, k: number): PageLine => ({ text, x, right, y: 800 - k * 20, size: 12 });
    const page = [
      at('全区办理行政复议案件共计八十件,', 24, 500, 0),
      at('均已按期办结。', 0, 300, 1),
      at('全区组织执法人员培训共计十二期,', 24, 500, 2),
      at('参训人员四百人次。', 0, 300, 3),
      at('全区开展普法宣传活动共计九十场,', 24, 500, 4),
      at('覆盖群众两万余人。', 0, 300, 5),
      at('全区审查规范性文件共计二十六件,', 24, 500, 6),
      // a closing mark past the edge, and a typed stop that may be a decimal point
      at('备案审查率达到了百分之百的目标100%.', 0, 506, 7),
      at('在看到成绩的同时,我们也认识到还', 24, 500, 8),
      at('有不足。', 0, 100, 9),
    ];
    expect(pagesToText([page])).toContain('100%.\n在看到');
  });

  it("joins a centred title's last line on a page of short indented lines, whose block looks narrower than the title", () => {
    const short = (text: string, y: number): PageLine => ({ text, x: 24, right: 200, y, size: 12 });
    const page = [
      { text: '某区2024年法治政府建设年度报', x: 0, right: 500, y: 800, size: 20 },
      { text: '告', x: 240, right: 260, y: 770, size: 20 },
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((k) => short(`全年学法${k}次。`, 740 - k * 20)),
    ];
    expect(pagesToText([page])).toMatch(/^某区2024年法治政府建设年度报告\n全年学法1次。/);
  });
});
