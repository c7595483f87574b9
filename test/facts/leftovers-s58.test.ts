/**
 * Leftovers of the held-out sets read in session 58, each fixed as a general rule and tested here on texts of our own,
 * with a negative case (the set that showed it named in its block's comment).
 */
import { describe, expect, it } from 'vitest';
import { extractPresence, loadLexicon } from '../../src/facts/index.js';
import { readQuoted, statusesOf } from './helpers.js';

const lexicon = await loadLexicon();

/** The fictional 苘塘区's 2024 report whose work is `lines`: its numeric facts, and its document for presence. */
const district = (...lines: string[]) => readQuoted(lexicon, ['苘塘区2024年法治政府建设情况报告', '一、主要工作', ...lines, ''].join('\n'));

const numbers = (...lines: string[]): string[] => statusesOf(district(...lines).facts.filter((f) => typeof f.value === 'number'));

// heldout172: 对6件案情复杂、争议较大的案件组织听证 read as disputes_mediated 6
describe('a cue that says what the noun after 的 is like', () => {
  it('counts nothing: the number counts that noun', () => {
    expect(numbers('区司法局坚持调解优先，对9件事实认定难、争议较大的案件组织听证。')).toEqual([]);
    expect(numbers('坚持调解优先，对4件社会关注度高、纠纷较为集中的案件开展回访。')).toEqual([]);
  });

  it('but a cue further on that the noun is still counts, as does a dispute with no description', () => {
    expect(numbers('区调委会全年成功调解13起争议较大的邻里纠纷。')).toEqual(['disputes_mediated=13:achieved']);
    expect(numbers('区劳动人事争议调解中心全年调解劳动争议85件。')).toEqual(['disputes_mediated=85:achieved']);
  });
});

// heldout167 (fix-w167): 省里要求执法人员（含辅助人员）…不少于60学时 kept enforcement_training_mentioned achieved
describe('a demand with a bound, an aside in its clause', () => {
  /** The statuses of the district's enforcement training mentions in `line`. */
  const mentioned = (line: string): string[] =>
    extractPresence(district(line).doc, lexicon)
      .filter((f) => f.id === 'enforcement_training_mentioned')
      .map((f) => f.status);

  it('makes the words before the aside the demand’s too, as without the aside', () => {
    expect(mentioned('省里要求执法人员（含协管人员）每人每年参加不少于40学时的业务培训。')).toEqual(['plan']);
    expect(mentioned('省里要求执法人员每人每年参加不少于40学时的业务培训。')).toEqual(['plan']);
  });

  it('but an aside with no demand before it, or a demand in a later clause, leaves the training done', () => {
    expect(mentioned('全区组织执法人员（含协管人员）参加业务培训1,050人次，人均培训46学时。')).toEqual(['achieved']);
    expect(mentioned('全区执法人员（含协管人员）全员参加业务培训，省里要求每人不少于40学时。')).toEqual(['achieved']);
  });
});

// heldout15: 🔹 162件 ＋ 205件 over 人大代表建议 ＋ 政协委员提案 read 205 alone
describe('a card’s row of figures set apart by ＋ over as many labels', () => {
  /** The numeric facts of 苘塘区's 2024 infographic whose card is `row` over `labels`. */
  const card = (row: string, labels: string): string[] =>
    statusesOf(
      readQuoted(lexicon, ['一图读懂苘塘区2024年法治政府建设', '', '◆ 建议提案 ◆', '', row, labels, '', '【图片】', ''].join('\n')).facts.filter(
        (f) => typeof f.value === 'number',
      ),
    );

  it('counts each label with the figure at its place', () => {
    expect(card('🔹 96件 ＋ 133件', '人大代表建议 ＋ 政协委员提案，按期办复率100%')).toEqual([
      'proposals_handled=96:achieved',
      'proposals_handled=133:achieved',
      'proposals_completion_rate=100:achieved',
    ]);
  });

  it('but not labels fewer than the figures', () => {
    expect(card('🔹 96件 ＋ 133件', '人大代表建议和政协委员提案')).not.toContain('proposals_handled=96:achieved');
  });
});
