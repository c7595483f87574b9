/**
 * The general rules added after the blind measurement of test/fixtures/heldout122 (templates, samples and half-filled
 * forms), on texts of our own: a template or a model text whose data are made up is the report of no body (kind other,
 * no fact, no plan), as is a text whose figures are nearly all placeholders; in a real report a placeholder voids its own
 * clause or list item alone, a form's note and its example (填报说明, 示例:, (如:…), 【写作提示:…】) state nothing, and a
 * table whose note says unfilled cells show 0 holds no zeros; a 自查表 is kind other, and the standard a label ends with
 * (不少于2次) is the index's bar, so the label binds to what was done.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, readQuoted, statusesOf, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const facts = (text: string): string[] => statusesOf(readQuoted(lexicon, text).facts);

/** A 2024 report of 柘溪区 with `lines` as its achievements, a gap and a plan after them. */
const report = (lines: string, title = '柘溪区人民政府2024年法治政府建设情况报告'): string =>
  [
    title,
    '2024年，区政府坚持依法行政，推进法治政府建设，现将有关情况报告如下。',
    '一、主要举措和成效',
    lines,
    '二、存在的不足',
    '基层法治力量仍显薄弱。',
    '三、2025年工作安排',
    '区政府常务会议会前学法不少于14次。',
    '',
  ].join('\n');

