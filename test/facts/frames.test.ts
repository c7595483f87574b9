import { describe, expect, it } from 'vitest';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { runFactExamples } from '../../src/facts/examples.js';
import { docOf } from './helpers.js';

const read = async (text: string, id?: string) =>
  extractFacts(docOf(text), await loadLexicon())
    .filter((f) => id === undefined || f.id === id)
    .map((f) => [f.id, f.value]);

describe('fact frames', () => {
  it('read a number whose frame words stand in any order, with words between them no list names', async () => {
    expect(await read('区政府常务会议在审议议题之前坚持学法,全年累计完成十一次。', 'exec_meeting_law_study')).toEqual([['exec_meeting_law_study', 11]]);
    expect(await read('组织开展了3场乡政府常务会议会前学法。', 'exec_meeting_law_study')).toEqual([['exec_meeting_law_study', 3]]);
  });

  it('take the subject from the opening clause only when the number has no subject of its own', async () => {
    expect(await read('县政府常务会议高度重视法治学习,全年会前学法15次。', 'exec_meeting_law_study')).toEqual([['exec_meeting_law_study', 15]]);
    // 中心组 is a subject of its own: the 常务会议 of the opening clause does not reach it
    expect(await read('县政府常务会议会前学法6次,各部门中心组学法90余次。', 'exec_meeting_law_study')).toEqual([['exec_meeting_law_study', 6]]);
  });

  it('give each number one fact, the frame with most of its words next to the number winning', async () => {
    expect(await read('区政府常务会议会前学法4次,法治专题讲座3场。')).toEqual([
      ['exec_meeting_law_study', 4],
      ['law_lectures', 3],
    ]);
    expect(await read('区委常委会会议听取法治政府建设专题报告2次。')).toEqual([['committee_rule_of_law_meetings', 2]]);
  });

  it("take what the clause before acted on when a number's clause repeats its action right before the number", async () => {
    const committee = 'committee_rule_of_law_meetings';
    expect(await read('市委常委会会议专题研究法治政府建设工作5次,市政府常务会议专题研究4次。', committee)).toEqual([
      [committee, 5],
      [committee, 4],
    ]);
    // another action, or an object of its own, is no repetition
    expect(await read('市委常委会听取法治建设工作汇报2次,市政府常务会议研究5次。', committee)).toEqual([[committee, 2]]);
    expect(await read('市委常委会专题研究法治建设工作2次,市政府常务会议专题研究经济工作5次。', committee)).toEqual([[committee, 2]]);
    // nor is a clause before that counts in another measure
    expect(await read('市委常委会专题研究法治建设议题6项,市政府常务会议专题研究3次。', committee)).toEqual([]);
    // the clause before lends what was acted on, not who acted: its body is not the number's
    const study = 'exec_meeting_law_study';
    expect(await read('县委理论学习中心组学法4次,县政府常务会议学法7次。', study)).toEqual([[study, 7]]);
    const opened = '开展法治宣传活动,全年区委理论学习中心组集体学习宪法3次,区政府常务会议就宪法开展专题学习2次,全年共开展法治专题学习9次。';
    expect(await read(opened, study)).toEqual([[study, 2]]);
  });

  it('need the measure word the frame counts with', async () => {
    expect(await read('区政府常务会议会前学法涉及法律法规21部。', 'exec_meeting_law_study')).toEqual([]);
  });

  it('do not read a denied action (不予, 尚未, 未)', async () => {
    expect(await read('区政府常务会议尚未学法的议题有3次。', 'exec_meeting_law_study')).toEqual([]);
  });
});

describe('negation of cues', () => {
  it('never counts 不受理 / 不予受理 as cases received', async () => {
    // (the 40 received give way to the 33 accepted: gross-figures)
    expect(await read('收到行政复议申请40件,依法受理33件,不予受理5件,不受理2件。', 'reconsideration_cases')).toEqual([['reconsideration_cases', 33]]);
    expect(await read('行政机关负责人未出庭应诉的案件4件。', 'head_appearance_cases')).toEqual([]);
  });
});

describe('the examples the lexicon carries', () => {
  it('all behave as they say (what `duibiao facts test` checks)', async () => {
    const outcomes = runFactExamples(await loadLexicon());
    expect(outcomes.length).toBeGreaterThan(20);
    expect(outcomes.filter((o) => !o.ok).map((o) => `${o.example.origin.line}: ${o.example.text}`)).toEqual([]);
    expect(outcomes.some((o) => o.example.expected === 'fail')).toBe(true);
  });

  it('fail when a sentence does not give what it should', async () => {
    const lexicon = await loadLexicon();
    const origin = { file: 'rules/facts.yaml', line: 1, column: 1 };
    const outcomes = runFactExamples({
      ...lexicon,
      examples: [
        { fact: 'law_lectures', frame: null, expected: 'pass', text: '区政府常务会议会前学法4次。', origin },
        { fact: 'exec_meeting_law_study', frame: null, expected: 'fail', text: '区政府常务会议会前学法4次。', origin },
        { fact: 'exec_meeting_law_study', frame: null, expected: 'pass', text: '区政府常务会议会前学法4次。', value: 5, origin },
      ],
    });
    expect(outcomes.map((o) => o.ok)).toEqual([false, false, false]);
  });
});

describe('derived rates', () => {
  it('divide appearance cases by the litigation cases of the same paragraph, with their basis', async () => {
    const facts = extractFacts(docOf('全年新收行政诉讼案件40件。负责人出庭应诉案件10件。'), await loadLexicon());
    const rate = facts.find((f) => f.id === 'head_appearance_rate');
    expect(rate).toMatchObject({ value: 25, derived: true });
    expect(rate!.basis!.map((b) => b.text)).toEqual(['行政诉讼案件40件', '负责人出庭应诉案件10件']);
  });

  it('not across paragraphs, and not when the rate is stated', async () => {
    expect(await read('全年新收行政诉讼案件40件。\n负责人出庭应诉案件10件。', 'head_appearance_rate')).toEqual([]);
    expect(await read('行政诉讼案件40件,负责人出庭应诉案件10件,出庭应诉率100%。', 'head_appearance_rate')).toEqual([['head_appearance_rate', 100]]);
  });
});

describe('titles', () => {
  it('are no intention: a plan named in 《》 does not make the sentence a plan', async () => {
    const facts = extractFacts(docOf('印发《本年度领导干部学法计划》,全年举办4次干部法治讲座。'), await loadLexicon());
    expect(facts.map((f) => [f.id, f.value, f.status])).toEqual([['law_lectures', 4, 'achieved']]);
  });

  it('and their words are no action a frame reads', async () => {
    expect(await read('转发《关于重大决策事项公布工作的通知》,各单位设立窗口9个。', 'major_decision_items')).toEqual([]);
  });
});

describe('navigation', () => {
  it('a breadcrumb trail mentions pages, not what was done', async () => {
    expect(await read('您的位置:首页 > 政务公开 > 法治政府建设年度报告 > 正文', 'annual_report_published')).toEqual([]);
  });
});

describe('分别 with frames', () => {
  it('reads number k from item k of the list before 分别', async () => {
    expect(await read('全年政府常务会议会前学法、领导干部法治专题讲座分别开展12次和4次。')).toEqual([
      ['exec_meeting_law_study', 12],
      ['law_lectures', 4],
    ]);
  });

  it('leaves a number unread when its item fits no frame', async () => {
    expect(await read('区政府常务会议会前学法、干部警示教育分别开展6次、9次。')).toEqual([['exec_meeting_law_study', 6]]);
  });
});
