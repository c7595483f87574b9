/**
 * The general rules added after the blind measurement of test/fixtures/heldout69 (公共法律服务 and 矛盾纠纷 chapters where
 * many counts stand side by side), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { sectionStatuses, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const TITLE = '青原县2024年法治政府建设情况报告';

describe('an earlier year’s figure set beside the year’s, written with a thousands separator', () => {
  it('is the comparison’s base, no figure of the year', async () => {
    const facts = await sectionStatuses(lexicon, TITLE, '全县各级调委会全年调解矛盾纠纷3,480件。与2023年全县调解矛盾纠纷3,215件相比,调解量有所增长。');
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=3480:achieved']);
  });

  it('as it is without one', async () => {
    const facts = await sectionStatuses(lexicon, TITLE, '全县各级调委会全年调解矛盾纠纷980件。与2023年全县调解矛盾纠纷915件相比,调解量有所增长。');
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=980:achieved']);
  });
});

describe('a court’s referral of cases to mediators', () => {
  it('counts what was referred, not what was settled', async () => {
    const facts = await sectionStatuses(
      lexicon,
      TITLE,
      '全县人民调解组织调解矛盾纠纷2,150件。县人民法院对立案前的民事案件开展诉前委派调解1,230件。人民法庭全年委托乡镇调委会调解家事纠纷35件。',
    );
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=2150:achieved']);
  });
});

describe('the legal advisers of companies beside the government’s', () => {
  const body =
    '县政府聘请法律顾问8名,县直部门法律顾问覆盖率100%。县属6家国有企业均设立总法律顾问,聘请企业法律顾问14名;引导规模以上民营企业聘请法律顾问,覆盖率达到61%。';

  it('reads the government’s advisers and coverage only', async () => {
    const facts = await sectionStatuses(lexicon, TITLE, body);
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=8:achieved']);
    expect(statusesWithId(facts, 'legal_adviser_coverage_rate')).toEqual(['legal_adviser_coverage_rate=100:achieved']);
  });
});