describe('a template or a model text', () => {
  it('whose notice says its data are made up is the report of no body', () => {
    const { doc, facts: found } = readQuoted(
      lexicon,
      [
        '梧川市司法局关于印发区县法治政府建设年度报告参考范文的通知',
        '各区县司法局：现印发参考范文一篇。范文中的地名和数据均为虚拟示例，仅用于说明写法，各地以本地数据为准。',
        '××区人民政府关于2024年度法治政府建设情况的报告（参考范文）',
        '2024年，××区坚持依法行政，推进法治政府建设，现将有关情况报告如下。',
        '一、主要举措和成效',
        '区政府常务会议会前学法10次，聘请法律顾问8名，审查政府合同150份，办理行政复议案件45件，出庭应诉率100%。',
        '二、2025年工作安排',
        '会前学法不少于12次。',
        '',
      ].join('\n'),
    );
    expect(doc.kind).toBe('other');
    expect(found).toEqual([]);
  });

  it('whose figures are blanks to fill in, under a title naming it a 模板', () => {
    const { doc, facts: found } = readQuoted(
      lexicon,
      [
        '柘川县司法局关于印发街道2025年度法治政府建设情况报告模板的通知',
        '各街道办事处：请将模板中××处替换为本街道实际数据，示例数据不得保留。',
        '××街道2025年度法治政府建设情况报告（模板）',
        '2025年，我街道坚持依法行政，推进法治政府建设，现将有关情况报告如下。',
        '一、主要举措和成效',
        '街道会前学法××次，法律顾问X名，审查合同××份。示例：全年审查合同52份。全面落实行政执法“三项制度”。',
        '',
      ].join('\n'),
    );
    expect(doc.kind).toBe('other');
    expect(found).toEqual([]);
  });

  it('whose figures are nearly all placeholders, whatever its title', () => {
    const { doc, facts: found } = readQuoted(
      lexicon,
      report('会前学法__次，法律顾问__名，审查合同__份，行政复议案件__件，应诉案件__件，出庭应诉率__%，普法活动__场，合法性审查意见__件，执法人员__名。'),
    );
    expect(doc.kind).toBe('other');
    expect(found).toEqual([]);
  });

  it('but a body’s own report reissued as a model stays its report', () => {
    const { doc, facts: found } = readQuoted(
      lexicon,
      report('区政府常务会议会前学法11次，聘请法律顾问7名，审查政府合同96份。', '柘溪区人民政府关于2024年度法治政府建设情况的报告（范文）'),
    );
    expect(doc.kind).toBe('annual_report');
    expect(statusesWithId(statusesOf(found), 'legal_advisers')).toEqual(['legal_advisers=7:achieved']);
    expect(statusesWithId(statusesOf(found), 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=11:achieved', 'exec_meeting_law_study=14:plan']);
  });

  it('and a report that says it issued a 模板 to its towns is still a report', () => {
    const { doc, facts: found } = readQuoted(lexicon, report('印发乡镇法治政府建设年度报告模板，区政府常务会议会前学法9次。'));
    expect(doc.kind).toBe('annual_report');
    expect(statusesWithId(statusesOf(found), 'exec_meeting_law_study')).toContain('exec_meeting_law_study=9:achieved');
  });
});

describe('a placeholder in a real report', () => {
  it('voids its own clause or list item alone', () => {
    const found = facts(report('区政府常务会议会前学法13次，举办法治讲座××期。部门主要负责人年终述法XX人。办理人大代表建议××件、政协提案58件，办复率100%。'));
    expect(statusesWithId(found, 'exec_meeting_law_study')).toContain('exec_meeting_law_study=13:achieved');
    expect(statusesWithId(found, 'law_lectures')).toEqual([]);
    expect(statusesWithId(found, 'shufa_coverage')).toEqual([]);
    expect(statusesWithId(found, 'proposals_handled')).toEqual(['proposals_handled=58:achieved']);
  });

  it('in brackets leaves the count before it standing', () => {
    const found = facts(report('开展规范性文件专项清理，清理行政规范性文件31件（其中废止××件）。'));
    expect(statusesWithId(found, 'normative_docs_cleaned')).toEqual(['normative_docs_cleaned=31:achieved']);
  });

  it('but a typed figure marked for checking stands', () => {
    expect(statusesWithId(facts(report('全区公职律师52名【待核实】。')), 'public_lawyers')).toEqual(['public_lawyers=52:achieved']);
  });

  it('as a rate leaves it blank, not to be derived from its counts', () => {
    const found = facts(report('全年行政应诉案件20件，负责人出庭应诉16件，出庭应诉率××%。'));
    expect(statusesWithId(found, 'head_appearance_rate')).toEqual([]);
    expect(statusesWithId(found, 'litigation_cases')).toEqual(['litigation_cases=20:achieved']);
  });
});

describe('a form’s notes and examples', () => {
  it('state nothing', () => {
    const found = facts(
      report(
        [
          '区司法局审查政府合同××份。',
          '填报说明：此处填写审查的合同数量，例如：审查合同、协议64份。',
          '调解矛盾纠纷××件。示例：全年共调解矛盾纠纷512件，调解成功率97.5%。',
          '出庭应诉率XX%（如：出庭应诉率100%）。',
          '持证执法人员××名。【写作提示：以执法证件系统为准，例如“持证执法人员731名”。】',
        ].join('\n'),
      ),
    );
    for (const id of ['contracts_reviewed', 'disputes_mediated', 'head_appearance_rate', 'enforcement_officers']) expect(statusesWithId(found, id)).toEqual([]);
  });

  it('but a real report’s 例如 before a real case is read', () => {
    const found = facts(report('加强法律顾问工作，例如：区政府聘请法律顾问6名，全年审查政府合同77份。'));
    expect(statusesWithId(found, 'contracts_reviewed')).toEqual(['contracts_reviewed=77:achieved']);
  });
});

describe('a table whose note says unfilled cells show 0', () => {
  const withTable = (caption: string): string =>
    [
      '柘溪区人民政府2024年法治政府建设情况报告',
      '2024年，区政府坚持依法行政，推进法治政府建设，现将有关情况报告如下。',
      '一、主要举措和成效',
      '全年未发生行政诉讼败诉案件。办理行政应诉案件22件。',
      '二、存在的不足',
      '基层法治力量仍显薄弱。',
      '',
      caption,
      '项目　　　　　　　数值',
      '行政应诉案件（件）　　22',
      '执法记录仪（台）　　　0',
      '法律顾问（名）　　　　0',
      '',
    ].join('\n');

  it('holds no zeros: the defaults are no figures, the 0 said in words stands', async () => {
    const { facts: found } = await readFileQuoted(lexicon, withTable('附表　2024年主要数据（平台导出，空白项默认为0）'), 'zhexi.txt');
    expect(statusesWithId(found, 'body_cameras')).toEqual([]);
    expect(statusesWithId(found, 'legal_advisers')).toEqual([]);
    expect(statusesWithId(found, 'litigation_lost_cases')).toEqual(['litigation_lost_cases=0:achieved']);
    // the table's figures other than 0 stand (its 22 repeats the text's)
    expect(new Set(statusesWithId(found, 'litigation_cases'))).toEqual(new Set(['litigation_cases=22:achieved']));
  });

  it('but a table without such a note keeps its zeros', async () => {
    const { facts: found } = await readFileQuoted(lexicon, withTable('附表　2024年主要数据'), 'zhexi.txt');
    expect(statusesWithId(found, 'body_cameras')).toEqual(['body_cameras=0:achieved']);
  });
});

describe('a self-check form', () => {
  const form = (rows: string[]): string =>
    [
      '# 柘川县2023年度法治政府建设工作自查表',
      '',
      '说明：依法行政、行政执法、行政复议、普法和合法性审查工作逐项自查。',
      '',
      '| 序号 | 指标 | 完成情况 | 佐证材料 |',
      '|---|---|---|---|',
      ...rows,
      '',
    ].join('\n');

  it('is kind other, and a label’s standard is no fact nor plan: the label binds to what was done', async () => {
    const { doc, facts: found } = await readFileQuoted(
      lexicon,
      form([
        '| 1 | 政府常务会议会前学法每年不少于6次 | √，全年9次 | 会议纪要 |',
        '| 2 | 党委常委会会议专题研究法治建设（标准：每年不少于2次） | 是，全年5次 | 纪要 |',
      ]),
      'zhechuan.md',
    );
    expect(doc.kind).toBe('other');
    expect(statusesWithId(found, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=9:achieved']);
    expect(statusesWithId(found, 'committee_rule_of_law_meetings')).toEqual(['committee_rule_of_law_meetings=5:achieved']);
  });

  it('but a table with no column of what was done keeps its label whole', async () => {
    const { facts: found } = await readFileQuoted(
      lexicon,
      [
        '柘川县2023年法治政府建设情况报告',
        '2023年，县政府坚持依法行政，推进法治政府建设，现将有关情况报告如下。',
        '一、主要举措和成效',
        '',
        '| 序号 | 工作任务 | 责任单位 |',
        '|---|---|---|',
        '| 1 | 政府常务会议会前学法每年不少于6次 | 县司法局 |',
        '',
      ].join('\n'),
      'zhechuan.md',
    );
    // (a task's bound, read as the plan it is there)
    expect(statusesWithId(found, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=6:plan']);
  });
});
