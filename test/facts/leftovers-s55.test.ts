/**
 * Leftovers taken up in session 51 by p55, on texts of our own: what the older held-out sets still missed or over-read,
 * fixed as general reading rules.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithIds } from './helpers.js';

const lexicon = await loadLexicon();

/** The facts of the ids, read from a .txt report of 2024 whose achievements chapter is `lines`. */
const read = async (lines: readonly string[], ...ids: string[]): Promise<string[]> =>
  statusesWithIds(
    (await readFileQuoted(lexicon, `${['桐岚县2024年法治政府建设情况报告', '一、主要成效', ...lines].join('\n')}\n`, 'tonglan.txt')).facts,
    ...ids,
  );

describe('a bracket taking a part in between the cue and its count', () => {
  it('reads the count past the words of the part it names (派驻, 协管, 转交)', async () => {
    expect(await read(['全县行政执法人员（含乡镇派驻人员、协管转岗人员）1,216名，均持证上岗。'], 'enforcement_officers')).toEqual([
      'enforcement_officers=1216:achieved',
    ]);
    expect(await read(['县政府全年收到行政复议申请（含各乡镇转交的）143件，审结139件。'], 'reconsideration_cases')).toEqual([
      'reconsideration_cases=143:achieved',
    ]);
  });

  it('still reads no count whose own words, outside the bracket, are the distractor', async () => {
    expect(await read(['各乡镇服务点转交行政复议申请（含邮寄的）27件。'], 'reconsideration_cases')).toEqual([]);
    expect(await read(['全县协管人员（含转岗人员）216名，协助开展执法。'], 'enforcement_officers')).toEqual([]);
  });
});

describe('a Markdown list whose items open with a pictograph after the dash', () => {
  /** A district's 2024 report in Markdown whose data cards are `items`. */
  const cards = async (items: readonly string[], ...ids: string[]): Promise<string[]> => {
    const text = ['# 榆湾区2024年法治政府建设情况报告', '', '## 一、主要成效', '', '区政府常务会议会前学法10次。', '', '## 数据速览', '', ...items].join('\n');
    return statusesWithIds((await readFileQuoted(lexicon, `${text}\n`, 'yuwan.md')).facts, ...ids);
  };

  it('reads each item as a line of its own, so one card keeps its words from the next (信息公开 before 办复率)', async () => {
    const items = ['- 📮 依申请公开政府信息 **61** 件', '- 🤝 人大代表建议和政协提案 **124** 件　办复率 **100%**', '- ⚖️ 行政复议 **37** 件'];
    expect(await cards(items, 'disclosure_requests', 'proposals_handled', 'proposals_completion_rate')).toEqual([
      'disclosure_requests=61:achieved',
      'proposals_handled=124:achieved',
      'proposals_completion_rate=100:achieved',
    ]);
  });

  it("still reads no proposals' rate from a card on 信息公开 itself", async () => {
    const items = ['- 📮 依申请公开政府信息 **61** 件　办复率 **100%**', '- ⚖️ 行政复议 **37** 件'];
    expect(await cards(items, 'proposals_completion_rate')).toEqual([]);
  });
});

describe("a bureau's own share named with the units directly under it", () => {
  /** A city bureau's 2024 report whose achievements chapter is `lines`. */
  const bureau = async (lines: readonly string[], ...ids: string[]): Promise<string[]> =>
    statusesWithIds(
      (await readFileQuoted(lexicon, `${['桐岚市应急管理局2024年法治政府建设情况报告', '一、主要成效', ...lines].join('\n')}\n`, 'tonglan-ajj.txt')).facts,
      ...ids,
    );

  it('reads the share of 局机关和直属…支队 / 局机关及…大队 after the whole system’s total', async () => {
    expect(
      await bureau(
        ['全市应急管理系统持证执法人员742名，其中局机关和直属安全生产执法支队58名；配备执法记录仪310台，其中局机关及执法大队41台。'],
        'enforcement_officers',
        'body_cameras',
      ),
    ).toEqual(['enforcement_officers=742:achieved', 'enforcement_officers=58:achieved', 'body_cameras=310:achieved', 'body_cameras=41:achieved']);
  });

  it("reads no share of the bureau's offices taken together with the system's other units", async () => {
    expect(await bureau(['全市应急管理系统持证执法人员742名，其中局机关和各区县分局305名。'], 'enforcement_officers')).toEqual([
      'enforcement_officers=742:achieved',
    ]);
  });
});

describe('a count before its object, joined to another counted object before the verb both share', () => {
  it("reads the first object's count past the second object's words (议题, a distractor of contracts)", async () => {
    expect(await read(['县政府签订的52件行政协议和96个县政府常务会议议题事先均交县司法局进行合法性审查。'], 'contracts_reviewed')).toEqual([
      'contracts_reviewed=52:achieved',
    ]);
  });

  it('reads no count when the joined object has no count of its own (the count may be of both)', async () => {
    expect(await read(['县政府签订的52件行政协议和县政府常务会议议题事先均交县司法局进行合法性审查。'], 'contracts_reviewed')).toEqual([]);
  });
});

describe('a line marked with a star after a run of cards (p55b)', () => {
  it('reads the cards figure first under their group title, the starred highlight below them no label', async () => {
    expect(
      await read(
        ['阳光施政', '412件', '政府信息公开申请', '275件', '人大代表建议和政协提案　办复率100%', '★ 全市法治政府建设考核 第一名'],
        'disclosure_requests',
        'proposals_handled',
      ),
    ).toEqual(['disclosure_requests=412:achieved', 'proposals_handled=275:achieved']);
  });

  it('still reads cards written label first when a starred highlight follows them', async () => {
    expect(
      await read(['政府信息公开申请', '198件', '人大代表建议和政协提案', '64件', '☆ 全省依法行政考评 优秀等次'], 'disclosure_requests', 'proposals_handled'),
    ).toEqual(['disclosure_requests=198:achieved', 'proposals_handled=64:achieved']);
  });

  it('still reads a label behind a square bullet over its figure as one card', async () => {
    expect(await read(['■ 持证行政执法人员', '2,318名', '■ 执法记录仪', '760台'], 'enforcement_officers', 'body_cameras')).toEqual([
      'enforcement_officers=2318:achieved',
      'body_cameras=760:achieved',
    ]);
  });
});
