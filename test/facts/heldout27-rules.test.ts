/**
 * The general rules added after the blind measurement of test/fixtures/heldout27, on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { sourceOf } from '../document/helpers.js';
import { paragraphStatuses, statusesOf } from './helpers.js';

const lexicon = await loadLexicon();
const countyStatuses = paragraphStatuses(lexicon, '梧溪县2025年法治政府建设情况报告');

describe('an intention and a requirement in a paragraph of achievements', () => {
  it('打算 is an intention: the figures after it are plans', () => {
    expect(countyStatuses('今年我们打算做几件事:县政府常务会议学法不少于十次;公职律师增加到三十名。')).toEqual([
      'exec_meeting_law_study=10:plan',
      'public_lawyers=30:plan',
    ]);
  });

  it('but a plan named as a thing (工作打算) is none', () => {
    expect(countyStatuses('按照年初的工作打算,全年审查县政府合同协议72件。')).toEqual(['contracts_reviewed=72:achieved']);
  });

  it('应当X的 names what was required, and intends nothing', () => {
    expect(countyStatuses('行政应诉案件36件,应当出庭的30件,行政机关负责人全部出庭,出庭应诉率100%。')).toEqual([
      'litigation_cases=36:achieved',
      'head_appearance_required=30:achieved',
      'head_appearance_cases=30:achieved',
      'head_appearance_rate=100:achieved',
    ]);
    expect(countyStatuses('各乡镇应当配齐执法记录仪20台。')).toEqual(['body_cameras=20:plan']);
  });
});

describe('shortcomings admitted in a paragraph (短板确实还有)', () => {
  const report = [
    '梧溪县2025年度法治政府建设情况新闻发布会实录',
    '局长:全县行政执法主体29个,持证执法人员986名。',
    '记者:还存在哪些短板?今年有什么打算?',
    '局长:短板确实还有。五个乡镇只有一名法制审核人员,执法人员人均培训只有三十个学时。今年我们打算做几件事:执法记录仪要配到五百台。',
    '',
  ].join('\n');
  const facts = statusesOf(extractFacts(buildDocument(sourceOf(report)), lexicon));

  it('open the shortcomings: what they count is lacking', () => {
    expect(facts).toContain('legal_review_staff=1:gap');
    expect(facts).toContain('enforcement_training_hours=30:gap');
    expect(facts).toContain('enforcement_officers=986:achieved');
  });

  it('and a plan stated among them stays a plan', () => {
    expect(facts).toContain('body_cameras=500:plan');
  });
});

describe('去年 in what was said after the year (a 新闻发布会, 答记者问)', () => {
  const facts = (title: string): string[] =>
    statusesOf(
      extractFacts(buildDocument(sourceOf(`${title}\n局长:去年,县政府常务会议会前学法一共是十一次。去年受理行政复议案件88件,上年为76件。\n`)), lexicon),
    );

  it('is the year reported on', () => {
    expect(facts('梧溪县2025年度法治政府建设情况新闻发布会实录')).toEqual(['exec_meeting_law_study=11:achieved', 'reconsideration_cases=88:achieved']);
    expect(facts('梧溪县2025年法治政府建设工作情况——县司法局负责人答记者问')).toContain('exec_meeting_law_study=11:achieved');
  });

  it('but in a report, the year before it', () => {
    expect(facts('梧溪县2025年度法治政府建设情况报告')).toEqual([]);
  });
});
