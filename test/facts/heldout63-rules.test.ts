/**
 * The general rules added after the blind measurement of test/fixtures/heldout63 (approximate, compound and
 * scaled quantities), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, sectionStatuses, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const read = (body: string): Promise<string[]> => sectionStatuses(lexicon, '石桥县2023年法治政府建设工作报告', body);

describe('a total after a figure the clause before already gave', () => {
  it('in another measure counts attendances, not those trained', async () => {
    const facts = await read('县司法局分两期培训执法人员840人,累计1,900余人次。');
    expect(statusesWithId(facts, 'enforcement_training_participants')).toEqual(['enforcement_training_participants=840:achieved']);
  });

  it('after a figure per head sums the hours of all', async () => {
    const facts = await read('全县执法人员人均参加业务培训48学时,累计完成3.6万学时。');
    expect(statusesWithId(facts, 'enforcement_training_hours')).toEqual(['enforcement_training_hours=48:achieved']);
  });

  it('still reads a stock after what was added (the same measure, no figure per head)', async () => {
    const facts = await read('今年为乡镇执法中队新配执法记录仪45台,累计配备380台。');
    expect(facts).toContain('body_cameras=380:achieved');
  });
});

describe('a number that closes a list item whose next item counts with a number of its own', () => {
  it('counts its own item, not the next one’s subject', async () => {
    const facts = await read('县司法局全年审查县政府拟印发的文件212件、各类合同协议305份、其他事项40件。');
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=305:achieved']);
  });

  it('still lends its subject to a list with one number (合同、协议86份)', async () => {
    const facts = await read('县司法局全年审查县政府采购合同、租赁协议共86份。');
    expect(facts).toContain('contracts_reviewed=86:achieved');
  });
});

describe('what one reviewer averages', () => {
  it('is no count of the contracts the body had reviewed', async () => {
    const facts = await read('全县聘请法律顾问14名,平均每名法律顾问全年审查合同二十余份。');
    expect(facts).toContain('legal_advisers=14:achieved');
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual([]);
  });
});

describe('the wording of courses and hours', () => {
  it('reads a 轮训班 held for cadres as a course of law', async () => {
    const facts = await read('县政府举办法治专题讲座4场,另举办科级干部依法行政轮训班3期。');
    expect(statusesWithId(facts, 'law_lectures')).toEqual(['law_lectures=4:achieved', 'law_lectures=3:achieved']);
  });

  it('not one held for enforcement officers', async () => {
    const facts = await read('县司法局举办执法人员法律知识轮训班5期。');
    expect(statusesWithId(facts, 'law_lectures')).toEqual([]);
  });

  it('reads hours done by online study per head', async () => {
    const facts = await read('全县执法人员人均完成网上学习57学时。');
    expect(facts).toContain('enforcement_training_hours=57:achieved');
  });
});

describe('a range', () => {
  it('gives neither end as the rate', async () => {
    const facts = await read('本级规范性文件备案规范率100%,各乡镇报备规范率在96%至100%之间。');
    expect(statusesWithId(facts, 'normative_doc_filing_standard_rate')).toEqual(['normative_doc_filing_standard_rate=100:achieved']);
  });
});

describe('a rate written as a fraction of one', () => {
  it('states the percentage', async () => {
    const facts = await read('县政府办理人大代表建议45件,代表满意率0.978。');
    expect(facts).toContain('proposals_satisfaction_rate=97.8:achieved');
  });
});

describe('no lost suit of one cause', () => {
  it('is no zero of the lost cases', async () => {
    const facts = await read('全县行政诉讼案件210件,全年没有出现因政府信息公开引发的败诉案件。');
    expect(statusesWithId(facts, 'litigation_lost_cases')).toEqual([]);
  });

  it('while no lost suit at all still is', async () => {
    const facts = await read('全县行政诉讼案件21件,全年没有出现败诉案件。');
    expect(facts).toContain('litigation_lost_cases=0:achieved');
  });
});

describe('a part of the body’s total labelled by the superior’s level', () => {
  it('is the body’s share: the rate after it is the body’s', async () => {
    const facts = await read('县政府承办人大代表建议、政协委员提案共204件,其中省级6件、市级30件、县级168件,办复率100%。');
    expect(facts).toEqual(expect.arrayContaining(['proposals_handled=204:achieved', 'proposals_completion_rate=100:achieved']));
  });

  it('while the superior speaking still is not', async () => {
    const facts = await read('市级部门办理政协提案的办复率为98%。');
    expect(statusesWithId(facts, 'proposals_completion_rate')).toEqual([]);
  });
});

describe('two verbs of one fact joined after 其中', () => {
  it('govern the part as one verb', async () => {
    const facts = await read('全县共清理规范性文件380件,其中废止和宣布失效52件。');
    expect(statusesWithId(facts, 'normative_docs_cleaned')).toEqual(['normative_docs_cleaned=380:achieved', 'normative_docs_cleaned=52:achieved']);
  });
});

describe('a sentence that names neither 复议 nor 诉讼 under a heading that names neither', () => {
  it('goes on about its paragraph’s 复议', async () => {
    const facts = await readFileQuoted(
      lexicon,
      '石桥县2023年法治政府建设工作报告\n(四)化解行政争议\n县政府全年受理行政复议申请140件,较上年增长9%。审结131件,纠错11件。\n',
      'shiqiao.txt',
    );
    expect(facts.facts).toContain('reconsideration_closed=131:achieved');
  });
});
