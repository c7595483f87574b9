/**
 * Leftovers of sessions 35–36 (p37), on texts of our own (the fictional 柘湾城区, 柘北新区 and 柘川县).
 */
import { describe, expect, it } from 'vitest';
import { extractPresence, loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId, zhechuanCounty as county, zhewanDistrict } from './helpers.js';

const lexicon = await loadLexicon();

const read = async (text: string): Promise<string[]> => (await readFileQuoted(lexicon, text, 'zhewan.txt')).facts;

describe('a district named 某城区 or 某新区 among its peers', () => {
  it('reads a peer of its kind opening a clause after the city’s as the city’s run going on, its own name as itself', async () => {
    const facts = await read(
      zhewanDistrict(['全市行政机关负责人出庭应诉率为96%，西城区出庭应诉率为88%。', '全市行政复议案件三千余件，柘湾城区受理行政复议案件120件。'], '柘湾城区'),
    );
    expect(statusesWithId(facts, 'head_appearance_rate')).toEqual([]);
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=120:achieved']);
  });

  it('tells a new area’s peers from itself, and keeps the bare area word (园区) as the body', async () => {
    const facts = await read(
      zhewanDistrict(
        [
          '全市聘请法律顾问420名，滨江新区聘请法律顾问36名。',
          '全市调解矛盾纠纷8000件，园区调解矛盾纠纷310件。',
          '全市受理行政复议申请900件，柘北新区受理行政复议申请45件。',
        ],
        '柘北新区',
      ),
    );
    expect(statusesWithId(facts, 'legal_advisers')).toEqual([]);
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=310:achieved']);
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=45:achieved']);
  });
});

/** A street's report of 2024 under `superior` (the district it names where it names its leadership), its achievements `lines`. */
const street = (superior: string, lines: readonly string[]): string =>
  [
    '柘溪街道办事处2024年法治政府建设情况报告',
    `2024年，街道在${superior}委、区政府领导下推进依法行政，法治政府建设取得新进展。`,
    '一、主要成效',
    ...lines,
    '二、存在的不足',
    '个别社区法制审核力量仍较薄弱。',
    '',
  ].join('\n');

describe('a longer stem before 山区 or 城区 in a street’s report', () => {
  const lines = ['柘景山区全年调解矛盾纠纷900件。街道调解矛盾纠纷86件。'];

  it('is the district where the document writes it as a place elsewhere (its 区委)', async () => {
    const facts = await read(street('柘景山区', lines));
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=86:achieved']);
  });

  it('is the district where the street signs under it', async () => {
    const facts = await read(`${street('区', lines)}柘景山区柘溪街道办事处\n2025年1月20日\n`);
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=86:achieved']);
  });

  it('stays a word where the document never names such a place (偏远山区, or a stem written nowhere else)', async () => {
    const facts = await read(street('区', [...lines, '偏远山区全年调解矛盾纠纷30件。']));
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual([
      'disputes_mediated=900:achieved',
      'disputes_mediated=86:achieved',
      'disputes_mediated=30:achieved',
    ]);
  });
});

describe('the trainees a course names', () => {
  it('are those of a bare count after it (培训150人), in the clause before that counts nothing itself', async () => {
    const facts = await read(
      county(
        ['（一）严格规范公正文明执法', '全年开展行政执法培训5期。为村两委成员举办法治培训班，培训150人。', '举办执法业务培训班，培训执法人员320人。'].join(
          '\n',
        ),
      ),
    );
    expect(statusesWithId(facts, 'enforcement_training_participants')).toEqual(['enforcement_training_participants=320:achieved']);
  });

  it('count no officers when officers and people of no enforcement post are counted together', async () => {
    const facts = await read(
      county(['组织执法人员和网格员共200人参加执法业务培训。', '组织网格员和执法人员共180人开展执法培训。', '组织执法人员260人参加执法培训。'].join('\n')),
    );
    expect(statusesWithId(facts, 'enforcement_training_participants')).toEqual(['enforcement_training_participants=260:achieved']);
  });
});

describe('lectures for the public, pupils and companies', () => {
  it('mention no lecture for officials, while the leaders’ own lecture still does', async () => {
    const { doc, facts } = await readFileQuoted(
      lexicon,
      county(
        [
          '组织法律顾问为群众举办法治讲座12场。',
          '开展法治进校园活动，为学生举办法治讲座20场。',
          '深入企业举办法治讲座8场。',
          '邀请专家为县直机关领导干部举办法治专题讲座3期。',
        ].join('\n'),
      ),
      'zhechuan.txt',
    );
    const mentioned = extractPresence(doc, lexicon).filter((f) => f.id === 'law_lectures_mentioned');
    expect(mentioned.map((f) => f.evidence.text)).toEqual(['邀请专家为县直机关领导干部举办法治专题讲座3期']);
    expect(statusesWithId(facts, 'law_lectures')).toEqual(['law_lectures=3:achieved']);
  });
});

describe('the departments an inspection visited', () => {
  it('are a sample: neither their count nor their sum is the body’s', async () => {
    const facts = await read(county(['县政府检查的12个部门共审核规范性文件36件。', '县司法局全年审核规范性文件42件。'].join('\n')));
    expect(statusesWithId(facts, 'normative_docs_reviewed')).toEqual(['normative_docs_reviewed=42:achieved']);
  });
});

describe('the units’ level as a topic, however it is put', () => {
  for (const lead of ['在镇街层面上，', '从镇街看，', '从乡镇一级来看，']) {
    it(`reads the clauses after ${lead} as the towns’`, async () => {
      const facts = await read(county([`县政府常务会议会前学法12次。${lead}白沙镇政府常务会议会前学法6次。`].join('\n')));
      expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=12:achieved']);
    });
  }
});

describe('该市 after a few words of time', () => {
  it('is a city under the province, whether or not the clause before names it', async () => {
    for (const pilot of ['选择柘川市开展行政复议规范化试点，', '开展行政复议规范化试点，']) {
      const facts = await read(
        [
          '柘南省人民政府2024年法治政府建设情况报告',
          '2024年，省政府在党中央、国务院领导下推进依法行政，各项工作取得新进展。',
          '一、主要成效',
          '全省受理行政复议申请2.1万件。',
          `${pilot}试点后该市受理行政复议申请3120件。`,
          '二、存在的不足',
          '个别市县法制审核力量仍较薄弱。',
          '',
        ].join('\n'),
      );
      expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=21000:achieved']);
    }
  });
});
