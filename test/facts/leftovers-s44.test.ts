/**
 * Leftovers of earlier held-out sets fixed as general rules in session 44 (p44), on texts of our own: other places,
 * figures and word orders than the fixtures', each with a case the rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { quotedValuesOf } from './helpers.js';

const lexicon = await loadLexicon();
const values = (text: string, id: string) => quotedValuesOf(lexicon, text, id);

describe('an exception’s count is taken from the whole it limits (除3件…外,均已办结)', () => {
  it('gives the whole less the count the exception names', () => {
    expect(values('全年受理依申请公开62件,除5件因申请人补充材料延期至2026年1月外,其余均已按期答复。', 'disclosure_requests_closed')).toEqual([57]);
    expect(values('审结情况:新收行政复议申请71件,除6件中止审理外,均已审结。', 'reconsideration_closed')).toEqual([65]);
  });

  it('but an exception naming no count, or two, or one of another unit, tells no figure', () => {
    expect(values('全年受理依申请公开62件,除个别申请需补正外,其余均已按期答复。', 'disclosure_requests_closed')).toEqual([]);
    expect(values('新收行政复议申请71件,除6件中止审理、3件终止外,均已审结。', 'reconsideration_closed')).toEqual([]);
    expect(values('全镇13个村除新设的2个社区外均已聘请法律顾问。', 'legal_adviser_coverage_rate')).toEqual([]);
  });
});

describe('a bare 满意率 after a review or survey of the place by others is the review’s', () => {
  it('in the next sentence or the next clause', () => {
    expect(values('承办人大代表建议58件,全部按期办复。经第三方评估,满意率为93.4%。', 'proposals_satisfaction_rate')).toEqual([]);
    expect(values('办理政协提案44件,办复率100%,在全市行风评议中,满意率为95.8%。', 'proposals_satisfaction_rate')).toEqual([]);
  });

  it('but the proposers named as the ones who rated keep it', () => {
    expect(values('办理政协提案44件,办复率100%,经委员测评,满意率为95.8%。', 'proposals_satisfaction_rate')).toEqual([95.8]);
    expect(values('承办人大代表建议58件,全部按期办复。经第三方评估,代表满意率为93.4%。', 'proposals_satisfaction_rate')).toEqual([93.4]);
    expect(values('承办人大代表建议58件,全部按期办复,满意率为99.1%。', 'proposals_satisfaction_rate')).toEqual([99.1]);
  });
});
