/**
 * Leftovers of session 40 (p41), on texts of our own (the fictional 柘川县 of the facts helpers).
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithIds as withIds, zhechuanReportStatuses } from './helpers.js';

const lexicon = await loadLexicon();

const read = (done: readonly string[], plans: readonly string[] = []): Promise<string[]> => zhechuanReportStatuses(lexicon, done, plans);

describe('an inline item (一是…二是…三是…) that is its own section’s title', () => {
  it('lends no words of its own to its topic: each kind of a list before a rate gets its rate', async () => {
    const facts = await read(
      ['全年审核行政规范性文件12件。'],
      ['一是抓好领导干部学法。二是加强执法人员培训，确保每人每年培训不少于60学时。三是重大行政决策、规范性文件和合同合法性审核率保持100%。'],
    );
    expect(withIds(facts, 'normative_doc_review_rate', 'legality_review_rate')).toEqual([
      'normative_doc_review_rate=100:plan',
      'legality_review_rate=100:plan',
    ]);
  });

  it('nor takes away a kind the list does not name', async () => {
    const facts = await read(['全年审核行政规范性文件12件。'], ['一是抓好领导干部学法。二是加强执法人员培训。三是行政规范性文件合法性审核率保持100%。']);
    expect(withIds(facts, 'normative_doc_review_rate', 'legality_review_rate')).toEqual(['normative_doc_review_rate=100:plan']);
  });
});

describe('last year’s count ending a sentence and the year’s change opening the next', () => {
  it('gives the year’s count (derived); neither figure alone is the year’s', async () => {
    const facts = await read(['全年审核行政规范性文件12件。2023年全县调解矛盾纠纷76件。2024年比上年增加14件。']);
    expect(withIds(facts, 'disputes_mediated')).toEqual(['disputes_mediated=90:achieved']);
    const fewer = await read(['上年全县持证执法人员520名。今年比上年减少20名。']);
    expect(withIds(fewer, 'enforcement_officers')).toEqual(['enforcement_officers=500:achieved']);
  });

  // across a paragraph of the same section it does too (session 43: leftovers-s43.test.ts)
  it('not after a base of two years before, or when the change names another subject', async () => {
    const older = await read(['2022年全县调解矛盾纠纷76件。2024年比上年增加14件。']);
    const other = await read(['2023年全县调解矛盾纠纷76件。2024年办理行政复议案件比上年增加14件。']);
    for (const facts of [older, other]) expect(withIds(facts, 'disputes_mediated')).toEqual([]);
  });
});

describe('documents issued once reviewed, and repealed in the passive', () => {
  it('经…审核后出台的规范性文件 counts the documents reviewed; filed once reviewed does not', async () => {
    const issued = await read(['经县司法局合法性审查后印发的行政规范性文件共6件。']);
    expect(withIds(issued, 'normative_docs_reviewed')).toEqual(['normative_docs_reviewed=6:achieved']);
    const filed = await read(['经合法性审核后报备的行政规范性文件6件。']);
    expect(withIds(filed, 'normative_docs_reviewed')).toEqual([]);
  });

  it('a clause naming an act the subject’s fact rules out takes that act’s fact of the subject', async () => {
    const facts = await read(['起草并报县政府审核后印发行政规范性文件2件，清理涉及营商环境的文件9件。']);
    expect(withIds(facts, 'normative_docs_cleaned')).toEqual(['normative_docs_cleaned=9:achieved']);
  });

  it('a passive lone clause after its occasion takes the subject of the sentence before in its paragraph', async () => {
    const facts = await read(['县政府审核行政规范性文件12件。在专项清理中被废止或宣布失效的文件有5件。']);
    expect(withIds(facts, 'normative_docs_cleaned')).toEqual(['normative_docs_cleaned=5:achieved']);
  });

  it('but not across a paragraph, nor when its verb is none of the fact’s', async () => {
    const apart = await read(['县政府审核行政规范性文件12件。', '在专项清理中被废止或宣布失效的文件有5件。']);
    const other = await read(['县政府审核行政规范性文件12件。在专项检查中被通报的文件有5件。']);
    for (const facts of [apart, other]) expect(withIds(facts, 'normative_docs_cleaned')).toEqual([]);
  });
});

describe('a bare 纠错率 among the plans', () => {
  it('is the 复议 rate when the report stated that rate as achieved', async () => {
    const facts = await read(['全年审结行政复议案件80件，综合纠错率为12.5%。'], ['一是会前学法不少于12次；二是纠错率控制在10%以内。']);
    expect(withIds(facts, 'reconsideration_correction_rate')).toEqual([
      'reconsideration_correction_rate=12.5:achieved',
      'reconsideration_correction_rate=10:plan',
    ]);
  });

  it('not when the report stated none, nor among the achievements', async () => {
    const none = await read(['全年审结行政复议案件80件。'], ['一是会前学法不少于12次；二是纠错率控制在10%以内。']);
    expect(withIds(none, 'reconsideration_correction_rate')).toEqual([]);
    const done = await read(['全年审结行政复议案件80件，综合纠错率为12.5%。', '从结案方式看，维持60件、撤销8件，纠错率为13.1%。']);
    expect(withIds(done, 'reconsideration_correction_rate')).toEqual(['reconsideration_correction_rate=12.5:achieved']);
  });
});

/** The numeric facts of a report of `title` whose opening is `opening` and whose achievements are `done`. */
async function readReport(title: string, opening: string, done: readonly string[]): Promise<string[]> {
  const text = [title, opening, '一、主要成效', ...done, '二、存在的不足', '法制审核力量仍较薄弱。', ''].join('\n');
  return (await readFileQuoted(lexicon, text, 'report.txt')).facts;
}

