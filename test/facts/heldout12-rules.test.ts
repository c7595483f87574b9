/**
 * The general rules added after the blind measurement of test/fixtures/heldout12 that the
 * examples of rules/*.yaml cannot state (a value that must not be read beside one that must).
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { paragraphStatuses } from './helpers.js';

const lexicon = await loadLexicon();
/** The facts of one paragraph of achievements in a whole report. */
const statuses = paragraphStatuses(lexicon, '某区2023年法治政府建设情况报告');

describe('a count of meeting topics (议题)', () => {
  it('is no count of the contracts reviewed beside it', () => {
    expect(statuses('审查区政府常务会议议题40件、区政府合同75件。')).toEqual(['contracts_reviewed=75:achieved']);
    expect(statuses('全年审查镇政府合同协议18份，审查镇长办公会议题及其他重要文件12件。')).toEqual(['contracts_reviewed=18:achieved']);
  });
});

describe('a bracketed part of a number (其中…)', () => {
  it('neither lends its words to the number nor takes it', () => {
    expect(statuses('全年新收行政复议案件438件，审结402件（其中调解和解116件）。')).toEqual([
      'reconsideration_cases=438:achieved',
      'reconsideration_closed=402:achieved',
    ]);
  });
});

describe('a subject named again before a number, after 、', () => {
  it('opens an item of its own: the words before it are the other subject’s', () => {
    expect(statuses('区委常委会会议先后3次专题研究法治政府建设重点任务、区政府常务会议会前学法共计9次。')).toEqual([
      'committee_rule_of_law_meetings=3:achieved',
      'exec_meeting_law_study=9:achieved',
    ]);
  });
});
