/**
 * Leftovers of session 35 (p35, fix-w77 … fix-w80), on texts of our own (the fictional 柘川县).
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
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
