/**
 * The general rules added after the blind measurement of test/fixtures/heldout6: targets stated
 * inside a paragraph of achievements (确保 with its target further on in the clause, 将推动/将实现),
 * and text copied from a PDF whose run-in headings' paragraphs wrap inside words and numbers.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { sourceOf } from '../document/helpers.js';
import { OFD_LAYOUTS, ofdFromText } from '../helpers/ofd.js';
import { docOf, statusesOf } from './helpers.js';

const lexicon = await loadLexicon();
const statuses = (text: string) => statusesOf(extractFacts(docOf(text), lexicon));

describe('a target inside a paragraph of achievements', () => {
  it('is a plan when 确保 and 达到 are far apart in one clause, and so are the clauses after it', () => {
    expect(statuses('聘请法律顾问的村已有十二个,确保2025年6月底前各村法律顾问覆盖率达到100%,公职律师达到二十名。')).toEqual([
      'legal_adviser_coverage_rate=100:plan',
      'public_lawyers=20:plan',
    ]);
  });

  it('is a plan after 将推动 or 将实现', () => {
    expect(statuses('提案已全部办结,将推动提案人对办理结果的满意率提高到99%以上。')).toEqual([
      'proposals_completion_rate=100:achieved',
      'proposals_satisfaction_rate=99:plan',
    ]);
    expect(statuses('今年配发执法记录仪40台,将实现执法记录仪配备总数达到90台。')).toEqual(['body_cameras=40:achieved', 'body_cameras=90:plan']);
  });

  it('leaves 确保 without a target in its clause, and what was done, achieved', () => {
    expect(statuses('审查合同56件,确保了政府合同合法合规。')).toEqual(['contracts_reviewed=56:achieved']);
  });
});

describe('a PDF copy whose paragraphs start with a run-in heading', () => {
  const page = [
    '某县2024年度法治政府建设情况报告',
    '一、主要工作',
    '(一)加强组织领导。县委常委会会议专题研究法治政府建设工作三',
    '次,县政府常务会议会前学法十次。',
    '(二)严格规范执法。全县行政执法主体二十九个,持证执法人员1',
    '175名,配备执法记录仪一百四十台。',
    '二、下一步打算',
    '继续抓好各项工作。',
  ].join('\n');
  const read = (doc: ReturnType<typeof buildDocument>) =>
    extractFacts(doc, lexicon)
      .filter((f) => ['committee_rule_of_law_meetings', 'enforcement_officers'].includes(f.id))
      .map((f) => `${f.id}=${String(f.value)}`);

  it('joins the heading line wrapped inside a word or a number with the next line', () => {
    expect(read(buildDocument(sourceOf(page)))).toEqual(['committee_rule_of_law_meetings=3', 'enforcement_officers=1175']);
  });

  it('joins a number wrapped across the lines of a page without a space', async () => {
    const source = await ingestBytes(await ofdFromText(page, OFD_LAYOUTS[2]!), 'report.ofd');
    expect(source.text).toContain('持证执法人员1175名');
  });
});
