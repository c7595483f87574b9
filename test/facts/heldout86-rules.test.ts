/**
 * The general rules added after the blind measurement of test/fixtures/heldout86 (documents whose year is not
 * simply one calendar year: a later year's first months, a term's totals, a combined report), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

/** What a report of `year` written in March of the next year reads for `id` from `body`. */
async function read(year: number, body: string, id: string): Promise<string[]> {
  const text = `柏湾区人民政府关于${year}年度法治政府建设情况的报告\n一、主要工作和成效\n${body}\n柏湾区人民政府\n${year + 1}年3月8日\n`;
  const { facts } = await readFileQuoted(lexicon, text, 'bo.txt');
  return statusesWithId(facts, id);
}

describe('the first months of the next year, in a report written after its year', () => {
  it('a sentence opening with them tells of them to its end', async () => {
    expect(await read(2024, '全区全年调解矛盾纠纷4,830件。2025年1—3月,全区新收行政复议申请41件,调解矛盾纠纷705件。', 'disputes_mediated')).toEqual([
      'disputes_mediated=4830:achieved',
    ]);
    expect(await read(2024, '全区全年调解矛盾纠纷4,830件。2025年1—3月,全区新收行政复议申请41件,调解矛盾纠纷705件。', 'reconsideration_cases')).toEqual([]);
  });

  it('so does a clause after a ";", and one opening with 进入 the next year', async () => {
    expect(await read(2024, '全年审查区政府合同135份;2025年1月又审查合同17份。', 'contracts_reviewed')).toEqual(['contracts_reviewed=135:achieved']);
    expect(await read(2024, '区政府常务会议全年会前学法11次。进入2025年,区政府常务会议已会前学法3次。', 'exec_meeting_law_study')).toEqual([
      'exec_meeting_law_study=11:achieved',
    ]);
  });

  it('and one opening with the next year whose act is already done', async () => {
    expect(await read(2024, '2024年度决策目录列入事项6项;2025年度目录已经公布,列入事项9项。', 'major_decision_items')).toEqual([
      'major_decision_items=6:achieved',
    ]);
  });

  it('but not a deadline in the next year, which plans, nor the year itself', async () => {
    expect(await read(2024, '全区公职律师达到71名,并计划于2025年6月底前增至80名。', 'public_lawyers')).toEqual([
      'public_lawyers=71:achieved',
      'public_lawyers=80:plan',
    ]);
    expect(await read(2024, '2024年1—12月,全区调解矛盾纠纷4,830件。', 'disputes_mediated')).toEqual(['disputes_mediated=4830:achieved']);
  });
});

describe('a figure to be reached after the one reached: a plan', () => {
  it('with an intention, a deadline in a later year, or both', async () => {
    expect(await read(2024, '执法记录仪现有240台,将于2025年底前增至300台。', 'body_cameras')).toEqual(['body_cameras=240:achieved', 'body_cameras=300:plan']);
    expect(await read(2024, '执法记录仪配备已达240台,2025年底前将增配至300台。', 'body_cameras')).toEqual([
      'body_cameras=240:achieved',
      'body_cameras=300:plan',
    ]);
    expect(await read(2024, '全区公职律师达到71名,2025年6月底前增至80名。', 'public_lawyers')).toEqual([
      'public_lawyers=71:achieved',
      'public_lawyers=80:plan',
    ]);
    expect(await read(2024, '全区公职律师达到71名,将增至80名。', 'public_lawyers')).toEqual(['public_lawyers=71:achieved', 'public_lawyers=80:plan']);
  });

  it('but a later year alone before the verb, or 将 with its object, is no such clause', async () => {
    expect(await read(2024, '执法记录仪现有240台,2025年增至300台。', 'body_cameras')).toEqual(['body_cameras=240:achieved']);
    expect(await read(2024, '全区今年将执法记录仪由180台增至240台。', 'body_cameras')).toEqual(['body_cameras=240:achieved']);
  });
});

