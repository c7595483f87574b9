/**
 * Leftovers of the held-out sets read in session 57, each fixed as a general rule and tested here on texts of our own,
 * with a negative case (the set that showed it named in its block's comment).
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { bureau2024Statuses, readQuoted, statusesOf } from './helpers.js';

const lexicon = await loadLexicon();

const bureau = (...lines: string[]): string[] => bureau2024Statuses(lexicon, ...lines);

// heldout164: 全县…持证行政执法人员共1,305名,其中本局人数居县直部门首位 in a bureau's report
describe('a place’s whole in a department’s report followed by the department’s own share uncounted', () => {
  it('is more than the department’s, not its count', () => {
    expect(bureau('本局持证执法人员46名。全县持证行政执法人员共1,180名，其中本局人数居县直部门第三。')).toEqual(['enforcement_officers=46:achieved']);
    expect(bureau('全县配备执法记录仪720台，其中我局配备数量最多。')).toEqual([]);
  });

  it('but a share counted is the department’s part of it', () => {
    expect(bureau('全县交通运输系统持证执法人员共152名，其中局机关38名。')).toContain('enforcement_officers=38:achieved');
  });
});

// heldout149: 兄弟市像 那个 澄湖市局 执法人员有一百六十名 in a city bureau's radio interview
describe('a peer place’s bureau in a department’s spoken report', () => {
  /** The numeric facts of 蓠州市生态环境局's 2024 radio interview whose speech is `turns`. */
  const interview = (...turns: string[]): string[] =>
    statusesOf(
      readQuoted(lexicon, ['蓠州市生态环境局2024年法治政府建设情况访谈', '局长：', ...turns, ''].join('\n')).facts.filter((f) => typeof f.value === 'number'),
    );

  it('tells that bureau’s figures after a 兄弟 place, up to the speaker’s own words', () => {
    expect(interview('我们局持证执法人员九十八名。兄弟市像，那个，石岭市局，执法人员有一百四十名，我们人手还是偏紧。')).toEqual([
      'enforcement_officers=98:achieved',
    ]);
  });

  it('but not a joint act with 兄弟 places, nor the own bureau', () => {
    expect(interview('我们和兄弟市局联合开展执法培训，培训执法人员三百二十人。')).toEqual(['enforcement_training_participants=320:achieved']);
    expect(interview('邻市的情况我不清楚，蓠州市局执法人员有九十八名。')).toEqual(['enforcement_officers=98:achieved']);
  });
});

// heldout27: 出庭应诉率100%（上一年度96.1%，楠州市全市平均98.2%）；败诉4件（上一年度7件）
describe('another place’s figure inside a bracket', () => {
  /** The numeric facts of the fictional 澄川市's 2024 report whose work is `lines`. */
  const city = (...lines: string[]): string[] =>
    statusesOf(
      readQuoted(lexicon, ['澄川市2024年法治政府建设情况报告', '一、主要工作', ...lines, ''].join('\n')).facts.filter((f) => typeof f.value === 'number'),
    );

  it('is that place’s up to where the bracket closes, the body’s clauses after it its own', () => {
    expect(city('全年办理行政应诉案件64件，出庭应诉率100%（上年97.3%，岚州市全市平均95.6%）；败诉3件（上年5件）。')).toEqual([
      'litigation_cases=64:achieved',
      'head_appearance_rate=100:achieved',
      'litigation_lost_cases=3:achieved',
    ]);
  });

  it('but a run begun outside a bracket goes on past one inside it, an item’s number no such bracket', () => {
    expect(city('全年办理行政应诉案件64件。岚州市全市办理行政应诉案件802件（上年756件），败诉41件。')).toEqual(['litigation_cases=64:achieved']);
    expect(city('（二）岚州市全市办理行政应诉案件802件，败诉41件。')).toEqual([]);
  });
});
