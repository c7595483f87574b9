/**
 * Leftovers of session 30 (p30, fix-w56 … fix-w59), on texts of our own (the fictional 柘川县).
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, zhechuanCounty as county } from './helpers.js';

const lexicon = await loadLexicon();
const read = async (text: string, file = 'zhechuan.txt'): Promise<string[]> => (await readFileQuoted(lexicon, text, file)).facts;

describe('a distractor inside a modifier (对…的) of what the clause counts', () => {
  it('names no act when the clause goes on to its own act: the count after 受理 is read', async () => {
    const facts = await read(
      county(
        '县复议机构对材料不符合形式要求的申请经告知补正后依法受理行政复议申请61件，审结57件。\n县政府对不符合形式要件的申请先行指导补正后受理复议申请24件。',
      ),
    );
    expect(facts).toEqual(expect.arrayContaining(['reconsideration_cases=61:achieved', 'reconsideration_cases=24:achieved']));
  });

  it('still says which ones were counted when the number follows the modified word itself', async () => {
    const facts = await read(county('县政府全年收到行政复议申请70件，对不符合受理条件的复议申请8件逐一书面告知理由。'));
    expect(facts).toContain('reconsideration_cases=70:achieved');
    expect(facts.filter((f) => f.includes('=8:'))).toEqual([]);
  });
});

describe('figures of a sequence of years: each year keeps its own', () => {
  it('reads the new value of a change as the year it names', async () => {
    const own = await read(county('县政府负责人出庭应诉率由2023年的84%提升至2024年的96.5%。'));
    expect(own).toContain('head_appearance_rate=96.5:achieved');
    const earlier = await read(county('县政府负责人出庭应诉率由2022年的71%提高至2023年的84%。'));
    expect(earlier.filter((f) => f.startsWith('head_appearance_rate'))).toEqual([]);
  });

  it('pairs years across the same act: 2023年审核…18件、2024年审核21件', async () => {
    const facts = await read(county('县司法局2023年审核行政规范性文件17件、2024年审核23件。\n2023年审查政府合同96份、2024年审查118份。'));
    expect(facts).toEqual(expect.arrayContaining(['normative_docs_reviewed=23:achieved', 'contracts_reviewed=118:achieved']));
    expect(facts.filter((f) => /=(17|96):/.test(f))).toEqual([]);
  });

  it('reads the year’s part after a total since an act of an earlier year', async () => {
    const facts = await read(county('自2020年建立合同审查台账以来，累计审查政府合同742份，其中2024年审查205份。'));
    expect(facts).toContain('contracts_reviewed=205:achieved');
    expect(facts.filter((f) => f.includes('=742:'))).toEqual([]);
    const earlier = await read(county('自2020年建立合同审查台账以来，累计审查政府合同742份，其中2023年审查188份。'));
    expect(earlier.filter((f) => f.startsWith('contracts_reviewed'))).toEqual([]);
  });

  it('reads the last of a year-by-year list (逐年分别为) as the year’s, the span named only above', async () => {
    const facts = await read(county('（一）近三年会前学法情况\n县政府常务会议会前学法逐年分别为6次、8次、9次。'));
    expect(facts).toContain('exec_meeting_law_study=9:achieved');
    expect(facts.filter((f) => /=(6|8):/.test(f))).toEqual([]);
  });
});
