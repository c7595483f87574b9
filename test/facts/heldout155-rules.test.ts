/**
 * The general rules added after the blind measurement of test/fixtures/heldout155 (drafts, revisions and tracked changes),
 * on texts of our own: a note on a draft (起草说明, 修改说明) states the new figure of each revision it lists (初稿“…12件”改为
 * “15件”, 由“…”调整为“…”), read with the old words' subject, the old figure withdrawn, a suggestion not taken up no fact; such
 * a note titled by the report it is about (关于《某市人民政府…报告(送审稿)》的起草说明) is that place's, whichever bureau signs
 * it; a correction notice whose right words are a figure alone (“持证执法人员1,204名”应为“1,240名”) is read with the quoted
 * subject, and a remark in brackets after it is read too; a web page's figure struck by a class of its style sheet is
 * withdrawn as one in <del> is.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { metaLine, readFileQuoted, readQuoted, statusesOf, statusesWithId, statusesWithIds } from './helpers.js';

const lexicon = await loadLexicon();

/** A city 司法局's note on the drafting of the city's 2024 report, with `items` under its part on the figures changed. */
const note = (...items: string[]): string =>
  [
    '关于《澄岭市人民政府2024年度法治政府建设情况报告（送审稿）》的起草说明',
    '',
    '市政府：',
    '　　市司法局牵头起草了报告，征求了各县（区）政府和市直各部门意见，共收到意见27条。',
    '　　一、关于数据的修改',
    ...items.map((item) => '　　' + item),
    '　　以上说明，请审阅。',
    '',
    '澄岭市司法局',
    '2025年1月15日',
    '',
  ].join('\n');
const noteStatuses = (...items: string[]): string[] => statusesOf(readQuoted(lexicon, note(...items)).facts);

describe('a note on a draft that lists the revisions of its figures', () => {
  it('states each new figure with the old words’ subject, whatever the verb and where the subject stands', () => {
    const facts = noteStatuses(
      '1.初稿“审查政府合同、协议214份”改为“236份”（漏计年底签订的22份）。',
      '2.根据市司法局复议台账核实，将“受理行政复议申请318件”调整为“331件”，“综合纠错率11.2%”调整为“12.6%”。',
      '3.持证行政执法人员由“5,420名”更正为“5,486名”。',
      '4.原稿“办理行政应诉案件205件”系2023年数据，已改为本年度的“219件”。',
    );
    expect(
      statusesWithIds(facts, 'contracts_reviewed', 'reconsideration_cases', 'reconsideration_correction_rate', 'enforcement_officers', 'litigation_cases'),
    ).toEqual([
      'contracts_reviewed=236:achieved',
      'reconsideration_cases=331:achieved',
      'reconsideration_correction_rate=12.6:achieved',
      'enforcement_officers=5486:achieved',
      'litigation_cases=219:achieved',
    ]);
  });

  it('gives a planned figure its new value', () => {
    const facts = noteStatuses(
      '1.初稿“审查政府合同、协议214份”改为“236份”。',
      '二、关于2025年工作安排',
      '送审稿第五部分将“2025年公职律师增至300名”改为“增至320名”，其余不变。',
    );
    expect(statusesWithId(facts, 'public_lawyers')).toEqual(['public_lawyers=320:plan']);
  });

  it('reads neither the figures of a suggestion not taken up nor a changed aim the note keeps', () => {
    const facts = noteStatuses(
      '1.某区建议将上年的“行政复议申请298件”作为对比写入，因报告只反映当年工作，未予采纳。',
      '2.某部门建议将“审查政府合同、协议236份”改为“审查政府合同、协议250份”，因无台账支撑，不予采纳。',
    );
    expect(statusesWithIds(facts, 'reconsideration_cases', 'contracts_reviewed')).toEqual(['contracts_reviewed=236:achieved']);
  });

  it('is the place’s whose report its title names, not the bureau’s that signs it', () => {
    expect(metaLine(lexicon, note('1.初稿“审查政府合同、协议214份”改为“236份”。'))).toBe('other city 澄岭市 2024');
  });
});

describe('a correction notice after a report', () => {
  const report = (...corrections: string[]): string[] =>
    statusesOf(
      readQuoted(
        lexicon,
        [
          '汀枫县2023年法治政府建设情况报告',
          '',
          '一、主要工作',
          '　　全县持证行政执法人员1,204名。全县行政应诉案件43件，行政机关负责人出庭应诉39件，出庭应诉率90.7%。',
          '　　二、存在的不足',
          '　　个别部门法制审核力量仍较薄弱。',
          '',
          '汀枫县人民政府',
          '2024年3月1日',
          '',
          '关于《汀枫县2023年法治政府建设情况报告》的更正说明',
          ...corrections.map((c) => '　　' + c),
          '　　特此更正。',
          '',
        ].join('\n'),
      ).facts,
    );

  it('reads a right figure alone with the subject of the wrong words it quotes, and the remark in brackets after it', () => {
    const facts = report('1.第一部分“持证行政执法人员1,204名”应为“1,240名”；', '2.第一部分“出庭应诉率90.7%”应为“95.1%”（应出庭案件为41件）。');
    expect(statusesWithIds(facts, 'enforcement_officers', 'head_appearance_rate', 'head_appearance_required')).toEqual([
      'enforcement_officers=1240:achieved',
      'head_appearance_rate=95.1:achieved',
      'head_appearance_required=41:achieved',
    ]);
  });

  it('still reads right words that restate their subject', () => {
    const facts = report('1.第一部分“持证行政执法人员1,204名”应为“持证行政执法人员1,240名”。');
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=1240:achieved']);
  });
});

describe('a web page’s figure struck through', () => {
  const page = async (style: string, paragraph: string): Promise<string[]> =>
    (
      await readFileQuoted(
        lexicon,
        `<html><head><title>岚汐区2023年度法治政府建设情况报告</title><style>${style}</style></head><body><h1>岚汐区2023年度法治政府建设情况报告</h1><p>一、主要工作</p><p>${paragraph}</p></body></html>`,
        'lanxi.html',
      )
    ).facts;

  it('by a class of its style sheet is withdrawn, as one in <del> is', async () => {
    const facts = await page(
      '.was { text-decoration: line-through; color: #888 }',
      '全年审查区政府合同、协议<span class="was">88</span>96份，区政府法律顾问<span class="fix">7</span>名。',
    );
    expect(statusesWithIds(facts, 'contracts_reviewed', 'legal_advisers')).toEqual(['contracts_reviewed=96:achieved', 'legal_advisers=7:achieved']);
  });

  it('but a class that underlines its text keeps it', async () => {
    const facts = await page('.key { text-decoration: underline }', '全年审查区政府合同、协议<span class="key">96</span>份。');
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=96:achieved']);
  });
});
