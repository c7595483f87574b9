/**
 * The general rules added after the blind measurement of test/fixtures/heldout128 (tables written in plain text), on tables
 * of our own: a numbered caption's unit (表2 …情况（单位：件）) counts the bare figures of every row under it, as wide as it is,
 * its serial number left aside and a rate left without it, also over the blank line a Markdown table stands under its
 * caption; a text table's header row that heads the rows' labels (项目, 类别) and names what sets its columns apart (上年,
 * 备注, 收到（件）) is one row, not a heading with words after it; under a header of acts each counted in its own word
 * (类别 | 受理（件） | 办结（件） | 办复率) each figure is written on a line of its own with its row's kind and its column's
 * words; a row narrower than its header whose label filled its column and stands one ideographic space from its figure is
 * parted there; and proposals received (…提案收到（件）) are proposals handled.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { cleanupStructure } from '../../src/ingest/normalise.js';
import { readFileQuoted } from './helpers.js';

const lexicon = await loadLexicon();

/** The numeric facts (id=value:status) of a 2025 county report whose achievements end with the lines `lines`. */
const county = async (lines: string): Promise<string[]> =>
  (
    await readFileQuoted(
      lexicon,
      [
        '峦溪县人民政府2025年法治政府建设情况报告',
        '2025年，峦溪县人民政府深入学习贯彻习近平法治思想，全面推进依法行政，现将有关情况报告如下。',
        '一、主要举措和成效',
        '2025年，县政府常务会议会前学法10次。',
        lines,
        '二、存在的不足',
        '基层法治审核力量仍然薄弱。',
        '',
      ].join('\n'),
      'luanxi.txt',
    )
  ).facts;

const withId = (facts: string[], id: string): string[] => facts.filter((f) => f.startsWith(`${id}=`));

describe("a numbered caption's unit", () => {
  const box = [
    '┏━━━┳━━━━━━━━━━━━┳━━━━━┳━━━━━┓',
    '┃编号┃统计项目                ┃2025年    ┃2024年    ┃',
    '┣━━━╋━━━━━━━━━━━━╋━━━━━╋━━━━━┫',
    '┃1     ┃审查政府合同            ┃87        ┃92        ┃',
    '┃2     ┃清理行政规范性文件      ┃19        ┃—        ┃',
    '┃3     ┃规范性文件报备率        ┃100%      ┃98%       ┃',
    '┗━━━┻━━━━━━━━━━━━┻━━━━━┻━━━━━┛',
  ];

  it("counts the bare figures of a row as wide as the table, its serial number aside, the year's column first", async () => {
    const facts = await county(['表3　文件和合同审查情况（单位：件）', ...box].join('\n'));
    expect(withId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=87:achieved']);
    expect(withId(facts, 'normative_docs_cleaned')).toEqual(['normative_docs_cleaned=19:achieved']);
  });

  it('and leaves a rate without it', () => {
    const text = cleanupStructure(['表3　文件和合同审查情况（单位：件）', ...box].join('\n'));
    expect(text).toContain('审查政府合同(件) | 87 | 92');
    expect(text).toContain('规范性文件报备率 | 100% | 98%');
  });

  it('holds over the blank line under the caption of a Markdown table', async () => {
    const table = ['表2　合法性审查情况（单位：件）', '', '| 统计项目 | 2024年 | 2025年 |', '|:--|--:|--:|', '| 出具合法性审查意见 | 140 | 163 |'];
    expect(withId(await county(table.join('\n')), 'legality_review_opinions')).toEqual(['legality_review_opinions=163:achieved']);
  });

  it('but a caption without a unit gives the bare figures none', async () => {
    const facts = await county(['表3　文件和合同审查情况', ...box].join('\n'));
    expect(withId(facts, 'contracts_reviewed')).toEqual([]);
  });

  it('nor does a caption whose table stands after a paragraph of prose', () => {
    const text = cleanupStructure(
      ['表2　合法性审查情况（单位：件）', '', '全县各部门均已建立合法性审查机制。', '', '| 统计项目 | 2025年 | 2024年 |', '| 审查意见 | 163 | 140 |'].join(
        '\n',
      ),
    );
    expect(text).toContain('审查意见 | 163 | 140');
    expect(text).not.toContain('审查意见(件)');
  });
});

describe("a text table's header row over its labels", () => {
  it('stays one row when it names the year before and a change (项目  本年  上年  增减)', () => {
    const text = cleanupStructure(
      ['附表3　行政应诉情况（单位：件）', '项目　　　　　　本年　　　上年　　　增减', '一审应诉案件　　52　　　　47　　　　+5'].join('\n'),
    );
    expect(text).toContain('项目 | 本年 | 增减');
    expect(text).toContain('一审应诉案件(件) | 52 | +5');
  });

  it('but words set in columns with no label header are no table (春风  夏雨  秋霜)', () => {
    const text = cleanupStructure('春风拂面　　　　夏雨润物　　　　秋霜染林　　　　冬雪覆山');
    expect(text).not.toContain('|');
  });
});

describe('a header of acts each counted in its own word', () => {
  const table = [
    '类别\t受理（件）\t办结（件）\t办结率\t说明',
    '依申请公开\t93\t90\t—\t3件转入下年',
    '政协委员提案\t66\t66\t100%\t',
    '人大代表建议\t41\t41\t100%\t含重点建议2件',
  ];

  it("writes each figure on a line with its row's kind and its column's words", () => {
    const text = cleanupStructure(table.join('\n'));
    expect(text).toContain('依申请公开受理（件） | 93\n依申请公开办结（件） | 90');
    expect(text).toContain('人大代表建议办结率 | 100%');
  });

  it('so that each figure counts what its column names', async () => {
    const facts = await county(table.join('\n'));
    expect(withId(facts, 'disclosure_requests')).toEqual(['disclosure_requests=93:achieved']);
    expect(withId(facts, 'disclosure_requests_closed')).toEqual(['disclosure_requests_closed=90:achieved']);
    expect(withId(facts, 'proposals_handled').sort()).toEqual(['proposals_handled=41:achieved', 'proposals_handled=66:achieved']);
    expect(withId(facts, 'proposals_completion_rate')).toEqual(['proposals_completion_rate=100:achieved', 'proposals_completion_rate=100:achieved']);
  });

  it("but a header over the units' rows (单位 | 受理（件） | 办结（件）) writes no unit's figures as the kind's", () => {
    const text = cleanupStructure(['单位\t受理（件）\t办结（件）', '城关镇\t12\t11', '河口乡\t9\t9'].join('\n'));
    expect(text).not.toContain('城关镇受理');
  });
});

describe('a row narrower than its header', () => {
  it('is parted at the one ideographic space between a label that filled its column and its figure', () => {
    const text = cleanupStructure(['指标　　　　　　　2025年　2024年　2026年目标', '法律顾问（名）　6　　　　 5　　　　 8'].join('\n'));
    expect(text).toContain('法律顾问（名） | 6 | 5');
  });

  it('but a row as wide as its header stays as it is', () => {
    const text = cleanupStructure(['指标　　　　　　2025年　　2024年', '公职律师（名）　　31　　　　27'].join('\n'));
    expect(text).toContain('公职律师（名） | 31 | 27');
  });
});

describe('a separator line of box characters in prose', () => {
  it('leaves the prose around it as it is', async () => {
    const facts = await county(['全县持证行政执法人员1,204名。', '━━━━━━━━━━━━━━━━━━━━', '县政府聘请法律顾问5名。'].join('\n'));
    expect(withId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=1204:achieved']);
    expect(withId(facts, 'legal_advisers')).toEqual(['legal_advisers=5:achieved']);
  });
});
