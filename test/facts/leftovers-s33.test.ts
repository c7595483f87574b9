/**
 * Leftovers of session 32 (p32, fix-w64 … fix-w67), on texts of our own (the fictional 柘川县).
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId, zhechuanCounty as county } from './helpers.js';

const lexicon = await loadLexicon();
/** A report of the county long enough to read as an annual report (a short text reads as a paper of another kind). */
const annualCounty = (lines: string): string =>
  county(`${lines}\n县政府常务会议全年会前学法5次，重大行政决策均经合法性审查，行政执法“三项制度”全面落实，行政复议和行政应诉工作平稳有序。`);
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

describe('figures of a sequence of years, each year right before its figure', () => {
  it('reads the year’s figure and none of the earlier years’, the act named at the first year only', async () => {
    const facts = await read(
      county(['2022年出具合法性审查意见131件、2023年158件、2024年176件。', '全县2022年调解矛盾纠纷1,020件、2023年1,104件、2024年1,187件。'].join('\n')),
    );
    expect(statusesWithId(facts, 'legality_review_opinions')).toEqual(['legality_review_opinions=176:achieved']);
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=1187:achieved']);
  });

  it('reads nothing where every year is earlier than the report’s', async () => {
    const facts = await read(county('2022年审查政府合同88份、2023年97份。'));
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual([]);
  });
});

describe('a total of several years, then the year’s part of it', () => {
  it('reads the year’s part, not the total', async () => {
    const facts = await read(annualCounty('三年共承办人大代表建议和政协提案655件，其中2024年承办221件，均按期办复。'));
    expect(statusesWithId(facts, 'proposals_handled')).toEqual(['proposals_handled=221:achieved']);
  });

  it('reads no part of an earlier year', async () => {
    const facts = await read(annualCounty('三年共承办人大代表建议和政协提案655件，其中2023年承办218件。'));
    expect(statusesWithId(facts, 'proposals_handled')).toEqual([]);
  });

  it('reads a total of several years as the paper’s own where it tells of a period and no year', async () => {
    const facts = await read(
      [
        '柘川县2022—2024年法治政府建设工作总结',
        '一、主要成效',
        '三年来，县政府坚持依法行政。三年共调解矛盾纠纷3,260件，调解成功率98%。',
        '二、存在的不足',
        '个别乡镇法制审核力量仍较薄弱。',
        '',
      ].join('\n'),
    );
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=3260:achieved']);
  });
});

describe('a plan’s targets, each labelled by its year before a word of reaching', () => {
  const plan = (lines: string): string =>
    [
      '柘川县法治政府建设实施方案（2026—2030年）',
      '为持续深入推进依法行政，加快建设法治政府，结合本县实际，制定本方案。',
      '一、主要指标',
      lines,
      '二、保障措施',
      '各乡镇、各部门要加强组织领导，确保各项任务落实。',
      '',
    ].join('\n');

  it('reads every year’s target, one year or several, after the year', async () => {
    const facts = await read(
      plan(
        [
          '1．全县公职律师2027年达到130名、2030年达到170名。',
          '2．执法记录仪2027年增至960台，2030年实现一线执法人员人手一台。',
          '3．行政机关负责人出庭应诉率2026年达到100%并保持。',
          '4．行政复议综合纠错率到2030年控制在9%以内。',
        ].join('\n'),
      ),
    );
    expect(facts).toEqual(
      expect.arrayContaining([
        'public_lawyers=130:plan',
        'public_lawyers=170:plan',
        'body_cameras=960:plan',
        'head_appearance_rate=100:plan',
        'reconsideration_correction_rate=9:plan',
      ]),
    );
    expect(statusesWithId(facts, 'body_cameras')).toEqual(['body_cameras=960:plan']);
  });

  it('reads no target of the baseline year before a target', async () => {
    const facts = await read(plan('1．全县公职律师由2025年的98名增加到2027年的130名。'));
    expect(statusesWithId(facts, 'public_lawyers')).toEqual(['public_lawyers=130:plan']);
  });
});

describe('an editor’s note that runs over more than one paragraph, closed by a line saying the report follows', () => {
  const reposted = (closing: string): string =>
    [
      '柘川发布',
      '编者按：近日，柘川县人民政府公开了2024年法治政府建设情况报告。',
      '报告显示，全县全年受理行政复议申请88件，审查政府合同215份，多项工作走在全市前列。',
      closing,
      county('全年受理行政复议申请94件，审查政府合同230份。'),
    ].join('\n');

  it('reads none of the note’s paragraphs', async () => {
    const facts = await read(reposted('以下为报告全文：'));
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=94:achieved']);
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=230:achieved']);
  });
});
