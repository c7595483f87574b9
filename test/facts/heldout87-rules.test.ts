/**
 * The general rules added after the blind measurement of test/fixtures/heldout87 (numbers that are names, not facts:
 * the public's satisfaction beside the proposals' figures, a count of requests answered in full), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { quotedValuesOf, readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();
const values = (text: string, id: string) => quotedValuesOf(lexicon, text, id);
const county = (paragraph: string) => `柏溪县人民政府2024年法治政府建设情况报告\n五、推进政务公开，自觉接受监督\n${paragraph}\n`;

describe('the public’s satisfaction is no proposers’, whatever the sentence before named', () => {
  it('the public with the body’s work, in a survey after the proposals’ sentence', async () => {
    const text = county('承办县人大代表建议和县政协提案88件，办复率100%。在全市第三方测评中，群众对我县法治政府建设的满意度为94.6%。');
    const { facts } = await readFileQuoted(lexicon, text, 'bx.txt');
    expect(statusesWithId(facts, 'proposals_completion_rate')).toEqual(['proposals_completion_rate=100:achieved']);
    expect(statusesWithId(facts, 'proposals_satisfaction_rate')).toEqual([]);
  });

  it('the public with services, after a semicolon of the same sentence', () => {
    expect(values('办理人大代表建议31件、政协提案40件，全部按期办复；公众对政务服务的满意率为98.9%。', 'proposals_satisfaction_rate')).toEqual([]);
  });

  it('anyone’s with the rule of law or enforcement', () => {
    expect(values('承办政协提案26件，均按时答复，全县法治建设满意度达到92.3%。', 'proposals_satisfaction_rate')).toEqual([]);
    expect(values('承办人大代表建议19件，全部办结，行政执法满意度为96%。', 'proposals_satisfaction_rate')).toEqual([]);
  });

  it('but the proposers’ own rate still counts, beside the public’s', () => {
    expect(values('办理建议提案64件，代表委员对办理结果的满意率为100%，市民对热线服务的满意率为97.5%。', 'proposals_satisfaction_rate')).toEqual([100]);
    expect(values('承办县人大代表建议和政协提案57件，办复率100%，满意度98.1%。', 'proposals_satisfaction_rate')).toEqual([98.1]);
  });
});

describe('requests for information answered in full: the count answered', () => {
  it('已全部办结 after the count received', async () => {
    const { facts } = await readFileQuoted(lexicon, county('全年受理依申请公开政府信息6件，已全部办结。'), 'bx.txt');
    expect(statusesWithId(facts, 'disclosure_requests')).toEqual(['disclosure_requests=6:achieved']);
    expect(statusesWithId(facts, 'disclosure_requests_closed')).toEqual(['disclosure_requests_closed=6:achieved']);
  });

  it('均在法定期限内作出答复, in Chinese numerals', () => {
    expect(values('镇政府收到政府信息公开申请四件，均在法定期限内作出答复。', 'disclosure_requests_closed')).toEqual([4]);
  });

  it('the count stated when not all were answered, and none for 尚未全部', () => {
    expect(values('受理政府信息公开申请73件，办结70件，3件转入下年办理。', 'disclosure_requests_closed')).toEqual([70]);
    expect(values('受理政府信息公开申请12件，尚未全部答复。', 'disclosure_requests_closed')).toEqual([]);
  });

  it('not the proposals closed in full after the requests in the same sentence or paragraph', async () => {
    expect(values('全年收到政府信息公开申请9件；承办县人大代表建议22件，全部办结。', 'disclosure_requests_closed')).toEqual([]);
    const text = county('全年受理政府信息公开申请40件，已答复36件。人大代表建议和政协提案共交办95件，目前已办结81件。');
    const { facts } = await readFileQuoted(lexicon, text, 'bx.txt');
    expect(statusesWithId(facts, 'disclosure_requests_closed')).toEqual(['disclosure_requests_closed=36:achieved']);
  });

  it('nor information published in full', () => {
    expect(values('主动公开政府信息1,260条，全部通过门户网站发布。', 'disclosure_requests_closed')).toEqual([]);
  });
});
