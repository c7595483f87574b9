/**
 * Leftovers of session 41 (p42), on texts of our own (the fictional 柘川县 of the facts helpers).
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { statusesWithIds as withIds, zhechuanReportStatuses } from './helpers.js';

const lexicon = await loadLexicon();

const read = (done: readonly string[], plans: readonly string[] = [], gaps?: readonly string[]): Promise<string[]> =>
  zhechuanReportStatuses(lexicon, done, plans, gaps);

describe('two subjects in the clauses of a sentence, their figures in the next', () => {
  const meetings = ['committee_rule_of_law_meetings=5:achieved', 'committee_rule_of_law_meetings=2:achieved'];

  it('以上两类…分别 and 前者…后者 pair with the clauses, one sharing the other’s matter by 也', async () => {
    const both = '县委常委会年内专题研究法治建设工作，县政府常务会议也作了专门研究。';
    for (const figures of ['以上两类会议分别召开5次、2次。', '前者5次，后者2次。'])
      expect(withIds(await read([both + figures]), 'committee_rule_of_law_meetings')).toEqual(meetings);
  });

  it('前者…后者 pairs with a list of two in the one clause before', async () => {
    const facts = await read(['县委常委会和县政府常务会议年内专题研究法治建设工作。前者5次，后者2次。']);
    expect(withIds(facts, 'committee_rule_of_law_meetings')).toEqual(meetings);
  });

  it('but not when the second clause names a matter of its own', async () => {
    const other = '县委常委会年内专题研究法治建设工作，县政府常务会议研究部署森林防火工作。';
    for (const figures of ['以上两类会议分别召开5次、2次。', '前者5次，后者2次。'])
      expect(withIds(await read([other + figures]), 'committee_rule_of_law_meetings')).toEqual([]);
  });
});

describe('a subject that did the same (同样) as the one of the sentence before', () => {
  it('counts what that one counted, when its verb closes its clause', async () => {
    const facts = await read(['县委常委会年内专题研究法治建设工作5次。县政府常务会议同样进行了专题研究，次数为2次。']);
    expect(withIds(facts, 'committee_rule_of_law_meetings')).toEqual([
      'committee_rule_of_law_meetings=5:achieved',
      'committee_rule_of_law_meetings=2:achieved',
    ]);
  });

  it('not with an object of its own, nor across a paragraph', async () => {
    const own = await read(['县委常委会年内专题研究法治建设工作5次。县政府常务会议同样研究部署了森林防火工作，次数为2次。']);
    const apart = await read(['县委常委会年内专题研究法治建设工作5次。', '县政府常务会议同样进行了专题研究，次数为2次。']);
    for (const facts of [own, apart]) expect(withIds(facts, 'committee_rule_of_law_meetings')).toEqual(['committee_rule_of_law_meetings=5:achieved']);
  });
});

describe('figures under a heading that names their subject', () => {
  it('a verb alone after another verb alone takes the heading’s subject too', async () => {
    const facts = await read(['（一）规范性文件管理', '审核27件，清理废止5件。']);
    expect(withIds(facts, 'normative_docs_reviewed', 'normative_docs_cleaned')).toEqual([
      'normative_docs_reviewed=27:achieved',
      'normative_docs_cleaned=5:achieved',
    ]);
  });

  it('but not after a count of something the heading does not name', async () => {
    const facts = await read(['（一）规范性文件管理', '制定政府规章2件，清理废止5件。']);
    expect(withIds(facts, 'normative_docs_cleaned')).toEqual([]);
  });

  it('a label and its figure (事项数量：7项) takes its required word from the heading', async () => {
    const facts = await read(['（一）重大行政决策事项目录', '经县政府常务会议审议后向社会公布。事项数量：7项。']);
    expect(withIds(facts, 'major_decision_items')).toEqual(['major_decision_items=7:achieved']);
  });

  it('not under a heading without it, nor for a label naming a distractor', async () => {
    const other = await read(['（一）政务服务事项', '事项数量：7项。']);
    const hearing = await read(['（一）重大行政决策事项目录', '听证事项数量：7项。']);
    for (const facts of [other, hearing]) expect(withIds(facts, 'major_decision_items')).toEqual([]);
  });
});

describe('a verb shared across commas by a list of counted objects', () => {
  it('审核决策草案5件，合同88件，行政规范性文件12件: each object is reviewed', async () => {
    const facts = await read(['全年审核重大行政决策草案5件，合同88件，行政规范性文件12件。']);
    expect(withIds(facts, 'contracts_reviewed', 'normative_docs_reviewed')).toEqual(['contracts_reviewed=88:achieved', 'normative_docs_reviewed=12:achieved']);
  });

  it('not when the first clause names another act', async () => {
    const facts = await read(['全年调解矛盾纠纷30件，合同88件，行政规范性文件12件。']);
    expect(withIds(facts, 'contracts_reviewed', 'normative_docs_reviewed')).toEqual([]);
  });
});

describe('the parts of a total kept as facts of their own', () => {
  it('are judged by their own item of the list: the units under the government and a later item are parts', async () => {
    const facts = await read(['全县持证执法人员1200名，其中县政府工作部门执法人员800名、乡镇执法人员400名。']);
    expect(withIds(facts, 'enforcement_officers')).toEqual(['enforcement_officers=1200:achieved']);
  });

  it('but the body’s own share, and what it goes on to after a comma, stay facts', async () => {
    const own = await read(['全县收到行政复议申请530件，其中县政府本级受理行政复议案件212件，审结198件。']);
    expect(withIds(own, 'reconsideration_cases', 'reconsideration_closed')).toEqual([
      'reconsideration_cases=530:achieved',
      'reconsideration_cases=212:achieved',
      'reconsideration_closed=198:achieved',
    ]);
    const advisers = await read(['全县共聘请法律顾问40名，其中县政府法律顾问6名。']);
    expect(withIds(advisers, 'legal_advisers')).toEqual(['legal_advisers=40:achieved', 'legal_advisers=6:achieved']);
  });
});

describe('a bare 纠错率 among the shortcomings', () => {
  it('is the 复议 rate when the report stated that rate as achieved', async () => {
    const facts = await read(['全年审结行政复议案件80件，综合纠错率为12.5%。'], [], ['纠错率仍偏高，为15%。']);
    expect(withIds(facts, 'reconsideration_correction_rate')).toEqual([
      'reconsideration_correction_rate=12.5:achieved',
      'reconsideration_correction_rate=15:gap',
    ]);
  });

  it('not when the report stated none, nor for another rate', async () => {
    const none = await read(['全年审结行政复议案件80件。'], [], ['纠错率仍偏高，为15%。']);
    expect(withIds(none, 'reconsideration_correction_rate')).toEqual([]);
    const other = await read(['全年审结行政复议案件80件，综合纠错率为12.5%。'], [], ['部分执法案卷差错率仍偏高，为15%。']);
    expect(withIds(other, 'reconsideration_correction_rate')).toEqual(['reconsideration_correction_rate=12.5:achieved']);
  });
});
