/**
 * The general rules added after the blind measurement of test/fixtures/heldout13 that the examples
 * of rules/*.yaml cannot state. Needing the report's year: figures of two years side by side
 * (2023年612件、2024年738件), where only the year reported on gives facts, and a change to the figure
 * a year label names, which is no plan. Needing a value read beside others that must not be: the
 * parts of a total (清理214件(保留…、修改…、废止14件)), where only the part its fact's verb governs
 * is read beside the total.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { paragraphStatuses } from './helpers.js';

const lexicon = await loadLexicon();
/** The facts of one paragraph of achievements in a 2024 report. */
const statuses = paragraphStatuses(lexicon, '某街道2024年法治政府建设工作情况报告');

describe('figures of two years side by side', () => {
  it("read the year's figure for the subject before the first year, and not the earlier year's", () => {
    expect(statuses('街道调解矛盾纠纷2023年512件、2024年640件,调解成功率均在98%以上。')).toEqual(['disputes_mediated=640:achieved']);
    expect(statuses('街道持证执法人员2023年12名,2024年增加到19名。')).toEqual(['enforcement_officers=19:achieved']);
  });

  it('read a subject that only frames name (会前学法) over the columns too', () => {
    expect(statuses('街道办事处主任办公会议会前学法2023年5次,2024年9次。')).toEqual(['exec_meeting_law_study=9:achieved']);
  });

  it('pair the years listed before 分别 with the figures after it', () => {
    expect(statuses('街道作为被告的行政诉讼案件2023年、2024年分别为3件、5件。')).toEqual(['litigation_cases=5:achieved']);
  });

  it('read a change from an earlier year to this one as a result, not a plan, and not the old figure', () => {
    expect(statuses('街道审查合同协议由2023年的20份增加到2024年的28份。')).toEqual(['contracts_reviewed=28:achieved']);
  });

  it('leave a year that labels no column alone', () => {
    expect(statuses('2024年街道调解矛盾纠纷640件。')).toEqual(['disputes_mediated=640:achieved']);
    expect(statuses('全年受理行政复议申请12件,比2023年增加3件。')).toEqual(['reconsideration_cases=12:achieved']);
  });
});

describe('a breakdown of a total (其中…, or in brackets after it)', () => {
  it("reads the part its fact's verb governs for the total's subject, and no other part", () => {
    expect(statuses('街道清理规范性文件36件(保留27件、修改5件、废止4件)。')).toEqual([
      'normative_docs_cleaned=36:achieved',
      'normative_docs_cleaned=4:achieved',
    ]);
    expect(statuses('街道清理规范性文件36件,其中废止4件。')).toEqual(['normative_docs_cleaned=36:achieved', 'normative_docs_cleaned=4:achieved']);
  });

  it("leaves a part whose verb is no verb of the total's fact", () => {
    expect(statuses('街道审结行政复议案件20件,其中纠错3件。')).toEqual(['reconsideration_closed=20:achieved']);
  });
});
