/**
 * Leftovers of session 35 (p35, fix-w77 … fix-w80), on texts of our own (the fictional 柘川县).
 */
import { describe, expect, it } from 'vitest';
import { extractPresence, loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId, zhechuanCounty as county } from './helpers.js';

const lexicon = await loadLexicon();
const read = async (text: string, file = 'zhechuan.txt'): Promise<string[]> => (await readFileQuoted(lexicon, text, file)).facts;

describe('a unit’s head telling its figures in running text', () => {
  it('reads the unit’s figures, over the sentences of its paragraph, as none of the county’s', async () => {
    const facts = await read(
      county(
        [
          '全县调解矛盾纠纷2300件。',
          '在年终述法会上，白沙镇镇长在述法中介绍，该镇全年调解矛盾纠纷88件。镇政府聘请法律顾问3名，常务会议会前学法6次。',
          '县水利局局长述法时说，本局全年办理行政应诉案件5件，负责人出庭应诉5件。',
          '县政府常务会议会前学法12次，聘请法律顾问30名。',
        ].join('\n'),
      ),
    );
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=30:achieved']);
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=12:achieved']);
    expect(statusesWithId(facts, 'litigation_cases')).toEqual([]);
    expect(statusesWithId(facts, 'head_appearance_cases')).toEqual([]);
  });

  it('gives the body its figures again once it opens a clause, in the same sentence or the next', async () => {
    const facts = await read(
      county(
        [
          '石门乡乡长在述职述法中谈到，该乡全年调解矛盾纠纷64件，全县聘请法律顾问30名。',
          '县林业局局长汇报，本局受理行政复议申请4件。全年县政府办理行政应诉案件41件。',
        ].join('\n'),
      ),
    );
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=30:achieved']);
    expect(statusesWithId(facts, 'litigation_cases')).toEqual(['litigation_cases=41:achieved']);
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual([]);
  });

  it('keeps the figures the body’s own head tells, and a unit’s head doing something other than telling', async () => {
    const facts = await read(county(['县长在述法中介绍，全县聘请法律顾问30名。', '白沙镇镇长带队旁听庭审，全县组织旁听庭审的干部共160人。'].join('\n')));
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=30:achieved']);
    expect(statusesWithId(facts, 'court_hearing_observers')).toEqual(['court_hearing_observers=160:achieved']);
  });
});

describe('a bureau’s paper on its own stations across its place', () => {
  const round = (title: string): string =>
    [
      title,
      '',
      '市司法局：',
      '2024年，全县司法所在县司法局指导下，围绕乡镇中心工作开展人民调解和合法性审核，现将有关情况报告如下。',
      '一、主要工作',
      '全县司法所全年调解矛盾纠纷1800件，为乡镇政府出具合法性审核意见420件。',
      '二、存在的问题',
      '部分司法所人员偏少。',
      '',
    ].join('\n');

  it('is the bureau’s, unsigned, whether it names the stations’ work or their building up, and tells their totals', async () => {
    for (const title of ['柘川县司法局关于2024年度全县司法所工作情况的报告', '柘川县司法局关于2024年全县基层司法所建设情况的报告']) {
      const { doc, facts } = await readFileQuoted(lexicon, round(title), 'zhechuan_sifasuo.txt');
      expect([doc.kind, doc.level, doc.place]).toEqual(['other', 'department', '柘川县司法局']);
      expect(facts).toEqual(['disputes_mediated=1800:achieved', 'legality_review_opinions=420:achieved']);
    }
  });

  it('still speaks for the county when its title names the county’s work as a whole', async () => {
    const { doc } = await readFileQuoted(lexicon, round('柘川县司法局关于2024年度全县法治政府建设情况的报告'), 'zhechuan_fazhi.txt');
    expect([doc.level, doc.place]).toEqual(['county', '柘川县']);
  });
});

describe('a place word after 在 is a scope, no unit’s name', () => {
  it('reads the weight of 法治 in the assessment of the counties in a city’s paper about them', async () => {
    const facts = await read(
      [
        '柘川市2024年度县级法治政府建设情况报告汇编',
        '',
        '前言',
        '各县人民政府每年报告上一年度法治政府建设情况。法治建设在县综合考核中的权重为7%。法治建设在市对县综合考核中的权重由上年的4%提高到5%。',
        '',
      ].join('\n'),
      'zhechuan_huibian.txt',
    );
    expect(statusesWithId(facts, 'rule_of_law_performance_weight')).toEqual([
      'rule_of_law_performance_weight=7:achieved',
      'rule_of_law_performance_weight=5:achieved',
    ]);
  });
});

describe('courses for people who hold no office', () => {
  it('mentions no lecture for officials when the course is for a temple’s committee or the clergy', async () => {
    const { doc } = await readFileQuoted(
      lexicon,
      county(['分片区举办清真寺民管会成员法治培训班6期。', '为全县宗教界人士举办法治讲座2场，为县直机关干部举办法治专题讲座3期。'].join('\n')),
      'zhechuan.txt',
    );
    const mentioned = extractPresence(doc, lexicon).filter((f) => f.id === 'law_lectures_mentioned');
    expect(mentioned.map((f) => f.evidence.text)).toEqual(['为县直机关干部举办法治专题讲座3期']);
  });

  it('reads no enforcement training from a course for village or community cadres under an enforcement heading', async () => {
    const facts = await read(
      county(
        [
          '（一）加强行政执法培训',
          '组织各乡镇村（社区）干部开展法律知识培训320人次，组织村两委成员参加法治培训150人次。',
          '全年轮训行政执法人员860人次。',
        ].join('\n'),
      ),
    );
    expect(statusesWithId(facts, 'enforcement_training_participants')).toEqual(['enforcement_training_participants=860:achieved']);
  });
});

describe('units an inspection visited', () => {
  it('reads their sums as the sample’s, none of the county’s, and the county’s own totals beside them', async () => {
    const facts = await read(
      county(
        [
          '全县聘请法律顾问30名。',
          '县委依法治县办督察的5个乡镇共聘请法律顾问11名，检查的8个乡镇共调解矛盾纠纷460件。',
          '全县调解矛盾纠纷2300件，17个乡镇均聘请了法律顾问。',
        ].join('\n'),
      ),
    );
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=30:achieved']);
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=2300:achieved']);
    expect(statusesWithId(facts, 'legal_adviser_coverage_rate')).toEqual(['legal_adviser_coverage_rate=100:achieved']);
  });
});
