/**
 * Leftovers of session 34 (p34, fix-w73 … fix-w76), on texts of our own (the fictional 柘川县).
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId, zhechuanCounty as county } from './helpers.js';

const lexicon = await loadLexicon();
const read = async (text: string, file = 'zhechuan.txt'): Promise<string[]> => (await readFileQuoted(lexicon, text, file)).facts;

/** The facts of `body` as the achievements of a whole annual report titled `title` (a short text reads as another kind). */
const readAnnual = async (title: string, body: string): Promise<string[]> =>
  read(
    `${title}\n\n一、2024年法治政府建设主要举措和成效\n${body}\n\n二、存在的不足\n法治宣传的针对性还不强。\n\n三、下一步工作安排\n继续加强矛盾纠纷化解工作。\n`,
  );

describe('a share of a score or weight inside an assessment', () => {
  it('reads no weight of 法治 from an item weighed inside a 法治 assessment, whatever stands inside its name', async () => {
    const facts = await read(
      county(
        [
          '各乡镇整改落实情况纳入2024年度全县法治政府建设考核，占乡镇考核分值的10%。',
          '普法责任制落实情况占年度依法行政考核分值的12%。',
          '行政复议纠错率在全县法治建设考核中的权重为4%。',
        ].join('\n'),
      ),
    );
    expect(statusesWithId(facts, 'rule_of_law_performance_weight')).toEqual([]);
  });

  it('still reads the weight of 法治 itself in an overall assessment, also when it names the 法治 assessment first', async () => {
    const facts = await read(county('法治建设考核在全县乡镇综合考核中的分值占比为7%。'));
    expect(statusesWithId(facts, 'rule_of_law_performance_weight')).toEqual(['rule_of_law_performance_weight=7:achieved']);
  });

  it('reads no rate of what an item measures from its weight in the assessment, and the rate stated beside it', async () => {
    const facts = await read(
      county(['行政机关负责人出庭应诉占年度考核总分的5%，全年负责人出庭应诉率达到96%。', '领导干部述法工作在年度考核中的权重为6%。'].join('\n')),
    );
    expect(statusesWithId(facts, 'head_appearance_rate')).toEqual(['head_appearance_rate=96:achieved']);
    expect(statusesWithId(facts, 'shufa_coverage')).toEqual([]);
  });
});

describe('the rate at which a body’s acts were corrected, whoever corrected them', () => {
  it('reads no correction rate of the 复议机关 from a rate of being corrected, with a corrector of any length named between', async () => {
    const facts = await read(
      county(
        [
          '全县行政处罚决定被上级复议机关纠错率为2.3%。',
          '县自然资源局作出的决定被市政府行政复议纠错率为1.4%。',
          '县直部门被复议纠错率为3%，全年行政复议综合纠错率为11.8%。',
        ].join('\n'),
      ),
    );
    expect(statusesWithId(facts, 'reconsideration_correction_rate')).toEqual(['reconsideration_correction_rate=11.8:achieved']);
  });

  it('still reads the rate of the cases whose respondent the body was (被申请人 names no corrector)', async () => {
    const facts = await read(county('以县政府为被申请人的行政复议案件综合纠错率为9.5%。'));
    expect(statusesWithId(facts, 'reconsideration_correction_rate')).toEqual(['reconsideration_correction_rate=9.5:achieved']);
  });
});

describe('a unit under the body presented by one of its organs', () => {
  it('tells the unit’s figures when a village’s, community’s or town’s organ opens the sentence in a county’s report', async () => {
    const facts = await readAnnual(
      '柘川县人民政府关于2024年法治政府建设情况的报告',
      [
        '全县聘请法律顾问30名。',
        '青石村村委会聘请法律顾问2名。',
        '东堤社区居委会全年调解矛盾纠纷31件。',
        '石门村网格员上门化解矛盾纠纷27件。',
        '白沙镇便民服务中心受理政府信息公开申请12件。',
        '白沙镇综治中心调处矛盾纠纷120件，全县调解矛盾纠纷2300件。',
      ].join(''),
    );
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=30:achieved']);
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=2300:achieved']);
    expect(statusesWithId(facts, 'disclosure_requests')).toEqual([]);
  });

  it('reads the body’s own figures when its own organ opens the sentence', async () => {
    const facts = await readAnnual('柘川县白沙镇人民政府关于2024年法治政府建设情况的报告', '镇便民服务中心全年受理政府信息公开申请9件。');
    expect(statusesWithId(facts, 'disclosure_requests')).toEqual(['disclosure_requests=9:achieved']);
  });
});

