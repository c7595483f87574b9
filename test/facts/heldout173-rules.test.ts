/**
 * The general rules added after the blind measurement of test/fixtures/heldout173 (the institutional reform years), on texts
 * of our own: officers a reform moved from one body to another (转隶执法人员61名, 划转…执法人员, 调入…) are a movement, a
 * part as the year's additions are, no stock of enforcement_officers; the stock once the move was done (人员转隶到位后…共…名)
 * still is (rules/facts.yaml enforcement_officers exclude_patterns); a tally the next clause says is not taken as the body's
 * figure (…汇总的…187件包含各街道的20件,不作为区政府审查数) counts nothing of the body's, as one it says was left out of
 * the count (rules/passes.yaml other_period left_out).
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

/** A county's report with one sentence of its work. */
const county = (sentence: string) => `茝阳县2019年度法治政府建设情况报告
2019年，茝阳县坚持依法行政，推进法治政府建设。现将有关情况报告如下。
一、主要工作
${sentence}
二、存在的不足
一是改革后的执法力量仍需磨合。
茝阳县人民政府
2020年1月21日
`;

const statuses = async (sentence: string, id: string) => statusesWithId((await readFileQuoted(lexicon, county(sentence), 'chaiyang.txt')).facts, id);

describe('officers a reform moved from one body to another', () => {
  it('are a movement, no stock of officers', async () => {
    for (const sentence of [
      '县综合行政执法局于2019年4月挂牌，整合城管、农业等5支队伍，转隶执法人员84名。',
      '从原城管、市场监管部门划转持证执法人员37名。',
      '年内从乡镇调入执法人员11名充实执法一线。',
    ]) {
      expect(await statuses(sentence, 'enforcement_officers')).toEqual([]);
    }
  });

  it('but the stock once the move was done, or beside it in a clause of its own, is the count', async () => {
    expect(await statuses('人员转隶到位后全县持证执法人员共六百一十二名。', 'enforcement_officers')).toEqual(['enforcement_officers=612:achieved']);
    expect(await statuses('综合行政执法局转隶执法人员84名，全县持证执法人员共612名。', 'enforcement_officers')).toEqual(['enforcement_officers=612:achieved']);
  });
});

describe('a tally the next clause says is not taken as the body’s figure', () => {
  it('counts nothing of the body’s', async () => {
    expect(await statuses('县委依法治县办汇总的全县合法性审查意见214件包括乡镇自行审查的31件，不作为县政府审查数。', 'legality_review_opinions')).toEqual([]);
  });

  it('but the body’s own count beside it, and a clause on inaction, leave the count standing', async () => {
    expect(await statuses('县政府出具合法性审查意见183件；依法治县办汇总的全县数字214件，不作为县政府审查数。', 'legality_review_opinions')).toEqual([
      'legality_review_opinions=183:achieved',
    ]);
    expect(await statuses('县政府出具合法性审查意见183件，不作为、乱作为问题得到整治。', 'legality_review_opinions')).toEqual([
      'legality_review_opinions=183:achieved',
    ]);
  });
});