describe('a term’s totals (本届累计, 本届共) and the year’s part of them', () => {
  const town = async (body: string, id: string) => {
    const { facts } = await readFileQuoted(lexicon, `柳溪镇2025年度法治政府建设情况报告\n一、主要工作和成效\n${body}\n`, 'liu.txt');
    return statusesWithId(facts, id);
  };

  it('the term’s total is no figure of the year', async () => {
    expect(await town('镇政府本届共审查合同协议210份。', 'contracts_reviewed')).toEqual([]);
    expect(await town('全年培训执法人员52人次,本届累计培训230人次。', 'enforcement_training_participants')).toEqual([
      'enforcement_training_participants=52:achieved',
    ]);
  });

  it('the year’s part after it (其中今年, 今年) counts what the total counts, by a cue or a frame', async () => {
    expect(await town('本届累计调解矛盾纠纷1,820件,其中今年402件。', 'disputes_mediated')).toEqual(['disputes_mediated=402:achieved']);
    expect(await town('镇党委会议专题研究法治建设,本届累计16次,其中今年4次。', 'committee_rule_of_law_meetings')).toEqual([
      'committee_rule_of_law_meetings=4:achieved',
    ]);
    expect(await town('镇政府常务会议坚持会前学法,本届共48次,今年11次。', 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=11:achieved']);
  });

  it('but not a figure in another unit', async () => {
    expect(await town('本届累计调解矛盾纠纷1,820件,今年98.6%。', 'disputes_mediated')).toEqual([]);
  });

  it('本届 that names no total (本届政府 as a subject with the year’s act) is the year’s', async () => {
    expect(await town('本届镇政府今年调解矛盾纠纷402件。', 'disputes_mediated')).toEqual(['disputes_mediated=402:achieved']);
  });
});

describe('a report on two years: the later year’s figures labelled by their year', () => {
  const combined = async (body: string, id: string) => {
    const text = `松岙县人民政府关于2023—2024年度法治政府建设情况的报告\n一、主要工作和成效\n${body}\n松岙县人民政府\n2025年1月20日\n`;
    const { facts } = await readFileQuoted(lexicon, text, 'song.txt');
    return statusesWithId(facts, id);
  };

  it('the new value of 调整为 is its year’s', async () => {
    expect(await combined('县政府法律顾问由2023年的6名调整为2024年的9名。', 'legal_advisers')).toEqual(['legal_advisers=9:achieved']);
  });

  it('the year’s column first, the earlier one in brackets: the cue before the year counts it', async () => {
    expect(await combined('全县持证行政执法人员2024年为1,240名(2023年为1,198名),行政执法主体39个。', 'enforcement_officers')).toEqual([
      'enforcement_officers=1240:achieved',
    ]);
  });

  it('the end of the year reported on is what was reached, not a plan; a later year’s end still plans', async () => {
    expect(await combined('法律顾问由2023年的6名调整为2024年的9名,全县公职律师到2024年底达到52名。', 'public_lawyers')).toEqual(['public_lawyers=52:achieved']);
    expect(await combined('全县公职律师现有52名,计划到2025年底全县公职律师达到60名。', 'public_lawyers')).toEqual([
      'public_lawyers=52:achieved',
      'public_lawyers=60:plan',
    ]);
  });

  it('but an earlier year’s column first is no figure of the year', async () => {
    expect(await combined('全县持证行政执法人员2023年为1,198名(2024年为1,240名)。', 'enforcement_officers')).not.toContain(
      'enforcement_officers=1198:achieved',
    );
  });
  it('years listed before 分别 with the act after it, and the acts after it up to a ";", pair their figures', async () => {
    const body = '2023年、2024年县政府分别收到行政复议申请203件、221件,依法受理187件、205件,审结180件、199件;全县调解矛盾纠纷3,020件。';
    // the year's applications received give way to those accepted after them (gross-figures)
    expect(await combined(body, 'reconsideration_cases')).toEqual(['reconsideration_cases=205:achieved']);
    expect(await combined(body, 'reconsideration_closed')).toEqual(['reconsideration_closed=199:achieved']);
  });

  it('but a list of earlier years alone still tells of them', async () => {
    expect(await combined('2021年、2022年全县分别调解矛盾纠纷3,100件、3,420件。', 'disputes_mediated')).toEqual([]);
  });
});
