/**
 * A plan's lead (rules/status.yaml plan_lead): a sentence that ends its paragraph with a colon and plans what follows
 * (会议要求:, 下一步,我们将:, 2026年重点做好以下工作:) carries its plan to the item paragraphs after it ((一)… (二)…,
 * 1.… 2.…), up to a paragraph that is no item; a lead that reports (主要做了以下工作:) leaves its items reporting.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { compile } from '../../src/facts/text.js';
import { readQuoted, statusesWithIds } from './helpers.js';

const lexicon = await loadLexicon();
const compiled = compile(lexicon);
const statuses = (text: string) =>
  readQuoted(lexicon, text)
    .facts.filter((f) => typeof f.value === 'number')
    .map((f) => `${f.id}=${String(f.value)}:${f.status}`);

/** A 2025 county report whose achievements hold `lead` and, in paragraphs of their own, its items. */
const report = (lead: string, items: readonly string[], after = '全年办理行政复议案件52件。') => `岚桥县2025年法治政府建设情况报告
一、主要工作
全县法治政府建设稳步推进,县政府常务会议会前学法9次。${lead}
${items.join('\n')}
${after}
二、存在的不足
个别乡镇法制审核力量薄弱。
`;

const ITEMS = ['(一)县政府常务会议会前学法不少于12次;', '(二)执法记录仪增至320台;', '(三)年内实现村(社区)法律顾问覆盖率100%。'];
const PLANNED = ['exec_meeting_law_study=12:plan', 'body_cameras=320:plan', 'legal_adviser_coverage_rate=100:plan'];

describe('rules/status.yaml plan_lead', () => {
  const { examples } = lexicon.status.plan_lead;

  it.each(examples.items.pass.map((text) => [text]))('opens an item: %s', (text) => {
    expect(compiled.leadItem.test(text.replace(/\s+/g, ''))).toBe(true);
  });

  it.each(examples.items.fail.map((text) => [text]))('opens no item: %s', (text) => {
    expect(compiled.leadItem.test(text.replace(/\s+/g, ''))).toBe(false);
  });

  it.each(examples.leads.pass.map((lead) => [lead]))('a 2025 report’s %s leads a plan: its items are planned', (lead) => {
    expect(statusesWithIds(statuses(report(lead, ITEMS)), 'exec_meeting_law_study', 'body_cameras', 'legal_adviser_coverage_rate')).toEqual([
      'exec_meeting_law_study=9:achieved',
      ...PLANNED,
    ]);
  });

  it.each(examples.leads.fail.map((lead) => [lead]))('a 2025 report’s %s reports: its items are the year’s', (lead) => {
    expect(statusesWithIds(statuses(report(lead, ITEMS)), 'exec_meeting_law_study', 'body_cameras', 'legal_adviser_coverage_rate')).toEqual([
      'exec_meeting_law_study=9:achieved',
      'exec_meeting_law_study=12:achieved',
      'body_cameras=320:achieved',
      'legal_adviser_coverage_rate=100:achieved',
    ]);
  });
});

describe('a plan’s lead carries to its items', () => {
  it('a county’s 下一步 lead with (一)(二)(三) items and figures: the items are plans, the paragraph after them reports', () => {
    const facts = statuses(report('下一步,我们将:', ITEMS));
    expect(statusesWithIds(facts, 'exec_meeting_law_study', 'body_cameras', 'legal_adviser_coverage_rate', 'reconsideration_cases')).toEqual([
      'exec_meeting_law_study=9:achieved',
      ...PLANNED,
      'reconsideration_cases=52:achieved',
    ]);
  });

  it('items numbered 1. 2. and in several sentences each; the lead in a sentence of its own after others', () => {
    const items = ['1.严格执法人员培训,人均培训不少于60学时。全县执法记录仪增至410台。', '2.负责人出庭应诉率保持100%。'];
    const facts = statuses(report('会议强调,各部门要压实责任。会议要求:', items));
    expect(statusesWithIds(facts, 'enforcement_training_hours', 'body_cameras', 'head_appearance_rate')).toEqual([
      'enforcement_training_hours=60:plan',
      'body_cameras=410:plan',
      'head_appearance_rate=100:plan',
    ]);
  });

  it('an achieved lead ending with a colon (主要做了以下工作:) leaves its items achieved', () => {
    const items = ['(一)县政府常务会议会前学法12次;', '(二)新增执法记录仪46台,总数达到320台;', '(三)村(社区)法律顾问覆盖率达到100%。'];
    expect(statusesWithIds(statuses(report('主要做了以下工作:', items)), 'exec_meeting_law_study', 'legal_adviser_coverage_rate')).toEqual([
      'exec_meeting_law_study=9:achieved',
      'exec_meeting_law_study=12:achieved',
      'legal_adviser_coverage_rate=100:achieved',
    ]);
  });

  it('stops at a paragraph that is no item, and a colon inside a paragraph leads nothing past it', () => {
    const carried = statuses(report('今后,将重点抓好以下工作:', ['(一)执法记录仪增至280台。'], '全县审查政府合同67份,出庭应诉率100%。'));
    expect(statusesWithIds(carried, 'body_cameras', 'contracts_reviewed', 'head_appearance_rate')).toEqual([
      'body_cameras=280:plan',
      'contracts_reviewed=67:achieved',
      'head_appearance_rate=100:achieved',
    ]);
    // the lead's paragraph goes on after its colon: its items are in its own sentence, not in the paragraphs after it
    const inline = statuses(report('会议要求:落实学法制度。', ['(一)审查政府合同67份。']));
    expect(statusesWithIds(inline, 'contracts_reviewed')).toEqual(['contracts_reviewed=67:achieved']);
  });
});
