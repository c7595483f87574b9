/**
 * The general rules added after the blind measurement of test/fixtures/heldout168 (the 十五五's opening year), on texts of
 * our own: 新一轮 / 上一轮 / 下一轮 name a round by its place, no count of 1轮 (rules/facts.yaml set_phrases), so a span of
 * years after 对照上一轮纲要 still opens its sentence's count and the totals after it over its commas are the span's
 * (rules/passes.yaml other_period: a span counting the sentence's first figure); a plan's period named with its years
 * (“十四五”五年间, “十三五”这五年来) is a span as “十四五”期间 is (other_period spans); the year's decisions list named,
 * then how many items it holds (…决策事项目录,明确事项6项) counts its items (rules/facts.yaml major_decision_items frame
 * 目录明确事项), not items of another kind it names (明确听证事项2项).
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

/** A city's report on 2026, written early in 2027, with one sentence of its work. */
const city = (sentence: string) => `榕汀市2026年法治政府建设情况报告
2026年是“十五五”开局之年，榕汀市坚持依法行政，推进法治政府建设。现将有关情况报告如下。
一、主要工作
${sentence}
榕汀市人民政府
2027年2月10日
`;

const read = async (sentence: string) => (await readFileQuoted(lexicon, city(sentence), 'rongting.txt')).facts;

describe('a round named by its place before a span of years', () => {
  it('counts no round: the span’s totals after it are the span’s, over the commas', async () => {
    for (const lead of ['对照上一轮纲要', '衔接新一轮规划', '为谋划下一轮方案']) {
      const facts = await read(`${lead}，“十四五”时期全市重大行政决策事项累计31项，受理行政复议案件累计2480件，审查合同累计1100份。`);
      expect(statusesWithId(facts, 'major_decision_items')).toEqual([]);
      expect(statusesWithId(facts, 'reconsideration_cases')).toEqual([]);
      expect(statusesWithId(facts, 'contracts_reviewed')).toEqual([]);
    }
  });

  it('but the year’s figures after such a lead are the year’s', async () => {
    const facts = await read('对照上一轮纲要，全市受理行政复议案件587件，审查政府合同216份。');
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=587:achieved']);
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=216:achieved']);
  });
});

describe('a plan’s period named with its years', () => {
  it('is a span: its totals are none of the year’s', async () => {
    for (const span of ['“十四五”五年间', '“十四五”这五年来', '十四五五年期间']) {
      const facts = await read(`全市调解矛盾纠纷2860件。${span}，全市累计调解纠纷1.4万余件，调解成功率保持在96%以上。`);
      expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=2860:achieved']);
    }
  });

  it('but the new period’s opening year is the year itself', async () => {
    const facts = await read('“十五五”开局之年，全市调解矛盾纠纷2860件。');
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=2860:achieved']);
  });
});

describe('the year’s decisions list, then how many items it holds', () => {
  it('counts the list’s items', async () => {
    for (const [sentence, value] of [
      ['制定并公布市政府2026年度重大行政决策事项目录，明确事项7项。', 7],
      ['印发年度重大决策事项目录，共确定事项4个。', 4],
    ] as const) {
      expect(statusesWithId(await read(sentence), 'major_decision_items')).toEqual([`major_decision_items=${value}:achieved`]);
    }
  });

  it('not items of another kind the list names', async () => {
    for (const sentence of ['公布年度重大行政决策事项目录，明确听证事项2项。', '制定年度工作要点，明确重点事项12项。']) {
      expect(statusesWithId(await read(sentence), 'major_decision_items')).toEqual([]);
    }
  });
});
