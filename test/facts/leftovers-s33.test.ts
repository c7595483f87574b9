/**
 * Leftovers of session 32 (p32, fix-w64 … fix-w67), on texts of our own (the fictional 柘川县).
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId, zhechuanCounty as county } from './helpers.js';

const lexicon = await loadLexicon();
const read = async (text: string, file = 'zhechuan.txt'): Promise<string[]> => (await readFileQuoted(lexicon, text, file)).facts;

describe('a clause that opens with its subject, then another period', () => {
  it('reads nothing of a total since an earlier year after the area or a body named first', async () => {
    const facts = await read(
      county(
        [
          '全县2021年以来累计培训执法人员3,260人次，全年组织执法人员培训14期。',
          '县司法局2022年以来累计审查政府合同390份，本年度审查政府合同118份。',
          '我县近三年共办理行政复议案件205件，今年受理行政复议申请73件。',
        ].join('\n'),
      ),
    );
    expect(facts.filter((f) => /=(3260|390|205):/.test(f))).toEqual([]);
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=118:achieved']);
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=73:achieved']);
  });

  it('reads the year again where a clause opens with the area and the year itself', async () => {
    const facts = await read(county('2021年以来，全县累计培训执法人员3,260人次，全县2024年培训执法人员870人次。'));
    expect(statusesWithId(facts, 'enforcement_training_participants')).toEqual(['enforcement_training_participants=870:achieved']);
  });

  it('reads a clause whose area is dated by the year itself as the year’s', async () => {
    const facts = await read(county('全县2024年培训执法人员870人次，考试合格率98%。'));
    expect(statusesWithId(facts, 'enforcement_training_participants')).toEqual(['enforcement_training_participants=870:achieved']);
  });

  it('still reads a clause whose span dates the object of its verb', async () => {
    const facts = await read(county('对县政府2021年以来制发的规范性文件开展清理，宣布废止11件。'));
    expect(statusesWithId(facts, 'normative_docs_cleaned')).toEqual(['normative_docs_cleaned=11:achieved']);
  });
});

describe('a count said to leave something out (不包括, 不含, 未计入, 除…外)', () => {
  it('reads no figure of what is left out, and keeps the count beside it', async () => {
    const facts = await read(
      county(
        [
          '县政府全年受理行政复议申请94件，审结87件。',
          '注：上述复议数据为县政府受理的案件，不包括市政府受理的、以县直部门为被申请人的复议案件21件。',
          '除移交乡镇调解委员会办理的矛盾纠纷15件外，县人民调解中心全年调解纠纷412件。',
        ].join('\n'),
      ),
    );
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=94:achieved']);
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=412:achieved']);
  });

  it('still reads a figure after a gloss that closes before it', async () => {
    const facts = await read(county('全县行政执法主体（不含乡镇）43个，持证执法人员（不包括借调人员）1,185名。'));
    expect(facts).toEqual(expect.arrayContaining(['enforcement_subjects=43:achieved', 'enforcement_officers=1185:achieved']));
  });
});
