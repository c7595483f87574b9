/**
 * The general rules added after the blind measurement of test/fixtures/heldout65 (whose figure it is: the
 * whole place, its own level, a named county, the counties' average), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, readQuoted, sectionStatuses, statusesOf, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const levelOf = async (text: string): Promise<string> => {
  const { doc } = await readFileQuoted(lexicon, text, 'office.txt');
  return `${doc.level} ${String(doc.place)}`;
};

describe('an office of a place’s party committee that writes the report', () => {
  const body = '2024年,县委依法治县办统筹推进法治政府建设,督促各部门做好行政复议、应诉和普法工作。\n';

  it('reports as a department, its issuing lines above the title', async () => {
    const level = await levelOf(`中共桐川县委全面依法治县委员会办公室\n桐川县司法局\n关于2024年度法治政府建设工作情况的报告\n${body}`);
    expect(level).toBe('department 桐川县委全面依法治县委员会办公室');
  });

  it('so does its short name in a title', async () => {
    expect(await levelOf(`桐川县委依法治县办2024年工作总结\n${body}`)).toBe('department 桐川县委依法治县办');
  });

  it('but a title on the whole place is the place’s, as a 司法局’s is', async () => {
    expect(await levelOf(`中共桐川县委全面依法治县委员会办公室关于2024年度全县法治政府建设情况的报告\n${body}`)).toBe('county 桐川县');
  });

  it('and its notice speaks for the place, as a government office’s does', async () => {
    const notice = `中共桐川县委全面依法治县委员会办公室关于2024年度乡镇法治政府建设考核情况的通报\n各乡镇党委、人民政府:\n${body}`;
    expect(await levelOf(notice)).toBe('county 桐川县');
    const issued = `中共桐川县委全面依法治县委员会办公室文件\n关于印发《桐川县2025年法治政府建设工作要点》的通知\n${body}中共桐川县委全面依法治县委员会办公室\n2025年2月10日\n`;
    expect(await levelOf(issued)).toBe('county 桐川县');
  });

  it('and the committee itself is the place', async () => {
    expect(await levelOf(`中共桐川县委关于2024年法治建设工作情况的报告\n${body}`)).toBe('county 桐川县');
  });
});

const read = (body: string, title = '石桥市2024年法治政府建设工作报告'): Promise<string[]> => sectionStatuses(lexicon, title, body);

describe('a unit the city report presents by name', () => {
  const body = '梧冈县作为全省复议示范县,全年受理行政复议案件173件,纠错率9.1%;柳滨区执法人员人均培训66学时。全市受理行政复议案件1,420件。';

  it('tells that unit’s figures, up to a clause of the body’s own', async () => {
    const facts = await read(body);
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=1420:achieved']);
    expect(statusesWithId(facts, 'reconsideration_correction_rate')).toEqual([]);
    expect(statusesWithId(facts, 'enforcement_training_hours')).toEqual([]);
  });

  it('but a verb before the city’s own organ names no unit', async () => {
    expect(await read('全市坚持依法行政,做好行政复议、应诉和普法工作。承办市人大代表建议86件,办复率100%。')).toEqual(
      expect.arrayContaining(['proposals_handled=86:achieved', 'proposals_completion_rate=100:achieved']),
    );
  });
});

describe('the units together, averaged', () => {
  it('tell what one unit has, not the city’s total', async () => {
    const facts = await read('各县(市、区)平均配备法制审核人员6名,全市共有法制审核人员118名。');
    expect(statusesWithId(facts, 'legal_review_staff')).toEqual(['legal_review_staff=118:achieved']);
  });

  it('nor the city’s rate after a ranking of them', async () => {
    const facts = await read('全市行政机关负责人出庭应诉率97.2%。各县(市、区)中,梧冈县出庭率最高,各县(市、区)平均出庭率为95.8%。');
    expect(statusesWithId(facts, 'head_appearance_rate')).toEqual(['head_appearance_rate=97.2:achieved']);
  });
});

describe('a hotline’s completion rate after the proposals', () => {
  it('is the hotline’s, not the proposals’', async () => {
    const facts = await read('承办人大代表建议45件、政协提案32件。全年受理12345热线群众诉求8.6万件,按时办结率98.9%。');
    expect(statusesWithId(facts, 'proposals_completion_rate')).toEqual([]);
  });
});

describe('the laws an executive meeting studied, named without 《》', () => {
  it('hold no subject of their own (合同 of 民法典合同编)', async () => {
    const facts = await read('市政府常务会议坚持会前学法,全年专题学习民法典合同编13次。');
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=13:achieved']);
  });

  it('and a list of them closed by 等内容 counts the study, no other thing', async () => {
    const facts = await read('市政府常务会议坚持会前学法,全年学习宪法、行政处罚法修订内容等内容10次。');
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=10:achieved']);
  });
});

describe('the report of an earlier year named at a clause’s start', () => {
  it('names the document published in the year, no earlier period', () => {
    const { facts } = readQuoted(
      lexicon,
      '石桥市2024年法治政府建设工作报告\n一、主要工作\n全市学法考试合格率98.7%,2023年度法治政府建设情况报告按时在市政府门户网站公开。\n',
    );
    expect(statusesOf(facts)).toContain('annual_report_published=true:achieved');
  });

  it('while an earlier year’s count stays that year’s', async () => {
    const facts = await read('全市受理行政复议申请640件,2023年度全市受理行政复议申请590件。');
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=640:achieved']);
  });
});

describe('an item’s number before the body’s own level', () => {
  it('names no place (三是市本级…)', async () => {
    const facts = await read('全市坚持依法行政。\n二、2025年工作安排\n一是会前学法不少于12次;三是市本级执法记录仪增加到900台。');
    expect(facts).toContain('body_cameras=900:plan');
  });
});