describe('a zone’s host, named with the zone’s first characters', () => {
  const zone = (...done: string[]): Promise<string[]> =>
    readReport('柘川高新区管委会2024年法治政府建设情况报告', '2024年，高新区管委会推进依法行政，各项工作取得新进展。', done);

  it('is another body: its figures are not the zone’s', async () => {
    const facts = await zone('高新区持证执法人员46名。', '柘川市现有持证执法人员720名。');
    expect(withIds(facts, 'enforcement_officers')).toEqual(['enforcement_officers=46:achieved']);
  });

  it('and one the zone declares it works under, with its departments', async () => {
    const facts = await readReport('柘川高新区管委会2024年法治政府建设情况报告', '2024年，高新区管委会在柘川市委、市政府领导下推进依法行政。', [
      '高新区持证执法人员46名。',
      '柘川市综合行政执法局现有执法人员720名。',
    ]);
    expect(withIds(facts, 'enforcement_officers')).toEqual(['enforcement_officers=46:achieved']);
  });

  it('but the zone’s own name still opens its own figures', async () => {
    const facts = await zone('柘川高新区持证执法人员46名。');
    expect(withIds(facts, 'enforcement_officers')).toEqual(['enforcement_officers=46:achieved']);
  });
});

describe('a body the report works under the guidance of (在…指导下)', () => {
  const town = (opening: string, ...done: string[]): Promise<string[]> =>
    readReport('柘溪镇人民政府2024年法治政府建设情况报告', opening, ['全镇持证执法人员26名。', ...done]);

  it('is a superior when it is an office or a department: its figures are not the body’s', async () => {
    const facts = await town('2024年，柘溪镇在县委、县政府领导和柘川县司法局的业务指导下推进依法行政。', '柘川县司法局为全县培训执法人员300人。');
    expect(withIds(facts, 'enforcement_training_participants')).toEqual([]);
  });

  it('but helpers guiding it (法律顾问, 专家) are none', async () => {
    const facts = await town('2024年，柘溪镇在法律顾问的指导下推进依法行政。', '法律顾问审查合同15件。');
    expect(withIds(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=15:achieved']);
  });
});
