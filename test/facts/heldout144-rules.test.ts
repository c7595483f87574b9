/**
 * The general rules added after the blind measurement of test/fixtures/heldout144 (reports drafted with chat assistants
 * and pasted as they came), on texts of our own: a note declaring the figures in 【】 examples (注:文中【】内数据为示例)
 * leaves every such figure of the text unstated and its plain figures the report's; a wording the assistant suggests in
 * quotes (可以写“…”, 建议补充…如“…”), an example after a label's colon (审查合同:如:58份) and a figure a bracket after
 * it calls an example (…73份(示例数据,请替换)) state nothing; and a sentence so cut, read on with the next one, stays
 * cut.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesOf, readQuoted, zhewanDistrict } from './helpers.js';

const lexicon = await loadLexicon();

/** The numeric facts of 柘湾区's 2024 report whose achievements are `lines`, read through ingest as a file named `file`. */
const district = async (lines: readonly string[], file = 'zhewan.txt'): Promise<string[]> => (await readFileQuoted(lexicon, zhewanDistrict(lines), file)).facts;

describe('a note declaring the figures in 【】 examples', () => {
  it('leaves those figures unstated in the whole text, its plain figures the report’s', async () => {
    expect(
      await district([
        '区政府聘请法律顾问【7】名，全区公职律师52名。',
        '全区各级调解组织调解矛盾纠纷【3,600】件，行政复议案件【】件。',
        '审查行政规范性文件23件，审核率100%。',
        '说明：【 】中的数字均为示意数据，请核实后填写。',
      ]),
    ).toEqual(['public_lawyers=52:achieved', 'normative_docs_reviewed=23:achieved', 'normative_doc_review_rate=100:achieved']);
  });

  it('whatever the note calls them (示例, 示意, 模拟, to be replaced)', async () => {
    expect(await district(['区政府聘请法律顾问【7】名，全区公职律师52名。', '温馨提示：请将【】中的内容替换为实际数据。'])).toEqual([
      'public_lawyers=52:achieved',
    ]);
  });

  it('in a Markdown draft too, the note before the figures', async () => {
    expect(
      await district(['> 💡 报告中带【】的数据仅供参考，请以实际统计为准。', '- 全区执法记录仪配备【860】台；', '- 持证行政执法人员1,318名。'], 'zhewan.md'),
    ).toEqual(['enforcement_officers=1318:achieved']);
  });

  it('but without such a note 【】 is emphasis, and a note saying what else they mark leaves them so', async () => {
    expect(await district(['区政府聘请法律顾问【7】名，全区公职律师52名。'])).toEqual(['legal_advisers=7:achieved', 'public_lawyers=52:achieved']);
    expect(await district(['区政府聘请法律顾问【7】名，全区公职律师52名。', '注：【】内为该项工作的牵头单位。'])).toEqual([
      'legal_advisers=7:achieved',
      'public_lawyers=52:achieved',
    ]);
  });
});

/** The facts (as statusesOf) of 柘湾区's 2024 report whose achievements are `lines`, read as a text. */
const plain = (...lines: string[]): string[] => statusesOf(readQuoted(lexicon, zhewanDistrict(lines)).facts);

describe('an example a chat assistant gives', () => {
  it('as a wording it suggests in quotes states nothing', () => {
    expect(plain('全区调解矛盾纠纷2,734件。例如，可以写“某街道调委会化解物业纠纷22件”，使报告更具体。')).toEqual(['disputes_mediated=2734:achieved']);
    expect(plain('全区公职律师52名（建议补充具体案例，如“某镇法律顾问审查合同19份”）。')).toEqual(['public_lawyers=52:achieved']);
    expect(plain('全区公职律师52名。', '写作提示：可在文中加入“全年审查政府合同64份，同比增长12%”这样的数据。')).toEqual(['public_lawyers=52:achieved']);
    expect(plain('全区公职律师52名（此处可插入具体案例，如某街道法律顾问审查合同27份）。')).toEqual(['public_lawyers=52:achieved']);
    expect(plain('全区公职律师52名。', '可参考如下表述：“全年组织旁听庭审1,050人次”。')).toEqual(['public_lawyers=52:achieved']);
  });

  it('but a sentence that only opens with 可以说 states its figure', () => {
    expect(plain('可以说，全年调解矛盾纠纷1,650件，创历年新高。')).toEqual(['disputes_mediated=1650:achieved']);
  });

  it('after a label’s colon (a template’s 如:N) states nothing, a real case after 如 does', () => {
    expect(plain('全区公职律师52名。', '【参考模板】', '审查政府合同：如：58份', '行政机关负责人出庭应诉率：例如：100%')).toEqual([
      'public_lawyers=52:achieved',
    ]);
    expect(plain('典型做法如：区法律顾问团全年审查政府合同64份。')).toEqual(['contracts_reviewed=64:achieved']);
  });

  it('as a figure a bracket after it calls an example states nothing, another bracket leaves it stated', () => {
    expect(plain('全区审查政府合同73份（示例数据，请替换），公职律师52名。', '调解矛盾纠纷1,480件【示例】。')).toEqual(['public_lawyers=52:achieved']);
    expect(plain('全区审查政府合同73份（含村居合同11份）。')).toEqual(['contracts_reviewed=73:achieved']);
  });

  it('and a sentence so cut stays cut when the next one is read on from it', () => {
    expect(plain('全区审查政府合同73份（示例数据，请替换）。出具审查意见37件。')).toEqual(['legality_review_opinions=37:achieved']);
  });
});
