/**
 * The general rules added after the blind measurement of test/fixtures/heldout93 (typos, editorial slips and messy
 * typing), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { quotedValuesOf, readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();
const values = (text: string, id: string) => quotedValuesOf(lexicon, text, id);

describe('a character typed twice inside a word of the lexicon is read once', () => {
  it('reads the word and its figure, the evidence quoting the text as typed', () => {
    expect(values('乡政府常年法律顾顾问3名,全乡公职律师2名。', 'legal_advisers')).toEqual([3]);
    expect(values('区政府聘请法律律顾问9名。', 'legal_advisers')).toEqual([9]);
  });

  it('but finds no word where none was typed (人人 is a word of its own)', () => {
    expect(values('全县法律顾问队伍人人持证上岗,共有法律顾问14名。', 'legal_advisers')).toEqual([14]);
  });
});

describe('出廷 typed for 出庭', () => {
  it('counts the head’s appearances and the rate', () => {
    expect(values('以县政府为被告的行政诉讼案件19件,行政机关负责人出廷应诉19件。', 'head_appearance_cases')).toEqual([19]);
    expect(values('全区行政机关负责人出廷应诉率达到96.4%。', 'head_appearance_rate')).toEqual([96.4]);
  });

  it('but a witness in court is no head’s appearance', () => {
    expect(values('县市场监管局执法人员作为证人出廷作证3次。', 'head_appearance_cases')).toEqual([]);
  });
});

describe('a total of what a cleanup went through (共梳理) counts no cleaned documents', () => {
  it('reads what it repealed after it', () => {
    expect(values('对2019年以来印发的县政府规范性文件开展清理,共梳理208件,宣布废止11件。', 'normative_docs_cleaned')).toEqual([11]);
  });

  it('and what a frame counts after the going over (逐件梳理) neither', () => {
    expect(values('开展行政规范性文件专项清理,逐件梳理历年文件173件,修改2件、废止6件。', 'normative_docs_cleaned')).toEqual([6]);
  });

  it('but a total of the cleanup itself, or one act of finding and settling, is read', () => {
    expect(values('对区政府印发的规范性文件开展全面清理,共清理93件。', 'normative_docs_cleaned')).toEqual([93]);
    expect(values('开展矛盾纠纷排查化解专项行动,共排查化解纠纷415件。', 'disputes_mediated')).toEqual([415]);
  });
});

describe('已审结 alone after the reconsideration cases counted', () => {
  it('closes them all', () => {
    expect(values('街道办事处全年被申请行政复议1件,已审结;作为被告的行政诉讼案件2件。', 'reconsideration_closed')).toEqual([1]);
  });

  it('but not a case still open, nor a closed count of its own', () => {
    expect(values('街道办事处全年被申请行政复议2件,目前尚未审结。', 'reconsideration_closed')).toEqual([]);
    expect(values('全年受理行政复议申请31件,已审结28件。', 'reconsideration_closed')).toEqual([28]);
  });
});

describe('top-level headings numbered out of turn (一、二、二、四、)', () => {
  const report = (body: string) => `汀洲区人民政府2024年法治政府建设情况报告\n${body}\n汀洲区人民政府\n2025年1月10日\n`;

  it('are headings none the less: a repeated number and a skipped one', async () => {
    const { doc, facts } = await readFileQuoted(
      lexicon,
      report(
        [
          '一、强化法治建设责任',
          '区政府常务会议会前学法10次。',
          '二、规范行政决策',
          '审查区政府合同、协议64件。',
          '二、严格规范执法',
          '全区持证行政执法人员731名。',
          '四、化解行政争议',
          '区政府收到行政复议申请58件,审结55件。',
          '五、存在的问题',
          '个别部门合同审查不及时。',
          '六、下一步工作安排',
          '区政府常务会议学法不少于12次。',
        ].join('\n'),
      ),
      'tz.txt',
    );
    expect(doc.sections.filter((s) => s.depth === 1).map((s) => s.heading.slice(0, 2))).toEqual(['一、', '二、', '二、', '四、', '五、', '六、']);
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=58:achieved']);
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=10:achieved', 'exec_meeting_law_study=12:plan']);
  });

  it('but an item of the plans numbered like the headings stays in the plans', async () => {
    const { doc, facts } = await readFileQuoted(
      lexicon,
      report(
        [
          '一、主要工作',
          '区政府常务会议会前学法10次。',
          '二、2025年工作打算',
          '推进法治政府建设提质增效。',
          '二、持续抓好学法用法',
          '区政府常务会议集中学法12次。',
        ].join('\n'),
      ),
      'tz.txt',
    );
    expect(doc.sections.filter((s) => s.depth === 1)).toHaveLength(2);
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=10:achieved', 'exec_meeting_law_study=12:plan']);
  });

  it('nor is a number two ahead with a sentence after it, or three ahead, a heading', async () => {
    const { doc } = await readFileQuoted(
      lexicon,
      report(['一、主要工作', '区政府常务会议会前学法10次。', '三、全年审查合同64件。', '五、全区持证行政执法人员731名'].join('\n')),
      'tz.txt',
    );
    expect(doc.sections.filter((s) => s.depth === 1)).toHaveLength(1);
  });
});

describe('a paragraph pasted again', () => {
  const report = (body: string) => `汀洲区人民政府2024年法治政府建设情况报告\n一、主要工作\n${body}\n汀洲区人民政府\n2025年1月10日\n`;

  it('as its first sentence alone is read once', async () => {
    const first = '全区各级人民调解组织共调解矛盾纠纷2,316件,调解成功率98.1%,较上年提高0.6个百分点。';
    const { facts } = await readFileQuoted(lexicon, report(`${first}受理政府信息公开申请35件。\n${first}`), 'tz.txt');
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=2316:achieved']);
  });

  it('but a paragraph that says something new beside the repeated sentence is read whole', async () => {
    const first = '全区各级人民调解组织共调解矛盾纠纷2,316件,调解成功率98.1%,较上年提高0.6个百分点。';
    const { facts } = await readFileQuoted(lexicon, report(`${first}\n${first}受理政府信息公开申请35件。`), 'tz.txt');
    expect(statusesWithId(facts, 'disputes_mediated')).toHaveLength(2);
    expect(statusesWithId(facts, 'disclosure_requests')).toEqual(['disclosure_requests=35:achieved']);
  });
});
