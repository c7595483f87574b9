/**
 * Leftovers of earlier held-out sets fixed as general rules in session 45 (p45), on texts of our own: other places,
 * figures and word orders than the fixtures', each with a case the rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();
const report = (body: string, annex = '') =>
  `岚川县人民政府关于2025年度法治政府建设情况的报告\n一、主要工作\n${body}\n二、存在的不足\n一是执法队伍力量仍然薄弱。\n${annex}`;
const statuses = async (body: string, id: string, annex = '') => statusesWithId((await readFileQuoted(lexicon, report(body, annex), 'lc.txt')).facts, id);

describe('a table under a caption naming its units and a 单位 line, its header of bare words typed with blanks', () => {
  const table = (unitLine: string) =>
    [
      '附表',
      '各部门及县政府本级行政复议办理情况',
      unitLine,
      '单位        受理        审结      纠错',
      '县政府本级      58          49        7',
      '县公安局          21          20        2',
      '合计            96          90        12',
      '',
    ].join('\n');

  it('reads the body’s own row and the total as the caption’s subject counted in its unit, not the units’ rows', async () => {
    const annex = table('单位：件');
    expect(await statuses('全县行政复议情况见附表。', 'reconsideration_cases', annex)).toEqual([
      'reconsideration_cases=58:achieved',
      'reconsideration_cases=96:achieved',
    ]);
    expect(await statuses('全县行政复议情况见附表。', 'reconsideration_closed', annex)).toEqual([
      'reconsideration_closed=49:achieved',
      'reconsideration_closed=90:achieved',
    ]);
  });

  it('also with tabs, a caption naming counties before the subject', async () => {
    const annex = [
      '附件',
      '各乡镇（街道）及县本级政府信息公开申请办理情况',
      '（单位：件）',
      '单位\t收到申请\t办结',
      '县本级\t133\t131',
      '合计\t415\t402',
      '',
    ].join('\n');
    expect(await statuses('全县政务公开情况见下表。', 'disclosure_requests', annex)).toEqual([
      'disclosure_requests=133:achieved',
      'disclosure_requests=415:achieved',
    ]);
  });

  it('but without the 单位 line the caption lends nothing', async () => {
    expect(await statuses('全县行政复议情况见附表。', 'reconsideration_cases', table(''))).toEqual([]);
  });
});

describe('the size a panel named in the clause before is to be engaged at (如遇…法律顾问聘期届满,将按不少于12名的规模续聘)', () => {
  const planned = async (plan: string) =>
    statusesWithId((await readFileQuoted(lexicon, report('县政府聘请法律顾问7名。', `三、2026年工作安排\n${plan}\n`), 'lc.txt')).facts, 'legal_advisers');

  it('is a plan of the advisers’ count, however the clause before names them', async () => {
    expect(await planned('二是如遇县政府法律顾问聘期届满,将按不少于10名的规模择优续聘。')).toEqual(['legal_advisers=7:achieved', 'legal_advisers=10:plan']);
    expect(await planned('县政府常年法律顾问合同到期后,拟按照6名的规模重新选聘。')).toEqual(['legal_advisers=7:achieved', 'legal_advisers=6:plan']);
  });

  it('but not the villages’ advisers nor another post engaged after them', async () => {
    expect(await planned('如遇村法律顾问聘期届满,各村将按1名的规模续聘。')).toEqual(['legal_advisers=7:achieved']);
    expect(await planned('县政府法律顾问聘期届满后,将择优续聘公职律师4名。')).toEqual(['legal_advisers=7:achieved']);
  });
});
