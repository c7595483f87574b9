/**
 * The general rules added after the blind measurement of test/fixtures/heldout182 (durations, deadlines, dates), on texts of
 * our own: the year's 目录 and what it lists, counted as decisions or items (目录所列3项决策全部按时完成), gives the list's
 * items (rules/facts.yaml major_decision_items, frame 目录所列决策); a stock's date before what it reached, its noun left out
 * (…为803名;截至12月31日为827名), goes on with the subject, and the year's last day or month is the whole year's, so the
 * earlier date's stock is a part, as a date's count after the whole year's is (rules/passes.yaml continuation.stock_dates,
 * year_to_date.wholes, src/facts/passes/year-to-date.ts); a count after 其中 below
 * a count a universal stated before it (申请22件,全部…答复,其中当场答复4件) is a part, whichever pass read the total
 * (src/facts/passes/breakdowns.ts); a word whose tail begins a universal's word (平均答复用时, 安全部门) is no universal
 * (rules/passes.yaml implied.compounds). The town's 合同全部经法律顾问审查 was labelled no fact and is an optional
 * legality_review_rate 100 by precedent (heldout96, heldout66, heldout69, heldout88): a label corrected, no rule.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

/** A county's report with one sentence of its work. */
const county = (sentence: string) => `苕川县2024年度法治政府建设情况报告
2024年，苕川县坚持依法行政，推进法治政府建设。现将有关情况报告如下。
一、主要工作
${sentence}
二、存在的不足
一是基层执法力量仍然不足。
苕川县人民政府
2025年1月22日
`;

const statuses = async (sentence: string, id: string) => statusesWithId((await readFileQuoted(lexicon, county(sentence), 'tiaochuan.txt')).facts, id);

describe('the year’s 目录 and what it lists', () => {
  it('gives the list’s items, counted as decisions or items, whatever is said of them after', async () => {
    for (const sentence of [
      '截至年底，县政府2024年度重大行政决策事项目录所列4项决策全部按时完成。',
      '县政府年度重大决策目录所列4个事项年内全部完成。',
      '县政府年度重大决策目录列明4个事项，均于年内作出决定。',
    ]) {
      expect(await statuses(sentence, 'major_decision_items')).toEqual(['major_decision_items=4:achieved']);
    }
  });

  it('but what another list lists is none of its items', async () => {
    expect(await statuses('县政府公布重大行政决策事项目录，法治政府建设年度工作要点所列16项任务全部完成。', 'major_decision_items')).toEqual([]);
  });
});

describe('a stock at the year’s last day, its noun left out', () => {
  it('is the year’s figure, the earlier date’s stock a part of the year', async () => {
    expect(await statuses('截至6月30日，全县持证行政执法人员为1,108名；截至12月31日为1,131名，平均年龄41岁。', 'enforcement_officers')).toEqual([
      'enforcement_officers=1131:achieved',
    ]);
  });

  it('and a date’s count after the whole year’s, its noun left out, is a part of it', async () => {
    expect(await statuses('全年受理行政复议申请41件，截至11月30日为37件。', 'reconsideration_cases')).toEqual(['reconsideration_cases=41:achieved']);
  });

  it('but a stock at an earlier date alone stays the year’s stated figure', async () => {
    expect(await statuses('截至6月30日，全县持证行政执法人员为1,108名，平均年龄41岁。', 'enforcement_officers')).toEqual([
      'enforcement_officers=1108:achieved',
    ]);
  });
});

describe('a count after 其中 below a universal’s count', () => {
  it('is a part of the whole the universal stated', async () => {
    expect(await statuses('全年收到政府信息公开申请35件，全部在法定期限内作出答复，其中当场答复6件。', 'disclosure_requests_closed')).toEqual([
      'disclosure_requests_closed=35:achieved',
    ]);
  });

  it('but with no whole of its fact before it, the count stays', async () => {
    expect(await statuses('全年收到政府信息公开申请35件，其中当场答复6件。', 'disclosure_requests_closed')).toEqual(['disclosure_requests_closed=6:achieved']);
  });
});

describe('a word whose tail begins a universal’s word', () => {
  it('states no universal (平均答复用时, 安全部门)', async () => {
    expect(await statuses('全年收到政府信息公开申请35件，办结33件，平均答复用时8个工作日。', 'disclosure_requests_closed')).toEqual([
      'disclosure_requests_closed=33:achieved',
    ]);
    expect(await statuses('全年收到政府信息公开申请35件，按职责转交安全部门办结。', 'disclosure_requests_closed')).toEqual([]);
  });

  it('but a universal beside it still states the whole', async () => {
    expect(await statuses('全年收到政府信息公开申请35件，均在法定期限内答复，平均答复用时8个工作日。', 'disclosure_requests_closed')).toEqual([
      'disclosure_requests_closed=35:achieved',
    ]);
  });
});
