/**
 * Leftovers of session 27's blind-set fixers (fix-w45, fix-w47), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { paragraphStatuses } from './helpers.js';

const lexicon = await loadLexicon();
const county = paragraphStatuses(lexicon, '柘川县2024年法治政府建设情况报告');
const of = (id: string, statuses: readonly string[]): string[] => statuses.filter((s) => s.startsWith(`${id}=`));

describe('documents sent to a legality review', () => {
  it('reads a long chain of reviewers named between the verb and the review, as far as the clause goes', () => {
    expect(
      of('normative_docs_reviewed', county('全年以县政府名义印发行政规范性文件7件,印发前均提交县司法局法规科、政府法律顾问和公职律师团队逐件进行合法性审核。')),
    ).toEqual(['normative_docs_reviewed=7:achieved']);
  });

  it('stops at the clause: a review named in a later clause vouches for no count', () => {
    expect(of('normative_docs_reviewed', county('全年以县政府名义印发行政规范性文件7件,均报送县政府办公室存档,另组织法律顾问开展合法性审核培训1次。'))).toEqual(
      [],
    );
  });

  it('takes no review that 未 denies', () => {
    expect(of('normative_docs_reviewed', county('全年以县政府名义印发行政规范性文件7件,均未经县司法局合法性审核。'))).toEqual([]);
    expect(of('normative_docs_reviewed', county('全年以县政府名义印发行政规范性文件7件,印发前未进行合法性审核。'))).toEqual([]);
  });
});

describe('a cleanup decided after a study', () => {
  it('reads 研究决定废止 as 决定废止: what was decided to be repealed', () => {
    expect(of('normative_docs_cleaned', county('对现行有效的县政府规范性文件逐件评估,研究决定废止5件。'))).toEqual(['normative_docs_cleaned=5:achieved']);
  });

  it('reads 经研究决定废止 so too', () => {
    expect(of('normative_docs_cleaned', county('对现行有效的县政府规范性文件逐件评估,经研究决定废止6件。'))).toEqual(['normative_docs_cleaned=6:achieved']);
  });

  it('leaves 研究 alone before another verb: what was studied is no cleanup', () => {
    expect(of('normative_docs_cleaned', county('对现行有效的县政府规范性文件逐件评估,研究修订3件。'))).toEqual([]);
  });
});

describe("a department's share of a wider total, by the name its report gives it", () => {
  const bureau = paragraphStatuses(lexicon, '柘川市自然资源和规划局2024年法治政府建设情况报告');
  const litigation = (statuses: readonly string[]): string[] => of('litigation_cases', statuses);

  it('reads no count of the department in the whole it gives its share of, by its full or short name', () => {
    for (const name of ['市自然资源和规划局', '柘川市自然资源和规划局', '自然资源和规划局'])
      expect(litigation(bureau(`全市各级行政机关全年新收行政诉讼案件412件,涉${name}案件占比56%。`))).toEqual([]);
  });

  it('still reads the whole when the share is another body’s, or in a report that is no department’s', () => {
    expect(litigation(bureau('全市各级行政机关全年新收行政诉讼案件412件,涉市住房和城乡建设局案件占比20%。'))).toEqual(['litigation_cases=412:achieved']);
    expect(litigation(county('全县行政机关全年新收行政诉讼案件412件,涉县自然资源局案件占比56%。'))).toEqual(['litigation_cases=412:achieved']);
  });
});

describe('all the units under the body named as a whole, without a number', () => {
  it('opens their parts after 在各乡镇中 / 所辖乡镇中, as after 在11个乡镇中', () => {
    expect(of('disputes_mediated', county('在各乡镇中,青石镇全年调解纠纷最多,达到380件。'))).toEqual([]);
    expect(of('exec_meeting_law_study', county('所辖乡镇中,白沙镇全年会前学法仅3次。'))).toEqual([]);
  });

  it('opens none after 在…工作中: the figure after it is the body’s', () => {
    expect(of('disputes_mediated', county('在各乡镇工作中,全县调解矛盾纠纷2,100件。'))).toEqual(['disputes_mediated=2100:achieved']);
  });
});
