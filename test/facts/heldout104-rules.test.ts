/**
 * The general rules added after the blind measurement of test/fixtures/heldout104 (data notes, caveats and revised
 * figures: 截至…, corrections of last year's report, note marks, two 口径 of one figure), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { withoutCellNoteMark } from '../../src/ingest/footnote-marks.js';
import { quotedValuesOf, readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();
const values = (text: string, id: string) => quotedValuesOf(lexicon, text, id);
const county = (body: string) => `棠溆县人民政府关于2024年法治政府建设情况的报告\n一、主要成效\n${body}\n二、2025年工作安排\n继续做好法治政府建设各项工作。\n`;
const read = async (body: string, id: string, name = 'tangxu.txt') => statusesWithId((await readFileQuoted(lexicon, county(body), name)).facts, id);

describe('a table row whose label or figure carries a note mark binds as one without it', () => {
  const table = (rows: string) => `表1 主要指标\n指标 | 2024年 | 2023年\n${rows}\n注:①含上年结转的2件。②以法院立案数计。`;

  it('circled numbers, stars and 注N after the label', async () => {
    expect(await read(table('行政复议收案(件)① | 71 | 64'), 'reconsideration_cases')).toEqual(['reconsideration_cases=71:achieved']);
    expect(await read(table('行政应诉案件(件)* | 33 | 29'), 'litigation_cases')).toEqual(['litigation_cases=33:achieved']);
    expect(await read(table('执法记录仪(台)注2 | 305 | 280'), 'body_cameras')).toEqual(['body_cameras=305:achieved']);
  });

  it('after the figure, in a Markdown table', async () => {
    const md = '| 指标 | 2024年 |\n| --- | --- |\n| 持证执法人员(名) | 812② |\n| 法制审核人员(名) | 46* |';
    expect(await read(md, 'enforcement_officers', 'tangxu.md')).toEqual(['enforcement_officers=812:achieved']);
    expect(await read(md, 'legal_review_staff', 'tangxu.md')).toEqual(['legal_review_staff=46:achieved']);
  });

  it('but a cell that is a mark alone, or ends with a figure or bracket of its own, keeps it', () => {
    expect(withoutCellNoteMark('①')).toBe('①');
    expect(withoutCellNoteMark('第2')).toBe('第2');
    expect(withoutCellNoteMark('PM2.5')).toBe('PM2.5');
    expect(withoutCellNoteMark('2023注1')).toBe('2023注1');
    expect(withoutCellNoteMark('行政复议(2)')).toBe('行政复议(2)');
  });
});

describe('what a report of an earlier year stated, and its correction, are no figures of the year', () => {
  it('上年报告中…为X件,经核实应为Y件', () => {
    const text = '全县行政应诉案件52件。需要说明的是,上年报告中行政应诉案件数为47件,经核实应为45件,特此更正。';
    expect(values(text, 'litigation_cases')).toEqual([52]);
  });

  it('an earlier year’s report by its number, its figure and the correction after it', async () => {
    const body = '另需说明:2023年度报告所列行政复议案件27件系收到申请数,按受理数统计行政复议案件应为24件,现予更正。';
    expect(await read(body, 'reconsideration_cases')).toEqual([]);
  });

  it('up to a ";", after which the year’s own figure is read', async () => {
    const body = '上年度法治政府建设情况报告中公职律师数为38名,经核对应为36名;全县公职律师现有41名。';
    expect(await read(body, 'public_lawyers')).toEqual(['public_lawyers=41:achieved']);
  });

  it('but publishing last year’s report is the year’s act, and no opening', () => {
    expect(values('上年度法治政府建设情况报告已按时向社会公开,全县行政应诉案件52件。', 'annual_report_published')).toEqual([true]);
    expect(values('上年度法治政府建设情况报告已按时向社会公开,全县行政应诉案件52件。', 'litigation_cases')).toEqual([52]);
  });
});

describe('a count so far, then the whole year’s, in a report written in December', () => {
  it('the part dated 截至… before a larger whole of the same fact is no fact', async () => {
    const body = '截至11月30日,全县受理行政复议申请41件,12月另收申请5件,全年共受理行政复议申请46件。';
    expect(await read(body, 'reconsideration_cases')).toEqual(['reconsideration_cases=46:achieved']);
  });

  it('a count so far with no whole after it is the year’s stated figure', async () => {
    expect(await read('截至11月30日,全县受理行政复议申请41件,办结36件。', 'reconsideration_cases')).toEqual(['reconsideration_cases=41:achieved']);
  });

  it('an estimate of the whole is a plan, and leaves the count so far standing', async () => {
    const body = '截至11月底,全县受理行政复议申请41件,预计全年受理行政复议申请45件左右。';
    expect(await read(body, 'reconsideration_cases')).toEqual(['reconsideration_cases=41:achieved', 'reconsideration_cases=45:plan']);
  });
});

describe('the 一 of 同一, 某一 and 每一 is no count', () => {
  it('同一人多次旁听 counts no observer', () => {
    expect(values('组织干部旁听庭审320人次,同一人多次旁听的重复计算。', 'court_hearing_observers')).toEqual([320]);
  });

  it('每一名 counts no officer', () => {
    expect(values('每一名执法人员均签订执法承诺书。', 'enforcement_officers')).toEqual([]);
  });

  it('but 一 standing alone as a count is read', () => {
    expect(values('全镇行政应诉案件一件,镇长出庭应诉。', 'litigation_cases')).toEqual([1]);
  });
});

describe('one event counted per time, then per head in a bracket after it', () => {
  it('旁听庭审N人次(涉及领导干部M人): the people are the observers', () => {
    const text = '组织领导干部旁听庭审860人次(涉及领导干部395人,同一人多次旁听的按人次重复统计)。';
    expect(values(text, 'court_hearing_observers')).toEqual([860, 395]);
  });

  it('but a bracket that counts others (案件当事人) after it is not the same event', () => {
    expect(values('组织领导干部旁听庭审860人次(涉及案件当事人45人)。', 'court_hearing_observers')).toEqual([860]);
  });
});

describe('what the things counted went through before their total (…后总数达到N)', () => {
  it('binds the total to the subject before 后', () => {
    expect(values('新配执法记录仪后总数达到214台。', 'body_cameras')).toEqual([214]);
  });

  it('but 后 before another act binds nothing to the subject before it', () => {
    expect(values('新配执法记录仪后开展培训214人次。', 'body_cameras')).toEqual([]);
  });
});

describe('a figure still to be reached with 将 between the subject and its verb is a plan', () => {
  it('inside the achievements (预计2025年…将增至N台)', async () => {
    const body = '全县配备执法记录仪246台,预计2025年执法记录仪将增至280台。';
    expect(await read(body, 'body_cameras')).toEqual(['body_cameras=246:achieved', 'body_cameras=280:plan']);
  });

  it('but 将近 before a figure is a rough count of the year', async () => {
    expect(await read('全年调解矛盾纠纷将近900件。', 'disputes_mediated')).toEqual(['disputes_mediated=900:achieved']);
  });
});
