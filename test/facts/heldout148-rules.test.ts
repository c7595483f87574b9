/**
 * The general rules added after the blind measurement of test/fixtures/heldout148 (enforcement data disclosures), on texts
 * of our own: a place's or a body's disclosure of its year's enforcement data (…行政执法数据公开, …数据公示) is a title and
 * a paper of its own kind (other, as a 统计年报 is), unless its title joins it to the year's report by 暨; a later year
 * opening a numbered item as a clause of its own (3.2026年,… in a list of notes) opens a plan as it does without the number;
 * and in a department's paper a clause opening with the whole place whose bracket names another body as the source of its
 * figures (全县…1012名(县司法局统计数)) tells that body's count, not the department's.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readQuoted, statusesOf, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

/** A short disclosure titled `title` of a county's enforcement figures, then `lines`. */
const disclosure = (title: string, ...lines: string[]): string =>
  [
    title,
    '',
    '发布机构：蓼岗县人民政府办公室　发布日期：2024年1月22日',
    '',
    '一、总体情况',
    '　　2023年，全县共有行政执法主体31个，持证行政执法人员906名，全面落实行政执法“三项制度”，依法行政水平提升，行政复议纠错率8.1%，法律顾问参与合法性审查，做好行政应诉和普法工作。',
    ...lines,
  ].join('\n');

describe('a disclosure of the year’s enforcement data', () => {
  it('is a paper of its own kind, of the place and the year its title names', () => {
    for (const title of ['蓼岗县2023年度行政执法数据公开', '蓼岗县2023年行政执法统计数据公示']) {
      const { doc } = readQuoted(lexicon, disclosure(title));
      expect([doc.kind, doc.level, doc.place, doc.year]).toEqual(['other', 'county', '蓼岗县', 2023]);
    }
  });

  it('but the year’s report joined to it by 暨 stays the report', () => {
    const { doc } = readQuoted(lexicon, disclosure('蓼岗县2023年度法治政府建设情况报告暨行政执法数据公开'));
    expect([doc.kind, doc.place, doc.year]).toEqual(['annual_report', '蓼岗县', 2023]);
  });
});

describe('a later year opening a numbered note', () => {
  const notes = (...items: string[]): string[] =>
    statusesOf(
      readQuoted(lexicon, disclosure('蓼岗县2023年度行政执法数据公开', '二、说明', '　　1.数据统计期间为2023年1月1日至12月31日，不含涉密事项。', ...items))
        .facts,
    );

  it('opens a plan, behind a number and a point, a 、 or a bracket', () => {
    expect(statusesWithId(notes('　　2.2024年，全县法制审核人员将不少于48名，执法记录仪使用率达到100%。'), 'legal_review_staff')).toEqual([
      'legal_review_staff=48:plan',
    ]);
    expect(statusesWithId(notes('　　2.行政执法数据已含9个乡镇。', '　　3、2024年，全县执法记录仪将增配至420台。'), 'body_cameras')).toEqual([
      'body_cameras=420:plan',
    ]);
  });

  it('but the year reported on there stays done', () => {
    expect(statusesWithId(notes('　　2.2023年，全县法制审核人员共41名，均经培训上岗。'), 'legal_review_staff')).toEqual(['legal_review_staff=41:achieved']);
  });
});

describe('a department’s clause on its whole place with another body’s count', () => {
  const bureau = (...lines: string[]): string[] =>
    statusesOf(
      readQuoted(
        lexicon,
        [
          '沣梧市交通运输局2023年度行政执法数据公开',
          '',
          '一、执法力量',
          '　　本局坚持依法行政，落实行政执法“三项制度”，法律顾问参与合法性审查，做好行政复议和行政应诉工作。',
          ...lines,
        ].join('\n'),
      ).facts,
    );

  it('is that body’s count, not the department’s', () => {
    const facts = bureau('　　本局共有持证执法人员64名，配备执法记录仪52台。全市持证行政执法人员2417名（市司法局统计数）。');
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=64:achieved']);
    const cited = bureau('　　本局共有持证执法人员64名；全市共配备执法记录仪1380台（据市财政局汇总数据），本局配备52台。');
    expect(statusesWithId(cited, 'body_cameras')).not.toContain('body_cameras=1380:achieved');
  });

  it('but its own count noted as its own, or the whole without a note, is read as before', () => {
    expect(statusesWithId(bureau('　　全市交通运输系统持证执法人员238名（本局统计数）。'), 'enforcement_officers')).toEqual([
      'enforcement_officers=238:achieved',
    ]);
    expect(statusesWithId(bureau('　　全市交通运输系统持证执法人员238名。'), 'enforcement_officers')).toEqual(['enforcement_officers=238:achieved']);
  });
});
