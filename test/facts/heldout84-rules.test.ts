/**
 * The general rules added after the blind measurement of test/fixtures/heldout84 (one sentence, several figures: 分别,
 * 依次, 各, 均, 同比), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { quotedValuesOf, readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();
const values = (text: string, id: string) => quotedValuesOf(lexicon, text, id);

describe('依次 pairs a list with its figures as 分别 does', () => {
  it('member by member, in several units', () => {
    const text = '截至年底,全区行政执法主体、持证执法人员、法制审核人员依次为37个、1,052名、44名。';
    expect(values(text, 'enforcement_subjects')).toEqual([37]);
    expect(values(text, 'enforcement_officers')).toEqual([1052]);
    expect(values(text, 'legal_review_staff')).toEqual([44]);
  });

  it('member by member, in one unit: each rate its own', () => {
    const text = '区政府办理的建议和提案,按时办复率、代表委员满意率依次为100%、97.3%。';
    expect(values(text, 'proposals_completion_rate')).toEqual([100]);
    expect(values(text, 'proposals_satisfaction_rate')).toEqual([97.3]);
  });
});

describe('a list of the body itself and the units under it', () => {
  const city = (sentence: string) => `榆川市人民政府2025年法治政府建设情况报告\n一、主要成效\n${sentence}\n`;

  it('gives the body its own number and none of the units’ numbers', async () => {
    const { facts } = await readFileQuoted(lexicon, city('市本级和各县(市、区)人民调解组织分别调解矛盾纠纷1,480件、20,150件,合计21,630件。'), 'yu.txt');
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=1480:achieved', 'disputes_mediated=21630:achieved']);
  });

  it('whether the units are named one by one or together, the cue in the last item', async () => {
    const { facts } = await readFileQuoted(lexicon, city('市政府及松岭县、柏川县、枫溪区政府常年法律顾问分别为10名、4名、3名、5名。'), 'yu.txt');
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=10:achieved']);
  });

  it('and through a frame (a bracketed aside stays inside its item)', async () => {
    const { facts } = await readFileQuoted(lexicon, city('市本级和各县(市、区)共举办领导干部法治专题讲座分别为5期、31期。'), 'yu.txt');
    expect(statusesWithId(facts, 'law_lectures')).toEqual(['law_lectures=5:achieved']);
  });

  it('but not a list of the body and another body of its own level (区委): both its figures', async () => {
    const text = '榆川区人民政府2025年法治政府建设情况报告\n一、主要成效\n区政府和区委分别聘请法律顾问8名、2名。\n';
    const { facts } = await readFileQuoted(lexicon, text, 'yu.txt');
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=8:achieved', 'legal_advisers=2:achieved']);
  });
});

describe('各 before a number: each listed kind has it', () => {
  it('reads the number for the kinds listed', () => {
    expect(values('县政府全年承办人大代表建议、政协委员提案各11件,全部按期办结。', 'proposals_handled')).toEqual([11]);
  });
});

describe('disputes found (排查) beside disputes settled', () => {
  it('are not mediated disputes, in a 分别 list', () => {
    expect(values('全年全镇矛盾纠纷排查和调解成功数分别为388件、371件。', 'disputes_mediated')).toEqual([371]);
  });

  it('unless settling follows the finding (排查化解)', () => {
    expect(values('全年全镇矛盾纠纷排查化解388件。', 'disputes_mediated')).toEqual([388]);
  });
});
