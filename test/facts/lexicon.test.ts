import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import type { Document } from '../../src/document/types.js';
import { extractFacts, lintLexicon, loadLexicon, type Lexicon } from '../../src/facts/index.js';
import { mentionIn, type Mention } from '../../src/facts/presence.js';
import { rulesDir } from '../../src/paths.js';
import { docOf } from './helpers.js';

const SPEC_IDS = `major_decision_items major_decision_catalogue_published legality_review_rate legality_review_opinions
normative_doc_review_rate normative_docs_reviewed normative_docs_cleaned normative_doc_filing_rate
normative_doc_filing_timely_rate normative_doc_filing_standard_rate contracts_reviewed legal_advisers public_lawyers
legal_adviser_coverage_rate enforcement_officers enforcement_subjects enforcement_three_systems body_cameras
legal_review_staff enforcement_training_hours enforcement_training_participants reconsideration_cases
reconsideration_closed reconsideration_correction_rate litigation_cases litigation_lost_cases head_appearance_rate
head_appearance_cases head_appearance_required disputes_mediated proposals_handled proposals_completion_rate
proposals_satisfaction_rate disclosure_requests disclosure_requests_closed exec_meeting_law_study law_lectures
leader_law_exam_pass_rate court_hearing_observers committee_rule_of_law_meetings rule_of_law_performance_weight
shufa_coverage annual_report_published`.split(/\s+/);

async function rulesWith(edit: (original: string) => string, file = 'facts.yaml'): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duibiao-lexicon-'));
  for (const name of (await fs.readdir(rulesDir)).filter((f) => f.endsWith('.yaml'))) {
    const text = await fs.readFile(path.join(rulesDir, name), 'utf8');
    await fs.writeFile(path.join(dir, name), name === file ? edit(text) : text);
  }
  return dir;
}

describe('loadLexicon', () => {
  it('defines every fact id of the spec, once', async () => {
    const ids = (await loadLexicon()).facts.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(SPEC_IDS));
    expect(SPEC_IDS).toHaveLength(43);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reads presence facts from presence.yaml, and refuses an id both files define', async () => {
    const lexicon = await loadLexicon();
    expect(lexicon.presence.map((p) => p.id)).toContain('function_double_random_inspection');
    const clash = await rulesWith((t) => t.replace('id: body_cameras', 'id: function_double_random_inspection'));
    await expect(loadLexicon(clash)).rejects.toMatchObject({ message: expect.stringMatching(/重复/), place: { file: path.join(clash, 'presence.yaml') } });
  });

  it('is cached per process', async () => {
    expect(await loadLexicon()).toBe(await loadLexicon());
  });

  it('reports a schema problem at file:line:col, in Chinese', async () => {
    const dir = await rulesWith((t) => t.replace('shape: count\n    unit: 台', 'shape: counted\n    unit: 台'));
    const error = await loadLexicon(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    const { place, message } = error as UserError;
    expect(place.file).toBe(path.join(dir, 'facts.yaml'));
    expect(place.line).toBeGreaterThan(1);
    expect(place.column).toBe(12);
    expect(message).toMatch(/事实词表有误.*shape/);
  });

  it('reports a bad regex, a duplicate id and a YAML syntax error where they are', async () => {
    const badRegex = await rulesWith((t) => t.replace("pattern: '述法…全(面)?覆盖'", "pattern: '述法(全覆盖'"));
    await expect(loadLexicon(badRegex)).rejects.toMatchObject({ message: expect.stringMatching(/正则表达式无效/), place: { line: expect.any(Number) } });
    const duplicate = await rulesWith((t) => t.replace('id: body_cameras', 'id: legal_advisers'));
    await expect(loadLexicon(duplicate)).rejects.toMatchObject({
      message: expect.stringMatching(/重复/),
      place: { line: expect.any(Number), column: expect.any(Number) },
    });
    const syntax = await rulesWith((t) => `${t}\n  - id: [unclosed\n`);
    await expect(loadLexicon(syntax)).rejects.toMatchObject({ message: expect.stringMatching(/YAML/), place: { line: expect.any(Number) } });
  });

  it('lists every problem of the files at once, each at file:line:col', async () => {
    const dir = await rulesWith((t) =>
      t.replace('shape: count\n    unit: 台', 'shape: counted\n    unit: 台').replace('id: body_cameras', 'id: body_cameras\n    colour: red'),
    );
    const { lexicon, problems } = await lintLexicon(dir);
    expect(lexicon).toBeNull();
    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/shape[\s\S]*colour|colour[\s\S]*shape/);
    for (const p of problems) expect(p).toMatchObject({ file: expect.stringMatching(/facts\.yaml$/), line: expect.any(Number), column: expect.any(Number) });
    await expect(loadLexicon(dir)).rejects.toMatchObject({ message: expect.stringMatching(/另有 \d+ 处问题/) });
  });

  it('says where a frame counts with a word no number can carry', async () => {
    const dir = await rulesWith((t) => t.replace('measure: [次, 场次]', 'measure: [次, 场次, 回合]'));
    const { problems } = await lintLexicon(dir);
    expect(problems).toEqual([expect.objectContaining({ message: expect.stringMatching(/量词 回合 不是可识别的计量单位/) })]);
  });

  it('says where a voucher would outweigh a word the entry does not exclude', async () => {
    const dir = await rulesWith((t) => t.replace('confirmed_despite: [检查]', 'confirmed_despite: [检查, 抽查]'));
    const { problems } = await lintLexicon(dir);
    expect(problems).toEqual([
      expect.objectContaining({ line: expect.any(Number), message: expect.stringMatching(/抽查 不在事实 enforcement_officers 的 exclude 中/) }),
    ]);
  });

  it('refuses an empty list of words naming a quoted target, which would name every quotation', async () => {
    const dir = await rulesWith((t) => t.replace('after: [要求, 目标, 任务, 指标, 规定]', 'after: []'), 'status.yaml');
    const { lexicon, problems } = await lintLexicon(dir);
    expect(lexicon).toBeNull();
    expect(problems).toEqual([expect.objectContaining({ file: path.join(dir, 'status.yaml'), line: expect.any(Number) })]);
  });

  it('says which file is missing', async () => {
    await expect(loadLexicon(path.join(os.tmpdir(), 'no-such-rules-dir'))).rejects.toBeInstanceOf(UserError);
  });
});

