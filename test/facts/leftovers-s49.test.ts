/**
 * Leftovers of earlier held-out sets read in session 47 (p49), on texts of our own (other places, figures and word
 * orders than the fixtures'), each with a case the rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithIds } from './helpers.js';

const lexicon = await loadLexicon();

/** 苇塘县's 2023 report as a text file: an opening sentence, then `lines` as written. */
const weitangCounty = (lines: readonly string[]): string =>
  ['　　　　苇塘县人民政府关于2023年度法治政府建设情况的报告', '', '　　2023年，苇塘县持续推进法治政府建设，现将有关情况报告如下。', ...lines, ''].join('\n');

const COUNT_IDS = ['reconsideration_cases', 'litigation_cases', 'proposals_handled', 'enforcement_officers', 'body_cameras'] as const;

const countFacts = async (text: string): Promise<string[]> => statusesWithIds((await readFileQuoted(lexicon, text, 'weitang.txt')).facts, ...COUNT_IDS);

describe('a telegraphic line’s figure with no counting word (heldout126)', () => {
  it('counts in the unit of the count its label names, after a colon, a few blanks or a slash list', async () => {
    const text = weitangCounty([
      '　　案件数据：行政诉讼：23；行政复议：175；出庭率：100%。',
      '　　执法队伍：执法记录仪 96 ｜ 持证执法人员 2,318',
      '　　代表建议/政协提案/办复率：39/71/100%',
    ]);
    expect(await countFacts(text)).toEqual([
      'reconsideration_cases=175:achieved',
      'litigation_cases=23:achieved',
      'proposals_handled=39:achieved',
      'proposals_handled=71:achieved',
      'enforcement_officers=2318:achieved',
      'body_cameras=96:achieved',
    ]);
  });

  it('but not after a rate’s label, nor a year, nor a figure that does not close its cell or stands on the next line', async () => {
    const text = weitangCounty([
      '　　建议提案：人大代表建议办复率：97；满意率：95。',
      '　　执法统计：持证执法人员：2023；',
      '　　行政复议：12号决定书已送达。',
      '　　行政应诉',
      '　　41',
    ]);
    expect(await countFacts(text)).toEqual([]);
  });
});

describe('a telegraphic label, its colon and a worded value (heldout126)', () => {
  const COVERAGE_IDS = ['shufa_coverage', 'legal_adviser_coverage_rate'] as const;
  const coverageFacts = async (text: string): Promise<string[]> => statusesWithIds((await readFileQuoted(lexicon, text, 'weitang.txt')).facts, ...COVERAGE_IDS);

  it('states what label and value say together (法律顾问全覆盖)', async () => {
    const text = weitangCounty(['　　主要成效：', '　　——村（社区）法律顾问：已实现全覆盖', '　　——各乡镇党委书记年终述法：全面覆盖']);
    expect(await coverageFacts(text)).toEqual(['shufa_coverage=100:achieved', 'legal_adviser_coverage_rate=100:achieved']);
  });

  it('but not when the value denies it or names work toward it', async () => {
    const text = weitangCounty(['　　存在问题：', '　　——年终述法：尚未全覆盖', '　　——村（社区）法律顾问：全覆盖工作正在推进']);
    expect(await coverageFacts(text)).toEqual([]);
  });
});

describe('a rate’s bare clause after the proposals’ clause in a run-on sentence that named 信息公开 before (heldout126)', () => {
  const rateFacts = async (text: string): Promise<string[]> =>
    statusesWithIds((await readFileQuoted(lexicon, text, 'weitang.txt')).facts, 'proposals_completion_rate');

  it('is the proposals’ rate', async () => {
    const text = weitangCounty([
      '　　全县各级调解组织调处矛盾纠纷2210件，县政府受理依申请公开82件、办结80件，承办县政协委员提案53件、县人大代表建议29件，按期办复率100%，县政府门户网站发布信息3100余条。',
    ]);
    expect(await rateFacts(text)).toEqual(['proposals_completion_rate=100:achieved']);
  });

  it('but not when the clause right before it is the 信息公开 requests’', async () => {
    const text = weitangCounty(['　　县政府承办县人大代表建议29件，受理政府信息公开申请82件，答复率100%。']);
    expect(await rateFacts(text)).toEqual([]);
  });
});
