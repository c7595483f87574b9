/**
 * The general rules added after the blind measurement of test/fixtures/heldout81 (the Greater Bay Area's shapes), on
 * texts of our own: a pilot zone's 片区 and a cooperation zone's 执行委员会 report for their zone.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readQuoted, statusesOf } from './helpers.js';

const lexicon = await loadLexicon();

const OPENING = '2023年,管委会坚持依法行政,推进法治政府建设,各项工作取得新进展。';

describe('a pilot zone’s 片区 and its 管理委员会', () => {
  it('report for the 片区 at district level, the zone’s full name before it left aside', () => {
    const { doc } = readQuoted(lexicon, `中国(岭南)自由贸易试验区芦湾片区管理委员会关于2023年度法治政府建设工作的报告\n${OPENING}\n`);
    expect([doc.level, doc.place]).toEqual(['district', '芦湾片区']);
    const short = readQuoted(lexicon, `芦湾片区管委会2023年度法治政府建设工作报告\n${OPENING}\n`).doc;
    expect([short.level, short.place]).toEqual(['district', '芦湾片区']);
  });

  it('so that the city the 管委会 works for is another place: its figures are not the 片区’s', () => {
    const body = '一、主要工作\n片区法制办全年出具合法性审查意见88件。榆州市全年行政复议案件960件,其中以片区管委会为被申请人的3件。\n';
    const { facts } = readQuoted(lexicon, `中国(岭南)自由贸易试验区芦湾片区管理委员会2023年度法治政府建设报告\n${OPENING}\n${body}`);
    expect(statusesOf(facts).filter((f) => f.startsWith('reconsideration_cases='))).not.toContain('reconsideration_cases=960:achieved');
    expect(statusesOf(facts)).toContain('legality_review_opinions=88:achieved');
  });

  it('while a 片区 of a town’s plan, with no zone’s government after it, names no body', () => {
    const { doc } = readQuoted(lexicon, `青石镇2023年法治政府建设工作总结\n2023年,全镇推进东部片区改造,坚持依法行政。\n`);
    expect([doc.level, doc.place]).toEqual(['township', '青石镇']);
  });
});

describe('a cooperation zone governed by an 执行委员会', () => {
  it('reports for the zone at district level, as one governed by a 管理委员会 does', () => {
    const { doc } = readQuoted(lexicon, `芦湾两地合作区执行委员会2025年度法治政府建设情况报告\n2025年,执委会坚持依法行政,推进法治政府建设。\n`);
    expect([doc.level, doc.place]).toEqual(['district', '芦湾两地合作区']);
  });

  it('but an 执行委员会 of anything else stays a department', () => {
    const { doc } = readQuoted(lexicon, `芦湾区体育赛事执行委员会2025年度工作总结\n2025年,我委坚持依法办事,做好赛事组织工作。\n`);
    expect(doc.level).toBe('department');
  });
});
