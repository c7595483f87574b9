/**
 * Leftovers of earlier held-out sets read in session 45 (p46), on texts of our own (the fictional 柘川县 of the facts
 * helpers): other places, figures and word orders than the fixtures', each with a case the rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { statusesWithIds as withIds, zhechuanReportStatuses } from './helpers.js';

const lexicon = await loadLexicon();

const read = (done: readonly string[], plans: readonly string[] = []): Promise<string[]> => zhechuanReportStatuses(lexicon, done, plans);

describe('a short object of a list of counts standing for the word named in full before it (heldout103)', () => {
  const reviewed = ['normative_docs_reviewed', 'normative_doc_review_rate', 'contracts_reviewed', 'legality_review_rate'] as const;

  it('文件 after 行政规范性文件 in the sentence before: the documents reviewed, and 均 gives them the rate', async () => {
    const facts = await read([
      '本年度，县政府及其部门印发行政规范性文件23件。县司法局全年合法性审核重大行政决策草案4件，合同137件，文件23件，审核率均为100%。',
    ]);
    expect(withIds(facts, ...reviewed)).toEqual([
      'normative_docs_reviewed=23:achieved',
      'normative_doc_review_rate=100:achieved',
      'contracts_reviewed=137:achieved',
      'legality_review_rate=100:achieved',
    ]);
  });

  it('earlier in its own sentence, the list in another order', async () => {
    const facts = await read(['围绕行政规范性文件管理，县司法局审核合同64件，文件11件，均出具书面意见。']);
    expect(withIds(facts, 'normative_docs_reviewed', 'contracts_reviewed')).toEqual(['normative_docs_reviewed=11:achieved', 'contracts_reviewed=64:achieved']);
  });

  it('a list of counts set off by commas with the full word: 均 gives each its rate', async () => {
    const facts = await read(['县司法局全年审核重大行政决策草案4件，合同137件，行政规范性文件23件，审核率均为100%。']);
    expect(withIds(facts, 'normative_doc_review_rate', 'legality_review_rate')).toEqual([
      'normative_doc_review_rate=100:achieved',
      'legality_review_rate=100:achieved',
    ]);
  });

  it('not where nothing before names the full word, nor without 均 for the short one’s rate', async () => {
    const unnamed = await read(['县政府召开常务会议11次。县司法局全年合法性审核重大行政决策草案4件，合同137件，文件23件，审核率均为100%。']);
    expect(withIds(unnamed, 'normative_docs_reviewed', 'normative_doc_review_rate')).toEqual([]);
    const alone = await read(['县政府印发行政规范性文件23件。县司法局全年合法性审核重大行政决策草案4件，合同137件，文件23件，审核率为100%。']);
    expect(withIds(alone, 'normative_doc_review_rate')).toEqual([]);
  });

  it('nor a clause that is no item of a list of counts', async () => {
    const facts = await read(['县政府印发行政规范性文件23件。全县共有乡镇14个，文件23件均已报备。']);
    expect(withIds(facts, 'normative_docs_reviewed')).toEqual([]);
  });
});

describe('a later year’s first quarters, as its first half (heldout114)', () => {
  it('2025年前三季度 in a 2024 report tells of that later time, not of the year nor a plan', async () => {
    const facts = await read(['全年受理行政复议申请143件。', '2025年前三季度，县政府受理行政复议申请97件，审结88件。']);
    expect(withIds(facts, 'reconsideration_cases', 'reconsideration_closed')).toEqual(['reconsideration_cases=143:achieved']);
  });

  it('but a deadline of that time still plans', async () => {
    const facts = await read([], ['力争2025年前三季度前审结行政复议案件120件。']);
    expect(withIds(facts, 'reconsideration_closed')).toEqual(['reconsideration_closed=120:plan']);
  });
});

describe('an earlier year’s 以前 before a verb with 的 dates what the verb made (heldout94)', () => {
  it('对2019年以前制定的文件开展清理 repeals this year', async () => {
    const facts = await read(['县政府全年审核规范性文件31件，报备率100%。对2019年以前制定的文件开展专项清理，废止7件，修改5件。']);
    expect(withIds(facts, 'normative_docs_cleaned')).toEqual(['normative_docs_cleaned=7:achieved']);
  });

  it('but a deadline of a year with its verb still plans', async () => {
    const facts = await read([], ['2025年底前完成规范性文件全面清理，废止不适应改革要求的文件不少于10件。']);
    expect(withIds(facts, 'normative_docs_cleaned')).toEqual(['normative_docs_cleaned=10:plan']);
  });
});

describe('a chart whose title names its kinds as a whole’s parts, stating no total (heldout115)', () => {
  const chart = (title: string) => `图3\u3000${title}：邻里纠纷2,140件；劳动争议1,385件；婚姻家庭966件；其他1,509件`;

  it('reads no kind as the whole’s count', async () => {
    for (const title of ['2024年矛盾纠纷调解类型构成', '全县调解纠纷来源分布（件）']) {
      const facts = await read(['全年调解矛盾纠纷6,000件，调解成功率97.4%。', chart(title)]);
      expect(withIds(facts, 'disputes_mediated')).toEqual(['disputes_mediated=6000:achieved']);
    }
  });

  it('but a chart of several counts of their own keeps each', async () => {
    const facts = await read(['图4\u30002024年复议诉讼案件数量：行政复议案件131件；行政诉讼案件57件']);
    expect(withIds(facts, 'reconsideration_cases', 'litigation_cases')).toEqual(['reconsideration_cases=131:achieved', 'litigation_cases=57:achieved']);
  });
});

describe('read already on main (heldout94, heldout96): kept as they are', () => {
  it('县长…副县长… after the year’s appearances is a breakdown, summed only where it stands alone', async () => {
    const after = await read(['全年应出庭案件48件，行政机关负责人出庭应诉45件。县长出庭应诉3次，副县长出庭应诉5次。']);
    expect(withIds(after, 'head_appearance_cases')).toEqual(['head_appearance_cases=45:achieved']);
  });

  it('纠错率 in a plan under a heading naming 复议', async () => {
    const facts = await read(['全年办理行政复议案件77件。'], ['（一）深化行政复议体制改革', '全面提升办案质量，纠错率控制在12%以内。']);
    expect(withIds(facts, 'reconsideration_correction_rate')).toEqual(['reconsideration_correction_rate=12:plan']);
  });
});