/** Every sentence's mention of the cue groups, in text order. */
const findMentions = (doc: Document, groups: string[][], lexicon: Lexicon): Mention[] =>
  doc.sentences.flatMap((sentence) => mentionIn(doc, sentence, groups, lexicon) ?? []);

describe('mentionIn', () => {
  const doc = docOf('全面推行行政执法公示制度。尚未建立重大行政决策目录。计划明年推行法律顾问制度。');

  it('finds sentences with every term of a cue group, with status and negation', async () => {
    const lexicon = await loadLexicon();
    const mentions = findMentions(doc, [['执法公示|决策', '制度|目录']], lexicon);
    expect(mentions.map((m) => [m.evidence.text, m.status, m.negated])).toEqual([
      // the clause that holds the cues is quoted, so a reader sees what was done
      ['全面推行行政执法公示制度', 'achieved', false],
      ['尚未建立重大行政决策目录', 'achieved', true],
    ]);
    const planned = findMentions(doc, [['法律顾问', '制度']], lexicon);
    expect(planned.map((m) => m.status)).toEqual(['plan']);
  });

  it('reads 要求必须 / 依法应当 as a description of the thing, not as an intention', async () => {
    const lexicon = await loadLexicon();
    const described = docOf('对法规规定必须到场办理的事项推行预约服务,窗口设置“好差评”评价器。');
    expect(findMentions(described, [['好差评']], lexicon).map((m) => m.status)).toEqual(['achieved']);
    const intended = docOf('各街道必须在窗口设置“好差评”评价器。');
    expect(findMentions(intended, [['好差评']], lexicon).map((m) => m.status)).toEqual(['plan']);
  });

  it("finds a lexicon entry's mention however many words stand before it in the sentence", async () => {
    const lexicon = await loadLexicon();
    const inspection = lexicon.presence.find((entry) => entry.id === 'leadership_inspection')!;
    const long = docOf(`${'推行行政执法公示制度、'.repeat(30)}开展法治政府建设督察。`);
    expect(findMentions(long, inspection.mentions, lexicon).map((m) => m.evidence.text)).toEqual([long.sentences[0]!.plain.slice(0, -1)]);
  });

  it('uses the same status logic as the facts', async () => {
    const lexicon = await loadLexicon();
    const facts = extractFacts(docOf('计划推行行政执法“三项制度”。'), lexicon);
    expect(facts.map((f) => [f.id, f.status])).toEqual([['enforcement_three_systems', 'plan']]);
  });
});

describe('negation', () => {
  it('reads a double negative as affirmative and a single one as negative', async () => {
    const lexicon = await loadLexicon();
    const negatedOf = (text: string) => findMentions(docOf(text), [['司法建议']], lexicon).map((m) => m.negated);
    expect(negatedOf('全区不存在未按规定办理司法建议的情况。')).toEqual([false]);
    expect(negatedOf('没有未按时回复的司法建议。')).toEqual([false]);
    expect(negatedOf('部分司法建议未按时回复。')).toEqual([true]);
    expect(negatedOf('没有建立司法建议办理台账。')).toEqual([true]);
  });
});
