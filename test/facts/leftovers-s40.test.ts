/**
 * Leftovers of session 39 (p40), on texts of our own (the fictional 柘川县 of the facts helpers).
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { expectQuoted, statusesOf, statusesWithId, zhechuanCounty as county } from './helpers.js';

const lexicon = await loadLexicon();

/** Every fact, presence facts too, of a 柘川县 report whose achievements are `lines`. */
async function factsOf(...lines: string[]): Promise<string[]> {
  const doc = buildDocument(await ingestBytes(Buffer.from(county(lines.join('\n')), 'utf8'), 'zhechuan.txt'));
  const facts = extractFacts(doc, lexicon);
  expectQuoted(doc, facts);
  return statusesOf(facts);
}

const achieved = (facts: readonly string[], id: string): string[] => statusesWithId(facts, id).filter((f) => f.endsWith(':achieved'));

describe('a mechanism in a sentence of another period that holds no figure', () => {
  it('is that period’s when the period closed before the year', async () => {
    const facts = await factsOf('2021年全县推行行政执法“三项制度”。', '上年度县政府编制公布了重大行政决策事项目录。');
    expect(achieved(facts, 'enforcement_three_systems')).toEqual([]);
    expect(achieved(facts, 'major_decision_catalogue_published')).toEqual([]);
  });

  it('is in place when the period runs to now, and last year’s report published is the year’s act', async () => {
    const facts = await factsOf(
      '2020年以来，全县全面推行行政执法“三项制度”。',
      '近三年来，县政府每年编制公布重大行政决策事项目录。',
      '去年的法治政府建设情况报告已于今年3月在县政府网站公开。',
    );
    expect(achieved(facts, 'enforcement_three_systems')).toEqual(['enforcement_three_systems=true:achieved']);
    expect(achieved(facts, 'major_decision_catalogue_published')).toEqual(['major_decision_catalogue_published=true:achieved']);
    expect(achieved(facts, 'annual_report_published')).toEqual(['annual_report_published=true:achieved']);
  });

  it('and an earlier year’s report named by its year is the year’s act too', async () => {
    const facts = await factsOf('2023年度法治政府建设年度报告于今年3月底前在县政府门户网站公开。');
    expect(achieved(facts, 'annual_report_published')).toEqual(['annual_report_published=true:achieved']);
  });
});

describe('a mechanism one of whose parts the sentence denies', () => {
  it('is not in place as a whole (a gap among the achievements)', async () => {
    const facts = await factsOf('县综合执法局执行县里统一制定的行政执法“三项制度”，执法公示和执法全过程记录已落实，重大执法决定法制审核制度尚未建立。');
    expect(statusesWithId(facts, 'enforcement_three_systems')).toEqual(['enforcement_three_systems=true:gap']);
  });

  it('not when the sentence denies something else, or only the part’s staff', async () => {
    const facts = await factsOf(
      '全县全面推行行政执法“三项制度”，未发生执法过错责任追究情况。',
      '县市场监管局落实行政执法“三项制度”，但基层所法制审核人员不足。',
    );
    expect(statusesWithId(facts, 'enforcement_three_systems')).toEqual(['enforcement_three_systems=true:achieved', 'enforcement_three_systems=true:achieved']);
  });
});

describe('a heading alone that names a mechanism', () => {
  it('yields to its paragraph that states the mechanism as a gap or plan', async () => {
    const facts = await factsOf('（一）党政主要负责人述法', '县政府组成部门主要负责人述法工作尚未开展，拟于明年全面推开。');
    expect(statusesWithId(facts, 'shufa_coverage')).toEqual(['shufa_coverage=true:gap']);
  });

  it('stands when its paragraph says the mechanism is in place, or the gap is in another item', async () => {
    const facts = await factsOf(
      '（一）党政主要负责人述法',
      '县委常委会听取县政府主要负责人述法。',
      '（二）行政执法监督',
      '个别部门主要负责人述法工作尚未开展。',
    );
    expect(statusesWithId(facts, 'shufa_coverage')).toEqual(['shufa_coverage=true:achieved', 'shufa_coverage=true:achieved', 'shufa_coverage=true:gap']);
  });
});