describe('a verb of the fact inside a modifier that picks what is counted (对…的)', () => {
  it('reads no clean-up count from a register or a list of documents already repealed or cleaned', async () => {
    const facts = await read(
      county(
        [
          '对已经失效的行政规范性文件造册登记，共登记36件。',
          '对已清理的规范性文件集中公布，共公布28件。',
          '对已废止的县政府规范性文件逐件登记，共登记19件。',
        ].join('\n'),
      ),
    );
    expect(statusesWithId(facts, 'normative_docs_cleaned')).toEqual([]);
  });

  it('still reads the clean-up done as the clause’s own act, and after a standard followed (对照…)', async () => {
    const facts = await read(
      county(['对需要清理的规范性文件全部进行清理，共清理35件。', '对照新修订的上位法集中清理后废止不合时宜的规范性文件4件。'].join('\n')),
    );
    expect(statusesWithId(facts, 'normative_docs_cleaned')).toEqual(['normative_docs_cleaned=35:achieved', 'normative_docs_cleaned=4:achieved']);
  });

  it('still reads no reconsideration count from cases picked by being corrected, whose act stays an exclusion', async () => {
    const facts = await read(county('对被复议纠错的41件执法案件逐案分析，全年办理行政复议案件90件。'));
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=90:achieved']);
  });
});

describe('no suit lost, said of the suits of one kind', () => {
  it('reads no zero lost from the suits of one party, matter or cause, however the zero is said', async () => {
    const facts = await read(
      county(['县政府涉农行政应诉案件均胜诉，无一败诉。', '全年涉企行政诉讼案件均未败诉。', '因征地补偿引发的行政诉讼案件中，县政府零败诉。'].join('\n')),
    );
    expect(statusesWithId(facts, 'litigation_lost_cases')).toEqual([]);
  });

  it('still reads it of the year’s suits said in a part of their own', async () => {
    const facts = await read(county('涉企行政诉讼案件12件；全年行政诉讼案件无一败诉。'));
    expect(statusesWithId(facts, 'litigation_lost_cases')).toEqual(['litigation_lost_cases=0:achieved']);
  });

  it('still reads it of the suits that involve the body itself (涉及县政府的…)', async () => {
    const facts = await read(county('全年涉及县政府的行政诉讼案件5件，县长出庭应诉2件，无败诉案件。'));
    expect(statusesWithId(facts, 'litigation_lost_cases')).toEqual(['litigation_lost_cases=0:achieved']);
  });
});

describe('the year itself named inside a clause of a span’s sentence', () => {
  const title = '柘川县人民政府关于2025年法治政府建设情况的报告';

  it('turns the sentence back to the year from that clause on', async () => {
    const facts = await readAnnual(title, '五年累计审查政府合同820份，出具合法性审查意见1960件，县政府在2025年审查政府合同170份。');
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=170:achieved']);
    expect(statusesWithId(facts, 'legality_review_opinions')).toEqual([]);
  });

  it('but not as the end of a span of years', async () => {
    const facts = await readAnnual(title, '五年共调解矛盾纠纷1.1万件，2021年至2025年累计培训执法人员6000人次。');
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual([]);
    expect(statusesWithId(facts, 'enforcement_training_participants')).toEqual([]);
  });
});

describe('units picked as a sample, in an annual report', () => {
  it('tells the sample’s sum, not the body’s, and the body’s own figures after it', async () => {
    const facts = await readAnnual(
      '柘川市人民政府关于2024年法治政府建设情况的报告',
      '市司法局抽查的三个区共办理行政复议案件412件，纠错率为13.2%，全市行政复议纠错率为9.1%。随机抽取的5个县(区)共聘请法律顾问46名。全市聘请法律顾问320名。',
    );
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual([]);
    expect(statusesWithId(facts, 'reconsideration_correction_rate')).toEqual(['reconsideration_correction_rate=9.1:achieved']);
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=320:achieved']);
  });

  it('still reads a count of all its units as the body’s (no sample named)', async () => {
    const facts = await readAnnual('柘川县人民政府关于2024年法治政府建设情况的报告', '全县17个乡镇均聘请了法律顾问，共聘请法律顾问34名。');
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=34:achieved']);
  });
});
