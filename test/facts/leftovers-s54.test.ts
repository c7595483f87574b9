/**
 * Leftovers taken up in session 50 by p54, on texts of our own: infographics written out as text — a group title that
 * ends in 政府, cards after the signature, a row of cards each written figure first, a card line under its box's title.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithIds } from './helpers.js';

const lexicon = await loadLexicon();

/** The numeric facts of the ids, read from a .txt file of `lines`. */
const read = async (lines: readonly string[], ...ids: string[]): Promise<string[]> =>
  statusesWithIds((await readFileQuoted(lexicon, `${lines.join('\n')}\n`, 'qiaolin.txt')).facts, ...ids);

describe("an infographic's group title that ends in 政府", () => {
  const page = (title: string): string[] => [
    '图解:岑溪县2023年法治政府建设年度报告',
    '一、主要成效',
    '县政府常务会议会前学法8次,举办法治讲座4期。',
    title,
    '412件',
    '政府信息公开申请',
    '205件',
    '人大代表建议和政协提案 办复率100%',
    '来源:岑溪县司法局',
  ];

  it('reads the cards under a title such as 数字政府 or 诚信政府, which signs no report', async () => {
    for (const title of ['数字政府', '诚信政府']) {
      expect(await read(page(title), 'disclosure_requests', 'proposals_handled')).toEqual([
        'disclosure_requests=412:achieved',
        'proposals_handled=205:achieved',
      ]);
    }
  });

  it("still ends the body at a county government's signature", async () => {
    const kindOf = async (title: string): Promise<string | undefined> => {
      const { doc } = await readFileQuoted(lexicon, `${page(title).join('\n')}\n`, 'qiaolin.txt');
      return doc.sentences.find((s) => s.plain.includes('412件'))?.kind;
    };
    expect(await kindOf('数字政府')).toBe('achievements');
    expect(await kindOf('岑溪县政府')).toBe('other');
  });
});

/** A district's report of 2023 signed and dated, `annex` after its date. */
const report = (annex: readonly string[]): string[] => [
  '梧溪区人民政府关于2023年度法治政府建设情况的报告',
  '一、主要举措',
  '区政府常务会议会前学法11次。',
  '二、存在的不足',
  '个别街道法制审核力量仍较薄弱。',
  '梧溪区人民政府',
  '2024年3月8日',
  ...annex,
];

describe('cards annexed after the signature', () => {
  it('joins a number, its unit and its label on lines of their own, and a label over its figure', async () => {
    const facts = await read(
      report(['附:图解梧溪2023', '2,416', '名', '全区持证行政执法人员', '政府信息公开申请', '63件 办结61件']),
      'enforcement_officers',
      'disclosure_requests',
    );
    expect(facts).toEqual(['enforcement_officers=2416:achieved', 'disclosure_requests=63:achieved']);
  });

  it('leaves a figure alone that no label follows', async () => {
    expect(await read(report(['附:图解梧溪2023', '2,416', '名']), 'enforcement_officers')).toEqual([]);
  });
});

describe('a row of cards each written figure first', () => {
  const row = (line: string): string[] => ['渠阳县2024年法治政府建设情况报告', '一、主要成效', line, '二、下一步工作', '继续推进依法行政。'];

  it('reads each figure with the label after it, never with the label of the card before', async () => {
    expect(await read(row('19名 公职律师 | 4名 县政府法律顾问'), 'public_lawyers', 'legal_advisers')).toEqual([
      'public_lawyers=19:achieved',
      'legal_advisers=4:achieved',
    ]);
    expect(await read(row('620台 执法记录仪 | 1,150名 持证执法人员'), 'body_cameras', 'enforcement_officers')).toEqual([
      'body_cameras=620:achieved',
      'enforcement_officers=1150:achieved',
    ]);
  });

  it('still joins a label cell to the figure after it in a row whose first cell is a label', async () => {
    expect(await read(row('公职律师 | 19名 | 同比增加3名'), 'public_lawyers')).toEqual(['public_lawyers=19:achieved']);
  });
});

describe("a card's line under its box's title", () => {
  const box = (title: string, line: string): string[] => report(['附:数说梧溪2023', '★ 数说③　依规办事', title, line, '审查合同、协议 88件']);

  it("reads the line's items by the topic its title names", async () => {
    expect(await read(box('2023年度区政府重大决策事项目录　√ 已印发公布', '列入目录事项　5项'), 'major_decision_items')).toEqual([
      'major_decision_items=5:achieved',
    ]);
  });

  it('reads nothing where the title names no decision', async () => {
    expect(await read(box('2023年度政务服务事项清单　√ 已印发公布', '列入清单事项　5项'), 'major_decision_items')).toEqual([]);
  });
});

describe("a card's figure alone on its line before a long label", () => {
  const card = (...lines: string[]): string[] => ['一图读懂 | 溱溪镇2024年法治政府建设年度报告', '', ...lines, '', '🔹 36件', '审查镇政府合同协议'];

  it('counts what the label on the next line ends with, however long the label', async () => {
    expect(await read(card('🔹 100%', '镇政府党政联席会议议题、镇政府文件合法性审核率'), 'legality_review_rate')).toEqual([
      'legality_review_rate=100:achieved',
    ]);
  });

  it('reaches no farther than before from a figure with its label on the same line', async () => {
    expect(await read(card('🔹 100% 镇政府党政联席会议议题、镇政府文件合法性审核率'), 'legality_review_rate')).toEqual([]);
  });
});
