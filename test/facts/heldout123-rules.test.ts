/**
 * The general rules added after the blind measurement of test/fixtures/heldout123 (figures outside the body text), on
 * texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { quotedValuesOf, readFileQuoted, statusesOf, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();
const values = (text: string, id: string) => quotedValuesOf(lexicon, text, id);

describe('a paragraph on the next year in a section of shortcomings and plans (rules/sections.yaml next_year)', () => {
  const report = (last: string[]) =>
    ['岚汀区人民政府2024年度法治政府建设情况报告', '一、主要工作', '区政府常务会议会前学法9次。', '二、问题和2025年工作安排', ...last, ''].join('\n');
  const statuses = async (last: string[], id: string) => statusesWithId((await readFileQuoted(lexicon, report(last), 'lanting.txt')).facts, id);

  it('reads the plans after the shortcomings', async () => {
    expect(await statuses(['一是部分街道执法力量仍然不足。', '2025年,区政府将组织会前学法不少于12次。'], 'exec_meeting_law_study')).toEqual([
      'exec_meeting_law_study=9:achieved',
      'exec_meeting_law_study=12:plan',
    ]);
    expect(await statuses(['部分街道执法力量不足。', '2025年我区将新增公职律师至40名。'], 'public_lawyers')).toEqual(['public_lawyers=40:plan']);
  });

  it('but not a paragraph on a month of the next year, nor one on the year reported on', async () => {
    expect(await statuses(['2025年1月,区政府常务会议会前学法仍只有1次。'], 'exec_meeting_law_study')).not.toContain('exec_meeting_law_study=1:plan');
    expect(await statuses(['2024年,全区公职律师仅有26名。'], 'public_lawyers')).not.toContain('public_lawyers=26:plan');
  });
});

describe('lectures of advisers or lawyers who serve the people (law_lectures exclude_sentence_patterns)', () => {
  it('are no lectures of the body', () => {
    expect(values('驻村律师为村民提供法律咨询860人次,举办法治讲座75场。', 'law_lectures')).toEqual([]);
    expect(values('社区法律顾问向居民解答咨询400余次,开展民法典讲座30场。', 'law_lectures')).toEqual([]);
  });

  it('but a lawyer lecturing the officials still counts', () => {
    expect(values('邀请律师为县直部门干部举办法治专题讲座4期。', 'law_lectures')).toEqual([4]);
  });
});

describe('a data panel beside a web page’s article (<aside>)', () => {
  const page = (aside: string) =>
    `<html><head><title>岚汀区2024年法治政府建设情况报告</title></head><body><div class="wrap"><article><h1>岚汀区人民政府2024年法治政府建设情况报告</h1>
<p>2024年,岚汀区坚持依法行政,各项工作取得新进展。现将有关情况报告如下。</p><h2>一、主要工作</h2><p>区政府常务会议会前学法9次。办理行政复议案件77件。</p>
<h2>二、存在的不足</h2><p>基层执法力量仍显薄弱。</p><p>岚汀区人民政府</p><p>2025年1月20日</p></article>${aside}</div></body></html>`;
  const facts = async (aside: string) => (await readFileQuoted(lexicon, page(aside), 'lanting.html')).facts;

  it('reads its items of a label and a figure as the report’s', async () => {
    const read = await facts('<aside><h3>数字看板</h3><ul><li>复议结案:70件</li><li>执法记录仪:420台</li></ul></aside>');
    expect(statusesWithId(read, 'reconsideration_closed')).toEqual(['reconsideration_closed=70:achieved']);
    expect(statusesWithId(read, 'body_cameras')).toEqual(['body_cameras=420:achieved']);
  });

  it('but not its lists of links nor of longer lines', async () => {
    const read = await facts(
      '<aside><ul><li><a href="/1.html">邻县:执法记录仪500台</a></li><li><a href="/2.html">复议结案:81件</a></li></ul>' +
        '<ul><li>某县年内配备执法记录仪300台,实现全覆盖</li><li>某区办结复议案件60件</li></ul></aside>',
    );
    expect(statusesWithId(read, 'body_cameras')).toEqual([]);
    expect(statusesWithId(read, 'reconsideration_closed')).toEqual([]);
  });
});

describe('a Markdown footnote read at its mark', () => {
  const markdown = (row: string, notes: string) =>
    `# 岚汀区人民政府2024年度法治政府建设情况报告\n\n## 一、主要工作\n\n${row}\n\n## 二、存在的不足\n\n基层执法力量仍显薄弱。\n\n${notes}\n`;
  const facts = async (row: string, notes: string) => (await readFileQuoted(lexicon, markdown(row, notes), 'lanting.md')).facts;

  it('gives its figure the subject its mark hangs on', async () => {
    const read = await facts('全年受理行政复议申请64件[^a],办理行政应诉案件18件。', '[^a]: 其中已审结59件。');
    expect(statusesWithId(read, 'reconsideration_closed')).toEqual(['reconsideration_closed=59:achieved']);
    expect(statusesWithId(read, 'litigation_cases')).toEqual(['litigation_cases=18:achieved']);
  });

  it('after the rest of its clause when the mark parts a figure from its unit', async () => {
    const read = await facts('全年受理行政复议申请64[^c]件,办理行政应诉案件18件。', '[^c]: 其中已审结59件。');
    expect(statusesWithId(read, 'reconsideration_cases')).toEqual(['reconsideration_cases=64:achieved']);
    expect(statusesWithId(read, 'reconsideration_closed')).toEqual(['reconsideration_closed=59:achieved']);
  });

  it('but a note on last year stays last year’s', async () => {
    const read = await facts('全年受理行政复议申请64件[^b]。', '[^b]: 2023年受理行政复议申请51件。');
    expect(statusesWithId(read, 'reconsideration_cases')).toEqual(['reconsideration_cases=64:achieved']);
  });
});

describe('a Word footnote read after the sentence its mark stands in', () => {
  const report = async (children: unknown[], notes: Record<number, string>) => {
    const { Document, Packer, Paragraph } = await import('docx');
    const document = new Document({
      footnotes: Object.fromEntries(Object.entries(notes).map(([id, text]) => [id, { children: [new Paragraph(text)] }])),
      sections: [
        {
          children: [
            new Paragraph('岚汀区人民政府2024年度法治政府建设情况报告'),
            new Paragraph('一、主要工作'),
            ...(children as InstanceType<typeof Paragraph>[]),
            new Paragraph('二、存在的不足'),
            new Paragraph('基层执法力量仍显薄弱。'),
          ],
        },
      ],
    });
    const doc = buildDocument(await ingestBytes(new Uint8Array(await Packer.toBuffer(document)), 'lanting.docx'));
    return statusesOf(extractFacts(doc, lexicon).filter((f) => typeof f.value === 'number'));
  };

  it('gives its figure the subject of that sentence, not of the paragraph’s last', async () => {
    const { FootnoteReferenceRun, Paragraph, TextRun } = await import('docx');
    const facts = await report(
      [new Paragraph({ children: [new TextRun('全年受理行政复议申请64件'), new FootnoteReferenceRun(1), new TextRun('。人民调解组织调解纠纷1520件。')] })],
      { 1: '注:截至年底已审结59件。' },
    );
    expect(statusesWithId(facts, 'reconsideration_closed')).toEqual(['reconsideration_closed=59:achieved']);
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=1520:achieved']);
  });

  it('but a note on a heading stays after it, and a note on last year stays last year’s', async () => {
    const { FootnoteReferenceRun, Paragraph, TextRun } = await import('docx');
    const facts = await report(
      [
        new Paragraph({ children: [new TextRun('(一)行政复议'), new FootnoteReferenceRun(1)] }),
        new Paragraph({ children: [new TextRun('全年受理行政复议申请64件'), new FootnoteReferenceRun(2), new TextRun(',审结59件。')] }),
      ],
      { 1: '本节数据来源于区司法局。', 2: '2023年受理行政复议申请51件。' },
    );
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=64:achieved']);
    expect(statusesWithId(facts, 'reconsideration_closed')).toEqual(['reconsideration_closed=59:achieved']);
  });
});
