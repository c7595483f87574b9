/**
 * Leftovers of session 37 (p38), on texts of our own (the fictional 柘川县 and its 柘溪镇, 柘湾区 and its 柘北新区).
 */
import { describe, expect, it } from 'vitest';
import { extractPresence, loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId, zhechuanCounty as county, zhewanDistrict } from './helpers.js';

const lexicon = await loadLexicon();

const read = async (text: string): Promise<string[]> => (await readFileQuoted(lexicon, text, 'zhechuan.txt')).facts;

/** A town's report of 2024, its achievements `lines`. */
const town = (lines: readonly string[]): string =>
  [
    '柘溪镇人民政府2024年法治政府建设情况报告',
    '2024年，镇政府在县委、县政府领导下推进依法行政，各项工作取得新进展。',
    '一、主要成效',
    ...lines,
    '二、存在的不足',
    '个别村法制审核力量仍较薄弱。',
    '',
  ].join('\n');

describe('a term’s total after a subject ending in 会议', () => {
  it('is another period; only the year’s part is the year’s', async () => {
    const facts = await read(town(['镇政府常务会议本届共学法52次，其中今年12次。']));
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=12:achieved']);
  });

  it('reads no figure of the year from a meeting’s span of years alone', async () => {
    const facts = await read(town(['镇政府常务会议近三年共学法36次。']));
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual([]);
  });
});

describe('the year reported on in brackets after the year before', () => {
  it('is the fact; the earlier year’s figure is none', async () => {
    const facts = await read(county(['全县持证行政执法人员2023年为1,198名（2024年为1,240名）。', '县政府常务会议学法2023年12次（2024年14次）。'].join('\n')));
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=1240:achieved']);
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=14:achieved']);
  });

  it('still reads the year’s column first, the earlier one in brackets', async () => {
    const facts = await read(county('全县持证行政执法人员2024年为1,126名（2023年为1,087名）。'));
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=1126:achieved']);
  });
});

describe('a figure reached, then one to reach by a later date', () => {
  it('reads the first as achieved and the second as a plan', async () => {
    const facts = await read(county('全县公职律师现有52名，到2025年底达到60名。'));
    expect(statusesWithId(facts, 'public_lawyers')).toEqual(['public_lawyers=52:achieved', 'public_lawyers=60:plan']);
  });

  it('reads a figure reached by the end of the year reported on as achieved', async () => {
    const facts = await read(county('全县公职律师年初有52名，到2024年底达到60名。'));
    expect(statusesWithId(facts, 'public_lawyers')).toContain('public_lawyers=60:achieved');
  });
});

describe('applications received, then those accepted', () => {
  it('give the accepted count only (spec: 受理…申请)', async () => {
    const facts = await read(
      county(['全年收到行政复议申请164件，受理148件，审结141件。', '县政府收到行政复议申请52件，同比上升8%，依法受理47件。'].join('\n')),
    );
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=148:achieved', 'reconsideration_cases=47:achieved']);
  });

  it('give the received count where nothing accepted follows in the sentence, or only a part after 其中 or a “;”', async () => {
    const facts = await read(
      county(
        ['全年共收到行政复议申请60件。', '县政府收到行政复议申请96件，其中县司法局受理复议案件31件。', '全年收到行政复议申请88件；另受理转送案件5件。'].join(
          '\n',
        ),
      ),
    );
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(
      expect.arrayContaining(['reconsideration_cases=60:achieved', 'reconsideration_cases=96:achieved', 'reconsideration_cases=88:achieved']),
    );
  });
});

describe('a negation (无纳入…) in one clause', () => {
  const presence = async (line: string): Promise<string[]> => {
    const { doc } = await readFileQuoted(lexicon, town([line]), 'zhexi.txt');
    return extractPresence(doc, lexicon)
      .filter((f) => f.id === 'decision_risk_assessment')
      .map((f) => f.status);
  };

  it('denies nothing the next clause says was done', async () => {
    expect(await presence('本年度镇政府无纳入重大行政决策事项目录的事项，对3个涉及群众切身利益的事项开展了风险评估。')).toEqual(['achieved']);
  });

  it('still denies what its own clause names', async () => {
    expect(await presence('镇政府重大决策事项较少，尚未开展风险评估。')).toEqual(['gap']);
  });
});

describe('the officials attending a hearing, a rate’s subject among them', () => {
  it('are read although 负责人 (a subject of the appearance rate) stands before their count', async () => {
    const facts = await read(county('组织参加庭审旁听的县级领导和部门负责人共计132名。'));
    expect(statusesWithId(facts, 'court_hearing_observers')).toEqual(['court_hearing_observers=132:achieved']);
  });

  it('leave the rate’s own subject to open its rate', async () => {
    const facts = await read(county('全年行政机关负责人出庭应诉率达到95%。'));
    expect(statusesWithId(facts, 'head_appearance_rate')).toEqual(['head_appearance_rate=95:achieved']);
  });
});

describe('a bureau’s report on its own stations across the county', () => {
  it('is the bureau’s, with no year after 关于 and a place the gazetteer does not hold', async () => {
    const { doc } = await readFileQuoted(
      lexicon,
      [
        '柘川县公安局关于全县派出所执法规范化建设情况的报告',
        '2024年，县公安局在县委、县政府领导下推进执法规范化建设，各项工作取得新进展。',
        '一、主要成效',
        '全局持证执法人员326名，全县派出所调解矛盾纠纷1,280件。',
        '',
      ].join('\n'),
      'zhechuan.txt',
    );
    expect([doc.level, doc.place]).toEqual(['department', '柘川县公安局']);
  });
});

describe('a list after words that lead it all (纳入目录的…)', () => {
  it('gives the decisions their figure and an item of another kind (听证事项) none', async () => {
    const facts = await read(county('纳入目录的重大行政决策事项、听证事项分别为6项、2项。'));
    expect(statusesWithId(facts, 'major_decision_items')).toEqual(['major_decision_items=6:achieved']);
  });
});

describe('a course for village cadres, counted in 期, then its trainees', () => {
  it('counts no enforcement officers (村(社区)干部 with brackets), while an officers’ course in 期 still does', async () => {
    const facts = await read(
      county(['（一）严格规范公正文明执法', '为村（社区）干部举办执法培训班2期，培训180人。', '举办行政执法培训班3期，培训260人。'].join('\n')),
    );
    expect(statusesWithId(facts, 'enforcement_training_participants')).toEqual(['enforcement_training_participants=260:achieved']);
  });

  it('still reads two predicates of their own (审议议题12项，审查合同45件)', async () => {
    const facts = await read(county('县政府常务会议审议议题12项，审查合同45件。'));
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=45:achieved']);
  });
});

describe('a version number inside the noun counted', () => {
  it('is no count: the devices after it are', async () => {
    const facts = await read(county(['全县配备执法记录仪2.0版终端146台。', '全县执法记录仪升级为3.0版。'].join('\n')));
    expect(statusesWithId(facts, 'body_cameras')).toEqual(['body_cameras=146:achieved']);
  });
});

describe('a zone a district governs, named after 其中', () => {
  it('tells its own part of the district’s total, none of the district’s figures', async () => {
    const facts = await read(
      zhewanDistrict(['全区聘请法律顾问60名，其中，柘北新区聘请法律顾问5名。', '全区调解矛盾纠纷3200件，其中临港园区调解矛盾纠纷410件。']),
    );
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=60:achieved']);
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=3200:achieved']);
  });

  it('leaves the bare area word (园区) the body’s', async () => {
    const facts = await read(zhewanDistrict(['园区调解矛盾纠纷310件。']));
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=310:achieved']);
  });
});
