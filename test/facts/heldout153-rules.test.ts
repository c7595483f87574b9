/**
 * The general rules added after the blind measurement of test/fixtures/heldout153 (Chinese–English bilingual editions), on
 * texts of our own: in a department's paper a clause opening with the whole place after words naming another body as the
 * source of its figures (市司法局统计,全市持证执法人员…; 据县人社局提供的数据全县…) tells that body's count, not the
 * department's; and a bilingual edition's English passages are read for the counts the Chinese text states nowhere (a note
 * for investors in English alone), never for a figure it states (a translation that rounds or slips), nor in a passage
 * that translates it, nor where the English speaks of a plan, another body or place, or another year.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readQuoted, statusesOf, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

describe('a department’s clause on its whole place after another body named as the source', () => {
  const bureau = (title: string, ...lines: string[]): string[] =>
    statusesOf(
      readQuoted(
        lexicon,
        [title, '', '一、主要工作', '　　本局坚持依法行政，落实行政执法“三项制度”，法律顾问参与合法性审查，做好行政复议和行政应诉工作。', ...lines].join('\n'),
      ).facts,
    );

  it('is that body’s count, in the clause after the source or in the source’s own clause', () => {
    const after = bureau('沣梧市交通运输局2023年度法治政府建设情况报告', '　　本局共有持证执法人员64名。据市统计局数据显示，全市持证行政执法人员共7,315名。');
    expect(statusesWithId(after, 'enforcement_officers')).toEqual(['enforcement_officers=64:achieved']);
    const within = bureau('沣梧市交通运输局2023年度法治政府建设情况报告', '　　本局配备执法记录仪52台；经市财政局汇总全市配备执法记录仪1,380台。');
    expect(statusesWithId(within, 'body_cameras')).toEqual(['body_cameras=52:achieved']);
  });

  it('but not when the source named is the department itself', () => {
    const own = bureau('沣梧市司法局2023年度法治政府建设情况报告', '　　市司法局统计，全市持证行政执法人员共7,315名。');
    expect(statusesWithId(own, 'enforcement_officers')).toEqual(['enforcement_officers=7315:achieved']);
  });
});

describe('a bilingual edition’s English passages', () => {
  /** A 2024 district report with `chinese` among its achievements and `english` as a passage after them. */
  const edition = (chinese: string, ...english: string[]): string[] =>
    statusesOf(
      readQuoted(
        lexicon,
        [
          '澜汀区2024年法治政府建设情况报告',
          '',
          '一、主要工作',
          '　　' + chinese,
          '',
          ...english,
          '',
          '二、存在的不足',
          '　　个别部门法制审核力量仍较薄弱。',
        ].join('\n'),
      ).facts,
    );
  const chinese = '2024年，全区持证行政执法人员1,288名，聘请法律顾问12名，办理行政复议案件58件。';

  it('give the counts the Chinese text states nowhere, as the English states them', () => {
    const facts = edition(
      chinese,
      'Notes for visitors (in English): In 2024, the district held 9 law enforcement training sessions attended by 1,472 trainees. The reconsideration office had 17 legal review personnel in service.',
    );
    expect(statusesWithId(facts, 'enforcement_training_participants')).toEqual(['enforcement_training_participants=1472:achieved']);
    expect(statusesWithId(facts, 'legal_review_staff')).toEqual(['legal_review_staff=17:achieved']);
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=1288:achieved']);
  });

  it('but the Chinese governs a figure it states, rounded or slipped in the translation', () => {
    const facts = edition(chinese, 'In FY2024 the district had about 1,300 certified law enforcement officers and 21 legal advisers.');
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=1288:achieved']);
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=12:achieved']);
  });

  it('and a passage that translates the Chinese adds no figure of its own', () => {
    const facts = edition(
      '全区办理行政复议案件58件，纠错9件，组织执法培训6期。',
      'The district handled 58 reconsideration cases, corrected 9 of them and held 6 enforcement training sessions with 640 participants.',
    );
    expect(statusesWithId(facts, 'enforcement_training_participants')).toEqual([]);
  });

  it('nor one of a plan, of another body or place, or of another year', () => {
    const facts = edition(
      chinese,
      'The district will train 2,000 enforcement officers next year, with 2,000 participants expected in enforcement training.',
      'Across the province, 46 legal review staff were added; the chamber’s 380 members rated the district 2nd.',
      'As of December 31, 2023, the district had 15 legal review staff, and 905 trainees attended enforcement training that year.',
    );
    expect(statusesWithId(facts, 'legal_review_staff')).toEqual([]);
    expect(statusesWithId(facts, 'enforcement_training_participants')).toEqual([]);
  });
});
