/**
 * Leftovers of session 28 (p28, fix-w48, fix-w50), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { loadLexicon } from '../../src/facts/index.js';
import { sourceOf } from '../document/helpers.js';
import { readFileQuoted } from './helpers.js';

const lexicon = await loadLexicon();
const read = async (text: string, file: string): Promise<string[]> => (await readFileQuoted(lexicon, text, file)).facts;

describe('another place named as the subject of a clause, beyond 全X/本级 at its very start', () => {
  const zone = (lines: string) => `沅汀经济技术开发区管理委员会2024年度法治政府建设工作报告
2024年，管委会在市委、市政府领导下推进依法行政。
${lines}
管委会受理行政复议申请9件，组织执法人员培训3期，参训执法人员96人次。
`;

  it('leaves the host district acting by its name alone (苇塘区组织…, 苇塘区共受理…) to it', async () => {
    const facts = await read(zone('苇塘区组织执法人员培训11期，参训执法人员1240人次。\n苇塘区共受理行政复议申请418件。'), 'yuanting.txt');
    expect(facts).toEqual(expect.arrayContaining(['reconsideration_cases=9:achieved', 'enforcement_training_participants=96:achieved']));
    expect(facts.filter((f) => /=(1240|418):/.test(f))).toEqual([]);
  });

  it('reads the host after a date or 据统计 in the same clause, and as 苇塘区的…', async () => {
    const facts = await read(
      zone('截至2024年底苇塘区全区现有行政执法主体44个。\n据统计苇塘区本级受理行政复议申请418件。\n苇塘区的行政应诉案件63件。'),
      'yuanting.txt',
    );
    expect(facts).toContain('reconsideration_cases=9:achieved');
    expect(facts.filter((f) => /=(44|418|63):/.test(f))).toEqual([]);
  });

  it('keeps the zone acting under a short name of its own (沅汀经开区组织…)', async () => {
    const facts = await read(zone('沅汀经开区组织执法人员培训5期，参训执法人员210人次。'), 'yuanting.txt');
    expect(facts).toContain('enforcement_training_participants=210:achieved');
  });

  it('keeps a county acting under its own name, and leaves a named city acting to it', async () => {
    const report = `柘川县人民政府2024年法治政府建设情况报告
2024年，县政府在市委、市政府领导下依法履职。
柘川县受理行政复议申请51件。
峦州市受理行政复议申请1350件。
`;
    const facts = await read(report, 'zhechuan.txt');
    expect(facts).toContain('reconsideration_cases=51:achieved');
    expect(facts).not.toContain('reconsideration_cases=1350:achieved');
  });

  it('leaves an autonomous prefecture with a long name (its peoples before 自治州) its figures', async () => {
    const report = `澜坪市人民政府2024年法治政府建设情况报告
2024年，澜坪市政府在州委、州政府领导下依法履职。
云岫苗族布依族自治州全年组织领导干部旁听庭审2600余人次。
云岫苗族布依族自治州本级行政复议申请1420件。
全年组织领导干部旁听庭审330人次，受理行政复议申请77件。
`;
    const facts = await read(report, 'lanping.txt');
    expect(facts).toEqual(expect.arrayContaining(['court_hearing_observers=330:achieved', 'reconsideration_cases=77:achieved']));
    expect(facts.filter((f) => /=(2600|1420):/.test(f))).toEqual([]);
  });

  it('takes no title the body holds for a place (试点县开展…)', async () => {
    const report = `柘川县人民政府2024年法治政府建设情况报告
试点县开展行政执法培训6期，参训执法人员420人次。
`;
    expect(await read(report, 'zhechuan.txt')).toContain('enforcement_training_participants=420:achieved');
  });
});

describe('the study a government keeps up before its meetings, named without 常务会议 or 制度', () => {
  const district = `苇塘区人民政府2025年法治政府建设情况报告
一、主要工作
区政府坚持会前学法，全年学法10次。
二、2026年工作计划
2026年，区政府将坚持会前学法，全年学法不少于12次。
`;

  it('reads the count done and the count planned as the same fact', async () => {
    const facts = await read(district, 'weitang.txt');
    expect(facts.filter((f) => f.startsWith('exec_meeting_law_study'))).toEqual(['exec_meeting_law_study=10:achieved', 'exec_meeting_law_study=12:plan']);
  });

  it('leaves a party committee’s or the departments’ study before their meetings to them', async () => {
    const facts = await read(`${district}区委常委会坚持会前学法，全年学法8次。各部门落实会前学法，全年学法260余次。\n`, 'weitang.txt');
    expect(facts.filter((f) => /=(8|260):/.test(f))).toEqual([]);
  });
});

describe('a target named inside the share done of it', () => {
  it('reads the target as a plan of what the clause before counted, and the share as no fact', async () => {
    const report = `苇塘区司法局2025年法治政府建设工作情况报告
一、主要工作
1—10月，全区人民调解组织共调解矛盾纠纷6230件，完成全年8000件目标任务的77.9%，调解成功率98.1%。
全年培训行政执法人员1460人次，完成年度1500人次培训任务的97.3%。
`;
    const facts = await read(report, 'weitang-sfj.txt');
    expect(facts).toEqual(
      expect.arrayContaining([
        'disputes_mediated=6230:achieved',
        'disputes_mediated=8000:plan',
        'enforcement_training_participants=1460:achieved',
        'enforcement_training_participants=1500:plan',
      ]),
    );
    expect(facts.filter((f) => /=(8000:achieved|1500:achieved|77\.9|97\.3)/.test(f))).toEqual([]);
  });

  it('reads no figure that is itself the share done (完成年度目标的105%)', async () => {
    const report = `苇塘区司法局2025年法治政府建设工作情况报告
一、主要工作
全年调解矛盾纠纷6230件，完成年度目标的105%。
`;
    const facts = await read(report, 'weitang-sfj.txt');
    expect(facts.filter((f) => f.startsWith('disputes_mediated'))).toEqual(['disputes_mediated=6230:achieved']);
  });
});

describe('an event a superior held that the body’s people attended', () => {
  it('is no lecture the body held, while its own and a court’s hearing its people watched still count', async () => {
    const report = `苇塘区人民政府2025年法治政府建设情况报告
一、主要工作
区政府举办领导干部法治专题讲座5期。
组织区政府领导参加市政府举办的区县领导干部法治专题研讨班1期。
区政府领导班子成员参加由省委党校组织的依法行政专题培训班2期。
组织130名干部参加市中级法院组织的行政案件庭审旁听。
`;
    const facts = await read(report, 'weitang.txt');
    expect(facts.filter((f) => f.startsWith('law_lectures'))).toEqual(['law_lectures=5:achieved']);
    expect(facts).toContain('court_hearing_observers=130:achieved');
  });

  it('counts an event the body’s own place held: the city’s party school is the city’s', async () => {
    const report = `峦州市人民政府2025年法治政府建设情况报告
一、主要工作
组织市政府领导参加市委党校举办的法治专题研讨班2期。
`;
    expect(await read(report, 'luanzhou.txt')).toContain('law_lectures=2:achieved');
  });
});

describe('numbered notes under the signature with no 注 before them', () => {
  const report = (tail: string) => `苇塘区人民政府2025年法治政府建设情况报告
一、主要工作
全年受理行政复议申请42件。
二、2026年工作计划
全年组织领导干部旁听庭审不少于300人次。
${tail}`;
  const sectionsOf = (text: string) => {
    const doc = buildDocument(sourceOf(text));
    return doc.sentences.map((s) => `${s.section === null ? '-' : doc.sections[s.section]!.heading.slice(0, 2)} ${s.text.slice(0, 6)}`);
  };
  const notes = `1.表中数据截至2025年12月31日，行政复议数据由区司法局统计。
2.部分数据为初步统计，以统计部门最终公布为准，全年共受理行政复议申请45件。
`;

  it('stand after the closing, in no section, as notes marked 注: do', async () => {
    const text = report(`\n苇塘区人民政府\n2026年1月20日\n${notes}`);
    expect(sectionsOf(text).slice(-4)).toEqual(['- 苇塘区人民政', '- 2026年1', '- 1.表中数据', '- 2.部分数据']);
    // a figure in a note is no plan of the section before the signature
    expect(await read(text, 'weitang.txt')).not.toContain('reconsideration_cases=45:plan');
  });

  it('stay the body’s items when no signature or date stands before them, or their words are no note’s', () => {
    expect(sectionsOf(report(notes)).slice(-2)).toEqual(['1. 1.表中数据', '2. 2.部分数据']);
    const items = `1.加强行政执法监督，全年评查行政执法案卷120卷。\n`;
    expect(sectionsOf(report(`\n苇塘区人民政府\n2026年1月20日\n${items}`)).at(-1)).toBe('1. 1.加强行政');
  });
});

describe('a bare closure count in a sentence of commas, after the suits are named', () => {
  const report = (sentence: string) => `苇塘区人民政府2025年法治政府建设情况报告
一、主要工作
（三）行政复议和应诉
${sentence}
`;

  it('closes the suits named last, not the reconsideration cases named first', async () => {
    const facts = await read(report('全年办理行政复议案件32件，区政府作为被告的行政诉讼案件18件，审结15件。'), 'weitang.txt');
    expect(facts).toEqual(expect.arrayContaining(['reconsideration_cases=32:achieved', 'litigation_cases=18:achieved']));
    expect(facts.filter((f) => f.startsWith('reconsideration_closed'))).toEqual([]);
  });

  it('still closes the reconsideration cases when they are named last before it', async () => {
    const facts = await read(report('全年办理行政复议案件32件，审结30件，区政府作为被告的行政诉讼案件18件。'), 'weitang.txt');
    expect(facts).toContain('reconsideration_closed=30:achieved');
  });
});

describe('a unit of a sample named with its organ', () => {
  it('reads a town’s meeting after 抽查的N个乡镇中 as the town’s, and the county’s own as the county’s', async () => {
    const report = `柘川县人民政府2025年法治政府建设情况报告
一、主要工作
县政府常务会议会前学法12次。
抽查的4个乡镇中，白沙镇政府常务会议会前学法3次，县政府常务会议专题学法2次。
`;
    const facts = (await read(report, 'zhechuan.txt')).filter((f) => f.startsWith('exec_meeting_law_study'));
    expect(facts).toContain('exec_meeting_law_study=12:achieved');
    expect(facts).not.toContain('exec_meeting_law_study=3:achieved');
  });
});

describe('applications that failed the conditions, told beside the year’s count', () => {
  it('leave the count standing when they are its part in brackets after it, or a clause of their own', async () => {
    const report = `苇塘区人民政府2025年法治政府建设情况报告
一、主要工作
全年受理行政复议申请53件（含不符合条件经补正后受理的4件），审结49件。
`;
    expect(await read(report, 'weitang.txt')).toEqual(expect.arrayContaining(['reconsideration_cases=53:achieved', 'reconsideration_closed=49:achieved']));
    const apart = `苇塘区人民政府2025年法治政府建设情况报告
一、主要工作
全年受理行政复议申请53件，另有6件申请因不符合法定受理条件未予受理。
`;
    const facts = await read(apart, 'weitang.txt');
    expect(facts).toContain('reconsideration_cases=53:achieved');
    expect(facts).not.toContain('reconsideration_cases=6:achieved');
  });
});
